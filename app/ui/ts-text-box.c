/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-text-box"

#include "config.h"

#include "ts-text-box.h"

struct _TsTextBox
{
  GtkWidget parent_instance;

  /* Spaced as the style's border-spacing says, as a GtkBox is. */
  GtkLayoutManager *box_layout;
};

G_DEFINE_FINAL_TYPE (TsTextBox, ts_text_box, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
ts_text_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ts_text_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  gtk_layout_manager_measure (TS_TEXT_BOX (widget)->box_layout, widget, orientation,
                              orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                              minimum, natural, minimum_baseline, natural_baseline);
}

static void
ts_text_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  gtk_layout_manager_allocate (TS_TEXT_BOX (widget)->box_layout, widget,
                               width, height, baseline);
}

static void
ts_text_box_dispose (GObject *object)
{
  TsTextBox *self = TS_TEXT_BOX (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->box_layout);

  G_OBJECT_CLASS (ts_text_box_parent_class)->dispose (object);
}

static void
ts_text_box_class_init (TsTextBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_text_box_dispose;
  widget_class->get_request_mode = ts_text_box_get_request_mode;
  widget_class->measure = ts_text_box_measure;
  widget_class->size_allocate = ts_text_box_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_text_box_init (TsTextBox *self)
{
  self->box_layout = gtk_box_layout_new (GTK_ORIENTATION_VERTICAL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "vertical");
}
