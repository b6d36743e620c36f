/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-view"

/* The events of the matches, built off the main thread when there are
 * many, so that a search typed with the Timeline on screen never waits
 * for them: the matched records and a snapshot of the dataset (every
 * record by id, for the people, places and projects events name) go to a
 * worker, and what it built is shown only if the matches did not change
 * meanwhile. Part of TsTimelineView (ts-timeline-view.c). */

#include "config.h"

#include "ts-timeline-view-private.h"

/* Fewer matched records than this are built at once, on the main thread:
 * quicker than a round trip to a worker, and the view never shows stale
 * events. */
#define SYNC_LIMIT 4000

typedef struct
{
  GPtrArray          *records;   /* borrowed from the snapshot's references */
  GHashTable         *snapshot;  /* id → TsRecord */
  TsTimelineLaneMode  mode;
  guint               generation;
  gboolean            fit;
} BuildJob;

static void
free_build_job (gpointer data)
{
  BuildJob *job = data;

  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_clear_pointer (&job->snapshot, g_hash_table_unref);
  g_free (job);
}

static TsRecord *
lookup_in_snapshot (gpointer    user_data,
                    const char *id)
{
  return g_hash_table_lookup (user_data, id);
}

/* Every record of the dataset by id, each referenced, so that a worker
 * can follow links while the main thread goes on editing: a replaced
 * record stays alive, as it was, for as long as the snapshot. */
static GHashTable *
make_snapshot (TsDataset *dataset)
{
  GHashTable *snapshot = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);
      guint n = g_list_model_get_n_items (records);

      for (guint i = 0; i < n; i++)
        {
          TsRecord *record = g_list_model_get_item (records, i);

          g_hash_table_replace (snapshot, (gpointer) ts_record_get_id (record), record);
        }
    }
  return snapshot;
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BuildJob *job = task_data;

  g_task_return_pointer (task,
                         ts_timeline_events_new_from_records (job->records, lookup_in_snapshot,
                                                              job->snapshot, job->mode),
                         g_object_unref);
}

static void
on_build_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TsTimelineView) self = g_weak_ref_get (user_data);
  BuildJob *job = g_task_get_task_data (G_TASK (result));
  TsTimelineEvents *events = g_task_propagate_pointer (G_TASK (result), NULL);

  if (self == NULL || events == NULL)
    {
      g_clear_object (&events);
      return;
    }

  /* The matches or lanes changed while it was built: a newer build is
   * on its way. */
  if (job->generation != self->generation)
    {
      g_object_unref (events);
      return;
    }

  self->building = FALSE;
  _ts_timeline_view_take_events (self, events, job->fit);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

void
_ts_timeline_view_build_events (TsTimelineView *self,
                                gboolean        fit)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) records = NULL;
  BuildJob *job;
  GWeakRef *ref;

  self->generation++;
  if (self->matches == NULL)
    {
      self->building = FALSE;
      _ts_timeline_view_take_events (self,
                                     ts_timeline_events_new_from_records (NULL, NULL, NULL,
                                                                          self->lane_mode),
                                     fit);
      return;
    }

  if (self->snapshot == NULL)
    self->snapshot = make_snapshot (ts_matches_get_dataset (self->matches));
  records = ts_matches_list_matched (self->matches);

  if (records->len < SYNC_LIMIT)
    {
      self->building = FALSE;
      _ts_timeline_view_take_events (self,
                                     ts_timeline_events_new_from_records (records,
                                                                          lookup_in_snapshot,
                                                                          self->snapshot,
                                                                          self->lane_mode),
                                     fit);
      return;
    }

  job = g_new0 (BuildJob, 1);
  job->records = g_steal_pointer (&records);
  job->snapshot = g_hash_table_ref (self->snapshot);
  job->mode = self->lane_mode;
  job->generation = self->generation;
  job->fit = fit;
  self->building = TRUE;

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, on_build_done, ref);
  g_task_set_source_tag (task, _ts_timeline_view_build_events);
  g_task_set_task_data (task, job, free_build_job);
  /* The callback's data must outlive the task's own reference to it. */
  g_object_set_data_full (G_OBJECT (task), "ts-weak-ref", ref, free_weak_ref);
  g_task_run_in_thread (task, build_in_thread);
}

void
_ts_timeline_view_forget_snapshot (TsTimelineView *self)
{
  g_clear_pointer (&self->snapshot, g_hash_table_unref);
}
