/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Live updates (#19, item 3), on SQLite and, under
 * tests/run-with-postgresql.sh, on a PostgreSQL server: two stores on one
 * database, one watching; what the other commits (a creation, an update,
 * a deletion) reaches the watching store's dataset once its watch fires,
 * as one change that its undo stack leaves out, with the version and who
 * made it; its own changes are not applied twice, and a change set that
 * rolled back is never seen. The tests iterate the main context until the
 * change arrives (or a generous deadline passes, and fail); they never
 * sleep. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-error.h"
#include "ts-person.h"
#include "ts-store.h"
#include "ts-undo-stack.h"

#include "store-test-utils.h"

#define MEETING "meeting/2023-10-25-baisalov-shandong-delegation"
#define OTHER_MEETING "meeting/2024-06-06-li-qiang-japarov"
#define PERSON "person/zhou-naixiang"

/* Long enough for a loaded machine; the watch fires every
 * TS_STORE_POLL_INTERVAL_MS on SQLite, at once on the server. */
#define DEADLINE_SECONDS 20

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_deadline (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context (the stores' watches) until @condition holds. */
static void
wait_until (Condition condition,
            gpointer  data)
{
  gboolean late = FALSE;
  guint deadline = g_timeout_add_seconds (DEADLINE_SECONDS, on_deadline, &late);

  while (!condition (data) && !late)
    g_main_context_iteration (NULL, TRUE);
  if (!late)
    g_source_remove (deadline);
  g_assert_true (condition (data));
}

typedef struct
{
  TsStore    *store;
  const char *id;
  const char *summary;   /* NULL: the record is gone */
} Expect;

static gboolean
summary_is (gpointer data)
{
  Expect *expect = data;
  TsRecord *record = ts_dataset_lookup (ts_store_get_dataset (expect->store), expect->id);

  if (expect->summary == NULL)
    return record == NULL;
  return record != NULL && g_strcmp0 (ts_record_get_summary (record), expect->summary) == 0;
}

static void
wait_summary (TsStore    *store,
              const char *id,
              const char *summary)
{
  Expect expect = { store, id, summary };

  wait_until (summary_is, &expect);
}

static void
set_summary (TsStore    *store,
             const char *id,
             const char *summary)
{
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(TsRecord) record = ts_record_copy (ts_dataset_lookup (dataset, id));
  g_autoptr(GError) error = NULL;

  ts_record_set_summary (record, summary);
  ts_dataset_update (dataset, record, &error);
  g_assert_no_error (error);
}

/* The database user the log names. */
static char *
expected_user (const char *path)
{
  if (store_test_server () != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    return store_test_server_query (path, "SELECT current_user");
  return g_strdup (g_get_user_name ());
}

typedef struct
{
  guint      n_changed;
  guint      n_external;
  GPtrArray *last_changes;    /* of TsChange, copied */
  GPtrArray *last_external;   /* of char *: "id action who" */
} Counter;

static void
on_changed (TsDataset *dataset,
            GPtrArray *changes,
            Counter   *counter)
{
  counter->n_changed++;
  g_clear_pointer (&counter->last_changes, g_ptr_array_unref);
  counter->last_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);

      g_ptr_array_add (counter->last_changes, ts_change_new (change->old_record,
                                                             change->new_record));
    }
}

static void
on_external_change (TsStore   *store,
                    GPtrArray *changes,
                    Counter   *counter)
{
  counter->n_external++;
  g_clear_pointer (&counter->last_external, g_ptr_array_unref);
  counter->last_external = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < changes->len; i++)
    {
      TsStoreChange *change = g_ptr_array_index (changes, i);

      g_ptr_array_add (counter->last_external,
                       g_strdup_printf ("%s %s %s", change->record_id, change->action,
                                        change->who));
    }
}

static void
counter_clear (Counter *counter)
{
  g_clear_pointer (&counter->last_changes, g_ptr_array_unref);
  g_clear_pointer (&counter->last_external, g_ptr_array_unref);
}

static void
watch (TsStore *store,
       Counter *counter)
{
  g_autoptr(GError) error = NULL;

  g_signal_connect (ts_store_get_dataset (store), "changed", G_CALLBACK (on_changed), counter);
  g_signal_connect (store, "external-change", G_CALLBACK (on_external_change), counter);
  g_assert_true (ts_store_watch (store, &error));
  g_assert_no_error (error);
}

/* An update by the other store arrives with its version and who made it,
 * in one change; the watching store's undo stack does not take it, and its
 * next save goes on the new version (no conflict). */
static void
test_live_update (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autoptr(TsUndoStack) undo = ts_undo_stack_new (ts_store_get_dataset (mine));
  g_autofree char *user = expected_user (path);
  g_autofree char *expected = g_strdup_printf ("%s update %s", MEETING, user);
  const TsStoreChange *external;
  Counter counter = { 0, };

  watch (mine, &counter);
  g_assert_cmpuint (counter.n_changed, ==, 0);

  set_summary (theirs, MEETING, "Their summary");
  wait_summary (mine, MEETING, "Their summary");

  g_assert_cmpuint (counter.n_changed, ==, 1);
  g_assert_cmpuint (counter.last_changes->len, ==, 1);
  g_assert_cmpuint (counter.n_external, ==, 1);
  g_assert_cmpuint (counter.last_external->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (counter.last_external, 0), ==, expected);
  g_assert_cmpint (ts_store_get_version (mine, MEETING), ==,
                   ts_store_get_version (theirs, MEETING));
  g_assert_cmpint (ts_store_get_version (mine, MEETING), ==, 2);
  external = ts_store_get_external_change (mine, MEETING);
  g_assert_nonnull (external);
  g_assert_cmpstr (external->who, ==, user);
  g_assert_nonnull (external->at);
  g_assert_null (ts_store_get_external_change (mine, OTHER_MEETING));
  /* Not this user's to undo. */
  g_assert_false (ts_undo_stack_can_undo (undo));

  /* Saving on top of it is no conflict; the other store learns of it. */
  set_summary (mine, MEETING, "My summary on theirs");
  g_assert_true (ts_undo_stack_can_undo (undo));
  g_assert_true (ts_store_watch (theirs, NULL));
  wait_summary (theirs, MEETING, "My summary on theirs");

  counter_clear (&counter);
}

/* An edit of the user's that another analyst changed since cannot be
 * undone over their change: the undo is refused, and theirs stays. */
static void
test_live_undo_refused (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autoptr(TsUndoStack) undo = ts_undo_stack_new (ts_store_get_dataset (mine));
  g_autoptr(GError) error = NULL;
  Counter counter = { 0, };

  watch (mine, &counter);
  set_summary (mine, MEETING, "Mine");
  g_assert_true (ts_store_watch (theirs, NULL));
  wait_summary (theirs, MEETING, "Mine");
  set_summary (theirs, MEETING, "Theirs on mine");
  wait_summary (mine, MEETING, "Theirs on mine");

  g_assert_true (ts_undo_stack_can_undo (undo));
  g_assert_false (ts_undo_stack_undo (undo, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_FAILED);
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (mine),
                                                             MEETING)), ==, "Theirs on mine");

  counter_clear (&counter);
}

