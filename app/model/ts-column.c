/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-column"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-column-private.h"
#include "ts-string.h"
#include "ts-vocabulary.h"

/* Cells */

void
ts_cell_clear (TsCell *cell)
{
  if (!cell->borrowed)
    g_free (cell->text);
  *cell = (TsCell) TS_CELL_INIT;
}

char *
ts_cell_format (const TsCell *cell)
{
  if (cell->text != NULL)
    return g_strdup (cell->text);

  switch (cell->kind)
    {
    case TS_CELL_NUMBER:
      /* %'g groups thousands in the user's locale. */
      return g_strdup_printf ("%'.15g", cell->number);
    case TS_CELL_DATE:
      return ts_date_format (&cell->date);
    case TS_CELL_DATETIME:
      {
        g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (cell->unix_time);
        g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

        /* No list shows one yet: ISO 8601, in local time. */
        return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");
      }
    case TS_CELL_EMPTY:
    case TS_CELL_TEXT:
    case TS_CELL_URL:
    default:
      return g_strdup ("");
    }
}

void
_ts_cell_set_text (TsCell     *cell,
                   const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  cell->kind = TS_CELL_TEXT;
  cell->text = g_strdup (text);
}

void
_ts_cell_take_text (TsCell *cell,
                    char   *text)
{
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return;
    }
  cell->kind = TS_CELL_TEXT;
  cell->text = text;
}

void
_ts_cell_borrow_text (TsCell     *cell,
                      const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  cell->kind = TS_CELL_TEXT;
  cell->text = (char *) text;
  cell->borrowed = TRUE;
}

GString *
_ts_cell_begin_text (const TsColumnContext *context)
{
  if (context != NULL && context->scratch != NULL)
    return g_string_truncate (context->scratch, 0);
  return g_string_new (NULL);
}

void
_ts_cell_end_text (TsCell                *cell,
                   const TsColumnContext *context,
                   GString               *text)
{
  if (context != NULL && text == context->scratch)
    _ts_cell_borrow_text (cell, text->str);
  else
    _ts_cell_take_text (cell, g_string_free (text, FALSE));
}

void
_ts_cell_set_number (TsCell *cell,
                     double  number)
{
  if (isnan (number) || isinf (number))
    return;
  cell->kind = TS_CELL_NUMBER;
  cell->number = number;
}

void
_ts_cell_set_date (TsCell       *cell,
                   const TsDate *date)
{
  if (date == NULL || !ts_date_is_set (date))
    return;
  cell->kind = TS_CELL_DATE;
  cell->date = *date;
}

void
_ts_cell_set_datetime (TsCell    *cell,
                       GDateTime *datetime)
{
  if (datetime == NULL)
    return;
  cell->kind = TS_CELL_DATETIME;
  cell->unix_time = g_date_time_to_unix (datetime);
}

void
_ts_cell_set_url (TsCell     *cell,
                  const char *url)
{
  if (url == NULL || url[0] == '\0')
    return;
  cell->kind = TS_CELL_URL;
  cell->text = g_strdup (url);
}

/* Linked records */

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return user_data != NULL ? ts_dataset_lookup (TS_DATASET (user_data), id) : NULL;
}

void
ts_column_context_init_for_dataset (TsColumnContext *context,
                                    TsDataset       *dataset)
{
  g_return_if_fail (dataset == NULL || TS_IS_DATASET (dataset));

  context->func = lookup_in_dataset;
  context->user_data = dataset;
  context->scratch = NULL;
  context->names = NULL;
}

TsRecord *
ts_column_context_lookup (const TsColumnContext *context,
                          const char            *id)
{
  if (id == NULL || context == NULL || context->func == NULL)
    return NULL;
  return context->func (context->user_data, id);
}

const char *
ts_column_context_get_title (const TsColumnContext *context,
                             const char            *id)
{
  TsRecord *record = ts_column_context_lookup (context, id);
  const char *name;

  if (record == NULL)
    return id;
  if (context->names == NULL)
    return ts_record_get_display_name (record);

  name = g_hash_table_lookup (context->names, record);
  if (name == NULL)
    {
      name = ts_record_get_display_name (record);
      g_hash_table_insert (context->names, record, (gpointer) name);
    }
  return name;
}

/* Columns */

gboolean
ts_column_is_exported (const TsColumn *column)
{
  return !(column->flags & (TS_COLUMN_LIST_ONLY | TS_COLUMN_SHEET_ONLY));
}

