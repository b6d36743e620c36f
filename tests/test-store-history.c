/* SPDX-License-Identifier: GPL-3.0-or-later */

/* No lost updates and the change log (#19, items 2 and 4), on SQLite and,
 * under tests/run-with-postgresql.sh, on a PostgreSQL server: two store
 * connections editing one record in turn, every stale write refused and
 * nothing lost; the log has every acknowledged change with its old and new
 * values; a change set with one stale record writes nothing; a database
 * of schema version 4 gets the versions and the log. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ts-person.h"
#include "ts-store.h"

#include "store-test-utils.h"

#define MEETING "meeting/2023-10-25-baisalov-shandong-delegation"
#define OTHER_MEETING "meeting/2024-06-06-li-qiang-japarov"

/* The record @id of @store with its summary set to @summary. */
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

static const char *
summary_of (TsStore    *store,
            const char *id)
{
  return ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (store), id));
}

/* The database user the log names. */
static char *
expected_user (const char *path)
{
  if (store_test_server () != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    return store_test_server_query (path, "SELECT current_user");
  return g_strdup (g_get_user_name ());
}

/* Two connections edit one record 20 times in turn, each from the version
 * it loaded: the one behind is refused every time (a typed error naming
 * the record, who changed it and when, and the record as it is now),
 * reloads, and its next edit goes through. No acknowledged edit is lost:
 * the log has all 20, each one's old value the previous one's new value. */
static void
test_history_two_writers (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "history.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = store_test_open (path, FALSE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *user = expected_user (path);
  g_autofree char *original = g_strdup (summary_of (first, MEETING));
  TsStore *stores[2] = { first, second };
  guint n_refused = 0;

  g_assert_cmpint (ts_store_get_version (first, MEETING), ==, 1);
  g_assert_cmpint (ts_store_get_version (second, MEETING), ==, 1);

  for (guint i = 0; i < 20; i++)
    {
      TsStore *writer = stores[i % 2];
      TsStore *behind = stores[(i + 1) % 2];
      g_autofree char *mine = g_strdup_printf ("Edit %u by connection %u", i, i % 2);
      g_autofree char *theirs = g_strdup_printf ("Stale edit %u by connection %u", i,
                                                 (i + 1) % 2);
      g_autoptr(TsRecord) record = edited (writer, MEETING, mine);
      g_autoptr(TsRecord) stale = edited (behind, MEETING, theirs);
      g_autoptr(GError) error = NULL;
      const TsStoreConflict *conflict;

      ts_dataset_update (ts_store_get_dataset (writer), record, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ts_store_get_version (writer, MEETING), ==, i + 2);

      /* The other connection loaded the version before: refused. */
      g_assert_false (ts_dataset_update (ts_store_get_dataset (behind), stale, &error));
      g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
      g_assert_nonnull (strstr (error->message, MEETING));
      g_assert_nonnull (strstr (error->message, user));
      n_refused++;
      conflict = ts_store_get_conflict (behind);
      g_assert_nonnull (conflict);
      g_assert_cmpstr (conflict->record_id, ==, MEETING);
      g_assert_cmpstr (conflict->who, ==, user);
      g_assert_nonnull (conflict->at);
      g_assert_nonnull (strstr (error->message, conflict->at));
      g_assert_cmpint (conflict->version, ==, i + 2);
      g_assert_nonnull (conflict->theirs);
      g_assert_cmpstr (ts_record_get_summary (conflict->theirs), ==, mine);
      /* Nothing of the refused edit shows. */
      g_assert_cmpstr (summary_of (behind, MEETING), !=, theirs);
      g_clear_error (&error);
      /* Trying again changes nothing: seeing their record is not taking it. */
      g_assert_cmpint (ts_store_get_version (behind, MEETING), ==, i + 1);
      g_assert_false (ts_dataset_update (ts_store_get_dataset (behind), stale, &error));
      g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
      g_clear_error (&error);

      /* Reload: the other connection takes the writer's record. */
      ts_store_reload_record (behind, MEETING, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (summary_of (behind, MEETING), ==, mine);
      g_assert_cmpint (ts_store_get_version (behind, MEETING), ==, i + 2);
      g_assert_null (ts_store_get_conflict (behind));
    }
  g_assert_cmpuint (n_refused, ==, 20);

  /* What a third connection reads: the last acknowledged edit. */
  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (reader, MEETING), ==, "Edit 19 by connection 1");
  g_assert_cmpint (ts_store_get_version (reader, MEETING), ==, 21);

  changes = ts_store_list_changes (reader, MEETING, NULL);
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 20);
  for (guint i = 0; i < 20; i++)
    {
      /* Newest first. */
      TsStoreChange *change = g_ptr_array_index (changes, 19 - i);
      g_autofree char *new_value = g_strdup_printf ("\"Edit %u by connection %u\"", i, i % 2);
      g_autofree char *old_value = i == 0 ? g_strdup_printf ("\"%s\"", original)
                                          : g_strdup_printf ("\"Edit %u by connection %u\"",
                                                             i - 1, (i - 1) % 2);

      g_assert_cmpstr (change->record_id, ==, MEETING);
      g_assert_cmpstr (change->action, ==, "update");
      g_assert_cmpstr (change->field, ==, "summary");
      g_assert_cmpstr (change->old_value, ==, old_value);
      g_assert_cmpstr (change->new_value, ==, new_value);
      g_assert_cmpstr (change->who, ==, user);
      g_assert_true (g_str_has_suffix (change->at, "Z"));
      g_assert_cmpint (change->version, ==, i + 2);
      if (i > 0)
        g_assert_cmpint (change->seq, >,
                         ((TsStoreChange *) g_ptr_array_index (changes, 20 - i))->seq);
    }
}

