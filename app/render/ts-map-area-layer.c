/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-area-layer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ts-map-area-layer.h"
#include "ts-map-labels.h"
#include "ts-map-renderer.h"

#define BADGE_TEXT_SIZE 11.0
#define BADGE_HEIGHT    18.0

/* Where a badge went in the last drawing, so that drawing and hit testing
 * find it where the label pass put it. */
typedef struct
{
  char   *id;
  double  x;
  double  y;
  double  width;
} Placed;

/* The badges' places in a drawing of a view. */
typedef struct
{
  gatomicrefcount  ref_count;
  TsView           view;
  GArray          *placed;  /* Placed */
} Badges;

struct _TsMapAreaLayer
{
  TsMapLayer          parent_instance;

  TsMapAreaLayerRole  role;
  /* Of this layer's last drawing (the same thread draws and hit tests, or
   * the caller keeps them apart, as for any GObject). */
  Badges             *badges;
};

G_DEFINE_FINAL_TYPE (TsMapAreaLayer, ts_map_area_layer, TS_TYPE_MAP_LAYER)

static void
clear_placed (gpointer data)
{
  Placed *placed = data;

  g_free (placed->id);
}

static Badges *
badges_new (const TsView *view)
{
  Badges *badges = g_new0 (Badges, 1);

  g_atomic_ref_count_init (&badges->ref_count);
  badges->view = *view;
  badges->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_array_set_clear_func (badges->placed, clear_placed);
  return badges;
}

static Badges *
badges_ref (Badges *badges)
{
  g_atomic_ref_count_inc (&badges->ref_count);
  return badges;
}

static void
badges_unref (Badges *badges)
{
  if (g_atomic_ref_count_dec (&badges->ref_count))
    {
      g_array_unref (badges->placed);
      g_free (badges);
    }
}

/* A scene's badges are also kept on the scene, for whichever renderer
 * hit tests it: the map view draws in a worker thread with a renderer of
 * its own, and hit tests with the window's. (A scene does not change once
 * it is drawn.) */
static GMutex scene_badges_lock;

static GQuark
scene_badges_quark (void)
{
  return g_quark_from_static_string ("ts-map-area-badges");
}

static void
set_scene_badges (TsMapScene *scene,
                  Badges     *badges)
{
  g_mutex_lock (&scene_badges_lock);
  g_object_set_qdata_full (G_OBJECT (scene), scene_badges_quark (), badges_ref (badges),
                           (GDestroyNotify) badges_unref);
  g_mutex_unlock (&scene_badges_lock);
}

/* (transfer full) (nullable) */
static Badges *
get_scene_badges (TsMapScene *scene)
{
  Badges *badges;

  g_mutex_lock (&scene_badges_lock);
  badges = g_object_get_qdata (G_OBJECT (scene), scene_badges_quark ());
  if (badges != NULL)
    badges_ref (badges);
  g_mutex_unlock (&scene_badges_lock);

  return badges;
}

void
ts_map_area_scale_init (TsMapAreaScale *scale,
                        TsMapScene     *scene)
{
  guint most = 0;

  g_return_if_fail (scale != NULL);
  g_return_if_fail (scene == NULL || TS_IS_MAP_SCENE (scene));

  for (guint i = 0; scene != NULL && i < ts_map_scene_get_n_areas (scene); i++)
    most = MAX (most, ts_map_scene_get_area (scene, i)->weight);

  /* Equal steps of whole numbers: 1–5, 6–10, 11–15, 16–20 for 20 at
   * most; a step per number for 4 or fewer. */
  scale->n_steps = MIN (most, TS_MAP_N_AREA_STEPS);
  for (guint i = 0; i < scale->n_steps; i++)
    {
      scale->min[i] = 1 + (guint) ((guint64) i * most / scale->n_steps);
      scale->max[i] = (guint) ((guint64) (i + 1) * most / scale->n_steps);
    }
}

int
ts_map_area_scale_find (const TsMapAreaScale *scale,
                        guint                 weight)
{
  g_return_val_if_fail (scale != NULL, -1);

  for (int i = (int) scale->n_steps - 1; i >= 0; i--)
    {
      if (weight >= scale->min[i])
        return i;
    }

  return -1;
}

const TsMapRgb *
ts_map_area_scale_get_tint (const TsMapAreaScale *scale,
                            const TsMapStyle     *style,
                            int                   step)
{
  guint index;

  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (step >= 0 && (guint) step < scale->n_steps, NULL);

  /* A single step takes the second tint: the lightest reads as land. */
  if (scale->n_steps == 1)
    index = 1;
  else
    index = (guint) lround ((double) step * (TS_MAP_N_AREA_STEPS - 1) / (scale->n_steps - 1));

  return &style->area_tints[index];
}

