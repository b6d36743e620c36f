/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-csv"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ts-csv.h"
#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-export-private.h"
#include "ts-export-text.h"
#include "ts-i18n.h"
#include "ts-record-columns.h"
#include "ts-string.h"

#define BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (guchar) (b))

/* Whether a byte of @word is zero (exact: no false positives). */
#define HAS_ZERO(word) ((((word) - BYTES (1)) & ~(word) & BYTES (0x80)) != 0)

/* Whether @text (@length bytes) has a byte outside ASCII, and whether a
 * comma, quote or line break makes it need quotes: eight bytes at a time,
 * since every text cell of a file is scanned so. */
static void
scan_text (const char *text,
           gsize       length,
           gboolean   *ascii,
           gboolean   *quote)
{
  guint64 high = 0;
  gboolean special = FALSE;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, 8);
      high |= word;
      special |= HAS_ZERO (word ^ BYTES (',')) | HAS_ZERO (word ^ BYTES ('"'))
                 | HAS_ZERO (word ^ BYTES ('\r')) | HAS_ZERO (word ^ BYTES ('\n'));
    }
  for (; i < length; i++)
    {
      guchar c = (guchar) text[i];

      high |= c;
      special |= c == ',' || c == '"' || c == '\r' || c == '\n';
    }

  *ascii = (high & BYTES (0x80)) == 0;
  *quote = special;
}

/* ts_export_csv_append_field (line, text, TRUE) of the text made valid
 * UTF-8, for every text cell: one pass over the text finds whether it is
 * ASCII (valid then) and whether it needs quotes; a text that needs neither
 * quotes nor an apostrophe nor mending is appended as it is, without a
 * copy. */
static void
append_text (GString    *line,
             const char *text)
{
  gsize length;
  gboolean ascii;
  gboolean quote;

  if (text == NULL || text[0] == '\0')
    return;

  length = strlen (text);
  scan_text (text, length, &ascii, &quote);

  if (!ascii && !g_utf8_validate (text, length, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, length);

      ts_export_csv_append_field (line, valid, TRUE);
      return;
    }

  switch (text[0])
    {
    /* What ts_export_csv_append_field() neutralizes. */
    case '=': case '+': case '-': case '@': case '\t': case '\r':
      quote = TRUE;
      break;
    default:
      break;
    }
  if (quote)
    ts_export_csv_append_field (line, text, TRUE);
  else
    ts_string_append_len (line, text, length);
}

static void
append_cell (GString      *line,
             const TsCell *cell)
{
  switch (cell->kind)
    {
    case TS_CELL_TEXT:
    case TS_CELL_URL:
      append_text (line, cell->text);
      break;
    case TS_CELL_NUMBER:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        /* Fifteen digits: exact for what people type, without 0.1's tail. */
        g_ascii_formatd (buffer, sizeof buffer, "%.15g", cell->number);
        g_string_append (line, buffer);
      }
      break;
    case TS_CELL_DATE:
      {
        g_autofree char *text = ts_date_to_string (&cell->date);

        append_text (line, text);
      }
      break;
    case TS_CELL_DATETIME:
      {
        g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (cell->unix_time);
        g_autofree char *text = time != NULL
                                ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;

        ts_export_csv_append_field (line, text, TRUE);
      }
      break;
    case TS_CELL_EMPTY:
    default:
      break;
    }
}

/* Rows are gathered to this size and written at once: fwrite() of a large
 * block goes straight to write(), in some seventy calls for a file of
 * 55 000 meetings instead of one per 4 KiB of the stream's buffer. */
#define FLUSH_SIZE (256 * 1024)

static gboolean
flush_lines (TsExportFile  *file,
             GString       *lines,
             GError       **error)
{
  FILE *stream = ts_export_file_get_stream (file);

  if (lines->len > 0 && fwrite (lines->str, 1, lines->len, stream) != lines->len)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, ts_export_file_get_path (file),
                                g_strerror (errno != 0 ? errno : EIO));
      return FALSE;
    }
  g_string_truncate (lines, 0);
  return TRUE;
}

