/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-renderer"

#include "config.h"

#include <math.h>

#include "ts-map-arc-layer.h"
#include "ts-map-area-layer.h"
#include "ts-map-basemap-layer.h"
#include "ts-map-label-layer.h"
#include "ts-map-labels.h"
#include "ts-map-legend-layer.h"
#include "ts-map-marker-layer.h"
#include "ts-map-renderer-private.h"
#include "ts-map-route-layer.h"
#include "ts-map-scale-layer.h"

struct _TsMapRenderer
{
  GObject     parent_instance;

  TsBasemap  *basemap;
  TsMapScene *scene;
  char       *selected;

  double      center_lon;
  double      center_lat;
  double      zoom;
  int         width;
  int         height;

  /* Bottom up; the basemap and legend layers are kept for their
   * switches. */
  GPtrArray  *layers;
  TsMapLayer *basemap_layer;
  TsMapLayer *legend_layer;
  TsMapLayer *marker_layer;
  gboolean    emphasize_ties;
  gboolean    threaded;
};

G_DEFINE_FINAL_TYPE (TsMapRenderer, ts_map_renderer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASEMAP,
  PROP_SCENE,
  PROP_SELECTED,
  PROP_SHOW_GRATICULE,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_view (TsMapRenderer *self,
          TsView        *view)
{
  ts_view_init (view, self->center_lon, self->center_lat, self->zoom,
                self->width, self->height);
}

/* What the layers draw from; @labels is NULL when hit testing. */
static void
get_context (TsMapRenderer *self,
             TsMapContext  *ctx,
             TsMapLabels   *labels)
{
  get_view (self, &ctx->view);
  ctx->basemap = self->basemap;
  ctx->scene = self->scene;
  ctx->selected = self->selected;
  ctx->style = self->emphasize_ties ? ts_map_style_get_emphatic ()
                                     : ts_map_style_get_default ();
  ctx->labels = labels;
  ctx->text = NULL;
  ctx->bands = NULL;
}

static void
add_layer (TsMapRenderer *self,
           TsMapLayer    *layer)
{
  g_ptr_array_add (self->layers, layer);
}

static TsMapLayer *
get_layer (TsMapRenderer *self,
           guint          i)
{
  return g_ptr_array_index (self->layers, i);
}

/* The countries and graticule drawn in a thread of their own. */
typedef struct
{
  TsMapBasemapLayer *layer;
  cairo_t           *cr;
  TsMapContext       ctx;
} Ground;

static gpointer
draw_ground (gpointer data)
{
  Ground *ground = data;

  ts_map_basemap_layer_draw_ground (ground->layer, ground->cr, &ground->ctx);

  return NULL;
}

cairo_t *
_ts_map_renderer_copy_context (cairo_t         *cr,
                               cairo_surface_t *target)
{
  cairo_rectangle_list_t *clip;
  cairo_matrix_t matrix;
  cairo_t *copy;

  /* Rectangles only (the map's own clip on whole pixels): other clips are
   * not handed over. */
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS)
    {
      cairo_rectangle_list_destroy (clip);
      return NULL;
    }
  copy = cairo_create (target);
  cairo_get_matrix (cr, &matrix);
  cairo_set_matrix (copy, &matrix);
  for (int i = 0; i < clip->num_rectangles; i++)
    cairo_rectangle (copy, clip->rectangles[i].x, clip->rectangles[i].y,
                     clip->rectangles[i].width, clip->rectangles[i].height);
  cairo_clip (copy);
  cairo_rectangle_list_destroy (clip);
  cairo_set_antialias (copy, cairo_get_antialias (cr));
  cairo_set_tolerance (copy, cairo_get_tolerance (cr));
  cairo_set_operator (copy, cairo_get_operator (cr));

  return copy;
}

/* A second cairo context onto the image that @cr draws on, with its
 * transformation, clip and drawing settings, for the ground to be drawn in
 * another thread; NULL where that cannot be done the same way or is not
 * worth a thread. */
static cairo_t *
create_ground_context (TsMapRenderer *self,
                       cairo_t       *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (!self->threaded || g_get_num_processors () < 2
      || !ts_map_layer_get_visible (self->basemap_layer)
      || (gsize) self->width * self->height < 512 * 512
      || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE
      || cairo_get_group_target (cr) != target
      || matrix.xy != 0 || matrix.yx != 0)
    return NULL;

  return _ts_map_renderer_copy_context (cr, target);
}

