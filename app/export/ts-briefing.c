/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ts-agreement.h"
#include "ts-briefing.h"
#include "ts-briefing-private.h"
#include "ts-enums.h"
#include "ts-error.h"
#include "ts-export-columns.h"
#include "ts-export-file.h"
#include "ts-export-stderr.h"
#include "ts-export-text.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-project.h"
#include "ts-vocabulary.h"

/* Sources shown as links, per record; any more are in the Source IDs column. */
#define MAX_SOURCE_COLUMNS 10
#define N_KEY_DEVELOPMENTS 12
#define MAX_FIGURE_CHARTS 3
/* Excel's first correct serial date is 1 March 1900 (61): it believes 1900
 * was a leap year. */
#define FIRST_SAFE_SERIAL 61
/* Excel refuses longer URLs. */
#define MAX_URL_LENGTH 2079

/* The cover: text on the left (A–C), charts and their data on the right. */
#define COVER_RIGHT_COL 4
#define COVER_RIGHT_WIDTH 7
#define COVER_COLUMN_WIDTH 18
#define COVER_TEXT_WIDTH 70
/* How many characters of ordinary text that column holds on a line. */
#define COVER_LINE_LENGTH 84
#define COVER_CHART_ROWS 20
/* The map picture: drawn at twice the size it shows at, for print. */
#define MAP_WIDTH 1840
#define MAP_HEIGHT 1100
#define MAP_SCALE 0.5
#define MAP_ROWS 30
/* Excel's default row height, in points. */
#define ROW_HEIGHT 15

enum
{
  FMT_TOP     = 1 << 0,
  FMT_WRAP    = 1 << 1,
  FMT_BOLD    = 1 << 2,
  FMT_LINK    = 1 << 3,
  FMT_TITLE   = 1 << 4,
  FMT_HEADING = 1 << 5,
  FMT_MUTED   = 1 << 6,
  FMT_LEFT    = 1 << 7,
  FMT_RIGHT   = 1 << 8,
};

typedef struct
{
  TsExportData         *data;
  const char           *path;
  lxw_workbook         *workbook;
  GCancellable         *cancellable;
  TsExportProgressFunc  progress;
  gpointer              progress_data;
  guint                 n_steps;
  guint                 n_done;
  gint64                created;
  char                 *title;
  char                 *author;
  TsBasemap            *basemap;

  GHashTable           *taken_names;
  char                 *cover_name;
  char                 *sheet_names[TS_N_RECORD_TYPES];
  char                 *definitions_name;
  lxw_worksheet        *cover;
  lxw_worksheet        *sheets[TS_N_RECORD_TYPES];
  lxw_worksheet        *definitions;

  GHashTable           *formats;      /* "flags|num_format" → lxw_format */
  GHashTable           *source_rows;  /* source id → worksheet row + 1 */
  GPtrArray            *keep;         /* strings libxlsxwriter may point to */
  GPtrArray            *pictures;     /* GBytes of the pictures inserted */
  lxw_error             lxw_error;
  guint32               serial_epoch; /* the Julian day of Excel's day 0 */
} Writer;

typedef struct
{
  TsDate      date;
  const char *kind;
  char       *text;
} Development;

static void
development_free (Development *development)
{
  g_free (development->text);
  g_free (development);
}

/* Helpers */

static const char *
keep_string (Writer *w,
             char   *string)
{
  g_ptr_array_add (w->keep, string);
  return string;
}

static gboolean
check (Writer    *w,
       lxw_error  error)
{
  if (error != LXW_NO_ERROR && w->lxw_error == LXW_NO_ERROR)
    w->lxw_error = error;
  return error == LXW_NO_ERROR;
}

static lxw_format *
get_format (Writer     *w,
            guint       flags,
            const char *num_format)
{
  g_autofree char *key = g_strdup_printf ("%u|%s", flags, num_format != NULL ? num_format : "");
  lxw_format *format = g_hash_table_lookup (w->formats, key);

  if (format != NULL)
    return format;

  format = workbook_add_format (w->workbook);
  if (flags & FMT_TOP)
    format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (flags & FMT_WRAP)
    format_set_text_wrap (format);
  if (flags & FMT_BOLD)
    format_set_bold (format);
  if (flags & FMT_LINK)
    format_set_hyperlink (format);
  if (flags & FMT_TITLE)
    {
      format_set_bold (format);
      format_set_font_size (format, 18);
    }
  if (flags & FMT_HEADING)
    {
      format_set_bold (format);
      format_set_font_size (format, 13);
      format_set_bottom (format, LXW_BORDER_THIN);
    }
  if (flags & FMT_MUTED)
    format_set_font_color (format, LXW_COLOR_GRAY);
  if (flags & FMT_LEFT)
    format_set_align (format, LXW_ALIGN_LEFT);
  if (flags & FMT_RIGHT)
    format_set_align (format, LXW_ALIGN_RIGHT);
  if (num_format != NULL)
    format_set_num_format (format, num_format);

  g_hash_table_insert (w->formats, g_steal_pointer (&key), format);
  return format;
}

static void
step (Writer *w)
{
  w->n_done++;
  if (w->progress != NULL && w->n_steps > 0)
    w->progress (0.95 * w->n_done / w->n_steps, w->progress_data);
}

/* "'Sheet name'", as formulas and internal links quote it. */
static char *
quote_sheet_name (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);
  g_autofree char *escaped = g_strjoinv ("''", parts);

  return g_strdup_printf ("'%s'", escaped);
}

static char *
internal_link (const char *sheet_name,
               guint       row)
{
  g_autofree char *quoted = quote_sheet_name (sheet_name);

  return g_strdup_printf ("internal:%s!A%u", quoted, row + 1);
}

/* Safe cell writers: text is always a string (never a formula), valid UTF-8
 * and within Excel's limit; "" is never passed to libxlsxwriter. */

static void
write_text (Writer        *w,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *safe = NULL;

  if (text == NULL || text[0] == '\0')
    {
      if (format != NULL)
        check (w, worksheet_write_blank (sheet, row, col, format));
      return;
    }

  safe = ts_export_text_sanitize (text, TS_EXPORT_CELL_MAX);
  check (w, worksheet_write_string (sheet, row, col, safe, format));
}

static guint32
date_serial (Writer       *w,
             const TsDate *date)
{
  guint32 julian = ts_date_get_first_julian (date);

  return julian > w->serial_epoch ? julian - w->serial_epoch : 0;
}

