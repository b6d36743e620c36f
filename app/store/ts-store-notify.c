/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Live updates: another analyst's change set shows in this store's dataset
 * within a second of its commit. What changed is always read from the
 * change log (ts-store-history.c), which the writer fills in the same
 * transaction as the records: the rows after the newest one this store
 * has taken name the records, which are read as they are now, in one read
 * transaction with those rows, so that what is applied is one committed
 * state of the database. How the store learns that there is something to
 * read differs:
 *
 * - PostgreSQL: the write transaction runs pg_notify ('tianshan', …),
 *   which the server delivers only when it commits; each watching store
 *   LISTENs on a second connection of its own (the first one runs the
 *   store's statements, and waits for them) whose socket a GSource
 *   watches in the main context.
 * - SQLite: PRAGMA data_version changes when another connection commits
 *   to the file; reading it costs no I/O, so it is polled.
 *
 * Its own commits are in the log too: a record whose version in the
 * database is the one this store knows is left alone.
 *
 * On the server, seqs are handed out as rows are inserted, not as their
 * transactions commit: a transaction can commit seq 11 while another one
 * still holds 10. A seq below the newest taken that no committed row has
 * is a gap, read again until its row comes or GAP_SECONDS pass (it was
 * rolled back, or its transaction ran longer than that; a save over such
 * a change is still refused as stale, ts-store-history.c). SQLite has one
 * writer at a time: its seqs commit in order. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ts-field-load.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"

/* The channel every Tianshan store of a database notifies and listens
 * on. The payload names the records (for someone watching with psql);
 * stores read the log, not the payload. */
#define CHANNEL "tianshan"
/* NOTIFY's payload must stay under 8000 bytes. */
#define MAX_PAYLOAD 4000
/* How long a gap in the seqs is read again. */
#define GAP_SECONDS 600
/* Beyond this many missing seqs at once (a sequence that jumped after a
 * server crash), they are not waited for. */
#define MAX_GAPS 1024

typedef struct
{
  gint64 seq;
  gint64 missed_at;   /* monotonic */
} Gap;

enum
{
  EXTERNAL_CHANGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_ts_store_notify_class_init (GObjectClass *object_class)
{
  /**
   * TsStore::external-change:
   * @changes: (element-type TsStoreChange): the newest change-log row of
   *   each record another process changed, as just applied to the dataset
   */
  signals[EXTERNAL_CHANGE] =
    g_signal_new ("external-change",
                  G_TYPE_FROM_CLASS (object_class),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static gboolean
set_read_error_message (TsStore     *self,
                        const char  *message,
                        GError     **error)
{
  g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
               _("Could not read the changes other analysts made to “%s”: %s"),
               self->path, message);
  return FALSE;
}

static gboolean
set_read_error (TsStore  *self,
                TsDb     *db,
                GError  **error)
{
  return set_read_error_message (self, ts_db_errmsg (db), error);
}

gboolean
_ts_store_notify_init (TsStore  *self,
                       GError  **error)
{
  TsDbStmt *stmt;
  TsDbResult rc;

  stmt = ts_db_prepare (self->db, "SELECT coalesce (max (seq), 0) FROM change", FALSE, &rc);
  if (stmt == NULL || ts_db_step (stmt) != TS_DB_ROW)
    {
      ts_db_finalize (stmt);
      return _ts_store_set_open_error (self, error);
    }
  self->last_seq = ts_db_column_int64 (stmt, 0);
  ts_db_finalize (stmt);
  return TRUE;
}

gboolean
_ts_store_notify_send (TsStore    *self,
                       GPtrArray  *changes,
                       GError    **error)
{
  g_autoptr(GString) payload = g_string_new (NULL);
  TsDbStmt *stmt;
  TsDbResult rc;
  gboolean ok;

  if (ts_db_get_kind (self->db) != TS_DB_POSTGRESQL)
    return TRUE;

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      const char *id = ts_record_get_id (change->new_record != NULL ? change->new_record
                                                                    : change->old_record);

      if (payload->len + strlen (id) + 1 > MAX_PAYLOAD)
        {
          g_string_append (payload, " …");
          break;
        }
      if (payload->len > 0)
        g_string_append_c (payload, ' ');
      g_string_append (payload, id);
    }

  stmt = ts_db_prepare (self->db, "SELECT pg_notify ('" CHANNEL "', ?1)", FALSE, &rc);
  ok = stmt != NULL && ts_db_bind_text (stmt, 1, payload->str) == TS_DB_OK
       && ts_db_step (stmt) == TS_DB_ROW;
  ts_db_finalize (stmt);
  if (!ok)
    g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                 _("Could not save the changes to “%s”: %s"), self->path,
                 ts_db_errmsg (self->db));
  return ok;
}

static GHashTable *
ensure_external (TsStore *self)
{
  if (self->external == NULL)
    self->external = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) ts_store_change_free);
  return self->external;
}

