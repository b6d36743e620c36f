/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-place"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-place.h"
#include "ts-dataset.h"
#include "ts-named.h"
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

/* Place hierarchies are short; a longer chain is a cycle. */
#define MAX_PLACE_DEPTH 32

static void ts_place_named_iface_init (TsNamedInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsPlace, ts_place, TS_TYPE_RECORD,
                               G_IMPLEMENT_INTERFACE (TS_TYPE_NAMED,
                                                      ts_place_named_iface_init))

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARENT_ID,
  PROP_LAT,
  PROP_LON,
  N_PROPS,
  /* TsNamed's */
  PROP_NAMES = N_PROPS,
  PROP_ALIASES,
  PROP_COUNTRY,
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const TsField place_fields[] = {
  TS_NAMED_FIELD_NAMES (TsPlace, names),
  TS_NAMED_FIELD_ALIASES (TsPlace, aliases),
  { .key = "kind", .label = N_("Kind"), .kind = TS_FIELD_ENUM, .flags = TS_FIELD_FILTERABLE,
    .enum_type = ts_place_kind_get_type,
    .offset = G_STRUCT_OFFSET (TsPlace, kind), .property = "kind" },
  TS_NAMED_FIELD_COUNTRY (TsPlace, country),
  { .key = "parent", .label = N_("Part of"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_PLACE,
    .offset = G_STRUCT_OFFSET (TsPlace, parent_id), .property = "parent-id" },
  { .key = "lat", .label = N_("Latitude"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LATITUDE, .min = -90, .max = 90,
    .offset = G_STRUCT_OFFSET (TsPlace, lat), .property = "lat" },
  { .key = "lon", .label = N_("Longitude"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LONGITUDE, .min = -180, .max = 180,
    .offset = G_STRUCT_OFFSET (TsPlace, lon), .property = "lon" },
};

/* A place's own country, or its nearest ancestor's. */
static const char *
ts_place_find_country (TsNamed   *named,
                       TsDataset *dataset)
{
  TsRecord *place = TS_RECORD (named);

  for (guint depth = 0; place != NULL && depth < MAX_PLACE_DEPTH; depth++)
    {
      const char *country = TS_PLACE (place)->country;

      if (country != NULL)
        return country;
      if (dataset == NULL)
        return NULL;
      place = ts_dataset_lookup (dataset, TS_PLACE (place)->parent_id);
      if (place != NULL && !TS_IS_PLACE (place))
        return NULL;
    }

  return NULL;
}

static void
ts_place_named_iface_init (TsNamedInterface *iface)
{
  iface->find_country = ts_place_find_country;
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
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
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
      if (!_ts_named_get_property (object, prop_id - PROP_NAMES, value))
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
    case PROP_KIND:
      ts_place_set_kind (self, g_value_get_enum (value));
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
      if (!_ts_named_set_property (object, prop_id - PROP_NAMES, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_place_class_init (TsPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_place_finalize;
  object_class->get_property = ts_place_get_property;
  object_class->set_property = ts_place_set_property;

  record_class->record_type = TS_RECORD_TYPE_PLACE;
  _ts_record_class_set_fields (record_class, place_fields,
                               G_N_ELEMENTS (place_fields));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_PLACE_KIND, 0,
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
  _ts_named_class_override_properties (object_class, PROP_NAMES);
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

TS_NAMED_DEFINE_ACCESSORS (TsPlace, ts_place)

gboolean
ts_place_is_within (TsDataset  *dataset,
                    const char *id,
                    const char *ancestor_id)
{
  g_return_val_if_fail (ancestor_id != NULL, FALSE);

  for (guint depth = 0; id != NULL && depth < MAX_PLACE_DEPTH; depth++)
    {
      TsRecord *place;

      if (g_str_equal (id, ancestor_id))
        return TRUE;
      if (dataset == NULL)
        return FALSE;

      place = ts_dataset_lookup (dataset, id);
      if (place == NULL || !TS_IS_PLACE (place))
        return FALSE;
      id = TS_PLACE (place)->parent_id;
    }

  return FALSE;
}
