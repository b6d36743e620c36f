/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The relational schema (version 3, and from version 4 on whatever new
 * fields declare), made from the record types' field descriptors: the
 * table `record` (what every record has), a table per
 * record type (its own single values), a child table per list (strings,
 * references, names by language, items), and the rows each record is
 * written to (ts-store-tables-load.c reads them). data/dataset/SCHEMA.md
 * describes the result. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "ts-error.h"
#include "ts-field-load.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"
#include "ts-store-tables-private.h"
#include "ts-vocabulary.h"

static gboolean
is_scalar (const TsField *field)
{
  switch (field->kind)
    {
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
    case TS_FIELD_NAMES:
    case TS_FIELD_ITEMS:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Identifiers are quoted: "from" and "to" are SQL keywords. */
static void
append_columns (GString        *create,
                GString        *names,
                GString        *params,
                guint          *n_params,
                const TsField **scalars,
                guint           n_scalars)
{
  for (guint i = 0; i < n_scalars; i++)
    {
      const TsField *field = scalars[i];
      const char *sql_type = field->kind == TS_FIELD_NUMBER ? "REAL" : "TEXT";

      g_string_append_printf (create, ",\n  \"%s\" %s", field->key, sql_type);
      g_string_append_printf (names, ", \"%s\"", field->key);
      g_string_append_printf (params, ", ?%u", ++*n_params);
      if (field->kind == TS_FIELD_DATE)
        {
          g_string_append_printf (create, ",\n  \"%s_first\" INTEGER,\n  \"%s_last\" INTEGER",
                                  field->key, field->key);
          g_string_append_printf (names, ", \"%s_first\", \"%s_last\"", field->key, field->key);
          g_string_append_printf (params, ", ?%u, ?%u", *n_params + 1, *n_params + 2);
          *n_params += 2;
        }
    }
}

#define NEXT_SEQ "(SELECT coalesce(max(seq), 0) + 1 FROM record)"

/* The columns of select_sql's rows as load_record_table () and
 * load_table () read them: the first of a date's three, a number's as a
 * number, the rest as text; positions only where a row refers to an item
 * by its position. */
static void
set_reads (Table *table)
{
  g_autoptr(GArray) reads = g_array_new (FALSE, FALSE, sizeof (TsDbRead));

  switch (table->kind)
    {
    case TABLE_RECORD: /* id, seq, type, date_first, date_last */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT, TS_DB_READ_SKIP,
                                                 TS_DB_READ_TEXT, TS_DB_READ_SKIP,
                                                 TS_DB_READ_SKIP }, 5);
      break;
    case TABLE_TYPE: /* record_id */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT }, 1);
      break;
    case TABLE_LIST: /* record_id, position, value */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT, TS_DB_READ_SKIP,
                                                 TS_DB_READ_TEXT }, 3);
      break;
    case TABLE_NAMES: /* record_id, language, name */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT, TS_DB_READ_TEXT,
                                                 TS_DB_READ_TEXT }, 3);
      break;
    case TABLE_ITEMS: /* record_id, position */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT, TS_DB_READ_SKIP }, 2);
      break;
    case TABLE_ITEM_NAMES: /* record_id, position, language, name */
      g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_TEXT, TS_DB_READ_INT64,
                                                 TS_DB_READ_TEXT, TS_DB_READ_TEXT }, 4);
      break;
    default:
      g_assert_not_reached ();
    }

  for (guint i = 0; i < table->n_scalars; i++)
    {
      const TsField *field = table->scalars[i];

      g_array_append_vals (reads, (TsDbRead[]) { field->kind == TS_FIELD_NUMBER
                                                   ? TS_DB_READ_NUMBER : TS_DB_READ_TEXT,
                                                 TS_DB_READ_SKIP, TS_DB_READ_SKIP },
                           n_columns_of (field));
    }
  if (table->kind == TABLE_RECORD) /* version */
    g_array_append_vals (reads, (TsDbRead[]) { TS_DB_READ_INT64 }, 1);

  table->n_reads = reads->len;
  table->reads = (TsDbRead *) g_array_free (g_steal_pointer (&reads), FALSE);
}

/* @names (the columns, "a, b, …") as loading selects them: NULL for each
 * it does not read (a date's first and last days, a list's positions), so
 * that SQLite does not take them out of the rows. */
