/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The map answers in place (issue #17, items 3 and 4): the search and
 * filters in sight on the Map page, Fit framing the matched places clear
 * of the legend, a place's records in a popover at it, clusters of places
 * too close to tell apart, and the view saved and restored for the
 * window's history. On the shipped dataset, as an analyst sees it. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "ts-application.h"
#include "ts-chips-bar.h"
#include "ts-map-marker-layer.h"
#include "ts-map-view-private.h"
#include "ts-place.h"
#include "ts-window.h"

#include "ui-test-utils.h"
#include "map-test-utils.h"

#define WIDTH 1100
#define HEIGHT 700

static TsApplication *app;

typedef struct
{
  TsDataset *dataset;
  TsQuery   *query;
  TsMatches *matches;
  GtkWidget *window;
  TsMapView *view;
  GPtrArray *activated;
} Fixture;

static void
on_record_activated (TsMapView  *view,
                     const char *id,
                     GPtrArray  *activated)
{
  g_ptr_array_add (activated, g_strdup (id));
}

static gboolean
map_has_size (gpointer data)
{
  TsMapView *view = data;

  return gtk_widget_get_mapped (GTK_WIDGET (view))
         && _ts_map_view_get_width (view) > 0 && _ts_map_view_get_height (view) > 0;
}

static gboolean
map_is_idle (gpointer data)
{
  return !_ts_map_view_is_rendering (data);
}

/* A map of the shipped dataset alone in a window, as big as the Map page
 * of a small screen. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  g_settings_reset (settings, "map-show-legend");
  fixture->dataset = ui_test_load_shipped ();
  fixture->query = ts_query_new ();
  fixture->matches = ts_matches_new (fixture->dataset, fixture->query);
  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->view = g_object_ref_sink (TS_MAP_VIEW (ts_map_view_new ()));
  ts_map_view_set_matches (fixture->view, fixture->matches);
  g_signal_connect (fixture->view, "record-activated", G_CALLBACK (on_record_activated),
                    fixture->activated);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_until (map_has_size, fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_wait_until (map_is_idle, fixture->view);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->view));
  g_clear_object (&fixture->matches);
  g_clear_object (&fixture->query);
  g_clear_object (&fixture->dataset);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
}

static void
place_pixel (Fixture    *fixture,
             const char *id,
             double     *x,
             double     *y)
{
  TsPlace *place = TS_PLACE (ts_dataset_lookup (fixture->dataset, id));

  g_assert_nonnull (place);
  _ts_map_view_lonlat_to_pixel (fixture->view, ts_place_get_lon (place),
                                ts_place_get_lat (place), x, y);
}

/* Every place of the scene is in the map area, @margin pixels from its
 * edges, none of them under the zoom buttons, and none under @legend (when
 * given). */
static void
assert_places_framed (Fixture          *fixture,
                      const TsLabelBox *legend,
                      double            margin)
{
  TsMapScene *scene = ts_map_view_get_scene (fixture->view);
  int width = _ts_map_view_get_width (fixture->view);
  int height = _ts_map_view_get_height (fixture->view);

  graphene_rect_t buttons;

  /* The zoom buttons are drawn over the map's top right corner. */
  g_assert_true (gtk_widget_compute_bounds (fixture->view->map_buttons, fixture->view->canvas,
                                            &buttons));
  g_assert_cmpuint (ts_map_scene_get_n_markers (scene), >, 0);
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);
      double x, y;

      _ts_map_view_lonlat_to_pixel (fixture->view, marker->lon, marker->lat, &x, &y);
      if (x < margin || x > width - margin || y < margin || y > height - margin)
        g_error ("%s is drawn at %.0f, %.0f: not within %.0f px of a %d × %d map",
                 marker->id, x, y, margin, width, height);
      /* A marker's disc and name reach beyond its point: 8 px clear. */
      if (legend != NULL
          && x > legend->x0 - 8 && x < legend->x1 + 8
          && y > legend->y0 - 8 && y < legend->y1 + 8)
        g_error ("%s is drawn at %.0f, %.0f, under the legend (%.0f, %.0f)–(%.0f, %.0f)",
                 marker->id, x, y, legend->x0, legend->y0, legend->x1, legend->y1);
      if (x > buttons.origin.x - 8 && y < buttons.origin.y + buttons.size.height + 8)
        g_error ("%s is drawn at %.0f, %.0f, under the zoom buttons (from x %.0f, down to y %.0f)",
                 marker->id, x, y, buttons.origin.x, buttons.origin.y + buttons.size.height);
    }
}

