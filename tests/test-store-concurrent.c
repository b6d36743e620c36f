/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Many analysts on one database (#19: "No lost updates", "History",
 * "Moving in"), on SQLite and, under tests/run-with-postgresql.sh, on a
 * PostgreSQL server:
 *
 * - writers: 8 processes (tests/store-writer.c) × 500 edits at once, of
 *   their own records and of shared ones, one or two records a change
 *   set; every acknowledged edit is in the change log, which has nothing
 *   else, its versions one after the other per record;
 * - killed: a process killed (SIGKILL) inside the transaction of a large
 *   change set leaves nothing of it, and the database works;
 * - same-new-id: two processes creating one id at once, the second
 *   refused as a conflict;
 * - overwrite-*: the conflict dialog's Overwrite when the other process
 *   deleted the record, deleted and created it again, or created it first;
 * - copy-history: a copy (--copy-to) to another database and back keeps
 *   the records, their versions and the change log.
 *
 * TS_TEST_WRITER_EDITS sets the edits per writer (500). */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>

#include "ts-person.h"
#include "ts-place.h"
#include "ts-store.h"

#include "store-test-utils.h"

#define MEETING "meeting/2023-10-25-baisalov-shandong-delegation"
#define N_WRITERS 8

static char *writer_program;

static const char *
summary_of (TsStore    *store,
            const char *id)
{
  TsRecord *record = ts_dataset_lookup (ts_store_get_dataset (store), id);

  g_assert_nonnull (record);
  return ts_record_get_summary (record);
}

static gboolean
on_server (const char *location)
{
  return store_test_server () != NULL && !g_path_is_absolute (location);
}

/* The first value of @sql in the database at @location, behind the
 * store's back. */
static gint64
location_int (const char *location,
              const char *sql)
{
  if (on_server (location))
    {
      g_autofree char *value = store_test_server_query (location, sql);

      return value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
    }
  return store_test_file_int (location, sql);
}

static char *
read_line (GDataInputStream *in)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (line);
  return line;
}

typedef struct
{
  gint64  version;
  char   *value;
} Ack;

static void
ack_clear (gpointer data)
{
  g_free (((Ack *) data)->value);
}

static int
compare_acks (gconstpointer a,
              gconstpointer b)
{
  gint64 x = ((const Ack *) a)->version;
  gint64 y = ((const Ack *) b)->version;

  return x < y ? -1 : x > y;
}

/* Reads a writer's lines into @acks (id → GArray of Ack); returns its
 * number of conflicts. */
static guint
read_acks (const char *path,
           GHashTable *acks,
           GHashTable *created)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n_conflicts = G_MAXUINT;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      guint n = g_strv_length (words);

      if (n == 0)
        continue;
      if (g_str_equal (words[0], "ack"))
        {
          GArray *list;
          Ack ack;

          g_assert_cmpuint (n, ==, 4);
          list = g_hash_table_lookup (acks, words[1]);
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (Ack));
              g_array_set_clear_func (list, ack_clear);
              g_hash_table_insert (acks, g_strdup (words[1]), list);
            }
          ack.version = g_ascii_strtoll (words[2], NULL, 10);
          ack.value = g_strdup (words[3]);
          g_array_append_val (list, ack);
        }
      else if (g_str_equal (words[0], "created"))
        {
          g_assert_cmpuint (n, ==, 3);
          g_assert_cmpstr (words[2], ==, "1");
          g_hash_table_add (created, g_strdup (words[1]));
        }
      else if (g_str_equal (words[0], "conflicts"))
        n_conflicts = (guint) g_ascii_strtoull (words[1], NULL, 10);
      else
        g_error ("%s: unexpected line “%s”", path, lines[i]);
    }
  g_assert_cmpuint (n_conflicts, !=, G_MAXUINT);
  return n_conflicts;
}

/* 8 writers at once, each N edits: every acknowledged edit is in the log,
 * at the version it was acknowledged with, the previous one's value its
 * old value; the log has nothing else and no gap; the records end as the
 * last acknowledged edits left them. A stale write passed for fresh shows
 * as two edits acknowledged at one version, a deadlock or a busy database
 * as a writer that fails. */