/* The date as the dataset writes it ("2023-05-25", "2023-05~", "..2023"),
 * but as a real date: Excel sorts and filters it. */
static const char *
date_num_format (const TsDate *date,
                 char          buffer[32])
{
  const char *body;

  switch ((TsDatePrecision) date->precision)
    {
    case TS_DATE_PRECISION_YEAR:
      body = "yyyy";
      break;
    case TS_DATE_PRECISION_MONTH:
      body = "yyyy-mm";
      break;
    case TS_DATE_PRECISION_DAY:
    case TS_DATE_PRECISION_NONE:
    default:
      body = "yyyy-mm-dd";
      break;
    }

  switch ((TsDateQualifier) date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      g_snprintf (buffer, 32, "%s\"~\"", body);
      break;
    case TS_DATE_QUALIFIER_BEFORE:
      g_snprintf (buffer, 32, "\"..\"%s", body);
      break;
    case TS_DATE_QUALIFIER_AFTER:
      g_snprintf (buffer, 32, "%s\"..\"", body);
      break;
    case TS_DATE_QUALIFIER_NONE:
    default:
      g_strlcpy (buffer, body, 32);
      break;
    }
  return buffer;
}

static void
write_date (Writer        *w,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const TsDate  *date,
            guint          flags)
{
  char buffer[32];
  guint32 serial;

  if (date == NULL || !ts_date_is_set (date))
    return;

  serial = date_serial (w, date);
  if (serial < FIRST_SAFE_SERIAL)
    {
      g_autofree char *text = ts_date_to_string (date);

      write_text (w, sheet, row, col, text, get_format (w, flags, NULL));
      return;
    }

  check (w, worksheet_write_number (sheet, row, col, serial,
                                    get_format (w, flags, date_num_format (date, buffer))));
}

/* Whether libxlsxwriter takes one more link on @sheet and @url (NULL for a
 * link inside the workbook) as it is: what it refuses it also prints on
 * stderr, so it is never asked. */
static gboolean
can_link (lxw_worksheet *sheet,
          const char    *url)
{
  gsize escaped = 0;

  /* worksheet_write_url_opt() refuses links beyond LXW_MAX_NUMBER_URLS. */
  if (sheet->hlink_count > LXW_MAX_NUMBER_URLS - 1)
    return FALSE;
  if (url == NULL)
    return TRUE;

  /* Excel's limit is on the URL as written, with " <>[]`^{}%" escaped as
   * "%XX" (and the anchor after '#' apart): counted here as if every one
   * of them was, and in bytes, never fewer than characters. */
  for (const char *p = url; *p != '\0'; p++)
    escaped += strchr (" \"<>[]`^{}%", *p) != NULL ? 3 : 1;
  return escaped <= MAX_URL_LENGTH && escaped <= sheet->max_url_length;
}

static void
write_url (Writer        *w,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           lxw_col_t      col,
           const char    *url,
           guint          flags)
{
  if (ts_export_is_web_url (url) && g_utf8_validate (url, -1, NULL) && can_link (sheet, url))
    {
      lxw_error error = worksheet_write_url (sheet, row, col, url,
                                             get_format (w, flags | FMT_LINK, NULL));

      if (error == LXW_NO_ERROR)
        return;
      /* Too many links on the sheet, or a URL Excel refuses: keep the text. */
    }

  write_text (w, sheet, row, col, url, get_format (w, flags, NULL));
}

static void
write_link (Writer        *w,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *target_sheet,
            guint          target_row,
            const char    *text,
            guint          flags)
{
  g_autofree char *link = internal_link (target_sheet, target_row);
  g_autofree char *safe = ts_export_text_sanitize (text, TS_EXPORT_CELL_MAX);

  if (safe[0] == '\0' || !can_link (sheet, NULL)
      || worksheet_write_url_opt (sheet, row, col, link, get_format (w, flags | FMT_LINK, NULL),
                                  safe, NULL) != LXW_NO_ERROR)
    write_text (w, sheet, row, col, text, get_format (w, flags, NULL));
}

static void
write_cell (Writer         *w,
            lxw_worksheet  *sheet,
            lxw_row_t       row,
            lxw_col_t       col,
            const TsColumn *column,
            const TsCell   *cell)
{
  guint flags = FMT_TOP | ((column->flags & TS_COLUMN_WRAP) ? FMT_WRAP : 0);

  switch (cell->kind)
    {
    case TS_CELL_TEXT:
      write_text (w, sheet, row, col, cell->text, get_format (w, flags, NULL));
      break;
    case TS_CELL_NUMBER:
      check (w, worksheet_write_number (sheet, row, col, cell->number,
                                        get_format (w, FMT_TOP,
                                                    g_str_equal (column->key, "value_usd")
                                                    ? "#,##0" : NULL)));
      break;
    case TS_CELL_DATE:
      write_date (w, sheet, row, col, &cell->date, FMT_TOP);
      break;
    case TS_CELL_DATETIME:
      check (w, worksheet_write_number (sheet, row, col, cell->unix_time / 86400.0 + 25569.0,
                                        get_format (w, FMT_TOP, "yyyy-mm-dd hh:mm")));
      break;
    case TS_CELL_URL:
      write_url (w, sheet, row, col, cell->text, FMT_TOP);
      break;
    case TS_CELL_EMPTY:
    default:
      break;
    }
}

static void
set_up_printing (Writer        *w,
                 lxw_worksheet *sheet,
                 gboolean       repeat_header)
{
  /* TRANSLATORS: the page footer of a printed briefing; the two %s are the
   * page number and the number of pages. */
  g_autofree char *pages = g_strdup_printf (_("Page %s of %s"), "&P", "&N");
  g_autofree char *footer = g_strdup_printf ("&L&A&R%s", pages);

  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  if (repeat_header)
    check (w, worksheet_repeat_rows (sheet, 0, 0));
  if (strlen (footer) < 255)
    check (w, worksheet_set_footer (sheet, footer));
}

