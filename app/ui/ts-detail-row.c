/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-detail-row"

#include "config.h"

#include "ts-detail-row.h"
#include "ts-text-box.h"

struct _TsDetailRow
{
  AdwPreferencesRow parent_instance;

  GtkWidget *prefixes;
  GtkLabel *title;
  GtkLabel *subtitle;
  GtkWidget *suffixes;
  /* The list whose ::row-activated is connected, weak. */
  GtkWidget *list;
};

G_DEFINE_FINAL_TYPE (TsDetailRow, ts_detail_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_SUBTITLE,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* GtkLabel finds the narrowest a wrapping label can be by laying its whole
 * text out at no width at all, a character to a line, and a window's first
 * layout asks its height at that width too: for a record's notes of 2 800
 * characters, two layouts of as many lines, 85 ms of a start that shows
 * them. A text longer than this asks this many characters' width at least:
 * a line as wide as the text's own is wider still, so only the narrowest
 * the label could be squeezed to changes, and the detail pane is wider. */
#define LONG_TEXT_CHARS 20

static void
limit_min_width (GtkLabel *label)
{
  const char *text = gtk_label_get_label (label);

  gtk_label_set_width_chars (label, g_utf8_strlen (text, -1) > LONG_TEXT_CHARS
                                    ? LONG_TEXT_CHARS : -1);
}

/* An empty label would still take its line and spacing, as it would not in
 * an action row. */
static void
on_title_changed (TsDetailRow *self,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->title), title != NULL && *title != '\0');
  limit_min_width (self->title);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  TsDetailRow   *self)
{
  if (row == GTK_LIST_BOX_ROW (self))
    g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
forget_list (TsDetailRow *self)
{
  if (self->list != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->list, on_row_activated, self);
      g_clear_weak_pointer (&self->list);
    }
}

/* A click or Enter on an activatable row: its list says so, as an
 * AdwActionRow hears it. */
static void
on_parent_changed (TsDetailRow *self,
                   GParamSpec  *pspec,
                   gpointer     user_data)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  forget_list (self);
  if (GTK_IS_LIST_BOX (parent))
    {
      g_set_weak_pointer (&self->list, parent);
      g_signal_connect (parent, "row-activated", G_CALLBACK (on_row_activated), self);
    }
}

static void
add_beside (GtkWidget *box,
            GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (box), widget);
  gtk_widget_set_visible (box, TRUE);
}

static void
ts_detail_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TsDetailRow *self = TS_DETAIL_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      g_value_set_string (value, ts_detail_row_get_subtitle (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TsDetailRow *self = TS_DETAIL_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBTITLE:
      ts_detail_row_set_subtitle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_row_dispose (GObject *object)
{
  forget_list (TS_DETAIL_ROW (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_DETAIL_ROW);

  G_OBJECT_CLASS (ts_detail_row_parent_class)->dispose (object);
}

static void
ts_detail_row_class_init (TsDetailRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_detail_row_get_property;
  object_class->set_property = ts_detail_row_set_property;
  object_class->dispose = ts_detail_row_dispose;

  /* Plain text, shown under the title; the row's use-markup is for the
   * title alone, as AdwPreferencesRow's. */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An activatable row was clicked, or Enter pressed on it. */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (TS_TYPE_TEXT_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-detail-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TsDetailRow, prefixes);
  gtk_widget_class_bind_template_child (widget_class, TsDetailRow, title);
  gtk_widget_class_bind_template_child (widget_class, TsDetailRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, TsDetailRow, suffixes);
}

static void
ts_detail_row_init (TsDetailRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_changed), NULL);
  on_title_changed (self, NULL, NULL);
}

/* @title and @subtitle are plain text; @subtitle may be NULL. */
GtkWidget *
ts_detail_row_new (const char *title,
                   const char *subtitle)
{
  return g_object_new (TS_TYPE_DETAIL_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

const char *
ts_detail_row_get_subtitle (TsDetailRow *self)
{
  const char *subtitle;

  g_return_val_if_fail (TS_IS_DETAIL_ROW (self), NULL);

  subtitle = gtk_label_get_label (self->subtitle);
  return *subtitle != '\0' ? subtitle : NULL;
}

void
ts_detail_row_set_subtitle (TsDetailRow *self,
                            const char  *subtitle)
{
  g_return_if_fail (TS_IS_DETAIL_ROW (self));

  if (g_strcmp0 (subtitle, ts_detail_row_get_subtitle (self)) == 0)
    return;

  gtk_label_set_label (self->subtitle, subtitle != NULL ? subtitle : "");
  limit_min_width (self->subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), subtitle != NULL && *subtitle != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

/* Before the title, e.g. the linked record's icon. */
void
ts_detail_row_add_prefix (TsDetailRow *self,
                          GtkWidget   *widget)
{
  g_return_if_fail (TS_IS_DETAIL_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_beside (self->prefixes, widget);
}

/* After the texts, at the row's end, e.g. an arrow. */
void
ts_detail_row_add_suffix (TsDetailRow *self,
                          GtkWidget   *widget)
{
  g_return_if_fail (TS_IS_DETAIL_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_beside (self->suffixes, widget);
}
