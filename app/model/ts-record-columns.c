/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-record-columns.h"

/* The one table by record type: each type's columns, declared in its own
 * ts-<type>-columns.c, and its icon. (Once the record classes describe
 * themselves, a class can point to its columns and this table go.) */
static const struct {
  const TsColumnTable *columns;
  const char *icon_name;
  /* The list columns that tell two records of the same name apart, by
   * key: what a record picker shows under each name. */
  const char *telling[3];
} types[TS_N_RECORD_TYPES] = {
  [TS_RECORD_TYPE_MEETING] = { &_ts_meeting_columns, "system-users-symbolic",
                               { "date", "place" } },
  [TS_RECORD_TYPE_AGREEMENT] = { &_ts_agreement_columns, "x-office-document-symbolic",
                                 { "date", "kind" } },
  [TS_RECORD_TYPE_PROJECT] = { &_ts_project_columns, "applications-engineering-symbolic",
                               { "sector", "status" } },
  /* Adwaita's speech bubble (its name is a chat status's). */
  [TS_RECORD_TYPE_STATEMENT] = { &_ts_statement_columns, "user-available-symbolic",
                                 { "date", "speaker" } },
  [TS_RECORD_TYPE_PERSON] = { &_ts_person_columns, "avatar-default-symbolic",
                              { "position", "country" } },
  [TS_RECORD_TYPE_ORGANIZATION] = { &_ts_organization_columns, "network-workgroup-symbolic",
                                    { "kind", "country" } },
  [TS_RECORD_TYPE_PLACE] = { &_ts_place_columns, "mark-location-symbolic",
                             { "kind", "country" } },
  [TS_RECORD_TYPE_SOURCE] = { &_ts_source_columns, "accessories-dictionary-symbolic",
                              { "date", "publisher" } },
  [TS_RECORD_TYPE_FIGURE] = { &_ts_figure_columns, "x-office-spreadsheet-symbolic",
                              { "period", "value", "unit" } },
};

/* The columns a view shows, in its order. */
typedef struct
{
  const TsColumn **columns;
  guint n_columns;
} View;

typedef enum
{
  VIEW_EXPORTED,
  VIEW_LIST,
  VIEW_SHEET,
  N_VIEWS
} ViewKind;

static int
compare_list_positions (gconstpointer a,
                        gconstpointer b)
{
  const TsColumn *x = *(const TsColumn * const *) a;
  const TsColumn *y = *(const TsColumn * const *) b;

  return (x->list_position > y->list_position) - (x->list_position < y->list_position);
}

static int
compare_sheet_positions (gconstpointer a,
                         gconstpointer b)
{
  const TsColumn *x = *(const TsColumn * const *) a;
  const TsColumn *y = *(const TsColumn * const *) b;

  return (x->sheet_position > y->sheet_position) - (x->sheet_position < y->sheet_position);
}

static void
gather_view (View         *view,
             TsRecordType  type,
             ViewKind      kind)
{
  const TsColumnTable *table = types[type].columns;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; i < table->n_columns; i++)
    {
      const TsColumn *column = &table->columns[i];
      gboolean in_view = FALSE;

      switch (kind)
        {
        case VIEW_EXPORTED:
          in_view = ts_column_is_exported (column);
          break;
        case VIEW_LIST:
          in_view = column->list_position > 0;
          break;
        case VIEW_SHEET:
          in_view = ts_column_is_in_sheet (column);
          break;
        case N_VIEWS:
        default:
          g_assert_not_reached ();
        }
      if (in_view)
        g_ptr_array_add (shown, (gpointer) column);
    }
  if (kind == VIEW_LIST)
    g_ptr_array_sort (shown, compare_list_positions);
  if (kind == VIEW_SHEET)
    {
      /* The reader's columns by their sheet position, then the others in
       * the exports' order. */
      g_autoptr(GPtrArray) reader = g_ptr_array_new ();
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      for (guint i = 0; i < shown->len; i++)
        {
          const TsColumn *column = shown->pdata[i];

          g_ptr_array_add (column->sheet_position > 0 ? reader : rest, (gpointer) column);
        }
      g_ptr_array_sort (reader, compare_sheet_positions);
      g_ptr_array_set_size (shown, 0);
      g_ptr_array_extend (shown, reader, NULL, NULL);
      g_ptr_array_extend (shown, rest, NULL, NULL);
    }

  view->n_columns = shown->len;
  view->columns = (const TsColumn **) g_ptr_array_steal (shown, NULL);
}