static void
add_table (Writer        *w,
           lxw_worksheet *sheet,
           lxw_row_t      first_row,
           lxw_row_t      last_row,
           GPtrArray     *headers,
           const char    *name)
{
  g_autofree lxw_table_column *columns = g_new0 (lxw_table_column, headers->len);
  g_autofree lxw_table_column **column_ptrs = g_new0 (lxw_table_column *, headers->len + 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_table_options options = { 0 };

  /* A table holds at least one row below its header. */
  if (last_row == first_row)
    last_row++;

  for (guint i = 0; i < headers->len; i++)
    {
      char *header = ts_export_text_sanitize (headers->pdata[i], 255);
      g_autofree char *folded = NULL;

      /* Table headers must be non-empty and unique (ignoring case). */
      if (header[0] == '\0')
        {
          g_free (header);
          header = g_strdup_printf ("%u", i + 1);
        }
      folded = g_utf8_casefold (header, -1);
      for (guint n = 2; g_hash_table_contains (seen, folded); n++)
        {
          char *numbered = g_strdup_printf ("%s %u", (char *) headers->pdata[i], n);

          g_free (header);
          header = numbered;
          g_free (folded);
          folded = g_utf8_casefold (header, -1);
        }
      g_hash_table_add (seen, g_steal_pointer (&folded));

      columns[i].header = (char *) keep_string (w, header);
      column_ptrs[i] = &columns[i];
    }

  options.name = (char *) name;
  options.columns = column_ptrs;
  check (w, worksheet_add_table (sheet, first_row, 0, last_row, headers->len - 1, &options));
}

/* Record sheets */

static guint
count_source_columns (GPtrArray *records)
{
  guint n = 1;

  for (guint i = 0; i < records->len; i++)
    n = MAX (n, g_strv_length ((char **) ts_record_get_source_ids (records->pdata[i])));
  return MIN (n, MAX_SOURCE_COLUMNS);
}

static gboolean
write_record_sheet (Writer        *w,
                    TsRecordType   type,
                    GError       **error)
{
  lxw_worksheet *sheet = w->sheets[type];
  GPtrArray *records = ts_export_data_get_records (w->data, type);
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *table_name = NULL;
  const TsColumn *columns;
  guint n_columns;
  guint n_source_columns = count_source_columns (records);
  lxw_col_t col = 0;

  columns = ts_export_get_columns (type, &n_columns);

  for (guint c = 0; c < n_columns; c++)
    {
      const TsColumn *column = &columns[c];
      guint span = (column->flags & TS_COLUMN_SOURCES) ? n_source_columns : 1;
      lxw_format *format = get_format (w, (column->flags & TS_COLUMN_WRAP) ? FMT_WRAP : 0, NULL);

      for (guint k = 0; k < span; k++)
        {
          if (column->flags & TS_COLUMN_SOURCES)
            /* TRANSLATORS: a column header: the first, second … source of a record. */
            g_ptr_array_add (headers, g_strdup_printf (_("Source %u"), k + 1));
          else
            g_ptr_array_add (headers, g_strdup (_(column->header)));
          check (w, worksheet_set_column (sheet, col, col, column->width, format));
          col++;
        }
    }

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = records->pdata[i];
      lxw_row_t row = i + 1;

      if (ts_export_check_cancelled (w->cancellable, w->path, error))
        return FALSE;

      col = 0;
      for (guint c = 0; c < n_columns; c++)
        {
          const TsColumn *column = &columns[c];

          if (column->flags & TS_COLUMN_SOURCES)
            {
              const char * const *ids = ts_record_get_source_ids (record);

              for (guint k = 0; k < n_source_columns && ids[k] != NULL; k++)
                {
                  guint source_row = GPOINTER_TO_UINT (g_hash_table_lookup (w->source_rows,
                                                                             ids[k]));
                  const char *title = ts_export_data_get_title (w->data, ids[k]);

                  if (source_row > 0)
                    write_link (w, sheet, row, col + k,
                                w->sheet_names[TS_RECORD_TYPE_SOURCE], source_row - 1,
                                title, FMT_TOP | FMT_WRAP);
                  else
                    write_text (w, sheet, row, col + k, title,
                                get_format (w, FMT_TOP | FMT_WRAP, NULL));
                }
              col += n_source_columns;
              continue;
            }

          {
            TsCell cell = TS_CELL_INIT;

            column->fill (w->data, record, &cell);
            write_cell (w, sheet, row, col, column, &cell);
            ts_cell_clear (&cell);
          }
          col++;
        }

      step (w);
    }

  table_name = g_strdup_printf ("Table_%s", ts_record_type_to_string (type));
  add_table (w, sheet, 0, records->len, headers, keep_string (w, g_steal_pointer (&table_name)));
  /* The header row, and the title column to its left. */
  worksheet_freeze_panes (sheet, 1, 1);
  set_up_printing (w, sheet, TRUE);
  return TRUE;
}

/* Definitions */

typedef struct
{
  GType       (*get_type) (void);
  const char  *label;
} Vocabulary;

static lxw_row_t
write_definitions_heading (Writer     *w,
                           lxw_row_t   row,
                           const char *text)
{
  write_text (w, w->definitions, row, 0, text, get_format (w, FMT_HEADING, NULL));
  return row + 1;
}

