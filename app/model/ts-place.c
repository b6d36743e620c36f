/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-place"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-place.h"
#include "ts-record-private.h"

struct _TsPlace
{
  TsRecord      parent_instance;
  GHashTable   *names;
  char        **aliases;
  TsPlaceKind   kind;
  char         *country;
  char         *parent_id;
  double        lat;
  double        lon;
};

G_DEFINE_FINAL_TYPE (TsPlace, ts_place, TS_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAMES,
  PROP_ALIASES,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_PARENT_ID,
  PROP_LAT,
  PROP_LON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const char * const place_keys[] = {
  "names", "aliases", "kind", "country", "parent", "lat", "lon", NULL
};

static const struct
{
  const char *field;
  guint       types;
} reference_fields[] = {
  { "parent", TS_REF_PLACE },
};

static gboolean
ts_place_load_json (TsRecord    *record,
                    JsonObject  *object,
                    GError     **error)
{
  TsPlace *self = TS_PLACE (record);
  TsJsonContext ctx = { ts_record_get_id (record), NULL };
  int kind = 0;

  if (!_ts_json_read_names (&ctx, object, "names", &self->names, error)
      || !_ts_json_read_strv (&ctx, object, "aliases", &self->aliases, error)
      || !_ts_json_read_enum (&ctx, object, "kind", TS_TYPE_PLACE_KIND, &kind, error)
      || !_ts_json_read_string (&ctx, object, "country", &self->country, error)
      || !_ts_json_read_string (&ctx, object, "parent", &self->parent_id, error)
      || !_ts_json_read_number (&ctx, object, "lat", &self->lat, error)
      || !_ts_json_read_number (&ctx, object, "lon", &self->lon, error))
    return FALSE;

  self->kind = kind;

  return TRUE;
}

static void
ts_place_save_json (TsRecord    *record,
                    JsonBuilder *builder)
{
  TsPlace *self = TS_PLACE (record);

  _ts_json_write_names (builder, "names", self->names);
  _ts_json_write_strv (builder, "aliases", (const char * const *) self->aliases);
  _ts_json_write_enum (builder, "kind", TS_TYPE_PLACE_KIND, self->kind);
  _ts_json_write_string (builder, "country", self->country);
  _ts_json_write_string (builder, "parent", self->parent_id);
  _ts_json_write_number (builder, "lat", self->lat);
  _ts_json_write_number (builder, "lon", self->lon);
}

static void
ts_place_foreach_reference (TsRecord        *record,
                            TsReferenceFunc  func,
                            gpointer         user_data)
{
  TsPlace *self = TS_PLACE (record);

  if (self->parent_id != NULL)
    func (record, "parent", self->parent_id, user_data);
}

static void
ts_place_append_search_text (TsRecord *record,
                             GString  *text)
{
  TsPlace *self = TS_PLACE (record);

  TS_RECORD_CLASS (ts_place_parent_class)->append_search_text (record, text);
  _ts_search_append_names (text, self->names);
  _ts_search_append_strv (text, (const char * const *) self->aliases);
}

static void
ts_place_copy_fields (TsRecord *record,
                      TsRecord *record_copy)
{
  TsPlace *self = TS_PLACE (record);
  TsPlace *copy = TS_PLACE (record_copy);

  g_hash_table_unref (copy->names);
  copy->names = _ts_names_copy (self->names);
  g_strfreev (copy->aliases);
  copy->aliases = g_strdupv (self->aliases);
  copy->kind = self->kind;
  copy->country = g_strdup (self->country);
  copy->parent_id = g_strdup (self->parent_id);
  copy->lat = self->lat;
  copy->lon = self->lon;
}

static gboolean
ts_place_validate (TsRecord  *record,
                   GError   **error)
{
  TsPlace *self = TS_PLACE (record);
  const char *id = ts_record_get_id (record);

  return _ts_check_country (id, "country", self->country, error)
         && _ts_check_reference (id, "parent", self->parent_id, TS_REF_PLACE, FALSE, error)
         && _ts_check_latitude (id, "lat", self->lat, error)
         && _ts_check_longitude (id, "lon", self->lon, error);
}

static guint
ts_place_reference_types (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (reference_fields); i++)
    {
      if (g_str_equal (field, reference_fields[i].field))
        return reference_fields[i].types;
    }

  return 0;
}

static void
ts_place_finalize (GObject *object)
{
  TsPlace *self = (TsPlace *)object;

  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->parent_id, g_free);

  G_OBJECT_CLASS (ts_place_parent_class)->finalize (object);
}

