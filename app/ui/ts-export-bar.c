/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-export-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-export-bar.h"

struct _TsExportBar
{
  GtkWidget parent_instance;

  GCancellable *cancellable;

  /* Preparing the bar once the window has painted its first frame */
  GdkFrameClock *frame_clock;
  gulong after_paint_id;
  guint prepare_id;
  gboolean prepared;

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

/* Lays @text out in @widget's font and draws it into @cr, which is as
 * large as the text: cairo rasterizes a glyph only where it lands. */
static void
draw_text (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));
  cr = cairo_create (surface);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* What the first export's first frame would otherwise do, done while the
 * window is idle after start-up (tests/bench-export-window: that frame
 * took 8–12 ms of CPU instead of 5–6): the bar's widgets, hidden in the
 * revealer until then, styled and measured (their fonts loaded, their text
 * shaped), and the glyphs of their text rasterized into cairo's glyph
 * cache, which every later frame of the window shares. The label is drawn
 * as an export words it, with every printable ASCII character for the
 * file name. Nothing is shown, and the widgets keep their text. */
static gboolean
prepare (gpointer user_data)
{
  TsExportBar *self = TS_EXPORT_BAR (user_data);
  GtkWidget *content = gtk_revealer_get_child (self->revealer);
  GtkWidget *button_label = gtk_button_get_child (self->cancel_button);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *label = NULL;

  self->prepare_id = 0;
  self->prepared = TRUE;

  for (char c = ' '; c <= '~'; c++)
    g_string_append_c (name, c);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Exporting “%s”…"), name->str);

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, -1, NULL, NULL, NULL, NULL);
  draw_text (GTK_WIDGET (self->label), label);
  draw_text (GTK_WIDGET (self->label), _("Cancelling…"));
  if (GTK_IS_LABEL (button_label))
    draw_text (button_label, gtk_label_get_text (GTK_LABEL (button_label)));

  return G_SOURCE_REMOVE;
}

static void
on_frame_clock_after_paint (GdkFrameClock *clock,
                            TsExportBar   *self)
{
  g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  if (!self->prepared && self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare, self, NULL);
}

static void
on_cancel_clicked (TsExportBar *self)
{
  ts_export_bar_cancel (self);
}

/* After the first frame the bar is in, not before: start-up is not made
 * any longer. */
static void
ts_export_bar_map (GtkWidget *widget)
{
  TsExportBar *self = TS_EXPORT_BAR (widget);

  GTK_WIDGET_CLASS (ts_export_bar_parent_class)->map (widget);

  if (!self->prepared && self->frame_clock == NULL && self->prepare_id == 0)
    {
      self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
      self->after_paint_id = g_signal_connect (self->frame_clock, "after-paint",
                                               G_CALLBACK (on_frame_clock_after_paint), self);
    }
}

static void
ts_export_bar_unmap (GtkWidget *widget)
{
  TsExportBar *self = TS_EXPORT_BAR (widget);

  g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  g_clear_handle_id (&self->prepare_id, g_source_remove);

  GTK_WIDGET_CLASS (ts_export_bar_parent_class)->unmap (widget);
}

/* The bar always draws a node, an empty one under its own while it is
 * hidden. GTK collapses a widget's drawing of a single node into that
 * node: without this, the window's overlay drew its pages alone (their
 * node) while no export ran and a container of the pages and the bar
 * while one did, and GTK, finding nodes of two kinds to compare, redrew
 * the whole overlay, 1390×803 pixels, in the first frame of every export
 * and the last (tests/bench-export-window: 5–6 ms of the main thread's
 * CPU; in the first export of a process also 1 091 page faults, 3–4 ms of
 * system time, as cairo uploads that frame to the X server through shared
 * memory it has not written before). Now the overlay is a container of
 * two nodes in both states, and those frames redraw the bar's strip. */
static void
ts_export_bar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  g_autoptr(GskRenderNode) empty = gsk_container_node_new (NULL, 0);

  gtk_snapshot_append_node (snapshot, empty);
  GTK_WIDGET_CLASS (ts_export_bar_parent_class)->snapshot (widget, snapshot);
}

static void
ts_export_bar_dispose (GObject *object)
{
  TsExportBar *self = TS_EXPORT_BAR (object);

  /* An export must not go on writing for a window that is gone. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
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
  widget_class->map = ts_export_bar_map;
  widget_class->unmap = ts_export_bar_unmap;
  widget_class->snapshot = ts_export_bar_snapshot;

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
