/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ts-application.h"
#include "ts-detail-pane.h"
#include "ts-json.h"
#include "ts-list-cell.h"
#include "ts-meeting.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-record-columns.h"
#include "ts-record-editor.h"
#include "ts-records-view.h"
#include "ts-store.h"
#include "ts-window-private.h"

#include "ui-test-utils.h"

static TsApplication *app;

typedef struct
{
  char *dir;
  char *path;
  TsStore *store;
  TsWindow *window;
  TsRecordsView *view;
} Fixture;

/* Runs the main loop until @check holds, or fails after a while: generous,
 * for a loaded machine and the sanitizer build. */
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

static GBytes *
load_fixture_bytes (void)
{
  g_autofree char *path = g_build_filename (TS_TESTS_SRCDIR, "data", "records-window.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static TsStore *
open_store (const char *path)
{
  g_autoptr(GBytes) seed = load_fixture_bytes ();
  g_autoptr(GError) error = NULL;
  TsStore *store = ts_store_open_full (path, seed, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
open_window (Fixture *fixture)
{
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, ts_store_get_dataset (fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->view = ts_window_get_records_view (fixture->window);
  ui_test_iterate ();
}

static void
close_window (Fixture *fixture)
{
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  fixture->view = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tianshan-records-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "tianshan.db", NULL);
  fixture->store = open_store (fixture->path);
  open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->window != NULL)
    close_window (fixture);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
links_to (GtkWidget     *widget,
          gconstpointer  id)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ts-target-id"), id) == 0;
}

static gboolean
is_row_labelled (GtkWidget     *widget,
                 gconstpointer  text)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0;
}

static gboolean
is_mapped_status_page (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget);
}

static const char *
detail_title (Fixture *fixture)
{
  GtkWidget *label = ui_test_find_widget (GTK_WIDGET (ts_records_view_get_detail_pane (fixture->view)),
                                          ui_test_has_name, "record-title");

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static GListModel *
list_model (Fixture      *fixture,
            TsRecordType  type)
{
  return ts_record_list_get_model (ts_records_view_get_list (fixture->view, type));
}

static char *
title_at (GListModel *model,
          guint       position)
{
  g_autoptr(TsRecord) record = g_list_model_get_item (model, position);

  return g_strdup (ts_record_get_title (record));
}

static void
select_row (Fixture      *fixture,
            TsRecordType  type,
            guint         position)
{
  GtkColumnView *column_view;
  GtkSelectionModel *selection;

  ts_records_view_set_record_type (fixture->view, type);
  column_view = ts_record_list_get_column_view (ts_records_view_get_list (fixture->view, type));
  selection = gtk_column_view_get_model (column_view);
  gtk_selection_model_select_item (selection, position, TRUE);
  ui_test_iterate ();
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  const guint expected[TS_N_RECORD_TYPES] = { 3, 1, 1, 0, 2, 1, 5, 1, 1 };

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GtkWidget *row = ui_test_find_widget (GTK_WIDGET (fixture->view), ui_test_has_name,
                                            ts_record_type_to_string (type));

      g_assert_nonnull (row);
      g_assert_cmpuint (ts_records_view_get_count (fixture->view, type), ==, expected[type]);
      g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture, type)), ==,
                        expected[type]);
    }
}

static gboolean
meetings_narrowed (gpointer data)
{
  Fixture *fixture = data;

  return ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING) == 2;
}

static gboolean
meetings_all (gpointer data)
{
  Fixture *fixture = data;

  return ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING) == 3;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *meetings = list_model (fixture, TS_RECORD_TYPE_MEETING);
  GtkWidget *empty;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (fixture->window->search_bar));
  /* A transliteration the dataset has only as an alias. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "baysalov");
  wait_until (meetings_narrowed, fixture);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TsRecord) meeting = g_list_model_get_item (meetings, i);
      GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (meeting));
      TsParticipant *participant = g_ptr_array_index (participants, 0);

      g_assert_cmpstr (participant->person_id, ==, "person/edil-baisalov");
    }
  /* The person matches too; the places do not. */
  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_PERSON), ==, 1);
  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_PLACE), ==, 0);
  g_assert_cmpstr (ts_query_get_text (ts_window_get_query (fixture->window)), ==, "baysalov");

  /* Nothing matches: the empty state offers to clear the search. */
  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_PLACE);
  ui_test_iterate ();
  empty = ui_test_find_widget (GTK_WIDGET (fixture->view), is_mapped_status_page, NULL);
  g_assert_nonnull (empty);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Places Match");
  g_assert_true (gtk_widget_get_visible (adw_status_page_get_child (ADW_STATUS_PAGE (empty))));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.clear-search", NULL);
  wait_until (meetings_all, fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->window->search_entry)), ==, "");
}

