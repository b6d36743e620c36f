/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's Open Local Database… and Connect to Team Database…: the
 * menu, swapping the windows' dataset, the location remembered in
 * GSettings (never a password) and opened again by the next start, the
 * connect dialog's failures, and, when run under tests/run-with-keyring.sh
 * and tests/run-with-postgresql.sh, a real server asking for a password
 * and the Secret Service keeping it. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <libpq-fe.h>

#include "ts-application.h"
#include "ts-connect-dialog.h"
#include "ts-record-editor.h"
#include "ts-store-secret.h"
#include "ts-window.h"
#include "store-test-utils.h"
#include "ui-test-utils.h"

static TsApplication *app;
static char *data_home;
/* pg_virtualenv's password, taken out of the environment so that libpq
 * does not find it by itself: the server then asks for one. */
static char *server_password;

/* The test server, as its superuser, with the password given apart. */
static void
server_exec (const char *sql)
{
  const char * const keywords[] = { "dbname", "password", NULL };
  const char * const values[] = { store_test_server (), server_password, NULL };
  PGconn *conn = PQconnectdbParams (keywords, values, 1);
  PGresult *result;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not connect to the test server: %s", PQerrorMessage (conn));
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  PQclear (result);
  PQfinish (conn);
}

/* A new empty database on the test server: "dbname=NAME". */
static char *
server_new_database (void)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("ts_menu_%d_%u", (int) getpid (), ++counter);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  server_exec (sql);
  return g_steal_pointer (&name);
}

static TsWindow *
get_window (TsApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL;
       l = l->next)
    if (TS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static TsConnectDialog *
find_connect_dialog (TsApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL;
       l = l->next)
    if (TS_IS_CONNECT_DIALOG (l->data))
      return l->data;
  return NULL;
}

static char *
dup_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  return g_settings_get_string (settings, "database");
}

static void
forget_database (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  g_settings_set_string (settings, "database", "");
}

/* The application's window, opened on the default database in a folder of
 * the test's own, as at a start with nothing remembered. */
static TsWindow *
start_window (void)
{
  TsWindow *window = get_window (app);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (app));
      window = get_window (app);
    }
  g_assert_nonnull (window);
  g_assert_nonnull (ts_window_get_dataset (window));
  return window;
}

/* The label of the menu item for @action in @menu and its sections. */
static char *
dup_menu_label (GMenuModel *menu,
                const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        {
          char *label = NULL;

          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          return label;
        }

      section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        {
          char *label = dup_menu_label (section, action);

          if (label != NULL)
            return label;
        }
    }
  return NULL;
}

/* The first item of the menu: which database is in use. */
static char *
dup_menu_first_label (GMenuModel *menu)
{
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  char *label = NULL;

  if (section == NULL || g_menu_model_get_n_items (section) == 0)
    return NULL;
  g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static GMenuModel *
get_menu (TsWindow *window)
{
  GtkWidget *button = ui_test_find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);

  g_assert_nonnull (button);
  return ui_test_open_menu_model (GTK_MENU_BUTTON (button));
}

static void
test_menu_items (void)
{
  TsWindow *window = start_window ();
  GMenuModel *menu = get_menu (window);
  g_autofree char *open_label = dup_menu_label (menu, "app.open-database");
  g_autofree char *new_label = dup_menu_label (menu, "app.new-database");
  g_autofree char *connect_label = dup_menu_label (menu, "app.connect-database");
  g_autofree char *first = dup_menu_first_label (menu);

  /* What the menu shows, and what a screen reader reads (the label
   * without its mnemonic's underscore). */
  g_assert_cmpstr (open_label, ==, "Open _Local Database…");
  g_assert_cmpstr (new_label, ==, "Ne_w Local Database…");
  g_assert_cmpstr (connect_label, ==, "Connect to _Team Database…");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "open-database"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "connect-database"));
  /* The database in use heads the menu. */
  g_assert_cmpstr (first, ==, "Local database: tianshan.db");
}

