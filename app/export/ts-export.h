/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-column.h"
#include "ts-dataset.h"
#include "ts-matches.h"
#include "ts-query.h"
#include "ts-record.h"
#include "ts-types.h"

G_BEGIN_DECLS

/* What an export writes, taken from a dataset in the thread that owns it
 * (the main thread, for the window) so that the writing can run in another
 * thread while the dataset changes: the records in scope, per type and in
 * sheet order, and a lookup of every record by id for the names of linked
 * records. Records are immutable, so the snapshot only holds references. */
typedef struct _TsExportData TsExportData;

/* Called with the fraction done, 0 to 1. */
typedef void (*TsExportProgressFunc) (double   fraction,
                                      gpointer user_data);

/* The records @query selects (every record when @query is NULL or empty),
 * and their linked context: the records they link to (participants,
 * places, organizations, agreements, projects, sources) and the sources
 * those cite, so that every link and citation has a row to point to.
 * ts_export_data_is_linked() tells them apart. */
TsExportData *ts_export_data_new              (TsDataset     *dataset,
                                               TsQuery       *query);
/* A dossier: the record @id and its neighbourhood within @hops links
 * (ts-neighbourhood.h), narrowed by @query (NULL or empty for none; the
 * record itself always stays), with their linked context. NULL with
 * TS_USAGE_ERROR_INVALID naming @id when there is no such record. */
TsExportData *ts_export_data_new_around       (TsDataset     *dataset,
                                               TsQuery       *query,
                                               const char    *id,
                                               guint          hops,
                                               GError       **error);
/* Exactly @records (a list as the window shows it), in the order given,
 * with their linked context after them; @scope describes it, or NULL for
 * "N selected records". */
TsExportData *ts_export_data_new_for_records  (TsDataset     *dataset,
                                               GPtrArray     *records,
                                               const char    *scope);
/* The same, in two steps: a snapshot of the records (references only,
 * quick enough for the main thread; a search or filter is evaluated
 * here), and ts_export_data_prepare() making the rest (the lookup, the
 * linked context, the sheet order), in the worker thread that writes: the
 * writers call it (ts_briefing_write(), ts_csv_write()). Nothing else may
 * be asked of the data before it is prepared. */
TsExportData *ts_export_data_snapshot         (TsDataset     *dataset,
                                               TsQuery       *query);
/* What @matches matches now (as ts_export_data_snapshot() of its dataset
 * and query would select, without evaluating the query again): the
 * window's view. */
TsExportData *ts_export_data_snapshot_matches (TsMatches     *matches);
TsExportData *ts_export_data_snapshot_records (TsDataset     *dataset,
                                               GPtrArray     *records,
                                               const char    *scope);
/* The same as ts_export_data_snapshot_records() of @matches' dataset, and
 * ts_export_data_snapshot() with no query, quicker: the dataset's records
 * are taken from @matches, which holds them in one array. */
TsExportData *ts_export_data_snapshot_list    (TsMatches     *matches,
                                               GPtrArray     *records,
                                               const char    *scope);
TsExportData *ts_export_data_snapshot_everything (TsMatches  *matches);
/* Once, in any one thread at a time; again does nothing. */
void          ts_export_data_prepare          (TsExportData  *self);
/* Only what a CSV file of @type needs: the lookup and the records in
 * scope, @type's sorted (none when @type is -1), without the linked
 * context or the date range. The linked records, the cited sources and
 * the dates are then unknown (none) until ts_export_data_prepare(). */
void          ts_export_data_prepare_type     (TsExportData  *self,
                                               int            type);
TsExportData *ts_export_data_ref              (TsExportData  *self);
void          ts_export_data_unref            (TsExportData  *self);

/* Of TsRecord, in sheet order: those in scope (by date, then title), then
 * the linked ones (likewise). */
GPtrArray    *ts_export_data_get_records      (TsExportData  *self,
                                               TsRecordType   type);
/* How many of the sources are there only because a record cites them. */
guint         ts_export_data_get_n_cited_sources (TsExportData *self);
/* Whether @record came in as linked context rather than matching the
 * scope. */
gboolean      ts_export_data_is_linked        (TsExportData  *self,
                                               TsRecord      *record);
/* How many records of @type match the scope, and how many are linked:
 * together, ts_export_data_get_records()'s length. */
guint         ts_export_data_get_n_matched    (TsExportData  *self,
                                               TsRecordType   type);
guint         ts_export_data_get_n_linked     (TsExportData  *self,
                                               TsRecordType   type);
/* A dossier's record (ts_export_data_new_around()), and the links walked
 * from it in @hops (may be NULL); NULL for other scopes. */
TsRecord     *ts_export_data_get_focus        (TsExportData  *self,
                                               guint         *hops);
/* Any record of the dataset, in scope or not; NULL if none has @id. */
TsRecord     *ts_export_data_lookup           (TsExportData  *self,
                                               const char    *id);
/* The record's title, or @id itself when the dataset has no such record. */
const char   *ts_export_data_get_title        (TsExportData  *self,
                                               const char    *id);
/* How the columns' cells find linked records: in this snapshot, so that
 * they can be filled in any thread. */
void          ts_export_data_init_column_context (TsExportData    *self,
                                                  TsColumnContext *context);
/* The scope in words: "All records", "“baysalov”; meetings", … */
const char   *ts_export_data_get_scope        (TsExportData  *self);
/* The earliest and latest dates of the records in scope (unset if none). */
const TsDate *ts_export_data_get_first_date   (TsExportData  *self);
const TsDate *ts_export_data_get_last_date    (TsExportData  *self);
/* The query's period, unset where it sets none. */
const TsDate *ts_export_data_get_query_from   (TsExportData  *self);
const TsDate *ts_export_data_get_query_to     (TsExportData  *self);
/* Whether @date overlaps the query's period. */
gboolean      ts_export_data_in_period        (TsExportData  *self,
                                               const TsDate  *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsExportData, ts_export_data_unref)

/* Runs @func (job, cancellable, progress, progress_data, error) in a worker
 * thread. @progress is called in the thread-default main context of the
 * caller, never after @callback. Used by ts_briefing_write_async() and
 * ts_csv_write_async(). */
typedef gboolean (*TsExportJobFunc) (gpointer              job,
                                     GCancellable         *cancellable,
                                     TsExportProgressFunc  progress,
                                     gpointer              progress_data,
                                     GError              **error);

void          ts_export_run_async             (gpointer              source_tag,
                                               TsExportJobFunc       func,
                                               gpointer              job,
                                               GDestroyNotify        job_free,
                                               GCancellable         *cancellable,
                                               TsExportProgressFunc  progress,
                                               gpointer              progress_data,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      ts_export_run_finish            (GAsyncResult         *result,
                                               gpointer              source_tag,
                                               GError              **error);
/* The job ts_export_run_async() ran, until @result is finalized. */
gpointer      ts_export_run_get_job           (GAsyncResult         *result);

/* Sets G_IO_ERROR_CANCELLED and returns TRUE when @cancellable is cancelled. */
gboolean      ts_export_check_cancelled       (GCancellable         *cancellable,
                                               const char           *path,
                                               GError              **error);

G_END_DECLS
