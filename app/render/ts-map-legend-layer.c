/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-legend-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-country.h"
#include "ts-map-area-layer.h"
#include "ts-map-labels.h"
#include "ts-map-legend-layer.h"
#include "ts-map-marker-layer.h"

#define MAX_ROWS 16
#define ROW_HEIGHT 19.0
#define SWATCH_WIDTH 26.0
#define PADDING 10.0
#define TEXT_SIZE 11.0

struct _TsMapLegendLayer
{
  TsMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (TsMapLegendLayer, ts_map_legend_layer, TS_TYPE_MAP_LAYER)

typedef enum
{
  ROW_COUNTRY,
  ROW_MARKER,
  ROW_BADGE,
  ROW_AREA,
  ROW_AREA_STEPS,
  ROW_ARC,
  ROW_ROUTE,
} RowKind;

typedef struct
{
  RowKind     kind;
  int         index;  /* of the emphasised country, or the arc kind */
  const char *text;
} Row;

typedef struct
{
  Row    rows[MAX_ROWS];
  guint  n_rows;
  char   step_texts[TS_MAP_N_AREA_STEPS][64];
  guint  n_steps;
  double x, y, width, height;
} Legend;

static void
add_row (Legend     *legend,
         RowKind     kind,
         int         index,
         const char *text)
{
  g_assert (legend->n_rows < MAX_ROWS);
  legend->rows[legend->n_rows++] = (Row) { kind, index, text };
}

/* Countries holding records: their badge, then a row of the steps of
 * their tint (ts-map-area-layer.h), "1–5", "6–10"…, written into
 * @legend. */
static void
add_area_rows (Legend     *legend,
               TsMapScene *scene)
{
  TsMapAreaScale scale;

  ts_map_area_scale_init (&scale, scene);
  if (scale.n_steps == 0)
    return;

  /* Translators: the map's legend: records placed at a country or a
   * province itself (its shape is tinted); those at its cities count on
   * their markers */
  add_row (legend, ROW_AREA, 0, _("Records at a country or province as a whole"));
  for (guint i = 0; i < scale.n_steps; i++)
    {
      char *text = legend->step_texts[i];
      gsize size = sizeof legend->step_texts[i];

      if (scale.min[i] == scale.max[i])
        g_snprintf (text, size, "%u", scale.min[i]);
      else
        /* Translators: a step of the map's tint of countries by their
         * number of records, from … to … */
        g_snprintf (text, size, C_("map legend", "%u–%u"), scale.min[i], scale.max[i]);
    }
  legend->n_steps = scale.n_steps;
  add_row (legend, ROW_AREA_STEPS, 0, NULL);
}

static void
add_scene_rows (Legend           *legend,
                const TsMapStyle *style,
                TsMapScene       *scene)
{
  gboolean arc_kinds[TS_MAP_N_ARC_KINDS] = { FALSE, };
  gboolean any_meetings = FALSE;

  if (ts_map_scene_get_n_markers (scene) > 0)
    add_row (legend, ROW_MARKER, 0, _("Place, sized by records"));
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    any_meetings |= ts_map_scene_get_marker (scene, i)->n_meetings > 0;
  if (any_meetings)
    add_row (legend, ROW_BADGE, 0, _("Meetings held there"));
  add_area_rows (legend, scene);
  for (guint i = 0; i < ts_map_scene_get_n_arcs (scene); i++)
    arc_kinds[ts_map_scene_get_arc (scene, i)->kind] = TRUE;
  if (arc_kinds[TS_MAP_ARC_FRIENDLY_PROVINCES])
    add_row (legend, ROW_ARC, TS_MAP_ARC_FRIENDLY_PROVINCES, _("Friendly provinces"));
  if (arc_kinds[TS_MAP_ARC_SISTER_CITIES])
    add_row (legend, ROW_ARC, TS_MAP_ARC_SISTER_CITIES, _("Sister cities"));
  if (arc_kinds[TS_MAP_ARC_OTHER])
    add_row (legend, ROW_ARC, TS_MAP_ARC_OTHER, _("Other ties"));
  if (ts_map_scene_get_n_routes (scene) > 0)
    add_row (legend, ROW_ROUTE, 0, _("Railway or road project"));
}

#define STEP_SWATCH_WIDTH 14.0

/* The steps of the countries' tint in a row, each a patch of it beside
 * its numbers, from (x, cy); measures only when @cr is NULL. Returns the
 * row's width. */
static double
draw_area_steps (cairo_t            *cr,
                 const TsMapContext *ctx,
                 const Legend       *legend,
                 double              x,
                 double              cy)
{
  TsMapAreaScale scale;
  double width = 0;

  ts_map_area_scale_init (&scale, ctx->scene);
  for (guint i = 0; i < legend->n_steps && i < scale.n_steps; i++)
    {
      TsMapTextExtents extents;

      ts_map_text_measure (ctx->text, legend->step_texts[i], TEXT_SIZE, TS_MAP_TEXT_REGULAR,
                           &extents);
      if (cr != NULL)
        {
          cairo_new_path (cr);
          cairo_rectangle (cr, x + width + 0.5, cy - 5.5, STEP_SWATCH_WIDTH - 1, 11);
          ts_map_style_set_color (cr, ts_map_area_scale_get_tint (&scale, ctx->style, i));
          cairo_fill_preserve (cr);
          ts_map_style_set_color (cr, &ctx->style->border);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          ts_map_style_set_color (cr, &ctx->style->legend_text);
          ts_map_text_show (ctx->text, cr, legend->step_texts[i], TEXT_SIZE,
                            TS_MAP_TEXT_REGULAR, x + width + STEP_SWATCH_WIDTH + 4, cy + 4);
        }
      width += STEP_SWATCH_WIDTH + 4 + extents.width + 10;
    }

  return MAX (width - 10, 0);
}

/* The rows, and the box that holds them above the bottom left corner. */
static void
lay_out (Legend             *legend,
         cairo_t            *cr,
         const TsMapContext *ctx)
{
  double text_width = 0;

  legend->n_rows = 0;
  legend->n_steps = 0;
  /* The style's emphasised countries (China, Kyrgyzstan, Uzbekistan),
   * named as everywhere else. */
  for (guint i = 0; i < ctx->style->n_emphasised; i++)
    add_row (legend, ROW_COUNTRY, i, ts_country_get_name (ctx->style->emphasised[i].iso_a2));
  if (ctx->scene != NULL)
    add_scene_rows (legend, ctx->style, ctx->scene);

  for (guint i = 0; i < legend->n_rows; i++)
    {
      TsMapTextExtents extents;

      if (legend->rows[i].kind == ROW_AREA_STEPS)
        {
          /* It starts where the swatches do. */
          text_width = MAX (text_width, draw_area_steps (NULL, ctx, legend, 0, 0)
                                        - SWATCH_WIDTH - 8);
          continue;
        }
      ts_map_text_measure (ctx->text, legend->rows[i].text, TEXT_SIZE, TS_MAP_TEXT_REGULAR,
                           &extents);
      text_width = MAX (text_width, extents.width);
    }

  legend->width = PADDING + SWATCH_WIDTH + 8 + text_width + PADDING;
  legend->height = PADDING + legend->n_rows * ROW_HEIGHT + PADDING - 4;
  legend->x = ctx->style->margin;
  legend->y = ctx->view.height - ctx->style->margin - legend->height;
}

static void
ts_map_legend_layer_reserve (TsMapLayer         *layer,
                             cairo_t            *cr,
                             const TsMapContext *ctx,
                             TsMapLabels        *labels)
{
  Legend legend;
  TsLabelBox box;

  lay_out (&legend, cr, ctx);
  box = (TsLabelBox) { legend.x, legend.y, legend.x + legend.width, legend.y + legend.height };
  ts_map_labels_reserve (labels, &box);
}

static const TsMapRgb *
area_get_tint (const TsMapContext *ctx,
               const char         *iso_a2)
{
  const TsBasemapCountry *country = ts_basemap_lookup_country (ctx->basemap,
                                                               TS_BASEMAP_LAYER_WORLD, iso_a2);

  return country != NULL ? ts_map_area_get_tint (ctx, country) : NULL;
}

static void
draw_frame (cairo_t      *cr,
            const Legend *legend)
{
  double x = legend->x, y = legend->y, w = legend->width, h = legend->height;

  cairo_new_path (cr);
  cairo_arc (cr, x + w - 6, y + 6, 6, -G_PI / 2, 0);
  cairo_arc (cr, x + w - 6, y + h - 6, 6, 0, G_PI / 2);
  cairo_arc (cr, x + 6, y + h - 6, 6, G_PI / 2, G_PI);
  cairo_arc (cr, x + 6, y + 6, 6, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.14);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Its fill, or its tint when it holds records (ts-map-area-layer.h). */
static void
draw_country_swatch (cairo_t             *cr,
                     const TsMapContext  *ctx,
                     const TsMapEmphasis *emphasis,
                     double               cx,
                     double               cy)
{
  const TsMapRgb *tint = area_get_tint (ctx, emphasis->iso_a2);

  cairo_rectangle (cr, cx - SWATCH_WIDTH / 2 + 0.5, cy - 6.5, SWATCH_WIDTH - 1, 13);
  ts_map_style_set_color (cr, tint != NULL ? tint : &emphasis->fill);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &emphasis->border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* A small and a large place. */
static void
draw_marker_swatch (cairo_t          *cr,
                    const TsMapStyle *style,
                    double            cx,
                    double            cy)
{
  cairo_arc (cr, cx - 6, cy, 4, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx + 5, cy, 7, 0, 2 * G_PI);
  ts_map_style_set_color (cr, &style->marker);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

static void
draw_arc_swatch (cairo_t          *cr,
                 const TsMapStyle *style,
                 TsMapArcKind      kind,
                 double            cx,
                 double            cy)
{
  cairo_move_to (cr, cx - SWATCH_WIDTH / 2 + 2, cy + 4);
  cairo_curve_to (cr, cx - 4, cy - 6, cx + 4, cy - 6, cx + SWATCH_WIDTH / 2 - 2, cy + 4);
  ts_map_style_set_color (cr, &style->arcs[kind]);
  cairo_set_line_width (cr, style->arc_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (kind == TS_MAP_ARC_OTHER)
    {
      double dashes[] = { 4, 3 };

      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_route_swatch (cairo_t          *cr,
                   const TsMapStyle *style,
                   double            cx,
                   double            cy)
{
  double dashes[] = { 5, 5 };

  cairo_move_to (cr, cx - SWATCH_WIDTH / 2 + 3, cy);
  cairo_line_to (cr, cx + SWATCH_WIDTH / 2 - 3, cy);
  ts_map_style_set_color (cr, &style->route);
  cairo_set_line_width (cr, style->route_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_row (cairo_t            *cr,
          const TsMapContext *ctx,
          const Legend       *legend,
          guint               i)
{
  const Row *row = &legend->rows[i];
  double cx = legend->x + PADDING + SWATCH_WIDTH / 2;
  double cy = legend->y + PADDING + i * ROW_HEIGHT + ROW_HEIGHT / 2 - 2;

  cairo_new_path (cr);
  switch (row->kind)
    {
    case ROW_COUNTRY:
      draw_country_swatch (cr, ctx, &ctx->style->emphasised[row->index], cx, cy);
      break;

    case ROW_MARKER:
      draw_marker_swatch (cr, ctx->style, cx, cy);
      break;

    case ROW_BADGE:
      ts_map_marker_layer_draw_badge (cr, ctx->text, ctx->style, cx, cy, 3);
      break;

    case ROW_AREA:
      ts_map_area_layer_draw_badge (cr, ctx->text, ctx->style, cx, cy, 3, FALSE);
      break;

    case ROW_AREA_STEPS:
      draw_area_steps (cr, ctx, legend, legend->x + PADDING, cy);
      return;

    case ROW_ARC:
      draw_arc_swatch (cr, ctx->style, row->index, cx, cy);
      break;

    case ROW_ROUTE:
      draw_route_swatch (cr, ctx->style, cx, cy);
      break;

    default:
      g_assert_not_reached ();
    }

  ts_map_style_set_color (cr, &ctx->style->legend_text);
  ts_map_text_show (ctx->text, cr, row->text, TEXT_SIZE, TS_MAP_TEXT_REGULAR,
                    legend->x + PADDING + SWATCH_WIDTH + 8, cy + 4);
}

static void
ts_map_legend_layer_draw (TsMapLayer         *layer,
                          cairo_t            *cr,
                          const TsMapContext *ctx)
{
  Legend legend;

  lay_out (&legend, cr, ctx);

  cairo_save (cr);
  draw_frame (cr, &legend);
  for (guint i = 0; i < legend.n_rows; i++)
    draw_row (cr, ctx, &legend, i);
  cairo_restore (cr);
}

static void
ts_map_legend_layer_class_init (TsMapLegendLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  layer_class->reserve = ts_map_legend_layer_reserve;
  layer_class->draw = ts_map_legend_layer_draw;
}

static void
ts_map_legend_layer_init (TsMapLegendLayer *self)
{
}

TsMapLayer *
ts_map_legend_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_LEGEND_LAYER, NULL);
}

void
ts_map_legend_layer_get_box (TsMapLayer         *self,
                             cairo_t            *cr,
                             const TsMapContext *ctx,
                             TsLabelBox         *box)
{
  Legend legend;

  g_return_if_fail (TS_IS_MAP_LEGEND_LAYER (self));

  lay_out (&legend, cr, ctx);
  *box = (TsLabelBox) { legend.x, legend.y, legend.x + legend.width, legend.y + legend.height };
}
