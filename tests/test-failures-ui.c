/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's side of #19 items 5 and 6, against a real server (run by
 * tests/run-with-postgresql.sh, meson test test-failures-ui-postgresql):
 * a reader's window says "Read only" in a banner and offers no editing;
 * an editor whose save fails because the connection was lost keeps its
 * text, the window says "Disconnected" with a Reconnect button, and saving
 * again saves. Skipped without the server or a display. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-application.h"
#include "ts-banner.h"
#include "ts-record-editor.h"
#include "ts-window.h"

#include "failure-test-utils.h"
#include "ui-test-utils.h"

#define KANT "place/kant"

static TsApplication *app;

static gboolean
need_server (void)
{
  if (store_test_server () != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server: run through tests/run-with-postgresql.sh "
               "(meson test test-failures-ui-postgresql)");
  return FALSE;
}

static TsWindow *
open_window (TsStore *store)
{
  TsWindow *window = ts_window_new (app);

  ts_window_set_dataset (window, ts_store_get_dataset (store));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, window);
  return window;
}

static TsBanner *
find_banner (TsWindow   *window,
             const char *name)
{
  GtkWidget *banner = ui_test_find_named (GTK_WIDGET (window), name);

  g_assert_nonnull (banner);
  return TS_BANNER (banner);
}

static gboolean
is_revealer (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_REVEALER (widget);
}

static gboolean
banner_is_shown (gpointer data)
{
  GtkWidget *revealer = ui_test_find_widget (GTK_WIDGET (data), is_revealer, NULL);

  return gtk_revealer_get_child_revealed (GTK_REVEALER (revealer))
         && gtk_widget_is_drawable (gtk_revealer_get_child (GTK_REVEALER (revealer)));
}

static gboolean
banner_is_hidden (gpointer data)
{
  GtkWidget *revealer = ui_test_find_widget (GTK_WIDGET (data), is_revealer, NULL);

  return !gtk_revealer_get_child_revealed (GTK_REVEALER (revealer));
}

