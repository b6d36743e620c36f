/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: how the Timeline page keeps up with a large dataset. It
 * prints the first frame after the page shows (from switching to it to
 * the frame painted), the renderer's drawing time per frame while
 * zooming and panning, and the longest main loop iteration while a search
 * is typed a letter at a time with the Timeline on screen (and, for
 * comparison, with the Records page on screen). Per keystroke it also
 * prints the most main thread CPU in an iteration that painted no frame
 * (an idle's work, GDK's compute-size of the window, a worker's answer)
 * and what Events in View holds: its items and the row widgets GTK made
 * for them. The search bar is opened first, as the user's Ctrl+F or
 * first key does. Run
 *   tests/bench-store 100000 /tmp/bench.db   (once: makes the store)
 *   xvfb-run -a -s "-screen 0 1400x900x24" tests/bench-timeline /tmp/bench.db
 * in a build folder (with GSETTINGS_BACKEND=memory and the build's
 * schemas). Without a store it uses the shipped dataset.
 *
 * It paints with GTK's cairo renderer unless GSK_RENDERER says otherwise
 * (see bench-records.c: llvmpipe's GL would hide what the app does). */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ts-application.h"
#include "ts-store.h"
#include "ts-timeline-view-private.h"
#include "ts-window.h"

#include "ui-test-utils.h"

#define N_FRAMES 120

static TsTimelineView *timeline;
static gint64 paint_started;
static double longest_frame_ms;
static guint n_painted;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The main thread's CPU time, in ms. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Whether the matches are still looking for the words in a worker. */
static gboolean
searching (TsMatches *matches)
{
  return matches != NULL && ts_matches_is_searching (matches);
}

/* The main thread's CPU time in the longest iteration of the last
 * settle(), the most in any of its iterations, and the most in one that
 * painted no frame. */
static double longest_cpu_ms;
static double most_cpu_ms;
static double most_other_cpu_ms;

static double cpu_ms (void);

/* The main thread's CPU time from the frame clock's before-paint to its
 * after-paint (layout, snapshot, GSK's rendering): the most in one frame
 * since the last settle(). */
static double paint_started_cpu;
static double most_paint_cpu_ms;

static void
on_before_paint (GdkFrameClock *clock)
{
  paint_started = g_get_monotonic_time ();
  paint_started_cpu = cpu_ms ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  longest_frame_ms = MAX (longest_frame_ms, ms_since (paint_started));
  most_paint_cpu_ms = MAX (most_paint_cpu_ms, cpu_ms () - paint_started_cpu);
  n_painted++;
}

/* Runs the main loop until what was changed at @start is painted and
 * nothing is left to do; returns the longest iteration, and in @painted
 * the time from @start until the first frame after it was painted. */
/* When the last settle() saw the Timeline on screen with its events
 * built (0 if it never did). */
static gint64 built_at;
static TsWindow *the_window;

static double
settle (gint64  start,
        double *painted)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  gint64 quiet_since = g_get_monotonic_time ();
  guint n_painted_before = n_painted;
  double longest = 0;

  *painted = 0;
  built_at = 0;
  longest_cpu_ms = most_cpu_ms = most_paint_cpu_ms = most_other_cpu_ms = 0;
  for (;;)
    {
      gint64 before = g_get_monotonic_time ();
      double before_cpu = cpu_ms ();
      guint n_painted_then = n_painted;

      if (g_main_context_iteration (NULL, FALSE))
        {
          double cpu = cpu_ms () - before_cpu;

          if (n_painted == n_painted_then)
            most_other_cpu_ms = MAX (most_other_cpu_ms, cpu);

          if (ms_since (before) > longest)
            longest_cpu_ms = cpu;
          most_cpu_ms = MAX (most_cpu_ms, cpu);
          longest = MAX (longest, ms_since (before));
          /* The store's poll for other programs' changes (every 250 ms,
           * a few microseconds) is not the window at work: counted as
           * such, the window was never quiet long enough to settle. */
          if (n_painted != n_painted_then || cpu > 0.5)
            quiet_since = g_get_monotonic_time ();
        }
      else
        g_usleep (200);

      if (n_painted > n_painted_before && *painted == 0)
        *painted = ms_since (start);
      if (built_at == 0 && timeline != NULL && gtk_widget_get_mapped (GTK_WIDGET (timeline))
          && !_ts_timeline_view_is_building (timeline))
        built_at = g_get_monotonic_time ();
      if (!g_main_context_pending (NULL)
          && (timeline == NULL || !searching (ts_timeline_view_get_matches (timeline)))
          && (timeline == NULL || !gtk_widget_get_mapped (GTK_WIDGET (timeline))
              || !_ts_timeline_view_is_building (timeline))
          && ((n_painted > n_painted_before
               && g_get_monotonic_time () - quiet_since > 40 * 1000)
              || g_get_monotonic_time () - quiet_since > 250 * 1000))
        break;
      if (g_get_monotonic_time () > deadline)
        g_error ("the window did not settle in two minutes");
    }
  return longest;
}

/* Queues a frame of @widget and waits until it is painted. */
static void
next_frame (GtkWidget *widget)
{
  guint n = n_painted;

  gtk_widget_queue_draw (widget);
  while (n_painted == n)
    g_main_context_iteration (NULL, TRUE);
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
  printf ("%-46s median %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%u)\n", what,
          g_array_index (times, double, times->len / 2),
          g_array_index (times, double, times->len * 95 / 100),
          g_array_index (times, double, times->len - 1), times->len);
}

/* How many row widgets the list view made: its children. */
static guint
count_rows (GtkListView *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* Types a search a letter at a time into the window's query, as the
 * search entry does on ::search-changed (the window shows it in @entry),
 * then clears it, printing the longest main loop iteration after each
 * keystroke. */
static void
type_search (GtkWidget      *entry,
             TsTimelineView *view,
             const char     *where)
{
  const char *search = "talks number 4242";
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *what = g_strdup_printf ("keystrokes, %s: longest iteration", where);

  g_autoptr(GArray) keystrokes_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystrokes_most_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystrokes_paint_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystrokes_other_cpu = g_array_new (FALSE, FALSE, sizeof (double));

  printf ("\n%-34s %11s %11s %8s %8s %9s %9s %8s %7s\n", where, "longest ms", "painted ms",
          "its cpu", "most cpu", "paint cpu", "other cpu", "events", "listed");
  for (gsize length = 1; length <= strlen (search) + 1; length++)
    {
      g_autofree char *text = length <= strlen (search) ? g_strndup (search, length)
                                                        : g_strdup ("");
      g_autofree char *label = g_strdup_printf ("“%s”", text);
      double call, longest, painted;
      gint64 start = g_get_monotonic_time ();

      /* The query, as the entry's ::search-changed sets it (the window
       * puts the text in the entry, whose own ::search-changed then
       * changes nothing), as bench-map-view does. */
      ts_query_set_text (ts_window_get_query (the_window), text);
      call = ms_since (start);
      longest = settle (start, &painted);
      longest = MAX (longest, call);
      g_array_append_val (keystrokes, longest);
      g_array_append_val (keystrokes_cpu, longest_cpu_ms);
      g_array_append_val (keystrokes_most_cpu, most_cpu_ms);
      g_array_append_val (keystrokes_paint_cpu, most_paint_cpu_ms);
      g_array_append_val (keystrokes_other_cpu, most_other_cpu_ms);
      printf ("%-34s %11.2f %11.2f %8.2f %8.2f %9.2f %9.2f %8u %3u/%-3u\n", label, longest, painted,
              longest_cpu_ms, most_cpu_ms, most_paint_cpu_ms, most_other_cpu_ms,
              ts_timeline_events_get_n_events (_ts_timeline_view_get_events (view)),
              g_list_model_get_n_items (_ts_timeline_view_get_events_in_view (view)),
              count_rows (_ts_timeline_view_get_event_list (view)));
      if (g_getenv ("DEBUG_QUERY"))
        printf ("   query “%s”, entry “%s”, search mode %d, focus %s\n",
                ts_query_get_text (ts_window_get_query (the_window)),
                gtk_editable_get_text (GTK_EDITABLE (entry)),
                gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR))),
                G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (the_window))));
    }
  report (what, keystrokes);
  report ("  main thread CPU in that iteration", keystrokes_cpu);
  report ("  most main thread CPU in one iteration", keystrokes_most_cpu);
  report ("  most main thread CPU in one frame's paint", keystrokes_paint_cpu);
  report ("  most main thread CPU in an iteration not painting", keystrokes_other_cpu);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TsApplication) app = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  TsTimelineView *view;
  TsDataset *dataset;
  TsWindow *window;
  GtkWidget *entry;
  double painted, longest;
  gint64 start;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("needs a display: run it under xvfb-run");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  gtk_init ();
  adw_init ();
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    {
      g_autofree char *dir = g_dir_make_tmp ("bench-timeline-XXXXXX", NULL);

      path = g_build_filename (dir, "shipped.db", NULL);
    }
  store = ts_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  dataset = ts_store_get_dataset (store);
  printf ("dataset: %s (%u records)\n", path, ts_dataset_get_n_records (dataset));

  start = g_get_monotonic_time ();
  window = ts_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  ts_window_set_dataset (window, dataset);
  ts_window_set_view (window, "records");
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  view = TS_TIMELINE_VIEW (ui_test_find_of_type (GTK_WIDGET (window), TS_TYPE_TIMELINE_VIEW));
  entry = ui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  timeline = view;
  the_window = window;
  /* Until the search texts are gathered in the background, as they are
   * a few seconds after the window opens. */
  while (ts_matches_is_indexing (ts_timeline_view_get_matches (view)))
    g_main_context_iteration (NULL, TRUE);
  settle (start, &painted);
  printf ("%-46s %6.2f ms (the Records page on screen)\n",
          "the window open, the search texts gathered", ms_since (start));

  /* The page shows: the events are built and the first frame drawn. */
  start = g_get_monotonic_time ();
  ts_window_set_view (window, "timeline");
  longest = settle (start, &painted);
  printf ("%u events in %u lanes\n",
          ts_timeline_events_get_n_events (_ts_timeline_view_get_events (view)),
          ts_timeline_events_get_n_lanes (_ts_timeline_view_get_events (view)));
  printf ("%-46s %6.2f ms (longest iteration %.2f ms, canvas %d×%d)\n",
          "first frame after the Timeline shows", painted, longest,
          gtk_widget_get_width (_ts_timeline_view_get_canvas (view)),
          gtk_widget_get_height (_ts_timeline_view_get_canvas (view)));
  /* Built as the page shows, not while it was hidden. */
  printf ("%-46s %6.2f ms\n", "until its events are built", (built_at - start) / 1000.0);

  /* Zooming toward the middle, in and out again, and panning. */
  for (int i = 0; i < N_FRAMES; i++)
    {
      double ms;

      _ts_timeline_view_zoom_at (view, 500, (i % 40) < 20 ? 1.15 : 1 / 1.15);
      next_frame (_ts_timeline_view_get_canvas (view));
      ms = _ts_timeline_view_get_draw_time (view) / 1000.0;
      g_array_append_val (draw, ms);
    }
  report ("zooming: the renderer's drawing per frame", draw);
  g_array_set_size (draw, 0);
  for (int i = 0; i < N_FRAMES; i++)
    {
      double ms;

      _ts_timeline_view_pan (view, (i % 40) < 20 ? 12 : -12);
      next_frame (_ts_timeline_view_get_canvas (view));
      ms = _ts_timeline_view_get_draw_time (view) / 1000.0;
      g_array_append_val (draw, ms);
    }
  report ("panning: the renderer's drawing per frame", draw);
  /* The search bar opens, as when the user presses Ctrl+F or starts
   * typing (the first key opens it). */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry,
                                                                           GTK_TYPE_SEARCH_BAR)),
                                  TRUE);
  /* A steady cursor in it: the blink's frames (a tick callback fading
   * it in and out) would be counted as the keystroke's. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  settle (g_get_monotonic_time (), &painted);

  type_search (entry, view, "the Timeline on screen");
  /* For comparison: the same with the Records page on screen. */
  ts_window_set_view (window, "records");
  settle (g_get_monotonic_time (), &painted);
  type_search (entry, view, "the Records page on screen");

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
