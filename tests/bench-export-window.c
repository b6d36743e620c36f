/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: what clicking Export in the window costs the window at
 * scale. For a briefing and a CSV file, of everything and of a search's
 * view, it clicks Export (what the save dialog's response does) and runs
 * the main loop until the export is written, printing the click's own
 * time (wall and the main thread's CPU), the longest main loop iteration
 * from the click until the file is written (the click itself included; an
 * iteration's wait in poll() left out) and the longest iteration in the
 * main thread's CPU time, the main thread's CPU time over the same span,
 * and the export's wall time. For each run's longest iteration it prints
 * what ran in it: its main-thread CPU time, whether a frame was painted
 * (the frame clock's update, layout and paint, each timed to its end)
 * and the marks the window's export code logs (g_debug "mark: …" in the
 * "ts-window-export" domain: the click, the progress shown, the results
 * taken back, the toast), with when each ended, from the iteration's
 * start. Run
 *   tests/bench-store 100000 /tmp/bench.db   (once: makes the store)
 *   xvfb-run -a -s "-screen 0 1400x900x24" tests/bench-export-window /tmp/bench.db [RUNS]
 * in a build folder (with GSETTINGS_BACKEND=memory and the build's
 * schemas); ONLY=WORDS measures only the exports with WORDS in their
 * names ("CSV", "talks"), and TOAST=N first shows N toasts like an
 * export's, each when none is on screen, and prints the iteration with
 * the most CPU time of each. For each run it also prints its first frame
 * and when the export's threads passed their marks ("mark: …" in the
 * "ts-briefing" and "ts-briefing-cover" domains: the data prepared, the
 * cover's map begun and drawn, the cover and the sheets written, the
 * workbook closed), in ms from the click; and for each iteration it
 * describes, when it began (from the click) and the main thread's page
 * faults, system time and time waiting for a core in it (the rest of an
 * iteration's wall time beyond its CPU time and that wait, the thread
 * neither ran nor waited to: blocked, or on a virtual machine, its core
 * taken away by the host). Without a store it uses the shipped
 * dataset. The store is only read, but the schema's migration may rewrite
 * an old one in place: run it on a copy. */

#define _GNU_SOURCE /* RUSAGE_THREAD */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "ts-application.h"
#include "ts-matches.h"
#include "ts-records-view.h"
#include "ts-store.h"
#include "ts-window-private.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* What ran in one main loop iteration: marks with their time from the
 * iteration's start. */
typedef struct
{
  gint64  time;
  double  cpu;
  char   *what;
} Mark;

static GArray *marks;        /* of Mark, the current iteration's */
static gboolean marking;
static GThread *main_thread;

/* The worker's marks ("mark: …" of the export's threads): when each came,
 * from the click, under a lock. */
static GMutex worker_lock;
static GString *worker_marks;
static gint64 clicked;

static void
clear_mark (gpointer data)
{
  g_free (((Mark *) data)->what);
}

static void
add_mark (const char *what)
{
  Mark mark;

  if (g_thread_self () != main_thread)
    {
      g_mutex_lock (&worker_lock);
      if (worker_marks != NULL)
        g_string_append_printf (worker_marks, "%s%s %.1f", worker_marks->len > 0 ? ", " : "",
                                what, (g_get_monotonic_time () - clicked) / 1000.0);
      g_mutex_unlock (&worker_lock);
      return;
    }
  mark = (Mark) { g_get_monotonic_time (), thread_cpu_ms (), g_strdup (what) };

  if (marking)
    g_array_append_val (marks, mark);
  else
    g_free (mark.what);
}

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;

  if (level & G_LOG_LEVEL_DEBUG && (g_strcmp0 (domain, "ts-window-export") == 0
                                   || g_strcmp0 (domain, "ts-export") == 0
                                   || g_strcmp0 (domain, "ts-briefing") == 0
                                   || g_strcmp0 (domain, "ts-briefing-cover") == 0)
      && message != NULL && g_str_has_prefix (message, "mark: "))
    {
      add_mark (message + strlen ("mark: "));
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
on_clock_signal (GdkFrameClock *clock,
                 const char    *what)
{
  add_mark (what);
}

/* The main thread's time so far waiting for a core, in ms: the second
 * field of its schedstat (Linux; 0 elsewhere). First called on the main
 * thread, which the file stays open for. An iteration's wall time less
 * its CPU time and this is time the thread neither ran nor waited to run:
 * blocked, or, on a virtual machine, its core taken away by the host
 * (which the guest counts as neither; "steal" in /proc/stat). */
static double
thread_waited_ms (void)
{
  static int fd = -2;
  unsigned long long ran_ns, waited_ns;
  char text[128];
  ssize_t length;

  if (fd == -2)
    fd = open ("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  length = pread (fd, text, sizeof text - 1, 0);
  if (length <= 0)
    return 0;
  text[length] = '\0';
  if (sscanf (text, "%llu %llu", &ran_ns, &waited_ns) != 2)
    return 0;
  return waited_ns / 1e6;
}

/* The main thread's minor page faults, system time and time waiting for
 * a core (ms): so far, or in an iteration. */
typedef struct
{
  long faults;
  double sys_ms;
  double waited_ms;
} ThreadCounters;

static void
read_counters (ThreadCounters *counters)
{
  struct rusage usage;

  getrusage (RUSAGE_THREAD, &usage);
  counters->faults = usage.ru_minflt;
  counters->sys_ms = usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  counters->waited_ms = thread_waited_ms ();
}

/* The main thread's counters in the last iteration timed. */
static ThreadCounters iteration;

/* Sets @iteration to the counters' growth since @before. */
static void
count_iteration (const ThreadCounters *before)
{
  ThreadCounters now;

  read_counters (&now);
  iteration.faults = now.faults - before->faults;
  iteration.sys_ms = now.sys_ms - before->sys_ms;
  iteration.waited_ms = now.waited_ms - before->waited_ms;
}

/* "[at 16.2 ms, 0 faults, system CPU 0.0 ms, waited for a core 0.1 ms]
 * layout 3.1/2.0, paint 9.0/7.5 …": when the iteration began, from the
 * click, the main thread's page faults and system time in it (a frame
 * drawn into memory never written before faults) and its time waiting
 * for a core, then each mark's end, in ms of wall and of the main
 * thread's CPU from the iteration's start (@start, @cpu_start). */
static char *
describe_marks (GArray *list,
                gint64  start,
                double  cpu_start)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "[at %.1f ms, %ld faults, system CPU %.1f ms, "
                          "waited for a core %.1f ms] ",
                          (start - clicked) / 1000.0, iteration.faults, iteration.sys_ms,
                          iteration.waited_ms);

  for (guint i = 0; i < list->len; i++)
    {
      Mark *mark = &g_array_index (list, Mark, i);

      g_string_append_printf (text, "%s%s %.1f/%.1f", i > 0 ? ", " : "", mark->what,
                              (mark->time - start) / 1000.0, mark->cpu - cpu_start);
    }
  return g_string_free (text, FALSE);
}

/* Runs the main loop until nothing is pending for a quarter second;
 * returns the longest iteration. */
static double
settle (void)
{
  gint64 quiet_since = g_get_monotonic_time ();
  double longest = 0;

  while (g_get_monotonic_time () - quiet_since < 250 * 1000)
    {
      gint64 before = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          longest = MAX (longest, ms_since (before));
          quiet_since = g_get_monotonic_time ();
        }
      else
        g_usleep (200);
    }
  return longest;
}

/* The time the main loop spends waiting in poll(), so that an iteration's
 * work is told from its wait. */
static gint64 polled_us;

static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 before = g_get_monotonic_time ();
  int ret = g_poll (fds, n_fds, timeout);

  polled_us += g_get_monotonic_time () - before;
  return ret;
}

