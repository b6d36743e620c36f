/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <stdio.h>

G_BEGIN_DECLS

/* Every file Tianshan writes for the user (JSON, the xlsx briefing, CSV,
 * the map as PNG, SVG or PDF) is written under a temporary name beside its
 * target, flushed to disk and renamed onto the target only when complete:
 * readers never see half a file, and a failed or cancelled export leaves
 * the previous file as it was and no temporary file behind.
 *
 * One policy for every format: a target that is read-only, or in a folder
 * that is read-only, is refused rather than replaced; nothing is ever
 * overwritten in place. "Read-only" is what `ls -l` shows: a file or folder
 * with no write permission for anyone (which root too is held to), or one
 * the user may not write (access(2)), or one on a read-only file system. */
typedef struct _TsExportFile TsExportFile;

/* Checks the policy above and creates the temporary file (".NAME.XXXXXX"
 * in the target's folder, with the permission bits, and where permitted
 * the owner and group, of the file it replaces). A symbolic link stays
 * one: the file it points to is replaced. */
TsExportFile *ts_export_file_new            (const char    *path,
                                             GError       **error);
const char   *ts_export_file_get_path       (TsExportFile  *self);
const char   *ts_export_file_get_temp_path  (TsExportFile  *self);
/* The open temporary file, for writing with stdio; NULL once closed. */
FILE         *ts_export_file_get_stream     (TsExportFile  *self);
/* Writes @size bytes to the stream; the error names the target. */
gboolean      ts_export_file_write          (TsExportFile  *self,
                                             const void    *data,
                                             gsize          size,
                                             GError       **error);
/* Closes the stream, for a writer that opens the temporary path itself. */
void          ts_export_file_close_stream   (TsExportFile  *self);
/* Closes the stream if still open, flushes it to disk, renames the
 * temporary file onto the target and flushes the folder. On error the
 * temporary file is gone and the target untouched. */
gboolean      ts_export_file_commit         (TsExportFile  *self,
                                             GError       **error);
/* Removes the temporary file unless committed. */
void          ts_export_file_free           (TsExportFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsExportFile, ts_export_file_free)

/* The error every export reports: "Could not write “FILE”: REASON. No file
 * was written.", in TS_FILE_ERROR. */
void          ts_export_set_file_error      (GError       **error,
                                             int            code,
                                             const char    *path,
                                             const char    *reason);
/* The same in another domain (a cancelled export: G_IO_ERROR_CANCELLED). */
void          ts_export_set_file_error_full (GError       **error,
                                             GQuark         domain,
                                             int            code,
                                             const char    *path,
                                             const char    *reason);

G_END_DECLS
