/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

/* What one instance of the layer does: the renderer stacks two. */
typedef enum
{
  /* Above the basemap: the selected area's outline, and a pointer on a
   * tinted shape (the basemap fills it, see ts_map_area_get_tint ()). */
  TS_MAP_AREA_LAYER_SHAPES,
  /* Above the markers: the count badges, which labels keep clear of. */
  TS_MAP_AREA_LAYER_BADGES,
} TsMapAreaLayerRole;

/* The tint's steps for a scene: from 1 to the most records an area holds,
 * in up to TS_MAP_N_AREA_STEPS equal steps; step i holds min[i] to max[i]
 * records. */
typedef struct
{
  guint n_steps;  /* 0 when no area holds records */
  guint min[TS_MAP_N_AREA_STEPS];
  guint max[TS_MAP_N_AREA_STEPS];
} TsMapAreaScale;

void                    ts_map_area_scale_init       (TsMapAreaScale     *scale,
                                                      TsMapScene         *scene);
/* The step of @weight records, or -1 for none (no records). */
int                     ts_map_area_scale_find       (const TsMapAreaScale *scale,
                                                      guint               weight);
/* The tint of @step: spread over the style's from light to strong. */
const TsMapRgb         *ts_map_area_scale_get_tint   (const TsMapAreaScale *scale,
                                                      const TsMapStyle   *style,
                                                      int                 step);

#define TS_TYPE_MAP_AREA_LAYER (ts_map_area_layer_get_type ())

/* The scene's areas (TsMapArea): countries holding records, drawn on
 * their basemap shape, tinted by their number of records, with that number
 * in a badge at the shape's label point. */
G_DECLARE_FINAL_TYPE (TsMapAreaLayer, ts_map_area_layer, TS, MAP_AREA_LAYER, TsMapLayer)

TsMapLayer             *ts_map_area_layer_new        (TsMapAreaLayerRole  role);

/* The basemap shape of the country with code @iso_a2 as a view at @view's
 * zoom draws it, or NULL. */
const TsBasemapCountry *ts_map_area_find_shape       (TsBasemap          *basemap,
                                                      const TsView       *view,
                                                      const char         *iso_a2);
/* The colour the basemap fills @country with when it holds records of
 * ctx->scene, or NULL for its usual one. */
const TsMapRgb         *ts_map_area_get_tint         (const TsMapContext *ctx,
                                                      const TsBasemapCountry *country);
/* Where @area's badge goes before it makes way for markers: its shape's
 * label point (well inside its largest part), or its record's point when
 * the basemap has no shape for it. */
void                    ts_map_area_get_anchor       (TsBasemap          *basemap,
                                                      const TsMapArea    *area,
                                                      double             *lon,
                                                      double             *lat);
/* An area's number of records, in a badge centred on (cx, cy): on the map
 * and in the legend. */
void                    ts_map_area_layer_draw_badge (cairo_t            *cr,
                                                      TsMapText          *setter,
                                                      const TsMapStyle   *style,
                                                      double              cx,
                                                      double              cy,
                                                      guint               count,
                                                      gboolean            selected);

G_END_DECLS
