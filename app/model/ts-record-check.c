/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-field.h"
#include "ts-record-private.h"

/* "[12]", without printf; nothing without a path (the checks' quick
 * pass). */
static void
append_index (GString *path,
              guint    index)
{
  char digits[16];
  guint n = 0;

  if (path == NULL)
    return;
  do
    {
      digits[n++] = '0' + index % 10;
      index /= 10;
    }
  while (index > 0);

  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, digits[--n]);
  g_string_append_c (path, ']');
}


/* A record's checks: each kind of value, and every field of a record from
 * its descriptors (ts_record_validate). */

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}


static char *
describe_types (guint types)
{
  g_autoptr(GString) forms = g_string_new (NULL);

  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      if ((types & TS_RECORD_TYPE_BIT (i)) == 0)
        continue;
      if (forms->len > 0)
        g_string_append (forms, _(" or "));
      g_string_append_printf (forms, "%s/…", ts_record_type_to_string (i));
    }

  return g_string_free (g_steal_pointer (&forms), FALSE);
}

/* The years FORMAT.md allows in created and modified: four digits, and
 * not the distant past, which no record was made in. */
#define MIN_TIMESTAMP_YEAR 1000
#define MAX_TIMESTAMP_YEAR 9999

static gboolean
check_timestamp (const char  *id,
                 const char  *field,
                 GDateTime   *time,
                 GError     **error)
{
  g_autoptr(GDateTime) utc = NULL;
  int year;

  if (time == NULL)
    return TRUE;

  utc = g_date_time_to_utc (time);
  year = g_date_time_get_year (utc);
  if (year >= MIN_TIMESTAMP_YEAR && year <= MAX_TIMESTAMP_YEAR)
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("the year %d is not one Tianshan keeps: use a time from the year "
                          "%d to %d, like 2026-11-23T07:00:00Z"),
                        year, MIN_TIMESTAMP_YEAR, MAX_TIMESTAMP_YEAR);
  return FALSE;
}

static gboolean
check_text (const char  *id,
            const char  *field,
            const char  *text,
            GError     **error)
{
  g_autofree char *shown = NULL;

  if (g_utf8_validate (text, -1, NULL))
    return TRUE;

  /* The field's path may hold the bad bytes too (a language code). */
  shown = g_utf8_make_valid (field, -1);
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, shown,
                        _("the text is not valid UTF-8: check the file’s encoding and its "
                          "escapes"));
  return FALSE;
}

static gboolean check_texts (const char  *id,
                             GString     *path,
                             JsonNode    *node,
                             GError     **error);

static gboolean
check_object_texts (const char  *id,
                    GString     *path,
                    JsonObject  *object,
                    GError     **error)
{
  gsize length = path->len;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &member))
    {
      if (length > 0)
        g_string_append_c (path, '.');
      g_string_append (path, key);
      if (!check_text (id, path->str, key, error) || !check_texts (id, path, member, error))
        return FALSE;
      g_string_truncate (path, length);
    }

  return TRUE;
}

/* Every string of the record, keys included, as JSON holds them: what is
 * not UTF-8 cannot be written as JSON and read back. */
static gboolean
check_texts (const char  *id,
             GString     *path,
             JsonNode    *node,
             GError     **error)
{
  gsize length = path->len;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return check_object_texts (id, path, json_node_get_object (node), error);

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n_elements = json_array_get_length (array);

        for (guint i = 0; i < n_elements; i++)
          {
            append_index (path, i);
            if (!check_texts (id, path, json_array_get_element (array, i), error))
              return FALSE;
            g_string_truncate (path, length);
          }
      }
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return check_text (id, path->str, json_node_get_string (node), error);
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}


/* Checks */

gboolean
_ts_check_required_string (const char  *id,
                           const char  *field,
                           const char  *value,
                           GError     **error)
{
  if (value != NULL && value[0] != '\0')
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, id, field,
                        _("required but missing"));
  return FALSE;
}

gboolean
_ts_check_date (const char    *id,
                const char    *field,
                const TsDate  *value,
                GError       **error)
{
  if (value == NULL || ts_date_is_valid (value))
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("%04d-%02d-%02d is not a date"),
                        value->year, value->month, value->day);
  return FALSE;
}

