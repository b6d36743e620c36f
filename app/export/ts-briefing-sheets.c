/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-sheets"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement.h"
#include "ts-briefing-private.h"
#include "ts-enums.h"
#include "ts-export-text.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-record-columns.h"
#include "ts-source.h"
#include "ts-vocabulary.h"

/* Sources shown as links, per record; any more are in the Source IDs column. */
#define MAX_SOURCE_COLUMNS 10

/* Record sheets: a row per record, a column per exported column of its
 * type (ts-record-columns.h); the sources as links to the Sources sheet. */

static void
write_cell (TsBriefingWriter *w,
            lxw_worksheet    *sheet,
            lxw_row_t         row,
            lxw_col_t         col,
            const TsColumn   *column,
            const TsCell     *cell)
{
  guint flags = FMT_TOP | ((column->flags & TS_COLUMN_WRAP) ? FMT_WRAP : 0);
  lxw_format *format;

  switch (cell->kind)
    {
    case TS_CELL_TEXT:
      format = _ts_briefing_get_format (w, flags, NULL);
      _ts_briefing_write_text (w, sheet, row, col, cell->text, format);
      break;
    case TS_CELL_NUMBER:
      format = _ts_briefing_get_format (w, FMT_TOP,
                                        (column->flags & TS_COLUMN_AMOUNT) ? "#,##0" : NULL);
      _ts_briefing_check (w, worksheet_write_number (sheet, row, col, cell->number, format));
      break;
    case TS_CELL_DATE:
      _ts_briefing_write_date (w, sheet, row, col, &cell->date, FMT_TOP);
      break;
    case TS_CELL_DATETIME:
      format = _ts_briefing_get_format (w, FMT_TOP, "yyyy-mm-dd hh:mm");
      _ts_briefing_check (w, worksheet_write_number (sheet, row, col,
                                                     cell->unix_time / 86400.0 + 25569.0,
                                                     format));
      break;
    case TS_CELL_URL:
      _ts_briefing_write_url (w, sheet, row, col, cell->text, FMT_TOP);
      break;
    case TS_CELL_EMPTY:
    default:
      break;
    }
}

static guint
count_source_columns (GPtrArray *records)
{
  guint n = 1;

  for (guint i = 0; i < records->len; i++)
    n = MAX (n, g_strv_length ((char **) ts_record_get_source_ids (records->pdata[i])));
  return MIN (n, MAX_SOURCE_COLUMNS);
}

/* The headers and widths of the columns, a TS_COLUMN_SOURCES column spread
 * over @n_source_columns. */
static GPtrArray *
set_up_columns (TsBriefingWriter       *w,
                lxw_worksheet          *sheet,
                const TsColumn * const *columns,
                guint                   n_columns,
                guint                   n_source_columns)
{
  GPtrArray *headers = g_ptr_array_new_with_free_func (g_free);
  lxw_col_t col = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      const TsColumn *column = columns[c];
      guint span = (column->flags & TS_COLUMN_SOURCES) ? n_source_columns : 1;
      lxw_format *format = _ts_briefing_get_format (w, (column->flags & TS_COLUMN_WRAP)
                                                       ? FMT_WRAP : 0, NULL);

      for (guint k = 0; k < span; k++)
        {
          if (column->flags & TS_COLUMN_SOURCES)
            /* TRANSLATORS: a column header: the first, second … source of a record. */
            g_ptr_array_add (headers, g_strdup_printf (_("Source %u"), k + 1));
          else
            g_ptr_array_add (headers, g_strdup (_(column->title)));
          _ts_briefing_check (w, worksheet_set_column (sheet, col, col, column->sheet_width,
                                                       format));
          col++;
        }
    }

  /* Whether the record matched the scope or came in as linked context. */
  g_ptr_array_add (headers, g_strdup (_("Scope")));
  _ts_briefing_check (w, worksheet_set_column (sheet, col, col, 12, NULL));

  return headers;
}

/* The record's sources, a link each to its row on the Sources sheet (its
 * title alone when the source is not there). */
static void
write_source_links (TsBriefingWriter *w,
                    lxw_worksheet    *sheet,
                    lxw_row_t         row,
                    lxw_col_t         col,
                    TsRecord         *record,
                    guint             n_source_columns)
{
  const char * const *ids = ts_record_get_source_ids (record);

  for (guint k = 0; k < n_source_columns && ids[k] != NULL; k++)
    {
      guint source_row = GPOINTER_TO_UINT (g_hash_table_lookup (w->source_rows, ids[k]));
      const char *title = ts_export_data_get_title (w->data, ids[k]);

      if (source_row > 0)
        _ts_briefing_write_link (w, sheet, row, col + k,
                                 w->sheet_names[TS_RECORD_TYPE_SOURCE], source_row - 1,
                                 title, FMT_TOP | FMT_WRAP);
      else
        _ts_briefing_write_text (w, sheet, row, col + k, title,
                                 _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP, NULL));
    }
}