static gboolean
is_mapped_cell_with (GtkWidget     *widget,
                            gconstpointer  text);

static gboolean
meetings_none (gpointer data)
{
  Fixture *fixture = data;

  return ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING) == 0;
}

static gboolean
places_none (gpointer data)
{
  Fixture *fixture = data;

  return ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_PLACE) == 0;
}

static const char *
selected_meeting (Fixture *fixture)
{
  TsRecord *record = ts_record_list_get_selected (
    ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING));

  return record != NULL ? ts_record_get_id (record) : NULL;
}

/* The rows on screen show what a search finds, and the selection stays
 * with its record: moved when the record moves, put back when a search
 * that hid it is cleared. */
static void
test_search_keeps_selection (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *list = GTK_WIDGET (ts_records_view_get_list (fixture->view,
                                                          TS_RECORD_TYPE_MEETING));
  GtkEditable *entry = GTK_EDITABLE (fixture->window->search_entry);

  /* Newest first: the Urumqi visit, the Beijing talks, the summit. */
  select_row (fixture, TS_RECORD_TYPE_MEETING, 1);
  g_assert_cmpstr (detail_title (fixture), ==, "Talks on cultural cooperation in Beijing");
  g_assert_nonnull (ui_test_find_widget (list, is_mapped_cell_with, "China–Central Asia Summit"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (entry, "baysalov");
  wait_until (meetings_narrowed, fixture);
  g_assert_null (ui_test_find_widget (list, is_mapped_cell_with, "China–Central Asia Summit"));
  g_assert_nonnull (ui_test_find_widget (list, is_mapped_cell_with, "Baisalov visits Urumqi"));
  g_assert_cmpstr (selected_meeting (fixture), ==, "meeting/2023-10-25-baisalov-beijing");

  /* Sorted by title, Z to A, the Beijing talks ("Talks on…") come first,
   * still selected. */
  ts_record_list_sort_by (TS_RECORD_LIST (list), "title", GTK_SORT_DESCENDING);
  ui_test_iterate ();
  g_assert_true (gtk_selection_model_is_selected (
                   gtk_column_view_get_model (ts_record_list_get_column_view (TS_RECORD_LIST (list))),
                   0));
  g_assert_cmpstr (selected_meeting (fixture), ==, "meeting/2023-10-25-baisalov-beijing");

  /* Hidden, the record leaves the detail as it was... */
  gtk_editable_set_text (entry, "zzzz");
  wait_until (meetings_none, fixture);
  g_assert_null (selected_meeting (fixture));
  g_assert_cmpstr (detail_title (fixture), ==, "Talks on cultural cooperation in Beijing");
  g_assert_null (ui_test_find_widget (list, is_mapped_cell_with, "Baisalov visits Urumqi"));

  /* ...and is selected again once the search that hid it is gone. */
  gtk_editable_set_text (entry, "");
  wait_until (meetings_all, fixture);
  g_assert_cmpstr (selected_meeting (fixture), ==, "meeting/2023-10-25-baisalov-beijing");
  g_assert_nonnull (ui_test_find_widget (list, is_mapped_cell_with, "China–Central Asia Summit"));
}

static void
test_detail_and_navigation (Fixture       *fixture,
                            gconstpointer  data)
{
  GListModel *meetings = list_model (fixture, TS_RECORD_TYPE_MEETING);
  g_autofree char *first = title_at (meetings, 0);
  GtkWidget *link;

  /* Newest first: December 2024 before October 2023. */
  g_assert_cmpstr (first, ==, "Baisalov visits Urumqi");

  select_row (fixture, TS_RECORD_TYPE_MEETING, 0);
  g_assert_cmpstr (detail_title (fixture), ==, "Baisalov visits Urumqi");
  /* A month-precision date reads as a month, never as a day. */
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (ts_records_view_get_detail_pane (fixture->view)),
                                         is_row_labelled, "Date"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "back"));

  link = ui_test_find_widget (GTK_WIDGET (ts_records_view_get_detail_pane (fixture->view)), links_to,
                              "person/edil-baisalov");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "activated");
  ui_test_iterate ();

  g_assert_cmpint (ts_records_view_get_record_type (fixture->view), ==, TS_RECORD_TYPE_PERSON);
  g_assert_cmpstr (detail_title (fixture), ==, "Edil Baisalov");
  g_assert_cmpstr (ts_record_get_id (ts_record_list_get_selected (
                     ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_PERSON))),
                   ==, "person/edil-baisalov");
  /* The person's meetings link back. */
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (ts_records_view_get_detail_pane (fixture->view)),
                                         links_to, "meeting/2023-10-25-baisalov-beijing"));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "back"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  ui_test_iterate ();
  g_assert_cmpint (ts_records_view_get_record_type (fixture->view), ==, TS_RECORD_TYPE_MEETING);
  g_assert_cmpstr (detail_title (fixture), ==, "Baisalov visits Urumqi");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL);
  ui_test_iterate ();
  g_assert_cmpstr (detail_title (fixture), ==, "Edil Baisalov");
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *meetings = list_model (fixture, TS_RECORD_TYPE_MEETING);
  GtkColumnView *column_view;
  GListModel *columns;
  GtkColumnViewColumn *title_column = NULL;
  GtkColumnViewColumn *date_column = NULL;
  g_autofree char *before = title_at (meetings, 0);

  column_view = ts_record_list_get_column_view (
    ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING));
  columns = gtk_column_view_get_columns (column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Title") == 0)
        title_column = column;
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Date") == 0)
        date_column = column;
    }
  g_assert_nonnull (title_column);
  g_assert_nonnull (date_column);
  g_assert_cmpstr (before, ==, "Baisalov visits Urumqi");

  /* As a click on the header does. */
  gtk_column_view_sort_by_column (column_view, title_column, GTK_SORT_ASCENDING);
  ui_test_iterate ();
  {
    g_autofree char *a = title_at (meetings, 0);
    g_autofree char *b = title_at (meetings, 1);
    g_autofree char *c = title_at (meetings, 2);

    g_assert_cmpstr (a, ==, "Baisalov visits Urumqi");
    g_assert_cmpstr (b, ==, "China–Central Asia Summit in Xi'an");
    g_assert_cmpstr (c, ==, "Talks on cultural cooperation in Beijing");
  }

  gtk_column_view_sort_by_column (column_view, title_column, GTK_SORT_DESCENDING);
  ui_test_iterate ();
  {
    g_autofree char *a = title_at (meetings, 0);

    g_assert_cmpstr (a, ==, "Talks on cultural cooperation in Beijing");
  }

  /* Oldest first: May 2023 (a day) before October 2023 before December 2024
   * (only the month known). */
  gtk_column_view_sort_by_column (column_view, date_column, GTK_SORT_ASCENDING);
  ui_test_iterate ();
  {
    g_autofree char *a = title_at (meetings, 0);
    g_autofree char *c = title_at (meetings, 2);

    g_assert_cmpstr (a, ==, "China–Central Asia Summit in Xi'an");
    g_assert_cmpstr (c, ==, "Baisalov visits Urumqi");
  }
}

static TsRecordEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (TS_IS_RECORD_EDITOR (toplevel))
        return TS_RECORD_EDITOR (toplevel);
    }

  return NULL;
}

static void
set_field (GtkWidget  *editor,
           const char *key,
           const char *text)
{
  GtkWidget *row = ui_test_find_widget (editor, ui_test_has_name, key);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
on_saved (TsRecordEditor *editor,
          const char     *id,
          char          **saved_id)
{
  g_free (*saved_id);
  *saved_id = g_strdup (id);
}

static void
test_create_persists (Fixture       *fixture,
                      gconstpointer  data)
{
  TsRecordEditor *editor;
  g_autofree char *id = NULL;
  TsRecord *record;

  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_MEETING);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  ui_test_iterate ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &id);

  set_field (GTK_WIDGET (editor), "title", "Japarov receives a Shandong delegation");
  set_field (GTK_WIDGET (editor), "date", "2025-03");
  /* As the Save button does. */
  g_assert_true (ts_record_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();
  g_assert_null (editor);
  g_assert_nonnull (id);

  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING), ==, 4);
  {
    g_autofree char *first = title_at (list_model (fixture, TS_RECORD_TYPE_MEETING), 0);

    g_assert_cmpstr (first, ==, "Japarov receives a Shandong delegation");
  }
  g_assert_cmpstr (detail_title (fixture), ==, "Japarov receives a Shandong delegation");

  /* A restart on the same database. */
  close_window (fixture);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = open_store (fixture->path);
  open_window (fixture);

  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING), ==, 4);
  record = ts_dataset_lookup (ts_store_get_dataset (fixture->store), id);
  g_assert_nonnull (record);
  g_assert_cmpstr (ts_record_get_title (record), ==, "Japarov receives a Shandong delegation");
  {
    g_autofree char *date = ts_date_to_string (ts_record_get_date (record));

    g_assert_cmpstr (date, ==, "2025-03");
  }
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);

  select_row (fixture, TS_RECORD_TYPE_MEETING, 0);
  g_assert_cmpstr (detail_title (fixture), ==, "Baisalov visits Urumqi");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  ui_test_iterate ();
  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING), ==, 2);
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ui_test_iterate ();
  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING), ==, 3);
  g_assert_nonnull (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  ui_test_iterate ();
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ui_test_iterate ();
  g_assert_nonnull (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));

  /* A record others refer to stays, and the user learns why. */
  ts_records_view_navigate_to (fixture->view, "place/beijing");
  ui_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  ui_test_iterate ();
  g_assert_nonnull (ts_dataset_lookup (dataset, "place/beijing"));
}

