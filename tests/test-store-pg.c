/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A team database on a real PostgreSQL server, started for the tests by
 * tests/run-with-postgresql.sh (pg_virtualenv): the records read back as
 * written, a newer schema is refused untouched, a database copies to the
 * server and back byte for byte, a failed copy leaves nothing, and a
 * server that cannot be reached is named in the error. Without the
 * wrapper (TS_TEST_POSTGRESQL unset) every test is skipped. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-place.h"
#include "ts-store-private.h"

#include "store-test-utils.h"

static gboolean
need_server (void)
{
  if (store_test_server () != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server: run through tests/run-with-postgresql.sh "
               "(meson test test-store-postgresql)");
  return FALSE;
}

/* The fixture written to a new team database, edited, and read back by
 * another connection, as the same JSON; the tables have the server's
 * types. */
static void
test_store_pg_round_trip (void)
{
  g_autofree char *location = NULL;
  g_autofree char *written = NULL;
  g_autofree char *read = NULL;
  g_autofree char *type = NULL;
  g_autofree char *identity = NULL;

  if (!need_server ())
    return;
  location = store_test_server_database ();

  {
    g_autoptr(TsStore) store = store_test_open (location, TRUE);
    TsDataset *dataset = ts_store_get_dataset (store);
    g_autoptr(TsPlace) place = ts_place_new ("place/osh", "Osh");
    g_autoptr(TsRecord) copy = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (ts_store_get_created (store));
    g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, STORE_TEST_FIXTURE_N_RECORDS);
    /* No password in the name shown: there was none to hide. */
    g_assert_cmpstr (ts_store_get_path (store), ==, location);

    ts_place_set_lat (place, 40.513996);
    ts_place_set_lon (place, 72.816101);
    g_assert_true (ts_dataset_add (dataset, TS_RECORD (place), &error));
    g_assert_no_error (error);

    copy = ts_record_copy (ts_dataset_lookup (dataset, "place/bishkek"));
    ts_record_set_summary (copy, "Capital of Kyrgyzstan — Бишкек, 比什凯克 😀 'quoted' $1 ?1");
    g_assert_true (ts_dataset_update (dataset, copy, &error));
    g_assert_no_error (error);
    written = store_test_export (dataset);
  }

  {
    g_autoptr(TsStore) store = store_test_open (location, FALSE);
    TsDataset *dataset = ts_store_get_dataset (store);

    g_assert_false (ts_store_get_created (store));
    g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==,
                      STORE_TEST_FIXTURE_N_RECORDS + 1);
    read = store_test_export (dataset);
  }
  g_assert_true (g_str_equal (written, read));

  /* The same tables, with the server's types. */
  g_assert_cmpstr ((identity = store_test_server_query (location,
                      "SELECT is_identity || ' ' || data_type FROM information_schema.columns "
                      "WHERE table_name = 'record' AND column_name = 'seq'")), ==,
                   "YES bigint");
  g_assert_cmpstr ((type = store_test_server_query (location,
                      "SELECT data_type FROM information_schema.columns "
                      "WHERE table_name = 'place' AND column_name = 'lat'")), ==,
                   "double precision");
  g_free (type);
  g_assert_cmpstr ((type = store_test_server_query (location,
                      "SELECT value FROM meta WHERE key = 'schema_version'")), ==,
                   G_STRINGIFY (TS_STORE_SCHEMA_VERSION));
  g_free (type);
  /* The record added last comes last. */
  g_assert_cmpstr ((type = store_test_server_query (location,
                      "SELECT id FROM record ORDER BY seq DESC LIMIT 1")), ==, "place/osh");
}

/* A database a newer Tianshan made on the server is refused, and left
 * exactly as it was. */
static void
test_store_pg_newer_version (void)
{
  g_autofree char *location = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  TsStore *store;
  const char *dump = "SELECT string_agg (key || '=' || value, ',' ORDER BY key) "
                     "|| (SELECT count(*) FROM record) FROM meta";

  if (!need_server ())
    return;
  location = store_test_server_database ();
  g_object_unref (store_test_open (location, TRUE));
  g_free (store_test_server_query (location, "UPDATE meta SET value = '99' "
                                             "WHERE key = 'schema_version';"
                                             "UPDATE meta SET value = '9.9' "
                                             "WHERE key = 'written_by'"));
  before = store_test_server_query (location, dump);

  store = ts_store_open_full (location, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NEWER_VERSION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, location));
  g_assert_nonnull (strstr (error->message, "database version 99"));

  after = store_test_server_query (location, dump);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (strstr (after, "schema_version=99"));

  /* Another program's table meta is not taken for ours. */
  g_clear_error (&error);
  g_free (location);
  location = store_test_server_database ();
  g_free (store_test_server_query (location, "CREATE TABLE meta (key text, value text);"
                                             "INSERT INTO meta VALUES ('application', 'other')"));
  store = ts_store_open_full (location, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NOT_A_DATABASE);
  g_assert_null (store_test_server_query (location, "SELECT to_regclass ('record')"));
}

