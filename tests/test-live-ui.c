/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Live updates in the window (#19, item 3: "a window receiving another
 * process's edit within a second"): a window on a database (a SQLite file;
 * under tests/run-with-postgresql.sh a PostgreSQL server too) shows what
 * another process commits in its list and detail pane, History included,
 * without a step to undo and with the selection kept, and on the Timeline
 * and the Map page (Places in View's counts); an editor open on
 * the record says "Changed by NAME at TIME" (or "Deleted by …") in a
 * banner with Reload, and keeps the edit until then; saving the edit
 * instead goes through the conflict dialog. The other process is this
 * program run again with --child. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ts-application.h"
#include "ts-banner.h"
#include "ts-detail-pane.h"
#include "ts-map-view-private.h"
#include "ts-meeting.h"
#include "ts-detail-row.h"
#include "ts-list-cell.h"
#include "ts-record-editor.h"
#include "ts-record-list.h"
#include "ts-records-view.h"
#include "ts-store.h"
#include "ts-timeline-view-private.h"
#include "ts-window-private.h"

#include "store-test-utils.h"
#include "ui-test-utils.h"

#define MEETING "meeting/2023-10-25-baisalov-shandong-delegation"
#define FIGURE "figure/china-kyrgyzstan-trade-2023"
#define BISHKEK "place/bishkek"
#define BEIJING "place/beijing"
#define BEIJING_MEETING "meeting/2024-05-baisalov-beijing"

static TsApplication *app;
static char *program;

/* The other process: opens the database at @location, sets the title of
 * @id to @title (or deletes it, for a NULL title), or with @place set,
 * moves the meeting @id to the place @place; and prints the monotonic
 * time (the same clock in every process) right after the commit. */
static int
run_child (const char *location,
           const char *id,
           const char *title,
           const char *place)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open_full (location, NULL, &error);
  TsDataset *dataset;

  if (store == NULL)
    g_error ("%s", error->message);
  dataset = ts_store_get_dataset (store);
  if (place != NULL)
    {
      g_autoptr(TsRecord) record = ts_record_copy (ts_dataset_lookup (dataset, id));

      ts_meeting_set_place_id (TS_MEETING (record), place);
      if (!ts_dataset_update (dataset, record, &error))
        g_error ("%s", error->message);
    }
  else if (title != NULL)
    {
      g_autoptr(TsRecord) record = ts_record_copy (ts_dataset_lookup (dataset, id));

      ts_record_set_title (record, title);
      if (!ts_dataset_update (dataset, record, &error))
        g_error ("%s", error->message);
    }
  else if (!ts_dataset_remove (dataset, id, &error))
    g_error ("%s", error->message);
  printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  return 0;
}

/* Runs the other process to its end, without running the main loop (so
 * that nothing of the window can see the change before the child is
 * gone); returns the time of its commit, and sets @exited to the time it
 * was seen to exit. */
static gint64
run_other_process (const char * const *argv,
                   gint64             *exited)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (exited != NULL)
    *exited = g_get_monotonic_time ();
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return g_ascii_strtoll (out, NULL, 10);
}

static gint64
change_in_other_process (const char *location,
                         const char *id,
                         const char *title,
                         gint64     *exited)
{
  const char *argv[] = { program, "--child", location, id, title, NULL };

  return run_other_process (argv, exited);
}

/* The other process moves the meeting @id to @place. */
static void
move_in_other_process (const char *location,
                       const char *id,
                       const char *place)
{
  const char *argv[] = { program, "--child-place", location, id, place, NULL };

  run_other_process (argv, NULL);
}

typedef struct
{
  StoreTestDir *dir;
  char         *location;
  TsStore      *store;
  TsWindow     *window;
  TsRecordsView *view;
} Fixture;