static GtkToggleButton *
find_legend_toggle (Fixture *fixture)
{
  GtkWidget *button = ui_test_find_named (GTK_WIDGET (fixture->view), "legend-toggle");

  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  g_assert_true (gtk_widget_is_drawable (button));
  return GTK_TOGGLE_BUTTON (button);
}

/* Fit frames every place (matched and linked) with the legend shown,
 * clear of it, and with it collapsed, larger; the choice is kept. */
static void
test_fit_clear_of_legend (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  GtkToggleButton *toggle = find_legend_toggle (fixture);
  TsLabelBox legend;
  double zoom_with_legend, x, y;
  const char *ids[] = { "place/bishkek", "place/kant", "place/chuy-region" };

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (_ts_map_view_get_legend_box (fixture->view, &legend));
  /* The legend is in the bottom left corner, and large. */
  g_assert_cmpfloat (legend.x0, <, 40);
  g_assert_cmpfloat (legend.y1, >, HEIGHT - 60);
  g_assert_cmpfloat (legend.y1 - legend.y0, >, 100);
  assert_places_framed (fixture, &legend, 12);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      place_pixel (fixture, ids[i], &x, &y);
      g_assert_true (x > legend.x1 + 8 || y < legend.y0 - 8);
    }
  zoom_with_legend = ts_map_view_get_zoom (fixture->view);

  /* Collapsed, the legend leaves the data as much room or more, and the
   * fitted view is fitted again to it; the choice lasts. */
  gtk_toggle_button_set_active (toggle, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "map-show-legend"));
  g_assert_false (_ts_map_view_get_legend_box (fixture->view, &legend));
  {
    g_autoptr(GVariant) refitted = ts_map_view_save_state (fixture->view);
    g_autoptr(GVariant) fitted = NULL;

    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
    fitted = ts_map_view_save_state (fixture->view);
    g_assert_true (g_variant_equal (refitted, fitted));
  }
  assert_places_framed (fixture, NULL, 12);
  g_assert_cmpfloat (ts_map_view_get_zoom (fixture->view), >=, zoom_with_legend);

  /* A view the analyst moved stays where it is. */
  _ts_map_view_pan (fixture->view, 30, 20);
  {
    g_autoptr(GVariant) moved = ts_map_view_save_state (fixture->view);
    g_autoptr(GVariant) after = NULL;

    gtk_toggle_button_set_active (toggle, TRUE);
    after = ts_map_view_save_state (fixture->view);
    g_assert_true (g_variant_equal (moved, after));
    gtk_toggle_button_set_active (toggle, FALSE);
  }

  g_settings_set_boolean (settings, "map-show-legend", TRUE);
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (_ts_map_view_get_legend_box (fixture->view, &legend));

  /* A search that matches one place does not zoom in to a street: the
   * fit keeps a minimum extent, 2 degrees of longitude (about 170 km)
   * at least. */
  ts_query_set_text (fixture->query, "Torugart");
  ui_test_wait_for_matches (ts_map_view_get_matches (fixture->view));
  g_assert_nonnull (ts_map_scene_lookup_marker (ts_map_view_get_scene (fixture->view),
                                                "place/torugart-pass"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  {
    double x2;

    _ts_map_view_lonlat_to_pixel (fixture->view, 75.0, 40.6, &x, &y);
    _ts_map_view_lonlat_to_pixel (fixture->view, 77.0, 40.6, &x2, &y);
    g_assert_cmpfloat (x2 - x, <, WIDTH);
  }
}

static GtkListBoxRow *
popover_row (GtkWidget *list,
             int        index)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
}

static const char *
row_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "ts-id");
}

