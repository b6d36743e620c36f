/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "ts-error.h"
#include "ts-field-load.h"
#include "ts-json.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"

#define SEED_RESOURCE_PATH RESOURCE_BASE_PATH "/dataset/tianshan.json"

static const char * const statement_sql[N_STATEMENTS] = {
  [STMT_DELETE_RECORD] = "DELETE FROM record WHERE id = ?1",
  [STMT_DELETE_LINKS] = "DELETE FROM link WHERE source_id = ?1",
  [STMT_INSERT_LINK] = "INSERT INTO link (source_id, field, target_id) VALUES (?1, ?2, ?3)",
};

G_DEFINE_FINAL_TYPE (TsStore, ts_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ts-store-error-quark, ts_store_error)
static GQuark
store_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("ts-store-of-dataset");
  return quark;
}

static gboolean
set_database_error (TsStore     *self,
                    GError     **error,
                    const char  *what)
{
  g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE, "%s: %s", what,
               ts_db_errmsg (self->db));
  return FALSE;
}

gboolean
_ts_store_set_open_error (TsStore  *self,
                          GError  **error)
{
  g_autofree char *what = g_strdup_printf (_("Could not open “%s”"), self->path);

  return set_database_error (self, error, what);
}

static gboolean
set_save_error (TsStore  *self,
                GError  **error)
{
  g_autofree char *what = g_strdup_printf (_("Could not save the changes to “%s”"), self->path);

  return set_database_error (self, error, what);
}

gboolean
_ts_store_exec_sql (TsStore     *self,
                    const char  *sql,
                    GError     **error)
{
  if (ts_db_exec (self->db, sql) != TS_DB_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

static TsDbStmt *
get_statement (TsStore    *self,
               Statement   statement,
               GError    **error)
{
  TsDbResult rc;

  if (self->statements[statement] == NULL
      && (self->statements[statement] = ts_db_prepare (self->db, statement_sql[statement], TRUE,
                                                       &rc)) == NULL)
    {
      set_save_error (self, error);
      return NULL;
    }

  return self->statements[statement];
}

/* Runs a statement whose parameters are bound; resets it for the next use
 * either way. */
static gboolean
step_statement (TsStore       *self,
                TsDbStmt      *stmt,
                GError       **error)
{
  TsDbResult rc = ts_db_step (stmt);

  if (rc != TS_DB_DONE && rc != TS_DB_ROW)
    {
      set_save_error (self, error);
      ts_db_reset (stmt);
      ts_db_clear_bindings (stmt);
      return FALSE;
    }

  ts_db_reset (stmt);
  ts_db_clear_bindings (stmt);
  return TRUE;
}

gboolean
_ts_store_begin (TsStore  *self,
                 GError  **error)
{
  if (ts_db_begin (self->db) != TS_DB_OK)
    return set_save_error (self, error);
  return TRUE;
}

gboolean
_ts_store_commit (TsStore  *self,
                  GError  **error)
{
  if (ts_db_commit (self->db) != TS_DB_OK)
    return set_save_error (self, error);
  return TRUE;
}

void
_ts_store_rollback (TsStore *self)
{
  if (ts_db_in_transaction (self->db) && ts_db_rollback (self->db) != TS_DB_OK)
    g_warning ("Could not roll back a transaction on “%s”: %s",
               self->path, ts_db_errmsg (self->db));
}

/* The bind functions return the database's result: TS_DB_TOOBIG for a
 * value over SQLITE_LIMIT_LENGTH, which must not pass for NULL. */
int
_ts_store_bind_text (TsDbStmt   *stmt,
                     int         index,
                     const char *text)
{
  return ts_db_bind_text (stmt, index, text);
}

/* As the record's JSON writes it, so that the column sorts as the text. */
int
_ts_store_bind_time (TsDbStmt     *stmt,
                     int           index,
                     GDateTime    *time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (time != NULL)
    {
      utc = g_date_time_to_utc (time);
      text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                              g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc), g_date_time_get_second (utc));
    }
  return _ts_store_bind_text (stmt, index, text);
}

int
_ts_store_bind_julian (TsDbStmt     *stmt,
                       int           index,
                       guint32       julian)
{
  if (julian != 0)
    return ts_db_bind_int64 (stmt, index, julian);
  return ts_db_bind_null (stmt, index);
}

