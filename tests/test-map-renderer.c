/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ts-error.h"
#include "ts-map-area-layer.h"
#include "ts-map-legend-layer.h"
#include "ts-map-renderer.h"
#include "ts-map-text.h"
#include "ts-map-style.h"
#include "render-test-utils.h"

#define BISHKEK_LAT 42.8746
#define BISHKEK_LON 74.5698
/* GNOME blue 4, the colour of an ordinary place marker. */
#define MARKER_RGB 0x1c71d8
#define SEA_RGB 0xd5e4f0
/* China's tint, on the map and in the legend. */
#define CHINA_RGB 0xf8dcd5
/* Kyrgyzstan's, when it holds no records. */
#define KYRGYZSTAN_RGB 0xfbe6b8
/* The tints of countries holding records, light to strong. */
#define AREA_LIGHTEST_RGB 0xdcf1ed
#define AREA_LIGHT_RGB 0xb4e0d8
#define AREA_STRONGEST_RGB 0x58aba0

#define WIDTH 900
#define HEIGHT 600

/* The China–Kyrgyzstan–Uzbekistan railway, roughly: Kashgar → Torugart →
 * Jalal-Abad → Andijan. */
static const TsMapPoint railway[] = {
  { 39.47, 75.99 }, { 40.56, 75.39 }, { 41.25, 74.00 }, { 40.93, 73.00 }, { 40.78, 72.34 },
};

static TsMapScene *
make_scene (void)
{
  TsMapScene *scene = ts_map_scene_new ();

  ts_map_scene_add_marker (scene, "place/bishkek", "Bishkek", BISHKEK_LAT, BISHKEK_LON,
                           12, 5, FALSE);
  ts_map_scene_add_marker (scene, "place/tashkent", "Tashkent", 41.2995, 69.2401, 3, 0, FALSE);
  ts_map_scene_add_arc (scene, "agreement/shandong-chuy", "Shandong – Chuy",
                        36.6512, 117.12, BISHKEK_LAT, BISHKEK_LON,
                        TS_MAP_ARC_FRIENDLY_PROVINCES);
  ts_map_scene_add_route (scene, "project/cku-railway", "China–Kyrgyzstan–Uzbekistan railway",
                          railway, G_N_ELEMENTS (railway));

  return scene;
}

static guint32
get_pixel (cairo_surface_t *surface,
           double           x,
           double           y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x), py = (int) floor (y);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *) (data + py * stride + px * 4) & 0xffffff;
}

static void
assert_color_near (guint32 actual,
                   guint32 expected)
{
  for (guint shift = 0; shift < 24; shift += 8)
    {
      int a = (actual >> shift) & 0xff, e = (expected >> shift) & 0xff;

      if (ABS (a - e) > 3)
        g_error ("pixel is #%06x, expected #%06x", actual, expected);
    }
}

static void
test_projection_round_trip (void)
{
  const double points[][2] = {
    { BISHKEK_LON, BISHKEK_LAT },
    { 116.4074, 39.9042 },   /* Beijing */
    { 69.2401, 41.2995 },    /* Tashkent */
    { 80.0, 40.0 },          /* the origin */
    { 40.5, 15.2 },          /* corners of the region */
    { 134.9, 59.8 },
    { -73.97, 40.78 },       /* the far side of the globe */
    { 151.2, -33.9 },
    { 0.0, 0.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double x, y, lon = NAN, lat = NAN;

      ts_projection_forward (points[i][0], points[i][1], &x, &y);
      g_assert_true (isfinite (x) && isfinite (y));
      g_assert_true (ts_projection_inverse (x, y, &lon, &lat));
      g_assert_cmpfloat_with_epsilon (lon, points[i][0], 1e-6);
      g_assert_cmpfloat_with_epsilon (lat, points[i][1], 1e-6);
    }

  /* The origin is the projected (0, 0); the standard parallels have no
   * scale error. */
  {
    double x, y;

    ts_projection_forward (TS_PROJECTION_CENTRAL_MERIDIAN, TS_PROJECTION_ORIGIN_LATITUDE,
                           &x, &y);
    g_assert_cmpfloat_with_epsilon (x, 0, 1e-6);
    g_assert_cmpfloat_with_epsilon (y, 0, 1e-6);
    g_assert_cmpfloat_with_epsilon (ts_projection_scale_factor (25.0), 1.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (ts_projection_scale_factor (47.0), 1.0, 1e-9);
    g_assert_cmpfloat (ts_projection_scale_factor (36.0), <, 1.0);
  }

  /* One degree of latitude is ~111 km on the ground anywhere. */
  {
    double x0, y0, x1, y1, k = ts_projection_scale_factor (42.5);

    ts_projection_forward (BISHKEK_LON, 42.0, &x0, &y0);
    ts_projection_forward (BISHKEK_LON, 43.0, &x1, &y1);
    g_assert_cmpfloat_with_epsilon (hypot (x1 - x0, y1 - y0) / k, 111195, 200);
  }
}

static void
test_view_round_trip (void)
{
  TsView view;
  double px, py, lon, lat;

  ts_view_init (&view, BISHKEK_LON, BISHKEK_LAT, 6.0, WIDTH, HEIGHT);
  ts_view_lonlat_to_pixel (&view, BISHKEK_LON, BISHKEK_LAT, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, WIDTH / 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (py, HEIGHT / 2.0, 1e-6);

  /* North is up, east is right. */
  ts_view_lonlat_to_pixel (&view, BISHKEK_LON, BISHKEK_LAT + 1, &px, &py);
  g_assert_cmpfloat (py, <, HEIGHT / 2.0);
  ts_view_lonlat_to_pixel (&view, BISHKEK_LON + 1, BISHKEK_LAT, &px, &py);
  g_assert_cmpfloat (px, >, WIDTH / 2.0);

  g_assert_true (ts_view_pixel_to_lonlat (&view, 123.0, 456.0, &lon, &lat));
  ts_view_lonlat_to_pixel (&view, lon, lat, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 123.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (py, 456.0, 1e-6);

  /* Each zoom step doubles the scale. */
  g_assert_cmpfloat_with_epsilon (ts_view_scale_for_zoom (7) / ts_view_scale_for_zoom (6),
                                  2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (ts_view_zoom_for_scale (ts_view_scale_for_zoom (5.3)),
                                  5.3, 1e-9);
}

static void
test_basemap_layers (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  const char *region_codes[] = { "CN", "KG", "UZ", "KZ", "TJ", "AF", "MN", "RU", "IN", "PK" };

  g_assert_cmpuint (ts_basemap_get_n_countries (basemap, TS_BASEMAP_LAYER_REGION), >=, 30);
  g_assert_cmpuint (ts_basemap_get_n_countries (basemap, TS_BASEMAP_LAYER_WORLD), >=, 150);
  g_assert_cmpstr (ts_basemap_get_attribution (basemap), ==, "Natural Earth");

  for (guint i = 0; i < G_N_ELEMENTS (region_codes); i++)
    {
      const TsBasemapCountry *country =
        ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, region_codes[i]);
      const TsBasemapCountry *world =
        ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_WORLD, region_codes[i]);

      g_assert_nonnull (country);
      g_assert_nonnull (world);
      g_assert_cmpuint (country->n_rings, >, 0);
      g_assert_true (ts_basemap_country_in_region (basemap, world));
    }

  /* Far from the region: only in the world layer. */
  g_assert_null (ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, "BR"));
  g_assert_nonnull (ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_WORLD, "BR"));

  /* Bishkek lies inside Kyrgyzstan's bounds, Beijing outside them. */
  {
    const TsBasemapCountry *kg =
      ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, "KG");
    double x, y;

    ts_projection_forward (BISHKEK_LON, BISHKEK_LAT, &x, &y);
    g_assert_cmpfloat (x, >, kg->x0);
    g_assert_cmpfloat (x, <, kg->x1);
    g_assert_cmpfloat (y, >, kg->y0);
    g_assert_cmpfloat (y, <, kg->y1);
    ts_projection_forward (116.4, 39.9, &x, &y);
    g_assert_false (x > kg->x0 && x < kg->x1 && y > kg->y0 && y < kg->y1);
  }
}

