/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Export Briefing… and Export CSV… in the window: the save dialog's scope
 * choice and file name, the export in a worker thread with its progress
 * bar, Cancel, and the toast or dialog that reports the outcome. The
 * native dialog cannot be driven in a test: its response is emitted. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ts-application.h"
#include "ts-export-private.h"
#include "ts-meeting.h"
#include "ts-source.h"
#include "ts-store.h"
#include "ts-window-private.h"
#include "ui-test-utils.h"

static TsApplication *app;

typedef struct
{
  char *dir;
  char *out_dir;
  TsStore *store;
  TsWindow *window;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @check holds, or fails after a while. */
static void
wait_until (gboolean (*check) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
export_finished (gpointer data)
{
  Fixture *fixture = data;

  return !ts_export_bar_get_running (fixture->window->export_bar);
}

/* The bar shows that some of the export is done. */
static gboolean
export_progressed (gpointer data)
{
  Fixture *fixture = data;

  return ts_export_bar_get_fraction (fixture->window->export_bar) > 0.0;
}

static gboolean
no_export_running (gpointer data)
{
  return _ts_export_get_n_running () == 0;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_remove (path);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tianshan-export-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->out_dir = g_build_filename (fixture->dir, "out", NULL);
  g_assert_cmpint (g_mkdir (fixture->out_dir, 0700), ==, 0);

  /* A new database starts with the shipped dataset. */
  db = g_build_filename (fixture->dir, "tianshan.db", NULL);
  fixture->store = ts_store_open (db, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, ts_store_get_dataset (fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  _ts_export_set_hold (FALSE);
  if (fixture->window != NULL)
    {
      iterate ();
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (g_steal_pointer (&fixture->window));
    }
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  remove_tree (fixture->dir);
  g_free (fixture->out_dir);
  g_free (fixture->dir);
}

static char *
out_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->out_dir, name, NULL);
}

static gboolean
query_is_baysalov (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (ts_query_get_text (ts_window_get_query (fixture->window)), "baysalov") == 0;
}

static void
search_baysalov (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "baysalov");
  wait_until (query_is_baysalov, fixture);
  iterate ();
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_toplevel_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0)
        return window;
    }

  return NULL;
}

static void
assert_toast (Fixture    *fixture,
              const char *title)
{
  iterate ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->window), title));
}

/* Waits for the export and checks it leaves exactly one file, @path. */
static void
export_and_wait (Fixture             *fixture,
                 const char          *path,
                 TsWindowExportScope  scope,
                 TsWindowExportFormat format)
{
  _ts_window_export_to_file (fixture->window, path, scope, format);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  /* One export at a time. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "export-briefing"));
  wait_until (export_finished, fixture);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                    "export-briefing"));
}

static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_xlsx (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  /* A zip (local file header), whose directory names the workbook. */
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  g_assert_true (contains_bytes (contents, length, "xl/workbook.xml"));
}

/* The rows of a sheet of the workbook at @path, or of the CSV file, read
 * by Python's standard library; -1 without Python. */
static int
count_rows (const char *path,
            const char *sheet)
{
  static const char script[] =
    "import csv, re, sys, zipfile\n"
    "path, sheet = sys.argv[1], sys.argv[2]\n"
    "if path.endswith('.csv'):\n"
    "    with open(path, newline='', encoding='utf-8') as f:\n"
    "        print(len(list(csv.reader(f))))\n"
    "    sys.exit(0)\n"
    "z = zipfile.ZipFile(path)\n"
    "assert z.testzip() is None\n"
    "book = z.read('xl/workbook.xml').decode()\n"
    "rels = z.read('xl/_rels/workbook.xml.rels').decode()\n"
    "rid = re.search(r'<sheet [^>]*name=\"%s\"[^>]*r:id=\"([^\"]+)\"' % sheet, book).group(1)\n"
    "target = re.search(r'<Relationship [^>]*Id=\"%s\"[^>]*Target=\"([^\"]+)\"' % rid, rels)\n"
    "if target is None:\n"
    "    target = re.search(r'<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"%s\"' % rid, rels)\n"
    "name = target.group(1).lstrip('/')\n"
    "name = name if name.startswith('xl/') else 'xl/' + name\n"
    "print(len(re.findall(r'<row[ >]', z.read(name).decode())))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, sheet, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s", err);
  return atoi (out);
}

