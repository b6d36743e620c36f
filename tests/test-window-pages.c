/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window around its pages: records opened from the map in the detail
 * pane beside it, one history (Back, Forward) across the pages that brings
 * each back as it was, and the record shown carried from page to page. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "model-test-utils.h"
#include "ts-application.h"
#include "ts-detail-pane.h"
#include "ts-map-view-private.h"
#include "ts-match-list.h"
#include "ts-record-editor.h"
#include "ts-timeline-view-private.h"
#include "ts-window-private.h"

#include "ui-test-utils.h"
#include "map-test-utils.h"

static TsApplication *app;

typedef struct
{
  TsDataset *dataset;
  TsWindow *window;
  TsMapView *map;
  TsDetailPane *pane;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "records-window.json",
                                                 NULL);

  fixture->dataset = model_test_load_dataset (path);
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, fixture->dataset);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->map = fixture->window->map_view;
  fixture->pane = ts_records_view_get_detail_pane (ts_window_get_records_view (fixture->window));
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->window);
  ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->dataset));
}

static const char *
shown_id (Fixture *fixture)
{
  TsRecord *record = ts_detail_pane_get_record (fixture->pane);

  return record != NULL ? ts_record_get_id (record) : NULL;
}

static GtkListBoxRow *
find_place_row (TsMapView  *map,
                const char *id)
{
  GtkListBox *list = _ts_map_view_get_place_list (map);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ts-id"), id) == 0)
        return row;
    }

  return NULL;
}

typedef struct
{
  TsMapView  *map;
  const char *id;
} PlaceQuery;

static gboolean
place_is_listed (gpointer data)
{
  PlaceQuery *query = data;

  return find_place_row (query->map, query->id) != NULL;
}

/* Activates the place @id in "Places in View", as the keyboard or a
 * click in the list does. */
static void
activate_place (Fixture    *fixture,
                const char *id)
{
  PlaceQuery query = { fixture->map, id };

  ui_test_wait_until (place_is_listed, &query);
  g_signal_emit_by_name (_ts_map_view_get_place_list (fixture->map), "row-activated",
                         find_place_row (fixture->map, id));
}

static void
show_map (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "map");
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->map);
}

static gboolean
map_is_sized (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* The pane is all there (its slide over) and the page laid out beside it:
 * the page ends where the pane begins. */
static gboolean
pane_is_beside_page (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *page = adw_view_stack_get_visible_child (fixture->window->stack);
  graphene_rect_t page_bounds, pane_bounds;

  if (!gtk_widget_get_mapped (GTK_WIDGET (fixture->pane))
      || adw_flap_get_reveal_progress (fixture->window->flap) < 1.0
      || !gtk_widget_compute_bounds (page, GTK_WIDGET (fixture->window), &page_bounds)
      || !gtk_widget_compute_bounds (GTK_WIDGET (fixture->pane), GTK_WIDGET (fixture->window),
                                     &pane_bounds))
    return FALSE;

  return page_bounds.origin.x + page_bounds.size.width <= pane_bounds.origin.x + 0.5
         && pane_bounds.size.width > 0;
}

static gboolean
pane_is_hidden (gpointer data)
{
  Fixture *fixture = data;

  return !gtk_widget_get_mapped (GTK_WIDGET (fixture->pane))
         && adw_flap_get_reveal_progress (fixture->window->flap) <= 0.0;
}

static void
assert_map_state (TsMapView *map,
                  GVariant  *expected)
{
  g_autoptr(GVariant) state = ts_map_view_save_state (map);
  double lon, lat, zoom, expected_lon, expected_lat, expected_zoom;

  g_variant_get (state, "(dddms)", &lon, &lat, &zoom, NULL);
  g_variant_get (expected, "(dddms)", &expected_lon, &expected_lat, &expected_zoom, NULL);
  g_assert_cmpfloat_with_epsilon (lon, expected_lon, 1e-6);
  g_assert_cmpfloat_with_epsilon (lat, expected_lat, 1e-6);
  g_assert_cmpfloat_with_epsilon (zoom, expected_zoom, 1e-6);
}

static gboolean
links_to (GtkWidget     *widget,
          gconstpointer  id)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ts-target-id"), id) == 0;
}

