/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "ts-store.h"

G_BEGIN_DECLS

/* The store's connection, for tests that set SQLite's limits
 * (sqlite3_limit) rather than build records of a gigabyte. */
sqlite3 *_ts_store_get_database (TsStore *self);

G_END_DECLS
