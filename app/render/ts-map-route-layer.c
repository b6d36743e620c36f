/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-route-layer"

#include "config.h"

#include <math.h>

#include "ts-map-labels.h"
#include "ts-map-renderer.h"
#include "ts-map-route-layer.h"

/* Labels keep off the routes: a box every this many pixels along them. */
#define RESERVE_STEP 6
#define RESERVE_MAX_STEPS 2000

struct _TsMapRouteLayer
{
  TsMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (TsMapRouteLayer, ts_map_route_layer, TS_TYPE_MAP_LAYER)

static void
append_route_path (cairo_t          *cr,
                   const TsView     *view,
                   const TsMapRoute *route)
{
  for (guint i = 0; i < route->n_points; i++)
    {
      double px, py;

      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &px, &py);
      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
}

/* The point at @fraction of the route's length on screen. */
static void
route_point_at (const TsView     *view,
                const TsMapRoute *route,
                double            fraction,
                double           *mx,
                double           *my)
{
  double total = 0, walked = 0;
  double px = 0, py = 0;

  for (guint i = 1; i < route->n_points; i++)
    {
      double ax, ay, bx, by;

      ts_view_lonlat_to_pixel (view, route->points[i - 1].lon, route->points[i - 1].lat, &ax, &ay);
      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &bx, &by);
      total += hypot (bx - ax, by - ay);
    }

  ts_view_lonlat_to_pixel (view, route->points[0].lon, route->points[0].lat, &px, &py);
  *mx = px;
  *my = py;
  for (guint i = 1; i < route->n_points; i++)
    {
      double bx, by, step;

      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &bx, &by);
      step = hypot (bx - px, by - py);
      if (step > 0 && walked + step >= total * fraction)
        {
          double t = (total * fraction - walked) / step;

          *mx = px + t * (bx - px);
          *my = py + t * (by - py);
          return;
        }
      walked += step;
      px = bx;
      py = by;
    }
}

static void
reserve_route (const TsMapContext *ctx,
               const TsMapRoute   *route,
               TsMapLabels        *labels)
{
  const TsView *view = &ctx->view;
  const double half = ctx->style->route_width / 2 + ctx->style->route_casing;
  double ax = 0, ay = 0;

  for (guint p = 0; p < route->n_points; p++)
    {
      double bx, by, length;
      guint steps;

      ts_view_lonlat_to_pixel (view, route->points[p].lon, route->points[p].lat, &bx, &by);
      length = p > 0 ? hypot (bx - ax, by - ay) : 0;
      steps = MIN ((guint) (length / RESERVE_STEP) + 1, RESERVE_MAX_STEPS);
      for (guint s = 0; s <= steps; s++)
        {
          double x = p > 0 ? ax + (bx - ax) * s / steps : bx;
          double y = p > 0 ? ay + (by - ay) * s / steps : by;
          TsLabelBox box = { x - half, y - half, x + half, y + half };

          if (x > -half && y > -half && x < view->width + half && y < view->height + half)
            ts_map_labels_reserve (labels, &box);
        }
      ax = bx;
      ay = by;
    }
}

static void
ts_map_route_layer_reserve (TsMapLayer         *layer,
                            cairo_t            *cr,
                            const TsMapContext *ctx,
                            TsMapLabels        *labels)
{
  if (ctx->scene == NULL)
    return;

  /* A route of the same shape as one before takes the same boxes. */
  for (guint i = 0; i < ts_map_scene_get_n_routes (ctx->scene); i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (ctx->scene, i);

      if (route->shape == i)
        reserve_route (ctx, route, labels);
    }
}

/* A route's name at its middle, or failing that further along it. */
static void
ts_map_route_layer_place_labels (TsMapLayer         *layer,
                                 cairo_t            *cr,
                                 const TsMapContext *ctx,
                                 TsMapLabels        *labels)
{
  const double fractions[] = { 0.5, 0.3, 0.7, 0.15, 0.85 };
  const double gap = ctx->style->route_width + 2;
  guint n;
  /* For each shape, the least box of a name that had no room at any of
   * its points: room is only ever taken, so no name whose least box is as
   * large will find any there (2 000 projects on one railway are not all
   * tried). */
  g_autofree double *full_w = NULL, *full_h = NULL;

  if (ctx->scene == NULL)
    return;

  n = ts_map_scene_get_n_routes (ctx->scene);
  full_w = g_new (double, n);
  full_h = g_new (double, n);
  for (guint i = 0; i < n; i++)
    full_w[i] = full_h[i] = G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (ctx->scene, i);
      double points[G_N_ELEMENTS (fractions)][2];
      gboolean may_fit = FALSE;
      double w = 0, h = 0;

      if (route->n_points < 2)
        continue;
      /* The first route of its shape placed this name, or found no room
       * for it, where this one would try: it would find none. */
      if (route->shape != i
          && g_str_equal (route->label, ts_map_scene_get_route (ctx->scene, route->shape)->label))
        continue;
      for (guint f = 0; f < G_N_ELEMENTS (fractions); f++)
        {
          route_point_at (&ctx->view, route, fractions[f], &points[f][0], &points[f][1]);
          if (f == 0)
            {
              /* The least box, known from the first point on. */
              ts_map_labels_may_fit_around (labels, route->label, points[f][0], points[f][1],
                                            gap, 10.5, TRUE, &w, &h);
              if (w >= full_w[route->shape] && h >= full_h[route->shape])
                break;
            }
          may_fit = may_fit || ts_map_labels_may_fit_around (labels, route->label,
                                                             points[f][0], points[f][1], gap,
                                                             10.5, TRUE, NULL, NULL);
        }
      if (!may_fit)
        {
          if (w > 0 && h > 0 && (w < full_w[route->shape] || h < full_h[route->shape]))
            {
              /* Two boxes: the one not larger in both is kept. */
              if (full_w[route->shape] == G_MAXDOUBLE
                  || (w <= full_w[route->shape] && h <= full_h[route->shape]))
                {
                  full_w[route->shape] = w;
                  full_h[route->shape] = h;
                }
            }
          continue;
        }
      for (guint f = 0; f < G_N_ELEMENTS (fractions); f++)
        {
          if (ts_map_labels_place_around (labels, route->label, points[f][0], points[f][1],
                                          gap, 10.5, TRUE, &ctx->style->route))
            break;
        }
    }
}

