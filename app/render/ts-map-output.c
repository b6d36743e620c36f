/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-renderer"

/* The map written to a file or to memory (ts-picture-output.h): the
 * output half of ts-map-renderer.h. */

#include "config.h"

#include "ts-map-renderer-private.h"
#include "ts-picture-output.h"

/* Drawing sets the renderer's size: the size hit testing uses is put back
 * afterwards. */
static void
draw_map (gpointer  user_data,
          cairo_t  *cr,
          int       width,
          int       height)
{
  TsMapRenderer *self = user_data;
  TsView view;

  ts_map_renderer_get_projected_view (self, &view);
  ts_map_renderer_draw (self, cr, width, height);
  ts_map_renderer_set_size (self, (int) view.width, (int) view.height);
}

/* An image's PNG: the layers above the countries drawn in two bands,
 * each band's rows deflated by the thread that drew them. */
static gboolean
draw_map_in_bands (gpointer               user_data,
                   cairo_t               *cr,
                   int                    width,
                   int                    height,
                   TsPictureRowsDoneFunc  rows_done,
                   gpointer               rows_data)
{
  TsMapRenderer *self = user_data;
  TsView view;
  gboolean drawn;

  ts_map_renderer_get_projected_view (self, &view);
  drawn = _ts_map_renderer_draw_in_bands (self, cr, width, height, -1, rows_done, rows_data);
  ts_map_renderer_set_size (self, (int) view.width, (int) view.height);

  return drawn;
}

static TsPicture
get_picture (TsMapRenderer *self)
{
  return (TsPicture) { TS_PICTURE_MAP, draw_map, NULL, self, draw_map_in_bands };
}

gboolean
ts_map_renderer_render_to_file (TsMapRenderer  *self,
                                const char     *path,
                                int             width,
                                int             height,
                                GError        **error)
{
  TsPicture picture;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  picture = get_picture (self);
  return ts_picture_render_to_file (&picture, path, width, height, error);
}

GBytes *
ts_map_renderer_render_to_png (TsMapRenderer  *self,
                               int             width,
                               int             height,
                               GError        **error)
{
  TsPicture picture;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  picture = get_picture (self);
  return ts_picture_render_to_png (&picture, width, height, 1, error);
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
