/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  GtkStack *records_stack;
  TsRecordsView *records_view;
  AdwStatusPage *error_page;
  AdwViewSwitcherBar *switcher_bar;
};

void _ts_window_actions_init  (TsWindow *self);
/* Enables the actions that act on the dataset and the shown record. */
void _ts_window_update_actions (TsWindow *self);
/* Merges the records of @file into the dataset and reports how it went. */
void _ts_window_import_file    (TsWindow *self,
                                GFile    *file);

G_END_DECLS
