/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-detail-row"

#include "config.h"

#include "ts-detail-row.h"

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

/* The row's title box: a vertical box of the title and the value, laid
 * out by a GtkBoxLayout (with the spacing its style gives it), except
 * that its width does not depend on its height. It is centred in the
 * header, as an action row's, and GTK allocates a widget centred so by
 * first asking its width for the height it is given: a GtkBox answers by
 * trying widths, laying its wrapping labels out at each, and each label
 * then searches for the narrowest width that fits its own height, every
 * step a layout of the whole text (4 693 layouts of 388 000 characters
 * before the first frame of the remembered meeting of
 * tests/bench-startup). Asked its width at a height, this box answers
 * its width at none. */
#define TS_TYPE_DETAIL_TITLE (ts_detail_title_get_type ())
G_DECLARE_FINAL_TYPE (TsDetailTitle, ts_detail_title, TS, DETAIL_TITLE, GtkWidget)

struct _TsDetailTitle
{
  GtkWidget parent_instance;

  GtkLayoutManager *box_layout;
};

G_DEFINE_FINAL_TYPE (TsDetailTitle, ts_detail_title, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
ts_detail_title_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ts_detail_title_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_layout_manager_measure (TS_DETAIL_TITLE (widget)->box_layout, widget, orientation,
                              orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                              minimum, natural, minimum_baseline, natural_baseline);
}

static void
ts_detail_title_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  gtk_layout_manager_allocate (TS_DETAIL_TITLE (widget)->box_layout, widget,
                               width, height, baseline);
}

static void
ts_detail_title_dispose (GObject *object)
{
  TsDetailTitle *self = TS_DETAIL_TITLE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->box_layout);

  G_OBJECT_CLASS (ts_detail_title_parent_class)->dispose (object);
}

static void
ts_detail_title_class_init (TsDetailTitleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_detail_title_dispose;
  widget_class->get_request_mode = ts_detail_title_get_request_mode;
  widget_class->measure = ts_detail_title_measure;
  widget_class->size_allocate = ts_detail_title_size_allocate;
  /* The CSS node of an action row's title box: row > box.header > box.title. */
  gtk_widget_class_set_css_name (widget_class, "box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_detail_title_init (TsDetailTitle *self)
{
  self->box_layout = gtk_box_layout_new (GTK_ORIENTATION_VERTICAL);
}

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

/* An empty label would still take its line and spacing, as it would not in
 * an action row. */
static void
on_title_changed (TsDetailRow *self,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->title), title != NULL && *title != '\0');
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

  g_type_ensure (TS_TYPE_DETAIL_TITLE);
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
