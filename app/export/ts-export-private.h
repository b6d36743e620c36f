/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* From this many records on, an export shares its work between the
 * caller's thread and a worker: the sort's collation keys (ts-export.c),
 * a CSV file's rows (ts-csv.c). On two cores, most of that time halved. */
#define TS_EXPORT_TWO_THREADS_MIN 4096

/* For tests, which must not rely on an export being slower than the test
 * (a briefing of the shipped dataset takes a fifth of a second).
 *
 * While held, every export started with ts_export_run_async() and a progress
 * function stops in its worker thread at its first progress report, in the
 * middle of writing (after that report has been sent to the caller), until
 * its cancellable is cancelled or the hold is released; then it goes on as
 * usual: a cancelled export finds its cancellable cancelled at the next
 * record and removes its file, as anywhere else in the middle. */
void  _ts_export_set_hold       (gboolean hold);

/* The exports whose worker has not returned yet: 0 means every file an
 * export started is written, or removed. */
guint _ts_export_get_n_running  (void);

/* Calls @func (@data) in the thread that iterates @context, later, and
 * then @notify (@data), from any thread. Unlike g_main_context_invoke_full(),
 * which calls it at once in the caller's thread whenever the caller can
 * acquire @context (no thread holds it between two iterations of a loop
 * run by g_main_context_iteration(), as the tests run theirs), so that a
 * worker's progress reached the window from the worker's thread. Calls
 * queued from one thread come in the order queued. */
void  _ts_export_call_in_context (GMainContext   *context,
                                  GSourceFunc     func,
                                  gpointer        data,
                                  GDestroyNotify  notify);

G_END_DECLS
