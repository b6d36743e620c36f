/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-link-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-link-row.h"
#include "ts-accessible.h"
#include "ts-record-columns.h"

struct _TsCandidates
{
  GtkStringList *titles;
  GPtrArray *ids;
};

struct _TsLinkRow
{
  AdwActionRow parent_instance;

  GtkWidget *picker;
};

G_DEFINE_FINAL_TYPE (TsLinkRow, ts_link_row, ADW_TYPE_ACTION_ROW)

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;

  return g_utf8_collate (ts_record_get_display_name (ra), ts_record_get_display_name (rb));
}

static void
clear_candidates (TsCandidates *self)
{
  g_clear_object (&self->titles);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
}

TsCandidates *
ts_candidates_new (TsDataset *dataset,
                   guint      types)
{
  TsCandidates *self = g_rc_box_new0 (TsCandidates);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *list;

      if ((types & TS_RECORD_TYPE_BIT (type)) == 0)
        continue;

      list = ts_dataset_get_records (dataset, type);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
    }
  g_ptr_array_sort (records, compare_titles);

  self->titles = gtk_string_list_new (NULL);
  self->ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (self->titles, C_("record link", "None"));
  g_ptr_array_add (self->ids, NULL);
  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);

      gtk_string_list_append (self->titles, ts_record_get_display_name (record));
      g_ptr_array_add (self->ids, g_strdup (ts_record_get_id (record)));
    }

  return self;
}

TsCandidates *
ts_candidates_ref (TsCandidates *self)
{
  return g_rc_box_acquire (self);
}

void
ts_candidates_unref (TsCandidates *self)
{
  g_rc_box_release_full (self, (GDestroyNotify) clear_candidates);
}

guint
ts_candidates_find (TsCandidates *self,
                    const char   *id)
{
  for (guint i = 1; id != NULL && i < self->ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->ids, i), id) == 0)
        return i;
    }

  return 0;
}

const char *
ts_candidates_get_id (TsCandidates *self,
                      guint         position)
{
  if (position >= self->ids->len)
    return NULL;
  return g_ptr_array_index (self->ids, position);
}

GtkWidget *
ts_record_picker_new (TsCandidates *candidates,
                      const char   *accessible_label)
{
  GtkWidget *picker = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (candidates->titles)),
                                         gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                      NULL, "string"));

  g_object_set_data_full (G_OBJECT (picker), "ts-candidates", ts_candidates_ref (candidates),
                          (GDestroyNotify) ts_candidates_unref);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (picker), TRUE);
  gtk_widget_set_valign (picker, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (picker, 220, -1);
  ts_accessible_name_drop_down (GTK_DROP_DOWN (picker), accessible_label);
  return picker;
}

const char *
ts_record_picker_get_id (GtkWidget *picker)
{
  TsCandidates *candidates = g_object_get_data (G_OBJECT (picker), "ts-candidates");

  g_return_val_if_fail (candidates != NULL, NULL);

  return ts_candidates_get_id (candidates, gtk_drop_down_get_selected (GTK_DROP_DOWN (picker)));
}

static void
ts_link_row_class_init (TsLinkRowClass *klass)
{
}

static void
ts_link_row_init (TsLinkRow *self)
{
}

void
ts_link_row_set_link (TsLinkRow    *self,
                      TsCandidates *candidates,
                      const char   *id)
{
  g_return_if_fail (TS_IS_LINK_ROW (self));

  if (self->picker != NULL)
    adw_action_row_remove (ADW_ACTION_ROW (self), self->picker);

  self->picker = ts_record_picker_new (candidates,
                                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->picker), ts_candidates_find (candidates, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->picker);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->picker);
  /* Its name starts with the row's title already ("Place: Bishkek"), which
   * the row would add again. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->picker),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

const char *
ts_link_row_get_link (TsLinkRow *self)
{
  g_return_val_if_fail (TS_IS_LINK_ROW (self), NULL);

  return self->picker != NULL ? ts_record_picker_get_id (self->picker) : NULL;
}
