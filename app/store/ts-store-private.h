/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "ts-store.h"
#include "ts-store-db.h"

G_BEGIN_DECLS

/* The store's SQLite connection (NULL on PostgreSQL), for tests that set
 * SQLite's limits (sqlite3_limit) rather than build records of a gigabyte. */
sqlite3 *_ts_store_get_database (TsStore *self);

/* What follows is shared by the files of TsStore: ts-store.c (the class,
 * opening, loading, committing changes), ts-store-schema.c (the schema,
 * its migrations, the checks of a file) and ts-store-create.c (creating a
 * new database atomically). */

/* Statements prepared once and kept for the life of the store. */
typedef enum
{
  STMT_DELETE_RECORD,
  STMT_DELETE_LINKS,
  STMT_INSERT_LINK,
  N_STATEMENTS
} Statement;

struct _TsStore
{
  GObject        parent_instance;

  /* The file's path, or the server's location without its password. */
  char          *path;
  /* libpq's connection string, for a team database; NULL for a file. */
  char          *conninfo;
  /* Given apart from @conninfo (ts_store_open_with_password ()); wiped
   * when the store is finalized. */
  char          *password;
  TsDb          *db;
  TsDbStmt      *statements[N_STATEMENTS];
  /* Those of ts-store-tables.c, prepared as they are first used. */
  TsDbStmt     **table_statements;
  TsDataset     *dataset;
  gint64         load_time;
  /* The first run: the schema was created by this open. */
  gboolean       created;
  /* Since when another connection has kept the file busy (SQLite). */
  gint64         busy_since;

  /* ts-store-history.c: id → the version (gint64) this store knows;
   * what the open transaction will make of them; the last conflict. */
  GHashTable    *versions;
  GHashTable    *pending_versions;
  /* id → the database's record an overwrite goes over (the log's old
   * values), until it is written. */
  GHashTable    *bases;
  /* id → the version (gint64, 0: deleted) an overwrite goes on: the next
   * write of the record replaces whatever the database has then, created,
   * changed or deleted by another process (ts_store_accept_version ()). */
  GHashTable    *overwrites;
  /* While a copy is written (ts-store-copy.c): the source's change log
   * (TsStoreChange) and versions (id → gint64), written with its records
   * instead of a log of their creation. */
  GPtrArray     *copied_changes;
  GHashTable    *copied_versions;
  /* Its statements: the version check, the new version, the log's row,
   * the last version the log has of a record (one re-created goes on
   * from it), the advisory lock of a record id (PostgreSQL). */
  TsDbStmt      *history_statements[5];
  TsStoreConflict *conflict;
  /* Set while the dataset takes records from the database (a reload):
   * the commit function writes nothing. */
  gboolean       reloading;

  /* ts-store-notify.c: live updates. The newest row of the change log
   * this store has taken; SQLite's PRAGMA data_version when last polled;
   * the server connection that LISTENs; the watch (a timeout or the
   * socket); id → the last change another process made (TsStoreChange). */
  gint64         last_seq;
  gint64         data_version;
  TsDb          *listen_db;
  guint          watch_id;
  /* ts_store_watch () was asked: a lost listening connection is made
   * again once the store reconnects (::reconnected). */
  gboolean       watching;
  guint          rewatch_id;
  GHashTable    *external;
  /* PostgreSQL: seqs below the newest taken that no committed row had yet
   * (a transaction that took its seq before another one and commits after
   * it, or one rolled back), with when they were first missed. */
  GArray        *gaps;
  /* While live updates read: >= 0 makes _ts_store_tables_load () (inside
   * their read transaction) read only the records the log changed after
   * its row load_since (_ts_store_notify_prepare ()); -1 otherwise. */
  gint64         load_since;

  /* ts-store-failure.c: the role may only read; the connection broke. */
  gboolean       read_only;
  gboolean       disconnected;
};

/* ts-store.c */

/* ts_store_open_full (), and when it creates the database, the copy's
 * change log (TsStoreChange) and versions (id → gint64) with @seed's
 * records, in the same transaction. */
TsStore *_ts_store_open_copy      (const char   *path,
                                   GBytes       *seed,
                                   GPtrArray    *changes,
                                   GHashTable   *versions,
                                   GError      **error);

/* Sets @error to "Could not open" the store's file, with SQLite's message;
 * returns FALSE. */
gboolean _ts_store_set_open_error (TsStore      *self,
                                   GError      **error);