/* One blocking iteration; returns its time less its wait, in ms, and in
 * @cpu the main thread's CPU time in it: on a busy machine the thread may
 * wait for a core longer than it works. */
static double
busy_iteration (double *cpu,
                gint64 *start,
                double *cpu_start)
{
  ThreadCounters counters_before;
  gint64 before, polled_before;
  double cpu_before, busy;

  read_counters (&counters_before);
  before = g_get_monotonic_time ();
  polled_before = polled_us;
  cpu_before = thread_cpu_ms ();
  g_array_set_size (marks, 0);
  *start = before;
  *cpu_start = cpu_before;
  g_main_context_iteration (NULL, TRUE);
  *cpu = thread_cpu_ms () - cpu_before;
  busy = (g_get_monotonic_time () - before - (polled_us - polled_before)) / 1000.0;
  count_iteration (&counters_before);
  return busy;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Clicks Export @runs times, each after the previous export is written. */
static void
measure (TsWindow             *window,
         const char           *dir,
         const char           *what,
         TsWindowExportScope   scope,
         TsWindowExportFormat  format,
         guint                 runs)
{
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) call_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) longests = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) longest_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = g_build_filename (dir, format == TS_WINDOW_EXPORT_BRIEFING
                                                 ? "bench.xlsx" : "bench.csv", NULL);
  double longest_of_all = 0;
  const char *only = g_getenv ("ONLY");

  /* ONLY=WORDS measures only what has WORDS in its name ("CSV", "talks"). */
  if (only != NULL && only[0] != '\0' && strstr (what, only) == NULL)
    return;

  for (guint run = 0; run < runs; run++)
    {
      gint64 start;
      double cpu_start, call, call_cpu, longest = 0, longest_cpu, cpu, wall;
      double its_cpu, longest_after = 0, after_cpu = 0, most_after_cpu = 0;
      g_autofree char *most_after_ran = NULL;
      g_autofree char *what_ran = NULL;
      g_autofree char *after_ran = NULL;
      g_autofree char *most_cpu_ran = NULL;
      g_autofree char *results_ran = NULL;
      g_autofree char *first_frame_ran = NULL;
      guint n_iterations = 0;
      ThreadCounters counters_before;

      settle ();
      g_array_set_size (marks, 0);
      g_mutex_lock (&worker_lock);
      g_string_truncate (worker_marks, 0);
      g_mutex_unlock (&worker_lock);
      marking = TRUE;
      read_counters (&counters_before);
      cpu_start = thread_cpu_ms ();
      start = g_get_monotonic_time ();
      clicked = start;
      _ts_window_export_to_file (window, path, scope, format);
      call = ms_since (start);
      call_cpu = thread_cpu_ms () - cpu_start;
      count_iteration (&counters_before);
      longest = call;
      longest_cpu = call_cpu;
      its_cpu = call_cpu;
      what_ran = describe_marks (marks, start, cpu_start);
      most_cpu_ran = g_strdup (what_ran);
      /* The progress and the result come as main loop sources; then the
       * bar's closing and the toast, until nothing is pending. */
      while (ts_export_bar_get_running (window->export_bar))
        {
          double busy_cpu, busy_cpu_start;
          gint64 busy_start;
          double busy = busy_iteration (&busy_cpu, &busy_start, &busy_cpu_start);

          n_iterations++;
          for (guint i = 0; i < marks->len && results_ran == NULL; i++)
            if (strcmp (g_array_index (marks, Mark, i).what, "results taken") == 0)
              results_ran = describe_marks (marks, busy_start, busy_cpu_start);
          for (guint i = 0; i < marks->len && first_frame_ran == NULL; i++)
            if (strcmp (g_array_index (marks, Mark, i).what, "paint") == 0)
              {
                g_autofree char *ran = describe_marks (marks, busy_start, busy_cpu_start);

                first_frame_ran = g_strdup_printf ("%.2f ms (CPU %.2f): %s", busy, busy_cpu,
                                                   ran);
              }
          if (busy_cpu > longest_cpu)
            {
              longest_cpu = busy_cpu;
              g_free (most_cpu_ran);
              most_cpu_ran = describe_marks (marks, busy_start, busy_cpu_start);
            }
          if (busy > longest)
            {
              longest = busy;
              its_cpu = busy_cpu;
              g_free (what_ran);
              what_ran = describe_marks (marks, busy_start, busy_cpu_start);
            }
        }
      wall = ms_since (start);
      cpu = thread_cpu_ms () - cpu_start;
      /* And after: the bar closing and the toast coming in, half a
       * second. */
      {
        gint64 written = g_get_monotonic_time ();

        while (g_get_monotonic_time () - written < 500 * 1000)
          {
            double busy_cpu, busy_cpu_start;
            gint64 busy_start;
            double busy;

            if (!g_main_context_pending (NULL))
              {
                g_usleep (500);
                continue;
              }
            busy = busy_iteration (&busy_cpu, &busy_start, &busy_cpu_start);
            if (busy > longest_after)
              {
                longest_after = busy;
                after_cpu = busy_cpu;
                g_free (after_ran);
                after_ran = describe_marks (marks, busy_start, busy_cpu_start);
              }
            if (busy_cpu > most_after_cpu)
              {
                most_after_cpu = busy_cpu;
                g_free (most_after_ran);
                most_after_ran = describe_marks (marks, busy_start, busy_cpu_start);
              }
          }
      }
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_error ("%s: no file was written", what);
      g_remove (path);

      g_array_append_val (calls, call);
      g_array_append_val (call_cpus, call_cpu);
      g_array_append_val (longests, longest);
      g_array_append_val (longest_cpus, longest_cpu);
      g_array_append_val (cpus, cpu);
      g_array_append_val (walls, wall);
      longest_of_all = MAX (longest_of_all, longest);
      marking = FALSE;
      printf ("  run %u: longest %.2f ms (CPU %.2f) of %u iterations: %s\n", run + 1, longest,
              its_cpu, n_iterations, what_ran[0] != '\0' ? what_ran : "nothing marked");
      printf ("         most CPU %.2f ms: %s\n", longest_cpu,
              most_cpu_ran[0] != '\0' ? most_cpu_ran : "nothing marked");
      printf ("         the first frame: %s\n",
              first_frame_ran != NULL ? first_frame_ran : "not seen");
      printf ("         the results' iteration: %s\n",
              results_ran != NULL ? results_ran : "not seen");
      printf ("         the half second after: longest %.2f ms (CPU %.2f): %s\n", longest_after,
              after_cpu, after_ran != NULL && after_ran[0] != '\0' ? after_ran : "nothing marked");
      printf ("         … most CPU %.2f ms: %s\n", most_after_cpu,
              most_after_ran != NULL && most_after_ran[0] != '\0' ? most_after_ran
                                                              : "nothing marked");
      g_mutex_lock (&worker_lock);
      printf ("         the export's threads, ms from the click: %s\n",
              worker_marks->len > 0 ? worker_marks->str : "nothing marked");
      g_mutex_unlock (&worker_lock);
    }

  printf ("%-34s %8.2f %8.2f %11.2f %9.2f %9.2f %11.2f %9.0f\n", what, median (calls),
          median (call_cpus), median (longests), median (longest_cpus), longest_of_all,
          median (cpus), median (walls));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TsApplication) app = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  TsDataset *dataset;
  TsWindow *window;
  guint runs = 3;

  setlocale (LC_ALL, "");
  main_thread = g_thread_self ();
  worker_marks = g_string_new (NULL);
  marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_set_clear_func (marks, clear_mark);
  g_log_set_writer_func (log_writer, NULL, NULL);
  setvbuf (stdout, NULL, _IOLBF, 0);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("needs a display: run it under xvfb-run");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  gtk_init ();
  adw_init ();
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  dir = g_dir_make_tmp ("bench-export-window-XXXXXX", NULL);
  if (argc > 1 && argv[1][0] != '\0')
    path = g_strdup (argv[1]);
  else
    path = g_build_filename (dir, "shipped.db", NULL);
  if (argc > 2)
    runs = MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10));

  store = ts_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  dataset = ts_store_get_dataset (store);
  printf ("dataset: %s (%u records), %u runs each, medians (the worst longest iteration "
          "of all runs apart)\n", path, ts_dataset_get_n_records (dataset), runs);

  window = ts_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  ts_window_set_dataset (window, dataset);
  ts_window_set_view (window, "records");
  gtk_window_present (GTK_WINDOW (window));
  /* Until the search texts are gathered in the background, as they are a
   * few seconds after the window opens. */
  while (ts_matches_is_indexing (ts_records_view_get_matches (window->records_view)))
    g_main_context_iteration (NULL, TRUE);
  settle ();

  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

    /* Connected last: each runs after GTK's own work of its phase. */
    g_signal_connect (clock, "before-paint", G_CALLBACK (on_clock_signal), (gpointer) "frame");
    g_signal_connect (clock, "update", G_CALLBACK (on_clock_signal), (gpointer) "update");
    g_signal_connect (clock, "layout", G_CALLBACK (on_clock_signal), (gpointer) "layout");
    g_signal_connect (clock, "paint", G_CALLBACK (on_clock_signal), (gpointer) "paint");
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_clock_signal), (gpointer) "painted");
  }
  g_main_context_set_poll_func (NULL, timed_poll);
  printf ("\n%-34s %8s %8s %11s %9s %9s %11s %9s\n", "clicking Export", "call ms", "call CPU",
          "longest ms", "its CPU", "worst ms", "main CPU ms", "wall ms");
  if (g_getenv ("TOAST") != NULL)
    {
      /* What a toast costs the window, shown when none is: each goes
       * after a second, and the next comes a second later. */
      for (int i = 0; i < atoi (g_getenv ("TOAST")); i++)
        {
          double longest_cpu = 0;
          g_autofree char *ran = NULL;
          gint64 shown;

          AdwToast *toast = adw_toast_new ("A toast of some length, saved as “x.csv”");

          adw_toast_set_timeout (toast, 1);
          settle ();
          g_usleep (G_USEC_PER_SEC);
          settle ();
          marking = TRUE;
          ts_window_add_toast (window, toast);
          shown = g_get_monotonic_time ();
          while (g_get_monotonic_time () - shown < 500 * 1000)
            {
              double busy_cpu, busy_cpu_start;
              gint64 busy_start;

              if (!g_main_context_pending (NULL))
                {
                  g_usleep (500);
                  continue;
                }
              busy_iteration (&busy_cpu, &busy_start, &busy_cpu_start);
              if (busy_cpu > longest_cpu)
                {
                  longest_cpu = busy_cpu;
                  g_free (ran);
                  ran = describe_marks (marks, busy_start, busy_cpu_start);
                }
            }
          marking = FALSE;
          printf ("toast %d: most CPU %.2f ms: %s\n", i, longest_cpu, ran != NULL ? ran : "");
        }
    }
  measure (window, dir, "briefing, everything", TS_WINDOW_EXPORT_ALL,
           TS_WINDOW_EXPORT_BRIEFING, runs);
  measure (window, dir, "CSV of meetings, all of them", TS_WINDOW_EXPORT_ALL,
           TS_WINDOW_EXPORT_CSV, runs);
  measure (window, dir, "CSV of meetings, the view", TS_WINDOW_EXPORT_VIEW,
           TS_WINDOW_EXPORT_CSV, runs);

  /* With a search: the view is what it finds. */
  ts_query_set_text (window->query, "talks");
  settle ();
  measure (window, dir, "briefing, the view of “talks”", TS_WINDOW_EXPORT_VIEW,
           TS_WINDOW_EXPORT_BRIEFING, runs);
  measure (window, dir, "CSV, the view of “talks”", TS_WINDOW_EXPORT_VIEW,
           TS_WINDOW_EXPORT_CSV, runs);

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
  return 0;
}
