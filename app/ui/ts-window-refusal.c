/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window-refusal"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-window-private.h"
#include "ts-error.h"
#include "ts-record-columns.h"

/* A delete the dataset refused because other records still link to the
 * record: a dialog names them, each a row that shows it. */

static void
on_referrer_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       GtkWidget     *dialog)
{
  TsWindow *self = TS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "ts-target-id"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  ts_window_set_view (self, "records");
  ts_records_view_navigate_to (self->records_view, id);
}

static GtkWidget *
new_referrer_row (TsRecord *referrer)
{
  TsRecordType type = ts_record_get_record_type (referrer);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (ts_record_type_get_icon_name (type));
  g_autofree char *title = g_markup_escape_text (ts_record_get_display_name (referrer), -1);
  g_autofree char *date = ts_date_format (ts_record_get_date (referrer));
  g_autofree char *subtitle = NULL;

  if (*date != '\0')
    /* Translators: a record's type and date: "Meeting · 25 Oct 2023" */
    subtitle = g_strdup_printf (C_("record type and date", "%1$s · %2$s"),
                                ts_record_type_get_label (type), date);
  else
    subtitle = g_strdup (ts_record_type_get_label (type));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ts_record_type_get_label (type),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show this record"));
  g_object_set_data_full (G_OBJECT (row), "ts-target-id",
                          g_strdup (ts_record_get_id (referrer)), g_free);
  return row;
}

gboolean
_ts_window_explain_refused_delete (TsWindow     *self,
                                   TsRecord     *record,
                                   const GError *error)
{
  g_autoptr(GPtrArray) referrers = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *list;

  g_return_val_if_fail (TS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

  if (!g_error_matches (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED))
    return FALSE;

  referrers = ts_dataset_list_referrers (self->dataset, ts_record_get_id (record), -1, NULL);
  if (referrers->len == 0)
    return FALSE;

  /* Translators: a dialog's heading; %s is the title of a record */
  heading = g_strdup_printf (_("“%s” Is Still Linked"), ts_record_get_display_name (record));
  body = g_strdup_printf (ngettext ("%u record links to it. Remove the link from it first, "
                                    "then delete this record.",
                                    "%u records link to it. Remove the links from them first, "
                                    "then delete this record.",
                                    referrers->len),
                          referrers->len);

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "referrers");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Records that link to it"),
                                  -1);
  for (guint i = 0; i < referrers->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), new_referrer_row (g_ptr_array_index (referrers, i)));

  /* Room for a few rows; a place many meetings were held at scrolls. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  gtk_widget_set_name (dialog, "delete-refused");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (list, "row-activated", G_CALLBACK (on_referrer_activated), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
