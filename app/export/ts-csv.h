/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-export.h"

G_BEGIN_DECLS

/* One record type per file: RFC 4180 (comma, double quotes, CRLF), UTF-8
 * with a byte-order mark (Excel reads a file without one in the system's
 * legacy code page, garbling Cyrillic and Chinese), the same columns as
 * the briefing's sheet; only the records in scope, not the linked context.
 * Dates are written as the dataset writes them ("2023-05", "2023-05~"),
 * times in ISO 8601 UTC. Text a spreadsheet would run as a formula gets a
 * leading apostrophe (OWASP); numbers the exporter formats itself are left
 * as they are. */

/* Writes the records of @type in @data to @path, through a temporary file
 * beside it: on error or cancellation no file is left. Any thread. */
gboolean ts_csv_write        (TsExportData          *data,
                              TsRecordType           type,
                              const char            *path,
                              GCancellable          *cancellable,
                              TsExportProgressFunc   progress,
                              gpointer               progress_data,
                              GError               **error);

/* The same in a worker thread, as ts_briefing_write_async(). */
void     ts_csv_write_async  (TsExportData          *data,
                              TsRecordType           type,
                              const char            *path,
                              GCancellable          *cancellable,
                              TsExportProgressFunc   progress,
                              gpointer               progress_data,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data);
gboolean ts_csv_write_finish (GAsyncResult          *result,
                              GError               **error);

/* The record type of a CSV file from the command line's --type: one type
 * name ("meeting"), or meetings when @types is NULL or empty. A list of
 * several types is a usage error (TS_USAGE_ERROR_INVALID). */
gboolean ts_csv_parse_type   (const char            *types,
                              TsRecordType          *type,
                              GError               **error);

/* The type a CSV file of @data holds: the one --type names (@types), else
 * the one type the scope's records have. A scope of several types, or of
 * none, is refused (TS_USAGE_ERROR_INVALID) with the types and their
 * counts and how to choose: a CSV file never drops records silently. */
gboolean ts_csv_choose_type  (TsExportData          *data,
                              const char            *types,
                              TsRecordType          *type,
                              GError               **error);

/* For the command line: the records of the type ts_csv_choose_type()
 * gives, written to @file, which must be a local file. */
gboolean ts_csv_export_data  (TsExportData          *data,
                              const char            *types,
                              GFile                 *file,
                              GError               **error);
/* The same for the records @query selects. */
gboolean ts_csv_export_file  (TsDataset             *dataset,
                              TsQuery               *query,
                              const char            *types,
                              GFile                 *file,
                              GError               **error);

G_END_DECLS
