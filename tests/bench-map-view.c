/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: how long the Map page takes per frame at 1400×900, on the
 * shipped dataset when it is there (else the test fixture). Run under a
 * display: xvfb-run -s "-screen 0 1800x1000x24" _build/tests/bench-map-view */

#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>

#include "model-test-utils.h"
#include "ts-map-view-private.h"

#define WIDTH 1400
#define HEIGHT 900
#define N_FRAMES 120

static gint64 painted_at;
static gint64 laid_out_at; /* when the frame began */

static void
on_layout (GdkFrameClock *clock,
           gpointer       user_data)
{
  laid_out_at = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

/* Queues a frame and waits until it is painted; returns how long the
 * paint took (snapshot, GSK render, swap), in microseconds: the frame's
 * cost, without the wait for the display's next refresh. */
static gint64
next_frame (TsMapView *view)
{
  painted_at = 0;
  gtk_widget_queue_draw (GTK_WIDGET (view));
  gdk_frame_clock_request_phase (gtk_widget_get_frame_clock (GTK_WIDGET (view)),
                                 GDK_FRAME_CLOCK_PHASE_BEFORE_PAINT);
  while (painted_at == 0)
    g_main_context_iteration (NULL, TRUE);
  return painted_at - laid_out_at;
}

static void
wait_for_renders (TsMapView *view)
{
  do
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
      next_frame (view);
    }
  while (_ts_map_view_is_rendering (view));
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *times)
{
  g_array_sort (times, compare_gint64);
  printf ("%-44s median %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%u frames)\n", what,
          g_array_index (times, gint64, times->len / 2) / 1000.0,
          g_array_index (times, gint64, times->len * 95 / 100) / 1000.0,
          g_array_index (times, gint64, times->len - 1) / 1000.0, times->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *shipped = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                               "tianshan.json", NULL);
  g_autofree char *fixture = g_build_filename (TS_TESTS_SRCDIR, "data", "map-fixture.json",
                                               NULL);
  g_autoptr(TsDataset) dataset = NULL;
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = NULL;
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *window, *view;
  GdkFrameClock *clock;
  const char *path;
  gboolean rendered;
  gint64 t, first;

  gtk_init ();
  path = g_file_test (shipped, G_FILE_TEST_EXISTS) ? shipped : fixture;
  dataset = model_test_load_dataset (path);
  printf ("dataset: %s (%u records)\n", path, ts_dataset_get_n_records (dataset));

  view = ts_map_view_new ();
  matches = ts_matches_new (dataset, query);
  ts_map_view_set_matches (TS_MAP_VIEW (view), matches);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH + 221, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));

  while (_ts_map_view_get_frame_time (TS_MAP_VIEW (view), NULL) == 0)
    g_main_context_iteration (NULL, TRUE);
  first = _ts_map_view_get_frame_time (TS_MAP_VIEW (view), &rendered);
  clock = gtk_widget_get_frame_clock (view);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_layout), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  wait_for_renders (TS_MAP_VIEW (view));
  printf ("map area: %d×%d px, zoom %.2f\n",
          gtk_widget_get_width (view) - 221, gtk_widget_get_height (view),
          ts_map_view_get_zoom (TS_MAP_VIEW (view)));
  printf ("%-44s %6.2f ms (rendered: %s)\n", "first frame (the whole map drawn)",
          first / 1000.0, rendered ? "yes" : "no");

  /* A full render, as after a zoom step: measured on a frame that must
   * draw it in place (no picture yet). */
  t = g_get_monotonic_time ();
  gtk_widget_activate_action (view, "map.zoom-in", NULL);
  wait_for_renders (TS_MAP_VIEW (view));
  printf ("%-44s %6.2f ms (in a worker thread)\n", "zoom step until the sharp picture is up",
          (g_get_monotonic_time () - t) / 1000.0);

  /* For reference: a frame where nothing moved costs what GTK needs to
   * paint the window at all. */
  for (int i = 0; i < N_FRAMES / 2; i++)
    {
      t = next_frame (TS_MAP_VIEW (view));
      g_array_append_val (wall, t);
    }
  report ("unchanged: whole frame (snapshot+render)", wall);
  g_array_set_size (wall, 0);

  /* A drag: the picture with margins is rendered once, then every frame
   * moves it. */
  _ts_map_view_set_dragging (TS_MAP_VIEW (view), TRUE);
  wait_for_renders (TS_MAP_VIEW (view));
  for (int i = 0; i < N_FRAMES; i++)
    {
      gint64 w;

      _ts_map_view_pan (TS_MAP_VIEW (view), (i % 40) < 20 ? 6 : -6, 2);
      w = next_frame (TS_MAP_VIEW (view));
      t = _ts_map_view_get_frame_time (TS_MAP_VIEW (view), &rendered);
      g_array_append_val (draw, t);
      g_array_append_val (wall, w);
    }
  _ts_map_view_set_dragging (TS_MAP_VIEW (view), FALSE);
  report ("panning: map snapshot", draw);
  report ("panning: whole frame (snapshot+render)", wall);

  g_array_set_size (draw, 0);
  g_array_set_size (wall, 0);
  wait_for_renders (TS_MAP_VIEW (view));
  for (int i = 0; i < N_FRAMES; i++)
    {
      gint64 w;

      _ts_map_view_zoom_at (TS_MAP_VIEW (view), WIDTH / 2.0, HEIGHT / 2.0,
                            (i % 20) < 10 ? 0.05 : -0.05);
      w = next_frame (TS_MAP_VIEW (view));
      t = _ts_map_view_get_frame_time (TS_MAP_VIEW (view), &rendered);
      g_array_append_val (draw, t);
      g_array_append_val (wall, w);
    }
  report ("smooth zooming: map snapshot", draw);
  report ("smooth zooming: whole frame (snapshot+render)", wall);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
