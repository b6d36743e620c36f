/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The schema of a Tianshan database, its migrations from older versions,
 * and the checks of what a file is before anything writes to it. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "ts-error.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"

/* A step from one schema version to the next: SQL, then optionally code
 * for what SQL cannot do (reading the records' JSON). */
typedef struct
{
  const char *sql;
  gboolean  (*migrate) (TsStore  *self,
                        GError  **error);
} Migration;

static gboolean fill_record_columns (TsStore  *self,
                                     GError  **error);
static gboolean make_tables         (TsStore  *self,
                                     GError  **error);

/* migrations[n] takes a database from version n to n + 1. Never change a
 * step once released: add one. */
static const Migration migrations[TS_STORE_SCHEMA_VERSION] = {
  /* 0 → 1: the records as the interchange JSON, and their references, so
   * that SQLite itself keeps them consistent. */
  {
    "CREATE TABLE meta ("
    "  key TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT"
    ");"
    "CREATE TABLE record ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  type TEXT NOT NULL,"
    "  body TEXT NOT NULL"
    ");"
    "CREATE TABLE link ("
    "  source_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,"
    "  field TEXT NOT NULL,"
    "  target_id TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED"
    ");"
    "CREATE INDEX link_source ON link (source_id);"
    "CREATE INDEX link_target ON link (target_id);",
    NULL
  },
  /* 1 → 2: the columns a list or a period filter needs, so that SQL can
   * answer without reading every record's JSON. */
  {
    "ALTER TABLE record ADD COLUMN title TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE record ADD COLUMN date_first INTEGER;"
    "ALTER TABLE record ADD COLUMN date_last INTEGER;"
    "ALTER TABLE record ADD COLUMN created TEXT;"
    "ALTER TABLE record ADD COLUMN modified TEXT;"
    "CREATE INDEX record_type_date ON record (type, date_first);",
    fill_record_columns
  },
  /* 2 → 3: the relational schema: a table per record type, a child table
   * per list (ts-store-tables.c), made from the records' JSON, which goes. */
  {
    NULL,
    make_tables
  },
  /* 3 → 4: every table and column the fields declare that the file lacks
   * (the statements, the translations of titles, summaries and roles, a
   * figure's publisher…). Generic: a later version that adds fields or
   * types adds a step that is this one again. */
  {
    NULL,
    _ts_store_tables_add_missing
  },
  /* 4 → 5: a version per record (record.version, 1 for the rows there
   * are: the generic step again, which also adds a column with a default)
   * and the change log (the table change). */
  {
    NULL,
    _ts_store_history_migrate
  },
};

/* The table of links, as migration 2 → 3 made it. */
static const char link_sql[] =
  "CREATE TABLE link ("
  "  source_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL,"
  "  target_id TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED"
  ");"
  "CREATE INDEX link_source ON link (source_id);"
  "CREATE INDEX link_target ON link (target_id);";

/* The records of a database of version 1 or 2, from their JSON, in the
 * order they were added. A record that cannot be read stops the migration
 * with an error naming the file, the record and its field. */
