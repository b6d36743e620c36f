/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map as a PNG (ts_map_renderer_render_to_png() and .png files), which
 * Tianshan deflates itself rather than through cairo's slower writer: read
 * back with cairo (libpng), every pixel is the pixel drawn, at any size,
 * for pictures of one IDAT chunk and of several; inflated by zlib, the
 * stream passes its checks. */

#include "config.h"

#include <glib/gstdio.h>

#include "ts-map-renderer.h"
#include "zlib-test-utils.h"

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

static TsBasemap *
load_basemap (void)
{
  g_autoptr(GError) error = NULL;
  TsBasemap *basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, &error);

  g_assert_no_error (error);
  return basemap;
}

static TsMapScene *
make_scene (void)
{
  TsMapScene *scene = ts_map_scene_new ();
  const TsMapPoint route[] = { { 42.87, 74.59 }, { 41.1, 72.5 }, { 40.5, 73.1 } };

  ts_map_scene_add_marker (scene, "place/bishkek", "Bishkek", 42.87, 74.59, 9, 4, TRUE);
  ts_map_scene_add_marker (scene, "place/kashgar", "喀什", 39.47, 75.99, 3, 0, FALSE);
  ts_map_scene_add_arc (scene, "agreement/a", "Friendly provinces", 42.87, 74.59, 36.67, 117.0,
                        TS_MAP_ARC_FRIENDLY_PROVINCES);
  ts_map_scene_add_route (scene, "project/railway", "Railway", route, G_N_ELEMENTS (route));
  return scene;
}

/* The PNG decoded is the picture drawn, pixel for pixel. */
static void
assert_png_is_drawing (GBytes        *png,
                       TsMapRenderer *renderer,
                       int            width,
                       int            height)
{
  Reader reader = { g_bytes_get_data (png, NULL), g_bytes_get_size (png), 0 };
  cairo_surface_t *decoded = cairo_image_surface_create_from_png_stream (read_bytes, &reader);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (drawn);

  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, height);
  /* Nothing after the end. */
  g_assert_cmpuint (reader.offset, ==, reader.length);

  ts_map_renderer_draw (renderer, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);
  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer)
        (cairo_image_surface_get_data (decoded) + y * cairo_image_surface_get_stride (decoded));
      const guint32 *b = (const guint32 *) (gconstpointer)
        (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn));

      for (int x = 0; x < width; x++)
        {
          if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
            g_error ("pixel (%d, %d) of %d × %d is %06x, drawn %06x", x, y, width, height,
                     a[x] & 0xffffff, b[x] & 0xffffff);
        }
    }

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (drawn);
}

/* How many IDAT chunks @png has. */
static guint
count_data_chunks (GBytes *png)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (png, &length);
  guint n = 0;

  for (gsize offset = 8; offset + 8 <= length; )
    {
      guint32 size = (guint32) data[offset] << 24 | data[offset + 1] << 16
                     | data[offset + 2] << 8 | data[offset + 3];

      if (memcmp (data + offset + 4, "IDAT", 4) == 0)
        n++;
      offset += 12 + size;
    }

  return n;
}

static void
test_pixels (void)
{
  g_autoptr(TsBasemap) basemap = load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  const int sizes[][2] = { { 1, 1 }, { 333, 77 }, { 640, 400 }, { 1840, 1100 }, { 3000, 2000 } };
  guint most_chunks = 0;

  ts_map_renderer_set_scene (renderer, scene);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) png = NULL;

      ts_map_renderer_set_view (renderer, 74, 41.5, i % 2 ? 6.5 : 4.0);
      png = ts_map_renderer_render_to_png (renderer, sizes[i][0], sizes[i][1], &error);
      g_assert_no_error (error);
      assert_png_is_drawing (png, renderer, sizes[i][0], sizes[i][1]);
      most_chunks = MAX (most_chunks, count_data_chunks (png));
    }
  /* The largest picture took more than one chunk. */
  g_assert_cmpuint (most_chunks, >, 1);
}

/* The zlib stream the IDAT chunks hold, inflated by zlib with every check
 * it makes (the Adler-32 of the rows, which Tianshan computes itself, and
 * nothing after the end): one row of 1 + 3 × width bytes for each row of
 * the picture, each filtered by "Sub". */
static void
assert_zlib_stream (GBytes *png,
                    int     width,
                    int     height)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (png, &length);
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  gsize row_length = 1 + (gsize) width * 3;
  gsize rows_length = row_length * height;
  g_autofree guint8 *rows = NULL;
  g_autofree char *what = g_strdup_printf ("%d × %d", width, height);

  for (gsize offset = 8; offset + 8 <= length; )
    {
      guint32 size = (guint32) data[offset] << 24 | data[offset + 1] << 16
                     | data[offset + 2] << 8 | data[offset + 3];

      if (memcmp (data + offset + 4, "IDAT", 4) == 0)
        g_byte_array_append (stream, data + offset + 8, size);
      offset += 12 + size;
    }

  rows = zlib_test_inflate (stream->data, stream->len, rows_length, what);
  for (int y = 0; y < height; y++)
    g_assert_cmpuint (rows[y * row_length], ==, 1);
}

/* At sizes whose rows are and are not multiples of the blocks the
 * Adler-32 is summed in, in one part and in two. */
static void
test_zlib_stream (void)
{
  g_autoptr(TsBasemap) basemap = load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  const int sizes[][2] = { { 1, 1 }, { 5, 3 }, { 333, 77 }, { 1840, 1100 }, { 3000, 2000 } };

  ts_map_renderer_set_scene (renderer, scene);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) png = NULL;

      ts_map_renderer_set_view (renderer, 74, 41.5, i % 2 ? 6.5 : 4.0);
      png = ts_map_renderer_render_to_png (renderer, sizes[i][0], sizes[i][1], &error);
      g_assert_no_error (error);
      assert_zlib_stream (png, sizes[i][0], sizes[i][1]);
    }
}

/* A .png file holds the same picture. */
static void
test_file (void)
{
  g_autoptr(TsBasemap) basemap = load_basemap ();
  g_autoptr(TsMapScene) scene = make_scene ();
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-png-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) png = NULL;
  gsize length;

  g_assert_no_error (error);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_view (renderer, 74, 41.5, 5.0);
  g_assert_true (ts_map_renderer_render_to_file (renderer, path, 500, 300, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  png = g_bytes_new_take (g_steal_pointer (&contents), length);
  assert_png_is_drawing (png, renderer, 500, 300);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-png/pixels", test_pixels);
  g_test_add_func ("/map-png/file", test_file);
  g_test_add_func ("/map-png/zlib-stream", test_zlib_stream);

  return g_test_run ();
}
