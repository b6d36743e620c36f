/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-person"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-person.h"
#include "ts-named.h"
#include "ts-record-private.h"

struct _TsPerson
{
  TsRecord     parent_instance;
  GHashTable  *names;
  char       **aliases;
  char        *country;
  GPtrArray   *positions;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (TsPerson, ts_person, TS_TYPE_RECORD,
                               G_IMPLEMENT_INTERFACE (TS_TYPE_NAMED, NULL))
G_DEFINE_BOXED_TYPE (TsPosition, ts_position, ts_position_copy, ts_position_free)

enum {
  PROP_0,
  PROP_POSITIONS,
  N_PROPS,
  /* TsNamed's */
  PROP_NAMES = N_PROPS,
  PROP_ALIASES,
  PROP_COUNTRY,
};

static GParamSpec *properties[N_PROPS];

static const TsField position_fields[] = {
  { .key = "title", .label = N_("Title"), .kind = TS_FIELD_TEXT,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsPosition, title) },
  { .key = "organization", .label = N_("Organization"), .kind = TS_FIELD_REFERENCE,
    .ref_types = TS_REF_ORGANIZATION, .offset = G_STRUCT_OFFSET (TsPosition, organization_id) },
  { .key = "from", .label = N_("From"), .kind = TS_FIELD_DATE,
    .offset = G_STRUCT_OFFSET (TsPosition, from) },
  { .key = "to", .label = N_("To"), .kind = TS_FIELD_DATE,
    .offset = G_STRUCT_OFFSET (TsPosition, to) },
};

static const TsFieldItems position_items = {
  sizeof (TsPosition), (GBoxedCopyFunc) ts_position_copy, (GDestroyNotify) ts_position_free,
  position_fields, G_N_ELEMENTS (position_fields),
};

/* FORMAT.md order. */
static const TsField person_fields[] = {
  TS_NAMED_FIELD_NAMES (TsPerson, names),
  TS_NAMED_FIELD_ALIASES (TsPerson, aliases),
  TS_NAMED_FIELD_COUNTRY (TsPerson, country),
  { .key = "positions", .label = N_("Positions"), .kind = TS_FIELD_ITEMS,
    .items = &position_items,
    .offset = G_STRUCT_OFFSET (TsPerson, positions), .property = "positions" },
};

static void
ts_person_finalize (GObject *object)
{
  TsPerson *self = (TsPerson *)object;

  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->positions, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_person_parent_class)->finalize (object);
}

static void
ts_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsPerson *self = TS_PERSON (object);

  switch (prop_id)
    {
    case PROP_POSITIONS:
      g_value_set_boxed (value, self->positions);
      break;
    default:
      if (!_ts_named_get_property (object, prop_id - PROP_NAMES, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsPerson *self = TS_PERSON (object);

  switch (prop_id)
    {
    case PROP_POSITIONS:
      ts_person_set_positions (self, g_value_get_boxed (value));
      break;
    default:
      if (!_ts_named_set_property (object, prop_id - PROP_NAMES, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_person_class_init (TsPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_person_finalize;
  object_class->get_property = ts_person_get_property;
  object_class->set_property = ts_person_set_property;

  record_class->record_type = TS_RECORD_TYPE_PERSON;
  _ts_record_class_set_fields (record_class, person_fields,
                               G_N_ELEMENTS (person_fields));

  properties[PROP_POSITIONS] =
    g_param_spec_boxed ("positions", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  _ts_named_class_override_properties (object_class, PROP_NAMES);
}

static void
ts_person_init (TsPerson *self)
{
  self->names = _ts_names_new ();
  self->aliases = _ts_strv_new_empty ();
  self->positions = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_position_free);
}

TsPosition *
ts_position_new (const char   *title,
                 const char   *organization_id,
                 const TsDate *from,
                 const TsDate *to)
{
  TsPosition *position = g_new0 (TsPosition, 1);

  _ts_set_string (&position->title, title);
  _ts_set_string (&position->organization_id, organization_id);
  _ts_set_date (&position->from, from);
  _ts_set_date (&position->to, to);

  return position;
}

TsPosition *
ts_position_copy (const TsPosition *position)
{
  TsPosition *copy;

  g_return_val_if_fail (position != NULL, NULL);

  copy = g_new0 (TsPosition, 1);
  *copy = *position;
  copy->title = g_strdup (position->title);
  copy->organization_id = g_strdup (position->organization_id);

  return copy;
}

void
ts_position_free (TsPosition *position)
{
  if (position == NULL)
    return;

  g_free (position->title);
  g_free (position->organization_id);
  g_free (position);
}

gboolean
ts_position_equal (const TsPosition *a,
                   const TsPosition *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->organization_id, b->organization_id) == 0
         && ts_date_compare (&a->from, &b->from) == 0
         && ts_date_compare (&a->to, &b->to) == 0;
}

TsPerson *
ts_person_new (const char *id,
               const char *title)
{
  return g_object_new (TS_TYPE_PERSON,
                       "id", id,
                       "title", title,
                       NULL);
}

GPtrArray *
ts_person_get_positions (TsPerson *self)
{
  g_return_val_if_fail (TS_IS_PERSON (self), NULL);

  return self->positions;
}

void
ts_person_set_positions (TsPerson  *self,
                         GPtrArray *positions)
{
  g_return_if_fail (TS_IS_PERSON (self));

  if (_ts_items_equal (self->positions, positions, (GEqualFunc) ts_position_equal))
    return;

  g_ptr_array_unref (self->positions);
  self->positions = _ts_items_copy (positions, (GBoxedCopyFunc) ts_position_copy,
                                    (GDestroyNotify) ts_position_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITIONS]);
}

void
ts_person_add_position (TsPerson         *self,
                        const TsPosition *position)
{
  g_return_if_fail (TS_IS_PERSON (self));
  g_return_if_fail (position != NULL);

  g_ptr_array_add (self->positions, ts_position_copy (position));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITIONS]);
}

TS_NAMED_DEFINE_ACCESSORS (TsPerson, ts_person)