static char *
select_list (const Table *table,
             const char  *names)
{
  g_auto(GStrv) columns = g_strsplit (names, ", ", -1);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_assert (i < table->n_reads);
      if (table->reads[i] == TS_DB_READ_SKIP)
        {
          g_free (columns[i]);
          columns[i] = g_strdup ("NULL");
        }
    }
  return g_strjoinv (", ", columns);
}

static Table *
table_new (const char    *name,
           TableKind      kind,
           int            type,
           const TsField *field,
           GPtrArray     *scalars)
{
  Table *table = g_new0 (Table, 1);
  g_autoptr(GString) create = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new (NULL);
  g_autofree char *selected = NULL;
  guint n_params = 0;

  table->name = g_strdup (name);
  table->kind = kind;
  table->type = type;
  table->field = field;
  table->n_scalars = scalars != NULL ? scalars->len : 0;
  table->scalars = g_new0 (const TsField *, table->n_scalars + 1);
  for (guint i = 0; i < table->n_scalars; i++)
    table->scalars[i] = g_ptr_array_index (scalars, i);

  switch (kind)
    {
    case TABLE_RECORD:
      g_string_append (create,
                       "CREATE TABLE record (\n"
                       "  seq INTEGER PRIMARY KEY,\n"
                       "  id TEXT NOT NULL UNIQUE,\n"
                       "  type TEXT NOT NULL,\n"
                       "  date_first INTEGER,\n"
                       "  date_last INTEGER");
      g_string_append (names, "id, seq, type, date_first, date_last");
      g_string_append (params, "?1, " NEXT_SEQ ", ?2, ?3, ?4");
      n_params = 4;
      break;
    case TABLE_TYPE:
      g_string_append_printf (create,
                              "CREATE TABLE %s (\n"
                              "  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) "
                              "ON DELETE CASCADE",
                              name);
      g_string_append (names, "record_id");
      g_string_append (params, "?1");
      n_params = 1;
      break;
    case TABLE_LIST:
      g_string_append_printf (create,
                              "CREATE TABLE %s (\n"
                              "  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,\n"
                              "  position INTEGER NOT NULL,\n"
                              "  %s TEXT NOT NULL",
                              name, field->kind == TS_FIELD_REFERENCES ? "target_id" : "value");
      g_string_append_printf (names, "record_id, position, %s",
                              field->kind == TS_FIELD_REFERENCES ? "target_id" : "value");
      g_string_append (params, "?1, ?2, ?3");
      n_params = 3;
      break;
    case TABLE_NAMES:
      g_string_append_printf (create,
                              "CREATE TABLE %s (\n"
                              "  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,\n"
                              "  language TEXT NOT NULL,\n"
                              "  name TEXT NOT NULL",
                              name);
      g_string_append (names, "record_id, language, name");
      g_string_append (params, "?1, ?2, ?3");
      n_params = 3;
      break;
    case TABLE_ITEMS:
      g_string_append_printf (create,
                              "CREATE TABLE %s (\n"
                              "  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,\n"
                              "  position INTEGER NOT NULL",
                              name);
      g_string_append (names, "record_id, position");
      g_string_append (params, "?1, ?2");
      n_params = 2;
      break;
    case TABLE_ITEM_NAMES:
      g_string_append_printf (create,
                              "CREATE TABLE %s (\n"
                              "  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,\n"
                              "  position INTEGER NOT NULL,\n"
                              "  language TEXT NOT NULL,\n"
                              "  name TEXT NOT NULL",
                              name);
      g_string_append (names, "record_id, position, language, name");
      g_string_append (params, "?1, ?2, ?3, ?4");
      n_params = 4;
      break;
    default:
      g_assert_not_reached ();
    }

  append_columns (create, names, params, &n_params, table->scalars, table->n_scalars);
  set_reads (table);
  selected = select_list (table, names->str);

  switch (kind)
    {
    case TABLE_RECORD:
      g_string_append (create, "\n);\n"
                       "CREATE INDEX record_type_date ON record (type, date_first);\n");
      table->delete_sql = NULL;
      {
        g_autoptr(GString) update = g_string_new ("type = excluded.type, "
                                                  "date_first = excluded.date_first, "
                                                  "date_last = excluded.date_last");
        GString *server;

        for (guint i = 0; i < table->n_scalars; i++)
          g_string_append_printf (update, ", \"%s\" = excluded.\"%s\"",
                                  table->scalars[i]->key, table->scalars[i]->key);

        table->insert_sql[TS_DB_SQLITE] = g_strdup_printf ("INSERT INTO record (%s) VALUES (%s) "
                                                           "ON CONFLICT (id) DO UPDATE SET %s",
                                                           names->str, params->str, update->str);
        /* The server numbers the records itself (seq is an identity). */
        server = g_string_new (table->insert_sql[TS_DB_SQLITE]);
        g_string_replace (server, "id, seq, ", "id, ", 1);
        g_string_replace (server, "?1, " NEXT_SEQ ", ", "?1, ", 1);
        table->insert_sql[TS_DB_POSTGRESQL] = g_string_free (server, FALSE);
      }
      /* With each record's version (schema 5) for the history, in one pass. */
      table->select_sql = g_strdup_printf ("SELECT %s, version FROM record ORDER BY seq",
                                           selected);
      break;
    case TABLE_TYPE:
      g_string_append (create, "\n);\n");
      /* A row per record: no ORDER BY, which looked each up by the key. */
      table->select_sql = g_strdup_printf ("SELECT %s FROM %s", selected, name);
      break;
    case TABLE_NAMES:
      g_string_append (create, ",\n  PRIMARY KEY (record_id, language)\n);\n");
      table->select_sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY record_id, language",
                                           selected, name);
      break;
    case TABLE_ITEM_NAMES:
      g_string_append (create, ",\n  PRIMARY KEY (record_id, position, language)\n);\n");
      table->select_sql = g_strdup_printf ("SELECT %s FROM %s "
                                           "ORDER BY record_id, position, language",
                                           selected, name);
      break;
    default:
      g_string_append (create, ",\n  PRIMARY KEY (record_id, position)\n);\n");
      table->select_sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY record_id, position",
                                           selected, name);
      break;
    }

  table->create_sql[TS_DB_SQLITE] = g_string_free (g_steal_pointer (&create), FALSE);
  table->create_sql[TS_DB_POSTGRESQL] = ts_db_schema_sql (TS_DB_POSTGRESQL, table->create_sql[TS_DB_SQLITE]);
  if (table->insert_sql[TS_DB_SQLITE] == NULL)
    table->insert_sql[TS_DB_SQLITE] = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                                       name, names->str, params->str);
  if (table->insert_sql[TS_DB_POSTGRESQL] == NULL)
    table->insert_sql[TS_DB_POSTGRESQL] = g_strdup (table->insert_sql[TS_DB_SQLITE]);
  if (kind != TABLE_RECORD)
    table->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE record_id = ?1", name);

  return table;
}

