/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-map-view-private.h"

#include "ts-map-renderer.h"
#include "ts-map-scene-builder.h"

/* Pixels drawn beyond each edge while a drag lasts: the map can move that
 * far before a new picture is needed, and the legend, scale bar and credit
 * (drawn in the corners) are out of sight instead of sliding along. */
#define PAN_MARGIN 320
/* +/- buttons and keys zoom by 2^ZOOM_STEP. */
#define ZOOM_STEP 0.5
/* One notch of a mouse wheel. */
#define WHEEL_ZOOM_STEP 0.25
#define FIT_PADDING 48
#define KEY_PAN_STEP 96
#define SIDEBAR_WIDTH 220

/* The map's sea (the renderer's), shown where no picture is drawn yet. */
#define SEA_R (0xd5 / 255.0)
#define SEA_G (0xe4 / 255.0)
#define SEA_B (0xf0 / 255.0)

/* A picture of the map and the view it was drawn for. */
typedef struct
{
  cairo_surface_t *surface; /* what the worker draws */
  GdkTexture      *texture; /* the same, once on the main thread */
  double           center_lon;
  double           center_lat;
  double           zoom;
  int              width;   /* the viewport it was drawn for, without margin */
  int              height;
  int              margin;
  guint            content; /* self->content when it was drawn */
} Frame;

/* What a render in a worker thread needs: its own renderer on the shared
 * (never changing) basemap and scene. */
typedef struct
{
  TsBasemap  *basemap;
  TsMapScene *scene;
  char       *selected;
  Frame       frame;
  int         scale;
} RenderJob;

struct _TsMapView
{
  GtkWidget      parent_instance;

  TsMatches     *matches;
  char          *selected_id;
  gulong         matches_changed_id;

  TsBasemap     *basemap;
  TsMapRenderer *renderer;
  TsMapScene    *scene;

  GtkWidget     *overlay;
  GtkWidget     *canvas;
  GtkWidget     *sidebar;
  GtkWidget     *place_list;
  GtkWidget     *places_empty;

  Frame          frame;
  guint          content;   /* bumped when the scene or the selection change */
  GCancellable  *cancellable;
  gboolean       rendering;

  gboolean       needs_fit;
  gboolean       dragging;
  double         drag_x;
  double         drag_y;
  double         pinch_zoom;
  double         pointer_x;
  double         pointer_y;
  gboolean       has_pointer;
  char          *listed;     /* the ids the place list shows, joined */
  guint          list_idle_id;

  gint64         frame_time;
  gboolean       frame_rendered;

  /* While the map is off screen, a change only marks the scene stale: a
   * search typed in the records view does not rebuild it per keystroke. */
  gboolean       scene_stale;
  gboolean       stale_fit;
};

G_DEFINE_FINAL_TYPE (TsMapView, ts_map_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MATCHES,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_frame (Frame *frame)
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
  clear_frame (&job->frame);
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
  ts_map_renderer_set_show_legend (renderer, TRUE);
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

static int
get_width (TsMapView *self)
{
  return gtk_widget_get_width (self->canvas);
}

static int
get_height (TsMapView *self)
{
  return gtk_widget_get_height (self->canvas);
}

/* The job for a picture of the current view. */
static RenderJob *
new_render_job (TsMapView *self)
{
  RenderJob *job = g_new0 (RenderJob, 1);

  job->basemap = g_object_ref (self->basemap);
  job->scene = self->scene != NULL ? g_object_ref (self->scene) : NULL;
  job->selected = g_strdup (self->selected_id);
  job->scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  ts_map_renderer_get_view (self->renderer, &job->frame.center_lon, &job->frame.center_lat,
                            &job->frame.zoom);
  job->frame.width = MAX (1, get_width (self));
  job->frame.height = MAX (1, get_height (self));
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

  clear_frame (&self->frame);
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
      || self->frame.width != get_width (self)
      || self->frame.height != get_height (self))
    return FALSE;

  get_frame_placement (self, &x, &y, &scale);
  if (fabs (scale - 1.0) > 1e-9)
    return FALSE;

  /* At rest, the picture must be the view exactly; during a drag, the
   * view must stay inside the picture's margin. */
  dx = fabs (x - get_width (self) / 2.0);
  dy = fabs (y - get_height (self) / 2.0);
  if (margin == 0)
    return self->frame.margin == 0 && dx < 0.01 && dy < 0.01;
  return self->frame.margin > 0 && dx <= margin && dy <= margin;
}