gboolean _ts_store_exec_sql       (TsStore      *self,
                                   const char   *sql,
                                   GError      **error);
/* BEGIN (IMMEDIATE, on SQLite) and COMMIT. */
gboolean _ts_store_begin          (TsStore      *self,
                                   GError      **error);
gboolean _ts_store_commit         (TsStore      *self,
                                   GError      **error);
/* Rolls back the open transaction, if there is one. */
void     _ts_store_rollback       (TsStore      *self);
/* The bind functions return the database's result: TS_DB_TOOBIG for a
 * value over SQLITE_LIMIT_LENGTH, which must not pass for NULL. NULL (or 0
 * for a Julian day) binds NULL. */
int      _ts_store_bind_text      (TsDbStmt     *stmt,
                                   int           index,
                                   const char   *text);
int      _ts_store_bind_time      (TsDbStmt     *stmt,
                                   int           index,
                                   GDateTime    *time);
int      _ts_store_bind_julian    (TsDbStmt     *stmt,
                                   int           index,
                                   guint32       julian);
/* Inside the transaction that creates the schema: the records of @seed,
 * checked by the dataset, written to the database. */
gboolean _ts_store_import_seed    (TsStore      *self,
                                   GBytes       *seed,
                                   GError      **error);
/* Writes @record's rows and links; @replacing: whether it has rows, which
 * go first. Inside a transaction. */
gboolean _ts_store_write_record   (TsStore      *self,
                                   TsRecord     *record,
                                   gboolean      replacing,
                                   GError      **error);
/* Switches the file to WAL, waiting for other connections to let go. */
gboolean _ts_store_set_wal_mode   (TsStore      *self,
                                   GError      **error);
/* Finalizes the statements and closes the connection, if any. */
void     _ts_store_close_database (TsStore      *self);

/* ts-store-schema.c */

/* Takes the database from schema @version (0: empty) to
 * TS_STORE_SCHEMA_VERSION, and stamps it as Tianshan's. */
gboolean _ts_store_migrate        (TsStore      *self,
                                   int           version,
                                   GError      **error);
/* Creates the whole current schema, stamped with this version, in an
 * empty team database, inside the open transaction (a server database
 * starts at version 4: the migrations from then on apply to it). */
gboolean _ts_store_create_schema  (TsStore      *self,
                                   GError      **error);
/* Reads what the file is without writing to it: sets @empty when it holds
 * nothing, else checks that it is a Tianshan database this version reads
 * and sets @version to its schema version. */
gboolean _ts_store_check_file     (TsStore      *self,
                                   int          *version,
                                   gboolean     *empty,
                                   GError      **error);

/* ts-store-history.c */

/* Inside the write transaction, before any change of @changes is
 * written: on PostgreSQL, takes the records' locks in one order (that of
 * their ids), so that two change sets of the same records wait for each
 * other rather than deadlock, and two creations of one id are one after
 * the other. Nothing on SQLite, whose write transaction has the file. */
gboolean _ts_store_history_lock   (TsStore      *self,
                                   GPtrArray    *changes,
                                   GError      **error);
/* Inside the write transaction, before @record_id is written: refuses
 * (TS_STORE_ERROR_CONFLICT) a change made on a stale version, else sets
 * @current to the version the database has (0: no such row) and @next to
 * the one the change makes (0 for a deletion; one past the last the log
 * has for a record created again). */
gboolean _ts_store_history_check  (TsStore      *self,
                                   TsChange     *change,
                                   gint64       *current,
                                   gint64       *next,
                                   GError      **error);
/* After the change's rows are written: the row's new version and the
 * change log's rows, from the versions the check gave. */
gboolean _ts_store_history_log    (TsStore      *self,
                                   TsChange     *change,
                                   gint64        current,
                                   gint64        next,
                                   GError      **error);
/* Inside the transaction that writes a copy's records (unlogged): the
 * source's change log and versions, self->copied_changes and
 * self->copied_versions. */
gboolean _ts_store_history_write_copy (TsStore  *self,
                                       GError  **error);
/* Every row of the change log, oldest first (TsStoreChange). */
GPtrArray *_ts_store_history_read_all (TsStore  *self,
                                       GError  **error);
/* The versions of @records (gint64 each, read with them in one read
 * transaction) become the ones this store knows. */
void     _ts_store_history_set_versions (TsStore    *self,
                                         GPtrArray  *records,
                                         GArray     *versions);
