/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's database interface (ts-store-db.h): SQLite here, as the
 * store used it before there was a choice, and PostgreSQL through libpq. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ts-pq.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-db-private.h"


struct _TsDbStmt
{
  TsDb         *db;
  sqlite3_stmt *sqlite;
  /* PostgreSQL: the SQL with $n, its parameters as text, the name of the
   * server's prepared statement (persistent ones), and the rows. */
  char         *sql;
  int           n_params;
  char        **values;
  char         *name;
  /* The connection's generation it was prepared on; 0: not yet. */
  guint         prepared;
  PGresult     *result;
  gboolean      ran;
  int           row;
  int           n_rows;
};

static TsDbResult
from_sqlite (int rc)
{
  switch (rc)
    {
    case SQLITE_OK:
      return TS_DB_OK;
    case SQLITE_ROW:
      return TS_DB_ROW;
    case SQLITE_DONE:
      return TS_DB_DONE;
    case SQLITE_TOOBIG:
      return TS_DB_TOOBIG;
    case SQLITE_NOMEM:
      return TS_DB_NOMEM;
    case SQLITE_NOTADB:
      return TS_DB_NOTADB;
    case SQLITE_BUSY:
      return TS_DB_BUSY;
    default:
      return TS_DB_ERROR;
    }
}

/* Locations */

gboolean
ts_db_location_is_postgresql (const char *location)
{
  const char *p = location;

  if (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"))
    return TRUE;

  /* key=value: a keyword of letters and underscores, then "=". */
  while (*p == ' ')
    p++;
  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalpha (*p) || *p == '_')
    p++;
  while (*p == ' ')
    p++;
  return *p == '=';
}

char *
ts_db_location_display (const char *location)
{
  g_autoptr(GRegex) uri = NULL;
  g_autoptr(GRegex) keyword = NULL;
  g_autofree char *without = NULL;

  if (!ts_db_location_is_postgresql (location))
    return g_strdup (location);

  /* postgresql://user:secret@host → postgresql://user@host */
  uri = g_regex_new ("^(postgres(?:ql)?://[^/@:?]*):[^@/?]*@", 0, 0, NULL);
  keyword = g_regex_new ("\\s*\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)", 0, 0, NULL);
  without = g_regex_replace (uri, location, -1, 0, "\\1@", 0, NULL);
  return g_regex_replace (keyword, without, -1, 0, "", 0, NULL);
}

/* Opening and closing */

TsDb *
ts_db_new_sqlite (sqlite3 *handle)
{
  TsDb *db = g_new0 (TsDb, 1);

  db->kind = TS_DB_SQLITE;
  db->sqlite = handle;
  return db;
}

static void
notice_cb (void       *user_data,
           const char *message)
{
  g_debug ("PostgreSQL: %s", message);
}

/* The session as the store reads and writes it. */
void
_ts_db_set_up_session (TsDb *db)
{
  PGresult *result;

  PQsetNoticeProcessor (db->pg, notice_cb, NULL);
  /* The SQLSTATE in messages about connecting (there is no result to ask
   * it of): "FATAL:  28P01: password authentication failed…". */
  PQsetErrorVerbosity (db->pg, PQERRORS_VERBOSE);
  /* Numbers read back exactly as they were written. */
  result = PQexec (db->pg, "SET extra_float_digits = 3");
  PQclear (result);
}

