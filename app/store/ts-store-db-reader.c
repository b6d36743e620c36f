/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows read ahead (ts-store-db-reader.h). A threaded reader and its
 * caller pass a few batches back and forth through two queues: the thread
 * takes an empty batch, fills it with the next rows of the statement it is
 * on and hands it over; the caller steps through the batch's rows and
 * gives it back. At most N_BATCHES are filled ahead, so a reader never
 * holds more than a few of them in memory whatever the table's size. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <string.h>

#include "ts-store-db-reader.h"

/* ThreadSanitizer does not see GLib's own locks (futexes, in a library
 * it did not instrument): it is told that a batch passed through a queue
 * was handed over. */
#if defined(__SANITIZE_THREAD__)
void __tsan_acquire (void *address);
void __tsan_release (void *address);
#define HAND_OVER(batch) __tsan_release (batch)
#define TAKE_OVER(batch) __tsan_acquire (batch)
#else
#define HAND_OVER(batch) ((void) 0)
#define TAKE_OVER(batch) ((void) 0)
#endif

/* A batch ends at whichever comes first. */
#define BATCH_ROWS 256
#define BATCH_TEXT (64 * 1024)
#define N_BATCHES 8

typedef struct
{
  union
  {
    gsize   offset;   /* TS_DB_READ_TEXT: into the batch's text */
    gint64  integer;
    double  number;
  };
  gboolean null;
} Cell;

typedef struct
{
  guint       statement;
  guint       n_rows;
  /* TS_DB_ROW: the statement has more rows; else how it ended, after
   * these rows. */
  TsDbResult  end;
  /* n_rows rows of the statement's n_reads cells, and their texts, each
   * ending in a NUL. */
  Cell       *cells;
  gsize       cells_allocated;
  char       *text;
  gsize       text_len;
  gsize       text_allocated;
} Batch;

typedef struct
{
  TsDbStmt       *stmt;
  const TsDbRead *reads;
  guint           n_reads;
} Statement;

struct _TsDbReader
{
  TsDb        *db;
  gboolean     threaded;
  GArray      *statements;   /* Statement */
  GPtrArray   *batches;      /* every Batch, to free */
  GAsyncQueue *empty;        /* batches to fill */
  GAsyncQueue *filled;       /* batches to step through, in order */

  /* The side that fills: the reader's thread, or the caller unthreaded. */
  GThread     *thread;
  guint        filling;      /* the statement being read */
  gint         stopping;     /* atomic: the caller has stopped */

  /* The caller's side. */
  gboolean     started;
  guint        current;      /* the statement being stepped through */
  Batch       *batch;        /* the batch of its current row */
  guint        next;         /* the batch's next row */
  guint        row;          /* the batch's current row */
  TsDbResult   failure;      /* TS_DB_OK, or what ended the reading */
};

static void
push (GAsyncQueue *queue,
      Batch       *batch)
{
  HAND_OVER (batch);
  g_async_queue_push (queue, batch);
}

static Batch *
pop (GAsyncQueue *queue)
{
  Batch *batch = g_async_queue_pop (queue);

  TAKE_OVER (batch);
  return batch;
}

static Batch *
try_pop (GAsyncQueue *queue)
{
  Batch *batch = g_async_queue_try_pop (queue);

  if (batch != NULL)
    TAKE_OVER (batch);
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_free (batch->cells);
  g_free (batch->text);
  g_free (batch);
}

TsDbReader *
ts_db_reader_new (TsDb     *db,
                  gboolean  threaded)
{
  TsDbReader *reader = g_new0 (TsDbReader, 1);

  reader->db = db;
  reader->threaded = threaded;
  reader->statements = g_array_new (FALSE, FALSE, sizeof (Statement));
  reader->batches = g_ptr_array_new_with_free_func ((GDestroyNotify) batch_free);
  reader->empty = g_async_queue_new ();
  reader->filled = g_async_queue_new ();
  for (guint i = 0; i < (threaded ? N_BATCHES : 1); i++)
    {
      Batch *batch = g_new0 (Batch, 1);

      g_ptr_array_add (reader->batches, batch);
      push (reader->empty, batch);
    }
  return reader;
}