gboolean
_ts_check_required_date (const char    *id,
                         const char    *field,
                         const TsDate  *value,
                         GError       **error)
{
  if (!ts_date_is_set (value))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, id, field,
                            _("required but missing"));
      return FALSE;
    }

  return _ts_check_date (id, field, value, error);
}

gboolean
_ts_check_required_number (const char  *id,
                           const char  *field,
                           double       value,
                           GError     **error)
{
  if (isnan (value))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, id, field,
                            _("required but missing"));
      return FALSE;
    }

  if (isinf (value))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                            _("not a finite number"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_check_latitude (const char  *id,
                    const char  *field,
                    double       value,
                    GError     **error)
{
  g_autofree char *text = NULL;

  if (!_ts_check_required_number (id, field, value, error))
    return FALSE;
  if (value >= -90.0 && value <= 90.0)
    return TRUE;

  text = format_number (value);
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("%s is not a latitude (−90 to 90)"), text);
  return FALSE;
}

gboolean
_ts_check_longitude (const char  *id,
                     const char  *field,
                     double       value,
                     GError     **error)
{
  g_autofree char *text = NULL;

  if (!_ts_check_required_number (id, field, value, error))
    return FALSE;
  if (value >= -180.0 && value <= 180.0)
    return TRUE;

  text = format_number (value);
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("%s is not a longitude (−180 to 180)"), text);
  return FALSE;
}

gboolean
_ts_check_amount (const char  *id,
                  const char  *field,
                  double       value,
                  double       min,
                  double       max,
                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;

  if (isnan (value))
    return TRUE;

  if (isinf (value))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                            _("not a finite number"));
      return FALSE;
    }

  if (value >= min && value <= max)
    return TRUE;

  /* The bounds in full: %g would write 1e+15. */
  text = format_number (value);
  min_text = g_strdup_printf ("%.0f", min);
  max_text = g_strdup_printf ("%.0f", max);
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("%s is out of range: use a number from %s to %s"),
                        text, min_text, max_text);
  return FALSE;
}

gboolean
_ts_check_language (const char  *id,
                    const char  *field,
                    const char  *value,
                    GError     **error)
{
  gsize length;

  if (value == NULL)
    return TRUE;

  length = strlen (value);
  if (length == 2 || length == 3)
    {
      gboolean lowercase = TRUE;

      for (gsize i = 0; i < length; i++)
        lowercase = lowercase && value[i] >= 'a' && value[i] <= 'z';
      if (lowercase)
        return TRUE;
    }

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a language code: use the ISO 639-1 code, as en, ru, ky "
                          "or zh, or the ISO 639-3 code of a language without one, as dng"),
                        value);
  return FALSE;
}

gboolean
_ts_check_country (const char  *id,
                   const char  *field,
                   const char  *value,
                   GError     **error)
{
  if (value == NULL
      || (strlen (value) == 2 && g_ascii_isupper (value[0]) && g_ascii_isupper (value[1])))
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a country code: use two capital letters, as CN or KG"),
                        value);
  return FALSE;
}

gboolean
_ts_check_url (const char  *id,
               const char  *field,
               const char  *value,
               GError     **error)
{
  g_autofree char *scheme = NULL;

  if (value == NULL)
    return TRUE;

  scheme = g_uri_parse_scheme (value);
  if (scheme != NULL
      && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
      && g_uri_is_valid (value, G_URI_FLAGS_PARSE_RELAXED, NULL))
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a web address: only http and https are allowed"),
                        value);
  return FALSE;
}

gboolean
_ts_check_reference (const char  *id,
                     const char  *field,
                     const char  *target,
                     guint        types,
                     gboolean     required,
                     GError     **error)
{
  TsRecordType type;
  g_autofree char *forms = NULL;

  if (target == NULL)
    {
      if (!required)
        return TRUE;
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, id, field,
                            _("required but missing"));
      return FALSE;
    }

  if (ts_record_id_parse (target, &type) && (types & TS_RECORD_TYPE_BIT (type)) != 0)
    return TRUE;

  forms = describe_types (types);
  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, field,
                        /* Translators: “kant” is not an id of the form place/… */
                        _("“%s” is not an id of the form %s"), target, forms);
  return FALSE;
}