/* Inside the read transaction: the log's rows after @since, the newest of
 * each record (in @newest, keyed by its record_id) in the order the
 * records first appear (@order). */
static gboolean
read_log (TsStore     *self,
          gint64       since,
          GHashTable  *newest,
          GPtrArray   *order,
          GArray      *seen,
          gint64      *last_seq,
          GError     **error)
{
  TsDbStmt *stmt;
  TsDbResult rc;

  stmt = ts_db_prepare (self->db, "SELECT seq, record_id, at, who, action, version "
                                  "FROM change WHERE seq > ?1 ORDER BY seq", FALSE, &rc);
  if (stmt == NULL || ts_db_bind_int64 (stmt, 1, since) != TS_DB_OK)
    {
      ts_db_finalize (stmt);
      return set_read_error (self, self->db, error);
    }
  while ((rc = ts_db_step (stmt)) == TS_DB_ROW)
    {
      TsStoreChange *change = g_new0 (TsStoreChange, 1);

      change->seq = ts_db_column_int64 (stmt, 0);
      change->record_id = g_strdup (ts_db_column_text (stmt, 1));
      change->at = g_strdup (ts_db_column_text (stmt, 2));
      change->who = g_strdup (ts_db_column_text (stmt, 3));
      change->action = g_strdup (ts_db_column_text (stmt, 4));
      change->version = ts_db_column_int64 (stmt, 5);
      *last_seq = MAX (*last_seq, change->seq);
      g_array_append_val (seen, change->seq);
      if (!g_hash_table_contains (newest, change->record_id))
        g_ptr_array_add (order, g_strdup (change->record_id));
      /* The key is the value's own id: replaced with it. */
      g_hash_table_replace (newest, change->record_id, change);
    }
  ts_db_finalize (stmt);
  if (rc != TS_DB_DONE)
    return set_read_error (self, self->db, error);
  return TRUE;
}

TsDbStmt *
_ts_store_notify_prepare (TsStore     *self,
                          const char  *sql,
                          TsDbResult  *result)
{
  g_autoptr(GString) filtered = NULL;
  const char *order = strstr (sql, " ORDER BY ");
  /* The table record itself: its id column is id. */
  const char *from_record = strstr (sql, " FROM record");
  gboolean record = from_record != NULL
                    && (from_record[12] == '\0' || from_record[12] == ' ');
  TsDbStmt *stmt;

  if (self->load_since < 0)
    return ts_db_prepare (self->db, sql, FALSE, result);

  filtered = g_string_new_len (sql, order != NULL ? order - sql : (gssize) strlen (sql));
  g_string_append (filtered, record ? " WHERE id IN " : " WHERE record_id IN ");
  g_string_append (filtered, "(SELECT record_id FROM change WHERE seq > ?1)");
  if (order != NULL)
    g_string_append (filtered, order);
  stmt = ts_db_prepare (self->db, filtered->str, FALSE, result);
  if (stmt != NULL && ts_db_bind_int64 (stmt, 1, self->load_since) != TS_DB_OK)
    g_clear_pointer (&stmt, ts_db_finalize);
  return stmt;
}

/* The seqs after @since: @seen (ascending) came; those between the newest
 * taken before (@taken) and now (@last_seq) that did not are new gaps, and
 * old gaps that came or waited too long go. */
static void
update_gaps (TsStore *self,
             GArray  *seen,
             gint64   taken,
             gint64   last_seq)
{
  gint64 now = g_get_monotonic_time ();
  guint next = 0;

  if (ts_db_get_kind (self->db) != TS_DB_POSTGRESQL)
    return;
  if (self->gaps == NULL)
    self->gaps = g_array_new (FALSE, FALSE, sizeof (Gap));

  for (guint i = 0; i < self->gaps->len; )
    {
      Gap *gap = &g_array_index (self->gaps, Gap, i);
      gboolean came = FALSE;

      for (guint j = 0; j < seen->len && !came; j++)
        came = g_array_index (seen, gint64, j) == gap->seq;
      if (came || now - gap->missed_at > GAP_SECONDS * G_USEC_PER_SEC)
        g_array_remove_index (self->gaps, i);
      else
        i++;
    }

  if (last_seq - taken > MAX_GAPS)
    return;
  for (gint64 seq = taken + 1; seq < last_seq; seq++)
    {
      while (next < seen->len && g_array_index (seen, gint64, next) < seq)
        next++;
      if (next < seen->len && g_array_index (seen, gint64, next) == seq)
        continue;
      g_array_append_vals (self->gaps, &(Gap) { seq, now }, 1);
    }
}