/* The database user the log names. */
static char *
expected_user (const char *location)
{
  if (store_test_server () != NULL && !g_path_is_absolute (location))
    return store_test_server_query (location, "SELECT current_user");
  return g_strdup (g_get_user_name ());
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean server = GPOINTER_TO_INT (data);

  fixture->dir = store_test_dir_new ();
  fixture->location = server ? store_test_server_database ()
                             : store_test_dir_local_file (fixture->dir, "live.db");
  fixture->store = store_test_open (fixture->location, TRUE);
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, ts_store_get_dataset (fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->view = ts_window_get_records_view (fixture->window);
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  store_test_dir_free (fixture->dir);
  g_free (fixture->location);
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A list's cell (TsListCell) showing @text. */
static gboolean
is_cell_text (GtkWidget     *widget,
              gconstpointer  text)
{
  return TS_IS_LIST_CELL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (ts_list_cell_get_text (TS_LIST_CELL (widget)), text) == 0;
}

static gboolean
is_row_title_prefixed (GtkWidget     *widget,
                       gconstpointer  prefix)
{
  return TS_IS_DETAIL_ROW (widget)
         && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              prefix);
}

typedef struct
{
  Fixture    *fixture;
  const char *title;
} Shown;

/* The meeting's list row and its detail pane's header show @title. */
static gboolean
title_is_shown (gpointer data)
{
  Shown *shown = data;
  TsRecordList *list = ts_records_view_get_list (shown->fixture->view,
                                                 TS_RECORD_TYPE_MEETING);
  TsDetailPane *pane = ts_records_view_get_detail_pane (shown->fixture->view);

  return ui_test_find_widget (GTK_WIDGET (list), is_cell_text, shown->title) != NULL
         && ui_test_find_widget (GTK_WIDGET (pane), is_label_text, shown->title) != NULL;
}

static gboolean
on_wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main context until @check holds, for up to @seconds;
 * returns when it first held (monotonic time), or fails. */
static gint64
wait_until_time (gboolean (*check) (gpointer),
                 gpointer   data,
                 int        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint timer = g_timeout_add (5, on_wake_up, NULL);

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timer);
  return g_get_monotonic_time ();
}

static gboolean
timeline_label_is (gpointer data)
{
  Shown *shown = data;
  TsTimelineView *timeline = shown->fixture->window->timeline_view;
  TsTimelineEvents *events = _ts_timeline_view_get_events (timeline);
  int i;

  if (_ts_timeline_view_is_building (timeline) || events == NULL)
    return FALSE;
  i = ts_timeline_events_find (events, MEETING);
  return i >= 0
         && g_strcmp0 (ts_timeline_events_get_event (events, i)->label, shown->title) == 0;
}

static gboolean
record_is_shown (gpointer data)
{
  Fixture *fixture = data;
  TsRecord *record = ts_records_view_get_record (fixture->view);

  return record != NULL && g_str_equal (ts_record_get_id (record), MEETING)
         && title_is_shown (&(Shown) { fixture,
                                      ts_record_get_title (record) });
}

/* Another process renames the meeting the window shows: within a second
 * of its commit the list row and the detail pane show the new title and
 * the History section its change; the meeting stays selected, and there is
 * nothing to undo. */