/* A creation and a deletion arrive too; the views' lists follow. */
static void
test_live_create_delete (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  GListModel *people = ts_dataset_get_records (ts_store_get_dataset (mine),
                                               TS_RECORD_TYPE_PERSON);
  guint n_people = g_list_model_get_n_items (people);
  g_autoptr(TsRecord) person = g_object_new (TS_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;
  Counter counter = { 0, };

  watch (mine, &counter);

  ts_record_set_id (person, "person/new-analyst-colleague");
  ts_record_set_title (person, "A New Person");
  ts_record_set_summary (person, "Created elsewhere");
  ts_dataset_add (ts_store_get_dataset (theirs), person, &error);
  g_assert_no_error (error);

  wait_summary (mine, "person/new-analyst-colleague", "Created elsewhere");
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people + 1);
  g_assert_cmpint (ts_store_get_version (mine, "person/new-analyst-colleague"), ==, 1);
  g_assert_cmpstr (ts_store_get_external_change (mine, "person/new-analyst-colleague")->action,
                   ==, "create");

  ts_dataset_remove (ts_store_get_dataset (theirs), "person/new-analyst-colleague", &error);
  g_assert_no_error (error);
  wait_summary (mine, "person/new-analyst-colleague", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people);
  g_assert_cmpint (ts_store_get_version (mine, "person/new-analyst-colleague"), ==, 0);
  g_assert_cmpstr (ts_store_get_external_change (mine, "person/new-analyst-colleague")->action,
                   ==, "delete");
  g_assert_cmpuint (counter.n_changed, ==, 2);

  counter_clear (&counter);
}

