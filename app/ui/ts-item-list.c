/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-item-list"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-item-list.h"
#include "ts-format.h"
#include "ts-accessible.h"
#include "ts-choice-model.h"
#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-link-row.h"
#include "ts-record-columns.h"

typedef struct
{
  char *name;
  GtkWidget *widget;  /* what the user edits: the row, a picker, a spin button */
  GtkWidget *row;     /* the sub-row a problem marks */
} Part;

struct _TsEditorItem
{
  TsItemList *list;
  GtkWidget *row;
  GtkWidget *remove_button;
  GArray *parts;      /* of Part, in the order they show */
};

struct _TsItemList
{
  AdwPreferencesGroup parent_instance;

  const TsItemKind *kind;
  TsEditorSection *section;  /* unowned: it holds the list */
  GPtrArray *items;          /* of TsEditorItem, in order */
};

G_DEFINE_FINAL_TYPE (TsItemList, ts_item_list, ADW_TYPE_PREFERENCES_GROUP)

static void
clear_part (Part *part)
{
  g_free (part->name);
}

static void
item_free (TsEditorItem *item)
{
  g_array_unref (item->parts);
  g_free (item);
}

static Part *
find_part (TsEditorItem *item,
           const char   *name)
{
  for (guint i = 0; i < item->parts->len; i++)
    {
      Part *part = &g_array_index (item->parts, Part, i);

      if (g_str_equal (part->name, name))
        return part;
    }

  return NULL;
}

static char *
dup_item_label (TsEditorItem *item)
{
  guint index = 0;

  g_ptr_array_find (item->list->items, item, &index);
  return g_strdup_printf (_(item->list->kind->item_label), index + 1);
}

/* The row's title and subtitle sum the item up; they also take away any
 * problem shown on it, as the user is fixing it. */
static void
update_summary (TsEditorItem *item)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;

  item->list->kind->summarize (item, title, subtitle);
  escaped_title = g_markup_escape_text (title->str, -1);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), escaped_title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row), escaped_subtitle);
  gtk_widget_remove_css_class (item->row, "error");
}

/* A part changed: its problem is being fixed (a date row keeps its own
 * error state, that of its hint). */
static void
on_part_changed (GObject      *object,
                 TsEditorItem *item)
{
  for (guint i = 0; i < item->parts->len; i++)
    {
      Part *part = &g_array_index (item->parts, Part, i);

      if (part->widget == (GtkWidget *) object && !TS_IS_DATE_ROW (part->row))
        gtk_widget_remove_css_class (part->row, "error");
    }
  update_summary (item);
}

static void
on_part_selected_notify (GObject      *object,
                         GParamSpec   *pspec,
                         TsEditorItem *item)
{
  on_part_changed (object, item);
}

/* Names the items' widgets by position ("milestones.0.date"), and the
 * remove buttons by the item ("Remove Milestone 1"). */
