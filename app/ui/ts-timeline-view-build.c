/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-view"

/* The events of the matches, built off the main thread when there are
 * many, so that a search typed with the Timeline on screen never waits
 * for them, and not while the page is hidden: it catches up once as it
 * shows (at once with few matches; with many, the events it showed last
 * stay until the worker's are there). A worker gets which slots are
 * matched (a copy of a byte per slot) and a snapshot of the dataset
 * (every record, referenced, for the people, places and projects events
 * name), and lists the matched records itself; one build runs at a time,
 * and what it built is shown only if the matches did not change meanwhile
 * (else the next build starts from them). Part of TsTimelineView
 * (ts-timeline-view.c). */

#include "config.h"

#include "ts-timeline-view-private.h"

/* Fewer matched records than this are built at once, on the main thread,
 * when the page shows: quicker than a round trip to a worker, and the
 * view never shows stale events. */
#define SYNC_LIMIT 4000

/* The dataset's records as the matches' slots hold them, referenced so
 * that they stay as they were while the main thread goes on editing, and
 * by id, made by the first worker that needs it. */
struct _TsTimelineViewSnapshot
{
  gatomicrefcount  ref_count;
  GPtrArray       *records;  /* by slot; NULL for a free slot */
  GMutex           lock;
  GHashTable      *by_id;    /* id → record, under lock until made */
};

typedef TsTimelineViewSnapshot Snapshot;

typedef struct
{
  GBytes             *matched;  /* slot → matched, as the matches were */
  Snapshot           *snapshot;
  TsTimelineLaneMode  mode;
  guint               generation;
} BuildJob;

static void
unref_record (gpointer record)
{
  if (record != NULL)
    g_object_unref (record);
}

static Snapshot *
snapshot_new (TsMatches *matches)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);
  guint n_slots = ts_matches_get_n_slots (matches);

  g_atomic_ref_count_init (&snapshot->ref_count);
  g_mutex_init (&snapshot->lock);
  snapshot->records = g_ptr_array_new_full (n_slots, unref_record);
  for (guint slot = 0; slot < n_slots; slot++)
    {
      TsRecord *record = ts_matches_get_record (matches, slot);

      g_ptr_array_add (snapshot->records, record != NULL ? g_object_ref (record) : NULL);
    }
  return snapshot;
}

static Snapshot *
snapshot_ref (Snapshot *snapshot)
{
  g_atomic_ref_count_inc (&snapshot->ref_count);
  return snapshot;
}

static void
snapshot_unref (Snapshot *snapshot)
{
  if (!g_atomic_ref_count_dec (&snapshot->ref_count))
    return;
  g_clear_pointer (&snapshot->by_id, g_hash_table_unref);
  g_ptr_array_unref (snapshot->records);
  g_mutex_clear (&snapshot->lock);
  g_free (snapshot);
}

/* In a worker: the records by id, made once per snapshot. */
static GHashTable *
snapshot_get_by_id (Snapshot *snapshot)
{
  g_mutex_lock (&snapshot->lock);
  if (snapshot->by_id == NULL)
    {
      GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint slot = 0; slot < snapshot->records->len; slot++)
        {
          TsRecord *record = snapshot->records->pdata[slot];

          if (record != NULL)
            g_hash_table_insert (by_id, (gpointer) ts_record_get_id (record), record);
        }
      snapshot->by_id = by_id;
    }
  g_mutex_unlock (&snapshot->lock);
  return snapshot->by_id;
}

static void
free_build_job (gpointer data)
{
  BuildJob *job = data;

  g_clear_pointer (&job->matched, g_bytes_unref);
  g_clear_pointer (&job->snapshot, snapshot_unref);
  g_free (job);
}

static TsRecord *
lookup_by_id (gpointer    user_data,
              const char *id)
{
  return id != NULL ? g_hash_table_lookup (user_data, id) : NULL;
}

/* On the main thread, the dataset itself. */
static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return id != NULL ? ts_dataset_lookup (user_data, id) : NULL;
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BuildJob *job = task_data;
  GHashTable *by_id = snapshot_get_by_id (job->snapshot);
  gsize n_slots;
  const guint8 *matched = g_bytes_get_data (job->matched, &n_slots);
  GPtrArray *all = job->snapshot->records;
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  /* The matched records, listed here rather than on the main thread. */
  for (guint slot = 0; slot < n_slots && slot < all->len; slot++)
    if (matched[slot] && all->pdata[slot] != NULL)
      g_ptr_array_add (records, all->pdata[slot]);

  g_task_return_pointer (task,
                         ts_timeline_events_new_from_records (records, lookup_by_id, by_id,
                                                              job->mode),
                         g_object_unref);
}

