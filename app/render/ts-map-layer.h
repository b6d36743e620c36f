/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ts-basemap.h"
#include "ts-map-scene.h"
#include "ts-map-style.h"
#include "ts-projection.h"

G_BEGIN_DECLS

typedef struct _TsMapLabels TsMapLabels;

/* What the bands of one drawing share: on an image, TsMapRenderer may draw
 * the layers above the countries in horizontal bands, each on its own
 * thread, through a cairo context onto an image of the band's rows alone
 * (the same pixels: the bands' images share the drawing's), each band
 * with its own TsMapText (Pango's font map is per thread). A layer then
 * draws what reaches its band's rows, as it would have there. */
typedef struct
{
  /* The whole drawing's clip, in user units: where the band's image ends
   * at another band's rows, the drawing does not. */
  double      clip_x0, clip_y0, clip_x1, clip_y1;
  GMutex      lock;     /* guards what follows */
  GCond       made;     /* signalled when a shared thing is made */
  /* The marker layer's sprites, made by the first band to need each:
   * NULL until one does. */
  GHashTable *sprites;
} TsMapBands;

/* What every layer draws from, set up by TsMapRenderer for one drawing or
 * one hit test. */
typedef struct
{
  TsView            view;     /* the projection and the viewport */
  TsBasemap        *basemap;
  TsMapScene       *scene;    /* (nullable): the countries only */
  const char       *selected; /* (nullable): the id of the selected item */
  const TsMapStyle *style;
  TsMapLabels      *labels;   /* the labels placed; NULL when hit testing */
  TsMapText        *text;     /* sets every text drawn; NULL when hit testing */
  TsMapBands       *bands;    /* (nullable): when the draw pass draws one band */
} TsMapContext;

gboolean ts_map_context_is_selected (const TsMapContext *ctx,
                                     const char         *id);

/* How far (px, py) is from the segment from (ax, ay) to (bx, by), for hit
 * testing lines. */
double   ts_map_distance_to_segment (double              px,
                                     double              py,
                                     double              ax,
                                     double              ay,
                                     double              bx,
                                     double              by);

#define TS_TYPE_MAP_LAYER (ts_map_layer_get_type ())

/* One stratum of the map (the countries, the routes, the markers, the
 * legend…) doing its own drawing and hit testing; TsMapRenderer stacks
 * them. A drawing runs in three passes over the visible layers:
 *
 * 1. reserve, in any order: each layer takes the room it covers, which
 *    no label may cover (a marker, the legend);
 * 2. place_labels, from the top layer down, so that the labels of what is
 *    drawn on top get the room first;
 * 3. draw, from the bottom layer up.
 *
 * Hit testing asks the layers from the top down; the first id wins. */
G_DECLARE_DERIVABLE_TYPE (TsMapLayer, ts_map_layer, TS, MAP_LAYER, GObject)

struct _TsMapLayerClass
{
  GObjectClass parent_class;

  void         (*reserve)      (TsMapLayer         *self,
                                cairo_t            *cr,
                                const TsMapContext *ctx,
                                TsMapLabels        *labels);
  void         (*place_labels) (TsMapLayer         *self,
                                cairo_t            *cr,
                                const TsMapContext *ctx,
                                TsMapLabels        *labels);
  void         (*draw)         (TsMapLayer         *self,
                                cairo_t            *cr,
                                const TsMapContext *ctx);
  const char * (*hit_test)     (TsMapLayer         *self,
                                const TsMapContext *ctx,
                                double              x,
                                double              y);
};

gboolean    ts_map_layer_get_visible  (TsMapLayer         *self);
void        ts_map_layer_set_visible  (TsMapLayer         *self,
                                       gboolean            visible);

/* Text is measured and set with ctx->text; @cr is drawn on in the draw
 * pass only. */
void        ts_map_layer_reserve      (TsMapLayer         *self,
                                       cairo_t            *cr,
                                       const TsMapContext *ctx,
                                       TsMapLabels        *labels);
void        ts_map_layer_place_labels (TsMapLayer         *self,
                                       cairo_t            *cr,
                                       const TsMapContext *ctx,
                                       TsMapLabels        *labels);
void        ts_map_layer_draw         (TsMapLayer         *self,
                                       cairo_t            *cr,
                                       const TsMapContext *ctx);
/* The id of the item of this layer under (x, y), or NULL. */
const char *ts_map_layer_hit_test     (TsMapLayer         *self,
                                       const TsMapContext *ctx,
                                       double              x,
                                       double              y);

G_END_DECLS
