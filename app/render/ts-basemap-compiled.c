/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-basemap"

/* The basemap's compiled form (ts-basemap-private.h says what it holds):
 * made at build time from the JSON (data/basemap/ts-basemap-compile), put
 * in the resource bundle and read at start-up where it lies: the points,
 * strings and province index are used in place, and only the small
 * country and ring tables are copied into TsBasemapCountry and
 * TsBasemapRing. Nothing is parsed or projected. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ts-basemap-private.h"

/* The fixed-size tuples of the compiled form, as GVariant lays them out. */
typedef struct
{
  guint32 name, iso_a2, iso_n3, country; /* offsets into the strings */
  guint32 first_ring, n_rings;
  double  label_lon, label_lat, label_x, label_y;
  double  x0, y0, x1, y1;
  double  main_width, main_height;
} CompiledCountry;

typedef struct
{
  guint32 first_point, n_points, first_flag, is_hole;
  double  x0, y0, x1, y1;
} CompiledRing;

typedef struct
{
  guint32 key, index;
} CompiledKey;

G_STATIC_ASSERT (sizeof (CompiledCountry) == 104);
G_STATIC_ASSERT (sizeof (CompiledRing) == 48);
G_STATIC_ASSERT (sizeof (CompiledKey) == 8);

/* Writing */

typedef struct
{
  GByteArray *bytes;
  GHashTable *offsets; /* string → offset + 1 */
} Strings;

static guint32
add_string (Strings    *strings,
            const char *string)
{
  gpointer offset;

  if (string == NULL || string[0] == '\0')
    return 0;
  if (g_hash_table_lookup_extended (strings->offsets, string, NULL, &offset))
    return GPOINTER_TO_UINT (offset) - 1;

  offset = GUINT_TO_POINTER (strings->bytes->len + 1);
  g_byte_array_append (strings->bytes, (const guint8 *) string, strlen (string) + 1);
  g_hash_table_insert (strings->offsets, (gpointer) string, offset);

  return GPOINTER_TO_UINT (offset) - 1;
}

static GVariant *
layer_to_variant (TsBasemapLayerData *layer,
                  Strings            *strings)
{
  g_autoptr(GArray) countries = g_array_new (FALSE, TRUE, sizeof (CompiledCountry));
  g_autoptr(GArray) rings = g_array_new (FALSE, TRUE, sizeof (CompiledRing));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GByteArray) flags = g_byte_array_new ();
  GVariant *children[4];

  for (guint i = 0; i < layer->countries->len; i++)
    {
      const TsBasemapCountry *country = &g_array_index (layer->countries, TsBasemapCountry, i);
      CompiledCountry compiled = {
        .name = add_string (strings, country->name),
        .iso_a2 = add_string (strings, country->iso_a2),
        .iso_n3 = add_string (strings, country->iso_n3),
        .country = add_string (strings, country->country),
        .first_ring = rings->len,
        .n_rings = country->n_rings,
        .label_lon = country->label_lon, .label_lat = country->label_lat,
        .label_x = country->label_x, .label_y = country->label_y,
        .x0 = country->x0, .y0 = country->y0, .x1 = country->x1, .y1 = country->y1,
        .main_width = country->main_width, .main_height = country->main_height,
      };

      for (guint r = 0; r < country->n_rings; r++)
        {
          const TsBasemapRing *ring = &country->rings[r];
          CompiledRing compiled_ring = {
            .first_point = points->len / 2,
            .n_points = ring->n_points,
            .first_flag = ring->on_seam != NULL ? flags->len : G_MAXUINT32,
            .is_hole = ring->is_hole,
            .x0 = ring->x0, .y0 = ring->y0, .x1 = ring->x1, .y1 = ring->y1,
          };

          g_array_append_vals (points, ring->xy, 2 * ring->n_points);
          if (ring->on_seam != NULL)
            g_byte_array_append (flags, ring->on_seam, ring->n_points);
          g_array_append_val (rings, compiled_ring);
        }
      g_array_append_val (countries, compiled);
    }

  children[0] = g_variant_new_fixed_array (G_VARIANT_TYPE ("(uuuuuudddddddddd)"),
                                           countries->data, countries->len,
                                           sizeof (CompiledCountry));
  children[1] = g_variant_new_fixed_array (G_VARIANT_TYPE ("(uuuudddd)"),
                                           rings->data, rings->len, sizeof (CompiledRing));
  children[2] = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, points->data, points->len,
                                           sizeof (double));
  children[3] = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, flags->data, flags->len, 1);

  return g_variant_new_tuple (children, G_N_ELEMENTS (children));
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ts_basemap_to_compiled:
 * @self: a basemap
 *
 * The compiled form of @self, which ts_basemap_new_from_compiled() reads
 * back without parsing or projecting: what the build puts in the resource
 * bundle. The same basemap always gives the same bytes.
 *
 * Returns: (transfer full): the bytes
 */
