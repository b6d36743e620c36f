/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-organization"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-organization.h"
#include "ts-record-private.h"

struct _TsOrganization
{
  TsRecord             parent_instance;
  GHashTable          *names;
  char               **aliases;
  TsOrganizationKind   kind;
  char                *country;
  char                *parent_id;
};

G_DEFINE_FINAL_TYPE (TsOrganization, ts_organization, TS_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAMES,
  PROP_ALIASES,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_PARENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const char * const organization_keys[] = {
  "names", "aliases", "kind", "country", "parent", NULL
};

static const struct
{
  const char *field;
  guint       types;
} reference_fields[] = {
  { "parent", TS_REF_ORGANIZATION },
};

static gboolean
ts_organization_load_json (TsRecord    *record,
                           JsonObject  *object,
                           GError     **error)
{
  TsOrganization *self = TS_ORGANIZATION (record);
  TsJsonContext ctx = { ts_record_get_id (record), NULL };
  int kind = 0;

  if (!_ts_json_read_names (&ctx, object, "names", &self->names, error)
      || !_ts_json_read_strv (&ctx, object, "aliases", &self->aliases, error)
      || !_ts_json_read_enum (&ctx, object, "kind", TS_TYPE_ORGANIZATION_KIND, &kind, error)
      || !_ts_json_read_string (&ctx, object, "country", &self->country, error)
      || !_ts_json_read_string (&ctx, object, "parent", &self->parent_id, error))
    return FALSE;

  self->kind = kind;

  return TRUE;
}

static void
ts_organization_save_json (TsRecord    *record,
                           JsonBuilder *builder)
{
  TsOrganization *self = TS_ORGANIZATION (record);

  _ts_json_write_names (builder, "names", self->names);
  _ts_json_write_strv (builder, "aliases", (const char * const *) self->aliases);
  _ts_json_write_enum (builder, "kind", TS_TYPE_ORGANIZATION_KIND, self->kind);
  _ts_json_write_string (builder, "country", self->country);
  _ts_json_write_string (builder, "parent", self->parent_id);
}

static void
ts_organization_foreach_reference (TsRecord        *record,
                                   TsReferenceFunc  func,
                                   gpointer         user_data)
{
  TsOrganization *self = TS_ORGANIZATION (record);

  if (self->parent_id != NULL)
    func (record, "parent", self->parent_id, user_data);
}

static void
ts_organization_append_search_text (TsRecord *record,
                                    GString  *text)
{
  TsOrganization *self = TS_ORGANIZATION (record);

  TS_RECORD_CLASS (ts_organization_parent_class)->append_search_text (record, text);
  _ts_search_append_names (text, self->names);
  _ts_search_append_strv (text, (const char * const *) self->aliases);
}

static void
ts_organization_copy_fields (TsRecord *record,
                             TsRecord *record_copy)
{
  TsOrganization *self = TS_ORGANIZATION (record);
  TsOrganization *copy = TS_ORGANIZATION (record_copy);

  g_hash_table_unref (copy->names);
  copy->names = _ts_names_copy (self->names);
  g_strfreev (copy->aliases);
  copy->aliases = g_strdupv (self->aliases);
  copy->kind = self->kind;
  copy->country = g_strdup (self->country);
  copy->parent_id = g_strdup (self->parent_id);
}

static gboolean
ts_organization_validate (TsRecord  *record,
                          GError   **error)
{
  TsOrganization *self = TS_ORGANIZATION (record);
  const char *id = ts_record_get_id (record);

  return _ts_check_country (id, "country", self->country, error)
         && _ts_check_reference (id, "parent", self->parent_id, TS_REF_ORGANIZATION, FALSE, error);
}

static guint
ts_organization_reference_types (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (reference_fields); i++)
    {
      if (g_str_equal (field, reference_fields[i].field))
        return reference_fields[i].types;
    }

  return 0;
}

static void
ts_organization_finalize (GObject *object)
{
  TsOrganization *self = (TsOrganization *)object;

  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->parent_id, g_free);

  G_OBJECT_CLASS (ts_organization_parent_class)->finalize (object);
}

static void
ts_organization_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsOrganization *self = TS_ORGANIZATION (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_organization_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsOrganization *self = TS_ORGANIZATION (object);

  switch (prop_id)
    {
    case PROP_NAMES:
      ts_organization_set_names (self, g_value_get_boxed (value));
      break;
    case PROP_ALIASES:
      ts_organization_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_KIND:
      ts_organization_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_COUNTRY:
      ts_organization_set_country (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      ts_organization_set_parent_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_organization_class_init (TsOrganizationClass *klass)
{
  static const TsRecordHooks hooks = {
    ts_organization_copy_fields,
    ts_organization_validate,
    ts_organization_reference_types,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_organization_finalize;
  object_class->get_property = ts_organization_get_property;
  object_class->set_property = ts_organization_set_property;

  record_class->record_type = TS_RECORD_TYPE_ORGANIZATION;
  record_class->keys = organization_keys;
  record_class->load_json = ts_organization_load_json;
  record_class->save_json = ts_organization_save_json;
  record_class->foreach_reference = ts_organization_foreach_reference;
  record_class->append_search_text = ts_organization_append_search_text;
  _ts_record_class_set_hooks (record_class, &hooks);

  properties[PROP_NAMES] =
    g_param_spec_boxed ("names", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_ORGANIZATION_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_organization_init (TsOrganization *self)
{
  self->names = _ts_names_new ();
  self->aliases = _ts_strv_new_empty ();
}

TsOrganization *
ts_organization_new (const char *id,
                     const char *title)
{
  return g_object_new (TS_TYPE_ORGANIZATION,
                       "id", id,
                       "title", title,
                       NULL);
}

GHashTable *
ts_organization_get_names (TsOrganization *self)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), NULL);

  return self->names;
}

void
ts_organization_set_names (TsOrganization *self,
                           GHashTable     *names)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));

  if (_ts_names_equal (self->names, names))
    return;

  g_hash_table_unref (self->names);
  self->names = _ts_names_copy (names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMES]);
}

const char *
ts_organization_get_name (TsOrganization *self,
                          const char     *language)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  return g_hash_table_lookup (self->names, language);
}

void
ts_organization_set_name (TsOrganization *self,
                          const char     *language,
                          const char     *name)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));
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
ts_organization_get_aliases (TsOrganization *self)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), NULL);

  return (const char * const *) self->aliases;
}

void
ts_organization_set_aliases (TsOrganization     *self,
                             const char * const *aliases)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));

  if (_ts_set_strv (&self->aliases, aliases))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

TsOrganizationKind
ts_organization_get_kind (TsOrganization *self)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), 0);

  return self->kind;
}

void
ts_organization_set_kind (TsOrganization     *self,
                          TsOrganizationKind  kind)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ts_organization_get_country (TsOrganization *self)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), NULL);

  return self->country;
}

void
ts_organization_set_country (TsOrganization *self,
                             const char     *country)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));

  if (_ts_set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
ts_organization_get_parent_id (TsOrganization *self)
{
  g_return_val_if_fail (TS_IS_ORGANIZATION (self), NULL);

  return self->parent_id;
}

void
ts_organization_set_parent_id (TsOrganization *self,
                               const char     *parent_id)
{
  g_return_if_fail (TS_IS_ORGANIZATION (self));

  if (_ts_set_string (&self->parent_id, parent_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}