static void
test_basemap_damaged (void)
{
  const char *damaged[] = {
    "",
    "[]",
    "{\"format\": 2, \"layers\": {}}",
    "{\"format\": 1}",
    "{\"format\": 1, \"layers\": {\"region\": {\"countries\": []}}}",
    "{\"format\": 1, \"layers\": {\"region\": {\"countries\": [{\"name\": \"X\"}]},"
    " \"world\": {\"countries\": []}}}",
    "{\"format\": 1, \"layers\": {\"region\": {\"countries\": [{\"name\": \"X\", \"iso_a2\": \"\","
    " \"iso_n3\": \"\", \"label\": [0, 0], \"polygons\": [[[1, 2, 3]]]}]},"
    " \"world\": {\"countries\": []}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (damaged[i], strlen (damaged[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(TsBasemap) basemap = ts_basemap_new_from_bytes (bytes, &error);

      g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
      g_assert_null (basemap);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TsBasemap) basemap = ts_basemap_new_from_resource ("/no/such/basemap.json",
                                                                 &error);

    g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_NOT_FOUND);
    g_assert_null (basemap);
  }
}

/* The app loads the basemap from its resource bundle. */
static void
test_basemap_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = NULL;
  gsize size;

  if (!g_resources_get_info (TS_BASEMAP_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                             &size, NULL, NULL))
    {
      g_test_skip ("the basemap is not in the resource bundle");
      return;
    }

  basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, "KG"));
}

static TsMapRenderer *
make_renderer (TsBasemap  *basemap,
               TsMapScene *scene)
{
  TsMapRenderer *renderer = ts_map_renderer_new (basemap);

  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_view (renderer, BISHKEK_LON, BISHKEK_LAT, 6.0);

  return renderer;
}

static cairo_surface_t *
draw (TsMapRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static void
test_marker_drawn (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) surface = NULL;
  TsView view;
  double px, py;

  surface = draw (renderer);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, BISHKEK_LON, BISHKEK_LAT, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, WIDTH / 2.0, 1e-6);
  assert_color_near (get_pixel (surface, px, py), MARKER_RGB);
  assert_color_near (get_pixel (surface, px - 3, py + 3), MARKER_RGB);

  /* Without the scene, the same pixel is Kyrgyzstan, not a marker. */
  ts_map_renderer_set_scene (renderer, NULL);
  g_clear_pointer (&surface, cairo_surface_destroy);
  surface = draw (renderer);
  g_assert_cmpuint (get_pixel (surface, px, py), !=, MARKER_RGB);
}

static void
test_hit_test (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) surface = NULL;
  TsView view;
  double px, py, ax, ay, bx, by;

  surface = draw (renderer);
  ts_map_renderer_get_projected_view (renderer, &view);

  ts_view_lonlat_to_pixel (&view, BISHKEK_LON, BISHKEK_LAT, &px, &py);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, px, py), ==, "place/bishkek");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, px + 5, py - 4), ==, "place/bishkek");

  /* Halfway along the railway's Torugart–Jalal-Abad leg, far from any
   * marker. */
  ts_view_lonlat_to_pixel (&view, railway[1].lon, railway[1].lat, &ax, &ay);
  ts_view_lonlat_to_pixel (&view, railway[2].lon, railway[2].lat, &bx, &by);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, (ax + bx) / 2, (ay + by) / 2), ==,
                   "project/cku-railway");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, (ax + bx) / 2 + 2, (ay + by) / 2), ==,
                   "project/cku-railway");

  /* Open sea, nothing there: the Arabian Sea at a world-scale view. */
  ts_map_renderer_set_view (renderer, 70.0, 30.0, 3.5);
  g_clear_pointer (&surface, cairo_surface_destroy);
  surface = draw (renderer);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 63.0, 17.0, &px, &py);
  assert_color_near (get_pixel (surface, px, py), SEA_RGB);
  g_assert_null (ts_map_renderer_hit_test (renderer, px, py));
}