GBytes *
ts_basemap_to_compiled (TsBasemap *self)
{
  g_autoptr(GHashTable) offsets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GByteArray) string_bytes = g_byte_array_new ();
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (CompiledKey));
  Strings strings = { string_bytes, offsets };
  GVariantBuilder layers;
  g_autofree const char **names = NULL;
  guint n_names;
  guint32 attribution;
  g_autoptr(GVariant) variant = NULL;

  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);

  g_byte_array_append (string_bytes, (const guint8 *) "", 1);
  attribution = add_string (&strings, self->attribution);

  g_variant_builder_init (&layers, G_VARIANT_TYPE ("a" TS_BASEMAP_COMPILED_LAYER));
  for (guint l = 0; l < TS_BASEMAP_N_ALL_LAYERS; l++)
    g_variant_builder_add_value (&layers, layer_to_variant (&self->layers[l], &strings));

  /* By key, so that the output does not depend on the hash table's order. */
  names = (const char **) g_hash_table_get_keys_as_array (self->province_names, &n_names);
  qsort (names, n_names, sizeof (char *), compare_names);
  for (guint i = 0; i < n_names; i++)
    {
      CompiledKey compiled = {
        add_string (&strings, names[i]),
        GPOINTER_TO_UINT (g_hash_table_lookup (self->province_names, names[i])) - 1
      };

      g_array_append_val (keys, compiled);
    }

  variant = g_variant_new ("(uu@a" TS_BASEMAP_COMPILED_LAYER "@ay@a(uu))",
                           TS_BASEMAP_COMPILED_MAGIC, attribution,
                           g_variant_builder_end (&layers),
                           g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, string_bytes->data,
                                                      string_bytes->len, 1),
                           g_variant_new_fixed_array (G_VARIANT_TYPE ("(uu)"), keys->data,
                                                      keys->len, sizeof (CompiledKey)));
  g_variant_ref_sink (variant);

  return g_variant_get_data_as_bytes (variant);
}

/* Reading */

static const char *
get_string (const char  *strings,
            gsize        n_strings,
            guint32      offset,
            gboolean    *ok)
{
  if (offset >= n_strings)
    {
      *ok = FALSE;
      return "";
    }

  return strings + offset;
}