static gboolean
is_action_enabled (TsWindow   *window,
                   const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static gboolean
window_has_record (gpointer data)
{
  return ts_records_view_get_record (ts_window_get_records_view (data)) != NULL;
}

static void
show_kant (TsWindow *window)
{
  g_assert_true (ts_records_view_show_record (ts_window_get_records_view (window), KANT));
  ui_test_wait_until (window_has_record, window);
}

/* A reader's window: the banner, and New, Edit, Delete, Import, Undo and
 * Redo disabled (exporting is not editing); an analyst's window has
 * neither. */
static void
test_read_only_window (void)
{
  g_autofree char *location = NULL;
  g_autofree char *reader_name = failure_test_role_name ("ts_ui_reader");
  g_autofree char *analyst_name = failure_test_role_name ("ts_ui_analyst");
  g_autofree char *reader_location = NULL;
  g_autofree char *analyst_location = NULL;
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsStore) analyst = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const editing[] = {
    "new-record", "edit-record", "delete-record", "import", "undo", "redo"
  };
  TsWindow *window;
  TsBanner *banner;

  if (!need_server ())
    return;

  location = store_test_server_database ();
  g_object_unref (store_test_open (location, TRUE));
  failure_test_run_readme_roles (location);
  failure_test_create_login (location, reader_name, "UiRead5", "tianshan_reader");
  failure_test_create_login (location, analyst_name, "UiWrite5", "tianshan_analyst");

  reader_location = failure_test_tcp_location (location, reader_name, "UiRead5");
  reader = ts_store_open_full (reader_location, NULL, &error);
  g_assert_no_error (error);
  window = open_window (reader);
  show_kant (window);

  banner = find_banner (window, "read-only-banner");
  g_assert_true (ts_banner_get_revealed (banner));
  g_assert_cmpstr (ts_banner_get_title (banner), ==,
                   "Read only: your role may not change this team database");
  ui_test_wait_until (banner_is_shown, banner);
  g_assert_false (ts_banner_get_revealed (find_banner (window, "connection-banner")));
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    {
      g_test_message ("%s", editing[i]);
      g_assert_false (is_action_enabled (window, editing[i]));
    }
  g_assert_true (is_action_enabled (window, "export-csv"));
  gtk_window_destroy (GTK_WINDOW (window));

  analyst_location = failure_test_tcp_location (location, analyst_name, "UiWrite5");
  analyst = ts_store_open_full (analyst_location, NULL, &error);
  g_assert_no_error (error);
  window = open_window (analyst);
  show_kant (window);
  banner = find_banner (window, "read-only-banner");
  g_assert_false (ts_banner_get_revealed (banner));
  g_assert_true (is_action_enabled (window, "new-record"));
  g_assert_true (is_action_enabled (window, "edit-record"));
  g_assert_true (is_action_enabled (window, "delete-record"));
  g_assert_true (is_action_enabled (window, "import"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkEditable *
title_field (TsRecordEditor *editor)
{
  GtkWidget *field = ui_test_find_named (GTK_WIDGET (editor), "title");

  g_assert_nonnull (field);
  return GTK_EDITABLE (field);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_BUTTON (widget);
}

static char *
title_in_database (const char *location)
{
  g_autoptr(TsStore) other = store_test_open (location, FALSE);

  return g_strdup (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (other), KANT)));
}

/* The connection dropped under an open editor: Save fails saying so, the
 * form keeps the new title, nothing of it is saved, and the window says
 * "Disconnected"; Reconnect hides the banner, and Save saves. Then again
 * without the button: saving again reconnects by itself. */
static void
test_editor_keeps_edit (void)
{
  g_autofree char *location = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *title = NULL;
  g_autoptr(TsStore) store = NULL;
  TsRecordEditor *editor;
  TsWindow *window;
  TsBanner *banner;
  TsDataset *dataset;
  GtkWidget *message;

  if (!need_server ())
    return;

  location = store_test_server_database ();
  store = store_test_open (location, TRUE);
  dataset = ts_store_get_dataset (store);
  old_title = g_strdup (ts_record_get_title (ts_dataset_lookup (dataset, KANT)));
  window = open_window (store);
  banner = find_banner (window, "connection-banner");
  g_assert_false (ts_banner_get_revealed (banner));

  editor = ts_record_editor_new (dataset, TS_RECORD_TYPE_PLACE, ts_dataset_lookup (dataset, KANT));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (title_field (editor), "Kant Air Base");

  failure_test_terminate (location, NULL, 1);
  g_assert_false (ts_record_editor_save (editor));
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "Kant Air Base");
  g_assert_true (ts_record_editor_has_changes (editor));
  message = ui_test_find_widget (GTK_WIDGET (editor), is_label_containing,
                                 "was lost. Your change was not saved; it is still in the "
                                 "editor. Try again when the connection is back.");
  g_assert_nonnull (message);
  ui_test_wait_until (ui_test_widget_is_mapped, message);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, KANT)), ==, old_title);
  title = title_in_database (location);
  g_assert_cmpstr (title, ==, old_title);

  /* The window says so, with a button that connects again. */
  g_assert_true (ts_banner_get_revealed (banner));
  g_assert_cmpstr (ts_banner_get_title (banner), ==, "Disconnected from the team database");
  ui_test_wait_until (banner_is_shown, banner);
  gtk_widget_activate (ui_test_find_widget (GTK_WIDGET (banner), is_button, NULL));
  ui_test_wait_until (banner_is_hidden, banner);
  g_assert_true (ts_store_get_connected (store));

  g_assert_true (ts_record_editor_save (editor));
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, KANT)), ==, "Kant Air Base");
  g_free (title);
  title = title_in_database (location);
  g_assert_cmpstr (title, ==, "Kant Air Base");

  /* Without the button: Save again is enough. */
  gtk_editable_set_text (title_field (editor), "Kant, the air base town");
  failure_test_terminate (location, NULL, 1);
  g_assert_false (ts_record_editor_save (editor));
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "Kant, the air base town");
  g_assert_true (ts_banner_get_revealed (banner));
  g_assert_true (ts_record_editor_save (editor));
  g_assert_false (ts_banner_get_revealed (banner));
  g_free (title);
  title = title_in_database (location);
  g_assert_cmpstr (title, ==, "Kant, the air base town");
  g_assert_cmpint (ts_store_get_version (store, KANT), ==, 3);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* The strings the tests look for are the untranslated ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/failures-ui/read-only-window", test_read_only_window);
  g_test_add_func ("/failures-ui/editor-keeps-edit", test_editor_keeps_edit);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
