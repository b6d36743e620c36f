/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ts-briefing.h"
#include "ts-briefing-private.h"
#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-export-stderr.h"
#include "ts-export-text.h"
#include "ts-i18n.h"

/* Excel's first correct serial date is 1 March 1900 (61): it believes 1900
 * was a leap year. */
#define FIRST_SAFE_SERIAL 61
/* Excel refuses longer URLs. */
#define MAX_URL_LENGTH 2079

/* Formats and safe cell writers, shared by the parts (ts-briefing-private.h) */

const char *
_ts_briefing_keep_string (TsBriefingWriter *w,
                          char             *string)
{
  g_ptr_array_add (w->keep, string);
  return string;
}

gboolean
_ts_briefing_check (TsBriefingWriter *w,
                    lxw_error         error)
{
  if (error != LXW_NO_ERROR && w->lxw_error == LXW_NO_ERROR)
    w->lxw_error = error;
  return error == LXW_NO_ERROR;
}

/* A format with a number format: found by the string's address first (the
 * callers pass constants), then by its text. */
typedef struct
{
  guint       flags;
  const void *address;    /* the caller's string, compared, never read */
  const char *num_format; /* a copy */
  lxw_format *format;
} NumFormat;

static lxw_format *
find_num_format (TsBriefingWriter *w,
                 guint             flags,
                 const char       *num_format)
{
  for (guint i = 0; i < w->num_formats->len; i++)
    {
      NumFormat *entry = &g_array_index (w->num_formats, NumFormat, i);

      if (entry->flags == flags && entry->address == num_format)
        return entry->format;
    }
  for (guint i = 0; i < w->num_formats->len; i++)
    {
      NumFormat *entry = &g_array_index (w->num_formats, NumFormat, i);

      if (entry->flags == flags && strcmp (entry->num_format, num_format) == 0)
        return entry->format;
    }
  return NULL;
}

lxw_format *
_ts_briefing_get_format (TsBriefingWriter *w,
                         guint             flags,
                         const char       *num_format)
{
  lxw_format *format;

  g_return_val_if_fail (flags < G_N_ELEMENTS (w->formats), NULL);

  /* Made once per style, then found without building a key. */
  format = num_format == NULL ? w->formats[flags] : find_num_format (w, flags, num_format);
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
    {
      NumFormat entry = { flags, num_format, _ts_briefing_keep_string (w, g_strdup (num_format)),
                          format };

      format_set_num_format (format, num_format);
      g_array_append_val (w->num_formats, entry);
    }
  else
    w->formats[flags] = format;

  return format;
}

void
_ts_briefing_step (TsBriefingWriter *w)
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

/* "internal:'Sheet name'!A", to which a link adds its row's number: made
 * once per sheet. */
static const char *
get_link_prefix (TsBriefingWriter *w,
                 const char       *sheet_name)
{
  const char *prefix = g_hash_table_lookup (w->link_prefixes, sheet_name);

  if (prefix == NULL)
    {
      g_autofree char *quoted = quote_sheet_name (sheet_name);
      char *made = g_strdup_printf ("internal:%s!A", quoted);

      g_hash_table_insert (w->link_prefixes, g_strdup (sheet_name), made);
      prefix = made;
    }
  return prefix;
}

/* Safe cell writers: text is always a string (never a formula), valid UTF-8
 * and within Excel's limit; "" is never passed to libxlsxwriter. */

void
_ts_briefing_write_text (TsBriefingWriter *w,
                         lxw_worksheet    *sheet,
                         lxw_row_t         row,
                         lxw_col_t         col,
                         const char       *text,
                         lxw_format       *format)
{
  g_autofree char *sanitized = NULL;

  if (text == NULL || text[0] == '\0')
    {
      if (format != NULL)
        _ts_briefing_check (w, worksheet_write_blank (sheet, row, col, format));
      return;
    }

  /* Copied only when it must change (libxlsxwriter copies it anyway). */
  text = ts_export_text_make_safe (text, TS_EXPORT_CELL_MAX, &sanitized);
  _ts_briefing_check (w, worksheet_write_string (sheet, row, col, text, format));
}

