/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-basemap"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ts-basemap.h"
#include "ts-error.h"
#include "ts-projection.h"
#include "ts-record.h"

typedef struct
{
  GArray *countries;   /* TsBasemapCountry */
  GArray *rings;       /* TsBasemapRing */
  GArray *points;      /* double, x y x y … */
  GArray *seam_flags;  /* guint8, per point of the rings that have them */
  /* Built before the arrays stop growing, then turned into pointers. */
  GArray *first_ring;  /* guint per country */
  GArray *first_point; /* guint per ring */
  GArray *first_flag;  /* guint per ring, G_MAXUINT for none */
} Layer;

struct _TsBasemap
{
  GObject       parent_instance;

  Layer         layers[TS_BASEMAP_N_LAYERS];
  Layer         provinces;
  /* "CN" "\x1f" folded name without suffix → index + 1 into provinces */
  GHashTable   *province_names;
  GStringChunk *strings;
  GHashTable   *region_names; /* names in the region layer (interned) */
  char         *attribution;
};

G_DEFINE_FINAL_TYPE (TsBasemap, ts_basemap, G_TYPE_OBJECT)

static const char * const layer_names[TS_BASEMAP_N_LAYERS] = { "region", "world" };

static void
set_damaged_error (GError     **error,
                   const char  *what)
{
  g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
               _("The map’s country shapes are damaged (%s); reinstall Tianshan"), what);
}

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
store_ring (Layer            *layer,
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
add_ring (Layer             *layer,
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
      set_damaged_error (error, "odd number of coordinates");
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
          set_damaged_error (error, "a coordinate is not a number");
          return FALSE;
        }
      if (json_node_get_value_type (lat_node) != G_TYPE_DOUBLE
          && json_node_get_value_type (lat_node) != G_TYPE_INT64)
        {
          set_damaged_error (error, "a coordinate is not a number");
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

/* Records name provinces in many ways ("Chuy Region", "Chuy Oblast",
 * "Xinjiang Uygur Autonomous Region"); Natural Earth by the bare name. */
static const char * const province_suffixes[] = {
  " uygur autonomous region", " uyghur autonomous region", " zhuang autonomous region",
  " hui autonomous region", " autonomous region", " province", " region",
  " oblasty", " oblast", " oblusu", " municipality",
};

static char *
make_province_key (const char *iso_a2,
                   const char *name)
{
  g_autofree char *folded = ts_fold_text (name);
  g_autofree char *country = g_ascii_strup (iso_a2, -1);
  gsize length;

  g_strstrip (folded);
  length = strlen (folded);
  for (guint i = 0; i < G_N_ELEMENTS (province_suffixes); i++)
    {
      gsize suffix_length = strlen (province_suffixes[i]);

      if (length > suffix_length && g_str_has_suffix (folded, province_suffixes[i]))
        {
          folded[length - suffix_length] = '\0';
          break;
        }
    }

  return g_strconcat (country, "\x1f", folded, NULL);
}

static void
index_province (TsBasemap  *self,
                const char *iso_a2,
                const char *name,
                guint       index)
{
  char *key = make_province_key (iso_a2, name);

  /* The first name wins: Natural Earth's own comes before the aliases. */
  if (g_hash_table_contains (self->province_names, key))
    g_free (key);
  else
    g_hash_table_insert (self->province_names, key, GUINT_TO_POINTER (index + 1));
}

static gboolean
add_country (TsBasemap  *self,
             Layer      *layer,
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
      set_damaged_error (error, "a country is not an object");
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
      set_damaged_error (error, "a country lacks a field");
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
          set_damaged_error (error, "a province lacks its country or HASC id");
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
          set_damaged_error (error, "a polygon is not an array");
          return FALSE;
        }
      polygon = json_node_get_array (polygon_node);

      for (guint r = 0; r < json_array_get_length (polygon); r++)
        {
          JsonNode *ring_node = json_array_get_element (polygon, r);
          guint before = layer->rings->len;

          if (!JSON_NODE_HOLDS_ARRAY (ring_node))
            {
              set_damaged_error (error, "a ring is not an array");
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
finish_layer (Layer *layer)
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

static gboolean
load (TsBasemap  *self,
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
      set_damaged_error (error, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_damaged_error (error, "not a JSON object");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (json_object_get_int_member_with_default (object, "format", 0) != 1)
    {
      set_damaged_error (error, "unknown format");
      return FALSE;
    }
  attribution = get_string_member (object, "attribution");
  self->attribution = g_strdup (attribution != NULL ? attribution : "Natural Earth");

  if (!json_object_has_member (object, "layers")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "layers")))
    {
      set_damaged_error (error, "no layers");
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
          set_damaged_error (error, layer_names[l]);
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
          set_damaged_error (error, "provinces");
          return FALSE;
        }
      for (guint i = 0; i < json_array_get_length (provinces); i++)
        {
          if (!add_country (self, &self->provinces, TRUE,
                            json_array_get_element (provinces, i), error))
            return FALSE;
        }
    }
  finish_layer (&self->provinces);

  return TRUE;
}

static void
clear_layer (Layer *layer)
{
  g_clear_pointer (&layer->countries, g_array_unref);
  g_clear_pointer (&layer->rings, g_array_unref);
  g_clear_pointer (&layer->points, g_array_unref);
  g_clear_pointer (&layer->seam_flags, g_array_unref);
  g_clear_pointer (&layer->first_ring, g_array_unref);
  g_clear_pointer (&layer->first_point, g_array_unref);
  g_clear_pointer (&layer->first_flag, g_array_unref);
}

static void
init_layer (Layer *layer)
{
  layer->countries = g_array_new (FALSE, FALSE, sizeof (TsBasemapCountry));
  layer->rings = g_array_new (FALSE, FALSE, sizeof (TsBasemapRing));
  layer->points = g_array_new (FALSE, FALSE, sizeof (double));
  layer->seam_flags = g_array_new (FALSE, FALSE, sizeof (guint8));
  layer->first_ring = g_array_new (FALSE, FALSE, sizeof (guint));
  layer->first_point = g_array_new (FALSE, FALSE, sizeof (guint));
  layer->first_flag = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
ts_basemap_finalize (GObject *object)
{
  TsBasemap *self = (TsBasemap *)object;

  for (guint l = 0; l < TS_BASEMAP_N_LAYERS; l++)
    clear_layer (&self->layers[l]);
  clear_layer (&self->provinces);
  g_clear_pointer (&self->province_names, g_hash_table_unref);
  g_clear_pointer (&self->region_names, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->attribution, g_free);

  G_OBJECT_CLASS (ts_basemap_parent_class)->finalize (object);
}

static void
ts_basemap_class_init (TsBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_basemap_finalize;
}

static void
ts_basemap_init (TsBasemap *self)
{
  for (guint l = 0; l < TS_BASEMAP_N_LAYERS; l++)
    init_layer (&self->layers[l]);
  init_layer (&self->provinces);
  self->province_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->strings = g_string_chunk_new (4096);
  self->region_names = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * ts_basemap_new_from_bytes:
 * @bytes: the contents of a basemap.json made by data/basemap/make-basemap.py
 * @error: return location for a #TS_FILE_ERROR
 *
 * Returns: (transfer full): the basemap, or %NULL with @error set
 */
TsBasemap *
ts_basemap_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(TsBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TS_TYPE_BASEMAP, NULL);
  if (!load (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

TsBasemap *
ts_basemap_new_from_resource (const char  *path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_NOT_FOUND,
                   _("The map’s country shapes are missing from the application (%s: %s); "
                     "reinstall Tianshan"),
                   path, local_error->message);
      return NULL;
    }

  return ts_basemap_new_from_bytes (bytes, error);
}

TsBasemap *
ts_basemap_new_from_file (const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
                   _("Could not read the map’s country shapes: %s"), local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return ts_basemap_new_from_bytes (bytes, error);
}

guint
ts_basemap_get_n_countries (TsBasemap      *self,
                            TsBasemapLayer  layer)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), 0);
  g_return_val_if_fail (layer < TS_BASEMAP_N_LAYERS, 0);

  return self->layers[layer].countries->len;
}

const TsBasemapCountry *
ts_basemap_get_country (TsBasemap      *self,
                        TsBasemapLayer  layer,
                        guint           index)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (layer < TS_BASEMAP_N_LAYERS, NULL);
  g_return_val_if_fail (index < self->layers[layer].countries->len, NULL);

  return &g_array_index (self->layers[layer].countries, TsBasemapCountry, index);
}