/* The other process of two-processes: on each line from its standard
 * input, an edit on the version it has (stale: the parent wrote since),
 * then a reload and the edit again; says how each went on its standard
 * output. */
static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);
  char line[64];

  if (store == NULL)
    {
      g_print ("open failed: %s\n", error->message);
      return 1;
    }
  g_print ("ready\n");
  fflush (stdout);
  for (guint i = 0; fgets (line, sizeof line, stdin) != NULL; i++)
    {
      g_autofree char *stale_text = g_strdup_printf ("Stale edit %u by the child", i);
      g_autofree char *text = g_strdup_printf ("Edit %u by the child", i);
      g_autoptr(TsRecord) stale = edited (store, MEETING, stale_text);
      g_autoptr(TsRecord) record = NULL;

      if (ts_dataset_update (ts_store_get_dataset (store), stale, &error))
        g_print ("accepted\n");
      else
        g_print ("%s\n", g_error_matches (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT)
                          ? "refused" : error->message);
      g_clear_error (&error);
      if (!ts_store_reload_record (store, MEETING, &error))
        {
          g_print ("reload failed: %s\n", error->message);
          return 1;
        }
      record = edited (store, MEETING, text);
      if (ts_dataset_update (ts_store_get_dataset (store), record, &error))
        g_print ("saved\n");
      else
        g_print ("not saved: %s\n", error->message);
      g_clear_error (&error);
      fflush (stdout);
    }
  return 0;
}

static char *child_program;

static char *
read_line (GDataInputStream *out)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (line);
  return line;
}

/* Two processes take turns at one record, 20 edits each, each time from
 * the version it has: every stale write is refused (the parent's from the
 * second turn on, every one of the child's), every acknowledged one is in
 * the database's log, in order, each one's old value the previous one's
 * new value; the record ends as the last acknowledged edit left it. */