/* Follows the link to @id in the pane, as a click on it does. */
static void
follow_link (Fixture    *fixture,
             const char *id)
{
  GtkWidget *link = ui_test_find_widget (GTK_WIDGET (fixture->pane), links_to, id);

  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "activated");
  ui_test_iterate ();
}

static gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Hide Details") == 0;
}

/* A place activated on the map opens beside it: the page stays the Map,
 * the map keeps its own room (the pane takes its own beside it), and the
 * pane's links and its Close work there. */
static void
test_map_opens_record_beside (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *close_button;
  int map_width;
  double x, y, x2, y2;

  show_map (fixture);
  ui_test_wait_until (map_is_sized, fixture->map);
  ui_test_wait_until (pane_is_hidden, fixture);
  map_width = gtk_widget_get_width (GTK_WIDGET (fixture->map));
  _ts_map_view_lonlat_to_pixel (fixture->map, 87.6168, 43.8256, &x, &y);

  activate_place (fixture, "place/urumqi");
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->map), ==, "place/urumqi");
  ui_test_wait_until (pane_is_beside_page, fixture);
  g_assert_false (adw_flap_get_folded (fixture->window->flap));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), <, map_width);
  /* Urumqi stays where it was clicked: the room is taken from the far
   * side of the map, not from both. */
  _ts_map_view_lonlat_to_pixel (fixture->map, 87.6168, 43.8256, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x2, x, 1.0);
  g_assert_cmpfloat_with_epsilon (y2, y, 1.0);

  /* A link in the pane shows its record in the pane, still on the map. */
  follow_link (fixture, "meeting/2024-12-baisalov-urumqi");
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  g_assert_true (pane_is_beside_page (fixture));

  /* Close hides the pane and gives the map its room back. */
  close_button = ui_test_find_widget (GTK_WIDGET (fixture->pane), is_close_button, NULL);
  g_assert_nonnull (close_button);
  g_assert_true (gtk_widget_get_mapped (close_button));
  g_signal_emit_by_name (close_button, "clicked");
  ui_test_wait_until (pane_is_hidden, fixture);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  ui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), ==, map_width);

  /* The Records page has its pane as before, without a Close button. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  ui_test_wait_until (pane_is_beside_page, fixture);
  g_assert_false (gtk_widget_get_visible (close_button));
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return GTK_IS_LIST_BOX_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ts-id"), id) == 0;
}

/* A meeting chosen from the popover of the place it was held at opens
 * beside the map, and the place stays in sight where it was clicked. */
static void
test_popover_record_beside (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *list;
  double x, y, x2, y2;

  show_map (fixture);
  ui_test_wait_until (map_is_sized, fixture->map);
  ui_test_wait_until (pane_is_hidden, fixture);
  _ts_map_view_lonlat_to_pixel (fixture->map, 87.6168, 43.8256, &x, &y);
  g_assert_cmpstr (_ts_map_view_click (fixture->map, x, y), ==, "place/urumqi");
  wait_for_popover (fixture->map, x, y);
  list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (fixture->map)),
                             "place-records");
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "row-activated",
                         ui_test_find_widget (list, has_id, "meeting/2024-12-baisalov-urumqi"));

  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
  ui_test_wait_until (pane_is_beside_page, fixture);
  _ts_map_view_lonlat_to_pixel (fixture->map, 87.6168, 43.8256, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x2, x, 1.0);
  g_assert_cmpfloat_with_epsilon (y2, y, 1.0);
}

/* Back and Forward go through the records and pages seen, bringing the
 * map back to the view it had. */
