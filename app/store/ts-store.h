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
  /* A write on a stale version: another process changed (or created, or
   * deleted) the record since this one loaded it. Nothing was written;
   * ts_store_get_conflict () says who, when, and what the record is now. */
  TS_STORE_ERROR_CONFLICT,
  /* The server asks for a password and none was given (libpq's
   * PQconnectionNeedsPassword): the window asks for one. */
  TS_STORE_ERROR_NEEDS_PASSWORD,
} TsStoreError;

GQuark ts_store_error_quark (void);

/* The user's dataset in one SQLite database: every record is loaded at
 * open, and every change the dataset applies afterwards is written in one
 * transaction before the dataset shows it (all or nothing). */

/* PRAGMA application_id of every Tianshan database: "TnSh". */
#define TS_STORE_APPLICATION_ID 0x546e5368
/* PRAGMA user_version this build writes; older databases are migrated,
 * newer ones refused. */
#define TS_STORE_SCHEMA_VERSION 5

#define TS_TYPE_STORE (ts_store_get_type ())

G_DECLARE_FINAL_TYPE (TsStore, ts_store, TS, STORE, GObject)

/* $XDG_DATA_HOME/tianshan/tianshan.db */
char       *ts_store_default_path  (void);

/* Opens the database at @path, creating it (and its folders) with the
 * shipped dataset of the GResource when it does not exist. A file that is
 * not a Tianshan database (TS_STORE_ERROR_NOT_A_DATABASE) or comes from a newer
 * version (TS_STORE_ERROR_NEWER_VERSION) is refused and left as it was.
 *
 * @path may instead name a team database on a PostgreSQL server, as libpq
 * takes it: postgresql://user@host/dbname, postgres://…, or key=value
 * pairs (service=NAME, host=… dbname=…). An empty database gets the
 * tables (and the shipped dataset) in one transaction; a newer or foreign
 * schema is refused without being touched. ts_store_get_path () then
 * returns the location without its password. */
TsStore    *ts_store_open          (const char  *path,
                                    GError     **error);
/* The same, with @seed (a dataset document, FORMAT.md) imported when the
 * database is created instead of the shipped dataset; NULL for none. */
TsStore    *ts_store_open_full     (const char  *path,
                                    GBytes      *seed,
                                    GError     **error);
/* ts_store_open () with @password (NULL for none) given to libpq as its
 * `password` connection parameter, for a team database whose server asks
 * for one (TS_STORE_ERROR_NEEDS_PASSWORD without it). The password is
 * never written into the location; the store keeps it in memory only,
 * for as long as it is open. Ignored for a file. */
TsStore    *ts_store_open_with_password (const char  *path,
                                         const char  *password,
                                         GError     **error);

/* Copies every record of the database at @source into @destination (a
 * path or a server, as ts_store_open () takes them), which must be empty
 * (a new file, a database without Tianshan's tables, or tables without
 * records): all or nothing. A destination with records is refused and
 * left as it was. Sets @n_copied to the number of records. */
gboolean    ts_store_copy          (const char  *source,
                                    const char  *destination,
                                    guint       *n_copied,
                                    GError     **error);

const char *ts_store_get_path      (TsStore     *self);
/* Owned by the store; changes to it are saved. */
TsDataset  *ts_store_get_dataset   (TsStore     *self);
/* Whether this open created the database (the first run). */
gboolean    ts_store_get_created   (TsStore     *self);
/* How long reading the records took, in microseconds. */
gint64      ts_store_get_load_time (TsStore     *self);

/* History (ts-store-history.c). Every record row has a version (1 at
 * creation, or one past the last its log has when a deleted record is
 * created again; +1 on every write); a change set written on a version
 * another process has since changed is refused with
 * TS_STORE_ERROR_CONFLICT. Every change is logged in the table `change`,
 * in the same transaction. */

