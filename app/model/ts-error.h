/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Error domains per component. The model declares its own and the ones
 * shared by every layer above it (files, command-line usage); the store's
 * is in ts-store.h. Cancellation is G_IO_ERROR_CANCELLED everywhere. */

/* A record's or the dataset's data. */
#define TS_RECORD_ERROR (ts_record_error_quark ())

typedef enum
{
  TS_RECORD_ERROR_FAILED,
  TS_RECORD_ERROR_INVALID_DATA,       /* a field has a wrong type or value */
  TS_RECORD_ERROR_UNKNOWN_FIELD,
  TS_RECORD_ERROR_MISSING_FIELD,
  TS_RECORD_ERROR_DUPLICATE_ID,
  TS_RECORD_ERROR_NOT_FOUND,          /* no record with that id */
  TS_RECORD_ERROR_DANGLING_REFERENCE, /* a reference to a record that does not exist */
  TS_RECORD_ERROR_STILL_REFERENCED,   /* removing a record others refer to */
} TsRecordError;

GQuark ts_record_error_quark (void);

/* Writing and reading files: exports, imports, the map's output, the
 * basemap. */
#define TS_FILE_ERROR (ts_file_error_quark ())

typedef enum
{
  TS_FILE_ERROR_FAILED,  /* the writer failed for a reason other than I/O */
  TS_FILE_ERROR_IO,
} TsFileError;

GQuark ts_file_error_quark (void);

/* Command-line arguments and options: the CLI exits with status 2. */
#define TS_USAGE_ERROR (ts_usage_error_quark ())

typedef enum
{
  TS_USAGE_ERROR_INVALID,
} TsUsageError;

GQuark ts_usage_error_quark (void);

G_END_DECLS