static void
test_concurrent_writers (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "writers.db");
  const char *env = g_getenv ("TS_TEST_WRITER_EDITS");
  guint n_edits = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 500;
  g_autoptr(GHashTable) acks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GSubprocess *writers[N_WRITERS];
  GDataInputStream *outs[N_WRITERS];
  g_autoptr(TsStore) reader = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint n_conflicts = 0;
  guint n_acks = 0;
  gint64 start;
  double elapsed;

  g_object_unref (store_test_open (path, TRUE));

  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("w%u", w);
      g_autofree char *edits = g_strdup_printf ("%u", n_edits);
      g_autofree char *seed = g_strdup_printf ("%u", 1000 + w);
      g_autofree char *out = g_strdup_printf ("%s/%s.out", dir->path, name);
      g_autofree char *line = NULL;

      writers[w] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                     | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                     &error, writer_program, "edit", path, name, edits, seed,
                                     out, NULL);
      g_assert_no_error (error);
      outs[w] = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writers[w]));
      line = read_line (outs[w]);
      g_assert_cmpstr (line, ==, "ready");
    }

  /* All at once. */
  start = g_get_monotonic_time ();
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GError) error = NULL;

      g_output_stream_write_all (g_subprocess_get_stdin_pipe (writers[w]), "go\n", 3, NULL,
                                 NULL, &error);
      g_assert_no_error (error);
    }
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = g_strdup_printf ("%s/w%u.out", dir->path, w);

      g_subprocess_wait_check (writers[w], NULL, &error);
      g_assert_no_error (error);
      g_object_unref (outs[w]);
      g_object_unref (writers[w]);
      n_conflicts += read_acks (out, acks, created);
    }
  elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("%u writers × %u edits on %s: %.1f s, %u conflicts reloaded and edited again",
                  N_WRITERS, n_edits, on_server (path) ? "PostgreSQL" : "SQLite", elapsed,
                  n_conflicts);
  g_assert_cmpuint (g_hash_table_size (created), ==, N_WRITERS);

  reader = store_test_open (path, FALSE);
  g_hash_table_iter_init (&iter, acks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *id = key;
      GArray *list = value;
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GError) error = NULL;
      gboolean own = g_hash_table_contains (created, id);
      g_autofree char *previous = NULL;
      guint first;

      g_array_sort (list, compare_acks);
      changes = ts_store_list_changes (reader, id, &error);
      g_assert_no_error (error);
      /* Its creation, then one row per acknowledged edit (the summary
       * only), oldest last. */
      g_assert_cmpuint (changes->len, ==, list->len + (own ? 1 : 0));
      if (own)
        {
          TsStoreChange *change = g_ptr_array_index (changes, changes->len - 1);

          g_assert_cmpstr (change->action, ==, "create");
          g_assert_cmpint (change->version, ==, 1);
        }
      first = changes->len - 1 - (own ? 1 : 0);
      for (guint i = 0; i < list->len; i++)
        {
          Ack *ack = &g_array_index (list, Ack, i);
          TsStoreChange *change = g_ptr_array_index (changes, first - i);
          g_autofree char *quoted = g_strdup_printf ("\"%s\"", ack->value);

          /* No gap, no two edits at one version. */
          g_assert_cmpint (ack->version, ==, i + 2);
          g_assert_cmpstr (change->action, ==, "update");
          g_assert_cmpstr (change->field, ==, "summary");
          g_assert_cmpint (change->version, ==, ack->version);
          g_assert_cmpstr (change->new_value, ==, quoted);
          if (previous != NULL)
            g_assert_cmpstr (change->old_value, ==, previous);
          g_free (previous);
          previous = g_steal_pointer (&quoted);
        }
      g_assert_cmpint (ts_store_get_version (reader, id), ==, list->len + 1);
      g_assert_cmpstr (summary_of (reader, id), ==,
                       g_array_index (list, Ack, list->len - 1).value);
      n_acks += list->len;
    }
  /* Nothing in the log but the acknowledged edits and the creations. */
  g_assert_cmpint (location_int (path, "SELECT count(*) FROM change"), ==,
                   n_acks + N_WRITERS);
}

/* A process killed inside the transaction of a change set (an edit of a
 * meeting and 2000 new places), after its last log row is written: while
 * it waits, nothing of it shows; once killed, nothing of it is there, not
 * in the records nor in the log, and the database takes the same changes
 * from another process. */
