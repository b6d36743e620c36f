/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-export-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-export-bar.h"

struct _TsExportBar
{
  GtkWidget parent_instance;

  GCancellable *cancellable;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkLabel *label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
};

G_DEFINE_FINAL_TYPE (TsExportBar, ts_export_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_cancel_clicked (TsExportBar *self)
{
  ts_export_bar_cancel (self);
}

static void
ts_export_bar_dispose (GObject *object)
{
  TsExportBar *self = TS_EXPORT_BAR (object);

  /* An export must not go on writing for a window that is gone. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_EXPORT_BAR);

  G_OBJECT_CLASS (ts_export_bar_parent_class)->dispose (object);
}

static void
ts_export_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TsExportBar *self = TS_EXPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, ts_export_bar_get_running (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_export_bar_class_init (TsExportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_export_bar_dispose;
  object_class->get_property = ts_export_bar_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-export-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, TsExportBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, TsExportBar, label);
  gtk_widget_class_bind_template_child (widget_class, TsExportBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TsExportBar, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_export_bar_init (TsExportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export"),
                                  -1);
}

GtkWidget *
ts_export_bar_new (void)
{
  return g_object_new (TS_TYPE_EXPORT_BAR, NULL);
}

void
ts_export_bar_start (TsExportBar  *self,
                     const char   *label,
                     GCancellable *cancellable)
{
  gboolean was_running;

  g_return_if_fail (TS_IS_EXPORT_BAR (self));
  g_return_if_fail (G_IS_CANCELLABLE (cancellable));

  was_running = ts_export_bar_get_running (self);
  g_set_object (&self->cancellable, cancellable);
  gtk_label_set_label (self->label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);

  if (!was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
ts_export_bar_set_fraction (TsExportBar *self,
                            double       fraction)
{
  g_return_if_fail (TS_IS_EXPORT_BAR (self));

  if (self->progress_bar != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

double
ts_export_bar_get_fraction (TsExportBar *self)
{
  g_return_val_if_fail (TS_IS_EXPORT_BAR (self), 0.0);

  return self->progress_bar != NULL ? gtk_progress_bar_get_fraction (self->progress_bar) : 0.0;
}

void
ts_export_bar_stop (TsExportBar *self)
{
  g_return_if_fail (TS_IS_EXPORT_BAR (self));

  if (self->cancellable == NULL)
    return;

  g_clear_object (&self->cancellable);
  if (self->revealer != NULL)
    gtk_revealer_set_reveal_child (self->revealer, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
ts_export_bar_get_running (TsExportBar *self)
{
  g_return_val_if_fail (TS_IS_EXPORT_BAR (self), FALSE);

  return self->cancellable != NULL;
}

void
ts_export_bar_cancel (TsExportBar *self)
{
  g_return_if_fail (TS_IS_EXPORT_BAR (self));

  if (self->cancellable == NULL)
    return;

  /* The bar stays until the export has removed its temporary file. */
  gtk_label_set_label (self->label, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  g_cancellable_cancel (self->cancellable);
}
