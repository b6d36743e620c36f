/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The in-place migration of databases that older versions of Tianshan
 * wrote, from kept fixtures: tests/data/store-v1.sql, store-v2.sql and
 * store-v3.sql, text dumps of the shipped dataset as versions 1, 2 and 3
 * stored it. Migrated, they export the same bytes as that dataset (kept as
 * tests/data/dataset-v1.json, since the shipped one moves on) imported
 * fresh, and have every table and column a new database has; a file the
 * migration cannot read is refused and left byte for byte as it was. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-error.h"
#include "ts-json.h"
#include "ts-record.h"
#include "ts-store.h"

#include "store-test-utils.h"

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  if (root == NULL)
    root = TS_TESTS_SRCDIR "/..";
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* The database of a fixture's dump at @path, as SQLite's shell would make
 * it (rollback journal, not WAL). */
static void
build_fixture (const char *name,
               const char *path)
{
  g_autofree char *dump_path = source_path ("tests", "data", name, NULL);
  g_autofree char *dump = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_file_get_contents (dump_path, &dump, NULL, &error);
  g_assert_no_error (error);

  db = store_test_sqlite_open (path);
  store_test_sqlite_exec (db, dump);
  sqlite3_close (db);
}

/* The dataset the fixtures hold, imported into a new database, exported. */
static char *
export_shipped (StoreTestDir *dir)
{
  g_autofree char *shipped_path = source_path ("tests", "data", "dataset-v1.json", NULL);
  g_autofree char *path = store_test_dir_file (dir, "fresh.db");
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = NULL;
  gsize length = 0;

  g_file_get_contents (shipped_path, &contents, &length, &error);
  g_assert_no_error (error);
  seed = g_bytes_new_take (g_steal_pointer (&contents), length);

  store = ts_store_open_full (path, seed, &error);
  g_assert_no_error (error);
  return store_test_export (ts_store_get_dataset (store));
}

/* "table.column" for every column of every table of the database at
 * @path, sorted. */
static char *
describe_schema (const char *path)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = store_test_sqlite_open (path);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT m.name, p.name FROM sqlite_master AS m, "
                                       "pragma_table_info (m.name) AS p "
                                       "WHERE m.type = 'table' ORDER BY m.name, p.name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup_printf ("%s.%s", sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_ptr_array_add (columns, NULL);

  return g_strjoinv ("\n", (char **) columns->pdata);
}

/* The same tables and columns as a database made today. */
static void
assert_schema_complete (StoreTestDir *dir,
                        const char   *path)
{
  g_autofree char *fresh = store_test_dir_file (dir, "fresh.db");
  g_autofree char *expected = describe_schema (fresh);
  g_autofree char *got = describe_schema (path);

  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (got, ==, expected);
}

/* Counts the records in their types' tables. */
static int
count_typed_records (const char *path)
{
  int n = 0;

  for (int type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"",
                                              ts_record_type_to_string (type));

      n += store_test_file_int (path, sql);
    }
  return n;
}

static void
check_migrates (const char *fixture,
                int         version)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "old.db");
  g_autofree char *expected = export_shipped (dir);
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;

  build_fixture (fixture, path);
  g_assert_cmpint (store_test_file_int (path, "PRAGMA user_version"), ==, version);

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);

    g_assert_no_error (error);
    g_assert_false (ts_store_get_created (store));
    exported = store_test_export (ts_store_get_dataset (store));
    g_assert_cmpstr (exported, ==, expected);
  }

  /* Stamped with today's version, the JSON gone, the records in their
   * tables; opened again, the same. */
  g_assert_cmpint (store_test_file_int (path, "PRAGMA user_version"), ==,
                   TS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM pragma_table_info "
                                              "('record') WHERE name = 'body'"), ==, 0);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM record"), ==,
                   count_typed_records (path));
  assert_schema_complete (dir, path);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM person_names "
                                              "WHERE record_id = 'person/edil-baisalov'"),
                   >=, 2);

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);
    g_autofree char *again = NULL;

    g_assert_no_error (error);
    again = store_test_export (ts_store_get_dataset (store));
    g_assert_cmpstr (again, ==, expected);
  }
}

static void
test_migrate_from_1 (void)
{
  check_migrates ("store-v1.sql", 1);
}

static void
test_migrate_from_2 (void)
{
  check_migrates ("store-v2.sql", 2);
}

static void
test_migrate_from_3 (void)
{
  check_migrates ("store-v3.sql", 3);
}

/* The step to version 4 adds whatever the fields declare that a file
 * lacks, tables and columns alike: a version 3 file without a list's table
 * and a type's column (as if made before those fields existed) gains them,
 * the records keep everything else, and opening it again changes nothing. */
