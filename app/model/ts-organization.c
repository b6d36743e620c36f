/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-organization"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-organization.h"
#include "ts-named.h"
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

G_DEFINE_FINAL_TYPE_WITH_CODE (TsOrganization, ts_organization, TS_TYPE_RECORD,
                               G_IMPLEMENT_INTERFACE (TS_TYPE_NAMED, NULL))

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARENT_ID,
  N_PROPS,
  /* TsNamed's */
  PROP_NAMES = N_PROPS,
  PROP_ALIASES,
  PROP_COUNTRY,
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const TsField organization_fields[] = {
  TS_NAMED_FIELD_NAMES (TsOrganization, names),
  TS_NAMED_FIELD_ALIASES (TsOrganization, aliases),
  { .key = "kind", .label = N_("Kind"), .kind = TS_FIELD_ENUM, .flags = TS_FIELD_FILTERABLE,
    .enum_type = ts_organization_kind_get_type,
    .offset = G_STRUCT_OFFSET (TsOrganization, kind), .property = "kind" },
  TS_NAMED_FIELD_COUNTRY (TsOrganization, country),
  { .key = "parent", .label = N_("Part of"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_ORGANIZATION,
    .offset = G_STRUCT_OFFSET (TsOrganization, parent_id), .property = "parent-id" },
};

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
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PARENT_ID:
      g_value_set_string (value, self->parent_id);
      break;
    default:
      if (!_ts_named_get_property (object, prop_id - PROP_NAMES, value))
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
    case PROP_KIND:
      ts_organization_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PARENT_ID:
      ts_organization_set_parent_id (self, g_value_get_string (value));
      break;
    default:
      if (!_ts_named_set_property (object, prop_id - PROP_NAMES, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_organization_class_init (TsOrganizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_organization_finalize;
  object_class->get_property = ts_organization_get_property;
  object_class->set_property = ts_organization_set_property;

  record_class->record_type = TS_RECORD_TYPE_ORGANIZATION;
  _ts_record_class_set_fields (record_class, organization_fields,
                               G_N_ELEMENTS (organization_fields));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_ORGANIZATION_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  _ts_named_class_override_properties (object_class, PROP_NAMES);
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

TS_NAMED_DEFINE_ACCESSORS (TsOrganization, ts_organization)
