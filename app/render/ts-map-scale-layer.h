/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_SCALE_LAYER (ts_map_scale_layer_get_type ())

/* The bottom right corner: a scale bar of a round length, and under it
 * the basemap's attribution. */
G_DECLARE_FINAL_TYPE (TsMapScaleLayer, ts_map_scale_layer, TS, MAP_SCALE_LAYER, TsMapLayer)

TsMapLayer *ts_map_scale_layer_new (void);

G_END_DECLS
