/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-dataset"

#include "config.h"

#include <string.h>

#include "ts-dataset-private.h"
#include "ts-field.h"
#include "ts-record-private.h"

/* What the dataset keeps for search (each record's text with the names of
 * what it links to) and the ids it suggests. */

typedef struct
{
  TsDataset *self;
  GString   *text;
} SearchData;

static const char *
get_name_text (TsDataset *self,
               TsRecord  *record)
{
  char *text = g_hash_table_lookup (self->name_texts, record);

  if (text == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      _ts_record_append_name_text (record, names);
      text = ts_fold_text (names->str);
      g_hash_table_insert (self->name_texts, record, text);
    }

  return text;
}

static void
append_linked_names_cb (TsRecord   *record,
                        const char *field,
                        const char *target_id,
                        gpointer    user_data)
{
  SearchData *data = user_data;
  const TsField *descriptor;
  TsRecord *target;

  /* A meeting is found by its participants', place's and outcomes' names,
   * not by its sources' (TS_FIELD_UNSEARCHED_LINK). */
  descriptor = ts_record_class_find_field (TS_RECORD_GET_CLASS (record), field);
  if (descriptor != NULL && (descriptor->flags & TS_FIELD_UNSEARCHED_LINK) != 0)
    return;

  target = g_hash_table_lookup (data->self->records, target_id);
  if (target == NULL)
    return;

  g_string_append_c (data->text, '\n');
  g_string_append (data->text, get_name_text (data->self, target));
}

/* Folding works piece by piece, so the folded names of a person attending
 * a thousand meetings are folded once. */
static char *
build_search_text (TsDataset *self,
                   TsRecord  *record)
{
  g_autoptr(GString) own_text = g_string_new (NULL);
  g_autoptr(GString) text = NULL;
  g_autofree char *own_folded = NULL;
  SearchData data = { self, NULL };

  _ts_record_append_search_text (record, own_text);
  own_folded = ts_fold_text (own_text->str);
  text = g_string_new (own_folded);
  data.text = text;
  ts_record_foreach_reference (record, append_linked_names_cb, &data);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
_ts_dataset_forget_search_texts_linking (TsDataset  *self,
                                         const char *id)
{
  GHashTable *referrers = g_hash_table_lookup (self->referrers, id);
  GHashTableIter iter;
  gpointer referrer;

  if (referrers == NULL)
    return;

  g_hash_table_iter_init (&iter, referrers);
  while (g_hash_table_iter_next (&iter, &referrer, NULL))
    g_hash_table_remove (self->search_texts, referrer);
}

/* Public API */

const char *
ts_dataset_get_name_text (TsDataset *self,
                          TsRecord  *record)
{
  char *text;

  g_return_val_if_fail (TS_IS_DATASET (self), NULL);
  g_return_val_if_fail (TS_IS_RECORD (record), NULL);

  if (g_hash_table_lookup (self->records, ts_record_get_id (record)) == record)
    return get_name_text (self, record);

  /* Not one of ours (a record the editor has yet to add): nothing tells
   * when to forget it, so it lives as long as the record. */
  text = g_object_get_data (G_OBJECT (record), "ts-dataset-name-text");
  if (text == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      _ts_record_append_name_text (record, names);
      text = ts_fold_text (names->str);
      g_object_set_data_full (G_OBJECT (record), "ts-dataset-name-text", text, g_free);
    }

  return text;
}

const char *
ts_dataset_get_search_text (TsDataset *self,
                            TsRecord  *record)
{
  char *text;

  g_return_val_if_fail (TS_IS_DATASET (self), NULL);
  g_return_val_if_fail (TS_IS_RECORD (record), NULL);

  text = g_hash_table_lookup (self->search_texts, record);
  if (text != NULL)
    return text;

  text = build_search_text (self, record);
  if (g_hash_table_lookup (self->records, ts_record_get_id (record)) == record)
    {
      g_hash_table_insert (self->search_texts, record, text);
    }
  else
    {
      /* Not one of ours: nothing tells when to forget it, so it lives as
       * long as the record. */
      g_object_set_data_full (G_OBJECT (record), "ts-dataset-search-text", text, g_free);
    }

  return text;
}

/**
 * ts_dataset_suggest_id:
 *
 * A readable id for @record that no record of the dataset has: made of its
 * title, prefixed by its date (TS_FIELD_IN_ID) for meetings and agreements
 * ("meeting/2023-10-25-li-qiang-meets-japarov"), with "-2", "-3" … added
 * when taken.
 */
char *
ts_dataset_suggest_id (TsDataset *self,
                       TsRecord  *record)
{
  g_autofree char *base = NULL;
  TsRecordType type;
  const TsDate *date = NULL;
  const TsField * const *fields;
  guint n_fields;
  char *id;

  g_return_val_if_fail (TS_IS_DATASET (self), NULL);
  g_return_val_if_fail (TS_IS_RECORD (record), NULL);

  type = ts_record_get_record_type (record);
  base = ts_record_make_id (type, ts_record_get_title (record));

  fields = ts_record_class_get_fields (TS_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields && date == NULL; i++)
    {
      if (fields[i]->kind == TS_FIELD_DATE && (fields[i]->flags & TS_FIELD_IN_ID) != 0)
        date = ts_field_get_storage (fields[i], record);
    }

  if (date != NULL && ts_date_is_set (date))
    {
      TsDate plain = *date;
      g_autofree char *day = NULL;
      const char *slug = strchr (base, '/') + 1;
      char *dated;

      plain.qualifier = TS_DATE_QUALIFIER_NONE;
      /* One of several days by the first of them. */
      if (plain.precision == TS_DATE_PRECISION_DAYS)
        ts_date_set_ymd (&plain, plain.year, plain.month, plain.day);
      day = ts_date_to_string (&plain);
      dated = g_strdup_printf ("%s/%s-%s", ts_record_type_to_string (type), day, slug);
      g_free (base);
      base = dated;
    }

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->records, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}
