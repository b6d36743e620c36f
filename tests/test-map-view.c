/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "model-test-utils.h"
#include "ts-meeting.h"
#include "ts-map-view-private.h"

#include "ui-test-utils.h"

#define SHANDONG_CHUY "agreement/2023-10-25-shandong-chuy-friendly-provinces"

static guint n_paints;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  n_paints++;
}

/* Runs the main loop until a new frame of @view is painted (or fails after
 * a while: generous, for a loaded machine and the sanitizer build). */
static void
wait_for_frame (TsMapView *view)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint n = n_paints;

  gtk_widget_queue_draw (GTK_WIDGET (view));
  while (n_paints == n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

/* Until the picture in the background is rendered and shown, and the list
 * of places is up to date. */
static void
settle (TsMapView *view)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  do
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      wait_for_frame (view);
    }
  while (_ts_map_view_is_rendering (view));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static GtkListBoxRow *
find_row (TsMapView  *view,
          const char *id)
{
  GtkListBox *list = _ts_map_view_get_place_list (view);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ts-id"), id) == 0)
        return row;
    }
  return NULL;
}

/* The second line of a row of Places in View: its counts. */
static const char *
get_row_subtitle (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

  return gtk_label_get_text (GTK_LABEL (subtitle));
}

/* The pointer moves to (x, y) on the map. */
static void
hover (TsMapView *view,
       double     x,
       double     y)
{
  GListModel *controllers = gtk_widget_observe_controllers (view->canvas);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        g_signal_emit_by_name (controller, "motion", x, y);
    }
  g_object_unref (controllers);
}

static void
on_record_activated (TsMapView  *view,
                     const char *id,
                     GPtrArray  *activated)
{
  g_ptr_array_add (activated, g_strdup (id));
}

