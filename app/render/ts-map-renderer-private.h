/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-layer.h"
#include "ts-map-renderer.h"
#include "ts-picture-output.h"

G_BEGIN_DECLS

/* Whether a drawing onto an image may draw the countries in a thread of
 * their own while the labels are placed (the default, on two cores or
 * more); the tests compare the two pictures. */
void _ts_map_renderer_set_threaded (TsMapRenderer *self,
                                    gboolean       threaded);

/* Draws the whole map as ts_map_renderer_draw () does, onto @cr drawing on
 * the whole of an RGB24 or ARGB32 image (unrotated): the layers above the
 * countries in two bands of the image's rows, above and from @boundary
 * (or, when -1, a little below the middle: the second band's thread starts
 * later), in two threads, each then calling @rows_done
 * with its rows in its thread. The same pixels as drawn in one. Returns
 * FALSE, having drawn nothing, where @cr is not such a drawing. */
gboolean _ts_map_renderer_draw_in_bands (TsMapRenderer         *self,
                                         cairo_t               *cr,
                                         int                    width,
                                         int                    height,
                                         int                    boundary,
                                         TsPictureRowsDoneFunc  rows_done,
                                         gpointer               rows_data);

/* How the layers above the countries are drawn in two bands: the first row
 * of the second, in the target's pixels (or -1: a little below the
 * middle), and what is
 * told of each band's rows once drawn. */
typedef struct
{
  int                    boundary;
  TsPictureRowsDoneFunc  rows_done;
  gpointer               rows_data;
} TsMapBanding;

/* A cairo context onto @target with @cr's transformation, clip and
 * drawing settings (antialiasing, tolerance, operator), for another thread
 * to draw what @cr would; NULL when @cr's clip is not rectangles. */
cairo_t *_ts_map_renderer_copy_context      (cairo_t            *cr,
                                             cairo_surface_t    *target);

/* The layers above the countries onto @cr, from the bottom up: of the
 * basemap layer its names, when @ground_drawn. */
void     _ts_map_renderer_draw_above_ground (TsMapRenderer      *self,
                                             cairo_t            *cr,
                                             const TsMapContext *ctx,
                                             gboolean            ground_drawn);

/* In ts-map-renderer-bands.c. */

/* Whether @cr (clipped to the map) draws on the whole of an image, its
 * pixels undivided (no rotation), where the layers above the countries
 * can be drawn in bands. */
gboolean _ts_map_renderer_can_draw_bands    (cairo_t            *cr);
/* The layers above the countries (drawn) in two bands of rows, the upper
 * drawn in this thread and the lower in another, each then told of in
 * its thread. What is drawn in a band is what reaches its rows: the same
 * pixels as drawn in one. Returns FALSE, having drawn nothing, when no
 * thread is there to draw the second. @shared is what the bands share
 * (its lock and condition initialized, its sprites perhaps made ahead),
 * left to the caller to clear. */
gboolean _ts_map_renderer_draw_bands        (TsMapRenderer      *self,
                                             cairo_t            *cr,
                                             const TsMapContext *ctx,
                                             const TsMapBanding *banding,
                                             TsMapBands         *shared);

G_END_DECLS