static void
write_definitions (Writer *w)
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
  lxw_format *wrap = get_format (w, FMT_TOP | FMT_WRAP, NULL);
  lxw_format *top = get_format (w, FMT_TOP, NULL);
  g_autoptr(GPtrArray) headers = NULL;
  lxw_row_t row = 0;
  lxw_row_t first;

  check (w, worksheet_set_column (sheet, 0, 0, 22, NULL));
  check (w, worksheet_set_column (sheet, 1, 1, 30, NULL));
  check (w, worksheet_set_column (sheet, 2, 2, 90, get_format (w, FMT_WRAP, NULL)));

  /* What each column means. */
  first = row;
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const TsColumn *columns;
      guint n_columns;

      columns = ts_export_get_columns (type, &n_columns);
      for (guint c = 0; c < n_columns; c++)
        {
          row++;
          write_text (w, sheet, row, 0, w->sheet_names[type], top);
          if (columns[c].flags & TS_COLUMN_SOURCES)
            {
              g_autofree char *first_header = g_strdup_printf (_("Source %u"), 1);
              g_autofree char *header = g_strdup_printf ("%s, …", first_header);

              write_text (w, sheet, row, 1, header, wrap);
            }
          else
            write_text (w, sheet, row, 1, _(columns[c].header), wrap);
          write_text (w, sheet, row, 2, _(columns[c].meaning), wrap);
        }
    }
  headers = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (headers, g_strdup (_("Sheet")));
  g_ptr_array_add (headers, g_strdup (_("Column")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  add_table (w, sheet, first, row, headers, "Table_columns");
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
          write_text (w, sheet, row, 0, _(vocabularies[v].label), top);
          write_text (w, sheet, row, 1, ts_enum_to_nick (enum_type, value), top);
          write_text (w, sheet, row, 2, ts_enum_get_label (enum_type, value), wrap);
        }
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Field")));
  g_ptr_array_add (headers, g_strdup (_("Value in the data")));
  g_ptr_array_add (headers, g_strdup (_("Label")));
  add_table (w, sheet, first, row, headers, "Table_vocabularies");

  /* The reliability scale. */
  row = write_definitions_heading (w, row + 2, _("Reliability of sources (Admiralty scale)"));
  first = row;
  for (guint value = TS_RELIABILITY_A; value <= TS_RELIABILITY_F; value++)
    {
      row++;
      write_text (w, sheet, row, 0, _("Reliability"), top);
      write_text (w, sheet, row, 1, ts_enum_to_nick (TS_TYPE_RELIABILITY, value), top);
      write_text (w, sheet, row, 2, ts_reliability_get_label (value), wrap);
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Scale")));
  g_ptr_array_add (headers, g_strdup (_("Grade")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  add_table (w, sheet, first, row, headers, "Table_reliability");

  /* How dates read. */
  row = write_definitions_heading (w, row + 2, _("Dates"));
  first = row;
  for (guint i = 0; i < G_N_ELEMENTS (notations); i++)
    {
      row++;
      write_text (w, sheet, row, 0, _("Date"), top);
      write_text (w, sheet, row, 1, notations[i].shown, top);
      write_text (w, sheet, row, 2, _(notations[i].meaning), wrap);
    }
  g_ptr_array_set_size (headers, 0);
  g_ptr_array_add (headers, g_strdup (_("Kind")));
  g_ptr_array_add (headers, g_strdup (_("Shown as")));
  g_ptr_array_add (headers, g_strdup (_("Meaning")));
  add_table (w, sheet, first, row, headers, "Table_dates");
  row += 2;
  write_text (w, sheet, row, 0,
              _("Dates are real spreadsheet dates: they sort and filter as dates. A month or a "
                "year is stored as its first day and shown without the day; the Date precision "
                "column says how much of a date is known."),
              get_format (w, FMT_MUTED, NULL));

  set_up_printing (w, sheet, FALSE);
}

/* The cover */

static lxw_row_t
write_cover_label (Writer     *w,
                   lxw_row_t   row,
                   const char *label,
                   const char *value)
{
  write_text (w, w->cover, row, 0, label, get_format (w, FMT_BOLD | FMT_TOP, NULL));
  write_text (w, w->cover, row, 1, value, get_format (w, FMT_TOP, NULL));
  return row + 1;
}

static char *
describe_period (TsExportData *data)
{
  const TsDate *first = ts_export_data_get_first_date (data);
  const TsDate *last = ts_export_data_get_last_date (data);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!ts_date_is_set (first))
    return g_strdup (_("No dated records"));

  from = ts_date_format (first);
  to = ts_date_format (last);
  if (ts_date_compare (first, last) == 0)
    return g_steal_pointer (&from);
  /* TRANSLATORS: the period a briefing covers: "May 2021 – 14 Oct 2024". */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static GPtrArray *
collect_developments (Writer *w)
{
  GPtrArray *developments = g_ptr_array_new_with_free_func ((GDestroyNotify) development_free);
  GPtrArray *records;

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_MEETING);
  for (guint i = 0; i < records->len; i++)
    {
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = ts_record_type_get_label (TS_RECORD_TYPE_MEETING);
      d->text = g_strdup (ts_record_get_title (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_AGREEMENT);
  for (guint i = 0; i < records->len; i++)
    {
      TsAgreement *agreement = records->pdata[i];
      const char *kind = ts_agreement_kind_get_label (ts_agreement_get_kind (agreement));
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = ts_record_type_get_label (TS_RECORD_TYPE_AGREEMENT);
      if (kind != NULL && kind[0] != '\0')
        d->text = g_strdup_printf ("%s (%s)", ts_record_get_title (records->pdata[i]), kind);
      else
        d->text = g_strdup (ts_record_get_title (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_PROJECT);
  for (guint i = 0; i < records->len; i++)
    {
      GPtrArray *milestones = ts_project_get_milestones (records->pdata[i]);

      for (guint j = 0; milestones != NULL && j < milestones->len; j++)
        {
          TsMilestone *m = milestones->pdata[j];
          const char *status = ts_project_status_get_label (m->status);
          g_autoptr(GString) text = g_string_new (ts_record_get_title (records->pdata[i]));
          Development *d;

          if (!ts_export_data_in_period (w->data, &m->date))
            continue;
          if (status != NULL && status[0] != '\0')
            g_string_append_printf (text, ": %s", status);
          if (m->note != NULL && m->note[0] != '\0')
            g_string_append_printf (text, " — %s", m->note);

          d = g_new0 (Development, 1);
          d->date = m->date;
          /* TRANSLATORS: a dated step of a project, on the briefing's cover. */
          d->kind = _("Project milestone");
          d->text = g_string_free (g_steal_pointer (&text), FALSE);
          g_ptr_array_add (developments, d);
        }
    }

  return developments;
}

static int
compare_developments (gconstpointer a,
                      gconstpointer b)
{
  const Development *da = *(Development * const *) a;
  const Development *db = *(Development * const *) b;
  int cmp = ts_date_compare (&db->date, &da->date);

  return cmp != 0 ? cmp : g_strcmp0 (da->text, db->text);
}

static lxw_row_t
write_key_developments (Writer    *w,
                        lxw_row_t  row)
{
  g_autoptr(GPtrArray) developments = collect_developments (w);
  lxw_format *top = get_format (w, FMT_TOP, NULL);
  lxw_format *bold = get_format (w, FMT_BOLD, NULL);
  guint n = 0;

  write_text (w, w->cover, row++, 0, _("Key developments"), get_format (w, FMT_HEADING, NULL));
  g_ptr_array_sort (developments, compare_developments);

  write_text (w, w->cover, row, 0, _("Date"), bold);
  write_text (w, w->cover, row, 1, _("Kind"), bold);
  write_text (w, w->cover, row, 2, _("Development"), bold);
  row++;

  for (guint i = 0; i < developments->len && n < N_KEY_DEVELOPMENTS; i++)
    {
      Development *d = developments->pdata[i];
      glong length = g_utf8_strlen (d->text, -1);

      if (!ts_date_is_set (&d->date))
        continue;

      write_date (w, w->cover, row, 0, &d->date, FMT_TOP | FMT_LEFT);
      write_text (w, w->cover, row, 1, d->kind, top);
      write_text (w, w->cover, row, 2, d->text, get_format (w, FMT_TOP | FMT_WRAP, NULL));
      /* Not every spreadsheet fits a row to wrapped text when it opens. */
      if (length > COVER_LINE_LENGTH)
        check (w, worksheet_set_row (w->cover, row,
                                     ROW_HEIGHT * MIN (8, 1 + length / COVER_LINE_LENGTH), NULL));
      row++;
      n++;
    }

  if (n == 0)
    write_text (w, w->cover, row++, 0,
                _("No meetings, agreements or project milestones in this scope."),
                get_format (w, FMT_MUTED, NULL));
  return row + 1;
}

static lxw_row_t
write_contents (Writer    *w,
                lxw_row_t  row)
{
  lxw_format *bold = get_format (w, FMT_BOLD, NULL);
  lxw_format *count = get_format (w, FMT_TOP, "#,##0");
  guint n_cited = ts_export_data_get_n_cited_sources (w->data);

  write_text (w, w->cover, row++, 0, _("Contents"), get_format (w, FMT_HEADING, NULL));
  write_text (w, w->cover, row, 0, _("Sheet"), bold);
  write_text (w, w->cover, row, 1, _("Records"), get_format (w, FMT_BOLD | FMT_RIGHT, NULL));
  row++;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      guint n = ts_export_data_get_records (w->data, type)->len;

      write_link (w, w->cover, row, 0, w->sheet_names[type], 0, w->sheet_names[type], FMT_TOP);
      check (w, worksheet_write_number (w->cover, row, 1, n, count));
      if (type == TS_RECORD_TYPE_SOURCE && n_cited > 0)
        {
          g_autofree char *note = NULL;

          note = g_strdup_printf (ngettext ("including %u cited by the records above",
                                            "including %u cited by the records above",
                                            n_cited),
                                  n_cited);
          write_text (w, w->cover, row, 2, note, get_format (w, FMT_MUTED | FMT_TOP, NULL));
        }
      row++;
    }

  write_link (w, w->cover, row, 0, w->definitions_name, 0, w->definitions_name, FMT_TOP);
  write_text (w, w->cover, row, 2, _("What each column means, the vocabularies, the "
                                     "reliability scale"),
              get_format (w, FMT_MUTED | FMT_TOP, NULL));
  return row + 2;
}

static void
insert_chart (Writer    *w,
              lxw_chart *chart,
              lxw_row_t  row)
{
  /* As wide as the data block under it: seven columns of 18 characters
   * (131 pixels) against the default chart's 480 × 288. */
  lxw_chart_options options = { .x_scale = 1.9, .y_scale = 1.3 };

  check (w, worksheet_insert_chart_opt (w->cover, row, COVER_RIGHT_COL, chart, &options));
}

/* A column chart of meetings per year, a series per level, over a table of
 * the counts. */
static lxw_row_t
write_meetings_chart (Writer    *w,
                      lxw_row_t  row)
{
  GPtrArray *meetings = ts_export_data_get_records (w->data, TS_RECORD_TYPE_MEETING);
  guint n_levels = ts_enum_get_n_values (TS_TYPE_MEETING_LEVEL);
  g_autofree guint *level_totals = g_new0 (guint, n_levels);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                        NULL, g_free);
  lxw_format *bold = get_format (w, FMT_BOLD, NULL);
  int first_year = G_MAXINT, last_year = G_MININT;
  guint n_meetings = 0;
  lxw_row_t header_row, data_row;
  lxw_col_t col;
  lxw_chart *chart;

  for (guint i = 0; i < meetings->len; i++)
    {
      const TsDate *date = ts_record_get_date (meetings->pdata[i]);
      guint level = ts_meeting_get_level (meetings->pdata[i]);
      guint *per_level;

      if (!ts_date_is_set (date) || level >= n_levels)
        continue;
      per_level = g_hash_table_lookup (counts, GINT_TO_POINTER ((int) date->year));
      if (per_level == NULL)
        {
          per_level = g_new0 (guint, n_levels);
          g_hash_table_insert (counts, GINT_TO_POINTER ((int) date->year), per_level);
        }
      per_level[level]++;
      level_totals[level]++;
      n_meetings++;
      first_year = MIN (first_year, date->year);
      last_year = MAX (last_year, date->year);
    }

  write_text (w, w->cover, row++, COVER_RIGHT_COL, _("Meetings per year by level"),
              get_format (w, FMT_HEADING, NULL));
  if (g_hash_table_size (counts) == 0)
    {
      write_text (w, w->cover, row++, COVER_RIGHT_COL, _("No dated meetings in this scope."),
                  get_format (w, FMT_MUTED, NULL));
      return row + 1;
    }

  chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN_STACKED);
  /* The heading above says what it is. */
  chart_title_off (chart);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_axis_set_num_format (chart->y_axis, "0");
  /* Whole meetings: no 0.5 on the axis of a small scope. */
  if (n_meetings <= 10)
    chart_axis_set_major_unit (chart->y_axis, 1);
  header_row = row + COVER_CHART_ROWS;

  /* The table the chart draws: a row per year, a column per level given. */
  write_text (w, w->cover, header_row, COVER_RIGHT_COL, _("Year"), bold);
  data_row = header_row + 1;
  for (int year = first_year; year <= last_year; year++)
    {
      gboolean sparse = last_year - first_year > 60;

      if (sparse && !g_hash_table_contains (counts, GINT_TO_POINTER (year)))
        continue;
      check (w, worksheet_write_number (w->cover, data_row++, COVER_RIGHT_COL, year,
                                        get_format (w, FMT_LEFT, "0")));
    }

  col = COVER_RIGHT_COL + 1;
  /* Head of state first; meetings without a level last. */
  for (guint l = 1; l <= n_levels; l++)
    {
      guint level = l % n_levels;
      const char *label = level == TS_MEETING_LEVEL_UNSET
                          ? _("Level not given") : ts_meeting_level_get_label (level);
      lxw_chart_series *series;
      lxw_row_t r = header_row + 1;

      if (level_totals[level] == 0)
        continue;

      write_text (w, w->cover, header_row, col, label,
                  get_format (w, FMT_BOLD | FMT_RIGHT, NULL));
      for (int year = first_year; year <= last_year; year++)
        {
          guint *per_level = g_hash_table_lookup (counts, GINT_TO_POINTER (year));

          if (last_year - first_year > 60 && per_level == NULL)
            continue;
          check (w, worksheet_write_number (w->cover, r++, col,
                                            per_level != NULL ? per_level[level] : 0, NULL));
        }

      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, w->cover_name, header_row + 1, COVER_RIGHT_COL,
                                   data_row - 1, COVER_RIGHT_COL);
      chart_series_set_values (series, w->cover_name, header_row + 1, col, data_row - 1, col);
      chart_series_set_name_range (series, w->cover_name, header_row, col);
      col++;
    }
  insert_chart (w, chart, row);

  return data_row + 1;
}

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  return ts_date_compare (ts_figure_get_period (*(TsFigure * const *) a),
                          ts_figure_get_period (*(TsFigure * const *) b));
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  GPtrArray *sa = *(GPtrArray * const *) a;
  GPtrArray *sb = *(GPtrArray * const *) b;

  if (sa->len != sb->len)
    return sa->len > sb->len ? -1 : 1;
  return g_strcmp0 (ts_figure_get_indicator (sa->pdata[0]),
                    ts_figure_get_indicator (sb->pdata[0]));
}

/* Large values read better in millions or billions on the axis; the table
 * under the chart keeps them exact. */
static void
set_display_units (lxw_chart_axis *axis,
                   GPtrArray      *figures)
{
  double largest = 0;

  for (guint i = 0; i < figures->len; i++)
    largest = MAX (largest, fabs (ts_figure_get_value (figures->pdata[i])));

  if (largest >= 1e9)
    chart_axis_set_display_units (axis, LXW_CHART_AXIS_UNITS_BILLIONS);
  else if (largest >= 1e6)
    chart_axis_set_display_units (axis, LXW_CHART_AXIS_UNITS_MILLIONS);
}

/* Figures with the same indicator form a series: the longest ones get a
 * chart each, over a table of their values. */
static lxw_row_t
write_figure_charts (Writer    *w,
                     lxw_row_t  row)
{
  GPtrArray *figures = ts_export_data_get_records (w->data, TS_RECORD_TYPE_FIGURE);
  g_autoptr(GHashTable) by_indicator = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) series_list = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_ptr_array_unref);
  lxw_format *bold = get_format (w, FMT_BOLD, NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      TsFigure *figure = figures->pdata[i];
      const char *indicator = ts_figure_get_indicator (figure);
      GPtrArray *series;

      if (indicator == NULL || !ts_date_is_set (ts_figure_get_period (figure))
          || isnan (ts_figure_get_value (figure)))
        continue;
      series = g_hash_table_lookup (by_indicator, indicator);
      if (series == NULL)
        {
          series = g_ptr_array_new ();
          g_hash_table_insert (by_indicator, (gpointer) indicator, series);
          g_ptr_array_add (series_list, series);
        }
      g_ptr_array_add (series, figure);
    }

  g_ptr_array_sort (series_list, compare_series);

  for (guint s = 0; s < series_list->len && s < MAX_FIGURE_CHARTS; s++)
    {
      GPtrArray *series = series_list->pdata[s];
      const char *indicator = ts_figure_get_indicator (series->pdata[0]);
      const char *unit = ts_figure_get_unit (series->pdata[0]);
      g_autofree char *title = NULL;
      lxw_chart_series *chart_series;
      lxw_chart *chart;
      lxw_row_t header_row;

      if (series->len < 2)
        break;
      g_ptr_array_sort (series, compare_figures);

      if (unit != NULL && unit[0] != '\0')
        title = g_strdup_printf ("%s (%s)", indicator, unit);
      else
        title = g_strdup (indicator);
      {
        char *safe = ts_export_text_sanitize (title, 255);

        g_free (title);
        title = safe;
      }

      write_text (w, w->cover, row++, COVER_RIGHT_COL, title, get_format (w, FMT_HEADING, NULL));

      chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN);
      chart_title_off (chart);
      chart_axis_set_num_format (chart->y_axis, "#,##0");
      set_display_units (chart->y_axis, series);
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      header_row = row + COVER_CHART_ROWS;

      write_text (w, w->cover, header_row, COVER_RIGHT_COL, _("Period"), bold);
      write_text (w, w->cover, header_row, COVER_RIGHT_COL + 1, _("Value"),
                  get_format (w, FMT_BOLD | FMT_RIGHT, NULL));
      for (guint i = 0; i < series->len; i++)
        {
          TsFigure *figure = series->pdata[i];
          g_autofree char *period = ts_date_to_string (ts_figure_get_period (figure));
          double value = ts_figure_get_value (figure);

          write_text (w, w->cover, header_row + 1 + i, COVER_RIGHT_COL, period, NULL);
          check (w, worksheet_write_number (w->cover, header_row + 1 + i, COVER_RIGHT_COL + 1,
                                            value,
                                            get_format (w, 0, value == floor (value)
                                                              ? "#,##0" : "#,##0.0##")));
        }

      chart_series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (chart_series, w->cover_name, header_row + 1, COVER_RIGHT_COL,
                                   header_row + series->len, COVER_RIGHT_COL);
      chart_series_set_values (chart_series, w->cover_name, header_row + 1, COVER_RIGHT_COL + 1,
                               header_row + series->len, COVER_RIGHT_COL + 1);
      chart_series_set_name_range (chart_series, w->cover_name, header_row,
                                   COVER_RIGHT_COL + 1);
      insert_chart (w, chart, row);
      row = header_row + series->len + 2;
    }

  return row;
}