/* The texts of a row's labels, joined by newlines. */
static char *
row_text (GtkListBoxRow *row)
{
  GString *text = g_string_new (NULL);
  GtkWidget *box = gtk_list_box_row_get_child (row);

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
    }
  return g_string_free (text, FALSE);
}

/* Zoomed in on Bishkek until it is drawn alone, a click opens a popover
 * at it listing its records: the place first, then what happened there,
 * newest first; choosing one emits ::record-activated with its id. */
static void
test_place_popover (Fixture       *fixture,
                    gconstpointer  data)
{
  /* data/dataset/tianshan.json: the records that happen at Bishkek. */
  static const struct { const char *id; const char *title; const char *type; } expected[] = {
    { "place/bishkek", "Bishkek", "Place" },
    { "meeting/2023-10-sco-heads-of-government-council-bishkek",
      "22nd Meeting of the Council of Heads of Government of the SCO member states",
      "Meeting" },
    { "meeting/2023-10-25-china-cultural-center-bishkek-plaque",
      "Li Qiang and Akylbek Japarov unveil the plaque of the China Cultural Center in Bishkek",
      "Meeting · 25 Oct 2023" },
    { "meeting/2023-10-25-li-qiang-mikhail-mishustin",
      "Li Qiang meets Russian Prime Minister Mikhail Mishustin in Bishkek",
      "Meeting · 25 Oct 2023" },
    { "project/china-cultural-center-bishkek", "China Cultural Center in Bishkek", "Project" },
  };
  g_autoptr(GPtrArray) cluster = NULL;
  GtkPopover *popover;
  GtkWidget *list;
  const char *hit;
  double x, y;
  int n_rows = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  place_pixel (fixture, "place/bishkek", &x, &y);
  _ts_map_view_zoom_at (fixture->view, x, y, 3.5);
  place_pixel (fixture, "place/bishkek", &x, &y);

  hit = _ts_map_view_click (fixture->view, x, y);
  g_assert_cmpstr (hit, ==, "place/bishkek");
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->view), ==, "place/bishkek");
  /* Nothing is opened elsewhere until a record is chosen. */
  g_assert_cmpuint (fixture->activated->len, ==, 0);
  wait_for_popover (fixture->view, x, y);
  popover = _ts_map_view_get_popover (fixture->view);
  g_assert_nonnull (ui_test_find_named (GTK_WIDGET (popover), "place-popover"));
  list = ui_test_find_named (GTK_WIDGET (popover), "place-records");
  g_assert_nonnull (list);

  while (popover_row (list, n_rows) != NULL)
    n_rows++;
  g_assert_cmpint (n_rows, ==, G_N_ELEMENTS (expected));
  /* The place first, then every record held there, newest first. */
  g_assert_cmpstr (row_id (popover_row (list, 0)), ==, "place/bishkek");
  for (int i = 0; i < n_rows; i++)
    {
      GtkListBoxRow *row = popover_row (list, i);
      g_autofree char *text = row_text (row);
      guint e;

      for (e = 0; e < G_N_ELEMENTS (expected); e++)
        if (g_strcmp0 (row_id (row), expected[e].id) == 0)
          break;
      g_assert_cmpuint (e, <, G_N_ELEMENTS (expected));
      if (!g_str_has_prefix (text, expected[e].title) || strstr (text, expected[e].type) == NULL)
        g_error ("Row %d reads “%s”, not “%s” with “%s”", i, text, expected[e].title,
                 expected[e].type);
      if (i > 1)
        {
          TsRecord *newer = ts_dataset_lookup (fixture->dataset, row_id (popover_row (list, i - 1)));
          TsRecord *older = ts_dataset_lookup (fixture->dataset, row_id (row));

          g_assert_cmpint (ts_date_compare (ts_record_get_date (newer),
                                            ts_record_get_date (older)), >=, 0);
        }
    }

  /* Choosing a meeting opens it: the window shows it beside the map. */
  g_signal_emit_by_name (list, "row-activated", popover_row (list, 2));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, row_id (popover_row (list, 2)));
  g_assert_null (_ts_map_view_get_popover (fixture->view));

  /* The place itself is the first row. */
  _ts_map_view_click (fixture->view, x, y);
  list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (fixture->view)),
                             "place-records");
  g_signal_emit_by_name (list, "row-activated", popover_row (list, 0));
  g_assert_cmpstr (fixture->activated->pdata[1], ==, "place/bishkek");

  /* Enter on the map opens the selected place's records too. */
  g_assert_null (_ts_map_view_get_popover (fixture->view));
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->view), ==, "place/bishkek");
  g_assert_true (_ts_map_view_open_selected (fixture->view));
  list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (fixture->view)),
                             "place-records");
  g_assert_cmpstr (row_id (popover_row (list, 0)), ==, "place/bishkek");
  g_assert_nonnull (popover_row (list, 4));
  _ts_map_view_close_popover (fixture->view);

  /* A country has no marker, but the records placed at it have a
   * popover too (for its shape on the map): 21 at Kyrgyzstan in
   * data/dataset/tianshan.json, meetings, agreements and projects. */
  _ts_map_view_open_place_popover (fixture->view, "place/kyrgyzstan", 100, 100);
  list = ui_test_find_named (GTK_WIDGET (_ts_map_view_get_popover (fixture->view)),
                             "place-records");
  g_assert_cmpstr (row_id (popover_row (list, 0)), ==, "place/kyrgyzstan");
  g_assert_nonnull (popover_row (list, 21));
  g_assert_null (popover_row (list, 22));
  _ts_map_view_close_popover (fixture->view);

  /* At this zoom Bishkek is drawn alone, and a click on the bare map
   * closes what was open and clears the selection. */
  cluster = ts_map_renderer_list_cluster (fixture->view->renderer, "place/bishkek");
  g_assert_null (cluster);
  _ts_map_view_click (fixture->view, x, y);
  g_assert_nonnull (_ts_map_view_get_popover (fixture->view));
  g_assert_null (_ts_map_view_click (fixture->view, 5, 5));
  g_assert_null (_ts_map_view_get_popover (fixture->view));
  g_assert_null (ts_map_view_get_selected_id (fixture->view));
}