/* A failed bind or step of @record's row: what is too large says so and
 * names the record, rather than passing for a missing value. */
static gboolean
set_record_error (TsStore       *self,
                  TsDbStmt      *stmt,
                  int            rc,
                  TsRecord      *record,
                  GError       **error)
{
  if (rc == TS_DB_TOOBIG)
    {
      sqlite3 *sqlite = ts_db_get_sqlite (self->db);
      /* PostgreSQL: a field's value is at most 1 GiB. */
      int limit = sqlite != NULL ? sqlite3_limit (sqlite, SQLITE_LIMIT_LENGTH, -1) : 1 << 30;
      g_autofree char *size = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not save the changes to “%s”: the record “%s” is too large to "
                     "store (the limit is %s of text per record); shorten its longest "
                     "fields"),
                   self->path, ts_record_get_id (record), size);
    }
  else if (rc == TS_DB_NOMEM)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not save the changes to “%s”: out of memory for the record "
                     "“%s”"),
                   self->path, ts_record_get_id (record));
    }
  else
    {
      /* Before the reset, while SQLite's message is the step's. */
      set_save_error (self, error);
    }

  if (stmt != NULL)
    {
      ts_db_reset (stmt);
      ts_db_clear_bindings (stmt);
    }
  return FALSE;
}

typedef struct
{
  TsStore       *self;
  TsDbStmt      *stmt;
  GError       **error;
  gboolean       failed;
} LinkData;

static void
insert_link_cb (TsRecord   *record,
                const char *field,
                const char *target_id,
                gpointer    user_data)
{
  LinkData *data = user_data;
  int rc;

  if (data->failed)
    return;

  if ((rc = _ts_store_bind_text (data->stmt, 1, ts_record_get_id (record))) != TS_DB_OK
      || (rc = _ts_store_bind_text (data->stmt, 2, field)) != TS_DB_OK
      || (rc = _ts_store_bind_text (data->stmt, 3, target_id)) != TS_DB_OK)
    {
      data->failed = TRUE;
      set_record_error (data->self, data->stmt, rc, record, data->error);
      return;
    }
  data->failed = !step_statement (data->self, data->stmt, data->error);
}

