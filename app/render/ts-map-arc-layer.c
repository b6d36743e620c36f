/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-arc-layer"

#include "config.h"

#include <math.h>

#include "ts-map-arc-layer.h"
#include "ts-map-labels.h"
#include "ts-map-renderer.h"

/* Straight segments a curve is cut into for hit testing. */
#define HIT_TEST_STEPS 32

struct _TsMapArcLayer
{
  TsMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (TsMapArcLayer, ts_map_arc_layer, TS_TYPE_MAP_LAYER)

static void
arc_points (const TsView   *view,
            const TsMapArc *arc,
            double          p[3][2])
{
  double dx, dy, length;

  ts_view_lonlat_to_pixel (view, arc->from_lon, arc->from_lat, &p[0][0], &p[0][1]);
  ts_view_lonlat_to_pixel (view, arc->to_lon, arc->to_lat, &p[2][0], &p[2][1]);
  dx = p[2][0] - p[0][0];
  dy = p[2][1] - p[0][1];
  length = sqrt (dx * dx + dy * dy);

  /* The control point, a quarter of the chord off its middle, on the side
   * that bends the curve upwards: ties read as a fan of bows. */
  p[1][0] = (p[0][0] + p[2][0]) / 2;
  p[1][1] = (p[0][1] + p[2][1]) / 2;
  if (length > 0)
    {
      double nx = -dy / length, ny = dx / length;

      if (ny > 0)
        {
          nx = -nx;
          ny = -ny;
        }
      p[1][0] += nx * length * 0.25;
      p[1][1] += ny * length * 0.25;
    }
}

static void
append_arc_path (cairo_t *cr,
                 double   p[3][2])
{
  /* The quadratic Bézier as the cubic cairo wants. */
  cairo_move_to (cr, p[0][0], p[0][1]);
  cairo_curve_to (cr,
                  p[0][0] + 2.0 / 3.0 * (p[1][0] - p[0][0]),
                  p[0][1] + 2.0 / 3.0 * (p[1][1] - p[0][1]),
                  p[2][0] + 2.0 / 3.0 * (p[1][0] - p[2][0]),
                  p[2][1] + 2.0 / 3.0 * (p[1][1] - p[2][1]),
                  p[2][0], p[2][1]);
}

static void
arc_point_at (double  p[3][2],
              double  t,
              double *x,
              double *y)
{
  double u = 1 - t;

  *x = u * u * p[0][0] + 2 * u * t * p[1][0] + t * t * p[2][0];
  *y = u * u * p[0][1] + 2 * u * t * p[1][1] + t * t * p[2][1];
}

/* Only the selected tie is named: names of every tie would bury the map. */
static void
ts_map_arc_layer_place_labels (TsMapLayer         *layer,
                               cairo_t            *cr,
                               const TsMapContext *ctx,
                               TsMapLabels        *labels)
{
  if (ctx->scene == NULL)
    return;

  for (guint i = 0; i < ts_map_scene_get_n_arcs (ctx->scene); i++)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (ctx->scene, i);
      double p[3][2], mx, my;

      if (!ts_map_context_is_selected (ctx, arc->id))
        continue;
      arc_points (&ctx->view, arc, p);
      arc_point_at (p, 0.5, &mx, &my);
      ts_map_labels_place_around (labels, arc->label, mx, my,
                                  ctx->style->arc_width + 2, 10.5, TRUE,
                                  &ctx->style->arcs[arc->kind]);
    }
}

static void
draw_arc (cairo_t            *cr,
          const TsMapContext *ctx,
          const TsMapArc     *arc)
{
  const TsMapStyle *style = ctx->style;
  double p[3][2];

  arc_points (&ctx->view, arc, p);
  cairo_new_path (cr);
  append_arc_path (cr, p);
  if (ts_map_context_is_selected (ctx, arc->id))
    {
      ts_map_style_set_color (cr, &style->selection);
      cairo_set_line_width (cr, style->arc_width + 6);
      cairo_stroke_preserve (cr);
    }
  cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
  cairo_set_line_width (cr, style->arc_width + 2);
  cairo_stroke_preserve (cr);
  ts_map_style_set_color (cr, &style->arcs[arc->kind]);
  cairo_set_line_width (cr, style->arc_width);
  if (arc->kind == TS_MAP_ARC_OTHER)
    {
      double dashes[] = { 6, 4 };

      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The ends, so that a tie is readable where no marker covers it. */
  for (guint e = 0; e < 3; e += 2)
    {
      cairo_new_path (cr);
      cairo_arc (cr, p[e][0], p[e][1], style->arc_width + 0.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
ts_map_arc_layer_draw (TsMapLayer         *layer,
                       cairo_t            *cr,
                       const TsMapContext *ctx)
{
  if (ctx->scene == NULL)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < ts_map_scene_get_n_arcs (ctx->scene); i++)
    draw_arc (cr, ctx, ts_map_scene_get_arc (ctx->scene, i));
  cairo_restore (cr);
}

static gboolean
hit_test_arc (const TsMapContext *ctx,
              const TsMapArc     *arc,
              double              x,
              double              y)
{
  double p[3][2], ax, ay;

  arc_points (&ctx->view, arc, p);
  ax = p[0][0];
  ay = p[0][1];
  for (guint s = 1; s <= HIT_TEST_STEPS; s++)
    {
      double bx, by;

      arc_point_at (p, s / (double) HIT_TEST_STEPS, &bx, &by);
      if (ts_map_distance_to_segment (x, y, ax, ay, bx, by)
          <= ctx->style->arc_width / 2 + TS_MAP_HIT_TOLERANCE)
        return TRUE;
      ax = bx;
      ay = by;
    }

  return FALSE;
}

/* The last drawn tie is on top. */
static const char *
ts_map_arc_layer_hit_test (TsMapLayer         *layer,
                           const TsMapContext *ctx,
                           double              x,
                           double              y)
{
  if (ctx->scene == NULL)
    return NULL;

  for (guint i = ts_map_scene_get_n_arcs (ctx->scene); i > 0; i--)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (ctx->scene, i - 1);

      if (hit_test_arc (ctx, arc, x, y))
        return arc->id;
    }

  return NULL;
}

static void
ts_map_arc_layer_class_init (TsMapArcLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  layer_class->place_labels = ts_map_arc_layer_place_labels;
  layer_class->draw = ts_map_arc_layer_draw;
  layer_class->hit_test = ts_map_arc_layer_hit_test;
}

static void
ts_map_arc_layer_init (TsMapArcLayer *self)
{
}

TsMapLayer *
ts_map_arc_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_ARC_LAYER, NULL);
}