static void request_render (TsMapView *self);
static void schedule_list_update (TsMapView *self);

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
    schedule_list_update (self);
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

static void
content_changed (TsMapView *self)
{
  self->content++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
view_changed (TsMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!self->dragging)
    schedule_list_update (self);
}

static char *
describe_counts (const TsMapMarker *marker)
{
  g_autofree char *records = NULL;
  g_autofree char *meetings = NULL;

  /* Translators: how many records (in the current view) involve a place */
  records = g_strdup_printf (ngettext ("%u record", "%u records", marker->weight),
                             marker->weight);
  if (marker->n_meetings == 0)
    return g_steal_pointer (&records);

  /* Translators: how many meetings were held at a place */
  meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", marker->n_meetings),
                              marker->n_meetings);
  /* Translators: "4 records, 2 meetings" */
  return g_strdup_printf (C_("map counts", "%s, %s"), records, meetings);
}

/* What the tooltip says of the item with @id. */
static char *
describe_item (TsMapView  *self,
               const char *id)
{
  const TsMapMarker *marker;
  const TsMapArc *arc;
  const TsMapRoute *route;

  if (id == NULL || self->scene == NULL)
    return NULL;

  marker = ts_map_scene_lookup_marker (self->scene, id);
  if (marker != NULL)
    {
      g_autofree char *counts = describe_counts (marker);

      /* Translators: a place's tooltip on the map: its name, then counts */
      return g_strdup_printf (C_("map tooltip", "%s\n%s"), marker->label, counts);
    }

  arc = ts_map_scene_lookup_arc (self->scene, id);
  if (arc != NULL)
    return g_strdup_printf (C_("map tooltip", "%s\n%s"), arc->label,
                            arc->kind == TS_MAP_ARC_FRIENDLY_PROVINCES
                            ? _("Friendly provinces")
                            : arc->kind == TS_MAP_ARC_SISTER_CITIES
                            ? _("Sister cities")
                            : _("Agreement between two places"));

  route = ts_map_scene_lookup_route (self->scene, id);
  if (route != NULL)
    return g_strdup_printf (C_("map tooltip", "%s\n%s"), route->label, _("Project route"));

  return NULL;
}

static void
select_and_activate (TsMapView  *self,
                     const char *id)
{
  ts_map_view_set_selected_id (self, id);
  if (id != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, id);
}