/* A record's line: its cells, as the columns say, and the line's end. */
static void
append_row (const TsColumnContext  *context,
            const TsColumn * const *columns,
            guint                   n_columns,
            TsRecord               *record,
            GString                *lines)
{
  for (guint c = 0; c < n_columns; c++)
    {
      TsCell cell = TS_CELL_INIT;

      if (c > 0)
        ts_string_append_len (lines, ",", 1);
      columns[c]->fill (context, record, &cell);
      append_cell (lines, &cell);
      ts_cell_clear (&cell);
    }
  ts_string_append_len (lines, "\r\n", 2);
}

/* A thread's column context for rows: one cell at a time, the lists' cells
 * joined in @scratch rather than each in a text of its own (the other text
 * cells are the records' own), and each linked record's name looked for
 * once, in @names. The thread holds the language (ts_i18n_hold ()) and the
 * records are the snapshot's for as long as it writes. */
static void
init_row_context (TsColumnContext *context,
                  TsExportData    *data,
                  GString         *scratch,
                  GHashTable      *names)
{
  ts_export_data_init_column_context (data, context);
  context->scratch = scratch;
  context->names = names;
}

/* The worker's half: rows @start to @end of @records. */
typedef struct
{
  TsExportData *data;
  GPtrArray *records;
  const TsColumn * const *columns;
  guint n_columns;
  guint start;
  guint end;
  GCancellable *cancellable;
  GString *lines;
  /* Rows made so far, for the progress; set to stop it early. */
  int n_done;
  int stop;
} Rows;

/* Runs in the worker: the lines of its rows, in a context of its own,
 * holding the language as the caller holds it. */
static gpointer
make_rows (gpointer user_data)
{
  Rows *rows = user_data;
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GHashTable) names = g_hash_table_new (g_direct_hash, g_direct_equal);
  TsColumnContext context;

  ts_i18n_hold ();
  init_row_context (&context, rows->data, scratch, names);
  for (guint i = rows->start; i < rows->end; i++)
    {
      if (g_atomic_int_get (&rows->stop) || g_cancellable_is_cancelled (rows->cancellable))
        break;
      append_row (&context, rows->columns, rows->n_columns, rows->records->pdata[i],
                  rows->lines);
      g_atomic_int_inc (&rows->n_done);
    }
  ts_i18n_release ();
  return NULL;
}

static gboolean
write_rows (TsExportFile          *file,
            TsExportData          *data,
            GPtrArray             *records,
            guint                  n_records,
            const TsColumn * const *columns,
            guint                  n_columns,
            GString               *line,
            const char            *path,
            GCancellable          *cancellable,
            TsExportProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GHashTable) names = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GString) worker_lines = NULL;
  GThread *worker = NULL;
  Rows rows = { 0, };
  guint n_mine = n_records;
  TsColumnContext context;
  gboolean written = TRUE;

  /* A file of many rows is written by two threads: this one writes the
   * first half of the rows as it goes, and a worker makes the second
   * half's lines in memory meanwhile, which this one then writes after
   * its own: the same bytes in the same order. */
  if (n_records >= TS_EXPORT_TWO_THREADS_MIN)
    {
      n_mine = n_records / 2;
      worker_lines = g_string_sized_new (FLUSH_SIZE);
      rows = (Rows) { data, records, columns, n_columns, n_mine, n_records, cancellable,
                      worker_lines, 0, 0 };
      worker = g_thread_new ("[tianshan] csv", make_rows, &rows);
    }

  init_row_context (&context, data, scratch, names);
  for (guint i = 0; i < n_mine && written; i++)
    {
      if (ts_export_check_cancelled (cancellable, path, error))
        {
          written = FALSE;
          break;
        }
      append_row (&context, columns, n_columns, records->pdata[i], line);
      written = line->len < FLUSH_SIZE || flush_lines (file, line, error);

      if (progress != NULL)
        progress (0.99 * (i + 1 + g_atomic_int_get (&rows.n_done)) / n_records,
                  progress_data);
    }
  written = written && flush_lines (file, line, error);

  if (worker != NULL)
    {
      if (!written)
        g_atomic_int_set (&rows.stop, TRUE);
      g_thread_join (worker);
      written = written && !ts_export_check_cancelled (cancellable, path, error)
                && flush_lines (file, worker_lines, error);
    }
  return written;
}

