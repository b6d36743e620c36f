/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-renderer"

/* The timeline written to a file or to memory (ts-picture-output.h): the
 * output half of ts-timeline-renderer.h, as ts-map-output.c is the
 * map's. */

#include "config.h"

#include "ts-picture-output.h"
#include "ts-timeline-renderer.h"

/* Drawing sets the renderer's size: the size hit testing uses is put back
 * afterwards. */
static void
draw_timeline (gpointer  user_data,
               cairo_t  *cr,
               int       width,
               int       height)
{
  TsTimelineRenderer *self = user_data;
  int saved_width, saved_height;

  ts_timeline_renderer_get_size (self, &saved_width, &saved_height);
  ts_timeline_renderer_draw (self, cr, width, height);
  ts_timeline_renderer_set_size (self, saved_width, saved_height);
}

/* Cairo sets text as glyph outlines: the SVG also says in words what it
 * shows. */
static char *
describe_timeline (gpointer user_data)
{
  return ts_timeline_renderer_describe (user_data);
}

static TsPicture
get_picture (TsTimelineRenderer *self)
{
  return (TsPicture) { TS_PICTURE_TIMELINE, draw_timeline, describe_timeline, self };
}

gboolean
ts_timeline_renderer_render_to_file (TsTimelineRenderer  *self,
                                     const char          *path,
                                     int                  width,
                                     int                  height,
                                     GError             **error)
{
  TsPicture picture;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  picture = get_picture (self);
  return ts_picture_render_to_file (&picture, path, width, height, error);
}

GBytes *
ts_timeline_renderer_render_to_png (TsTimelineRenderer  *self,
                                    int                  width,
                                    int                  height,
                                    GError             **error)
{
  return ts_timeline_renderer_render_to_png_scaled (self, width, height, 1, error);
}

GBytes *
ts_timeline_renderer_render_to_png_scaled (TsTimelineRenderer  *self,
                                           int                  width,
                                           int                  height,
                                           int                  scale,
                                           GError             **error)
{
  TsPicture picture;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), NULL);
  g_return_val_if_fail (scale >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  picture = get_picture (self);
  return ts_picture_render_to_png (&picture, width, height, scale, error);
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
