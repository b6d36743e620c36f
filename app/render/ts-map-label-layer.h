/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_LABEL_LAYER (ts_map_label_layer_get_type ())

/* The names of the scene's places, routes and ties, which the layers
 * under it placed, drawn over them all. */
G_DECLARE_FINAL_TYPE (TsMapLabelLayer, ts_map_label_layer, TS, MAP_LABEL_LAYER, TsMapLayer)

TsMapLayer *ts_map_label_layer_new (void);

G_END_DECLS
