/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's rows read ahead (ts-store-db-reader.c), as loading uses
 * them: every value of several statements, across batches, in a thread of
 * its own or not, equal to what the statements give stepped directly; a
 * statement that fails partway; a reader stopped before the end, after
 * which the connection is the caller's again. */

#include <glib.h>
#include <sqlite3.h>

#include "ts-store-db.h"
#include "ts-store-db-reader.h"

/* Enough rows for several batches (256 rows or 64 KiB of text each). */
#define N_ROWS 1000

static const TsDbRead mixed_reads[] = {
  TS_DB_READ_INT64, TS_DB_READ_TEXT, TS_DB_READ_SKIP, TS_DB_READ_NUMBER, TS_DB_READ_TEXT,
};

#define MIXED_SQL "SELECT n, label, n * 2, amount, note FROM mixed ORDER BY n"
/* 40 texts of 10 000 bytes: batches end on their text's size. */
#define LONG_SQL "SELECT n, printf('%.*c', 10000, char(1040 + n % 32)) FROM mixed " \
                 "WHERE n < 40 ORDER BY n"
#define EMPTY_SQL "SELECT n, label FROM mixed WHERE n < 0"

static const TsDbRead long_reads[] = { TS_DB_READ_INT64, TS_DB_READ_TEXT };

static TsDb *
open_db (void)
{
  sqlite3 *handle = NULL;
  TsDb *db;

  g_assert_cmpint (sqlite3_open_v2 (":memory:", &handle,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL),
                   ==, SQLITE_OK);
  db = ts_db_new_sqlite (handle);
  g_assert_cmpint (ts_db_exec (db,
                               "CREATE TABLE mixed (n INTEGER PRIMARY KEY, label TEXT, "
                               "amount REAL, note TEXT);"
                               "WITH RECURSIVE k (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k "
                               "                         WHERE n < 999) "
                               "INSERT INTO mixed SELECT n, 'Встреча ' || n || ' 会谈', "
                               "  CASE WHEN n % 3 = 0 THEN NULL ELSE n / 4.0 END, "
                               "  CASE WHEN n % 5 = 0 THEN NULL WHEN n % 5 = 1 THEN '' "
                               "       ELSE printf('%.*c', n, 'x') END "
                               "FROM k;"),
                   ==, TS_DB_OK);
  return db;
}

static TsDbStmt *
prepare (TsDb       *db,
         const char *sql)
{
  TsDbResult result;
  TsDbStmt *stmt = ts_db_prepare (db, sql, FALSE, &result);

  g_assert_nonnull (stmt);
  g_assert_cmpint (result, ==, TS_DB_OK);
  return stmt;
}

/* Steps @rows through its current statement, @sql with @reads, and the
 * same statement directly: the same rows, the same values. */
static void
assert_same_rows (TsDb           *db,
                  TsDbReader     *rows,
                  const char     *sql,
                  const TsDbRead *reads,
                  guint           n_reads,
                  guint           n_expected)
{
  TsDbStmt *direct = prepare (db, sql);
  guint n = 0;
  TsDbResult rc;

  while ((rc = ts_db_reader_step (rows)) == TS_DB_ROW)
    {
      g_assert_cmpint (ts_db_step (direct), ==, TS_DB_ROW);
      for (guint i = 0; i < n_reads; i++)
        {
          switch (reads[i])
            {
            case TS_DB_READ_TEXT:
              g_assert_cmpstr (ts_db_reader_text (rows, i), ==, ts_db_column_text (direct, i));
              break;
            case TS_DB_READ_NUMBER:
              g_assert_cmpint (ts_db_reader_is_null (rows, i), ==,
                               ts_db_column_is_null (direct, i));
              g_assert_cmpfloat (ts_db_reader_double (rows, i), ==,
                                 ts_db_column_double (direct, i));
              break;
            case TS_DB_READ_INT64:
              g_assert_cmpint (ts_db_reader_int64 (rows, i), ==, ts_db_column_int64 (direct, i));
              break;
            case TS_DB_READ_SKIP:
            default:
              break;
            }
        }
      n++;
    }
  g_assert_cmpint (rc, ==, TS_DB_DONE);
  g_assert_cmpint (ts_db_step (direct), ==, TS_DB_DONE);
  g_assert_cmpuint (n, ==, n_expected);
  ts_db_finalize (direct);
}