const TsBasemapCountry *
ts_basemap_lookup_country (TsBasemap      *self,
                           TsBasemapLayer  layer,
                           const char     *iso_a2)
{
  GArray *countries;

  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (layer < TS_BASEMAP_N_LAYERS, NULL);
  g_return_val_if_fail (iso_a2 != NULL, NULL);

  if (iso_a2[0] == '\0')
    return NULL;

  countries = self->layers[layer].countries;
  for (guint i = 0; i < countries->len; i++)
    {
      const TsBasemapCountry *country = &g_array_index (countries, TsBasemapCountry, i);

      if (g_ascii_strcasecmp (country->iso_a2, iso_a2) == 0)
        return country;
    }

  return NULL;
}

gboolean
ts_basemap_country_in_region (TsBasemap              *self,
                              const TsBasemapCountry *country)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (country != NULL, FALSE);

  return g_hash_table_contains (self->region_names, country->name);
}

gboolean
ts_basemap_country_contains (const TsBasemapCountry *country,
                             double                  x,
                             double                  y)
{
  gboolean inside = FALSE;

  g_return_val_if_fail (country != NULL, FALSE);

  if (x < country->x0 || x > country->x1 || y < country->y0 || y > country->y1)
    return FALSE;

  for (guint r = 0; r < country->n_rings; r++)
    {
      const TsBasemapRing *ring = &country->rings[r];

      if (x < ring->x0 || x > ring->x1 || y < ring->y0 || y > ring->y1)
        continue;
      for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
        {
          double xi = ring->xy[2 * i], yi = ring->xy[2 * i + 1];
          double xj = ring->xy[2 * j], yj = ring->xy[2 * j + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }

  return inside;
}

guint
ts_basemap_get_n_provinces (TsBasemap *self)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), 0);

  return self->provinces.countries->len;
}

