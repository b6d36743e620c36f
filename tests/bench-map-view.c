/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: how the Map page of the window answers, on the shipped
 * dataset or on DATABASE (a store made by `tests/bench-store N DATABASE`,
 * opened as it is):
 *
 * - switching from the Records page to the Map: the first frame painted
 *   after the switch, the longest main loop iteration (how long the
 *   window froze), and when the picture of the matched records is up;
 * - typing a search a letter at a time with the map on screen (the search
 *   bar open, as the user's Ctrl+F or first key opens it): per
 *   keystroke the longest main loop iteration until the map shows the
 *   new matches, and when it does;
 * - frames while panning and zooming (the cached picture moved and scaled).
 *
 * Run in a build folder under a display, with the build's schemas:
 *   GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=_build/data \
 *   xvfb-run -a -s "-screen 0 1800x1100x24" _build/tests/bench-map-view [DATABASE]
 * Each figure is printed as median and maximum over RUNS switches (3 by
 * default: `RUNS=n`). The window is painted by the renderer GTK picks
 * (under Xvfb with Mesa, the GL renderer on llvmpipe); GSK_RENDERER=cairo
 * measures the software one. PARTS=switch or PARTS=keys stops after that
 * part; TRACE=1 prints each keystroke's main loop iterations, with the
 * main thread's CPU time in each frame's layout and in its snapshot and
 * render; EXPERIMENT= takes parts of the page away (set_up_experiments);
 * SCREENSHOT=file.png saves the window with a search on the map. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "model-test-utils.h"
#include "ts-application.h"
#include "ts-chips-bar.h"
#include "ts-map-view-private.h"
#include "ts-store.h"
#include "ts-window.h"
#include "ui-test-utils.h"

#define N_FRAMES 120
#define SEARCH "talks number 4242"

/* Frames, timed by the window's frame clock. */
static gint64 paint_started;
static gint64 painted_at;
static double longest_frame_ms;
static guint n_painted;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The main thread's CPU time: on a busy machine, wall times say more about
 * the other programs than about this one. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_at_paint;

/* The CPU time of Mesa's llvmpipe threads: with the GL renderer under
 * Xvfb, they paint the frame while the main thread waits (the process's
 * own CPU time would count the map's worker threads too). */
static double
process_cpu_ms (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  const char *tid;
  double ms = 0;

  while (dir != NULL && (tid = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *comm_path = g_build_filename ("/proc/self/task", tid, "comm", NULL);
      g_autofree char *stat_path = g_build_filename ("/proc/self/task", tid, "schedstat", NULL);
      g_autofree char *comm = NULL;
      g_autofree char *stat = NULL;

      if (g_file_get_contents (comm_path, &comm, NULL, NULL)
          && g_str_has_prefix (comm, "llvmpipe")
          && g_file_get_contents (stat_path, &stat, NULL, NULL))
        ms += g_ascii_strtod (stat, NULL) / 1e6;
    }
  return ms;
}

/* The frame's phases, in the main thread's CPU time: layout (measuring
 * and allocating the widgets), then paint (the snapshot of every widget
 * and GSK's rendering of it). The handlers run after GTK's own. */
static double cpu_before_paint;
static double cpu_after_layout;
static double cpu_after_render;
static double frame_layout_cpu_ms;
static double frame_paint_cpu_ms;
static gboolean trace;

static void
on_before_paint (GdkFrameClock *clock)
{
  paint_started = g_get_monotonic_time ();
  cpu_before_paint = cpu_after_layout = cpu_after_render = cpu_ms ();
}

static void
on_layout (GdkFrameClock *clock)
{
  cpu_after_layout = cpu_ms ();
}

static void
on_paint (GdkFrameClock *clock)
{
  cpu_after_render = cpu_ms ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  painted_at = g_get_monotonic_time ();
  cpu_at_paint = cpu_ms ();
  longest_frame_ms = MAX (longest_frame_ms, ms_since (paint_started));
  frame_layout_cpu_ms = cpu_after_layout - cpu_before_paint;
  frame_paint_cpu_ms = cpu_after_render - cpu_after_layout;
  n_painted++;
}

typedef struct
{
  double first_frame_ms; /* from the call to the first frame painted after it */
  double first_frame_cpu_ms; /* the main thread's CPU time in it */
  double longest_ms;     /* the longest main loop iteration, the call included */
  double longest_cpu_ms; /* the most CPU time a main loop iteration took */
  double picture_ms;     /* until the map shows what the call changed */
  double call_cpu_ms;    /* the main thread's CPU time in the call itself */
  double layout_cpu_ms;  /* in the frames' layout phase, the most in one */
  double paint_cpu_ms;   /* in the frames' snapshot and render, the most in one */
  double process_cpu_ms; /* llvmpipe's CPU time in one iteration, the most */
} Timing;

/* Runs the main loop until the map view has drawn the picture of what the
 * call at @start changed and the window is quiet, timing every iteration
 * that did some work. */
static void
settle (TsMapView *view,
        gint64     start,
        double     start_cpu,
        Timing    *timing)
{
  double call_ms = ms_since (start);
  gint64 deadline = g_get_monotonic_time () + (g_getenv ("TIMEOUT") ? atoi (g_getenv ("TIMEOUT")) : 300) * G_USEC_PER_SEC;
  gint64 quiet_since = g_get_monotonic_time ();
  guint n_painted_before = n_painted;

  timing->first_frame_ms = 0;
  timing->longest_ms = call_ms;
  timing->longest_cpu_ms = timing->call_cpu_ms = cpu_ms () - start_cpu;
  timing->picture_ms = 0;
  timing->layout_cpu_ms = timing->paint_cpu_ms = timing->process_cpu_ms = 0;
  if (trace)
    printf ("    call %.2f ms, CPU %.2f ms\n", call_ms, timing->call_cpu_ms);
  for (;;)
    {
      gint64 before = g_get_monotonic_time ();
      double before_cpu = cpu_ms ();
      double before_process = process_cpu_ms ();
      guint painted = n_painted;

      if (g_main_context_iteration (NULL, FALSE))
        {
          timing->longest_ms = MAX (timing->longest_ms, ms_since (before));
          timing->longest_cpu_ms = MAX (timing->longest_cpu_ms, cpu_ms () - before_cpu);
          timing->process_cpu_ms = MAX (timing->process_cpu_ms,
                                        process_cpu_ms () - before_process);
          quiet_since = g_get_monotonic_time ();
          if (n_painted > painted)
            {
              timing->layout_cpu_ms = MAX (timing->layout_cpu_ms, frame_layout_cpu_ms);
              timing->paint_cpu_ms = MAX (timing->paint_cpu_ms, frame_paint_cpu_ms);
            }
          if (trace && cpu_ms () - before_cpu > 1)
            printf ("    iteration %.2f ms, CPU %.2f ms%s (layout %.2f, paint %.2f)\n",
                    ms_since (before), cpu_ms () - before_cpu,
                    n_painted > painted ? ", a frame" : "",
                    n_painted > painted ? frame_layout_cpu_ms : 0,
                    n_painted > painted ? frame_paint_cpu_ms : 0);
        }
      else
        {
          g_usleep (200);
        }

      if (n_painted > n_painted_before && timing->first_frame_ms == 0)
        {
          timing->first_frame_ms = (painted_at - start) / 1000.0;
          timing->first_frame_cpu_ms = cpu_at_paint - start_cpu;
        }
      /* The picture is up once a frame was painted after the last
       * background work ended. */
      if (_ts_map_view_is_rendering (view)
          || ts_matches_is_searching (ts_map_view_get_matches (view)))
        {
          timing->picture_ms = 0;
          n_painted_before = n_painted;
        }
      else if (n_painted > n_painted_before && timing->picture_ms == 0)
        {
          timing->picture_ms = (painted_at - start) / 1000.0;
        }

      if (!g_main_context_pending (NULL) && timing->picture_ms > 0
          && g_get_monotonic_time () - quiet_since > 100 * 1000)
        break;
      /* Nothing to paint: the call changed nothing on the map. */
      if (!g_main_context_pending (NULL) && !_ts_map_view_is_rendering (view)
          && !ts_matches_is_searching (ts_map_view_get_matches (view))
          && g_get_monotonic_time () - quiet_since > 500 * 1000)
        break;
      if (g_get_monotonic_time () > deadline)
        g_error ("the window did not settle in five minutes (%u frames painted, %s)",
                 n_painted - n_painted_before,
                 _ts_map_view_is_rendering (view) ? "rendering" : "not rendering");
    }
}

/* Queues a frame and waits until it is painted; returns how long the
 * paint took (snapshot, GSK render), in microseconds: the frame's cost,
 * without the wait for the display's next refresh. */
static gint64
next_frame (TsMapView *view)
{
  guint before = n_painted;

  gtk_widget_queue_draw (GTK_WIDGET (view));
  while (n_painted == before)
    g_main_context_iteration (NULL, TRUE);
  return painted_at - paint_started;
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
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *times)
{
  g_array_sort (times, compare_doubles);
  printf ("  %-42s median %7.2f ms  max %7.2f ms  (%u)\n", what,
          g_array_index (times, double, times->len / 2),
          g_array_index (times, double, times->len - 1), times->len);
}

static TsMapView *
find_map_view (GtkWidget *widget)
{
  if (TS_IS_MAP_VIEW (widget))
    return TS_MAP_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TsMapView *view = find_map_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

static gboolean
has_experiment (const char *name)
{
  g_auto(GStrv) names = g_strsplit (g_getenv ("EXPERIMENT") ? g_getenv ("EXPERIMENT") : "",
                                    ",", -1);

  return g_strv_contains ((const char * const *) names, name);
}

static void
keep_hidden (GtkWidget  *widget,
             GParamSpec *pspec)
{
  if (gtk_widget_get_visible (widget))
    gtk_widget_set_visible (widget, FALSE);
}

/* EXPERIMENT=a,b: what a keystroke costs without a part of the page:
 * no-buttons (the zoom buttons over the map), no-list (Places in View),
 * no-chips (the search's chips above the page), no-legend, no-hidden-pages
 * (the Records and Timeline pages hidden: the view stack measures every
 * visible page, the ones not on screen too; no-records-page and
 * no-timeline-page hide one of them), or with the Records page on
 * screen instead of the map (records). */
static void
set_up_experiments (TsWindow  *window,
                    TsMapView *view)
{
  GtkWidget *chips = ui_test_find_of_type (GTK_WIDGET (window), TS_TYPE_CHIPS_BAR);

  if (has_experiment ("no-buttons"))
    gtk_widget_set_visible (view->map_buttons, FALSE);
  if (has_experiment ("no-list"))
    gtk_widget_set_visible (view->sidebar, FALSE);
  if (has_experiment ("no-chips") && chips != NULL)
    {
      gtk_widget_set_visible (chips, FALSE);
      g_signal_connect (chips, "notify::visible", G_CALLBACK (keep_hidden), NULL);
    }
  if (has_experiment ("no-legend"))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (view->legend_button), FALSE);
  if (has_experiment ("records"))
    ts_window_set_view (window, "records");
  if (has_experiment ("no-records-page") || has_experiment ("no-timeline-page"))
    {
      GtkWidget *stack = ui_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
      const char *name = has_experiment ("no-records-page") ? "records" : "timeline";

      gtk_widget_set_visible (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), name),
                              FALSE);
    }
  if (has_experiment ("no-hidden-pages"))
    {
      GtkWidget *stack = ui_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);

      for (GtkWidget *child = gtk_widget_get_first_child (stack); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (child != adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack)))
          gtk_widget_set_visible (child, FALSE);
    }
  if (g_getenv ("EXPERIMENT") != NULL)
    printf ("experiment: %s\n", g_getenv ("EXPERIMENT"));
}