static guint
n_meetings (Fixture *fixture)
{
  return g_list_model_get_n_items (ts_dataset_get_records (ts_window_get_dataset (fixture->window),
                                                           TS_RECORD_TYPE_MEETING));
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) export_accels = NULL;
  g_auto(GStrv) edit_accels = NULL;
  g_auto(GStrv) ctrl_e = NULL;
  GMenuModel *menu = ui_test_open_menu_model (fixture->window->menu_button);
  gboolean has_briefing = FALSE;
  gboolean has_csv = FALSE;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                    "export-briefing"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                    "export-csv"));

  export_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                         "win.export-briefing");
  g_assert_cmpstrv (export_accels, ((const char *[]) { "<Control>e", NULL }));
  ctrl_e = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>e");
  g_assert_cmpstrv (ctrl_e, ((const char *[]) { "win.export-briefing", NULL }));
  edit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.edit-record");
  g_assert_cmpstrv (edit_accels, ((const char *[]) { "F2", NULL }));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (!g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s",
                                                &action))
            continue;
          has_briefing |= g_str_equal (action, "win.export-briefing");
          has_csv |= g_str_equal (action, "win.export-csv");
        }
    }
  g_assert_true (has_briefing);
  g_assert_true (has_csv);

  /* The bar is hidden until an export runs, and can be read out. */
  g_assert_false (ts_export_bar_get_running (fixture->window->export_bar));
}

/* The save dialog: a default name, the scope choice (the view when a search
 * is active), and the extension added to a name typed without it. */
static void
test_dialog (Fixture       *fixture,
             gconstpointer  data)
{
  GtkFileChooser *chooser;
  g_autofree char *expected_name = NULL;
  g_autofree char *path = out_path (fixture, "mine.xlsx");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *path_typed = out_path (fixture, "mine");
  g_autofree char *name = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-briefing", NULL);
  chooser = GTK_FILE_CHOOSER (fixture->window->file_chooser);
  g_assert_true (GTK_IS_FILE_CHOOSER_NATIVE (chooser));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  expected_name = g_strdup_printf ("Tianshan briefing %s.xlsx", date);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, expected_name);
  /* No search or filter: the view is everything. */
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "scope"), ==, "all");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  g_assert_null (fixture->window->file_chooser);

  search_baysalov (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-briefing", NULL);
  chooser = GTK_FILE_CHOOSER (fixture->window->file_chooser);
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "scope"), ==, "view");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  g_assert_false (ts_export_bar_get_running (fixture->window->export_bar));

  /* The extension is added to a name typed without it. */
  _ts_window_export_to_file (fixture->window, path_typed, TS_WINDOW_EXPORT_VIEW,
                             TS_WINDOW_EXPORT_BRIEFING);
  wait_until (export_finished, fixture);
  assert_xlsx (path);
  assert_toast (fixture, "Briefing saved as “mine.xlsx”");

  /* CSV: the type the sidebar shows, named after it. */
  ts_records_view_set_record_type (fixture->window->records_view, TS_RECORD_TYPE_PERSON);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-csv", NULL);
  chooser = GTK_FILE_CHOOSER (fixture->window->file_chooser);
  g_clear_pointer (&name, g_free);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "people.csv");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "scope"), ==, "view");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  g_assert_null (fixture->window->file_chooser);
  g_assert_false (ts_export_bar_get_running (fixture->window->export_bar));
}

/* "Current view" writes what the search selects; "Everything" all. */
static void
test_briefing_scope (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *all = out_path (fixture, "all.xlsx");
  g_autofree char *view = out_path (fixture, "view.xlsx");
  guint n_view;
  int rows_all;
  int rows_view;

  search_baysalov (fixture);
  n_view = ts_records_view_get_count (fixture->window->records_view, TS_RECORD_TYPE_MEETING);
  g_assert_cmpuint (n_view, >, 0);
  g_assert_cmpuint (n_view, <, n_meetings (fixture));

  export_and_wait (fixture, view, TS_WINDOW_EXPORT_VIEW, TS_WINDOW_EXPORT_BRIEFING);
  assert_xlsx (view);
  assert_toast (fixture, "Briefing saved as “view.xlsx”");

  export_and_wait (fixture, all, TS_WINDOW_EXPORT_ALL, TS_WINDOW_EXPORT_BRIEFING);
  assert_xlsx (all);
  g_assert_cmpuint (count_files (fixture->out_dir), ==, 2);

  rows_view = count_rows (view, "Meetings");
  rows_all = count_rows (all, "Meetings");
  if (rows_view < 0)
    {
      g_test_message ("no /usr/bin/python3: sheet rows not counted");
      return;
    }
  /* The same header rows; a row per meeting. */
  g_assert_cmpint (rows_all - rows_view, ==, n_meetings (fixture) - n_view);
}