void
_ts_map_renderer_draw_above_ground (TsMapRenderer      *self,
                                    cairo_t            *cr,
                                    const TsMapContext *ctx,
                                    gboolean            ground_drawn)
{
  for (guint i = 0; i < self->layers->len; i++)
    {
      TsMapLayer *layer = get_layer (self, i);

      if (!ts_map_layer_get_visible (layer))
        continue;
      if (ground_drawn && layer == self->basemap_layer)
        ts_map_basemap_layer_draw_names (TS_MAP_BASEMAP_LAYER (layer), cr, ctx);
      else
        ts_map_layer_draw (layer, cr, ctx);
    }
}

typedef struct
{
  GArray         *drawing; /* the marker layer's markers as drawn */
  TsMapContext    ctx;     /* its bands: the drawing's shared ones */
  cairo_matrix_t  matrix;
} MarkerSprites;

static gpointer
make_marker_sprites (gpointer data)
{
  MarkerSprites *sprites = data;

  _ts_map_marker_layer_make_sprites (sprites->drawing, &sprites->matrix, &sprites->ctx);

  return NULL;
}

/* The three passes of TsMapLayer: what covers the map is reserved, the
 * labels are placed from the top layer down, and the layers drawn from
 * the bottom up. On an image, with two cores, the countries (which no
 * label changes, and are drawn first) are drawn in another thread while
 * the labels are placed: the same drawing, in the same order, onto the
 * same pixels. With @banding (an image's PNG), the layers above them are
 * then drawn in two bands of rows in two threads. */
static void
draw_layers (TsMapRenderer *self,
             cairo_t       *cr,
             const TsMapBanding *banding)
{
  g_autoptr(TsMapLabels) labels = NULL;
  g_autoptr(TsMapText) text = NULL;
  TsMapContext ctx;
  Ground ground = { NULL, NULL, };
  GThread *thread = NULL;
  TsMapBands shared = { 0, };
  MarkerSprites marker_sprites = { NULL, };
  GThread *sprites_thread = NULL;

  get_context (self, &ctx, NULL);
  /* One Pango context per drawing: it follows @cr's target (hinting for
   * pixels, none for PDF) and the thread's font map. Made before the
   * ground's thread starts: it reads the target's font options. */
  text = ts_map_text_new (cr, ctx.style->font_family);
  labels = ts_map_labels_new (ctx.view.width, ctx.view.height, text);

  ground.cr = create_ground_context (self, cr);
  if (ground.cr != NULL)
    {
      ground.layer = TS_MAP_BASEMAP_LAYER (self->basemap_layer);
      ground.ctx = ctx;
      thread = g_thread_try_new ("map-ground", draw_ground, &ground, NULL);
      if (thread == NULL)
        g_clear_pointer (&ground.cr, cairo_destroy);
    }
  ctx.labels = labels;
  ctx.text = text;

  for (guint i = 0; i < self->layers->len; i++)
    {
      if (ts_map_layer_get_visible (get_layer (self, i)))
        ts_map_layer_reserve (get_layer (self, i), cr, &ctx, labels);
    }
  /* The bands' marker sprites are made in a thread of their own while the
   * labels are placed (the countries' thread ends sooner), for the bands
   * to find made: drawing them was the larger part of the marker layer. */
  g_mutex_init (&shared.lock);
  g_cond_init (&shared.made);
  if (banding != NULL && self->marker_layer != NULL
      && ts_map_layer_get_visible (self->marker_layer))
    {
      marker_sprites.drawing =
        _ts_map_marker_layer_ref_drawing (TS_MAP_MARKER_LAYER (self->marker_layer));
      marker_sprites.ctx = ctx;
      marker_sprites.ctx.bands = &shared;
      cairo_get_matrix (cr, &marker_sprites.matrix);
      if (marker_sprites.drawing != NULL)
        sprites_thread = g_thread_try_new ("map-sprites", make_marker_sprites, &marker_sprites,
                                           NULL);
    }
  for (guint i = self->layers->len; i > 0; i--)
    {
      if (ts_map_layer_get_visible (get_layer (self, i - 1)))
        ts_map_layer_place_labels (get_layer (self, i - 1), cr, &ctx, labels);
    }
  if (thread != NULL)
    {
      g_thread_join (thread);
      g_clear_pointer (&ground.cr, cairo_destroy);
    }
  if (banding != NULL)
    {
      /* The countries first, if no thread drew them. */
      if (thread == NULL && ts_map_layer_get_visible (self->basemap_layer))
        ts_map_basemap_layer_draw_ground (TS_MAP_BASEMAP_LAYER (self->basemap_layer), cr,
                                          &ctx);
      if (!_ts_map_renderer_draw_bands (self, cr, &ctx, banding, &shared))
        {
          _ts_map_renderer_draw_above_ground (self, cr, &ctx, TRUE);
          if (banding->rows_done != NULL)
            banding->rows_done (banding->rows_data, 0,
                                cairo_image_surface_get_height (cairo_get_target (cr)));
        }
    }
  else
    _ts_map_renderer_draw_above_ground (self, cr, &ctx, thread != NULL);

  if (sprites_thread != NULL)
    g_thread_join (sprites_thread);
  g_clear_pointer (&marker_sprites.drawing, g_array_unref);
  g_clear_pointer (&shared.sprites, g_hash_table_unref);
  g_mutex_clear (&shared.lock);
  g_cond_clear (&shared.made);
}

