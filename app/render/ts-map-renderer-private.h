/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
 * (or the middle, when -1), in two threads, each then calling @rows_done
 * with its rows in its thread. The same pixels as drawn in one. Returns
 * FALSE, having drawn nothing, where @cr is not such a drawing. */
gboolean _ts_map_renderer_draw_in_bands (TsMapRenderer         *self,
                                         cairo_t               *cr,
                                         int                    width,
                                         int                    height,
                                         int                    boundary,
                                         TsPictureRowsDoneFunc  rows_done,
                                         gpointer               rows_data);

G_END_DECLS
