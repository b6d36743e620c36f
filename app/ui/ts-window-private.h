/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-banner.h"
#include "ts-chips-bar.h"
#include "ts-export-bar.h"
#include "ts-map-view.h"
#include "ts-store.h"
#include "ts-timeline-view.h"
#include "ts-window.h"
#include "ts-undo-stack.h"

G_BEGIN_DECLS

/* The pages of the stack (ts-window-pages.c). */
typedef enum
{
  TS_WINDOW_PAGE_RECORDS,
  TS_WINDOW_PAGE_MAP,
  TS_WINDOW_PAGE_TIMELINE,
  TS_WINDOW_N_PAGES
} TsWindowPage;

typedef struct _TsWindowHistoryEntry TsWindowHistoryEntry;

struct _TsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  TsDataset *dataset;
  TsQuery *query;
  TsUndoStack *undo_stack;
  GtkNativeDialog *file_chooser;

  /* ts-window-pages.c: the page shown, the history across pages (arrays
   * of TsWindowHistoryEntry), whether the detail pane is open beside each
   * page, and the record each page last saw. */
  TsWindowPage page;
  GPtrArray *back_stack;
  GPtrArray *forward_stack;
  gboolean restoring;
  gboolean pane_open[TS_WINDOW_N_PAGES];
  char *seen_id[TS_WINDOW_N_PAGES];

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
  AdwFlap *flap;
  AdwViewStack *stack;
  GtkStack *records_stack;
  TsRecordsView *records_view;
  TsMapView *map_view;
  TsTimelineView *timeline_view;
  AdwStatusPage *error_page;
  AdwViewSwitcherBar *switcher_bar;
  GMenu *primary_menu;
  TsExportBar *export_bar;
  TsDetailPane *detail_pane;

  /* ts-window-banners.c: the store of the dataset shown (a weak pointer)
   * and its banners. */
  TsStore *banner_store;
  TsBanner *read_only_banner;
  TsBanner *connection_banner;
};

/* ts-window-pages.c */
void     _ts_window_pages_init     (TsWindow *self);
/* Forgets the history: another dataset is shown. */
void     _ts_window_pages_reset    (TsWindow *self);
void     _ts_window_pages_finalize (TsWindow *self);
/* Hides the pane beside the Map or the Timeline, as its Close does. */
void     _ts_window_close_pane     (TsWindow *self);
gboolean _ts_window_can_go_back    (TsWindow *self);
gboolean _ts_window_can_go_forward (TsWindow *self);
void     _ts_window_go_back        (TsWindow *self);
void     _ts_window_go_forward     (TsWindow *self);
/* What a press of the pointer's @button does (8 goes back, 9 forward);
 * FALSE for the buttons that are not for the history. */
gboolean _ts_window_handle_button  (TsWindow *self,
                                    guint     button);

/* ts-window-banners.c: "Read only" and "Disconnected" under the header
 * bar, following the store of the dataset shown. */
void     _ts_window_banners_init        (TsWindow  *self);
void     _ts_window_banners_set_dataset (TsWindow  *self,
                                         TsDataset *dataset);
void     _ts_window_banners_dispose     (TsWindow  *self);
/* The role may only read the team database shown: no editing. */
gboolean _ts_window_is_read_only        (TsWindow  *self);

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