static void
renumber_items (TsItemList *self)
{
  const char *key = gtk_widget_get_name (GTK_WIDGET (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      TsEditorItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *label = dup_item_label (item);
      /* Translators: the accessible name of a button that removes an item: "Remove Milestone 2" */
      g_autofree char *accessible = g_strdup_printf (_("Remove %s"), label);
      g_autofree char *row_name = g_strdup_printf ("%s.%u", key, i);
      g_autofree char *remove_name = g_strdup_printf ("%s.%u.remove", key, i);

      gtk_widget_set_name (item->row, row_name);
      for (guint j = 0; j < item->parts->len; j++)
        {
          Part *part = &g_array_index (item->parts, Part, j);
          g_autofree char *name = g_strdup_printf ("%s.%u.%s", key, i, part->name);

          gtk_widget_set_name (part->widget, name);
        }
      gtk_widget_set_name (item->remove_button, remove_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

/* A removed row can outlive its item (focus, accessibility and pending
 * notifications keep widgets around), so its widgets must stop calling
 * back into the item before the item is freed. */
static void
disconnect_from_item (GtkWidget    *widget,
                      TsEditorItem *item)
{
  g_signal_handlers_disconnect_by_data (widget, item);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    disconnect_from_item (child, item);
}

static void
on_remove_clicked (GtkButton    *button,
                   TsEditorItem *item)
{
  TsItemList *self = item->list;
  guint index;

  if (!g_ptr_array_find (self->items, item, &index))
    return;

  disconnect_from_item (item->row, item);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), item->row);
  g_ptr_array_remove_index (self->items, index);
  renumber_items (self);
}

static void
add_part (TsEditorItem *item,
          const char   *name,
          GtkWidget    *widget,
          GtkWidget    *row)
{
  Part part = { g_strdup (name), widget, row };

  g_array_append_val (item->parts, part);
  ts_accessible_name_rows (row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
}

/* Adds an item filled from @data, or a new one, open, when @data is NULL. */
static TsEditorItem *
add_item (TsItemList    *self,
          gconstpointer  data)
{
  TsEditorItem *item = g_new0 (TsEditorItem, 1);

  item->list = self;
  item->parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_array_set_clear_func (item->parts, (GDestroyNotify) clear_part);
  item->row = adw_expander_row_new ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), data == NULL);

  self->kind->build (item, data);

  item->remove_button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (item->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (item->remove_button, "flat");
  gtk_widget_set_tooltip_text (item->remove_button, _("Remove"));
  g_signal_connect (item->remove_button, "clicked", G_CALLBACK (on_remove_clicked), item);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), item->remove_button);

  g_ptr_array_add (self->items, item);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), item->row);
  renumber_items (self);
  update_summary (item);

  return item;
}

static void
on_add_clicked (GtkButton  *button,
                TsItemList *self)
{
  TsEditorItem *item = add_item (self, NULL);

  /* Where the user starts: what the item is about, its first part. */
  if (item->parts->len > 0)
    gtk_widget_grab_focus (g_array_index (item->parts, Part, 0).widget);
}

static void
ts_item_list_finalize (GObject *object)
{
  TsItemList *self = TS_ITEM_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_item_list_parent_class)->finalize (object);
}

static void
ts_item_list_class_init (TsItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_item_list_finalize;
}

static void
ts_item_list_init (TsItemList *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
}

void
ts_item_list_set_items (TsItemList       *self,
                        const TsItemKind *kind,
                        TsEditorSection  *section,
                        GPtrArray        *items)
{
  const char *key = gtk_widget_get_name (GTK_WIDGET (self));
  g_autofree char *add_name = g_strconcat (key, ".add", NULL);
  GtkWidget *add_button;

  g_return_if_fail (TS_IS_ITEM_LIST (self));
  g_return_if_fail (self->kind == NULL);

  self->kind = kind;
  self->section = section;

  add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_name (add_button, add_name);
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, _(kind->add_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->add_label),
                                  -1);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add_button);

  for (guint i = 0; items != NULL && i < items->len; i++)
    add_item (self, g_ptr_array_index (items, i));
}

guint
ts_item_list_get_n_items (TsItemList *self)
{
  g_return_val_if_fail (TS_IS_ITEM_LIST (self), 0);

  return self->items->len;
}