/* b.db with the store fixture's records, not the shipped dataset's. */
static char *
make_fixture_database (const char *name)
{
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  g_autoptr(GBytes) seed = store_test_fixture_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = NULL;

  g_remove (path);
  store = ts_store_open_full (path, seed, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

#define FIXTURE_ID "meeting/2023-05-kant-ceremony"
#define SHIPPED_ID "person/xi-jinping"

static void
test_open_local (void)
{
  TsWindow *window = start_window ();
  g_autofree char *path = make_fixture_database ("other.db");
  g_autofree char *new_path = g_build_filename (data_home, "new.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsDataset) before = g_object_ref (ts_window_get_dataset (window));
  g_autofree char *remembered = NULL;
  g_autofree char *first = NULL;
  guint n_shipped;

  g_assert_nonnull (ts_dataset_lookup (before, SHIPPED_ID));
  g_assert_null (ts_dataset_lookup (before, FIXTURE_ID));
  n_shipped = ts_dataset_get_n_records (before);

  /* What the file chooser's Open does. */
  g_assert_true (ts_application_open_local_database (app, file, &error));
  g_assert_no_error (error);
  g_assert_true (ts_window_get_dataset (window) != before);
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), FIXTURE_ID));
  g_assert_null (ts_dataset_lookup (ts_window_get_dataset (window), SHIPPED_ID));
  remembered = dup_remembered ();
  g_assert_cmpstr (remembered, ==, path);
  first = dup_menu_first_label (get_menu (window));
  g_assert_cmpstr (first, ==, "Local database: other.db");

  /* The old store is closed: its dataset takes no more changes. */
  g_assert_false (ts_dataset_remove (before, SHIPPED_ID, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* New Local Database…: a new file becomes a new database, as at the
   * first start; an existing one is not replaced. */
  g_remove (new_path);
  g_assert_true (ts_application_new_local_database (app, new_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (ts_dataset_get_n_records (ts_window_get_dataset (window)), ==, n_shipped);
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), SHIPPED_ID));
  g_assert_false (ts_application_new_local_database (app, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "other.db"));
  g_clear_error (&error);
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), SHIPPED_ID));
  {
    g_autoptr(TsStore) again = ts_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (ts_dataset_lookup (ts_store_get_dataset (again), FIXTURE_ID));
  }

  /* Not a database: refused, named, and the window keeps what it had. */
  {
    g_autofree char *junk = g_build_filename (data_home, "junk.db", NULL);
    g_autoptr(GFile) junk_file = g_file_new_for_path (junk);
    TsDataset *shown = ts_window_get_dataset (window);

    g_assert_true (g_file_set_contents (junk, "not a database, not at all, no", -1, NULL));
    g_assert_false (ts_application_open_local_database (app, junk_file, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "junk.db"));
    g_clear_error (&error);
    g_assert_true (ts_window_get_dataset (window) == shown);
    g_free (remembered);
    remembered = dup_remembered ();
    g_assert_cmpstr (remembered, ==, new_path);
  }

  /* Back to the default file: remembered as "". */
  {
    g_autofree char *default_path = ts_store_default_path ();
    g_autoptr(GFile) default_file = g_file_new_for_path (default_path);

    g_assert_true (ts_application_open_local_database (app, default_file, &error));
    g_assert_no_error (error);
    g_free (remembered);
    remembered = dup_remembered ();
    g_assert_cmpstr (remembered, ==, "");
  }
}

/* A new instance of the application, as the next start is. */
static TsApplication *
start_again (const char *database)
{
  static guint counter;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++counter);
  /* Another id: the first instance's objects are on the same bus
   * connection, under its id's path. The settings are the same. */
  TsApplication *next = g_object_new (TS_TYPE_APPLICATION,
                                      "application-id", id,
                                      "flags", G_APPLICATION_NON_UNIQUE,
                                      "resource-base-path", RESOURCE_BASE_PATH,
                                      NULL);

  g_assert_true (g_application_register (G_APPLICATION (next), NULL, NULL));
  if (database != NULL)
    ts_application_set_database_path (next, database);
  g_application_activate (G_APPLICATION (next));
  g_assert_nonnull (get_window (next));
  return next;
}