static void
test_other_process_edit (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *user = expected_user (fixture->location);
  g_autofree char *by = g_strdup_printf ("Changed by %s, ", user);
  TsRecordList *list = ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING);
  TsDetailPane *pane = ts_records_view_get_detail_pane (fixture->view);
  Shown shown = { fixture, "Renamed by another process" };
  GtkWidget *row;
  gint64 committed, exited, seen;

  g_assert_true (ts_records_view_show_record (fixture->view, MEETING));
  ui_test_wait_until (record_is_shown, fixture);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));

  committed = change_in_other_process (fixture->location, MEETING, shown.title, &exited);
  /* The bound: from the other process's exit to both views showing its
   * edit, 1 s, which #19 asks for ("within a second"). The store learns of
   * a commit at once on the server and within TS_STORE_POLL_INTERVAL_MS
   * (250 ms) on SQLite, and reads one record; the rest is the views
   * redrawing, a few hundred milliseconds to spare on a loaded machine.
   * The condition itself is waited for up to 10 s, so that a change that
   * never comes fails there, and one that comes late fails the bound with
   * how late it was, never a slow machine's timeout. */
  seen = wait_until_time (title_is_shown, &shown, 10);
  g_test_message ("The other process's edit was shown %.3f s after its exit, "
                  "%.3f s after its commit",
                  (seen - exited) / (double) G_USEC_PER_SEC,
                  (seen - committed) / (double) G_USEC_PER_SEC);
  g_assert_cmpint (seen - exited, <=, G_USEC_PER_SEC);

  /* The selection stays on the record; its History has the change. */
  g_assert_nonnull (ts_record_list_get_selected (list));
  g_assert_cmpstr (ts_record_get_id (ts_record_list_get_selected (list)), ==, MEETING);
  g_assert_cmpstr (ts_record_get_title (ts_detail_pane_get_record (pane)), ==, shown.title);
  row = ui_test_find_widget (GTK_WIDGET (pane), is_row_title_prefixed, by);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)),
                            "→ “Renamed by another process”"));
  /* Not the user's edit to undo. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));

  /* On the timeline, shown meanwhile, the meeting's event takes the next
   * title in place. */
  adw_view_stack_set_visible_child_name (fixture->window->stack, "timeline");
  ui_test_wait_until (timeline_label_is, &shown);
  shown.title = "Renamed on the timeline";
  change_in_other_process (fixture->location, MEETING, shown.title, NULL);
  ui_test_wait_until (timeline_label_is, &shown);
}

/* The row of Places in View for @id, or NULL when the list has none. */
static GtkListBoxRow *
find_place_row (TsMapView  *map,
                const char *id)
{
  GtkListBox *list = _ts_map_view_get_place_list (map);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ts-id"), id) == 0)
      return row;
  return NULL;
}

/* A row's second line: its counts ("4 records, 2 meetings"). */
static const char *
place_row_counts (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (
                                          gtk_widget_get_first_child (box))));
}

typedef struct
{
  Fixture    *fixture;
  const char *bishkek; /* the counts its row of Places in View shows */
  const char *beijing;
} Listed;

static guint
n_meetings_at (TsMapView  *map,
               const char *place)
{
  const TsMapMarker *marker = ts_map_scene_lookup_marker (ts_map_view_get_scene (map), place);

  return marker != NULL ? marker->n_meetings : 0;
}

static gboolean
map_is_settled (gpointer data)
{
  TsMapView *map = data;

  return gtk_widget_get_mapped (GTK_WIDGET (map)) && !_ts_map_view_is_rendering (map)
         && _ts_map_view_is_list_current (map);
}

/* The map on screen has drawn its scene, and Places in View lists Bishkek
 * and Beijing with the counts @data says. */
static gboolean
places_are_listed (gpointer data)
{
  Listed *listed = data;
  TsMapView *map = listed->fixture->window->map_view;
  const char *places[] = { BISHKEK, BEIJING };
  const char *counts[] = { listed->bishkek, listed->beijing };

  if (!map_is_settled (map))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GtkListBoxRow *row = find_place_row (map, places[i]);

      if (row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row))
          || g_strcmp0 (place_row_counts (row), counts[i]) != 0)
        return FALSE;
    }
  return TRUE;
}


/* With the Map page on screen, another process moves the meeting at
 * Bishkek to Beijing: Places in View counts it at Beijing and no more at
 * Bishkek (a place record, listed still, with no records, as a fresh map
 * lists it), and so does the scene, the view staying where it was.
 * Another meeting at Beijing deleted, Beijing counts it no more. */