/* The list fields of @fields (common or a type's own) as child tables
 * named prefix_key, and the single values of the items of each. */
static void
add_list_tables (GPtrArray             *tables,
                 const char            *prefix,
                 int                    type,
                 const TsField * const *fields,
                 guint                  n_fields,
                 gboolean               common)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const TsField *field = fields[i];
      g_autofree char *name = NULL;

      if (is_scalar (field) || ((field->flags & TS_FIELD_COMMON) != 0) != common)
        continue;

      name = g_strdup_printf ("%s_%s", prefix, field->key);
      if (field->kind == TS_FIELD_NAMES)
        g_ptr_array_add (tables, table_new (name, TABLE_NAMES, type, field, NULL));
      else if (field->kind == TS_FIELD_ITEMS)
        {
          g_autoptr(GPtrArray) scalars = g_ptr_array_new ();

          for (guint j = 0; j < field->items->n_fields; j++)
            {
              g_assert (is_scalar (&field->items->fields[j])
                        || field->items->fields[j].kind == TS_FIELD_NAMES);
              if (is_scalar (&field->items->fields[j]))
                g_ptr_array_add (scalars, (gpointer) &field->items->fields[j]);
            }
          g_ptr_array_add (tables, table_new (name, TABLE_ITEMS, type, field, scalars));

          /* An item's names: a grandchild table, after the items it
           * belongs to, which loading fills first. */
          for (guint j = 0; j < field->items->n_fields; j++)
            {
              const TsField *item_field = &field->items->fields[j];
              g_autofree char *item_name = NULL;
              Table *table;

              if (item_field->kind != TS_FIELD_NAMES)
                continue;
              item_name = g_strdup_printf ("%s_%s", name, item_field->key);
              table = table_new (item_name, TABLE_ITEM_NAMES, type, field, NULL);
              table->item_field = item_field;
              g_ptr_array_add (tables, table);
            }
        }
      else
        g_ptr_array_add (tables, table_new (name, TABLE_LIST, type, field, NULL));
    }
}

