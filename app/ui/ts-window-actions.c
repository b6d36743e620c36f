/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-window-private.h"
#include "ts-json.h"
#include "ts-match-list.h"
#include "ts-record-editor.h"

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
on_clear_search_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ts_query_clear (self->query);
}

static void
on_filters_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);

  ts_window_set_view (self, "records");
  ts_records_view_popup_filters (self->records_view);
}

static void
on_view_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ts_window_set_view (TS_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
on_record_type_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  TsRecordType type;

  if (!ts_record_type_from_string (g_variant_get_string (parameter, NULL), &type))
    return;

  ts_window_set_view (self, "records");
  ts_records_view_set_record_type (self->records_view, type);
  ts_records_view_focus_list (self->records_view);
}

static void
on_back_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  _ts_window_go_back (TS_WINDOW (user_data));
}

static void
on_forward_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  _ts_window_go_forward (TS_WINDOW (user_data));
}

static void
show_error_toast (TsWindow     *self,
                  const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ts_window_add_toast (self, toast);
}

static void
on_new_record_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  TsRecordEditor *editor;

  if (self->dataset == NULL)
    return;

  ts_window_set_view (self, "records");
  editor = ts_record_editor_new (self->dataset,
                                 ts_records_view_get_record_type (self->records_view),
                                 NULL);
  g_signal_connect_swapped (editor, "saved", G_CALLBACK (ts_records_view_navigate_to),
                            self->records_view);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_edit_record_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  TsRecord *record = ts_records_view_get_record (self->records_view);
  TsRecordEditor *editor;

  if (self->dataset == NULL || record == NULL)
    return;

  editor = ts_record_editor_new (self->dataset, ts_record_get_record_type (record), record);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Several records selected in the list: all of them go, in one step that
 * one Undo brings back. */
static gboolean
delete_selected_records (TsWindow *self)
{
  g_autoptr(GPtrArray) records = ts_records_view_get_selected_records (self->records_view);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (records->len < 2)
    return FALSE;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (changes, ts_change_new (records->pdata[i], NULL));
  if (!ts_dataset_apply (self->dataset, changes, &error))
    {
      show_error_toast (self, error);
      return TRUE;
    }

  /* Translators: a toast after deleting several records at once */
  message = g_strdup_printf (ngettext ("%u record deleted", "%u records deleted", records->len),
                             records->len);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ts_window_add_toast (self, toast);
  return TRUE;
}

static void
on_step_toast_dismissed (AdwToast *toast,
                         TsWindow *self)
{
  if (g_object_get_data (G_OBJECT (self), "ts-step-toast") == toast)
    g_object_set_data (G_OBJECT (self), "ts-step-toast", NULL);
}

/* Says what an edit, an undo or a redo did, with a button for the step to
 * take next. One toast says it: the one before would offer to undo another
 * step than the one it names. It is changed in place while shown, as
 * dismissing it for a new one while it comes or goes crashes libadwaita
 * 1.2 (an animation's end unrefs the toast twice). */
static void
show_step_toast (TsWindow   *self,
                 const char *title,
                 const char *button_label,
                 const char *action_name)
{
  AdwToast *toast = g_object_get_data (G_OBJECT (self), "ts-step-toast");

  if (toast != NULL)
    {
      adw_toast_set_title (toast, title);
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (self), "ts-step-toast", g_object_ref (toast),
                          g_object_unref);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_step_toast_dismissed), self, 0);
  ts_window_add_toast (self, toast);
}

/* The id of the record beside @record in its list: the one after it, or
 * before it at the end; NULL when it is alone or not listed. */
