/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-field.h"
#include "ts-record-private.h"

/* The model's JSON codec (data/dataset/FORMAT.md): the readers and writers
 * of each kind of value, and a record read and written field by field from
 * its descriptors. */

static const char *
describe_node (JsonNode *node)
{
  GType value_type;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      value_type = json_node_get_value_type (node);
      if (value_type == G_TYPE_STRING)
        return _("a string");
      if (value_type == G_TYPE_BOOLEAN)
        return _("true or false");
      return _("a number");
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType value_type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  value_type = json_node_get_value_type (node);
  return value_type == G_TYPE_INT64 || value_type == G_TYPE_DOUBLE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Absent and null are the same: a missing optional value. */
static JsonNode *
get_member (JsonObject *object,
            const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static void
set_type_error (const TsJsonContext  *ctx,
                const char           *path,
                JsonNode             *node,
                const char           *expected,
                GError              **error)
{
  /* Translators: "expected a list of strings, found a number" */
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx->id, path,
                        _("expected %s, found %s"), expected, describe_node (node));
}


/* Not g_date_time_format's %Y, which writes the year 78 as "78": the year
 * has four digits, as ISO 8601 and the reader want. */
static char *
format_timestamp (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

static gboolean
read_timestamp (const TsJsonContext  *ctx,
                JsonObject           *object,
                const char           *key,
                GDateTime           **out,
                GError              **error)
{
  JsonNode *node = get_member (object, key);
  GDateTime *time;

  if (node == NULL)
    return TRUE;

  if (!node_is_string (node))
    {
      set_type_error (ctx, key, node, _("a UTC time like 2026-11-23T07:00:00Z"), error);
      return FALSE;
    }

  time = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (time == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx->id, key,
                            _("“%s” is not a time like 2026-11-23T07:00:00Z"),
                            json_node_get_string (node));
      return FALSE;
    }

  _ts_set_date_time (out, time);
  g_date_time_unref (time);
  return TRUE;
}


/* JSON reading */

char *
_ts_json_context_path (const TsJsonContext *ctx,
                       const char          *key)
{
  if (ctx->prefix != NULL)
    return g_strdup_printf ("%s.%s", ctx->prefix, key);
  return g_strdup (key);
}

gboolean
_ts_json_read_string (const TsJsonContext  *ctx,
                      JsonObject           *object,
                      const char           *key,
                      char                **out,
                      GError              **error)
{
  JsonNode *node = get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!node_is_string (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a string"), error);
      return FALSE;
    }

  _ts_set_string (out, json_node_get_string (node));
  return TRUE;
}

gboolean
_ts_json_read_strv (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    char               ***out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) strv = NULL;
  JsonArray *array;
  guint length;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a list of strings"), error);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is_string (element))
        {
          g_autofree char *list_path = _ts_json_context_path (ctx, key);
          g_autofree char *path = g_strdup_printf ("%s[%u]", list_path, i);

          set_type_error (ctx, path, element, _("a string"), error);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  strv = g_strv_builder_end (builder);
  _ts_set_strv (out, (const char * const *) strv);
  return TRUE;
}

gboolean
_ts_json_read_date (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    TsDate               *out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  if (node == NULL)
    return TRUE;

  path = _ts_json_context_path (ctx, key);
  if (!node_is_string (node))
    {
      set_type_error (ctx, path, node, _("a date like 2023-10-25, 2023-10 or 2023"), error);
      return FALSE;
    }

  if (!ts_date_parse (json_node_get_string (node), out, &local_error))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx->id, path,
                            "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_json_read_number (const TsJsonContext  *ctx,
                      JsonObject           *object,
                      const char           *key,
                      double               *out,
                      GError              **error)
{
  JsonNode *node = get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!node_is_number (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a number"), error);
      return FALSE;
    }

  *out = json_node_get_double (node);
  return TRUE;
}

gboolean
_ts_json_read_enum (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    GType                 enum_type,
                    int                  *out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autofree char *path = NULL;
  const char *nick;
  int value;

  if (node == NULL)
    return TRUE;

  path = _ts_json_context_path (ctx, key);
  if (!node_is_string (node))
    {
      set_type_error (ctx, path, node, _("a string"), error);
      return FALSE;
    }

  nick = json_node_get_string (node);
  if (g_strcmp0 (nick, "unset") == 0 || !ts_enum_from_nick (enum_type, nick, &value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        {
          if (g_str_equal (klass->values[i].value_nick, "unset"))
            continue;
          if (allowed->len > 0)
            g_string_append (allowed, ", ");
          g_string_append (allowed, klass->values[i].value_nick);
        }

      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx->id, path,
                            /* Translators: the second %s lists the allowed values */
                            _("“%s” is not one of %s"), nick, allowed->str);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
_ts_json_read_names (const TsJsonContext  *ctx,
                     JsonObject           *object,
                     const char           *key,
                     GHashTable          **out,
                     GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GHashTable) names = NULL;
  JsonObjectIter iter;
  const char *language;
  JsonNode *name;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("an object of names by language code"), error);
      return FALSE;
    }

  names = _ts_names_new ();
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &language, &name))
    {
      g_autofree char *list_path = _ts_json_context_path (ctx, key);
      g_autofree char *path = g_strdup_printf ("%s.%s", list_path, language);

      if (JSON_NODE_HOLDS_NULL (name))
        continue;
      if (!node_is_string (name))
        {
          set_type_error (ctx, path, name, _("a string"), error);
          return FALSE;
        }
      if (language[0] == '\0' || strlen (language) > 16)
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx->id, path,
                                _("“%s” is not a language code like en, ru, ky or zh"),
                                language);
          return FALSE;
        }
      if (json_node_get_string (name)[0] != '\0')
        g_hash_table_insert (names, g_strdup (language), g_strdup (json_node_get_string (name)));
    }

  g_clear_pointer (out, g_hash_table_unref);
  *out = g_steal_pointer (&names);
  return TRUE;
}

