/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Routes of one shape (a store's projects on one railway) are drawn once,
 * yet each is still a route of the map: found, hit, selected and named as
 * before. */

#include "config.h"

#include <string.h>

#include "ts-map-renderer.h"
#include "render-test-utils.h"

#define WIDTH 900
#define HEIGHT 600
#define N_COPIES 12

/* Kashgar → Torugart → Jalal-Abad → Andijan. */
static const TsMapPoint railway[] = {
  { 39.47, 75.99 }, { 40.56, 75.39 }, { 41.25, 74.00 }, { 40.93, 73.00 }, { 40.78, 72.34 },
};

/* Across the railway, from the north. */
static const TsMapPoint road[] = {
  { 42.40, 74.60 }, { 41.25, 74.60 }, { 40.10, 74.60 },
};

/* @n_copies projects on the railway, "project/rail0"…, all named
 * "Railway", and, if @with_road, a road across it drawn over them. */
static TsMapScene *
make_scene (guint    n_copies,
            gboolean with_road)
{
  TsMapScene *scene = ts_map_scene_new ();

  for (guint i = 0; i < n_copies; i++)
    {
      g_autofree char *id = g_strdup_printf ("project/rail%u", i);

      ts_map_scene_add_route (scene, id, "Railway", railway, G_N_ELEMENTS (railway));
    }
  if (with_road)
    ts_map_scene_add_route (scene, "project/road", "Road", road, G_N_ELEMENTS (road));

  return scene;
}

static TsMapRenderer *
make_renderer (TsBasemap  *basemap,
               TsMapScene *scene)
{
  TsMapRenderer *renderer = ts_map_renderer_new (basemap);

  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_view (renderer, 74.2, 41.0, 6.0);
  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);

  return renderer;
}

static cairo_surface_t *
draw (TsMapRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  return surface;
}

/* How many pixels differ. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 pa = *(const guint32 *) (da + y * stride + x * 4) & 0xffffff;
        guint32 pb = *(const guint32 *) (db + y * stride + x * 4) & 0xffffff;

        n += pa != pb;
      }

  return n;
}

static void
test_shapes (void)
{
  g_autoptr(TsMapScene) scene = make_scene (3, TRUE);
  const TsMapPoint moved[] = { { 39.47, 75.99 }, { 40.56, 75.39 }, { 41.25, 74.01 } };

  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (ts_map_scene_get_route (scene, i)->shape, ==, 0);
  g_assert_cmpuint (ts_map_scene_get_route (scene, 3)->shape, ==, 3);
  /* A point off by a hundredth of a degree is another shape. */
  ts_map_scene_add_route (scene, "project/spur", "Spur", moved, G_N_ELEMENTS (moved));
  g_assert_cmpuint (ts_map_scene_get_route (scene, 4)->shape, ==, 4);
  ts_map_scene_add_route (scene, "project/road2", "Road", road, G_N_ELEMENTS (road));
  g_assert_cmpuint (ts_map_scene_get_route (scene, 5)->shape, ==, 3);

  /* Cleared, the scene forgets the shapes. */
  ts_map_scene_clear (scene);
  ts_map_scene_add_route (scene, "project/road", "Road", road, G_N_ELEMENTS (road));
  ts_map_scene_add_route (scene, "project/rail0", "Railway", railway, G_N_ELEMENTS (railway));
  g_assert_cmpuint (ts_map_scene_get_route (scene, 0)->shape, ==, 0);
  g_assert_cmpuint (ts_map_scene_get_route (scene, 1)->shape, ==, 1);
}

/* Twelve projects on one railway look like one: drawn over each other,
 * their lines' soft edges darkened and their ties' white thickened. */
static void
test_drawn_once (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) one = make_scene (1, TRUE);
  g_autoptr(TsMapScene) many = make_scene (N_COPIES, TRUE);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, one);
  g_autoptr(cairo_surface_t) picture_one = draw (renderer);
  g_autoptr(cairo_surface_t) picture_many = NULL;

  ts_map_renderer_set_scene (renderer, many);
  picture_many = draw (renderer);
  g_assert_cmpuint (count_differences (picture_one, picture_many), ==, 0);

  /* Selected, any of them shows as the one railway selected does; not
   * the drawn one alone. */
  for (guint i = 0; i < N_COPIES; i += N_COPIES / 3)
    {
      g_autofree char *id = g_strdup_printf ("project/rail%u", i);
      g_autoptr(cairo_surface_t) selected_one = NULL;
      g_autoptr(cairo_surface_t) selected_many = NULL;

      ts_map_renderer_set_scene (renderer, one);
      ts_map_renderer_set_selected (renderer, "project/rail0");
      selected_one = draw (renderer);
      g_assert_cmpuint (count_differences (picture_one, selected_one), >, 100);

      ts_map_renderer_set_scene (renderer, many);
      ts_map_renderer_set_selected (renderer, id);
      selected_many = draw (renderer);
      g_assert_cmpuint (count_differences (selected_one, selected_many), ==, 0);
    }
}

/* Every copy is still a route of the map: looked up by id, and a click on
 * the line hits the one drawn on top, as when each was drawn; the road
 * drawn after them is on top where it crosses. */
static void
test_hit_test (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene (N_COPIES, TRUE);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autofree char *last = g_strdup_printf ("project/rail%u", N_COPIES - 1);
  TsView view;
  double x, y;

  for (guint i = 0; i < N_COPIES; i++)
    {
      g_autofree char *id = g_strdup_printf ("project/rail%u", i);

      g_assert_nonnull (ts_map_scene_lookup_route (scene, id));
    }

  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 73.00, 40.93, &x, &y);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, last);
  ts_view_lonlat_to_pixel (&view, 74.60, 42.00, &x, &y);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, "project/road");

  /* The road before the railway: the railway is on top where they
   * cross. */
  {
    g_autoptr(TsMapScene) under = ts_map_scene_new ();
    g_autoptr(TsMapRenderer) under_renderer = NULL;
    double cx, cy;

    ts_map_scene_add_route (under, "project/road", "Road", road, G_N_ELEMENTS (road));
    for (guint i = 0; i < N_COPIES; i++)
      {
        g_autofree char *id = g_strdup_printf ("project/rail%u", i);

        ts_map_scene_add_route (under, id, "Railway", railway, G_N_ELEMENTS (railway));
      }
    under_renderer = make_renderer (basemap, under);
    /* Where the road crosses the segment Torugart → Jalal-Abad. */
    ts_view_lonlat_to_pixel (&view, 74.60, 40.56 + (41.25 - 40.56) * (75.39 - 74.60) / (75.39 - 74.00),
                             &cx, &cy);
    g_assert_cmpstr (ts_map_renderer_hit_test (under_renderer, cx, cy), ==, last);
    g_assert_cmpstr (ts_map_renderer_hit_test (renderer, cx, cy), ==, "project/road");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-routes/shapes", test_shapes);
  g_test_add_func ("/map-routes/drawn-once", test_drawn_once);
  g_test_add_func ("/map-routes/hit-test", test_hit_test);

  return g_test_run ();
}