static lxw_row_t
write_map (Writer    *w,
           lxw_row_t  row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  lxw_image_options options = { 0 };

  write_text (w, w->cover, row++, COVER_RIGHT_COL, _("Map"), get_format (w, FMT_HEADING, NULL));

  png = _ts_briefing_render_map (w->data, w->basemap, MAP_WIDTH, MAP_HEIGHT, &error);
  if (png == NULL)
    {
      /* TRANSLATORS: in place of the map on a briefing's cover; %s says why. */
      g_autofree char *note = g_strdup_printf (_("The map could not be drawn: %s"),
                                               error->message);

      write_text (w, w->cover, row++, COVER_RIGHT_COL, note, get_format (w, FMT_MUTED, NULL));
      return row + 1;
    }

  /* TRANSLATORS: the alternative text of the map picture on the cover. */
  options.description = (char *) keep_string (w, g_strdup (_("Map of the places in scope")));
  options.x_scale = MAP_SCALE;
  options.y_scale = MAP_SCALE;
  g_ptr_array_add (w->pictures, g_bytes_ref (png));
  check (w, worksheet_insert_image_buffer_opt (w->cover, row, COVER_RIGHT_COL,
                                               g_bytes_get_data (png, NULL),
                                               g_bytes_get_size (png), &options));
  return row + MAP_ROWS;
}