static gboolean
load_layer (TsBasemap           *self,
            TsBasemapLayerData  *layer,
            GVariant            *variant,
            const char          *strings,
            gsize                n_strings,
            GError             **error)
{
  g_autoptr(GVariant) countries_variant = g_variant_get_child_value (variant, 0);
  g_autoptr(GVariant) rings_variant = g_variant_get_child_value (variant, 1);
  g_autoptr(GVariant) points_variant = g_variant_get_child_value (variant, 2);
  g_autoptr(GVariant) flags_variant = g_variant_get_child_value (variant, 3);
  const CompiledCountry *countries;
  const CompiledRing *rings;
  const double *points;
  const guint8 *flags;
  gsize n_countries, n_rings, n_points, n_flags;
  gboolean ok = TRUE;

  countries = g_variant_get_fixed_array (countries_variant, &n_countries,
                                         sizeof (CompiledCountry));
  rings = g_variant_get_fixed_array (rings_variant, &n_rings, sizeof (CompiledRing));
  points = g_variant_get_fixed_array (points_variant, &n_points, sizeof (double));
  flags = g_variant_get_fixed_array (flags_variant, &n_flags, 1);
  n_points /= 2;

  g_array_set_size (layer->rings, n_rings);
  for (gsize i = 0; i < n_rings; i++)
    {
      const CompiledRing *compiled = &rings[i];
      TsBasemapRing *ring = &g_array_index (layer->rings, TsBasemapRing, i);

      if (compiled->first_point > n_points || compiled->n_points > n_points - compiled->first_point
          || (compiled->first_flag != G_MAXUINT32
              && (compiled->first_flag > n_flags
                  || compiled->n_points > n_flags - compiled->first_flag)))
        {
          _ts_basemap_set_damaged_error (error, "a ring lies outside the points");
          return FALSE;
        }
      ring->xy = points + 2 * compiled->first_point;
      ring->n_points = compiled->n_points;
      ring->is_hole = compiled->is_hole != 0;
      ring->x0 = compiled->x0;
      ring->y0 = compiled->y0;
      ring->x1 = compiled->x1;
      ring->y1 = compiled->y1;
      ring->on_seam = compiled->first_flag != G_MAXUINT32 ? flags + compiled->first_flag : NULL;
    }

  g_array_set_size (layer->countries, n_countries);
  for (gsize i = 0; i < n_countries; i++)
    {
      const CompiledCountry *compiled = &countries[i];
      TsBasemapCountry *country = &g_array_index (layer->countries, TsBasemapCountry, i);

      if (compiled->first_ring > n_rings || compiled->n_rings > n_rings - compiled->first_ring)
        {
          _ts_basemap_set_damaged_error (error, "a country’s rings lie outside the rings");
          return FALSE;
        }
      country->name = get_string (strings, n_strings, compiled->name, &ok);
      country->iso_a2 = get_string (strings, n_strings, compiled->iso_a2, &ok);
      country->iso_n3 = get_string (strings, n_strings, compiled->iso_n3, &ok);
      country->country = get_string (strings, n_strings, compiled->country, &ok);
      country->label_lon = compiled->label_lon;
      country->label_lat = compiled->label_lat;
      country->label_x = compiled->label_x;
      country->label_y = compiled->label_y;
      country->x0 = compiled->x0;
      country->y0 = compiled->y0;
      country->x1 = compiled->x1;
      country->y1 = compiled->y1;
      country->main_width = compiled->main_width;
      country->main_height = compiled->main_height;
      country->rings = &g_array_index (layer->rings, TsBasemapRing, compiled->first_ring);
      country->n_rings = compiled->n_rings;
      if (layer == &self->layers[TS_BASEMAP_LAYER_REGION])
        g_hash_table_add (self->region_names, (gpointer) country->name);
    }
  if (!ok)
    {
      _ts_basemap_set_damaged_error (error, "a name lies outside the strings");
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_basemap_load_compiled (TsBasemap  *self,
                           GBytes     *bytes,
                           GError    **error)
{
  g_autoptr(GVariant) layers = NULL;
  g_autoptr(GVariant) strings_variant = NULL;
  g_autoptr(GVariant) keys_variant = NULL;
  const CompiledKey *keys;
  const char *strings;
  gsize n_strings, n_keys, n_provinces;
  guint32 magic, attribution;
  gboolean ok = TRUE;

  /* Not trusted: GVariant checks the framing as it reads (what does not
   * fit reads as zeros and empty arrays), and the offsets are checked here,
   * so that a damaged file is an error, not a crash. Not checked whole with
   * g_variant_is_normal_form(): that visits every point. */
  self->compiled = g_variant_ref_sink (g_variant_new_from_bytes (
    G_VARIANT_TYPE (TS_BASEMAP_COMPILED_TYPE), bytes, FALSE));

  g_variant_get (self->compiled, "(uu@a" TS_BASEMAP_COMPILED_LAYER "@ay@a(uu))",
                 &magic, &attribution, &layers, &strings_variant, &keys_variant);
  if (magic != TS_BASEMAP_COMPILED_MAGIC)
    {
      _ts_basemap_set_damaged_error (error, "unknown compiled format");
      return FALSE;
    }

  strings = g_variant_get_fixed_array (strings_variant, &n_strings, 1);
  if (n_strings == 0 || strings[n_strings - 1] != '\0')
    {
      _ts_basemap_set_damaged_error (error, "the strings are cut short");
      return FALSE;
    }
  self->attribution = get_string (strings, n_strings, attribution, &ok);
  if (*self->attribution == '\0')
    self->attribution = "Natural Earth";

  if (g_variant_n_children (layers) != TS_BASEMAP_N_ALL_LAYERS)
    {
      _ts_basemap_set_damaged_error (error, "wrong number of layers");
      return FALSE;
    }
  for (guint l = 0; l < TS_BASEMAP_N_ALL_LAYERS; l++)
    {
      g_autoptr(GVariant) layer = g_variant_get_child_value (layers, l);

      if (!load_layer (self, &self->layers[l], layer, strings, n_strings, error))
        return FALSE;
    }

  n_provinces = self->layers[TS_BASEMAP_N_LAYERS].countries->len;
  keys = g_variant_get_fixed_array (keys_variant, &n_keys, sizeof (CompiledKey));
  for (gsize i = 0; i < n_keys; i++)
    {
      if (keys[i].index >= n_provinces)
        {
          _ts_basemap_set_damaged_error (error, "a province name names no province");
          return FALSE;
        }
      g_hash_table_insert (self->province_names,
                           (gpointer) get_string (strings, n_strings, keys[i].key, &ok),
                           GUINT_TO_POINTER (keys[i].index + 1));
    }
  if (!ok)
    {
      _ts_basemap_set_damaged_error (error, "a name lies outside the strings");
      return FALSE;
    }

  return TRUE;
}