/* At the fitted zoom Bishkek, Kant and the places around them overlap: a
 * counted cluster, which a click opens as a list of its places; choosing
 * one shows that place's records, and Zoom In tells them apart. */
static void
test_cluster (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) cluster = NULL;
  GtkPopover *popover;
  GtkWidget *list, *zoom_button;
  gboolean has_kant = FALSE;
  double zoom, x, y;
  const char *hit;
  guint n_rows = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  zoom = ts_map_view_get_zoom (fixture->view);
  place_pixel (fixture, "place/kant", &x, &y);

  /* Kant is drawn under the cluster whose first (largest) place is
   * Bishkek: what a click there hits. */
  cluster = ts_map_renderer_list_cluster (fixture->view->renderer, "place/kant");
  g_assert_nonnull (cluster);
  g_assert_cmpuint (cluster->len, >=, 3);
  g_assert_cmpstr (((const TsMapMarker *) cluster->pdata[0])->id, ==, "place/bishkek");
  hit = _ts_map_view_click (fixture->view, x, y);
  g_assert_cmpstr (hit, ==, "place/bishkek");
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  wait_for_popover (fixture->view, x, y);
  popover = _ts_map_view_get_popover (fixture->view);
  g_assert_nonnull (ui_test_find_named (GTK_WIDGET (popover), "cluster-popover"));
  list = ui_test_find_named (GTK_WIDGET (popover), "cluster-places");
  while (popover_row (list, n_rows) != NULL)
    {
      has_kant |= g_strcmp0 (row_id (popover_row (list, n_rows)), "place/kant") == 0;
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, cluster->len);
  g_assert_true (has_kant);
  g_assert_cmpstr (row_id (popover_row (list, 0)), ==, "place/bishkek");

  /* Choosing Bishkek shows its records, in the same place. */
  g_signal_emit_by_name (list, "row-activated", popover_row (list, 0));
  popover = _ts_map_view_get_popover (fixture->view);
  g_assert_nonnull (popover);
  list = ui_test_find_named (GTK_WIDGET (popover), "place-records");
  g_assert_nonnull (list);
  g_assert_cmpstr (row_id (popover_row (list, 0)), ==, "place/bishkek");
  g_assert_nonnull (popover_row (list, 4));
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->view), ==, "place/bishkek");

  /* Zoom In from the cluster's popover zooms in where it was. */
  _ts_map_view_click (fixture->view, x, y);
  popover = _ts_map_view_get_popover (fixture->view);
  zoom_button = ui_test_find_named (GTK_WIDGET (popover), "cluster-zoom");
  g_assert_nonnull (zoom_button);
  g_signal_emit_by_name (zoom_button, "clicked");
  g_assert_null (_ts_map_view_get_popover (fixture->view));
  g_assert_cmpfloat (ts_map_view_get_zoom (fixture->view), >, zoom + 1);
}