static void
test_back_forward_across_pages (Fixture       *fixture,
                                gconstpointer  data)
{
  TsRecordsView *records = ts_window_get_records_view (fixture->window);
  g_autoptr(GVariant) fitted = NULL;
  g_autoptr(GVariant) zoomed = NULL;

  /* On the Records page, a meeting chosen in the list. */
  g_assert_true (ts_records_view_show_record (records, "meeting/2023-10-25-baisalov-beijing"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "back"));

  show_map (fixture);
  ui_test_wait_until (map_is_sized, fixture->map);
  /* The buttons are there on every page, and going to the map was a step. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->back_button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->forward_button)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "back"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.fit", NULL);
  fitted = ts_map_view_save_state (fixture->map);
  activate_place (fixture, "place/urumqi");
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");

  /* The analyst looks closer, then follows a link from the pane. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.zoom-in", NULL);
  _ts_map_view_pan (fixture->map, 40, -25);
  zoomed = ts_map_view_save_state (fixture->map);
  follow_link (fixture, "meeting/2024-12-baisalov-urumqi");
  /* And moves on. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.zoom-out", NULL);
  _ts_map_view_pan (fixture->map, -70, 30);

  /* Back: the place, on the map as it was when the link was followed. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");
  assert_map_state (fixture->map, zoomed);
  ui_test_wait_until (pane_is_beside_page, fixture);

  /* Back: the map before the place was opened, without the pane. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  assert_map_state (fixture->map, fitted);
  ui_test_wait_until (pane_is_hidden, fixture);

  /* Back: the Records page and its meeting. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "records");
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2023-10-25-baisalov-beijing");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "back"));

  /* Forward, again, step by step. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  assert_map_state (fixture->map, fitted);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL);
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");
  assert_map_state (fixture->map, zoomed);
  ui_test_wait_until (pane_is_beside_page, fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.forward", NULL);
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window),
                                                     "forward"));

  /* The mouse's back button goes back too. */
  g_assert_true (_ts_window_handle_button (fixture->window, 8));
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");
  g_assert_true (_ts_window_handle_button (fixture->window, 9));
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
  g_assert_false (_ts_window_handle_button (fixture->window, 1));
}

/* Back to a view of the map without the pane, from one with it: the map
 * grows back as the pane goes, and ends as it was, its selection where it
 * was then. */
static void
test_back_restores_view_as_pane_closes (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(GVariant) before = NULL;

  show_map (fixture);
  ui_test_wait_until (map_is_sized, fixture->map);
  activate_place (fixture, "place/urumqi");
  ui_test_wait_until (pane_is_beside_page, fixture);
  g_signal_emit_by_name (ui_test_find_widget (GTK_WIDGET (fixture->pane), is_close_button, NULL),
                         "clicked");
  ui_test_wait_until (pane_is_hidden, fixture);
  /* Urumqi in the middle, where the pane coming and going moves it, and
   * the other places well in view. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.zoom-out", NULL);
  g_assert_true (ts_map_view_center_on (fixture->map, "place/urumqi"));
  _ts_map_view_pan (fixture->map, -30, 20);
  before = ts_map_view_save_state (fixture->map);

  activate_place (fixture, "place/beijing");
  ui_test_wait_until (pane_is_beside_page, fixture);
  g_assert_cmpstr (shown_id (fixture), ==, "place/beijing");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (shown_id (fixture), ==, "place/urumqi");
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->map), ==, "place/urumqi");
  ui_test_wait_until (pane_is_hidden, fixture);
  ui_test_iterate ();
  assert_map_state (fixture->map, before);
}

/* The record shown on the Records page is the one selected, and centred,
 * when the Map opens. */
static void
test_selection_carried_to_map (Fixture       *fixture,
                               gconstpointer  data)
{
  TsRecordsView *records = ts_window_get_records_view (fixture->window);
  g_autoptr(GVariant) state = NULL;
  double lon, lat, zoom;

  /* The map, seen once, framed on everything. */
  show_map (fixture);
  ui_test_wait_until (map_is_sized, fixture->map);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");

  g_assert_true (ts_records_view_show_record (records, "place/beijing"));
  show_map (fixture);
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->map), ==, "place/beijing");
  state = ts_map_view_save_state (fixture->map);
  g_variant_get (state, "(dddms)", &lon, &lat, &zoom, NULL);
  g_assert_cmpfloat_with_epsilon (lon, 116.4074, 1e-6);
  g_assert_cmpfloat_with_epsilon (lat, 39.9042, 1e-6);
  /* Not opened beside the map: it was not opened there. */
  ui_test_wait_until (pane_is_hidden, fixture);

  /* Coming back to it leaves the map where the analyst put it. */
  _ts_map_view_pan (fixture->map, 100, 0);
  g_clear_pointer (&state, g_variant_unref);
  state = ts_map_view_save_state (fixture->map);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  show_map (fixture);
  assert_map_state (fixture->map, state);
}

