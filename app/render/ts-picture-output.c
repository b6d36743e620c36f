/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-picture-output"

/* Pictures (the map, the timeline) written to a file or to memory. */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>
#include <zlib.h>

#include "ts-deflate.h"
#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-picture-output.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* The largest picture drawn, a side in pixels. */
#define MAX_SIDE 20000

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

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

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

#define ADLER_BASE 65521u

/* adler32 (@adler, @data, @length), about three times as fast as zlib's
 * (0.6 ms instead of 2 for the 6 MB of rows of a briefing's cover): in
 * blocks of 32 bytes, each byte's column sum and the running sums of
 * those, which the compiler does 16 bytes at a time, reduced once every
 * 5 120 bytes. Over a block of n bytes b[0 … n-1] from sums s1, s2:
 * s1 + Σ b[i] and s2 + n·s1 + Σ (n - i)·b[i], where
 * Σ (n - i)·b[i] = 32·Σ Q[j] - Σ j·P[j], P[j] being the sum of the bytes
 * at j of the 32-byte chunks, Q[j] the sum of P[j] after each chunk. */
static guint32
update_adler32 (guint32       adler,
                const guint8 *data,
                gsize         length)
{
  guint32 s1 = adler & 0xffff, s2 = adler >> 16;

  while (length >= 32)
    {
      /* Q[j] < 255 · 160 · 161 / 2: no overflow. */
      gsize n_chunks = MIN (length / 32, 160);
      guint32 p[32] = { 0 }, q[32] = { 0 };
      guint64 sum_p = 0, sum_q = 0, weighed_p = 0;

      for (gsize c = 0; c < n_chunks; c++)
        {
          const guint8 *chunk = data + c * 32;

          for (int j = 0; j < 32; j++)
            {
              p[j] += chunk[j];
              q[j] += p[j];
            }
        }
      for (int j = 0; j < 32; j++)
        {
          sum_p += p[j];
          sum_q += q[j];
          weighed_p += (guint64) j * p[j];
        }
      s2 = ((guint64) s2 + (guint64) n_chunks * 32 * s1 + 32 * sum_q - weighed_p) % ADLER_BASE;
      s1 = ((guint64) s1 + sum_p) % ADLER_BASE;
      data += n_chunks * 32;
      length -= n_chunks * 32;
    }
  for (gsize i = 0; i < length; i++)
    {
      s1 = (s1 + data[i]) % ADLER_BASE;
      s2 = (s2 + s1) % ADLER_BASE;
    }

  return s2 << 16 | s1;
}

/* Rows @first to @end (not included) of an RGB24 image, each filtered by
 * difference to the pixel on its left (the PNG "Sub" filter: flat runs
 * become zeros) and deflated by ts_deflate_write(), as raw deflate data:
 * the last part of the picture ends its stream, another ends on a byte
 * boundary (a sync flush) for the next part to follow. */
typedef struct
{
  const guint8 *pixels;
  int           width;
  int           stride;
  int           first;
  int           end;
  gboolean      last;
  GByteArray   *out;
  uLong         adler;   /* of the filtered rows */
  gboolean      ok;
} Part;

static gpointer
deflate_part (gpointer data)
{
  Part *part = data;
  gsize row_length = 1 + (gsize) part->width * 3;
  /* The last pixel's differences are stored as four bytes. */
  g_autofree guint8 *row = g_malloc (row_length + 1);
  g_autoptr(TsDeflate) deflate = ts_deflate_new (part->out);

  part->adler = adler32 (0, NULL, 0);
  for (int y = part->first; y < part->end; y++)
    {
      const guint32 *source = (const guint32 *) (gconstpointer) (part->pixels
                                                                 + (gsize) y * part->stride);
      guint32 previous = 0;
      guint8 *next = row + 1;
      int x = 0;

      row[0] = 1; /* Sub */
      /* Each byte of a pixel minus the one on its left, modulo 256, two
       * pixels at once: the bytes' low seven bits subtracted with the top
       * bit of each set in the first and clear in the second (no borrow
       * from the next byte), the top bits then set right. Each pixel's
       * differences are stored red, green, blue and a byte the next
       * pixel overwrites. */
      for (; x + 2 <= part->width; x += 2)
        {
          guint64 pixels, before, difference;
          guint32 first, second;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          memcpy (&pixels, source + x, 8);
#else
          pixels = (guint64) source[x + 1] << 32 | source[x];
#endif
          before = pixels << 32 | previous;
          difference = ((pixels | G_GUINT64_CONSTANT (0x8080808080808080))
                        - (before & G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f)))
                       ^ ((pixels ^ ~before) & G_GUINT64_CONSTANT (0x8080808080808080));
          first = GUINT32_TO_BE ((guint32) difference << 8);
          second = GUINT32_TO_BE ((guint32) (difference >> 32) << 8);

          memcpy (next, &first, 4);
          memcpy (next + 3, &second, 4);
          next += 6;
          previous = pixels >> 32;
        }
      if (x < part->width)
        {
          guint32 pixel = source[x];
          guint32 difference = ((pixel | 0x80808080u) - (previous & 0x7f7f7f7fu))
                               ^ ((pixel ^ ~previous) & 0x80808080u);
          guint32 bytes = GUINT32_TO_BE (difference << 8);

          memcpy (next, &bytes, 4);
        }
      part->adler = update_adler32 (part->adler, row, row_length);
      ts_deflate_write (deflate, row, row_length);
    }
  ts_deflate_finish (deflate, part->last);
  part->ok = TRUE;

  return NULL;
}

