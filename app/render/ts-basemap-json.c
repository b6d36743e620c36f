/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-basemap"

/* The basemap read from the JSON that data/basemap/make-basemap.py writes:
 * parsed, projected and indexed. The app reads the compiled form the build
 * makes of it (ts-basemap-compiled.c); the build, and the tests, this. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ts-basemap-private.h"
#include "ts-projection.h"

static const char * const layer_names[TS_BASEMAP_N_LAYERS] = { "region", "world" };

static void
update_bounds (double *x0,
               double *y0,
               double *x1,
               double *y1,
               double  x,
               double  y)
{
  *x0 = MIN (*x0, x);
  *y0 = MIN (*y0, y);
  *x1 = MAX (*x1, x);
  *y1 = MAX (*y1, y);
}

/* Sutherland–Hodgman against the vertical line u = cut, in (Δlon, lat)
 * space where meridians are straight. keep_below chooses the side. */
static GArray *
clip_ring (GArray   *ring,
           double    cut,
           gboolean  keep_below)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = ring->len / 2;

  for (guint i = 0; i < n; i++)
    {
      double ax = g_array_index (ring, double, 2 * i);
      double ay = g_array_index (ring, double, 2 * i + 1);
      double bx = g_array_index (ring, double, 2 * ((i + 1) % n));
      double by = g_array_index (ring, double, 2 * ((i + 1) % n) + 1);
      gboolean a_in = keep_below ? ax <= cut : ax >= cut;
      gboolean b_in = keep_below ? bx <= cut : bx >= cut;

      if (a_in)
        {
          g_array_append_val (out, ax);
          g_array_append_val (out, ay);
        }
      if (a_in != b_in)
        {
          double t = (cut - ax) / (bx - ax);
          double y = ay + t * (by - ay);

          g_array_append_val (out, cut);
          g_array_append_val (out, y);
        }
    }

  return out;
}

/* cut is the seam's Δlon (±180) for rings that were cut, 0 otherwise. */
static void
store_ring (TsBasemapLayerData *layer,
            TsBasemapCountry *country,
            GArray           *ring,
            double            cut,
            double            shift,
            gboolean          is_hole)
{
  TsBasemapRing stored = { NULL, 0, is_hole, INFINITY, INFINITY, -INFINITY, -INFINITY, NULL };
  guint first_point = layer->points->len;
  guint first_flag = cut != 0 ? layer->seam_flags->len : G_MAXUINT;
  guint n = ring->len / 2;

  if (n < 3)
    return;

  for (guint i = 0; i < n; i++)
    {
      double dlon = g_array_index (ring, double, 2 * i);
      double lat = g_array_index (ring, double, 2 * i + 1);
      double x, y;

      if (cut != 0)
        {
          guint8 flag = dlon == cut;

          g_array_append_val (layer->seam_flags, flag);
        }
      ts_projection_forward_delta (dlon + shift, lat, &x, &y);
      g_array_append_val (layer->points, x);
      g_array_append_val (layer->points, y);
      update_bounds (&stored.x0, &stored.y0, &stored.x1, &stored.y1, x, y);
    }

  stored.n_points = n;
  g_array_append_val (layer->rings, stored);
  g_array_append_val (layer->first_point, first_point);
  g_array_append_val (layer->first_flag, first_flag);
  country->n_rings++;
  update_bounds (&country->x0, &country->y0, &country->x1, &country->y1, stored.x0, stored.y0);
  update_bounds (&country->x0, &country->y0, &country->x1, &country->y1, stored.x1, stored.y1);
}

/* Projects one ring. A ring that crosses the meridian opposite the
 * projection's centre (100°W: Canada, the United States, Mexico) would
 * streak across the whole map, so it is cut there and each side kept on
 * its own edge of the map. */
