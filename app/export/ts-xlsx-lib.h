/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libxlsxwriter, loaded when a briefing is first written rather than
 * linked, as the store's libpq is (app/store/ts-pq.h): the window, and
 * every command but a briefing's, never map it, nor the zip and crypto
 * libraries it brings (OpenSSL's libcrypto in Debian's build), whose
 * thousands of symbols the dynamic loader would otherwise bind before
 * main () and search on behalf of every library loaded later (the
 * start-up paragraph of the README's Performance section).
 *
 * ts_xlsx_lib_load () opens the library with local binding and resolves,
 * once per process and thread-safely, every function the briefing calls
 * into ts_xlsx_lib_functions. Below, each of those functions' names
 * stands for its entry in the table, so that the briefing's code calls
 * worksheet_write_string (…) as it reads; xlsxwriter.h gives the types,
 * constants and prototypes, and nothing links the library itself: a call
 * through a name missing here is an undefined reference when the program
 * links. Call one only after ts_xlsx_lib_load () returned TRUE. */

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* The library's name, as the dynamic loader finds it (its soname): the
 * version built against says which (the system's, or in the Flatpak the
 * one built into /app/lib). */
#define TS_XLSX_LIB_SONAME "libxlsxwriter.so." LXW_SOVERSION

typedef struct
{
  __typeof__ (chart_add_series)                  *chart_add_series;
  __typeof__ (chart_axis_set_display_units)      *chart_axis_set_display_units;
  __typeof__ (chart_axis_set_major_unit)         *chart_axis_set_major_unit;
  __typeof__ (chart_axis_set_num_format)         *chart_axis_set_num_format;
  __typeof__ (chart_legend_set_position)         *chart_legend_set_position;
  __typeof__ (chart_series_set_categories)       *chart_series_set_categories;
  __typeof__ (chart_series_set_name_range)       *chart_series_set_name_range;
  __typeof__ (chart_series_set_values)           *chart_series_set_values;
  __typeof__ (chart_title_off)                   *chart_title_off;
  __typeof__ (chart_title_set_name)              *chart_title_set_name;
  __typeof__ (chart_title_set_name_font)         *chart_title_set_name_font;
  __typeof__ (format_set_align)                  *format_set_align;
  __typeof__ (format_set_bold)                   *format_set_bold;
  __typeof__ (format_set_bottom)                 *format_set_bottom;
  __typeof__ (format_set_font_color)             *format_set_font_color;
  __typeof__ (format_set_font_size)              *format_set_font_size;
  __typeof__ (format_set_hyperlink)              *format_set_hyperlink;
  __typeof__ (format_set_num_format)             *format_set_num_format;
  __typeof__ (format_set_text_wrap)              *format_set_text_wrap;
  __typeof__ (lxw_strerror)                      *lxw_strerror;
  __typeof__ (lxw_workbook_free)                 *lxw_workbook_free;
  __typeof__ (lxw_worksheet_find_row)            *lxw_worksheet_find_row;
  __typeof__ (workbook_add_chart)                *workbook_add_chart;
  __typeof__ (workbook_add_format)               *workbook_add_format;
  __typeof__ (workbook_add_worksheet)            *workbook_add_worksheet;
  __typeof__ (workbook_close)                    *workbook_close;
  __typeof__ (workbook_new_opt)                  *workbook_new_opt;
  __typeof__ (workbook_set_properties)           *workbook_set_properties;
  __typeof__ (worksheet_activate)                *worksheet_activate;
  __typeof__ (worksheet_add_table)               *worksheet_add_table;
  __typeof__ (worksheet_fit_to_pages)            *worksheet_fit_to_pages;
  __typeof__ (worksheet_freeze_panes)            *worksheet_freeze_panes;
  __typeof__ (worksheet_gridlines)               *worksheet_gridlines;
  __typeof__ (worksheet_insert_chart_opt)        *worksheet_insert_chart_opt;
  __typeof__ (worksheet_insert_image_buffer_opt) *worksheet_insert_image_buffer_opt;
  __typeof__ (worksheet_merge_range)             *worksheet_merge_range;
  __typeof__ (worksheet_print_area)              *worksheet_print_area;
  __typeof__ (worksheet_repeat_rows)             *worksheet_repeat_rows;
  __typeof__ (worksheet_set_column)              *worksheet_set_column;
  __typeof__ (worksheet_set_column_opt)          *worksheet_set_column_opt;
  __typeof__ (worksheet_set_first_sheet)         *worksheet_set_first_sheet;
  __typeof__ (worksheet_set_footer)              *worksheet_set_footer;
  __typeof__ (worksheet_set_header)              *worksheet_set_header;
  __typeof__ (worksheet_set_landscape)           *worksheet_set_landscape;
  __typeof__ (worksheet_set_margins)             *worksheet_set_margins;
  __typeof__ (worksheet_set_paper)               *worksheet_set_paper;
  __typeof__ (worksheet_set_row)                 *worksheet_set_row;
  __typeof__ (worksheet_write_blank)             *worksheet_write_blank;
  __typeof__ (worksheet_write_number)            *worksheet_write_number;
  __typeof__ (worksheet_write_string)            *worksheet_write_string;
  __typeof__ (worksheet_write_url)               *worksheet_write_url;
  __typeof__ (worksheet_write_url_opt)           *worksheet_write_url_opt;
} TsXlsxLibFunctions;

/* Filled by ts_xlsx_lib_load (); read it only through the names below. */
extern TsXlsxLibFunctions ts_xlsx_lib_functions;

/* Loads libxlsxwriter (TS_XLSX_LIB_SONAME) the first time; FALSE, with a
 * TS_FILE_ERROR_FAILED error about @path that names the library and what
 * to install, when it cannot be (then and on every later call). */
gboolean ts_xlsx_lib_load           (const char  *path,
                                     GError     **error);

/* ts_xlsx_lib_load () of @soname instead: whichever of the two runs first
 * in a process loads the library for all. For the tests. */
gboolean _ts_xlsx_lib_load_library  (const char  *soname,
                                     const char  *path,
                                     GError     **error);

#ifndef TS_XLSX_LIB_NO_NAMES
#define chart_add_series                  (ts_xlsx_lib_functions.chart_add_series)
#define chart_axis_set_display_units      (ts_xlsx_lib_functions.chart_axis_set_display_units)
#define chart_axis_set_major_unit         (ts_xlsx_lib_functions.chart_axis_set_major_unit)
#define chart_axis_set_num_format         (ts_xlsx_lib_functions.chart_axis_set_num_format)
#define chart_legend_set_position         (ts_xlsx_lib_functions.chart_legend_set_position)
#define chart_series_set_categories       (ts_xlsx_lib_functions.chart_series_set_categories)
#define chart_series_set_name_range       (ts_xlsx_lib_functions.chart_series_set_name_range)
#define chart_series_set_values           (ts_xlsx_lib_functions.chart_series_set_values)
#define chart_title_off                   (ts_xlsx_lib_functions.chart_title_off)
#define chart_title_set_name              (ts_xlsx_lib_functions.chart_title_set_name)
#define chart_title_set_name_font         (ts_xlsx_lib_functions.chart_title_set_name_font)
#define format_set_align                  (ts_xlsx_lib_functions.format_set_align)
#define format_set_bold                   (ts_xlsx_lib_functions.format_set_bold)
#define format_set_bottom                 (ts_xlsx_lib_functions.format_set_bottom)
#define format_set_font_color             (ts_xlsx_lib_functions.format_set_font_color)
#define format_set_font_size              (ts_xlsx_lib_functions.format_set_font_size)
#define format_set_hyperlink              (ts_xlsx_lib_functions.format_set_hyperlink)
#define format_set_num_format             (ts_xlsx_lib_functions.format_set_num_format)
#define format_set_text_wrap              (ts_xlsx_lib_functions.format_set_text_wrap)
#define lxw_strerror                      (ts_xlsx_lib_functions.lxw_strerror)
#define lxw_workbook_free                 (ts_xlsx_lib_functions.lxw_workbook_free)
#define lxw_worksheet_find_row            (ts_xlsx_lib_functions.lxw_worksheet_find_row)
#define workbook_add_chart                (ts_xlsx_lib_functions.workbook_add_chart)
#define workbook_add_format               (ts_xlsx_lib_functions.workbook_add_format)
#define workbook_add_worksheet            (ts_xlsx_lib_functions.workbook_add_worksheet)
#define workbook_close                    (ts_xlsx_lib_functions.workbook_close)
#define workbook_new_opt                  (ts_xlsx_lib_functions.workbook_new_opt)
#define workbook_set_properties           (ts_xlsx_lib_functions.workbook_set_properties)
#define worksheet_activate                (ts_xlsx_lib_functions.worksheet_activate)
#define worksheet_add_table               (ts_xlsx_lib_functions.worksheet_add_table)
#define worksheet_fit_to_pages            (ts_xlsx_lib_functions.worksheet_fit_to_pages)
#define worksheet_freeze_panes            (ts_xlsx_lib_functions.worksheet_freeze_panes)
#define worksheet_gridlines               (ts_xlsx_lib_functions.worksheet_gridlines)
#define worksheet_insert_chart_opt        (ts_xlsx_lib_functions.worksheet_insert_chart_opt)
#define worksheet_insert_image_buffer_opt (ts_xlsx_lib_functions.worksheet_insert_image_buffer_opt)
#define worksheet_merge_range             (ts_xlsx_lib_functions.worksheet_merge_range)
#define worksheet_print_area              (ts_xlsx_lib_functions.worksheet_print_area)
#define worksheet_repeat_rows             (ts_xlsx_lib_functions.worksheet_repeat_rows)
#define worksheet_set_column              (ts_xlsx_lib_functions.worksheet_set_column)
#define worksheet_set_column_opt          (ts_xlsx_lib_functions.worksheet_set_column_opt)
#define worksheet_set_first_sheet         (ts_xlsx_lib_functions.worksheet_set_first_sheet)
#define worksheet_set_footer              (ts_xlsx_lib_functions.worksheet_set_footer)
#define worksheet_set_header              (ts_xlsx_lib_functions.worksheet_set_header)
#define worksheet_set_landscape           (ts_xlsx_lib_functions.worksheet_set_landscape)
#define worksheet_set_margins             (ts_xlsx_lib_functions.worksheet_set_margins)
#define worksheet_set_paper               (ts_xlsx_lib_functions.worksheet_set_paper)
#define worksheet_set_row                 (ts_xlsx_lib_functions.worksheet_set_row)
#define worksheet_write_blank             (ts_xlsx_lib_functions.worksheet_write_blank)
#define worksheet_write_number            (ts_xlsx_lib_functions.worksheet_write_number)
#define worksheet_write_string            (ts_xlsx_lib_functions.worksheet_write_string)
#define worksheet_write_url               (ts_xlsx_lib_functions.worksheet_write_url)
#define worksheet_write_url_opt           (ts_xlsx_lib_functions.worksheet_write_url_opt)
#endif

G_END_DECLS