static void
test_concurrent_killed (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "killed.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autofree char *before = g_strdup (summary_of (store, MEETING));
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(TsRecord) edit = NULL;
  g_autoptr(TsRecord) place = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  g_clear_object (&store);
  if (on_server (path))
    g_free (store_test_server_query (path,
      "CREATE FUNCTION tianshan_test_pause () RETURNS trigger LANGUAGE plpgsql AS $$ "
      "BEGIN RAISE NOTICE 'tianshan-test-pause'; RETURN NULL; END $$; "
      "CREATE TRIGGER tianshan_test_pause AFTER INSERT ON change FOR EACH ROW "
      "WHEN (NEW.record_id = 'place/killed-last') EXECUTE FUNCTION tianshan_test_pause ()"));

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error, writer_program, "pause", path, "2000", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = read_line (out);
  g_assert_cmpstr (line, ==, "paused");
  /* On SQLite, part of it is on disk: pages in the write-ahead log,
   * without their commit. */
  if (!on_server (path))
    {
      g_assert_cmpint (g_stat (wal, &st), ==, 0);
      g_test_message ("The write-ahead log holds %" G_GINT64_FORMAT " bytes, uncommitted",
                      (gint64) st.st_size);
      g_assert_cmpint (st.st_size, >, 0);
    }

  /* Inside its transaction: another connection sees none of it. */
  store = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (store, MEETING), ==, before);
  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (store), "place/killed-00000"));
  g_clear_object (&store);

  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  store = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (store, MEETING), ==, before);
  g_assert_cmpint (ts_store_get_version (store, MEETING), ==, 1);
  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (store), "place/killed-00000"));
  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (store), "place/killed-last"));
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);
  g_assert_cmpint (location_int (path, "SELECT count(*) FROM record WHERE id LIKE 'place/killed%'"),
                   ==, 0);
  g_assert_cmpint (location_int (path, "SELECT count(*) FROM change"), ==, 0);
  if (!on_server (path))
    {
      sqlite3 *db = store_test_sqlite_open (path);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                       SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }

  /* It works: the same edit and the same id from this connection. */
  edit = ts_record_copy (ts_dataset_lookup (ts_store_get_dataset (store), MEETING));
  ts_record_set_summary (edit, "After the killed writer");
  ts_dataset_update (ts_store_get_dataset (store), edit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ts_store_get_version (store, MEETING), ==, 2);
  place = TS_RECORD (ts_place_new ("place/killed-last", "Alive"));
  ts_place_set_lat (TS_PLACE (place), 42.5);
  ts_place_set_lon (TS_PLACE (place), 74.5);
  ts_dataset_add (ts_store_get_dataset (store), place, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ts_store_get_version (store, "place/killed-last"), ==, 1);
  g_clear_object (&store);

  store = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (store, MEETING), ==, "After the killed writer");
  changes = ts_store_list_changes (store, "place/killed-last", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
}

typedef struct
{
  TsStore  *store;
  TsRecord *record;
  gboolean  saved;
  GError   *error;
} AddData;

static gpointer
add_in_thread (gpointer user_data)
{
  AddData *data = user_data;

  data->saved = ts_dataset_add (ts_store_get_dataset (data->store), data->record, &data->error);
  return NULL;
}

/* Two processes create a record with one id at once: the second waits for
 * the first's transaction and is refused as a conflict, as when they come
 * one after the other; before, on the server, its insert waited on the
 * first's row and then failed with "duplicate key value violates unique
 * constraint". The writer stops inside its transaction (as in killed);
 * this process adds the record from a thread, waits until the server says
 * that thread waits for a lock, then lets the writer commit. */
static void
test_concurrent_same_new_id (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "same-id.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) place = TS_RECORD (ts_place_new ("place/killed-last", "Second"));
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  AddData data = { store, place, FALSE, NULL };
  GThread *thread;

  ts_place_set_lat (TS_PLACE (place), 42.5);
  ts_place_set_lon (TS_PLACE (place), 74.5);
  if (on_server (path))
    g_free (store_test_server_query (path,
      "CREATE FUNCTION tianshan_test_pause () RETURNS trigger LANGUAGE plpgsql AS $$ "
      "BEGIN RAISE NOTICE 'tianshan-test-pause'; RETURN NULL; END $$; "
      "CREATE TRIGGER tianshan_test_pause AFTER INSERT ON change FOR EACH ROW "
      "WHEN (NEW.record_id = 'place/killed-last') EXECUTE FUNCTION tianshan_test_pause ()"));

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error, writer_program, "pause", path, "1", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = read_line (out);
  g_assert_cmpstr (line, ==, "paused");

  thread = g_thread_new ("add", add_in_thread, &data);
  if (on_server (path))
    {
      gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      while (location_int (path, "SELECT count(*) FROM pg_locks WHERE NOT granted") == 0)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          g_usleep (10 * 1000);
        }
    }
  g_output_stream_write_all (g_subprocess_get_stdin_pipe (child), "go\n", 3, NULL, NULL,
                             &error);
  g_assert_no_error (error);
  g_free (line);
  line = read_line (out);
  g_assert_cmpstr (line, ==, "committed");
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);
  g_thread_join (thread);

  g_assert_false (data.saved);
  g_assert_error (data.error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_clear_error (&data.error);
  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           "place/killed-last")), ==,
                   "Killed 0");
}