static gboolean
add_ring (TsBasemapLayerData *layer,
          TsBasemapCountry  *country,
          JsonArray         *coords,
          gboolean           is_hole,
          GError           **error)
{
  guint length = json_array_get_length (coords);
  g_autoptr(GArray) ring = g_array_sized_new (FALSE, FALSE, sizeof (double), length);
  double prev = 0, min_dlon = INFINITY, max_dlon = -INFINITY;

  if (length % 2 != 0)
    {
      _ts_basemap_set_damaged_error (error, "odd number of coordinates");
      return FALSE;
    }

  for (guint i = 0; i < length; i += 2)
    {
      JsonNode *lon_node = json_array_get_element (coords, i);
      JsonNode *lat_node = json_array_get_element (coords, i + 1);
      double dlon, lat;

      if (json_node_get_value_type (lon_node) != G_TYPE_DOUBLE
          && json_node_get_value_type (lon_node) != G_TYPE_INT64)
        {
          _ts_basemap_set_damaged_error (error, "a coordinate is not a number");
          return FALSE;
        }
      if (json_node_get_value_type (lat_node) != G_TYPE_DOUBLE
          && json_node_get_value_type (lat_node) != G_TYPE_INT64)
        {
          _ts_basemap_set_damaged_error (error, "a coordinate is not a number");
          return FALSE;
        }

      dlon = ts_projection_delta_lon (json_node_get_double (lon_node));
      lat = json_node_get_double (lat_node);
      /* Unwrap, so that the ring stays continuous across the seam. */
      if (i > 0)
        {
          while (dlon - prev > 180.0)
            dlon -= 360.0;
          while (dlon - prev < -180.0)
            dlon += 360.0;
        }
      prev = dlon;
      min_dlon = MIN (min_dlon, dlon);
      max_dlon = MAX (max_dlon, dlon);
      g_array_append_val (ring, dlon);
      g_array_append_val (ring, lat);
    }

  if ((min_dlon >= -180.0 && max_dlon <= 180.0) || max_dlon - min_dlon >= 360.0)
    {
      store_ring (layer, country, ring, 0.0, 0.0, is_hole);
    }
  else
    {
      double cut = max_dlon > 180.0 ? 180.0 : -180.0;
      g_autoptr(GArray) below = clip_ring (ring, cut, TRUE);
      g_autoptr(GArray) above = clip_ring (ring, cut, FALSE);

      store_ring (layer, country, below, cut, cut > 0 ? 0.0 : 360.0, is_hole);
      store_ring (layer, country, above, cut, cut > 0 ? -360.0 : 0.0, is_hole);
    }

  return TRUE;
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
get_array_member (JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static void
index_province (TsBasemap  *self,
                const char *iso_a2,
                const char *name,
                guint       index)
{
  g_autofree char *key = _ts_basemap_make_province_key (iso_a2, name);

  /* The first name wins: Natural Earth's own comes before the aliases. */
  if (!g_hash_table_contains (self->province_names, key))
    g_hash_table_insert (self->province_names,
                         g_string_chunk_insert_const (self->strings, key),
                         GUINT_TO_POINTER (index + 1));
}

static gboolean
add_country (TsBasemap  *self,
             TsBasemapLayerData *layer,
             gboolean    is_province,
             JsonNode   *node,
             GError    **error)
{
  TsBasemapCountry country = { 0 };
  JsonObject *object;
  JsonArray *polygons, *label;
  const char *name, *iso_a2, *iso_n3;
  guint first_ring = layer->rings->len;
  double largest_area = -1;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _ts_basemap_set_damaged_error (error, "a country is not an object");
      return FALSE;
    }
  object = json_node_get_object (node);
  name = get_string_member (object, "name");
  iso_a2 = get_string_member (object, "iso_a2");
  iso_n3 = get_string_member (object, "iso_n3");
  polygons = get_array_member (object, "polygons");
  label = get_array_member (object, "label");
  if (name == NULL || iso_a2 == NULL || iso_n3 == NULL || polygons == NULL
      || label == NULL || json_array_get_length (label) != 2)
    {
      _ts_basemap_set_damaged_error (error, "a country lacks a field");
      return FALSE;
    }

  country.name = g_string_chunk_insert_const (self->strings, name);
  country.iso_a2 = g_string_chunk_insert_const (self->strings, iso_a2);
  country.iso_n3 = g_string_chunk_insert_const (self->strings, iso_n3);
  country.country = "";
  if (is_province)
    {
      const char *in_country = get_string_member (object, "country");

      if (in_country == NULL || strchr (iso_a2, '.') == NULL)
        {
          _ts_basemap_set_damaged_error (error, "a province lacks its country or HASC id");
          return FALSE;
        }
      country.country = g_string_chunk_insert_const (self->strings, in_country);
    }
  country.label_lon = json_array_get_double_element (label, 0);
  country.label_lat = json_array_get_double_element (label, 1);
  ts_projection_forward (country.label_lon, country.label_lat,
                         &country.label_x, &country.label_y);
  country.x0 = country.y0 = INFINITY;
  country.x1 = country.y1 = -INFINITY;

  for (guint p = 0; p < json_array_get_length (polygons); p++)
    {
      JsonNode *polygon_node = json_array_get_element (polygons, p);
      JsonArray *polygon;

      if (!JSON_NODE_HOLDS_ARRAY (polygon_node))
        {
          _ts_basemap_set_damaged_error (error, "a polygon is not an array");
          return FALSE;
        }
      polygon = json_node_get_array (polygon_node);

      for (guint r = 0; r < json_array_get_length (polygon); r++)
        {
          JsonNode *ring_node = json_array_get_element (polygon, r);
          guint before = layer->rings->len;

          if (!JSON_NODE_HOLDS_ARRAY (ring_node))
            {
              _ts_basemap_set_damaged_error (error, "a ring is not an array");
              return FALSE;
            }
          if (!add_ring (layer, &country, json_node_get_array (ring_node), r > 0, error))
            return FALSE;

          /* The largest outer ring decides whether the name fits. */
          for (guint i = before; r == 0 && i < layer->rings->len; i++)
            {
              TsBasemapRing *ring = &g_array_index (layer->rings, TsBasemapRing, i);
              double area = (ring->x1 - ring->x0) * (ring->y1 - ring->y0);

              if (area > largest_area)
                {
                  largest_area = area;
                  country.main_width = ring->x1 - ring->x0;
                  country.main_height = ring->y1 - ring->y0;
                }
            }
        }
    }

  if (country.n_rings == 0)
    return TRUE;

  g_array_append_val (layer->countries, country);
  g_array_append_val (layer->first_ring, first_ring);
  if (layer == &self->layers[TS_BASEMAP_LAYER_REGION])
    g_hash_table_add (self->region_names, (gpointer) country.name);
  if (is_province)
    {
      JsonArray *aliases = get_array_member (object, "aliases");
      guint index = layer->countries->len - 1;

      index_province (self, country.country, country.name, index);
      for (guint i = 0; aliases != NULL && i < json_array_get_length (aliases); i++)
        {
          JsonNode *alias = json_array_get_element (aliases, i);

          if (json_node_get_value_type (alias) == G_TYPE_STRING)
            index_province (self, country.country, json_node_get_string (alias), index);
        }
    }

  return TRUE;
}

static void
finish_layer (TsBasemapLayerData *layer)
{
  for (guint i = 0; i < layer->rings->len; i++)
    {
      TsBasemapRing *ring = &g_array_index (layer->rings, TsBasemapRing, i);

      guint first_flag = g_array_index (layer->first_flag, guint, i);

      ring->xy = &g_array_index (layer->points, double,
                                 g_array_index (layer->first_point, guint, i));
      if (first_flag != G_MAXUINT)
        ring->on_seam = &g_array_index (layer->seam_flags, guint8, first_flag);
    }
  for (guint i = 0; i < layer->countries->len; i++)
    {
      TsBasemapCountry *country = &g_array_index (layer->countries, TsBasemapCountry, i);

      country->rings = &g_array_index (layer->rings, TsBasemapRing,
                                       g_array_index (layer->first_ring, guint, i));
    }
  g_clear_pointer (&layer->first_point, g_array_unref);
  g_clear_pointer (&layer->first_flag, g_array_unref);
  g_clear_pointer (&layer->first_ring, g_array_unref);
}

gboolean
_ts_basemap_load_json (TsBasemap  *self,
                       GBytes     *bytes,
                       GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object, *layers;
  const char *attribution;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      _ts_basemap_set_damaged_error (error, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _ts_basemap_set_damaged_error (error, "not a JSON object");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (json_object_get_int_member_with_default (object, "format", 0) != 1)
    {
      _ts_basemap_set_damaged_error (error, "unknown format");
      return FALSE;
    }
  attribution = get_string_member (object, "attribution");
  self->attribution = g_string_chunk_insert_const (self->strings, attribution != NULL
                                                                  ? attribution : "Natural Earth");

  if (!json_object_has_member (object, "layers")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "layers")))
    {
      _ts_basemap_set_damaged_error (error, "no layers");
      return FALSE;
    }
  layers = json_object_get_object_member (object, "layers");

  for (guint l = 0; l < TS_BASEMAP_N_LAYERS; l++)
    {
      JsonNode *layer_node = json_object_get_member (layers, layer_names[l]);
      JsonArray *countries;

      if (layer_node == NULL || !JSON_NODE_HOLDS_OBJECT (layer_node)
          || (countries = get_array_member (json_node_get_object (layer_node),
                                            "countries")) == NULL)
        {
          _ts_basemap_set_damaged_error (error, layer_names[l]);
          return FALSE;
        }

      for (guint i = 0; i < json_array_get_length (countries); i++)
        {
          if (!add_country (self, &self->layers[l], FALSE,
                            json_array_get_element (countries, i), error))
            return FALSE;
        }
      finish_layer (&self->layers[l]);
    }

  /* Provinces came later: a basemap without them has none. */
  if (json_object_has_member (object, "provinces"))
    {
      JsonNode *provinces_node = json_object_get_member (object, "provinces");
      JsonArray *provinces;

      if (!JSON_NODE_HOLDS_OBJECT (provinces_node)
          || (provinces = get_array_member (json_node_get_object (provinces_node),
                                            "countries")) == NULL)
        {
          _ts_basemap_set_damaged_error (error, "provinces");
          return FALSE;
        }
      for (guint i = 0; i < json_array_get_length (provinces); i++)
        {
          if (!add_country (self, &self->layers[TS_BASEMAP_N_LAYERS], TRUE,
                            json_array_get_element (provinces, i), error))
            return FALSE;
        }
    }
  finish_layer (&self->layers[TS_BASEMAP_N_LAYERS]);

  return TRUE;
}
