/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-window-private.h"
#include "ts-accessible.h"
#include "ts-store.h"

G_DEFINE_FINAL_TYPE (TsWindow, ts_window, ADW_TYPE_APPLICATION_WINDOW)

static void
save_window_state (TsWindow *self)
{
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  /* A maximized window keeps the size it had before, to restore to. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-view", ts_window_get_view (self));
  g_settings_set_string (self->settings, "last-record",
                         ts_records_view_get_record (self->records_view) != NULL
                         ? ts_record_get_id (ts_records_view_get_record (self->records_view))
                         : "");
  g_settings_set_string (self->settings, "record-type",
                         ts_record_type_to_string (
                           ts_records_view_get_record_type (self->records_view)));
  g_settings_apply (self->settings);
}

static void
restore_window_state (TsWindow *self)
{
  g_autofree char *view = NULL;
  g_autofree char *record_type = NULL;
  TsRecordType type;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "last-view");
  ts_window_set_view (self, view);

  record_type = g_settings_get_string (self->settings, "record-type");
  if (ts_record_type_from_string (record_type, &type))
    ts_records_view_set_record_type (self->records_view, type);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   TsWindow       *self)
{
  ts_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The search chip, or Clear All, cleared the text: so does the entry. */
static void
on_query_text_changed (TsWindow *self)
{
  g_autofree char *text = g_strdup (ts_query_get_text (self->query));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                 text != NULL ? text : "") != 0)
    {
      /* Setting the text first empties the entry, and an empty search
       * entry says ::search-changed at once: the query would be set to ""
       * (freeing the text being put in, when it was the query's own) and
       * the search lost. */
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
    }
}

static void
on_search_activate (GtkSearchEntry *entry,
                    TsWindow       *self)
{
  /* Enter takes the user from the search to what it found. */
  ts_window_set_view (self, "records");
  ts_records_view_focus_list (self->records_view);
}

static void
on_records_view_notify (TsRecordsView *view,
                        GParamSpec    *pspec,
                        TsWindow      *self)
{
  _ts_window_update_actions (self);
}

static void
on_view_changed (AdwViewStack *stack,
                 GParamSpec   *pspec,
                 TsWindow     *self)
{
  _ts_window_update_actions (self);
}

static gboolean
ts_window_close_request (GtkWindow *window)
{
  save_window_state (TS_WINDOW (window));

  return GTK_WINDOW_CLASS (ts_window_parent_class)->close_request (window);
}

static void
ts_window_dispose (GObject *object)
{
  TsWindow *self = TS_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  _ts_window_banners_dispose (self);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_WINDOW);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->dataset);
  g_clear_object (&self->query);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ts_window_parent_class)->dispose (object);
}

static void
ts_window_finalize (GObject *object)
{
  _ts_window_pages_finalize (TS_WINDOW (object));

  G_OBJECT_CLASS (ts_window_parent_class)->finalize (object);
}

static void
ts_window_class_init (TsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (TS_TYPE_RECORDS_VIEW);
  g_type_ensure (TS_TYPE_EXPORT_BAR);
  g_type_ensure (TS_TYPE_CHIPS_BAR);
  g_type_ensure (TS_TYPE_MAP_VIEW);
  g_type_ensure (TS_TYPE_TIMELINE_VIEW);
  g_type_ensure (TS_TYPE_DETAIL_PANE);

  object_class->dispose = ts_window_dispose;
  object_class->finalize = ts_window_finalize;
  window_class->close_request = ts_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/ts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TsWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, forward_button);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, chips_bar);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, records_stack);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, records_view);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, export_bar);
  gtk_widget_class_bind_template_child (widget_class, TsWindow, detail_pane);
}

/* Escape anywhere in the window dismisses the toast on screen, as it did
 * when the toast overlay held the whole window: it now lies over the pages
 * beside the export's bar (ts-window.ui), so the window passes the key on.
 * The toast shown is the overlay's last child; toasts going out before it
 * were dismissed already. */
static gboolean
dismiss_shown_toast (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  GtkWidget *shown = gtk_widget_get_last_child (GTK_WIDGET (self->toast_overlay));
  g_autoptr(AdwToast) toast = NULL;

  if (shown == NULL
      || g_object_class_find_property (G_OBJECT_GET_CLASS (shown), "toast") == NULL)
    return GDK_EVENT_PROPAGATE;

  g_object_get (shown, "toast", &toast, NULL);
  if (toast == NULL || g_object_get_data (G_OBJECT (toast), "ts-dismissed") != NULL)
    return GDK_EVENT_PROPAGATE;

  adw_toast_dismiss (toast);
  return GDK_EVENT_STOP;
}

static void
on_toast_dismissed (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "ts-dismissed", GINT_TO_POINTER (TRUE));
}

/* GTK builds a menu button's popover, a widget for every item, as soon as
 * the button is given a menu model: the main menu is given its model
 * when first opened (F10 or a click), not at start-up (8.5 M
 * instructions before the first frame). */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
  /* libadwaita names the popover "GtkPopoverMenu". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_menu_button_get_popover (button)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
}

/* The bottom bar switches the pages when the window is too narrow for
 * the switcher in the header bar. It is given the pages when it is first
 * revealed: while the window is wide, its buttons would be built,
 * measured and laid out for nothing (9.5 M instructions before the
 * first frame). */