static void
select_listed_row (TsMapView *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->place_list);

  for (GtkWidget *child = gtk_widget_get_first_child (self->place_list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = g_object_get_data (G_OBJECT (child), "ts-id");

      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (id, self->selected_id) == 0)
        {
          gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
  gtk_list_box_unselect_all (list);
}

static GtkWidget *
create_place_row (const TsMapMarker *marker)
{
  g_autofree char *counts = describe_counts (marker);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (marker->label);
  GtkWidget *subtitle = gtk_label_new (counts);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  {
    g_autofree char *label = g_strdup_printf (C_("map list row", "%s, %s"),
                                              marker->label, counts);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_object_set_data_full (G_OBJECT (row), "ts-id", g_strdup (marker->id), g_free);

  return row;
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const TsMapMarker *ma = *(const TsMapMarker **) a;
  const TsMapMarker *mb = *(const TsMapMarker **) b;

  if (ma->weight != mb->weight)
    return ma->weight > mb->weight ? -1 : 1;
  return g_utf8_collate (ma->label, mb->label);
}

/* The list beside the map: the places in view, most involved first. */
static void
update_place_list (TsMapView *self)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  g_autoptr(GString) ids = g_string_new (NULL);
  GtkWidget *child;
  TsView view;
  int width = get_width (self);
  int height = get_height (self);

  if (self->scene != NULL && width > 0 && height > 0)
    {
      ts_map_renderer_get_projected_view (self->renderer, &view);
      for (guint i = 0; i < ts_map_scene_get_n_markers (self->scene); i++)
        {
          const TsMapMarker *marker = ts_map_scene_get_marker (self->scene, i);
          double x, y;

          ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
          if (x >= 0 && y >= 0 && x <= width && y <= height)
            g_ptr_array_add (visible, (gpointer) marker);
        }
    }
  g_ptr_array_sort (visible, compare_markers);

  for (guint i = 0; i < visible->len; i++)
    {
      const TsMapMarker *marker = visible->pdata[i];

      g_string_append_printf (ids, "%s %u %u\n", marker->id, marker->weight,
                              marker->n_meetings);
    }
  if (g_strcmp0 (ids->str, self->listed) == 0)
    return;
  g_free (self->listed);
  self->listed = g_string_free (g_steal_pointer (&ids), FALSE);

  while ((child = gtk_widget_get_first_child (self->place_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->place_list), child);
  for (guint i = 0; i < visible->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->place_list), create_place_row (visible->pdata[i]));

  gtk_widget_set_visible (self->places_empty, visible->len == 0);
  select_listed_row (self);
}

static gboolean
on_list_idle (gpointer user_data)
{
  TsMapView *self = user_data;

  self->list_idle_id = 0;
  update_place_list (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_list_update (TsMapView *self)
{
  if (self->list_idle_id == 0)
    self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
}

static void
rebuild_scene (TsMapView *self,
               gboolean   fit)
{
  self->scene_stale = FALSE;
  self->stale_fit = FALSE;
  g_clear_object (&self->scene);
  if (self->matches != NULL)
    self->scene = ts_map_scene_new_from_matches (self->matches);
  else
    self->scene = ts_map_scene_new ();
  ts_map_renderer_set_scene (self->renderer, self->scene);

  if (fit)
    ts_map_view_fit (self);
  content_changed (self);
  schedule_list_update (self);
}

static void
request_rebuild (TsMapView *self,
                 gboolean   fit)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      rebuild_scene (self, fit);
      return;
    }

  self->scene_stale = TRUE;
  self->stale_fit |= fit;
}

static void
flush_rebuild (TsMapView *self)
{
  if (self->scene_stale)
    rebuild_scene (self, self->stale_fit);
}

/* After the matches are brought up to date: @slot_changes is NULL when
 * the query changed, the slots an edit touched otherwise. */
static void
on_matches_changed (TsMatches *matches,
                    GArray    *slot_changes,
                    TsMapView *self)
{
  /* A new search shows all it found; an edit keeps the view where the
   * analyst put it. */
  request_rebuild (self, slot_changes == NULL);
}

static void
ts_map_view_map (GtkWidget *widget)
{
  TsMapView *self = TS_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (ts_map_view_parent_class)->map (widget);
  flush_rebuild (self);
}

/* The map into @bounds: the last picture, moved and scaled to the
 * current view; a new one is asked for when it is not the view exactly. */
static void
snapshot_map (TsMapView             *self,
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

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TsMapView      *self)
{
  self->drag_x = 0;
  self->drag_y = 0;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                TsMapView      *self)
{
  /* Below the threshold it may still be a click. */
  if (!self->dragging && gtk_drag_check_threshold (self->canvas, 0, 0,
                                                   (int) offset_x, (int) offset_y) == FALSE)
    return;

  if (!self->dragging)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      _ts_map_view_set_dragging (self, TRUE);
    }
  _ts_map_view_pan (self, offset_x - self->drag_x, offset_y - self->drag_y);
  self->drag_x = offset_x;
  self->drag_y = offset_y;
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             TsMapView      *self)
{
  if (self->dragging)
    _ts_map_view_set_dragging (self, FALSE);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   TsMapView       *self)
{
  if (self->dragging)
    return;
  gtk_widget_grab_focus (self->canvas);
  _ts_map_view_click (self, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TsMapView                *self)
{
  double x = self->has_pointer ? self->pointer_x : get_width (self) / 2.0;
  double y = self->has_pointer ? self->pointer_y : get_height (self) / 2.0;
  double delta;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    delta = -dy * WHEEL_ZOOM_STEP;
  else
    delta = -dy / 200.0;  /* touchpads: pixels */

  if (delta != 0)
    _ts_map_view_zoom_at (self, x, y, delta);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TsMapView        *self)
{
  self->pinch_zoom = ts_map_view_get_zoom (self);
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        TsMapView      *self)
{
  double x, y;

  if (scale <= 0
      || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  _ts_map_view_zoom_at (self, x, y,
                        self->pinch_zoom + log2 (scale) - ts_map_view_get_zoom (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TsMapView                *self)
{
  g_autofree char *tooltip = NULL;
  const char *old;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
  if (self->dragging)
    return;

  tooltip = describe_item (self, ts_map_renderer_hit_test (self->renderer, x, y));
  old = gtk_widget_get_tooltip_text (self->canvas);
  if (g_strcmp0 (old, tooltip) != 0)
    gtk_widget_set_tooltip_text (self->canvas, tooltip);
}

static void
on_leave (GtkEventControllerMotion *controller,
          TsMapView                *self)
{
  self->has_pointer = FALSE;
}

static gboolean
on_canvas_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       TsMapView             *self)
{
  double dx = 0, dy = 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = KEY_PAN_STEP;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = -KEY_PAN_STEP;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = KEY_PAN_STEP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = -KEY_PAN_STEP;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  _ts_map_view_pan (self, dx, dy);
  return GDK_EVENT_STOP;
}

static void
on_place_row_activated (GtkListBox    *list,
                        GtkListBoxRow *row,
                        TsMapView     *self)
{
  select_and_activate (self, g_object_get_data (G_OBJECT (row), "ts-id"));
}

static void
zoom_by (TsMapView *self,
         double     delta)
{
  _ts_map_view_zoom_at (self, get_width (self) / 2.0, get_height (self) / 2.0, delta);
}

static void
on_zoom_in_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  zoom_by (TS_MAP_VIEW (widget), ZOOM_STEP);
}

static void
on_zoom_out_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zoom_by (TS_MAP_VIEW (widget), -ZOOM_STEP);
}

static void
on_fit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ts_map_view_fit (TS_MAP_VIEW (widget));
}

