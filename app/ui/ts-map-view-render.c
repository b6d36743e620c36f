/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* The map's pictures: drawn off the main thread, then moved and scaled
 * by the GPU while the view changes, so panning and zooming never wait
 * for the renderer. Part of TsMapView (ts-map-view.c). */

#include "config.h"

#include <math.h>

#include "ts-map-view-private.h"

/* Pixels drawn beyond each edge while a drag lasts: the map can move that
 * far before a new picture is needed, and the legend, scale bar and credit
 * (drawn in the corners) are out of sight instead of sliding along. */
#define PAN_MARGIN 320

/* The map's sea (the renderer's), shown where no picture is drawn yet. */
#define SEA_R (0xd5 / 255.0)
#define SEA_G (0xe4 / 255.0)
#define SEA_B (0xf0 / 255.0)

/* What a render in a worker thread needs: its own renderer on the shared
 * (never changing) basemap and scene. */
typedef struct
{
  TsBasemap  *basemap;
  TsMapScene *scene;
  char       *selected;
  gboolean    show_legend;
  gboolean    cluster;
  Frame       frame;
  int         scale;
} RenderJob;

void
_ts_map_view_clear_frame (Frame *frame)
{
  g_clear_pointer (&frame->surface, cairo_surface_destroy);
  g_clear_object (&frame->texture);
}

static void
free_render_job (gpointer data)
{
  RenderJob *job = data;

  g_clear_object (&job->basemap);
  g_clear_object (&job->scene);
  g_free (job->selected);
  _ts_map_view_clear_frame (&job->frame);
  g_free (job);
}

/* Draws job->frame; safe in any thread, since the renderer is the job's
 * own and the basemap and scene never change once made. */
static void
render_frame (RenderJob *job)
{
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (job->basemap);
  Frame *frame = &job->frame;
  int width = frame->width + 2 * frame->margin;
  int height = frame->height + 2 * frame->margin;
  cairo_t *cr;

  ts_map_renderer_set_scene (renderer, job->scene);
  ts_map_renderer_set_selected (renderer, job->selected);
  ts_map_renderer_set_show_legend (renderer, job->show_legend);
  ts_map_renderer_set_cluster_markers (renderer, job->cluster);
  ts_map_renderer_set_view (renderer, frame->center_lon, frame->center_lat, frame->zoom);

  /* ARGB32 is GDK_MEMORY_DEFAULT, so the texture needs no conversion. */
  frame->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               width * job->scale, height * job->scale);
  cairo_surface_set_device_scale (frame->surface, job->scale, job->scale);
  cr = cairo_create (frame->surface);
  ts_map_renderer_draw (renderer, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (frame->surface);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  render_frame (task_data);
  g_task_return_boolean (task, TRUE);
}

/* The job for a picture of the current view. */
static RenderJob *
new_render_job (TsMapView *self)
{
  RenderJob *job = g_new0 (RenderJob, 1);

  job->basemap = g_object_ref (self->basemap);
  job->scene = self->scene != NULL ? g_object_ref (self->scene) : NULL;
  job->selected = g_strdup (self->selected_id);
  job->show_legend = ts_map_renderer_get_show_legend (self->renderer);
  job->cluster = ts_map_renderer_get_cluster_markers (self->renderer);
  job->scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  ts_map_renderer_get_view (self->renderer, &job->frame.center_lon, &job->frame.center_lat,
                            &job->frame.zoom);
  job->frame.width = MAX (1, _ts_map_view_get_width (self));
  job->frame.height = MAX (1, _ts_map_view_get_height (self));
  job->frame.margin = self->dragging ? PAN_MARGIN : 0;
  job->frame.content = self->content;

  return job;
}

/* Makes the job's picture the one frames are made of. The texture is
 * uploaded once, and then only moved and scaled by the GPU. */