static void
draw_route (cairo_t            *cr,
            const TsMapContext *ctx,
            const TsMapRoute   *route,
            gboolean            selected)
{
  const TsMapStyle *style = ctx->style;
  double dashes[] = { 7, 7 };

  cairo_new_path (cr);
  append_route_path (cr, &ctx->view, route);
  if (selected)
    {
      ts_map_style_set_color (cr, &style->selection);
      cairo_set_line_width (cr, style->route_width + 2 * style->route_casing + 6);
      cairo_stroke_preserve (cr);
    }
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, style->route_width + 2 * style->route_casing);
  cairo_stroke_preserve (cr);
  ts_map_style_set_color (cr, &style->route);
  cairo_set_line_width (cr, style->route_width);
  cairo_stroke_preserve (cr);
  /* Ties inside the line: the usual sign for a railway or a road being
   * built, and it sets routes apart from borders. */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
}

static void
ts_map_route_layer_draw (TsMapLayer         *layer,
                         cairo_t            *cr,
                         const TsMapContext *ctx)
{
  guint n;
  g_autofree guint *last = NULL;
  g_autofree gboolean *selected = NULL;

  if (ctx->scene == NULL)
    return;

  /* Routes of one shape (a store's projects on one railway) look the same
   * drawn once as drawn over each other: each shape is drawn once, where
   * the last route of it was drawn over the routes before, selected if
   * any route of it is. */
  n = ts_map_scene_get_n_routes (ctx->scene);
  last = g_new (guint, n);
  selected = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (ctx->scene, i);

      last[route->shape] = i;
      if (ts_map_context_is_selected (ctx, route->id))
        selected[route->shape] = TRUE;
    }

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (ctx->scene, i);

      if (route->n_points >= 2 && last[route->shape] == i)
        draw_route (cr, ctx, route, selected[route->shape]);
    }
  cairo_restore (cr);
}

static gboolean
hit_test_route (const TsMapContext *ctx,
                const TsMapRoute   *route,
                double              x,
                double              y)
{
  const double reach = ctx->style->route_width / 2 + ctx->style->route_casing
                       + TS_MAP_HIT_TOLERANCE;
  double ax = 0, ay = 0;

  for (guint p = 0; p < route->n_points; p++)
    {
      double bx, by;

      ts_view_lonlat_to_pixel (&ctx->view, route->points[p].lon, route->points[p].lat,
                               &bx, &by);
      if (p > 0 && ts_map_distance_to_segment (x, y, ax, ay, bx, by) <= reach)
        return TRUE;
      ax = bx;
      ay = by;
    }

  return FALSE;
}

/* The last drawn route is on top. */
static const char *
ts_map_route_layer_hit_test (TsMapLayer         *layer,
                             const TsMapContext *ctx,
                             double              x,
                             double              y)
{
  if (ctx->scene == NULL)
    return NULL;

  for (guint i = ts_map_scene_get_n_routes (ctx->scene); i > 0; i--)
    {
      const TsMapRoute *route = ts_map_scene_get_route (ctx->scene, i - 1);

      if (hit_test_route (ctx, route, x, y))
        return route->id;
    }

  return NULL;
}

static void
ts_map_route_layer_class_init (TsMapRouteLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  layer_class->reserve = ts_map_route_layer_reserve;
  layer_class->place_labels = ts_map_route_layer_place_labels;
  layer_class->draw = ts_map_route_layer_draw;
  layer_class->hit_test = ts_map_route_layer_hit_test;
}

static void
ts_map_route_layer_init (TsMapRouteLayer *self)
{
}

TsMapLayer *
ts_map_route_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_ROUTE_LAYER, NULL);
}
