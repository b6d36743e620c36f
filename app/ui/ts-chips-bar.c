/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-chips-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-chips-bar.h"
#include "ts-filter-popover.h"

struct _TsChipsBar
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkOverlay *overlay;
  GtkFlowBox *flow_box;
  GtkWidget *line;
  GtkButton *clear_button;

  TsQuery *query;
  TsDataset *dataset;
  guint n_chips;
  gboolean reserved;
};

G_DEFINE_FINAL_TYPE (TsChipsBar, ts_chips_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_RESERVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_chip_clicked (GtkButton  *chip,
                 TsChipsBar *self)
{
  const char *filter = g_object_get_data (G_OBJECT (chip), "ts-filter");

  if (self->query != NULL)
    ts_filter_clear (self->query, filter);
}

/* Says @text on @chip, to the eye and to a screen reader. */
static void
set_chip_text (GtkWidget  *chip,
               GtkWidget  *label,
               const char *text)
{
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (label), text);
  /* Translators: a button that removes a filter, read by a screen reader:
   * "Remove filter Country: China" */
  accessible = g_strdup_printf (_("Remove filter %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (chip, accessible);
}

static void
add_chip (TsChipsBar *self,
          const char *filter,
          const char *text)
{
  GtkWidget *chip = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *child = gtk_flow_box_child_new ();
  g_autofree char *name = g_strdup_printf ("chip-%s", filter);

  /* A long name shows whole in the tooltip rather than pushing the bar
   * wider than the window. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (chip), box);
  gtk_widget_add_css_class (chip, "filter-chip");
  /* As wide as its label, whatever the flow box's column is. */
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_set_name (chip, name);
  set_chip_text (chip, label, text);
  g_object_set_data_full (G_OBJECT (chip), "ts-filter", g_strdup (filter), g_free);
  g_object_set_data (G_OBJECT (chip), "ts-label", label);
  g_signal_connect (chip, "clicked", G_CALLBACK (on_chip_clicked), self);

  /* The chip takes the focus, not the flow box's child around it. */
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), chip);
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_append (self->flow_box, child);
}

/* The chip of each filter in @chips, in the same order, or FALSE: then
 * the chips must be made again. */
static gboolean
has_chips_of (TsChipsBar *self,
              GPtrArray  *chips)
{
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i += 2)
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (i + 1 >= chips->len
          || g_strcmp0 (g_object_get_data (G_OBJECT (chip), "ts-filter"),
                        g_ptr_array_index (chips, i)) != 0)
        return FALSE;
    }
  return i == chips->len - chips->len % 2;
}

/* Shown while there are chips, or while its row is reserved (the search
 * bar is open): then the first chip, or clearing the last, does not
 * change the height of the page below, which GTK would lay out and paint
 * again whole. */
static void
update_visible (TsChipsBar *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->n_chips > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_chips > 0 || self->reserved);
}

static void
update_chips (TsChipsBar *self)
{
  g_autoptr(GPtrArray) chips = NULL;
  GtkWidget *child;

  /* Typing a search changes the text of its chip: the chips stay, and
   * only their texts change, rather than making every chip again at each
   * keystroke. */
  if (self->query != NULL)
    {
      chips = ts_filter_describe (self->query, self->dataset);
      if (self->n_chips > 0 && has_chips_of (self, chips))
        {
          guint i = 0;

          for (child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
               child != NULL;
               child = gtk_widget_get_next_sibling (child), i += 2)
            {
              GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
              GtkWidget *label = g_object_get_data (G_OBJECT (chip), "ts-label");
              const char *text = g_ptr_array_index (chips, i + 1);

              if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
                set_chip_text (chip, label, text);
            }
          return;
        }
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) != NULL)
    gtk_flow_box_remove (self->flow_box, child);

  self->n_chips = 0;
  if (self->query != NULL)
    {
      for (guint i = 0; i + 1 < chips->len; i += 2)
        add_chip (self, g_ptr_array_index (chips, i), g_ptr_array_index (chips, i + 1));
      self->n_chips = chips->len / 2;
    }

  update_visible (self);
}