static void
test_map_view (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "map-fixture.json",
                                                 NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (path);
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  TsMapView *view = g_object_ref_sink (TS_MAP_VIEW (ts_map_view_new ()));
  GtkListBoxRow *row;
  TsDate date = TS_DATE_INIT;
  const char *selected;
  double zoom, x, y;
  gboolean rendered;

  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);

  ts_map_view_set_matches (view, matches);
  g_signal_connect (view, "record-activated", G_CALLBACK (on_record_activated), activated);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (view)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  settle (view);

  /* The map opens fitted to what there is, and lists the places in view. */
  g_assert_cmpuint (ts_map_scene_get_n_markers (ts_map_view_get_scene (view)), ==, 6);
  g_assert_nonnull (find_row (view, "place/beijing"));
  g_assert_nonnull (find_row (view, "place/bishkek"));
  /* Countries too, where their count is, with the records placed at them
   * as a whole: the railway's place is Kyrgyzstan; China holds none. */
  row = find_row (view, "place/kyrgyzstan");
  g_assert_nonnull (row);
  g_assert_cmpstr (get_row_subtitle (row), ==, "1 record");
  g_assert_nonnull (find_row (view, "place/china"));

  /* Zoom in with the action the + key and button use, toward the centre. */
  zoom = ts_map_view_get_zoom (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (view), zoom + 0.5, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (view), zoom - 0.5, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.fit", NULL);
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (view), zoom, 1e-9);

  /* The wheel zooms toward the pointer: the point under it stays put. */
  _ts_map_view_lonlat_to_pixel (view, 87.62, 43.83, &x, &y);
  _ts_map_view_zoom_at (view, x, y, 1.0);
  {
    double x2, y2;

    _ts_map_view_lonlat_to_pixel (view, 87.62, 43.83, &x2, &y2);
    g_assert_cmpfloat_with_epsilon (x2, x, 1e-6);
    g_assert_cmpfloat_with_epsilon (y2, y, 1e-6);
  }
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (view), zoom + 1.0, 1e-9);
  settle (view);
  /* Zoomed in on Urumqi, Beijing is out of view and out of the list. */
  g_assert_nonnull (find_row (view, "place/urumqi"));
  g_assert_null (find_row (view, "place/beijing"));

  /* A click on a marker selects its place and opens its records in a
   * popover at it; choosing the place there activates it. */
  selected = _ts_map_view_click (view, x, y);
  g_assert_cmpstr (selected, ==, "place/urumqi");
  g_assert_cmpstr (ts_map_view_get_selected_id (view), ==, "place/urumqi");
  g_assert_cmpuint (activated->len, ==, 0);
  g_assert_nonnull (_ts_map_view_get_popover (view));
  {
    GtkWidget *list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (view)),
                                          "place-records");

    g_signal_emit_by_name (list, "row-activated",
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  }
  g_assert_null (_ts_map_view_get_popover (view));
  g_assert_cmpuint (activated->len, ==, 1);
  g_assert_cmpstr (activated->pdata[0], ==, "place/urumqi");
  g_assert_true (gtk_list_box_get_selected_row (_ts_map_view_get_place_list (view))
                 == find_row (view, "place/urumqi"));

  /* Panning moves the cached picture instead of drawing the map again. */
  _ts_map_view_set_dragging (view, TRUE);
  settle (view);
  for (int i = 0; i < 5; i++)
    {
      _ts_map_view_pan (view, 20, 10);
      wait_for_frame (view);
      _ts_map_view_get_frame_time (view, &rendered);
      g_assert_false (rendered);
    }
  _ts_map_view_set_dragging (view, FALSE);
  settle (view);

  /* The list is the keyboard's way to choose a place. */
  gtk_widget_activate_action (GTK_WIDGET (view), "map.fit", NULL);
  settle (view);
  row = find_row (view, "place/beijing");
  g_assert_nonnull (row);
  g_signal_emit_by_name (_ts_map_view_get_place_list (view), "row-activated", row);
  g_assert_cmpstr (ts_map_view_get_selected_id (view), ==, "place/beijing");
  g_assert_cmpuint (activated->len, ==, 2);
  g_assert_cmpstr (activated->pdata[1], ==, "place/beijing");

  /* The map follows the search as it changes. */
  ts_query_set_text (query, "urumqi");
  ui_test_wait_for_matches (ts_map_view_get_matches (view));
  g_assert_null (ts_map_scene_lookup_marker (ts_map_view_get_scene (view), "place/beijing"));
  g_assert_nonnull (ts_map_scene_lookup_arc (ts_map_view_get_scene (view),
                                             "agreement/bishkek-urumqi-sister-cities"));
  settle (view);
  g_assert_null (find_row (view, "place/beijing"));
  g_assert_nonnull (find_row (view, "place/urumqi"));
  ts_query_set_text (query, NULL);
  ui_test_wait_for_matches (ts_map_view_get_matches (view));

  /* …and the dataset as it is edited. */
  meeting = ts_meeting_new ("meeting/2025-01-osh", "A meeting in Osh");
  g_assert_true (ts_date_parse ("2025-01", &date, NULL));
  ts_meeting_set_date (meeting, &date);
  ts_meeting_set_place_id (meeting, "place/osh");
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ts_map_scene_lookup_marker (ts_map_view_get_scene (view),
                                                "place/osh")->n_meetings, ==, 1);

  /* A click on the bare sea clears the selection, and activates nothing. */
  gtk_widget_activate_action (GTK_WIDGET (view), "map.fit", NULL);
  _ts_map_view_lonlat_to_pixel (view, 100.0, 33.0, &x, &y);
  g_assert_null (_ts_map_view_click (view, x, y));
  g_assert_null (ts_map_view_get_selected_id (view));
  g_assert_cmpuint (activated->len, ==, 2);

  /* A click on Kyrgyzstan's tinted shape, away from its places, selects
   * the country like a marker selects its place, and lists its records in
   * place rather than opening one. */
  _ts_map_view_lonlat_to_pixel (view, 78.3, 42.0, &x, &y);
  /* Kyrgyzstan's tooltip says what it counts, and that places inside it count
   * apart. */
  hover (view, x, y);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (view->canvas), ==,
                   "Kyrgyzstan\n1 record at the country as a whole\n"
                   "Records at its provinces and cities count there");
  g_assert_cmpstr (_ts_map_view_click (view, x, y), ==, "place/kyrgyzstan");
  g_assert_cmpstr (ts_map_view_get_selected_id (view), ==, "place/kyrgyzstan");
  g_assert_nonnull (_ts_map_view_get_popover (view));
  g_assert_cmpuint (activated->len, ==, 2);

  /* Shandong, a province of China, is drawn on its shape like a country:
   * listed in Places in View with its record (the friendly-province
   * agreement), its tooltip says what it counts, and a click inside it,
   * away from every place, selects it and lists its records at it. */
  _ts_map_view_close_popover (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.fit", NULL);
  _ts_map_view_lonlat_to_pixel (view, 118.6, 35.6, &x, &y);
  _ts_map_view_zoom_at (view, x, y, 1.5);
  settle (view);
  _ts_map_view_lonlat_to_pixel (view, 118.6, 35.6, &x, &y);
  row = find_row (view, "place/shandong");
  g_assert_nonnull (row);
  g_assert_cmpstr (get_row_subtitle (row), ==, "1 record");
  hover (view, x, y);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (view->canvas), ==,
                   "Shandong\n1 record at the province as a whole\n"
                   "Records at its cities count there");
  g_assert_cmpstr (_ts_map_view_click (view, x, y), ==, "place/shandong");
  g_assert_cmpstr (ts_map_view_get_selected_id (view), ==, "place/shandong");
  g_assert_nonnull (_ts_map_view_get_popover (view));
  {
    GtkWidget *list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (view)),
                                          "place-records");
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    GtkListBoxRow *second = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);

    g_assert_cmpstr (g_object_get_data (G_OBJECT (first), "ts-id"), ==, "place/shandong");
    g_assert_nonnull (second);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (second), "ts-id"), ==, SHANDONG_CHUY);
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));
  }
  g_assert_cmpuint (activated->len, ==, 2);
  /* Outside it China, holding nothing here, is bare map. */
  _ts_map_view_lonlat_to_pixel (view, 113.5, 34.0, &x, &y);
  g_assert_null (_ts_map_view_click (view, x, y));

  settle (view);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