TsEditorItem *
ts_item_list_get_item (TsItemList *self,
                       guint       index)
{
  g_return_val_if_fail (TS_IS_ITEM_LIST (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

void
ts_item_list_clear_problems (TsItemList *self)
{
  g_return_if_fail (TS_IS_ITEM_LIST (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      TsEditorItem *item = g_ptr_array_index (self->items, i);

      for (guint j = 0; j < item->parts->len; j++)
        {
          Part *part = &g_array_index (item->parts, Part, j);

          if (!TS_IS_DATE_ROW (part->row))
            gtk_widget_remove_css_class (part->row, "error");
        }
      update_summary (item);
    }
}

TsItemList *
ts_editor_item_get_list (TsEditorItem *item)
{
  return item->list;
}

TsEditorSection *
ts_editor_item_get_section (TsEditorItem *item)
{
  return item->list->section;
}

void
ts_editor_item_add_entry (TsEditorItem *item,
                          const char   *part,
                          const char   *title,
                          const char   *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  ts_editor_set_text (row, text);
  g_signal_connect (row, "changed", G_CALLBACK (on_part_changed), item);
  add_part (item, part, row, row);
}

void
ts_editor_item_add_date (TsEditorItem *item,
                         const char   *part,
                         const char   *title,
                         const TsDate *date)
{
  GtkWidget *row = g_object_new (TS_TYPE_DATE_ROW, "title", title, NULL);

  ts_date_row_set_date (TS_DATE_ROW (row), date);
  g_signal_connect (row, "changed", G_CALLBACK (on_part_changed), item);
  add_part (item, part, row, row);
}

void
ts_editor_item_add_choice (TsEditorItem *item,
                           const char   *part,
                           const char   *title,
                           GType         enum_type,
                           int           value)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(TsChoiceModel) choices = ts_choice_model_new (enum_type);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  ts_editor_set_choice (row, value);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_part_selected_notify), item);
  add_part (item, part, row, row);
}

void
ts_editor_item_add_link (TsEditorItem *item,
                         const char   *part,
                         const char   *title,
                         guint         types,
                         const char   *id)
{
  TsCandidates *candidates = ts_editor_section_get_candidates (item->list->section, types);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *picker = ts_record_picker_new (candidates, title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  ts_record_picker_set_id (TS_RECORD_PICKER (picker), id);
  g_signal_connect (picker, "notify::id", G_CALLBACK (on_part_selected_notify), item);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), picker);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), picker);
  add_part (item, part, picker, row);
}

/* A coordinate reads as typed: the shortest text that is exactly the value
 * ("41.123456789", not "41.1235" nor "41.123456789000001"), with a point
 * for decimals as in every other number of the editor. */
static gboolean
on_coordinate_output (GtkSpinButton *spin,
                      gpointer       user_data)
{
  g_autofree char *text = ts_format_double_exact (gtk_spin_button_get_value (spin));
  /* Its text, as GTK's own output sets it: text set on the button itself
   * is dropped in GTK 4.8 once it holds a decimal point. */
  GtkEditable *editable = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (editable)) != 0)
    gtk_editable_set_text (editable, text);
  return TRUE;
}

static int
on_coordinate_input (GtkSpinButton *spin,
                     double        *value,
                     gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    return GTK_INPUT_ERROR;
  return TRUE;
}

void
ts_editor_item_add_coordinate (TsEditorItem *item,
                               const char   *part,
                               const char   *title,
                               double        limit,
                               double        value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (-limit, limit, 0.0001);

  /* Wide enough for a coordinate to 1 cm: "-179.1234567". */
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 12);
  g_signal_connect (spin, "input", G_CALLBACK (on_coordinate_input), NULL);
  g_signal_connect (spin, "output", G_CALLBACK (on_coordinate_output), NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect (spin, "changed", G_CALLBACK (on_part_changed), item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  add_part (item, part, spin, row);
}

void
ts_editor_summary_append (GString    *summary,
                          const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (summary->len > 0)
    g_string_append (summary, " · ");
  g_string_append (summary, part);
}

const char *
ts_editor_item_get_text (TsEditorItem *item,
                         const char   *name)
{
  Part *part = find_part (item, name);
  const char *text = part != NULL ? gtk_editable_get_text (GTK_EDITABLE (part->widget)) : "";

  while (g_ascii_isspace (*text))
    text++;
  return text;
}

const char *
ts_editor_item_get_link (TsEditorItem *item,
                         const char   *name)
{
  Part *part = find_part (item, name);

  g_return_val_if_fail (part != NULL, NULL);

  return ts_record_picker_get_id (part->widget);
}

const char *
ts_editor_item_get_link_title (TsEditorItem *item,
                               const char   *name)
{
  Part *part = find_part (item, name);

  g_return_val_if_fail (part != NULL, NULL);

  /* The picker knows the records created from it, not yet in the dataset. */
  return ts_record_picker_get_title (TS_RECORD_PICKER (part->widget));
}

gboolean
ts_editor_item_get_choice (TsEditorItem *item,
                           const char   *name,
                           int          *value)
{
  Part *part = find_part (item, name);

  g_return_val_if_fail (part != NULL, FALSE);

  return ts_editor_get_choice (part->widget, value);
}

double
ts_editor_item_get_coordinate (TsEditorItem *item,
                               const char   *name)
{
  Part *part = find_part (item, name);

  g_return_val_if_fail (part != NULL, NAN);

  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (part->widget));
}

