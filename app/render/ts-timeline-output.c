/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-renderer"

/* The timeline written to a file or to memory: the output half of
 * ts-timeline-renderer.h, as ts-map-output.c is the map's. */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-timeline-renderer.h"

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

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
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
                   _("Cannot save the timeline as “%s”: the name must end in .png, .svg "
                     "or .pdf"),
                   path);
      return FALSE;
    }

  return TRUE;
}

static void
draw_on_surface (TsTimelineRenderer *self,
                 cairo_surface_t    *surface,
                 int                 width,
                 int                 height)
{
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_timeline_renderer_draw (self, cr, width, height);
}

/* Cairo sets text as glyph outlines: the SVG also says in words what it
 * shows, in a <title> and a <desc>, for screen readers and search. */
static cairo_status_t
write_svg (TsTimelineRenderer *self,
           FileWriter         *writer,
           int                 width,
           int                 height)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *head = NULL;
  cairo_status_t status;
  const char *start, *root_end;

  surface = cairo_svg_surface_create_for_stream (append_to_byte_array, svg, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  draw_on_surface (self, surface, width, height);
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

  description = ts_timeline_renderer_describe (self);
  escaped = g_markup_escape_text (description, -1);
  /* Translators: the title of a timeline picture */
  head = g_markup_printf_escaped ("\n<title>%s</title>\n", _("Timeline"));
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
write_surface (TsTimelineRenderer *self,
               FileFormat          format,
               FileWriter         *writer,
               int                 width,
               int                 height)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  cairo_status_t status;

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      draw_on_surface (self, surface, width, height);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, write_to_file, writer);
      return status;

    case FORMAT_SVG:
      return write_svg (self, writer, width, height);

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
get_size (TsTimelineRenderer *self,
          int                *width,
          int                *height)
{
  ts_timeline_renderer_get_size (self, width, height);
}

gboolean
ts_timeline_renderer_render_to_file (TsTimelineRenderer  *self,
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

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_format_for_path (path, &format, error))
    return FALSE;
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot save the timeline as “%s”: %d × %d is not a usable picture size"),
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
  ts_timeline_renderer_set_size (self, saved_width, saved_height);

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
ts_timeline_renderer_render_to_png (TsTimelineRenderer  *self,
                               int             width,
                               int             height,
                               GError        **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;
  int saved_width, saved_height;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot draw the timeline: %d × %d is not a usable picture size"),
                   width, height);
      return NULL;
    }

  get_size (self, &saved_width, &saved_height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  draw_on_surface (self, surface, width, height);
  ts_timeline_renderer_set_size (self, saved_width, saved_height);

  png = g_byte_array_new ();
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_byte_array, png);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED,
                   _("Could not draw the timeline: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

gboolean
ts_timeline_render_to_file (TsTimelineEvents  *events,
                            const char        *path,
                            int                width,
                            int                height,
                            GError           **error)
{
  g_autoptr(TsTimelineRenderer) renderer = NULL;

  g_return_val_if_fail (events == NULL || TS_IS_TIMELINE_EVENTS (events), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  renderer = ts_timeline_renderer_new ();
  ts_timeline_renderer_set_events (renderer, events);
  ts_timeline_renderer_fit (renderer, MAX (width, 1), MAX (height, 1), MIN (width * 0.04, 40));

  return ts_timeline_renderer_render_to_file (renderer, path, width, height, error);
}
