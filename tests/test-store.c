/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-error.h"
#include "ts-place.h"
#include "ts-store.h"

#include "store-test-utils.h"

static void
test_store_create (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "a", "b", "tianshan.db", NULL);
  g_autoptr(TsStore) store = NULL;
  g_autofree char *export = NULL;
  g_autofree char *fixture = NULL;
  g_autoptr(GBytes) bytes = store_test_fixture_bytes ();
  sqlite3 *db;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  store = store_test_open (path, TRUE);

  /* Folders made, first run seeded. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (ts_store_get_created (store));
  g_assert_cmpstr (ts_store_get_path (store), ==, path);
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);

  /* The fixture is laid out as Tianshan writes: exporting gives it back. */
  export = store_test_export (ts_store_get_dataset (store));
  fixture = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpstr (export, ==, fixture);

  db = store_test_sqlite_open (path);
  g_assert_cmpint (store_test_sqlite_int (db, "PRAGMA application_id"), ==,
                   TS_STORE_APPLICATION_ID);
  g_assert_cmpint (store_test_sqlite_int (db, "PRAGMA user_version"), ==,
                   TS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM record"), ==,
                   STORE_TEST_FIXTURE_N_RECORDS);
  /* Every reference has its row, so that SQLite can check them. */
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM link "
                                              "WHERE source_id = 'place/bishkek'"), ==, 2);
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM link WHERE target_id "
                                              "NOT IN (SELECT id FROM record)"), ==, 0);
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT date_first FROM record "
                                              "WHERE id = 'source/xinhua-2024-06-06'"),
                   >, 730000);
  sqlite3_close (db);

  /* WAL, as the store set it: the file format's read and write versions
   * (header bytes 18 and 19) are 2. The file was made under another name
   * in rollback-journal mode, and switched once it had its name. */
  {
    g_autofree char *header = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (path, &header, &length, NULL));
    g_assert_cmpuint (length, >=, 100);
    g_assert_cmpint (header[18], ==, 2);
    g_assert_cmpint (header[19], ==, 2);
  }
}

static void
test_store_create_empty_without_seed (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "empty.db");
  g_autoptr(TsStore) store = store_test_open (path, FALSE);

  g_assert_true (ts_store_get_created (store));
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==, 0);
}

static void
test_store_reopen_persists (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  g_autofree char *before_close = NULL;
  g_autofree char *after_reopen = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);
    TsDataset *dataset = ts_store_get_dataset (store);
    g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
    g_autoptr(TsRecord) bishkek = NULL;

    ts_place_set_lat (osh, 40.53);
    ts_place_set_lon (osh, 72.8);
    g_assert_true (ts_dataset_add (dataset, TS_RECORD (osh), &error));
    g_assert_no_error (error);

    bishkek = ts_record_copy (ts_dataset_lookup (dataset, "place/bishkek"));
    ts_record_set_summary (bishkek, "The capital of Kyrgyzstan.");
    g_assert_true (ts_dataset_update (dataset, bishkek, &error));
    g_assert_no_error (error);

    g_assert_true (ts_dataset_remove (dataset, "figure/china-kyrgyzstan-trade-2023", &error));
    g_assert_no_error (error);

    before_close = store_test_export (dataset);
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);
    TsDataset *dataset = ts_store_get_dataset (store);

    g_assert_false (ts_store_get_created (store));
    g_assert_nonnull (ts_dataset_lookup (dataset, "place/osh"));
    g_assert_null (ts_dataset_lookup (dataset, "figure/china-kyrgyzstan-trade-2023"));
    g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (dataset, "place/bishkek")), ==,
                     "The capital of Kyrgyzstan.");
    after_reopen = store_test_export (dataset);
  }

  g_assert_cmpstr (before_close, ==, after_reopen);
}

/* Two additions in one change, the second refused by SQLite (a trigger put
 * there behind the store's back): neither is saved, neither is shown. */
