/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Running an export in a worker thread (ts_export_run_async()), with its
 * progress and result delivered to the caller's main context, and the
 * tests' hold. Apart from ts-export.c, which makes the export's data. */

#define G_LOG_DOMAIN "ts-export"

#include "config.h"

#include <gio/gio.h>
#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "ts-export.h"
#include "ts-export-private.h"

/* The test hold (see ts-export-private.h). */
static GMutex   hold_mutex;
static GCond    hold_cond;
static gboolean hold;
static gint     n_running;  /* atomic */

static void
on_held_cancelled (GCancellable *cancellable,
                   gpointer      user_data)
{
  g_mutex_lock (&hold_mutex);
  g_cond_broadcast (&hold_cond);
  g_mutex_unlock (&hold_mutex);
}

static void
wait_while_held (GCancellable *cancellable)
{
  gulong handler = 0;

  g_mutex_lock (&hold_mutex);
  if (!hold)
    {
      g_mutex_unlock (&hold_mutex);
      return;
    }
  g_mutex_unlock (&hold_mutex);

  /* Called at once if @cancellable is already cancelled; the mutex makes
   * sure no wake-up falls between the check and the wait. */
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (on_held_cancelled), NULL, NULL);

  g_mutex_lock (&hold_mutex);
  while (hold && !g_cancellable_is_cancelled (cancellable))
    g_cond_wait (&hold_cond, &hold_mutex);
  g_mutex_unlock (&hold_mutex);

  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);
}

typedef struct
{
  TsExportJobFunc       func;
  gpointer              job;
  GDestroyNotify        job_free;
  GMainContext         *context;
  TsExportProgressFunc  progress;
  gpointer              progress_data;
  gint                  permille;         /* the latest fraction, atomic */
  gint                  sent_permille;    /* the last one scheduled, worker only */
  gint                  progress_pending; /* atomic */
  gboolean              held;             /* worker only: the test hold is past */
  gboolean              finished;         /* caller's context only */
  gboolean              ok;
  GError               *error;
} RunState;

static void
run_state_free (RunState *state)
{
  if (state->job_free != NULL)
    state->job_free (state->job);
  /* A timing mark for tests/bench-export-window. */
  g_debug ("mark: job freed");
  g_clear_pointer (&state->context, g_main_context_unref);
  g_clear_error (&state->error);
  g_free (state);
}

void
_ts_export_call_in_context (GMainContext   *context,
                            GSourceFunc     func,
                            gpointer        data,
                            GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[tianshan] export to its caller");
  g_source_attach (source, context);
  g_source_unref (source);
}

static gboolean
deliver_progress (gpointer user_data)
{
  GTask *task = user_data;
  RunState *state = g_task_get_task_data (task);

  g_atomic_int_set (&state->progress_pending, 0);
  if (!state->finished)
    state->progress (g_atomic_int_get (&state->permille) / 1000.0, state->progress_data);
  return G_SOURCE_REMOVE;
}

static void
report_progress_from_thread (double   fraction,
                             gpointer user_data)
{
  GTask *task = user_data;
  RunState *state = g_task_get_task_data (task);
  gint permille = (gint) CLAMP (fraction * 1000.0, 0.0, 1000.0);

  if (permille - state->sent_permille < 10 && permille < 1000)
    return;

  state->sent_permille = permille;
  g_atomic_int_set (&state->permille, permille);
  if (g_atomic_int_compare_and_exchange (&state->progress_pending, 0, 1))
    _ts_export_call_in_context (state->context, deliver_progress, g_object_ref (task),
                                g_object_unref);

  if (!state->held)
    {
      state->held = TRUE;
      wait_while_held (g_task_get_cancellable (task));
    }
}

static gboolean
deliver_result (gpointer user_data)
{
  GTask *task = user_data;
  RunState *state = g_task_get_task_data (task);

  state->finished = TRUE;
  if (state->ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&state->error));
  return G_SOURCE_REMOVE;
}

/* An export is background work: its thread, and the threads it starts
 * (a briefing's cover map draws in up to four at once), run at a lower
 * priority than the window's, so that they leave a core to its frames
 * (the first frame after an export started had waited up to 4 ms for
 * one). Linux's niceness is per thread, and a thread started inherits
 * its starter's. Raising a thread's priority again is a privilege an
 * analyst does not have, so GLib's worker thread keeps it: the work it
 * does is all in the background. */
#define EXPORT_NICENESS 10

static void
lower_thread_priority (void)
{
#ifdef __linux__
  id_t tid = (id_t) syscall (SYS_gettid);
  int niceness;

  errno = 0;
  niceness = getpriority (PRIO_PROCESS, tid);
  if (errno == 0 && niceness < EXPORT_NICENESS
      && setpriority (PRIO_PROCESS, tid, EXPORT_NICENESS) != 0)
    g_debug ("The export's thread keeps its priority: %s", g_strerror (errno));
#endif
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RunState *state = task_data;

  lower_thread_priority ();
  state->ok = state->func (state->job, cancellable,
                           state->progress != NULL ? report_progress_from_thread : NULL,
                           task, &state->error);

  /* Queued behind any progress still pending, so progress never comes after
   * the result. */
  _ts_export_call_in_context (state->context, deliver_result, g_object_ref (task),
                              g_object_unref);
  g_atomic_int_add (&n_running, -1);
}

void
ts_export_run_async (gpointer              source_tag,
                     TsExportJobFunc       func,
                     gpointer              job,
                     GDestroyNotify        job_free,
                     GCancellable         *cancellable,
                     TsExportProgressFunc  progress,
                     gpointer              progress_data,
                     GAsyncReadyCallback   callback,
                     gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  RunState *state;

  state = g_new0 (RunState, 1);
  state->func = func;
  state->job = job;
  state->job_free = job_free;
  state->context = g_main_context_ref_thread_default ();
  state->progress = progress;
  state->progress_data = progress_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, state, (GDestroyNotify) run_state_free);
  /* The job reports cancellation itself, after removing its file. */
  g_task_set_check_cancellable (task, FALSE);
  g_atomic_int_inc (&n_running);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
ts_export_run_finish (GAsyncResult  *result,
                      gpointer       source_tag,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gpointer
ts_export_run_get_job (GAsyncResult *result)
{
  RunState *state;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  state = g_task_get_task_data (G_TASK (result));
  return state->job;
}

void
_ts_export_set_hold (gboolean hold_exports)
{
  g_mutex_lock (&hold_mutex);
  hold = hold_exports;
  g_cond_broadcast (&hold_cond);
  g_mutex_unlock (&hold_mutex);
}

guint
_ts_export_get_n_running (void)
{
  return g_atomic_int_get (&n_running);
}
