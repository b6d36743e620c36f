/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-layer"

#include "config.h"

#include <math.h>

#include "ts-map-layer.h"

typedef struct
{
  gboolean visible;
} TsMapLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TsMapLayer, ts_map_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
ts_map_context_is_selected (const TsMapContext *ctx,
                            const char         *id)
{
  return ctx->selected != NULL && g_strcmp0 (ctx->selected, id) == 0;
}

double
ts_map_distance_to_segment (double px,
                            double py,
                            double ax,
                            double ay,
                            double bx,
                            double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = 0;

  if (length2 > 0)
    t = CLAMP (((px - ax) * dx + (py - ay) * dy) / length2, 0, 1);

  return hypot (px - ax - t * dx, py - ay - t * dy);
}

static void
ts_map_layer_real_reserve (TsMapLayer         *self,
                           cairo_t            *cr,
                           const TsMapContext *ctx,
                           TsMapLabels        *labels)
{
}

static void
ts_map_layer_real_place_labels (TsMapLayer         *self,
                                cairo_t            *cr,
                                const TsMapContext *ctx,
                                TsMapLabels        *labels)
{
}

static const char *
ts_map_layer_real_hit_test (TsMapLayer         *self,
                            const TsMapContext *ctx,
                            double              x,
                            double              y)
{
  return NULL;
}

static void
ts_map_layer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TsMapLayer *self = TS_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_VISIBLE:
      g_value_set_boolean (value, ts_map_layer_get_visible (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_layer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TsMapLayer *self = TS_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_VISIBLE:
      ts_map_layer_set_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_layer_class_init (TsMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ts_map_layer_get_property;
  object_class->set_property = ts_map_layer_set_property;

  klass->reserve = ts_map_layer_real_reserve;
  klass->place_labels = ts_map_layer_real_place_labels;
  klass->hit_test = ts_map_layer_real_hit_test;

  properties[PROP_VISIBLE] =
    g_param_spec_boolean ("visible", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_map_layer_init (TsMapLayer *self)
{
  TsMapLayerPrivate *priv = ts_map_layer_get_instance_private (self);

  priv->visible = TRUE;
}

gboolean
ts_map_layer_get_visible (TsMapLayer *self)
{
  TsMapLayerPrivate *priv = ts_map_layer_get_instance_private (self);

  g_return_val_if_fail (TS_IS_MAP_LAYER (self), FALSE);

  return priv->visible;
}

void
ts_map_layer_set_visible (TsMapLayer *self,
                          gboolean    visible)
{
  TsMapLayerPrivate *priv = ts_map_layer_get_instance_private (self);

  g_return_if_fail (TS_IS_MAP_LAYER (self));

  visible = !!visible;
  if (priv->visible != visible)
    {
      priv->visible = visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
    }
}

void
ts_map_layer_reserve (TsMapLayer         *self,
                      cairo_t            *cr,
                      const TsMapContext *ctx,
                      TsMapLabels        *labels)
{
  g_return_if_fail (TS_IS_MAP_LAYER (self));
  g_return_if_fail (ctx != NULL);
  g_return_if_fail (labels != NULL);

  TS_MAP_LAYER_GET_CLASS (self)->reserve (self, cr, ctx, labels);
}

void
ts_map_layer_place_labels (TsMapLayer         *self,
                           cairo_t            *cr,
                           const TsMapContext *ctx,
                           TsMapLabels        *labels)
{
  g_return_if_fail (TS_IS_MAP_LAYER (self));
  g_return_if_fail (ctx != NULL);
  g_return_if_fail (labels != NULL);

  TS_MAP_LAYER_GET_CLASS (self)->place_labels (self, cr, ctx, labels);
}

void
ts_map_layer_draw (TsMapLayer         *self,
                   cairo_t            *cr,
                   const TsMapContext *ctx)
{
  g_return_if_fail (TS_IS_MAP_LAYER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (ctx != NULL);

  TS_MAP_LAYER_GET_CLASS (self)->draw (self, cr, ctx);
}

const char *
ts_map_layer_hit_test (TsMapLayer         *self,
                       const TsMapContext *ctx,
                       double              x,
                       double              y)
{
  g_return_val_if_fail (TS_IS_MAP_LAYER (self), NULL);
  g_return_val_if_fail (ctx != NULL, NULL);

  return TS_MAP_LAYER_GET_CLASS (self)->hit_test (self, ctx, x, y);
}