static gboolean
timeline_is_settled (gpointer data)
{
  TsTimelineView *view = data;

  return gtk_widget_get_mapped (GTK_WIDGET (view))
         && gtk_widget_get_width (_ts_timeline_view_get_canvas (view)) > 0
         && !_ts_timeline_view_is_building (view);
}

typedef struct
{
  TsTimelineView *view;
  const char     *id;
} EventQuery;

/* The event @id is drawn at the middle of the timeline (as far as its
 * ends let it be). */
static gboolean
event_is_centred (gpointer data)
{
  EventQuery *query = data;
  double x, y;

  return timeline_is_settled (query->view)
         && g_strcmp0 (ts_timeline_view_get_selected_id (query->view), query->id) == 0
         && _ts_timeline_view_locate (query->view, query->id, &x, &y)
         && fabs (x - gtk_widget_get_width (_ts_timeline_view_get_canvas (query->view)) / 2.0) < 2;
}

static void
save_timeline_state (GVariant  **state,
                     GParamSpec *pspec,
                     gpointer    pane)
{
  TsWindow *window = TS_WINDOW (gtk_widget_get_root (GTK_WIDGET (pane)));

  if (*state == NULL)
    *state = ts_timeline_view_save_state (window->timeline_view);
}

/* The Timeline is a page as the Map is: the record shown elsewhere is
 * selected and centred when it opens, an event opened from it shows beside
 * it, and Back returns to it as it was. */
static void
test_timeline_page (Fixture       *fixture,
                    gconstpointer  data)
{
  TsTimelineView *timeline = fixture->window->timeline_view;
  TsRecordsView *records = ts_window_get_records_view (fixture->window);
  EventQuery query = { timeline, "meeting/2023-05-18-xian-summit" };
  g_autoptr(GVariant) state = NULL;
  double x, y;

  g_assert_true (ts_records_view_show_record (records, "meeting/2023-05-18-xian-summit"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "timeline");
  ui_test_wait_until (event_is_centred, &query);
  ui_test_wait_until (pane_is_hidden, fixture);
  /* Everything in view (Ctrl+0), to open another event. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.fit", NULL);
  ui_test_wait_until (timeline_is_settled, timeline);

  g_assert_true (_ts_timeline_view_locate (timeline, "meeting/2024-12-baisalov-urumqi", &x, &y));
  /* The view as it is when the event is opened (a click brings an event
   * at the edge into view) is the one Back returns to. */
  g_signal_connect_swapped (fixture->window->detail_pane, "notify::record",
                            G_CALLBACK (save_timeline_state), &state);
  g_assert_cmpstr (_ts_timeline_view_click (timeline, x, y), ==, "meeting/2024-12-baisalov-urumqi");
  g_signal_handlers_disconnect_by_data (fixture->window->detail_pane, &state);
  g_assert_nonnull (state);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "timeline");
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");
  ui_test_wait_until (pane_is_beside_page, fixture);

  /* The analyst zooms in; Back returns to the summit and the view of it. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL);
  {
    g_autoptr(GVariant) zoomed = ts_timeline_view_save_state (timeline);

    g_assert_false (g_variant_equal (zoomed, state));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "timeline");
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2023-05-18-xian-summit");
  ui_test_wait_until (pane_is_hidden, fixture);
  ui_test_wait_until (timeline_is_settled, timeline);
  {
    g_autoptr(GVariant) restored = ts_timeline_view_save_state (timeline);

    g_assert_true (g_variant_equal (restored, state));
  }
}

static gboolean
query_is (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (ts_query_get_text (ts_window_get_query (fixture->window)), "beijing") == 0;
}

static gboolean
is_switcher_button (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_is_ancestor (widget, (GtkWidget *) data);
}

static void
count_visible_buttons (GtkWidget *widget,
                       GtkWidget *switcher,
                       guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_switcher_button (child, switcher) && gtk_widget_get_visible (child))
        (*n)++;
      count_visible_buttons (child, switcher, n);
    }
}

/* Every page keeps its entry in the view switchers, whichever is shown. */
static void
assert_switcher_whole (Fixture *fixture)
{
  GListModel *pages = G_LIST_MODEL (adw_view_stack_get_pages (fixture->window->stack));
  GtkWidget *switcher = ui_test_find_of_type (GTK_WIDGET (fixture->window->switcher_title),
                                              ADW_TYPE_VIEW_SWITCHER);
  guint n_buttons = 0;

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, TS_WINDOW_N_PAGES);
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_true (adw_view_stack_page_get_visible (page));
      g_assert_true (gtk_widget_get_visible (adw_view_stack_page_get_child (page)));
    }
  g_assert_nonnull (switcher);
  count_visible_buttons (switcher, switcher, &n_buttons);
  g_assert_cmpuint (n_buttons, ==, TS_WINDOW_N_PAGES);
  g_object_unref (pages);
}

