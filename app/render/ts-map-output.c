/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-renderer"

/* The map written to a file or to memory: the output half of
 * ts-map-renderer.h. */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>
#include <zlib.h>

#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-map-renderer.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* Cairo's stream writer onto the export's temporary file. */
typedef struct
{
  TsExportFile *file;
  GError       *error;
} FileWriter;

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  FileWriter *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!ts_export_file_write (writer->file, data, length, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
append_uint32 (GByteArray *out,
               guint32     value)
{
  guint8 bytes[4] = { value >> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };

  g_byte_array_append (out, bytes, 4);
}

/* A PNG chunk: length, type, data and the CRC of type and data. */
static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  if (length > 0)
    crc = crc32 (crc, data, length);
  append_uint32 (out, length);
  g_byte_array_append (out, (const guint8 *) type, 4);
  if (length > 0)
    g_byte_array_append (out, data, length);
  append_uint32 (out, crc);
}

/* @surface (an RGB24 image) as a PNG, appended to @out. Cairo's own PNG
 * writer takes 150-200 ms for a briefing's 1840 × 1100 map, more than the
 * drawing: it tries libpng's filters on each row and deflates at the
 * default level. A map is mostly flat colour, so each row here is
 * filtered by difference to the pixel on its left (the PNG "Sub" filter:
 * flat runs become zeros) and deflated at level 1 with run-length
 * matching, several times faster for files about as small. */
static gboolean
append_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels;
  gsize row_length = 1 + (gsize) width * 3;
  g_autofree guint8 *row = g_malloc (row_length);
  g_autofree guint8 *chunk = NULL;
  gsize chunk_size = 256 * 1024;
  guint8 header[13];
  z_stream z = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  if (pixels == NULL || deflateInit2 (&z, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
    return FALSE;

  g_byte_array_append (out, signature, sizeof signature);
  header[0] = width >> 24, header[1] = (width >> 16) & 0xff;
  header[2] = (width >> 8) & 0xff, header[3] = width & 0xff;
  header[4] = height >> 24, header[5] = (height >> 16) & 0xff;
  header[6] = (height >> 8) & 0xff, header[7] = height & 0xff;
  header[8] = 8;  /* bits per sample */
  header[9] = 2;  /* RGB */
  header[10] = 0; /* deflate */
  header[11] = 0; /* adaptive filtering, one filter type per row */
  header[12] = 0; /* not interlaced */
  append_chunk (out, "IHDR", header, sizeof header);

  chunk = g_malloc (chunk_size);
  z.next_out = chunk;
  z.avail_out = chunk_size;
  for (int y = 0; y <= height && ok; y++)
    {
      int flush = y == height ? Z_FINISH : Z_NO_FLUSH;
      int status;

      if (y < height)
        {
          const guint32 *source = (const guint32 *) (gconstpointer) (pixels + (gsize) y * stride);
          guint8 previous[3] = { 0, 0, 0 };

          row[0] = 1; /* Sub */
          for (int x = 0; x < width; x++)
            {
              guint8 rgb[3] = { (source[x] >> 16) & 0xff, (source[x] >> 8) & 0xff,
                                source[x] & 0xff };

              for (int c = 0; c < 3; c++)
                {
                  row[1 + 3 * x + c] = rgb[c] - previous[c];
                  previous[c] = rgb[c];
                }
            }
          z.next_in = row;
          z.avail_in = row_length;
        }

      do
        {
          status = deflate (&z, flush);
          if (status == Z_STREAM_ERROR)
            {
              ok = FALSE;
              break;
            }
          if (z.avail_out == 0 || (flush == Z_FINISH && status == Z_STREAM_END))
            {
              append_chunk (out, "IDAT", chunk, chunk_size - z.avail_out);
              z.next_out = chunk;
              z.avail_out = chunk_size;
            }
        }
      while (z.avail_in > 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }
  deflateEnd (&z);
  if (!ok)
    return FALSE;

  append_chunk (out, "IEND", NULL, 0);
  return TRUE;
}

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} FileFormat;

static gboolean
get_format_for_path (const char  *path,
                     FileFormat  *format,
                     GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot save the map as “%s”: the name must end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }

  return TRUE;
}