TsDb *
ts_db_open_postgresql (const char  *conninfo,
                       const char  *password,
                       const char  *display,
                       GError     **error)
{
  /* The user's settings come last and win: a connection without a
   * timeout of its own gives up after 10 seconds. A password given apart
   * comes after the location, which expand_dbname expands in place: it
   * wins over one the location holds. */
  const char * const keywords[] = {
    "connect_timeout", "fallback_application_name", "client_encoding", "dbname", "password",
    NULL
  };
  const char * const values[] = { "10", "tianshan", "UTF8", conninfo, password, NULL };
  PGconn *conn;
  gboolean timed_out;
  int timeout = 0;
  TsDb *db;

  /* libpq is loaded now, the first time a team database is opened. */
  if (!ts_pq_load (error))
    return NULL;

  conn = PQconnectStartParams (keywords, values, 1);
  if (conn == NULL)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not connect to the team database “%s”: out of memory"), display);
      return NULL;
    }

  /* Connecting step by step, so as to ask for the verbose messages before
   * the server answers: they carry the SQLSTATE of a refusal. */
  timed_out = !_ts_db_connect_poll (conn, &timeout);

  /* A password asked for and none given: the window asks for one. */
  if (!timed_out && PQstatus (conn) != CONNECTION_OK && PQconnectionNeedsPassword (conn))
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NEEDS_PASSWORD,
                   _("The team database “%s” asks for a password: type it in the window’s "
                     "Connect to Team Database…, or keep it in ~/.pgpass or the service file"),
                   display);
      PQfinish (conn);
      return NULL;
    }

  if (timed_out || PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *sqlstate = _ts_db_message_sqlstate (PQerrorMessage (conn));
      g_autofree char *message = timed_out
        ? g_strdup_printf (ngettext ("no answer in %d second", "no answer in %d seconds",
                                     timeout),
                           timeout)
        : _ts_db_message_clean (PQerrorMessage (conn));
      TsDbFailure failure = timed_out ? TS_DB_FAILURE_UNREACHABLE
                                      : _ts_db_classify (conn, sqlstate, TRUE);

      if (failure != TS_DB_FAILURE_NONE)
        _ts_db_set_failure_error (failure, conn, display, message, FALSE, error);
      else
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                     _("Could not connect to the team database “%s”: %s (check the address, "
                       "that the server is running, and the user name and password in "
                       "~/.pgpass or the service file)"),
                     display, message);
      PQfinish (conn);
      return NULL;
    }

  db = g_new0 (TsDb, 1);
  db->kind = TS_DB_POSTGRESQL;
  db->pg = conn;
  db->connected = TRUE;
  db->generation = 1;
  _ts_db_set_up_session (db);
  return db;
}

void
ts_db_close (TsDb *db)
{
  if (db == NULL)
    return;

  if (db->kind == TS_DB_SQLITE)
    {
      g_clear_pointer (&db->begin, sqlite3_finalize);
      g_clear_pointer (&db->commit, sqlite3_finalize);
      g_clear_pointer (&db->rollback, sqlite3_finalize);
      if (db->sqlite != NULL && sqlite3_close (db->sqlite) != SQLITE_OK)
        g_warning ("Could not close a database: %s", sqlite3_errmsg (db->sqlite));
    }
  else
    {
      PQfinish (db->pg);
    }
  g_free (db->pg_error);
  g_free (db->failure_detail);
  g_free (db);
}

TsDbKind
ts_db_get_kind (TsDb *db)
{
  return db->kind;
}

sqlite3 *
ts_db_get_sqlite (TsDb *db)
{
  return db->sqlite;
}

const char *
ts_db_errmsg (TsDb *db)
{
  if (db->kind == TS_DB_SQLITE)
    return sqlite3_errmsg (db->sqlite);
  if (db->pg_error != NULL)
    return db->pg_error;
  return PQerrorMessage (db->pg);
}

void
_ts_db_set_connected (TsDb     *db,
                      gboolean  connected)
{
  if (db->connected == connected)
    return;
  db->connected = connected;
  if (db->connection_func != NULL)
    db->connection_func (db, connected, db->connection_data);
}