static void
test_reader_rows (gconstpointer data)
{
  gboolean threaded = GPOINTER_TO_INT (data);
  TsDb *db = open_db ();
  g_autoptr(TsDbReader) rows = ts_db_reader_new (db, threaded);

  ts_db_reader_add (rows, prepare (db, MIXED_SQL), mixed_reads, G_N_ELEMENTS (mixed_reads));
  ts_db_reader_add (rows, prepare (db, EMPTY_SQL), long_reads, G_N_ELEMENTS (long_reads));
  ts_db_reader_add (rows, prepare (db, LONG_SQL), long_reads, G_N_ELEMENTS (long_reads));
  ts_db_reader_add (rows, prepare (db, MIXED_SQL), mixed_reads, G_N_ELEMENTS (mixed_reads));

  assert_same_rows (db, rows, MIXED_SQL, mixed_reads, G_N_ELEMENTS (mixed_reads), N_ROWS);
  assert_same_rows (db, rows, EMPTY_SQL, long_reads, G_N_ELEMENTS (long_reads), 0);
  assert_same_rows (db, rows, LONG_SQL, long_reads, G_N_ELEMENTS (long_reads), 40);
  assert_same_rows (db, rows, MIXED_SQL, mixed_reads, G_N_ELEMENTS (mixed_reads), N_ROWS);

  g_clear_pointer (&rows, ts_db_reader_free);
  ts_db_close (db);
}

/* A statement that fails at its 600th row (an integer overflow): the rows
 * before it, then the failure with SQLite's message, again at every step;
 * the statement after it is never read. */
static void
test_reader_failure (gconstpointer data)
{
  gboolean threaded = GPOINTER_TO_INT (data);
  static const TsDbRead reads[] = { TS_DB_READ_INT64 };
  TsDb *db = open_db ();
  g_autoptr(TsDbReader) rows = ts_db_reader_new (db, threaded);
  guint n = 0;
  TsDbResult rc;

  ts_db_reader_add (rows, prepare (db, "SELECT CASE WHEN n < 600 THEN n "
                                       "ELSE abs(-9223372036854775807 - 1) END "
                                       "FROM mixed ORDER BY n"),
                    reads, 1);
  ts_db_reader_add (rows, prepare (db, "SELECT n FROM mixed"), reads, 1);

  while ((rc = ts_db_reader_step (rows)) == TS_DB_ROW)
    g_assert_cmpint (ts_db_reader_int64 (rows, 0), ==, n++);
  g_assert_cmpint (rc, ==, TS_DB_ERROR);
  g_assert_cmpuint (n, ==, 600);
  g_assert_cmpstr (ts_db_errmsg (db), ==, "integer overflow");
  g_assert_cmpint (ts_db_reader_step (rows), ==, TS_DB_ERROR);
  g_assert_cmpint (ts_db_reader_step (rows), ==, TS_DB_ERROR);

  g_clear_pointer (&rows, ts_db_reader_free);
  ts_db_close (db);
}

/* A reader left before its first step, after a few rows of a statement,
 * or at a statement's end (it then holds no batch), each time with the
 * next rows filling every batch it may: freeing it stops its thread, and
 * the connection reads and writes again. */
static void
test_reader_stop (gconstpointer data)
{
  gboolean threaded = GPOINTER_TO_INT (data);
  TsDb *db = open_db ();
  TsDbStmt *count;

  for (guint left = 0; left < 3; left++)
    {
      TsDbReader *rows = ts_db_reader_new (db, threaded);

      ts_db_reader_add (rows, prepare (db, EMPTY_SQL), long_reads, G_N_ELEMENTS (long_reads));
      ts_db_reader_add (rows, prepare (db, MIXED_SQL), mixed_reads,
                        G_N_ELEMENTS (mixed_reads));
      ts_db_reader_add (rows, prepare (db, MIXED_SQL), mixed_reads,
                        G_N_ELEMENTS (mixed_reads));
      if (left >= 1)
        g_assert_cmpint (ts_db_reader_step (rows), ==, TS_DB_DONE);
      if (left == 2)
        {
          for (guint i = 0; i < 150; i++)
            g_assert_cmpint (ts_db_reader_step (rows), ==, TS_DB_ROW);
          g_assert_cmpint (ts_db_reader_int64 (rows, 0), ==, 149);
        }
      /* Time for the thread to fill every batch it may. */
      g_usleep (50 * 1000);
      ts_db_reader_free (rows);
    }

  g_assert_cmpint (ts_db_exec (db, "DELETE FROM mixed WHERE n >= 10"), ==, TS_DB_OK);
  count = prepare (db, "SELECT count(*) FROM mixed");
  g_assert_cmpint (ts_db_step (count), ==, TS_DB_ROW);
  g_assert_cmpint (ts_db_column_int64 (count, 0), ==, 10);
  ts_db_finalize (count);
  ts_db_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/store-reader/rows/threaded", GINT_TO_POINTER (TRUE), test_reader_rows);
  g_test_add_data_func ("/store-reader/rows/unthreaded", GINT_TO_POINTER (FALSE),
                        test_reader_rows);
  g_test_add_data_func ("/store-reader/failure/threaded", GINT_TO_POINTER (TRUE),
                        test_reader_failure);
  g_test_add_data_func ("/store-reader/failure/unthreaded", GINT_TO_POINTER (FALSE),
                        test_reader_failure);
  g_test_add_data_func ("/store-reader/stop/threaded", GINT_TO_POINTER (TRUE), test_reader_stop);
  g_test_add_data_func ("/store-reader/stop/unthreaded", GINT_TO_POINTER (FALSE),
                        test_reader_stop);

  return g_test_run ();
}
