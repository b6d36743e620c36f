/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-error"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-error.h"

G_DEFINE_QUARK (ts-record-error-quark, ts_record_error)
G_DEFINE_QUARK (ts-file-error-quark, ts_file_error)
G_DEFINE_QUARK (ts-usage-error-quark, ts_usage_error)
