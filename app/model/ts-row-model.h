/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TS_TYPE_ROW (ts_row_get_type ())

G_DECLARE_FINAL_TYPE (TsRow, ts_row, TS, ROW, GObject)

/* What one position of a TsRowModel shows now; notifies "item" when the
 * position comes to show another. (transfer none) */
GObject    *ts_row_get_item        (TsRow      *self);

#define TS_TYPE_ROW_MODEL (ts_row_model_get_type ())

G_DECLARE_FINAL_TYPE (TsRowModel, ts_row_model, TS, ROW_MODEL, GObject)

/* A GListModel of TsRow, one per position of @model, that stay the same
 * objects while @model changes: a change within the list only changes
 * what the rows show (TsRow:item), and only a change of length reaches
 * the list view as ::items-changed, at the end.
 *
 * GTK 4.8's list views keep some 200 rows realized and, when the items of
 * those rows are replaced, destroy every row widget and build new ones:
 * 50–100 ms for a search that changes what the first rows show. Rows
 * that stay let the cells rebind instead. And a list that grows from a
 * few rows to many, or shrinks back, changes by some 40 rows a main loop
 * iteration within the rows a view realizes, so no iteration builds or
 * destroys 200 rows; rows on their way out show nothing (a TsRow's item
 * is NULL) until they are gone. */
TsRowModel *ts_row_model_new       (GListModel *model);

G_END_DECLS