/* A person both connections have, at version 1: @first adds it. */
#define PERSON "person/overwrite-test"

static TsRecord *
edited (TsStore    *store,
        const char *id,
        const char *summary)
{
  TsRecord *record = ts_dataset_lookup (ts_store_get_dataset (store), id);

  g_assert_nonnull (record);
  record = ts_record_copy (record);
  ts_record_set_summary (record, summary);
  return record;
}

static TsStoreChange *
change_at (GPtrArray *changes,
           guint      i)
{
  return g_ptr_array_index (changes, i);
}

/* The update of @field at @version; NULL if there is none. */
static TsStoreChange *
update_of (GPtrArray  *changes,
           gint64      version,
           const char *field)
{
  for (guint i = 0; i < changes->len; i++)
    {
      TsStoreChange *change = g_ptr_array_index (changes, i);

      if (change->version == version && g_strcmp0 (change->field, field) == 0)
        return change;
    }
  return NULL;
}

/* How many rows of @changes, newest first, are the updates of @version
 * (their other fields, and "created" when the two records were not made
 * in the same second). */
static guint
n_updates_at (GPtrArray *changes,
              gint64     version)
{
  guint n = 0;

  while (n < changes->len && change_at (changes, n)->version == version
         && g_strcmp0 (change_at (changes, n)->action, "update") == 0)
    n++;
  return n;
}

/* The other connection deleted the record; Overwrite adds it back, as the
 * editor has it, at the version after the one it was deleted at. Before,
 * every save after Overwrite was refused again. */
static void
test_concurrent_overwrite_deleted (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "deleted.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = NULL;
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) person = TS_RECORD (ts_person_new (PERSON, "Created"));
  g_autoptr(TsRecord) mine = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const TsStoreConflict *conflict;

  ts_dataset_add (ts_store_get_dataset (first), person, &error);
  g_assert_no_error (error);
  second = store_test_open (path, FALSE);
  ts_dataset_remove (ts_store_get_dataset (first), PERSON, &error);
  g_assert_no_error (error);

  mine = edited (second, PERSON, "Mine");
  g_assert_false (ts_dataset_update (ts_store_get_dataset (second), mine, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  conflict = ts_store_get_conflict (second);
  g_assert_nonnull (conflict);
  g_assert_cmpint (conflict->version, ==, 0);
  g_assert_null (conflict->theirs);

  ts_store_accept_version (second, PERSON, &error);
  g_assert_no_error (error);
  ts_dataset_update (ts_store_get_dataset (second), mine, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ts_store_get_version (second, PERSON), ==, 2);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (reader, PERSON), ==, "Mine");
  g_assert_cmpint (ts_store_get_version (reader, PERSON), ==, 2);
  changes = ts_store_list_changes (reader, PERSON, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (change_at (changes, 0)->action, ==, "create");
  g_assert_cmpint (change_at (changes, 0)->version, ==, 2);
  g_assert_nonnull (strstr (change_at (changes, 0)->new_value, "\"Mine\""));
  g_assert_cmpstr (change_at (changes, 1)->action, ==, "delete");
  g_assert_cmpstr (change_at (changes, 2)->action, ==, "create");
  g_assert_cmpint (change_at (changes, 2)->version, ==, 1);

  /* And goes on from there: the first connection's stale view is refused. */
  {
    g_autoptr(TsRecord) again = TS_RECORD (ts_person_new (PERSON, "Created again"));

    g_assert_false (ts_dataset_add (ts_store_get_dataset (first), again, &error));
    g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  }
}

/* The other connection deleted the record and created it again: an edit
 * of the old one is stale (before, the new record started again at
 * version 1, so an edit loaded at version 1 went over it unseen);
 * Overwrite replaces the new record, and the log says what changed. */
static void
test_concurrent_overwrite_recreated (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "recreated.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = NULL;
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) person = TS_RECORD (ts_person_new (PERSON, "First"));
  g_autoptr(TsRecord) recreated = TS_RECORD (ts_person_new (PERSON, "Recreated"));
  g_autoptr(TsRecord) mine = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const TsStoreConflict *conflict;
  guint n;

  ts_dataset_add (ts_store_get_dataset (first), person, &error);
  g_assert_no_error (error);
  second = store_test_open (path, FALSE);
  g_assert_cmpint (ts_store_get_version (second, PERSON), ==, 1);
  ts_dataset_remove (ts_store_get_dataset (first), PERSON, &error);
  g_assert_no_error (error);
  ts_dataset_add (ts_store_get_dataset (first), recreated, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ts_store_get_version (first, PERSON), ==, 2);

  mine = edited (second, PERSON, "Mine");
  g_assert_false (ts_dataset_update (ts_store_get_dataset (second), mine, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  conflict = ts_store_get_conflict (second);
  g_assert_nonnull (conflict);
  g_assert_cmpint (conflict->version, ==, 2);
  g_assert_nonnull (conflict->theirs);
  g_assert_cmpstr (ts_record_get_title (conflict->theirs), ==, "Recreated");

  ts_store_accept_version (second, PERSON, &error);
  g_assert_no_error (error);
  ts_dataset_update (ts_store_get_dataset (second), mine, &error);
  g_assert_no_error (error);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           PERSON)), ==, "First");
  g_assert_cmpstr (summary_of (reader, PERSON), ==, "Mine");
  g_assert_cmpint (ts_store_get_version (reader, PERSON), ==, 3);
  changes = ts_store_list_changes (reader, PERSON, &error);
  g_assert_no_error (error);
  /* Newest first: the overwrite's fields, over the new record (the title
   * and the summary; the time it was created if the two records were not
   * made in the same second), then the creations and the deletion. */
  n = n_updates_at (changes, 3);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, 3);
  g_assert_cmpuint (changes->len, ==, n + 3);
  g_assert_nonnull (update_of (changes, 3, "summary"));
  g_assert_null (update_of (changes, 3, "summary")->old_value);
  g_assert_cmpstr (update_of (changes, 3, "summary")->new_value, ==, "\"Mine\"");
  g_assert_nonnull (update_of (changes, 3, "title"));
  g_assert_cmpstr (update_of (changes, 3, "title")->old_value, ==, "\"Recreated\"");
  g_assert_cmpstr (update_of (changes, 3, "title")->new_value, ==, "\"First\"");
  g_assert_cmpstr (change_at (changes, n)->action, ==, "create");
  g_assert_cmpint (change_at (changes, n)->version, ==, 2);
  g_assert_cmpstr (change_at (changes, n + 1)->action, ==, "delete");
  g_assert_cmpstr (change_at (changes, n + 2)->action, ==, "create");
}