gboolean
_ts_briefing_write_record_sheet (TsBriefingWriter  *w,
                                 TsRecordType       type,
                                 GError           **error)
{
  lxw_worksheet *sheet = w->sheets[type];
  GPtrArray *records = ts_export_data_get_records (w->data, type);
  g_autoptr(GPtrArray) headers = NULL;
  g_autofree char *table_name = NULL;
  const TsColumn * const *columns;
  guint n_columns;
  guint n_source_columns = count_source_columns (records);
  TsColumnContext context;

  columns = ts_record_columns_get_exported (type, &n_columns);
  ts_export_data_init_column_context (w->data, &context);
  headers = set_up_columns (w, sheet, columns, n_columns, n_source_columns);

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = records->pdata[i];
      lxw_row_t row = i + 1;
      lxw_col_t col = 0;

      if (ts_export_check_cancelled (w->cancellable, w->path, error))
        return FALSE;

      for (guint c = 0; c < n_columns; c++)
        {
          const TsColumn *column = columns[c];
          TsCell cell = TS_CELL_INIT;

          if (column->flags & TS_COLUMN_SOURCES)
            {
              write_source_links (w, sheet, row, col, record, n_source_columns);
              col += n_source_columns;
              continue;
            }

          column->fill (&context, record, &cell);
          write_cell (w, sheet, row, col, column, &cell);
          ts_cell_clear (&cell);
          col++;
        }
      _ts_briefing_write_text (w, sheet, row, col,
                               ts_export_data_is_linked (w->data, record)
                               /* TRANSLATORS: in a briefing's Scope column: the record
                                * is there because a record in scope links to it */
                               ? C_("scope", "Linked")
                               /* TRANSLATORS: in a briefing's Scope column: the record
                                * matches the briefing's search and filters */
                               : C_("scope", "Matched"),
                               _ts_briefing_get_format (w, FMT_TOP, NULL));

      _ts_briefing_step (w);
    }

  table_name = g_strdup_printf ("Table_%s", ts_record_type_to_string (type));
  _ts_briefing_add_table (w, sheet, 0, records->len, headers,
                          _ts_briefing_keep_string (w, g_steal_pointer (&table_name)));
  /* The header row, and the title column to its left. */
  worksheet_freeze_panes (sheet, 1, 1);
  _ts_briefing_set_up_printing (w, sheet, TRUE);
  return TRUE;
}

/* Definitions: what each column means, the vocabularies, the reliability
 * scale and how dates read. */

typedef struct
{
  GType       (*get_type) (void);
  const char  *label;
} Vocabulary;

static lxw_row_t
write_definitions_heading (TsBriefingWriter *w,
                           lxw_row_t         row,
                           const char       *text)
{
  _ts_briefing_write_text (w, w->definitions, row, 0, text,
                           _ts_briefing_get_format (w, FMT_HEADING, NULL));
  return row + 1;
}