/* The watching store's own saves are in the log too: they are not applied
 * again, neither alone nor beside another store's change. */
static void
test_live_own_once (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  Counter counter = { 0, };
  TsChange *change;

  watch (mine, &counter);

  set_summary (mine, MEETING, "Mine");
  g_assert_cmpuint (counter.n_changed, ==, 1);
  set_summary (theirs, OTHER_MEETING, "Theirs");
  wait_summary (mine, OTHER_MEETING, "Theirs");

  /* Its own save, then the other store's alone. */
  g_assert_cmpuint (counter.n_changed, ==, 2);
  g_assert_cmpuint (counter.last_changes->len, ==, 1);
  change = g_ptr_array_index (counter.last_changes, 0);
  g_assert_cmpstr (ts_record_get_id (change->new_record), ==, OTHER_MEETING);
  g_assert_cmpuint (counter.n_external, ==, 1);
  g_assert_cmpuint (counter.last_external->len, ==, 1);
  g_assert_cmpint (ts_store_get_version (mine, MEETING), ==, 2);

  /* Nothing more comes of either, however long the watch runs. */
  g_assert_true (ts_store_take_external_changes (mine, NULL));
  g_assert_cmpuint (counter.n_changed, ==, 2);
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (mine),
                                                             MEETING)), ==, "Mine");

  counter_clear (&counter);
}

/* A change set refused (one of its records stale) rolls back whole: the
 * watching store never sees the record of it that was written before the
 * refusal. What the other store commits next arrives, and nothing else. */
static void
test_live_rollback (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autoptr(TsStore) third = store_test_open (path, FALSE);
  TsDataset *dataset = ts_store_get_dataset (theirs);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 ts_change_free);
  g_autoptr(TsRecord) meeting = ts_record_copy (ts_dataset_lookup (dataset, MEETING));
  g_autoptr(TsRecord) other = ts_record_copy (ts_dataset_lookup (dataset, OTHER_MEETING));
  g_autoptr(GError) error = NULL;
  g_autofree char *old_summary = NULL;
  Counter counter = { 0, };

  old_summary = g_strdup (ts_record_get_summary (ts_dataset_lookup (dataset, MEETING)));
  watch (mine, &counter);

  /* The third store makes the other's OTHER_MEETING stale. */
  set_summary (third, OTHER_MEETING, "The third's");
  ts_record_set_summary (meeting, "Rolled back");
  ts_record_set_summary (other, "Refused");
  g_ptr_array_add (changes, ts_change_new (ts_dataset_lookup (dataset, MEETING), meeting));
  g_ptr_array_add (changes, ts_change_new (ts_dataset_lookup (dataset, OTHER_MEETING), other));
  g_assert_false (ts_dataset_apply (dataset, changes, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);

  set_summary (theirs, PERSON, "After the refusal");
  wait_summary (mine, PERSON, "After the refusal");
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (mine),
                                                             MEETING)), ==, old_summary);
  g_assert_cmpint (ts_store_get_version (mine, MEETING), ==, 1);
  /* The third's change, committed before, came (in the same take or an
   * earlier one). */
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (mine),
                                                             OTHER_MEETING)), ==,
                   "The third's");

  counter_clear (&counter);
}

/* An editor opened on the version before another store's change: saving
 * it would go over their change, which the dataset now holds, so the store
 * refuses it as a stale write, naming who changed it. */