/* The other connection created a record with the id of a new one here:
 * Overwrite saves this one over it (before, it was refused again and
 * again). */
static void
test_concurrent_overwrite_created (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "created.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = store_test_open (path, FALSE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) theirs = TS_RECORD (ts_person_new (PERSON, "Theirs"));
  g_autoptr(TsRecord) mine = TS_RECORD (ts_person_new (PERSON, "Mine"));
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  ts_dataset_add (ts_store_get_dataset (first), theirs, &error);
  g_assert_no_error (error);
  g_assert_false (ts_dataset_add (ts_store_get_dataset (second), mine, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  ts_store_accept_version (second, PERSON, &error);
  g_assert_no_error (error);
  ts_dataset_add (ts_store_get_dataset (second), mine, &error);
  g_assert_no_error (error);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           PERSON)), ==, "Mine");
  g_assert_cmpint (ts_store_get_version (reader, PERSON), ==, 2);
  changes = ts_store_list_changes (reader, PERSON, &error);
  g_assert_no_error (error);
  /* Their creation, then the title (and the time of creation, if the two
   * were not made in the same second). */
  g_assert_cmpuint (changes->len, >=, 2);
  g_assert_cmpstr (change_at (changes, changes->len - 1)->action, ==, "create");
  g_assert_cmpuint (n_updates_at (changes, 2), ==, changes->len - 1);
  g_assert_nonnull (update_of (changes, 2, "title"));
  g_assert_cmpstr (update_of (changes, 2, "title")->old_value, ==, "\"Theirs\"");
  g_assert_cmpstr (update_of (changes, 2, "title")->new_value, ==, "\"Mine\"");
}

static void
append_changes (GString    *text,
                TsStore    *store,
                const char *id)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  changes = ts_store_list_changes (store, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      TsStoreChange *change = g_ptr_array_index (changes, i);

      /* Everything but its number in the database. */
      g_string_append_printf (text, "%s|%s|%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "\n",
                              change->record_id, change->at, change->who, change->action,
                              change->field, change->old_value, change->new_value,
                              change->version);
    }
}