void
ts_editor_item_add_problem (TsEditorItem     *item,
                            const char       *name,
                            const char       *part_title,
                            const char       *message,
                            TsEditorProblems *problems)
{
  Part *part = find_part (item, name);
  g_autofree char *label = dup_item_label (item);
  /* Translators: a part of an item of a list, in a problem: "Milestone 2 · Date" */
  g_autofree char *title = g_strdup_printf (C_("item part", "%s · %s"), label, part_title);
  /* Translators: a problem shown on an item: "Date: required" */
  g_autofree char *inline_message = g_strdup_printf (_("%s: %s"), part_title, message);
  g_autofree char *escaped = g_markup_escape_text (inline_message, -1);

  ts_editor_problems_add (problems, title, part != NULL ? part->row : NULL, message);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row), escaped);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  gtk_widget_add_css_class (item->row, "error");
}

char *
ts_editor_item_read_text (TsEditorItem *item,
                          const char   *name)
{
  char *text = g_strstrip (g_strdup (ts_editor_item_get_text (item, name)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

void
ts_editor_item_read_date (TsEditorItem     *item,
                          const char       *name,
                          const char       *part_title,
                          gboolean          required,
                          TsEditorProblems *problems,
                          TsDate           *date)
{
  g_autofree char *typed = ts_editor_item_read_text (item, name);
  g_autofree char *text = typed != NULL ? ts_date_row_clean_text (typed) : NULL;
  g_autoptr(GError) error = NULL;
  TsDate unset = TS_DATE_INIT;

  *date = unset;
  if (text == NULL)
    {
      if (required)
        ts_editor_item_add_problem (item, name, part_title, _("required"), problems);
    }
  else if (!ts_date_parse (text, date, &error))
    {
      ts_editor_item_add_problem (item, name, part_title, error->message, problems);
      *date = unset;
    }
}

const char *
ts_editor_item_read_link (TsEditorItem     *item,
                          const char       *name,
                          const char       *part_title,
                          const char       *missing,
                          TsEditorProblems *problems)
{
  const char *id = ts_editor_item_get_link (item, name);

  if (id == NULL && missing != NULL)
    ts_editor_item_add_problem (item, name, part_title, missing, problems);
  return id;
}

double
ts_editor_item_read_coordinate (TsEditorItem     *item,
                                const char       *name,
                                const char       *part_title,
                                double            limit,
                                TsEditorProblems *problems)
{
  g_autofree char *text = ts_editor_item_read_text (item, name);
  char *end = NULL;
  double value;

  if (text == NULL)
    {
      ts_editor_item_add_problem (item, name, part_title, _("required"), problems);
      return NAN;
    }

  /* The button writes its value in the locale's way ("41,2" in some). */
  value = g_strtod (text, &end);
  if (end == text || *end != '\0' || isnan (value) || isinf (value))
    {
      ts_editor_item_add_problem (item, name, part_title,
                                  _("write a number, with a point for decimals: 42.87"),
                                  problems);
      return NAN;
    }
  if (value < -limit || value > limit)
    {
      g_autofree char *message = g_strdup_printf (_("must lie between %g and %g"),
                                                  -limit, limit);

      ts_editor_item_add_problem (item, name, part_title, message, problems);
      return NAN;
    }

  return value;
}