gboolean
ts_store_take_external_changes (TsStore  *self,
                                GError  **error)
{
  g_autoptr(GHashTable) newest = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) versions = NULL;
  g_autoptr(GArray) loaded_versions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) taken = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 since, last_seq;
  gboolean ok;

  g_return_val_if_fail (TS_IS_STORE (self), FALSE);

  /* Not inside one of the store's own transactions (a handler of the
   * dataset's signal that iterates the main loop): next time. */
  if (self->db == NULL || ts_db_in_transaction (self->db) || self->reloading)
    return TRUE;

  /* From the oldest gap on, if there is one: what was read already is
   * read again, and left alone as this store's versions say. */
  last_seq = self->last_seq;
  since = self->gaps != NULL && self->gaps->len > 0
          ? MIN (g_array_index (self->gaps, Gap, 0).seq - 1, last_seq) : last_seq;
  newest = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                  (GDestroyNotify) ts_store_change_free);
  order = g_ptr_array_new_with_free_func (g_free);

  /* One committed state: the log's rows and the records they name. */
  if (!_ts_store_exec_sql (self, ts_db_get_kind (self->db) == TS_DB_SQLITE
                                 ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ", error))
    return FALSE;
  ok = read_log (self, since, newest, order, seen, &last_seq, error);
  if (ok && order->len > 0)
    {
      self->load_since = since;
      records = _ts_store_tables_load (self, &loaded_versions, error);
      self->load_since = -1;
      ok = records != NULL;
    }
  if (!ok)
    {
      _ts_store_rollback (self);
      return FALSE;
    }
  if (!_ts_store_exec_sql (self, "COMMIT", error))
    return FALSE;
  update_gaps (self, seen, self->last_seq, last_seq);
  if (order->len == 0)
    return TRUE;

  /* Their versions apart from the ones this store knows (0: deleted). */
  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  versions = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < records->len; i++)
    {
      const char *id = ts_record_get_id (g_ptr_array_index (records, i));

      g_hash_table_insert (by_id, (gpointer) id, g_ptr_array_index (records, i));
      g_hash_table_insert (versions, (gpointer) id,
                           GSIZE_TO_POINTER ((gsize) g_array_index (loaded_versions, gint64, i)));
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  taken = g_ptr_array_new ();
  for (guint i = 0; i < order->len; i++)
    {
      const char *id = g_ptr_array_index (order, i);
      TsRecord *theirs = g_hash_table_lookup (by_id, id);
      TsRecord *ours = ts_dataset_lookup (self->dataset, id);
      gint64 version = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (versions, id));

      /* This store's own change, or one it has taken already. */
      if (version == ts_store_get_version (self, id) && (ours != NULL) == (theirs != NULL))
        continue;
      if (theirs != NULL && !ts_field_load_check (theirs, &local_error))
        {
          /* Not read again and again: the next change of the record
           * brings it. */
          self->last_seq = last_seq;
          return set_read_error_message (self, local_error->message, error);
        }
      if (ours != NULL || theirs != NULL)
        g_ptr_array_add (changes, ts_change_new (ours, theirs));
      g_ptr_array_add (taken, (gpointer) id);
    }

  if (changes->len > 0 && !ts_dataset_apply_external (self->dataset, changes, &local_error))
    {
      self->last_seq = last_seq;
      return set_read_error_message (self, local_error->message, error);
    }

  self->last_seq = last_seq;
  if (taken->len == 0)
    return TRUE;

  ensure_external (self);
  for (guint i = 0; i < taken->len; i++)
    {
      const char *id = g_ptr_array_index (taken, i);
      gint64 version = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (versions, id));
      TsStoreChange *change = g_hash_table_lookup (newest, id);

      if (version != 0)
        g_hash_table_insert (self->versions, g_strdup (id), GSIZE_TO_POINTER ((gsize) version));
      else
        g_hash_table_remove (self->versions, id);
      g_hash_table_steal (newest, id);
      g_hash_table_replace (self->external, change->record_id, change);
      g_ptr_array_index (taken, i) = change;
    }
  g_debug ("Took %u records changed by other processes from “%s”", taken->len, self->path);
  g_signal_emit (self, signals[EXTERNAL_CHANGE], 0, taken);
  return TRUE;
}

