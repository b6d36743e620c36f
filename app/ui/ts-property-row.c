/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-property-row"

#include "config.h"

#include "ts-property-row.h"

struct _TsPropertyRow
{
  AdwPreferencesRow parent_instance;

  GtkLabel *title;
  GtkLabel *value;
};

G_DEFINE_FINAL_TYPE (TsPropertyRow, ts_property_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An empty label would still take its line and spacing, as it would not in
 * an action row. */
static void
on_title_changed (TsPropertyRow *self,
                  GParamSpec    *pspec,
                  gpointer       user_data)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->title), title != NULL && *title != '\0');
}

static void
ts_property_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsPropertyRow *self = TS_PROPERTY_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, ts_property_row_get_value (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_property_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsPropertyRow *self = TS_PROPERTY_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      ts_property_row_set_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_property_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_PROPERTY_ROW);

  G_OBJECT_CLASS (ts_property_row_parent_class)->dispose (object);
}

static void
ts_property_row_class_init (TsPropertyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_property_row_get_property;
  object_class->set_property = ts_property_row_set_property;
  object_class->dispose = ts_property_row_dispose;

  /* Plain text, shown under the title; the row's use-markup is for the
   * title alone, as AdwPreferencesRow's. */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-property-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TsPropertyRow, title);
  gtk_widget_class_bind_template_child (widget_class, TsPropertyRow, value);
}

static void
ts_property_row_init (TsPropertyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
  on_title_changed (self, NULL, NULL);
}

/* @title and @value are plain text; @value may be NULL. */
GtkWidget *
ts_property_row_new (const char *title,
                     const char *value)
{
  return g_object_new (TS_TYPE_PROPERTY_ROW,
                       "title", title,
                       "value", value,
                       NULL);
}

const char *
ts_property_row_get_value (TsPropertyRow *self)
{
  const char *value;

  g_return_val_if_fail (TS_IS_PROPERTY_ROW (self), NULL);

  value = gtk_label_get_label (self->value);
  return *value != '\0' ? value : NULL;
}

void
ts_property_row_set_value (TsPropertyRow *self,
                           const char    *value)
{
  g_return_if_fail (TS_IS_PROPERTY_ROW (self));

  if (g_strcmp0 (value, ts_property_row_get_value (self)) == 0)
    return;

  gtk_label_set_label (self->value, value != NULL ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (self->value), value != NULL && *value != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