static GtkWidget *
create_button (const char *icon_name,
               const char *label,
               const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "osd");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The basemap is a few megabytes of shapes: read once, shared by every
 * map of the process. */
static TsBasemap *
get_shared_basemap (void)
{
  static TsBasemap *basemap;

  if (g_once_init_enter (&basemap))
    {
      g_autoptr(GError) error = NULL;
      TsBasemap *loaded = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, &error);

      if (loaded == NULL)
        g_error ("The map's country shapes are missing from the program: %s", error->message);
      g_once_init_leave (&basemap, loaded);
    }
  return basemap;
}

static void
ts_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  int map_min, map_nat, side_min, side_nat;

  gtk_widget_measure (self->overlay, orientation, -1, &map_min, &map_nat, NULL, NULL);
  gtk_widget_measure (self->sidebar, orientation, -1, &side_min, &side_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = map_min + side_min;
      *natural = map_nat + side_nat;
    }
  else
    {
      *minimum = MAX (map_min, side_min);
      *natural = MAX (map_nat, side_nat);
    }
}

/* The map takes what the list beside it leaves. */
static void
ts_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int old_width = get_width (self);
  int old_height = get_height (self);
  int side, map_width;

  gtk_widget_measure (self->sidebar, GTK_ORIENTATION_HORIZONTAL, height, &side, NULL,
                      NULL, NULL);
  side = MIN (side, width);
  map_width = width - side;

  gtk_widget_allocate (self->overlay, map_width, height, -1,
                       rtl ? gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (side, 0))
                           : NULL);
  gtk_widget_allocate (self->sidebar, side, height, -1,
                       rtl ? NULL
                           : gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (map_width, 0)));

  if (get_width (self) == old_width && get_height (self) == old_height)
    return;
  ts_map_renderer_set_size (self->renderer, get_width (self), get_height (self));
  if (self->needs_fit)
    ts_map_view_fit (self);
  schedule_list_update (self);
}

