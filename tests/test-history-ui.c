/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's side of #19 items 2 and 4: the detail pane's History lists
 * a record's changes (who, when, each field's old → new value), and a save
 * refused because another connection changed the record first shows
 * "Changed by NAME at TIME" with both versions side by side, the edit kept
 * in the editor until the analyst chooses Reload or Overwrite. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-application.h"
#include "ts-detail-pane.h"
#include "ts-person.h"
#include "ts-detail-row.h"
#include "ts-record-editor.h"
#include "ts-store.h"

#include "store-test-utils.h"
#include "ui-test-utils.h"

#define MEETING "meeting/2023-10-25-baisalov-shandong-delegation"

static TsApplication *app;

static void
set_title (TsStore    *store,
           const char *title)
{
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(TsRecord) record = ts_record_copy (ts_dataset_lookup (dataset, MEETING));
  g_autoptr(GError) error = NULL;

  ts_record_set_title (record, title);
  ts_dataset_update (dataset, record, &error);
  g_assert_no_error (error);
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)),
                       title) == 0;
}

static gboolean
is_row_title_prefixed (GtkWidget     *widget,
                       gconstpointer  prefix)
{
  return TS_IS_DETAIL_ROW (widget)
         && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              prefix);
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* After an edit, the History section of the meeting's detail pane has a
 * row "Changed by USER, TIME" saying "Title: “old” → “new”"; before, it
 * is hidden (the record has no changes). */
static void
test_history_section (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_local_file (dir, "history.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autofree char *old_title = g_strdup (ts_record_get_title (ts_dataset_lookup (dataset,
                                                                                 MEETING)));
  g_autofree char *by = g_strdup_printf ("Changed by %s, ", g_get_user_name ());
  g_autofree char *change = g_strdup_printf ("Title: “%s” → “Renamed in a test”", old_title);
  GtkWidget *window = gtk_window_new ();
  TsDetailPane *pane = ts_detail_pane_new ();
  GtkWidget *group;
  GtkWidget *row;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (window));
  ts_detail_pane_set_dataset (pane, dataset);
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, MEETING));
  ui_test_wait_until (ui_test_widget_is_mapped, pane);

  group = ui_test_find_widget (GTK_WIDGET (pane), is_group_titled, "History");
  g_assert_nonnull (group);
  g_assert_false (gtk_widget_get_visible (group));

  set_title (store, "Renamed in a test");
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, MEETING));

  group = ui_test_find_widget (GTK_WIDGET (pane), is_group_titled, "History");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));
  ui_test_wait_until (ui_test_widget_is_mapped, group);
  row = ui_test_find_widget (group, is_row_title_prefixed, by);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  g_assert_nonnull (strstr (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)), change));

  /* A second edit comes first. */
  set_title (store, "Renamed again");
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, MEETING));
  group = ui_test_find_widget (GTK_WIDGET (pane), is_group_titled, "History");
  row = ui_test_find_widget (group, is_row_title_prefixed, by);
  g_assert_nonnull (strstr (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)),
                            "“Renamed in a test” → “Renamed again”"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static TsRecordEditor *
open_editor (TsDataset *dataset)
{
  TsRecord *record = ts_dataset_lookup (dataset, MEETING);
  TsRecordEditor *editor = ts_record_editor_new (dataset, ts_record_get_record_type (record),
                                                 record);

  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  return editor;
}

static GtkEditable *
title_field (TsRecordEditor *editor)
{
  GtkWidget *field = ui_test_find_named (GTK_WIDGET (editor), "title");

  g_assert_nonnull (field);
  return GTK_EDITABLE (field);
}

