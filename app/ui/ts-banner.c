/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-banner"

#include "config.h"

#include "ts-accessible.h"
#include "ts-banner.h"

struct _TsBanner
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkLabel *title;
  GtkButton *button;
};

G_DEFINE_FINAL_TYPE (TsBanner, ts_banner, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_BUTTON_LABEL,
  PROP_REVEALED,
  N_PROPS
};

enum
{
  BUTTON_CLICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_button_clicked (GtkButton *button,
                   TsBanner  *self)
{
  g_signal_emit (self, signals[BUTTON_CLICKED], 0);
}

/* What assistive technologies see follows what the eye sees: the title as
 * the banner's name, and nothing while it is hidden. */
static void
update_accessible (TsBanner *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title),
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_HIDDEN,
                               !gtk_revealer_get_reveal_child (self->revealer),
                               -1);
}

void
ts_banner_set_title (TsBanner   *self,
                     const char *title)
{
  g_return_if_fail (TS_IS_BANNER (self));

  if (title == NULL)
    title = "";
  if (g_strcmp0 (gtk_label_get_text (self->title), title) == 0)
    return;

  gtk_label_set_text (self->title, title);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ts_banner_get_title (TsBanner *self)
{
  g_return_val_if_fail (TS_IS_BANNER (self), NULL);

  return gtk_label_get_text (self->title);
}

void
ts_banner_set_button_label (TsBanner   *self,
                            const char *label)
{
  g_return_if_fail (TS_IS_BANNER (self));

  if (label != NULL && *label == '\0')
    label = NULL;
  if (g_strcmp0 (ts_banner_get_button_label (self), label) == 0)
    return;

  gtk_button_set_label (self->button, label != NULL ? label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->button), label != NULL);
  if (label != NULL)
    ts_accessible_name_mnemonic_button (self->button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUTTON_LABEL]);
}

const char *
ts_banner_get_button_label (TsBanner *self)
{
  g_return_val_if_fail (TS_IS_BANNER (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->button)))
    return NULL;
  return gtk_button_get_label (self->button);
}

void
ts_banner_set_revealed (TsBanner *self,
                        gboolean  revealed)
{
  g_return_if_fail (TS_IS_BANNER (self));

  revealed = !!revealed;
  if (gtk_revealer_get_reveal_child (self->revealer) == revealed)
    return;

  gtk_revealer_set_reveal_child (self->revealer, revealed);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

gboolean
ts_banner_get_revealed (TsBanner *self)
{
  g_return_val_if_fail (TS_IS_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

static void
ts_banner_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsBanner *self = TS_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, ts_banner_get_title (self));
      break;
    case PROP_BUTTON_LABEL:
      g_value_set_string (value, ts_banner_get_button_label (self));
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, ts_banner_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_banner_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsBanner *self = TS_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ts_banner_set_title (self, g_value_get_string (value));
      break;
    case PROP_BUTTON_LABEL:
      ts_banner_set_button_label (self, g_value_get_string (value));
      break;
    case PROP_REVEALED:
      ts_banner_set_revealed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_banner_dispose (GObject *object)
{
  TsBanner *self = TS_BANNER (object);

  if (self->revealer != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->revealer));
      self->revealer = NULL;
    }

  G_OBJECT_CLASS (ts_banner_parent_class)->dispose (object);
}

static void
ts_banner_class_init (TsBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_banner_get_property;
  object_class->set_property = ts_banner_set_property;
  object_class->dispose = ts_banner_dispose;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_BUTTON_LABEL] =
    g_param_spec_string ("button-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The button was clicked (or activated from the keyboard). */
  signals[BUTTON_CLICKED] =
    g_signal_new ("button-clicked", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "banner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ts_banner_init (TsBanner *self)
{
  GtkWidget *box;

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer,
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (GTK_WIDGET (self->revealer), GTK_WIDGET (self));

  box = gtk_center_box_new ();
  gtk_revealer_set_child (self->revealer, box);

  self->title = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (self->title, GTK_JUSTIFY_CENTER);
  /* A name too long for the line ("Deleted by konstantin.vasilyevich at
   * …") breaks where it must, without a hyphen Pango would otherwise put
   * into it: the name stays as it is spelled. */
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    gtk_label_set_attributes (self->title, attrs);
    pango_attr_list_unref (attrs);
  }
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (box), GTK_WIDGET (self->title));

  self->button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_use_underline (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "suggested-action");
  gtk_widget_set_visible (GTK_WIDGET (self->button), FALSE);
  g_signal_connect (self->button, "clicked", G_CALLBACK (on_button_clicked), self);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (box), GTK_WIDGET (self->button));

  update_accessible (self);
}

GtkWidget *
ts_banner_new (const char *title)
{
  return g_object_new (TS_TYPE_BANNER, "title", title, NULL);
}