gboolean
_ts_check_references (const char         *id,
                      const char         *field,
                      const char * const *targets,
                      guint               types,
                      GError            **error)
{
  for (guint i = 0; targets != NULL && targets[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      /* The path ("organizations[2]") only for the message. */
      if (_ts_check_reference (id, field, targets[i], types, TRUE, NULL))
        continue;
      path = g_strdup_printf ("%s[%u]", field, i);
      return _ts_check_reference (id, path, targets[i], types, TRUE, error);
    }

  return TRUE;
}


/* Checks by field descriptors. @path holds the field's path ("title",
 * "participants[2].person") while its value is checked. */

static gboolean check_fields_texts (const char     *id,
                                    GString        *path,
                                    const TsField  *field,
                                    gconstpointer   value,
                                    GError        **error);

/* @path is NULL in the quick pass, which checks without making paths
 * (most of a check's cost, and only its messages need them): a record
 * that fails is checked again with paths for the message. */
static gsize
path_length (GString *path)
{
  return path != NULL ? path->len : 0;
}

static const char *
path_text (GString *path)
{
  return path != NULL ? path->str : "";
}

static void
path_truncate (GString *path,
               gsize    length)
{
  if (path != NULL)
    g_string_truncate (path, length);
}

static void
path_append (GString    *path,
             const char *text)
{
  if (path != NULL)
    g_string_append (path, text);
}

static void
append_key (GString    *path,
            const char *key)
{
  if (path == NULL)
    return;
  if (path->len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, key);
}

static gboolean
check_items_texts (const char     *id,
                   GString        *path,
                   const TsField  *field,
                   GPtrArray      *array,
                   GError        **error)
{
  gsize length = path_length (path);

  for (guint i = 0; i < array->len; i++)
    {
      gpointer item = g_ptr_array_index (array, i);

      append_index (path, i);
      for (guint j = 0; j < field->items->n_fields; j++)
        {
          const TsField *item_field = &field->items->fields[j];

          if (!check_fields_texts (id, path, item_field,
                                   TS_FIELD_ITEM_STORAGE (item_field, item), error))
            return FALSE;
        }
      path_truncate (path, length);
    }

  return TRUE;
}

static gboolean
check_names_texts (const char  *id,
                   GString     *path,
                   GHashTable  *names,
                   GError     **error)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (names);
  gsize length = path_length (path);

  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      append_key (path, language);
      if (!check_text (id, path_text (path), language, error)
          || !check_text (id, path_text (path), g_hash_table_lookup (names, language), error))
        return FALSE;
      path_truncate (path, length);
    }

  return TRUE;
}

/* Every string of the record, as check_texts() does for the JSON it would
 * write, without writing it. */
static gboolean
check_fields_texts (const char     *id,
                    GString        *path,
                    const TsField  *field,
                    gconstpointer   value,
                    GError        **error)
{
  gsize length = path_length (path);
  gboolean ok = TRUE;

  append_key (path, field->key);
  if (field->kind == TS_FIELD_STRING_LIST || field->kind == TS_FIELD_REFERENCES)
    {
      const char * const *strings = *(const char * const * const *) value;

      for (guint i = 0; ok && strings[i] != NULL; i++)
        {
          gsize list_length = path_length (path);

          append_index (path, i);
          ok = check_text (id, path_text (path), strings[i], error);
          path_truncate (path, list_length);
        }
    }
  else if (field->kind == TS_FIELD_NAMES)
    ok = check_names_texts (id, path, *(GHashTable * const *) value, error);
  else if (field->kind == TS_FIELD_ITEMS)
    ok = check_items_texts (id, path, field, *(GPtrArray * const *) value, error);
  else if (ts_field_is_text (field) && *(const char * const *) value != NULL)
    ok = check_text (id, path_text (path), *(const char * const *) value, error);
  path_truncate (path, length);

  return ok;
}

/* Translations are in other languages than the English of the text they
 * translate, each by its ISO 639 code. */
