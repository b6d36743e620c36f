/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-label-placer.h"
#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_LEGEND_LAYER (ts_map_legend_layer_get_type ())

/* The key in the bottom left corner: the emphasised countries, then a row
 * per kind of thing the scene shows. */
G_DECLARE_FINAL_TYPE (TsMapLegendLayer, ts_map_legend_layer, TS, MAP_LEGEND_LAYER, TsMapLayer)

TsMapLayer *ts_map_legend_layer_new     (void);
/* The box the legend takes in @ctx's viewport (@cr measures its text). */
void        ts_map_legend_layer_get_box (TsMapLayer         *self,
                                         cairo_t            *cr,
                                         const TsMapContext *ctx,
                                         TsLabelBox         *box);

G_END_DECLS