static void
test_history_two_processes (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "processes.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = g_strdup_printf ("\"%s\"", summary_of (store, MEETING));
  guint n_refused = 0;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error, child_program, "--child", path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* The child has loaded the record as the parent has it. */
  g_free (previous);
  previous = read_line (out);
  g_assert_cmpstr (previous, ==, "ready");
  g_free (previous);
  previous = g_strdup_printf ("\"%s\"", summary_of (store, MEETING));

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *stale_text = g_strdup_printf ("Stale edit %u by the parent", i);
      g_autofree char *text = g_strdup_printf ("Edit %u by the parent", i);
      g_autoptr(TsRecord) stale = edited (store, MEETING, stale_text);
      g_autoptr(TsRecord) record = NULL;
      gboolean saved = ts_dataset_update (ts_store_get_dataset (store), stale, &error);
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      /* The child wrote since the parent's last edit. */
      if (i > 0)
        {
          g_assert_false (saved);
          g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
          g_clear_error (&error);
          n_refused++;
          ts_store_reload_record (store, MEETING, &error);
          g_assert_no_error (error);
          record = edited (store, MEETING, text);
          ts_dataset_update (ts_store_get_dataset (store), record, &error);
          g_assert_no_error (error);
        }
      else
        {
          /* The first edit is on the version both loaded: it goes, and is
           * the parent's edit of this turn. */
          g_assert_no_error (error);
          g_assert_true (saved);
          record = edited (store, MEETING, text);
          ts_dataset_update (ts_store_get_dataset (store), record, &error);
          g_assert_no_error (error);
        }

      g_output_stream_write_all (g_subprocess_get_stdin_pipe (child), "go\n", 3, NULL, NULL,
                                 &error);
      g_assert_no_error (error);
      first = read_line (out);
      second = read_line (out);
      g_assert_cmpstr (first, ==, "refused");
      g_assert_cmpstr (second, ==, "saved");
      n_refused++;
    }
  g_assert_cmpuint (n_refused, ==, 39);

  g_output_stream_close (g_subprocess_get_stdin_pipe (child), NULL, NULL);
  g_subprocess_wait_check (child, NULL, &error);
  g_assert_no_error (error);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (reader, MEETING), ==, "Edit 19 by the child");
  /* The parent's first stale edit went through (it was not stale): 41. */
  changes = ts_store_list_changes (reader, MEETING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 41);
  g_assert_cmpint (ts_store_get_version (reader, MEETING), ==, 42);
  for (guint k = changes->len; k-- > 0;)
    {
      TsStoreChange *change = g_ptr_array_index (changes, k);
      guint n = changes->len - 1 - k;  /* 0 for the first change */
      g_autofree char *expected = NULL;

      if (n == 0)
        expected = g_strdup ("\"Stale edit 0 by the parent\"");
      else if (n % 2 == 1)
        expected = g_strdup_printf ("\"Edit %u by the parent\"", n / 2);
      else
        expected = g_strdup_printf ("\"Edit %u by the child\"", n / 2 - 1);
      g_assert_cmpstr (change->field, ==, "summary");
      g_assert_cmpstr (change->old_value, ==, previous);
      g_assert_cmpstr (change->new_value, ==, expected);
      g_assert_cmpint (change->version, ==, n + 2);
      g_free (previous);
      previous = g_strdup (change->new_value);
    }
}

/* Overwrite: after a conflict, the edit goes on the database's version,
 * and the log has both changes. */
