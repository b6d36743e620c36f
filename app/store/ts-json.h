/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ts-dataset.h"
#include "ts-query.h"
#include "ts-types.h"

G_BEGIN_DECLS

/* The interchange format of data/dataset/FORMAT.md:
 * {"format": "tianshan", "version": 2, "records": [...]}. Tianshan writes
 * TS_JSON_FORMAT_VERSION and reads every version from 1 up to it: each
 * version only adds to the one before, so an older file reads as it is. */

#define TS_JSON_FORMAT_NAME    "tianshan"
#define TS_JSON_FORMAT_VERSION 2

/* The largest file an import reads (FORMAT.md says so): some 400 000
 * records, and the most that reading it should take in memory. */
#define TS_JSON_MAX_FILE_SIZE  ((gsize) 256 * 1024 * 1024)

/* Reads and checks a document: strict JSON (RFC 8259, nesting at most 64
 * deep), the envelope, every record (through the model's codec) and
 * duplicate ids. References are not checked here: they
 * may point into the dataset the records are merged into. Errors start with
 * @name (a file name, or NULL), then the line and column, and name the
 * record and field. Returns: (element-type TsRecord) */
GPtrArray *ts_json_read_bytes     (GBytes       *bytes,
                                   const char   *name,
                                   GError      **error);
/* Reads only a regular file of at most TS_JSON_MAX_FILE_SIZE bytes: a
 * pipe, a device or a folder is refused before it is opened. */
GPtrArray *ts_json_read_file      (GFile        *file,
                                   GError      **error);

/* Merges the records of @file into @dataset by id in one change: all or
 * nothing (with a store, one transaction). */
gboolean   ts_json_import_file    (TsDataset    *dataset,
                                   GFile        *file,
                                   guint        *n_added,
                                   guint        *n_changed,
                                   GError      **error);

/* What an export writes: every record when @query is NULL or empty, else
 * the records @query selects and, so that the file imports cleanly, every
 * record they refer to, directly or not. Sorted by type (TsRecordType
 * order), then id. Returns: (element-type TsRecord) */
GPtrArray *ts_json_collect        (TsDataset    *dataset,
                                   TsQuery      *query);

/* The document of @records (as ts_json_collect returns them): indented by
 * two spaces, keys in FORMAT.md order, numbers in their shortest exact
 * form, a newline at the end. The same records always give the same
 * bytes. */
GBytes    *ts_json_write_records  (GPtrArray    *records);
/* One node as ts_json_write_records() writes it, without the layout's
 * spaces and newlines: what the store keeps of each record, so that every
 * number reads back exactly. */
char      *ts_json_node_to_string (JsonNode     *node);
GBytes    *ts_json_write_bytes    (TsDataset    *dataset,
                                   TsQuery      *query);
/* Writes the document to @file as every export is written (see
 * ts-export-file.h): through a temporary file beside it, renamed onto @file
 * once on disk; a read-only file or folder is refused. */
gboolean   ts_json_write_file     (TsDataset    *dataset,
                                   TsQuery      *query,
                                   GFile        *file,
                                   GError      **error);

G_END_DECLS