const TsBasemapCountry *
ts_map_area_find_shape (TsBasemap    *basemap,
                        const TsView *view,
                        const char   *iso_a2)
{
  const TsBasemapCountry *country = NULL;

  g_return_val_if_fail (TS_IS_BASEMAP (basemap), NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (iso_a2 != NULL, NULL);

  /* A province has one shape, drawn by the area layer itself. */
  if (ts_basemap_code_is_province (iso_a2))
    return ts_basemap_lookup_province (basemap, iso_a2);

  /* As the basemap layer draws them: the detailed shapes when zoomed in,
   * the world's for the countries they leave out. */
  if (view->zoom >= TS_MAP_REGION_LAYER_MIN_ZOOM)
    country = ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, iso_a2);
  if (country == NULL)
    country = ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_WORLD, iso_a2);

  return country;
}

const TsMapRgb *
ts_map_area_get_tint (const TsMapContext     *ctx,
                      const TsBasemapCountry *country)
{
  const TsMapArea *area;
  TsMapAreaScale scale;
  int step;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (country != NULL, NULL);

  if (ctx->scene == NULL || country->iso_a2[0] == '\0')
    return NULL;
  area = ts_map_scene_lookup_area_by_country (ctx->scene, country->iso_a2);
  if (area == NULL)
    return NULL;
  ts_map_area_scale_init (&scale, ctx->scene);
  step = ts_map_area_scale_find (&scale, area->weight);

  return step >= 0 ? ts_map_area_scale_get_tint (&scale, ctx->style, step) : NULL;
}

void
ts_map_area_get_anchor (TsBasemap       *basemap,
                        const TsMapArea *area,
                        double          *lon,
                        double          *lat)
{
  const TsBasemapCountry *country;

  g_return_if_fail (TS_IS_BASEMAP (basemap));
  g_return_if_fail (area != NULL);

  if (ts_basemap_code_is_province (area->iso_a2))
    {
      country = ts_basemap_lookup_province (basemap, area->iso_a2);
    }
  else
    {
      country = ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_REGION, area->iso_a2);
      if (country == NULL)
        country = ts_basemap_lookup_country (basemap, TS_BASEMAP_LAYER_WORLD, area->iso_a2);
    }

  *lon = country != NULL ? country->label_lon : area->lon;
  *lat = country != NULL ? country->label_lat : area->lat;
}

static void
get_badge_size (TsMapText        *setter,
                guint             count,
                char             *text,
                gsize             text_size,
                double           *width,
                TsMapTextExtents *extents)
{
  g_snprintf (text, text_size, "%u", count);
  ts_map_text_measure (setter, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD, extents);
  *width = MAX (BADGE_HEIGHT + 4, extents->width + 14);
}

static void
badge_box (double      cx,
           double      cy,
           double      width,
           TsLabelBox *box)
{
  *box = (TsLabelBox) { cx - width / 2 - 1, cy - BADGE_HEIGHT / 2 - 1,
                        cx + width / 2 + 1, cy + BADGE_HEIGHT / 2 + 1 };
}

static void
pill_path (cairo_t *cr,
           double   cx,
           double   cy,
           double   width,
           double   height)
{
  double r = height / 2;

  cairo_new_path (cr);
  cairo_arc (cr, cx - width / 2 + r, cy, r, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, cx + width / 2 - r, cy, r, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
}

void
ts_map_area_layer_draw_badge (cairo_t          *cr,
                              TsMapText        *setter,
                              const TsMapStyle *style,
                              double            cx,
                              double            cy,
                              guint             count,
                              gboolean          selected)
{
  const TsMapRgb *edge = &style->area_tints[TS_MAP_N_AREA_STEPS - 1];
  TsMapTextExtents extents;
  char text[16];
  double width;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (setter != NULL);
  g_return_if_fail (style != NULL);

  get_badge_size (setter, count, text, sizeof text, &width, &extents);

  cairo_save (cr);
  if (selected)
    {
      pill_path (cr, cx, cy, width + 8, BADGE_HEIGHT + 8);
      ts_map_style_set_color (cr, &style->selection);
      cairo_fill (cr);
    }

  /* A soft shadow lifts it off the tint, as a marker's does. */
  pill_path (cr, cx, cy + 1, width + 2, BADGE_HEIGHT + 2);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_fill (cr);

  pill_path (cr, cx, cy, width, BADGE_HEIGHT);
  ts_map_style_set_color (cr, &style->halo);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, edge);
  cairo_set_line_width (cr, 1.6);
  cairo_stroke (cr);

  /* The digits' ink centred in the badge. */
  ts_map_style_set_color (cr, &style->area_badge_text);
  ts_map_text_show (setter, cr, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD,
                    cx - extents.ink_x - extents.ink_width / 2,
                    cy - extents.ink_y - extents.ink_height / 2);
  cairo_restore (cr);
}