static void
test_hit_test_arc (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = NULL;
  TsView view;
  double ax, ay, bx, by;

  ts_map_scene_add_arc (scene, "agreement/osh-kashgar", "Osh – Kashgar",
                        40.5283, 72.7985, 39.4704, 75.9898, TS_MAP_ARC_SISTER_CITIES);
  renderer = make_renderer (basemap, scene);
  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 72.7985, 40.5283, &ax, &ay);
  ts_view_lonlat_to_pixel (&view, 75.9898, 39.4704, &bx, &by);

  /* The ends are on the curve; the chord's middle is not (it bows). */
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, ax, ay), ==, "agreement/osh-kashgar");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, bx, by), ==, "agreement/osh-kashgar");
  g_assert_null (ts_map_renderer_hit_test (renderer, (ax + bx) / 2, (ay + by) / 2));
}

/* The legend's first row is China's swatch in China's tint; hidden, the
 * map shows through where it was. */
static void
test_legend_toggle (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) shown = NULL;
  g_autoptr(cairo_surface_t) hidden = NULL;
  /* Three countries, places, meetings, friendly provinces and a route:
   * seven rows of 19 pixels, in 10 pixels of padding, 12 from the edges. */
  const double legend_top = HEIGHT - 12 - (10 + 7 * 19 + 10 - 4);
  const double swatch_x = 12 + 10 + 26 / 2.0, swatch_y = legend_top + 10 + 19 / 2.0 - 2;

  g_assert_true (ts_map_renderer_get_show_legend (renderer));
  shown = draw (renderer);
  assert_color_near (get_pixel (shown, swatch_x, swatch_y), CHINA_RGB);

  ts_map_renderer_set_show_legend (renderer, FALSE);
  g_assert_false (ts_map_renderer_get_show_legend (renderer));
  hidden = draw (renderer);
  g_assert_cmpuint (get_pixel (hidden, swatch_x, swatch_y), !=,
                    get_pixel (shown, swatch_x, swatch_y));
}

/* Where a place sits on a route and a tie ends there, the place is on
 * top, then the route: what is drawn on top is what a click picks. */
static void
test_hit_test_order (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = NULL;
  const TsMapPoint route[] = { { 40.56, 75.39 }, { 41.25, 74.00 }, { 40.93, 73.00 } };
  TsView view;
  double px, py, ax, ay;

  ts_map_scene_add_arc (scene, "agreement/tie", "Tie", 41.25, 74.00, 39.47, 75.99,
                        TS_MAP_ARC_OTHER);
  ts_map_scene_add_route (scene, "project/road", "Road", route, G_N_ELEMENTS (route));
  renderer = make_renderer (basemap, scene);
  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 74.00, 41.25, &px, &py);
  ts_view_lonlat_to_pixel (&view, 75.99, 39.47, &ax, &ay);

  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, px, py), ==, "project/road");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, ax, ay), ==, "agreement/tie");

  ts_map_scene_add_marker (scene, "place/naryn", "Naryn", 41.25, 74.00, 1, 0, FALSE);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, px, py), ==, "place/naryn");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, ax, ay), ==, "agreement/tie");
}

static void
test_fit (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  TsView view;
  double px, py, lon, lat, zoom;

  g_assert_false (ts_map_renderer_fit (renderer, WIDTH, HEIGHT, 40));
  ts_map_renderer_get_view (renderer, &lon, &lat, &zoom);
  g_assert_cmpfloat (zoom, ==, TS_MAP_DEFAULT_ZOOM);

  ts_map_renderer_set_scene (renderer, scene);
  g_assert_true (ts_map_renderer_fit (renderer, WIDTH, HEIGHT, 40));
  ts_map_renderer_get_projected_view (renderer, &view);

  /* Every item is inside the padded viewport, and one of them touches its
   * edge (the view is as close as it can be). */
  ts_view_lonlat_to_pixel (&view, 117.12, 36.6512, &px, &py); /* the arc's far end */
  g_assert_cmpfloat (px, <=, WIDTH - 40 + 1e-6);
  g_assert_cmpfloat (px, >=, WIDTH - 40 - 1);
  ts_view_lonlat_to_pixel (&view, 69.2401, 41.2995, &px, &py); /* Tashkent */
  g_assert_cmpfloat (px, >=, 40 - 1e-6);
  g_assert_cmpfloat (px, <=, 40 + 1);
  for (guint i = 0; i < G_N_ELEMENTS (railway); i++)
    {
      ts_view_lonlat_to_pixel (&view, railway[i].lon, railway[i].lat, &px, &py);
      g_assert_cmpfloat (py, >=, 40 - 1e-6);
      g_assert_cmpfloat (py, <=, HEIGHT - 40 + 1e-6);
    }
}

static gboolean
in_box (const TsLabelBox *box,
        double            x,
        double            y)
{
  return x > box->x0 && x < box->x1 && y > box->y0 && y < box->y1;
}

/* A briefing's map: the data is framed clear of the legend in the bottom
 * left corner, right of it or above it, still inside the padding. */