static gboolean
has_no_windows (gpointer application)
{
  return gtk_application_get_windows (application) == NULL;
}

static void
quit_again (TsApplication *next)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (next)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  ui_test_wait_until (has_no_windows, next);
  g_object_unref (next);
}

static void
test_remembered (void)
{
  TsWindow *window = start_window ();
  g_autofree char *path = make_fixture_database ("remembered.db");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = ts_store_default_path ();
  g_autoptr(GFile) default_file = g_file_new_for_path (default_path);
  TsApplication *next;

  g_assert_true (ts_application_open_local_database (app, file, &error));
  g_assert_no_error (error);

  /* The next start opens it. */
  next = start_again (NULL);
  g_assert_nonnull (ts_window_get_dataset (get_window (next)));
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (get_window (next)), FIXTURE_ID));
  quit_again (next);

  /* --database wins, and is not remembered. */
  next = start_again (default_path);
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (get_window (next)), SHIPPED_ID));
  quit_again (next);
  {
    g_autofree char *remembered = dup_remembered ();

    g_assert_cmpstr (remembered, ==, path);
  }

  g_assert_true (ts_application_open_local_database (app, default_file, &error));
  g_assert_no_error (error);
  (void) window;
}

static gboolean
is_mapped_status_page (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget);
}

/* A start on a file that is no database: the store opens in a thread while
 * the window is built, and the window says why there are no records,
 * naming the file. */
static void
test_unopenable_start (void)
{
  g_autofree char *path = g_build_filename (data_home, "not-a-database.db", NULL);
  g_autofree char *message = NULL;
  TsApplication *next;
  TsWindow *window;
  GtkWidget *page;
  GError *error = NULL;

  g_file_set_contents (path, "These are an analyst's notes, not a database.\n", -1, &error);
  g_assert_no_error (error);

  next = start_again (path);
  window = get_window (next);
  g_assert_null (ts_window_get_dataset (window));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (GTK_WIDGET (window));
  page = ui_test_find_widget (GTK_WIDGET (window), is_mapped_status_page, NULL);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==,
                   "The Dataset Could Not Be Opened");
  message = g_strdup (adw_status_page_get_description (ADW_STATUS_PAGE (page)));
  g_assert_nonnull (strstr (message, "not-a-database.db"));
  quit_again (next);

  /* Nothing of the file was lost. */
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (path, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (contents, ==, "These are an analyst's notes, not a database.\n");
  }
}

static gboolean
editor_has_changes (gpointer editor)
{
  return ts_record_editor_has_changes (editor);
}

