/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-label-layer"

#include "config.h"

#include "ts-map-label-layer.h"
#include "ts-map-labels.h"

struct _TsMapLabelLayer
{
  TsMapLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (TsMapLabelLayer, ts_map_label_layer, TS_TYPE_MAP_LAYER)

static void
ts_map_label_layer_draw (TsMapLayer         *layer,
                         cairo_t            *cr,
                         const TsMapContext *ctx)
{
  if (ctx->labels != NULL)
    ts_map_labels_draw (ctx->labels, cr, ctx, TS_MAP_LABEL_PLANE_SCENE);
}

static void
ts_map_label_layer_class_init (TsMapLabelLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  layer_class->draw = ts_map_label_layer_draw;
}

static void
ts_map_label_layer_init (TsMapLabelLayer *self)
{
}

TsMapLayer *
ts_map_label_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_LABEL_LAYER, NULL);
}