static void
test_fit_clear_of_legend (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  g_autoptr(TsMapLayer) legend = ts_map_legend_layer_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const struct { double lat, lon; } places[] = {
    { 36.0, 60.0 },   /* the south-west corner of the data */
    { 46.0, 80.0 },
    { 41.3, 69.2 },
  };
  g_autoptr(TsMapText) text = NULL;
  TsMapContext ctx = { 0 };
  TsLabelBox box;
  TsView view;
  double px, py;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);

      ts_map_scene_add_marker (scene, id, id, places[i].lat, places[i].lon, 1, 0, FALSE);
    }
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, TRUE);

  /* Fitted plainly, the south-west corner is under the legend. */
  g_assert_true (ts_map_renderer_fit (renderer, WIDTH, HEIGHT, 40));
  ts_map_renderer_get_projected_view (renderer, &view);
  ctx.view = view;
  ctx.scene = scene;
  ctx.style = ts_map_style_get_default ();
  text = ts_map_text_new (cr, ctx.style->font_family);
  ctx.text = text;
  ts_map_legend_layer_get_box (legend, cr, &ctx, &box);
  g_assert_cmpfloat (box.x1 - box.x0, >, 40);
  g_assert_cmpfloat (box.y1 - box.y0, >, 40);
  ts_view_lonlat_to_pixel (&view, places[0].lon, places[0].lat, &px, &py);
  g_test_message ("box %g %g %g %g, point %g %g", box.x0, box.y0, box.x1, box.y1, px, py);
  g_assert_true (in_box (&box, px, py));

  g_assert_true (ts_map_renderer_fit_clear_of_legend (renderer, WIDTH, HEIGHT, 40));
  ts_map_renderer_get_projected_view (renderer, &view);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      ts_view_lonlat_to_pixel (&view, places[i].lon, places[i].lat, &px, &py);
      g_assert_false (in_box (&box, px, py));
      g_assert_cmpfloat (px, >=, 40 - 1e-6);
      g_assert_cmpfloat (px, <=, WIDTH - 40 + 1e-6);
      g_assert_cmpfloat (py, >=, 40 - 1e-6);
      g_assert_cmpfloat (py, <=, HEIGHT - 40 + 1e-6);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The routes and arcs of a briefing's scope stand out. */
static void
test_emphasized_ties (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) strong = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpfloat (ts_map_style_get_emphatic ()->route_width, >,
                     ts_map_style_get_default ()->route_width);
  g_assert_cmpfloat (ts_map_style_get_emphatic ()->arc_width, >,
                     ts_map_style_get_default ()->arc_width);

  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, 300, 200, 20);
  plain = ts_map_renderer_render_to_png (renderer, 300, 200, &error);
  g_assert_no_error (error);
  ts_map_renderer_set_emphasize_ties (renderer, TRUE);
  strong = ts_map_renderer_render_to_png (renderer, 300, 200, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (plain, strong));
}

static void
test_zoom_at_keeps_point (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  TsView view;
  double lon, lat, px, py, zoom;

  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);
  ts_map_renderer_set_view (renderer, BISHKEK_LON, BISHKEK_LAT, 5.0);
  ts_map_renderer_get_projected_view (renderer, &view);
  g_assert_true (ts_view_pixel_to_lonlat (&view, 200, 150, &lon, &lat));

  ts_map_renderer_zoom_at (renderer, 200, 150, 1.5);
  ts_map_renderer_get_view (renderer, NULL, NULL, &zoom);
  g_assert_cmpfloat_with_epsilon (zoom, 6.5, 1e-9);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (py, 150, 1e-6);

  ts_map_renderer_pan (renderer, 30, -20);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 230, 1e-6);
  g_assert_cmpfloat_with_epsilon (py, 130, 1e-6);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static guint32
