/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-named"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-named.h"
#include "ts-field.h"
#include "ts-i18n.h"
#include "ts-record-private.h"

G_DEFINE_INTERFACE (TsNamed, ts_named, TS_TYPE_RECORD)

static const char *
ts_named_real_find_country (TsNamed   *self,
                            TsDataset *dataset)
{
  return ts_named_get_country (self);
}

static void
ts_named_default_init (TsNamedInterface *iface)
{
  iface->find_country = ts_named_real_find_country;

  g_object_interface_install_property (
    iface, g_param_spec_boxed ("names", NULL, NULL, G_TYPE_HASH_TABLE,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                               | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (
    iface, g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                               | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (
    iface, g_param_spec_string ("country", NULL, NULL, NULL,
                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                | G_PARAM_STATIC_STRINGS));
}

/* The implementing type's fields, looked up once per type. */
static TsNamedInterface *
get_iface (TsNamed *self)
{
  TsNamedInterface *iface = TS_NAMED_GET_IFACE (self);

  if (iface->names_field == NULL)
    {
      TsRecordClass *klass = TS_RECORD_GET_CLASS (self);

      iface->aliases_field = ts_record_class_find_field (klass, "aliases");
      iface->country_field = ts_record_class_find_field (klass, "country");
      iface->names_field = ts_record_class_find_field (klass, "names");
      g_assert (iface->names_field != NULL && iface->names_field->kind == TS_FIELD_NAMES);
      g_assert (iface->aliases_field != NULL && iface->country_field != NULL);
    }

  return iface;
}

static gpointer
get_storage (TsNamed       *self,
             const TsField *field)
{
  return ts_field_get_storage (field, TS_RECORD (self));
}

static void
notify (TsNamed       *self,
        const TsField *field)
{
  g_object_notify (G_OBJECT (self), field->property);
}

GHashTable *
ts_named_get_names (TsNamed *self)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);

  return *(GHashTable **) get_storage (self, get_iface (self)->names_field);
}

void
ts_named_set_names (TsNamed    *self,
                    GHashTable *names)
{
  const TsField *field;
  GHashTable **storage;

  g_return_if_fail (TS_IS_NAMED (self));

  field = get_iface (self)->names_field;
  storage = get_storage (self, field);
  if (_ts_names_equal (*storage, names))
    return;

  g_hash_table_unref (*storage);
  *storage = _ts_names_copy (names);
  notify (self, field);
}

const char *
ts_named_get_name (TsNamed    *self,
                   const char *language)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  return g_hash_table_lookup (ts_named_get_names (self), language);
}

void
ts_named_set_name (TsNamed    *self,
                   const char *language,
                   const char *name)
{
  GHashTable *names;

  g_return_if_fail (TS_IS_NAMED (self));
  g_return_if_fail (language != NULL);

  names = ts_named_get_names (self);
  if (g_strcmp0 (g_hash_table_lookup (names, language), name) == 0)
    return;

  if (name != NULL && name[0] != '\0')
    g_hash_table_insert (names, g_strdup (language), g_strdup (name));
  else if (!g_hash_table_remove (names, language))
    return;

  notify (self, get_iface (self)->names_field);
}

const char * const *
ts_named_get_aliases (TsNamed *self)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);

  return *(const char * const **) get_storage (self, get_iface (self)->aliases_field);
}

void
ts_named_set_aliases (TsNamed            *self,
                      const char * const *aliases)
{
  const TsField *field;

  g_return_if_fail (TS_IS_NAMED (self));

  field = get_iface (self)->aliases_field;
  if (_ts_set_strv (get_storage (self, field), aliases))
    notify (self, field);
}

const char *
ts_named_get_country (TsNamed *self)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);

  return *(const char **) get_storage (self, get_iface (self)->country_field);
}

void
ts_named_set_country (TsNamed    *self,
                      const char *country)
{
  const TsField *field;

  g_return_if_fail (TS_IS_NAMED (self));

  field = get_iface (self)->country_field;
  if (_ts_set_string (get_storage (self, field), country))
    notify (self, field);
}

const char *
ts_named_find_country (TsNamed   *self,
                       TsDataset *dataset)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);

  return TS_NAMED_GET_IFACE (self)->find_country (self, dataset);
}

static const char *local_name_in (GHashTable *names);

const char *
ts_named_get_local_name (TsNamed *self)
{
  g_return_val_if_fail (TS_IS_NAMED (self), NULL);

  return local_name_in (ts_named_get_names (self));
}

gboolean
_ts_named_lookup_local_name (TsRecord    *record,
                             const char **name)
{
  TsNamedInterface *iface = g_type_interface_peek (G_OBJECT_GET_CLASS (record), TS_TYPE_NAMED);

  if (iface == NULL)
    return FALSE;
  if (iface->names_field == NULL)
    get_iface (TS_NAMED (record));
  *name = local_name_in (*(GHashTable **) _ts_field_storage (iface->names_field, record));
  return TRUE;
}

static const char *
local_name_in (GHashTable *names)
{
  if (names == NULL || g_hash_table_size (names) == 0)
    return NULL;

  /* The list ends at "en": the title is the English name. */
  for (const char * const *l = ts_i18n_get_name_languages (); *l != NULL; l++)
    {
      const char *name = g_hash_table_lookup (names, *l);

      if (!g_str_equal (*l, "en") && name != NULL && *name != '\0')
        return name;
    }

  return NULL;
}

void
ts_named_append_name_text (TsNamed *self,
                           GString *text)
{
  g_return_if_fail (TS_IS_NAMED (self));

  _ts_search_append (text, ts_record_get_title (TS_RECORD (self)));
  _ts_search_append_names (text, ts_named_get_names (self));
  _ts_search_append_strv (text, ts_named_get_aliases (self));
}

/* Private API for the implementations */

static const char * const property_names[] = { "names", "aliases", "country" };

void
_ts_named_class_override_properties (GObjectClass *klass,
                                     guint         first_prop_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (property_names); i++)
    g_object_class_override_property (klass, first_prop_id + i, property_names[i]);
}

gboolean
_ts_named_get_property (GObject *object,
                        guint    index,
                        GValue  *value)
{
  TsNamed *self = TS_NAMED (object);

  switch (index)
    {
    case 0:
      g_value_set_boxed (value, ts_named_get_names (self));
      return TRUE;
    case 1:
      g_value_set_boxed (value, ts_named_get_aliases (self));
      return TRUE;
    case 2:
      g_value_set_string (value, ts_named_get_country (self));
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
_ts_named_set_property (GObject      *object,
                        guint         index,
                        const GValue *value)
{
  TsNamed *self = TS_NAMED (object);

  switch (index)
    {
    case 0:
      ts_named_set_names (self, g_value_get_boxed (value));
      return TRUE;
    case 1:
      ts_named_set_aliases (self, g_value_get_boxed (value));
      return TRUE;
    case 2:
      ts_named_set_country (self, g_value_get_string (value));
      return TRUE;
    default:
      return FALSE;
    }
}