static void
test_csv_scope (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *all = out_path (fixture, "all.csv");
  g_autofree char *view = out_path (fixture, "view.csv");
  guint n_view;
  int rows;

  search_baysalov (fixture);
  ts_records_view_set_record_type (fixture->window->records_view, TS_RECORD_TYPE_MEETING);
  n_view = ts_records_view_get_count (fixture->window->records_view, TS_RECORD_TYPE_MEETING);

  export_and_wait (fixture, view, TS_WINDOW_EXPORT_VIEW, TS_WINDOW_EXPORT_CSV);
  g_assert_true (g_file_test (view, G_FILE_TEST_IS_REGULAR));
  assert_toast (fixture, "Records saved as “view.csv”");
  export_and_wait (fixture, all, TS_WINDOW_EXPORT_ALL, TS_WINDOW_EXPORT_CSV);
  g_assert_true (g_file_test (all, G_FILE_TEST_IS_REGULAR));

  rows = count_rows (view, "");
  if (rows < 0)
    {
      g_test_message ("no /usr/bin/python3: rows not counted");
      return;
    }
  /* A header, then a row per record. */
  g_assert_cmpint (rows, ==, n_view + 1);
  g_assert_cmpint (count_rows (all, ""), ==, n_meetings (fixture) + 1);
}

/* Export CSV… of the view writes the list on screen, in its order. */
static void
test_csv_list_order (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "sorted.csv");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  TsRecordList *list;
  GListModel *model;
  guint n;

  ts_records_view_set_record_type (fixture->window->records_view, TS_RECORD_TYPE_MEETING);
  list = ts_records_view_get_list (fixture->window->records_view, TS_RECORD_TYPE_MEETING);
  ts_record_list_sort_by (list, "title", GTK_SORT_DESCENDING);
  iterate ();
  model = ts_record_list_get_model (list);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 2);

  export_and_wait (fixture, path, TS_WINDOW_EXPORT_VIEW, TS_WINDOW_EXPORT_CSV);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
  /* Every record of the list, in its order (by title, Z to A), which is
   * not the export's own order (by date). Each row's ID is the first
   * ",meeting/…," in it: the title comes before it. */
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint l = 1; lines[l] != NULL; l++)
    {
      const char *at = strstr (lines[l], ",meeting/");

      if (at == NULL)
        continue;
      g_ptr_array_add (ids, g_strndup (at + 1, strcspn (at + 1, ",")));
    }
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

      g_assert_cmpstr (ids->pdata[i], ==, ts_record_get_id (record));
    }
}

static gboolean
dossier_enabled (gpointer data)
{
  Fixture *fixture = data;

  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "export-dossier");
}

/* Export Dossier…: of the record shown, enabled only when there is one. */
static void
test_dossier (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "railway");
  g_autofree char *full_path = out_path (fixture, "railway.xlsx");
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;
  int rows;

  g_assert_false (dossier_enabled (fixture));
  g_assert_true (ts_records_view_navigate_to (fixture->window->records_view,
                                              "project/china-kyrgyzstan-uzbekistan-railway"));
  wait_until (dossier_enabled, fixture);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-dossier", NULL);
  chooser = GTK_FILE_CHOOSER (fixture->window->file_chooser);
  g_assert_true (GTK_IS_FILE_CHOOSER_NATIVE (chooser));
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "Dossier China–Kyrgyzstan–Uzbekistan railway.xlsx");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "hops"), ==, "1");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  g_assert_null (fixture->window->file_chooser);

  _ts_window_export_dossier_to_file (fixture->window, path,
                                     "project/china-kyrgyzstan-uzbekistan-railway", 1);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  g_assert_false (dossier_enabled (fixture));
  wait_until (export_finished, fixture);
  assert_xlsx (full_path);
  assert_toast (fixture, "Briefing saved as “railway.xlsx”");

  rows = count_rows (full_path, "Projects");
  if (rows < 0)
    {
      g_test_message ("no /usr/bin/python3: sheet rows not counted");
      return;
    }
  /* The railway and the projects its meetings discussed, under a header. */
  g_assert_cmpint (rows, >=, 2);
  g_assert_cmpint (count_rows (full_path, "Meetings"), <, n_meetings (fixture) + 1);
}