read_be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_export_formats (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-renderer-XXXXXX", &error);
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);

  png = g_build_filename (dir, "map.png", NULL);
  g_assert_true (ts_map_render_to_file (basemap, scene, png, 640, 480, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 16), ==, 640);
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 20), ==, 480);
  g_clear_pointer (&contents, g_free);

  svg = g_build_filename (dir, "map.SVG", NULL);
  g_assert_true (ts_map_render_to_file (basemap, scene, svg, 700, 500, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"700"));
  g_assert_nonnull (strstr (contents, "height=\"500"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  g_clear_pointer (&contents, g_free);

  pdf = g_build_filename (dir, "map.pdf", NULL);
  g_assert_true (ts_map_render_to_file (basemap, scene, pdf, 800, 600, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 16);
  g_assert_nonnull (g_strstr_len (contents + length - 16, 16, "%%EOF"));
  g_clear_pointer (&contents, g_free);

  /* Overwriting keeps one file, replaced whole. */
  g_assert_true (ts_map_render_to_file (basemap, scene, png, 320, 200, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, &error));
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 16), ==, 320);

  /* No temporary file is left beside them. */
  g_assert_cmpuint (count_entries (dir), ==, 3);

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_export_errors (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-renderer-XXXXXX", &error);
  g_autofree char *missing_dir = NULL, *path = NULL, *txt = NULL;

  g_assert_no_error (error);

  missing_dir = g_build_filename (dir, "no-such-directory", NULL);
  path = g_build_filename (missing_dir, "map.png", NULL);
  g_assert_false (ts_map_render_to_file (basemap, scene, path, 400, 300, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_clear_error (&error);

  txt = g_build_filename (dir, "map.txt", NULL);
  g_assert_false (ts_map_render_to_file (basemap, scene, txt, 400, 300, &error));
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, txt));
  g_assert_cmpuint (count_entries (dir), ==, 0);

  g_rmdir (dir);
}

static void
test_png_bytes (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const guchar *data;
  gsize size;
  double zoom;

  bytes = ts_map_renderer_render_to_png (renderer, 300, 200, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 33);
  g_assert_cmpmem (data, 4, "\x89PNG", 4);
  g_assert_cmpuint (read_be32 (data + 16), ==, 300);
  g_assert_cmpuint (read_be32 (data + 20), ==, 200);

  /* Rendering a picture leaves the on-screen view alone. */
  ts_map_renderer_get_view (renderer, NULL, NULL, &zoom);
  g_assert_cmpfloat (zoom, ==, 6.0);
}

/* The names of a PDF's fonts ("/FontName /ABCDEF+NotoSansCJKsc-Regular"),
 * which cairo writes outside its compressed streams. */
static char *
dup_pdf_font_names (const char *contents,
                    gsize       length)
{
  GString *names = g_string_new (NULL);
  const char *p = contents, *end = contents + length;

  /* memmem (): the fonts' streams hold NUL bytes. */
  while ((p = memmem (p, end - p, "/FontName /", strlen ("/FontName /"))) != NULL)
    {
      p += strlen ("/FontName /");
      while (p < end && (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '_'))
        g_string_append_c (names, *p++);
      g_string_append_c (names, ' ');
    }

  return g_string_free (names, FALSE);
}

/* A Chinese label is set in a font that has Chinese (the toy text API drew
 * boxes in DejaVu Sans), and a PDF keeps it as text in that font, embedded:
 * not as outlines. */
static void
test_text_cjk_pdf (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-renderer-XXXXXX", &error);
  g_autofree char *pdf = NULL, *contents = NULL, *fonts = NULL, *lower = NULL;
  gsize length;

  g_assert_no_error (error);
  ts_map_scene_add_marker (scene, "place/bishkek", "比什凯克", BISHKEK_LAT, BISHKEK_LON,
                           12, 5, TRUE);
  ts_map_scene_add_marker (scene, "place/tashkent", "塔什干", 41.2995, 69.2401, 3, 0, FALSE);

  pdf = g_build_filename (dir, "map.pdf", NULL);
  g_assert_true (ts_map_render_to_file (basemap, scene, pdf, 800, 600, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);

  fonts = dup_pdf_font_names (contents, length);
  g_test_message ("fonts: %s", fonts);
  lower = g_ascii_strdown (fonts, -1);
  if (strstr (lower, "cjk") == NULL && strstr (lower, "wenquanyi") == NULL
      && strstr (lower, "wqy") == NULL && strstr (lower, "droidsansfallback") == NULL)
    g_error ("no CJK font embedded for the Chinese labels; fonts: “%s”", fonts);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The map view draws in worker threads: pictures drawn in four threads at
 * once, Chinese text and all, are the picture drawn in the main thread. */
static gpointer
render_png_in_thread (gpointer data)
{
  TsMapRenderer *renderer = data;
  g_autoptr(GError) error = NULL;
  GBytes *png = ts_map_renderer_render_to_png (renderer, 400, 300, &error);

  g_assert_no_error (error);

  return png;
}

static void
test_text_threads (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  TsMapRenderer *renderers[4];
  GThread *threads[G_N_ELEMENTS (renderers)];

  ts_map_scene_add_marker (scene, "place/kashgar", "喀什", 39.4707, 75.9895, 4, 1, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (renderers); i++)
    renderers[i] = make_renderer (basemap, scene);
  expected = ts_map_renderer_render_to_png (renderers[0], 400, 300, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("render", render_png_in_thread, renderers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GBytes) png = g_thread_join (threads[i]);

      g_assert_true (g_bytes_equal (png, expected));
      g_object_unref (renderers[i]);
    }
}

static void
test_scene (void)
{
  g_autoptr(TsMapScene) scene = make_scene ();
  const TsMapRoute *route;

  g_assert_false (ts_map_scene_is_empty (scene));
  g_assert_cmpuint (ts_map_scene_get_n_markers (scene), ==, 2);
  g_assert_cmpuint (ts_map_scene_get_n_arcs (scene), ==, 1);
  g_assert_cmpuint (ts_map_scene_get_n_routes (scene), ==, 1);
  g_assert_cmpstr (ts_map_scene_lookup_marker (scene, "place/bishkek")->label, ==, "Bishkek");
  g_assert_null (ts_map_scene_lookup_marker (scene, "project/cku-railway"));
  route = ts_map_scene_lookup_route (scene, "project/cku-railway");
  g_assert_cmpuint (route->n_points, ==, G_N_ELEMENTS (railway));
  g_assert_true (route->points != railway);
  g_assert_cmpfloat (route->points[2].lon, ==, 74.0);
  g_assert_cmpint (ts_map_scene_lookup_arc (scene, "agreement/shandong-chuy")->kind, ==,
                   TS_MAP_ARC_FRIENDLY_PROVINCES);

  ts_map_scene_clear (scene);
  g_assert_true (ts_map_scene_is_empty (scene));
}

static guint32
rgb_of (const TsMapRgb *rgb)
{
  return (guint32) lround (rgb->r * 255) << 16 | (guint32) lround (rgb->g * 255) << 8
         | (guint32) lround (rgb->b * 255);
}

/* Steps of whole numbers from 1 to the most records a country holds. */
static void
test_area_scale (void)
{
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  const TsMapStyle *style = ts_map_style_get_default ();
  TsMapAreaScale scale;

  ts_map_area_scale_init (&scale, scene);
  g_assert_cmpuint (scale.n_steps, ==, 0);
  g_assert_cmpint (ts_map_area_scale_find (&scale, 3), ==, -1);

  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 11, 5);
  ts_map_scene_add_area (scene, "place/russia", "Russia", "RU", 61.5, 105.3, 0, 0);
  ts_map_area_scale_init (&scale, scene);
  g_assert_cmpuint (scale.n_steps, ==, 4);
  ts_map_scene_add_area (scene, "place/kyrgyzstan", "Kyrgyzstan", "KG", 41.2, 74.8, 20, 11);
  ts_map_area_scale_init (&scale, scene);
  g_assert_cmpuint (scale.n_steps, ==, 4);
  g_assert_cmpuint (scale.min[0], ==, 1);
  g_assert_cmpuint (scale.max[0], ==, 5);
  g_assert_cmpuint (scale.min[1], ==, 6);
  g_assert_cmpuint (scale.min[2], ==, 11);
  g_assert_cmpuint (scale.max[2], ==, 15);
  g_assert_cmpuint (scale.min[3], ==, 16);
  g_assert_cmpuint (scale.max[3], ==, 20);
  g_assert_cmpint (ts_map_area_scale_find (&scale, 0), ==, -1);
  g_assert_cmpint (ts_map_area_scale_find (&scale, 1), ==, 0);
  g_assert_cmpint (ts_map_area_scale_find (&scale, 11), ==, 2);
  g_assert_cmpint (ts_map_area_scale_find (&scale, 20), ==, 3);
  g_assert_cmpuint (rgb_of (ts_map_area_scale_get_tint (&scale, style, 0)), ==,
                    AREA_LIGHTEST_RGB);
  g_assert_cmpuint (rgb_of (ts_map_area_scale_get_tint (&scale, style, 3)), ==,
                    AREA_STRONGEST_RGB);

  /* Fewer records than steps: a step per number. */
  ts_map_scene_clear (scene);
  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 2, 0);
  ts_map_area_scale_init (&scale, scene);
  g_assert_cmpuint (scale.n_steps, ==, 2);
  g_assert_cmpuint (scale.max[0], ==, 1);
  g_assert_cmpuint (scale.min[1], ==, 2);
}

/* Where a country's badge goes is well inside it, China's and Russia's
 * too (Russia reaches across the antimeridian), at every zoom. */
static void
test_area_anchor_inside (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  const char *codes[] = { "CN", "KG", "RU", "UZ", "KZ", "TJ" };

  for (guint l = 0; l < TS_BASEMAP_N_LAYERS; l++)
    for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
      {
        const TsBasemapCountry *country = ts_basemap_lookup_country (basemap, l, codes[i]);

        g_assert_nonnull (country);
        g_test_message ("%s in layer %u", codes[i], l);
        g_assert_true (ts_basemap_country_contains (country, country->label_x,
                                                    country->label_y));
      }
}

static TsMapScene *
make_area_scene (guint kyrgyzstan_weight)
{
  TsMapScene *scene = make_scene ();

  ts_map_scene_add_area (scene, "place/kyrgyzstan", "Kyrgyzstan", "KG", 41.2, 74.8,
                         kyrgyzstan_weight, 4);
  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 2, 1);
  return scene;
}