gboolean
_ts_json_read_items (const TsJsonContext  *ctx,
                     JsonObject           *object,
                     const char           *key,
                     JsonArray           **out,
                     GError              **error)
{
  JsonNode *node = get_member (object, key);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a list of objects"), error);
      return FALSE;
    }

  *out = json_node_get_array (node);
  return TRUE;
}

/* JSON writing */

void
_ts_json_write_string (JsonBuilder *builder,
                       const char  *key,
                       const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

void
_ts_json_write_strv (JsonBuilder        *builder,
                     const char         *key,
                     const char * const *value)
{
  if (value == NULL || value[0] == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; value[i] != NULL; i++)
    {
      if (value[i][0] != '\0')
        json_builder_add_string_value (builder, value[i]);
    }
  json_builder_end_array (builder);
}

void
_ts_json_write_date (JsonBuilder  *builder,
                     const char   *key,
                     const TsDate *value)
{
  g_autofree char *text = ts_date_to_string (value);

  if (text == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

/* Whole numbers are written without a fraction (4700000000, not
 * 4700000000.0). */
void
_ts_json_write_number (JsonBuilder *builder,
                       const char  *key,
                       double       value)
{
  if (isnan (value))
    return;

  json_builder_set_member_name (builder, key);
  if (value == floor (value) && fabs (value) < 9.0e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

void
_ts_json_write_enum (JsonBuilder *builder,
                     const char  *key,
                     GType        enum_type,
                     int          value)
{
  const char *nick;

  if (value == 0)
    return;

  nick = ts_enum_to_nick (enum_type, value);
  if (nick == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, nick);
}

void
_ts_json_write_names (JsonBuilder *builder,
                      const char  *key,
                      GHashTable  *names)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (names);

  if (languages->len == 0)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      json_builder_set_member_name (builder, language);
      json_builder_add_string_value (builder, g_hash_table_lookup (names, language));
    }
  json_builder_end_object (builder);
}


/* Reading and writing by field descriptors */

static gboolean
is_field_key (const TsField * const *fields,
              guint                  n_fields,
              const char            *key)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i]->key, key))
        return TRUE;
    }

  return FALSE;
}

static void
set_unknown_field_error (const TsJsonContext  *ctx,
                         const char           *member,
                         GError              **error)
{
  g_autofree char *path = _ts_json_context_path (ctx, member);

  _ts_record_set_error (error, TS_RECORD_ERROR_UNKNOWN_FIELD, ctx->id, path,
                        _("unknown field; check its spelling against the "
                          "interchange format"));
}