typedef struct
{
  TsWindow *window;
  GtkWidget *list;
  const char *title;
} FocusCheck;

static gboolean
is_cell_showing (GtkWidget     *widget,
                        gconstpointer  text)
{
  return TS_IS_LIST_CELL (widget)
         && g_strcmp0 (ts_list_cell_get_text (TS_LIST_CELL (widget)), text) == 0;
}

/* The keyboard focus is on the list's row that shows @check->title. */
static gboolean
focus_is_on_row (gpointer data)
{
  FocusCheck *check = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (check->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, check->list)
         && ui_test_find_widget (focus, is_cell_showing, check->title) != NULL;
}

/* After a delete, the selection and the focus are on the row beside: the
 * next one, or the one before at the end of the list. */
static void
test_delete_focus (Fixture       *fixture,
                   gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  TsRecordList *list = ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING);
  FocusCheck check = { fixture->window, GTK_WIDGET (ts_record_list_get_column_view (list)), NULL };
  TsRecord *selected;

  select_row (fixture, TS_RECORD_TYPE_MEETING, 0);
  g_assert_cmpstr (detail_title (fixture), ==, "Baisalov visits Urumqi");
  /* As from the detail pane's Delete button, which goes with its record. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->window));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  ui_test_iterate ();
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));
  selected = ts_record_list_get_selected (list);
  g_assert_nonnull (selected);
  g_assert_cmpstr (ts_record_get_id (selected), ==, "meeting/2023-10-25-baisalov-beijing");
  g_assert_cmpstr (detail_title (fixture), ==, ts_record_get_title (selected));
  check.title = ts_record_get_title (selected);
  ui_test_wait_until (focus_is_on_row, &check);

  /* The last row: the one before it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ts_record_list_sort_by (list, "date", GTK_SORT_ASCENDING);
  ui_test_iterate ();
  select_row (fixture, TS_RECORD_TYPE_MEETING, 2);
  g_assert_cmpstr (ts_record_get_id (ts_record_list_get_selected (list)), ==,
                   "meeting/2024-12-baisalov-urumqi");
  gtk_widget_grab_focus (GTK_WIDGET (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  ui_test_iterate ();
  selected = ts_record_list_get_selected (list);
  g_assert_nonnull (selected);
  g_assert_cmpstr (ts_record_get_id (selected), ==, "meeting/2023-10-25-baisalov-beijing");
  check.title = ts_record_get_title (selected);
  ui_test_wait_until (focus_is_on_row, &check);
}

typedef struct
{
  TsWindow *window;
  const char *text;
} ToastCheck;

static gboolean
is_label_showing (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* A toast saying @check->text is on screen. */
static gboolean
toast_is_shown (gpointer data)
{
  ToastCheck *check = data;
  GtkWidget *label = ui_test_find_widget (GTK_WIDGET (check->window), is_label_showing,
                                          check->text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
toast_is_gone (gpointer data)
{
  return !toast_is_shown (data);
}

/* Undo and Redo say in a toast what they undid or redid. */
static void
test_undo_toasts (Fixture       *fixture,
                  gconstpointer  data)
{
  ToastCheck check = { fixture->window, NULL };

  select_row (fixture, TS_RECORD_TYPE_MEETING, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  check.text = "“Baisalov visits Urumqi” deleted";
  ui_test_wait_until (toast_is_shown, &check);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  check.text = "Deletion of “Baisalov visits Urumqi” undone";
  ui_test_wait_until (toast_is_shown, &check);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  check.text = "Deletion of “Baisalov visits Urumqi” redone";
  ui_test_wait_until (toast_is_shown, &check);
  /* The toast before goes: its Redo would now redo another step. */
  check.text = "Deletion of “Baisalov visits Urumqi” undone";
  ui_test_wait_until (toast_is_gone, &check);

  /* An edit, undone. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ts_records_view_navigate_to (fixture->view, "place/beijing");
  ui_test_iterate ();
  {
    TsDataset *dataset = ts_window_get_dataset (fixture->window);
    g_autoptr(TsRecord) renamed = ts_record_copy (ts_dataset_lookup (dataset, "place/beijing"));
    g_autoptr(GError) error = NULL;

    ts_record_set_title (renamed, "Peking");
    g_assert_true (ts_dataset_update (dataset, renamed, &error));
    g_assert_no_error (error);
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  check.text = "Changes to “Beijing” undone";
  ui_test_wait_until (toast_is_shown, &check);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  check.text = "Changes to “Peking” redone";
  ui_test_wait_until (toast_is_shown, &check);
}

static void
test_invalid_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  TsRecord *before = ts_dataset_lookup (dataset, "place/beijing");
  TsRecordEditor *editor;
  GtkWidget *error_label;

  ts_records_view_navigate_to (fixture->view, "place/beijing");
  ui_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-record", NULL);
  ui_test_iterate ();
  editor = find_editor ();
  g_assert_nonnull (editor);

  set_field (GTK_WIDGET (editor), "lat", "123.5");
  set_field (GTK_WIDGET (editor), "title", "");
  g_assert_false (ts_record_editor_save (editor));

  error_label = ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "error-message");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (error_label))));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "Latitude"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "required"));
  g_assert_true (gtk_widget_has_css_class (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "lat"),
                                           "error"));
  g_assert_true (ts_dataset_lookup (dataset, "place/beijing") == before);
  g_assert_cmpfloat (ts_place_get_lat (TS_PLACE (before)), ==, 39.9042);

  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();
}

static TsRecordEditor *
edit_record (Fixture    *fixture,
             const char *id)
{
  TsRecordEditor *editor;

  g_assert_true (ts_records_view_navigate_to (fixture->view, id));
  ui_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-record", NULL);
  ui_test_iterate ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  return editor;
}

static void
click (GtkWidget  *editor,
       const char *name)
{
  GtkWidget *button = ui_test_find_widget (editor, ui_test_has_name, name);

  g_assert_nonnull (button);
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate ();
}

/* Picks the entry labelled @label in a record picker or a combo row. */
static void
choose (GtkWidget  *editor,
        const char *name,
        const char *label)
{
  GtkWidget *widget = ui_test_find_widget (editor, ui_test_has_name, name);
  GListModel *model;

  g_assert_nonnull (widget);
  if (TS_IS_RECORD_PICKER (widget))
    {
      ui_test_pick_record (widget, label);
      return;
    }

  model = adw_combo_row_get_model (ADW_COMBO_ROW (widget));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) != 0)
        continue;

      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), i);
      return;
    }

  g_assert_not_reached ();
}