/* Where two drawings differ, in pixels: x0, y0, x1, y1; x0 > x1 when
 * nowhere. */
static void
get_difference (cairo_surface_t *a,
                cairo_surface_t *b,
                int             *box)
{
  box[0] = box[1] = G_MAXINT;
  box[2] = box[3] = -1;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (get_pixel (a, x, y) != get_pixel (b, x, y))
        {
          box[0] = MIN (box[0], x);
          box[1] = MIN (box[1], y);
          box[2] = MAX (box[2], x);
          box[3] = MAX (box[3], y);
        }
}

/* Records placed at Kyrgyzstan and China as a whole: each country's shape
 * is tinted by how many, on the scale of the most, the count is drawn in
 * a badge in the country, and a click on either selects the country. */
static void
test_area_drawn (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_area_scene (7);
  g_autoptr(TsMapScene) scene6 = make_area_scene (6);
  g_autoptr(TsMapScene) plain = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, plain);
  g_autoptr(cairo_surface_t) before = NULL;
  g_autoptr(cairo_surface_t) seven = NULL;
  g_autoptr(cairo_surface_t) six = NULL;
  const TsBasemapCountry *kyrgyzstan;
  TsView view;
  double kx, ky, cx, cy, ax, ay;
  int box[4];

  ts_map_renderer_set_show_legend (renderer, FALSE);
  before = draw (renderer);
  ts_map_renderer_get_projected_view (renderer, &view);
  /* Issyk-Kul Region, well inside Kyrgyzstan, away from every marker and
   * label; Xinjiang, well inside China. */
  ts_view_lonlat_to_pixel (&view, 78.3, 42.0, &kx, &ky);
  ts_view_lonlat_to_pixel (&view, 81.0, 38.5, &cx, &cy);
  assert_color_near (get_pixel (before, kx, ky), KYRGYZSTAN_RGB);
  assert_color_near (get_pixel (before, cx, cy), CHINA_RGB);
  g_assert_null (ts_map_renderer_hit_test (renderer, kx, ky));

  /* Seven records on Kyrgyzstan, the most: the strongest tint; two on
   * China, the second step of 1, 2–3, 4–5, 6–7. */
  ts_map_renderer_set_scene (renderer, scene);
  seven = draw (renderer);
  assert_color_near (get_pixel (seven, kx, ky), AREA_STRONGEST_RGB);
  assert_color_near (get_pixel (seven, cx, cy), AREA_LIGHT_RGB);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, kx, ky), ==, "place/kyrgyzstan");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, cx, cy), ==, "place/china");
  /* Kazakhstan holds nothing; Bishkek's marker is still Bishkek's. */
  ts_view_lonlat_to_pixel (&view, 70.0, 47.0, &ax, &ay);
  g_assert_null (ts_map_renderer_hit_test (renderer, ax, ay));
  ts_view_lonlat_to_pixel (&view, BISHKEK_LON, BISHKEK_LAT, &ax, &ay);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, ax, ay), ==, "place/bishkek");

  /* Six instead of seven: the same tints, and only the badge's digit
   * changes, in Kyrgyzstan near its label point. */
  ts_map_renderer_set_scene (renderer, scene6);
  six = draw (renderer);
  get_difference (seven, six, box);
  g_assert_cmpint (box[0], <=, box[2]);
  g_assert_cmpint (box[2] - box[0], <, 14);
  g_assert_cmpint (box[3] - box[1], <, 14);
  kyrgyzstan = ts_map_area_find_shape (basemap, &view, "KG");
  ts_view_to_pixel (&view, kyrgyzstan->label_x, kyrgyzstan->label_y, &ax, &ay);
  g_assert_cmpfloat (fabs ((box[0] + box[2]) / 2.0 - ax), <, 60);
  g_assert_cmpfloat (fabs ((box[1] + box[3]) / 2.0 - ay), <, 60);
  /* The badge answers a click with the country. */
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, (box[0] + box[2]) / 2.0,
                                             (box[1] + box[3]) / 2.0), ==,
                   "place/kyrgyzstan");
}

