/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-field"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-field.h"
#include "ts-record-private.h"

/* The machinery of field descriptors: enumerating them, and what TsRecord
 * does with every field alike (values, copy, equality, references, search
 * text). JSON is in ts-record-json.c, checks in ts-record-check.c. */

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static gboolean
date_time_equal (GDateTime *a,
                 GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

/* As JSON writes them: every part, the qualifier too; unset equals unset. */
static gboolean
date_equal (const TsDate *a,
            const TsDate *b)
{
  if (!ts_date_is_set (a) || !ts_date_is_set (b))
    return ts_date_is_set (a) == ts_date_is_set (b);

  return a->precision == b->precision && a->qualifier == b->qualifier
         && a->year == b->year && a->month == b->month && a->day == b->day
         && a->days == b->days;
}

/* Unset (NAN) equals unset, as both write nothing. */
static gboolean
number_equal (double a,
              double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return a == b;
}

static gboolean
item_equal (const TsFieldItems *items,
            gconstpointer       a,
            gconstpointer       b)
{
  for (guint i = 0; i < items->n_fields; i++)
    {
      if (!_ts_field_values_equal (&items->fields[i],
                                   TS_FIELD_ITEM_STORAGE (&items->fields[i], a),
                                   TS_FIELD_ITEM_STORAGE (&items->fields[i], b)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
items_equal (const TsFieldItems *items,
             GPtrArray          *a,
             GPtrArray          *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (!item_equal (items, g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

static GPtrArray *
copy_items (const TsFieldItems *items,
            GPtrArray          *array)
{
  GPtrArray *copy = g_ptr_array_new_full (array->len, items->free);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (copy, items->copy (g_ptr_array_index (array, i)));

  return copy;
}

static void
append_search_text (const TsField *fields,
                    guint          n_fields,
                    gpointer       (*storage) (const TsField *, gpointer),
                    gpointer       owner,
                    GString       *text)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const TsField *field = &fields[i];
      gpointer value = storage (field, owner);

      if (field->kind == TS_FIELD_ITEMS)
        {
          GPtrArray *array = *(GPtrArray **) value;

          for (guint j = 0; j < array->len; j++)
            append_search_text (field->items->fields, field->items->n_fields,
                                _ts_field_item_storage, g_ptr_array_index (array, j), text);
          continue;
        }

      if ((field->flags & TS_FIELD_SEARCHABLE) == 0)
        continue;

      if (field->kind == TS_FIELD_NAMES)
        _ts_search_append_names (text, *(GHashTable **) value);
      else if (field->kind == TS_FIELD_STRING_LIST || field->kind == TS_FIELD_REFERENCES)
        _ts_search_append_strv (text, *(const char * const **) value);
      else if (ts_field_is_text (field))
        _ts_search_append (text, *(const char **) value);
    }
}

static gpointer
record_storage (const TsField *field,
                gpointer       record)
{
  return ts_field_get_storage (field, record);
}

/* Private API */

gpointer
_ts_field_item_storage (const TsField *field,
                        gpointer       item)
{
  return TS_FIELD_ITEM_STORAGE (field, item);
}

gpointer
_ts_field_item_new (const TsFieldItems *items)
{
  gpointer item = g_malloc0 (items->size);

  for (guint i = 0; i < items->n_fields; i++)
    {
      if (items->fields[i].kind == TS_FIELD_NUMBER)
        *(double *) TS_FIELD_ITEM_STORAGE (&items->fields[i], item) = NAN;
    }

  return item;
}

gboolean
_ts_field_values_equal (const TsField *field,
                        gconstpointer  a,
                        gconstpointer  b)
{
  switch (field->kind)
    {
    case TS_FIELD_TEXT:
    case TS_FIELD_LONG_TEXT:
    case TS_FIELD_COUNTRY:
    case TS_FIELD_URL:
    case TS_FIELD_LANGUAGE:
    case TS_FIELD_REFERENCE:
      return g_strcmp0 (*(const char * const *) a, *(const char * const *) b) == 0;
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
      return strv_equal (*(const char * const * const *) a, *(const char * const * const *) b);
    case TS_FIELD_DATE:
      return date_equal (a, b);
    case TS_FIELD_NUMBER:
      return number_equal (*(const double *) a, *(const double *) b);
    case TS_FIELD_ENUM:
      return *(const int *) a == *(const int *) b;
    case TS_FIELD_NAMES:
      return _ts_names_equal (*(GHashTable * const *) a, *(GHashTable * const *) b);
    case TS_FIELD_ITEMS:
      return items_equal (field->items, *(GPtrArray * const *) a, *(GPtrArray * const *) b);
    case TS_FIELD_TIMESTAMP:
      return date_time_equal (*(GDateTime * const *) a, *(GDateTime * const *) b);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Replaces the value at @to by a deep copy of the one at @from. */
void
_ts_field_copy_value (const TsField *field,
                      gconstpointer  from,
                      gpointer       to)
{
  switch (field->kind)
    {
    case TS_FIELD_TEXT:
    case TS_FIELD_LONG_TEXT:
    case TS_FIELD_COUNTRY:
    case TS_FIELD_URL:
    case TS_FIELD_LANGUAGE:
    case TS_FIELD_REFERENCE:
      g_free (*(char **) to);
      *(char **) to = g_strdup (*(char * const *) from);
      break;
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
      g_strfreev (*(char ***) to);
      *(char ***) to = g_strdupv (*(char ** const *) from);
      break;
    case TS_FIELD_DATE:
      *(TsDate *) to = *(const TsDate *) from;
      break;
    case TS_FIELD_NUMBER:
      *(double *) to = *(const double *) from;
      break;
    case TS_FIELD_ENUM:
      *(int *) to = *(const int *) from;
      break;
    case TS_FIELD_NAMES:
      g_clear_pointer ((GHashTable **) to, g_hash_table_unref);
      *(GHashTable **) to = _ts_names_copy (*(GHashTable * const *) from);
      break;
    case TS_FIELD_ITEMS:
      g_clear_pointer ((GPtrArray **) to, g_ptr_array_unref);
      *(GPtrArray **) to = copy_items (field->items, *(GPtrArray * const *) from);
      break;
    case TS_FIELD_TIMESTAMP:
      g_clear_pointer ((GDateTime **) to, g_date_time_unref);
      if (*(GDateTime * const *) from != NULL)
        *(GDateTime **) to = g_date_time_ref (*(GDateTime * const *) from);
      break;
    default:
      g_return_if_reached ();
    }
}

void
_ts_fields_append_search_text (TsRecord *record,
                               GString  *text)
{
  guint n_fields;
  const TsField * const *fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (record),
                                                              &n_fields);

  for (guint i = 0; i < n_fields; i++)
    append_search_text (fields[i], 1, record_storage, record, text);
}

void
_ts_fields_foreach_reference (TsRecord        *record,
                              TsFieldFlags     flags,
                              TsReferenceFunc  func,
                              gpointer         user_data)
{
  guint n_fields;
  const TsField * const *fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (record),
                                                              &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const TsField *field = fields[i];
      gboolean wanted = flags == 0 || (field->flags & flags) != 0;
      gpointer value;

      /* Most fields hold no reference: only those that may are looked
       * into (the map counts places over every record). */
      if (field->kind != TS_FIELD_ITEMS
          && !((field->kind == TS_FIELD_REFERENCE || field->kind == TS_FIELD_REFERENCES)
               && wanted))
        continue;
      value = ts_field_get_storage (field, record);

      if (field->kind == TS_FIELD_REFERENCE && wanted)
        {
          if (*(const char **) value != NULL)
            func (record, field->key, *(const char **) value, user_data);
        }
      else if (field->kind == TS_FIELD_REFERENCES && wanted)
        {
          char **ids = *(char ***) value;

          for (guint j = 0; ids[j] != NULL; j++)
            func (record, field->key, ids[j], user_data);
        }
      else if (field->kind == TS_FIELD_ITEMS)
        {
          GPtrArray *array = *(GPtrArray **) value;

          for (guint k = 0; k < field->items->n_fields && array->len > 0; k++)
            {
              const TsField *item_field = &field->items->fields[k];
              gsize key_length, item_key_length;
              /* "participants.person", made without an allocation: loading
               * looks at every record's references. */
              char path[128];

              if (item_field->kind != TS_FIELD_REFERENCE
                  || (flags != 0 && (item_field->flags & flags) == 0))
                continue;

              key_length = strlen (field->key);
              item_key_length = strlen (item_field->key);
              g_assert (key_length + 1 + item_key_length < sizeof path);
              memcpy (path, field->key, key_length);
              path[key_length] = '.';
              memcpy (path + key_length + 1, item_field->key, item_key_length + 1);
              for (guint j = 0; j < array->len; j++)
                {
                  const char *id = *(const char **) TS_FIELD_ITEM_STORAGE (
                    item_field, g_ptr_array_index (array, j));

                  if (id != NULL)
                    func (record, path, id, user_data);
                }
            }
        }
    }
}

void
_ts_fields_copy (TsRecord *record,
                 TsRecord *copy)
{
  guint n_fields;
  const TsField * const *fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (record),
                                                              &n_fields);

  for (guint i = 0; i < n_fields; i++)
    _ts_field_copy_value (fields[i], ts_field_get_storage (fields[i], record),
                          ts_field_get_storage (fields[i], copy));
}

gboolean
_ts_fields_equal (TsRecord *a,
                  TsRecord *b)
{
  guint n_fields;
  const TsField * const *fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (a),
                                                              &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (!_ts_field_values_equal (fields[i], ts_field_get_storage (fields[i], a),
                                   ts_field_get_storage (fields[i], b)))
        return FALSE;
    }

  return TRUE;
}

void
_ts_record_class_set_fields (TsRecordClass *klass,
                             const TsField *fields,
                             guint          n_fields)
{
  guint n_common;
  const TsField *common = _ts_record_get_common_fields (&n_common);

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->all_fields = g_ptr_array_sized_new (n_common + n_fields);
  for (guint i = 0; i < n_common; i++)
    {
      if ((common[i].flags & TS_FIELD_TRANSLATIONS) == 0 || klass->translated)
        g_ptr_array_add (klass->all_fields, (gpointer) &common[i]);
    }
  for (guint i = 0; i < n_fields; i++)
    g_ptr_array_add (klass->all_fields, (gpointer) &fields[i]);
}

/* Values of each kind, for the setters */

gboolean
_ts_set_string (char       **field,
                const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

char **
_ts_strv_new_empty (void)
{
  return g_new0 (char *, 1);
}

gboolean
_ts_set_strv (char               ***field,
              const char * const   *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) clean = NULL;

  for (guint i = 0; value != NULL && value[i] != NULL; i++)
    {
      if (value[i][0] != '\0')
        g_strv_builder_add (builder, value[i]);
    }
  clean = g_strv_builder_end (builder);

  if (strv_equal ((const char * const *) *field, (const char * const *) clean))
    return FALSE;

  g_strfreev (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

gboolean
_ts_set_date (TsDate       *field,
              const TsDate *value)
{
  TsDate unset = TS_DATE_INIT;

  if (value == NULL || !ts_date_is_set (value))
    value = &unset;

  if (field->precision == value->precision && field->qualifier == value->qualifier
      && field->year == value->year && field->month == value->month
      && field->day == value->day && field->days == value->days)
    return FALSE;

  *field = *value;
  return TRUE;
}

gboolean
_ts_set_double (double *field,
                double  value)
{
  if (*field == value || (isnan (*field) && isnan (value)))
    return FALSE;

  *field = value;
  return TRUE;
}

GHashTable *
_ts_names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

GHashTable *
_ts_names_copy (GHashTable *names)
{
  GHashTable *copy = _ts_names_new ();
  GHashTableIter iter;
  gpointer key, value;

  if (names == NULL)
    return copy;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (key != NULL && value != NULL && ((char *) value)[0] != '\0')
        g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
    }

  return copy;
}

gboolean
_ts_names_equal (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;
  guint a_size = a != NULL ? g_hash_table_size (a) : 0;
  guint b_size = b != NULL ? g_hash_table_size (b) : 0;

  if (a_size != b_size)
    return FALSE;
  if (a_size == 0)
    return TRUE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
        return FALSE;
    }

  return TRUE;
}

static int
language_rank (const char *language)
{
  static const char * const first[] = { "en", "ru", "ky", "zh" };

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      if (g_str_equal (language, first[i]))
        return i;
    }

  return G_N_ELEMENTS (first);
}

static int
compare_languages (gconstpointer a,
                   gconstpointer b)
{
  const char *la = *(const char * const *) a;
  const char *lb = *(const char * const *) b;
  int ra = language_rank (la);
  int rb = language_rank (lb);

  if (ra != rb)
    return ra - rb;
  return strcmp (la, lb);
}

GPtrArray *
_ts_names_get_languages (GHashTable *names)
{
  GPtrArray *languages = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (names == NULL)
    return languages;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (languages, key);
  g_ptr_array_sort (languages, compare_languages);

  return languages;
}

GPtrArray *
_ts_items_copy (GPtrArray      *items,
                GBoxedCopyFunc  copy,
                GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      if (g_ptr_array_index (items, i) != NULL)
        g_ptr_array_add (result, copy (g_ptr_array_index (items, i)));
    }

  return result;
}

gboolean
_ts_items_equal (GPtrArray  *a,
                 GPtrArray  *b,
                 GEqualFunc  equal)
{
  guint a_len = a != NULL ? a->len : 0;
  guint b_len = b != NULL ? b->len : 0;

  if (a_len != b_len)
    return FALSE;

  for (guint i = 0; i < a_len; i++)
    {
      if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* Search text */

void
_ts_search_append (GString    *text,
                   const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, value);
}

void
_ts_search_append_strv (GString            *text,
                        const char * const *values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    _ts_search_append (text, values[i]);
}

void
_ts_search_append_names (GString    *text,
                         GHashTable *names)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (names);

  for (guint i = 0; i < languages->len; i++)
    _ts_search_append (text, g_hash_table_lookup (names, g_ptr_array_index (languages, i)));
}


/* Public API */

const TsField * const *
ts_record_class_get_fields (TsRecordClass *klass,
                            guint         *n_fields)
{
  g_return_val_if_fail (TS_IS_RECORD_CLASS (klass), NULL);

  if (klass->all_fields == NULL)
    _ts_record_class_set_fields (klass, NULL, 0);

  if (n_fields != NULL)
    *n_fields = klass->all_fields->len;
  return (const TsField * const *) klass->all_fields->pdata;
}

const TsField * const *
ts_record_type_get_fields (TsRecordType  type,
                           guint        *n_fields)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (ts_record_type_get_gtype (type));

  /* Record classes are never unloaded: the fields outlive the reference. */
  return ts_record_class_get_fields (TS_RECORD_CLASS (klass), n_fields);
}

const TsField *
ts_record_class_find_field (TsRecordClass *klass,
                            const char    *path)
{
  const char *dot;
  guint n_fields;
  const TsField * const *fields;

  g_return_val_if_fail (path != NULL, NULL);

  fields = ts_record_class_get_fields (klass, &n_fields);
  dot = strchr (path, '.');
  for (guint i = 0; i < n_fields; i++)
    {
      const TsField *field = fields[i];

      if (dot == NULL && g_str_equal (field->key, path))
        return field;

      if (dot != NULL && field->kind == TS_FIELD_ITEMS
          && strlen (field->key) == (gsize) (dot - path)
          && strncmp (field->key, path, dot - path) == 0)
        {
          for (guint j = 0; j < field->items->n_fields; j++)
            {
              if (g_str_equal (field->items->fields[j].key, dot + 1))
                return &field->items->fields[j];
            }
        }
    }

  return NULL;
}

const char *
ts_field_get_label (const TsField *field)
{
  g_return_val_if_fail (field != NULL, NULL);

  return field->label != NULL ? _(field->label) : field->key;
}

gboolean
ts_field_is_text (const TsField *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  switch (field->kind)
    {
    case TS_FIELD_TEXT:
    case TS_FIELD_LONG_TEXT:
    case TS_FIELD_COUNTRY:
    case TS_FIELD_URL:
    case TS_FIELD_LANGUAGE:
    case TS_FIELD_REFERENCE:
      return TRUE;
    default:
      return FALSE;
    }
}

GType
ts_field_get_value_type (const TsField *field)
{
  g_return_val_if_fail (field != NULL, G_TYPE_INVALID);

  switch (field->kind)
    {
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
      return G_TYPE_STRV;
    case TS_FIELD_DATE:
      return TS_TYPE_DATE;
    case TS_FIELD_NUMBER:
      return G_TYPE_DOUBLE;
    case TS_FIELD_ENUM:
      return field->enum_type ();
    case TS_FIELD_NAMES:
      return G_TYPE_HASH_TABLE;
    case TS_FIELD_ITEMS:
      return G_TYPE_PTR_ARRAY;
    case TS_FIELD_TIMESTAMP:
      return G_TYPE_DATE_TIME;
    default:
      return G_TYPE_STRING;
    }
}

gpointer
ts_field_get_storage (const TsField *field,
                      TsRecord      *record)
{
  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (TS_IS_RECORD (record), NULL);

  return _ts_field_storage (field, record);
}

gpointer
_ts_field_storage (const TsField *field,
                   TsRecord      *record)
{
  if ((field->flags & TS_FIELD_COMMON) != 0)
    return G_STRUCT_MEMBER_P (_ts_record_get_private (record), field->offset);
  return G_STRUCT_MEMBER_P (record, field->offset);
}

void
ts_field_get_value (const TsField *field,
                    TsRecord      *record,
                    GValue        *value)
{
  gpointer storage;

  g_return_if_fail (field != NULL);
  g_return_if_fail (TS_IS_RECORD (record));

  storage = ts_field_get_storage (field, record);
  g_value_init (value, ts_field_get_value_type (field));
  switch (field->kind)
    {
    case TS_FIELD_DATE:
      g_value_set_boxed (value, storage);
      break;
    case TS_FIELD_NUMBER:
      g_value_set_double (value, *(double *) storage);
      break;
    case TS_FIELD_ENUM:
      g_value_set_enum (value, *(int *) storage);
      break;
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
    case TS_FIELD_NAMES:
    case TS_FIELD_ITEMS:
    case TS_FIELD_TIMESTAMP:
      g_value_set_boxed (value, *(gpointer *) storage);
      break;
    default:
      g_value_set_string (value, *(const char **) storage);
      break;
    }
}

void
ts_field_set_value (const TsField *field,
                    TsRecord      *record,
                    const GValue  *value)
{
  g_return_if_fail (field != NULL && field->property != NULL);
  g_return_if_fail (TS_IS_RECORD (record));

  g_object_set_property (G_OBJECT (record), field->property, value);
}
