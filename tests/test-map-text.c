/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the map does to set text fast on a crowded map, checked against
 * doing it the slow way: the least width a name may take (by which a name
 * with no room is dropped before Pango sets it) is never more than its
 * width, in any script where it is told; and the names' halos on an image,
 * grown from a mask of the text, look like the glyph outlines stroked (as
 * on PDF and SVG, and here through a recording surface); and text copied
 * from glyphs drawn once (the badges' counts) is the text Pango sets. */

#include "config.h"

#include "ts-map-renderer.h"
#include "ts-map-text.h"
#include "render-test-utils.h"

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
  g_autoptr(TsBasemap) basemap = render_test_load_basemap ();
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
  bare = render_test_draw_image (renderer, WIDTH, HEIGHT);
  ts_map_renderer_set_scene (renderer, scene);
  image = render_test_draw_image (renderer, WIDTH, HEIGHT);
  recorded = render_test_draw_recorded (renderer, WIDTH, HEIGHT);

  /* The names have halos: lighter pixels around them. */
  g_assert_cmpuint (count_lighter_pixels (image, bare), >, 500);
  /* The halos are where the stroked ones are, as light: only some edge
   * pixels differ, and little. */
  g_assert_cmpuint (count_differences (image, recorded, 96), <, 30);
  g_assert_cmpuint (count_differences (image, recorded, 48), <, 100);
  g_assert_cmpuint (count_differences (image, recorded, 16), <, 1500);
}

static cairo_surface_t *
new_white_image (int width,
                 int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Pixels of @a and @b where a channel differs by more than @tolerance. */
static guint
count_image_differences (cairo_surface_t *a,
                         cairo_surface_t *b,
                         int              tolerance)
{
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a); x++)
      for (int c = 0; c < 3; c++)
        if (ABS (da[y * stride + 4 * x + c] - db[y * stride + 4 * x + c]) > tolerance)
          {
            n++;
            break;
          }

  return n;
}

/* Counts and names drawn at a hundred places within a pixel, bold and
 * regular, by Pango and copied from glyphs drawn once: the same pixels,
 * but where two glyphs' edges touch (cairo adds up their coverage first,
 * the copies are laid one over the other). Text that is not one run set
 * left to right is left to Pango. */
static void
test_on_image (void)
{
  static const char *texts[] = { "0", "7", "42", "1234", "56789", "Bishkek", "Ош", "喀什" };
  g_autoptr(cairo_surface_t) by_pango = new_white_image (WIDTH, HEIGHT);
  g_autoptr(cairo_surface_t) copied = new_white_image (WIDTH, HEIGHT);
  g_autoptr(cairo_surface_t) untouched = new_white_image (WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (by_pango);
  TsMapText *pango_text = ts_map_text_new (cr, "Sans");
  TsMapText *copying_text = ts_map_text_new (cr, "Sans");
  guint n_drawn = 0;

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.6);
  for (guint i = 0; i < 100; i++)
    {
      const char *text = texts[i % G_N_ELEMENTS (texts)];
      TsMapTextFlags flags = i % 3 == 0 ? TS_MAP_TEXT_REGULAR : TS_MAP_TEXT_BOLD;
      double size = i % 2 == 0 ? 9.5 : 11;
      double x = 10 + 85 * (i % 10) + 0.071 * i, y = 30 + 55 * (i / 10) + 0.043 * i;

      ts_map_text_show (pango_text, cr, text, size, flags, x, y);
      cairo_surface_flush (by_pango);
      if (ts_map_text_show_on_image (copying_text, copied, 0.2, 0.4, 0.6, text, size, flags,
                                     x, y))
        n_drawn++;
    }
  cairo_surface_mark_dirty (copied);
  g_assert_cmpuint (n_drawn, ==, 100);
  /* Something was drawn, and in the same place. */
  g_assert_cmpuint (count_image_differences (copied, untouched, 0), >, 1000);
  g_test_message ("%u pixels differ", count_image_differences (by_pango, copied, 0));
  g_assert_cmpuint (count_image_differences (by_pango, copied, 8), <, 20);
  g_assert_cmpuint (count_image_differences (by_pango, copied, 0), <, 60);

  /* Right to left, and runs of two fonts: Pango's. */
  g_assert_false (ts_map_text_show_on_image (copying_text, copied, 0, 0, 0, "שלום", 11,
                                             TS_MAP_TEXT_REGULAR, 100, 100));
  g_assert_false (ts_map_text_show_on_image (copying_text, copied, 0, 0, 0, "Ош 喀什 ქუთაისი", 11,
                                             TS_MAP_TEXT_REGULAR, 100, 100));
  cairo_surface_mark_dirty (copied);

  ts_map_text_free (copying_text);
  ts_map_text_free (pango_text);
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-text/estimate", test_estimate);
  g_test_add_func ("/map-text/halos", test_halos);
  g_test_add_func ("/map-text/on-image", test_on_image);

  return g_test_run ();
}