static void
write_cover (Writer *w)
{
  lxw_worksheet *sheet = w->cover;
  g_autofree char *period = describe_period (w->data);
  lxw_row_t row = 0;
  lxw_row_t right_row = 0;
  TsDate generated = TS_DATE_INIT;
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (w->created);

  check (w, worksheet_set_column (sheet, 0, 0, 16, NULL));
  check (w, worksheet_set_column (sheet, 1, 1, 18, NULL));
  check (w, worksheet_set_column (sheet, 2, 2, COVER_TEXT_WIDTH, NULL));
  check (w, worksheet_set_column (sheet, 3, 3, 3, NULL));
  check (w, worksheet_set_column (sheet, COVER_RIGHT_COL, COVER_RIGHT_COL + COVER_RIGHT_WIDTH - 1,
                                  COVER_COLUMN_WIDTH, NULL));

  write_text (w, sheet, row++, 0, w->title, get_format (w, FMT_TITLE, NULL));
  write_text (w, sheet, row++, 0, _("Briefing"), get_format (w, FMT_MUTED, NULL));
  row++;
  row = write_cover_label (w, row, _("Scope"), ts_export_data_get_scope (w->data));
  row = write_cover_label (w, row, _("Period"), period);
  write_text (w, sheet, row, 0, _("Generated"), get_format (w, FMT_BOLD | FMT_TOP, NULL));
  if (created != NULL)
    ts_date_set_ymd (&generated, g_date_time_get_year (created),
                     g_date_time_get_month (created), g_date_time_get_day_of_month (created));
  write_date (w, sheet, row, 1, &generated, FMT_TOP | FMT_LEFT);
  row += 2;

  row = write_contents (w, row);
  row = write_key_developments (w, row);

  right_row = write_meetings_chart (w, right_row);
  right_row = write_figure_charts (w, right_row);
  write_map (w, right_row);

  worksheet_set_first_sheet (sheet);
  worksheet_activate (sheet);
  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);
  set_up_printing (w, sheet, FALSE);
  step (w);
}