static GPtrArray *
build_tables (void)
{
  GPtrArray *tables = g_ptr_array_new ();
  g_autoptr(GPtrArray) common = g_ptr_array_new ();
  const TsField * const *fields;
  guint n_fields;

  fields = ts_record_type_get_fields (TS_RECORD_TYPE_MEETING, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if ((fields[i]->flags & TS_FIELD_COMMON) != 0 && is_scalar (fields[i]))
        g_ptr_array_add (common, (gpointer) fields[i]);
    }
  g_ptr_array_add (tables, table_new ("record", TABLE_RECORD, -1, NULL, common));
  add_list_tables (tables, "record", -1, fields, n_fields, TRUE);

  for (int type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_autoptr(GPtrArray) scalars = g_ptr_array_new ();
      const char *name = ts_record_type_to_string (type);

      fields = ts_record_type_get_fields (type, &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          if ((fields[i]->flags & TS_FIELD_COMMON) == 0 && is_scalar (fields[i]))
            g_ptr_array_add (scalars, (gpointer) fields[i]);
        }
      g_ptr_array_add (tables, table_new (name, TABLE_TYPE, type, NULL, scalars));
      add_list_tables (tables, name, type, fields, n_fields, FALSE);
    }

  return tables;
}

GPtrArray *
_ts_store_tables_get (void)
{
  static gsize tables = 0;

  if (g_once_init_enter (&tables))
    g_once_init_leave (&tables, (gsize) build_tables ());
  return (GPtrArray *) tables;
}

char *
_ts_store_tables_create_sql_for (TsDbKind kind)
{
  GPtrArray *tables = _ts_store_tables_get ();
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < tables->len; i++)
    g_string_append (sql, ((Table *) g_ptr_array_index (tables, i))->create_sql[kind]);

  return g_string_free (sql, FALSE);
}

/* The columns @table has in the file (none: the table is not there). */
static GHashTable *
read_columns (TsStore     *self,
              const Table *table,
              GError     **error)
{
  GHashTable *columns = ts_db_get_columns (self->db, table->name);

  if (columns == NULL)
    _ts_store_set_open_error (self, error);
  return columns;
}

/* Adds @column of @sql_type to @table unless @columns has it. */
static gboolean
add_column (TsStore     *self,
            const Table *table,
            GHashTable  *columns,
            const char  *column,
            const char  *sql_type,
            GError     **error)
{
  g_autofree char *sql = NULL;

  if (g_hash_table_contains (columns, column))
    return TRUE;

  g_debug ("Adding the column “%s” to the table “%s” of “%s”", column, table->name, self->path);
  sql = g_strdup_printf ("ALTER TABLE \"%s\" ADD COLUMN \"%s\" %s", table->name, column,
                         ts_db_get_kind (self->db) == TS_DB_SQLITE ? sql_type
                                                                   : ts_db_column_type (TS_DB_POSTGRESQL, sql_type));
  return _ts_store_exec_sql (self, sql, error);
}

gboolean
_ts_store_tables_add_missing (TsStore  *self,
                              GError  **error)
{
  GPtrArray *tables = _ts_store_tables_get ();

  for (guint i = 0; i < tables->len; i++)
    {
      const Table *table = g_ptr_array_index (tables, i);
      g_autoptr(GHashTable) columns = read_columns (self, table, error);

      if (columns == NULL)
        return FALSE;

      if (g_hash_table_size (columns) == 0)
        {
          g_debug ("Adding the table “%s” to “%s”", table->name, self->path);
          if (!_ts_store_exec_sql (self, table->create_sql[ts_db_get_kind (self->db)], error))
            return FALSE;
          continue;
        }

      /* A table's own columns (record_id, position…) never change: only
       * the fields' columns can be missing. */
      for (guint j = 0; j < table->n_scalars; j++)
        {
          const TsField *field = table->scalars[j];
          g_autofree char *first = g_strdup_printf ("%s_first", field->key);
          g_autofree char *last = g_strdup_printf ("%s_last", field->key);

          if (!add_column (self, table, columns, field->key,
                           field->kind == TS_FIELD_NUMBER ? "REAL" : "TEXT", error)
              || (field->kind == TS_FIELD_DATE
                  && (!add_column (self, table, columns, first, "INTEGER", error)
                      || !add_column (self, table, columns, last, "INTEGER", error))))
            return FALSE;
        }
    }

  return TRUE;
}

/* Statements, prepared once per store: three per table. */
typedef enum
{
  TABLE_STMT_INSERT,
  TABLE_STMT_DELETE,
  N_TABLE_STATEMENTS
} TableStatement;

