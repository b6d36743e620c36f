/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-dataset.h"
#include "ts-matches.h"

G_BEGIN_DECLS

#define TS_TYPE_RECORD_LIST (ts_record_list_get_type ())

G_DECLARE_FINAL_TYPE (TsRecordList, ts_record_list, TS, RECORD_LIST, GtkWidget)

/* The records of one type that a query matches, as a sortable column view. */
TsRecordList  *ts_record_list_new              (TsRecordType   type);
TsRecordType   ts_record_list_get_record_type  (TsRecordList  *self);
/* Lists the records of the list's type that @matches holds. */
void           ts_record_list_set_matches      (TsRecordList  *self,
                                                TsMatches     *matches);
/* The matching records in the order shown. */
GListModel    *ts_record_list_get_model        (TsRecordList  *self);
guint          ts_record_list_get_n_matches    (TsRecordList  *self);
/* The record the analyst selected last, which the detail pane shows. */
TsRecord      *ts_record_list_get_selected     (TsRecordList  *self);
/* Every record selected, in the order shown. */
GPtrArray     *ts_record_list_get_selected_records (TsRecordList *self);
/* Puts the selected rows on the clipboard (Ctrl+C): the columns shown, in
 * their order, as tab-separated text and as an HTML table. */
void           ts_record_list_copy             (TsRecordList  *self);
/* Selects the record and scrolls to it; FALSE if the query hides it. */
gboolean       ts_record_list_select           (TsRecordList  *self,
                                                const char    *id);
void           ts_record_list_unselect         (TsRecordList  *self);
/* Moves the keyboard focus to the selected row, or to the list when none
 * is selected or shown. */
void           ts_record_list_focus_selected   (TsRecordList  *self);
void           ts_record_list_sort_by          (TsRecordList  *self,
                                                const char    *column_key,
                                                GtkSortType    order);
GtkColumnView *ts_record_list_get_column_view  (TsRecordList  *self);
/* Toggle actions "<column key>" for the columns' visibility, and a menu of
 * them. */
GActionGroup  *ts_record_list_get_column_actions (TsRecordList *self);
GMenuModel    *ts_record_list_get_column_menu  (TsRecordList  *self);

G_END_DECLS
