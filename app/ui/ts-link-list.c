/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-link-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-link-list.h"
#include "ts-record-columns.h"

struct _TsLinkList
{
  AdwPreferencesGroup parent_instance;

  TsDataset *dataset;
  TsCandidates *candidates;
  GPtrArray *ids;       /* the ids listed */
  GPtrArray *id_rows;   /* their rows */
  GtkWidget *add_row;
  GtkWidget *picker;
};

G_DEFINE_FINAL_TYPE (TsLinkList, ts_link_list, ADW_TYPE_PREFERENCES_GROUP)

static void
on_remove_clicked (GtkButton  *button,
                   TsLinkList *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ts-row");
  guint index;

  if (!g_ptr_array_find (self->id_rows, row, &index))
    return;

  g_ptr_array_remove_index (self->ids, index);
  g_ptr_array_remove_index (self->id_rows, index);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
}

static void
add_link_row (TsLinkList *self,
              const char *id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  TsRecord *chosen = ts_candidates_lookup (self->candidates, id);
  /* A record created from the picker is not in the dataset yet. */
  const char *title = chosen != NULL ? ts_record_get_display_name (chosen)
                                     : ts_title_of_id (self->dataset, id);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* Translators: a button that removes %s from a list of linked records */
  accessible = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data (G_OBJECT (remove), "ts-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  /* The rows of the chosen records go before the row that adds one; the
   * group would drop its last reference to that row while it moves. */
  g_object_ref (self->add_row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->add_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->add_row);
  g_object_unref (self->add_row);

  g_ptr_array_add (self->ids, g_strdup (id));
  g_ptr_array_add (self->id_rows, row);
}

static void
on_add_clicked (GtkButton  *button,
                TsLinkList *self)
{
  const char *id = ts_record_picker_get_id (self->picker);

  if (id == NULL)
    return;

  for (guint i = 0; i < self->ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->ids, i), id))
        return;
    }

  add_link_row (self, id);
  ts_record_picker_set_id (TS_RECORD_PICKER (self->picker), NULL);
}

/* A record created from the picker is meant for the list. */
static void
on_picker_created (TsRecordPicker *picker,
                   const char     *id,
                   TsLinkList     *self)
{
  on_add_clicked (NULL, self);
}

static void
ts_link_list_dispose (GObject *object)
{
  TsLinkList *self = TS_LINK_LIST (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->candidates, ts_candidates_unref);

  G_OBJECT_CLASS (ts_link_list_parent_class)->dispose (object);
}

static void
ts_link_list_finalize (GObject *object)
{
  TsLinkList *self = TS_LINK_LIST (object);

  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->id_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_link_list_parent_class)->finalize (object);
}

static void
ts_link_list_class_init (TsLinkListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_link_list_dispose;
  object_class->finalize = ts_link_list_finalize;
}

static void
ts_link_list_init (TsLinkList *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->id_rows = g_ptr_array_new ();
}

void
ts_link_list_set_links (TsLinkList         *self,
                        TsDataset          *dataset,
                        TsCandidates       *candidates,
                        const char * const *ids)
{
  const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self));
  GtkWidget *add_button;
  g_autofree char *accessible = NULL;

  g_return_if_fail (TS_IS_LINK_LIST (self));
  g_return_if_fail (self->add_row == NULL);

  g_set_object (&self->dataset, dataset);
  self->candidates = ts_candidates_ref (candidates);

  self->add_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add"));
  /* Translators: %s names a list, "Participants" */
  accessible = g_strdup_printf (_("Choose a record to add to %s"), title);
  self->picker = ts_record_picker_new (candidates, accessible);
  g_signal_connect (self->picker, "created", G_CALLBACK (on_picker_created), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->add_row), self->picker);

  add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, _("Add"));
  g_free (accessible);
  /* Translators: %s names a list, "Participants" */
  accessible = g_strdup_printf (_("Add to %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->add_row), add_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->add_row);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    add_link_row (self, ids[i]);
}

GStrv
ts_link_list_get_links (TsLinkList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TS_IS_LINK_LIST (self), NULL);

  for (guint i = 0; i < self->ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->ids, i));

  return g_strv_builder_end (builder);
}