static const char *
error_message (TsRecordEditor *editor)
{
  GtkWidget *error_label = ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "error-message");

  g_assert_nonnull (error_label);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (error_label))));
  return gtk_label_get_label (GTK_LABEL (error_label));
}

static gboolean
has_error (TsRecordEditor *editor,
           const char     *name)
{
  GtkWidget *widget = ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, name);

  g_assert_nonnull (widget);
  return gtk_widget_has_css_class (widget, "error");
}

static void
test_edit_sub_items_persist (Fixture       *fixture,
                             gconstpointer  data)
{
  TsRecordEditor *editor;
  TsDataset *dataset;
  GPtrArray *positions;
  GPtrArray *milestones;
  TsPosition *position;
  TsMilestone *milestone;

  /* A second position for a person. */
  editor = edit_record (fixture, "person/edil-baisalov");
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "positions.0.title"));
  g_assert_null (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "positions.1.title"));
  click (GTK_WIDGET (editor), "positions.add");
  set_field (GTK_WIDGET (editor), "positions.1.title", "Minister of Culture");
  choose (GTK_WIDGET (editor), "positions.1.organization", "Cabinet of Ministers of Kyrgyzstan");
  set_field (GTK_WIDGET (editor), "positions.1.from", "2018");
  set_field (GTK_WIDGET (editor), "positions.1.to", "2021-10~");
  /* And the first one ended. */
  set_field (GTK_WIDGET (editor), "positions.0.to", "2025-02");
  g_assert_true (ts_record_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();

  /* A milestone for a project. */
  editor = edit_record (fixture, "project/china-kyrgyzstan-uzbekistan-railway");
  click (GTK_WIDGET (editor), "milestones.add");
  set_field (GTK_WIDGET (editor), "milestones.2.date", "2025-06");
  choose (GTK_WIDGET (editor), "milestones.2.status", "Completion");
  set_field (GTK_WIDGET (editor), "milestones.2.note", "First section opened");
  choose (GTK_WIDGET (editor), "milestones.2.source", "China–Central Asia Summit opens in Xi'an");
  /* A route, too. */
  click (GTK_WIDGET (editor), "route.add");
  set_field (GTK_WIDGET (editor), "route.0.lat", "41.55");
  set_field (GTK_WIDGET (editor), "route.0.lon", "72.95");
  set_field (GTK_WIDGET (editor), "route.0.label", "Jalal-Abad");
  g_assert_true (ts_record_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();

  /* A restart on the same database. */
  close_window (fixture);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = open_store (fixture->path);
  open_window (fixture);
  dataset = ts_store_get_dataset (fixture->store);

  positions = ts_person_get_positions (TS_PERSON (ts_dataset_lookup (dataset,
                                                                     "person/edil-baisalov")));
  g_assert_cmpuint (positions->len, ==, 2);
  position = g_ptr_array_index (positions, 0);
  {
    g_autofree char *to = ts_date_to_string (&position->to);

    g_assert_cmpstr (position->title, ==, "Deputy Chairman of the Cabinet of Ministers");
    g_assert_cmpstr (to, ==, "2025-02");
  }
  position = g_ptr_array_index (positions, 1);
  {
    g_autofree char *from = ts_date_to_string (&position->from);
    g_autofree char *to = ts_date_to_string (&position->to);

    g_assert_cmpstr (position->title, ==, "Minister of Culture");
    g_assert_cmpstr (position->organization_id, ==, "organization/cabinet-of-ministers-kg");
    g_assert_cmpstr (from, ==, "2018");
    g_assert_cmpstr (to, ==, "2021-10~");
  }

  {
    TsRecord *project = ts_dataset_lookup (dataset, "project/china-kyrgyzstan-uzbekistan-railway");
    GPtrArray *route = ts_project_get_route (TS_PROJECT (project));
    TsRoutePoint *point;

    milestones = ts_project_get_milestones (TS_PROJECT (project));
    g_assert_cmpuint (milestones->len, ==, 3);
    milestone = g_ptr_array_index (milestones, 2);
    {
      g_autofree char *date = ts_date_to_string (&milestone->date);

      g_assert_cmpstr (date, ==, "2025-06");
    }
    g_assert_cmpint (milestone->status, ==, TS_PROJECT_STATUS_COMPLETION);
    g_assert_cmpstr (milestone->note, ==, "First section opened");
    g_assert_cmpstr (milestone->source_id, ==, "source/2023-05-19-xinhua-xian");
    /* The others kept theirs. */
    milestone = g_ptr_array_index (milestones, 0);
    g_assert_cmpstr (milestone->note, ==, "Agreement signed in Samarkand");
    g_assert_cmpint (milestone->status, ==, TS_PROJECT_STATUS_COMMITMENT);

    g_assert_cmpuint (route->len, ==, 1);
    point = g_ptr_array_index (route, 0);
    g_assert_cmpfloat_with_epsilon (point->lat, 41.55, 1e-9);
    g_assert_cmpfloat_with_epsilon (point->lon, 72.95, 1e-9);
    g_assert_cmpstr (point->label, ==, "Jalal-Abad");
  }
}

static void
test_invalid_sub_items (Fixture       *fixture,
                        gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  const char *id = "project/china-kyrgyzstan-uzbekistan-railway";
  TsRecord *before = ts_dataset_lookup (dataset, id);
  TsRecordEditor *editor = edit_record (fixture, id);
  const char *message;

  /* No 13th month: the hint says so while typing, the save refuses. */
  set_field (GTK_WIDGET (editor), "milestones.0.date", "2023-13");
  g_assert_true (has_error (editor, "milestones.0.date"));
  g_assert_false (ts_record_editor_save (editor));
  message = error_message (editor);
  g_assert_nonnull (strstr (message, "Milestone 1 · Date"));
  g_assert_true (has_error (editor, "milestones.0"));
  g_assert_true (adw_expander_row_get_expanded (
    ADW_EXPANDER_ROW (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "milestones.0"))));
  g_assert_true (ts_dataset_lookup (dataset, id) == before);

  /* A milestone without a date, and a route point off the globe. */
  set_field (GTK_WIDGET (editor), "milestones.0.date", "2022-09");
  click (GTK_WIDGET (editor), "milestones.add");
  set_field (GTK_WIDGET (editor), "milestones.2.note", "Undated step");
  click (GTK_WIDGET (editor), "route.add");
  set_field (GTK_WIDGET (editor), "route.0.lat", "95");
  g_assert_false (ts_record_editor_save (editor));
  message = error_message (editor);
  g_assert_null (strstr (message, "Milestone 1"));
  g_assert_nonnull (strstr (message, "Milestone 3 · Date: required"));
  g_assert_nonnull (strstr (message, "Route Point 1 · Latitude: must lie between -90 and 90"));
  g_assert_true (has_error (editor, "milestones.2"));
  g_assert_true (has_error (editor, "route.0"));
  g_assert_true (ts_dataset_lookup (dataset, id) == before);
  g_assert_cmpuint (ts_project_get_milestones (TS_PROJECT (before))->len, ==, 2);
  g_assert_cmpuint (ts_project_get_route (TS_PROJECT (before))->len, ==, 0);

  /* Removing the bad items makes the record valid again, and unchanged. */
  click (GTK_WIDGET (editor), "milestones.2.remove");
  click (GTK_WIDGET (editor), "route.0.remove");
  g_assert_null (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, "route.0"));
  g_assert_true (ts_record_editor_save (editor));
  g_assert_true (ts_dataset_lookup (dataset, id) == before);

  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();
}

