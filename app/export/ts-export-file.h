/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <stdio.h>

G_BEGIN_DECLS

/* A file written under a temporary name beside its target and renamed onto
 * it only when complete, so that readers never see half a file and a failed
 * export leaves nothing behind. */
typedef struct _TsExportFile TsExportFile;

/* Creates the temporary file (".NAME.XXXXXX" in the target's folder). */
TsExportFile *ts_export_file_new            (const char    *path,
                                             GError       **error);
const char   *ts_export_file_get_path       (TsExportFile  *self);
const char   *ts_export_file_get_temp_path  (TsExportFile  *self);
/* The open temporary file, for writing with stdio; NULL once closed. */
FILE         *ts_export_file_get_stream     (TsExportFile  *self);
/* Closes the stream, for a writer that opens the temporary path itself. */
void          ts_export_file_close_stream   (TsExportFile  *self);
/* Closes the stream if still open, flushes it to disk and renames the
 * temporary file onto the target. On error the temporary file is gone. */
gboolean      ts_export_file_commit         (TsExportFile  *self,
                                             GError       **error);
/* Removes the temporary file unless committed. */
void          ts_export_file_free           (TsExportFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsExportFile, ts_export_file_free)

/* The error every export reports: "Could not write “FILE”: REASON. No file
 * was written." */
void          ts_export_set_file_error      (GError       **error,
                                             int            code,
                                             const char    *path,
                                             const char    *reason);

G_END_DECLS
