/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_ARC_LAYER (ts_map_arc_layer_get_type ())

/* The ties between places (agreements), as bows coloured by kind; the
 * selected one is named. */
G_DECLARE_FINAL_TYPE (TsMapArcLayer, ts_map_arc_layer, TS, MAP_ARC_LAYER, TsMapLayer)

TsMapLayer *ts_map_arc_layer_new (void);

G_END_DECLS
