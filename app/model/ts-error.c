/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-error"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-error.h"

G_DEFINE_QUARK (ts-error-quark, ts_error)