static void
on_clear_clicked (GtkButton  *button,
                  TsChipsBar *self)
{
  if (self->query != NULL)
    ts_query_clear (self->query);
}

static void
on_dataset_changed (TsChipsBar *self)
{
  /* A person or place named by a chip may have been renamed. */
  update_chips (self);
}

static void
ts_chips_bar_dispose (GObject *object)
{
  TsChipsBar *self = TS_CHIPS_BAR (object);

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_clear_object (&self->query);
  g_clear_object (&self->dataset);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_CHIPS_BAR);

  G_OBJECT_CLASS (ts_chips_bar_parent_class)->dispose (object);
}

static void
ts_chips_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TsChipsBar *self = TS_CHIPS_BAR (object);

  switch (prop_id)
    {
    case PROP_RESERVED:
      g_value_set_boolean (value, self->reserved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_chips_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TsChipsBar *self = TS_CHIPS_BAR (object);

  switch (prop_id)
    {
    case PROP_RESERVED:
      ts_chips_bar_set_reserved (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_chips_bar_class_init (TsChipsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_chips_bar_dispose;
  object_class->get_property = ts_chips_bar_get_property;
  object_class->set_property = ts_chips_bar_set_property;

  properties[PROP_RESERVED] =
    g_param_spec_boolean ("reserved", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS
                          | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-chips-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, TsChipsBar, box);
  gtk_widget_class_bind_template_child (widget_class, TsChipsBar, overlay);
  gtk_widget_class_bind_template_child (widget_class, TsChipsBar, flow_box);
  gtk_widget_class_bind_template_child (widget_class, TsChipsBar, line);
  gtk_widget_class_bind_template_child (widget_class, TsChipsBar, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chipsbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_chips_bar_init (TsChipsBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The row is as tall with no chip as with one line of them: an unseen
   * chip (opacity 0: never drawn, never hit, hidden from screen readers)
   * counts in the measure of the flow box's place. */
  gtk_overlay_set_measure_overlay (self->overlay, self->line, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->line), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

TsChipsBar *
ts_chips_bar_new (void)
{
  return g_object_new (TS_TYPE_CHIPS_BAR, NULL);
}

void
ts_chips_bar_set_query (TsChipsBar *self,
                        TsQuery    *query,
                        TsDataset  *dataset)
{
  g_return_if_fail (TS_IS_CHIPS_BAR (self));
  g_return_if_fail (query == NULL || TS_IS_QUERY (query));
  g_return_if_fail (dataset == NULL || TS_IS_DATASET (dataset));

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);

  g_set_object (&self->query, query);
  g_set_object (&self->dataset, dataset);

  if (query != NULL)
    g_signal_connect_swapped (query, "changed", G_CALLBACK (update_chips), self);
  if (dataset != NULL)
    g_signal_connect_swapped (dataset, "changed", G_CALLBACK (on_dataset_changed), self);

  update_chips (self);
}

guint
ts_chips_bar_get_n_chips (TsChipsBar *self)
{
  g_return_val_if_fail (TS_IS_CHIPS_BAR (self), 0);

  return self->n_chips;
}

/* Whether the bar keeps its row with no chips (with Clear All
 * insensitive): the window reserves it while the search bar is open. */
void
ts_chips_bar_set_reserved (TsChipsBar *self,
                           gboolean    reserved)
{
  g_return_if_fail (TS_IS_CHIPS_BAR (self));

  reserved = !!reserved;
  if (self->reserved == reserved)
    return;
  self->reserved = reserved;
  update_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESERVED]);
}

gboolean
ts_chips_bar_get_reserved (TsChipsBar *self)
{
  g_return_val_if_fail (TS_IS_CHIPS_BAR (self), FALSE);

  return self->reserved;
}