/* Every record's log (and that of PERSON, deleted) and version, as text. */
static char *
history_of (const char *location)
{
  g_autoptr(TsStore) store = store_test_open (location, FALSE);
  g_autoptr(GString) text = g_string_new (NULL);
  TsDataset *dataset = ts_store_get_dataset (store);

  append_changes (text, store, PERSON);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          const char *id = ts_record_get_id (record);

          g_string_append_printf (text, "%s %" G_GINT64_FORMAT "\n", id,
                                  ts_store_get_version (store, id));
          append_changes (text, store, id);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Copied to the server (or another file) and back: the same export byte
 * for byte, the same log (who, when, what) and the same versions, so that
 * an edit loaded before the move is checked as before; into a new
 * database and into one with the tables and no records alike. Before,
 * the copy lost the log and started every record at version 1. */
static void
test_concurrent_copy_history (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *local = store_test_dir_local_file (dir, "local.db");
  g_autofree char *middle = store_test_dir_file (dir, "middle.db");
  g_autofree char *back = store_test_dir_local_file (dir, "back.db");
  g_autofree char *empty = store_test_dir_local_file (dir, "empty.db");
  g_autoptr(TsStore) store = store_test_open (local, TRUE);
  g_autofree char *exported = NULL;
  g_autofree char *history = NULL;
  g_autoptr(GError) error = NULL;
  const char *locations[3] = { middle, back, empty };
  guint n = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Edit %u", i);
      g_autoptr(TsRecord) record = edited (store, MEETING, text);

      ts_dataset_update (ts_store_get_dataset (store), record, &error);
      g_assert_no_error (error);
    }
  {
    g_autoptr(TsRecord) person = TS_RECORD (ts_person_new (PERSON, "Gone"));

    ts_dataset_add (ts_store_get_dataset (store), person, &error);
    g_assert_no_error (error);
    ts_dataset_remove (ts_store_get_dataset (store), PERSON, &error);
    g_assert_no_error (error);
  }
  exported = store_test_export (ts_store_get_dataset (store));
  g_clear_object (&store);
  history = history_of (local);
  g_assert_nonnull (strstr (history, MEETING " 4\n"));

  ts_store_copy (local, middle, &n, &error);
  g_assert_no_error (error);
  g_assert_true (ts_store_copy (middle, back, &n, &error));
  g_assert_no_error (error);
  /* A database with the tables and no records takes the copy too. */
  g_object_unref (store_test_open (empty, FALSE));
  g_assert_true (ts_store_copy (middle, empty, &n, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      g_autoptr(TsStore) copy = store_test_open (locations[i], FALSE);
      g_autofree char *copied = store_test_export (ts_store_get_dataset (copy));
      g_autofree char *copied_history = NULL;

      g_clear_object (&copy);
      copied_history = history_of (locations[i]);
      g_assert_true (g_str_equal (exported, copied));
      g_assert_cmpstr (history, ==, copied_history);
    }

  /* An edit on the copy goes on from the version it had. */
  store = store_test_open (back, FALSE);
  {
    g_autoptr(TsRecord) record = edited (store, MEETING, "After the move");
    g_autoptr(GPtrArray) changes = NULL;

    ts_dataset_update (ts_store_get_dataset (store), record, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ts_store_get_version (store, MEETING), ==, 5);
    changes = ts_store_list_changes (store, MEETING, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 4);
    g_assert_cmpstr (change_at (changes, 0)->old_value, ==, "\"Edit 2\"");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = NULL;
  g_autofree char *folder = NULL;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  self = g_canonicalize_filename (argv[0], NULL);
  folder = g_path_get_dirname (self);
  writer_program = g_build_filename (folder, "store-writer", NULL);

  g_test_add_func ("/store/concurrent/writers", test_concurrent_writers);
  g_test_add_func ("/store/concurrent/killed", test_concurrent_killed);
  g_test_add_func ("/store/concurrent/same-new-id", test_concurrent_same_new_id);
  g_test_add_func ("/store/concurrent/overwrite-deleted", test_concurrent_overwrite_deleted);
  g_test_add_func ("/store/concurrent/overwrite-recreated",
                   test_concurrent_overwrite_recreated);
  g_test_add_func ("/store/concurrent/overwrite-created", test_concurrent_overwrite_created);
  g_test_add_func ("/store/concurrent/copy-history", test_concurrent_copy_history);

  return g_test_run ();
}
