/* SPDX-License-Identifier: GPL-3.0-or-later */

/* #19 items 5 and 6 against a real server (tests/run-with-postgresql.sh):
 * a team database that cannot be reached, a password refused, a connection
 * dropped in the middle of the work, and a role that may only read, each
 * told to the analyst in words that say what happened and what to do,
 * never with the password; a change that failed leaves nothing behind and
 * is saved when tried again; a read-only role's change is refused by the
 * store and, forced past it, by the server. Without the wrapper every
 * test is skipped. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-place.h"
#include "ts-store-private.h"

#include "failure-test-utils.h"

#define KANT "place/kant"

static gboolean
need_server (void)
{
  if (store_test_server () != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server: run through tests/run-with-postgresql.sh "
               "(meson test test-store-postgresql)");
  return FALSE;
}

static void
assert_has (const char *message,
            const char *part)
{
  if (strstr (message, part) == NULL)
    g_error ("“%s” does not say “%s”", message, part);
}

static char *
open_error (const char *location,
            int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open_full (location, NULL, &error);

  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, TS_STORE_ERROR, code);
  g_assert_null (strchr (error->message, '\n'));
  return g_strdup (error->message);
}

/* Nothing listens on port 1: the server could not be reached, with what
 * to do, the server named and the password not. */
static void
test_unreachable (void)
{
  g_autofree char *message = NULL;

  if (!need_server ())
    return;

  message = open_error ("postgresql://analyst:secret@127.0.0.1:1/team",
                        TS_STORE_ERROR_UNREACHABLE);
  g_assert_true (g_str_has_prefix (message, "The team database at 127.0.0.1:1 could not be "
                                            "reached. Check your network connection and try "
                                            "again."));
  assert_has (message, "Connection refused");
  g_assert_null (strstr (message, "secret"));

  g_free (message);
  message = open_error ("host=127.0.0.1 port=1 password=secret dbname=team",
                        TS_STORE_ERROR_UNREACHABLE);
  assert_has (message, "The team database at 127.0.0.1:1 could not be reached.");
  g_assert_null (strstr (message, "secret"));

  /* What is not the network's fault keeps its own message. */
  g_free (message);
  message = open_error ("dbname=no_such_database", TS_STORE_ERROR_DATABASE);
  assert_has (message, "does not exist");
  g_free (message);
  message = open_error ("service=no_such_service", TS_STORE_ERROR_DATABASE);
  assert_has (message, "no_such_service");
}

/* Over TCP the server asks for a password: a wrong one, none, and a role
 * that may not log in are each told; the right one opens. */
