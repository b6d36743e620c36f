/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-dataset.h"
#include "ts-types.h"

G_BEGIN_DECLS

/* The store: its SQLite database and the version of a database or of an
 * interchange file. A record's data gives TS_RECORD_ERROR, reading and
 * writing files TS_FILE_ERROR (ts-error.h). */
#define TS_STORE_ERROR (ts_store_error_quark ())

typedef enum
{
  TS_STORE_ERROR_DATABASE,
  TS_STORE_ERROR_NOT_A_DATABASE,
  TS_STORE_ERROR_NEWER_VERSION,  /* a database or an interchange file */
} TsStoreError;

GQuark ts_store_error_quark (void);

/* The user's dataset in one SQLite database: every record is loaded at
 * open, and every change the dataset applies afterwards is written in one
 * transaction before the dataset shows it (all or nothing). */

/* PRAGMA application_id of every Tianshan database: "TnSh". */
#define TS_STORE_APPLICATION_ID 0x546e5368
/* PRAGMA user_version this build writes; older databases are migrated,
 * newer ones refused. */
#define TS_STORE_SCHEMA_VERSION 4

#define TS_TYPE_STORE (ts_store_get_type ())

G_DECLARE_FINAL_TYPE (TsStore, ts_store, TS, STORE, GObject)

/* $XDG_DATA_HOME/tianshan/tianshan.db */
char       *ts_store_default_path  (void);

/* Opens the database at @path, creating it (and its folders) with the
 * shipped dataset of the GResource when it does not exist. A file that is
 * not a Tianshan database (TS_STORE_ERROR_NOT_A_DATABASE) or comes from a newer
 * version (TS_STORE_ERROR_NEWER_VERSION) is refused and left as it was. */
TsStore    *ts_store_open          (const char  *path,
                                    GError     **error);
/* The same, with @seed (a dataset document, FORMAT.md) imported when the
 * database is created instead of the shipped dataset; NULL for none. */
TsStore    *ts_store_open_full     (const char  *path,
                                    GBytes      *seed,
                                    GError     **error);

const char *ts_store_get_path      (TsStore     *self);
/* Owned by the store; changes to it are saved. */
TsDataset  *ts_store_get_dataset   (TsStore     *self);
/* Whether this open created the database (the first run). */
gboolean    ts_store_get_created   (TsStore     *self);
/* How long reading the records took, in microseconds. */
gint64      ts_store_get_load_time (TsStore     *self);

G_END_DECLS
