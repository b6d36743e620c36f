/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-basemap.h"
#include "ts-export.h"

G_BEGIN_DECLS

/* The Excel briefing: a cover sheet (title, scope, period, counts, key
 * developments, charts, the map, contents), one sheet per record type as an
 * Excel table, and a Definitions sheet. */

typedef struct
{
  /* The dataset's title; NULL for “China–Kyrgyzstan relations”. */
  const char *title;
  /* The document's author field; NULL for none: no document property
   * names the user unless they set one. */
  const char *author;
  /* The creation time written into the workbook and shown on the cover, in
   * seconds since the epoch; 0 for $TIANSHAN_EXPORT_TIME, else
   * $SOURCE_DATE_EPOCH, else now. The same data and time give a
   * byte-identical file. */
  gint64      created;
  /* The countries the cover's map is drawn on; NULL for the app's own
   * (TS_BASEMAP_RESOURCE_PATH). A window that shows a map passes its own. */
  TsBasemap  *basemap;
  /* Where to store, once the briefing is written, what its reader should
   * know about it, a sentence in the briefing's language (links past
   * Excel's limit written as plain text), or NULL; may be NULL. */
  char      **notice;
  /* Whether the Definitions sheet is printed with the others; it is not
   * by default (a print area of one empty cell). */
  gboolean    print_definitions;
} TsBriefingOptions;

/* Writes the briefing to @path (a temporary file beside it, renamed onto it
 * when complete: on error or cancellation no file is left). May run in any
 * thread; @progress is called in the same thread. @options may be NULL.
 * Cancellation gives G_IO_ERROR_CANCELLED. */
gboolean ts_briefing_write        (TsExportData             *data,
                                   const char               *path,
                                   const TsBriefingOptions  *options,
                                   GCancellable             *cancellable,
                                   TsExportProgressFunc      progress,
                                   gpointer                  progress_data,
                                   GError                  **error);

/* The same in a worker thread; @progress (may be NULL) and @callback run in
 * the caller's thread-default main context, @progress never after
 * @callback. @options is copied. */
void     ts_briefing_write_async  (TsExportData             *data,
                                   const char               *path,
                                   const TsBriefingOptions  *options,
                                   GCancellable             *cancellable,
                                   TsExportProgressFunc      progress,
                                   gpointer                  progress_data,
                                   GAsyncReadyCallback       callback,
                                   gpointer                  user_data);
gboolean ts_briefing_write_finish (GAsyncResult             *result,
                                   GError                  **error);
/* After ts_briefing_write_finish() succeeded: the notice, as
 * TsBriefingOptions.notice gives it. */
char    *ts_briefing_write_dup_notice (GAsyncResult         *result);

/* For the command line: the records @query selects (all when NULL) written
 * to @file, which must be a local file, with the default options; the
 * notice, if any, in @notice (may be NULL). */
gboolean ts_briefing_export_file  (TsDataset                *dataset,
                                   TsQuery                  *query,
                                   GFile                    *file,
                                   char                    **notice,
                                   GError                  **error);
/* The same for the records of @data (a dossier's, say). */
gboolean ts_briefing_export_data  (TsExportData             *data,
                                   GFile                    *file,
                                   char                    **notice,
                                   GError                  **error);

G_END_DECLS