/* Cancel in the middle of an export. The export is held at its first
 * progress report until it is cancelled: the whole briefing takes a fifth
 * of a second, less than the bar takes to show, so without the hold it
 * could end before the click, and an export that no Cancel reaches never
 * ends. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "cancelled.xlsx");
  GtkWidget *cancel_button;

  _ts_export_set_hold (TRUE);
  _ts_window_export_to_file (fixture->window, path, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  cancel_button = find_label (GTK_WIDGET (fixture->window->export_bar), "Cancel");
  g_assert_nonnull (cancel_button);
  cancel_button = gtk_widget_get_ancestor (cancel_button, GTK_TYPE_BUTTON);
  g_assert_nonnull (cancel_button);
  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, cancel_button);
  wait_until (export_progressed, fixture);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  g_signal_emit_by_name (cancel_button, "clicked");

  wait_until (export_finished, fixture);
  _ts_export_set_hold (FALSE);
  g_assert_cmpuint (_ts_export_get_n_running (), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Nor a temporary file beside it. */
  g_assert_cmpuint (count_files (fixture->out_dir), ==, 0);
  assert_toast (fixture, "Export cancelled");
}

static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->out_dir, "missing", "folder.xlsx", NULL);
  GtkWindow *dialog;

  export_and_wait (fixture, path, TS_WINDOW_EXPORT_ALL, TS_WINDOW_EXPORT_BRIEFING);
  iterate ();
  dialog = find_toplevel_named ("export-error");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "folder.xlsx"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "folder.xlsx"));
  gtk_window_destroy (dialog);
  iterate ();
}

/* Closing the window cancels its export, which leaves no file. The export
 * is held in the middle, as in test_cancel(), until it is cancelled. */
static void
test_close_while_exporting (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "closed.xlsx");

  _ts_export_set_hold (TRUE);
  _ts_window_export_to_file (fixture->window, path, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  wait_until (export_progressed, fixture);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));

  /* Whatever the worker wrote is removed before it returns. */
  wait_until (no_export_running, NULL);
  _ts_export_set_hold (FALSE);
  iterate ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->out_dir), ==, 0);
}

/* The window's exports follow the command line's policy: a read-only file,
 * or any file in a read-only folder, is refused with the same message and
 * left as it was. Read-only is what the permission bits say, which root
 * (as in CI) is held to as well. */
static void
assert_refused (Fixture              *fixture,
                const char           *path,
                TsWindowExportFormat  format,
                const char           *reason)
{
  g_autofree char *previous = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not write “%s”: %s. No file was written.",
                                               path, reason);
  GtkWindow *dialog;

  export_and_wait (fixture, path, TS_WINDOW_EXPORT_ALL, format);
  iterate ();
  dialog = find_toplevel_named ("export-error");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, expected);
  gtk_window_destroy (dialog);
  iterate ();

  g_assert_true (g_file_get_contents (path, &previous, NULL, NULL));
  g_assert_cmpstr (previous, ==, "previous\n");
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *locked = out_path (fixture, "locked");
  const char *names[] = { "kept.xlsx", "kept.csv" };
  TsWindowExportFormat formats[] = { TS_WINDOW_EXPORT_BRIEFING, TS_WINDOW_EXPORT_CSV };

  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = out_path (fixture, names[i]);
      g_autofree char *inside = g_build_filename (locked, names[i], NULL);

      g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_assert_true (g_file_set_contents (inside, "previous\n", -1, NULL));
    }
  g_assert_cmpint (g_chmod (locked, 0555), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = out_path (fixture, names[i]);
      g_autofree char *inside = g_build_filename (locked, names[i], NULL);
      g_autofree char *folder_reason = g_strdup_printf ("cannot write in the folder “%s”, "
                                                        "which is read-only; choose another "
                                                        "folder", locked);

      assert_refused (fixture, path, formats[i],
                      "the file is read-only; choose another name or make it writable");
      assert_refused (fixture, inside, formats[i], folder_reason);
    }

  /* Nothing was written beside them. */
  g_assert_cmpuint (count_files (fixture->out_dir), ==, 3);
  g_assert_cmpuint (count_files (locked), ==, 2);
  g_chmod (locked, 0700);
}

/* Past Excel's 65 530 links on a sheet, the toast says how many were
 * written as plain text, once. */
