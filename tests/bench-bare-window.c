/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: the anchor of the start-up benchmark (tests/bench-startup).
 * A bare AdwApplication with an AdwApplicationWindow of Tianshan's default
 * size holding a header bar and a label. With TIANSHAN_BENCH_FIRST_FRAME=1
 * it does what Tianshan does then: once the window's first frame has been
 * painted, it prints "first-frame" and quits. */

#include <adwaita.h>
#include <stdio.h>

static void
on_first_frame_painted (GdkFrameClock *clock,
                        GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, app);
  fputs ("first-frame\n", stdout);
  fflush (stdout);
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget    *window,
                  GApplication *app)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped, app);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_painted), app, 0);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Tianshan");

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  /* Tianshan's default size (its GSettings schema). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);

  if (g_strcmp0 (g_getenv ("TIANSHAN_BENCH_FIRST_FRAME"), "1") == 0)
    g_signal_connect_after (window, "map", G_CALLBACK (on_window_mapped), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.tianshan.BenchBareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