static guint32
date_serial (TsBriefingWriter *w,
             const TsDate     *date)
{
  guint32 julian = ts_date_get_first_julian (date);

  return julian > w->serial_epoch ? julian - w->serial_epoch : 0;
}

/* The date as the dataset writes it ("2023-05-25", "2023-05~", "..2023"),
 * but as a real date: Excel sorts and filters it. */
static const char *
date_num_format (const TsDate *date)
{
  /* By precision (day, month, year), then qualifier (none, about, before,
   * after): constants, so that the format is found by address. */
  static const char * const formats[3][4] = {
    { "yyyy-mm-dd", "yyyy-mm-dd\"~\"", "\"..\"yyyy-mm-dd", "yyyy-mm-dd\"..\"" },
    { "yyyy-mm", "yyyy-mm\"~\"", "\"..\"yyyy-mm", "yyyy-mm\"..\"" },
    { "yyyy", "yyyy\"~\"", "\"..\"yyyy", "yyyy\"..\"" },
  };
  guint precision;
  guint qualifier;

  switch ((TsDatePrecision) date->precision)
    {
    case TS_DATE_PRECISION_YEAR:
      precision = 2;
      break;
    case TS_DATE_PRECISION_MONTH:
      precision = 1;
      break;
    case TS_DATE_PRECISION_DAY:
    case TS_DATE_PRECISION_NONE:
    default:
      precision = 0;
      break;
    }

  switch ((TsDateQualifier) date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      qualifier = 1;
      break;
    case TS_DATE_QUALIFIER_BEFORE:
      qualifier = 2;
      break;
    case TS_DATE_QUALIFIER_AFTER:
      qualifier = 3;
      break;
    case TS_DATE_QUALIFIER_NONE:
    default:
      qualifier = 0;
      break;
    }
  return formats[precision][qualifier];
}

void
_ts_briefing_write_date (TsBriefingWriter *w,
                         lxw_worksheet    *sheet,
                         lxw_row_t         row,
                         lxw_col_t         col,
                         const TsDate     *date,
                         guint             flags)
{
  guint32 serial;
  lxw_format *format;

  if (date == NULL || !ts_date_is_set (date))
    return;

  /* One of several days reads as people write it ("7 or 8 Sep 2023"):
   * no number format shows more than one day. */
  if (date->precision == TS_DATE_PRECISION_DAYS)
    {
      g_autofree char *text = ts_date_format (date);

      _ts_briefing_write_text (w, sheet, row, col, text,
                               _ts_briefing_get_format (w, flags, NULL));
      return;
    }

  serial = date_serial (w, date);
  if (serial < FIRST_SAFE_SERIAL)
    {
      g_autofree char *text = ts_date_to_string (date);

      _ts_briefing_write_text (w, sheet, row, col, text,
                               _ts_briefing_get_format (w, flags, NULL));
      return;
    }

  format = _ts_briefing_get_format (w, flags, date_num_format (date));
  _ts_briefing_check (w, worksheet_write_number (sheet, row, col, serial, format));
}

/* Whether libxlsxwriter takes one more link on @sheet and @url (NULL for a
 * link inside the workbook) as it is: what it refuses it also prints on
 * stderr, once a cell, so it is never asked. A link past Excel's limit on
 * a sheet is counted, for the one notice that says so. */
static gboolean
can_link (TsBriefingWriter *w,
          lxw_worksheet    *sheet,
          const char       *url)
{
  gsize escaped = 0;

  /* worksheet_write_url_opt() refuses links beyond LXW_MAX_NUMBER_URLS. */
  if (sheet->hlink_count > LXW_MAX_NUMBER_URLS - 1)
    {
      w->n_links_as_text++;
      return FALSE;
    }
  if (url == NULL)
    return TRUE;

  /* Excel's limit is on the URL as written, with " <>[]`^{}%" escaped as
   * "%XX" (and the anchor after '#' apart): counted here as if every one
   * of them was, and in bytes, never fewer than characters. */
  for (const char *p = url; *p != '\0'; p++)
    escaped += strchr (" \"<>[]`^{}%", *p) != NULL ? 3 : 1;
  return escaped <= MAX_URL_LENGTH && escaped <= sheet->max_url_length;
}

