/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-window.h"

G_BEGIN_DECLS

struct _TsWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  /* Template widgets */
  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkToggleButton *search_button;
  GtkMenuButton *menu_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  AdwViewStack *stack;
  AdwViewSwitcherBar *switcher_bar;
};

void _ts_window_actions_init (TsWindow *self);

G_END_DECLS
