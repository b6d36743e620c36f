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
/* The height of a line of text in points: Calibri 11 (Excel's default
 * font, Carlito in LibreOffice) takes 15, Noto Sans CJK at 11 points 17. */
#define LINE_HEIGHT 15.0
#define WIDE_LINE_HEIGHT 17.0
/* Excel's highest row, in points. */
#define MAX_ROW_HEIGHT 409.0

/* Record sheets: a row per record. First the columns a reader wants
 * (TsColumn.sheet_position), wrapped and printed, one page wide; then the
 * others (ids, timestamps, precision, details, the sources as links to the
 * Sources sheet), grouped with the sheet's outline, collapsed and outside
 * the print area. */

typedef struct
{
  const TsColumn *column;
  /* -1 for the column's own cell (a TS_COLUMN_SOURCES column's titles,
   * joined); k ≥ 0 for the record's (k+1)-th source, linked; SCOPE_COLUMN
   * for the Scope column (@column is NULL). */
  int             source;
  gboolean        reader;
} SheetColumn;

/* Whether the record matched the briefing's scope or came in as linked
 * context: the last of the reader's columns. */
#define SCOPE_COLUMN (-2)
#define SCOPE_WIDTH 12

/* The width of printable ASCII characters, U+0020 to U+007E, in tenths of
 * the digit "0", the unit of column widths: the wider of Carlito's regular
 * and bold (Carlito has Calibri's metrics, Excel's default font). */
static const guint8 ascii_widths[95] = {
  4, 6, 9, 10, 10, 14, 14, 5, 6, 6, 10, 10, 5, 6, 5, 8,       /*  !"#$%&'()*+,-./ */
  10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5, 10, 10, 10, 9, /* 0-9 :;<=>? */
  18, 12, 11, 11, 12, 10, 9, 13, 12, 5, 7, 11, 8, 17, 13, 13,  /* @A-O */
  11, 14, 11, 9, 10, 13, 12, 18, 11, 10, 9, 6, 8, 6, 10, 10,   /* P-Z [\]^_ */
  6, 10, 11, 8, 11, 10, 6, 9, 11, 5, 5, 9, 5, 16, 11, 11,      /* `a-o */
  11, 11, 7, 8, 7, 11, 9, 15, 9, 9, 8, 7, 9, 7, 10,            /* p-z {|}~ */
};

/* A character's width in widths of "0": ASCII as measured; a wide one
 * (CJK, g_unichar_iswide()) two, as Noto Sans CJK draws it; any other a
 * little more than Carlito's Cyrillic letters take on average (1.04 for
 * lower case, 1.21 for capitals). */
static double
get_char_width (gunichar  c,
                gboolean *wide)
{
  if (c >= 0x20 && c < 0x7F)
    return ascii_widths[c - 0x20] / 10.0;
  if (g_unichar_iswide (c))
    {
      *wide = TRUE;
      return 2.0;
    }
  return g_unichar_isupper (c) ? 1.3 : 1.1;
}

/* How many lines a spreadsheet wraps @text into in a column @width wide:
 * libxlsxwriter cannot measure text, and a row left at the default height
 * overlaps the next in LibreOffice, or hides its text when set too low.
 *
 * A column's width counts the digit "0" of the default font (Calibri 11;
 * Carlito, its metric twin, in LibreOffice), and so does this estimate:
 * each character takes its width in "0"s (get_char_width()), a line the
 * column's width less half a "0" of padding and 3 % to spare. Lines break at
 * spaces and after a wide character, and a word longer than a line is
 * broken anywhere, as Excel and LibreOffice both do. @wide is set when the
 * text has a wide character (its lines are taller). */
typedef struct
{
  double usable; /* a line's width */
  double x;      /* the width taken on the current line */
  double word;   /* the width of the word not yet placed */
  guint  lines;
} Wrap;

/* Places the word read so far: on the current line, or the next; a word
 * longer than a line on as many as it takes. */