void
_ts_briefing_write_url (TsBriefingWriter *w,
                        lxw_worksheet    *sheet,
                        lxw_row_t         row,
                        lxw_col_t         col,
                        const char       *url,
                        guint             flags)
{
  if (ts_export_is_web_url (url) && g_utf8_validate (url, -1, NULL) && can_link (w, sheet, url))
    {
      lxw_error error = worksheet_write_url (sheet, row, col, url,
                                             _ts_briefing_get_format (w, flags | FMT_LINK, NULL));

      if (error == LXW_NO_ERROR)
        return;
      /* Too many links on the sheet, or a URL Excel refuses: keep the text. */
    }

  _ts_briefing_write_text (w, sheet, row, col, url, _ts_briefing_get_format (w, flags, NULL));
}

void
_ts_briefing_write_link (TsBriefingWriter *w,
                         lxw_worksheet    *sheet,
                         lxw_row_t         row,
                         lxw_col_t         col,
                         const char       *target_sheet,
                         guint             target_row,
                         const char       *text,
                         guint             flags)
{
  const char *prefix = get_link_prefix (w, target_sheet);
  g_autofree char *sanitized = NULL;
  const char *safe = ts_export_text_make_safe (text, TS_EXPORT_CELL_MAX, &sanitized);
  char stack_link[256];
  g_autofree char *heap_link = NULL;
  const char *link = stack_link;

  /* libxlsxwriter copies the link: built on the stack when it fits. */
  if (g_snprintf (stack_link, sizeof stack_link, "%s%u", prefix, target_row + 1)
      >= (int) sizeof stack_link)
    link = heap_link = g_strdup_printf ("%s%u", prefix, target_row + 1);

  if (safe[0] == '\0' || !can_link (w, sheet, NULL)
      || worksheet_write_url_opt (sheet, row, col, link,
                                  _ts_briefing_get_format (w, flags | FMT_LINK, NULL),
                                  safe, NULL) != LXW_NO_ERROR)
    _ts_briefing_write_text (w, sheet, row, col, text, _ts_briefing_get_format (w, flags, NULL));
}

void
_ts_briefing_set_up_printing (TsBriefingWriter *w,
                              lxw_worksheet    *sheet,
                              gboolean          repeat_header)
{
  /* TRANSLATORS: the page footer of a printed briefing; the two %s are the
   * page number and the number of pages. */
  g_autofree char *pages = g_strdup_printf (_("Page %s of %s"), "&P", "&N");
  g_autofree char *footer = g_strdup_printf ("&L&A&R%s", pages);

  worksheet_set_landscape (sheet);
  /* A4, with narrow side margins: wider columns, larger print. */
  worksheet_set_paper (sheet, 9);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.75, 0.75);
  worksheet_fit_to_pages (sheet, 1, 0);
  if (repeat_header)
    _ts_briefing_check (w, worksheet_repeat_rows (sheet, 0, 0));
  if (strlen (footer) < 255)
    _ts_briefing_check (w, worksheet_set_footer (sheet, footer));
}

void
_ts_briefing_add_table (TsBriefingWriter *w,
                        lxw_worksheet    *sheet,
                        lxw_row_t         first_row,
                        lxw_row_t         last_row,
                        GPtrArray        *headers,
                        const char       *name)
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

      columns[i].header = (char *) _ts_briefing_keep_string (w, header);
      column_ptrs[i] = &columns[i];
    }

  options.name = (char *) name;
  options.columns = column_ptrs;
  _ts_briefing_check (w, worksheet_add_table (sheet, first_row, 0, last_row, headers->len - 1,
                                              &options));
}