static TsDbStmt *
get_table_statement (TsStore         *self,
                     guint            index,
                     TableStatement   which,
                     GError         **error)
{
  Table *table = g_ptr_array_index (_ts_store_tables_get (), index);
  TsDbStmt **slot;
  const char *sql = which == TABLE_STMT_INSERT ? table->insert_sql[ts_db_get_kind (self->db)]
                                               : table->delete_sql;
  TsDbResult rc;

  if (self->table_statements == NULL)
    self->table_statements = g_new0 (TsDbStmt *, _ts_store_tables_get ()->len * N_TABLE_STATEMENTS);
  slot = &self->table_statements[index * N_TABLE_STATEMENTS + which];

  if (*slot == NULL && (*slot = ts_db_prepare (self->db, sql, TRUE, &rc)) == NULL)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not save the changes to “%s”: %s"), self->path,
                   ts_db_errmsg (self->db));
      return NULL;
    }

  return *slot;
}

void
_ts_store_tables_finalize (TsStore *self)
{
  if (self->table_statements == NULL)
    return;

  for (guint i = 0; i < _ts_store_tables_get ()->len * N_TABLE_STATEMENTS; i++)
    ts_db_finalize (self->table_statements[i]);
  g_clear_pointer (&self->table_statements, g_free);
}

/* Writing */

/* Binds @field's value at @storage from parameter *@index on; stops at the
 * first failure and returns its result. */
static int
bind_scalar (TsDbStmt      *stmt,
             int           *index,
             const TsField *field,
             gconstpointer  storage)
{
  int rc;

  switch (field->kind)
    {
    case TS_FIELD_DATE:
      {
        g_autofree char *text = ts_date_to_string (storage);

        if ((rc = _ts_store_bind_text (stmt, (*index)++, text)) != TS_DB_OK
            || (rc = _ts_store_bind_julian (stmt, (*index)++, ts_date_get_first_julian (storage)))
               != TS_DB_OK)
          return rc;
        return _ts_store_bind_julian (stmt, (*index)++, ts_date_get_last_julian (storage));
      }
    case TS_FIELD_NUMBER:
      {
        double value = *(const double *) storage;

        if (isnan (value))
          return ts_db_bind_null (stmt, (*index)++);
        return ts_db_bind_double (stmt, (*index)++, value);
      }
    case TS_FIELD_ENUM:
      {
        int value = *(const int *) storage;

        return _ts_store_bind_text (stmt, (*index)++,
                                    value != 0 ? ts_enum_to_nick (field->enum_type (), value)
                                               : NULL);
      }
    case TS_FIELD_TIMESTAMP:
      return _ts_store_bind_time (stmt, (*index)++, *(GDateTime * const *) storage);
    default:
      {
        const char *text = *(const char * const *) storage;

        return _ts_store_bind_text (stmt, (*index)++,
                                    text != NULL && text[0] != '\0' ? text : NULL);
      }
    }
}

/* Runs @stmt, whose parameters are bound, and resets it. */
static int
step (TsDbStmt *stmt)
{
  TsDbResult rc = ts_db_step (stmt);

  ts_db_reset (stmt);
  ts_db_clear_bindings (stmt);
  return rc == TS_DB_DONE || rc == TS_DB_ROW ? TS_DB_OK : rc;
}

/* One row per language of @names (NULL for none): the record's id, the
 * item's @position in its list unless it is negative, the language and
 * the text. */
static int
write_names (TsDbStmt   *stmt,
             const char *id,
             gint64      position,
             GHashTable *names)
{
  GHashTableIter iter;
  gpointer language, name;
  int rc = TS_DB_OK;

  if (names == NULL)
    return TS_DB_OK;
  g_hash_table_iter_init (&iter, names);
  while (rc == TS_DB_OK && g_hash_table_iter_next (&iter, &language, &name))
    {
      int param = 1;

      if ((rc = _ts_store_bind_text (stmt, param++, id)) == TS_DB_OK
          && (position < 0 || (rc = ts_db_bind_int64 (stmt, param++, position)) == TS_DB_OK)
          && (rc = _ts_store_bind_text (stmt, param++, language)) == TS_DB_OK
          && (rc = _ts_store_bind_text (stmt, param++, name)) == TS_DB_OK)
        rc = step (stmt);
    }
  return rc;
}