static void
test_unsaved_editor (void)
{
  TsWindow *window = start_window ();
  g_autofree char *path = make_fixture_database ("refused.db");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TsDataset *shown = ts_window_get_dataset (window);
  TsRecordEditor *editor;
  GtkWidget *title;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-record", NULL);
  editor = TS_RECORD_EDITOR (ui_test_find_toplevel (TS_TYPE_RECORD_EDITOR));
  g_assert_nonnull (editor);
  title = ui_test_find_widget (GTK_WIDGET (editor), ui_test_is_row_titled, "Title");
  g_assert_nonnull (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "An unsaved meeting");
  ui_test_wait_until (editor_has_changes, editor);

  /* Refused while the editor holds the change, which it keeps. */
  g_assert_false (ts_application_open_local_database (app, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (ts_window_get_dataset (window) == shown);
  g_assert_true (ts_record_editor_has_changes (editor));

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (ts_application_open_local_database (app, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), FIXTURE_ID));

  forget_database ();
  {
    g_autofree char *default_path = ts_store_default_path ();
    g_autoptr(GFile) default_file = g_file_new_for_path (default_path);

    g_assert_true (ts_application_open_local_database (app, default_file, &error));
    g_assert_no_error (error);
  }
}

static TsConnectDialog *
open_connect_dialog (void)
{
  TsConnectDialog *dialog;

  g_assert_null (find_connect_dialog (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "connect-database", NULL);
  dialog = find_connect_dialog (app);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
type_into (TsConnectDialog *dialog,
           const char      *name,
           const char      *text)
{
  GtkWidget *row = ui_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
get_text (TsConnectDialog *dialog,
          const char      *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (dialog), name)));
}

static GtkLabel *
get_error_label (TsConnectDialog *dialog)
{
  return GTK_LABEL (ui_test_find_named (GTK_WIDGET (dialog), "error"));
}

typedef struct
{
  TsApplication *application;
  TsConnectDialog *dialog;
} ConnectWait;

/* The dialog is done: it closed (connected), or it shows a failure. */
static gboolean
connect_is_done (gpointer data)
{
  ConnectWait *wait = data;

  if (find_connect_dialog (wait->application) != wait->dialog)
    return TRUE;
  return !ts_connect_dialog_get_busy (wait->dialog)
         && gtk_widget_get_visible (GTK_WIDGET (get_error_label (wait->dialog)));
}

/* Presses Connect and waits; TRUE when the dialog closed. */
static gboolean
press_connect (TsConnectDialog *dialog)
{
  ConnectWait wait = { app, dialog };
  GtkWidget *button = ui_test_find_named (GTK_WIDGET (dialog), "connect");

  gtk_widget_set_visible (GTK_WIDGET (get_error_label (dialog)), FALSE);
  g_signal_emit_by_name (button, "clicked");
  ui_test_wait_until (connect_is_done, &wait);
  return find_connect_dialog (app) != dialog;
}

static void
test_connect_refused (void)
{
  TsWindow *window = start_window ();
  TsDataset *shown = ts_window_get_dataset (window);
  g_autofree char *remembered = dup_remembered ();
  const char *refused = "postgresql://analyst@127.0.0.1:1/tianshan?connect_timeout=20";
  TsConnectDialog *dialog = open_connect_dialog ();
  const char *message;

  /* A file is not a server. */
  type_into (dialog, "location", "notes.db");
  g_assert_false (press_connect (dialog));
  message = gtk_label_get_text (get_error_label (dialog));
  g_assert_nonnull (strstr (message, "“notes.db” is not a team database"));

  /* Nothing listens on port 1: the store's message, what was typed kept. */
  type_into (dialog, "location", refused);
  type_into (dialog, "password", "typed-secret");
  g_assert_false (press_connect (dialog));
  message = gtk_label_get_text (get_error_label (dialog));
  g_assert_nonnull (strstr (message, "The team database at 127.0.0.1:1 could not be reached."));
  g_assert_null (strstr (message, "typed-secret"));
  g_assert_cmpstr (get_text (dialog, "location"), ==, refused);
  g_assert_cmpstr (get_text (dialog, "password"), ==, "typed-secret");
  g_assert_true (gtk_widget_get_sensitive (ui_test_find_named (GTK_WIDGET (dialog), "connect")));

  /* The window keeps its dataset, and nothing is remembered. */
  g_assert_true (ts_window_get_dataset (window) == shown);
  {
    g_autofree char *after = dup_remembered ();

    g_assert_cmpstr (after, ==, remembered);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (find_connect_dialog (app));
}

/* The settings never hold @password, in any key. */
static void
assert_no_password_in_settings (const char *password)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      g_assert_null (strstr (text, password));
    }
}

