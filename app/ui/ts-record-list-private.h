/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-dataset.h"

G_BEGIN_DECLS

/* What TsRecordList keeps apart from its rows (ts-record-list-layout.c).
 * Each of the column view's columns carries its TsColumn as the object
 * data "ts-column-info", and its key as "ts-column-key". */

/* The columns' widths, visibility and order for the record type
 * @type_name, in the settings' "column-layout" and "column-order"; the
 * other types' are kept. */
void                _ts_record_list_save_layout    (GSettings     *settings,
                                                    GtkColumnView *column_view,
                                                    const char    *type_name);
/* Puts back what _ts_record_list_save_layout() saved. Columns the saved
 * order does not name (added by a later version) follow those it does, in
 * their own order. */
void                _ts_record_list_restore_layout (GSettings     *settings,
                                                    GtkColumnView *column_view,
                                                    const char    *type_name);

/* @records (TsRecord) as the column view shows them, its visible columns
 * in their order under a header row: tab-separated text, and an HTML table
 * for word processors and spreadsheets. */
GdkContentProvider *_ts_record_list_build_copy     (GtkColumnView *column_view,
                                                    TsDataset     *dataset,
                                                    GPtrArray     *records);

G_END_DECLS