static GPtrArray *
read_json_records (TsStore  *self,
                   GError  **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Versions 1 and 2 were only ever SQLite files. */
  if (sqlite3_prepare_v2 (ts_db_get_sqlite (self->db), "SELECT id, body FROM record ORDER BY rowid",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _ts_store_set_open_error (self, error);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *body = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr(GError) parse_error = NULL;
      TsRecord *record;
      JsonNode *root = NULL;

      if (body == NULL
          || !json_parser_load_from_data (parser, body, sqlite3_column_bytes (stmt, 1),
                                          &parse_error)
          || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                       _("Could not update “%s”: the record “%s” is damaged (%s); the file "
                         "is left as it was"),
                       self->path, id != NULL ? id : "",
                       parse_error != NULL ? parse_error->message : _("not a JSON object"));
          sqlite3_finalize (stmt);
          return NULL;
        }

      record = ts_record_new_from_stored_json (json_node_get_object (root), error);
      if (record == NULL)
        {
          g_prefix_error (error, _("Could not update “%s”: "), self->path);
          sqlite3_finalize (stmt);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _ts_store_set_open_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* Migration 2 → 3: the records read from their JSON, the old tables
 * dropped, the new ones made and the records written to them. */
static gboolean
make_tables (TsStore  *self,
             GError  **error)
{
  g_autoptr(GPtrArray) records = read_json_records (self, error);
  g_autofree char *create = NULL;

  if (records == NULL)
    return FALSE;

  create = _ts_store_tables_create_sql_for (TS_DB_SQLITE);
  if (!_ts_store_exec_sql (self,
                           "DROP TABLE link;"
                           "DROP TABLE record;", error)
      || !_ts_store_exec_sql (self, create, error)
      || !_ts_store_exec_sql (self, link_sql, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      if (!_ts_store_write_record (self, g_ptr_array_index (records, i), FALSE, error))
        {
          g_prefix_error (error, _("Could not update “%s”: "), self->path);
          return FALSE;
        }
    }

  return TRUE;
}

/* Migration 1 → 2: the new columns, from each record's JSON. The records
 * are read first: updating a table while a SELECT walks it is undefined. */
static gboolean
fill_record_columns (TsStore  *self,
                     GError  **error)
{
  g_autoptr(GPtrArray) records = read_json_records (self, error);
  TsDbStmt *stmt = NULL;
  TsDbResult rc;

  if (records == NULL)
    return FALSE;

  if ((stmt = ts_db_prepare (self->db,
                             "UPDATE record SET title = ?2, date_first = ?3, date_last = ?4, "
                             "created = ?5, modified = ?6 WHERE id = ?1",
                             FALSE, &rc)) == NULL)
    return _ts_store_set_open_error (self, error);

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      const TsDate *date = ts_record_get_date (record);

      if (_ts_store_bind_text (stmt, 1, ts_record_get_id (record)) != TS_DB_OK
          || _ts_store_bind_text (stmt, 2, ts_record_get_title (record)) != TS_DB_OK
          || _ts_store_bind_julian (stmt, 3, ts_date_get_first_julian (date)) != TS_DB_OK
          || _ts_store_bind_julian (stmt, 4, ts_date_get_last_julian (date)) != TS_DB_OK
          || _ts_store_bind_time (stmt, 5, ts_record_get_created (record)) != TS_DB_OK
          || _ts_store_bind_time (stmt, 6, ts_record_get_modified (record)) != TS_DB_OK
          || ts_db_step (stmt) != TS_DB_DONE)
        {
          _ts_store_set_open_error (self, error);
          ts_db_finalize (stmt);
          return FALSE;
        }
      ts_db_reset (stmt);
    }
  ts_db_finalize (stmt);

  return TRUE;
}

gboolean
_ts_store_migrate (TsStore  *self,
                   int       version,
                   GError  **error)
{
  for (int v = version; v < TS_STORE_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating “%s” from schema version %d to %d", self->path, v, v + 1);
      if (migrations[v].sql != NULL && !_ts_store_exec_sql (self, migrations[v].sql, error))
        return FALSE;
      if (migrations[v].migrate != NULL && !migrations[v].migrate (self, error))
        return FALSE;
    }

  if (ts_db_set_version (self->db, TS_STORE_SCHEMA_VERSION, PACKAGE_VERSION) != TS_DB_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

gboolean
_ts_store_create_schema (TsStore  *self,
                         GError  **error)
{
  g_autofree char *create = _ts_store_tables_create_sql_for (ts_db_get_kind (self->db));

  g_debug ("Creating the tables of “%s”", self->path);
  if (!_ts_store_exec_sql (self,
                           "CREATE TABLE meta ("
                           "  key TEXT PRIMARY KEY NOT NULL,"
                           "  value TEXT"
                           ");", error)
      || !_ts_store_exec_sql (self, create, error)
      || !_ts_store_exec_sql (self, link_sql, error)
      || !_ts_store_history_migrate (self, error))
    return FALSE;

  if (ts_db_set_version (self->db, TS_STORE_SCHEMA_VERSION, PACKAGE_VERSION) != TS_DB_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

/* Reads what the file is without writing to it: its application id, schema
 * version and whether it holds anything at all. */
gboolean
_ts_store_check_file (TsStore   *self,
                      int       *version,
                      gboolean  *empty,
                      GError   **error)
{
  gboolean server = ts_db_get_kind (self->db) == TS_DB_POSTGRESQL;
  gboolean ours = FALSE;
  TsDbResult rc;

  if ((rc = ts_db_get_version (self->db, version, &ours, empty)) != TS_DB_OK)
    {
      if (rc == TS_DB_NOTADB)
        {
          g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NOT_A_DATABASE,
                       _("“%s” is not a Tianshan database: choose another file, or move it "
                         "out of the way to start a new dataset"),
                       self->path);
          return FALSE;
        }
      return _ts_store_set_open_error (self, error);
    }

  if (*empty)
    return TRUE;

  if (server && !ours)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Tianshan database (its tables meta and record are "
                     "another program’s): choose another database or schema"),
                   self->path);
      return FALSE;
    }

  if (!ours)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Tianshan database (it is another program’s SQLite "
                     "database): choose another file"),
                   self->path);
      return FALSE;
    }

  if (*version > TS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of Tianshan (database version %d; "
                     "this version reads up to %d): update Tianshan to open it"),
                   self->path, *version, TS_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* A team database starts at version 4. */
  if (*version < 1 || (server && *version < 4))
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Tianshan database: it has no schema version"),
                   self->path);
      return FALSE;
    }

  return TRUE;
}
