/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-accessible.h"

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
}

/* What a widget shows already, said by the name of the widget around it. */
static void
hide (GtkWidget *widget)
{
  if (widget != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                 -1);
}

void
ts_accessible_label_list_item (GtkWidget  *child,
                               const char *row_label,
                               const char *cell_label)
{
  GtkWidget *parent;

  g_return_if_fail (GTK_IS_WIDGET (child));

  parent = gtk_widget_get_parent (child);
  if (parent == NULL)
    return;

  if (cell_label == NULL)
    {
      if (row_label != NULL)
        set_label (parent, row_label);
      return;
    }

  set_label (parent, cell_label);
  if (row_label != NULL && gtk_widget_get_parent (parent) != NULL)
    set_label (gtk_widget_get_parent (parent), row_label);
}

void
ts_accessible_label_column_view (GtkColumnView *view,
                                 const char    *label)
{
  GListModel *columns;
  guint i = 0;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  columns = gtk_column_view_get_columns (view);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          set_label (child, label);
          continue;
        }

      /* The row of headers, a title for each column. */
      set_label (child, _("Column Headers"));
      for (GtkWidget *title = gtk_widget_get_first_child (child);
           title != NULL && i < g_list_model_get_n_items (columns);
           title = gtk_widget_get_next_sibling (title), i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          set_label (title, gtk_column_view_column_get_title (column));
        }
    }
}

/* The text of an item of a drop-down or combo row (@owner), as it shows it. */
static char *
dup_item_text (GObject  *owner,
               gpointer  item)
{
  g_autoptr(GtkExpression) expression = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return g_strdup ("");

  g_object_get (owner, "expression", &expression, NULL);
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value)
      && G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
    return g_value_dup_string (&value);
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return g_strdup ("");
}

static guint
get_selected (GObject *owner)
{
  guint selected;

  g_object_get (owner, "selected", &selected, NULL);
  return selected;
}

/* The popup's items, as GTK shows them (the text and a check mark by the
 * chosen one), each named by its text. */
static void
on_item_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  owner)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "object-select-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
update_check (GObject     *owner,
              GParamSpec  *pspec,
              GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_last_child (box);

  gtk_widget_set_opacity (check,
                          get_selected (owner) == gtk_list_item_get_position (list_item) ? 1 : 0);
}

static void
on_item_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              GObject                  *owner)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *text = dup_item_text (owner, gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  ts_accessible_label_list_item (box, text, NULL);
  g_signal_connect_object (owner, "notify::selected", G_CALLBACK (update_check), list_item, 0);
  update_check (owner, NULL, list_item);
}

static void
on_item_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                GObject                  *owner)
{
  g_signal_handlers_disconnect_by_func (owner, update_check, list_item);
}

static GtkListItemFactory *
item_factory_new (GObject *owner)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  /* The factory belongs to @owner: no reference back. */
  g_signal_connect (factory, "setup", G_CALLBACK (on_item_setup), owner);
  g_signal_connect (factory, "bind", G_CALLBACK (on_item_bind), owner);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_item_unbind), owner);
  return factory;
}

static char *
dup_spoken_value (GObject    *owner,
                  GListModel *model,
                  const char *label)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *value = NULL;
  guint selected = get_selected (owner);

  if (model != NULL && selected != GTK_INVALID_LIST_POSITION)
    item = g_list_model_get_item (model, selected);
  value = dup_item_text (owner, item);
  if (value[0] == '\0')
    return g_strdup (label);

  /* Translators: a drop-down read aloud by a screen reader: its label and
   * the value chosen, "Country: Any" */
  return g_strdup_printf (_("%s: %s"), label, value);
}

/* Inside @widget: the popup's list (named by @label) and, outside it, what
 * shows the value chosen (hidden: the owner's name says it). */
static void
label_popup_list (GtkWidget  *widget,
                  const char *label,
                  gboolean    in_popover)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean popover = in_popover || GTK_IS_POPOVER (child);

      if (GTK_IS_LIST_VIEW (child))
        {
          if (popover)
            set_label (child, label);
          else
            hide (child);
          continue;
        }
      if (GTK_IS_TOGGLE_BUTTON (child) && !popover)
        hide (gtk_button_get_child (GTK_BUTTON (child)));
      label_popup_list (child, label, popover);
    }
}