/* Keeps the server's message of @result (or of the connection). */
static TsDbResult
set_pg_error (TsDb     *db,
              PGresult *result)
{
  const char *primary = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY)
                                       : NULL;
  const char *detail = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_DETAIL)
                                      : NULL;
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;

  g_free (db->pg_error);
  if (primary != NULL && detail != NULL)
    db->pg_error = g_strdup_printf ("%s (%s)", primary, detail);
  else if (primary != NULL)
    db->pg_error = g_strdup (primary);
  else
    db->pg_error = _ts_db_message_clean (PQerrorMessage (db->pg));

  db->failure = _ts_db_classify (db->pg, state, FALSE);
  g_free (db->failure_detail);
  db->failure_detail = g_strdup (db->pg_error);
  /* The server rolls back whatever was open when the connection broke;
   * this side ends it with ts_db_rollback (), and connects again only
   * then: the rest of a transaction must fail, not run on a new session. */
  if (PQstatus (db->pg) == CONNECTION_BAD)
    _ts_db_set_connected (db, FALSE);

  /* 54000: program_limit_exceeded; 53200: out_of_memory. */
  if (g_strcmp0 (state, "54000") == 0)
    return TS_DB_TOOBIG;
  if (g_strcmp0 (state, "53200") == 0)
    return TS_DB_NOMEM;
  return TS_DB_ERROR;
}

/* Before a statement: a connection found broken is made again, unless a
 * transaction was open on it (its statements are lost with it, and the
 * rest of it must fail too, until it is rolled back). */
static TsDbResult
pg_ready (TsDb *db)
{
  if (PQstatus (db->pg) == CONNECTION_OK || db->in_transaction)
    return TS_DB_OK;
  return ts_db_reconnect (db);
}

/* After a statement that succeeded: whether a transaction is open, as the
 * server says (a BEGIN or COMMIT run by ts_db_exec () counts too); outside
 * one, the last failure is over. */
static void
note_success (TsDb *db)
{
  db->in_transaction = PQtransactionStatus (db->pg) != PQTRANS_IDLE;
  if (!db->in_transaction)
    db->failure = TS_DB_FAILURE_NONE;
}

static TsDbResult
pg_exec (TsDb       *db,
         const char *sql)
{
  PGresult *result;
  ExecStatusType status;
  TsDbResult rc = TS_DB_OK;

  if ((rc = pg_ready (db)) != TS_DB_OK)
    return rc;
  result = PQexec (db->pg, sql);
  status = PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    rc = set_pg_error (db, result);
  else
    note_success (db);
  PQclear (result);
  return rc;
}

TsDbResult
ts_db_exec (TsDb       *db,
            const char *sql)
{
  if (db->kind == TS_DB_SQLITE)
    return from_sqlite (sqlite3_exec (db->sqlite, sql, NULL, NULL, NULL));
  return pg_exec (db, sql);
}

/* Transactions */

static TsDbResult
run_sqlite (TsDb          *db,
            sqlite3_stmt **slot,
            const char    *sql)
{
  int rc;

  if (*slot == NULL
      && sqlite3_prepare_v3 (db->sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL)
           != SQLITE_OK)
    return TS_DB_ERROR;

  rc = sqlite3_step (*slot);
  sqlite3_reset (*slot);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? TS_DB_OK : from_sqlite (rc);
}

TsDbResult
ts_db_begin (TsDb *db)
{
  /* SQLite: the write lock at once, rather than at the first write. */
  TsDbResult rc;

  if (db->kind == TS_DB_SQLITE)
    return run_sqlite (db, &db->begin, "BEGIN IMMEDIATE");

  /* Whatever was left open on a broken connection is over. */
  if (PQstatus (db->pg) != CONNECTION_OK)
    db->in_transaction = FALSE;
  db->failure = TS_DB_FAILURE_NONE;
  rc = pg_exec (db, db->read_only ? "BEGIN READ ONLY" : "BEGIN");
  return rc;
}

TsDbResult
ts_db_commit (TsDb *db)
{
  TsDbResult rc;

  if (db->kind == TS_DB_SQLITE)
    return run_sqlite (db, &db->commit, "COMMIT");

  rc = pg_exec (db, "COMMIT");
  /* A COMMIT that failed ended the transaction all the same (or the
   * connection did). */
  db->in_transaction = FALSE;
  return rc;
}

