/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-scene"

#include "config.h"

#include <string.h>

#include "ts-map-scene.h"

struct _TsMapScene
{
  GObject    parent_instance;

  /* Arrays of pointers, so that the items handed out stay put. */
  GPtrArray *markers; /* TsMapMarker */
  GPtrArray *arcs;    /* TsMapArc */
  GPtrArray *routes;  /* TsMapRoute */
  GPtrArray *areas;   /* TsMapArea */
  /* The first route of each shape, by its points. */
  GHashTable *shapes; /* TsMapRoute → itself */
};

G_DEFINE_FINAL_TYPE (TsMapScene, ts_map_scene, G_TYPE_OBJECT)

static void
free_marker (gpointer data)
{
  TsMapMarker *marker = data;

  g_free (marker->id);
  g_free (marker->label);
  g_free (marker);
}

static void
free_arc (gpointer data)
{
  TsMapArc *arc = data;

  g_free (arc->id);
  g_free (arc->label);
  g_free (arc);
}

static void
free_route (gpointer data)
{
  TsMapRoute *route = data;

  g_free (route->id);
  g_free (route->label);
  g_free (route->points);
  g_free (route);
}

/* Routes by their points, bit for bit. */
static guint
hash_route_points (gconstpointer data)
{
  const TsMapRoute *route = data;
  const guchar *bytes = (const guchar *) route->points;
  gsize n = sizeof (TsMapPoint) * route->n_points;
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < n; i++)
    hash = (hash ^ bytes[i]) * 16777619u;

  return hash;
}

static gboolean
equal_route_points (gconstpointer a,
                    gconstpointer b)
{
  const TsMapRoute *ra = a, *rb = b;

  return ra->n_points == rb->n_points
         && (ra->n_points == 0
             || memcmp (ra->points, rb->points, sizeof (TsMapPoint) * ra->n_points) == 0);
}

static void
free_area (gpointer data)
{
  TsMapArea *area = data;

  g_free (area->id);
  g_free (area->label);
  g_free (area->iso_a2);
  g_free (area);
}

static void
ts_map_scene_finalize (GObject *object)
{
  TsMapScene *self = (TsMapScene *)object;

  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->arcs, g_ptr_array_unref);
  g_clear_pointer (&self->shapes, g_hash_table_unref);
  g_clear_pointer (&self->routes, g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_map_scene_parent_class)->finalize (object);
}

static void
ts_map_scene_class_init (TsMapSceneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_map_scene_finalize;
}

static void
ts_map_scene_init (TsMapScene *self)
{
  self->markers = g_ptr_array_new_with_free_func (free_marker);
  self->arcs = g_ptr_array_new_with_free_func (free_arc);
  self->routes = g_ptr_array_new_with_free_func (free_route);
  self->areas = g_ptr_array_new_with_free_func (free_area);
  self->shapes = g_hash_table_new (hash_route_points, equal_route_points);
}

TsMapScene *
ts_map_scene_new (void)
{
  return g_object_new (TS_TYPE_MAP_SCENE, NULL);
}

const TsMapMarker *
ts_map_scene_add_marker (TsMapScene *self,
                         const char *id,
                         const char *label,
                         double      lat,
                         double      lon,
                         guint       weight,
                         guint       n_meetings,
                         gboolean    emphasis)
{
  TsMapMarker *marker;

  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  marker = g_new0 (TsMapMarker, 1);
  marker->id = g_strdup (id);
  marker->label = g_strdup (label != NULL ? label : "");
  marker->lat = lat;
  marker->lon = lon;
  marker->weight = weight;
  marker->n_meetings = n_meetings;
  marker->emphasis = !!emphasis;
  g_ptr_array_add (self->markers, marker);

  return marker;
}

const TsMapArc *
ts_map_scene_add_arc (TsMapScene   *self,
                      const char   *id,
                      const char   *label,
                      double        from_lat,
                      double        from_lon,
                      double        to_lat,
                      double        to_lon,
                      TsMapArcKind  kind)
{
  TsMapArc *arc;

  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (kind < TS_MAP_N_ARC_KINDS, NULL);

  arc = g_new0 (TsMapArc, 1);
  arc->id = g_strdup (id);
  arc->label = g_strdup (label != NULL ? label : "");
  arc->from_lat = from_lat;
  arc->from_lon = from_lon;
  arc->to_lat = to_lat;
  arc->to_lon = to_lon;
  arc->kind = kind;
  g_ptr_array_add (self->arcs, arc);

  return arc;
}