static void draw_on_surface (const TsPicture *picture,
                             cairo_surface_t *surface,
                             int              width,
                             int              height,
                             int              scale);

/* Rows @first to @end of @surface, to be deflated as a part of its PNG's
 * zlib stream. */
static void
init_part (Part            *part,
           cairo_surface_t *surface,
           int              first,
           int              end)
{
  *part = (Part) {
    cairo_image_surface_get_data (surface), cairo_image_surface_get_width (surface),
    cairo_image_surface_get_stride (surface), first, end,
    end == cairo_image_surface_get_height (surface), g_byte_array_new (), 0, FALSE,
  };
}

/* The PNG of @surface appended to @out from its rows deflated in @parts
 * (in order, every row once), which are freed. */
static gboolean
append_png_of_parts (cairo_surface_t *surface,
                     Part            *parts,
                     guint            n_parts,
                     GByteArray      *out)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  /* A zlib header: deflate, a 32 KiB window, the fastest level. */
  static const guint8 zlib_header[2] = { 0x78, 0x01 };
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint8 header[13];
  uLong adler;
  guint8 trailer[4];
  gboolean ok = TRUE;

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

  /* The zlib stream: its header, the parts' deflate data in order, and
   * the Adler-32 of every filtered row, in chunks of at most 256 KiB. */
  adler = parts[0].adler;
  for (guint i = 0; i < n_parts; i++)
    {
      ok = ok && parts[i].ok;
      if (i > 0)
        adler = adler32_combine (adler, parts[i].adler,
                                 (z_off_t) (parts[i].end - parts[i].first) * (1 + (gsize) width * 3));
    }
  trailer[0] = adler >> 24, trailer[1] = (adler >> 16) & 0xff;
  trailer[2] = (adler >> 8) & 0xff, trailer[3] = adler & 0xff;
  if (ok)
    {
      g_autoptr(GByteArray) stream = g_byte_array_new ();

      g_byte_array_append (stream, zlib_header, sizeof zlib_header);
      for (guint i = 0; i < n_parts; i++)
        g_byte_array_append (stream, parts[i].out->data, parts[i].out->len);
      g_byte_array_append (stream, trailer, sizeof trailer);
      for (gsize offset = 0; offset < stream->len; offset += 256 * 1024)
        append_chunk (out, "IDAT", stream->data + offset, MIN (256 * 1024, stream->len - offset));
      append_chunk (out, "IEND", NULL, 0);
    }
  for (guint i = 0; i < n_parts; i++)
    g_byte_array_unref (parts[i].out);

  return ok;
}

/* Cairo's own PNG writer takes 150-200 ms for a briefing's 1840 × 1100
 * map, more than the drawing: it tries libpng's filters on each row and
 * deflates at the default level. A map is mostly flat colour, so each row
 * here is filtered by difference to the pixel on its left and deflated by
 * an encoder for such rows (deflate_part (), ts-deflate.h), several times
 * faster for files about as small. A large picture is deflated in two
 * halves at once, the lower one in a thread of its own, as two pieces of
 * one zlib stream (the second not looking back into the first: a few
 * hundred bytes more); the same pixels either way. */
gboolean
ts_picture_append_png (cairo_surface_t *surface,
                       GByteArray      *out)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  Part parts[2];
  guint n_parts;
  GThread *thread = NULL;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (surface);
  if (cairo_image_surface_get_data (surface) == NULL)
    return FALSE;

  /* Halves only where a thread is worth starting. */
  n_parts = (gsize) width * height >= 512 * 512 && g_get_num_processors () > 1 ? 2 : 1;
  for (guint i = 0; i < n_parts; i++)
    init_part (&parts[i], surface, height * i / n_parts, height * (i + 1) / n_parts);
  if (n_parts > 1)
    thread = g_thread_try_new ("png", deflate_part, &parts[1], NULL);
  deflate_part (&parts[0]);
  if (thread != NULL)
    g_thread_join (thread);
  else if (n_parts > 1)
    deflate_part (&parts[1]);

  return append_png_of_parts (surface, parts, n_parts, out);
}

