/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "ts-error.h"
#include "ts-json.h"
#include "ts-record.h"
#include "ts-store.h"
#include "ts-store-private.h"

#define SEED_RESOURCE_PATH RESOURCE_BASE_PATH "/dataset/tianshan.json"

static const char * const statement_sql[N_STATEMENTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_UPSERT_RECORD] =
    "INSERT INTO record (id, type, title, date_first, date_last, created, modified, body) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, "
    "date_first = excluded.date_first, date_last = excluded.date_last, "
    "created = excluded.created, modified = excluded.modified, body = excluded.body",
  [STMT_DELETE_RECORD] = "DELETE FROM record WHERE id = ?1",
  [STMT_DELETE_LINKS] = "DELETE FROM link WHERE source_id = ?1",
  [STMT_INSERT_LINK] = "INSERT INTO link (source_id, field, target_id) VALUES (?1, ?2, ?3)",
};

G_DEFINE_FINAL_TYPE (TsStore, ts_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ts-store-error-quark, ts_store_error)

static gboolean
set_database_error (TsStore     *self,
                    GError     **error,
                    const char  *what)
{
  g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE, "%s: %s", what,
               sqlite3_errmsg (self->db));
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
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
}

static sqlite3_stmt *
get_statement (TsStore    *self,
               Statement   statement,
               GError    **error)
{
  if (self->statements[statement] == NULL
      && sqlite3_prepare_v3 (self->db, statement_sql[statement], -1, SQLITE_PREPARE_PERSISTENT,
                             &self->statements[statement], NULL) != SQLITE_OK)
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
                sqlite3_stmt  *stmt,
                GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_save_error (self, error);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

gboolean
_ts_store_run_statement (TsStore    *self,
                         Statement   statement,
                         GError    **error)
{
  sqlite3_stmt *stmt = get_statement (self, statement, error);

  return stmt != NULL && step_statement (self, stmt, error);
}

void
_ts_store_rollback (TsStore *self)
{
  if (!sqlite3_get_autocommit (self->db)
      && !_ts_store_run_statement (self, STMT_ROLLBACK, NULL))
    g_warning ("Could not roll back a transaction on “%s”: %s",
               self->path, sqlite3_errmsg (self->db));
}

/* The bind functions return SQLite's result: SQLITE_TOOBIG for a value
 * over SQLITE_LIMIT_LENGTH, which must not pass for NULL. */
int
_ts_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text != NULL)
    return sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  return sqlite3_bind_null (stmt, index);
}

/* As the record's JSON writes it, so that the column sorts as the text. */
int
_ts_store_bind_time (sqlite3_stmt *stmt,
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
_ts_store_bind_julian (sqlite3_stmt *stmt,
                       int           index,
                       guint32       julian)
{
  if (julian != 0)
    return sqlite3_bind_int64 (stmt, index, julian);
  return sqlite3_bind_null (stmt, index);
}

/* The columns of a record row; @body is its JSON. Stops at the first
 * failure and returns its result. */
static int
bind_record_columns (sqlite3_stmt *stmt,
                     TsRecord     *record,
                     const char   *body)
{
  const TsDate *date = ts_record_get_date (record);
  int rc;

  if ((rc = _ts_store_bind_text (stmt, 1, ts_record_get_id (record))) != SQLITE_OK
      || (rc = _ts_store_bind_text (stmt, 2,
                                    ts_record_type_to_string (ts_record_get_record_type (record))))
         != SQLITE_OK
      || (rc = _ts_store_bind_text (stmt, 3, ts_record_get_title (record))) != SQLITE_OK
      || (rc = _ts_store_bind_julian (stmt, 4, ts_date_get_first_julian (date))) != SQLITE_OK
      || (rc = _ts_store_bind_julian (stmt, 5, ts_date_get_last_julian (date))) != SQLITE_OK
      || (rc = _ts_store_bind_time (stmt, 6, ts_record_get_created (record))) != SQLITE_OK
      || (rc = _ts_store_bind_time (stmt, 7, ts_record_get_modified (record))) != SQLITE_OK)
    return rc;
  return _ts_store_bind_text (stmt, 8, body);
}

/* A failed bind or step of @record's row: what is too large says so and
 * names the record, rather than passing for a missing value. */
static gboolean
set_record_error (TsStore       *self,
                  sqlite3_stmt  *stmt,
                  int            rc,
                  TsRecord      *record,
                  GError       **error)
{
  if (rc == SQLITE_TOOBIG)
    {
      int limit = sqlite3_limit (self->db, SQLITE_LIMIT_LENGTH, -1);
      g_autofree char *size = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not save the changes to “%s”: the record “%s” is too large to "
                     "store (the limit is %s of text per record); shorten its longest "
                     "fields"),
                   self->path, ts_record_get_id (record), size);
    }
  else if (rc == SQLITE_NOMEM)
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

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return FALSE;
}