TsDbResult
ts_db_rollback (TsDb *db)
{
  TsDbResult rc;

  if (db->kind == TS_DB_SQLITE)
    return run_sqlite (db, &db->rollback, "ROLLBACK");

  /* The server rolled back the transaction of a broken connection. */
  if (PQstatus (db->pg) != CONNECTION_OK)
    {
      db->in_transaction = FALSE;
      return TS_DB_OK;
    }
  rc = pg_exec (db, "ROLLBACK");
  db->in_transaction = FALSE;
  return rc;
}

gboolean
ts_db_in_transaction (TsDb *db)
{
  if (db->kind == TS_DB_SQLITE)
    return !sqlite3_get_autocommit (db->sqlite);
  /* A broken connection's, until ts_db_rollback () ends it. */
  if (PQstatus (db->pg) != CONNECTION_OK)
    return db->in_transaction;
  return PQtransactionStatus (db->pg) != PQTRANS_IDLE;
}

/* The version stamp */

static TsDbResult
query_int (TsDb       *db,
           const char *sql,
           int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db->sqlite, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return from_sqlite (rc);
}

static TsDbResult
pg_get_version (TsDb     *db,
                int      *version,
                gboolean *ours,
                gboolean *empty)
{
  TsDbResult rc;
  TsDbStmt *stmt;
  gboolean has_meta, has_record;

  *version = 0;
  *ours = FALSE;
  stmt = ts_db_prepare (db, "SELECT to_regclass ('meta') IS NOT NULL, "
                            "to_regclass ('record') IS NOT NULL", FALSE, &rc);
  if (stmt == NULL)
    return rc;
  if ((rc = ts_db_step (stmt)) != TS_DB_ROW)
    {
      ts_db_finalize (stmt);
      return TS_DB_ERROR;
    }
  has_meta = g_strcmp0 (ts_db_column_text (stmt, 0), "t") == 0;
  has_record = g_strcmp0 (ts_db_column_text (stmt, 1), "t") == 0;
  ts_db_finalize (stmt);

  *empty = !has_meta && !has_record;
  if (!has_meta)
    return TS_DB_OK;

  stmt = ts_db_prepare (db, "SELECT key, value FROM meta "
                            "WHERE key IN ('application', 'schema_version')", FALSE, &rc);
  if (stmt == NULL)
    return rc;
  while ((rc = ts_db_step (stmt)) == TS_DB_ROW)
    {
      const char *key = ts_db_column_text (stmt, 0);
      const char *value = ts_db_column_text (stmt, 1);

      if (g_strcmp0 (key, "application") == 0)
        *ours = g_strcmp0 (value, "tianshan") == 0;
      else if (value != NULL)
        *version = (int) g_ascii_strtoll (value, NULL, 10);
    }
  ts_db_finalize (stmt);
  return rc == TS_DB_DONE ? TS_DB_OK : rc;
}

TsDbResult
ts_db_get_version (TsDb     *db,
                   int      *version,
                   gboolean *ours,
                   gboolean *empty)
{
  int application_id = 0;
  int n_objects = 0;
  TsDbResult rc;

  if (db->kind == TS_DB_POSTGRESQL)
    return pg_get_version (db, version, ours, empty);

  if ((rc = query_int (db, "PRAGMA application_id", &application_id)) != TS_DB_OK
      || (rc = query_int (db, "PRAGMA user_version", version)) != TS_DB_OK
      || (rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects)) != TS_DB_OK)
    return rc;

  *empty = application_id == 0 && *version == 0 && n_objects == 0;
  *ours = application_id == TS_STORE_APPLICATION_ID;
  return TS_DB_OK;
}