static void
ts_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (self->canvas, widget, &bounds))
    snapshot_map (self, snapshot, &bounds);
  gtk_widget_snapshot_child (widget, self->overlay, snapshot);
  gtk_widget_snapshot_child (widget, self->sidebar, snapshot);
}

static void
ts_map_view_dispose (GObject *object)
{
  TsMapView *self = (TsMapView *)object;

  g_cancellable_cancel (self->cancellable);
  ts_map_view_set_matches (self, NULL);
  g_clear_handle_id (&self->list_idle_id, g_source_remove);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_pointer (&self->sidebar, gtk_widget_unparent);
  g_clear_object (&self->renderer);
  g_clear_object (&self->scene);
  g_clear_object (&self->basemap);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ts_map_view_parent_class)->dispose (object);
}

static void
ts_map_view_finalize (GObject *object)
{
  TsMapView *self = (TsMapView *)object;

  clear_frame (&self->frame);
  g_free (self->selected_id);
  g_free (self->listed);

  G_OBJECT_CLASS (ts_map_view_parent_class)->finalize (object);
}

static void
ts_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TsMapView *self = TS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      g_value_set_object (value, self->matches);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TsMapView *self = TS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      ts_map_view_set_matches (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ID:
      ts_map_view_set_selected_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_view_class_init (TsMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_map_view_dispose;
  object_class->finalize = ts_map_view_finalize;
  object_class->get_property = ts_map_view_get_property;
  object_class->set_property = ts_map_view_set_property;
  widget_class->map = ts_map_view_map;
  widget_class->measure = ts_map_view_measure;
  widget_class->size_allocate = ts_map_view_size_allocate;
  widget_class->snapshot = ts_map_view_snapshot;

  properties[PROP_MATCHES] =
    g_param_spec_object ("matches", NULL, NULL, TS_TYPE_MATCHES,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsMapView::record-activated:
   * @id: the id of the record clicked on the map or chosen in the list
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, on_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, on_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.fit", NULL, on_fit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "tsmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_map_view_init (TsMapView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkWidget *buttons, *box, *heading, *scrolled;

  self->cancellable = g_cancellable_new ();
  self->basemap = g_object_ref (get_shared_basemap ());
  self->renderer = ts_map_renderer_new (self->basemap);
  self->scene = ts_map_scene_new ();
  ts_map_renderer_set_scene (self->renderer, self->scene);
  self->needs_fit = TRUE;

  /* The map, with the zoom buttons over it. */
  self->overlay = gtk_overlay_new ();
  gtk_widget_set_hexpand (self->overlay, TRUE);
  gtk_widget_set_vexpand (self->overlay, TRUE);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  /* The map is drawn by ts_map_view_snapshot () under the overlay: the
   * canvas only takes the pointer, the keys and the focus. */
  self->canvas = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_focusable (self->canvas, TRUE);
  gtk_widget_set_hexpand (self->canvas, TRUE);
  gtk_widget_set_vexpand (self->canvas, TRUE);
  gtk_widget_set_cursor_from_name (self->canvas, "grab");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of places, agreements and project routes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag to move the map, scroll or press plus and minus to "
                                    "zoom, 0 to fit; the list beside it names the places in "
                                    "view"),
                                  -1);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->canvas);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (self->canvas, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (self->canvas, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_canvas_key_pressed), self);
  gtk_widget_add_controller (self->canvas, controller);

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_valign (buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-in-symbolic", _("Zoom In"),
                                                    "map.zoom-in"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-out-symbolic", _("Zoom Out"),
                                                    "map.zoom-out"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-fit-best-symbolic", _("Fit to Data"),
                                                    "map.fit"));
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), buttons);

  /* Beside it, the places in view. */
  self->sidebar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_size_request (self->sidebar, SIDEBAR_WIDTH, -1);
  gtk_widget_set_parent (self->sidebar, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->sidebar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (self->sidebar), box);

  heading = gtk_label_new (_("Places in View"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  self->places_empty = gtk_label_new (_("No places in view"));
  gtk_label_set_wrap (GTK_LABEL (self->places_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->places_empty), 0);
  gtk_widget_add_css_class (self->places_empty, "dim-label");
  gtk_widget_set_margin_start (self->places_empty, 12);
  gtk_widget_set_margin_end (self->places_empty, 12);
  gtk_box_append (GTK_BOX (box), self->places_empty);

  self->place_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->place_list), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (self->place_list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->place_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Places in view"), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->place_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  g_signal_connect (self->place_list, "row-activated", G_CALLBACK (on_place_row_activated),
                    self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->place_list);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of places, agreements and project routes"), -1);
}

