/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TS_ERROR (ts_error_quark ())

typedef enum
{
  TS_ERROR_FAILED,
  TS_ERROR_INVALID_DATA,       /* a field has a wrong type or value */
  TS_ERROR_UNKNOWN_FIELD,
  TS_ERROR_MISSING_FIELD,
  TS_ERROR_DUPLICATE_ID,
  TS_ERROR_NOT_FOUND,          /* no record with that id */
  TS_ERROR_DANGLING_REFERENCE, /* a reference to a record that does not exist */
  TS_ERROR_STILL_REFERENCED,   /* removing a record others refer to */
  TS_ERROR_DATABASE,
  TS_ERROR_NOT_A_DATABASE,
  TS_ERROR_NEWER_VERSION,
  TS_ERROR_IO,
  TS_ERROR_CANCELLED,
  TS_ERROR_USAGE,
} TsError;

GQuark ts_error_quark (void);

G_END_DECLS
