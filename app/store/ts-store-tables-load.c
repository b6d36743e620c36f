/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading: every record from the tables of ts-store-tables.c, each table's
 * rows read ahead by a thread (ts-store-db-reader.c) while this one makes
 * records of them. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-error.h"
#include "ts-field-load.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"
#include "ts-store-tables-private.h"

static gboolean
set_damaged_error (TsStore     *self,
                   Table       *table,
                   const char  *id,
                   const char  *what,
                   GError     **error)
{
  g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
               _("Could not open “%s”: the record “%s” is damaged (table %s: %s)"),
               self->path, id != NULL ? id : "", table->name, what);
  return FALSE;
}

/* Reads @field at @storage from column *@column on. */
static gboolean
read_scalar (TsDbReader     *rows,
             int            *column,
             const TsField  *field,
             gpointer        storage,
             const char     *id,
             const char     *path,
             GError        **error)
{
  int c = *column;

  *column += n_columns_of (field);
  if (field->kind == TS_FIELD_NUMBER)
    {
      if (!ts_db_reader_is_null (rows, c))
        ts_field_load_number (field, storage, ts_db_reader_double (rows, c));
      return TRUE;
    }
  return ts_field_load_text (field, storage, ts_db_reader_text (rows, c),
                             id, path, error);
}

