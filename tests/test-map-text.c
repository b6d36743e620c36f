/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the map does to set text fast on a crowded map, checked against
 * doing it the slow way: the least width a name may take (by which a name
 * with no room is dropped before Pango sets it) is never more than its
 * width, in any script where it is told; and the names' halos on an image,
 * grown from a mask of the text, look like the glyph outlines stroked (as
 * on PDF and SVG, and here through a recording surface). */

#include "config.h"

#include "ts-map-renderer.h"
#include "ts-map-text.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

#define WIDTH 900
#define HEIGHT 600

static void
test_estimate (void)
{
  static const char *told[] = {
    "Bishkek", "Бишкек", "比什凯克", "Place 1999", "Project 42", "AVAVAV Tower",
    "Ош облусу", "東京 とうきょう", "서울", "Ταλάς", "Kyrgyz–Chinese «Friendship» Road, 2024",
  };
  static const char *not_told[] = { "بيشكيك", "บิชเคก", "बिश्केक", "e\xcc\x81tude" };
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autoptr(TsMapText) text = ts_map_text_new (cr, "Sans");

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    for (TsMapTextFlags flags = 0; flags <= TS_MAP_TEXT_BOLD; flags++)
      {
        TsMapTextExtents least, measured;

        g_assert_true (ts_map_text_estimate (text, told[i], 10.5, flags, &least));
        ts_map_text_measure (text, told[i], 10.5, flags, &measured);
        g_test_message ("%s: at least %.2f of %.2f, ascent %.2f of %.2f, height %.2f of %.2f",
                        told[i], least.width, measured.width, least.ascent, measured.ascent,
                        least.height, measured.height);
        /* Never more than the text takes… */
        g_assert_cmpfloat (least.width, <=, measured.width);
        g_assert_cmpfloat (least.ascent, <=, measured.ascent + 0.01);
        g_assert_cmpfloat (least.height - least.ascent, <=,
                           measured.height - measured.ascent + 0.01);
        /* …and near enough to tell. */
        g_assert_cmpfloat (least.width, >=, 0.6 * measured.width);
      }
  /* Scripts whose glyphs join or stack, and combining marks: not told. */
  for (guint i = 0; i < G_N_ELEMENTS (not_told); i++)
    {
      TsMapTextExtents least;

      g_assert_false (ts_map_text_estimate (text, not_told[i], 10.5, 0, &least));
    }
}

static TsBasemap *
load_basemap (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "basemap",
                                                 "basemap.json", NULL);
  g_autoptr(GError) error = NULL;
  TsBasemap *basemap = ts_basemap_new_from_file (path, &error);

  g_assert_no_error (error);

  return basemap;
}

static cairo_surface_t *
draw_image (TsMapRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  return surface;
}

static cairo_surface_t *
draw_recorded (TsMapRenderer *renderer)
{
  cairo_rectangle_t extents = { 0, 0, WIDTH, HEIGHT };
  g_autoptr(cairo_surface_t) recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR,
                                                                         &extents);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  g_autoptr(cairo_t) cr = cairo_create (recording);
  g_autoptr(cairo_t) replay = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_set_source_surface (replay, recording, 0, 0);
  cairo_paint (replay);
  cairo_surface_flush (surface);

  return surface;
}

/* Pixels where a channel differs by more than @tolerance. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int              tolerance)
{
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        const guchar *pa = da + y * stride + x * 4, *pb = db + y * stride + x * 4;

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

/* Pixels of @surface lighter in every channel than in @bare (drawn with
 * no names): where halos are. */
static guint
count_lighter_pixels (cairo_surface_t *surface,
                      cairo_surface_t *bare)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  const guchar *bare_data = cairo_image_surface_get_data (bare);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        const guchar *p = data + y * stride + x * 4, *q = bare_data + y * stride + x * 4;

        n += p[0] > q[0] + 4 && p[1] > q[1] + 4 && p[2] > q[2] + 4;
      }

  g_test_message ("%u pixels lighter", n);
  return n;
}

static void
test_halos (void)
{
  static const char *names[] = { "Bishkek", "喀什", "Ош", "Talas", "Naryn", "伊宁", "Karakol",
                                 "Jalal-Abad", "Batken", "Khujand" };
  g_autoptr(TsBasemap) basemap = load_basemap ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  const TsMapPoint route[] = { { 42.87, 74.59 }, { 41.1, 72.5 }, { 40.5, 73.1 } };
  g_autoptr(cairo_surface_t) image = NULL;
  g_autoptr(cairo_surface_t) recorded = NULL;
  g_autoptr(cairo_surface_t) bare = NULL;
  g_autoptr(TsMapScene) unnamed = ts_map_scene_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      double lat = 39.9 + 0.41 * (i % 4), lon = 70.4 + 1.03 * i;

      ts_map_scene_add_marker (scene, id, names[i], lat, lon, 1 + i, 0, FALSE);
      ts_map_scene_add_marker (unnamed, id, "", lat, lon, 1 + i, 0, FALSE);
    }
  ts_map_scene_add_route (scene, "project/r", "Railway", route, G_N_ELEMENTS (route));
  ts_map_scene_add_route (unnamed, "project/r", "", route, G_N_ELEMENTS (route));
  ts_map_renderer_set_view (renderer, 74.6, 41.0, 6.0);
  ts_map_renderer_set_show_legend (renderer, FALSE);

  ts_map_renderer_set_scene (renderer, unnamed);
  bare = draw_image (renderer);
  ts_map_renderer_set_scene (renderer, scene);
  image = draw_image (renderer);
  recorded = draw_recorded (renderer);

  /* The names have halos: lighter pixels around them. */
  g_assert_cmpuint (count_lighter_pixels (image, bare), >, 500);
  /* The halos are where the stroked ones are, as light: only some edge
   * pixels differ, and little. */
  g_assert_cmpuint (count_differences (image, recorded, 96), <, 30);
  g_assert_cmpuint (count_differences (image, recorded, 48), <, 100);
  g_assert_cmpuint (count_differences (image, recorded, 16), <, 1500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-text/estimate", test_estimate);
  g_test_add_func ("/map-text/halos", test_halos);

  return g_test_run ();
}