static void
test_store_failed_transaction (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
  g_autoptr(TsPlace) naryn = ts_place_new ("place/naryn", "Naryn");
  g_autoptr(TsRecord) kant = ts_record_copy (ts_dataset_lookup (dataset, "place/kant"));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = store_test_export (dataset);
  g_autofree char *after = NULL;
  sqlite3 *db;

  db = store_test_sqlite_open (path);
  store_test_sqlite_exec (db, "CREATE TRIGGER refuse_naryn BEFORE INSERT ON record "
                              "WHEN NEW.id = 'place/naryn' "
                              "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END");
  sqlite3_close (db);

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
  g_assert_nonnull (strstr (error->message, "refused by the test"));
  g_assert_nonnull (strstr (error->message, path));

  /* The dataset is as it was … */
  g_assert_null (ts_dataset_lookup (dataset, "place/osh"));
  g_assert_null (ts_dataset_lookup (dataset, "place/naryn"));
  after = store_test_export (dataset);
  g_assert_cmpstr (before, ==, after);

  /* … and so is the database. */
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM record"), ==,
                   STORE_TEST_FIXTURE_N_RECORDS);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM record "
                                              "WHERE summary LIKE '%air base%'"), ==, 0);

  /* The store goes on working after the rollback. */
  g_clear_error (&error);
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (osh), &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM record"), ==,
                   STORE_TEST_FIXTURE_N_RECORDS + 1);

  g_clear_object (&store);
  store = store_test_open (path, TRUE);
  g_assert_nonnull (ts_dataset_lookup (ts_store_get_dataset (store), "place/osh"));
  g_assert_null (ts_dataset_lookup (ts_store_get_dataset (store), "place/naryn"));
}

/* The schema itself keeps references whole, whoever writes. */
static void
test_store_foreign_keys (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  sqlite3 *db = store_test_sqlite_open (path);

  store_test_sqlite_exec (db, "PRAGMA foreign_keys = ON");
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM record WHERE id = 'place/kyrgyzstan'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO link VALUES ('place/kant', 'parent', "
                                     "'place/nowhere')", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT);
  /* A record's own links go with it. */
  store_test_sqlite_exec (db, "DELETE FROM record "
                              "WHERE id = 'figure/china-kyrgyzstan-trade-2023'");
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM link WHERE source_id = "
                                              "'figure/china-kyrgyzstan-trade-2023'"), ==, 0);
  sqlite3_close (db);
}

/* A dataset whose store is gone refuses changes instead of losing them. */
static void
test_store_closed (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsDataset) dataset = g_object_ref (ts_store_get_dataset (store));
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  g_assert_false (ts_dataset_remove (dataset, "figure/china-kyrgyzstan-trade-2023", &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_assert_nonnull (ts_dataset_lookup (dataset, "figure/china-kyrgyzstan-trade-2023"));
}

static void
assert_refused_untouched (const char *path,
                          TsStoreError code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = store_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GBytes) seed = store_test_fixture_bytes ();
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (before);
  store = ts_store_open_full (path, seed, &error);
  g_assert_null (store);
  g_assert_error (error, TS_STORE_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));

  after = store_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_store_refuses_newer_version (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "future.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "PRAGMA user_version = %d;"
                                          "CREATE TABLE record (id TEXT PRIMARY KEY, "
                                          "  body TEXT, shape BLOB);"
                                          "INSERT INTO record VALUES ('place/x', '{}', x'00');",
                                          TS_STORE_APPLICATION_ID,
                                          TS_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db = store_test_sqlite_open (path);

  store_test_sqlite_exec (db, sql);
  sqlite3_close (db);

  assert_refused_untouched (path, TS_STORE_ERROR_NEWER_VERSION);
}

static void
test_store_refuses_text_file (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "notes.db");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Meeting notes, not a database.\n"
                             "They are long enough to fill SQLite's header and more: "
                             "0123456789012345678901234567890123456789\n", -1, &error);
  g_assert_no_error (error);

  assert_refused_untouched (path, TS_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_store_refuses_other_sqlite (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "places.sqlite");
  sqlite3 *db = store_test_sqlite_open (path);

  store_test_sqlite_exec (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                              "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  sqlite3_close (db);

  assert_refused_untouched (path, TS_STORE_ERROR_NOT_A_DATABASE);
}

/* An empty file is an empty database: the first run makes it ours. */
static void
test_store_takes_empty_file (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "empty.db");
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  store = store_test_open (path, TRUE);
  g_assert_true (ts_store_get_created (store));
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);
  g_assert_cmpint (store_test_file_int (path, "PRAGMA user_version"), ==,
                   TS_STORE_SCHEMA_VERSION);
}

/* A shipped dataset the model refuses leaves no half-made database: the
 * next run is a first run again. */
static void
test_store_bad_seed_leaves_nothing (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *text = "{\"format\": \"tianshan\", \"version\": 1, \"records\": ["
                     "{\"type\": \"place\", \"id\": \"place/x\", \"title\": \"X\", "
                     "\"parent\": \"place/nowhere\", \"lat\": 1, \"lon\": 2}]}";
  g_autoptr(GBytes) seed = g_bytes_new_static (text, strlen (text));
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = ts_store_open_full (path, seed, &error);
  g_assert_null (store);
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Nor the temporary file it was made in. */
  {
    g_autoptr(GDir) folder = g_dir_open (dir->path, 0, NULL);

    g_assert_nonnull (folder);
    g_assert_null (g_dir_read_name (folder));
  }
}