TsDbResult
ts_db_set_version (TsDb       *db,
                   int         version,
                   const char *written_by)
{
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  TsDbStmt *stmt;
  TsDbResult rc;

  if (db->kind == TS_DB_SQLITE)
    {
      sql = g_strdup_printf ("PRAGMA application_id = %d;"
                             "PRAGMA user_version = %d;"
                             "INSERT OR REPLACE INTO meta (key, value) "
                             "VALUES ('application', 'tianshan'),"
                             "       ('written_by', '%s');",
                             TS_STORE_APPLICATION_ID, version, written_by);
      return ts_db_exec (db, sql);
    }

  stmt = ts_db_prepare (db, "INSERT INTO meta (key, value) "
                            "VALUES ('application', 'tianshan'), ('schema_version', ?1), "
                            "       ('written_by', ?2) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        FALSE, &rc);
  if (stmt == NULL)
    return rc;
  text = g_strdup_printf ("%d", version);
  ts_db_bind_text (stmt, 1, text);
  ts_db_bind_text (stmt, 2, written_by);
  rc = ts_db_step (stmt);
  ts_db_finalize (stmt);
  return rc == TS_DB_DONE ? TS_DB_OK : rc;
}

/* The schema */

const char *
ts_db_column_type (TsDbKind    kind,
                   const char *sqlite_type)
{
  if (kind == TS_DB_SQLITE)
    return sqlite_type;
  if (strcmp (sqlite_type, "INTEGER") == 0)
    return "bigint";
  if (strcmp (sqlite_type, "REAL") == 0)
    return "double precision";
  return "text";
}

char *
ts_db_schema_sql (TsDbKind    kind,
                  const char *sqlite_sql)
{
  static const char * const types[] = { "INTEGER", "REAL", "TEXT" };
  g_autoptr(GString) out = g_string_new (sqlite_sql);

  if (kind == TS_DB_SQLITE)
    return g_string_free (g_steal_pointer (&out), FALSE);

  g_string_replace (out, "seq INTEGER PRIMARY KEY",
                    "seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", 0);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *from = g_strdup_printf (" %s", types[i]);
      g_autofree char *to = g_strdup_printf (" %s", ts_db_column_type (kind, types[i]));

      g_string_replace (out, from, to, 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

GHashTable *
ts_db_get_columns (TsDb       *db,
                   const char *table)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *sql = db->kind == TS_DB_SQLITE
                    ? "SELECT name FROM pragma_table_info (?1)"
                    : "SELECT column_name FROM information_schema.columns "
                      "WHERE table_schema = current_schema () AND table_name = ?1";
  TsDbResult rc;
  TsDbStmt *stmt = ts_db_prepare (db, sql, FALSE, &rc);

  if (stmt == NULL)
    return NULL;
  if (ts_db_bind_text (stmt, 1, table) != TS_DB_OK)
    {
      ts_db_finalize (stmt);
      return NULL;
    }
  while ((rc = ts_db_step (stmt)) == TS_DB_ROW)
    g_hash_table_add (columns, g_strdup (ts_db_column_text (stmt, 0)));
  ts_db_finalize (stmt);
  if (rc != TS_DB_DONE)
    return NULL;

  return g_steal_pointer (&columns);
}

/* Statements */

/* ?n becomes $n outside quotes; sets @n_params to the highest n. */
static char *
to_pg_parameters (const char *sql,
                  int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 8);
  char quote = 0;

  *n_params = 0;
  for (const char *p = sql; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          g_string_append_c (out, *p);
        }
      else if (*p == '\'' || *p == '"')
        {
          quote = *p;
          g_string_append_c (out, *p);
        }
      else if (*p == '?' && g_ascii_isdigit (p[1]))
        {
          char *end;
          int n = (int) strtol (p + 1, &end, 10);

          g_string_append_printf (out, "$%d", n);
          *n_params = MAX (*n_params, n);
          p = end - 1;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

TsDbStmt *
ts_db_prepare (TsDb       *db,
               const char *sql,
               gboolean    persistent,
               TsDbResult *result)
{
  TsDbStmt *stmt = g_new0 (TsDbStmt, 1);

  stmt->db = db;
  *result = TS_DB_OK;
  if (db->kind == TS_DB_SQLITE)
    {
      int rc = sqlite3_prepare_v3 (db->sqlite, sql, -1,
                                   persistent ? SQLITE_PREPARE_PERSISTENT : 0, &stmt->sqlite,
                                   NULL);

      if (rc != SQLITE_OK)
        {
          *result = from_sqlite (rc);
          sqlite3_finalize (stmt->sqlite);
          g_free (stmt);
          return NULL;
        }
      return stmt;
    }

  stmt->sql = to_pg_parameters (sql, &stmt->n_params);
  stmt->values = g_new0 (char *, stmt->n_params + 1);
  if (persistent)
    stmt->name = g_strdup_printf ("ts_%u", ++db->n_prepared);
  return stmt;
}

static TsDbResult
pg_bind (TsDbStmt *stmt,
         int       index,
         char     *value)
{
  if (index < 1 || index > stmt->n_params)
    {
      g_free (value);
      g_free (stmt->db->pg_error);
      stmt->db->pg_error = g_strdup_printf ("no parameter %d", index);
      return TS_DB_ERROR;
    }
  g_free (stmt->values[index - 1]);
  stmt->values[index - 1] = value;
  return TS_DB_OK;
}

TsDbResult
ts_db_bind_text (TsDbStmt   *stmt,
                 int         index,
                 const char *text)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    {
      if (text != NULL)
        return from_sqlite (sqlite3_bind_text (stmt->sqlite, index, text, -1, SQLITE_TRANSIENT));
      return from_sqlite (sqlite3_bind_null (stmt->sqlite, index));
    }
  return pg_bind (stmt, index, g_strdup (text));
}

TsDbResult
ts_db_bind_int64 (TsDbStmt *stmt,
                  int       index,
                  gint64    value)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    return from_sqlite (sqlite3_bind_int64 (stmt->sqlite, index, value));
  return pg_bind (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

TsDbResult
ts_db_bind_double (TsDbStmt *stmt,
                   int       index,
                   double    value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (stmt->db->kind == TS_DB_SQLITE)
    return from_sqlite (sqlite3_bind_double (stmt->sqlite, index, value));
  /* %.17g: the same double when the server reads it. */
  return pg_bind (stmt, index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)));
}

TsDbResult
ts_db_bind_null (TsDbStmt *stmt,
                 int       index)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    return from_sqlite (sqlite3_bind_null (stmt->sqlite, index));
  return pg_bind (stmt, index, NULL);
}