/* The workbook */

static void
set_properties (Writer *w)
{
  g_autofree char *title = ts_export_text_sanitize (w->title, 255);
  g_autofree char *subject = ts_export_text_sanitize (ts_export_data_get_scope (w->data), 255);
  g_autofree char *author = ts_export_text_sanitize (w->author, 255);
  g_autofree char *comments = g_strdup_printf (_("Generated by Tianshan %s"), PACKAGE_VERSION);
  g_autofree char *keywords = NULL;
  g_autoptr(GString) words = g_string_new (_("China, Kyrgyzstan, briefing"));
  lxw_doc_properties properties = { 0 };

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    if (ts_export_data_get_records (w->data, type)->len > 0)
      g_string_append_printf (words, ", %s", ts_record_type_get_plural (type));
  keywords = ts_export_text_sanitize (words->str, 255);

  /* libxlsxwriter 1.1.4 writes broken XML for an empty property. */
  properties.title = title[0] != '\0' ? title : NULL;
  properties.subject = subject[0] != '\0' ? subject : NULL;
  properties.author = author[0] != '\0' ? author : NULL;
  properties.keywords = keywords;
  properties.comments = comments;
  properties.category = _("Briefing");
  properties.created = (time_t) w->created;
  check (w, workbook_set_properties (w->workbook, &properties));
}

static gboolean
add_sheets (Writer  *w,
            GError **error)
{
  /* English names are the fallback when a translation makes an unusable one. */
  w->cover_name = ts_export_sheet_name (_("Cover"), "Cover", w->taken_names);
  w->cover = workbook_add_worksheet (w->workbook, w->cover_name);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const char *english[] = { "Meetings", "Agreements", "Projects", "People",
                                "Organizations", "Places", "Sources", "Figures" };

      w->sheet_names[type] = ts_export_sheet_name (ts_record_type_get_plural (type),
                                                   english[type], w->taken_names);
      w->sheets[type] = workbook_add_worksheet (w->workbook, w->sheet_names[type]);
    }
  w->definitions_name = ts_export_sheet_name (_("Definitions"), "Definitions", w->taken_names);
  w->definitions = workbook_add_worksheet (w->workbook, w->definitions_name);

  if (w->cover == NULL || w->definitions == NULL)
    {
      ts_export_set_file_error (error, TS_ERROR_FAILED, w->path, _("a sheet could not be added"));
      return FALSE;
    }
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    if (w->sheets[type] == NULL)
      {
        ts_export_set_file_error (error, TS_ERROR_FAILED, w->path,
                                  _("a sheet could not be added"));
        return FALSE;
      }
  return TRUE;
}

static void
index_sources (Writer *w)
{
  GPtrArray *sources = ts_export_data_get_records (w->data, TS_RECORD_TYPE_SOURCE);

  for (guint i = 0; i < sources->len; i++)
    /* Data rows start below the header: row i + 1, stored plus one. */
    g_hash_table_insert (w->source_rows, (gpointer) ts_record_get_id (sources->pdata[i]),
                         GUINT_TO_POINTER (i + 2));
}

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->workbook, lxw_workbook_free);
  g_clear_pointer (&w->taken_names, g_hash_table_unref);
  g_clear_pointer (&w->formats, g_hash_table_unref);
  g_clear_pointer (&w->source_rows, g_hash_table_unref);
  g_clear_pointer (&w->keep, g_ptr_array_unref);
  g_clear_pointer (&w->pictures, g_ptr_array_unref);
  g_clear_pointer (&w->cover_name, g_free);
  g_clear_pointer (&w->definitions_name, g_free);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_clear_pointer (&w->sheet_names[type], g_free);
  g_clear_pointer (&w->title, g_free);
  g_clear_pointer (&w->author, g_free);
  g_clear_object (&w->basemap);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