static void
ts_map_renderer_dispose (GObject *object)
{
  TsMapRenderer *self = (TsMapRenderer *)object;

  g_clear_object (&self->basemap);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  self->basemap_layer = NULL;
  self->legend_layer = NULL;
  self->marker_layer = NULL;

  G_OBJECT_CLASS (ts_map_renderer_parent_class)->dispose (object);
}

static void
ts_map_renderer_finalize (GObject *object)
{
  TsMapRenderer *self = (TsMapRenderer *)object;

  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (ts_map_renderer_parent_class)->finalize (object);
}

static void
ts_map_renderer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsMapRenderer *self = TS_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      g_value_set_object (value, self->basemap);
      break;

    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;

    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    case PROP_SHOW_GRATICULE:
      g_value_set_boolean (value, ts_map_renderer_get_show_graticule (self));
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, ts_map_renderer_get_show_legend (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_renderer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsMapRenderer *self = TS_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      self->basemap = g_value_dup_object (value);
      break;

    case PROP_SCENE:
      ts_map_renderer_set_scene (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      ts_map_renderer_set_selected (self, g_value_get_string (value));
      break;

    case PROP_SHOW_GRATICULE:
      ts_map_renderer_set_show_graticule (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_LEGEND:
      ts_map_renderer_set_show_legend (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_renderer_class_init (TsMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_map_renderer_dispose;
  object_class->finalize = ts_map_renderer_finalize;
  object_class->get_property = ts_map_renderer_get_property;
  object_class->set_property = ts_map_renderer_set_property;

  properties[PROP_BASEMAP] =
    g_param_spec_object ("basemap", NULL, NULL,
                         TS_TYPE_BASEMAP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCENE] =
    g_param_spec_object ("scene", NULL, NULL,
                         TS_TYPE_MAP_SCENE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_GRATICULE] =
    g_param_spec_boolean ("show-graticule", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_map_renderer_init (TsMapRenderer *self)
{
  self->center_lon = TS_MAP_DEFAULT_CENTER_LON;
  self->center_lat = TS_MAP_DEFAULT_CENTER_LAT;
  self->zoom = TS_MAP_DEFAULT_ZOOM;
  self->width = 800;
  self->height = 600;
  self->threaded = TRUE;

  self->layers = g_ptr_array_new_with_free_func (g_object_unref);
  self->basemap_layer = ts_map_basemap_layer_new ();
  self->legend_layer = ts_map_legend_layer_new ();
  add_layer (self, self->basemap_layer);
  add_layer (self, ts_map_area_layer_new (TS_MAP_AREA_LAYER_SHAPES));
  add_layer (self, ts_map_arc_layer_new ());
  add_layer (self, ts_map_route_layer_new ());
  self->marker_layer = ts_map_marker_layer_new ();
  add_layer (self, self->marker_layer);
  add_layer (self, ts_map_area_layer_new (TS_MAP_AREA_LAYER_BADGES));
  add_layer (self, ts_map_label_layer_new ());
  add_layer (self, self->legend_layer);
  add_layer (self, ts_map_scale_layer_new ());
}

TsMapRenderer *
ts_map_renderer_new (TsBasemap *basemap)
{
  g_return_val_if_fail (TS_IS_BASEMAP (basemap), NULL);

  return g_object_new (TS_TYPE_MAP_RENDERER, "basemap", basemap, NULL);
}

TsBasemap *
ts_map_renderer_get_basemap (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->basemap;
}

TsMapScene *
ts_map_renderer_get_scene (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->scene;
}

void
ts_map_renderer_set_scene (TsMapRenderer *self,
                           TsMapScene    *scene)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (scene == NULL || TS_IS_MAP_SCENE (scene));

  if (g_set_object (&self->scene, scene))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

void
ts_map_renderer_set_view (TsMapRenderer *self,
                          double         center_lon,
                          double         center_lat,
                          double         zoom)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->center_lon = isfinite (center_lon) ? center_lon : TS_MAP_DEFAULT_CENTER_LON;
  self->center_lat = CLAMP (isfinite (center_lat) ? center_lat : TS_MAP_DEFAULT_CENTER_LAT,
                            -80.0, 85.0);
  self->zoom = CLAMP (isfinite (zoom) ? zoom : TS_MAP_DEFAULT_ZOOM,
                      TS_VIEW_MIN_ZOOM, TS_VIEW_MAX_ZOOM);
}

void
ts_map_renderer_get_view (TsMapRenderer *self,
                          double        *center_lon,
                          double        *center_lat,
                          double        *zoom)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  if (center_lon != NULL)
    *center_lon = self->center_lon;
  if (center_lat != NULL)
    *center_lat = self->center_lat;
  if (zoom != NULL)
    *zoom = self->zoom;
}

void
ts_map_renderer_set_size (TsMapRenderer *self,
                          int            width,
                          int            height)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
}

void
ts_map_renderer_get_projected_view (TsMapRenderer *self,
                                    TsView        *view)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (view != NULL);

  get_view (self, view);
}

const char *
ts_map_renderer_get_selected (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->selected;
}

void
ts_map_renderer_set_selected (TsMapRenderer *self,
                              const char    *id)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  if (g_strcmp0 (self->selected, id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
ts_map_renderer_get_show_graticule (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  return ts_map_basemap_layer_get_show_graticule (TS_MAP_BASEMAP_LAYER (self->basemap_layer));
}

void
ts_map_renderer_set_show_graticule (TsMapRenderer *self,
                                    gboolean       show)
{
  TsMapBasemapLayer *layer;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  layer = TS_MAP_BASEMAP_LAYER (self->basemap_layer);
  show = !!show;
  if (ts_map_basemap_layer_get_show_graticule (layer) != show)
    {
      ts_map_basemap_layer_set_show_graticule (layer, show);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GRATICULE]);
    }
}

gboolean
ts_map_renderer_get_show_legend (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  return ts_map_layer_get_visible (self->legend_layer);
}

void
ts_map_renderer_set_show_legend (TsMapRenderer *self,
                                 gboolean       show)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  show = !!show;
  if (ts_map_layer_get_visible (self->legend_layer) != show)
    {
      ts_map_layer_set_visible (self->legend_layer, show);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
    }
}

void
ts_map_renderer_draw (TsMapRenderer *self,
                      cairo_t       *cr,
                      int            width,
                      int            height)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  ts_map_renderer_set_size (self, width, height);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  ts_map_style_set_color (cr, &ts_map_style_get_default ()->sea);
  cairo_paint (cr);
  draw_layers (self, cr, NULL);
  cairo_restore (cr);
}

