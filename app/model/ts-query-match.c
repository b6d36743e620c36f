/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-query"

#include "config.h"

#include <string.h>

#include "ts-query-private.h"
#include "ts-dataset.h"
#include "ts-named.h"
#include "ts-place.h"
#include "ts-record-private.h"

/* What a query matches: its vocabulary filters, from the record types'
 * fields, and the record's dates, country, places, people and words. */

typedef struct
{
  TsDataset  *dataset;
  const char *wanted;
  gboolean    found;
} LinkData;

static gboolean
is_shared_key (const char *key,
               TsRecordType type)
{
  for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
    {
      TsRecordClass *klass = g_type_class_ref (ts_record_type_get_gtype (t));

      for (guint i = 0; t != type && i < klass->n_fields; i++)
        {
          const TsField *field = &klass->fields[i];

          if ((field->flags & TS_FIELD_FILTERABLE) != 0 && g_str_equal (field->key, key))
            {
              g_type_class_unref (klass);
              return TRUE;
            }
        }
      g_type_class_unref (klass);
    }

  return FALSE;
}

static GArray *
build_vocabularies (void)
{
  GArray *vocabularies = g_array_new (FALSE, TRUE, sizeof (TsQueryVocabulary));
  guint n_common;
  const TsField *common = _ts_record_get_common_fields (&n_common);

  for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
    {
      TsRecordClass *klass = g_type_class_ref (ts_record_type_get_gtype (t));

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const TsField *field = &klass->fields[i];
          TsQueryVocabulary vocabulary = { NULL, t, FALSE, field };

          if (field->kind != TS_FIELD_ENUM || (field->flags & TS_FIELD_FILTERABLE) == 0)
            continue;

          if (is_shared_key (field->key, t))
            vocabulary.name = g_strdup_printf ("%s-%s", ts_record_type_to_string (t), field->key);
          else
            vocabulary.name = g_strdup (field->key);
          g_array_append_val (vocabularies, vocabulary);
        }
      /* Record classes stay: the fields outlive the reference. */
      g_type_class_unref (klass);
    }

  for (guint i = 0; i < n_common; i++)
    {
      TsQueryVocabulary vocabulary = { g_strdup (common[i].key), 0, TRUE, &common[i] };

      if (common[i].kind == TS_FIELD_ENUM && (common[i].flags & TS_FIELD_FILTERABLE) != 0)
        g_array_append_val (vocabularies, vocabulary);
      else
        g_free (vocabulary.name);
    }

  g_assert (vocabularies->len <= MAX_VOCABULARIES);
  return vocabularies;
}

GArray *
_ts_query_get_vocabularies (void)
{
  static GArray *vocabularies;

  if (g_once_init_enter (&vocabularies))
    g_once_init_leave (&vocabularies, build_vocabularies ());

  return vocabularies;
}

static gboolean
get_vocabulary_value (TsRecord *record,
                      guint     index,
                      int      *value)
{
  const TsQueryVocabulary *vocabulary = VOCABULARY (index);

  if (!vocabulary->every_type && ts_record_get_record_type (record) != vocabulary->type)
    return FALSE;

  *value = *(const int *) ts_field_get_storage (vocabulary->field, record);
  return TRUE;
}

int
_ts_query_find_vocabulary (const char *field)
{
  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      if (g_strcmp0 (field, VOCABULARY (i)->name) == 0)
        return i;
    }

  return -1;
}

static gboolean
matches_dates (TsQuery  *self,
               TsRecord *record)
{
  guint32 from, to, first, last;

  if (!ts_date_is_set (&self->from) && !ts_date_is_set (&self->to))
    return TRUE;
  if (!ts_record_is_dated (record))
    return TRUE;
  if (!ts_record_get_span (record, &first, &last))
    return FALSE;

  from = ts_date_is_set (&self->from) ? ts_date_get_first_julian (&self->from) : 0;
  to = ts_date_is_set (&self->to) ? ts_date_get_last_julian (&self->to) : G_MAXUINT32;
  return last >= from && first <= to;
}

static const char *
get_record_country (TsDataset  *dataset,
                    const char *id)
{
  TsRecord *record;

  if (dataset == NULL || id == NULL)
    return NULL;

  record = ts_dataset_lookup (dataset, id);
  if (record == NULL || !TS_IS_NAMED (record))
    return NULL;
  return ts_named_find_country (TS_NAMED (record), dataset);
}

static gboolean
same_country (const char *a,
              const char *b)
{
  return a != NULL && b != NULL && g_ascii_strcasecmp (a, b) == 0;
}

static gboolean
ids_in_country (TsDataset          *dataset,
                const char * const *ids,
                const char         *country)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (same_country (get_record_country (dataset, ids[i]), country))
        return TRUE;
    }

  return FALSE;
}

/* Whether a country field or what a TS_FIELD_LOCATES reference points to
 * is in @country. */