/* Whether every event the Timeline shows is of a record the search
 * matched, and it shows @data's meeting. */
static gboolean
timeline_shows_only_matches (gpointer data)
{
  Fixture *fixture = data;
  TsTimelineView *timeline = fixture->window->timeline_view;
  TsMatches *matches = ts_timeline_view_get_matches (timeline);
  TsTimelineEvents *events = _ts_timeline_view_get_events (timeline);

  if (!timeline_is_settled (timeline)
      || ts_timeline_events_find (events, "meeting/2023-10-25-baisalov-beijing") < 0)
    return FALSE;
  for (guint i = 0; i < ts_timeline_events_get_n_events (events); i++)
    {
      const char *id = ts_timeline_events_get_event (events, i)->record_id;

      if (!ts_matches_contains (matches, ts_matches_find_slot (matches, id)))
        return FALSE;
    }
  return TRUE;
}

/* A search typed with the Map on screen costs the hidden pages nothing:
 * the Records page's counts and the Timeline's events stay as they were
 * until the page shows, and then show what the search found. The view
 * switchers keep every page. */
static void
test_hidden_pages_follow_search (Fixture       *fixture,
                                 gconstpointer  data)
{
  TsRecordsView *records = ts_window_get_records_view (fixture->window);
  TsTimelineView *timeline = fixture->window->timeline_view;
  TsMatches *matches = ts_records_view_get_matches (records);
  TsRecordList *meetings = ts_records_view_get_list (records, TS_RECORD_TYPE_MEETING);
  guint n_events;

  /* The Timeline's events built once, as it showed. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "timeline");
  ui_test_wait_until (timeline_is_settled, timeline);
  n_events = ts_timeline_events_get_n_events (_ts_timeline_view_get_events (timeline));
  g_assert_cmpuint (n_events, >, 3);
  show_map (fixture);
  assert_switcher_whole (fixture);
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_MEETING), ==, 3);
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_PLACE), ==, 5);

  /* Typed into the search entry, as the user does. */
  gtk_search_bar_set_search_mode (fixture->window->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "beijing");
  ui_test_wait_until (query_is, fixture);
  ui_test_wait_for_matches (matches);
  ui_test_iterate ();
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 1);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_PLACE), ==, 1);
  /* Hidden, they did not follow. */
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_MEETING), ==, 3);
  g_assert_cmpuint (ts_timeline_events_get_n_events (_ts_timeline_view_get_events (timeline)),
                    ==, n_events);
  assert_switcher_whole (fixture);

  /* Shown, the Records page counts and lists what the search found. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  ui_test_wait_until (ui_test_widget_is_mapped, records);
  ui_test_iterate ();
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_MEETING), ==, 1);
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_PLACE), ==, 1);
  g_assert_cmpuint (ts_records_view_get_count (records, TS_RECORD_TYPE_PERSON), ==, 0);
  ts_records_view_set_record_type (records, TS_RECORD_TYPE_MEETING);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ts_record_list_get_model (meetings)), ==, 1);
  assert_switcher_whole (fixture);

  /* And the Timeline shows only the matches. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "timeline");
  ui_test_wait_until (timeline_shows_only_matches, fixture);
  g_assert_cmpuint (ts_timeline_events_get_n_events (_ts_timeline_view_get_events (timeline)),
                    <, n_events);
  assert_switcher_whole (fixture);
}

static gboolean
focus_is_in (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The view of a page not shown is hidden, yet the keyboard comes back to
 * where it was in a page as the page shows again, as the view stack
 * promises. */
