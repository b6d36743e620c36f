/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_ROUTE_LAYER (ts_map_route_layer_get_type ())

/* The railway and road projects, as thick dashed lines that labels keep
 * off; each is named along its length. */
G_DECLARE_FINAL_TYPE (TsMapRouteLayer, ts_map_route_layer, TS, MAP_ROUTE_LAYER, TsMapLayer)

TsMapLayer *ts_map_route_layer_new (void);

G_END_DECLS