static void
test_history_overwrite (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "overwrite.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = store_test_open (path, FALSE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) theirs = edited (first, MEETING, "Theirs");
  g_autoptr(TsRecord) mine = edited (second, MEETING, "Mine");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  ts_dataset_update (ts_store_get_dataset (first), theirs, &error);
  g_assert_no_error (error);
  g_assert_false (ts_dataset_update (ts_store_get_dataset (second), mine, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  ts_store_accept_version (second, MEETING, &error);
  g_assert_no_error (error);
  ts_dataset_update (ts_store_get_dataset (second), mine, &error);
  g_assert_no_error (error);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (reader, MEETING), ==, "Mine");
  g_assert_cmpint (ts_store_get_version (reader, MEETING), ==, 3);
  changes = ts_store_list_changes (reader, MEETING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (((TsStoreChange *) g_ptr_array_index (changes, 0))->old_value, ==,
                   "\"Theirs\"");
  g_assert_cmpstr (((TsStoreChange *) g_ptr_array_index (changes, 0))->new_value, ==,
                   "\"Mine\"");
}

/* A creation, an update of two fields (one of them removed) and a
 * deletion are logged with the values before and after; a change set with
 * one stale record writes nothing, not even its other records or log rows. */
static void
test_history_log (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "log.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsStore) other = store_test_open (path, FALSE);
  g_autoptr(TsStore) reader = NULL;
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(TsRecord) person = NULL;
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GError) error = NULL;
  TsStoreChange *change;

  person = TS_RECORD (ts_person_new ("person/test-history", "Test Person"));
  ts_record_set_summary (person, "Before");
  ts_dataset_add (dataset, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ts_store_get_version (store, "person/test-history"), ==, 1);

  renamed = ts_record_copy (ts_dataset_lookup (dataset, "person/test-history"));
  ts_record_set_title (renamed, "Renamed Person");
  ts_record_set_summary (renamed, NULL);
  ts_dataset_update (dataset, renamed, &error);
  g_assert_no_error (error);

  changes = ts_store_list_changes (store, "person/test-history", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  change = g_ptr_array_index (changes, 2);
  g_assert_cmpstr (change->action, ==, "create");
  g_assert_null (change->field);
  g_assert_null (change->old_value);
  g_assert_nonnull (strstr (change->new_value, "\"Test Person\""));
  g_assert_cmpint (change->version, ==, 1);
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->action, ==, "update");
  g_assert_cmpstr (change->field, ==, "title");
  g_assert_cmpstr (change->old_value, ==, "\"Test Person\"");
  g_assert_cmpstr (change->new_value, ==, "\"Renamed Person\"");
  g_assert_cmpint (change->version, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "summary");
  g_assert_cmpstr (change->old_value, ==, "\"Before\"");
  g_assert_null (change->new_value);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* One change set: a fresh edit of one meeting and a stale one of
   * another (the other connection changed it). Nothing is written. */
  {
    g_autoptr(TsRecord) theirs = edited (other, OTHER_MEETING, "Theirs");
    g_autoptr(TsRecord) fresh = edited (store, MEETING, "Fresh, in a refused set");
    g_autoptr(TsRecord) stale = edited (store, OTHER_MEETING, "Stale");

    ts_dataset_update (ts_store_get_dataset (other), theirs, &error);
    g_assert_no_error (error);

    set = g_ptr_array_new ();
    g_ptr_array_add (set, fresh);
    g_ptr_array_add (set, stale);
    g_assert_false (ts_dataset_save (dataset, set, &error));
    g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, OTHER_MEETING));
    g_clear_error (&error);
    g_assert_cmpstr (summary_of (store, MEETING), !=, "Fresh, in a refused set");
    g_assert_cmpint (ts_store_get_version (store, MEETING), ==, 1);
  }

  ts_dataset_remove (dataset, "person/test-history", &error);
  g_assert_no_error (error);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (summary_of (reader, MEETING), !=, "Fresh, in a refused set");
  g_assert_cmpint (ts_store_get_version (reader, MEETING), ==, 1);
  changes = ts_store_list_changes (reader, MEETING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (reader), "person/test-history"));
  changes = ts_store_list_changes (reader, "person/test-history", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 4);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->action, ==, "delete");
  g_assert_nonnull (strstr (change->old_value, "\"Renamed Person\""));
  g_assert_null (change->new_value);
}

/* Two connections each add a record with the same id: the second is
 * refused rather than silently replacing the first's. */
static void
test_history_same_new_id (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "same-id.db");
  g_autoptr(TsStore) first = store_test_open (path, TRUE);
  g_autoptr(TsStore) second = store_test_open (path, FALSE);
  g_autoptr(TsRecord) a = TS_RECORD (ts_person_new ("person/same-id", "First"));
  g_autoptr(TsRecord) b = TS_RECORD (ts_person_new ("person/same-id", "Second"));
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(GError) error = NULL;

  ts_dataset_add (ts_store_get_dataset (first), a, &error);
  g_assert_no_error (error);
  g_assert_false (ts_dataset_add (ts_store_get_dataset (second), b, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (second), "person/same-id"));

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           "person/same-id")), ==, "First");
}

/* A database of schema version 4 (no versions, no log) is migrated: its
 * records at version 1, the log there and written to. */
static void
test_history_migrate_4 (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_local_file (dir, "four.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsRecord) record = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_clear_object (&store);
  db = store_test_sqlite_open (path);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE change;"
                                     "ALTER TABLE record DROP COLUMN version;"
                                     "PRAGMA user_version = 4;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = store_test_open (path, FALSE);
  g_assert_cmpint (ts_store_get_version (store, MEETING), ==, 1);
  record = edited (store, MEETING, "After the migration");
  ts_dataset_update (ts_store_get_dataset (store), record, &error);
  g_assert_no_error (error);
  changes = ts_store_list_changes (store, MEETING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((TsStoreChange *) g_ptr_array_index (changes, 0))->version, ==, 2);
  g_clear_object (&store);

  db = store_test_sqlite_open (path);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 5);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);
  child_program = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/history/two-writers", test_history_two_writers);
  g_test_add_func ("/store/history/two-processes", test_history_two_processes);
  g_test_add_func ("/store/history/overwrite", test_history_overwrite);
  g_test_add_func ("/store/history/log", test_history_log);
  g_test_add_func ("/store/history/same-new-id", test_history_same_new_id);
  if (store_test_server () == NULL)
    g_test_add_func ("/store/history/migrate-4", test_history_migrate_4);

  return g_test_run ();
}