static void
test_other_process_map (Fixture       *fixture,
                        gconstpointer  data)
{
  TsMapView *map = fixture->window->map_view;
  Listed listed = { fixture, "1 record, 1 meeting", "2 records, 2 meetings" };
  double zoom;

  adw_view_stack_set_visible_child_name (fixture->window->stack, "map");
  ui_test_wait_until (places_are_listed, &listed);
  g_assert_cmpuint (n_meetings_at (map, BEIJING), ==, 2);
  zoom = ts_map_view_get_zoom (map);

  move_in_other_process (fixture->location, MEETING, BEIJING);
  listed.bishkek = "0 records";
  listed.beijing = "3 records, 3 meetings";
  ui_test_wait_until (places_are_listed, &listed);
  g_assert_cmpuint (n_meetings_at (map, BISHKEK), ==, 0);
  g_assert_cmpuint (n_meetings_at (map, BEIJING), ==, 3);
  /* An edit keeps the view where the analyst put it. */
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (map), zoom, 1e-9);

  change_in_other_process (fixture->location, BEIJING_MEETING, NULL, NULL);
  listed.beijing = "2 records, 2 meetings";
  ui_test_wait_until (places_are_listed, &listed);
  g_assert_cmpuint (n_meetings_at (map, BEIJING), ==, 2);
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (map), zoom, 1e-9);
}

static TsRecordEditor *
open_editor (Fixture    *fixture,
             const char *id)
{
  TsDataset *dataset = ts_store_get_dataset (fixture->store);
  TsRecord *record = ts_dataset_lookup (dataset, id);
  TsRecordEditor *editor = ts_record_editor_new (dataset, ts_record_get_record_type (record),
                                                 record);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (fixture->window));
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

static TsBanner *
live_banner (TsRecordEditor *editor)
{
  GtkWidget *banner = ui_test_find_named (GTK_WIDGET (editor), "live-banner");

  g_assert_true (TS_IS_BANNER (banner));
  return TS_BANNER (banner);
}

static gboolean
banner_is_revealed (gpointer data)
{
  return ts_banner_get_revealed (data);
}

static void
click_banner_button (TsBanner *banner)
{
  GtkWidget *button = ui_test_find_widget (GTK_WIDGET (banner), ui_test_is_button_labelled,
                                           (gpointer) ts_banner_get_button_label (banner));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
conflict_dialog_shown (gpointer data)
{
  GtkWidget *dialog = ui_test_find_toplevel_named ("conflict-dialog");

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

/* An editor open on the meeting when another process renames it: the
 * banner says who and when, the edit stays; Reload takes their title.
 * Renamed again while edited, Save is refused with the conflict dialog
 * (the edit was made on their old version), and Overwrite saves it. */
static void
test_editor_banner (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *user = expected_user (fixture->location);
  g_autofree char *heading = g_strdup_printf ("Changed by %s at ", user);
  TsDataset *dataset = ts_store_get_dataset (fixture->store);
  TsRecordEditor *editor = open_editor (fixture, MEETING);
  TsBanner *banner = live_banner (editor);
  GtkWidget *dialog;

  g_assert_false (ts_banner_get_revealed (banner));
  gtk_editable_set_text (title_field (editor), "My title");

  change_in_other_process (fixture->location, MEETING, "Their title", NULL);
  ui_test_wait_until (banner_is_revealed, banner);
  g_assert_true (g_str_has_prefix (ts_banner_get_title (banner), heading));
  g_assert_cmpstr (ts_banner_get_button_label (banner), ==, "_Reload");
  /* The edit stays until the analyst chooses. */
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "My title");
  g_assert_true (ts_record_editor_has_changes (editor));

  click_banner_button (banner);
  g_assert_cmpstr (gtk_editable_get_text (title_field (editor)), ==, "Their title");
  g_assert_false (ts_banner_get_revealed (banner));
  g_assert_false (ts_record_editor_has_changes (editor));

  /* Kept editing instead: saving on their old version is refused. */
  gtk_editable_set_text (title_field (editor), "Mine over theirs");
  change_in_other_process (fixture->location, MEETING, "Theirs again", NULL);
  ui_test_wait_until (banner_is_revealed, banner);
  g_assert_false (ts_record_editor_save (editor));
  ui_test_wait_until (conflict_dialog_shown, NULL);
  dialog = ui_test_find_toplevel_named ("conflict-dialog");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   heading));
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, MEETING)), ==,
                   "Theirs again");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "overwrite");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, MEETING)), ==,
                   "Mine over theirs");
}