/* The people's records of an export. */
static char *
people_of (const char *text)
{
  const char *start = strstr (text, "\"type\": \"person\"");
  const char *end = strstr (text, "\"type\": \"organization\"");

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static void
test_migrate_adds_missing (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "old.db");
  g_autofree char *expected = export_shipped (dir);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  build_fixture ("store-v3.sql", path);
  db = store_test_sqlite_open (path);
  store_test_sqlite_exec (db, "DROP TABLE person_aliases;"
                              "ALTER TABLE figure DROP COLUMN change;");
  sqlite3_close (db);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM sqlite_master "
                                              "WHERE name = 'person_aliases'"), ==, 0);

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);
      g_autofree char *exported = NULL;
      g_autofree char *expected_people = NULL;
      g_autofree char *exported_people = NULL;
      const char *people = strstr (expected, "\"type\": \"person\"");

      g_assert_no_error (error);
      exported = store_test_export (ts_store_get_dataset (store));
      /* What was dropped is gone; the rest is as it was. */
      expected_people = people_of (expected);
      exported_people = people_of (exported);
      g_assert_nonnull (strstr (expected_people, "\"aliases\": "));
      g_assert_null (strstr (exported_people, "\"aliases\": "));
      g_assert_nonnull (strstr (exported_people, "\"person/edil-baisalov\""));
      g_assert_nonnull (strstr (expected, "\"change\": "));
      g_assert_null (strstr (exported, "\"change\": "));
      g_assert_nonnull (people);
      g_assert_cmpint (strncmp (exported, expected, people - expected), ==, 0);
      g_assert_cmpint (store_test_file_int (path, "PRAGMA user_version"), ==,
                       TS_STORE_SCHEMA_VERSION);
      assert_schema_complete (dir, path);
    }
}

/* A fixture with one record damaged by @damage: the open is refused with
 * an error naming the file, the record and (@field, if any) the field, and
 * the file is not touched. */
static void
check_refused (const char *fixture,
               const char *damage,
               const char *id,
               const char *field)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "damaged.db");
  g_autofree char *wal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = NULL;
  sqlite3 *db;

  build_fixture (fixture, path);
  db = store_test_sqlite_open (path);
  store_test_sqlite_exec (db, damage);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);
  before = store_test_checksum (path);

  store = ts_store_open_full (path, NULL, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, id));
  if (field != NULL)
    g_assert_nonnull (strstr (error->message, field));

  after = store_test_checksum (path);
  g_assert_cmpstr (after, ==, before);
  wal = store_test_dir_file (dir, "damaged.db-wal");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_migrate_refuses_damaged_field (void)
{
  check_refused ("store-v2.sql",
                 "UPDATE record SET body = replace (body, '\"level\":\"head_of_state\"', "
                 "'\"level\":\"emperor\"') "
                 "WHERE id = 'meeting/2023-10-25-li-qiang-sadyr-japarov'",
                 "meeting/2023-10-25-li-qiang-sadyr-japarov", "“level”");
}

static void
test_migrate_refuses_damaged_json (void)
{
  check_refused ("store-v1.sql",
                 "UPDATE record SET body = substr (body, 1, 40) "
                 "WHERE id = 'place/bishkek'",
                 "place/bishkek", NULL);
}

/* A value edited behind Tianshan's back that its checks refuse (a meeting
 * placed at a person) fails the open, naming the file, record and field,
 * and the dataset is not half loaded. */
static void
test_load_refuses_bad_value (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "edited.db");
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  build_fixture ("store-v2.sql", path);
  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);

    g_assert_no_error (error);
  }

  db = store_test_sqlite_open (path);
  store_test_sqlite_exec (db, "UPDATE meeting SET place = 'person/edil-baisalov' "
                              "WHERE record_id = 'meeting/2023-10-25-li-qiang-sadyr-japarov'");
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);

    g_assert_null (store);
    g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, path));
    g_assert_nonnull (strstr (error->message, "meeting/2023-10-25-li-qiang-sadyr-japarov"));
    g_assert_nonnull (strstr (error->message, "“place”"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/migrate/from-1", test_migrate_from_1);
  g_test_add_func ("/store/migrate/from-2", test_migrate_from_2);
  g_test_add_func ("/store/migrate/from-3", test_migrate_from_3);
  g_test_add_func ("/store/migrate/adds-missing", test_migrate_adds_missing);
  g_test_add_func ("/store/migrate/refuses-damaged-field", test_migrate_refuses_damaged_field);
  g_test_add_func ("/store/migrate/refuses-damaged-json", test_migrate_refuses_damaged_json);
  g_test_add_func ("/store/load/refuses-bad-value", test_load_refuses_bad_value);

  return g_test_run ();
}
