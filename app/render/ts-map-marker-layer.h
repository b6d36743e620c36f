/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_MARKER_LAYER (ts_map_marker_layer_get_type ())

/* The places, sized by their number of records, with their number of
 * meetings in a badge; they place their names. */
G_DECLARE_FINAL_TYPE (TsMapMarkerLayer, ts_map_marker_layer, TS, MAP_MARKER_LAYER, TsMapLayer)

TsMapLayer *ts_map_marker_layer_new        (void);

/* Whether markers whose discs overlap at the view drawn are gathered into
 * one disc with their number (a cluster), labelled with the largest one's
 * name. Off by default: a printed map cannot be clicked open. */
void        ts_map_marker_layer_set_cluster (TsMapMarkerLayer   *self,
                                             gboolean            cluster);
gboolean    ts_map_marker_layer_get_cluster (TsMapMarkerLayer   *self);
/* The markers gathered with the one with @id at ctx's view, largest first
 * (the cluster's id is the first one's), or NULL when it is drawn alone.
 * (transfer container) (element-type TsMapMarker) */
GPtrArray  *ts_map_marker_layer_list_cluster (TsMapMarkerLayer   *self,
                                              const TsMapContext *ctx,
                                              const char         *id);

/* Makes the sprites of the markers that the drawing under way draws (its
 * markers as the last reserve () worked them out, referenced in the
 * drawing's thread: NULL when there are none), in the bands' shared
 * table (ctx->bands), where
 * cairo's user space is @matrix from the device's: called in a thread of
 * its own while the labels are placed, so that the bands find them made. */
GArray     *_ts_map_marker_layer_ref_drawing  (TsMapMarkerLayer     *self);
void        _ts_map_marker_layer_make_sprites (GArray               *drawing,
                                               const cairo_matrix_t *matrix,
                                               const TsMapContext   *ctx);

/* A place's number of meetings, in a pill centred on (bx, by): on its
 * marker and in the legend. */
void        ts_map_marker_layer_draw_badge (cairo_t          *cr,
                                            TsMapText        *setter,
                                            const TsMapStyle *style,
                                            double            bx,
                                            double            by,
                                            guint             count);

G_END_DECLS