gboolean
ts_briefing_write (TsExportData             *data,
                   const char               *path,
                   const TsBriefingOptions  *options,
                   GCancellable             *cancellable,
                   TsExportProgressFunc      progress,
                   gpointer                  progress_data,
                   GError                  **error)
{
  g_autoptr(TsExportFile) file = NULL;
  g_auto(Writer) w = { 0 };
  lxw_workbook_options workbook_options = { 0 };
  g_autofree char *said = NULL;
  GDate epoch;
  lxw_error close_error;
  int saved_errno;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ts_export_check_cancelled (cancellable, path, error))
    return FALSE;

  file = ts_export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  /* libxlsxwriter opens the temporary file itself when it closes the
   * workbook. */
  ts_export_file_close_stream (file);

  w.data = data;
  w.path = path;
  w.cancellable = cancellable;
  w.progress = progress;
  w.progress_data = progress_data;
  w.created = ts_export_resolve_time (options != NULL ? options->created : 0);
  w.title = g_strdup (options != NULL && options->title != NULL && options->title[0] != '\0'
                      ? options->title : _("China–Kyrgyzstan relations"));
  /* No document property names the user unless they set one. */
  w.author = g_strdup (options != NULL ? options->author : NULL);
  if (options != NULL && options->basemap != NULL)
    w.basemap = g_object_ref (options->basemap);
  w.taken_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.source_rows = g_hash_table_new (g_str_hash, g_str_equal);
  w.keep = g_ptr_array_new_with_free_func (g_free);
  w.pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);
  w.serial_epoch = g_date_get_julian (&epoch);

  w.n_steps = 1;
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    w.n_steps += ts_export_data_get_records (data, type)->len;

  /* Not constant-memory mode: libxlsxwriter refuses tables in it. */
  w.workbook = workbook_new_opt (ts_export_file_get_temp_path (file), &workbook_options);
  if (w.workbook == NULL)
    {
      ts_export_set_file_error (error, TS_ERROR_IO, path, _("the workbook could not be created"));
      return FALSE;
    }

  if (!add_sheets (&w, error))
    return FALSE;
  index_sources (&w);
  set_properties (&w);

  write_cover (&w);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    if (!write_record_sheet (&w, type, error))
      return FALSE;
  write_definitions (&w);

  if (w.lxw_error != LXW_NO_ERROR)
    {
      ts_export_set_file_error (error, TS_ERROR_FAILED, path, lxw_strerror (w.lxw_error));
      return FALSE;
    }

  if (ts_export_check_cancelled (cancellable, path, error))
    return FALSE;

  /* What libxlsxwriter prints itself when it fails here (a full disk)
   * says less than the error below, and would come before it. */
  errno = 0;
  ts_export_stderr_capture_begin ();
  close_error = workbook_close (g_steal_pointer (&w.workbook));
  saved_errno = errno;
  said = ts_export_stderr_capture_end ();
  if (said != NULL)
    g_debug ("libxlsxwriter said: %s", g_strchomp (said));
  if (close_error != LXW_NO_ERROR)
    {

      /* The system's reason ("No space left on device") says more than
       * libxlsxwriter's ("Zip generic error"). */
      ts_export_set_file_error (error, TS_ERROR_IO, path,
                                saved_errno != 0 ? g_strerror (saved_errno)
                                                 : lxw_strerror (close_error));
      return FALSE;
    }

  if (!ts_export_file_commit (file, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

/* In a thread */

typedef struct
{
  TsExportData      *data;
  char              *path;
  char              *title;
  char              *author;
  TsBriefingOptions  options;
} BriefingJob;

static void
briefing_job_free (BriefingJob *job)
{
  g_clear_pointer (&job->data, ts_export_data_unref);
  g_clear_object (&job->options.basemap);
  g_free (job->path);
  g_free (job->title);
  g_free (job->author);
  g_free (job);
}

static gboolean
run_briefing_job (gpointer               user_data,
                  GCancellable          *cancellable,
                  TsExportProgressFunc   progress,
                  gpointer               progress_data,
                  GError               **error)
{
  BriefingJob *job = user_data;

  return ts_briefing_write (job->data, job->path, &job->options, cancellable,
                            progress, progress_data, error);
}

void
ts_briefing_write_async (TsExportData             *data,
                         const char               *path,
                         const TsBriefingOptions  *options,
                         GCancellable             *cancellable,
                         TsExportProgressFunc      progress,
                         gpointer                  progress_data,
                         GAsyncReadyCallback       callback,
                         gpointer                  user_data)
{
  BriefingJob *job;

  g_return_if_fail (data != NULL);
  g_return_if_fail (path != NULL);

  job = g_new0 (BriefingJob, 1);
  job->data = ts_export_data_ref (data);
  job->path = g_strdup (path);
  if (options != NULL)
    {
      job->title = g_strdup (options->title);
      job->author = g_strdup (options->author);
      job->options.created = options->created;
      if (options->basemap != NULL)
        job->options.basemap = g_object_ref (options->basemap);
    }
  job->options.title = job->title;
  job->options.author = job->author;
  /* Resolved now, so that the environment is read in the caller's thread. */
  job->options.created = ts_export_resolve_time (job->options.created);

  ts_export_run_async (ts_briefing_write_async, run_briefing_job, job,
                       (GDestroyNotify) briefing_job_free, cancellable, progress, progress_data,
                       callback, user_data);
}

gboolean
ts_briefing_write_finish (GAsyncResult  *result,
                          GError       **error)
{
  return ts_export_run_finish (result, ts_briefing_write_async, error);
}

gboolean
ts_briefing_export_file (TsDataset  *dataset,
                         TsQuery    *query,
                         GFile      *file,
                         GError    **error)
{
  g_autoptr(TsExportData) data = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      ts_export_set_file_error (error, TS_ERROR_IO, name, _("it is not a local file"));
      return FALSE;
    }

  data = ts_export_data_new (dataset, query);
  return ts_briefing_write (data, path, NULL, NULL, NULL, NULL, error);
}
