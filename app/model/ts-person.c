/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-person"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-person.h"
#include "ts-record-private.h"

struct _TsPerson
{
  TsRecord     parent_instance;
  GHashTable  *names;
  char       **aliases;
  char        *country;
  GPtrArray   *positions;
};

G_DEFINE_FINAL_TYPE (TsPerson, ts_person, TS_TYPE_RECORD)
G_DEFINE_BOXED_TYPE (TsPosition, ts_position, ts_position_copy, ts_position_free)

enum {
  PROP_0,
  PROP_NAMES,
  PROP_ALIASES,
  PROP_COUNTRY,
  PROP_POSITIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const char * const person_keys[] = {
  "names", "aliases", "country", "positions", NULL
};

static const char * const position_keys[] = {
  "title", "organization", "from", "to", NULL
};

static const struct
{
  const char *field;
  guint       types;
} reference_fields[] = {
  { "positions.organization", TS_REF_ORGANIZATION },
};

static gboolean
load_positions (TsPerson             *self,
                const TsJsonContext  *ctx,
                JsonObject           *object,
                GError              **error)
{
  JsonArray *array = NULL;
  guint length;

  if (!_ts_json_read_items (ctx, object, "positions", &array, error))
    return FALSE;

  length = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < length; i++)
    {
      g_autoptr(TsPosition) item = ts_position_new (NULL, NULL, NULL, NULL);
      g_autofree char *prefix = NULL;
      TsJsonContext item_ctx = { ctx->id, NULL };
      JsonObject *item_object;

      if (!_ts_json_get_item (ctx, array, "positions", i, position_keys,
                              &item_object, &prefix, error))
        return FALSE;
      item_ctx.prefix = prefix;

      if (!_ts_json_read_string (&item_ctx, item_object, "title", &item->title, error)
          || !_ts_json_read_string (&item_ctx, item_object, "organization", &item->organization_id,
                                    error)
          || !_ts_json_read_date (&item_ctx, item_object, "from", &item->from, error)
          || !_ts_json_read_date (&item_ctx, item_object, "to", &item->to, error))
        return FALSE;

      g_ptr_array_add (self->positions, g_steal_pointer (&item));
    }

  return TRUE;
}

