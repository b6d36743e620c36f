/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-scale-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-map-labels.h"
#include "ts-map-scale-layer.h"

#define ATTRIBUTION_SIZE 9.0
#define SCALE_TEXT_SIZE 10.5

struct _TsMapScaleLayer
{
  TsMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (TsMapScaleLayer, ts_map_scale_layer, TS_TYPE_MAP_LAYER)

/* Where the attribution and the scale bar go. */
typedef struct
{
  const char *attribution;
  double      attribution_x;
  double      attribution_y;
  TsLabelBox  attribution_box;

  char        scale_text[32];
  double      scale_x0;
  double      scale_x1;
  double      scale_y;
  double      scale_text_x;
  TsLabelBox  scale_box;
} Corner;

static void
lay_out_attribution (Corner             *corner,
                     cairo_t            *cr,
                     const TsMapContext *ctx)
{
  const TsView *view = &ctx->view;
  TsMapTextExtents extents;
  double x, y;

  corner->attribution = ts_basemap_get_attribution (ctx->basemap);
  ts_map_text_measure (ctx->text, corner->attribution, ATTRIBUTION_SIZE, TS_MAP_TEXT_REGULAR,
                       &extents);
  x = view->width - ctx->style->margin - extents.width;
  y = view->height - 6;
  corner->attribution_x = x;
  corner->attribution_y = y;
  corner->attribution_box = (TsLabelBox) { x - 2, y - 11, view->width, view->height };
}

/* A round length of 75–150 pixels at the view's centre, just above the
 * attribution. */
static void
lay_out_scale_bar (Corner             *corner,
                   cairo_t            *cr,
                   const TsMapContext *ctx)
{
  const TsView *view = &ctx->view;
  double metres_per_pixel = ts_view_metres_per_pixel (view);
  double target_km = metres_per_pixel * 150 / 1000;
  double magnitude = pow (10, floor (log10 (target_km)));
  double km = magnitude;
  double x0, x1, y;
  TsMapTextExtents extents;

  if (5 * magnitude <= target_km)
    km = 5 * magnitude;
  else if (2 * magnitude <= target_km)
    km = 2 * magnitude;
  x1 = view->width - ctx->style->margin;
  x0 = x1 - km * 1000 / metres_per_pixel;
  y = corner->attribution_box.y0 - 4;

  g_snprintf (corner->scale_text, sizeof corner->scale_text, _("%g km"), km);
  ts_map_text_measure (ctx->text, corner->scale_text, SCALE_TEXT_SIZE, TS_MAP_TEXT_REGULAR,
                       &extents);

  corner->scale_x0 = x0;
  corner->scale_x1 = x1;
  corner->scale_y = y;
  corner->scale_text_x = (x0 + x1) / 2 - extents.width / 2;
  corner->scale_box = (TsLabelBox) { MIN (x0, corner->scale_text_x) - 2, y - 18, x1 + 2, y + 3 };
}

static void
lay_out (Corner             *corner,
         cairo_t            *cr,
         const TsMapContext *ctx)
{
  lay_out_attribution (corner, cr, ctx);
  lay_out_scale_bar (corner, cr, ctx);
}

static void
ts_map_scale_layer_reserve (TsMapLayer         *layer,
                            cairo_t            *cr,
                            const TsMapContext *ctx,
                            TsMapLabels        *labels)
{
  Corner corner;

  lay_out (&corner, cr, ctx);
  ts_map_labels_reserve (labels, &corner.attribution_box);
  ts_map_labels_reserve (labels, &corner.scale_box);
}

static void
draw_scale_bar (cairo_t            *cr,
                const TsMapContext *ctx,
                const Corner       *corner)
{
  double x0 = corner->scale_x0, x1 = corner->scale_x1, y = corner->scale_y;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y - 6);
  cairo_line_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_line_to (cr, x1, y - 6);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_set_line_width (cr, 4);
  cairo_stroke_preserve (cr);
  ts_map_style_set_color (cr, &ctx->style->legend_text);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  ts_map_style_show_text_with_halo (ctx->style, ctx->text, cr, corner->scale_text,
                                    SCALE_TEXT_SIZE, TS_MAP_TEXT_REGULAR, corner->scale_text_x,
                                    y - 5, &ctx->style->legend_text, 3);
  cairo_restore (cr);
}

static void
ts_map_scale_layer_draw (TsMapLayer         *layer,
                         cairo_t            *cr,
                         const TsMapContext *ctx)
{
  Corner corner;

  lay_out (&corner, cr, ctx);
  draw_scale_bar (cr, ctx, &corner);
  ts_map_style_show_text_with_halo (ctx->style, ctx->text, cr, corner.attribution,
                                    ATTRIBUTION_SIZE, TS_MAP_TEXT_REGULAR, corner.attribution_x,
                                    corner.attribution_y, &ctx->style->country_label, 2.5);
}

static void
ts_map_scale_layer_class_init (TsMapScaleLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  layer_class->reserve = ts_map_scale_layer_reserve;
  layer_class->draw = ts_map_scale_layer_draw;
}

static void
ts_map_scale_layer_init (TsMapScaleLayer *self)
{
}

TsMapLayer *
ts_map_scale_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_SCALE_LAYER, NULL);
}