static gboolean
write_csv (TsExportData          *data,
           TsRecordType           type,
           const char            *path,
           GCancellable          *cancellable,
           TsExportProgressFunc   progress,
           gpointer               progress_data,
           GError               **error)
{
  g_autoptr(TsExportFile) file = NULL;
  g_autoptr(GString) line = g_string_sized_new (FLUSH_SIZE + 4096);
  GPtrArray *records;
  const TsColumn * const *columns;
  guint n_columns;
  guint n_records;

  /* The data's lookup and the sorting of @type, in this thread when the
   * caller left them to it (ts_export_data_snapshot()): a CSV file holds
   * neither the linked context nor the other types. */
  ts_export_data_prepare_type (data, type);

  if (ts_export_check_cancelled (cancellable, path, error))
    return FALSE;

  file = ts_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  records = ts_export_data_get_records (data, type);
  n_records = ts_export_data_get_n_matched (data, type);
  columns = ts_record_columns_get_exported (type, &n_columns);

  /* The byte-order mark: Excel takes the file for UTF-8 only with it. */
  g_string_append (line, "\xef\xbb\xbf");
  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (line, ',');
      ts_export_csv_append_field (line, _(columns[c]->title), TRUE);
    }
  ts_string_append_len (line, "\r\n", 2);

  /* The records in scope; the linked context is not written. */
  if (!write_rows (file, data, records, n_records, columns, n_columns, line, path,
                   cancellable, progress, progress_data, error)
      || !ts_export_file_commit (file, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

gboolean
ts_csv_write (TsExportData          *data,
              TsRecordType           type,
              const char            *path,
              GCancellable          *cancellable,
              TsExportProgressFunc   progress,
              gpointer               progress_data,
              GError               **error)
{
  gboolean written;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The language as it is now, for the whole file: the cells' labels and
   * the linked records' names looked up once rather than in every cell. */
  ts_i18n_hold ();
  written = write_csv (data, type, path, cancellable, progress, progress_data, error);
  ts_i18n_release ();
  return written;
}

typedef struct
{
  TsExportData *data;
  TsRecordType  type;
  char         *path;
} CsvJob;

static void
csv_job_free (CsvJob *job)
{
  g_clear_pointer (&job->data, ts_export_data_unref);
  g_free (job->path);
  g_free (job);
}

static gboolean
run_csv_job (gpointer               user_data,
             GCancellable          *cancellable,
             TsExportProgressFunc   progress,
             gpointer               progress_data,
             GError               **error)
{
  CsvJob *job = user_data;
  gboolean written = ts_csv_write (job->data, job->type, job->path, cancellable, progress,
                                   progress_data, error);

  /* Let go of here, in the worker: the last reference to a snapshot frees
   * a reference to every record of the dataset and the lookup, some
   * milliseconds the window's main loop would otherwise spend. */
  g_clear_pointer (&job->data, ts_export_data_unref);
  return written;
}

void
ts_csv_write_async (TsExportData          *data,
                    TsRecordType           type,
                    const char            *path,
                    GCancellable          *cancellable,
                    TsExportProgressFunc   progress,
                    gpointer               progress_data,
                    GAsyncReadyCallback    callback,
                    gpointer               user_data)
{
  CsvJob *job;

  g_return_if_fail (data != NULL);
  g_return_if_fail ((guint) type < TS_N_RECORD_TYPES);
  g_return_if_fail (path != NULL);

  job = g_new0 (CsvJob, 1);
  job->data = ts_export_data_ref (data);
  job->type = type;
  job->path = g_strdup (path);

  ts_export_run_async (ts_csv_write_async, run_csv_job, job, (GDestroyNotify) csv_job_free,
                       cancellable, progress, progress_data, callback, user_data);
}

gboolean
ts_csv_write_finish (GAsyncResult  *result,
                     GError       **error)
{
  return ts_export_run_finish (result, ts_csv_write_async, error);
}

gboolean
ts_csv_parse_type (const char    *types,
                   TsRecordType  *type,
                   GError       **error)
{
  g_autofree char *name = g_strstrip (g_strdup (types != NULL ? types : ""));
  TsRecordType parsed = TS_RECORD_TYPE_MEETING;

  if (name[0] != '\0' && !ts_record_type_from_string (name, &parsed))
    {
      if (strchr (name, ',') != NULL)
        g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                     _("A CSV file holds one record type: give --type with one of meeting, "
                       "agreement, project, person, organization, place, source, figure "
                       "(not “%s”)"), name);
      else
        g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                     _("Unknown record type “%s”: use meeting, agreement, project, person, "
                       "organization, place, source or figure"), name);
      return FALSE;
    }

  if (type != NULL)
    *type = parsed;
  return TRUE;
}