static void
test_connect_server (void)
{
  TsWindow *window;
  TsConnectDialog *dialog;
  g_autofree char *name = NULL;
  g_autofree char *location = NULL;
  g_autofree char *with_password = NULL;
  g_autofree char *remembered = NULL;
  g_autofree char *first = NULL;
  const char *message;

  if (store_test_server () == NULL)
    {
      g_test_skip ("No PostgreSQL server: run under tests/run-with-postgresql.sh "
                   "(test-teammenu-postgresql)");
      return;
    }

  window = start_window ();
  name = server_new_database ();
  location = g_strdup_printf ("dbname=%s", name);

  /* The server asks for a password: the dialog says so. */
  dialog = open_connect_dialog ();
  type_into (dialog, "location", location);
  g_assert_false (press_connect (dialog));
  message = gtk_label_get_text (get_error_label (dialog));
  g_assert_nonnull (strstr (message, "asks for a password"));

  /* A wrong one: the server's refusal. */
  type_into (dialog, "password", "not-the-password");
  g_assert_false (press_connect (dialog));
  message = gtk_label_get_text (get_error_label (dialog));
  g_assert_nonnull (strstr (message, "refused the password for"));
  g_assert_null (strstr (message, "not-the-password"));
  g_assert_cmpstr (get_text (dialog, "location"), ==, location);

  /* The right one, given to libpq apart from the location. */
  type_into (dialog, "password", server_password);
  g_assert_true (press_connect (dialog));
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), SHIPPED_ID));
  remembered = dup_remembered ();
  g_assert_cmpstr (remembered, ==, location);
  first = dup_menu_first_label (get_menu (window));
  {
    g_autofree char *expected = g_strdup_printf ("Team database: %s", location);

    g_assert_cmpstr (first, ==, expected);
  }
  assert_no_password_in_settings (server_password);

  /* The next start asks for the password again: nothing kept it. */
    {
      TsApplication *next = start_again (NULL);
      TsConnectDialog *asking = find_connect_dialog (next);

      g_assert_null (ts_window_get_dataset (get_window (next)));
      g_assert_nonnull (asking);
      g_assert_cmpstr (get_text (asking, "location"), ==, location);
      g_assert_nonnull (strstr (gtk_label_get_text (get_error_label (asking)),
                                "asks for a password"));
      quit_again (next);
    }

  /* A password in the location itself is not remembered either: a URI's
   * and a key=value pair's. */
  with_password = g_strdup_printf ("postgresql://%s:%s@%s:%s/%s", g_getenv ("PGUSER"),
                                   server_password, g_getenv ("PGHOST"), g_getenv ("PGPORT"),
                                   name);
  dialog = open_connect_dialog ();
  type_into (dialog, "location", with_password);
  g_assert_true (press_connect (dialog));
  g_free (remembered);
  remembered = dup_remembered ();
  {
    g_autofree char *expected = g_strdup_printf ("postgresql://%s@%s:%s/%s", g_getenv ("PGUSER"),
                                                 g_getenv ("PGHOST"), g_getenv ("PGPORT"), name);

    g_assert_cmpstr (remembered, ==, expected);
  }
  assert_no_password_in_settings (server_password);

  g_free (with_password);
  with_password = g_strdup_printf ("dbname=%s password='%s'", name, server_password);
  dialog = open_connect_dialog ();
  type_into (dialog, "location", with_password);
  g_assert_true (press_connect (dialog));
  g_free (remembered);
  remembered = dup_remembered ();
  g_assert_cmpstr (remembered, ==, location);
  assert_no_password_in_settings (server_password);

  forget_database ();
  {
    g_autofree char *default_path = ts_store_default_path ();
    g_autoptr(GFile) default_file = g_file_new_for_path (default_path);
    g_autoptr(GError) error = NULL;

    g_assert_true (ts_application_open_local_database (app, default_file, &error));
    g_assert_no_error (error);
  }
}

static gboolean
have_secret_service (void)
{
  if (g_getenv ("TS_TEST_SECRET_SERVICE") != NULL)
    return TRUE;
  g_test_skip ("No Secret Service on the bus: run under tests/run-with-keyring.sh "
               "(gnome-keyring-daemon; test-teammenu-postgresql does)");
  return FALSE;
}

/* The schema's round trip: stored by the location's server, user and
 * database, found by the same location written either way, not by
 * another's, and forgotten. */
