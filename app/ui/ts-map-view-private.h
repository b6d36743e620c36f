/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-view.h"

G_BEGIN_DECLS

/* For tests and the benchmark: what a pointer does, without one. */
void    _ts_map_view_pan            (TsMapView *self,
                                     double     dx,
                                     double     dy);
void    _ts_map_view_zoom_at        (TsMapView *self,
                                     double     x,
                                     double     y,
                                     double     delta);
/* A click at (x, y) of the map area; returns the id it selected, or NULL. */
const char *_ts_map_view_click      (TsMapView *self,
                                     double     x,
                                     double     y);
/* (x, y) of the map area where @lon, @lat is drawn. */
void    _ts_map_view_lonlat_to_pixel (TsMapView *self,
                                      double     lon,
                                      double     lat,
                                      double    *x,
                                      double    *y);
/* Starts and ends a drag as the pointer would: while one lasts, frames
 * are the cached map moved, not drawn again. */
void    _ts_map_view_set_dragging   (TsMapView *self,
                                     gboolean   dragging);
/* Microseconds the last frame took to draw, and whether it had to render
 * the map (FALSE: it reused the cached picture). */
gint64  _ts_map_view_get_frame_time (TsMapView *self,
                                     gboolean  *rendered);
/* Whether a picture is being rendered in the background. */
gboolean _ts_map_view_is_rendering  (TsMapView *self);
GtkListBox *_ts_map_view_get_place_list (TsMapView *self);

G_END_DECLS