gboolean
_ts_map_renderer_draw_in_bands (TsMapRenderer         *self,
                                cairo_t               *cr,
                                int                    width,
                                int                    height,
                                int                    boundary,
                                TsPictureRowsDoneFunc  rows_done,
                                gpointer               rows_data)
{
  TsMapBanding banding = { boundary, rows_done, rows_data };
  gboolean can;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  ts_map_renderer_set_size (self, width, height);

  /* Chosen by the drawing: two bands where a second thread is worth it. */
  if (boundary < 0
      && (!self->threaded || g_get_num_processors () < 2
          || (gsize) self->width * self->height < 512 * 512))
    return FALSE;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  can = _ts_map_renderer_can_draw_bands (cr);
  if (can)
    {
      ts_map_style_set_color (cr, &ts_map_style_get_default ()->sea);
      cairo_paint (cr);
      draw_layers (self, cr, &banding);
    }
  cairo_restore (cr);

  return can;
}

const char *
ts_map_renderer_hit_test (TsMapRenderer *self,
                          double         x,
                          double         y)
{
  TsMapContext ctx;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  get_context (self, &ctx, NULL);

  /* The topmost layer first. */
  for (guint i = self->layers->len; i > 0; i--)
    {
      TsMapLayer *layer = get_layer (self, i - 1);
      const char *id;

      if (!ts_map_layer_get_visible (layer))
        continue;
      id = ts_map_layer_hit_test (layer, &ctx, x, y);
      if (id != NULL)
        return id;
    }

  return NULL;
}