/* The parts of a PNG deflated by the threads that drew their rows. */
#define MAX_BAND_PARTS 8

typedef struct
{
  cairo_surface_t *surface;
  GMutex           lock;
  Part             parts[MAX_BAND_PARTS];
  guint            n_parts;
  gboolean         too_many;
} BandParts;

static void
deflate_band (gpointer rows_data,
              int      first,
              int      end)
{
  BandParts *bands = rows_data;
  Part part;

  init_part (&part, bands->surface, first, end);
  deflate_part (&part);
  g_mutex_lock (&bands->lock);
  if (bands->n_parts < MAX_BAND_PARTS)
    bands->parts[bands->n_parts++] = part;
  else
    {
      bands->too_many = TRUE;
      g_byte_array_unref (part.out);
    }
  g_mutex_unlock (&bands->lock);
}

static int
compare_parts (gconstpointer a,
               gconstpointer b)
{
  const Part *pa = a, *pb = b;

  return (pa->first > pb->first) - (pa->first < pb->first);
}

/* Draws @picture onto @surface (RGB24) and appends its PNG to @out: in
 * bands, each band's rows deflated by the thread that drew them as a part
 * of the zlib stream, where the picture draws in bands; else drawn, then
 * deflated. FALSE when the bands' parts do not cover every row once. */
static gboolean
draw_png (const TsPicture *picture,
          cairo_surface_t *surface,
          int              width,
          int              height,
          int              scale,
          GByteArray      *out)
{
  BandParts bands = { surface, };
  gboolean drawn = FALSE, ok;

  if (picture->draw_bands != NULL && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(cairo_t) cr = cairo_create (surface);

      g_mutex_init (&bands.lock);
      if (scale != 1)
        cairo_scale (cr, scale, scale);
      drawn = picture->draw_bands (picture->user_data, cr, width, height, deflate_band,
                                   &bands);
      g_mutex_clear (&bands.lock);
    }
  if (!drawn)
    {
      draw_on_surface (picture, surface, width, height, scale);
      return cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS
             || ts_picture_append_png (surface, out);
    }
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    ok = TRUE;
  else
    {
      /* Every row once, in order. */
      qsort (bands.parts, bands.n_parts, sizeof (Part), compare_parts);
      ok = !bands.too_many && bands.n_parts > 0 && bands.parts[0].first == 0
           && bands.parts[bands.n_parts - 1].end == cairo_image_surface_get_height (surface);
      for (guint i = 1; i < bands.n_parts; i++)
        ok = ok && bands.parts[i].first == bands.parts[i - 1].end;
      if (ok)
        return append_png_of_parts (surface, bands.parts, bands.n_parts, out);
    }
  for (guint i = 0; i < bands.n_parts; i++)
    g_byte_array_unref (bands.parts[i].out);

  return ok;
}

/* The messages, sentence by sentence for each kind of picture, so that
 * translators see whole sentences. */
typedef struct
{
  const char *title;
  const char *bad_extension;
  const char *bad_file_size;
  const char *bad_size;
  const char *draw_failed;
} KindMessages;

static const KindMessages kind_messages[] = {
  [TS_PICTURE_MAP] = {
    /* Translators: the title of a map picture */
    N_("Map"),
    N_("Cannot save the map as “%s”: the name must end in .png, .svg or .pdf"),
    N_("Cannot save the map as “%s”: %d × %d is not a usable picture size"),
    N_("Cannot draw the map: %d × %d is not a usable picture size"),
    N_("Could not draw the map: %s"),
  },
  [TS_PICTURE_TIMELINE] = {
    /* Translators: the title of a timeline picture */
    N_("Timeline"),
    N_("Cannot save the timeline as “%s”: the name must end in .png, .svg or .pdf"),
    N_("Cannot save the timeline as “%s”: %d × %d is not a usable picture size"),
    N_("Cannot draw the timeline: %d × %d is not a usable picture size"),
    N_("Could not draw the timeline: %s"),
  },
};

static const KindMessages *
get_messages (TsPictureKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kind_messages))
    kind = TS_PICTURE_MAP;
  return &kind_messages[kind];
}

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} FileFormat;

static gboolean
get_format_for_path (TsPictureKind   kind,
                     const char     *path,
                     FileFormat     *format,
                     GError        **error)
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
                   _(get_messages (kind)->bad_extension), path);
      return FALSE;
    }

  return TRUE;
}

