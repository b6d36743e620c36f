/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_BASEMAP_LAYER (ts_map_basemap_layer_get_type ())

/* The countries, the emphasised ones tinted, the graticule over them and
 * the country names, which give way to every other label. */
G_DECLARE_FINAL_TYPE (TsMapBasemapLayer, ts_map_basemap_layer, TS, MAP_BASEMAP_LAYER, TsMapLayer)

TsMapLayer *ts_map_basemap_layer_new                (void);

gboolean    ts_map_basemap_layer_get_show_graticule (TsMapBasemapLayer *self);
void        ts_map_basemap_layer_set_show_graticule (TsMapBasemapLayer *self,
                                                     gboolean           show);

/* The two halves of the layer's drawing, for the renderer, which may draw
 * the ground in another thread while the labels are placed: the countries
 * and the graticule, which no label changes; the country names placed. */
void        ts_map_basemap_layer_draw_ground        (TsMapBasemapLayer  *self,
                                                     cairo_t            *cr,
                                                     const TsMapContext *ctx);
void        ts_map_basemap_layer_draw_names         (TsMapBasemapLayer  *self,
                                                     cairo_t            *cr,
                                                     const TsMapContext *ctx);

G_END_DECLS
