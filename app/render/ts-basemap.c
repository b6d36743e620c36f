/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-basemap"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-basemap-private.h"
#include "ts-error.h"
#include "ts-record.h"

G_DEFINE_FINAL_TYPE (TsBasemap, ts_basemap, G_TYPE_OBJECT)

void
_ts_basemap_set_damaged_error (GError     **error,
                               const char  *what)
{
  g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
               _("The map’s country shapes are damaged (%s); reinstall Tianshan"), what);
}

/* Records name provinces in many ways ("Chuy Region", "Chuy Oblast",
 * "Xinjiang Uygur Autonomous Region"); Natural Earth by the bare name. */
static const char * const province_suffixes[] = {
  " uygur autonomous region", " uyghur autonomous region", " zhuang autonomous region",
  " hui autonomous region", " autonomous region", " province", " region",
  " oblasty", " oblast", " oblusu", " municipality",
};

char *
_ts_basemap_make_province_key (const char *iso_a2,
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
clear_layer (TsBasemapLayerData *layer)
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
init_layer (TsBasemapLayerData *layer)
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

  for (guint l = 0; l < TS_BASEMAP_N_ALL_LAYERS; l++)
    clear_layer (&self->layers[l]);
  g_clear_pointer (&self->province_names, g_hash_table_unref);
  g_clear_pointer (&self->region_names, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->compiled, g_variant_unref);

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
  for (guint l = 0; l < TS_BASEMAP_N_ALL_LAYERS; l++)
    init_layer (&self->layers[l]);
  self->province_names = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (1024);
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
  if (!_ts_basemap_load_json (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
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

/**
 * ts_basemap_new_from_compiled:
 * @bytes: the compiled form, as ts_basemap_to_compiled() makes it
 * @error: return location for a #TS_RECORD_ERROR
 *
 * Returns: (transfer full): the basemap, or %NULL with @error set
 */
TsBasemap *
ts_basemap_new_from_compiled (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(TsBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TS_TYPE_BASEMAP, NULL);
  if (!_ts_basemap_load_compiled (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
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

  return self->layers[TS_BASEMAP_N_LAYERS].countries->len;
}

const TsBasemapCountry *
ts_basemap_get_province (TsBasemap *self,
                         guint      index)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (index < self->layers[TS_BASEMAP_N_LAYERS].countries->len, NULL);

  return &g_array_index (self->layers[TS_BASEMAP_N_LAYERS].countries, TsBasemapCountry, index);
}

const TsBasemapCountry *
ts_basemap_lookup_province (TsBasemap  *self,
                            const char *hasc)
{
  GArray *provinces;

  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (hasc != NULL, NULL);

  provinces = self->layers[TS_BASEMAP_N_LAYERS].countries;
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

  key = _ts_basemap_make_province_key (iso_a2, name);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->province_names, key));
  if (index == 0)
    return NULL;

  return &g_array_index (self->layers[TS_BASEMAP_N_LAYERS].countries, TsBasemapCountry, index - 1);
}

gboolean
ts_basemap_code_is_province (const char *code)
{
  return code != NULL && strchr (code, '.') != NULL;
}

const char *
ts_basemap_get_attribution (TsBasemap *self)
{
  g_return_val_if_fail (TS_IS_BASEMAP (self), NULL);

  return self->attribution;
}