/* @replacing: whether a row for the record exists, whose links go. */
gboolean
_ts_store_write_record (TsStore   *self,
                        TsRecord  *record,
                        gboolean   replacing,
                        GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  TsDbStmt *delete_links;
  LinkData data = { self, NULL, error, FALSE };
  int rc;

  /* What is written must read back: the rules records are read by, not
   * only those of whoever made the record. */
  if (!ts_record_validate (record, error))
    return FALSE;

  if ((delete_links = get_statement (self, STMT_DELETE_LINKS, error)) == NULL
      || (data.stmt = get_statement (self, STMT_INSERT_LINK, error)) == NULL)
    return FALSE;

  /* A row can be too large even when each of its values is not. */
  rc = _ts_store_tables_write (self, record, replacing, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (rc != TS_DB_OK)
    return set_record_error (self, NULL, rc, record, error);

  if (replacing)
    {
      if ((rc = _ts_store_bind_text (delete_links, 1, ts_record_get_id (record))) != TS_DB_OK)
        return set_record_error (self, delete_links, rc, record, error);
      if (!step_statement (self, delete_links, error))
        return FALSE;
    }

  ts_record_foreach_reference (record, insert_link_cb, &data);
  return !data.failed;
}

static gboolean
delete_record (TsStore     *self,
               const char  *id,
               GError     **error)
{
  TsDbStmt *stmt = get_statement (self, STMT_DELETE_RECORD, error);

  if (stmt == NULL)
    return FALSE;

  /* Its own links go with it (ON DELETE CASCADE); links to it make the
   * COMMIT fail, unless their records change in the same transaction. */
  if (_ts_store_bind_text (stmt, 1, id) != TS_DB_OK)
    {
      ts_db_clear_bindings (stmt);
      return set_save_error (self, error);
    }
  return step_statement (self, stmt, error);
}

/* Inside a transaction. @logged: each change checked against the version
 * it was made on and written to the change log (all but the first run's
 * records). */
static gboolean
write_changes (TsStore    *self,
               GPtrArray  *changes,
               gboolean    logged,
               GError    **error)
{
  if (logged && !_ts_store_history_lock (self, changes, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      /* Whether the database has a row: as the change says, unless an
       * overwrite goes on what another process made of the record. */
      gint64 current = change->old_record != NULL;
      gint64 next = 0;
      gboolean ok = TRUE;

      if (logged && !_ts_store_history_check (self, change, &current, &next, error))
        return FALSE;

      if (change->new_record != NULL)
        ok = _ts_store_write_record (self, change->new_record, current != 0, error);
      else if (current != 0)
        ok = delete_record (self, ts_record_get_id (change->old_record), error);

      if (!ok || (logged && !_ts_store_history_log (self, change, current, next, error)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
commit_changes (TsDataset  *dataset,
                GPtrArray  *changes,
                gpointer    user_data,
                GError    **error)
{
  TsStore *self = user_data;

  /* A reload: the records come from the database. */
  if (self->reloading)
    return TRUE;
  if (self->read_only)
    return _ts_store_refuse_read_only (self, error);

  if (!_ts_store_begin (self, error))
    {
      _ts_store_take_failure (self, TRUE, error);
      return FALSE;
    }

  /* A copy's records come with their log (ts-store-copy.c). */
  if (!write_changes (self, changes, self->copied_changes == NULL, error)
      || (self->copied_changes != NULL && !_ts_store_history_write_copy (self, error))
      || !_ts_store_notify_send (self, changes, error)
      || !_ts_store_commit (self, error))
    {
      /* A lost connection, a refused permission: said as such. */
      _ts_store_take_failure (self, TRUE, error);
      _ts_store_rollback (self);
      _ts_store_history_end (self, FALSE);
      if (error != NULL && *error != NULL
          && g_error_matches (*error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT))
        _ts_store_history_fill_conflict (self);
      return FALSE;
    }

  _ts_store_history_end (self, TRUE);
  return TRUE;
}

/* The commit function of a dataset whose store is gone. */
static gboolean
refuse_changes (TsDataset  *dataset,
                GPtrArray  *changes,
                gpointer    user_data,
                GError    **error)
{
  const char *path = user_data;

  g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
               _("Could not save the changes: the database “%s” is closed"), path);
  return FALSE;
}

/* The first run: the records of @seed, checked by the dataset, written in
 * the transaction that creates the schema. */
gboolean
_ts_store_import_seed (TsStore  *self,
                       GBytes   *seed,
                       GError  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  records = ts_json_read_bytes (seed, "tianshan.json", error);
  if (records == NULL)
    return FALSE;

  changes = g_ptr_array_new_full (records->len, (GDestroyNotify) ts_change_free);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (changes, ts_change_new (NULL, g_ptr_array_index (records, i)));

  if (!ts_dataset_apply (self->dataset, changes, error)
      || !write_changes (self, changes, FALSE, error))
    return FALSE;

  /* Each at version 1, the column's default, unless a copy says. */
  for (guint i = 0; i < records->len; i++)
    g_hash_table_insert (self->versions,
                         g_strdup (ts_record_get_id (g_ptr_array_index (records, i))),
                         GSIZE_TO_POINTER (1));
  return self->copied_changes == NULL || _ts_store_history_write_copy (self, error);
}

/* Records [@first, @end) of @records to check. */
typedef struct
{
  GPtrArray *records;
  guint      first;
  guint      end;
  GError    *error;
} CheckData;

static gpointer
check_records (gpointer user_data)
{
  CheckData *data = user_data;

  for (guint i = data->first; i < data->end; i++)
    {
      if (!ts_field_load_check (g_ptr_array_index (data->records, i), &data->error))
        break;
    }

  return NULL;
}

/* Every record from the tables, in the order they were added (as the
 * dataset keeps them), checked as a stored record is. */
static gboolean
load_records (TsStore  *self,
              GError  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) versions = NULL;
  g_autoptr(GError) load_error = NULL;
  CheckData check = { NULL, 0, 0, NULL };
  CheckData rest = { NULL, 0, 0, NULL };
  GThread *thread;
  gint64 start = g_get_monotonic_time ();
  gint64 read_time;
  gboolean loaded;

  records = _ts_store_tables_load (self, &versions, error);
  if (records == NULL)
    return FALSE;
  _ts_store_history_set_versions (self, records, versions);
  read_time = g_get_monotonic_time ();

  /* The records are checked (records saved before the limits on values
   * were checked still load: the database opens) in another thread while
   * this one adds them to the dataset, which only reads them; the dataset
   * checks what is between records (unique ids, references), without the
   * rest of what an apply does. A record that fails its checks fails the
   * open, and the dataset is dropped. The thread checks the first seven
   * tenths, this one the rest once the dataset has them (adding them costs
   * about four tenths of checking them), so that both finish together;
   * the message is the first failing record's, as if checked in order. */
  check.records = rest.records = records;
  check.end = rest.first = records->len / 10 * 7;
  rest.end = records->len;
  thread = g_thread_try_new ("ts-store-check", check_records, &check, NULL);
  if (thread == NULL)
    check_records (&check);
  loaded = ts_dataset_load (self->dataset, records, &load_error);
  check_records (&rest);
  if (thread != NULL)
    g_thread_join (thread);
  if (check.error == NULL)
    check.error = g_steal_pointer (&rest.error);
  g_clear_error (&rest.error);

  if (check.error != NULL || !loaded)
    {
      g_propagate_error (error, check.error != NULL ? g_steal_pointer (&check.error)
                                                    : g_steal_pointer (&load_error));
      g_prefix_error (error, _("Could not open “%s”: "), self->path);
      g_clear_object (&self->dataset);
      self->dataset = ts_dataset_new ();
      return FALSE;
    }

  self->load_time = g_get_monotonic_time () - start;
  g_debug ("Loaded %u records from “%s” in %.3f s: reading %.3f s, checking them and "
           "adding them to the dataset %.3f s",
           records->len, self->path, self->load_time / (double) G_USEC_PER_SEC,
           (read_time - start) / (double) G_USEC_PER_SEC,
           (g_get_monotonic_time () - read_time) / (double) G_USEC_PER_SEC);
  return TRUE;
}

void
_ts_store_close_database (TsStore *self)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&self->statements[i], ts_db_finalize);
  _ts_store_tables_finalize (self);
  _ts_store_history_finalize (self);
  _ts_store_notify_stop (self);

  g_clear_pointer (&self->db, ts_db_close);
}

/* Switching a file to WAL needs it to itself, and SQLite returns
 * SQLITE_BUSY at once when another connection holds it (its busy handler
 * is not called where waiting could deadlock): wait here as the busy
 * timeout would. A file already in WAL needs nothing. */
gboolean
_ts_store_set_wal_mode (TsStore  *self,
                        GError  **error)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  int rc;

  while ((rc = sqlite3_exec (ts_db_get_sqlite (self->db), "PRAGMA journal_mode = WAL", NULL,
                             NULL, NULL))
           == SQLITE_BUSY
         && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);

  if (rc != SQLITE_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

/* Another process writes the file: wait for it, up to 10 seconds. Not
 * sqlite3_busy_timeout (), which sleeps longer and longer between tries
 * (100 ms at a time after the first half second): with several processes
 * writing, each for a few milliseconds, a process that sleeps that long
 * finds the file taken at every try and fails, while the others go on.
 * Tries at short, random intervals take it as soon as it is free. */
static int
wait_while_busy (void *user_data,
                 int   count)
{
  TsStore *self = user_data;
  gint64 now = g_get_monotonic_time ();

  if (count == 0)
    self->busy_since = now;
  if (now - self->busy_since > 10 * G_USEC_PER_SEC)
    return 0;
  g_usleep (g_random_int_range (200, 1000 + MIN (count, 40) * 100));
  return 1;
}

/* Opens the file at the path, which exists: another program's file or a
 * newer version's is refused before anything writes to it. */
static gboolean
open_file (TsStore  *self,
           GBytes   *seed,
           gboolean  checked,
           GError  **error)
{
  gboolean empty = FALSE;
  int version = TS_STORE_SCHEMA_VERSION;
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (self->path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (handle != NULL)
    self->db = ts_db_new_sqlite (handle);
  if (rc != SQLITE_OK)
    {
      if (handle == NULL)
        {
          g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                       _("Could not open “%s”: out of memory"), self->path);
          return FALSE;
        }
      return _ts_store_set_open_error (self, error);
    }

  sqlite3_busy_handler (handle, wait_while_busy, self);

  if (!checked && !_ts_store_check_file (self, &version, &empty, error))
    return FALSE;

  if (sqlite3_db_readonly (handle, "main") == 1)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not open “%s”: the file cannot be written"), self->path);
      return FALSE;
    }

  /* Only now, with the file known to be ours, does anything write: the
   * migration first, so that a file it refuses is left byte for byte as it
   * was (switching to WAL rewrites the header), then WAL. */
  if (!_ts_store_exec_sql (self, "PRAGMA foreign_keys = ON;", error))
    return FALSE;

  if (empty || version < TS_STORE_SCHEMA_VERSION)
    {
      if (!_ts_store_begin (self, error))
        return FALSE;

      /* Again, inside the transaction: another process may have migrated
       * or filled the file since it was checked. */
      if (!_ts_store_check_file (self, &version, &empty, error))
        {
          _ts_store_rollback (self);
          return FALSE;
        }
      if (empty)
        self->created = TRUE;

      if ((version < TS_STORE_SCHEMA_VERSION && !_ts_store_migrate (self, version, error))
          || (empty && seed != NULL && !_ts_store_import_seed (self, seed, error))
          || !_ts_store_commit (self, error))
        {
          _ts_store_rollback (self);
          return FALSE;
        }
    }

  return _ts_store_set_wal_mode (self, error);
}

/* A team database: connects, refuses a newer schema or another
 * program's tables before writing anything, and gives an empty database
 * the tables (and @seed) in one transaction. */
static gboolean
open_server (TsStore  *self,
             GBytes   *seed,
             GError  **error)
{
  gboolean empty = FALSE;
  int version = TS_STORE_SCHEMA_VERSION;

  self->db = ts_db_open_postgresql (self->conninfo, self->password, self->path, error);
  if (self->db == NULL)
    return FALSE;

  if (!_ts_store_check_file (self, &version, &empty, error))
    {
      _ts_store_take_failure (self, FALSE, error);
      return FALSE;
    }

  if (empty || version < TS_STORE_SCHEMA_VERSION)
    {
      /* Two first opens at once: the second waits, then finds the tables. */
      if (!_ts_store_begin (self, error)
          || !_ts_store_exec_sql (self, "SELECT pg_advisory_xact_lock (1416524648)", error))
        {
          _ts_store_rollback (self);
          return FALSE;
        }
      if (!_ts_store_check_file (self, &version, &empty, error))
        {
          _ts_store_rollback (self);
          return FALSE;
        }
      self->created = empty;

      if ((empty && !_ts_store_create_schema (self, error))
          || (!empty && version < TS_STORE_SCHEMA_VERSION
              && !_ts_store_migrate (self, version, error))
          || (empty && seed != NULL && !_ts_store_import_seed (self, seed, error))
          || !_ts_store_commit (self, error))
        {
          _ts_store_take_failure (self, FALSE, error);
          _ts_store_rollback (self);
          return FALSE;
        }
    }

  return _ts_store_failure_open (self, error);
}

static gboolean
open_database (TsStore  *self,
               GBytes   *seed,
               GError  **error)
{
  gboolean placed = FALSE;

  if (self->conninfo != NULL)
    {
      if (!open_server (self, seed, error))
        return FALSE;
    }
  else if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (!_ts_store_create_database (self, seed, &placed, error))
        return FALSE;

      /* Another process created the database first: its records, not the
       * seed this one read, are the dataset. */
      if (!placed)
        {
          g_clear_object (&self->dataset);
          self->dataset = ts_dataset_new ();
        }
      self->created = placed;
    }

  if (self->conninfo == NULL && !open_file (self, seed, placed, error))
    return FALSE;

  /* Before the records: live updates take what is committed meanwhile. */
  if (!_ts_store_notify_init (self, error))
    return FALSE;
  if (!self->created && !load_records (self, error))
    return FALSE;

  ts_dataset_set_commit_func (self->dataset, commit_changes, self, NULL);
  g_object_set_qdata (G_OBJECT (self->dataset), store_quark (), self);
  return TRUE;
}

static void
ts_store_dispose (GObject *object)
{
  TsStore *self = (TsStore *)object;

  /* The dataset may outlive the store (a view holds it): from now on its
   * changes are refused, not silently lost. */
  if (self->dataset != NULL)
    {
      ts_dataset_set_commit_func (self->dataset, refuse_changes, g_strdup (self->path), g_free);
      g_object_set_qdata (G_OBJECT (self->dataset), store_quark (), NULL);
    }
  g_clear_object (&self->dataset);
  _ts_store_close_database (self);
  _ts_store_history_free (self);

  G_OBJECT_CLASS (ts_store_parent_class)->dispose (object);
}

static void
ts_store_finalize (GObject *object)
{
  TsStore *self = (TsStore *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->conninfo, g_free);
  if (self->password != NULL)
    explicit_bzero (self->password, strlen (self->password));
  g_clear_pointer (&self->password, g_free);

  G_OBJECT_CLASS (ts_store_parent_class)->finalize (object);
}

static void
ts_store_class_init (TsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_store_dispose;
  object_class->finalize = ts_store_finalize;
  _ts_store_notify_class_init (object_class);
  _ts_store_failure_class_init (object_class);
}

static void
ts_store_init (TsStore *self)
{
  self->dataset = ts_dataset_new ();
  self->versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending_versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->overwrites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->load_since = -1;
}

char *
ts_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tianshan", "tianshan.db", NULL);
}

