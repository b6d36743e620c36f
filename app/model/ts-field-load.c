/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-field-load.h"
#include "ts-record-private.h"

/* Records built from the store's columns: each value set where the field
 * keeps it, as the JSON reader (ts-record-json.c) does, without JSON. */

TsRecord *
ts_field_load_new_record (TsRecordType  type,
                          const char   *id)
{
  TsRecord *record = g_object_new (ts_record_type_get_gtype (type), NULL);

  _ts_record_init_id (record, id);
  return record;
}

static gboolean
parse_digits (const char *p,
              guint       n,
              int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* 2026-11-23T07:00:00Z, as the store writes it, without the general ISO
 * 8601 parser; anything else goes to that parser. */
static GDateTime *
parse_time (const char *text)
{
  int year, month, day, hour, minute, second;

  if (strlen (text) == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
      && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
      && parse_digits (text, 4, &year) && parse_digits (text + 5, 2, &month)
      && parse_digits (text + 8, 2, &day) && parse_digits (text + 11, 2, &hour)
      && parse_digits (text + 14, 2, &minute) && parse_digits (text + 17, 2, &second))
    return g_date_time_new_utc (year, month, day, hour, minute, second);

  return g_date_time_new_from_iso8601 (text, NULL);
}

gboolean
ts_field_load_text (const TsField  *field,
                    gpointer        storage,
                    const char     *text,
                    const char     *id,
                    const char     *path,
                    GError        **error)
{
  if (text == NULL || text[0] == '\0')
    return TRUE;

  switch (field->kind)
    {
    case TS_FIELD_DATE:
      {
        g_autoptr(GError) local_error = NULL;

        if (!ts_date_parse (text, storage, &local_error))
          {
            _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, path,
                                  "%s", local_error->message);
            return FALSE;
          }
        return TRUE;
      }
    case TS_FIELD_ENUM:
      {
        int value;

        if (g_str_equal (text, "unset") || !ts_enum_from_nick (field->enum_type (), text, &value))
          {
            _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, path,
                                  _("“%s” is not one of its values"), text);
            return FALSE;
          }
        *(int *) storage = value;
        return TRUE;
      }
    case TS_FIELD_TIMESTAMP:
      {
        GDateTime *time = parse_time (text);

        if (time == NULL)
          {
            _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, path,
                                  _("“%s” is not a time like 2026-11-23T07:00:00Z"), text);
            return FALSE;
          }
        g_clear_pointer ((GDateTime **) storage, g_date_time_unref);
        *(GDateTime **) storage = time;
        return TRUE;
      }
    case TS_FIELD_TEXT:
    case TS_FIELD_LONG_TEXT:
    case TS_FIELD_COUNTRY:
    case TS_FIELD_URL:
    case TS_FIELD_LANGUAGE:
    case TS_FIELD_REFERENCE:
      g_free (*(char **) storage);
      *(char **) storage = g_strdup (text);
      return TRUE;
    case TS_FIELD_STRING_LIST:
    case TS_FIELD_REFERENCES:
    case TS_FIELD_NUMBER:
    case TS_FIELD_NAMES:
    case TS_FIELD_ITEMS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
ts_field_load_number (const TsField *field,
                      gpointer       storage,
                      double         value)
{
  g_return_if_fail (field->kind == TS_FIELD_NUMBER);

  *(double *) storage = value;
}

void
ts_field_load_strv (const TsField *field,
                    gpointer       storage,
                    GPtrArray     *values)
{
  char **strv;
  guint n = 0;

  g_return_if_fail (field->kind == TS_FIELD_STRING_LIST || field->kind == TS_FIELD_REFERENCES);

  strv = g_new (char *, values->len + 1);
  for (guint i = 0; i < values->len; i++)
    {
      char *value = g_ptr_array_index (values, i);

      if (value != NULL && value[0] != '\0')
        strv[n++] = value;
      else
        g_free (value);
    }
  strv[n] = NULL;
  g_ptr_array_set_free_func (values, NULL);
  g_ptr_array_set_size (values, 0);

  g_strfreev (*(char ***) storage);
  *(char ***) storage = strv;
}

gboolean
ts_field_load_name (const TsField  *field,
                    gpointer        storage,
                    const char     *language,
                    const char     *name,
                    const char     *id,
                    const char     *path,
                    GError        **error)
{
  GHashTable **names = storage;

  g_return_val_if_fail (field->kind == TS_FIELD_NAMES, FALSE);

  if (language == NULL || language[0] == '\0' || strlen (language) > 16)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, id, path,
                            _("“%s” is not a language code like en, ru, ky or zh"),
                            language != NULL ? language : "");
      return FALSE;
    }
  if (name == NULL || name[0] == '\0')
    return TRUE;

  if (*names == NULL)
    *names = _ts_names_new ();
  g_hash_table_insert (*names, g_strdup (language), g_strdup (name));
  return TRUE;
}

gpointer
ts_field_load_new_item (const TsField *field,
                        gpointer       storage)
{
  gpointer item;

  g_return_val_if_fail (field->kind == TS_FIELD_ITEMS, NULL);

  item = _ts_field_item_new (field->items);
  g_ptr_array_add (*(GPtrArray **) storage, item);
  return item;
}

gboolean
ts_field_load_check (TsRecord  *record,
                     GError   **error)
{
  return _ts_record_check (record, FALSE, FALSE, error);
}