static void
test_authentication (void)
{
  g_autofree char *location = NULL;
  g_autofree char *user = NULL;
  g_autofree char *nologin = NULL;
  g_autofree char *wrong = NULL;
  g_autofree char *none = NULL;
  g_autofree char *right = NULL;
  g_autofree char *server = failure_test_server_name ("127.0.0.1");
  g_autofree char *expected = NULL;
  g_autofree char *message = NULL;
  g_autofree char *saved_password = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!need_server ())
    return;

  location = store_test_server_database ();
  g_clear_object (&store);
  store = store_test_open (location, TRUE);
  g_clear_object (&store);
  user = failure_test_role_name ("ts_pw");
  failure_test_create_login (location, user, "RightHorse7", NULL);

  wrong = failure_test_tcp_location (location, user, "WrongStaple3");
  message = open_error (wrong, TS_STORE_ERROR_AUTHENTICATION);
  expected = g_strdup_printf ("The team database at %s refused the password for %s.", server,
                              user);
  g_assert_true (g_str_has_prefix (message, expected));
  g_assert_null (strstr (message, "WrongStaple3"));
  g_assert_null (strstr (message, "RightHorse7"));

  /* No password anywhere: pg_virtualenv's own is in PGPASSWORD. */
  saved_password = g_strdup (g_getenv ("PGPASSWORD"));
  g_unsetenv ("PGPASSWORD");
  g_setenv ("PGPASSFILE", "/nonexistent/pgpass", TRUE);
  none = failure_test_tcp_location (location, user, NULL);
  g_free (message);
  message = open_error (none, TS_STORE_ERROR_NEEDS_PASSWORD);
  assert_has (message, "asks for a password");
  g_setenv ("PGPASSWORD", saved_password, TRUE);
  g_unsetenv ("PGPASSFILE");

  /* A role that may not log in (SQLSTATE 28000). */
  nologin = failure_test_role_name ("ts_nologin");
  sql = g_strdup_printf ("CREATE ROLE %s NOLOGIN PASSWORD 'Quiet5'", nologin);
  g_free (store_test_server_query (location, sql));
  g_free (wrong);
  wrong = failure_test_tcp_location (location, nologin, "Quiet5");
  g_free (message);
  message = open_error (wrong, TS_STORE_ERROR_AUTHENTICATION);
  g_free (expected);
  expected = g_strdup_printf ("The team database at %s does not let %s in (", server, nologin);
  g_assert_true (g_str_has_prefix (message, expected));
  assert_has (message, "not permitted to log in");
  g_assert_null (strstr (message, "Quiet5"));

  /* The right password lets the role in: the refusals were the
   * password's. With no privileges it may not use the database; as a
   * reader (README.md's roles) it opens it. */
  right = failure_test_tcp_location (location, user, "RightHorse7");
  g_free (message);
  message = open_error (right, TS_STORE_ERROR_PERMISSION);
  g_free (expected);
  expected = g_strdup_printf ("Your role %s may not use the team database at %s (permission "
                              "denied for table meta). Ask its administrator for the analyst "
                              "role.", user, server);
  g_assert_cmpstr (message, ==, expected);
  failure_test_run_readme_roles (location);
  g_free (sql);
  sql = g_strdup_printf ("GRANT tianshan_reader TO %s", user);
  g_free (store_test_server_query (location, sql));
  store = ts_store_open_full (right, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_signal (TsStore *store,
              guint   *count)
{
  (*count)++;
}

static char *
kant_summary_in_database (const char *location)
{
  return store_test_server_query (location, "SELECT summary FROM record WHERE id = 'place/kant'");
}

/* The store's backend terminated behind its back (a server restart, a
 * network gone): the save fails saying the connection was lost and the
 * change not saved, nothing of it is in the database or the dataset, and
 * saving again connects again and saves it. Then the same in the middle
 * of a change set: the server rolls it all back. */
static void
test_dropped_connection (void)
{
  g_autofree char *location = NULL;
  g_autofree char *server = failure_test_server_name ("localhost");
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *value = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) kant = NULL;
  g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  guint n_connected_notifies = 0;
  guint n_reconnected = 0;
  TsDataset *dataset;

  if (!need_server ())
    return;

  location = store_test_server_database ();
  store = store_test_open (location, TRUE);
  dataset = ts_store_get_dataset (store);
  g_signal_connect (store, "notify::connected", G_CALLBACK (count_notify),
                    &n_connected_notifies);
  g_signal_connect (store, "reconnected", G_CALLBACK (count_signal), &n_reconnected);
  g_assert_true (ts_store_get_connected (store));
  g_assert_cmpint (ts_store_get_version (store, KANT), ==, 1);
  before = store_test_export (dataset);

  failure_test_terminate (location, NULL, 1);
  /* Nothing has noticed yet. */
  g_assert_true (ts_store_get_connected (store));

  kant = ts_record_copy (ts_dataset_lookup (dataset, KANT));
  ts_record_set_summary (kant, "Home of an air base.");
  g_assert_false (ts_dataset_update (dataset, kant, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED);
  g_test_message ("%s", error->message);
  expected = g_strdup_printf ("The connection to the team database at %s was lost. Your change "
                              "was not saved; it is still in the editor. Try again when the "
                              "connection is back.", server);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_assert_false (ts_store_get_connected (store));
  g_assert_cmpuint (n_connected_notifies, ==, 1);
  g_assert_cmpuint (n_reconnected, ==, 0);
  after = store_test_export (dataset);
  g_assert_cmpstr (before, ==, after);
  value = kant_summary_in_database (location);
  g_assert_cmpstr (value, !=, "Home of an air base.");

  /* Saving again connects again, and saves. */
  g_assert_true (ts_dataset_update (dataset, kant, &error));
  g_assert_no_error (error);
  g_assert_true (ts_store_get_connected (store));
  g_assert_cmpuint (n_connected_notifies, ==, 2);
  g_assert_cmpuint (n_reconnected, ==, 1);
  g_free (value);
  value = kant_summary_in_database (location);
  g_assert_cmpstr (value, ==, "Home of an air base.");
  g_assert_cmpint (ts_store_get_version (store, KANT), ==, 2);
  history = ts_store_list_changes (store, KANT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* In the middle of a change set: the backend dies as the log of its
   * second record is written, after the first record's rows were. */
  g_free (store_test_server_query (location,
    "CREATE FUNCTION ts_test_die () RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM pg_terminate_backend (pg_backend_pid ()); PERFORM pg_sleep (60); "
    "RETURN NULL; END $$;"
    "CREATE TRIGGER ts_test_die AFTER INSERT ON change FOR EACH ROW "
    "WHEN (NEW.record_id = 'place/osh') EXECUTE FUNCTION ts_test_die ()"));
  g_clear_object (&kant);
  kant = ts_record_copy (ts_dataset_lookup (dataset, KANT));
  ts_record_set_summary (kant, "Home of two air bases.");
  ts_place_set_lat (osh, 40.53);
  ts_place_set_lon (osh, 72.8);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_ptr_array_add (changes, ts_change_new (ts_dataset_lookup (dataset, KANT), kant));
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (osh)));
  g_free (before);
  before = store_test_export (dataset);

  g_assert_false (ts_dataset_apply (dataset, changes, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_assert_false (ts_store_get_connected (store));
  g_free (after);
  after = store_test_export (dataset);
  g_assert_cmpstr (before, ==, after);
  g_free (value);
  value = kant_summary_in_database (location);
  g_assert_cmpstr (value, ==, "Home of an air base.");
  g_free (value);
  value = store_test_server_query (location, "SELECT count(*) FROM record WHERE id = 'place/osh'");
  g_assert_cmpstr (value, ==, "0");
  g_free (value);
  value = store_test_server_query (location, "SELECT count(*) FROM change");
  g_assert_cmpstr (value, ==, "1");

  g_free (store_test_server_query (location, "DROP TRIGGER ts_test_die ON change"));
  g_assert_true (ts_dataset_apply (dataset, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_reconnected, ==, 2);
  g_assert_cmpint (ts_store_get_version (store, KANT), ==, 3);
  g_assert_cmpint (ts_store_get_version (store, "place/osh"), ==, 1);

  /* Another connection reads what this one wrote, all of it. */
  reader = store_test_open (location, FALSE);
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (ts_store_get_dataset (reader), KANT)),
                   ==, "Home of two air bases.");
  g_assert_nonnull (ts_dataset_lookup (ts_store_get_dataset (reader), "place/osh"));

  /* A read that finds the connection lost says so; the next one
   * connects again. */
  failure_test_terminate (location, NULL, 2);
  g_assert_null (ts_store_list_changes (reader, KANT, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED);
  g_free (expected);
  expected = g_strdup_printf ("The connection to the team database at %s was lost. Try again "
                              "when the connection is back.", server);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_assert_false (ts_store_get_connected (reader));
  history = ts_store_list_changes (reader, KANT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_true (ts_store_get_connected (reader));

  /* ts_store_reconnect () does it without a statement (the banner's
   * button). */
  g_assert_true (ts_store_reconnect (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_reconnected, ==, 3);
  g_assert_true (ts_store_get_connected (store));
}

/* README.md's roles: a reader's store is read-only, its change refused
 * before the server is asked and, forced past that check, by the server
 * (42501), in the same words; an analyst's saves. */
static void
test_read_only_role (void)
{
  g_autofree char *location = NULL;
  g_autofree char *server = failure_test_server_name ("127.0.0.1");
  g_autofree char *reader_name = failure_test_role_name ("ts_reader");
  g_autofree char *analyst_name = failure_test_role_name ("ts_analyst");
  g_autofree char *reader_location = NULL;
  g_autofree char *analyst_location = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *value = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(TsRecord) kant = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_local_file (dir, "local.db");
  guint n_reconnected = 0;
  TsDataset *dataset;

  if (!need_server ())
    return;

  location = store_test_server_database ();
  store = store_test_open (location, TRUE);
  g_assert_false (ts_store_get_read_only (store));
  g_clear_object (&store);
  failure_test_run_readme_roles (location);
  /* Again, as an administrator may: nothing changes, nothing fails. */
  failure_test_run_readme_roles (location);
  failure_test_create_login (location, reader_name, "ReadOnly4", "tianshan_reader");
  failure_test_create_login (location, analyst_name, "ReadWrite4", "tianshan_analyst");

  reader_location = failure_test_tcp_location (location, reader_name, "ReadOnly4");
  store = ts_store_open_full (reader_location, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ts_store_get_read_only (store));
  dataset = ts_store_get_dataset (store);
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, STORE_TEST_FIXTURE_N_RECORDS);
  g_signal_connect (store, "reconnected", G_CALLBACK (count_signal), &n_reconnected);
  before = store_test_export (dataset);

  /* Refused by the store: its connection is not even used (it is gone,
   * and the refusal still says read-only, not disconnected). */
  failure_test_terminate (location, reader_name, 1);
  kant = ts_record_copy (ts_dataset_lookup (dataset, KANT));
  ts_record_set_summary (kant, "Home of an air base.");
  g_assert_false (ts_dataset_update (dataset, kant, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_PERMISSION);
  g_test_message ("%s", error->message);
  expected = g_strdup_printf ("Your role %s may read the team database at %s but not change "
                              "it. Ask its administrator for the analyst role.", reader_name,
                              server);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (strstr (error->message, "ReadOnly4"));
  g_clear_error (&error);
  g_assert_cmpuint (n_reconnected, ==, 0);
  g_assert_true (ts_store_get_connected (store));

  /* Forced past the store's check: the server refuses it (42501). */
  g_assert_true (ts_store_reconnect (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_reconnected, ==, 1);
  _ts_store_set_read_only (store, FALSE);
  g_assert_false (ts_dataset_update (dataset, kant, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_PERMISSION);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_assert_true (ts_store_get_connected (store));
  after = store_test_export (dataset);
  g_assert_cmpstr (before, ==, after);
  value = kant_summary_in_database (location);
  g_assert_cmpstr (value, !=, "Home of an air base.");
  g_clear_object (&store);

  /* The analyst role writes, and the log names the analyst. */
  analyst_location = failure_test_tcp_location (location, analyst_name, "ReadWrite4");
  store = ts_store_open_full (analyst_location, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (ts_store_get_read_only (store));
  g_assert_true (ts_dataset_update (ts_store_get_dataset (store), kant, &error));
  g_assert_no_error (error);
  g_free (value);
  value = kant_summary_in_database (location);
  g_assert_cmpstr (value, ==, "Home of an air base.");
  g_free (value);
  value = store_test_server_query (location,
                                   "SELECT who FROM change WHERE record_id = 'place/kant'");
  g_assert_cmpstr (value, ==, analyst_name);
  g_clear_object (&store);

  /* A file is never read-only to the store (it refuses one it may not
   * write at open). */
  store = store_test_open (path, TRUE);
  g_assert_false (ts_store_get_read_only (store));
  g_assert_true (ts_store_get_connected (store));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/failures/unreachable", test_unreachable);
  g_test_add_func ("/store/failures/authentication", test_authentication);
  g_test_add_func ("/store/failures/dropped-connection", test_dropped_connection);
  g_test_add_func ("/store/failures/read-only-role", test_read_only_role);

  return g_test_run ();
}