static void
test_link_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autofree char *path = out_path (fixture, "sources.xlsx");
  g_autoptr(GError) error = NULL;
  /* Writing 65 600 rows takes a few seconds, more on a busy machine. */
  gint64 deadline = g_get_monotonic_time () + 240 * G_USEC_PER_SEC;

  for (guint i = 0; i < 65600; i++)
    {
      g_autofree char *id = g_strdup_printf ("source/s%u", i);
      g_autofree char *title = g_strdup_printf ("Headline %u", i);
      g_autofree char *url = g_strdup_printf ("https://example.org/news/%u", i);
      TsSource *source = ts_source_new (id, title);

      ts_source_set_url (source, url);
      g_ptr_array_add (records, source);
    }
  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);
  ts_window_set_dataset (fixture->window, dataset);
  iterate ();

  _ts_window_export_to_file (fixture->window, path, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  while (!export_finished (fixture))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  assert_toast (fixture, "Briefing saved as “sources.xlsx”; 70 links were written as plain "
                         "text: Excel allows at most 65530 links on a sheet");
}

/* Waits up to four minutes: writing thousands of rows on a busy machine. */
static void
wait_long_until (gboolean (*check) (gpointer),
                 gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 240 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
query_is_talks (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (ts_query_get_text (ts_window_get_query (fixture->window)), "talks") == 0;
}

#define N_SCALE_MEETINGS 5000

/* The titles of the meetings made by add_scale_meetings(), in the order
 * of the sheets: by date, then title as g_utf8_collate() orders it, then
 * id. */
static int
compare_scale_meetings (gconstpointer a,
                        gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;
  int cmp = ts_date_compare (ts_record_get_date (ra), ts_record_get_date (rb));

  if (cmp == 0)
    cmp = g_utf8_collate (ts_record_get_display_name (ra), ts_record_get_display_name (rb));
  if (cmp == 0)
    cmp = strcmp (ts_record_get_id (ra), ts_record_get_id (rb));
  return cmp;
}

/* Meetings sharing dates by the hundred, titled with accents, capitals and
 * Chinese, so that their order is the titles' collation; returns them in
 * the order the exports sort them. */
static GPtrArray *
add_scale_meetings (Fixture *fixture)
{
  static const char * const names[] = { "Émile", "emile", "Zhang", "Ärger", "张", "Abay" };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *sorted;

  for (guint i = 0; i < N_SCALE_MEETINGS; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%05u", i);
      g_autofree char *title = g_strdup_printf ("%s talks %05u", names[i % G_N_ELEMENTS (names)],
                                                (i * 7919) % N_SCALE_MEETINGS);
      TsMeeting *meeting = ts_meeting_new (id, title);
      TsDate date = { 0 };

      g_assert_true (ts_date_set_ymd (&date, 2000 + i / 1200, 1 + (i / 100) % 12, 1));
      ts_meeting_set_date (meeting, &date);
      g_ptr_array_add (records, meeting);
    }
  sorted = g_ptr_array_copy (records, (GCopyFunc) g_object_ref, NULL);
  g_ptr_array_set_free_func (sorted, g_object_unref);
  g_ptr_array_sort (sorted, compare_scale_meetings);

  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);
  ts_window_set_dataset (fixture->window, dataset);
  iterate ();
  return sorted;
}

/* Each title of @sorted in @path, in that order. */
static void
assert_titles_in_order (const char *path,
                        GPtrArray  *sorted)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *p;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  p = contents;
  for (guint i = 0; i < sorted->len; i++)
    {
      const char *title = ts_record_get_display_name (sorted->pdata[i]);
      const char *found = strstr (p, title);

      if (found == NULL)
        g_error ("“%s” (the %u-th in order) is not after the %u-th in %s", title, i + 1, i,
                 path);
      p = found + strlen (title);
    }
}

/* Export clicked with thousands of records: the export's data is made in
 * its worker, so the window goes on working meanwhile (the progress shows,
 * a search typed is taken), and the file is whole, in the sheets' order,
 * with what was there at the click. The export is held in its worker at
 * its first progress report until the window has shown that. */
