/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* The map's pictures and their scene: the scene of a large set of matches
 * is built off the main thread, and every picture drawn off it, then moved
 * and scaled by the GPU while the view changes, so that neither a search
 * nor panning and zooming wait for the renderer. Part of TsMapView
 * (ts-map-view.c). */

#include "config.h"

#include <math.h>

#include "ts-map-scene-builder.h"
#include "ts-map-view-private.h"

/* From this many matched records on, the scene is built in a worker
 * thread: below, building it takes a millisecond or two. */
#define ASYNC_SCENE_MIN_RECORDS 5000
/* And in a dataset of this many records or more, whatever matched:
 * listing the matches in the dataset's order (the scene's, built here)
 * goes over every record, 10–25 ms at 100 000 records for a search that
 * matched 34. */
#define ASYNC_SCENE_MIN_DATASET 20000

/* Pixels drawn beyond each edge while a drag lasts: the map can move that
 * far before a new picture is needed, and the legend, scale bar and credit
 * (drawn in the corners) are out of sight instead of sliding along. */
#define PAN_MARGIN 320

/* The map's sea (the renderer's), shown where no picture is drawn yet. */
#define SEA_R (0xd5 / 255.0)
#define SEA_G (0xe4 / 255.0)
#define SEA_B (0xf0 / 255.0)

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* A task whose callback gets a weak reference to @self, so that a view
 * destroyed meanwhile is not touched. */
static GTask *
new_task (TsMapView           *self,
          gpointer             source_tag,
          GAsyncReadyCallback  callback)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);
  GTask *task;

  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, callback, ref);
  g_task_set_source_tag (task, source_tag);
  /* The callback's data must outlive the task's own reference to it. */
  g_object_set_data_full (G_OBJECT (task), "ts-weak-ref", ref, free_weak_ref);

  return task;
}

/* What building a scene in a worker thread needs: the matched records and
 * the places they may name, taken on the main thread (records are never
 * changed in place, so references are a snapshot); the dataset itself is
 * not touched there. */
typedef struct
{
  GPtrArray  *records;  /* of TsRecord */
  GHashTable *places;   /* id → TsRecord, every place of the dataset, and
                         * the events records are placed through */
  guint       serial;
  gboolean    fit;
} SceneJob;

static void
free_scene_job (gpointer data)
{
  SceneJob *job = data;

  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_clear_pointer (&job->places, g_hash_table_unref);
  g_free (job);
}

static TsRecord *
lookup_place (gpointer    user_data,
              const char *id)
{
  return g_hash_table_lookup (user_data, id);
}

/* The matched records, by type and slot: reading the slots costs a few
 * milliseconds for a hundred thousand records, where listing them in the
 * dataset's order (ts_matches_list_matched()) costs tens. */
static GPtrArray *
collect_matched (TsMatches *matches)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const guint *slots;
      guint n_slots;

      if (ts_matches_get_n_matches (matches, type) == 0)
        continue;
      slots = ts_matches_get_type_slots (matches, type, &n_slots);
      for (guint i = 0; i < n_slots; i++)
        {
          TsRecord *record = ts_matches_get_record (matches, slots[i]);

          if (record != NULL && ts_matches_contains (matches, slots[i]))
            g_ptr_array_add (records, g_object_ref (record));
        }
    }

  return records;
}

typedef struct
{
  TsMatches  *matches;
  GHashTable *places;
} EventSearch;

static void
add_event_cb (TsRecord   *record,
              const char *field,
              const char *target_id,
              gpointer    user_data)
{
  EventSearch *search = user_data;
  guint slot;
  TsRecord *target;

  if (g_hash_table_contains (search->places, target_id))
    return;
  slot = ts_matches_find_slot (search->matches, target_id);
  target = slot != G_MAXUINT ? ts_matches_get_record (search->matches, slot) : NULL;
  if (target != NULL)
    g_hash_table_insert (search->places, (gpointer) ts_record_get_id (target),
                         g_object_ref (target));
}

/* Every place of the dataset by id: the places records name need not be
 * matched themselves; and the events the matched records placed through
 * one happen at (the meetings of the statements), matched or not. */
static GHashTable *
collect_places (TsMatches *matches)
{
  GHashTable *places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  EventSearch search = { matches, places };
  const guint *slots;
  guint n_slots;

  slots = ts_matches_get_type_slots (matches, TS_RECORD_TYPE_PLACE, &n_slots);
  for (guint i = 0; i < n_slots; i++)
    {
      TsRecord *place = ts_matches_get_record (matches, slots[i]);

      if (place != NULL)
        g_hash_table_insert (places, (gpointer) ts_record_get_id (place), g_object_ref (place));
    }

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      if (!ts_map_scene_type_is_placed_through_events (type)
          || ts_matches_get_n_matches (matches, type) == 0)
        continue;
      slots = ts_matches_get_type_slots (matches, type, &n_slots);
      for (guint i = 0; i < n_slots; i++)
        {
          TsRecord *record = ts_matches_get_record (matches, slots[i]);

          if (record != NULL && ts_matches_contains (matches, slots[i]))
            ts_record_foreach_place_reference (record, add_event_cb, &search);
        }
    }

  return places;
}