static char *
dup_neighbour_id (TsWindow *self,
                  TsRecord *record)
{
  TsRecordList *list = ts_records_view_get_list (self->records_view,
                                                 ts_record_get_record_type (record));
  GListModel *model = ts_record_list_get_model (list);
  g_autoptr(TsRecord) neighbour = NULL;
  guint n_items;
  guint position;

  if (model == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (model);
  position = ts_match_list_find (TS_MATCH_LIST (model), ts_record_get_id (record));
  if (position >= n_items || n_items < 2)
    return NULL;

  neighbour = g_list_model_get_item (model, position + 1 < n_items ? position + 1 : position - 1);
  return g_strdup (ts_record_get_id (neighbour));
}

static void
on_delete_record_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  TsRecord *record = ts_records_view_get_record (self->records_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  g_autofree char *neighbour = NULL;
  TsRecordType type;
  /* Beside the Map or the Timeline, the pane's record is the one meant,
   * not the rows left selected in a list out of sight. */
  gboolean on_records = g_strcmp0 (ts_window_get_view (self), "records") == 0;

  if (self->dataset == NULL || record == NULL || (on_records && delete_selected_records (self)))
    return;

  type = ts_record_get_record_type (record);
  title = g_strdup (ts_record_get_display_name (record));
  neighbour = on_records ? dup_neighbour_id (self, record) : NULL;
  if (!ts_dataset_remove (self->dataset, ts_record_get_id (record), &error))
    {
      if (!_ts_window_explain_refused_delete (self, record, error))
        show_error_toast (self, error);
      return;
    }

  /* The selection and the focus go to the row beside, so that the keyboard
   * and a screen reader go on from there, not from nowhere. */
  if (neighbour != NULL)
    {
      /* The list without the record first, or the row would be chosen
       * where the record was. */
      ts_record_list_get_model (ts_records_view_get_list (self->records_view, type));
      ts_records_view_show_record (self->records_view, neighbour);
    }
  if (on_records)
    ts_record_list_focus_selected (ts_records_view_get_list (self->records_view, type));
  else
    /* Beside the map, nothing is left to read: the page has its room back. */
    _ts_window_close_pane (self);

  /* Translators: a toast after deleting the record titled %s */
  message = g_strdup_printf (_("“%s” deleted"), title);
  show_step_toast (self, message, _("_Undo"), "win.undo");
}

/* Undoes or redoes the last step, and says in a toast what it was: a
 * change made out of sight (an undone import) is not silent. */
static void
step_undo_stack (TsWindow *self,
                 gboolean  redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->undo_stack == NULL)
    return;

  message = ts_undo_stack_describe (self->undo_stack, redo);
  if (message == NULL)
    return;
  if (!(redo ? ts_undo_stack_redo (self->undo_stack, &error)
             : ts_undo_stack_undo (self->undo_stack, &error)))
    {
      show_error_toast (self, error);
      return;
    }

  /* The button takes the step back again. */
  if (redo ? ts_undo_stack_can_undo (self->undo_stack) : ts_undo_stack_can_redo (self->undo_stack))
    show_step_toast (self, message, redo ? _("_Undo") : _("_Redo"),
                     redo ? "win.undo" : "win.redo");
  else
    show_step_toast (self, message, NULL, NULL);
}

static void
on_undo_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  step_undo_stack (TS_WINDOW (user_data), FALSE);
}

static void
on_redo_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  step_undo_stack (TS_WINDOW (user_data), TRUE);
}

static void
report_import (TsWindow     *self,
               GFile        *file,
               guint         n_added,
               guint         n_changed,
               const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (error != NULL)
    {
      /* Translators: %s is a file name */
      heading = g_strdup_printf (_("“%s” Was Not Imported"), name);
      body = g_strdup_printf (_("Nothing was changed. %s"), error->message);
    }
  else if (n_added == 0 && n_changed == 0)
    {
      heading = g_strdup_printf (_("“%s” Imported"), name);
      body = g_strdup (_("Every record in the file is in the dataset already, unchanged."));
    }
  else
    {
      g_autofree char *added = NULL;
      g_autofree char *changed = NULL;

      heading = g_strdup_printf (_("“%s” Imported"), name);
      added = g_strdup_printf (ngettext ("%u record added", "%u records added", n_added),
                               n_added);
      changed = g_strdup_printf (ngettext ("%u record changed", "%u records changed",
                                           n_changed),
                                 n_changed);
      /* Translators: "3 records added, 2 records changed." */
      body = g_strdup_printf (_("%s, %s. Undo (Ctrl+Z) takes the import back."), added, changed);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_set_name (dialog, "import-report");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ts_window_import_file (TsWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 0;
  guint n_changed = 0;

  g_return_if_fail (TS_IS_WINDOW (self));

  if (self->dataset == NULL)
    return;

  if (!ts_json_import_file (self->dataset, file, &n_added, &n_changed, &error))
    report_import (self, file, 0, 0, error);
  else
    report_import (self, file, n_added, n_changed, NULL);
}

static void
on_file_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          TsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        _ts_window_import_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
}

static void
on_import_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  TsWindow *self = TS_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Records"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Tianshan datasets (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response), self);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
on_export_briefing_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  _ts_window_export_show_dialog (TS_WINDOW (user_data), TS_WINDOW_EXPORT_BRIEFING);
}

