/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The detail pane's field row (ts-property-row.c): drawn as libadwaita's
 * AdwActionRow draws the same title and subtitle, pixel for pixel, at a
 * width where the value wraps and at one where it does not; its value and
 * title shown only when they have text. */

#include "config.h"

#include "ts-property-row.h"

#include "ui-test-utils.h"

/* Wraps at the test's narrow width; no markup, which both rows would read
 * differently (the action row's subtitle is markup). */
#define NOTE "The report of 26 October 2023 names the railway among the projects " \
             "both sides agreed to accelerate, without a date for the start of "   \
             "its construction"

/* A boxed list of its own for @row, so that both rows are first and last
 * in theirs (the corners) and neither is drawn hovered or selected. */
static GtkWidget *
add_list (GtkBox    *box,
          GtkWidget *row)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (box, list);
  return list;
}

/* What @widget draws, rendered by its window's renderer. */
static GBytes *
render (GtkWidget *widget,
        int       *width,
        int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guchar *data;
  gsize stride;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  stride = (gsize) *width * 4;
  data = g_malloc (stride * *height);
  gdk_texture_download (texture, data, stride);
  return g_bytes_new_take (data, stride * *height);
}

/* An action row and a field, both "Notes" over @value, in a window @width
 * pixels wide: drawn alike. Returns the rows' height. */
static int
assert_drawn_alike (const char *value,
                    int         width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *property_row = ts_property_row_new ("Notes", value);
  g_autoptr(GBytes) action_pixels = NULL;
  g_autoptr(GBytes) property_pixels = NULL;
  int action_width, action_height, property_width, property_height;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), "Notes");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), value);
  add_list (GTK_BOX (box), action_row);
  add_list (GTK_BOX (box), property_row);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, -1);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);

  action_pixels = render (action_row, &action_width, &action_height);
  property_pixels = render (property_row, &property_width, &property_height);
  g_test_message ("window %d px wide: rows of %d × %d and %d × %d px", width,
                  action_width, action_height, property_width, property_height);
  g_assert_cmpint (property_width, ==, action_width);
  g_assert_cmpint (property_height, ==, action_height);
  g_assert_true (g_bytes_equal (property_pixels, action_pixels));

  gtk_window_destroy (GTK_WINDOW (window));
  return property_height;
}

static void
test_like_action_row (void)
{
  /* The note on several lines, then on one: the same look either way. */
  int narrow = assert_drawn_alike (NOTE, 360);
  int wide = assert_drawn_alike (NOTE, 1300);

  g_assert_cmpint (wide, <, narrow);
  /* A short value, under the rows' minimum height: centred alike. */
  assert_drawn_alike ("High", 360);
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *n_notifies)
{
  (*n_notifies)++;
}

/* The value is plain text ("&" is no entity), shown while it has text; so
 * is the title. */
static void
test_value (void)
{
  GtkWidget *row = g_object_ref_sink (ts_property_row_new ("Tags & Topics", NULL));
  guint n_notifies = 0;

  g_signal_connect (row, "notify::value", G_CALLBACK (on_notify), &n_notifies);
  g_assert_null (ts_property_row_get_value (TS_PROPERTY_ROW (row)));
  g_assert_nonnull (ui_test_find_widget (row, is_label_saying, "Tags & Topics"));

  ts_property_row_set_value (TS_PROPERTY_ROW (row), "energy <transit> & trade");
  g_assert_cmpstr (ts_property_row_get_value (TS_PROPERTY_ROW (row)), ==,
                   "energy <transit> & trade");
  g_assert_nonnull (ui_test_find_widget (row, is_label_saying, "energy <transit> & trade"));
  g_assert_cmpuint (n_notifies, ==, 1);
  ts_property_row_set_value (TS_PROPERTY_ROW (row), "energy <transit> & trade");
  g_assert_cmpuint (n_notifies, ==, 1);

  g_object_set (row, "value", "", NULL);
  g_assert_null (ts_property_row_get_value (TS_PROPERTY_ROW (row)));
  g_assert_null (ui_test_find_widget (row, is_label_saying, "energy <transit> & trade"));
  g_assert_null (ui_test_find_widget (row, is_label_saying, ""));
  g_assert_cmpuint (n_notifies, ==, 2);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "");
  g_assert_null (ui_test_find_widget (row, is_label_saying, ""));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  /* flatpak-builder runs the tests with no display: skip rather than fail. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/property-row/like-action-row", test_like_action_row);
  g_test_add_func ("/property-row/value", test_value);

  return g_test_run ();
}
