/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-neighbourhood"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-error.h"
#include "ts-neighbourhood.h"

typedef struct
{
  TsDataset  *dataset;
  GHashTable *distances;  /* TsRecord → hops + 1 */
  GPtrArray  *records;
  guint       distance;
  /* For the referrers: the id they must name through a walked field. */
  const char *target_id;
  gboolean    through_citations;
  gboolean    found;
} Walk;

gboolean
ts_neighbourhood_is_citation (TsRecord   *record,
                              const char *field)
{
  return ts_record_get_reference_types (record, field) == 1u << TS_RECORD_TYPE_SOURCE;
}

static void
reach (Walk     *walk,
       TsRecord *record)
{
  if (record == NULL || g_hash_table_contains (walk->distances, record))
    return;

  g_hash_table_insert (walk->distances, record, GUINT_TO_POINTER (walk->distance + 1));
  g_ptr_array_add (walk->records, g_object_ref (record));
}

static void
follow_reference (TsRecord   *record,
                  const char *field,
                  const char *target_id,
                  gpointer    user_data)
{
  Walk *walk = user_data;

  if (ts_neighbourhood_is_citation (record, field))
    return;
  reach (walk, ts_dataset_lookup (walk->dataset, target_id));
}

static void
find_walked_reference (TsRecord   *record,
                       const char *field,
                       const char *target_id,
                       gpointer    user_data)
{
  Walk *walk = user_data;

  if (g_strcmp0 (target_id, walk->target_id) == 0
      && (walk->through_citations || !ts_neighbourhood_is_citation (record, field)))
    walk->found = TRUE;
}

static void
follow_referrers (Walk     *walk,
                  TsRecord *record,
                  gboolean  through_citations)
{
  const char *id = ts_record_get_id (record);
  g_autoptr(GPtrArray) referrers = ts_dataset_list_referrers (walk->dataset, id, -1, NULL);

  for (guint i = 0; i < referrers->len; i++)
    {
      TsRecord *referrer = referrers->pdata[i];

      if (g_hash_table_contains (walk->distances, referrer))
        continue;

      /* The referrer may cite @record and name it nowhere else. */
      walk->target_id = id;
      walk->through_citations = through_citations;
      walk->found = FALSE;
      ts_record_foreach_reference (referrer, find_walked_reference, walk);
      if (walk->found)
        reach (walk, referrer);
    }
}

GPtrArray *
ts_neighbourhood_collect (TsDataset   *dataset,
                          const char  *id,
                          guint        hops,
                          GHashTable **distances,
                          GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) reached = NULL;
  TsRecord *center;
  Walk walk = { 0 };
  guint start = 0;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  center = ts_dataset_lookup (dataset, id);
  if (center == NULL)
    {
      /* Translators: %s is a record id, "project/cku-railway" */
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("No record in the dataset has the ID “%s”"), id);
      return NULL;
    }

  records = g_ptr_array_new_with_free_func (g_object_unref);
  reached = g_hash_table_new (g_direct_hash, g_direct_equal);
  walk.dataset = dataset;
  walk.distances = reached;
  walk.records = records;
  reach (&walk, center);

  for (guint distance = 0; distance < hops; distance++)
    {
      guint end = records->len;

      walk.distance = distance + 1;
      for (guint i = start; i < end; i++)
        {
          TsRecord *record = records->pdata[i];

          ts_record_foreach_reference (record, follow_reference, &walk);
          /* A source's own dossier holds what cites it. */
          follow_referrers (&walk, record, record == center);
        }
      if (records->len == end)
        break;
      start = end;
    }

  if (distances != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      *distances = g_hash_table_new (g_direct_hash, g_direct_equal);
      g_hash_table_iter_init (&iter, reached);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (*distances, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) - 1));
    }

  return g_steal_pointer (&records);
}