typedef struct
{
  TsStore       *self;
  sqlite3_stmt  *stmt;
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

  if ((rc = _ts_store_bind_text (data->stmt, 1, ts_record_get_id (record))) != SQLITE_OK
      || (rc = _ts_store_bind_text (data->stmt, 2, field)) != SQLITE_OK
      || (rc = _ts_store_bind_text (data->stmt, 3, target_id)) != SQLITE_OK)
    {
      data->failed = TRUE;
      set_record_error (data->self, data->stmt, rc, record, data->error);
      return;
    }
  data->failed = !step_statement (data->self, data->stmt, data->error);
}

/* @replacing: whether a row for the record exists, whose links go. */
static gboolean
write_record (TsStore   *self,
              TsRecord  *record,
              gboolean   replacing,
              GError   **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *body = NULL;
  sqlite3_stmt *upsert, *delete_links;
  LinkData data = { self, NULL, error, FALSE };
  int rc;

  /* What is written must read back: the rules records are read by, not
   * only those of whoever made the record. */
  if (!ts_record_validate (record, error))
    return FALSE;

  /* Tianshan's own writer, not json_to_string(): json-glib 1.6 writes 1e17
   * as "1e+17.0", which no JSON parser reads. */
  node = ts_record_to_json (record);
  body = ts_json_node_to_string (node);

  if ((upsert = get_statement (self, STMT_UPSERT_RECORD, error)) == NULL
      || (delete_links = get_statement (self, STMT_DELETE_LINKS, error)) == NULL
      || (data.stmt = get_statement (self, STMT_INSERT_LINK, error)) == NULL)
    return FALSE;

  if ((rc = bind_record_columns (upsert, record, body)) != SQLITE_OK)
    return set_record_error (self, upsert, rc, record, error);
  /* A row can be too large even when each of its values is not. */
  rc = sqlite3_step (upsert);
  if (rc != SQLITE_DONE)
    return set_record_error (self, upsert, rc, record, error);
  sqlite3_reset (upsert);
  sqlite3_clear_bindings (upsert);

  if (replacing)
    {
      if ((rc = _ts_store_bind_text (delete_links, 1, ts_record_get_id (record))) != SQLITE_OK)
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
  sqlite3_stmt *stmt = get_statement (self, STMT_DELETE_RECORD, error);

  if (stmt == NULL)
    return FALSE;

  /* Its own links go with it (ON DELETE CASCADE); links to it make the
   * COMMIT fail, unless their records change in the same transaction. */
  if (_ts_store_bind_text (stmt, 1, id) != SQLITE_OK)
    {
      sqlite3_clear_bindings (stmt);
      return set_save_error (self, error);
    }
  return step_statement (self, stmt, error);
}

/* Inside a transaction. */
static gboolean
write_changes (TsStore    *self,
               GPtrArray  *changes,
               GError    **error)
{
  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      gboolean ok;

      if (change->new_record != NULL)
        ok = write_record (self, change->new_record, change->old_record != NULL, error);
      else
        ok = delete_record (self, ts_record_get_id (change->old_record), error);

      if (!ok)
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

  if (!_ts_store_run_statement (self, STMT_BEGIN, error))
    return FALSE;

  if (!write_changes (self, changes, error)
      || !_ts_store_run_statement (self, STMT_COMMIT, error))
    {
      _ts_store_rollback (self);
      return FALSE;
    }

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

  return ts_dataset_apply (self->dataset, changes, error)
         && write_changes (self, changes, error);
}

/* Records are read in parallel: parsing JSON and building records is most
 * of the time an open takes, and rows do not depend on each other. */
#define MAX_LOAD_THREADS 8
#define MIN_ROWS_PER_THREAD 2000

typedef struct
{
  const char  *path;
  GPtrArray   *ids;       /* of char *, all rows */
  GPtrArray   *bodies;    /* of char *, all rows */
  TsRecord   **records;   /* all rows: filled in by the chunks */
  guint        start;
  guint        end;
  guint        failed_at; /* the row that failed, or G_MAXUINT */
  GError      *error;
} LoadChunk;

static gpointer
build_records (gpointer data)
{
  LoadChunk *chunk = data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  for (guint i = chunk->start; i < chunk->end; i++)
    {
      const char *body = g_ptr_array_index (chunk->bodies, i);
      JsonNode *root;

      if (!json_parser_load_from_data (parser, body, -1, NULL)
          || (root = json_parser_get_root (parser)) == NULL
          || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_set_error (&chunk->error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                       _("Could not open “%s”: the record “%s” is damaged"), chunk->path,
                       (const char *) g_ptr_array_index (chunk->ids, i));
          chunk->failed_at = i;
          break;
        }

      /* Records saved before the limits on values (ts_record_new_from_stored_json)
       * were checked still load: the database opens. */
      chunk->records[i] = ts_record_new_from_stored_json (json_node_get_object (root),
                                                           &chunk->error);
      if (chunk->records[i] == NULL)
        {
          g_prefix_error (&chunk->error, _("Could not open “%s”: "), chunk->path);
          chunk->failed_at = i;
          break;
        }
    }

  return NULL;
}

/* One query for the whole table, one bulk load for the whole dataset. */
static gboolean
load_records (TsStore  *self,
              GError  **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bodies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autofree TsRecord **records = NULL;
  LoadChunk chunks[MAX_LOAD_THREADS] = { { 0, }, };
  GThread *threads[MAX_LOAD_THREADS] = { NULL, };
  LoadChunk *failed = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 read_time, build_time;
  guint n_rows, n_chunks;
  int rc;

  /* In the order records were added, as the dataset keeps them. */
  if (sqlite3_prepare_v2 (self->db, "SELECT id, body FROM record ORDER BY rowid", -1, &stmt,
                          NULL) != SQLITE_OK)
    return _ts_store_set_open_error (self, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (bodies, g_strndup ((const char *) sqlite3_column_text (stmt, 1),
                                          sqlite3_column_bytes (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _ts_store_set_open_error (self, error);

  read_time = g_get_monotonic_time ();
  n_rows = bodies->len;
  records = g_new0 (TsRecord *, n_rows + 1);
  n_chunks = CLAMP (MIN (g_get_num_processors (), n_rows / MIN_ROWS_PER_THREAD), 1,
                    MAX_LOAD_THREADS);

  for (guint c = 0; c < n_chunks; c++)
    {
      chunks[c] = (LoadChunk) { self->path, ids, bodies, records,
                                (guint) ((guint64) n_rows * c / n_chunks),
                                (guint) ((guint64) n_rows * (c + 1) / n_chunks),
                                G_MAXUINT, NULL };
      /* The first chunk is this thread's; a thread that cannot start
       * leaves its chunk to this thread too. */
      if (c > 0)
        threads[c] = g_thread_try_new ("ts-store-load", build_records, &chunks[c], NULL);
    }

  for (guint c = 0; c < n_chunks; c++)
    {
      if (threads[c] == NULL)
        build_records (&chunks[c]);
    }

  for (guint c = 0; c < n_chunks; c++)
    {
      if (threads[c] != NULL)
        g_thread_join (threads[c]);
      if (chunks[c].error != NULL && failed == NULL)
        failed = &chunks[c];
    }

  if (failed != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failed->error));
      for (guint c = 0; c < n_chunks; c++)
        g_clear_error (&chunks[c].error);
      for (guint i = 0; i < n_rows; i++)
        g_clear_object (&records[i]);
      return FALSE;
    }

  build_time = g_get_monotonic_time ();
  loaded = g_ptr_array_new_full (n_rows, g_object_unref);
  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (loaded, g_steal_pointer (&records[i]));

  /* Each record was validated as it was built; the dataset still checks
   * what is between records (unique ids, references), without the rest of
   * what an apply does. */
  if (!ts_dataset_load (self->dataset, loaded, error))
    {
      g_prefix_error (error, _("Could not open “%s”: "), self->path);
      return FALSE;
    }

  self->load_time = g_get_monotonic_time () - start;
  g_debug ("Loaded %u records from “%s” in %.3f s: reading %.3f s, building records "
           "%.3f s (%u threads), adding them to the dataset %.3f s",
           n_rows, self->path, self->load_time / (double) G_USEC_PER_SEC,
           (read_time - start) / (double) G_USEC_PER_SEC,
           (build_time - read_time) / (double) G_USEC_PER_SEC, n_chunks,
           (g_get_monotonic_time () - build_time) / (double) G_USEC_PER_SEC);
  return TRUE;
}

void
_ts_store_close_database (TsStore *self)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&self->statements[i], sqlite3_finalize);

  if (self->db != NULL && sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Could not close “%s”: %s", self->path, sqlite3_errmsg (self->db));
  self->db = NULL;
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

  while ((rc = sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL))
           == SQLITE_BUSY
         && g_get_monotonic_time () < deadline)
    g_usleep (20 * 1000);

  if (rc != SQLITE_OK)
    return _ts_store_set_open_error (self, error);
  return TRUE;
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

  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        {
          g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                       _("Could not open “%s”: out of memory"), self->path);
          return FALSE;
        }
      return _ts_store_set_open_error (self, error);
    }

  sqlite3_busy_timeout (self->db, 5000);

  if (!checked && !_ts_store_check_file (self, &version, &empty, error))
    return FALSE;

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not open “%s”: the file cannot be written"), self->path);
      return FALSE;
    }

  /* Only now, with the file known to be ours, does anything write. */
  if (!_ts_store_set_wal_mode (self, error)
      || !_ts_store_exec_sql (self, "PRAGMA foreign_keys = ON;", error))
    return FALSE;

  if (empty || version < TS_STORE_SCHEMA_VERSION)
    {
      if (!_ts_store_run_statement (self, STMT_BEGIN, error))
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
          || !_ts_store_run_statement (self, STMT_COMMIT, error))
        {
          _ts_store_rollback (self);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
open_database (TsStore  *self,
               GBytes   *seed,
               GError  **error)
{
  gboolean placed = FALSE;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
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

  if (!open_file (self, seed, placed, error))
    return FALSE;

  if (!self->created && !load_records (self, error))
    return FALSE;

  ts_dataset_set_commit_func (self->dataset, commit_changes, self, NULL);
  return TRUE;
}

static void
ts_store_dispose (GObject *object)
{
  TsStore *self = (TsStore *)object;

  /* The dataset may outlive the store (a view holds it): from now on its
   * changes are refused, not silently lost. */
  if (self->dataset != NULL)
    ts_dataset_set_commit_func (self->dataset, refuse_changes, g_strdup (self->path), g_free);
  g_clear_object (&self->dataset);
  _ts_store_close_database (self);

  G_OBJECT_CLASS (ts_store_parent_class)->dispose (object);
}

static void
ts_store_finalize (GObject *object)
{
  TsStore *self = (TsStore *)object;

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ts_store_parent_class)->finalize (object);
}

static void
ts_store_class_init (TsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_store_dispose;
  object_class->finalize = ts_store_finalize;
}

static void
ts_store_init (TsStore *self)
{
  self->dataset = ts_dataset_new ();
}

char *
ts_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tianshan", "tianshan.db", NULL);
}

TsStore *
ts_store_open_full (const char  *path,
                    GBytes      *seed,
                    GError     **error)
{
  g_autoptr(TsStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TS_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* Nothing this open made is left behind on failure, and nothing that
   * was there before (or that another process made) is removed. */
  if (!open_database (self, seed, error))
    {
      _ts_store_close_database (self);
      return NULL;
    }

  return g_steal_pointer (&self);
}

TsStore *
ts_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  seed = g_resources_lookup_data (SEED_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &local_error);
  if (seed == NULL)
    g_debug ("No shipped dataset: %s", local_error->message);

  return ts_store_open_full (path, seed, error);
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

sqlite3 *
_ts_store_get_database (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), NULL);

  return self->db;
}