static void
draw_on_surface (TsMapRenderer   *self,
                 cairo_surface_t *surface,
                 int              width,
                 int              height)
{
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (self, cr, width, height);
}

static cairo_status_t
write_surface (TsMapRenderer *self,
               FileFormat     format,
               FileWriter    *writer,
               int            width,
               int            height)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  cairo_status_t status;

  switch (format)
    {
    case FORMAT_PNG:
      {
        g_autoptr(GByteArray) png = g_byte_array_new ();

        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
        draw_on_surface (self, surface, width, height);
        status = cairo_surface_status (surface);
        if (status == CAIRO_STATUS_SUCCESS && !append_png (surface, png))
          status = CAIRO_STATUS_NO_MEMORY;
        if (status == CAIRO_STATUS_SUCCESS)
          status = write_to_file (writer, png->data, png->len);
        return status;
      }

    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tianshan");
      break;

    default:
      g_assert_not_reached ();
    }

  draw_on_surface (self, surface, width, height);
  cairo_surface_finish (surface);

  return cairo_surface_status (surface);
}

/* Drawing sets the renderer's size: the size hit testing uses is put back
 * afterwards. */
static void
get_size (TsMapRenderer *self,
          int           *width,
          int           *height)
{
  TsView view;

  ts_map_renderer_get_projected_view (self, &view);
  *width = (int) view.width;
  *height = (int) view.height;
}

gboolean
ts_map_renderer_render_to_file (TsMapRenderer  *self,
                                const char     *path,
                                int             width,
                                int             height,
                                GError        **error)
{
  g_autoptr(TsExportFile) file = NULL;
  FileWriter writer = { NULL, NULL };
  cairo_status_t status;
  FileFormat format;
  int saved_width, saved_height;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_format_for_path (path, &format, error))
    return FALSE;
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot save the map as “%s”: %d × %d is not a usable picture size"),
                   path, width, height);
      return FALSE;
    }

  /* Written as every export is (ts-export-file.h): beside the target and
   * renamed onto it once on disk, never over a read-only file. */
  writer.file = file = ts_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  get_size (self, &saved_width, &saved_height);
  status = write_surface (self, format, &writer, width, height);
  ts_map_renderer_set_size (self, saved_width, saved_height);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, cairo_status_to_string (status));
      return FALSE;
    }

  return ts_export_file_commit (file, error);
}

GBytes *
ts_map_renderer_render_to_png (TsMapRenderer  *self,
                               int             width,
                               int             height,
                               GError        **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;
  int saved_width, saved_height;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot draw the map: %d × %d is not a usable picture size"),
                   width, height);
      return NULL;
    }

  get_size (self, &saved_width, &saved_height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  draw_on_surface (self, surface, width, height);
  ts_map_renderer_set_size (self, saved_width, saved_height);

  png = g_byte_array_new ();
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && !append_png (surface, png))
    status = CAIRO_STATUS_NO_MEMORY;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED, _("Could not draw the map: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

gboolean
ts_map_render_to_file (TsBasemap   *basemap,
                       TsMapScene  *scene,
                       const char  *path,
                       int          width,
                       int          height,
                       GError     **error)
{
  g_autoptr(TsMapRenderer) renderer = NULL;

  g_return_val_if_fail (TS_IS_BASEMAP (basemap), FALSE);
  g_return_val_if_fail (scene == NULL || TS_IS_MAP_SCENE (scene), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, MAX (width, 1), MAX (height, 1), MIN (width, height) * 0.12);

  return ts_map_renderer_render_to_file (renderer, path, width, height, error);
}
