/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window-banners"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-banner.h"
#include "ts-store.h"
#include "ts-window-private.h"

/* The window's lasting notices about its team database, under the header
 * bar: "Read only" while the role may not change it (the editing actions
 * are disabled, _ts_window_update_actions), and "Disconnected" while the
 * connection is down, with a button that connects again (a save does it
 * too). Named "read-only-banner" and "connection-banner". */

static void
update_banners (TsWindow *self)
{
  TsStore *store = self->banner_store;

  ts_banner_set_revealed (self->read_only_banner,
                          store != NULL && ts_store_get_read_only (store));
  ts_banner_set_revealed (self->connection_banner,
                          store != NULL && !ts_store_get_connected (store));
}

static void
on_store_changed (TsWindow *self)
{
  update_banners (self);
  _ts_window_update_actions (self);
}

static void
on_reconnect_clicked (TsWindow *self)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->banner_store == NULL || ts_store_reconnect (self->banner_store, &error))
    return;

  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ts_window_add_toast (self, toast);
}

static void
forget_store (TsWindow *self)
{
  if (self->banner_store != NULL)
    g_signal_handlers_disconnect_by_data (self->banner_store, self);
  g_clear_weak_pointer (&self->banner_store);
}

void
_ts_window_banners_init (TsWindow *self)
{
  GtkWidget *header_bar = GTK_WIDGET (self->header_bar);
  GtkWidget *box = gtk_widget_get_parent (header_bar);
  GtkWidget *banner;

  banner = ts_banner_new (_("Read only: your role may not change this team database"));
  gtk_widget_set_name (banner, "read-only-banner");
  gtk_box_insert_child_after (GTK_BOX (box), banner, header_bar);
  self->read_only_banner = TS_BANNER (banner);

  banner = ts_banner_new (_("Disconnected from the team database"));
  gtk_widget_set_name (banner, "connection-banner");
  ts_banner_set_button_label (TS_BANNER (banner), _("_Reconnect"));
  gtk_box_insert_child_after (GTK_BOX (box), banner, GTK_WIDGET (self->read_only_banner));
  g_signal_connect_swapped (banner, "button-clicked", G_CALLBACK (on_reconnect_clicked), self);
  self->connection_banner = TS_BANNER (banner);
}

void
_ts_window_banners_set_dataset (TsWindow  *self,
                                TsDataset *dataset)
{
  TsStore *store = dataset != NULL ? ts_store_get_for_dataset (dataset) : NULL;

  if (store != self->banner_store)
    {
      forget_store (self);
      g_set_weak_pointer (&self->banner_store, store);
      if (store != NULL)
        {
          g_signal_connect_swapped (store, "notify::read-only",
                                    G_CALLBACK (on_store_changed), self);
          g_signal_connect_swapped (store, "notify::connected",
                                    G_CALLBACK (on_store_changed), self);
        }
    }
  update_banners (self);
}

gboolean
_ts_window_is_read_only (TsWindow *self)
{
  return self->banner_store != NULL && ts_store_get_read_only (self->banner_store);
}

void
_ts_window_banners_dispose (TsWindow *self)
{
  forget_store (self);
}