static void
test_live_check_version (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autofree char *user = expected_user (path);
  gint64 opened = ts_store_get_version (mine, MEETING);
  g_autoptr(GError) error = NULL;
  const TsStoreConflict *conflict;
  Counter counter = { 0, };

  watch (mine, &counter);
  g_assert_true (ts_store_check_version (mine, MEETING, opened, &error));
  g_assert_no_error (error);

  set_summary (theirs, MEETING, "Theirs meanwhile");
  wait_summary (mine, MEETING, "Theirs meanwhile");

  g_assert_false (ts_store_check_version (mine, MEETING, opened, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, user));
  conflict = ts_store_get_conflict (mine);
  g_assert_nonnull (conflict);
  g_assert_cmpstr (conflict->who, ==, user);
  g_assert_cmpint (conflict->version, ==, 2);
  g_assert_cmpstr (ts_record_get_summary (conflict->theirs), ==, "Theirs meanwhile");

  counter_clear (&counter);
}

static PGresult *
server_exec (PGconn     *conn,
             const char *sql)
{
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  return result;
}

/* On the server, a transaction that took its seq in the change log before
 * another one and commits after it: the watching store has taken the
 * later seq by then, and still takes the earlier one when it commits. */
static void
test_live_out_of_order (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  PGconn *slow;
  Counter counter = { 0, };

  watch (mine, &counter);

  /* The slow writer, by hand as the store writes: the log's row first. */
  slow = PQconnectdb (path);
  g_assert_cmpint (PQstatus (slow), ==, CONNECTION_OK);
  PQclear (server_exec (slow, "BEGIN"));
  PQclear (server_exec (slow, "INSERT INTO change (record_id, at, who, action, field, "
                              "old_value, new_value, version) VALUES ('" OTHER_MEETING "', "
                              "'2026-12-06T21:00:00Z', current_user, 'update', 'summary', "
                              "NULL, '\"Slow\"', 2)"));

  set_summary (theirs, MEETING, "Fast");
  wait_summary (mine, MEETING, "Fast");

  PQclear (server_exec (slow, "UPDATE record SET summary = 'Slow', version = 2 "
                              "WHERE id = '" OTHER_MEETING "'"));
  PQclear (server_exec (slow, "COMMIT"));
  PQfinish (slow);
  /* Another change makes the store look (the slow writer sent no NOTIFY). */
  set_summary (theirs, PERSON, "Later");
  wait_summary (mine, PERSON, "Later");
  wait_summary (mine, OTHER_MEETING, "Slow");
  g_assert_cmpint (ts_store_get_version (mine, OTHER_MEETING), ==, 2);

  counter_clear (&counter);
}

static gboolean
is_disconnected (gpointer data)
{
  return !ts_store_get_connected (data);
}

/* On the server, the listening connection is ended behind the store's
 * back: the store says it is disconnected (the window's banner offers to
 * reconnect); once it reconnects it listens again, and takes what was
 * committed meanwhile as well as what comes after. */
static void
test_live_listener_lost (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "live.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autoptr(GError) error = NULL;
  PGconn *admin;
  PGresult *result;
  Counter counter = { 0, };

  watch (mine, &counter);
  g_assert_true (ts_store_get_connected (mine));

  admin = PQconnectdb (path);
  g_assert_cmpint (PQstatus (admin), ==, CONNECTION_OK);
  result = server_exec (admin, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                               "WHERE datname = current_database () AND query LIKE 'LISTEN%'");
  g_assert_cmpint (PQntuples (result), ==, 1);
  PQclear (result);
  PQfinish (admin);

  wait_until (is_disconnected, mine);
  set_summary (theirs, MEETING, "While it was not listening");

  g_assert_true (ts_store_reconnect (mine, &error));
  g_assert_no_error (error);
  g_assert_true (ts_store_get_connected (mine));
  wait_summary (mine, MEETING, "While it was not listening");
  set_summary (theirs, PERSON, "After");
  wait_summary (mine, PERSON, "After");

  counter_clear (&counter);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/live/update", test_live_update);
  g_test_add_func ("/store/live/undo-refused", test_live_undo_refused);
  g_test_add_func ("/store/live/create-delete", test_live_create_delete);
  g_test_add_func ("/store/live/own-once", test_live_own_once);
  g_test_add_func ("/store/live/rollback", test_live_rollback);
  g_test_add_func ("/store/live/check-version", test_live_check_version);
  /* SQLite has one writer at a time. */
  if (store_test_server () != NULL)
    {
      g_test_add_func ("/store/live/out-of-order", test_live_out_of_order);
      g_test_add_func ("/store/live/listener-lost", test_live_listener_lost);
    }

  return g_test_run ();
}