static void
ts_place_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TsPlace *self = TS_PLACE (object);

  switch (prop_id)
    {
    case PROP_NAMES:
      g_value_set_boxed (value, self->names);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_PARENT_ID:
      g_value_set_string (value, self->parent_id);
      break;
    case PROP_LAT:
      g_value_set_double (value, self->lat);
      break;
    case PROP_LON:
      g_value_set_double (value, self->lon);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_place_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  TsPlace *self = TS_PLACE (object);

  switch (prop_id)
    {
    case PROP_NAMES:
      ts_place_set_names (self, g_value_get_boxed (value));
      break;
    case PROP_ALIASES:
      ts_place_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_KIND:
      ts_place_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_COUNTRY:
      ts_place_set_country (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      ts_place_set_parent_id (self, g_value_get_string (value));
      break;
    case PROP_LAT:
      ts_place_set_lat (self, g_value_get_double (value));
      break;
    case PROP_LON:
      ts_place_set_lon (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_place_class_init (TsPlaceClass *klass)
{
  static const TsRecordHooks hooks = {
    ts_place_copy_fields,
    ts_place_validate,
    ts_place_reference_types,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_place_finalize;
  object_class->get_property = ts_place_get_property;
  object_class->set_property = ts_place_set_property;

  record_class->record_type = TS_RECORD_TYPE_PLACE;
  record_class->keys = place_keys;
  record_class->load_json = ts_place_load_json;
  record_class->save_json = ts_place_save_json;
  record_class->foreach_reference = ts_place_foreach_reference;
  record_class->append_search_text = ts_place_append_search_text;
  _ts_record_class_set_hooks (record_class, &hooks);

  properties[PROP_NAMES] =
    g_param_spec_boxed ("names", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_PLACE_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAT] =
    g_param_spec_double ("lat", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LON] =
    g_param_spec_double ("lon", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_place_init (TsPlace *self)
{
  self->names = _ts_names_new ();
  self->aliases = _ts_strv_new_empty ();
  self->lat = NAN;
  self->lon = NAN;
}

TsPlace *
ts_place_new (const char *id,
              const char *title)
{
  return g_object_new (TS_TYPE_PLACE,
                       "id", id,
                       "title", title,
                       NULL);
}

GHashTable *
ts_place_get_names (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NULL);

  return self->names;
}

void
ts_place_set_names (TsPlace    *self,
                    GHashTable *names)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_names_equal (self->names, names))
    return;

  g_hash_table_unref (self->names);
  self->names = _ts_names_copy (names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMES]);
}

const char *
ts_place_get_name (TsPlace    *self,
                   const char *language)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  return g_hash_table_lookup (self->names, language);
}

void
ts_place_set_name (TsPlace    *self,
                   const char *language,
                   const char *name)
{
  g_return_if_fail (TS_IS_PLACE (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->names, language), name) == 0)
    return;

  if (name != NULL && name[0] != '\0')
    g_hash_table_insert (self->names, g_strdup (language), g_strdup (name));
  else if (!g_hash_table_remove (self->names, language))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMES]);
}

const char * const *
ts_place_get_aliases (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NULL);

  return (const char * const *) self->aliases;
}

void
ts_place_set_aliases (TsPlace            *self,
                      const char * const *aliases)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_set_strv (&self->aliases, aliases))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

TsPlaceKind
ts_place_get_kind (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), 0);

  return self->kind;
}

void
ts_place_set_kind (TsPlace     *self,
                   TsPlaceKind  kind)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ts_place_get_country (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NULL);

  return self->country;
}

void
ts_place_set_country (TsPlace    *self,
                      const char *country)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
ts_place_get_parent_id (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NULL);

  return self->parent_id;
}

void
ts_place_set_parent_id (TsPlace    *self,
                        const char *parent_id)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_set_string (&self->parent_id, parent_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

double
ts_place_get_lat (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NAN);

  return self->lat;
}

void
ts_place_set_lat (TsPlace *self,
                  double   lat)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_set_double (&self->lat, lat))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAT]);
}

double
ts_place_get_lon (TsPlace *self)
{
  g_return_val_if_fail (TS_IS_PLACE (self), NAN);

  return self->lon;
}

void
ts_place_set_lon (TsPlace *self,
                  double   lon)
{
  g_return_if_fail (TS_IS_PLACE (self));

  if (_ts_set_double (&self->lon, lon))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LON]);
}