static void
take_frame (TsMapView *self,
            RenderJob *job)
{
  cairo_surface_t *surface = g_steal_pointer (&job->frame.surface);
  g_autoptr(GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  _ts_map_view_clear_frame (&self->frame);
  self->frame = job->frame;
  self->frame.surface = NULL;
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  self->frame.texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                                height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Where the centre of self->frame is in the current view, and how much
 * larger it is drawn. */
static void
get_frame_placement (TsMapView *self,
                     double    *x,
                     double    *y,
                     double    *scale)
{
  double lon, lat, zoom;
  TsView view;

  ts_map_renderer_get_view (self->renderer, &lon, &lat, &zoom);
  ts_map_renderer_get_projected_view (self->renderer, &view);
  ts_view_lonlat_to_pixel (&view, self->frame.center_lon, self->frame.center_lat, x, y);
  *scale = exp2 (zoom - self->frame.zoom);
}

/* Whether self->frame shows the current view well enough to stay. */
static gboolean
frame_is_current (TsMapView *self)
{
  double x, y, scale, dx, dy;
  int margin = self->dragging ? PAN_MARGIN : 0;

  if (self->frame.texture == NULL
      || self->frame.content != self->content
      || self->frame.width != _ts_map_view_get_width (self)
      || self->frame.height != _ts_map_view_get_height (self))
    return FALSE;

  get_frame_placement (self, &x, &y, &scale);
  if (fabs (scale - 1.0) > 1e-9)
    return FALSE;

  /* At rest, the picture must be the view exactly; during a drag, the
   * view must stay inside the picture's margin. */
  dx = fabs (x - _ts_map_view_get_width (self) / 2.0);
  dy = fabs (y - _ts_map_view_get_height (self) / 2.0);
  if (margin == 0)
    return self->frame.margin == 0 && dx < 0.01 && dy < 0.01;
  return self->frame.margin > 0 && dx <= margin && dy <= margin;
}

static void
on_render_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TsMapView) self = g_weak_ref_get (user_data);
  RenderJob *job = g_task_get_task_data (G_TASK (result));

  if (self == NULL || !g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  self->rendering = FALSE;
  take_frame (self, job);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!self->dragging)
    _ts_map_view_schedule_list_update (self);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Draws a picture of the current view in a worker thread; the frames
 * until it is there move and scale the last one. */
static void
request_render (TsMapView *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *ref;

  if (self->rendering || !gtk_widget_get_realized (GTK_WIDGET (self)))
    return;

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  self->rendering = TRUE;
  task = g_task_new (NULL, self->cancellable, on_render_done, ref);
  g_task_set_source_tag (task, request_render);
  g_task_set_task_data (task, new_render_job (self), free_render_job);
  /* The callback's data must outlive the task's own reference to it. */
  g_object_set_data_full (G_OBJECT (task), "ts-weak-ref", ref, free_weak_ref);
  g_task_run_in_thread (task, render_in_thread);
}

/* The map into @bounds: the last picture, moved and scaled to the
 * current view; a new one is asked for when it is not the view exactly. */
void
_ts_map_view_snapshot_map (TsMapView             *self,
                           GtkSnapshot           *snapshot,
                           const graphene_rect_t *bounds)
{
  gint64 start = g_get_monotonic_time ();
  double x, y, scale;
  int width = (int) bounds->size.width;
  int height = (int) bounds->size.height;

  if (width <= 0 || height <= 0)
    return;

  ts_map_renderer_set_size (self->renderer, width, height);
  self->frame_rendered = FALSE;

  /* The first picture is drawn at once: an empty map would flash. */
  if (self->frame.texture == NULL)
    {
      RenderJob *job = new_render_job (self);

      render_frame (job);
      take_frame (self, job);
      free_render_job (job);
      self->frame_rendered = TRUE;
    }

  gtk_snapshot_push_clip (snapshot, bounds);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { SEA_R, SEA_G, SEA_B, 1.0 }, bounds);

  get_frame_placement (self, &x, &y, &scale);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (bounds->origin.x + x,
                                                          bounds->origin.y + y));
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (-(self->frame.width / 2.0 + self->frame.margin),
                                                -(self->frame.height / 2.0 + self->frame.margin)));
  gtk_snapshot_append_texture (snapshot, self->frame.texture,
                               &GRAPHENE_RECT_INIT (0, 0,
                                                    self->frame.width + 2 * self->frame.margin,
                                                    self->frame.height + 2 * self->frame.margin));
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  if (!frame_is_current (self))
    request_render (self);

  self->frame_time = g_get_monotonic_time () - start;
}