/* An empty file someone else made is taken as a new database; if the
 * first run fails, the file is theirs and stays. */
static void
test_store_bad_seed_keeps_empty_file (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "tianshan.db");
  const char *text = "{\"format\": \"tianshan\", \"version\": 1, \"records\": ["
                     "{\"type\": \"place\", \"id\": \"place/x\", \"title\": \"X\", "
                     "\"parent\": \"place/nowhere\", \"lat\": 1, \"lon\": 2}]}";
  g_autoptr(GBytes) seed = g_bytes_new_static (text, strlen (text));
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  store = ts_store_open_full (path, seed, &error);
  g_assert_null (store);
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The schema of version 1, as it was released: never edit it. */
static const char schema_1[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);"
  "CREATE TABLE record (id TEXT PRIMARY KEY NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL);"
  "CREATE TABLE link ("
  "  source_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL,"
  "  target_id TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED);"
  "CREATE INDEX link_source ON link (source_id);"
  "CREATE INDEX link_target ON link (target_id);";

static void
test_store_migrate_from_1 (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "old.db");
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d;"
                                             "PRAGMA user_version = 1;",
                                             TS_STORE_APPLICATION_ID);
  g_autoptr(TsStore) store = NULL;
  TsDataset *dataset;
  sqlite3 *db = store_test_sqlite_open (path);

  store_test_sqlite_exec (db, header);
  store_test_sqlite_exec (db, schema_1);
  store_test_sqlite_exec (db,
    "INSERT INTO record VALUES ('place/kyrgyzstan', 'place', '{\"type\": \"place\", "
    "\"id\": \"place/kyrgyzstan\", \"title\": \"Kyrgyzstan\", \"kind\": \"country\", "
    "\"country\": \"KG\", \"lat\": 41.2, \"lon\": 74.8}');"
    "INSERT INTO record VALUES ('meeting/2024-05-visit', 'meeting', '{\"type\": \"meeting\", "
    "\"id\": \"meeting/2024-05-visit\", \"title\": \"A visit\", \"date\": \"2024-05\", "
    "\"place\": \"place/kyrgyzstan\"}');"
    "INSERT INTO link VALUES ('meeting/2024-05-visit', 'place', 'place/kyrgyzstan');");
  sqlite3_close (db);

  store = store_test_open (path, TRUE);
  dataset = ts_store_get_dataset (store);
  g_assert_false (ts_store_get_created (store));
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, 2);
  g_assert_nonnull (ts_dataset_lookup (dataset, "meeting/2024-05-visit"));

  db = store_test_sqlite_open (path);
  g_assert_cmpint (store_test_sqlite_int (db, "PRAGMA user_version"), ==,
                   TS_STORE_SCHEMA_VERSION);
  /* Version 2's columns, filled from the JSON: May 2024 runs from its first
   * day to its last. */
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT date_last - date_first FROM record "
                                              "WHERE id = 'meeting/2024-05-visit'"), ==, 30);
  g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM record "
                                              "WHERE title = 'Kyrgyzstan'"), ==, 1);
  sqlite3_close (db);

  /* And it goes on working as a database of today's version. */
  g_assert_true (ts_dataset_remove (dataset, "meeting/2024-05-visit", NULL));
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM link"), ==, 0);
}

/* A version 1 file with a damaged record: the migration fails, and the
 * whole of it is rolled back. */
static void
test_store_failed_migration_rolls_back (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "old.db");
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d;"
                                             "PRAGMA user_version = 1;",
                                             TS_STORE_APPLICATION_ID);
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = store_test_sqlite_open (path);

  store_test_sqlite_exec (db, header);
  store_test_sqlite_exec (db, schema_1);
  store_test_sqlite_exec (db, "INSERT INTO record VALUES ('place/x', 'place', '{\"type\": "
                              "\"place\", \"id\": \"place/x\", \"title\": \"X\", "
                              "\"lat\": 95, \"lon\": 0}');");
  sqlite3_close (db);

  store = ts_store_open_full (path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "place/x"));
  g_assert_nonnull (strstr (error->message, "lat"));

  g_assert_cmpint (store_test_file_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (store_test_file_int (path, "SELECT count(*) FROM pragma_table_info "
                                              "('record') WHERE name = 'title'"), ==, 0);
}