static void
extend_bounds (double *bounds,
               double  lon,
               double  lat)
{
  double x, y;

  ts_projection_forward (lon, lat, &x, &y);
  bounds[0] = MIN (bounds[0], x);
  bounds[1] = MIN (bounds[1], y);
  bounds[2] = MAX (bounds[2], x);
  bounds[3] = MAX (bounds[3], y);
}

/* Every item of @scene, in projected units; an area by its badge's
 * place, not its whole shape (all of Russia). */
static void
extend_bounds_by_scene (double     *bounds,
                        TsBasemap  *basemap,
                        TsMapScene *scene)
{
  for (guint i = 0; i < ts_map_scene_get_n_areas (scene); i++)
    {
      double lon, lat;

      ts_map_area_get_anchor (basemap, ts_map_scene_get_area (scene, i), &lon, &lat);
      extend_bounds (bounds, lon, lat);
    }
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);

      extend_bounds (bounds, marker->lon, marker->lat);
    }
  for (guint i = 0; i < ts_map_scene_get_n_arcs (scene); i++)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (scene, i);

      extend_bounds (bounds, arc->from_lon, arc->from_lat);
      extend_bounds (bounds, arc->to_lon, arc->to_lat);
    }
  for (guint i = 0; i < ts_map_scene_get_n_routes (scene); i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (scene, i);

      for (guint p = 0; p < route->n_points; p++)
        extend_bounds (bounds, route->points[p].lon, route->points[p].lat);
    }
}

/* The view that shows @bounds (projected) within the viewport less the
 * insets (left, top, right, bottom, in pixels), centred in what is left;
 * its zoom in @zoom. */
static void
fit_bounds (TsMapRenderer *self,
            const double  *bounds,
            const double  *insets,
            double        *lon,
            double        *lat,
            double        *zoom)
{
  double room_w = MAX (self->width - insets[0] - insets[2], 1);
  double room_h = MAX (self->height - insets[1] - insets[3], 1);
  double scale = MIN (room_w / MAX (bounds[2] - bounds[0], 1),
                      room_h / MAX (bounds[3] - bounds[1], 1));
  double cx, cy;

  *zoom = MIN (ts_view_zoom_for_scale (scale), 9.0);
  scale = ts_view_scale_for_zoom (*zoom);

  /* The middle of the bounds goes to the middle of the room: the view's
   * centre is that far from it. Projected y grows upwards. */
  cx = (bounds[0] + bounds[2]) / 2 - (insets[0] + room_w / 2 - self->width / 2.0) / scale;
  cy = (bounds[1] + bounds[3]) / 2 + (insets[1] + room_h / 2 - self->height / 2.0) / scale;
  if (!ts_projection_inverse (cx, cy, lon, lat))
    {
      *lon = TS_MAP_DEFAULT_CENTER_LON;
      *lat = TS_MAP_DEFAULT_CENTER_LAT;
    }
}

gboolean
ts_map_renderer_fit (TsMapRenderer *self,
                     int            width,
                     int            height,
                     double         padding)
{
  double bounds[4] = { INFINITY, INFINITY, -INFINITY, -INFINITY };
  /* Markers and labels need room beyond the points themselves. */
  const double insets[4] = { padding, padding, padding, padding };
  double lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  ts_map_renderer_set_size (self, width, height);

  if (self->scene != NULL)
    extend_bounds_by_scene (bounds, self->basemap, self->scene);

  if (!isfinite (bounds[0]))
    {
      ts_map_renderer_set_view (self, TS_MAP_DEFAULT_CENTER_LON, TS_MAP_DEFAULT_CENTER_LAT,
                                TS_MAP_DEFAULT_ZOOM);
      return FALSE;
    }

  fit_bounds (self, bounds, insets, &lon, &lat, &zoom);
  ts_map_renderer_set_view (self, lon, lat, zoom);

  return TRUE;
}