/* The legend says what the tint means: China's swatch takes its tint, and
 * a row of the scale's steps follows the badge's row. */
static void
test_area_legend (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_area_scene (7);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) surface = NULL;
  /* Three countries, places, meetings, countries' records and their
   * steps, friendly provinces and a route: nine rows. */
  const double legend_top = HEIGHT - 12 - (10 + 9 * 19 + 10 - 4);
  const double swatch_x = 12 + 10 + 26 / 2.0;
  const double step_x = 12 + 10 + 7;

  surface = draw (renderer);
  assert_color_near (get_pixel (surface, swatch_x, legend_top + 10 + 19 / 2.0 - 2),
                     AREA_LIGHT_RGB);
  assert_color_near (get_pixel (surface, step_x, legend_top + 10 + 6 * 19 + 19 / 2.0 - 2),
                     AREA_LIGHTEST_RGB);
  assert_color_near (get_pixel (surface, step_x + 2, legend_top + 10 + 6 * 19 + 19 / 2.0),
                     AREA_LIGHTEST_RGB);
}

/* The map view draws in a worker thread with a renderer of its own and
 * hit tests with the window's, which never draws: that one finds a badge
 * where the drawing put it, and the marker it made way for under it. */
static void
test_area_hit_test_elsewhere (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) drawing = NULL;
  g_autoptr(TsMapRenderer) window = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  const TsBasemapCountry *kyrgyzstan;
  TsView view;
  double ax, ay;

  kyrgyzstan = ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, "KG");
  ts_map_scene_add_area (scene, "place/kyrgyzstan", "Kyrgyzstan", "KG", 41.2, 74.8, 9, 0);
  /* A place right at the country's label point: the badge makes way. */
  ts_map_scene_add_marker (scene, "place/naryn-region", "Naryn Region",
                           kyrgyzstan->label_lat, kyrgyzstan->label_lon, 1, 0, FALSE);

  window = make_renderer (basemap, scene);
  ts_map_renderer_set_size (window, WIDTH, HEIGHT);
  ts_map_renderer_get_projected_view (window, &view);
  ts_view_to_pixel (&view, kyrgyzstan->label_x, kyrgyzstan->label_y, &ax, &ay);
  g_assert_cmpstr (ts_map_renderer_hit_test (window, ax, ay), ==, "place/naryn-region");

  drawing = make_renderer (basemap, scene);
  surface = draw (drawing);
  /* Just under the label point, clear of the marker. */
  g_assert_cmpstr (ts_map_renderer_hit_test (window, ax, ay), ==, "place/naryn-region");
  g_assert_cmpstr (ts_map_renderer_hit_test (window, ax + 10, ay + 20), ==, "place/kyrgyzstan");
  g_assert_cmpstr (ts_map_renderer_hit_test (drawing, ax, ay), ==, "place/naryn-region");
}

/* The provinces of China, Kyrgyzstan and Uzbekistan, each found by the
 * names records give it, with or without "Province", "Region",
 * "Oblast"…, in any case, and only in its own country. */
static void
test_basemap_provinces (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  const struct { const char *country, *name, *hasc; } names[] = {
    { "CN", "Shandong", "CN.SD" },
    { "CN", "Shandong Province", "CN.SD" },
    { "cn", "shandong province", "CN.SD" },
    { "CN", "Xinjiang Uygur Autonomous Region", "CN.XJ" },
    { "CN", "Xinjiang", "CN.XJ" },
    { "CN", "Heilongjiang", "CN.HL" },
    { "CN", "Inner Mongolia", "CN.NM" },
    { "CN", "Tibet Autonomous Region", "CN.XZ" },
    { "KG", "Chuy Region", "KG.CU" },
    { "KG", "Chuy Oblast", "KG.CU" },
    { "KG", "Chüy Region", "KG.CU" },
    { "KG", "Issyk-Kul Region", "KG.YK" },
    { "KG", "Ysyk-Köl", "KG.YK" },
    { "KG", "Osh Region", "KG.OS" },
    { "UZ", "Andijan Region", "UZ.AN" },
  };
  const TsBasemapCountry *shandong;

  g_assert_cmpuint (ts_basemap_get_n_provinces (basemap), >=, 31 + 8 + 13);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const TsBasemapCountry *province =
        ts_basemap_find_province (basemap, names[i].country, names[i].name);

      g_test_message ("%s, %s", names[i].name, names[i].country);
      g_assert_nonnull (province);
      g_assert_cmpstr (province->iso_a2, ==, names[i].hasc);
      g_assert_cmpstr (province->country, ==, names[i].hasc[0] == 'C' ? "CN"
                       : names[i].hasc[0] == 'K' ? "KG" : "UZ");
      /* Its badge's place is inside it. */
      g_assert_true (ts_basemap_country_contains (province, province->label_x,
                                                  province->label_y));
    }
  /* Not in another country, nor a city or a country by its name. */
  g_assert_null (ts_basemap_find_province (basemap, "KG", "Shandong"));
  g_assert_null (ts_basemap_find_province (basemap, "CN", "Jinan"));
  g_assert_null (ts_basemap_find_province (basemap, "CN", "China"));
  g_assert_null (ts_basemap_find_province (basemap, "CN", "Province"));
  g_assert_null (ts_basemap_find_province (basemap, "", "Shandong"));

  shandong = ts_basemap_lookup_province (basemap, "CN.SD");
  g_assert_nonnull (shandong);
  g_assert_cmpstr (shandong->name, ==, "Shandong");
  g_assert_true (ts_basemap_code_is_province ("CN.SD"));
  g_assert_false (ts_basemap_code_is_province ("CN"));
  /* Provinces are not countries: the country layers are as they were. */
  g_assert_null (ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, "CN.SD"));
}