static void
on_export_csv_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  _ts_window_export_show_dialog (TS_WINDOW (user_data), TS_WINDOW_EXPORT_CSV);
}

static void
on_export_dossier_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  _ts_window_export_show_dossier_dialog (TS_WINDOW (user_data));
}

/* The shortcuts window is built when first asked for, not with every
 * window: GtkApplication would build one from gtk/help-overlay.ui for each
 * window it adds, some 800 widgets that cost the first frame a tenth of
 * its time. gtk_application_window_set_help_overlay () then makes it
 * the window's own (modal, hidden on close, destroyed with the window)
 * and leaves this action in place of its own. */
static void
on_show_help_overlay_activated (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/ts-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_actions[] = {
  { "search", on_search_activated },
  { "clear-search", on_clear_search_activated },
  { "filters", on_filters_activated },
  { "view", on_view_activated, "s" },
  { "record-type", on_record_type_activated, "s" },
  { "back", on_back_activated },
  { "forward", on_forward_activated },
  { "new-record", on_new_record_activated },
  { "edit-record", on_edit_record_activated },
  { "delete-record", on_delete_record_activated },
  { "undo", on_undo_activated },
  { "redo", on_redo_activated },
  { "import", on_import_activated },
  { "export-briefing", on_export_briefing_activated },
  { "export-csv", on_export_csv_activated },
  { "export-dossier", on_export_dossier_activated },
  { "show-help-overlay", on_show_help_overlay_activated },
};

static void
set_enabled (TsWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_ts_window_update_actions (TsWindow *self)
{
  gboolean has_dataset = self->dataset != NULL;
  gboolean has_record = has_dataset
                        && ts_records_view_get_record (self->records_view) != NULL;
  gboolean exporting = ts_export_bar_get_running (self->export_bar);
  /* A role that may only read the team database edits nothing. */
  gboolean writable = !_ts_window_is_read_only (self);

  set_enabled (self, "new-record", has_dataset && writable);
  set_enabled (self, "edit-record", has_record && writable);
  set_enabled (self, "delete-record", has_record && writable);
  set_enabled (self, "import", has_dataset && writable);
  set_enabled (self, "export-briefing", has_dataset && !exporting);
  set_enabled (self, "export-csv", has_dataset && !exporting);
  /* A dossier is of the record shown. */
  set_enabled (self, "export-dossier", has_record && !exporting);
  set_enabled (self, "undo", writable && self->undo_stack != NULL
                             && ts_undo_stack_can_undo (self->undo_stack));
  set_enabled (self, "redo", writable && self->undo_stack != NULL
                             && ts_undo_stack_can_redo (self->undo_stack));
  /* One history for the window, across its pages. */
  set_enabled (self, "back", _ts_window_can_go_back (self));
  set_enabled (self, "forward", _ts_window_can_go_forward (self));
}

void
_ts_window_actions_init (TsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  /* One export at a time: the bar shows one. */
  g_signal_connect_object (self->export_bar, "notify::running",
                           G_CALLBACK (_ts_window_update_actions), self, G_CONNECT_SWAPPED);

  _ts_window_update_actions (self);
}

void
ts_window_class_set_accels (GtkApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "win.search", { "<Control>f", NULL } },
    { "win.filters", { "<Control><Shift>f", NULL } },
    { "win.view('records')", { "<Alt>1", NULL } },
    { "win.view('map')", { "<Alt>2", NULL } },
    { "win.view('timeline')", { "<Alt>3", NULL } },
    { "win.record-type('meeting')", { "<Control>1", NULL } },
    { "win.record-type('agreement')", { "<Control>2", NULL } },
    { "win.record-type('project')", { "<Control>3", NULL } },
    { "win.record-type('person')", { "<Control>4", NULL } },
    { "win.record-type('organization')", { "<Control>5", NULL } },
    { "win.record-type('place')", { "<Control>6", NULL } },
    { "win.record-type('source')", { "<Control>7", NULL } },
    { "win.record-type('figure')", { "<Control>8", NULL } },
    /* Statements came last: the others keep the keys analysts know. */
    { "win.record-type('statement')", { "<Control>9", NULL } },
    { "win.back", { "<Alt>Left", "Back", NULL } },
    { "win.forward", { "<Alt>Right", "Forward", NULL } },
    { "win.new-record", { "<Control>n", NULL } },
    /* F2, as for renaming in Files: Ctrl+E is the briefing's. */
    { "win.edit-record", { "F2", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.import", { "<Control>o", NULL } },
    { "win.export-briefing", { "<Control>e", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}