static gboolean
is_mapped_cell_with (GtkWidget     *widget,
                            gconstpointer  text)
{
  return TS_IS_LIST_CELL (widget) && gtk_widget_get_mapped (widget)
         && ts_list_cell_get_text (TS_LIST_CELL (widget)) != NULL
         && strstr (ts_list_cell_get_text (TS_LIST_CELL (widget)), text) != NULL;
}

static void
test_rename_updates_cells (Fixture       *fixture,
                           gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  GtkWidget *list;
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;

  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_MEETING);
  ui_test_iterate ();
  list = GTK_WIDGET (ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING));
  g_assert_nonnull (ui_test_find_widget (list, is_mapped_cell_with, "Edil Baisalov"));

  renamed = ts_record_copy (ts_dataset_lookup (dataset, "person/edil-baisalov"));
  ts_record_set_title (renamed, "Edil Baysalov");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);
  ui_test_iterate ();

  /* The participant cells already on screen follow, without a scroll. */
  g_assert_nonnull (ui_test_find_widget (list, is_mapped_cell_with, "Edil Baysalov"));
  g_assert_null (ui_test_find_widget (list, is_mapped_cell_with, "Edil Baisalov"));
}

/* A status page not on screen whose image GTK gives a style (every
 * widget up to the window is visible): the image looks its icon up, and
 * has it rendered, as if it were shown. */