static void
test_at_scale (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) sorted = add_scale_meetings (fixture);
  g_autofree char *briefing = out_path (fixture, "scale.xlsx");
  g_autofree char *csv = out_path (fixture, "scale.csv");
  g_autoptr(TsMeeting) late = ts_meeting_new ("meeting/late", "Late talks");
  g_autoptr(GError) error = NULL;
  TsDate date = { 0 };
  int rows;

  g_assert_true (ts_date_set_ymd (&date, 2030, 1, 1));
  ts_meeting_set_date (late, &date);
  _ts_export_set_hold (TRUE);
  _ts_window_export_to_file (fixture->window, briefing, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  wait_long_until (export_progressed, fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "talks");
  wait_long_until (query_is_talks, fixture);
  /* Added after the click: not in the file. */
  ts_dataset_add (ts_window_get_dataset (fixture->window), TS_RECORD (late), &error);
  g_assert_no_error (error);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  _ts_export_set_hold (FALSE);
  wait_long_until (export_finished, fixture);
  assert_toast (fixture, "Briefing saved as “scale.xlsx”");
  assert_xlsx (briefing);
  rows = count_rows (briefing, "Meetings");
  if (rows >= 0)
    g_assert_cmpint (rows, ==, N_SCALE_MEETINGS + 1);

  /* Every meeting, sorted, in a CSV file: everything as it was at the
   * click, without the late one. */
  g_assert_true (ts_dataset_remove (ts_window_get_dataset (fixture->window), "meeting/late",
                                    &error));
  g_assert_no_error (error);
  iterate ();
  export_and_wait (fixture, csv, TS_WINDOW_EXPORT_ALL, TS_WINDOW_EXPORT_CSV);
  rows = count_rows (csv, "");
  if (rows >= 0)
    g_assert_cmpint (rows, ==, N_SCALE_MEETINGS + 1);
  assert_titles_in_order (csv, sorted);
}

/* The bar slides in fully revealed, to its natural height. */
static gboolean
bar_shown (gpointer data)
{
  GtkWidget *bar = data;
  GtkWidget *revealer = gtk_widget_get_first_child (bar);
  int natural = 0;

  if (!gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)))
    return FALSE;
  gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  return natural > 0 && gtk_widget_get_height (bar) == natural;
}

/* The progress bar lies over the bottom of the pages, whole: the pages
 * keep their size while it slides in and out, so that the window is not
 * laid out again on every frame of it (which, at 100 000 records, made
 * the longest main loop iterations of an export). The export is held at
 * its first progress report until the bar is seen. */
static void
test_bar_over_pages (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "over.xlsx");
  GtkWidget *flap = GTK_WIDGET (fixture->window->flap);
  GtkWidget *bar = GTK_WIDGET (fixture->window->export_bar);
  graphene_rect_t bounds;
  int height;

  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, flap);
  height = gtk_widget_get_height (flap);
  g_assert_cmpint (height, >, 0);

  _ts_export_set_hold (TRUE);
  _ts_window_export_to_file (fixture->window, path, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  g_assert_true (ts_export_bar_get_running (fixture->window->export_bar));
  wait_until (bar_shown, bar);
  g_assert_cmpint (gtk_widget_get_height (flap), ==, height);
  /* At the bottom of the pages, across them. */
  g_assert_true (gtk_widget_compute_bounds (bar, flap, &bounds));
  g_assert_cmpfloat (bounds.origin.x, ==, 0);
  g_assert_cmpfloat (bounds.size.width, ==, gtk_widget_get_width (flap));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, ==, height);

  _ts_export_set_hold (FALSE);
  wait_until (export_finished, fixture);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (gtk_widget_get_height (flap), ==, height);
}

/* What @widget drew in its latest frame, as GTK keeps it (NULL before its
 * first): the node its parent places. */
static GskRenderNode *
dup_drawn_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (paintable);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (image, snapshot, gdk_paintable_get_intrinsic_width (image),
                          gdk_paintable_get_intrinsic_height (image));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* The paintable clips the node to the widget's bounds. */
  if (node != NULL && gsk_render_node_get_node_type (node) == GSK_CLIP_NODE)
    return gsk_render_node_ref (gsk_clip_node_get_child (node));
  return g_steal_pointer (&node);
}

static gboolean
has_drawn (gpointer data)
{
  g_autoptr(GskRenderNode) node = dup_drawn_node (data);

  return node != NULL;
}

/* The node @overlay draws once the window has settled: its first frames
 * lay the window out and bind the list's rows, each drawing the pages
 * anew, and the list's overlay scrollbars show and fade out a second
 * after its size last changed. Settled, the frames draw the pages' very
 * node again for a second and a half. */