/* The views, gathered once: the exports ask from worker threads. */
static const View *
get_view (TsRecordType type,
          ViewKind     kind)
{
  static View views[N_VIEWS][TS_N_RECORD_TYPES];
  static gsize gathered[N_VIEWS][TS_N_RECORD_TYPES];

  if (g_once_init_enter (&gathered[kind][type]))
    {
      gather_view (&views[kind][type], type, kind);
      g_once_init_leave (&gathered[kind][type], 1);
    }

  return &views[kind][type];
}

const TsColumn *
ts_record_columns_get (TsRecordType  type,
                       guint        *n_columns)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  *n_columns = types[type].columns->n_columns;
  return types[type].columns->columns;
}

const TsColumn * const *
ts_record_columns_get_list (TsRecordType  type,
                            guint        *n_columns)
{
  const View *view;

  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  view = get_view (type, VIEW_LIST);
  *n_columns = view->n_columns;
  return view->columns;
}

const TsColumn * const *
ts_record_columns_get_exported (TsRecordType  type,
                                guint        *n_columns)
{
  const View *view;

  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  view = get_view (type, VIEW_EXPORTED);
  *n_columns = view->n_columns;
  return view->columns;
}

const TsColumn * const *
ts_record_columns_get_sheet (TsRecordType  type,
                             guint        *n_columns,
                             guint        *n_reader_columns)
{
  const View *view;
  guint n_reader = 0;

  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  view = get_view (type, VIEW_SHEET);
  while (n_reader < view->n_columns && view->columns[n_reader]->sheet_position > 0)
    n_reader++;
  *n_columns = view->n_columns;
  if (n_reader_columns != NULL)
    *n_reader_columns = n_reader;
  return view->columns;
}

const TsColumn *
ts_record_columns_find_list (TsRecordType  type,
                             const char   *key)
{
  const View *view;

  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  view = get_view (type, VIEW_LIST);
  for (guint i = 0; i < view->n_columns; i++)
    {
      if (g_str_equal (view->columns[i]->key, key))
        return view->columns[i];
    }

  return NULL;
}

const char *
ts_record_columns_get_default_sort (TsRecordType  type,
                                    gboolean     *descending)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  if (descending != NULL)
    *descending = types[type].columns->sort_descending;
  return types[type].columns->sort_key;
}

char *
ts_record_describe_aloud (TsRecord              *record,
                          const TsColumnContext *context)
{
  const TsColumnTable *table;
  g_autoptr(GString) text = g_string_new (NULL);
  TsRecordType type;

  g_return_val_if_fail (TS_IS_RECORD (record), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  type = ts_record_get_record_type (record);
  table = types[type].columns;
  for (guint i = 0; i < G_N_ELEMENTS (table->aloud) && table->aloud[i] != NULL; i++)
    {
      const TsColumn *column = ts_record_columns_find_list (type, table->aloud[i]);
      g_autofree char *cell = NULL;

      g_return_val_if_fail (column != NULL, NULL);
      cell = ts_column_dup_text (column, context, record);
      if (cell == NULL || cell[0] == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between the parts of a record read aloud by a
         * screen reader: "25 Oct 2023, Li Qiang meets Akylbek Japarov, Bishkek" */
        g_string_append (text, _(", "));
      g_string_append (text, cell);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
ts_record_type_get_icon_name (TsRecordType type)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  return types[type].icon_name;
}

char *
ts_record_columns_describe (TsDataset *dataset,
                            TsRecord  *record)
{
  TsRecordType type;
  TsColumnContext context;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TS_IS_RECORD (record), NULL);

  type = ts_record_get_record_type (record);
  ts_column_context_init_for_dataset (&context, dataset);
  for (guint i = 0; i < G_N_ELEMENTS (types[type].telling) && types[type].telling[i]; i++)
    {
      const TsColumn *column = ts_record_columns_find_list (type, types[type].telling[i]);
      g_autofree char *cell = NULL;

      if (column == NULL)
        continue;
      cell = ts_column_dup_text (column, &context, record);
      if (cell == NULL || *cell == '\0')
        continue;
      if (text->len > 0)
        /* Translators: between the facts that tell records apart:
         * "Chairman of the Cabinet · Kyrgyzstan" */
        g_string_append (text, _(" · "));
      g_string_append (text, cell);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ts_titles_of_ids (TsDataset          *dataset,
                       const char * const *ids)
{
  TsColumnContext context;

  ts_column_context_init_for_dataset (&context, dataset);
  return _ts_column_list_titles (&context, ids);
}

const char *
ts_title_of_id (TsDataset  *dataset,
                         const char *id)
{
  TsColumnContext context;

  ts_column_context_init_for_dataset (&context, dataset);
  return ts_column_context_get_title (&context, id);
}
