/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Places in View, beside the map, with more matched records than the map
 * view builds its scene from on the main thread: after a search it lists
 * exactly the places the matched records name, with their counts, the
 * most involved first (the first TS_MAP_VIEW_MAX_LISTED, and says how
 * many more there are), and the rows of places the search did not change
 * are the same rows (the list changes by difference, it is not made
 * again). */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "ts-map-view-private.h"
#include "ts-meeting.h"
#include "ts-place.h"
#include "ui-test-utils.h"

#define N_PLACES 200
#define N_MEETINGS 12000
/* Places from this one on hold trade talks only; the others as many
 * energy forums as trade talks. */
#define FIRST_TRADE_ONLY 120

static TsDataset *
create_dataset_of (guint n_meetings)
{
  TsDataset *dataset = ts_dataset_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  for (guint i = 0; i < N_PLACES; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      g_autofree char *title = g_strdup_printf ("Town %u", i);
      TsPlace *place = ts_place_new (id, title);

      ts_place_set_kind (place, TS_PLACE_KIND_CITY);
      ts_place_set_country (place, "KG");
      ts_place_set_lat (place, 40 + (i % 20) * 0.15);
      ts_place_set_lon (place, 71 + (i / 20) * 0.5);
      g_ptr_array_add (records, place);
    }
  for (guint i = 0; i < n_meetings; i++)
    {
      guint p = i % N_PLACES;
      gboolean energy = p < FIRST_TRADE_ONLY && (i / N_PLACES) % 2 == 0;
      g_autofree char *id = g_strdup_printf ("meeting/m%u", i);
      g_autofree char *title = g_strdup_printf (energy ? "Forum on energy %u" : "Trade talks %u",
                                                i);
      g_autofree char *place = g_strdup_printf ("place/p%u", p);
      TsMeeting *meeting = ts_meeting_new (id, title);
      TsDate date = TS_DATE_INIT;

      ts_date_set_ymd (&date, 2000 + i % 25, 1 + i % 12, 1 + i % 28);
      ts_meeting_set_date (meeting, &date);
      ts_meeting_set_place_id (meeting, place);
      g_ptr_array_add (records, meeting);
    }
  if (!ts_dataset_merge (dataset, records, &n_added, NULL, &error))
    g_error ("%s", error->message);

  return dataset;
}

static TsDataset *
create_dataset (void)
{
  return create_dataset_of (N_MEETINGS);
}

static gboolean
is_settled (gpointer data)
{
  TsMapView *view = data;

  return !_ts_map_view_is_rendering (view) && _ts_map_view_is_list_current (view);
}

static const char *
get_row_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "ts-id");
}

/* The row's second line: "60 records, 60 meetings". */
static const char *
get_row_counts (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          const char *id)
{
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (get_row_id (row), id) == 0)
        return row;
    }
  return NULL;
}

static gboolean
is_more_label (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), "more place") != NULL;
}

/* The list holds the places of @expected (id → counts) with the most
 * records, once each and no other, most involved first; the note below
 * it says how many more there are. */
static void
assert_listed (TsMapView  *view,
               GHashTable *expected)
{
  GtkListBox *list = _ts_map_view_get_place_list (view);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint64 last_count = G_MAXUINT64;
  guint n_expected = g_hash_table_size (expected);
  GHashTableIter iter;
  gpointer id, counts;
  GtkWidget *more;
  int n_rows = 0;

  for (; gtk_list_box_get_row_at_index (list, n_rows) != NULL; n_rows++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, n_rows);
      const char *row_id = get_row_id (row);
      guint64 count = g_ascii_strtoull (get_row_counts (row), NULL, 10);

      g_assert_nonnull (row_id);
      g_assert_true (g_hash_table_add (seen, (gpointer) row_id));
      g_assert_cmpstr (get_row_counts (row), ==, g_hash_table_lookup (expected, row_id));
      g_assert_cmpuint (count, <=, last_count);
      last_count = count;
    }
  g_assert_cmpuint (n_rows, ==, MIN (n_expected, TS_MAP_VIEW_MAX_LISTED));

  /* None left out has more records than one listed. */
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &id, &counts))
    {
      if (!g_hash_table_contains (seen, id))
        g_assert_cmpuint (g_ascii_strtoull (counts, NULL, 10), <=, last_count);
    }

  more = ui_test_find_widget (GTK_WIDGET (view), is_more_label, NULL);
  if (n_expected > TS_MAP_VIEW_MAX_LISTED)
    {
      g_autofree char *text = g_strdup_printf ("%u more places in view",
                                               n_expected - TS_MAP_VIEW_MAX_LISTED);

      g_assert_nonnull (more);
      g_assert_true (gtk_widget_get_visible (more));
      g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (more)), text));
    }
  else
    {
      g_assert_true (more == NULL || !gtk_widget_get_visible (more));
    }
}