static TsStore *
open_store (const char  *path,
            const char  *password,
            GBytes      *seed,
            GPtrArray   *changes,
            GHashTable  *versions,
            GError     **error)
{
  g_autoptr(TsStore) self = NULL;
  gboolean opened;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TS_TYPE_STORE, NULL);
  if (ts_db_location_is_postgresql (path))
    {
      self->conninfo = g_strdup (path);
      self->path = ts_db_location_display (path);
      self->password = g_strdup (password);
    }
  else
    self->path = g_strdup (path);

  /* Nothing this open made is left behind on failure, and nothing that
   * was there before (or that another process made) is removed. */
  self->copied_changes = changes;
  self->copied_versions = versions;
  opened = open_database (self, seed, error);
  self->copied_changes = NULL;
  self->copied_versions = NULL;
  if (!opened)
    {
      _ts_store_close_database (self);
      return NULL;
    }

  return g_steal_pointer (&self);
}

static TsStore *
open_with_password (const char  *path,
                    const char  *password,
                    GBytes      *seed,
                    GError     **error)
{
  return open_store (path, password, seed, NULL, NULL, error);
}

TsStore *
_ts_store_open_copy (const char  *path,
                     GBytes      *seed,
                     GPtrArray   *changes,
                     GHashTable  *versions,
                     GError     **error)
{
  return open_store (path, NULL, seed, changes, versions, error);
}

TsStore *
ts_store_open_full (const char  *path,
                    GBytes      *seed,
                    GError     **error)
{
  return open_with_password (path, NULL, seed, error);
}

TsStore *
ts_store_open (const char  *path,
               GError     **error)
{
  return ts_store_open_with_password (path, NULL, error);
}

TsStore *
ts_store_open_with_password (const char  *path,
                             const char  *password,
                             GError     **error)
{
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  seed = g_resources_lookup_data (SEED_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &local_error);
  if (seed == NULL)
    g_debug ("No shipped dataset: %s", local_error->message);

  return open_with_password (path, password, seed, error);
}

const char *
ts_store_get_path (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), NULL);

  return self->path;
}

TsDataset *
ts_store_get_dataset (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), NULL);

  return self->dataset;
}

gboolean
ts_store_get_created (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), FALSE);

  return self->created;
}

gint64
ts_store_get_load_time (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), 0);

  return self->load_time;
}

TsStore *
ts_store_get_for_dataset (TsDataset *dataset)
{
  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);

  return g_object_get_qdata (G_OBJECT (dataset), store_quark ());
}

sqlite3 *
_ts_store_get_database (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), NULL);

  return self->db != NULL ? ts_db_get_sqlite (self->db) : NULL;
}