static void build (TsTimelineView *self);

static void
on_build_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TsTimelineView) self = g_weak_ref_get (user_data);
  BuildJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TsTimelineEvents) events = g_task_propagate_pointer (G_TASK (result), NULL);
  gboolean fit;

  /* Gone, or disposed of while it was built. */
  if (self == NULL || self->renderer == NULL || events == NULL)
    return;

  self->building = FALSE;
  /* The matches or lanes changed while it was built: build again. */
  if (job->generation != self->generation)
    {
      build (self);
      return;
    }

  fit = self->pending_fit;
  self->pending_fit = FALSE;
  _ts_timeline_view_take_events (self, g_steal_pointer (&events), fit);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
start_job (TsTimelineView *self)
{
  g_autoptr(GTask) task = NULL;
  BuildJob *job = g_new0 (BuildJob, 1);
  GWeakRef *ref;

  if (self->snapshot == NULL)
    self->snapshot = snapshot_new (self->matches);

  job->snapshot = snapshot_ref (self->snapshot);
  job->matched = ts_matches_get_matched_bytes (self->matches);
  job->mode = self->lane_mode;
  job->generation = self->generation;
  self->building = TRUE;

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, on_build_done, ref);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, free_build_job);
  /* The callback's data must outlive the task's own reference to it. */
  g_object_set_data_full (G_OBJECT (task), "ts-weak-ref", ref, free_weak_ref);
  g_task_run_in_thread (task, build_in_thread);
}

static guint
count_matched (TsMatches *matches)
{
  guint n = 0;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    n += ts_matches_get_n_matches (matches, type);
  return n;
}

/* The matched records, by slot (borrowed): scanning a byte per slot,
 * where listing them in the dataset's order (ts_matches_list_matched())
 * looks up every record of the dataset, tens of milliseconds at a hundred
 * thousand records. */
static GPtrArray *
list_matched_by_slot (TsMatches *matches)
{
  g_autoptr(GBytes) bytes = ts_matches_get_matched_bytes (matches);
  gsize n_slots;
  const guint8 *matched = g_bytes_get_data (bytes, &n_slots);
  GPtrArray *records = g_ptr_array_new ();

  for (guint slot = 0; slot < n_slots; slot++)
    if (matched[slot])
      g_ptr_array_add (records, ts_matches_get_record (matches, slot));
  return records;
}

/* Builds the events of the current generation. */
static void
build (TsTimelineView *self)
{
  g_autoptr(GPtrArray) records = NULL;
  gboolean fit;

  /* Hidden (another page of the window is shown): built once the page
   * shows, from the matches as they are then, so that a search typed on
   * another page costs the main thread nothing here, and no worker takes
   * a core from it. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  if (self->matches != NULL && count_matched (self->matches) >= SYNC_LIMIT)
    {
      start_job (self);
      return;
    }

  fit = self->pending_fit;
  self->pending_fit = FALSE;
  if (self->matches == NULL)
    {
      _ts_timeline_view_take_events (self, _ts_timeline_view_new_empty_events (self), fit);
      return;
    }

  records = list_matched_by_slot (self->matches);
  _ts_timeline_view_take_events (self,
                                 ts_timeline_events_new_from_records (
                                   records, lookup_in_dataset,
                                   ts_matches_get_dataset (self->matches), self->lane_mode),
                                 fit);
}

void
_ts_timeline_view_build_events (TsTimelineView *self,
                                gboolean        fit)
{
  self->generation++;
  self->pending_fit |= fit;
  /* A build under way is followed by another, from what is now. */
  if (!self->building)
    build (self);
}

void
_ts_timeline_view_flush_build (TsTimelineView *self)
{
  if (self->stale && !self->building)
    build (self);
}

TsTimelineEvents *
_ts_timeline_view_new_empty_events (TsTimelineView *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  return ts_timeline_events_new_from_records (none, lookup_in_dataset, NULL, self->lane_mode);
}

void
_ts_timeline_view_forget_snapshot (TsTimelineView *self)
{
  g_clear_pointer (&self->snapshot, snapshot_unref);
}