static gboolean
same_view (const TsView *a,
           const TsView *b)
{
  return a->center_lon == b->center_lon && a->center_lat == b->center_lat
         && a->zoom == b->zoom && a->width == b->width && a->height == b->height;
}

/* The label point of @area's shape in pixels, and the shape. */
static const TsBasemapCountry *
get_anchor_pixel (const TsMapContext *ctx,
                  const TsMapArea    *area,
                  double             *px,
                  double             *py)
{
  const TsBasemapCountry *country = ts_map_area_find_shape (ctx->basemap, &ctx->view,
                                                            area->iso_a2);

  if (country != NULL)
    ts_view_to_pixel (&ctx->view, country->label_x, country->label_y, px, py);
  else
    ts_view_lonlat_to_pixel (&ctx->view, area->lon, area->lat, px, py);

  return country;
}

/* A badge's width without measuring its text (when hit testing): a digit
 * is at most about 7 px wide at the badge's size. */
static double
estimate_badge_width (guint count)
{
  char digits[16];

  g_snprintf (digits, sizeof digits, "%u", count);
  return MAX (BADGE_HEIGHT + 4, strlen (digits) * 7.0 + 14);
}

static gboolean
find_placed (Badges          *badges,
             const TsView    *view,
             const TsMapArea *area,
             double          *cx,
             double          *cy,
             double          *width)
{
  if (badges == NULL || !same_view (&badges->view, view))
    return FALSE;

  for (guint i = 0; i < badges->placed->len; i++)
    {
      const Placed *placed = &g_array_index (badges->placed, Placed, i);

      if (g_str_equal (placed->id, area->id))
        {
          *cx = placed->x;
          *cy = placed->y;
          *width = placed->width;
          return TRUE;
        }
    }

  return FALSE;
}

/* Where the badge of @area went in the last drawing of this view, by this
 * layer or another renderer; else (not drawn yet) its anchor, and FALSE.
 * And its width. */
static gboolean
get_badge_centre (TsMapAreaLayer     *self,
                  const TsMapContext *ctx,
                  const TsMapArea    *area,
                  double             *cx,
                  double             *cy,
                  double             *width)
{
  Badges *badges;
  gboolean found;

  if (find_placed (self->badges, &ctx->view, area, cx, cy, width))
    return TRUE;

  badges = get_scene_badges (ctx->scene);
  found = find_placed (badges, &ctx->view, area, cx, cy, width);
  g_clear_pointer (&badges, badges_unref);
  if (found)
    return TRUE;

  get_anchor_pixel (ctx, area, cx, cy);
  *width = estimate_badge_width (area->weight);
  return FALSE;
}

static gboolean
has_badge (const TsMapArea *area)
{
  return area->weight > 0;
}

/* Just under the label point, where the count reads with the country's
 * name above it (ts-map-basemap-layer.c puts it at the label point); when
 * a marker or a route is there, nearby points still inside the shape;
 * else the label point all the same: a count is never dropped. */
#define N_BADGE_POSITIONS 9

static void
place_badge (Badges             *badges,
             const TsMapContext *ctx,
             TsMapLabels        *labels,
             const TsMapArea    *area)
{
  static const double offsets[N_BADGE_POSITIONS][2] = {
    { 0, 20 }, { 0, 0 }, { 0, -24 }, { 0, 40 }, { -40, 0 }, { 40, 0 },
    { -40, 20 }, { 40, 20 }, { 0, -44 },
  };
  TsLabelPlacer *placer = ts_map_labels_get_placer (labels);
  TsMapTextExtents extents;
  const TsBasemapCountry *country;
  TsLabelBox box;
  Placed placed;
  char text[16];
  double ax, ay, width, dx = 0, dy = 0;

  country = get_anchor_pixel (ctx, area, &ax, &ay);
  get_badge_size (ctx->text, area->weight, text, sizeof text, &width, &extents);

  /* Inside the shape where there is room; a province (small when zoomed
   * out, Chuy around Bishkek's markers) then beside it rather than over
   * the markers; else at its label point regardless. */
  for (guint c = 0; c < 2 * N_BADGE_POSITIONS; c++)
    {
      gboolean inside = c < N_BADGE_POSITIONS;
      guint k = c % N_BADGE_POSITIONS;
      double x = ax + offsets[k][0], y = ay + offsets[k][1], px, py;

      if (!inside && !ts_basemap_code_is_province (area->iso_a2))
        break;
      badge_box (x, y, width, &box);
      if (!ts_label_placer_is_free (placer, &box))
        continue;
      ts_view_from_pixel (&ctx->view, x, y, &px, &py);
      if (inside && country != NULL && !ts_basemap_country_contains (country, px, py))
        continue;
      dx = offsets[k][0];
      dy = offsets[k][1];
      break;
    }

  placed.id = g_strdup (area->id);
  placed.x = ax + dx;
  placed.y = ay + dy;
  placed.width = width;
  badge_box (placed.x, placed.y, width, &box);
  ts_map_labels_reserve (labels, &box);
  g_array_append_val (badges->placed, placed);
}

