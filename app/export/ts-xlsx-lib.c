/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libxlsxwriter loaded when a briefing is first written (ts-xlsx-lib.h). */
#define TS_XLSX_LIB_NO_NAMES

#include "config.h"

#include <glib/gi18n.h>

#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-lazy-library.h"
#include "ts-xlsx-lib.h"

TsXlsxLibFunctions ts_xlsx_lib_functions;

#define SYMBOL(name) { #name, G_STRUCT_OFFSET (TsXlsxLibFunctions, name) }

static const TsLazySymbol xlsx_symbols[] = {
  SYMBOL (chart_add_series),
  SYMBOL (chart_axis_set_display_units),
  SYMBOL (chart_axis_set_major_unit),
  SYMBOL (chart_axis_set_num_format),
  SYMBOL (chart_legend_set_position),
  SYMBOL (chart_series_set_categories),
  SYMBOL (chart_series_set_name_range),
  SYMBOL (chart_series_set_values),
  SYMBOL (chart_title_off),
  SYMBOL (chart_title_set_name),
  SYMBOL (chart_title_set_name_font),
  SYMBOL (format_set_align),
  SYMBOL (format_set_bold),
  SYMBOL (format_set_bottom),
  SYMBOL (format_set_font_color),
  SYMBOL (format_set_font_size),
  SYMBOL (format_set_hyperlink),
  SYMBOL (format_set_num_format),
  SYMBOL (format_set_text_wrap),
  SYMBOL (lxw_strerror),
  SYMBOL (lxw_workbook_free),
  SYMBOL (lxw_worksheet_find_row),
  SYMBOL (workbook_add_chart),
  SYMBOL (workbook_add_format),
  SYMBOL (workbook_add_worksheet),
  SYMBOL (workbook_close),
  SYMBOL (workbook_new_opt),
  SYMBOL (workbook_set_properties),
  SYMBOL (worksheet_activate),
  SYMBOL (worksheet_add_table),
  SYMBOL (worksheet_fit_to_pages),
  SYMBOL (worksheet_freeze_panes),
  SYMBOL (worksheet_gridlines),
  SYMBOL (worksheet_insert_chart_opt),
  SYMBOL (worksheet_insert_image_buffer_opt),
  SYMBOL (worksheet_merge_range),
  SYMBOL (worksheet_print_area),
  SYMBOL (worksheet_repeat_rows),
  SYMBOL (worksheet_set_column),
  SYMBOL (worksheet_set_column_opt),
  SYMBOL (worksheet_set_first_sheet),
  SYMBOL (worksheet_set_footer),
  SYMBOL (worksheet_set_header),
  SYMBOL (worksheet_set_landscape),
  SYMBOL (worksheet_set_margins),
  SYMBOL (worksheet_set_paper),
  SYMBOL (worksheet_set_row),
  SYMBOL (worksheet_write_blank),
  SYMBOL (worksheet_write_number),
  SYMBOL (worksheet_write_string),
  SYMBOL (worksheet_write_url),
  SYMBOL (worksheet_write_url_opt),
};

G_STATIC_ASSERT (G_N_ELEMENTS (xlsx_symbols) * sizeof (gpointer) == sizeof (TsXlsxLibFunctions));

static char *
describe_failure (const char *soname,
                  const char *detail)
{
  /* Translators: the first %s is the library's file name
   * (libxlsxwriter.so.4), the second why the system could not load it. */
  return g_strdup_printf (_("briefings need libxlsxwriter (%s), which could not be "
                            "loaded: %s. Install libxlsxwriter (the package "
                            "libxlsxwriter4 on Debian and Ubuntu)"),
                          soname, detail);
}

static TsLazyLibrary xlsx_library = {
  xlsx_symbols, G_N_ELEMENTS (xlsx_symbols), &ts_xlsx_lib_functions,
  sizeof ts_xlsx_lib_functions, describe_failure,
};

gboolean
_ts_xlsx_lib_load_library (const char  *soname,
                           const char  *path,
                           GError     **error)
{
  const char *failure = ts_lazy_library_load (&xlsx_library, soname);

  if (failure != NULL)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_FAILED, path, failure);
      return FALSE;
    }
  return TRUE;
}

gboolean
ts_xlsx_lib_load (const char  *path,
                  GError     **error)
{
  return _ts_xlsx_lib_load_library (TS_XLSX_LIB_SONAME, path, error);
}