/* Records placed at Shandong as a whole: its shape is tinted, over
 * China's tint, on the same scale, with its count in a badge inside it,
 * and a click inside it selects Shandong, not China. */
static void
test_province_drawn (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) plain = make_scene ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapScene) scene6 = make_scene ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, plain);
  g_autoptr(cairo_surface_t) before = NULL;
  g_autoptr(cairo_surface_t) seven = NULL;
  g_autoptr(cairo_surface_t) six = NULL;
  const TsBasemapCountry *shandong = ts_basemap_lookup_province (basemap, "CN.SD");
  TsView view;
  double sx, sy, hx, hy, ax, ay;
  int box[4];

  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 2, 1);
  ts_map_scene_add_area (scene, "place/shandong", "Shandong", "CN.SD", 36.2, 118.1, 7, 2);
  ts_map_scene_add_area (scene6, "place/china", "China", "CN", 35.9, 104.2, 2, 1);
  ts_map_scene_add_area (scene6, "place/shandong", "Shandong", "CN.SD", 36.2, 118.1, 6, 2);

  ts_map_renderer_set_show_legend (renderer, FALSE);
  ts_map_renderer_set_view (renderer, 116.0, 36.0, 6.0);
  before = draw (renderer);
  ts_map_renderer_get_projected_view (renderer, &view);
  /* Inside Shandong, south of the arc from Jinan; Henan, inside China
   * outside Shandong. */
  ts_view_lonlat_to_pixel (&view, 118.6, 35.6, &sx, &sy);
  ts_view_lonlat_to_pixel (&view, 113.5, 34.0, &hx, &hy);
  assert_color_near (get_pixel (before, sx, sy), CHINA_RGB);
  assert_color_near (get_pixel (before, hx, hy), CHINA_RGB);

  /* Seven at Shandong, the most: its shape takes the strongest tint; the
   * two at China the second step, around it. */
  ts_map_renderer_set_scene (renderer, scene);
  seven = draw (renderer);
  assert_color_near (get_pixel (seven, sx, sy), AREA_STRONGEST_RGB);
  assert_color_near (get_pixel (seven, hx, hy), AREA_LIGHT_RGB);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, sx, sy), ==, "place/shandong");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, hx, hy), ==, "place/china");

  /* Six instead of seven: only the badge's digit changes, near
   * Shandong's label point, and the badge answers with Shandong. */
  ts_map_renderer_set_scene (renderer, scene6);
  six = draw (renderer);
  get_difference (seven, six, box);
  g_assert_cmpint (box[0], <=, box[2]);
  g_assert_cmpint (box[2] - box[0], <, 14);
  g_assert_cmpint (box[3] - box[1], <, 14);
  ts_view_to_pixel (&view, shandong->label_x, shandong->label_y, &ax, &ay);
  g_assert_cmpfloat (fabs ((box[0] + box[2]) / 2.0 - ax), <, 60);
  g_assert_cmpfloat (fabs ((box[1] + box[3]) / 2.0 - ay), <, 60);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, (box[0] + box[2]) / 2.0,
                                             (box[1] + box[3]) / 2.0), ==,
                   "place/shandong");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-renderer/projection-round-trip", test_projection_round_trip);
  g_test_add_func ("/map-renderer/view-round-trip", test_view_round_trip);
  g_test_add_func ("/map-renderer/fit-clear-of-legend", test_fit_clear_of_legend);
  g_test_add_func ("/map-renderer/emphasized-ties", test_emphasized_ties);
  g_test_add_func ("/map-renderer/basemap-layers", test_basemap_layers);
  g_test_add_func ("/map-renderer/basemap-damaged", test_basemap_damaged);
  g_test_add_func ("/map-renderer/basemap-resource", test_basemap_resource);
  g_test_add_func ("/map-renderer/scene", test_scene);
  g_test_add_func ("/map-renderer/marker-drawn", test_marker_drawn);
  g_test_add_func ("/map-renderer/area/scale", test_area_scale);
  g_test_add_func ("/map-renderer/area/anchor-inside", test_area_anchor_inside);
  g_test_add_func ("/map-renderer/area/drawn", test_area_drawn);
  g_test_add_func ("/map-renderer/area/legend", test_area_legend);
  g_test_add_func ("/map-renderer/area/hit-test-elsewhere", test_area_hit_test_elsewhere);
  g_test_add_func ("/map-renderer/area/provinces", test_basemap_provinces);
  g_test_add_func ("/map-renderer/area/province-drawn", test_province_drawn);
  g_test_add_func ("/map-renderer/hit-test", test_hit_test);
  g_test_add_func ("/map-renderer/hit-test-arc", test_hit_test_arc);
  g_test_add_func ("/map-renderer/hit-test-order", test_hit_test_order);
  g_test_add_func ("/map-renderer/legend-toggle", test_legend_toggle);
  g_test_add_func ("/map-renderer/fit", test_fit);
  g_test_add_func ("/map-renderer/zoom-at", test_zoom_at_keeps_point);
  g_test_add_func ("/map-renderer/export-formats", test_export_formats);
  g_test_add_func ("/map-renderer/export-errors", test_export_errors);
  g_test_add_func ("/map-renderer/png-bytes", test_png_bytes);
  g_test_add_func ("/map-renderer/text/cjk-pdf", test_text_cjk_pdf);
  g_test_add_func ("/map-renderer/text/threads", test_text_threads);

  return g_test_run ();
}