static void
save_positions (TsPerson    *self,
                JsonBuilder *builder)
{
  if (self->positions->len == 0)
    return;

  json_builder_set_member_name (builder, "positions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->positions->len; i++)
    {
      TsPosition *item = g_ptr_array_index (self->positions, i);

      json_builder_begin_object (builder);
      _ts_json_write_string (builder, "title", item->title);
      _ts_json_write_string (builder, "organization", item->organization_id);
      _ts_json_write_date (builder, "from", &item->from);
      _ts_json_write_date (builder, "to", &item->to);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
validate_positions (TsPerson    *self,
                    const char  *id,
                    GError     **error)
{
  for (guint i = 0; i < self->positions->len; i++)
    {
      TsPosition *item = g_ptr_array_index (self->positions, i);
      g_autofree char *title_path = g_strdup_printf ("positions[%u].title", i);
      g_autofree char *organization_id_path = g_strdup_printf ("positions[%u].organization", i);
      g_autofree char *from_path = g_strdup_printf ("positions[%u].from", i);
      g_autofree char *to_path = g_strdup_printf ("positions[%u].to", i);

      if (!_ts_check_required_string (id, title_path, item->title, error)
          || !_ts_check_reference (id, organization_id_path, item->organization_id,
                                   TS_REF_ORGANIZATION, FALSE, error)
          || !_ts_check_date (id, from_path, &item->from, error)
          || !_ts_check_date (id, to_path, &item->to, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
ts_person_load_json (TsRecord    *record,
                     JsonObject  *object,
                     GError     **error)
{
  TsPerson *self = TS_PERSON (record);
  TsJsonContext ctx = { ts_record_get_id (record), NULL };

  if (!_ts_json_read_names (&ctx, object, "names", &self->names, error)
      || !_ts_json_read_strv (&ctx, object, "aliases", &self->aliases, error)
      || !_ts_json_read_string (&ctx, object, "country", &self->country, error)
      || !load_positions (self, &ctx, object, error))
    return FALSE;

  return TRUE;
}

static void
ts_person_save_json (TsRecord    *record,
                     JsonBuilder *builder)
{
  TsPerson *self = TS_PERSON (record);

  _ts_json_write_names (builder, "names", self->names);
  _ts_json_write_strv (builder, "aliases", (const char * const *) self->aliases);
  _ts_json_write_string (builder, "country", self->country);
  save_positions (self, builder);
}

static void
ts_person_foreach_reference (TsRecord        *record,
                             TsReferenceFunc  func,
                             gpointer         user_data)
{
  TsPerson *self = TS_PERSON (record);

  for (guint i = 0; i < self->positions->len; i++)
    {
      TsPosition *item = g_ptr_array_index (self->positions, i);

      if (item->organization_id != NULL)
        func (record, "positions.organization", item->organization_id, user_data);
    }
}

static void
ts_person_append_search_text (TsRecord *record,
                              GString  *text)
{
  TsPerson *self = TS_PERSON (record);

  TS_RECORD_CLASS (ts_person_parent_class)->append_search_text (record, text);
  _ts_search_append_names (text, self->names);
  _ts_search_append_strv (text, (const char * const *) self->aliases);
  for (guint i = 0; i < self->positions->len; i++)
    _ts_search_append (text, ((TsPosition *) g_ptr_array_index (self->positions, i))->title);
}

static void
ts_person_copy_fields (TsRecord *record,
                       TsRecord *record_copy)
{
  TsPerson *self = TS_PERSON (record);
  TsPerson *copy = TS_PERSON (record_copy);

  g_hash_table_unref (copy->names);
  copy->names = _ts_names_copy (self->names);
  g_strfreev (copy->aliases);
  copy->aliases = g_strdupv (self->aliases);
  copy->country = g_strdup (self->country);
  g_ptr_array_unref (copy->positions);
  copy->positions = _ts_items_copy (self->positions, (GBoxedCopyFunc) ts_position_copy,
                                    (GDestroyNotify) ts_position_free);
}

static gboolean
ts_person_validate (TsRecord  *record,
                    GError   **error)
{
  TsPerson *self = TS_PERSON (record);
  const char *id = ts_record_get_id (record);

  return _ts_check_country (id, "country", self->country, error)
         && validate_positions (self, id, error);
}

static guint
ts_person_reference_types (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (reference_fields); i++)
    {
      if (g_str_equal (field, reference_fields[i].field))
        return reference_fields[i].types;
    }

  return 0;
}

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
    case PROP_NAMES:
      g_value_set_boxed (value, self->names);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_POSITIONS:
      g_value_set_boxed (value, self->positions);
      break;
    default:
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
    case PROP_NAMES:
      ts_person_set_names (self, g_value_get_boxed (value));
      break;
    case PROP_ALIASES:
      ts_person_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_COUNTRY:
      ts_person_set_country (self, g_value_get_string (value));
      break;
    case PROP_POSITIONS:
      ts_person_set_positions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_person_class_init (TsPersonClass *klass)
{
  static const TsRecordHooks hooks = {
    ts_person_copy_fields,
    ts_person_validate,
    ts_person_reference_types,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_person_finalize;
  object_class->get_property = ts_person_get_property;
  object_class->set_property = ts_person_set_property;

  record_class->record_type = TS_RECORD_TYPE_PERSON;
  record_class->keys = person_keys;
  record_class->load_json = ts_person_load_json;
  record_class->save_json = ts_person_save_json;
  record_class->foreach_reference = ts_person_foreach_reference;
  record_class->append_search_text = ts_person_append_search_text;
  _ts_record_class_set_hooks (record_class, &hooks);

  properties[PROP_NAMES] =
    g_param_spec_boxed ("names", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIONS] =
    g_param_spec_boxed ("positions", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

GHashTable *
ts_person_get_names (TsPerson *self)
{
  g_return_val_if_fail (TS_IS_PERSON (self), NULL);

  return self->names;
}

void
ts_person_set_names (TsPerson   *self,
                     GHashTable *names)
{
  g_return_if_fail (TS_IS_PERSON (self));

  if (_ts_names_equal (self->names, names))
    return;

  g_hash_table_unref (self->names);
  self->names = _ts_names_copy (names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMES]);
}

const char *
ts_person_get_name (TsPerson   *self,
                    const char *language)
{
  g_return_val_if_fail (TS_IS_PERSON (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  return g_hash_table_lookup (self->names, language);
}

void
ts_person_set_name (TsPerson   *self,
                    const char *language,
                    const char *name)
{
  g_return_if_fail (TS_IS_PERSON (self));
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
ts_person_get_aliases (TsPerson *self)
{
  g_return_val_if_fail (TS_IS_PERSON (self), NULL);

  return (const char * const *) self->aliases;
}

void
ts_person_set_aliases (TsPerson           *self,
                       const char * const *aliases)
{
  g_return_if_fail (TS_IS_PERSON (self));

  if (_ts_set_strv (&self->aliases, aliases))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

const char *
ts_person_get_country (TsPerson *self)
{
  g_return_val_if_fail (TS_IS_PERSON (self), NULL);

  return self->country;
}

void
ts_person_set_country (TsPerson   *self,
                       const char *country)
{
  g_return_if_fail (TS_IS_PERSON (self));

  if (_ts_set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
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