static TsDbResult
pg_run (TsDbStmt *stmt)
{
  TsDb *db = stmt->db;
  ExecStatusType status;

  g_clear_pointer (&stmt->result, PQclear);
  if (pg_ready (db) != TS_DB_OK)
    return TS_DB_ERROR;
  if (stmt->name != NULL && stmt->prepared != db->generation)
    {
      PGresult *result = PQprepare (db->pg, stmt->name, stmt->sql, stmt->n_params, NULL);

      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        {
          TsDbResult rc = set_pg_error (db, result);

          PQclear (result);
          return rc;
        }
      PQclear (result);
      stmt->prepared = db->generation;
    }

  if (stmt->name != NULL)
    stmt->result = PQexecPrepared (db->pg, stmt->name, stmt->n_params,
                                   (const char * const *) stmt->values, NULL, NULL, 0);
  else
    stmt->result = PQexecParams (db->pg, stmt->sql, stmt->n_params, NULL,
                                 (const char * const *) stmt->values, NULL, NULL, 0);

  status = PQresultStatus (stmt->result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      TsDbResult rc = set_pg_error (db, stmt->result);

      g_clear_pointer (&stmt->result, PQclear);
      return rc;
    }

  note_success (db);
  stmt->ran = TRUE;
  stmt->row = -1;
  stmt->n_rows = status == PGRES_TUPLES_OK ? PQntuples (stmt->result) : 0;
  return TS_DB_OK;
}

