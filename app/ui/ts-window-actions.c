/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-window-private.h"

static void
on_search_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_view_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ts_window_set_view (TS_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
on_import_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
}

static void
on_export_briefing_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
}

static const GActionEntry win_actions[] = {
  { "search", on_search_activated },
  { "view", on_view_activated, "s" },
  { "import", on_import_activated },
  { "export-briefing", on_export_briefing_activated },
};

/* Features whose issue has not landed yet stay in the menu, disabled, so
 * the menu does not promise what the app cannot do. */
static const char *unfinished_actions[] = {
  "import",
  "export-briefing",
};

void
_ts_window_actions_init (TsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (unfinished_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), unfinished_actions[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
    }
}

void
ts_window_class_set_accels (GtkApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "win.search", { "<Control>f", NULL } },
    { "win.view('records')", { "<Alt>1", NULL } },
    { "win.view('map')", { "<Alt>2", NULL } },
    { "win.view('timeline')", { "<Alt>3", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}