static gboolean
check_translations (const char  *id,
                    GString     *path,
                    GHashTable  *translations,
                    GError     **error)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (translations);
  gsize length = path_length (path);

  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);
      gboolean ok;

      append_key (path, language);
      if (g_str_equal (language, "en"))
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, path_text (path),
                                _("the English text is the field itself; translations are "
                                  "into other languages, as ru, ky or zh"));
          ok = FALSE;
        }
      else
        ok = _ts_check_language (id, path_text (path), language, error);
      path_truncate (path, length);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean check_field (const char     *id,
                             GString        *path,
                             const TsField  *field,
                             gconstpointer   value,
                             gboolean        limits,
                             GError        **error);

static gboolean
check_items (const char     *id,
             GString        *path,
             const TsField  *field,
             GPtrArray      *array,
             gboolean        limits,
             GError        **error)
{
  gsize length = path_length (path);

  for (guint i = 0; i < array->len; i++)
    {
      gpointer item = g_ptr_array_index (array, i);

      append_index (path, i);
      for (guint j = 0; j < field->items->n_fields; j++)
        {
          const TsField *item_field = &field->items->fields[j];
          gsize item_length = path_length (path);
          gboolean ok;

          path_append (path, ".");
          ok = check_field (id, path, item_field, TS_FIELD_ITEM_STORAGE (item_field, item),
                            limits, error);
          path_truncate (path, item_length);
          if (!ok)
            return FALSE;
        }
      path_truncate (path, length);
    }

  return TRUE;
}

static gboolean
check_number (const char     *id,
              const char     *path,
              const TsField  *field,
              double          value,
              gboolean        limits,
              GError        **error)
{
  if (limits)
    return (field->flags & TS_FIELD_LIMIT) == 0
           || _ts_check_amount (id, path, value, field->min, field->max, error);

  if ((field->flags & TS_FIELD_LATITUDE) != 0)
    return _ts_check_latitude (id, path, value, error);
  if ((field->flags & TS_FIELD_LONGITUDE) != 0)
    return _ts_check_longitude (id, path, value, error);
  if ((field->flags & TS_FIELD_REQUIRED) != 0
      && !_ts_check_required_number (id, path, value, error))
    return FALSE;
  return _ts_check_amount (id, path, value, -G_MAXDOUBLE, G_MAXDOUBLE, error);
}

/* The field's own checks; with @limits, only its TS_FIELD_LIMIT ones. @path
 * ends where the field's key goes. */
static gboolean
check_field (const char     *id,
             GString        *path,
             const TsField  *field,
             gconstpointer   value,
             gboolean        limits,
             GError        **error)
{
  gboolean required = (field->flags & TS_FIELD_REQUIRED) != 0;
  gsize length = path_length (path);
  gboolean ok = TRUE;

  if (field->kind == TS_FIELD_ITEMS)
    {
      path_append (path, field->key);
      ok = check_items (id, path, field, *(GPtrArray * const *) value, limits, error);
      path_truncate (path, length);
      return ok;
    }

  if (limits && (field->flags & TS_FIELD_LIMIT) == 0)
    return TRUE;

  path_append (path, field->key);
  switch (field->kind)
    {
    case TS_FIELD_TEXT:
    case TS_FIELD_LONG_TEXT:
      ok = !required || _ts_check_required_string (id, path_text (path),
                                                   *(const char * const *) value, error);
      break;
    case TS_FIELD_DATE:
      ok = required ? _ts_check_required_date (id, path_text (path), value, error)
                    : _ts_check_date (id, path_text (path), value, error);
      break;
    case TS_FIELD_NUMBER:
      ok = check_number (id, path_text (path), field, *(const double *) value, limits, error);
      break;
    case TS_FIELD_COUNTRY:
      ok = _ts_check_country (id, path_text (path), *(const char * const *) value, error);
      break;
    case TS_FIELD_URL:
      ok = _ts_check_url (id, path_text (path), *(const char * const *) value, error);
      break;
    case TS_FIELD_LANGUAGE:
      if (!limits && (field->flags & TS_FIELD_LIMIT) != 0)
        break;
      ok = _ts_check_language (id, path_text (path), *(const char * const *) value, error);
      break;
    case TS_FIELD_REFERENCE:
      ok = _ts_check_reference (id, path_text (path), *(const char * const *) value,
                                field->ref_types, required, error);
      break;
    case TS_FIELD_REFERENCES:
      ok = _ts_check_references (id, path_text (path), *(const char * const * const *) value,
                                 field->ref_types, error);
      break;
    case TS_FIELD_TIMESTAMP:
      ok = check_timestamp (id, path_text (path), *(GDateTime * const *) value, error);
      break;
    case TS_FIELD_NAMES:
      if ((field->flags & TS_FIELD_TRANSLATIONS) != 0)
        ok = check_translations (id, path, *(GHashTable * const *) value, error);
      break;
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_ENUM:
    default:
      break;
    }
  path_truncate (path, length);

  return ok;
}