gboolean
ts_map_renderer_fit_clear_of_legend (TsMapRenderer *self,
                                     int            width,
                                     int            height,
                                     double         padding)
{
  double bounds[4] = { INFINITY, INFINITY, -INFINITY, -INFINITY };
  double beside[4], above[4];
  double lon_beside, lat_beside, zoom_beside, lon_above, lat_above, zoom_above;
  TsMapText *text;
  cairo_surface_t *surface;
  cairo_t *cr;
  TsMapContext ctx;
  TsLabelBox box;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  if (!ts_map_layer_get_visible (self->legend_layer))
    return ts_map_renderer_fit (self, width, height, padding);

  ts_map_renderer_set_size (self, width, height);
  if (self->scene != NULL)
    extend_bounds_by_scene (bounds, self->basemap, self->scene);
  if (!isfinite (bounds[0]))
    return ts_map_renderer_fit (self, width, height, padding);

  /* The legend's size does not depend on the view: only its text is
   * measured. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  get_context (self, &ctx, NULL);
  text = ts_map_text_new (cr, ctx.style->font_family);
  ctx.text = text;
  ts_map_legend_layer_get_box (self->legend_layer, cr, &ctx, &box);
  g_clear_pointer (&text, ts_map_text_free);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* The legend sits in the bottom left corner: the data goes either right
   * of it or above it, whichever shows it larger. */
  beside[0] = MAX (padding, box.x1 + padding / 2);
  beside[1] = beside[2] = beside[3] = padding;
  above[0] = above[1] = above[2] = padding;
  above[3] = MAX (padding, height - box.y0 + padding / 2);
  fit_bounds (self, bounds, beside, &lon_beside, &lat_beside, &zoom_beside);
  fit_bounds (self, bounds, above, &lon_above, &lat_above, &zoom_above);

  if (zoom_beside >= zoom_above)
    ts_map_renderer_set_view (self, lon_beside, lat_beside, zoom_beside);
  else
    ts_map_renderer_set_view (self, lon_above, lat_above, zoom_above);
  return TRUE;
}

void
ts_map_renderer_set_emphasize_ties (TsMapRenderer *self,
                                    gboolean       emphasize)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->emphasize_ties = emphasize;
}

void
ts_map_renderer_zoom_at (TsMapRenderer *self,
                         double         x,
                         double         y,
                         double         delta)
{
  TsView view;
  double px, py, zoom, cx, cy, lon, lat;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  get_view (self, &view);
  ts_view_from_pixel (&view, x, y, &px, &py);
  zoom = CLAMP (self->zoom + delta, TS_VIEW_MIN_ZOOM, TS_VIEW_MAX_ZOOM);
  /* Keep (px, py) under the pointer at the new scale. */
  view.scale = ts_view_scale_for_zoom (zoom);
  cx = px - (x - view.width / 2) / view.scale;
  cy = py + (y - view.height / 2) / view.scale;
  if (ts_projection_inverse (cx, cy, &lon, &lat))
    ts_map_renderer_set_view (self, lon, lat, zoom);
  else
    ts_map_renderer_set_view (self, self->center_lon, self->center_lat, zoom);
}

void
ts_map_renderer_pan (TsMapRenderer *self,
                     double         dx,
                     double         dy)
{
  TsView view;
  double lon, lat;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  get_view (self, &view);
  if (ts_view_pixel_to_lonlat (&view, view.width / 2 - dx, view.height / 2 - dy, &lon, &lat))
    ts_map_renderer_set_view (self, lon, lat, self->zoom);
}


void
ts_map_renderer_set_cluster_markers (TsMapRenderer *self,
                                     gboolean       cluster)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  ts_map_marker_layer_set_cluster (TS_MAP_MARKER_LAYER (self->marker_layer), cluster);
}

gboolean
ts_map_renderer_get_cluster_markers (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  return ts_map_marker_layer_get_cluster (TS_MAP_MARKER_LAYER (self->marker_layer));
}

GPtrArray *
ts_map_renderer_list_cluster (TsMapRenderer *self,
                              const char    *id)
{
  TsMapContext ctx;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  get_context (self, &ctx, NULL);
  return ts_map_marker_layer_list_cluster (TS_MAP_MARKER_LAYER (self->marker_layer), &ctx, id);
}

gboolean
ts_map_renderer_get_legend_box (TsMapRenderer *self,
                                TsLabelBox    *box)
{
  g_autoptr(TsMapText) text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  TsMapContext ctx;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (!ts_map_layer_get_visible (self->legend_layer))
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  get_context (self, &ctx, NULL);
  text = ts_map_text_new (cr, ctx.style->font_family);
  ctx.text = text;
  ts_map_legend_layer_get_box (self->legend_layer, cr, &ctx, box);
  g_clear_pointer (&text, ts_map_text_free);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return box->x1 > box->x0 && box->y1 > box->y0;
}

void
_ts_map_renderer_set_threaded (TsMapRenderer *self,
                               gboolean       threaded)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->threaded = threaded != FALSE;
}