const TsBasemapCountry *
ts_basemap_get_province (TsBasemap *self,
                         guint      index)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (index < self->provinces.countries->len, NULL);

  return &g_array_index (self->provinces.countries, TsBasemapCountry, index);
}

const TsBasemapCountry *
ts_basemap_lookup_province (TsBasemap  *self,
                            const char *hasc)
{
  GArray *provinces;

  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (hasc != NULL, NULL);

  provinces = self->provinces.countries;
  for (guint i = 0; i < provinces->len; i++)
    {
      const TsBasemapCountry *province = &g_array_index (provinces, TsBasemapCountry, i);

      if (g_ascii_strcasecmp (province->iso_a2, hasc) == 0)
        return province;
    }

  return NULL;
}

const TsBasemapCountry *
ts_basemap_find_province (TsBasemap  *self,
                          const char *iso_a2,
                          const char *name)
{
  g_autofree char *key = NULL;
  guint index;

  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);

  if (iso_a2 == NULL || iso_a2[0] == '\0' || name == NULL || name[0] == '\0')
    return NULL;

  key = make_province_key (iso_a2, name);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->province_names, key));
  if (index == 0)
    return NULL;

  return &g_array_index (self->provinces.countries, TsBasemapCountry, index - 1);
}

gboolean
ts_basemap_code_is_province (const char *code)
{
  return code != NULL && strchr (code, '.') != NULL;
}

TsBasemap *
ts_basemap_get_default (void)
{
  static TsBasemap *basemap;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GError) error = NULL;

      basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, &error);
      if (basemap == NULL)
        g_warning ("%s", error->message);
      g_once_init_leave (&loaded, 1);
    }

  return basemap;
}

/* The default basemap with a reference of the caller's, or NULL with
 * @error set: for callers that would otherwise load their own. */
TsBasemap *
ts_basemap_dup_default (GError **error)
{
  TsBasemap *basemap = ts_basemap_get_default ();

  if (basemap != NULL)
    return g_object_ref (basemap);
  /* Only to say why. */
  return ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, error);
}

const char *
ts_basemap_get_attribution (TsBasemap *self)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);

  return self->attribution;
}
