/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include "ts-json.h"
#include "ts-store.h"

/* A fresh folder for one test's files; removed with store_test_dir_free. */
typedef struct
{
  char *path;
} StoreTestDir;

static inline StoreTestDir *
store_test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  StoreTestDir *dir = g_new0 (StoreTestDir, 1);

  dir->path = g_dir_make_tmp ("tianshan-store-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

/* The server the store tests run against besides SQLite: set by
 * tests/run-with-postgresql.sh (a libpq location, the PG* variables of
 * pg_virtualenv saying where), NULL otherwise. */
static inline const char *
store_test_server (void)
{
  const char *server = g_getenv ("TS_TEST_POSTGRESQL");

  return server != NULL && server[0] != '\0' ? server : NULL;
}

/* SQL on the test server, as its superuser, behind the store's back;
 * the first row's first value, or NULL. */
static inline char *
store_test_server_query (const char *location,
                         const char *sql)
{
  PGconn *conn = PQconnectdb (location);
  PGresult *result;
  ExecStatusType status;
  char *value = NULL;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not connect to the test server “%s”: %s", location, PQerrorMessage (conn));
  result = PQexec (conn, sql);
  status = PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  if (status == PGRES_TUPLES_OK && PQntuples (result) > 0 && !PQgetisnull (result, 0, 0))
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

/* A new, empty database on the test server, as a location the store takes. */
static inline char *
store_test_server_database (void)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("ts_test_%d_%u", (int) getpid (), ++counter);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  g_free (store_test_server_query (store_test_server (), sql));
  return g_strdup_printf ("dbname=%s", name);
}

/* A database named @name in @dir: a file, or, when the tests run against
 * the server and @name ends in .db, a new database there. */
static inline char *
store_test_dir_file (StoreTestDir *dir,
                     const char   *name)
{
  if (store_test_server () != NULL && g_str_has_suffix (name, ".db"))
    return store_test_server_database ();
  return g_build_filename (dir->path, name, NULL);
}

/* Always a file in @dir. */
static inline char *
store_test_dir_local_file (StoreTestDir *dir,
                           const char   *name)
{
  return g_build_filename (dir->path, name, NULL);
}

static inline void
store_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          store_test_remove_tree (child);
        }
    }
  g_remove (path);
}

static inline void
store_test_dir_free (StoreTestDir *dir)
{
  store_test_remove_tree (dir->path);
  g_free (dir->path);
  g_free (dir);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoreTestDir, store_test_dir_free)

/* tests/data/store-fixture.json: every record type, nested references,
 * escapes, every date form. */
static inline GBytes *
store_test_fixture_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "store-fixture.json",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

#define STORE_TEST_FIXTURE_N_RECORDS 22

/* A store at @path seeded with the fixture (or nothing, if @seed is FALSE). */
static inline TsStore *
store_test_open (const char *path,
                 gboolean    seed)
{
  g_autoptr(GBytes) bytes = seed ? store_test_fixture_bytes () : NULL;
  g_autoptr(GError) error = NULL;
  TsStore *store = ts_store_open_full (path, bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static inline char *
store_test_export (TsDataset *dataset)
{
  g_autoptr(GBytes) bytes = ts_json_write_bytes (dataset, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The file's SHA-256, or NULL when there is no such file. */
static inline char *
store_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* SQLite straight, behind the store's back. */
static inline sqlite3 *
store_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static inline void
store_test_sqlite_exec (sqlite3    *db,
                        const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static inline gint64
store_test_sqlite_int (sqlite3    *db,
                       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline gint64
store_test_file_int (const char *path,
                     const char *sql)
{
  sqlite3 *db = store_test_sqlite_open (path);
  gint64 value = store_test_sqlite_int (db, sql);

  sqlite3_close (db);
  return value;
}

/* Runs @sql (statements without results) in the database at @location,
 * a file or a database on the test server, behind the store's back. */
static inline void
store_test_location_exec (const char *location,
                          const char *sql)
{
  if (store_test_server () != NULL && !g_path_is_absolute (location))
    {
      g_free (store_test_server_query (location, sql));
    }
  else
    {
      sqlite3 *db = store_test_sqlite_open (location);

      store_test_sqlite_exec (db, sql);
      sqlite3_close (db);
    }
}