/* After COMMIT (@committed) or ROLLBACK: the versions known. */
void     _ts_store_history_end    (TsStore      *self,
                                   gboolean      committed);
/* SQL that creates the table change (IF NOT EXISTS) for a backend. */
const char *_ts_store_history_create_sql (TsDbKind kind);
/* Migration 4 → 5: the column record.version and the table change. */
gboolean _ts_store_history_migrate (TsStore     *self,
                                    GError     **error);
void     _ts_store_history_free   (TsStore      *self);
/* Before the connection closes. */
void     _ts_store_history_finalize (TsStore    *self);
/* After a refused transaction has ended: reads the conflict's record as
 * the database has it now. */
void     _ts_store_history_fill_conflict (TsStore *self);

/* ts-store-notify.c */

/* At open, before the records are read: the change log's newest row. */
gboolean _ts_store_notify_init    (TsStore      *self,
                                   GError      **error);
/* Inside the write transaction, on PostgreSQL: NOTIFY the other stores
 * (delivered when it commits, never if it rolls back). */
gboolean _ts_store_notify_send    (TsStore      *self,
                                   GPtrArray    *changes,
                                   GError      **error);
/* Prepares @sql, a SELECT of the rows of one table of records (by id in
 * the table record, by record_id in the others): all of them, or while
 * live updates read (load_since >= 0) only those of the records the log
 * changed since. */
TsDbStmt *_ts_store_notify_prepare (TsStore     *self,
                                    const char  *sql,
                                    TsDbResult  *result);
/* Stops watching and closes the listening connection. */
void     _ts_store_notify_stop    (TsStore      *self);
void     _ts_store_notify_class_init (GObjectClass *object_class);

/* ts-store-failure.c */

/* The properties :connected and :read-only, the signal ::reconnected. */
/* The connection is up again or lost (the listening one, say): notifies
 * :connected and, when up again, emits ::reconnected. */
void     _ts_store_set_connected  (TsStore      *self,
                                   gboolean      connected);
void     _ts_store_failure_class_init (GObjectClass *object_class);
/* After a team database is opened (and its schema created or migrated):
 * watches the connection, finds whether the role may write. */
gboolean _ts_store_failure_open   (TsStore      *self,
                                   GError      **error);
/* Replaces *@error with the analyst's account of the database's last
 * failure when it is one of those (ts_db_take_failure); FALSE otherwise. */
gboolean _ts_store_take_failure   (TsStore      *self,
                                   gboolean      saving,
                                   GError      **error);
/* A change refused on a read-only role, before the server is asked:
 * TS_STORE_ERROR_PERMISSION. Returns FALSE. */
gboolean _ts_store_refuse_read_only (TsStore    *self,
                                     GError    **error);
/* Sets the store read-only, or not: tests force a change past the store's
 * check, to see the server refuse it too. */
void     _ts_store_set_read_only  (TsStore      *self,
                                   gboolean      read_only);

/* ts-store-tables.c: the relational schema made from the record types'
 * field descriptors (data/dataset/SCHEMA.md). */

/* CREATE TABLE (and INDEX) statements of the record tables, with the
 * backend's types. */
char      *_ts_store_tables_create_sql_for (TsDbKind kind);
/* Adds, inside the open transaction, every table and column the record
 * types' fields declare that the file lacks; does nothing to a file that
 * has them all (so it can follow any migration that made tables from the
 * descriptors). */
gboolean   _ts_store_tables_add_missing (TsStore    *self,
                                         GError    **error);
/* Writes the rows of @record (deleting its old ones first when
 * @replacing); returns the database's result, or TS_DB_ERROR with @error set
 * when a statement could not be prepared. */
int        _ts_store_tables_write      (TsStore     *self,
                                        TsRecord    *record,
                                        gboolean     replacing,
                                        GError     **error);
/* Every record, in the order they were added, not yet checked, and in
 * @versions their versions (gint64 each, in the same order). */
GPtrArray *_ts_store_tables_load       (TsStore     *self,
                                        GArray     **versions,
                                        GError     **error);
void       _ts_store_tables_finalize   (TsStore     *self);

/* ts-store-create.c */

/* Creates the database at the store's path, which does not exist, with
 * @seed (may be NULL) in a temporary file that takes the name if it is
 * still free; sets @placed to whether it did. Closes the connection. */
gboolean _ts_store_create_database (TsStore     *self,
                                    GBytes      *seed,
                                    gboolean    *placed,
                                    GError     **error);

G_END_DECLS