static int
write_table (TsStore   *self,
             guint      index,
             TsRecord  *record,
             GError   **error,
             gboolean  *prepared)
{
  Table *table = g_ptr_array_index (_ts_store_tables_get (), index);
  TsDbStmt *stmt = get_table_statement (self, index, TABLE_STMT_INSERT, error);
  const char *id = ts_record_get_id (record);
  gpointer storage = table->field != NULL ? ts_field_get_storage (table->field, record) : NULL;
  int param;
  int rc = TS_DB_OK;

  *prepared = stmt != NULL;
  if (stmt == NULL)
    return TS_DB_ERROR;

  switch (table->kind)
    {
    case TABLE_RECORD:
    case TABLE_TYPE:
      param = 1;
      if ((rc = _ts_store_bind_text (stmt, param++, id)) != TS_DB_OK)
        break;
      if (table->kind == TABLE_RECORD)
        {
          const TsDate *date = ts_record_get_date (record);

          if ((rc = _ts_store_bind_text (stmt, param++,
                                         ts_record_type_to_string (ts_record_get_record_type (record))))
                != TS_DB_OK
              || (rc = _ts_store_bind_julian (stmt, param++, ts_date_get_first_julian (date)))
                   != TS_DB_OK
              || (rc = _ts_store_bind_julian (stmt, param++, ts_date_get_last_julian (date)))
                   != TS_DB_OK)
            break;
        }
      for (guint i = 0; i < table->n_scalars && rc == TS_DB_OK; i++)
        rc = bind_scalar (stmt, &param, table->scalars[i],
                          ts_field_get_storage (table->scalars[i], record));
      if (rc == TS_DB_OK)
        rc = step (stmt);
      break;
    case TABLE_LIST:
      {
        char **values = *(char ***) storage;
        guint position = 0;

        for (guint i = 0; values[i] != NULL && rc == TS_DB_OK; i++)
          {
            if (values[i][0] == '\0')
              continue;
            if ((rc = _ts_store_bind_text (stmt, 1, id)) == TS_DB_OK
                && (rc = ts_db_bind_int64 (stmt, 2, position++)) == TS_DB_OK
                && (rc = _ts_store_bind_text (stmt, 3, values[i])) == TS_DB_OK)
              rc = step (stmt);
          }
      }
      break;
    case TABLE_NAMES:
      rc = write_names (stmt, id, -1, *(GHashTable **) storage);
      break;
    case TABLE_ITEMS:
      {
        GPtrArray *items = *(GPtrArray **) storage;

        for (guint i = 0; i < items->len && rc == TS_DB_OK; i++)
          {
            gpointer item = g_ptr_array_index (items, i);

            param = 1;
            if ((rc = _ts_store_bind_text (stmt, param++, id)) != TS_DB_OK
                || (rc = ts_db_bind_int64 (stmt, param++, i)) != TS_DB_OK)
              break;
            for (guint j = 0; j < table->n_scalars && rc == TS_DB_OK; j++)
              rc = bind_scalar (stmt, &param, table->scalars[j],
                                TS_FIELD_ITEM_STORAGE (table->scalars[j], item));
            if (rc == TS_DB_OK)
              rc = step (stmt);
          }
      }
      break;
    case TABLE_ITEM_NAMES:
      {
        GPtrArray *items = *(GPtrArray **) storage;

        for (guint i = 0; i < items->len && rc == TS_DB_OK; i++)
          rc = write_names (stmt, id, i,
                            *(GHashTable **) TS_FIELD_ITEM_STORAGE (table->item_field,
                                                                    g_ptr_array_index (items, i)));
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (rc != TS_DB_OK)
    {
      ts_db_reset (stmt);
      ts_db_clear_bindings (stmt);
    }
  return rc;
}

int
_ts_store_tables_write (TsStore   *self,
                        TsRecord  *record,
                        gboolean   replacing,
                        GError   **error)
{
  GPtrArray *tables = _ts_store_tables_get ();

  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);
      gboolean prepared;
      int rc;

      if (!table_applies (table, record))
        continue;

      /* The record's row is updated in place (it keeps its position);
       * the rest is written anew. */
      if (replacing && table->kind != TABLE_RECORD)
        {
          TsDbStmt *stmt = get_table_statement (self, i, TABLE_STMT_DELETE, error);

          if (stmt == NULL)
            return TS_DB_ERROR;
          if ((rc = _ts_store_bind_text (stmt, 1, ts_record_get_id (record))) != TS_DB_OK
              || (rc = step (stmt)) != TS_DB_OK)
            return rc;
        }

      rc = write_table (self, i, record, error, &prepared);
      if (rc != TS_DB_OK)
        return rc;
    }

  return TS_DB_OK;
}
