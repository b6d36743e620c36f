/* SPDX-License-Identifier: GPL-3.0-or-later */

/* On an image the marker layer copies markers and count badges from
 * sprites drawn once for each look: the picture is the one drawn marker by
 * marker (as on PDF and SVG, and here through a recording surface), each
 * badge with its own count; drawn in threads (the countries, and for a
 * PNG the layers above them in bands), the one drawn in one. */

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

  /* A sprite is drawn at most an eighth of a pixel from where the marker
   * is: only some edge pixels differ, and little (at an eighth-pixel
   * step: 941 by more than 8, none by more than 48; at a quarter-pixel
   * step 1 285 and none). */
  g_assert_cmpuint (count_differences (image, recorded, 48, 0, 0, 0), <, 10);
  g_assert_cmpuint (count_differences (image, recorded, 8, 0, 0, 0), <, 2000);

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
  /* 2 327 at an eighth-pixel step, 3 952 at a quarter-pixel one. */
  g_assert_cmpuint (count_differences (image, recorded, 8, 0, 0, 0), <, 5000);
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

/* What the bands of a drawing told of their rows. */
typedef struct
{
  GMutex   lock;
  int      first[4];
  int      end[4];
  GThread *thread[4];
  guint    n;
} RowsDone;

static void
on_rows_done (gpointer data,
              int      first,
              int      end)
{
  RowsDone *done = data;

  g_mutex_lock (&done->lock);
  g_assert_cmpuint (done->n, <, G_N_ELEMENTS (done->first));
  done->first[done->n] = first;
  done->end[done->n] = end;
  done->thread[done->n] = g_thread_self ();
  done->n++;
  g_mutex_unlock (&done->lock);
}

/* @renderer's drawing in two bands split at @boundary, each band's rows
 * told of once, in the thread that drew them: the upper in this one, the
 * lower in another. */
static cairo_surface_t *
draw_in_bands (TsMapRenderer *renderer,
               int            scale,
               int            boundary)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH * scale,
                                                         HEIGHT * scale);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  RowsDone done = { 0, };

  g_mutex_init (&done.lock);
  cairo_scale (cr, scale, scale);
  g_assert_true (_ts_map_renderer_draw_in_bands (renderer, cr, WIDTH, HEIGHT, boundary,
                                                 on_rows_done, &done));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  g_mutex_clear (&done.lock);

  g_assert_cmpuint (done.n, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      gboolean upper = done.first[i] == 0;

      g_assert_cmpint (done.first[i], ==, upper ? 0 : boundary);
      g_assert_cmpint (done.end[i], ==, upper ? boundary : HEIGHT * scale);
      g_assert_true ((done.thread[i] == g_thread_self ()) == upper);
    }

  return surface;
}

/* The rows of the first and last pixel that differ, or FALSE. */
static gboolean
find_different_rows (cairo_surface_t *a,
                     cairo_surface_t *b,
                     int             *first,
                     int             *last)
{
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  *first = -1;
  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    {
      if (memcmp (cairo_image_surface_get_data (a) + y * stride,
                  cairo_image_surface_get_data (b) + y * stride, stride) != 0)
        {
          if (*first < 0)
            *first = y;
          *last = y;
        }
    }

  return *first >= 0;
}

static void
assert_bands_same (TsMapRenderer   *renderer,
                   cairo_surface_t *alone,
                   int              boundary,
                   gboolean         cluster)
{
  g_autoptr(cairo_surface_t) banded = draw_in_bands (renderer, 1, boundary);
  int y0, y1;

  if (find_different_rows (banded, alone, &y0, &y1))
    g_error ("bands meeting at row %d%s: rows %d to %d differ", boundary,
             cluster ? " (clusters)" : "", y0, y1);
}

/* A PNG of an image has the layers above the countries drawn in two
 * bands of rows, in two threads, each band drawing what reaches its rows
 * through a context clipped to them, sharing the sprites: the picture is
 * the one drawn in one thread, pixel for pixel, wherever the bands meet:
 * through markers, their badges, the names of places and their halos, a
 * selected marker, clusters, the legend. */