/* Deleted by another process while open in an editor: "Deleted by …",
 * and Discard (there is nothing to reload) closes the editor; the record
 * is gone from the window. */
static void
test_editor_banner_deleted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *user = expected_user (fixture->location);
  g_autofree char *heading = g_strdup_printf ("Deleted by %s at ", user);
  TsDataset *dataset = ts_store_get_dataset (fixture->store);
  TsRecordEditor *editor = open_editor (fixture, FIGURE);
  TsBanner *banner = live_banner (editor);

  change_in_other_process (fixture->location, FIGURE, NULL, NULL);
  ui_test_wait_until (banner_is_revealed, banner);
  g_assert_true (g_str_has_prefix (ts_banner_get_title (banner), heading));
  g_assert_null (ts_dataset_lookup (dataset, FIGURE));
  g_assert_cmpstr (ts_banner_get_button_label (banner), ==, "_Discard");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click_banner_button (banner);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
}

/* Deleted by another process while edited: Save goes through the conflict
 * dialog ("Deleted by …"), and Overwrite adds the record back with the
 * edit, for the other process too. */
static void
test_editor_deleted_overwrite (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *user = expected_user (fixture->location);
  g_autofree char *heading = g_strdup_printf ("Deleted by %s at ", user);
  TsDataset *dataset = ts_store_get_dataset (fixture->store);
  TsRecordEditor *editor = open_editor (fixture, FIGURE);
  TsBanner *banner = live_banner (editor);
  g_autoptr(TsStore) reader = NULL;
  GtkWidget *dialog;

  gtk_editable_set_text (title_field (editor), "Kept after their deletion");
  change_in_other_process (fixture->location, FIGURE, NULL, NULL);
  ui_test_wait_until (banner_is_revealed, banner);

  g_assert_false (ts_record_editor_save (editor));
  ui_test_wait_until (conflict_dialog_shown, NULL);
  dialog = ui_test_find_toplevel_named ("conflict-dialog");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   heading));
  g_assert_null (ts_dataset_lookup (dataset, FIGURE));

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "overwrite");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (dataset, FIGURE)), ==,
                   "Kept after their deletion");
  reader = store_test_open (fixture->location, FALSE);
  g_assert_cmpstr (ts_record_get_title (ts_dataset_lookup (ts_store_get_dataset (reader),
                                                           FIGURE)), ==,
                   "Kept after their deletion");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  if (argc >= 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3], argc >= 5 ? argv[4] : NULL, NULL);
  if (argc == 5 && g_str_equal (argv[1], "--child-place"))
    return run_child (argv[2], argv[3], NULL, argv[4]);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  program = g_canonicalize_filename (argv[0], NULL);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func, server) \
  g_test_add ("/live-ui/" path, Fixture, GINT_TO_POINTER (server), fixture_set_up, func, \
              fixture_tear_down)

  ADD ("file/other-process-edit", test_other_process_edit, FALSE);
  ADD ("file/other-process-map", test_other_process_map, FALSE);
  ADD ("file/editor-banner", test_editor_banner, FALSE);
  ADD ("file/editor-banner-deleted", test_editor_banner_deleted, FALSE);
  ADD ("file/editor-deleted-overwrite", test_editor_deleted_overwrite, FALSE);
  if (store_test_server () != NULL)
    {
      ADD ("server/other-process-edit", test_other_process_edit, TRUE);
      ADD ("server/other-process-map", test_other_process_map, TRUE);
      ADD ("server/editor-banner", test_editor_banner, TRUE);
      ADD ("server/editor-banner-deleted", test_editor_banner_deleted, TRUE);
      ADD ("server/editor-deleted-overwrite", test_editor_deleted_overwrite, TRUE);
    }

  ret = g_test_run ();
  g_clear_object (&app);
  g_free (program);
  return ret;
}
