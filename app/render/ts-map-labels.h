/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "ts-label-placer.h"
#include "ts-map-layer.h"
#include "ts-map-style.h"

G_BEGIN_DECLS

/* Where a placed label is drawn: with the countries, under the scene
 * (country names), or over the whole scene (the names of its items). */
typedef enum
{
  TS_MAP_LABEL_PLANE_BASEMAP,
  TS_MAP_LABEL_PLANE_SCENE,
} TsMapLabelPlane;

/* The labels of one drawing: the placer that keeps them apart and the
 * labels placed so far, with what drawing them takes. Text is measured
 * here, by @text (the drawing's, which must outlive the labels); the
 * placer only sees boxes. */
TsMapLabels   *ts_map_labels_new          (double              width,
                                           double              height,
                                           TsMapText          *text);
void           ts_map_labels_free         (TsMapLabels        *self);

/* Room no label may cover. */
void           ts_map_labels_reserve      (TsMapLabels        *self,
                                           const TsLabelBox   *box);
TsLabelPlacer *ts_map_labels_get_placer   (TsMapLabels        *self);

/* A label placed by the caller: @text with its baseline origin at (x, y). */
void           ts_map_labels_add          (TsMapLabels        *self,
                                           TsMapLabelPlane     plane,
                                           const char         *text,
                                           double              x,
                                           double              y,
                                           double              size,
                                           gboolean            bold,
                                           gboolean            italic,
                                           const TsMapRgb     *color);

/* A scene label next to a thing of radius @gap at (cx, cy): the first of
 * the positions right, left, above, below, then the diagonals, that is
 * free. Returns whether the label found a place. */
gboolean       ts_map_labels_place_around (TsMapLabels        *self,
                                           const char         *text,
                                           double              cx,
                                           double              cy,
                                           double              gap,
                                           double              size,
                                           gboolean            bold,
                                           const TsMapRgb     *color);

/* Whether ts_map_labels_place_around () might place @text there: FALSE
 * when every position is taken for the least box its text may take
 * (@least_width × @least_height, also returned, 0 where not known), which
 * no text at least that large would find either. */
gboolean       ts_map_labels_may_fit_around (TsMapLabels      *self,
                                             const char       *text,
                                             double            cx,
                                             double            cy,
                                             double            gap,
                                             double            size,
                                             gboolean          bold,
                                             double           *least_width,
                                             double           *least_height);

/* Draws the labels of @plane in the order they were placed, set by
 * ctx->text in ctx->style; of a band (ctx->bands), those reaching it. */
void           ts_map_labels_draw         (TsMapLabels        *self,
                                           cairo_t            *cr,
                                           const TsMapContext *ctx,
                                           TsMapLabelPlane     plane);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsMapLabels, ts_map_labels_free)

G_END_DECLS
