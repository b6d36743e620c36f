/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-query"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-query-private.h"
#include "ts-dataset.h"
#include "ts-record-columns.h"
#include "ts-record-private.h"

/* A query in words, for people. */

/* The labels the filters have in ts_query_describe(), by key. */
static const char * const vocabulary_labels[] G_GNUC_UNUSED = {
  NC_("query filter", "level"),
  NC_("query filter", "format"),
  NC_("query filter", "kind"),
  NC_("query filter", "status"),
  NC_("query filter", "sector"),
  NC_("query filter", "reliability"),
  NC_("query filter", "confidence"),
};

/* For ts_query_describe(): types in running text. */
static const char * const type_phrases[] = {
  NC_("query scope", "meetings"),
  NC_("query scope", "agreements"),
  NC_("query scope", "projects"),
  NC_("query scope", "statements"),
  NC_("query scope", "people"),
  NC_("query scope", "organizations"),
  NC_("query scope", "places"),
  NC_("query scope", "sources"),
  NC_("query scope", "figures"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (type_phrases) == TS_N_RECORD_TYPES);

static const char *
describe_id (TsDataset  *dataset,
             const char *id)
{
  TsRecord *record = dataset != NULL ? ts_dataset_lookup (dataset, id) : NULL;

  return record != NULL ? ts_record_get_display_name (record) : id;
}

/**
 * ts_query_describe_full:
 * @dataset: (nullable): to name the place and person filters by their
 *   titles rather than their ids
 *
 * Like ts_query_describe().
 */
char *
ts_query_describe_full (TsQuery   *self,
                        TsDataset *dataset)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  if (ts_query_is_empty (self))
    return g_strdup (_("All records"));

  if (self->tokens[0] != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (self->text));

      /* Translators: the search text, quoted */
      g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), text));
    }

  if (self->types != 0)
    {
      g_autoptr(GString) types = g_string_new (NULL);

      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          if ((self->types & TS_RECORD_TYPE_BIT (type)) == 0)
            continue;
          if (types->len > 0)
            /* Translators: separates record types in "meetings, agreements" */
            g_string_append (types, _(", "));
          g_string_append (types, g_dpgettext2 (NULL, "query scope",
                                                type_phrases[type]));
        }
      g_ptr_array_add (parts, g_string_free (g_steal_pointer (&types), FALSE));
    }

  if (ts_date_is_set (&self->from) || ts_date_is_set (&self->to))
    {
      g_autofree char *from = ts_date_format (&self->from);
      g_autofree char *to = ts_date_format (&self->to);

      if (ts_date_is_set (&self->from) && ts_date_is_set (&self->to))
        /* Translators: a period, "from May 2023 to 2024" */
        g_ptr_array_add (parts, g_strdup_printf (_("from %s to %s"), from, to));
      else if (ts_date_is_set (&self->from))
        g_ptr_array_add (parts, g_strdup_printf (_("from %s"), from));
      else
        g_ptr_array_add (parts, g_strdup_printf (_("until %s"), to));
    }

  if (self->country != NULL)
    /* Translators: %s is a country, as Kyrgyzstan */
    g_ptr_array_add (parts, g_strdup_printf (_("country %s"),
                                             ts_country_get_name (self->country)));

  if (self->place_id != NULL)
    /* Translators: %s is a place */
    g_ptr_array_add (parts, g_strdup_printf (_("in %s"), describe_id (dataset, self->place_id)));

  if (self->person_id != NULL)
    /* Translators: %s is a person */
    g_ptr_array_add (parts, g_strdup_printf (_("with %s"),
                                             describe_id (dataset, self->person_id)));

  if (self->counterpart != NULL)
    /* Translators: the counterpart filter; %s is a country, as China */
    g_ptr_array_add (parts, g_strdup_printf (_("with participants from %s"),
                                             ts_country_get_name (self->counterpart)));

  if (self->tag != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("tagged “%s”"), self->tag));

  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      const char *label;

      if (self->vocabulary[i] < 0)
        continue;

      label = ts_enum_get_label (VOCABULARY (i)->field->enum_type (), self->vocabulary[i]);
      if (label[0] == '\0')
        label = C_("vocabulary value", "not given");
      /* Translators: a vocabulary filter, "level: Head of state" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"),
                                               g_dpgettext2 (NULL, "query filter",
                                                             VOCABULARY (i)->field->key),
                                               label));
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a search scope */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

char *
ts_query_describe (TsQuery *self)
{
  return ts_query_describe_full (self, NULL);
}