static gboolean
load_table (TsStore     *self,
            Table       *table,
            TsDbReader  *rows,
            GHashTable  *by_id,
            GError     **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  const char *owner = NULL;  /* the id of @record, which holds it */
  TsRecord *record = NULL;
  guint position = 0;
  int rc;
  gboolean ok = TRUE;

  while (ok && (rc = ts_db_reader_step (rows)) == TS_DB_ROW)
    {
      const char *id = ts_db_reader_text (rows, 0);
      int column = 1;

      if (id == NULL)
        id = "";
      if (owner == NULL || strcmp (owner, id) != 0)
        {
          if (record != NULL && table->kind == TABLE_LIST)
            ts_field_load_strv (table->field, _ts_field_storage (table->field, record), values);
          position = 0;
          record = g_hash_table_lookup (by_id, id);
          if (record == NULL || !table_applies (table, record))
            {
              ok = set_damaged_error (self, table, id,
                                      record == NULL ? _("no such record")
                                                     : _("a row for another type of record"),
                                      error);
              break;
            }
          owner = ts_record_get_id (record);
        }

      switch (table->kind)
        {
        case TABLE_TYPE:
          for (guint i = 0; i < table->n_scalars && ok; i++)
            ok = read_scalar (rows, &column, table->scalars[i],
                              _ts_field_storage (table->scalars[i], record), id,
                              table->scalars[i]->key, error);
          break;
        case TABLE_LIST:
          g_ptr_array_add (values, g_strdup (ts_db_reader_text (rows, 2)));
          break;
        case TABLE_NAMES:
          ok = ts_field_load_name (table->field, _ts_field_storage (table->field, record),
                                   ts_db_reader_text (rows, 1),
                                   ts_db_reader_text (rows, 2), id,
                                   table->field->key, error);
          break;
        case TABLE_ITEMS:
          {
            gpointer item = ts_field_load_new_item (table->field,
                                                    _ts_field_storage (table->field, record));

            column = 2;
            for (guint i = 0; i < table->n_scalars && ok; i++)
              {
                const TsField *field = table->scalars[i];
                int first_column = column;

                /* The path ("participants[2].side") only for the message. */
                ok = read_scalar (rows, &column, field, TS_FIELD_ITEM_STORAGE (field, item),
                                  id, field->key, NULL);
                if (!ok)
                  {
                    g_autofree char *path = g_strdup_printf ("%s[%u].%s", table->field->key,
                                                             position, field->key);

                    column = first_column;
                    read_scalar (rows, &column, field, TS_FIELD_ITEM_STORAGE (field, item),
                                 id, path, error);
                  }
              }
            position++;
          }
          break;
        case TABLE_ITEM_NAMES:
          {
            GPtrArray *items = *(GPtrArray **) _ts_field_storage (table->field, record);
            int item_position = (int) ts_db_reader_int64 (rows, 1);
            g_autofree char *path = g_strdup_printf ("%s[%d].%s", table->field->key,
                                                     item_position, table->item_field->key);

            if (item_position < 0 || (guint) item_position >= items->len)
              {
                ok = set_damaged_error (self, table, id, _("a row for no item"), error);
                break;
              }
            ok = ts_field_load_name (table->item_field,
                                     TS_FIELD_ITEM_STORAGE (table->item_field,
                                                            g_ptr_array_index (items,
                                                                               item_position)),
                                     ts_db_reader_text (rows, 2),
                                     ts_db_reader_text (rows, 3), id, path,
                                     error);
          }
          break;
        case TABLE_RECORD:
        default:
          g_assert_not_reached ();
        }
    }

  if (ok && record != NULL && table->kind == TABLE_LIST)
    ts_field_load_strv (table->field, _ts_field_storage (table->field, record), values);

  if (!ok)
    {
      if (error != NULL && *error != NULL && (*error)->domain != TS_STORE_ERROR)
        g_prefix_error (error, _("Could not open “%s”: "), self->path);
      return FALSE;
    }
  if (rc != TS_DB_DONE)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

static gboolean
load_record_table (TsStore     *self,
                   Table       *table,
                   TsDbReader  *rows,
                   GPtrArray   *records,
                   GArray      *versions,
                   GHashTable  *by_id,
                   GError     **error)
{
  int rc;

  while ((rc = ts_db_reader_step (rows)) == TS_DB_ROW)
    {
      const char *id = ts_db_reader_text (rows, 0);
      const char *type_name = ts_db_reader_text (rows, 2);
      TsRecordType type, id_type;
      TsRecord *record;
      int column = 5;

      if (id == NULL || !ts_record_id_parse (id, &id_type) || type_name == NULL
          || !ts_record_type_from_string (type_name, &type) || type != id_type)
        {
          set_damaged_error (self, table, id, _("its id or type is not a record's"), error);
          return FALSE;
        }

      record = ts_field_load_new_record (type, id);
      g_ptr_array_add (records, record);
      if (!g_hash_table_insert (by_id, (gpointer) ts_record_get_id (record), record))
        {
          set_damaged_error (self, table, id, _("the id is there twice"), error);
          return FALSE;
        }

      for (guint i = 0; i < table->n_scalars; i++)
        {
          if (!read_scalar (rows, &column, table->scalars[i],
                            _ts_field_storage (table->scalars[i], record), id,
                            table->scalars[i]->key, error))
            {
              g_prefix_error (error, _("Could not open “%s”: "), self->path);
              return FALSE;
            }
        }
      g_array_set_size (versions, records->len);
      g_array_index (versions, gint64, records->len - 1) = ts_db_reader_int64 (rows, column);
    }

  if (rc != TS_DB_DONE)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

GPtrArray *
_ts_store_tables_load (TsStore  *self,
                       GArray  **versions_out,
                       GError  **error)
{
  GPtrArray *tables = _ts_store_tables_get ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (gint64));
  TsDbReader *rows;
  gboolean ok = TRUE, own = !ts_db_in_transaction (self->db);

  /* One read transaction: every table as of one moment, whatever another
   * process writes meanwhile (or the caller's, live updates'). */
  if (own && !_ts_store_exec_sql (self, ts_db_get_kind (self->db) == TS_DB_SQLITE
                                         ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ", error))
    return NULL;

  /* With SQLite, a thread reads the tables' rows while this one makes
   * records of them. A server's are read here: libpq receives each result
   * whole, and a broken connection is handled in the thread that finds it. */
  rows = ts_db_reader_new (self->db, ts_db_get_kind (self->db) == TS_DB_SQLITE);
  for (guint i = 0; i < tables->len && ok; i++)
    {
      Table *table = g_ptr_array_index (tables, i);
      TsDbResult prepared;
      TsDbStmt *stmt = _ts_store_notify_prepare (self, table->select_sql, &prepared);

      if (stmt != NULL)
        ts_db_reader_add (rows, stmt, table->reads, table->n_reads);
      else
        ok = _ts_store_set_open_error (self, error);
    }

  ok = ok && load_record_table (self, g_ptr_array_index (tables, 0), rows, records, versions,
                                by_id, error);
  for (guint i = 1; i < tables->len && ok; i++)
    ok = load_table (self, g_ptr_array_index (tables, i), rows, by_id, error);
  /* The connection is this thread's again. */
  g_clear_pointer (&rows, ts_db_reader_free);
  if (!ok)
    {
      _ts_store_rollback (self);
      return NULL;
    }
  if (own && !_ts_store_exec_sql (self, "COMMIT", error))
    return NULL;
  *versions_out = g_steal_pointer (&versions);
  return g_steal_pointer (&records);
}
