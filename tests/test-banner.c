/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The banner of ts-banner.c (libadwaita 1.2 has no AdwBanner): its title
 * shown and named to assistive technologies, its button shown only with a
 * label and clicked as the analyst clicks it, and the revealer sliding in
 * and out. */

#include "config.h"

#include "ts-banner.h"

#include "ui-test-utils.h"

static gboolean
is_revealer (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_REVEALER (widget);
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_BUTTON (widget);
}

static gboolean
child_is_revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (GTK_REVEALER (data));
}

static gboolean
child_is_hidden (gpointer data)
{
  return !gtk_revealer_get_child_revealed (GTK_REVEALER (data));
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static void
on_button_clicked (TsBanner *banner,
                   guint    *n_clicks)
{
  (*n_clicks)++;
}

static gboolean
clicked_twice (gpointer data)
{
  return *(guint *) data == 2;
}

static void
test_banner_shows_and_hides (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *banner = ts_banner_new ("Read only: your role may not change this team database");
  GtkWidget *revealer = ui_test_find_widget (banner, is_revealer, NULL);
  GtkWidget *button = ui_test_find_widget (banner, is_button, NULL);
  g_autofree char *css_name = NULL;
  guint n_clicks = 0;

  g_assert_nonnull (revealer);
  g_assert_nonnull (button);
  gtk_box_append (GTK_BOX (box), banner);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("content"));
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  g_signal_connect (banner, "button-clicked", G_CALLBACK (on_button_clicked), &n_clicks);

  /* Hidden until revealed: nothing of it shows, nor to a screen reader. */
  g_assert_false (ts_banner_get_revealed (TS_BANNER (banner)));
  g_assert_null (ui_test_find_widget (banner, is_label_saying,
                                      "Read only: your role may not change this team database"));
  g_assert_cmpstr (gtk_widget_get_css_name (banner), ==, "banner");
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (banner)), ==,
                   GTK_ACCESSIBLE_ROLE_STATUS);

  ts_banner_set_revealed (TS_BANNER (banner), TRUE);
  ui_test_wait_until (child_is_revealed, revealer);
  g_assert_nonnull (ui_test_find_widget (banner, is_label_saying,
                                         "Read only: your role may not change this team database"));
  /* No label, no button. */
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_null (ts_banner_get_button_label (TS_BANNER (banner)));

  ts_banner_set_title (TS_BANNER (banner), "Disconnected from the team database");
  ts_banner_set_button_label (TS_BANNER (banner), "_Reconnect");
  g_assert_cmpstr (ts_banner_get_title (TS_BANNER (banner)), ==,
                   "Disconnected from the team database");
  g_assert_nonnull (ui_test_find_widget (banner, is_label_saying,
                                         "Disconnected from the team database"));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_cmpstr (ts_banner_get_button_label (TS_BANNER (banner)), ==, "_Reconnect");

  /* Clicked as the analyst clicks it: the signal, once per click. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (n_clicks, ==, 1);
  /* From the keyboard: GtkButton's "activate" clicks after a short press. */
  gtk_widget_activate (button);
  ui_test_wait_until (clicked_twice, &n_clicks);

  /* The property and the setter agree, and notify. */
  g_object_set (banner, "revealed", FALSE, NULL);
  g_assert_false (ts_banner_get_revealed (TS_BANNER (banner)));
  ui_test_wait_until (child_is_hidden, revealer);
  g_assert_null (ui_test_find_widget (banner, is_label_saying,
                                      "Disconnected from the team database"));

  ts_banner_set_button_label (TS_BANNER (banner), "");
  g_assert_false (gtk_widget_get_visible (button));

  gtk_window_destroy (window);
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

  g_test_add_func ("/banner/shows-and-hides", test_banner_shows_and_hides);

  return g_test_run ();
}