static void
test_secret_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  char *found;

  if (!have_secret_service ())
    return;

  g_assert_true (ts_store_secret_store ("postgresql://analyst@db.example.org:5433/tianshan",
                                        "s3cret", NULL, &error));
  g_assert_no_error (error);

  found = ts_store_secret_lookup ("host=db.example.org port=5433 user=analyst dbname=tianshan",
                                  NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "s3cret");
  ts_store_secret_free (found);

  found = ts_store_secret_lookup ("postgresql://reader@db.example.org:5433/tianshan", NULL,
                                  &error);
  g_assert_no_error (error);
  g_assert_null (found);

  g_assert_true (ts_store_secret_clear ("postgresql://analyst@db.example.org:5433/tianshan",
                                        NULL, &error));
  g_assert_no_error (error);
  found = ts_store_secret_lookup ("postgresql://analyst@db.example.org:5433/tianshan", NULL,
                                  &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* A file has no password. */
  g_assert_null (ts_store_secret_lookup ("/tmp/tianshan.db", NULL, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
}

/* Remember Password: the keyring keeps it, and the next start connects
 * with it without asking. */
static void
test_secret_remembered (void)
{
  TsWindow *window;
  TsConnectDialog *dialog;
  TsApplication *next;
  g_autofree char *name = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GError) error = NULL;
  char *found;

  if (store_test_server () == NULL)
    {
      g_test_skip ("No PostgreSQL server: run under tests/run-with-postgresql.sh "
                   "(test-teammenu-postgresql)");
      return;
    }
  if (!have_secret_service ())
    return;

  window = start_window ();
  name = server_new_database ();
  location = g_strdup_printf ("dbname=%s", name);
  dialog = open_connect_dialog ();
  type_into (dialog, "location", location);
  type_into (dialog, "password", server_password);
  gtk_switch_set_active (GTK_SWITCH (ui_test_find_named (GTK_WIDGET (dialog), "remember")), TRUE);
  g_assert_true (press_connect (dialog));
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (window), SHIPPED_ID));
  assert_no_password_in_settings (server_password);

  found = ts_store_secret_lookup (location, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, server_password);
  ts_store_secret_free (found);

  /* The next start finds it in the keyring and asks nothing. */
  next = start_again (NULL);
  g_assert_null (find_connect_dialog (next));
  g_assert_nonnull (ts_window_get_dataset (get_window (next)));
  g_assert_nonnull (ts_dataset_lookup (ts_window_get_dataset (get_window (next)), SHIPPED_ID));
  quit_again (next);

  /* Connecting again with the switch off forgets it. */
  dialog = open_connect_dialog ();
  type_into (dialog, "location", location);
  type_into (dialog, "password", server_password);
  g_assert_true (press_connect (dialog));
  found = ts_store_secret_lookup (location, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  forget_database ();
  {
    g_autofree char *default_path = ts_store_default_path ();
    g_autoptr(GFile) default_file = g_file_new_for_path (default_path);

    g_assert_true (ts_application_open_local_database (app, default_file, &error));
    g_assert_no_error (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* flatpak-builder runs the tests with no display: skip rather than fail. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* Before any thread: the environment is not to change afterwards. */
  server_password = g_strdup (g_getenv ("PGPASSWORD"));
  g_unsetenv ("PGPASSWORD");
  data_home = g_dir_make_tmp ("tianshan-teammenu-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/teammenu/menu-items", test_menu_items);
  g_test_add_func ("/teammenu/open-local", test_open_local);
  g_test_add_func ("/teammenu/remembered", test_remembered);
  g_test_add_func ("/teammenu/unopenable-start", test_unopenable_start);
  g_test_add_func ("/teammenu/unsaved-editor", test_unsaved_editor);
  g_test_add_func ("/teammenu/connect-refused", test_connect_refused);
  g_test_add_func ("/teammenu/connect-server", test_connect_server);
  g_test_add_func ("/teammenu/secret-round-trip", test_secret_round_trip);
  g_test_add_func ("/teammenu/secret-remembered", test_secret_remembered);

  ret = g_test_run ();

  {
    g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

    for (GList *l = windows; l != NULL; l = l->next)
      gtk_window_destroy (l->data);
  }
  g_clear_object (&app);
  store_test_remove_tree (data_home);
  g_free (data_home);
  g_free (server_password);

  return ret;
}