gboolean
ts_csv_choose_type (TsExportData  *data,
                    const char    *types,
                    TsRecordType  *type,
                    GError       **error)
{
  g_autoptr(GString) counts = NULL;
  const char *first_name = NULL;
  guint n_types = 0;

  g_return_val_if_fail (data != NULL, FALSE);

  if (types != NULL && types[0] != '\0')
    return ts_csv_parse_type (types, type, error);

  counts = g_string_new (NULL);
  for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
    {
      guint n = ts_export_data_get_n_matched (data, t);

      if (n == 0)
        continue;
      if (n_types == 0)
        {
          first_name = ts_record_type_to_string (t);
          if (type != NULL)
            *type = t;
        }
      else
        g_string_append (counts, ", ");
      /* The names --type takes, so that the message says what to type. */
      g_string_append_printf (counts, "%s: %u", ts_record_type_to_string (t), n);
      n_types++;
    }

  if (n_types == 1)
    return TRUE;

  if (n_types == 0)
    /* Translators: %s is the scope ("“railway”; from 2023") */
    g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                 _("No record is in the scope (%s), so a CSV file has no record type to "
                   "hold: give --type meeting (or agreement, project, person, organization, "
                   "place, source, figure) to write an empty table"),
                 ts_export_data_get_scope (data));
  else
    /* Translators: the first %s is the scope ("“railway”"), the second the
     * record types it holds with their counts ("meeting: 5, project: 1"),
     * the third the first of them; keep --type and .xlsx as they are */
    g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                 _("The scope (%s) holds records of several types (%s), and a CSV file holds "
                   "one: choose it with --type, such as --type %s, or export to .xlsx to keep "
                   "them all"),
                 ts_export_data_get_scope (data), counts->str, first_name);
  return FALSE;
}

gboolean
ts_csv_export_data (TsExportData  *data,
                    const char    *types,
                    GFile         *file,
                    GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  TsRecordType type;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The records in scope, to count them by type; sorted once the type is
   * chosen. */
  ts_export_data_prepare_type (data, -1);
  if (!ts_csv_choose_type (data, types, &type, error))
    return FALSE;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      ts_export_set_file_error (error, TS_FILE_ERROR_IO, name, _("it is not a local file"));
      return FALSE;
    }

  return ts_csv_write (data, type, path, NULL, NULL, NULL, error);
}

gboolean
ts_csv_export_file (TsDataset   *dataset,
                    TsQuery     *query,
                    const char  *types,
                    GFile       *file,
                    GError     **error)
{
  g_autoptr(TsExportData) data = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A --type that names no type is refused before anything is read. */
  if (types != NULL && types[0] != '\0' && !ts_csv_parse_type (types, NULL, error))
    return FALSE;

  /* Prepared as far as the CSV file needs (ts_csv_export_data()). */
  data = ts_export_data_snapshot (dataset, query);
  return ts_csv_export_data (data, types, file, error);
}