static gboolean
conflict_dialog_shown (gpointer data)
{
  GtkWidget *dialog = ui_test_find_toplevel_named ("conflict-dialog");

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

/* The dialog after a refused save: its heading, both versions. */
static AdwMessageDialog *
wait_conflict_dialog (const char *theirs,
                      const char *mine)
{
  g_autofree char *heading = g_strdup_printf ("Changed by %s at ", g_get_user_name ());
  g_autofree char *their_value = g_strdup_printf ("“%s”", theirs);
  g_autofree char *my_value = g_strdup_printf ("“%s”", mine);
  GtkWidget *dialog;
  GtkWidget *comparison;

  ui_test_wait_until (conflict_dialog_shown, NULL);
  dialog = ui_test_find_toplevel_named ("conflict-dialog");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   heading));
  comparison = ui_test_find_named (dialog, "conflict-comparison");
  g_assert_nonnull (comparison);
  g_assert_nonnull (ui_test_find_widget (comparison, is_label_text, "Title"));
  g_assert_nonnull (ui_test_find_widget (comparison, is_label_text, their_value));
  g_assert_nonnull (ui_test_find_widget (comparison, is_label_text, my_value));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Another connection changes the record while the editor has it: Save is
 * refused with the dialog, the edit stays; Overwrite saves it on the new
 * version. Then again with Reload: the form takes their version. */
static void
test_conflict_dialog (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_local_file (dir, "conflict.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = store_test_open (path, FALSE);
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_store_get_dataset (mine);
  TsRecordEditor *editor;
  AdwMessageDialog *dialog;

  editor = open_editor (dataset);
  gtk_editable_set_text (title_field (editor), "My title");
  set_title (theirs, "Their title");

  g_assert_false (ts_record_editor_save (editor));
  dialog = wait_conflict_dialog ("Their title", "My title");
  /* Nothing is lost or taken until the analyst chooses. */
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "My title");
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, MEETING)), !=, "My title");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  adw_message_dialog_response (dialog, "overwrite");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, MEETING)), ==, "My title");
  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           MEETING)), ==, "My title");
  g_assert_cmpint (ts_store_get_version (reader, MEETING), ==, 3);
  g_clear_object (&reader);

  /* Reload: their version in the form and the dataset, the edit gone. */
  ts_store_reload_record (theirs, MEETING, &error);
  g_assert_no_error (error);
  editor = open_editor (dataset);
  gtk_editable_set_text (title_field (editor), "My second title");
  set_title (theirs, "Their second title");
  g_assert_false (ts_record_editor_save (editor));
  dialog = wait_conflict_dialog ("Their second title", "My second title");
  adw_message_dialog_response (dialog, "reload");
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "Their second title");
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, MEETING)), ==,
                   "Their second title");
  g_assert_false (ts_record_editor_has_changes (editor));
  gtk_editable_set_text (title_field (editor), "My third title");
  g_assert_true (ts_record_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           MEETING)), ==, "My third title");
}

/* Another connection deletes the record while the editor has it: Save is
 * refused with the dialog; Overwrite saves the edit, which brings the
 * record back. Before, the save after Overwrite was refused again, and the
 * dialog came back each time. */
static void
test_conflict_deleted (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_local_file (dir, "deleted.db");
  g_autoptr(TsStore) mine = store_test_open (path, TRUE);
  g_autoptr(TsStore) theirs = NULL;
  g_autoptr(TsStore) reader = NULL;
  g_autoptr(TsRecord) person = TS_RECORD (ts_person_new ("person/deleted-meanwhile",
                                                         "Deleted meanwhile"));
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_store_get_dataset (mine);
  TsRecordEditor *editor;
  GtkWidget *dialog;

  ts_dataset_add (dataset, person, &error);
  g_assert_no_error (error);
  theirs = store_test_open (path, FALSE);
  ts_dataset_remove (ts_store_get_dataset (theirs), "person/deleted-meanwhile", &error);
  g_assert_no_error (error);

  editor = ts_record_editor_new (dataset, TS_RECORD_TYPE_PERSON,
                                 ts_dataset_lookup (dataset, "person/deleted-meanwhile"));
  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  gtk_editable_set_text (title_field (editor), "Kept by Overwrite");

  g_assert_false (ts_record_editor_save (editor));
  ui_test_wait_until (conflict_dialog_shown, NULL);
  dialog = ui_test_find_toplevel_named ("conflict-dialog");
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "overwrite");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);

  reader = store_test_open (path, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           "person/deleted-meanwhile")), ==,
                   "Kept by Overwrite");
  g_assert_cmpint (ts_store_get_version (reader, "person/deleted-meanwhile"), ==, 2);
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
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/history-ui/history-section", test_history_section);
  g_test_add_func ("/history-ui/conflict-dialog", test_conflict_dialog);
  g_test_add_func ("/history-ui/conflict-deleted", test_conflict_deleted);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