static void
on_drop_down_changed (GtkDropDown *dropdown)
{
  const char *label = g_object_get_data (G_OBJECT (dropdown), "ts-accessible-label");
  g_autofree char *name = dup_spoken_value (G_OBJECT (dropdown),
                                            gtk_drop_down_get_model (dropdown), label);

  set_label (GTK_WIDGET (dropdown), name);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        set_label (child, name);
    }
}

void
ts_accessible_name_drop_down (GtkDropDown *dropdown,
                              const char  *label)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (label != NULL);

  g_object_set_data_full (G_OBJECT (dropdown), "ts-accessible-label", g_strdup (label), g_free);
  /* The label is the name's start: not a second name after it. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  factory = item_factory_new (G_OBJECT (dropdown));
  gtk_drop_down_set_list_factory (dropdown, factory);
  label_popup_list (GTK_WIDGET (dropdown), label, FALSE);

  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_drop_down_changed), NULL);
  g_signal_connect (dropdown, "notify::model", G_CALLBACK (on_drop_down_changed), NULL);
  on_drop_down_changed (dropdown);
}

static void
on_combo_row_changed (AdwComboRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *name = dup_spoken_value (G_OBJECT (row), adw_combo_row_get_model (row),
                                            title);

  set_label (GTK_WIDGET (row), name);
}

void
ts_accessible_name_combo_row (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  const char *title;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  if (g_object_get_data (G_OBJECT (row), "ts-accessible-named") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "ts-accessible-named", GINT_TO_POINTER (TRUE));
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  factory = item_factory_new (G_OBJECT (row));
  adw_combo_row_set_list_factory (row, factory);
  label_popup_list (GTK_WIDGET (row), title, FALSE);

  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_row_changed), NULL);
  g_signal_connect (row, "notify::model", G_CALLBACK (on_combo_row_changed), NULL);
  g_signal_connect (row, "notify::title", G_CALLBACK (on_combo_row_changed), NULL);
  on_combo_row_changed (row);
}

static GtkWidget *
find_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_TEXT (child) ? child : find_text (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
on_entry_row_title_changed (AdwEntryRow *row,
                            GParamSpec  *pspec,
                            GtkWidget   *text)
{
  set_label (text, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

void
ts_accessible_expose_entry_row (AdwEntryRow *row)
{
  GtkWidget *text;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  text = find_text (GTK_WIDGET (row));
  if (text == NULL || g_object_get_data (G_OBJECT (row), "ts-accessible-named") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "ts-accessible-named", GINT_TO_POINTER (TRUE));

  /* GTK lets a role change until the widget is in the tree it exports. */
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (text)) == GTK_ACCESSIBLE_ROLE_NONE
      && !gtk_widget_get_realized (text))
    g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  g_signal_connect_object (row, "notify::title", G_CALLBACK (on_entry_row_title_changed), text, 0);
  on_entry_row_title_changed (row, NULL, text);
}

void
ts_accessible_name_rows (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_COMBO_ROW (root))
    ts_accessible_name_combo_row (ADW_COMBO_ROW (root));
  else if (ADW_IS_ENTRY_ROW (root))
    ts_accessible_expose_entry_row (ADW_ENTRY_ROW (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ts_accessible_name_rows (child);
}

static gboolean
label_descendants (GtkWidget  *widget,
                   GType       type,
                   gboolean    first_only,
                   const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      set_label (widget, label);
      if (first_only)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (label_descendants (child, type, first_only, label))
        return TRUE;
    }

  return FALSE;
}

void
ts_accessible_label_descendants (GtkWidget  *root,
                                 GType       type,
                                 gboolean    first_only,
                                 const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  label_descendants (root, type, first_only, label);
}

void
ts_accessible_name_mnemonic_button (GtkButton *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  /* GTK 4.8 names the button by its label with the underline, then by the
   * label widget that shows it: the second alone reads right. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}