static void
place_word (Wrap *wrap)
{
  if (wrap->word <= 0.0)
    return;
  if (wrap->x > 0.0 && wrap->x + wrap->word > wrap->usable)
    {
      wrap->lines++;
      wrap->x = 0.0;
    }
  for (; wrap->word > wrap->usable; wrap->word -= wrap->usable)
    wrap->lines++;
  wrap->x += wrap->word;
  wrap->word = 0.0;
}

static guint
count_wrapped_lines (const char *text,
                     double      width,
                     gboolean   *wide)
{
  Wrap wrap = { MAX (1.0, (width - 0.5) / 1.03), 0.0, 0.0, 1 };

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_wide = FALSE;
      double char_width;

      if (c == '\n')
        {
          place_word (&wrap);
          wrap.lines++;
          wrap.x = 0.0;
          continue;
        }

      char_width = get_char_width (c, &is_wide);
      if (c == ' ')
        {
          place_word (&wrap);
          /* A space at the end of a line does not wrap. */
          wrap.x = MIN (wrap.x + char_width, wrap.usable);
        }
      else if (is_wide)
        {
          /* A line may break before and after it. */
          place_word (&wrap);
          wrap.word = char_width;
          place_word (&wrap);
          *wide = TRUE;
        }
      else
        wrap.word += char_width;
    }
  place_word (&wrap);

  return wrap.lines;
}

/* The height of a row whose tallest cell wraps into @lines lines. */
static double
row_height (guint    lines,
            gboolean wide)
{
  return MIN (MAX_ROW_HEIGHT, lines * (wide ? WIDE_LINE_HEIGHT : LINE_HEIGHT));
}