/* Two additions and an edit in one change, the last refused by the
 * server (a trigger put there behind the store's back): nothing of it is
 * saved or shown, and the store goes on working. A reference to a record
 * that is not there is refused by the server itself. */
static void
test_store_pg_failed_transaction (void)
{
  g_autofree char *location = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
  g_autoptr(TsPlace) naryn = ts_place_new ("place/naryn", "Naryn");
  g_autoptr(TsRecord) kant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  TsDataset *dataset;

  if (!need_server ())
    return;
  location = store_test_server_database ();
  store = store_test_open (location, TRUE);
  dataset = ts_store_get_dataset (store);
  before = store_test_export (dataset);
  kant = ts_record_copy (ts_dataset_lookup (dataset, "place/kant"));

  g_free (store_test_server_query (location,
    "CREATE FUNCTION refuse_naryn () RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'refused by the test'; END $$;"
    "CREATE TRIGGER refuse_naryn BEFORE INSERT ON record FOR EACH ROW "
    "WHEN (NEW.id = 'place/naryn') EXECUTE FUNCTION refuse_naryn ()"));

  ts_place_set_lat (osh, 40.53);
  ts_place_set_lon (osh, 72.8);
  ts_place_set_lat (naryn, 41.43);
  ts_place_set_lon (naryn, 76.0);
  ts_record_set_summary (kant, "Home of an air base.");
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (osh)));
  g_ptr_array_add (changes, ts_change_new (ts_dataset_lookup (dataset, "place/kant"), kant));
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (naryn)));

  g_assert_false (ts_dataset_apply (dataset, changes, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "refused by the test"));
  g_assert_nonnull (strstr (error->message, location));
  after = store_test_export (dataset);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr ((count = store_test_server_query (location,
                      "SELECT count(*) FROM record WHERE id = 'place/osh' "
                      "OR summary LIKE '%air base%'")), ==, "0");
  g_clear_error (&error);

  g_assert_true (ts_dataset_add (dataset, TS_RECORD (osh), &error));
  g_assert_no_error (error);
  g_free (count);
  g_assert_cmpstr ((count = store_test_server_query (location,
                      "SELECT count(*) FROM record WHERE id = 'place/osh'")), ==, "1");

  /* The server keeps references whole, whoever writes. */
  {
    PGconn *conn = PQconnectdb (location);
    PGresult *result = PQexec (conn, "INSERT INTO link (source_id, field, target_id) "
                                     "VALUES ('place/osh', 'sources', 'source/nowhere')");

    g_assert_cmpint (PQresultStatus (result), ==, PGRES_FATAL_ERROR);
    g_assert_nonnull (strstr (PQresultErrorMessage (result), "foreign key"));
    PQclear (result);
    PQfinish (conn);
  }
}

static char *
export_location (const char *location)
{
  g_autoptr(TsStore) store = store_test_open (location, FALSE);

  return store_test_export (ts_store_get_dataset (store));
}

/* A local database copied to the server and back gives the same export,
 * byte for byte; a destination with records is refused and named. */