static GskRenderNode *
dup_settled_node (GtkWidget *overlay)
{
  g_autoptr(GskRenderNode) previous = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gint64 same_since = 0;

  wait_until (ui_test_widget_is_mapped, overlay);
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GskRenderNode) node = NULL;
      gint64 now;

      ui_test_wait_for_paint (overlay);
      node = dup_drawn_node (overlay);
      now = g_get_monotonic_time ();
      if (previous != NULL
          && gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE
          && gsk_render_node_get_node_type (previous) == GSK_CONTAINER_NODE
          && gsk_container_node_get_child (node, 0) == gsk_container_node_get_child (previous, 0))
        {
          if (now - same_since >= 3 * G_USEC_PER_SEC / 2)
            return g_steal_pointer (&node);
        }
      else
        same_since = now;
      g_clear_pointer (&previous, gsk_render_node_unref);
      previous = g_steal_pointer (&node);
      g_usleep (20000);
    }
  g_assert_not_reached ();
}

/* Two nodes, the pages' and the bar's, whether an export runs or not. */
static void
assert_pages_and_bar (GskRenderNode   *node,
                      graphene_rect_t *pages_bounds)
{
  g_assert_nonnull (node);
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_CONTAINER_NODE);
  g_assert_cmpuint (gsk_container_node_get_n_children (node), ==, 2);
  gsk_render_node_get_bounds (gsk_container_node_get_child (node, 0), pages_bounds);
}

/* Clicking Export redraws the bar's strip, not the window: the overlay
 * of the pages and the bar draws the same kind of node, a container of
 * the two, while the bar is hidden and while it shows, and GTK redraws
 * what differs between two frames only where it can compare their nodes.
 * When the hidden bar drew nothing, the overlay's drawing was the pages'
 * node alone, and the first frame of every export (and the last) redrew
 * the whole of the pages: at 100 000 records the first export's longest
 * iteration (tests/bench-export-window). */
static void
test_bar_redraws_its_strip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = out_path (fixture, "strip.xlsx");
  GtkWidget *bar = GTK_WIDGET (fixture->window->export_bar);
  GtkWidget *overlay = gtk_widget_get_parent (bar);
  g_autoptr(GskRenderNode) idle = NULL;
  g_autoptr(GskRenderNode) running = NULL;
  graphene_rect_t idle_pages, running_pages;

  g_assert_true (GTK_IS_OVERLAY (overlay));
  wait_until (has_drawn, overlay);
  idle = dup_drawn_node (overlay);
  assert_pages_and_bar (idle, &idle_pages);

  _ts_export_set_hold (TRUE);
  _ts_window_export_to_file (fixture->window, path, TS_WINDOW_EXPORT_ALL,
                             TS_WINDOW_EXPORT_BRIEFING);
  wait_until (bar_shown, bar);
  /* A frame drawn since. */
  ui_test_wait_for_paint (bar);
  running = dup_drawn_node (overlay);
  assert_pages_and_bar (running, &running_pages);
  g_assert_true (graphene_rect_equal (&idle_pages, &running_pages));

  _ts_export_set_hold (FALSE);
  wait_until (export_finished, fixture);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Whether @overlay draws a container of @n nodes: the pages, the bar and,
 * while a toast shows, the toast. */
static gboolean
draws_n_nodes (GtkWidget *overlay,
               guint      n)
{
  g_autoptr(GskRenderNode) node = dup_drawn_node (overlay);

  return node != NULL && gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE
         && gsk_container_node_get_n_children (node) == n;
}

/* The toast has slid in far enough to be drawn: until then it lies
 * outside its own overlay and adds no node. */
static gboolean
toast_drawn (gpointer data)
{
  return draws_n_nodes (data, 3);
}

/* Whether @after draws what @before drew without drawing any of it anew:
 * the same nodes, or nodes made of the very same drawn nodes. A widget
 * allocated again (its parent given a toast to place) wraps its
 * children's kept nodes in new transforms and containers; a widget drawn
 * again makes new leaves. */
static gboolean
draws_same_leaves (GskRenderNode *before,
                   GskRenderNode *after)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (before);

  if (before == after)
    return TRUE;
  if (type != gsk_render_node_get_node_type (after))
    return FALSE;

  switch ((int) type)
    {
    case GSK_CONTAINER_NODE:
      if (gsk_container_node_get_n_children (before) != gsk_container_node_get_n_children (after))
        return FALSE;
      for (guint i = 0; i < gsk_container_node_get_n_children (before); i++)
        if (!draws_same_leaves (gsk_container_node_get_child (before, i),
                                gsk_container_node_get_child (after, i)))
          return FALSE;
      return TRUE;
    case GSK_TRANSFORM_NODE:
      return gsk_transform_equal (gsk_transform_node_get_transform (before),
                                  gsk_transform_node_get_transform (after))
             && draws_same_leaves (gsk_transform_node_get_child (before),
                                   gsk_transform_node_get_child (after));
    case GSK_CLIP_NODE:
      return graphene_rect_equal (gsk_clip_node_get_clip (before), gsk_clip_node_get_clip (after))
             && draws_same_leaves (gsk_clip_node_get_child (before),
                                   gsk_clip_node_get_child (after));
    default:
      return FALSE;
    }
}

