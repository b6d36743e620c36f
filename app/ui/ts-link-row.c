/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-link-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-link-row.h"

struct _TsLinkRow
{
  AdwActionRow parent_instance;

  GtkWidget *picker;
};

G_DEFINE_FINAL_TYPE (TsLinkRow, ts_link_row, ADW_TYPE_ACTION_ROW)

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
  ts_record_picker_set_id (TS_RECORD_PICKER (self->picker), id);
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