static void
test_store_pg_copy (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *local = store_test_dir_local_file (dir, "local.db");
  g_autofree char *back = store_test_dir_local_file (dir, "back.db");
  g_autofree char *server = NULL;
  g_autofree char *original = NULL;
  g_autofree char *on_server = NULL;
  g_autofree char *returned = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!need_server ())
    return;
  server = store_test_server_database ();
  g_object_unref (store_test_open (local, TRUE));
  original = export_location (local);

  g_assert_true (ts_store_copy (local, server, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, STORE_TEST_FIXTURE_N_RECORDS);
  g_assert_true (ts_store_copy (server, back, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, STORE_TEST_FIXTURE_N_RECORDS);

  on_server = export_location (server);
  returned = export_location (back);
  g_assert_true (g_str_equal (original, on_server));
  g_assert_true (g_str_equal (original, returned));

  /* Again into either: refused, naming the destination, which keeps its
   * records. */
  checksum = store_test_checksum (back);
  g_assert_false (ts_store_copy (server, back, NULL, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, back));
  g_assert_nonnull (strstr (error->message, "not empty"));
  g_clear_error (&error);
  g_assert_false (ts_store_copy (local, server, NULL, &error));
  g_assert_nonnull (strstr (error->message, server));
  g_assert_nonnull (strstr (error->message, "not empty"));
  g_clear_error (&error);
  {
    g_autofree char *after = store_test_checksum (back);
    g_autofree char *count = store_test_server_query (server, "SELECT count(*) FROM record");

    g_assert_cmpstr (checksum, ==, after);
    g_assert_cmpstr (count, ==, G_STRINGIFY (STORE_TEST_FIXTURE_N_RECORDS));
  }

  /* Into a database with the tables and no records: the records go in. */
  {
    g_autofree char *empty = store_test_server_database ();
    g_autofree char *copied = NULL;

    g_object_unref (store_test_open (empty, FALSE));
    g_assert_true (ts_store_copy (local, empty, &n, &error));
    g_assert_no_error (error);
    copied = export_location (empty);
    g_assert_true (g_str_equal (original, copied));
  }
}

/* A copy the server refuses halfway (a table of the schema is in the way)
 * leaves the destination as it was: no table, no record of Tianshan's. */
static void
test_store_pg_copy_failure (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *local = store_test_dir_local_file (dir, "local.db");
  g_autofree char *server = NULL;
  g_autoptr(GError) error = NULL;

  if (!need_server ())
    return;
  server = store_test_server_database ();
  g_object_unref (store_test_open (local, TRUE));
  /* Made after record and meta, before link: the copy fails late. */
  g_free (store_test_server_query (server, "CREATE TABLE link (x integer)"));

  g_assert_false (ts_store_copy (local, server, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, server));
  g_assert_nonnull (strstr (error->message, "link"));

  g_assert_null (store_test_server_query (server, "SELECT to_regclass ('meta')"));
  g_assert_null (store_test_server_query (server, "SELECT to_regclass ('record')"));
  g_assert_null (store_test_server_query (server, "SELECT to_regclass ('place')"));
  g_assert_null (store_test_server_query (server, "SELECT to_regclass ('record_seq_seq')"));
  {
    g_autofree char *columns = store_test_server_query (server,
                                 "SELECT string_agg (column_name, ',') "
                                 "FROM information_schema.columns WHERE table_name = 'link'");

    g_assert_cmpstr (columns, ==, "x");
  }
}

/* A server that cannot be reached, a database that does not exist, a
 * location libpq cannot read: a clear error naming the database, never
 * its password. */
static void
test_store_pg_bad_location (void)
{
  /* A server that cannot be reached is named by its address, and told as
   * such (test-store-failures.c has the whole message). */
  static const struct
  {
    const char *location;
    const char *shown;
    const char *says;
    int code;
    const char *prefix;
  } cases[] = {
    { "postgresql://analyst:secret@127.0.0.1:1/team", "127.0.0.1:1", "Connection refused",
      TS_STORE_ERROR_UNREACHABLE, "The team database at " },
    { "host=127.0.0.1 port=1 password=secret dbname=team", "127.0.0.1:1", "Connection refused",
      TS_STORE_ERROR_UNREACHABLE, "The team database at " },
    { "dbname=no_such_database", "dbname=no_such_database", "does not exist",
      TS_STORE_ERROR_DATABASE, "Could not connect to the team database “" },
    { "postgresql://[::1", "postgresql://[::1", "IPv6 host address",
      TS_STORE_ERROR_DATABASE, "Could not connect to the team database “" },
    { "service=no_such_service", "service=no_such_service", "no_such_service",
      TS_STORE_ERROR_DATABASE, "Could not connect to the team database “" },
  };

  if (!need_server ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      TsStore *store = ts_store_open_full (cases[i].location, NULL, &error);

      g_assert_null (store);
      g_assert_error (error, TS_STORE_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
      g_assert_nonnull (strstr (error->message, cases[i].shown));
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_null (strstr (error->message, "secret"));
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* A change set of 10 000 new records, as an import into a team database
 * is: saved whole and read back by another connection. Each record saved
 * took an advisory lock of its own, an entry of the server's shared lock
 * table, which holds 6 400 by default: such an import failed with "out
 * of shared memory". */
#define LARGE_CHANGE_SET 40000

static void
test_store_pg_large_change_set (void)
{
  g_autofree char *location = NULL;

  if (!need_server ())
    return;
  location = store_test_server_database ();

  {
    g_autoptr(TsStore) store = store_test_open (location, TRUE);
    g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < LARGE_CHANGE_SET; i++)
      {
        g_autofree char *id = g_strdup_printf ("place/town-%05u", i);
        g_autofree char *title = g_strdup_printf ("Town %u", i);
        g_autoptr(TsPlace) place = ts_place_new (id, title);

        ts_place_set_lat (place, 40.0 + i / 10000.0);
        ts_place_set_lon (place, 72.0 + i / 10000.0);
        g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (place)));
      }
    ts_dataset_apply (ts_store_get_dataset (store), changes, &error);
    g_assert_no_error (error);
  }

  {
    g_autoptr(TsStore) store = store_test_open (location, FALSE);
    TsDataset *dataset = ts_store_get_dataset (store);

    g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==,
                      STORE_TEST_FIXTURE_N_RECORDS + LARGE_CHANGE_SET);
    g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, "place/town-09999")), ==,
                     "Town 9999");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/postgresql/round-trip", test_store_pg_round_trip);
  g_test_add_func ("/store/postgresql/newer-version", test_store_pg_newer_version);
  g_test_add_func ("/store/postgresql/failed-transaction", test_store_pg_failed_transaction);
  g_test_add_func ("/store/postgresql/copy", test_store_pg_copy);
  g_test_add_func ("/store/postgresql/copy-failure", test_store_pg_copy_failure);
  g_test_add_func ("/store/postgresql/bad-location", test_store_pg_bad_location);
  g_test_add_func ("/store/postgresql/large-change-set", test_store_pg_large_change_set);

  return g_test_run ();
}