static guint
count_matched (TsMatches *matches)
{
  guint n = 0;

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    n += ts_matches_get_n_matches (matches, type);

  return n;
}

static void
build_scene_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  SceneJob *job = task_data;
  TsMapScene *scene = ts_map_scene_new_from_records (job->records, lookup_place, job->places);

  _ts_map_view_attach_sort_keys (scene);
  g_task_return_pointer (task, scene, g_object_unref);
}

static void start_scene_job (TsMapView *self);

static void
on_scene_built (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TsMapView) self = g_weak_ref_get (user_data);
  SceneJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TsMapScene) scene = g_task_propagate_pointer (G_TASK (result), NULL);

  if (self == NULL || scene == NULL)
    return;

  self->scene_building = FALSE;
  /* Matches that changed while it was built: the newest are built now,
   * and fitted if this one was to be. */
  if (self->scene_pending)
    {
      self->pending_fit |= job->fit;
      start_scene_job (self);
      return;
    }
  if (job->serial == self->scene_serial)
    _ts_map_view_set_scene (self, scene, job->fit);
}

static void
start_scene_job (TsMapView *self)
{
  g_autoptr(GTask) task = NULL;
  SceneJob *job = g_new0 (SceneJob, 1);

  job->records = collect_matched (self->matches);
  job->places = collect_places (self->matches);
  job->serial = self->scene_serial;
  job->fit = self->pending_fit;
  self->scene_pending = FALSE;
  self->pending_fit = FALSE;
  self->scene_building = TRUE;

  task = new_task (self, start_scene_job, on_scene_built);
  g_task_set_task_data (task, job, free_scene_job);
  g_task_run_in_thread (task, build_scene_in_thread);
}

static gboolean
on_start_scene_idle (gpointer data)
{
  g_autoptr(TsMapView) self = g_weak_ref_get (data);

  if (self != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      /* A small scene came at once meanwhile: nothing is left to build. */
      if (self->scene_pending)
        start_scene_job (self);
      else
        self->scene_building = FALSE;
    }
  return G_SOURCE_REMOVE;
}

void
_ts_map_view_build_scene (TsMapView *self,
                          gboolean   fit)
{
  g_autoptr(TsMapScene) scene = NULL;

  /* Whatever is building now is of matches that are no more. */
  self->scene_serial++;

  if (self->matches == NULL
      || (count_matched (self->matches) < ASYNC_SCENE_MIN_RECORDS
          && ts_dataset_get_n_records (ts_matches_get_dataset (self->matches))
             < ASYNC_SCENE_MIN_DATASET))
    {
      /* A scene built before, still on its way, must not replace this
       * one; a fit it was to make is made now. */
      fit |= self->pending_fit;
      self->scene_pending = FALSE;
      self->pending_fit = FALSE;
      if (self->matches == NULL)
        scene = ts_map_scene_new ();
      else
        scene = ts_map_scene_new_from_matches (self->matches);
      _ts_map_view_set_scene (self, scene, fit);
      return;
    }

  self->pending_fit |= fit;
  self->scene_pending = TRUE;
  if (!self->scene_building)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      /* Taking the snapshot costs a few milliseconds: after the frame
       * that shows the page (or the keystroke), not before it. */
      g_weak_ref_init (ref, self);
      self->scene_building = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_start_scene_idle, ref, free_weak_ref);
    }
}

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
  g_clear_pointer (&frame->node, gsk_render_node_unref);
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

  /* ARGB32 is GDK_MEMORY_DEFAULT: a texture of it is uploaded as it is. */
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

/* Makes the job's picture the one frames are made of. */
static void
take_frame (TsMapView *self,
            RenderJob *job)
{
  _ts_map_view_clear_frame (&self->frame);
  self->frame = job->frame;
  job->frame.surface = NULL;
}

/* The picture as a render node, made once per picture: frames that show
 * it again append the same node, which GTK then does not paint again (a
 * node equal to the last frame's damages nothing). GTK's cairo renderer
 * paints a texture by converting it pixel by pixel through floats at
 * every frame (10 ms for the map), a cairo node painting the surface by a
 * copy; a GPU renderer uploads a texture once and keeps it. */