static gboolean
field_in_country (TsDataset     *dataset,
                  const TsField *field,
                  gconstpointer  value,
                  const char    *country)
{
  gboolean locates = (field->flags & TS_FIELD_LOCATES) != 0;

  switch (field->kind)
    {
    case TS_FIELD_COUNTRY:
      return same_country (*(const char * const *) value, country);
    case TS_FIELD_REFERENCE:
      return locates
             && same_country (get_record_country (dataset, *(const char * const *) value),
                              country);
    case TS_FIELD_REFERENCES:
      return locates && ids_in_country (dataset, *(const char * const * const *) value, country);
    case TS_FIELD_ITEMS:
      {
        GPtrArray *array = *(GPtrArray * const *) value;

        for (guint i = 0; i < array->len; i++)
          {
            for (guint j = 0; j < field->items->n_fields; j++)
              {
                const TsField *item_field = &field->items->fields[j];

                if (field_in_country (dataset, item_field,
                                      TS_FIELD_ITEM_STORAGE (item_field,
                                                             g_ptr_array_index (array, i)),
                                      country))
                  return TRUE;
              }
          }
      }
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
matches_country (TsQuery   *self,
                 TsDataset *dataset,
                 TsRecord  *record)
{
  TsRecordClass *klass = TS_RECORD_GET_CLASS (record);

  if (TS_IS_NAMED (record))
    return same_country (ts_named_find_country (TS_NAMED (record), dataset), self->country);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TsField *field = &klass->fields[i];

      if (field_in_country (dataset, field, ts_field_get_storage (field, record),
                            self->country))
        return TRUE;
    }

  return FALSE;
}

static void
find_place_cb (TsRecord   *record,
               const char *field,
               const char *target_id,
               gpointer    user_data)
{
  LinkData *data = user_data;

  if (data->found || g_str_equal (field, "sources"))
    return;

  if (g_str_has_prefix (target_id, "place/")
      && ts_place_is_within (data->dataset, target_id, data->wanted))
    data->found = TRUE;
}

static void
find_target_cb (TsRecord   *record,
                const char *field,
                const char *target_id,
                gpointer    user_data)
{
  LinkData *data = user_data;

  if (!data->found && g_str_equal (target_id, data->wanted))
    data->found = TRUE;
}

static gboolean
matches_place (TsQuery   *self,
               TsDataset *dataset,
               TsRecord  *record)
{
  LinkData data = { dataset, self->place_id, FALSE };

  /* A place matches the places it lies in, as what happens there does. */
  if (ts_place_is_within (dataset, ts_record_get_id (record), self->place_id))
    return TRUE;

  ts_record_foreach_reference (record, find_place_cb, &data);
  return data.found;
}

static gboolean
matches_person (TsQuery  *self,
                TsRecord *record)
{
  LinkData data = { NULL, self->person_id, FALSE };

  if (g_strcmp0 (ts_record_get_id (record), self->person_id) == 0)
    return TRUE;

  ts_record_foreach_reference (record, find_target_cb, &data);
  return data.found;
}

static gboolean
matches_text (TsQuery   *self,
              TsDataset *dataset,
              TsRecord  *record)
{
  g_autofree char *own_text = NULL;
  const char *text;

  if (self->tokens[0] == NULL)
    return TRUE;

  if (dataset != NULL)
    text = ts_dataset_get_search_text (dataset, record);
  else
    text = own_text = ts_record_dup_search_text (record);

  for (guint i = 0; self->tokens[i] != NULL; i++)
    {
      if (strstr (text, self->tokens[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Public API */

gboolean
ts_query_matches (TsQuery   *self,
                  TsDataset *dataset,
                  TsRecord  *record)
{
  g_return_val_if_fail (TS_IS_QUERY (self), FALSE);
  g_return_val_if_fail (dataset == NULL || TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

  return ts_query_matches_filters (self, dataset, record)
         && matches_text (self, dataset, record);
}

/**
 * ts_query_matches_filters:
 *
 * Like ts_query_matches(), leaving the text out.
 */
gboolean
ts_query_matches_filters (TsQuery   *self,
                          TsDataset *dataset,
                          TsRecord  *record)
{
  g_return_val_if_fail (TS_IS_QUERY (self), FALSE);
  g_return_val_if_fail (dataset == NULL || TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

  if (self->types != 0
      && (self->types & TS_RECORD_TYPE_BIT (ts_record_get_record_type (record))) == 0)
    return FALSE;

  if (self->tag != NULL && !g_strv_contains (ts_record_get_tags (record), self->tag))
    return FALSE;

  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      int value;

      if (self->vocabulary[i] >= 0
          && get_vocabulary_value (record, i, &value)
          && value != self->vocabulary[i])
        return FALSE;
    }

  if (!matches_dates (self, record))
    return FALSE;

  if (self->country != NULL && !matches_country (self, dataset, record))
    return FALSE;

  if (self->place_id != NULL && !matches_place (self, dataset, record))
    return FALSE;

  if (self->person_id != NULL && !matches_person (self, record))
    return FALSE;

  return TRUE;
}

