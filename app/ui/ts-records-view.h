/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-matches.h"
#include "ts-query.h"
#include "ts-record-list.h"
#include "ts-detail-pane.h"

G_BEGIN_DECLS

#define TS_TYPE_RECORDS_VIEW (ts_records_view_get_type ())

G_DECLARE_FINAL_TYPE (TsRecordsView, ts_records_view, TS, RECORDS_VIEW, GtkWidget)

/* The Records page: a sidebar of record types with the number each has in
 * the current view and the list of the chosen type. The record chosen is
 * shown in the detail pane the window gives it (shared with the other
 * pages, beside them all); the window keeps the history of what was shown
 * (::navigating says when a step is taken). */
TsRecordsView *ts_records_view_new              (void);
void           ts_records_view_set_dataset      (TsRecordsView *self,
                                                 TsDataset     *dataset,
                                                 TsQuery       *query);
/* What the query matches in the dataset, kept up to date for the lists;
 * the other pages share it. (nullable) */
TsMatches     *ts_records_view_get_matches      (TsRecordsView *self);
TsRecordType   ts_records_view_get_record_type  (TsRecordsView *self);
void           ts_records_view_set_record_type  (TsRecordsView *self,
                                                 TsRecordType   type);
TsRecordList  *ts_records_view_get_list         (TsRecordsView *self,
                                                 TsRecordType   type);
TsDetailPane  *ts_records_view_get_detail_pane  (TsRecordsView *self);
void           ts_records_view_set_detail_pane  (TsRecordsView *self,
                                                 TsDetailPane  *pane);
/* The record the detail pane shows, or NULL. */
TsRecord      *ts_records_view_get_record       (TsRecordsView *self);
/* The records selected in the list shown, in its order. */
GPtrArray     *ts_records_view_get_selected_records (TsRecordsView *self);
/* Shows the record with @id, switching type; it becomes a step in the
 * history (::navigating is emitted first). FALSE if there is no such
 * record. */
gboolean       ts_records_view_navigate_to      (TsRecordsView *self,
                                                 const char    *id);
/* The same, without making it a step in the history. */
gboolean       ts_records_view_show_record      (TsRecordsView *self,
                                                 const char    *id);
/* The number the sidebar shows for @type. */
guint          ts_records_view_get_count        (TsRecordsView *self,
                                                 TsRecordType   type);
void           ts_records_view_focus_list       (TsRecordsView *self);
void           ts_records_view_popup_filters    (TsRecordsView *self);

G_END_DECLS