gboolean
ts_column_is_in_sheet (const TsColumn *column)
{
  return !(column->flags & TS_COLUMN_LIST_ONLY);
}

const char *
ts_column_get_list_title (const TsColumn *column)
{
  return column->list_title != NULL ? column->list_title : column->title;
}

char *
ts_column_dup_text (const TsColumn        *column,
                    const TsColumnContext *context,
                    TsRecord              *record)
{
  TsCell cell = TS_CELL_INIT;
  char *text;

  column->fill (context, record, &cell);
  text = ts_cell_format (&cell);
  ts_cell_clear (&cell);

  return text;
}

/* Lists in a cell */

void
_ts_cell_set_joined (TsCell                *cell,
                     const TsColumnContext *context,
                     const char * const    *strv)
{
  GString *out;

  if (strv == NULL || strv[0] == NULL)
    return;

  out = _ts_cell_begin_text (context);
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        ts_string_append (out, TS_COLUMN_LIST_SEPARATOR);
      ts_string_append (out, strv[i]);
    }
  _ts_cell_end_text (cell, context, out);
}

void
_ts_cell_set_titles (TsCell                *cell,
                     const TsColumnContext *context,
                     const char * const    *ids)
{
  GString *out;

  if (ids == NULL || ids[0] == NULL)
    return;

  out = _ts_cell_begin_text (context);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        ts_string_append (out, TS_COLUMN_LIST_SEPARATOR);
      ts_string_append (out, ts_column_context_get_title (context, ids[i]));
    }
  _ts_cell_end_text (cell, context, out);
}

char *
_ts_column_list_titles (const TsColumnContext *context,
                        const char * const    *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_column_context_get_title (context, ids[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
_ts_column_append_item (GString    *out,
                        const char *item)
{
  if (out->len > 0)
    ts_string_append (out, TS_COLUMN_LIST_SEPARATOR);
  ts_string_append (out, item);
}

/* The columns every type has */

/* How a partial date was given, for people: nothing for a day, "month",
 * "year", "about · month", "on or before · year", "one of these days". */
static void
describe_precision (TsCell       *cell,
                    const TsDate *date)
{
  const char *precision = NULL;
  const char *qualifier = NULL;

  if (date == NULL || !ts_date_is_set (date))
    return;

  switch ((TsDatePrecision) date->precision)
    {
    case TS_DATE_PRECISION_MONTH:
      precision = C_("date precision", "month");
      break;
    case TS_DATE_PRECISION_YEAR:
      precision = C_("date precision", "year");
      break;
    case TS_DATE_PRECISION_DAYS:
      precision = C_("date precision", "one of these days");
      break;
    case TS_DATE_PRECISION_DAY:
    case TS_DATE_PRECISION_NONE:
    default:
      break;
    }

  switch ((TsDateQualifier) date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      qualifier = C_("date qualifier", "about");
      break;
    case TS_DATE_QUALIFIER_BEFORE:
      qualifier = C_("date qualifier", "on or before");
      break;
    case TS_DATE_QUALIFIER_AFTER:
      qualifier = C_("date qualifier", "on or after");
      break;
    case TS_DATE_QUALIFIER_NONE:
    default:
      break;
    }

  /* The labels are the catalog's: only a pair is made. */
  if (qualifier != NULL && precision != NULL)
    _ts_cell_take_text (cell, g_strdup_printf ("%s · %s", qualifier, precision));
  else
    _ts_cell_borrow_text (cell, qualifier != NULL ? qualifier : precision);
}

void
_ts_column_fill_title (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_record_get_display_name (record));
}

void
_ts_column_fill_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_record_get_id (record));
}

void
_ts_column_fill_date (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_date (cell, ts_record_get_date (record));
}

void
_ts_column_fill_precision (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  describe_precision (cell, ts_record_get_date (record));
}

void
_ts_column_fill_summary (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_record_get_display_summary (record, NULL));
}

void
_ts_column_fill_notes (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_record_get_notes (record));
}

void
_ts_column_fill_tags (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, ts_record_get_tags (record));
}

void
_ts_column_fill_confidence (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_confidence_get_label (ts_record_get_confidence (record)));
}

void
_ts_column_fill_sources (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_titles (cell, context, ts_record_get_source_ids (record));
}

void
_ts_column_fill_source_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, ts_record_get_source_ids (record));
}

void
_ts_column_fill_created (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_datetime (cell, ts_record_get_created (record));
}

void
_ts_column_fill_modified (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_datetime (cell, ts_record_get_modified (record));
}
