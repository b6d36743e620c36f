/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-chips-bar.h"
#include "ts-export-bar.h"
#include "ts-map-view.h"
#include "ts-timeline-view.h"
#include "ts-window.h"
#include "ts-undo-stack.h"

G_BEGIN_DECLS

struct _TsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  TsDataset *dataset;
  TsQuery *query;
  TsUndoStack *undo_stack;
  GtkNativeDialog *file_chooser;

  /* Template widgets */
  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkToggleButton *search_button;
  GtkButton *back_button;
  GtkButton *forward_button;
  GtkMenuButton *menu_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  TsChipsBar *chips_bar;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  GtkStack *records_stack;
  TsRecordsView *records_view;
  TsMapView *map_view;
  TsTimelineView *timeline_view;
  AdwStatusPage *error_page;
  AdwViewSwitcherBar *switcher_bar;
  TsExportBar *export_bar;
};

void _ts_window_actions_init  (TsWindow *self);
/* Enables the actions that act on the dataset and the shown record. */
void _ts_window_update_actions (TsWindow *self);
/* When the dataset refused to delete @record with @error because others
 * link to it (TS_RECORD_ERROR_STILL_REFERENCED): a dialog
 * ("delete-refused") names them, each a row that shows it. FALSE, and
 * nothing shown, for any other error. */
gboolean _ts_window_explain_refused_delete (TsWindow     *self,
                                            TsRecord     *record,
                                            const GError *error);
/* Merges the records of @file into the dataset and reports how it went. */
void _ts_window_import_file    (TsWindow *self,
                                GFile    *file);

typedef enum
{
  TS_WINDOW_EXPORT_VIEW, /* what the search and filters select */
  TS_WINDOW_EXPORT_ALL,
} TsWindowExportScope;

typedef enum
{
  TS_WINDOW_EXPORT_BRIEFING, /* .xlsx */
  TS_WINDOW_EXPORT_CSV,      /* .csv, the list the Records page shows */
} TsWindowExportFormat;

/* Asks where to save (and what) and exports there. */
void _ts_window_export_show_dialog (TsWindow             *self,
                                    TsWindowExportFormat  format);
/* Exports to @path (the format's extension added if it lacks it) in a
 * worker thread, with the progress bar, and reports the outcome in a toast
 * (an error in a dialog named "export-error"). Does nothing while another
 * export runs (see export_bar's :running). */
void _ts_window_export_to_file     (TsWindow             *self,
                                    const char           *path,
                                    TsWindowExportScope   scope,
                                    TsWindowExportFormat  format);
/* Asks where to save a dossier of the record shown, and how far it
 * reaches. */
void _ts_window_export_show_dossier_dialog (TsWindow   *self);
/* A dossier of the record @id and its neighbourhood within @hops links
 * (.xlsx added if missing), as _ts_window_export_to_file() writes. */
void _ts_window_export_dossier_to_file     (TsWindow   *self,
                                            const char *path,
                                            const char *id,
                                            guint       hops);

G_END_DECLS
