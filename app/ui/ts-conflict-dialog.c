/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ts-conflict-dialog.h"
#include "ts-format.h"
#include "ts-history-detail-section.h"

static GtkWidget *
cell (const char *text,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static char *
member_text (JsonObject *object,
             const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  return node != NULL ? json_to_string (node, FALSE) : NULL;
}

/* One row per field the two versions differ in: the field, theirs, mine. */
static GtkWidget *
build_comparison (TsRecord *theirs,
                  TsRecord *mine)
{
  g_autoptr(JsonNode) their_json = theirs != NULL ? ts_record_to_json (theirs) : NULL;
  g_autoptr(JsonNode) my_json = ts_record_to_json (mine);
  JsonObject *their_object = their_json != NULL ? json_node_get_object (their_json) : NULL;
  JsonObject *my_object = json_node_get_object (my_json);
  g_autoptr(GList) keys = json_object_get_members (my_object);
  g_autoptr(GList) their_keys = their_object != NULL ? json_object_get_members (their_object)
                                                     : NULL;
  GtkWidget *grid = gtk_grid_new ();
  int row = 1;

  gtk_widget_set_name (grid, "conflict-comparison");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The two versions of the changed fields"), -1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Field"), TRUE), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Their Version"), TRUE), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Your Version"), TRUE), 2, 0, 1, 1);

  for (GList *l = their_keys; l != NULL; l = l->next)
    {
      if (!json_object_has_member (my_object, l->data))
        keys = g_list_append (keys, l->data);
    }

  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *their_text = member_text (their_object, key);
      g_autofree char *my_text = member_text (my_object, key);
      g_autofree char *label = NULL;
      g_autofree char *their_value = NULL;
      g_autofree char *my_value = NULL;

      if (g_strcmp0 (key, "modified") == 0 || g_strcmp0 (their_text, my_text) == 0)
        continue;
      label = ts_history_field_label (mine, key);
      their_value = theirs != NULL ? ts_history_describe_value (their_text)
                                   : g_strdup (_("(deleted)"));
      my_value = ts_history_describe_value (my_text);
      gtk_grid_attach (GTK_GRID (grid), cell (label, TRUE), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (their_value, FALSE), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (my_value, FALSE), 2, row, 1, 1);
      row++;
    }

  return grid;
}

GtkWidget *
ts_conflict_dialog_new (GtkWindow             *parent,
                        const TsStoreConflict *conflict,
                        TsRecord              *mine)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *when = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *scrolled;

  g_return_val_if_fail (conflict != NULL, NULL);
  g_return_val_if_fail (TS_IS_RECORD (mine), NULL);

  utc = conflict->at != NULL ? g_date_time_new_from_iso8601 (conflict->at, NULL) : NULL;
  if (utc != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);

      when = ts_format_date_time (local);
    }
  else
    when = g_strdup (conflict->at != NULL ? conflict->at : _("an unknown time"));

  if (conflict->theirs == NULL)
    /* TRANSLATORS: a save refused: "Deleted by alice at 6 Dec 2026, 19:03" */
    heading = g_strdup_printf (_("Deleted by %s at %s"),
                               conflict->who != NULL ? conflict->who : _("someone"), when);
  else
    /* TRANSLATORS: a save refused: "Changed by alice at 6 Dec 2026, 19:03" */
    heading = g_strdup_printf (_("Changed by %s at %s"),
                               conflict->who != NULL ? conflict->who : _("someone"), when);

  dialog = adw_message_dialog_new (parent, heading,
                                   _("Someone else saved this record after you opened it. "
                                     "Reload takes their version and drops your edit; "
                                     "Overwrite saves your version over theirs."));
  gtk_widget_set_name (dialog, "conflict-dialog");

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 build_comparison (conflict->theirs, mine));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "reload", _("_Reload"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}