const TsMapRoute *
ts_map_scene_add_route (TsMapScene       *self,
                        const char       *id,
                        const char       *label,
                        const TsMapPoint *points,
                        guint             n_points)
{
  TsMapRoute *route;
  const TsMapRoute *first;

  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (points != NULL || n_points == 0, NULL);

  route = g_new0 (TsMapRoute, 1);
  route->id = g_strdup (id);
  route->label = g_strdup (label != NULL ? label : "");
  route->points = g_memdup2 (points, sizeof (TsMapPoint) * n_points);
  route->n_points = n_points;
  first = g_hash_table_lookup (self->shapes, route);
  if (first != NULL)
    route->shape = first->shape;
  else
    {
      route->shape = self->routes->len;
      g_hash_table_add (self->shapes, route);
    }
  g_ptr_array_add (self->routes, route);

  return route;
}

const TsMapArea *
ts_map_scene_add_area (TsMapScene *self,
                         const char *id,
                         const char *label,
                         const char *iso_a2,
                         double      lat,
                         double      lon,
                         guint       weight,
                         guint       n_meetings)
{
  TsMapArea *area;

  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (iso_a2 != NULL, NULL);

  area = g_new0 (TsMapArea, 1);
  area->id = g_strdup (id);
  area->label = g_strdup (label != NULL ? label : "");
  area->iso_a2 = g_ascii_strup (iso_a2, -1);
  area->lat = lat;
  area->lon = lon;
  area->weight = weight;
  area->n_meetings = n_meetings;
  g_ptr_array_add (self->areas, area);

  return area;
}

void
ts_map_scene_clear (TsMapScene *self)
{
  g_return_if_fail (TS_IS_MAP_SCENE (self));

  g_ptr_array_set_size (self->markers, 0);
  g_ptr_array_set_size (self->arcs, 0);
  g_hash_table_remove_all (self->shapes);
  g_ptr_array_set_size (self->routes, 0);
  g_ptr_array_set_size (self->areas, 0);
}

gboolean
ts_map_scene_is_empty (TsMapScene *self)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), TRUE);

  return self->markers->len == 0 && self->arcs->len == 0 && self->routes->len == 0
         && self->areas->len == 0;
}

guint
ts_map_scene_get_n_markers (TsMapScene *self)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), 0);

  return self->markers->len;
}

const TsMapMarker *
ts_map_scene_get_marker (TsMapScene *self,
                         guint       index)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (index < self->markers->len, NULL);

  return g_ptr_array_index (self->markers, index);
}

guint
ts_map_scene_get_n_arcs (TsMapScene *self)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), 0);

  return self->arcs->len;
}

const TsMapArc *
ts_map_scene_get_arc (TsMapScene *self,
                      guint       index)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (index < self->arcs->len, NULL);

  return g_ptr_array_index (self->arcs, index);
}

guint
ts_map_scene_get_n_routes (TsMapScene *self)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), 0);

  return self->routes->len;
}

const TsMapRoute *
ts_map_scene_get_route (TsMapScene *self,
                        guint       index)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (index < self->routes->len, NULL);

  return g_ptr_array_index (self->routes, index);
}

guint
ts_map_scene_get_n_areas (TsMapScene *self)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), 0);

  return self->areas->len;
}

const TsMapArea *
ts_map_scene_get_area (TsMapScene *self,
                         guint       index)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (index < self->areas->len, NULL);

  return g_ptr_array_index (self->areas, index);
}

const TsMapMarker *
ts_map_scene_lookup_marker (TsMapScene *self,
                            const char *id)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const TsMapMarker *marker = g_ptr_array_index (self->markers, i);

      if (g_str_equal (marker->id, id))
        return marker;
    }

  return NULL;
}

const TsMapArc *
ts_map_scene_lookup_arc (TsMapScene *self,
                         const char *id)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->arcs->len; i++)
    {
      const TsMapArc *arc = g_ptr_array_index (self->arcs, i);

      if (g_str_equal (arc->id, id))
        return arc;
    }

  return NULL;
}

const TsMapRoute *
ts_map_scene_lookup_route (TsMapScene *self,
                           const char *id)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->routes->len; i++)
    {
      const TsMapRoute *route = g_ptr_array_index (self->routes, i);

      if (g_str_equal (route->id, id))
        return route;
    }

  return NULL;
}

const TsMapArea *
ts_map_scene_lookup_area (TsMapScene *self,
                            const char *id)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->areas->len; i++)
    {
      const TsMapArea *area = g_ptr_array_index (self->areas, i);

      if (g_str_equal (area->id, id))
        return area;
    }

  return NULL;
}

const TsMapArea *
ts_map_scene_lookup_area_by_country (TsMapScene *self,
                                       const char *iso_a2)
{
  g_return_val_if_fail (TS_IS_MAP_SCENE (self), NULL);
  g_return_val_if_fail (iso_a2 != NULL, NULL);

  for (guint i = 0; i < self->areas->len; i++)
    {
      const TsMapArea *area = g_ptr_array_index (self->areas, i);

      if (g_ascii_strcasecmp (area->iso_a2, iso_a2) == 0)
        return area;
    }

  return NULL;
}