static void
draw_on_surface (const TsPicture *picture,
                 cairo_surface_t *surface,
                 int              width,
                 int              height,
                 int              scale)
{
  g_autoptr(cairo_t) cr = cairo_create (surface);

  if (scale != 1)
    cairo_scale (cr, scale, scale);
  picture->draw (picture->user_data, cr, width, height);
}

/* Cairo sets text as glyph outlines: an SVG of a picture that can say in
 * words what it shows has it in a <title> and a <desc>, after the root. */
static cairo_status_t
write_svg (const TsPicture *picture,
           FileWriter      *writer,
           int              width,
           int              height)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *head = NULL;
  cairo_status_t status;
  const char *start, *root_end;

  if (picture->describe == NULL)
    {
      surface = cairo_svg_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      draw_on_surface (picture, surface, width, height, 1);
      cairo_surface_finish (surface);
      return cairo_surface_status (surface);
    }

  surface = cairo_svg_surface_create_for_stream (append_to_byte_array, svg, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  draw_on_surface (picture, surface, width, height, 1);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;

  g_byte_array_append (svg, (const guint8 *) "", 1);
  start = (const char *) svg->data;
  root_end = strstr (start, "<svg");
  root_end = root_end != NULL ? strchr (root_end, '>') : NULL;
  if (root_end == NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  description = picture->describe (picture->user_data);
  escaped = g_markup_escape_text (description != NULL ? description : "", -1);
  head = g_markup_printf_escaped ("\n<title>%s</title>\n", _(get_messages (picture->kind)->title));
  if (write_to_file (writer, (const guint8 *) start, root_end + 1 - start)
      != CAIRO_STATUS_SUCCESS
      || write_to_file (writer, (const guint8 *) head, strlen (head)) != CAIRO_STATUS_SUCCESS
      || write_to_file (writer, (const guint8 *) "<desc>", 6) != CAIRO_STATUS_SUCCESS
      || write_to_file (writer, (const guint8 *) escaped, strlen (escaped))
         != CAIRO_STATUS_SUCCESS
      || write_to_file (writer, (const guint8 *) "</desc>", 7) != CAIRO_STATUS_SUCCESS)
    return CAIRO_STATUS_WRITE_ERROR;
  return write_to_file (writer, (const guint8 *) root_end + 1, strlen (root_end + 1));
}

static cairo_status_t
write_surface (const TsPicture *picture,
               FileFormat       format,
               FileWriter      *writer,
               int              width,
               int              height)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  cairo_status_t status;

  switch (format)
    {
    case FORMAT_PNG:
      {
        g_autoptr(GByteArray) png = g_byte_array_new ();

        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
        if (!draw_png (picture, surface, width, height, 1, png))
          status = CAIRO_STATUS_NO_MEMORY;
        else
          status = cairo_surface_status (surface);
        if (status == CAIRO_STATUS_SUCCESS)
          status = write_to_file (writer, png->data, png->len);
        return status;
      }

    case FORMAT_SVG:
      return write_svg (picture, writer, width, height);

    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tianshan");
      break;

    default:
      g_assert_not_reached ();
    }

  draw_on_surface (picture, surface, width, height, 1);
  cairo_surface_finish (surface);

  return cairo_surface_status (surface);
}

gboolean
ts_picture_render_to_file (const TsPicture  *picture,
                           const char       *path,
                           int               width,
                           int               height,
                           GError          **error)
{
  g_autoptr(TsExportFile) file = NULL;
  FileWriter writer = { NULL, NULL };
  cairo_status_t status;
  FileFormat format;

  g_return_val_if_fail (picture != NULL && picture->draw != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_format_for_path (picture->kind, path, &format, error))
    return FALSE;
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _(get_messages (picture->kind)->bad_file_size), path, width, height);
      return FALSE;
    }

  /* Written as every export is (ts-export-file.h): beside the target and
   * renamed onto it once on disk, never over a read-only file. */
  writer.file = file = ts_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  status = write_surface (picture, format, &writer, width, height);
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
ts_picture_render_to_png (const TsPicture  *picture,
                          int               width,
                          int               height,
                          int               scale,
                          GError          **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;

  g_return_val_if_fail (picture != NULL && picture->draw != NULL, NULL);
  g_return_val_if_fail (scale >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (width < 1 || height < 1 || width > MAX_SIDE / scale || height > MAX_SIDE / scale)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _(get_messages (picture->kind)->bad_size), width * scale, height * scale);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale, height * scale);
  png = g_byte_array_new ();
  status = cairo_surface_status (surface);
  if (!draw_png (picture, surface, width, height, scale, png))
    status = CAIRO_STATUS_NO_MEMORY;
  else
    status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED,
                   _(get_messages (picture->kind)->draw_failed), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}