static void
take_now (TsStore *self)
{
  g_autoptr(GError) error = NULL;

  /* Not a warning: a busy or lost connection is told by the next save. */
  if (!ts_store_take_external_changes (self, &error))
    g_message ("%s", error->message);
}

static gboolean
on_poll_timeout (gpointer user_data)
{
  TsStore *self = user_data;
  sqlite3 *sqlite = _ts_store_get_database (self);
  sqlite3_stmt *stmt = NULL;
  gint64 data_version = self->data_version;

  if (sqlite == NULL)
    {
      self->watch_id = 0;
      return G_SOURCE_REMOVE;
    }
  if (sqlite3_prepare_v2 (sqlite, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    data_version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (data_version != self->data_version)
    {
      self->data_version = data_version;
      take_now (self);
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
on_socket_ready (int           fd,
                 GIOCondition  condition,
                 gpointer      user_data)
{
  TsStore *self = user_data;
  guint n_notifications = 0;

  if (!ts_db_take_notifications (self->listen_db, &n_notifications))
    {
      /* Told as a lost connection (the window offers to reconnect);
       * once the store is connected again, they start again on a new
       * one (rewatch), from the log's rows after the last one taken. */
      g_message ("Live updates from “%s” stopped: %s", self->path,
                 ts_db_errmsg (self->listen_db));
      self->watch_id = 0;
      g_clear_pointer (&self->listen_db, ts_db_close);
      _ts_store_set_connected (self, FALSE);
      return G_SOURCE_REMOVE;
    }
  if (n_notifications > 0)
    take_now (self);
  return G_SOURCE_CONTINUE;
}

static gboolean
rewatch (gpointer user_data)
{
  TsStore *self = user_data;
  g_autoptr(GError) error = NULL;

  self->rewatch_id = 0;
  if (self->watching && self->watch_id == 0 && self->db != NULL
      && !ts_store_watch (self, &error))
    g_message ("Live updates from “%s” did not start again: %s", self->path, error->message);
  return G_SOURCE_REMOVE;
}

/* After the statement that reconnected, not inside it. */
static void
on_reconnected (TsStore *self)
{
  if (self->watching && self->watch_id == 0 && self->rewatch_id == 0)
    self->rewatch_id = g_idle_add (rewatch, self);
}

gboolean
ts_store_watch (TsStore  *self,
                GError  **error)
{
  g_return_val_if_fail (TS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (self->watch_id != 0)
    return TRUE;

  if (ts_db_get_kind (self->db) == TS_DB_SQLITE)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (_ts_store_get_database (self), "PRAGMA data_version", -1, &stmt,
                              NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        self->data_version = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      self->watch_id = g_timeout_add (TS_STORE_POLL_INTERVAL_MS, on_poll_timeout, self);
      g_source_set_name_by_id (self->watch_id, "[tianshan] store poll");
    }
  else
    {
      g_signal_handlers_disconnect_by_func (self, on_reconnected, NULL);
      g_signal_connect (self, "reconnected", G_CALLBACK (on_reconnected), NULL);
      self->watching = TRUE;
      self->listen_db = ts_db_open_postgresql (self->conninfo, self->password, self->path,
                                                error);
      if (self->listen_db == NULL)
        return FALSE;
      if (ts_db_exec (self->listen_db, "LISTEN " CHANNEL) != TS_DB_OK)
        {
          set_read_error (self, self->listen_db, error);
          g_clear_pointer (&self->listen_db, ts_db_close);
          return FALSE;
        }
      self->watch_id = g_unix_fd_add (ts_db_get_socket (self->listen_db),
                                      G_IO_IN | G_IO_HUP | G_IO_ERR, on_socket_ready, self);
      g_source_set_name_by_id (self->watch_id, "[tianshan] store notifications");
    }

  /* What was committed between the open and now. */
  return ts_store_take_external_changes (self, error);
}

void
_ts_store_notify_stop (TsStore *self)
{
  self->watching = FALSE;
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->rewatch_id, g_source_remove);
  g_clear_pointer (&self->listen_db, ts_db_close);
  g_clear_pointer (&self->external, g_hash_table_unref);
  g_clear_pointer (&self->gaps, g_array_unref);
}

const TsStoreChange *
ts_store_get_external_change (TsStore    *self,
                              const char *id)
{
  g_return_val_if_fail (TS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return self->external != NULL ? g_hash_table_lookup (self->external, id) : NULL;
}