void
ts_db_reader_add (TsDbReader     *reader,
                  TsDbStmt       *stmt,
                  const TsDbRead *reads,
                  guint           n_reads)
{
  Statement statement = { stmt, reads, n_reads };

  g_return_if_fail (!reader->started);
  g_return_if_fail (stmt != NULL);

  g_array_append_val (reader->statements, statement);
}

/* The filling side */

/* Room for @size more bytes in @buffer (of *@allocated), which keeps its
 * allocation from batch to batch. */
static inline gpointer
grow (gpointer *buffer,
      gsize    *allocated,
      gsize     used,
      gsize     size)
{
  if (G_UNLIKELY (used + size > *allocated))
    {
      *allocated = MAX (used + size, *allocated * 2);
      *buffer = g_realloc (*buffer, *allocated);
    }
  return (char *) *buffer + used;
}

static void
append_row (Batch           *batch,
            const Statement *statement)
{
  Cell *cells = grow ((gpointer *) &batch->cells, &batch->cells_allocated,
                      batch->n_rows * statement->n_reads * sizeof (Cell),
                      statement->n_reads * sizeof (Cell));

  for (guint i = 0; i < statement->n_reads; i++)
    {
      Cell *cell = &cells[i];
      const char *text;
      gsize size;

      cell->null = FALSE;
      switch (statement->reads[i])
        {
        case TS_DB_READ_TEXT:
          text = ts_db_column_text (statement->stmt, i);
          cell->null = text == NULL;
          if (text != NULL)
            {
              size = strlen (text) + 1;
              cell->offset = batch->text_len;
              memcpy (grow ((gpointer *) &batch->text, &batch->text_allocated, batch->text_len,
                            size),
                      text, size);
              batch->text_len += size;
            }
          break;
        case TS_DB_READ_NUMBER:
          cell->null = ts_db_column_is_null (statement->stmt, i);
          cell->number = cell->null ? 0.0 : ts_db_column_double (statement->stmt, i);
          break;
        case TS_DB_READ_INT64:
          cell->integer = ts_db_column_int64 (statement->stmt, i);
          break;
        case TS_DB_READ_SKIP:
        default:
          break;
        }
    }
}

/* The next rows of the statement being read. After its last row (or a
 * failure, which ends the reading), the next statement. */
static void
fill_batch (TsDbReader *reader,
            Batch      *batch)
{
  const Statement *statement = &g_array_index (reader->statements, Statement, reader->filling);

  batch->statement = reader->filling;
  batch->n_rows = 0;
  batch->end = TS_DB_ROW;
  batch->text_len = 0;

  while (batch->n_rows < BATCH_ROWS && batch->text_len < BATCH_TEXT)
    {
      TsDbResult rc = ts_db_step (statement->stmt);

      if (rc != TS_DB_ROW)
        {
          batch->end = rc;
          break;
        }
      append_row (batch, statement);
      batch->n_rows++;
    }

  if (batch->end == TS_DB_DONE)
    reader->filling++;
  else if (batch->end != TS_DB_ROW)
    reader->filling = reader->statements->len;
}

static gpointer
read_rows (gpointer user_data)
{
  TsDbReader *reader = user_data;

  while (reader->filling < reader->statements->len)
    {
      Batch *batch = pop (reader->empty);

      if (g_atomic_int_get (&reader->stopping))
        {
          push (reader->empty, batch);
          break;
        }
      fill_batch (reader, batch);
      push (reader->filled, batch);
    }

  return NULL;
}

/* The caller's side */

