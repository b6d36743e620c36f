/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ts-basemap.h"
#include "ts-label-placer.h"
#include "ts-map-scene.h"
#include "ts-projection.h"

G_BEGIN_DECLS

/* The view a map opens on when there is nothing to fit: Kyrgyzstan, its
 * neighbours and western China. */
#define TS_MAP_DEFAULT_CENTER_LON 77.0
#define TS_MAP_DEFAULT_CENTER_LAT 41.5
#define TS_MAP_DEFAULT_ZOOM       5.6

/* From this zoom on the detailed (1:50m) countries are drawn. */
#define TS_MAP_REGION_LAYER_MIN_ZOOM 4.5

/* How far from an item a pointer still hits it, in pixels. */
#define TS_MAP_HIT_TOLERANCE 4.0

#define TS_TYPE_MAP_RENDERER (ts_map_renderer_get_type ())

/* Draws the basemap and a scene onto any cairo context: the map widget,
 * the briefing's picture and the command-line export share it. It stacks
 * the map's layers (ts-map-layer.h), bottom up: the basemap, ties, routes,
 * places, their labels, the legend and the scale bar. */
G_DECLARE_FINAL_TYPE (TsMapRenderer, ts_map_renderer, TS, MAP_RENDERER, GObject)

TsMapRenderer *ts_map_renderer_new                (TsBasemap     *basemap);

TsBasemap     *ts_map_renderer_get_basemap        (TsMapRenderer *self);
/* (nullable): no scene draws the countries only. */
TsMapScene    *ts_map_renderer_get_scene          (TsMapRenderer *self);
void           ts_map_renderer_set_scene          (TsMapRenderer *self,
                                                   TsMapScene    *scene);

void           ts_map_renderer_set_view           (TsMapRenderer *self,
                                                   double         center_lon,
                                                   double         center_lat,
                                                   double         zoom);
void           ts_map_renderer_get_view           (TsMapRenderer *self,
                                                   double        *center_lon,
                                                   double        *center_lat,
                                                   double        *zoom);
/* The viewport hit testing and the pixel helpers use; ts_map_renderer_draw ()
 * sets it too. */
void           ts_map_renderer_set_size           (TsMapRenderer *self,
                                                   int            width,
                                                   int            height);
/* The current view as a projection plus viewport. */
void           ts_map_renderer_get_projected_view (TsMapRenderer *self,
                                                   TsView        *view);

/* The id of the scene item drawn as selected, or NULL. */
const char    *ts_map_renderer_get_selected       (TsMapRenderer *self);
void           ts_map_renderer_set_selected       (TsMapRenderer *self,
                                                   const char    *id);

gboolean       ts_map_renderer_get_show_graticule (TsMapRenderer *self);
void           ts_map_renderer_set_show_graticule (TsMapRenderer *self,
                                                   gboolean       show);
gboolean       ts_map_renderer_get_show_legend    (TsMapRenderer *self);
void           ts_map_renderer_set_show_legend    (TsMapRenderer *self,
                                                   gboolean       show);

/* Draws the whole map into (0, 0, width, height) of @cr, in user units. */
void           ts_map_renderer_draw               (TsMapRenderer *self,
                                                   cairo_t       *cr,
                                                   int            width,
                                                   int            height);

/* The id of the scene item under (x, y) of the last drawn (or set) size —
 * markers first, then routes, then arcs — or NULL. */
const char    *ts_map_renderer_hit_test           (TsMapRenderer *self,
                                                   double         x,
                                                   double         y);

/* Sets a view of a width × height viewport that shows every scene item
 * with @padding pixels to spare, or the default view when the scene is
 * empty. Returns whether there was anything to fit. */
gboolean       ts_map_renderer_fit                (TsMapRenderer *self,
                                                   int            width,
                                                   int            height,
                                                   double         padding);

/* The same, keeping the data clear of the legend (when it is shown): the
 * data goes right of it or above it, whichever shows it larger. */
gboolean       ts_map_renderer_fit_clear_of_legend (TsMapRenderer *self,
                                                    int            width,
                                                    int            height,
                                                    double         padding);
/* Where the legend is drawn in the viewport of the last drawn (or set)
 * size; FALSE when it is hidden or empty. */
gboolean       ts_map_renderer_get_legend_box     (TsMapRenderer *self,
                                                   TsLabelBox    *box);

/* Whether markers whose discs overlap at the view are drawn as one
 * counted disc, a cluster (the map widget's, not a printed map's: see
 * ts_map_marker_layer_set_cluster()). The hit test returns a cluster's
 * first (largest) member's id. */
void           ts_map_renderer_set_cluster_markers (TsMapRenderer *self,
                                                    gboolean       cluster);
gboolean       ts_map_renderer_get_cluster_markers (TsMapRenderer *self);
/* The markers drawn as one cluster with the marker @id at the current
 * view and size, largest first; NULL when it is drawn alone.
 * (transfer container) (element-type TsMapMarker) */
GPtrArray     *ts_map_renderer_list_cluster       (TsMapRenderer *self,
                                                   const char    *id);

/* Draws routes and arcs stronger (ts_map_style_get_emphatic()): on a
 * briefing's map they are what the scope is about. */
void           ts_map_renderer_set_emphasize_ties (TsMapRenderer *self,
                                                   gboolean       emphasize);
/* Zooms by 2^@delta keeping the geographic point under (x, y) in place. */
void           ts_map_renderer_zoom_at            (TsMapRenderer *self,
                                                   double         x,
                                                   double         y,
                                                   double         delta);
/* Moves the map content by (dx, dy) pixels. */
void           ts_map_renderer_pan                (TsMapRenderer *self,
                                                   double         dx,
                                                   double         dy);

/* File output, in ts-map-output.c. */

/* Writes @self's current view at width × height to @path; the format
 * follows the extension: .png, .svg or .pdf. The file appears complete or
 * not at all. */
gboolean       ts_map_renderer_render_to_file     (TsMapRenderer  *self,
                                                   const char     *path,
                                                   int             width,
                                                   int             height,
                                                   GError        **error);
/* The same as a PNG in memory (for the briefing workbook). */
GBytes        *ts_map_renderer_render_to_png      (TsMapRenderer  *self,
                                                   int             width,
                                                   int             height,
                                                   GError        **error);

/* One-shot: the scene fitted into width × height, written to @path. */
gboolean       ts_map_render_to_file              (TsBasemap      *basemap,
                                                   TsMapScene     *scene,
                                                   const char     *path,
                                                   int             width,
                                                   int             height,
                                                   GError        **error);

G_END_DECLS