/* The hit test finds what is drawn on top: within the disc of a large
 * marker a click hits it, even where a smaller one drawn over it is
 * within the tolerance (Bishkek, not Kant). */
static void
test_hit_on_top (void)
{
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH,
                                                               &error);
  TsView view;
  double bx, by, kx, ky, r;

  g_assert_no_error (error);
  ts_map_scene_add_marker (scene, "place/bishkek", "Bishkek", 42.8747, 74.6122, 30, 3, TRUE);
  ts_map_scene_add_marker (scene, "place/kant", "Kant", 42.8911, 74.8508, 1, 0, FALSE);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_size (renderer, 800, 600);
  ts_map_renderer_set_view (renderer, 74.7, 42.9, 7.6);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 74.6122, 42.8747, &bx, &by);
  ts_view_lonlat_to_pixel (&view, 74.8508, 42.8911, &kx, &ky);
  r = ts_map_style_marker_radius (ts_map_style_get_default (),
                                  ts_map_scene_lookup_marker (scene, "place/bishkek"));
  /* The discs overlap. */
  g_assert_cmpfloat (hypot (kx - bx, ky - by), <, r + 8);

  /* Inside Bishkek's disc, outside Kant's but within its tolerance: the
   * old hit test, topmost first with the tolerance, took Kant. */
  {
    double rk = ts_map_style_marker_radius (ts_map_style_get_default (),
                                            ts_map_scene_lookup_marker (scene, "place/kant"));
    double d = hypot (kx - bx, ky - by);
    double t = (d - rk - 2) / d;
    double x = bx + (kx - bx) * t, y = by + (ky - by) * t;

    g_assert_cmpfloat (hypot (x - bx, y - by), <, r);
    g_assert_cmpfloat (hypot (x - kx, y - ky), >, rk);
    g_assert_cmpfloat (hypot (x - kx, y - ky), <, rk + TS_MAP_HIT_TOLERANCE);
    g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, "place/bishkek");
  }
  /* On Kant's disc, Kant (drawn over Bishkek). */
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, kx, ky), ==, "place/kant");

  /* The widget gathers them instead: one cluster, Bishkek's. */
  ts_map_renderer_set_cluster_markers (renderer, TRUE);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, bx, by), ==, "place/bishkek");
  {
    g_autoptr(GPtrArray) members = ts_map_renderer_list_cluster (renderer, "place/kant");

    g_assert_nonnull (members);
    g_assert_cmpuint (members->len, ==, 2);
  }
}

/* Pixels within @radius of (cx, cy) of @surface that are near white. */
static guint
count_white (cairo_surface_t *surface,
             double           cx,
             double           cy,
             double           radius)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = (int) (cy - radius); y <= (int) (cy + radius); y++)
    for (int x = (int) (cx - radius); x <= (int) (cx + radius); x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (hypot (x - cx, y - cy) <= radius
            && ((pixel >> 16) & 0xff) > 230 && ((pixel >> 8) & 0xff) > 230
            && (pixel & 0xff) > 230)
          n++;
      }
  return n;
}

/* A cluster is drawn as one disc with the number of its places in white
 * in its middle, where a marker alone is plain colour. */