TsDbResult
ts_db_step (TsDbStmt *stmt)
{
  TsDbResult rc;

  if (stmt->db->kind == TS_DB_SQLITE)
    return from_sqlite (sqlite3_step (stmt->sqlite));

  if (!stmt->ran && (rc = pg_run (stmt)) != TS_DB_OK)
    return rc;
  if (stmt->row < stmt->n_rows)
    stmt->row++;
  return stmt->row < stmt->n_rows ? TS_DB_ROW : TS_DB_DONE;
}

void
ts_db_reset (TsDbStmt *stmt)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    {
      sqlite3_reset (stmt->sqlite);
      return;
    }
  g_clear_pointer (&stmt->result, PQclear);
  stmt->ran = FALSE;
  stmt->row = -1;
  stmt->n_rows = 0;
}

void
ts_db_clear_bindings (TsDbStmt *stmt)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    {
      sqlite3_clear_bindings (stmt->sqlite);
      return;
    }
  for (int i = 0; i < stmt->n_params; i++)
    g_clear_pointer (&stmt->values[i], g_free);
}

void
ts_db_finalize (TsDbStmt *stmt)
{
  if (stmt == NULL)
    return;

  if (stmt->db->kind == TS_DB_SQLITE)
    sqlite3_finalize (stmt->sqlite);
  else
    {
      ts_db_reset (stmt);
      ts_db_clear_bindings (stmt);
      g_free (stmt->values);
      g_free (stmt->sql);
      /* The server's prepared statement goes with the connection. */
      g_free (stmt->name);
    }
  g_free (stmt);
}

/* Columns */

gboolean
ts_db_column_is_null (TsDbStmt *stmt,
                      int       column)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    return sqlite3_column_type (stmt->sqlite, column) == SQLITE_NULL;
  return PQgetisnull (stmt->result, stmt->row, column);
}

const char *
ts_db_column_text (TsDbStmt *stmt,
                   int       column)
{
  if (stmt->db->kind == TS_DB_SQLITE)
    return (const char *) sqlite3_column_text (stmt->sqlite, column);
  if (PQgetisnull (stmt->result, stmt->row, column))
    return NULL;
  return PQgetvalue (stmt->result, stmt->row, column);
}

gint64
ts_db_column_int64 (TsDbStmt *stmt,
                    int       column)
{
  const char *text;

  if (stmt->db->kind == TS_DB_SQLITE)
    return sqlite3_column_int64 (stmt->sqlite, column);
  text = ts_db_column_text (stmt, column);
  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

double
ts_db_column_double (TsDbStmt *stmt,
                     int       column)
{
  const char *text;

  if (stmt->db->kind == TS_DB_SQLITE)
    return sqlite3_column_double (stmt->sqlite, column);
  text = ts_db_column_text (stmt, column);
  return text != NULL ? g_ascii_strtod (text, NULL) : 0.0;
}

/* Live updates (ts-store-notify.c) */

int
ts_db_get_socket (TsDb *db)
{
  return db->kind == TS_DB_POSTGRESQL ? PQsocket (db->pg) : -1;
}

gboolean
ts_db_take_notifications (TsDb  *db,
                          guint *n_notifications)
{
  PGnotify *notify;

  *n_notifications = 0;
  if (db->kind != TS_DB_POSTGRESQL)
    return TRUE;

  if (!PQconsumeInput (db->pg))
    {
      g_free (db->pg_error);
      db->pg_error = _ts_db_message_clean (PQerrorMessage (db->pg));
      return FALSE;
    }
  while ((notify = PQnotifies (db->pg)) != NULL)
    {
      (*n_notifications)++;
      PQfreemem (notify);
    }
  return PQstatus (db->pg) == CONNECTION_OK;
}