static void
test_focus_returns_to_page (Fixture       *fixture,
                            gconstpointer  data)
{
  TsRecordsView *records = ts_window_get_records_view (fixture->window);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  ui_test_wait_until (ui_test_widget_is_mapped, records);
  ts_records_view_focus_list (records);
  g_assert_true (focus_is_in (records));

  show_map (fixture);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (records)));
  g_assert_false (focus_is_in (records));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (records)));
  g_assert_true (focus_is_in (records));
  assert_switcher_whole (fixture);
}

static gboolean
is_revealer (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_REVEALER (widget);
}

/* Edit, Delete and the hidden-record notice work in the pane beside the
 * map, on the record it shows. */
static void
test_pane_actions_beside_map (Fixture       *fixture,
                              gconstpointer  data)
{
  TsRecordsView *records = ts_window_get_records_view (fixture->window);
  TsRecordList *meetings = ts_records_view_get_list (records, TS_RECORD_TYPE_MEETING);
  GtkSelectionModel *selection;
  GListModel *model;
  g_autoptr(GPtrArray) selected = NULL;
  GtkWidget *notice;
  GtkWidget *editor;

  show_map (fixture);
  activate_place (fixture, "place/urumqi");
  follow_link (fixture, "meeting/2024-12-baisalov-urumqi");
  ui_test_wait_until (pane_is_beside_page, fixture);

  /* A search that leaves it out: the pane says so, beside the map. */
  notice = ui_test_find_widget (GTK_WIDGET (fixture->pane), is_revealer, NULL);
  g_assert_nonnull (notice);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));
  ts_query_set_text (ts_window_get_query (fixture->window), "Summit");
  ui_test_iterate ();
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));
  ts_query_set_text (ts_window_get_query (fixture->window), NULL);
  ui_test_iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));

  /* Edit opens the editor on it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "win.edit-record", NULL);
  editor = ui_test_find_toplevel (TS_TYPE_RECORD_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Meeting");
  gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_iterate ();

  /* On the Records page, another meeting is selected with it (Ctrl+click);
   * back on the map, the pane still shows the one. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "records");
  selection = gtk_column_view_get_model (ts_record_list_get_column_view (meetings));
  model = ts_record_list_get_model (meetings);
  gtk_selection_model_select_item (selection,
                                   ts_match_list_find (TS_MATCH_LIST (model),
                                                       "meeting/2023-10-25-baisalov-beijing"),
                                   TRUE);
  gtk_selection_model_select_item (selection,
                                   ts_match_list_find (TS_MATCH_LIST (model),
                                                       "meeting/2024-12-baisalov-urumqi"),
                                   FALSE);
  ui_test_iterate ();
  selected = ts_records_view_get_selected_records (records);
  g_assert_cmpuint (selected->len, ==, 2);
  show_map (fixture);
  ui_test_wait_until (pane_is_beside_page, fixture);
  g_assert_cmpstr (shown_id (fixture), ==, "meeting/2024-12-baisalov-urumqi");

  /* Delete deletes it, not the rows selected in the list out of sight; the
   * pane, with nothing left to show, closes, and the page stays the Map. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "win.delete-record", NULL);
  g_assert_null (ts_dataset_lookup (fixture->dataset, "meeting/2024-12-baisalov-urumqi"));
  g_assert_nonnull (ts_dataset_lookup (fixture->dataset, "meeting/2023-10-25-baisalov-beijing"));
  g_assert_cmpstr (ts_window_get_view (fixture->window), ==, "map");
  ui_test_wait_until (pane_is_hidden, fixture);
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
  g_test_add ("/window-pages/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("map-opens-record-beside", test_map_opens_record_beside);
  ADD ("popover-record-beside", test_popover_record_beside);
  ADD ("back-forward-across-pages", test_back_forward_across_pages);
  ADD ("back-restores-view-as-pane-closes", test_back_restores_view_as_pane_closes);
  ADD ("selection-carried-to-map", test_selection_carried_to_map);
  ADD ("timeline-page", test_timeline_page);
  ADD ("pane-actions-beside-map", test_pane_actions_beside_map);
  ADD ("hidden-pages-follow-search", test_hidden_pages_follow_search);
  ADD ("focus-returns-to-page", test_focus_returns_to_page);
#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