void
_ts_briefing_write_definitions (TsBriefingWriter *w)
{
  const Vocabulary vocabularies[] = {
    { ts_meeting_level_get_type, N_("Meeting level") },
    { ts_meeting_format_get_type, N_("Meeting format") },
    { ts_agreement_kind_get_type, N_("Agreement kind") },
    { ts_agreement_status_get_type, N_("Agreement status") },
    { ts_project_sector_get_type, N_("Project sector") },
    { ts_project_status_get_type, N_("Project status") },
    { ts_organization_kind_get_type, N_("Organization kind") },
    { ts_place_kind_get_type, N_("Place kind") },
    { ts_confidence_get_type, N_("Confidence") },
  };
  const struct { const char *shown; const char *meaning; } notations[] = {
    { "2023-05-25", N_("A day") },
    { "2023-05", N_("Some day in May 2023: only the month is known") },
    { "2023", N_("Some day in 2023: only the year is known") },
    { "2023-05~", N_("About May 2023") },
    { "..2023-05", N_("On or before May 2023") },
    { "2023-05..", N_("On or after May 2023") },
  };
  lxw_worksheet *sheet = w->definitions;
  lxw_format *wrap = _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP, NULL);
  lxw_format *top = _ts_briefing_get_format (w, FMT_TOP, NULL);
  g_autoptr(GPtrArray) headers = NULL;
  lxw_row_t row = 0;
  lxw_row_t first;

  _ts_briefing_check (w, worksheet_set_column (sheet, 0, 0, 22, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 1, 1, 30, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 2, 2, 90,
                                               _ts_briefing_get_format (w, FMT_WRAP, NULL)));

  /* What each column means. */
  first = row;
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const TsColumn * const *columns;
      guint n_columns;

      columns = ts_record_columns_get_exported (type, &n_columns);
      for (guint c = 0; c < n_columns; c++)
        {
          row++;
          _ts_briefing_write_text (w, sheet, row, 0, w->sheet_names[type], top);
          if (columns[c]->flags & TS_COLUMN_SOURCES)
            {
              g_autofree char *first_header = g_strdup_printf (_("Source %u"), 1);
              g_autofree char *header = g_strdup_printf ("%s, …", first_header);

              _ts_briefing_write_text (w, sheet, row, 1, header, wrap);
            }
          else
            _ts_briefing_write_text (w, sheet, row, 1, _(columns[c]->title), wrap);
          _ts_briefing_write_text (w, sheet, row, 2, _(columns[c]->meaning), wrap);
        }
    }
  headers = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (headers, g_strdup (_("Sheet")));
  g_ptr_array_add (headers, g_strdup (_("Column")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  _ts_briefing_add_table (w, sheet, first, row, headers, "Table_columns");
  worksheet_freeze_panes (sheet, 1, 0);

  /* The vocabularies. */
  row = write_definitions_heading (w, row + 2, _("Vocabularies"));
  first = row;
  for (guint v = 0; v < G_N_ELEMENTS (vocabularies); v++)
    {
      GType enum_type = vocabularies[v].get_type ();
      guint n_values = ts_enum_get_n_values (enum_type);

      /* Confidence has no "unset" value; the other vocabularies start with it. */
      for (guint value = enum_type == ts_confidence_get_type () ? 0 : 1; value < n_values;
           value++)
        {
          row++;
          _ts_briefing_write_text (w, sheet, row, 0, _(vocabularies[v].label), top);
          _ts_briefing_write_text (w, sheet, row, 1, ts_enum_to_nick (enum_type, value), top);
          _ts_briefing_write_text (w, sheet, row, 2, ts_enum_get_label (enum_type, value),
                                   wrap);
        }
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Field")));
  g_ptr_array_add (headers, g_strdup (_("Value in the data")));
  g_ptr_array_add (headers, g_strdup (_("Label")));
  _ts_briefing_add_table (w, sheet, first, row, headers, "Table_vocabularies");

  /* The reliability scale. */
  row = write_definitions_heading (w, row + 2, _("Reliability of sources (Admiralty scale)"));
  first = row;
  for (guint value = TS_RELIABILITY_A; value <= TS_RELIABILITY_F; value++)
    {
      row++;
      _ts_briefing_write_text (w, sheet, row, 0, _("Reliability"), top);
      _ts_briefing_write_text (w, sheet, row, 1, ts_enum_to_nick (TS_TYPE_RELIABILITY, value),
                               top);
      _ts_briefing_write_text (w, sheet, row, 2, ts_reliability_get_label (value), wrap);
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Scale")));
  g_ptr_array_add (headers, g_strdup (_("Grade")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  _ts_briefing_add_table (w, sheet, first, row, headers, "Table_reliability");

  /* How dates read. */
  row = write_definitions_heading (w, row + 2, _("Dates"));
  first = row;
  for (guint i = 0; i < G_N_ELEMENTS (notations); i++)
    {
      row++;
      _ts_briefing_write_text (w, sheet, row, 0, _("Date"), top);
      _ts_briefing_write_text (w, sheet, row, 1, notations[i].shown, top);
      _ts_briefing_write_text (w, sheet, row, 2, _(notations[i].meaning), wrap);
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Kind")));
  g_ptr_array_add (headers, g_strdup (_("Shown as")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  _ts_briefing_add_table (w, sheet, first, row, headers, "Table_dates");
  row += 2;
  _ts_briefing_write_text (w, sheet, row, 0,
                           _("Dates are real spreadsheet dates: they sort and filter as dates. A "
                             "month or a year is stored as its first day and shown without the "
                             "day; the Date precision column says how much of a date is known."),
                           _ts_briefing_get_format (w, FMT_MUTED, NULL));

  _ts_briefing_set_up_printing (w, sheet, FALSE);
}