GtkWidget *
ts_map_view_new (void)
{
  return g_object_new (TS_TYPE_MAP_VIEW, NULL);
}

TsMatches *
ts_map_view_get_matches (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  return self->matches;
}

void
ts_map_view_set_matches (TsMapView *self,
                         TsMatches *matches)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));
  g_return_if_fail (matches == NULL || TS_IS_MATCHES (matches));

  if (self->matches == matches)
    return;

  if (self->matches != NULL)
    g_clear_signal_handler (&self->matches_changed_id, self->matches);
  g_set_object (&self->matches, matches);
  if (matches != NULL)
    self->matches_changed_id = g_signal_connect (matches, "changed",
                                                 G_CALLBACK (on_matches_changed), self);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    request_rebuild (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHES]);
}

const char *
ts_map_view_get_selected_id (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  return self->selected_id;
}

void
ts_map_view_set_selected_id (TsMapView  *self,
                             const char *id)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);

  ts_map_renderer_set_selected (self->renderer, id);
  content_changed (self);
  select_listed_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

TsMapScene *
ts_map_view_get_scene (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  flush_rebuild (self);
  return self->scene;
}

double
ts_map_view_get_zoom (TsMapView *self)
{
  double lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), 0);

  ts_map_renderer_get_view (self->renderer, &lon, &lat, &zoom);
  return zoom;
}

void
ts_map_view_fit (TsMapView *self)
{
  int width, height;

  g_return_if_fail (TS_IS_MAP_VIEW (self));

  width = get_width (self);
  height = get_height (self);
  if (width <= 0 || height <= 0)
    {
      /* Until the map has a size, there is nothing to fit into. */
      self->needs_fit = TRUE;
      return;
    }

  self->needs_fit = FALSE;
  ts_map_renderer_fit (self->renderer, width, height,
                       MIN (FIT_PADDING, MIN (width, height) / 8.0));
  view_changed (self);
}

void
_ts_map_view_pan (TsMapView *self,
                  double     dx,
                  double     dy)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  ts_map_renderer_pan (self->renderer, dx, dy);
  view_changed (self);
}

void
_ts_map_view_zoom_at (TsMapView *self,
                      double     x,
                      double     y,
                      double     delta)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  ts_map_renderer_zoom_at (self->renderer, x, y, delta);
  view_changed (self);
}

const char *
_ts_map_view_click (TsMapView *self,
                    double     x,
                    double     y)
{
  const char *id;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  ts_map_renderer_set_size (self->renderer, get_width (self), get_height (self));
  id = ts_map_renderer_hit_test (self->renderer, x, y);
  /* A click on the bare map clears the selection. */
  select_and_activate (self, id);
  return self->selected_id;
}

void
_ts_map_view_lonlat_to_pixel (TsMapView *self,
                              double     lon,
                              double     lat,
                              double    *x,
                              double    *y)
{
  TsView view;

  ts_map_renderer_set_size (self->renderer, get_width (self), get_height (self));
  ts_map_renderer_get_projected_view (self->renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, x, y);
}

void
_ts_map_view_set_dragging (TsMapView *self,
                           gboolean   dragging)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  self->dragging = !!dragging;
  gtk_widget_set_cursor_from_name (self->canvas, dragging ? "grabbing" : "grab");
  view_changed (self);
}

gint64
_ts_map_view_get_frame_time (TsMapView *self,
                             gboolean  *rendered)
{
  if (rendered != NULL)
    *rendered = self->frame_rendered;
  return self->frame_time;
}

gboolean
_ts_map_view_is_rendering (TsMapView *self)
{
  return self->rendering;
}

GtkListBox *
_ts_map_view_get_place_list (TsMapView *self)
{
  return GTK_LIST_BOX (self->place_list);
}