/* Enough records to be read by several threads: all of them arrive, in the
 * order they were added; one damaged row fails the open, naming it. */
static void
test_store_load_many (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "many.db");
  g_autoptr(GString) document = g_string_new ("{\"format\": \"tianshan\", \"version\": 1, "
                                              "\"records\": [");
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *after = NULL;
  const guint n_places = 9000;

  /* Ids in an order that is not the sorted one. */
  for (guint i = 0; i < n_places; i++)
    g_string_append_printf (document, "%s{\"type\": \"place\", \"id\": \"place/p%u\", "
                                      "\"title\": \"Place %u\", \"lat\": 42, \"lon\": 74}",
                            i > 0 ? "," : "", (i * 7919) % n_places, i);
  g_string_append (document, "]}");
  seed = g_bytes_new (document->str, document->len);

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, seed, &error);

    g_assert_no_error (error);
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    GListModel *places = ts_dataset_get_records (ts_store_get_dataset (store),
                                                 TS_RECORD_TYPE_PLACE);

    g_assert_cmpuint (g_list_model_get_n_items (places), ==, n_places);
    for (guint i = 0; i < n_places; i += 997)
      {
        g_autoptr(TsRecord) record = g_list_model_get_item (places, i);
        g_autofree char *title = g_strdup_printf ("Place %u", i);

        g_assert_cmpstr (ts_record_get_title (record), ==, title);
      }
  }

  /* The records are checked by two threads, the last ones by the one that
   * loads them: a record failing its checks there fails the open too, and
   * of two failing records the message names the first added. */
  for (guint n = 0; n < 2; n++)
    {
      guint position = n == 0 ? 8500 : 100;
      g_autofree char *id = g_strdup_printf ("place/p%u", (position * 7919) % n_places);
      g_autofree char *sql = g_strdup_printf ("UPDATE place SET lat = 200 "
                                              "WHERE record_id = '%s'", id);
      g_autoptr(TsStore) store = NULL;

      store_test_location_exec (path, sql);
      store = ts_store_open_full (path, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, id));
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
    }

  store_test_location_exec (path, "UPDATE record SET type = 'castle' "
                                  "WHERE id = 'place/p8000'");
  checksum = store_test_checksum (path);

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);

    g_assert_null (store);
    g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "place/p8000"));
    g_assert_nonnull (strstr (error->message, path));
  }
  after = store_test_checksum (path);
  g_assert_cmpstr (checksum, ==, after);
}

static void
test_store_default_path (void)
{
  g_autofree char *path = ts_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "tianshan",
                                                "tianshan.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* Against the server (tests/run-with-postgresql.sh): the tests that go
   * through the store alone. The others look at SQLite's files
   * themselves; test-store-pg has the server's own. */
  if (store_test_server () != NULL)
    {
      g_test_add_func ("/store/create-without-seed", test_store_create_empty_without_seed);
      g_test_add_func ("/store/reopen-persists", test_store_reopen_persists);
      g_test_add_func ("/store/closed", test_store_closed);
      g_test_add_func ("/store/load-many", test_store_load_many);
      return g_test_run ();
    }

  g_test_add_func ("/store/create", test_store_create);
  g_test_add_func ("/store/create-without-seed", test_store_create_empty_without_seed);
  g_test_add_func ("/store/reopen-persists", test_store_reopen_persists);
  g_test_add_func ("/store/failed-transaction", test_store_failed_transaction);
  g_test_add_func ("/store/foreign-keys", test_store_foreign_keys);
  g_test_add_func ("/store/closed", test_store_closed);
  g_test_add_func ("/store/refuses/newer-version", test_store_refuses_newer_version);
  g_test_add_func ("/store/refuses/text-file", test_store_refuses_text_file);
  g_test_add_func ("/store/refuses/other-sqlite", test_store_refuses_other_sqlite);
  g_test_add_func ("/store/empty-file", test_store_takes_empty_file);
  g_test_add_func ("/store/bad-seed", test_store_bad_seed_leaves_nothing);
  g_test_add_func ("/store/bad-seed-keeps-empty-file", test_store_bad_seed_keeps_empty_file);
  g_test_add_func ("/store/migrate/from-1", test_store_migrate_from_1);
  g_test_add_func ("/store/migrate/failure-rolls-back", test_store_failed_migration_rolls_back);
  g_test_add_func ("/store/load-many", test_store_load_many);
  g_test_add_func ("/store/default-path", test_store_default_path);

  return g_test_run ();
}
