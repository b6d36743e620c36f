/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-dataset.h"
#include "ts-match-list.h"
#include "ts-record-list.h"
#include "ts-row-model.h"

G_BEGIN_DECLS

/* TsRecordList in three files: the list and its rows (ts-record-list.c),
 * its selection (ts-record-list-selection.c), and its columns' layout and
 * what Ctrl+C copies (ts-record-list-layout.c). Each of the column view's
 * columns carries its TsColumn as the object data "ts-column-info", and
 * its key as "ts-column-key". */

struct _TsRecordList
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkColumnView *column_view;

  TsRecordType type;
  TsDataset *dataset;
  TsMatches *matches;

  /* The matching records, sorted as the column view's sorter says, and
   * rows that show them for the column view. */
  TsMatchList *model;
  TsRowModel *rows;
  GtkMultiSelection *selection;
  /* Whether the column view has the selection as its model yet: a list
   * gets it when it is first mapped (or its column view is asked for), so
   * the lists of the types not shown at start-up make no rows. */
  gboolean attached;
  /* The record the analyst selected last, which the detail pane shows, and
   * the ids of all the records selected: selected again at their new
   * places when a search or sort moves them, and when a search that hid
   * them is undone. */
  TsRecord *selected_record;
  GHashTable *selected_ids;
  gboolean fixing_selection;
  /* Two items to ask the column view's sorter which column it sorts by,
   * and the column whose sorter it asked first (GTK 4.8 has no
   * gtk_column_view_sorter_get_primary_sort_column()). */
  GObject *probe_items[2];
  gpointer probed_column;

  /* The bound cells whose text shows other records' titles (GtkListItem →
   * Column): only these can go stale when another record changes, and only
   * the ones on screen are bound, so refreshing them is cheap. */
  GHashTable *linked_cells;
  /* Counts the changes to other records that may change how a row is read
   * aloud: a row's description is made again only when its record or
   * this count changed since it was made, once per row, not per cell. */
  guint aloud_stamp;

  GSimpleActionGroup *column_actions;
  GMenu *column_menu;
  GSettings *settings;
  guint save_layout_source;
  gboolean restoring_layout;
};

/* ts-record-list.c */
void                _ts_record_list_notify_selected (TsRecordList *self);

/* ts-record-list-selection.c: the selection follows its records as the
 * rows change what they show. */
void                _ts_record_list_on_selection_changed    (GtkSelectionModel *model,
                                                             guint              position,
                                                             guint              n_items,
                                                             TsRecordList      *self);
void                _ts_record_list_on_model_items_changing (GListModel        *model,
                                                             guint              position,
                                                             guint              removed,
                                                             guint              added,
                                                             TsRecordList      *self);
void                _ts_record_list_on_model_items_changed  (GListModel        *model,
                                                             guint              position,
                                                             guint              removed,
                                                             guint              added,
                                                             TsRecordList      *self);
void                _ts_record_list_on_rows_items_changed   (GListModel        *rows,
                                                             guint              position,
                                                             guint              removed,
                                                             guint              added,
                                                             TsRecordList      *self);

/* ts-record-list-layout.c */

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