static void
test_bands (void)
{
  static const struct { const char *name; double lat, lon; guint weight, count; } places[] = {
    { "Bishkek", 42.87, 74.57, 12, 57, }, { "Tokmok", 42.84, 75.30, 4, 8, },
    { "Kant", 42.89, 74.85, 2, 1, }, { "Talas", 42.52, 72.24, 3, 12, },
    { "Naryn", 41.43, 76.00, 5, 3, }, { "Karakol", 42.49, 78.39, 6, 21, },
    { "Osh", 40.53, 72.80, 7, 130, }, { "Jalal-Abad", 40.93, 73.00, 3, 4, },
    { "Batken", 40.06, 70.82, 2, 2, }, { "Кара-Балта", 42.81, 73.85, 2, 5, },
    { "喀什", 39.47, 75.99, 4, 9, }, { "Balykchy", 42.46, 76.19, 1, 1, },
  };
  static const TsMapPoint route[] = { { 39.47, 75.99 }, { 40.56, 75.39 }, { 41.25, 74.00 } };
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene (counts);
  g_autoptr(TsMapRenderer) renderer = make_renderer (basemap, scene);
  g_autoptr(cairo_surface_t) large_alone = NULL;
  g_autoptr(cairo_surface_t) large_banded = NULL;
  double top = HEIGHT, bottom = 0;
  int y0, y1;
  TsView view;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *id = g_strdup_printf ("place/n%u", i);

      ts_map_scene_add_marker (scene, id, places[i].name, places[i].lat, places[i].lon,
                               places[i].weight, places[i].count, i % 4 == 0);
    }
  ts_map_scene_add_route (scene, "project/railway", "Railway", route, G_N_ELEMENTS (route));
  ts_map_scene_add_area (scene, "place/china", "China", "CN", 35.9, 104.2, 2, 1);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_set_selected (renderer, "place/n4");

  ts_map_renderer_get_projected_view (renderer, &view);
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);
      double x, y;

      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
      top = MIN (top, y);
      bottom = MAX (bottom, y);
    }

  for (guint cluster = 0; cluster < 2; cluster++)
    {
      g_autoptr(cairo_surface_t) alone = NULL;
      int first = (int) MAX (1, top - 40), last = (int) MIN (HEIGHT - 1, bottom + 40);

      ts_map_renderer_set_cluster_markers (renderer, cluster);
      _ts_map_renderer_set_threaded (renderer, FALSE);
      alone = render_test_draw_image (renderer, WIDTH, HEIGHT);
      _ts_map_renderer_set_threaded (renderer, TRUE);

      /* Every third row where the places are (a marker is at least 8
       * pixels high, a badge 14, a name 11), every 17th elsewhere (the
       * countries' names, the legend, the scale), and the edges. */
      for (int b = 1; b < HEIGHT; b += b >= first && b <= last ? 3 : 17)
        assert_bands_same (renderer, alone, b, cluster);
      assert_bands_same (renderer, alone, HEIGHT - 1, cluster);
    }

  /* Drawn twice as large (no sprites, halos stroked), through a marker. */
  _ts_map_renderer_set_threaded (renderer, FALSE);
  large_alone = draw_offset (renderer, 2, 0);
  _ts_map_renderer_set_threaded (renderer, TRUE);
  large_banded = draw_in_bands (renderer, 2, (int) (top + bottom));
  if (find_different_rows (large_banded, large_alone, &y0, &y1))
    g_error ("bands at twice the size: rows %d to %d differ", y0, y1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-sprites/same-picture", test_same_picture);
  g_test_add_func ("/map-sprites/every-marker", test_every_marker);
  g_test_add_func ("/map-sprites/ground-in-thread", test_ground_in_thread);
  g_test_add_func ("/map-sprites/bands", test_bands);

  return g_test_run ();
}