/* The picture of the map in @node (a snapshot of the map area): the
 * texture or cairo node the size of the area, and in @transform where it
 * is drawn. */
static GskRenderNode *
find_picture (GskRenderNode  *node,
              GskTransform   *parent,
              int             width,
              int             height,
              GskTransform  **transform)
{
  graphene_rect_t bounds;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        {
          GskRenderNode *found = find_picture (gsk_container_node_get_child (node, i),
                                               parent, width, height, transform);

          if (found != NULL)
            return found;
        }
      return NULL;
    case GSK_CLIP_NODE:
      return find_picture (gsk_clip_node_get_child (node), parent, width, height, transform);
    case GSK_TRANSFORM_NODE:
      {
        g_autoptr(GskTransform) child = gsk_transform_transform (gsk_transform_ref (parent),
                                                                 gsk_transform_node_get_transform (node));

        return find_picture (gsk_transform_node_get_child (node), child, width, height,
                             transform);
      }
    case GSK_TEXTURE_NODE:
    case GSK_CAIRO_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      if ((int) bounds.size.width != width || (int) bounds.size.height != height)
        return NULL;
      *transform = gsk_transform_ref (parent);
      return node;
    default:
      return NULL;
    }
}

/* The map area as a frame paints it now, without running the main loop. */
static GskRenderNode *
snapshot_map (TsMapView *view)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, _ts_map_view_get_width (view),
                                               _ts_map_view_get_height (view));

  _ts_map_view_snapshot_map (view, snapshot, &bounds);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Whether @transform draws the picture as it is: moved by whole pixels,
 * not scaled (then painting it is a copy, not a filtering of each pixel). */
static gboolean
is_whole_pixel_move (GskTransform *transform)
{
  float dx, dy;

  if (gsk_transform_get_category (transform) < GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
    return FALSE;
  gsk_transform_to_translate (transform, &dx, &dy);
  return dx == roundf (dx) && dy == roundf (dy);
}

static void
test_map_picture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "map-fixture.json",
                                                 NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (path);
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  GtkWidget *window = gtk_window_new ();
  TsMapView *view = g_object_ref_sink (TS_MAP_VIEW (ts_map_view_new ()));
  g_autoptr(GskRenderNode) first = NULL;
  g_autoptr(GskRenderNode) again = NULL;
  g_autoptr(GskRenderNode) searched = NULL;
  g_autoptr(GskRenderNode) zoomed = NULL;
  g_autoptr(GskTransform) at_first = NULL;
  g_autoptr(GskTransform) at_again = NULL;
  g_autoptr(GskTransform) at_searched = NULL;
  g_autoptr(GskTransform) at_zoomed = NULL;
  GskRenderNode *picture;
  int width, height;
  double zoom;

  ts_map_view_set_matches (view, matches);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (view)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  settle (view);
  width = _ts_map_view_get_width (view);
  height = _ts_map_view_get_height (view);

  /* At rest, the picture is the view, drawn at whole pixels; painted by
   * GTK's cairo renderer, it is a cairo node (a texture there is converted
   * pixel by pixel at every frame). */
  first = snapshot_map (view);
  picture = find_picture (first, NULL, width, height, &at_first);
  g_assert_nonnull (picture);
  g_assert_true (is_whole_pixel_move (at_first));
  if (GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))))
    g_assert_cmpint (gsk_render_node_get_node_type (picture), ==, GSK_CAIRO_NODE);

  /* A frame that shows the same picture again gives GTK the same node,
   * which it then does not paint again. */
  again = snapshot_map (view);
  g_assert_true (find_picture (again, NULL, width, height, &at_again) == picture);

  /* A search frames what it found: until the picture of it is there, the
   * last one stays as it was, not scaled to the new framing. */
  zoom = ts_map_view_get_zoom (view);
  ts_query_set_text (query, "urumqi");
  g_assert_cmpfloat (fabs (ts_map_view_get_zoom (view) - zoom), >, 0.1);
  searched = snapshot_map (view);
  g_assert_true (find_picture (searched, NULL, width, height, &at_searched) == picture);
  g_assert_true (is_whole_pixel_move (at_searched));
  settle (view);

  /* Zooming shows the picture scaled at once, until the new one is
   * there. */
  g_clear_pointer (&searched, gsk_render_node_unref);
  g_clear_pointer (&at_searched, gsk_transform_unref);
  searched = snapshot_map (view);
  picture = find_picture (searched, NULL, width, height, &at_searched);
  g_assert_true (is_whole_pixel_move (at_searched));
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-in", NULL);
  zoomed = snapshot_map (view);
  g_assert_true (find_picture (zoomed, NULL, width, height, &at_zoomed) == picture);
  g_assert_false (is_whole_pixel_move (at_zoomed));

  ts_query_set_text (query, NULL);
  settle (view);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-view/zoom-select-follow", test_map_view);
  g_test_add_func ("/map-view/picture", test_map_picture);

  return g_test_run ();
}