/* The workbook */

static void
set_properties (TsBriefingWriter *w)
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
  _ts_briefing_check (w, workbook_set_properties (w->workbook, &properties));
}

static gboolean
add_sheets (TsBriefingWriter  *w,
            GError           **error)
{
  /* English names are the fallback when a translation makes an unusable one. */
  w->cover_name = ts_export_sheet_name (_("Cover"), "Cover", w->taken_names);
  w->cover = workbook_add_worksheet (w->workbook, w->cover_name);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const char *english[] = { "Meetings", "Agreements", "Projects", "People",
                                "Organizations", "Places", "Sources", "Figures" };

      /* A type with no records in scope has no sheet. */
      if (ts_export_data_get_records (w->data, type)->len == 0)
        continue;
      w->sheet_names[type] = ts_export_sheet_name (ts_record_type_get_plural (type),
                                                   english[type], w->taken_names);
      w->sheets[type] = workbook_add_worksheet (w->workbook, w->sheet_names[type]);
      if (w->sheets[type] == NULL)
        {
          ts_export_set_file_error (error, TS_FILE_ERROR_FAILED, w->path,
                                    _("a sheet could not be added"));
          return FALSE;
        }
    }
  w->definitions_name = ts_export_sheet_name (_("Definitions"), "Definitions", w->taken_names);
  w->definitions = workbook_add_worksheet (w->workbook, w->definitions_name);

  if (w->cover == NULL || w->definitions == NULL)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_FAILED, w->path,
                                _("a sheet could not be added"));
      return FALSE;
    }
  return TRUE;
}

static void
index_sources (TsBriefingWriter *w)
{
  GPtrArray *sources = ts_export_data_get_records (w->data, TS_RECORD_TYPE_SOURCE);

  for (guint i = 0; i < sources->len; i++)
    /* Data rows start below the header: row i + 1, stored plus one. */
    g_hash_table_insert (w->source_rows, (gpointer) ts_record_get_id (sources->pdata[i]),
                         GUINT_TO_POINTER (i + 2));
}

static void
writer_clear (TsBriefingWriter *w)
{
  g_clear_pointer (&w->workbook, lxw_workbook_free);
  g_clear_pointer (&w->taken_names, g_hash_table_unref);
  g_clear_pointer (&w->num_formats, g_array_unref);
  g_clear_pointer (&w->link_prefixes, g_hash_table_unref);
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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TsBriefingWriter, writer_clear)

/* What the reader of the briefing should know about it; NULL if nothing. */
static char *
dup_notice (TsBriefingWriter *w)
{
  if (w->n_links_as_text == 0)
    return NULL;

  /* Translators: the first %u is a number of links, the second Excel's
   * limit (65530) */
  return g_strdup_printf (ngettext ("%u link was written as plain text: Excel allows at most "
                                    "%u links on a sheet",
                                    "%u links were written as plain text: Excel allows at most "
                                    "%u links on a sheet",
                                    w->n_links_as_text),
                          w->n_links_as_text, LXW_MAX_NUMBER_URLS);
}