static void
test_place_list_after_search (void)
{
  g_autoptr(TsDataset) dataset = create_dataset ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ts_map_view_new ();
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      g_object_unref);
  GtkListBox *list;
  GHashTableIter iter;
  gpointer id, row;
  guint n_kept = 0, n_changed = 0;

  ts_map_view_set_matches (TS_MAP_VIEW (view), matches);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, view);
  ui_test_wait_until (is_settled, view);
  list = _ts_map_view_get_place_list (TS_MAP_VIEW (view));

  /* Everything: every place, 60 meetings each. */
  for (guint i = 0; i < N_PLACES; i++)
    g_hash_table_insert (expected, g_strdup_printf ("place/p%u", i),
                         g_strdup ("60 records, 60 meetings"));
  assert_listed (TS_MAP_VIEW (view), expected);
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *listed = gtk_list_box_get_row_at_index (list, i);

      g_hash_table_insert (rows, g_strdup (get_row_id (listed)), g_object_ref (listed));
    }

  /* Trade talks: all 60 meetings of the places that hold nothing else,
   * 30 of the others. */
  ts_query_set_text (query, "trade");
  ui_test_wait_for_matches (ts_map_view_get_matches (TS_MAP_VIEW (view)));
  ui_test_wait_until (is_settled, view);
  g_hash_table_remove_all (expected);
  for (guint i = 0; i < N_PLACES; i++)
    g_hash_table_insert (expected, g_strdup_printf ("place/p%u", i),
                         g_strdup (i < FIRST_TRADE_ONLY ? "30 records, 30 meetings"
                                                        : "60 records, 60 meetings"));
  assert_listed (TS_MAP_VIEW (view), expected);
  /* A place the search left as it was keeps its row; one it changed has
   * a new row. */
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    {
      guint index = (guint) g_ascii_strtoull ((const char *) id + strlen ("place/p"), NULL, 10);
      GtkListBoxRow *now = find_row (list, id);

      if (index >= FIRST_TRADE_ONLY && now != NULL)
        {
          g_assert_true (now == row);
          n_kept++;
        }
      else if (index < FIRST_TRADE_ONLY)
        {
          g_assert_true (now != row);
          g_assert_null (gtk_widget_get_parent (row));
          n_changed++;
        }
    }
  g_assert_cmpuint (n_kept, >, 0);
  g_assert_cmpuint (n_changed, >, 0);

  /* Energy forums: only the places that hold them. */
  ts_query_set_text (query, "energy");
  ui_test_wait_for_matches (ts_map_view_get_matches (TS_MAP_VIEW (view)));
  ui_test_wait_until (is_settled, view);
  g_hash_table_remove_all (expected);
  for (guint i = 0; i < FIRST_TRADE_ONLY; i++)
    g_hash_table_insert (expected, g_strdup_printf ("place/p%u", i),
                         g_strdup ("30 records, 30 meetings"));
  assert_listed (TS_MAP_VIEW (view), expected);
  g_assert_cmpuint (ts_map_scene_get_n_markers (ts_map_view_get_scene (TS_MAP_VIEW (view))), ==,
                    FIRST_TRADE_ONLY);

  /* Nothing: the list is empty and says so. */
  ts_query_set_text (query, "no such words");
  ui_test_wait_for_matches (ts_map_view_get_matches (TS_MAP_VIEW (view)));
  ui_test_wait_until (is_settled, view);
  g_hash_table_remove_all (expected);
  assert_listed (TS_MAP_VIEW (view), expected);

  /* Typed a letter at a time, without waiting: the list ends with what
   * the last search found, whatever was built on the way. */
  for (guint length = 1; length <= strlen ("trade"); length++)
    {
      g_autofree char *typed = g_strndup ("trade", length);

      ts_query_set_text (query, typed);
      ui_test_iterate ();
    }
  ui_test_wait_for_matches (ts_map_view_get_matches (TS_MAP_VIEW (view)));
  ui_test_wait_until (is_settled, view);
  g_hash_table_remove_all (expected);
  for (guint i = 0; i < N_PLACES; i++)
    g_hash_table_insert (expected, g_strdup_printf ("place/p%u", i),
                         g_strdup (i < FIRST_TRADE_ONLY ? "30 records, 30 meetings"
                                                        : "60 records, 60 meetings"));
  assert_listed (TS_MAP_VIEW (view), expected);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate ();
}