static gboolean
check_fields (TsRecord  *self,
              GString   *path,
              gboolean   limits,
              GError   **error)
{
  const char *id = ts_record_get_id (self);
  const TsField * const *fields;
  guint n_fields;

  fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (self), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (!check_field (id, path, fields[i], _ts_field_storage (fields[i], self), limits,
                        error))
        return FALSE;
    }

  return TRUE;
}

/* Private API */

gboolean
_ts_json_check_texts (const char  *id,
                      JsonObject  *object,
                      GError     **error)
{
  g_autoptr(GString) path = g_string_new (NULL);

  return check_object_texts (id, path, object, error);
}

/* With @paths, each field's path for the messages; without, none. */
static gboolean
check_record_fields (TsRecord  *self,
                     gboolean   texts_checked,
                     gboolean   check_limits,
                     gboolean   paths,
                     GError   **error)
{
  const char *id = ts_record_get_id (self);
  TsRecordClass *klass = TS_RECORD_GET_CLASS (self);
  g_autoptr(GString) path = paths ? g_string_sized_new (64) : NULL;

  /* The text first: the messages of the other checks quote it. */
  if (!texts_checked)
    {
      const TsField * const *fields;
      guint n_fields;

      fields = ts_record_class_get_fields (klass, &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          if (!check_fields_texts (id, path, fields[i], _ts_field_storage (fields[i], self),
                                   error))
            return FALSE;
        }
    }

  return check_fields (self, path, FALSE, error)
         && (klass->check == NULL || klass->check (self, error))
         && (!check_limits || check_fields (self, path, TRUE, error));
}

gboolean
_ts_record_check (TsRecord  *self,
                  gboolean   texts_checked,
                  gboolean   check_limits,
                  GError   **error)
{
  const char *id = ts_record_get_id (self);
  TsRecordType id_type;

  if (id == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, NULL, "id",
                            _("required but missing"));
      return FALSE;
    }
  if (!ts_record_id_parse (id, &id_type) || id_type != ts_record_get_record_type (self))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, "id",
                            _("not an id of the form %s/name, with lowercase letters, "
                              "digits and dashes"),
                            ts_record_type_to_string (ts_record_get_record_type (self)));
      return FALSE;
    }

  /* Quickly, without paths or messages; again with them if that fails. */
  if (check_record_fields (self, texts_checked, check_limits, FALSE, NULL))
    return TRUE;
  return check_record_fields (self, texts_checked, check_limits, TRUE, error);
}

/* Public API */

gboolean
ts_record_validate (TsRecord  *self,
                    GError   **error)
{
  g_return_val_if_fail (TS_IS_RECORD (self), FALSE);

  return _ts_record_check (self, FALSE, TRUE, error);
}

guint
ts_record_get_reference_types (TsRecord   *self,
                               const char *field)
{
  const TsField *found;

  g_return_val_if_fail (TS_IS_RECORD (self), 0);
  g_return_val_if_fail (field != NULL, 0);

  found = ts_record_class_find_field (TS_RECORD_GET_CLASS (self), field);
  if (found == NULL
      || (found->kind != TS_FIELD_REFERENCE && found->kind != TS_FIELD_REFERENCES))
    return 0;

  return found->ref_types;
}