static gboolean
write_briefing (TsExportData             *data,
                const char               *path,
                const TsBriefingOptions  *options,
                GCancellable             *cancellable,
                TsExportProgressFunc      progress,
                gpointer                  progress_data,
                GError                  **error)
{
  g_autoptr(TsExportFile) file = NULL;
  g_auto(TsBriefingWriter) w = { 0 };
  lxw_workbook_options workbook_options = { 0 };
  g_autofree char *said = NULL;
  GDate epoch;
  lxw_error close_error;
  int saved_errno;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The first briefing loads libxlsxwriter (ts-xlsx-lib.h). */
  if (!ts_xlsx_lib_load (path, error))
    return FALSE;

  /* The data's sorting and linked context, in this thread when the
   * caller left them to it (ts_export_data_snapshot()). */
  ts_export_data_prepare (data);
  /* Timing marks for tests/bench-export-window. */
  g_debug ("mark: data prepared");

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
  w.print_definitions = options != NULL && options->print_definitions;
  w.taken_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.num_formats = g_array_new (FALSE, FALSE, sizeof (NumFormat));
  w.link_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path,
                                _("the workbook could not be created"));
      return FALSE;
    }

  if (!add_sheets (&w, error))
    return FALSE;
  index_sources (&w);
  set_properties (&w);

  _ts_briefing_write_cover (&w);
  g_debug ("mark: cover written");
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    if (!_ts_briefing_write_record_sheet (&w, type, error))
      return FALSE;
  _ts_briefing_write_definitions (&w);
  g_debug ("mark: sheets written");

  if (w.lxw_error != LXW_NO_ERROR)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_FAILED, path, lxw_strerror (w.lxw_error));
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
  g_debug ("mark: workbook closed");
  if (said != NULL)
    g_debug ("libxlsxwriter said: %s", g_strchomp (said));
  if (close_error != LXW_NO_ERROR)
    {

      /* The system's reason ("No space left on device") says more than
       * libxlsxwriter's ("Zip generic error"). */
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path,
                                saved_errno != 0 ? g_strerror (saved_errno)
                                                 : lxw_strerror (close_error));
      return FALSE;
    }

  if (!ts_export_file_commit (file, error))
    return FALSE;

  if (options != NULL && options->notice != NULL)
    *options->notice = dup_notice (&w);

  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

gboolean
ts_briefing_write (TsExportData             *data,
                   const char               *path,
                   const TsBriefingOptions  *options,
                   GCancellable             *cancellable,
                   TsExportProgressFunc      progress,
                   gpointer                  progress_data,
                   GError                  **error)
{
  gboolean written;

  /* The language held for the whole briefing, as the CSV's rows and the
   * map's scene hold it: the names' languages read from the environment
   * once, and each message of a cell (a column's title, a level, a kind)
   * translated once, rather than by gettext for every cell. */
  ts_i18n_hold ();
  written = write_briefing (data, path, options, cancellable, progress, progress_data, error);
  ts_i18n_release ();
  return written;
}

/* In a thread */

typedef struct
{
  TsExportData      *data;
  char              *path;
  char              *title;
  char              *author;
  char              *notice;
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
  g_free (job->notice);
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
  gboolean written = ts_briefing_write (job->data, job->path, &job->options, cancellable,
                                        progress, progress_data, error);

  /* Let go of here, in the worker: the last reference to a snapshot frees
   * a reference to every record of the dataset and the lookup, some
   * milliseconds the window's main loop would otherwise spend. */
  g_clear_pointer (&job->data, ts_export_data_unref);
  return written;
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
      job->options.print_definitions = options->print_definitions;
      if (options->basemap != NULL)
        job->options.basemap = g_object_ref (options->basemap);
    }
  job->options.title = job->title;
  job->options.author = job->author;
  job->options.notice = &job->notice;
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

char *
ts_briefing_write_dup_notice (GAsyncResult *result)
{
  BriefingJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ts_briefing_write_async,
                        NULL);

  job = ts_export_run_get_job (result);
  return g_strdup (job->notice);
}

gboolean
ts_briefing_export_data (TsExportData  *data,
                         GFile         *file,
                         char         **notice,
                         GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  TsBriefingOptions options = { .notice = notice };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      ts_export_set_file_error (error, TS_FILE_ERROR_IO, name, _("it is not a local file"));
      return FALSE;
    }

  return ts_briefing_write (data, path, &options, NULL, NULL, NULL, error);
}

gboolean
ts_briefing_export_file (TsDataset  *dataset,
                         TsQuery    *query,
                         GFile      *file,
                         char      **notice,
                         GError    **error)
{
  g_autoptr(TsExportData) data = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = ts_export_data_new (dataset, query);
  return ts_briefing_export_data (data, file, notice, error);
}