static void
collect_styled_off_screen_status_pages (GtkWidget *widget,
                                        GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (ADW_IS_STATUS_PAGE (widget) && !gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_styled_off_screen_status_pages (child, found);
}

/* The status pages behind the list (nothing matches, nothing yet) and
 * behind the Records page (the dataset could not be opened) hold no icon
 * until they are shown: a status page's icon is 128 pixels, an SVG to
 * render, and GTK renders it for a page nobody sees. Shown, each has its
 * icon. */
static void
test_status_page_icons (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) off_screen = g_ptr_array_new ();
  g_autoptr(GError) error = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_NOENT,
                                                 "No such file");
  TsRecordType empty_type = TS_N_RECORD_TYPES;
  GtkWidget *page;

  ui_test_wait_for_paint (GTK_WIDGET (fixture->window));
  collect_styled_off_screen_status_pages (GTK_WIDGET (fixture->window), off_screen);
  /* At least the two behind the list and the Records page. */
  g_assert_cmpuint (off_screen->len, >=, 2);
  for (guint i = 0; i < off_screen->len; i++)
    g_assert_null (adw_status_page_get_icon_name (g_ptr_array_index (off_screen, i)));

  /* A type with no records: its own icon. */
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    if (ts_records_view_get_count (fixture->view, type) == 0)
      empty_type = type;
  g_assert_cmpint (empty_type, <, TS_N_RECORD_TYPES);
  ts_records_view_set_record_type (fixture->view, empty_type);
  ui_test_iterate ();
  page = ui_test_find_widget (GTK_WIDGET (fixture->view), is_mapped_status_page, NULL);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==,
                   ts_record_type_get_icon_name (empty_type));

  /* A search nothing matches: the search's icon. */
  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_PLACE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "zzzzqqq");
  wait_until (places_none, fixture);
  ui_test_iterate ();
  page = ui_test_find_widget (GTK_WIDGET (fixture->view), is_mapped_status_page, NULL);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==,
                   "edit-find-symbolic");

  /* The dataset could not be opened: the error's icon. */
  ts_window_show_error (fixture->window, "The Dataset Could Not Be Opened", error);
  ui_test_iterate ();
  page = ui_test_find_widget (GTK_WIDGET (fixture->window), is_mapped_status_page, NULL);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==,
                   "The Dataset Could Not Be Opened");
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==,
                   "dialog-error-symbolic");
}