static GskRenderNode *
get_frame_node (TsMapView *self)
{
  Frame *frame = &self->frame;
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  graphene_rect_t rect = GRAPHENE_RECT_INIT (0, 0, frame->width + 2 * frame->margin,
                                             frame->height + 2 * frame->margin);

  if (frame->node != NULL)
    return frame->node;

  if (native != NULL && GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)))
    {
      cairo_t *cr;

      frame->node = gsk_cairo_node_new (&rect);
      cr = gsk_cairo_node_get_draw_context (frame->node);
      cairo_set_source_surface (cr, frame->surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  else
    {
      cairo_surface_t *surface = frame->surface;
      int height = cairo_image_surface_get_height (surface);
      int stride = cairo_image_surface_get_stride (surface);
      g_autoptr(GBytes) bytes = NULL;

      bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                          (gsize) height * stride,
                                          (GDestroyNotify) cairo_surface_destroy,
                                          cairo_surface_reference (surface));
      g_clear_object (&frame->texture);
      frame->texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                               height, GDK_MEMORY_DEFAULT, bytes, stride);
      frame->node = gsk_texture_node_new (frame->texture, &rect);
    }

  return frame->node;
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

  if (self->frame.surface == NULL
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

  /* Rows of the list were made for the next frame: the picture waits for
   * the frame after it (laying out the rows and painting a new picture
   * are a frame's two dearest parts). */
  if (self->list_tick_id != 0 && !self->dragging)
    {
      _ts_map_view_clear_frame (&self->next_frame);
      self->next_frame = job->frame;
      job->frame.surface = NULL;
      self->has_next_frame = TRUE;
      return;
    }

  self->rendering = FALSE;
  take_frame (self, job);
  self->frame_unpainted = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!self->dragging)
    _ts_map_view_schedule_list_update (self);
}

gboolean
_ts_map_view_take_next_frame (TsMapView *self)
{
  if (!self->has_next_frame)
    return FALSE;

  _ts_map_view_clear_frame (&self->frame);
  self->frame = self->next_frame;
  self->next_frame = (Frame) { 0, };
  self->has_next_frame = FALSE;
  self->rendering = FALSE;
  self->frame_unpainted = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* Draws a picture of the current view in a worker thread; the frames
 * until it is there move and scale the last one. */
static void
request_render (TsMapView *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->rendering || !gtk_widget_get_realized (GTK_WIDGET (self)))
    return;

  self->rendering = TRUE;
  task = new_task (self, request_render, on_render_done);
  g_task_set_task_data (task, new_render_job (self), free_render_job);
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
  double x, y, scale, left, top;
  int width = (int) bounds->size.width;
  int height = (int) bounds->size.height;

  if (width <= 0 || height <= 0)
    return;

  ts_map_renderer_set_size (self->renderer, width, height);
  self->frame_rendered = FALSE;
  self->frame_unpainted = FALSE;

  gtk_snapshot_push_clip (snapshot, bounds);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { SEA_R, SEA_G, SEA_B, 1.0 }, bounds);

  /* Until the first picture is there (drawn in a worker thread: with a
   * hundred thousand records, drawing it here froze the window for most
   * of a second), the page shows the sea. */
  if (self->frame.surface == NULL)
    {
      gtk_snapshot_pop (snapshot);
      request_render (self);
      self->frame_time = g_get_monotonic_time () - start;
      return;
    }

  /* Until the picture of a new scene is there, the last one stays where
   * it was drawn; otherwise it is moved and scaled to the current view. */
  if (self->hold_frame && self->frame.content != self->content)
    {
      x = width / 2.0;
      y = height / 2.0;
      scale = 1.0;
    }
  else
    {
      get_frame_placement (self, &x, &y, &scale);
    }
  left = self->frame.width / 2.0 + self->frame.margin;
  top = self->frame.height / 2.0 + self->frame.margin;

  gtk_snapshot_save (snapshot);
  if (fabs (scale - 1.0) < 1e-9)
    {
      int device = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));

      /* Not scaled: at whole device pixels, where painting it is a copy
       * (a fraction of a pixel, even a rounding error's, makes the cairo
       * renderer filter every pixel). */
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (bounds->origin.x + round ((x - left) * device) / device,
                                                    bounds->origin.y + round ((y - top) * device) / device));
    }
  else
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (bounds->origin.x + x,
                                                              bounds->origin.y + y));
      gtk_snapshot_scale (snapshot, scale, scale);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-left, -top));
    }
  gtk_snapshot_append_node (snapshot, get_frame_node (self));
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  /* A scene on its way asks for its picture when it is there: the one
   * shown stays until then. */
  if (!frame_is_current (self) && !self->scene_building)
    request_render (self);

  self->frame_time = g_get_monotonic_time () - start;
}