/* One row of the change log: a creation or a deletion (@field NULL, the
 * record's JSON in @new_value or @old_value), or one field of an update
 * (@field its key, @old_value and @new_value its JSON values, NULL when
 * absent). */
typedef struct
{
  gint64  seq;
  char   *record_id;
  char   *at;         /* UTC, 2026-12-06T19:03:00Z */
  char   *who;        /* the database user */
  char   *action;     /* create, update or delete */
  char   *field;
  char   *old_value;
  char   *new_value;
  gint64  version;    /* the record's version after the change */
} TsStoreChange;

void        ts_store_change_free   (TsStoreChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsStoreChange, ts_store_change_free)

/* The changes of the record @id (TsStoreChange), newest first. */
GPtrArray  *ts_store_list_changes  (TsStore     *self,
                                    const char  *id,
                                    GError     **error);

/* The version of @id this store last loaded or wrote; 0 for none. */
gint64      ts_store_get_version   (TsStore     *self,
                                    const char  *id);

/* The store whose dataset @dataset is, while it is open; NULL for a
 * dataset of no store. What a view holding only the dataset (the detail
 * pane's History) asks for the log. */
TsStore    *ts_store_get_for_dataset (TsDataset *dataset);

/* What the last TS_STORE_ERROR_CONFLICT was about, until the next save. */
typedef struct
{
  char     *record_id;
  char     *who;      /* who changed it last; NULL if the log does not say */
  char     *at;
  gint64    version;  /* its version in the database now; 0: deleted */
  TsRecord *theirs;   /* the record in the database now; NULL: deleted */
} TsStoreConflict;

const TsStoreConflict *ts_store_get_conflict (TsStore *self);

/* Reload: the dataset takes the database's record @id (or loses it, if it
 * was deleted) and its version, without writing anything. */
gboolean    ts_store_reload_record (TsStore     *self,
                                    const char  *id,
                                    GError     **error);
/* Overwrite: the next write of @id goes on the database's current version
 * (the conflict's), replacing the other process's change, whatever it
 * was: an edit, a deletion (the write adds the record back) or a record
 * created with the same id. */
gboolean    ts_store_accept_version (TsStore    *self,
                                     const char *id,
                                     GError    **error);

/* Makes the dataset take the stale-version check of a record that an
 * editor opened at @version (ts_store_get_version () then): when another
 * process has changed (or deleted) it since, which live updates brought
 * into the dataset, sets TS_STORE_ERROR_CONFLICT and the conflict
 * (ts_store_get_conflict ()) as a refused save would. */
gboolean    ts_store_check_version (TsStore     *self,
                                    const char  *id,
                                    gint64       version,
                                    GError     **error);

/* Live updates (ts-store-notify.c). Once watching, the store learns of
 * every change set another process commits to its database (PostgreSQL:
 * LISTEN/NOTIFY on a second connection, its socket watched in the main
 * context; SQLite: PRAGMA data_version, polled every
 * TS_STORE_POLL_INTERVAL_MS), reads the change log's new rows and the
 * records they name, and applies them to its dataset in one
 * ts_dataset_apply_external (): views update once, nothing is written
 * back, and the undo stack leaves them out. Its own changes are not
 * applied again. Then it emits TsStore::external-change with the newest
 * change-log row (TsStoreChange) of each record it took. */
#define TS_STORE_POLL_INTERVAL_MS 250

/* Starts watching (again while watching does nothing; after the
 * listening connection was lost, it connects anew), and takes what was
 * committed since the open. */
gboolean    ts_store_watch         (TsStore     *self,
                                    GError     **error);
/* What the watch does when it fires: takes the changes committed since the
 * last time, now. */
gboolean    ts_store_take_external_changes (TsStore  *self,
                                            GError  **error);
/* The newest change another process made to @id that this store took;
 * NULL for none. */
const TsStoreChange *ts_store_get_external_change (TsStore    *self,
                                                   const char *id);

G_END_DECLS