static void
on_switcher_title_visible (TsWindow *self)
{
  if (!adw_view_switcher_title_get_title_visible (self->switcher_title)
      || adw_view_switcher_bar_get_stack (self->switcher_bar) != NULL)
    return;

  adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

static void
ts_window_init (TsWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (dismiss_shown_toast,
                                                                                   self, NULL)));
  gtk_widget_add_controller (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)),
                             controller);
  /* libadwaita leaves the view switchers' tab lists nameless (the bar's
   * switcher is there, empty, before the bar is given the pages). */
  ts_accessible_label_descendants (GTK_WIDGET (self), ADW_TYPE_VIEW_SWITCHER, FALSE, _("Views"));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu, self, NULL);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (on_switcher_title_visible), self);

  self->query = ts_query_new ();
  g_signal_connect_swapped (self->query, "notify::text", G_CALLBACK (on_query_text_changed),
                            self);
  ts_chips_bar_set_query (self->chips_bar, self->query, NULL);

  /* The schema id is the base id for both profiles. */
  self->settings = g_settings_new (BASE_ID);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self->search_bar, "search-mode-enabled",
                          self->search_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  /* While the search bar is open the chips' row stays: typing the first
   * letter, or deleting the last, does not resize the page below (a
   * frame that lays out and paints the whole page again). */
  g_object_bind_property (self->search_bar, "search-mode-enabled",
                          self->chips_bar, "reserved", G_BINDING_SYNC_CREATE);

  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->records_view, "notify::record",
                    G_CALLBACK (on_records_view_notify), self);
  g_signal_connect (self->stack, "notify::visible-child-name",
                    G_CALLBACK (on_view_changed), self);

  _ts_window_banners_init (self);
  _ts_window_actions_init (self);
  _ts_window_pages_init (self);
  restore_window_state (self);
}

TsWindow *
ts_window_new (TsApplication *application)
{
  return g_object_new (TS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

const char *
ts_window_get_view (TsWindow *self)
{
  g_return_val_if_fail (TS_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
ts_window_set_view (TsWindow   *self,
                    const char *view)
{
  g_return_if_fail (TS_IS_WINDOW (self));

  if (view != NULL && adw_view_stack_get_child_by_name (self->stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, view);
}

TsDataset *
ts_window_get_dataset (TsWindow *self)
{
  g_return_val_if_fail (TS_IS_WINDOW (self), NULL);

  return self->dataset;
}

void
ts_window_set_dataset (TsWindow  *self,
                       TsDataset *dataset)
{
  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || TS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_clear_object (&self->undo_stack);
  if (dataset != NULL)
    {
      self->undo_stack = ts_undo_stack_new (dataset);
      g_signal_connect_swapped (self->undo_stack, "notify::can-undo",
                                G_CALLBACK (_ts_window_update_actions), self);
      g_signal_connect_swapped (self->undo_stack, "notify::can-redo",
                                G_CALLBACK (_ts_window_update_actions), self);
    }

  ts_records_view_set_dataset (self->records_view, dataset, self->query);
  ts_chips_bar_set_query (self->chips_bar, self->query, dataset);
  ts_map_view_set_matches (self->map_view, ts_records_view_get_matches (self->records_view));
  ts_timeline_view_set_matches (self->timeline_view,
                                ts_records_view_get_matches (self->records_view));
  gtk_stack_set_visible_child_name (self->records_stack, "records");
  _ts_window_banners_set_dataset (self, dataset);
  _ts_window_pages_reset (self);

  /* Another analyst's changes show as they are committed. */
  if (dataset != NULL && ts_store_get_for_dataset (dataset) != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!ts_store_watch (ts_store_get_for_dataset (dataset), &error))
        g_message ("%s", error->message);
    }

  /* Open on the record the user last looked at. */
  if (dataset != NULL)
    {
      g_autofree char *last_record = g_settings_get_string (self->settings, "last-record");

      if (*last_record != '\0')
        ts_records_view_show_record (self->records_view, last_record);
    }
  _ts_window_update_actions (self);
}

TsQuery *
ts_window_get_query (TsWindow *self)
{
  g_return_val_if_fail (TS_IS_WINDOW (self), NULL);

  return self->query;
}

void
ts_window_show_error (TsWindow     *self,
                      const char   *title,
                      const GError *error)
{
  g_return_if_fail (TS_IS_WINDOW (self));

  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  if (title != NULL)
    adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error != NULL ? error->message : NULL);
  gtk_stack_set_visible_child_name (self->records_stack, "error");
  ts_window_set_view (self, "records");
  _ts_window_update_actions (self);
}

TsRecordsView *
ts_window_get_records_view (TsWindow *self)
{
  g_return_val_if_fail (TS_IS_WINDOW (self), NULL);

  return self->records_view;
}

void
ts_window_add_toast (TsWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (TS_IS_WINDOW (self));

  g_signal_connect (toast, "dismissed", G_CALLBACK (on_toast_dismissed), NULL);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
ts_window_set_database_description (TsWindow   *self,
                                    const char *description)
{
  GMenu *menu;
  GMenu *section;

  g_return_if_fail (TS_IS_WINDOW (self));

  adw_view_switcher_title_set_subtitle (self->switcher_title, description);

  /* The menu's first line, where Open Local Database… and Connect to Team
   * Database… are: an item without an action, read but not chosen. */
  menu = self->primary_menu;
  section = g_object_get_data (G_OBJECT (self), "ts-database-section");
  if (section == NULL)
    {
      section = g_menu_new ();
      g_menu_prepend_section (menu, NULL, G_MENU_MODEL (section));
      g_object_set_data_full (G_OBJECT (self), "ts-database-section", section, g_object_unref);
    }
  g_menu_remove_all (section);
  if (description != NULL && description[0] != '\0')
    g_menu_append (section, description, NULL);
}