static void
test_cluster_drawn (void)
{
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH,
                                                               &error);
  TsView view;
  double bx, by;
  guint white[2];

  g_assert_no_error (error);
  ts_map_scene_add_marker (scene, "place/bishkek", "Bishkek", 42.8747, 74.6122, 4, 0, FALSE);
  ts_map_scene_add_marker (scene, "place/kant", "Kant", 42.8911, 74.8508, 1, 0, FALSE);
  ts_map_scene_add_marker (scene, "place/novopokrovka", "Novopokrovka", 42.8689, 74.74, 1, 0,
                           FALSE);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, FALSE);
  ts_map_renderer_set_view (renderer, 74.7, 42.9, 5.5);

  for (int cluster = 0; cluster < 2; cluster++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
      cairo_t *cr = cairo_create (surface);

      ts_map_renderer_set_cluster_markers (renderer, cluster);
      ts_map_renderer_draw (renderer, cr, 400, 300);
      ts_map_renderer_get_projected_view (renderer, &view);
      ts_view_lonlat_to_pixel (&view, 74.6122, 42.8747, &bx, &by);
      white[cluster] = count_white (surface, bx, by, 4);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_assert_cmpuint (white[0], ==, 0);
  g_assert_cmpuint (white[1], >, 3);
  {
    g_autoptr(GPtrArray) members = ts_map_renderer_list_cluster (renderer, "place/kant");

    g_assert_nonnull (members);
    g_assert_cmpuint (members->len, ==, 3);
  }
}

/* The view as it was comes back, selection included, and stays when the
 * map is shown again or resized. */
static void
test_state_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GVariant) again = NULL;
  double x, y, lon, lat, zoom;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  place_pixel (fixture, "place/kashgar", &x, &y);
  _ts_map_view_zoom_at (fixture->view, x, y, 2.0);
  _ts_map_view_pan (fixture->view, 40, -25);
  ts_map_view_set_selected_id (fixture->view, "place/kashgar");
  state = ts_map_view_save_state (fixture->view);
  g_assert_false (g_variant_is_floating (state));
  g_variant_get (state, "(dddms)", &lon, &lat, &zoom, NULL);
  place_pixel (fixture, "place/kashgar", &x, &y);

  /* Elsewhere: fitted, nothing selected. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "map.fit", NULL);
  ts_map_view_set_selected_id (fixture->view, NULL);
  g_assert_cmpfloat (fabs (ts_map_view_get_zoom (fixture->view) - zoom), >, 0.5);

  ts_map_view_restore_state (fixture->view, state);
  g_assert_cmpfloat_with_epsilon (ts_map_view_get_zoom (fixture->view), zoom, 1e-9);
  g_assert_cmpstr (ts_map_view_get_selected_id (fixture->view), ==, "place/kashgar");
  {
    double x2, y2;

    place_pixel (fixture, "place/kashgar", &x2, &y2);
    g_assert_cmpfloat_with_epsilon (x2, x, 1e-6);
    g_assert_cmpfloat_with_epsilon (y2, y, 1e-6);
  }
  again = ts_map_view_save_state (fixture->view);
  g_assert_true (g_variant_equal (state, again));

  /* Hidden and shown again (the window's pages), the view stays. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  ts_map_view_restore_state (fixture->view, state);
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  ui_test_wait_until (map_has_size, fixture->view);
  g_clear_pointer (&again, g_variant_unref);
  again = ts_map_view_save_state (fixture->view);
  g_assert_true (g_variant_equal (state, again));
}

/* The window's Map page: the search and filter chips show above it with
 * Clear All, the map follows them, and a search that leaves nothing for
 * the map says so in place, with a Clear button. */
typedef struct
{
  TsMapView *view;
  guint      n_markers;
} MarkerCount;

static gboolean
map_has_n_markers (gpointer data)
{
  MarkerCount *count = data;

  return ts_map_scene_get_n_markers (ts_map_view_get_scene (count->view)) == count->n_markers;
}

static gboolean
is_map_view (GtkWidget     *widget,
             gconstpointer  data)
{
  return TS_IS_MAP_VIEW (widget);
}

static gboolean
is_chips_bar (GtkWidget     *widget,
              gconstpointer  data)
{
  return TS_IS_CHIPS_BAR (widget);
}