static Batch *
take_batch (TsDbReader *reader)
{
  Batch *batch;

  if (!reader->started)
    {
      reader->started = TRUE;
      if (reader->threaded)
        reader->thread = g_thread_try_new ("ts-store-reader", read_rows, reader, NULL);
    }
  if (reader->thread != NULL)
    return pop (reader->filled);

  batch = pop (reader->empty);
  fill_batch (reader, batch);
  return batch;
}

static void
give_back_batch (TsDbReader *reader)
{
  if (reader->batch != NULL)
    push (reader->empty, g_steal_pointer (&reader->batch));
}

/* Stops the thread, if it is still reading, and waits for it: the
 * connection is then the caller's again. */
static void
stop (TsDbReader *reader)
{
  Batch *batch;

  if (reader->thread == NULL)
    return;

  /* The thread stops as it next takes an empty batch: give it one. */
  g_atomic_int_set (&reader->stopping, TRUE);
  give_back_batch (reader);
  while ((batch = try_pop (reader->filled)) != NULL)
    push (reader->empty, batch);
  g_clear_pointer (&reader->thread, g_thread_join);
}

TsDbResult
ts_db_reader_step (TsDbReader *reader)
{
  g_return_val_if_fail (reader->failure != TS_DB_OK
                        || reader->current < reader->statements->len, TS_DB_ERROR);

  if (reader->failure != TS_DB_OK)
    return reader->failure;

  for (;;)
    {
      if (reader->batch != NULL && reader->next < reader->batch->n_rows)
        {
          reader->row = reader->next++;
          return TS_DB_ROW;
        }

      if (reader->batch != NULL && reader->batch->end != TS_DB_ROW)
        {
          TsDbResult end = reader->batch->end;

          give_back_batch (reader);
          reader->current++;
          if (end != TS_DB_DONE)
            {
              reader->failure = end;
              stop (reader);
            }
          return end;
        }

      give_back_batch (reader);
      reader->batch = take_batch (reader);
      reader->next = 0;
      g_assert (reader->batch->statement == reader->current);
    }
}

static const Cell *
get_cell (TsDbReader *reader,
          int         column,
          TsDbRead    read)
{
  const Statement *statement;

  g_return_val_if_fail (reader->batch != NULL && reader->next > 0, NULL);
  statement = &g_array_index (reader->statements, Statement, reader->batch->statement);
  g_return_val_if_fail (column >= 0 && (guint) column < statement->n_reads, NULL);
  g_return_val_if_fail (statement->reads[column] == read, NULL);

  return &reader->batch->cells[reader->row * statement->n_reads + (guint) column];
}

gboolean
ts_db_reader_is_null (TsDbReader *reader,
                      int         column)
{
  const Cell *cell = get_cell (reader, column, TS_DB_READ_NUMBER);

  return cell == NULL || cell->null;
}

const char *
ts_db_reader_text (TsDbReader *reader,
                   int         column)
{
  const Cell *cell = get_cell (reader, column, TS_DB_READ_TEXT);

  if (cell == NULL || cell->null)
    return NULL;
  return reader->batch->text + cell->offset;
}

gint64
ts_db_reader_int64 (TsDbReader *reader,
                    int         column)
{
  const Cell *cell = get_cell (reader, column, TS_DB_READ_INT64);

  return cell != NULL ? cell->integer : 0;
}

double
ts_db_reader_double (TsDbReader *reader,
                     int         column)
{
  const Cell *cell = get_cell (reader, column, TS_DB_READ_NUMBER);

  return cell != NULL ? cell->number : 0.0;
}

void
ts_db_reader_free (TsDbReader *reader)
{
  if (reader == NULL)
    return;

  stop (reader);
  for (guint i = 0; i < reader->statements->len; i++)
    ts_db_finalize (g_array_index (reader->statements, Statement, i).stmt);
  g_array_unref (reader->statements);
  g_async_queue_unref (reader->empty);
  g_async_queue_unref (reader->filled);
  g_ptr_array_unref (reader->batches);
  g_free (reader);
}