static void
write_cell (TsBriefingWriter *w,
            lxw_worksheet    *sheet,
            lxw_row_t         row,
            lxw_col_t         col,
            const TsColumn   *column,
            const TsCell     *cell,
            guint             flags)
{
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
      /* On the left, as its header is, clear of the text beside it. */
      _ts_briefing_write_date (w, sheet, row, col, &cell->date, FMT_TOP | FMT_LEFT);
      break;
    case TS_CELL_DATETIME:
      format = _ts_briefing_get_format (w, FMT_TOP, "yyyy-mm-dd hh:mm");
      _ts_briefing_check (w, worksheet_write_number (sheet, row, col,
                                                     cell->unix_time / 86400.0 + 25569.0,
                                                     format));
      break;
    case TS_CELL_URL:
      _ts_briefing_write_url (w, sheet, row, col, cell->text, flags);
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

static void
add_source_columns (GArray         *layout,
                    const TsColumn *column,
                    guint           n_source_columns)
{
  for (guint k = 0; k < n_source_columns; k++)
    {
      SheetColumn sheet_column = { column, k, FALSE };

      g_array_append_val (layout, sheet_column);
    }
}

/* The sheet's columns: the reader's, then the others; the sources as
 * links first among those when the reader's have their titles. */
static GArray *
lay_out_columns (TsRecordType  type,
                 guint         n_source_columns,
                 guint        *n_reader)
{
  GArray *layout = g_array_new (FALSE, FALSE, sizeof (SheetColumn));
  const TsColumn * const *columns;
  guint n_columns;
  gboolean links_added = FALSE;

  columns = ts_record_columns_get_sheet (type, &n_columns, n_reader);
  for (guint c = 0; c < *n_reader; c++)
    {
      SheetColumn sheet_column = { columns[c], -1, TRUE };

      g_array_append_val (layout, sheet_column);
    }
  {
    SheetColumn scope = { NULL, SCOPE_COLUMN, TRUE };

    g_array_append_val (layout, scope);
  }
  for (guint c = 0; c < *n_reader; c++)
    if (columns[c]->flags & TS_COLUMN_SOURCES)
      {
        add_source_columns (layout, columns[c], n_source_columns);
        links_added = TRUE;
      }
  for (guint c = *n_reader; c < n_columns; c++)
    {
      SheetColumn sheet_column = { columns[c], -1, FALSE };

      if (!(columns[c]->flags & TS_COLUMN_SOURCES))
        g_array_append_val (layout, sheet_column);
      else if (!links_added)
        add_source_columns (layout, columns[c], n_source_columns);
    }
  /* The Scope column is printed with the reader's. */
  (*n_reader)++;

  return layout;
}

static char *
dup_header (const SheetColumn *sheet_column)
{
  if (sheet_column->source == SCOPE_COLUMN)
    /* TRANSLATORS: a column header in a briefing: whether the record matched
     * the briefing's search and filters or came in as linked context */
    return g_strdup (_("Scope"));
  if (sheet_column->source >= 0)
    /* TRANSLATORS: a column header: the first, second … source of a record. */
    return g_strdup_printf (_("Source %u"), sheet_column->source + 1);
  return g_strdup (_(sheet_column->column->title));
}

/* The headers, widths and outline of the columns; the header row's height. */
static GPtrArray *
set_up_columns (TsBriefingWriter *w,
                lxw_worksheet    *sheet,
                GArray           *layout)
{
  GPtrArray *headers = g_ptr_array_new_with_free_func (g_free);
  lxw_format *wrap = _ts_briefing_get_format (w, FMT_WRAP, NULL);
  lxw_format *header_format = _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP | FMT_BOLD, NULL);
  lxw_row_col_options grouped = { .hidden = 1, .level = 1, .collapsed = 0 };
  lxw_row_col_options after_group = { .hidden = 0, .level = 0, .collapsed = 1 };
  guint header_lines = 1;
  gboolean wide = FALSE;

  for (guint c = 0; c < layout->len; c++)
    {
      const SheetColumn *sheet_column = &g_array_index (layout, SheetColumn, c);
      const TsColumn *column = sheet_column->column;
      char *header = dup_header (sheet_column);
      double width = column != NULL ? column->sheet_width : SCOPE_WIDTH;

      if (sheet_column->reader)
        {
          /* Header cells take the column's format: wrapped too. */
          _ts_briefing_check (w, worksheet_set_column (sheet, c, c, width, wrap));
          header_lines = MAX (header_lines, count_wrapped_lines (header, width, &wide));
        }
      else
        _ts_briefing_check (w, worksheet_set_column_opt (sheet, c, c, column->sheet_width,
                                                         NULL, &grouped));
      g_ptr_array_add (headers, header);
    }
  /* The button that opens the group, on the column after it. */
  _ts_briefing_check (w, worksheet_set_column_opt (sheet, layout->len, layout->len,
                                                   LXW_DEF_COL_WIDTH, NULL, &after_group));
  /* The table's header cells have no format of their own: the row's. */
  _ts_briefing_check (w, worksheet_set_row (sheet, 0, row_height (header_lines, wide),
                                            header_format));

  return headers;
}

/* The record's sources, a link each to its row on the Sources sheet (its
 * title alone when the source is not there). */
static void
write_source_link (TsBriefingWriter *w,
                   lxw_worksheet    *sheet,
                   lxw_row_t         row,
                   lxw_col_t         col,
                   TsRecord         *record,
                   guint             k)
{
  const char * const *ids = ts_record_get_source_ids (record);
  guint source_row;
  const char *title;

  for (guint i = 0; i < k; i++)
    if (ids[i] == NULL)
      return;
  if (ids[k] == NULL)
    return;

  source_row = GPOINTER_TO_UINT (g_hash_table_lookup (w->source_rows, ids[k]));
  title = ts_export_data_get_title (w->data, ids[k]);
  if (source_row > 0)
    _ts_briefing_write_link (w, sheet, row, col, w->sheet_names[TS_RECORD_TYPE_SOURCE],
                             source_row - 1, title, FMT_TOP);
  else
    _ts_briefing_write_text (w, sheet, row, col, title,
                             _ts_briefing_get_format (w, FMT_TOP, NULL));
}