/* Rows made or removed since the last frame, and the most in one. */
typedef struct
{
  guint since_frame;
  guint most;
  guint total;
} RowChanges;

static void
on_places_changed (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   RowChanges *changes)
{
  changes->since_frame += removed + added;
  changes->total += removed + added;
  changes->most = MAX (changes->most, changes->since_frame);
}

static void
on_after_paint (GdkFrameClock *clock,
                RowChanges    *changes)
{
  changes->since_frame = 0;
}

/* A search that changes most of the list changes it a few rows a frame:
 * GTK lays out every row made since the last frame in the next one, so
 * a hundred made between two frames froze that frame. */
static void
test_place_list_rows_per_frame (void)
{
  g_autoptr(TsDataset) dataset = create_dataset ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ts_map_view_new ();
  RowChanges changes = { 0, };
  GdkFrameClock *clock;
  gulong changed_id, paint_id;

  ts_map_view_set_matches (TS_MAP_VIEW (view), matches);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, view);
  ui_test_wait_until (is_settled, view);

  clock = gtk_widget_get_frame_clock (window);
  changed_id = g_signal_connect (TS_MAP_VIEW (view)->places, "items-changed",
                                 G_CALLBACK (on_places_changed), &changes);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &changes);

  /* From every place, 60 meetings each, to the energy forums' 120
   * places, 30 each: every row changes. */
  ts_query_set_text (query, "energy");
  ui_test_wait_for_matches (ts_map_view_get_matches (TS_MAP_VIEW (view)));
  ui_test_wait_until (is_settled, view);
  for (guint i = 0; i < FIRST_TRADE_ONLY; i++)
    g_hash_table_insert (expected, g_strdup_printf ("place/p%u", i),
                         g_strdup ("30 records, 30 meetings"));
  assert_listed (TS_MAP_VIEW (view), expected);
  g_assert_cmpuint (changes.total, >=, 2 * TS_MAP_VIEW_MAX_LISTED);
  /* MAX_ROWS_PER_STEP of ts-map-view-place-list.c. */
  g_assert_cmpuint (changes.most, <=, 20);

  g_signal_handler_disconnect (TS_MAP_VIEW (view)->places, changed_id);
  g_signal_handler_disconnect (clock, paint_id);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate ();
}

typedef struct
{
  TsMapView  *view;
  TsMapScene *before;
  gboolean    checked;
} SceneCheck;

static void
after_matches_changed (TsMatches  *matches,
                       GArray     *slot_changes,
                       SceneCheck *check)
{
  /* The view heard of the change (its handler ran before this one) and
   * is building the scene in a worker: the one on screen stays until
   * then. */
  g_assert_true (_ts_map_view_is_rendering (check->view));
  g_assert_true (ts_map_view_get_scene (check->view) == check->before);
  check->checked = TRUE;
}

/* In a large dataset, a search that matched few records (here none) has
 * its scene built off the main thread too: listing the matches in the
 * dataset's order went over every record, 10-25 ms of a keystroke at
 * 100 000 records. */
static void
test_large_dataset_scene_in_worker (void)
{
  g_autoptr(TsDataset) dataset = create_dataset_of (20000);
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = ts_map_view_new ();
  SceneCheck check = { TS_MAP_VIEW (view), NULL, FALSE };
  gulong changed_id;

  ts_map_view_set_matches (TS_MAP_VIEW (view), matches);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, view);
  ui_test_wait_until (is_settled, view);
  check.before = ts_map_view_get_scene (TS_MAP_VIEW (view));
  g_assert_cmpuint (ts_map_scene_get_n_markers (check.before), ==, N_PLACES);

  changed_id = g_signal_connect_after (matches, "changed", G_CALLBACK (after_matches_changed),
                                       &check);
  ts_query_set_text (query, "no such words");
  ui_test_wait_for_matches (matches);
  ui_test_wait_until (is_settled, view);
  g_assert_true (check.checked);
  g_signal_handler_disconnect (matches, changed_id);

  /* Then the map and the list show that nothing matched. */
  g_assert_true (ts_map_view_get_scene (TS_MAP_VIEW (view)) != check.before);
  g_assert_cmpuint (ts_map_scene_get_n_markers (ts_map_view_get_scene (TS_MAP_VIEW (view))), ==,
                    0);
  assert_listed (TS_MAP_VIEW (view), expected);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-place-list/after-search", test_place_list_after_search);
  g_test_add_func ("/map-place-list/rows-per-frame", test_place_list_rows_per_frame);
  g_test_add_func ("/map-place-list/large-dataset-scene-in-worker",
                   test_large_dataset_scene_in_worker);

  return g_test_run ();
}