/* The toast has slid out: the overlay draws the pages and the bar
 * alone. */
static gboolean
toast_gone (gpointer data)
{
  return draws_n_nodes (data, 2);
}

static gboolean
toast_dismissed (gpointer data)
{
  return g_object_get_data (G_OBJECT (data), "test-dismissed") != NULL;
}

static void
on_test_toast_dismissed (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "test-dismissed", GINT_TO_POINTER (TRUE));
}

/* Escape, wherever the window's focus is, dismisses the toast on screen;
 * with none on screen the window lets the key go on. */
static gboolean
press_escape (TsWindow *window)
{
  return ui_test_activate_shortcut (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                    GDK_KEY_Escape, 0);
}

/* A toast's coming redraws the toast, not the pages below it: the pages'
 * overlay draws a container of the pages, the export's bar and the toast,
 * and GTK redraws what differs between two frames only where it can
 * compare their nodes. When the toast overlay held the whole window, its
 * drawing was the pages' node alone without a toast and a container of
 * the pages and the toast with one, and every toast's coming and going
 * redrew the whole of the pages (9–16 ms of the main thread's CPU at
 * 100 000 records: tests/bench-export-window TOAST=4). */
static void
test_toast_redraws_itself (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *overlay = gtk_widget_get_parent (GTK_WIDGET (fixture->window->export_bar));
  g_autoptr(GskRenderNode) before = NULL;
  g_autoptr(GskRenderNode) during = NULL;
  g_autoptr(AdwToast) toast = adw_toast_new ("Saved as “briefing.xlsx”");
  graphene_rect_t pages_before, pages_during, toast_bounds;

  g_assert_true (GTK_IS_OVERLAY (overlay));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (fixture->window->toast_overlay)) == overlay);
  before = dup_settled_node (overlay);
  assert_pages_and_bar (before, &pages_before);
  /* No toast: the window lets Escape go on. */
  g_assert_false (press_escape (fixture->window));

  adw_toast_set_timeout (toast, 0);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_test_toast_dismissed), NULL);
  ts_window_add_toast (fixture->window, g_object_ref (toast));
  wait_until (toast_drawn, overlay);
  during = dup_drawn_node (overlay);
  /* The pages draw what they drew before the toast; none of it is drawn
   * again. */
  g_assert_true (draws_same_leaves (gsk_container_node_get_child (before, 0),
                                    gsk_container_node_get_child (during, 0)));
  gsk_render_node_get_bounds (gsk_container_node_get_child (during, 0), &pages_during);
  g_assert_true (graphene_rect_equal (&pages_before, &pages_during));
  /* The toast sits at the bottom of the pages, and is far smaller. */
  gsk_render_node_get_bounds (gsk_container_node_get_child (during, 2), &toast_bounds);
  g_assert_cmpfloat (toast_bounds.size.width * toast_bounds.size.height, <,
                     pages_before.size.width * pages_before.size.height / 10);
  g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=,
                     pages_before.origin.y + pages_before.size.height + 1);

  /* Escape dismisses it, and it slides out: the pages and the bar alone
   * again. The teardown destroys the window only then: the two crashes
   * seen after this test (one in some 55 runs under load) are suspected
   * to be libadwaita 1.2 ending the slide of a toast already freed. */
  g_assert_true (press_escape (fixture->window));
  wait_until (toast_dismissed, toast);
  wait_until (toast_gone, overlay);
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

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/export-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("actions", test_actions);
  ADD ("dialog", test_dialog);
  ADD ("briefing-scope", test_briefing_scope);
  ADD ("csv-scope", test_csv_scope);
  ADD ("csv-list-order", test_csv_list_order);
  ADD ("dossier", test_dossier);
  ADD ("cancel", test_cancel);
  ADD ("bar-over-pages", test_bar_over_pages);
  ADD ("bar-redraws-its-strip", test_bar_redraws_its_strip);
  ADD ("toast-redraws-itself", test_toast_redraws_itself);
  ADD ("error", test_error);
  ADD ("close-while-exporting", test_close_while_exporting);
  ADD ("read-only", test_read_only);
  ADD ("link-limit", test_link_limit);
  ADD ("at-scale", test_at_scale);

#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