/* The headlines of the record's sources, a line each; NULL for none. */
static char *
dup_source_titles (TsBriefingWriter *w,
                   TsRecord         *record)
{
  const char * const *ids = ts_record_get_source_ids (record);
  g_autoptr(GString) titles = NULL;

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  titles = g_string_new (NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (titles, '\n');
      g_string_append (titles, ts_export_data_get_title (w->data, ids[i]));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* Writes a record's row; returns the lines its tallest reader's cell wraps
 * into. */
static guint
write_record_row (TsBriefingWriter      *w,
                  lxw_worksheet         *sheet,
                  lxw_row_t              row,
                  GArray                *layout,
                  const TsColumnContext *context,
                  TsRecord              *record,
                  gboolean              *wide)
{
  guint lines = 1;

  for (guint c = 0; c < layout->len; c++)
    {
      const SheetColumn *sheet_column = &g_array_index (layout, SheetColumn, c);
      const TsColumn *column = sheet_column->column;
      TsCell cell = TS_CELL_INIT;
      guint flags = FMT_TOP;

      if (sheet_column->source >= 0)
        {
          write_source_link (w, sheet, row, c, record, sheet_column->source);
          continue;
        }
      if (sheet_column->source == SCOPE_COLUMN)
        {
          _ts_briefing_write_text (w, sheet, row, c,
                                   ts_export_data_is_linked (w->data, record)
                                   ? w->scope_linked : w->scope_matched,
                                   _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP, NULL));
          continue;
        }

      if (column->flags & TS_COLUMN_DISPLAY_NAME)
        {
          /* The record's own string, written without a copy. */
          const char *name = ts_record_get_display_name (record);

          if (sheet_column->reader && name != NULL)
            {
              flags |= FMT_WRAP;
              lines = MAX (lines, count_wrapped_lines (name, column->sheet_width, wide));
            }
          _ts_briefing_write_text (w, sheet, row, c, name, _ts_briefing_get_format (w, flags, NULL));
          continue;
        }

      if (column->flags & TS_COLUMN_SOURCES)
        {
          /* The headlines, one a line: they read as a list on paper. */
          cell.text = dup_source_titles (w, record);
          cell.kind = cell.text != NULL ? TS_CELL_TEXT : TS_CELL_EMPTY;
        }
      else
        column->fill (context, record, &cell);

      /* The reader's columns wrap their text, to be read whole on paper;
       * the others keep to one line. */
      if (sheet_column->reader && cell.text != NULL)
        {
          flags |= FMT_WRAP;
          lines = MAX (lines, count_wrapped_lines (cell.text, column->sheet_width, wide));
        }
      write_cell (w, sheet, row, c, column, &cell, flags);
      ts_cell_clear (&cell);
    }

  return lines;
}

/* @text for a page's header: at most @max_chars characters, ending in "…"
 * when cut, with "&" escaped as "&&". */
static char *
dup_header_text (const char *text,
                 glong       max_chars)
{
  g_autofree char *safe = ts_export_text_sanitize (text, TS_EXPORT_CELL_MAX);
  g_auto(GStrv) parts = NULL;

  if (g_utf8_strlen (safe, -1) > max_chars)
    {
      g_autofree char *cut = g_utf8_substring (safe, 0, max_chars - 1);

      g_free (safe);
      safe = g_strconcat (cut, "…", NULL);
    }
  parts = g_strsplit (safe, "&", -1);
  return g_strjoinv ("&&", parts);
}

/* The page's header: the briefing's title on the left, its scope on the
 * right, each cut to leave room within Excel's 255 characters. */
static void
set_page_header (TsBriefingWriter *w,
                 lxw_worksheet    *sheet)
{
  g_autofree char *title = dup_header_text (w->title, 80);
  g_autofree char *scope = dup_header_text (ts_export_data_get_scope (w->data), 100);
  g_autofree char *header = g_strdup_printf ("&L&\"-,Bold\"%s&R%s", title, scope);

  if (g_utf8_strlen (header, -1) <= LXW_HEADER_FOOTER_MAX)
    _ts_briefing_check (w, worksheet_set_header (sheet, header));
}

gboolean
_ts_briefing_write_record_sheet (TsBriefingWriter  *w,
                                 TsRecordType       type,
                                 GError           **error)
{
  lxw_worksheet *sheet = w->sheets[type];
  GPtrArray *records = ts_export_data_get_records (w->data, type);
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GArray) layout = NULL;
  g_autofree char *table_name = NULL;
  guint n_source_columns = count_source_columns (records);
  guint n_reader = 0;
  TsColumnContext context;

  /* Only types with records in scope have a sheet. */
  if (sheet == NULL)
    return TRUE;

  /* TRANSLATORS: in a briefing's Scope column: the record is there because
   * a record in scope links to it */
  w->scope_linked = C_("scope", "Linked");
  /* TRANSLATORS: in a briefing's Scope column: the record matches the
   * briefing's search and filters */
  w->scope_matched = C_("scope", "Matched");
  layout = lay_out_columns (type, n_source_columns, &n_reader);
  ts_export_data_init_column_context (w->data, &context);
  headers = set_up_columns (w, sheet, layout);

  for (guint i = 0; i < records->len; i++)
    {
      lxw_row_t row = i + 1;
      gboolean wide = FALSE;
      guint lines;

      if (ts_export_check_cancelled (w->cancellable, w->path, error))
        return FALSE;

      lines = write_record_row (w, sheet, row, layout, &context, records->pdata[i], &wide);
      _ts_briefing_check (w, worksheet_set_row (sheet, row, row_height (lines, wide), NULL));
      _ts_briefing_step (w);
    }

  table_name = g_strdup_printf ("Table_%s", ts_record_type_to_string (type));
  _ts_briefing_add_table (w, sheet, 0, records->len, headers,
                          _ts_briefing_keep_string (w, g_steal_pointer (&table_name)));
  /* The header row, and the first column to its left. */
  worksheet_freeze_panes (sheet, 1, 1);
  _ts_briefing_set_up_printing (w, sheet, TRUE);
  set_page_header (w, sheet);
  _ts_briefing_check (w, worksheet_print_area (sheet, 0, 0, MAX (records->len, 1),
                                               n_reader - 1));
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

  /* What each column of the sheets there are means. */
  first = row;
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const TsColumn * const *columns;
      guint n_columns;

      if (w->sheets[type] == NULL)
        continue;
      columns = ts_record_columns_get_sheet (type, &n_columns, NULL);
      for (guint c = 0; c < n_columns; c++)
        {
          row++;
          _ts_briefing_write_text (w, sheet, row, 0, w->sheet_names[type], top);
          _ts_briefing_write_text (w, sheet, row, 1, _(columns[c]->title), wrap);
          _ts_briefing_write_text (w, sheet, row, 2, _(columns[c]->meaning), wrap);
          if (columns[c]->flags & TS_COLUMN_SOURCES)
            {
              g_autofree char *first_header = g_strdup_printf (_("Source %u"), 1);
              g_autofree char *header = g_strdup_printf ("%s, …", first_header);

              row++;
              _ts_briefing_write_text (w, sheet, row, 0, w->sheet_names[type], top);
              _ts_briefing_write_text (w, sheet, row, 1, header, wrap);
              _ts_briefing_write_text (w, sheet, row, 2, _(columns[c]->meaning), wrap);
            }
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
  /* Not printed unless asked: a print area of one empty cell, which
   * LibreOffice skips as an empty page. */
  if (!w->print_definitions)
    {
      _ts_briefing_write_text (w, sheet, row + 1, 0,
                               _("This sheet is not printed with the others: to print it, "
                                 "clear its print area."),
                               _ts_briefing_get_format (w, FMT_MUTED, NULL));
      _ts_briefing_check (w, worksheet_print_area (sheet, 0, 3, 0, 3));
    }
}