static gboolean
check_record_keys (const TsJsonContext    *ctx,
                   JsonObject             *object,
                   const TsField * const  *fields,
                   guint                   n_fields,
                   GError                **error)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (g_str_equal (member, "type") || g_str_equal (member, "id")
          || is_field_key (fields, n_fields, member))
        continue;

      if (_ts_record_is_translation_key (member))
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_UNKNOWN_FIELD, ctx->id, member,
                                _("only meetings, agreements, projects, statements and "
                                  "figures carry translations; people, organizations and "
                                  "places have their names in every script in “names”"));
          return FALSE;
        }
      set_unknown_field_error (ctx, member, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_item_keys (const TsJsonContext  *ctx,
                 JsonObject           *object,
                 const TsFieldItems   *items,
                 GError              **error)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < items->n_fields && !known; i++)
        known = g_str_equal (items->fields[i].key, member);
      if (known)
        continue;

      set_unknown_field_error (ctx, member, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean read_field (const TsJsonContext  *ctx,
                            JsonObject           *object,
                            const TsField        *field,
                            gpointer              storage,
                            GError              **error);

static gboolean
read_items (const TsJsonContext  *ctx,
            JsonObject           *object,
            const TsField        *field,
            GPtrArray            *out,
            GError              **error)
{
  const TsFieldItems *items = field->items;
  JsonArray *array = NULL;
  guint length;

  if (!_ts_json_read_items (ctx, object, field->key, &array, error))
    return FALSE;

  length = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *list_path = _ts_json_context_path (ctx, field->key);
      g_autofree char *path = g_strdup_printf ("%s[%u]", list_path, i);
      TsJsonContext item_ctx = { ctx->id, path };
      gpointer item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_type_error (ctx, path, node, _("an object"), error);
          return FALSE;
        }
      if (!check_item_keys (&item_ctx, json_node_get_object (node), items, error))
        return FALSE;

      item = _ts_field_item_new (items);
      g_ptr_array_add (out, item);
      for (guint j = 0; j < items->n_fields; j++)
        {
          const TsField *item_field = &items->fields[j];

          if (!read_field (&item_ctx, json_node_get_object (node), item_field,
                           TS_FIELD_ITEM_STORAGE (item_field, item), error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_field (const TsJsonContext  *ctx,
            JsonObject           *object,
            const TsField        *field,
            gpointer              storage,
            GError              **error)
{
  switch (field->kind)
    {
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
      return _ts_json_read_strv (ctx, object, field->key, storage, error);
    case TS_FIELD_DATE:
      return _ts_json_read_date (ctx, object, field->key, storage, error);
    case TS_FIELD_NUMBER:
      return _ts_json_read_number (ctx, object, field->key, storage, error);
    case TS_FIELD_ENUM:
      return _ts_json_read_enum (ctx, object, field->key, field->enum_type (), storage, error);
    case TS_FIELD_NAMES:
      return _ts_json_read_names (ctx, object, field->key, storage, error);
    case TS_FIELD_ITEMS:
      return read_items (ctx, object, field, *(GPtrArray **) storage, error);
    case TS_FIELD_TIMESTAMP:
      return read_timestamp (ctx, object, field->key, storage, error);
    default:
      return _ts_json_read_string (ctx, object, field->key, storage, error);
    }
}

static void
write_field (JsonBuilder   *builder,
             const TsField *field,
             gconstpointer  storage)
{
  switch (field->kind)
    {
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
      _ts_json_write_strv (builder, field->key, *(const char * const * const *) storage);
      break;
    case TS_FIELD_DATE:
      _ts_json_write_date (builder, field->key, storage);
      break;
    case TS_FIELD_NUMBER:
      _ts_json_write_number (builder, field->key, *(const double *) storage);
      break;
    case TS_FIELD_ENUM:
      _ts_json_write_enum (builder, field->key, field->enum_type (), *(const int *) storage);
      break;
    case TS_FIELD_NAMES:
      _ts_json_write_names (builder, field->key, *(GHashTable * const *) storage);
      break;
    case TS_FIELD_ITEMS:
      {
        GPtrArray *array = *(GPtrArray * const *) storage;

        if (array->len == 0)
          break;

        json_builder_set_member_name (builder, field->key);
        json_builder_begin_array (builder);
        for (guint i = 0; i < array->len; i++)
          {
            gpointer item = g_ptr_array_index (array, i);

            json_builder_begin_object (builder);
            for (guint j = 0; j < field->items->n_fields; j++)
              write_field (builder, &field->items->fields[j],
                           TS_FIELD_ITEM_STORAGE (&field->items->fields[j], item));
            json_builder_end_object (builder);
          }
        json_builder_end_array (builder);
      }
      break;
    case TS_FIELD_TIMESTAMP:
      if (*(GDateTime * const *) storage != NULL)
        {
          g_autofree char *text = format_timestamp (*(GDateTime * const *) storage);

          _ts_json_write_string (builder, field->key, text);
        }
      break;
    default:
      _ts_json_write_string (builder, field->key, *(const char * const *) storage);
      break;
    }
}

/* Public API */

static TsRecord *
new_from_json (JsonObject  *object,
               gboolean     check_limits,
               GError     **error)
{
  g_autoptr(TsRecord) self = NULL;
  TsRecordClass *klass;
  TsJsonContext ctx = { NULL, NULL };
  JsonNode *node;
  const char *type_name = NULL;
  TsRecordType type;
  TsRecordType id_type;
  const TsField * const *fields;
  guint n_fields;

  g_return_val_if_fail (object != NULL, NULL);

  node = get_member (object, "id");
  if (node != NULL && node_is_string (node))
    ctx.id = json_node_get_string (node);

  node = get_member (object, "type");
  if (node == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, ctx.id, "type",
                            _("required but missing"));
      return NULL;
    }
  if (!node_is_string (node))
    {
      set_type_error (&ctx, "type", node, _("a string"), error);
      return NULL;
    }
  type_name = json_node_get_string (node);
  if (!ts_record_type_from_string (type_name, &type))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx.id, "type",
                            _("“%s” is not a record type: use meeting, agreement, project, "
                              "person, organization, place, source or figure"),
                            type_name);
      return NULL;
    }

  node = get_member (object, "id");
  if (node == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, ctx.id, "id",
                            _("required but missing"));
      return NULL;
    }
  if (!node_is_string (node))
    {
      set_type_error (&ctx, "id", node, _("a string"), error);
      return NULL;
    }
  if (!ts_record_id_parse (ctx.id, &id_type) || id_type != type)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ctx.id, "id",
                            _("not an id of the form %s/name, with lowercase letters, "
                              "digits and dashes"),
                            type_name);
      return NULL;
    }

  /* The rule ts_record_validate() applies to the record's own strings,
   * here to what the record is read from, keys included, and first: the
   * messages of the other checks quote the text. */
  if (!_ts_json_check_texts (ctx.id, object, error))
    return NULL;

  self = g_object_new (ts_record_type_get_gtype (type), NULL);
  klass = TS_RECORD_GET_CLASS (self);
  fields = ts_record_class_get_fields (klass, &n_fields);

  if (!check_record_keys (&ctx, object, fields, n_fields, error))
    return NULL;

  _ts_record_init_id (self, ctx.id);
  for (guint i = 0; i < n_fields; i++)
    {
      if (!read_field (&ctx, object, fields[i], ts_field_get_storage (fields[i], self), error))
        return NULL;
    }

  /* Every string of the record comes from @object, checked above. */
  if (!_ts_record_check (self, TRUE, check_limits, error))
    return NULL;

  return g_steal_pointer (&self);
}

TsRecord *
ts_record_new_from_json (JsonObject  *object,
                         GError     **error)
{
  return new_from_json (object, TRUE, error);
}

TsRecord *
ts_record_new_from_stored_json (JsonObject  *object,
                                GError     **error)
{
  return new_from_json (object, FALSE, error);
}

JsonNode *
ts_record_to_json (TsRecord *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const TsField * const *fields;
  guint n_fields;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (self), &n_fields);

  json_builder_begin_object (builder);
  _ts_json_write_string (builder, "type",
                         ts_record_type_to_string (ts_record_get_record_type (self)));
  _ts_json_write_string (builder, "id", ts_record_get_id (self));
  for (guint i = 0; i < n_fields; i++)
    write_field (builder, fields[i], ts_field_get_storage (fields[i], self));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