/* Badges are placed once everything that covers the map (markers, routes,
 * the legend) took its room, and before the names of the markers below
 * them and of the countries: those keep clear of them. */
static void
ts_map_area_layer_place_labels (TsMapLayer         *layer,
                           cairo_t            *cr,
                           const TsMapContext *ctx,
                           TsMapLabels        *labels)
{
  TsMapAreaLayer *self = TS_MAP_AREA_LAYER (layer);

  if (self->role != TS_MAP_AREA_LAYER_BADGES)
    return;

  g_clear_pointer (&self->badges, badges_unref);
  if (ctx->scene == NULL)
    return;

  self->badges = badges_new (&ctx->view);
  for (guint i = 0; i < ts_map_scene_get_n_areas (ctx->scene); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (ctx->scene, i);

      if (has_badge (area))
        place_badge (self->badges, ctx, labels, area);
    }
  set_scene_badges (ctx->scene, self->badges);
}

/* A ring's outline in pixels, open where it was cut at the map's seam. */
static void
append_ring (cairo_t             *cr,
             const TsView        *view,
             const TsBasemapRing *ring)
{
  for (guint i = 0; i <= ring->n_points; i++)
    {
      guint k = i % ring->n_points;
      guint prev = (k + ring->n_points - 1) % ring->n_points;
      double px, py;

      ts_view_to_pixel (view, ring->xy[2 * k], ring->xy[2 * k + 1], &px, &py);
      if (i == 0 || (ring->on_seam != NULL && ring->on_seam[k] && ring->on_seam[prev]))
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
}

/* The basemap has no province layer to tint: a province holding records
 * is filled here, over its country, on the same scale, with its border. */
static void
draw_province_tints (cairo_t            *cr,
                     const TsMapContext *ctx)
{
  TsMapAreaScale scale;

  ts_map_area_scale_init (&scale, ctx->scene);
  for (guint i = 0; i < ts_map_scene_get_n_areas (ctx->scene); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (ctx->scene, i);
      const TsBasemapCountry *province;
      double x0, y0, x1, y1;
      int step;

      if (!ts_basemap_code_is_province (area->iso_a2))
        continue;
      step = ts_map_area_scale_find (&scale, area->weight);
      province = ts_basemap_lookup_province (ctx->basemap, area->iso_a2);
      if (step < 0 || province == NULL)
        continue;
      ts_view_to_pixel (&ctx->view, province->x0, province->y0, &x0, &y0);
      ts_view_to_pixel (&ctx->view, province->x1, province->y1, &x1, &y1);
      if (MAX (x0, x1) < 0 || MIN (x0, x1) > ctx->view.width
          || MAX (y0, y1) < 0 || MIN (y0, y1) > ctx->view.height)
        continue;

      cairo_save (cr);
      cairo_new_path (cr);
      for (guint r = 0; r < province->n_rings; r++)
        {
          append_ring (cr, &ctx->view, &province->rings[r]);
          cairo_close_path (cr);
        }
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      ts_map_style_set_color (cr, ts_map_area_scale_get_tint (&scale, ctx->style, step));
      cairo_fill_preserve (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      ts_map_style_set_color (cr, &ctx->style->border);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_selected_outline (cairo_t            *cr,
                       const TsMapContext *ctx)
{
  const TsMapArea *area;
  const TsBasemapCountry *country;

  if (ctx->scene == NULL || ctx->selected == NULL)
    return;
  area = ts_map_scene_lookup_area (ctx->scene, ctx->selected);
  if (area == NULL)
    return;
  country = ts_map_area_find_shape (ctx->basemap, &ctx->view, area->iso_a2);
  if (country == NULL)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint r = 0; r < country->n_rings; r++)
    append_ring (cr, &ctx->view, &country->rings[r]);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  ts_map_style_set_color (cr, &ctx->style->selection);
  cairo_set_line_width (cr, 3.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
ts_map_area_layer_draw (TsMapLayer         *layer,
                        cairo_t            *cr,
                        const TsMapContext *ctx)
{
  TsMapAreaLayer *self = TS_MAP_AREA_LAYER (layer);

  if (ctx->scene == NULL)
    return;

  if (self->role == TS_MAP_AREA_LAYER_SHAPES)
    {
      draw_province_tints (cr, ctx);
      draw_selected_outline (cr, ctx);
      return;
    }

  for (guint i = 0; i < ts_map_scene_get_n_areas (ctx->scene); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (ctx->scene, i);
      double cx, cy, width;

      if (!has_badge (area))
        continue;
      get_badge_centre (self, ctx, area, &cx, &cy, &width);
      if (cx < -50 || cy < -50 || cx > ctx->view.width + 50 || cy > ctx->view.height + 50)
        continue;
      ts_map_area_layer_draw_badge (cr, ctx->text, ctx->style, cx, cy, area->weight,
                                    ts_map_context_is_selected (ctx, area->id));
    }
}

static const char *
hit_test_badges (TsMapAreaLayer     *self,
                 const TsMapContext *ctx,
                 double              x,
                 double              y)
{
  /* The last drawn on top. */
  for (guint i = ts_map_scene_get_n_areas (ctx->scene); i > 0; i--)
    {
      const TsMapArea *area = ts_map_scene_get_area (ctx->scene, i - 1);
      double cx, cy, width;

      /* Not drawn yet at this view: where it will be is not known, and
       * its shape answers for it. */
      if (!has_badge (area) || !get_badge_centre (self, ctx, area, &cx, &cy, &width))
        continue;
      if (fabs (x - cx) <= width / 2 + TS_MAP_HIT_TOLERANCE / 2
          && fabs (y - cy) <= BADGE_HEIGHT / 2 + TS_MAP_HIT_TOLERANCE / 2)
        return area->id;
    }

  return NULL;
}

/* The tinted shape of the areas that are provinces (@provinces) or
 * countries under the pixel (x, y). */
static const char *
hit_test_shapes_of (const TsMapContext *ctx,
                    double              x,
                    double              y,
                    gboolean            provinces)
{
  double px, py;

  ts_view_from_pixel (&ctx->view, x, y, &px, &py);
  for (guint i = 0; i < ts_map_scene_get_n_areas (ctx->scene); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (ctx->scene, i);
      const TsBasemapCountry *country;

      /* Only a tinted shape answers: an untinted one looks like any other. */
      if (area->weight == 0 || ts_basemap_code_is_province (area->iso_a2) != provinces)
        continue;
      country = ts_map_area_find_shape (ctx->basemap, &ctx->view, area->iso_a2);
      if (country != NULL && ts_basemap_country_contains (country, px, py))
        return area->id;
    }

  return NULL;
}

static const char *
hit_test_shapes (const TsMapContext *ctx,
                 double              x,
                 double              y)
{
  const char *id;

  /* Provinces first: one is drawn over its country. */
  id = hit_test_shapes_of (ctx, x, y, TRUE);
  return id != NULL ? id : hit_test_shapes_of (ctx, x, y, FALSE);
}

static const char *
ts_map_area_layer_hit_test (TsMapLayer         *layer,
                            const TsMapContext *ctx,
                            double              x,
                            double              y)
{
  TsMapAreaLayer *self = TS_MAP_AREA_LAYER (layer);

  if (ctx->scene == NULL)
    return NULL;

  if (self->role == TS_MAP_AREA_LAYER_BADGES)
    return hit_test_badges (self, ctx, x, y);

  return hit_test_shapes (ctx, x, y);
}

static void
ts_map_area_layer_finalize (GObject *object)
{
  TsMapAreaLayer *self = TS_MAP_AREA_LAYER (object);

  g_clear_pointer (&self->badges, badges_unref);

  G_OBJECT_CLASS (ts_map_area_layer_parent_class)->finalize (object);
}

static void
ts_map_area_layer_class_init (TsMapAreaLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  object_class->finalize = ts_map_area_layer_finalize;

  layer_class->place_labels = ts_map_area_layer_place_labels;
  layer_class->draw = ts_map_area_layer_draw;
  layer_class->hit_test = ts_map_area_layer_hit_test;
}

static void
ts_map_area_layer_init (TsMapAreaLayer *self)
{
}

TsMapLayer *
ts_map_area_layer_new (TsMapAreaLayerRole role)
{
  TsMapAreaLayer *self = g_object_new (TS_TYPE_MAP_AREA_LAYER, NULL);

  self->role = role;

  return TS_MAP_LAYER (self);
}