static void
test_import_bad_file (Fixture       *fixture,
                      gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n_before = ts_dataset_get_n_records (dataset);
  GtkWidget *report;
  const char *body;
  const char *bad =
    "{\"format\": \"tianshan\", \"version\": 1, \"records\": ["
    "{\"type\": \"place\", \"id\": \"place/osh\", \"title\": \"Osh\", \"lat\": 40.5, \"lon\": 72.8},"
    "{\"type\": \"meeting\", \"id\": \"meeting/2025-01-osh\", \"title\": \"Talks in Osh\","
    " \"date\": \"2025-01\", \"place\": \"place/nowhere\"}]}";

  g_file_set_contents (path, bad, -1, &error);
  g_assert_no_error (error);

  _ts_window_import_file (fixture->window, file);
  ui_test_iterate ();

  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_before);
  g_assert_null (ts_dataset_lookup (dataset, "place/osh"));
  g_assert_cmpuint (ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_PLACE), ==, 5);

  report = ui_test_find_toplevel_named ("import-report");
  g_assert_nonnull (report);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (report)),
                            "bad.json"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report));
  g_assert_nonnull (strstr (body, "Nothing was changed"));
  g_assert_nonnull (strstr (body, "place/nowhere"));
  gtk_window_destroy (GTK_WINDOW (report));
  ui_test_iterate ();
}

/* A pipe blocked the window (opening it waits for a writer): Import…
 * refuses it at once, and a file over the size limit before reading it. */
static void
test_import_not_regular (Fixture       *fixture,
                         gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.json", NULL);
  g_autofree char *huge = g_build_filename (fixture->dir, "huge.json", NULL);
  const char *paths[] = { fifo, huge };
  const char *words[] = { "not a regular file", "256" };
  guint n_before = ts_dataset_get_n_records (dataset);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_file_set_contents (huge, "{", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (huge, TS_JSON_MAX_FILE_SIZE + 1), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      GtkWidget *report;
      const char *body;

      _ts_window_import_file (fixture->window, file);
      ui_test_iterate ();

      g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_before);
      report = ui_test_find_toplevel_named ("import-report");
      g_assert_nonnull (report);
      body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report));
      g_test_message ("%s", body);
      g_assert_nonnull (strstr (body, "Nothing was changed"));
      g_assert_nonnull (strstr (body, words[i]));
      gtk_window_destroy (GTK_WINDOW (report));
      ui_test_iterate ();
    }
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
  g_test_add ("/records-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("counts", test_counts);
  ADD ("search", test_search);
  ADD ("search-keeps-selection", test_search_keeps_selection);
  ADD ("detail-and-navigation", test_detail_and_navigation);
  ADD ("sort", test_sort);
  ADD ("create-persists", test_create_persists);
  ADD ("delete-undo", test_delete_undo);
  ADD ("delete-focus", test_delete_focus);
  ADD ("undo-toasts", test_undo_toasts);
  ADD ("invalid-edit", test_invalid_edit);
  ADD ("import-bad-file", test_import_bad_file);
  ADD ("import-not-regular", test_import_not_regular);
  ADD ("edit-sub-items-persist", test_edit_sub_items_persist);
  ADD ("invalid-sub-items", test_invalid_sub_items);
  ADD ("rename-updates-cells", test_rename_updates_cells);
  ADD ("status-page-icons", test_status_page_icons);

#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
