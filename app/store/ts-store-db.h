/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The small database interface the store's tables, migrations and
 * transactions run on, with two backends: SQLite (a local file) and
 * PostgreSQL through libpq (a team database). SQL is written once, with
 * numbered parameters ?1, ?2…, which the PostgreSQL backend sends as $1,
 * $2…; values are only ever bound, never spliced into SQL. What differs
 * between the two (column types, the version stamp, how a transaction
 * starts) is asked of ts_db_get_kind ().
 *
 * Later steps fit here: a version per record and a change log are more
 * columns and tables of ts-store-tables.c written through the same
 * statements; LISTEN/NOTIFY is ts_db_listen ()/a GSource on the
 * connection's socket (PQsocket); a read-only mode is a flag of TsDb that
 * ts_db_begin () turns into BEGIN READ ONLY and the store checks before
 * committing. */

typedef enum
{
  TS_DB_SQLITE,
  TS_DB_POSTGRESQL,
} TsDbKind;

/* Results: what the SQLite code of the store distinguished, whichever the
 * backend. */
typedef enum
{
  TS_DB_OK = 0,
  TS_DB_ROW,
  TS_DB_DONE,
  TS_DB_ERROR,
  TS_DB_TOOBIG,   /* a value over SQLite's SQLITE_LIMIT_LENGTH */
  TS_DB_NOMEM,
  TS_DB_NOTADB,   /* the file is not a database */
  TS_DB_BUSY,
} TsDbResult;

typedef struct _TsDb     TsDb;
typedef struct _TsDbStmt TsDbStmt;

/* Whether @location names a PostgreSQL database (postgresql://…,
 * postgres://…, or libpq's key=value form: service=NAME, host=… dbname=…)
 * rather than a file. */
gboolean    ts_db_location_is_postgresql (const char *location);
/* @location without its password, to name it in messages. */
char       *ts_db_location_display       (const char *location);

/* Takes @handle, even when sqlite3_open_v2 () failed (for its message). */
TsDb       *ts_db_new_sqlite      (sqlite3      *handle);
/* Connects to the server; NULL with @error naming @display on failure
 * (TS_STORE_ERROR_NEEDS_PASSWORD: the server asks for a password that
 * neither @password nor libpq's own files gave). @password, NULL for none,
 * goes to libpq as its `password` parameter, apart from @conninfo. */
TsDb       *ts_db_open_postgresql (const char   *conninfo,
                                   const char   *password,
                                   const char   *display,
                                   GError      **error);
void        ts_db_close           (TsDb         *db);
TsDbKind    ts_db_get_kind        (TsDb         *db);
/* NULL for PostgreSQL. */
sqlite3    *ts_db_get_sqlite      (TsDb         *db);
/* The message of the last failure. */
const char *ts_db_errmsg          (TsDb         *db);

/* One or more statements without parameters. */
TsDbResult  ts_db_exec            (TsDb         *db,
                                   const char   *sql);
TsDbResult  ts_db_begin           (TsDb         *db);
TsDbResult  ts_db_commit          (TsDb         *db);
TsDbResult  ts_db_rollback        (TsDb         *db);
gboolean    ts_db_in_transaction  (TsDb         *db);

/* The schema version of the database, and whether it is Tianshan's: SQLite
 * keeps them in PRAGMA user_version and application_id, PostgreSQL in the
 * table meta (keys schema_version and application). @empty: there is
 * nothing in the database (no table at all in SQLite; no tables meta and
 * record in the server's current schema). */
TsDbResult  ts_db_get_version     (TsDb         *db,
                                   int          *version,
                                   gboolean     *ours,
                                   gboolean     *empty);
/* Inside the transaction that migrates; the table meta exists. */
TsDbResult  ts_db_set_version     (TsDb         *db,
                                   int           version,
                                   const char   *written_by);

/* The schema in the backend's terms: SQLite's column types (INTEGER,
 * REAL, TEXT) as the server declares them (bigint, double precision,
 * text), and the CREATE statements of ts-store-tables.c with them and
 * record.seq an identity column. Upper case in those statements is only
 * ever a type or a keyword (column names are quoted or lower case). */
const char *ts_db_column_type     (TsDbKind      kind,
                                   const char   *sqlite_type);
char       *ts_db_schema_sql      (TsDbKind      kind,
                                   const char   *sqlite_sql);
/* The names of the columns of @table in the database (an empty set: no
 * such table); NULL on failure, with ts_db_errmsg (). */
GHashTable *ts_db_get_columns     (TsDb         *db,
                                   const char   *table);

/* @persistent: kept for the life of the connection (a hint). */
TsDbStmt   *ts_db_prepare         (TsDb         *db,
                                   const char   *sql,
                                   gboolean      persistent,
                                   TsDbResult   *result);
TsDbResult  ts_db_bind_text       (TsDbStmt     *stmt,
                                   int           index,
                                   const char   *text);
TsDbResult  ts_db_bind_int64      (TsDbStmt     *stmt,
                                   int           index,
                                   gint64        value);
TsDbResult  ts_db_bind_double     (TsDbStmt     *stmt,
                                   int           index,
                                   double        value);
TsDbResult  ts_db_bind_null       (TsDbStmt     *stmt,
                                   int           index);
/* TS_DB_ROW while there are rows, then TS_DB_DONE. */
TsDbResult  ts_db_step            (TsDbStmt     *stmt);
/* Ready to run again; the bindings stay until cleared. */
void        ts_db_reset           (TsDbStmt     *stmt);
void        ts_db_clear_bindings  (TsDbStmt     *stmt);
void        ts_db_finalize        (TsDbStmt     *stmt);

gboolean    ts_db_column_is_null  (TsDbStmt     *stmt,
                                   int           column);
/* NULL for NULL; valid until the next step. */
const char *ts_db_column_text     (TsDbStmt     *stmt,
                                   int           column);
gint64      ts_db_column_int64    (TsDbStmt     *stmt,
                                   int           column);
double      ts_db_column_double   (TsDbStmt     *stmt,
                                   int           column);

/* Live updates (ts-store-notify.c): the socket of a PostgreSQL connection,
 * to watch in the main loop (-1 for SQLite), and, once it is readable, what
 * the server sent, without waiting: sets @n_notifications to the number of
 * NOTIFYs received (on a connection that ran LISTEN). FALSE when the
 * connection is lost (ts_db_errmsg () says why). */
int         ts_db_get_socket      (TsDb         *db);
gboolean    ts_db_take_notifications (TsDb      *db,
                                      guint     *n_notifications);

G_END_DECLS
