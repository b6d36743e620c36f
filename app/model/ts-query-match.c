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
 * fields, and the record's dates, country, places, participants and
 * words.
 *
 * The relational filters (country, place, participant, counterpart) keep
 * the records related to what they name, as the record types' fields say:
 *
 * - country: people, organizations and places of the country (a place's
 *   by what it lies in); records whose TS_FIELD_LOCATES references (a
 *   meeting's place, an agreement's parties, a project's places and
 *   partners) are in it. A delegation's side is the counterpart's, not
 *   where a meeting is: "Country: China" keeps the meetings held in China.
 * - participant: the records that refer to the person (a meeting's
 *   participants, an agreement's signatories, a statement's speaker: the
 *   only references to people the types have), and the person.
 * - counterpart: the records with a participant from the country (the
 *   side a meeting's participant was on, else the person's country, else
 *   their organization's), and the people from it.
 * - sources are related through the records that cite them (in their
 *   sources, or a statement in its citations): a source is kept when a
 *   record citing it is kept by every relational filter. */

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
  const TsDate *date;

  if (!ts_date_is_set (&self->from) && !ts_date_is_set (&self->to))
    return TRUE;
  if (!ts_record_is_dated (record))
    return TRUE;
  if (!ts_record_get_span (record, &first, &last))
    return FALSE;

  from = ts_date_is_set (&self->from) ? ts_date_get_first_julian (&self->from) : 0;
  to = ts_date_is_set (&self->to) ? ts_date_get_last_julian (&self->to) : G_MAXUINT32;
  if (last < from || first > to)
    return FALSE;

  /* A date that is one of several days is in the period when one of its
   * days is, not a day between them (FORMAT.md); a span that reaches
   * beyond it (a meeting's end date) stays a span. */
  date = ts_record_get_date (record);
  if (date->precision == TS_DATE_PRECISION_DAYS && ts_date_get_first_julian (date) == first
      && ts_date_get_last_julian (date) == last)
    return ts_date_meets_period (date, from, to);
  return TRUE;
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

/* Whether what a TS_FIELD_LOCATES reference points to is in @country. */
static gboolean
field_in_country (TsDataset     *dataset,
                  const TsField *field,
                  gconstpointer  value,
                  const char    *country)
{
  gboolean locates = (field->flags & TS_FIELD_LOCATES) != 0;

  switch (field->kind)
    {
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

/* How the counterpart code finds the records a record names: in a dataset
 * (the query), or through a lookup function (a timeline built from a
 * briefing's snapshot in a worker thread, with @dataset NULL). */
typedef struct
{
  TsRecordLookupFunc  lookup;
  gpointer            lookup_data;
  TsDataset          *dataset;
} Finder;

typedef struct
{
  const Finder *finder;
  const char   *country;
} CountryData;

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return user_data != NULL ? ts_dataset_lookup (user_data, id) : NULL;
}

static const char *
find_record_country (const Finder *finder,
                     const char   *id)
{
  TsRecord *record;

  if (id == NULL)
    return NULL;

  record = finder->lookup (finder->lookup_data, id);
  if (record == NULL || !TS_IS_NAMED (record))
    return NULL;
  return ts_named_find_country (TS_NAMED (record), finder->dataset);
}

static void
find_country_cb (TsRecord   *record,
                 const char *field,
                 const char *target_id,
                 gpointer    user_data)
{
  CountryData *data = user_data;

  if (data->country != NULL || g_str_equal (field, "sources"))
    return;

  data->country = find_record_country (data->finder, target_id);
}

/* Where a person is from: their own country, else that of the first
 * organization they belong to that has one. */
static const char *
find_person_country (const Finder *finder,
                     TsRecord     *person)
{
  CountryData data = { finder, NULL };
  const char *country;

  if (person == NULL || !TS_IS_NAMED (person))
    return NULL;

  country = ts_named_find_country (TS_NAMED (person), finder->dataset);
  if (country != NULL)
    return country;

  ts_record_foreach_reference (person, find_country_cb, &data);
  return data.country;
}

static const char *
get_person_country (const Finder *finder,
                    const char   *person_id)
{
  return find_person_country (finder, finder->lookup (finder->lookup_data, person_id));
}

static gboolean
is_person_reference (const TsField *field)
{
  return (field->kind == TS_FIELD_REFERENCE || field->kind == TS_FIELD_REFERENCES)
         && (field->ref_types & ~TS_REF_PERSON) == 0
         && (field->ref_types & TS_REF_PERSON) != 0;
}

/* Called for each participant with the country they were from; returns
 * TRUE to stop. */
typedef gboolean (*ParticipantFunc) (const char *person_id,
                                     const char *country,
                                     gpointer    user_data);

/* Walks the participants (the people a field refers to) of an item or
 * record, each with the country they were from: the item's side (its
 * country field) if it has one, else where the person is from. Returns
 * TRUE when @func stopped it. */
static gboolean
foreach_participant (const Finder    *finder,
                     const TsField   *fields,
                     guint            n_fields,
                     gconstpointer    storage,
                     gboolean         is_item,
                     ParticipantFunc  func,
                     gpointer         user_data)
{
  const char *side = NULL;

  for (guint i = 0; is_item && i < n_fields; i++)
    {
      if (fields[i].kind == TS_FIELD_COUNTRY)
        side = *(const char * const *) TS_FIELD_ITEM_STORAGE (&fields[i], storage);
    }

  for (guint i = 0; i < n_fields; i++)
    {
      const TsField *field = &fields[i];
      gconstpointer value = is_item
                            ? TS_FIELD_ITEM_STORAGE (field, storage)
                            : ts_field_get_storage (field, (TsRecord *) storage);

      if (field->kind == TS_FIELD_ITEMS)
        {
          GPtrArray *array = *(GPtrArray * const *) value;

          for (guint j = 0; array != NULL && j < array->len; j++)
            {
              if (foreach_participant (finder, field->items->fields, field->items->n_fields,
                                       g_ptr_array_index (array, j), TRUE, func, user_data))
                return TRUE;
            }
        }
      else if (is_person_reference (field) && field->kind == TS_FIELD_REFERENCE)
        {
          const char *id = *(const char * const *) value;

          if (id != NULL
              && func (id, side != NULL ? side : get_person_country (finder, id), user_data))
            return TRUE;
        }
      else if (is_person_reference (field))
        {
          const char * const *ids = *(const char * const * const *) value;

          for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
            {
              if (func (ids[j], side != NULL ? side : get_person_country (finder, ids[j]),
                        user_data))
                return TRUE;
            }
        }
    }

  return FALSE;
}

static gboolean
is_from_cb (const char *person_id,
            const char *country,
            gpointer    user_data)
{
  return same_country (country, user_data);
}

static gboolean
matches_counterpart (TsQuery   *self,
                     TsDataset *dataset,
                     TsRecord  *record)
{
  TsRecordClass *klass = TS_RECORD_GET_CLASS (record);
  Finder finder = { lookup_in_dataset, dataset, dataset };

  /* A person is from where they are from. */
  if ((TS_RECORD_TYPE_BIT (ts_record_get_record_type (record)) & TS_REF_PERSON) != 0)
    return same_country (find_person_country (&finder, record), self->counterpart);

  return foreach_participant (&finder, klass->fields, klass->n_fields, record, FALSE,
                              is_from_cb, self->counterpart);
}

typedef struct
{
  TsParticipantFunc func;
  gpointer          user_data;
} ParticipantData;

static gboolean
call_participant_cb (const char *person_id,
                     const char *country,
                     gpointer    user_data)
{
  ParticipantData *data = user_data;

  data->func (person_id, country, data->user_data);
  return FALSE;
}

static gboolean
has_relations (TsQuery *self)
{
  return self->country != NULL || self->place_id != NULL || self->person_id != NULL
         || self->counterpart != NULL;
}

/* The relational filters on the record's own fields. */
static gboolean
matches_own_relations (TsQuery   *self,
                       TsDataset *dataset,
                       TsRecord  *record)
{
  if (self->country != NULL && !matches_country (self, dataset, record))
    return FALSE;

  if (self->place_id != NULL && !matches_place (self, dataset, record))
    return FALSE;

  if (self->person_id != NULL && !matches_person (self, record))
    return FALSE;

  if (self->counterpart != NULL && !matches_counterpart (self, dataset, record))
    return FALSE;

  return TRUE;
}

static gboolean
is_source (TsRecord *record)
{
  return (TS_RECORD_TYPE_BIT (ts_record_get_record_type (record)) & TS_REF_SOURCE) != 0;
}

/* A source by the records that cite it, anything else by its own fields. */
static gboolean
matches_relations (TsQuery   *self,
                   TsDataset *dataset,
                   TsRecord  *record)
{
  g_autoptr(GPtrArray) citing = NULL;

  if (!has_relations (self))
    return TRUE;

  if (!is_source (record))
    return matches_own_relations (self, dataset, record);

  if (dataset == NULL)
    return FALSE;

  citing = ts_dataset_list_referrers (dataset, ts_record_get_id (record), -1, "sources");
  /* A statement cites its articles in its citations, with the sentence. */
  g_ptr_array_extend_and_steal (citing,
                                ts_dataset_list_referrers (dataset, ts_record_get_id (record),
                                                           -1, "citations.source"));
  for (guint i = 0; i < citing->len; i++)
    {
      TsRecord *referrer = g_ptr_array_index (citing, i);

      if (!is_source (referrer) && matches_own_relations (self, dataset, referrer))
        return TRUE;
    }

  return FALSE;
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

  return matches_relations (self, dataset, record);
}

/**
 * ts_query_foreach_participant:
 *
 * Calls @func for each participant of @record (a meeting's participants,
 * an agreement's signatories) with the country the counterpart filter
 * counts them from: the side they were on, else their own country, else
 * their organization's (NULL when none is known). Finds the people
 * through @lookup, so it may run on a snapshot in another thread.
 */
void
ts_query_foreach_participant (TsRecord           *record,
                              TsRecordLookupFunc  lookup,
                              gpointer            lookup_data,
                              TsParticipantFunc   func,
                              gpointer            user_data)
{
  TsRecordClass *klass;
  Finder finder = { lookup, lookup_data, NULL };
  ParticipantData data = { func, user_data };

  g_return_if_fail (TS_IS_RECORD (record));
  g_return_if_fail (lookup != NULL);
  g_return_if_fail (func != NULL);

  klass = TS_RECORD_GET_CLASS (record);
  foreach_participant (&finder, klass->fields, klass->n_fields, record, FALSE,
                       call_participant_cb, &data);
}
