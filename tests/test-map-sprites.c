/* SPDX-License-Identifier: GPL-3.0-or-later */

/* On an image the marker layer copies markers and count badges from
 * sprites drawn once for each look: the picture is the one drawn marker by
 * marker (as on PDF and SVG, and here through a recording surface), each
 * badge with its own count. */

#include "config.h"

#include <string.h>

#include "ts-map-renderer-private.h"
#include "render-test-utils.h"

#define WIDTH 900
#define HEIGHT 600

static const guint counts[] = { 1, 7, 42, 1234, 7, 42, 9, 0, 3, 42 };

/* Markers in a row over Kyrgyzstan, far enough apart, at places that fall
 * anywhere within a pixel, with the counts of @counts_of. */
static TsMapScene *
make_scene (const guint *counts_of)
{
  TsMapScene *scene = ts_map_scene_new ();

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);

      ts_map_scene_add_marker (scene, id, "", 41.0 + 0.137 * (i % 2), 70.3 + 0.93 * i + 0.0123 * i,
                               1 + 4 * (i % 3), counts_of[i], i == 4);
    }

  return scene;
}

static TsMapRenderer *
make_renderer (TsBasemap  *basemap,
               TsMapScene *scene)
{
  TsMapRenderer *renderer = ts_map_renderer_new (basemap);

  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_view (renderer, 74.6, 41.0, 6.0);
  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);

  return renderer;
}

/* Pixels where a channel differs by more than @tolerance, within @radius
 * pixels of (x, y) (or everywhere if @radius is 0). */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int              tolerance,
                   double           x,
                   double           y,
                   int              radius)
{
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  int x0 = radius ? MAX (0, (int) x - radius) : 0, x1 = radius ? MIN (WIDTH, (int) x + radius) : WIDTH;
  int y0 = radius ? MAX (0, (int) y - radius) : 0, y1 = radius ? MIN (HEIGHT, (int) y + radius) : HEIGHT;
  guint n = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  for (int py = y0; py < y1; py++)
    for (int px = x0; px < x1; px++)
      {
        const guchar *pa = da + py * stride + px * 4, *pb = db + py * stride + px * 4;

        for (int c = 0; c < 3; c++)
          if (ABS (pa[c] - pb[c]) > tolerance)
            {
              n++;
              break;
            }
      }

  g_test_message ("%u pixels differ by more than %d", n, tolerance);
  return n;
}

static void
test_same_picture (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene (counts);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) image = render_test_draw_image (renderer, WIDTH, HEIGHT);
  g_autoptr(cairo_surface_t) recorded = render_test_draw_recorded (renderer, WIDTH, HEIGHT);
  TsView view;

  /* A sprite is drawn at most a sixteenth of a pixel from where the marker
   * is: only some edge pixels differ, and little. */
  g_assert_cmpuint (count_differences (image, recorded, 48, 0, 0, 0), <, 10);
  g_assert_cmpuint (count_differences (image, recorded, 8, 0, 0, 0), <, 1500);

  /* Each badge shows its count: the count of another marker there is
   * another picture. */
  ts_map_renderer_get_projected_view (renderer, &view);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (counts); i++)
    {
      guint swapped[G_N_ELEMENTS (counts)];
      g_autoptr(TsMapScene) other = NULL;
      g_autoptr(cairo_surface_t) other_image = NULL;
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);
      double x, y;

      if (counts[i] == counts[i + 1] || counts[i] == 0 || counts[i + 1] == 0)
        continue;
      memcpy (swapped, counts, sizeof counts);
      swapped[i] = counts[i + 1];
      swapped[i + 1] = counts[i];
      other = make_scene (swapped);
      ts_map_renderer_set_scene (renderer, other);
      other_image = render_test_draw_image (renderer, WIDTH, HEIGHT);
      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
      g_assert_cmpuint (count_differences (image, other_image, 48, x, y, 40), >, 10);
    }
}

/* Many markers of one look: every one is drawn, where it is. */
static void
test_every_marker (void)
{
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) image = NULL;
  g_autoptr(cairo_surface_t) recorded = NULL;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/q%u", i);

      ts_map_scene_add_marker (scene, id, "", 39.5 + 0.31 * (i / 10), 71.0 + 0.67 * (i % 10),
                               3, 5, FALSE);
    }
  image = render_test_draw_image (renderer, WIDTH, HEIGHT);
  recorded = render_test_draw_recorded (renderer, WIDTH, HEIGHT);
  g_assert_cmpuint (count_differences (image, recorded, 48, 0, 0, 0), <, 10);
  g_assert_cmpuint (count_differences (image, recorded, 8, 0, 0, 0), <, 3000);
}

/* @renderer's drawing at @scale, on an image of that size whose top left
 * @offset pixels are left out, as a widget draws into its window. */
static cairo_surface_t *
draw_offset (TsMapRenderer *renderer,
             int            scale,
             int            offset)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         WIDTH * scale + offset,
                                                         HEIGHT * scale + offset);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  cairo_translate (cr, offset, offset);
  cairo_scale (cr, scale, scale);
  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  return surface;
}

/* On two cores the countries are drawn in another thread while the labels
 * are placed: the picture is the one drawn in one thread, pixel for
 * pixel, at the map's size, at twice it (a briefing's print picture) and
 * drawn into part of an image. */
static void
test_ground_in_thread (void)
{
  static const TsMapPoint route[] = { { 39.47, 75.99 }, { 40.56, 75.39 }, { 41.25, 74.00 } };
  static const struct { int scale, offset; } ways[] = { { 1, 0 }, { 2, 0 }, { 1, 37 } };
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene (counts);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);

  /* Names of places, a route and a country holding records, over the
   * countries' own names and the graticule. */
  ts_map_scene_add_marker (scene, "place/bishkek", "Bishkek", 42.87, 74.57, 12, 5, TRUE);
  ts_map_scene_add_marker (scene, "place/osh", "Osh", 40.53, 72.80, 3, 0, FALSE);
  ts_map_scene_add_route (scene, "project/railway", "Railway", route, G_N_ELEMENTS (route));
  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 2, 1);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_set_show_graticule (renderer, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autoptr(cairo_surface_t) threaded = NULL;
      g_autoptr(cairo_surface_t) alone = NULL;
      int stride, height;

      _ts_map_renderer_set_threaded (renderer, TRUE);
      threaded = draw_offset (renderer, ways[i].scale, ways[i].offset);
      _ts_map_renderer_set_threaded (renderer, FALSE);
      alone = draw_offset (renderer, ways[i].scale, ways[i].offset);
      stride = cairo_image_surface_get_stride (alone);
      height = cairo_image_surface_get_height (alone);
      g_assert_cmpmem (cairo_image_surface_get_data (threaded), stride * height,
                       cairo_image_surface_get_data (alone), stride * height);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-sprites/same-picture", test_same_picture);
  g_test_add_func ("/map-sprites/every-marker", test_every_marker);
  g_test_add_func ("/map-sprites/ground-in-thread", test_ground_in_thread);

  return g_test_run ();
}
