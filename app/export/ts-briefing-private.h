/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-basemap.h"
#include "ts-export.h"
#include "ts-xlsx-lib.h"

G_BEGIN_DECLS

/* The map of the records in scope as a PNG, drawn by app/render on
 * @basemap, or on the app's own when NULL. */
GBytes *_ts_briefing_render_map (TsExportData  *data,
                                 TsBasemap     *basemap,
                                 int            width,
                                 int            height,
                                 GError       **error);

/* What the map of the records in scope shows (transfer container): of
 * the linked context only the places, for the map is framed on the places
 * in scope, matched and linked, and its routes and arcs are the scope's
 * own. */
GPtrArray *_ts_briefing_map_records (TsExportData *data);

/* The timeline of the records in scope (not their linked context) as a
 * PNG, built from the export's snapshot: ts-briefing-timeline.c. */
GBytes *_ts_briefing_render_timeline (TsExportData  *data,
                                      int            width,
                                      int            height,
                                      GError       **error);

/* The workbook being written, shared by the files that write its parts:
 * ts-briefing.c (the workbook and its cell writers), ts-briefing-cover.c
 * and ts-briefing-sheets.c (the record sheets and the Definitions). */

/* Cell formats, combined as flags. */
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

typedef struct _TsBriefingWriter TsBriefingWriter;

struct _TsBriefingWriter
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
  gboolean              print_definitions;

  GHashTable           *taken_names;
  char                 *cover_name;
  char                 *sheet_names[TS_N_RECORD_TYPES];
  char                 *definitions_name;
  lxw_worksheet        *cover;
  lxw_worksheet        *sheets[TS_N_RECORD_TYPES];
  lxw_worksheet        *definitions;

  lxw_format           *formats[1 << 9]; /* FMT_ flags → lxw_format, made once */
  GArray               *num_formats;  /* those with a number format */
  GHashTable           *link_prefixes; /* sheet name → "internal:'name'!A" */
  GHashTable           *source_rows;  /* source id → worksheet row + 1 */
  GPtrArray            *keep;         /* strings libxlsxwriter may point to */
  GPtrArray            *pictures;     /* GBytes of the pictures inserted */
  const char           *scope_linked;  /* the Scope column's words */
  const char           *scope_matched;
  lxw_error             lxw_error;
  guint                 n_links_as_text; /* past Excel's limit on a sheet */
  guint32               serial_epoch; /* the Julian day of Excel's day 0 */
};

/* Keeps @string (owned) until the workbook is written: libxlsxwriter
 * keeps pointers to some. */
const char *_ts_briefing_keep_string      (TsBriefingWriter *w,
                                           char             *string);
/* Notes the first libxlsxwriter error; TRUE when there was none. */
gboolean    _ts_briefing_check            (TsBriefingWriter *w,
                                           lxw_error         error);
/* A format of FMT_ @flags and an Excel @num_format (NULL for none), made
 * once per style. @num_format must be a string constant: it is found by
 * its address before its text. */
lxw_format *_ts_briefing_get_format       (TsBriefingWriter *w,
                                           guint             flags,
                                           const char       *num_format);
/* One more record written: reports the progress. */
void        _ts_briefing_step             (TsBriefingWriter *w);

/* Safe cell writers: text is always a string (never a formula), valid UTF-8
 * and within Excel's limit; "" is never passed to libxlsxwriter. */
void        _ts_briefing_write_text       (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *text,
                                           lxw_format       *format);
/* A real spreadsheet date, shown as the dataset writes it. */
void        _ts_briefing_write_date       (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const TsDate     *date,
                                           guint             flags);
/* A link to a web page; the text when it cannot be one. */
void        _ts_briefing_write_url        (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *url,
                                           guint             flags);
/* @text, linking to row @target_row of @target_sheet. */
void        _ts_briefing_write_link       (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           lxw_row_t         row,
                                           lxw_col_t         col,
                                           const char       *target_sheet,
                                           guint             target_row,
                                           const char       *text,
                                           guint             flags);
void        _ts_briefing_set_up_printing  (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           gboolean          repeat_header);
/* An Excel table over rows @first_row (its header) to @last_row. */
void        _ts_briefing_add_table        (TsBriefingWriter *w,
                                           lxw_worksheet    *sheet,
                                           lxw_row_t         first_row,
                                           lxw_row_t         last_row,
                                           GPtrArray        *headers,
                                           const char       *name);

/* The parts. */
void        _ts_briefing_write_cover        (TsBriefingWriter  *w);
gboolean    _ts_briefing_write_record_sheet (TsBriefingWriter  *w,
                                             TsRecordType       type,
                                             GError           **error);
void        _ts_briefing_write_definitions  (TsBriefingWriter  *w);
/* How many lines @text takes in a cover column of @line_length
 * characters, wrapped at spaces as spreadsheets do (ts-briefing-cover.c). */
guint       _ts_briefing_count_lines      (const char       *text,
                                           guint             line_length);
/* The cover's key statements at @row (ts-briefing-statements.c): a few
 * of the statements in scope, none when there are none; returns the row
 * after them. */
lxw_row_t   _ts_briefing_write_key_statements (TsBriefingWriter *w,
                                               lxw_row_t         row);
/* The cover's timeline: its heading at @row (or further down, so as not
 * to be cut by the end of a printed page), the picture in the row below,
 * which it returns, setting @points to its height. */
lxw_row_t   _ts_briefing_write_timeline     (TsBriefingWriter  *w,
                                             lxw_row_t          row,
                                             lxw_col_t          col,
                                             double            *points);

G_END_DECLS