/* SCREENSHOT=file.png: the window as GTK paints it, saved. */
static void
save_screenshot (GtkWidget  *window,
                 const char *path)
{
  g_autoptr(GdkTexture) texture = ui_test_render_texture (window);

  if (!gdk_texture_save_to_png (texture, path))
    g_error ("could not save %s", path);
  printf ("window saved to %s\n", path);
}

static void
idle_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *shipped = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                               "tianshan.json", NULL);
  g_autoptr(TsApplication) app = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(TsDataset) loaded = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) longest = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) longest_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) picture = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) call_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paint_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) process_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  const char *runs_env = g_getenv ("RUNS");
  guint runs = runs_env != NULL ? MAX (1, atoi (runs_env)) : 3;
  TsDataset *dataset;
  TsWindow *window;
  TsMapView *view;
  TsQuery *query;
  GdkFrameClock *clock;
  Timing timing;
  gint64 start;
  double start_cpu;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  trace = g_getenv ("TRACE") != NULL;
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("needs a display: run it under xvfb-run");

  gtk_init ();
  adw_init ();
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  if (argc > 1)
    {
      g_autoptr(GError) error = NULL;

      store = ts_store_open (argv[1], &error);
      if (store == NULL)
        g_error ("%s", error->message);
      dataset = ts_store_get_dataset (store);
      printf ("store: %s (%u records)\n", argv[1], ts_dataset_get_n_records (dataset));
    }
  else
    {
      dataset = loaded = model_test_load_dataset (shipped);
      printf ("dataset: %s (%u records)\n", shipped, ts_dataset_get_n_records (dataset));
    }

  window = ts_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  ts_window_set_dataset (window, dataset);
  ts_window_set_view (window, "records");
  gtk_window_present (GTK_WINDOW (window));
  view = find_map_view (GTK_WIDGET (window));
  query = ts_window_get_query (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (on_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  printf ("GSK renderer: %s (GSK_RENDERER=%s)\n",
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
          g_getenv ("GSK_RENDERER"));
  /* The records page settles, and the search texts are gathered. */
  idle_for (3000);
  printf ("%u frames painted while opening\n", n_painted);

  printf ("\nswitching from the Records page to the Map (%u times)\n", runs);
  for (guint run = 0; run < runs; run++)
    {
      ts_window_set_view (window, "records");
      idle_for (500);
      /* A new search each time, so that the map has a new scene to build
       * when it shows, as after searching on the Records page. */
      ts_query_set_text (query, run % 2 == 0 ? "" : "talks");
      idle_for (1000);

      start = g_get_monotonic_time ();
      start_cpu = cpu_ms ();
      ts_window_set_view (window, "map");
      settle (view, start, start_cpu, &timing);
      g_array_append_val (first, timing.first_frame_ms);
      g_array_append_val (first_cpu, timing.first_frame_cpu_ms);
      g_array_append_val (longest, timing.longest_ms);
      g_array_append_val (longest_cpu, timing.longest_cpu_ms);
      g_array_append_val (picture, timing.picture_ms);
    }
  report ("first frame after the page shows", first);
  report ("  main thread CPU until then", first_cpu);
  report ("longest main loop iteration", longest);
  report ("  most CPU in one iteration", longest_cpu);
  report ("until the picture of the records is up", picture);
  printf ("  map area: %d×%d px, zoom %.2f, %u places\n",
          gtk_widget_get_width (GTK_WIDGET (view)) - 221,
          gtk_widget_get_height (GTK_WIDGET (view)), ts_map_view_get_zoom (view),
          ts_map_scene_get_n_markers (ts_map_view_get_scene (view)));

  /* PARTS=switch stops here. */
  if (g_strcmp0 (g_getenv ("PARTS"), "switch") == 0)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }

  g_array_set_size (longest, 0);
  g_array_set_size (longest_cpu, 0);
  g_array_set_size (picture, 0);
  printf ("\ntyping “%s” with the map on screen, then deleting it\n", SEARCH);
  ts_query_set_text (query, "");
  /* The search bar opens, as when the user presses Ctrl+F or starts
   * typing (the first key opens it). */
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  /* A steady cursor in it: the blink's frames (a tick callback fading
   * it in and out) would be counted as the keystroke's. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  set_up_experiments (window, view);
  idle_for (1000);
  for (guint step = 0; step < 2 * strlen (SEARCH); step++)
    {
      gsize length = step < strlen (SEARCH) ? step + 1 : 2 * strlen (SEARCH) - step - 1;
      g_autofree char *text = g_strndup (SEARCH, length);

      start = g_get_monotonic_time ();
      start_cpu = cpu_ms ();
      if (trace)
        printf ("  “%s”\n", text);
      ts_query_set_text (query, text);
      settle (view, start, start_cpu, &timing);
      g_array_append_val (longest, timing.longest_ms);
      g_array_append_val (longest_cpu, timing.longest_cpu_ms);
      g_array_append_val (picture, timing.picture_ms);
      g_array_append_val (call_cpu, timing.call_cpu_ms);
      g_array_append_val (layout_cpu, timing.layout_cpu_ms);
      g_array_append_val (paint_cpu, timing.paint_cpu_ms);
      g_array_append_val (process_cpu, timing.process_cpu_ms);
    }
  report ("longest main loop iteration per keystroke", longest);
  report ("  most CPU in one iteration", longest_cpu);
  report ("  CPU: the keystroke's own call", call_cpu);
  report ("  CPU: a frame's layout, the most", layout_cpu);
  report ("  CPU: a frame's snapshot+render, the most", paint_cpu);
  report ("  llvmpipe's CPU in one iteration, the most", process_cpu);
  report ("until the map shows the matches", picture);

  if (g_getenv ("SCREENSHOT") != NULL)
    {
      start = g_get_monotonic_time ();
      start_cpu = cpu_ms ();
      ts_query_set_text (query, "talks");
      settle (view, start, start_cpu, &timing);
      save_screenshot (GTK_WIDGET (window), g_getenv ("SCREENSHOT"));
    }

  /* PARTS=keys stops here. */
  if (g_strcmp0 (g_getenv ("PARTS"), "keys") == 0)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }

  /* A drag: the picture with margins is rendered once, then every frame
   * moves it. */
  printf ("\nframes while the map moves\n");
  _ts_map_view_set_dragging (view, TRUE);
  wait_for_renders (view);
  for (int i = 0; i < N_FRAMES; i++)
    {
      double w;
      gint64 t;

      _ts_map_view_pan (view, (i % 40) < 20 ? 6 : -6, 2);
      w = next_frame (view) / 1000.0;
      t = _ts_map_view_get_frame_time (view, NULL);
      g_array_append_val (wall, w);
      w = t / 1000.0;
      g_array_append_val (draw, w);
    }
  _ts_map_view_set_dragging (view, FALSE);
  report ("panning: map snapshot", draw);
  report ("panning: whole frame (snapshot+render)", wall);

  g_array_set_size (draw, 0);
  g_array_set_size (wall, 0);
  wait_for_renders (view);
  for (int i = 0; i < N_FRAMES; i++)
    {
      double w;
      gint64 t;

      _ts_map_view_zoom_at (view, 600, 400, (i % 20) < 10 ? 0.05 : -0.05);
      w = next_frame (view) / 1000.0;
      t = _ts_map_view_get_frame_time (view, NULL);
      g_array_append_val (wall, w);
      w = t / 1000.0;
      g_array_append_val (draw, w);
    }
  report ("smooth zooming: map snapshot", draw);
  report ("smooth zooming: whole frame (snapshot+render)", wall);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