static void
test_chips_on_map (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  TsWindow *window = g_object_ref (ts_window_new (app));
  TsQuery *query = ts_window_get_query (window);
  GtkWidget *chips, *clear_all, *empty, *clear;
  MarkerCount all, kyrgyz;
  TsMapView *view;

  ts_window_set_dataset (window, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_window_present (GTK_WINDOW (window));
  ts_window_set_view (window, "map");
  view = TS_MAP_VIEW (ui_test_find_widget (GTK_WIDGET (window), is_map_view, NULL));
  g_assert_nonnull (view);
  ui_test_wait_until (map_has_size, view);
  all = (MarkerCount) { view, ts_map_scene_get_n_markers (ts_map_view_get_scene (view)) };
  g_assert_cmpuint (all.n_markers, >, 10);

  chips = ui_test_find_widget (GTK_WIDGET (window), is_chips_bar, NULL);
  clear_all = ui_test_find_named (chips, "clear-all");
  g_assert_false (gtk_widget_is_drawable (chips));

  /* A search and a filter, set on the Map page: both show as chips above
   * the map, and the map shows only what they match. */
  ts_query_set_text (query, "railway");
  ts_query_set_country (query, "KG");
  ui_test_wait_for_matches (ts_map_view_get_matches (view));
  ui_test_wait_until (ui_test_widget_is_mapped, chips);
  g_assert_cmpuint (ts_chips_bar_get_n_chips (TS_CHIPS_BAR (chips)), ==, 2);
  g_assert_true (gtk_widget_is_drawable (clear_all));
  g_assert_cmpstr (ts_window_get_view (window), ==, "map");
  kyrgyz = (MarkerCount) { view, ts_map_scene_get_n_markers (ts_map_view_get_scene (view)) };
  g_assert_cmpuint (kyrgyz.n_markers, >, 0);
  g_assert_cmpuint (kyrgyz.n_markers, <, all.n_markers);
  g_assert_nonnull (ts_map_scene_lookup_marker (ts_map_view_get_scene (view),
                                                "place/torugart-pass"));
  g_assert_null (ts_map_scene_lookup_marker (ts_map_view_get_scene (view), "place/beijing"));
  empty = ui_test_find_named (GTK_WIDGET (view), "map-empty");
  g_assert_nonnull (empty);
  g_assert_false (gtk_widget_get_visible (empty));

  /* One click clears them: every place is back. */
  g_signal_emit_by_name (clear_all, "clicked");
  g_assert_true (ts_query_is_empty (query));
  ui_test_wait_until (map_has_n_markers, &all);
  g_assert_false (gtk_widget_get_visible (chips));

  /* A search that nothing on the map matches says so, over the map. */
  ts_query_set_text (query, "no such thing anywhere");
  ui_test_wait_for_matches (ts_map_view_get_matches (view));
  g_assert_cmpuint (ts_map_scene_get_n_markers (ts_map_view_get_scene (view)), ==, 0);
  ui_test_wait_until (ui_test_widget_is_mapped, empty);
  g_assert_true (gtk_widget_is_drawable (empty));
  clear = ui_test_find_named (empty, "map-clear-query");
  g_assert_true (gtk_widget_is_drawable (clear));
  g_signal_emit_by_name (clear, "clicked");
  g_assert_true (ts_query_is_empty (query));
  ui_test_wait_until (map_has_n_markers, &all);
  g_assert_false (gtk_widget_get_visible (empty));

  ui_test_wait_until (map_is_idle, view);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
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

  /* The dates and type names the rows are checked against are English. */
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/map-answers/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fit-clear-of-legend", test_fit_clear_of_legend);
  ADD ("place-popover", test_place_popover);
  ADD ("cluster", test_cluster);
  ADD ("state-round-trip", test_state_round_trip);
  g_test_add_func ("/map-answers/hit-on-top", test_hit_on_top);
  g_test_add_func ("/map-answers/cluster-drawn", test_cluster_drawn);
  g_test_add_func ("/map-answers/chips-on-map", test_chips_on_map);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
