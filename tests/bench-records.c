/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How the records window keeps up with 100 000 records. For each
 * keystroke of a search typed one character at a time, for sorting the
 * meetings by a column, and for paging through them: how long the call
 * blocks the window, how long the frame that shows the result takes to
 * lay out and paint (the frame clock's before-paint to after-paint), the
 * longest main loop iteration after the call (frames included), and the
 * time until the first frame after it is painted. A keystroke is within
 * a frame when neither the call nor any iteration after it takes more
 * than 16.7 ms. Not a test: run
 * `ninja tests/bench-records`, then
 * `xvfb-run -a -s "-screen 0 1400x900x24" tests/bench-records [N_RECORDS]`
 * in a build folder (with GSETTINGS_BACKEND=memory and the build's
 * schemas).
 *
 * It paints with GTK's cairo renderer unless GSK_RENDERER says otherwise:
 * under Xvfb the GL renderer runs on llvmpipe, a software emulation of a
 * GPU that spends 35–40 ms on every frame of a 1400×860 window whatever
 * the window shows, and would hide what the application does. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "ts-agreement.h"
#include "ts-application.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-records-view.h"
#include "ts-source.h"
#include "ts-window.h"

typedef struct
{
  double sync_ms;     /* the call itself: how long the window froze */
  double frame_ms;    /* the longest frame painted after it */
  double longest_ms;  /* the longest main loop iteration after it */
  double total_ms;    /* until the first frame after it was painted */
  double cpu_ms;      /* the main thread's CPU time in the longest iteration */
} Timing;

/* Frames, timed by the window's frame clock. */
/* The window's matches: a search is settled once the worker found it. */
static TsMatches *window_matches;
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

static TsDate
make_date (guint i)
{
  TsDate date = TS_DATE_INIT;

  ts_date_set_ymd (&date, 2000 + i % 25, 1 + i % 12, 1 + i % 28);
  return date;
}

/* Shares of the records by type, roughly those of a mature dataset (as in
 * bench-store). */
static TsDataset *
generate (guint n_records)
{
  TsDataset *dataset = ts_dataset_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_places = MAX (1, n_records / 50);
  guint n_organizations = MAX (1, n_records / 50);
  guint n_people = MAX (2, n_records * 6 / 100);
  guint n_sources = MAX (1, n_records * 15 / 100);
  guint n_projects = MAX (1, n_records / 50);
  guint n_agreements = MAX (1, n_records * 13 / 100);
  guint n_figures = MAX (1, n_records * 5 / 100);
  guint n_meetings = n_records - n_places - n_organizations - n_people - n_sources
                     - n_projects - n_agreements - n_figures;
  guint n_added = 0;

  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *id = g_strdup_printf ("source/s%u", i);
      g_autofree char *title = g_strdup_printf ("Report number %u on relations", i);
      TsSource *source = ts_source_new (id, title);
      TsDate date = make_date (i);

      ts_source_set_date (source, &date);
      g_ptr_array_add (records, source);
    }
  for (guint i = 0; i < n_places; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      g_autofree char *title = g_strdup_printf ("Place %u", i);
      g_autofree char *ru = g_strdup_printf ("Место %u", i);
      TsPlace *place = ts_place_new (id, title);

      ts_place_set_name (place, "ru", ru);
      ts_place_set_country (place, "KG");
      ts_place_set_lat (place, 39 + (i % 400) / 100.0);
      ts_place_set_lon (place, 70 + (i % 900) / 100.0);
      g_ptr_array_add (records, place);
    }
  for (guint i = 0; i < n_organizations; i++)
    {
      g_autofree char *id = g_strdup_printf ("organization/o%u", i);
      g_autofree char *title = g_strdup_printf ("Ministry %u", i);
      TsOrganization *organization = ts_organization_new (id, title);

      ts_organization_set_country (organization, i % 2 ? "CN" : "KG");
      g_ptr_array_add (records, organization);
    }
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("person/h%u", i);
      g_autofree char *title = g_strdup_printf ("Person %u", i);
      g_autofree char *ru = g_strdup_printf ("Персона %u", i);
      g_autofree char *organization = g_strdup_printf ("organization/o%u", i % n_organizations);
      TsPerson *person = ts_person_new (id, title);
      TsDate from = TS_DATE_INIT;
      g_autoptr(TsPosition) position = NULL;

      ts_date_parse ("2019", &from, NULL);
      position = ts_position_new ("Minister", organization, &from, NULL);
      ts_person_set_name (person, "ru", ru);
      ts_person_set_country (person, i % 2 ? "CN" : "KG");
      ts_person_add_position (person, position);
      g_ptr_array_add (records, person);
    }
  for (guint i = 0; i < n_projects; i++)
    {
      g_autofree char *id = g_strdup_printf ("project/j%u", i);
      g_autofree char *title = g_strdup_printf ("Project %u", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i % n_places);
      const char *places[] = { place, NULL };
      TsProject *project = ts_project_new (id, title);
      TsDate date = make_date (i);
      g_autoptr(TsMilestone) milestone = ts_milestone_new (&date, TS_PROJECT_STATUS_PLEDGE,
                                                           NULL, NULL);

      ts_project_set_status (project, TS_PROJECT_STATUS_IMPLEMENTATION);
      ts_project_set_place_ids (project, places);
      ts_project_add_milestone (project, milestone);
      g_ptr_array_add (records, project);
    }
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%u", i);
      g_autofree char *title = g_strdup_printf ("Talks number %u", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i % n_places);
      g_autofree char *host = g_strdup_printf ("person/h%u", i % n_people);
      g_autofree char *guest = g_strdup_printf ("person/h%u", (i * 7 + 1) % n_people);
      g_autoptr(TsParticipant) first = ts_participant_new (host, "Minister", "KG");
      g_autoptr(TsParticipant) second = ts_participant_new (guest, "Minister", "CN");
      const char *topics[] = { "trade", "transport", NULL };
      TsMeeting *meeting = ts_meeting_new (id, title);
      TsDate date = make_date (i);

      ts_record_set_summary (TS_RECORD (meeting), "The sides discussed trade and the railway.");
      ts_meeting_set_date (meeting, &date);
      ts_meeting_set_place_id (meeting, place);
      ts_meeting_add_participant (meeting, first);
      ts_meeting_add_participant (meeting, second);
      ts_meeting_set_level (meeting, TS_MEETING_LEVEL_MINISTER);
      ts_meeting_set_topics (meeting, topics);
      g_ptr_array_add (records, meeting);
    }
  for (guint i = 0; i < n_agreements; i++)
    {
      g_autofree char *id = g_strdup_printf ("agreement/a%u", i);
      g_autofree char *title = g_strdup_printf ("Memorandum %u", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i % n_places);
      g_autoptr(TsParty) party = ts_party_new (place, "signatory");
      TsAgreement *agreement = ts_agreement_new (id, title);
      TsDate date = make_date (i);

      ts_agreement_set_date (agreement, &date);
      ts_agreement_add_party (agreement, party);
      g_ptr_array_add (records, agreement);
    }
  for (guint i = 0; i < n_figures; i++)
    {
      g_autofree char *id = g_strdup_printf ("figure/f%u", i);
      g_autofree char *indicator = g_strdup_printf ("Trade %u", i / 25);
      TsFigure *figure = ts_figure_new (id, indicator);
      TsDate period = TS_DATE_INIT;

      ts_date_set_ymd (&period, 2000 + i % 25, 0, 0);
      ts_figure_set_indicator (figure, indicator);
      ts_figure_set_period (figure, &period);
      ts_figure_set_value (figure, 1000 + i);
      g_ptr_array_add (records, figure);
    }

  if (!ts_dataset_merge (dataset, records, &n_added, NULL, &error))
    g_error ("%s", error->message);

  return dataset;
}

static void
on_before_paint (GdkFrameClock *clock)
{
  paint_started = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  longest_frame_ms = MAX (longest_frame_ms, ms_since (paint_started));
  n_painted++;
}

/* Runs the main loop until the window has painted what the call changed
 * and nothing is left to do (or, when nothing needed painting, for a
 * quarter of a second), timing each iteration that did some work. */
static void
settle (gint64  start,
        Timing *timing)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  gint64 quiet_since = g_get_monotonic_time ();
  guint n_painted_before = n_painted;

  longest_frame_ms = 0;
  timing->longest_ms = 0;
  timing->total_ms = 0;
  timing->cpu_ms = 0;
  for (;;)
    {
      gint64 before = g_get_monotonic_time ();
      double before_cpu = cpu_ms ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          if (ms_since (before) > timing->longest_ms)
            timing->cpu_ms = cpu_ms () - before_cpu;
          timing->longest_ms = MAX (timing->longest_ms, ms_since (before));
          quiet_since = g_get_monotonic_time ();
        }
      else
        {
          g_usleep (200);
        }

      if (n_painted > n_painted_before && timing->total_ms == 0)
        timing->total_ms = ms_since (start);
      if (!g_main_context_pending (NULL)
          && (window_matches == NULL || !ts_matches_is_searching (window_matches))
          && ((n_painted > n_painted_before
               && g_get_monotonic_time () - quiet_since > 40 * 1000)
              || g_get_monotonic_time () - quiet_since > 250 * 1000))
        break;
      if (g_get_monotonic_time () > deadline)
        g_error ("the window did not settle in two minutes");
    }
  timing->frame_ms = longest_frame_ms;
  if (timing->total_ms == 0)
    timing->total_ms = timing->sync_ms;
}

/* What an event cost the window at worst: the call, or any iteration of
 * the main loop after it (the frame showing it, a step of work left for
 * later), whichever took longer. */
static void
add_cost (GArray       *costs,
          const Timing *timing)
{
  double cost = MAX (timing->sync_ms, timing->longest_ms);

  g_array_append_val (costs, cost);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
get_percentile (GArray *costs,
                guint   percent)
{
  g_autoptr(GArray) sorted = g_array_copy (costs);
  guint index;

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  index = MIN (sorted->len - 1, (sorted->len * percent + 99) / 100 - (percent > 0));
  return g_array_index (sorted, double, index);
}

static void
print_timing (const char   *what,
              const Timing *timing)
{
  g_print ("%-34s %9.2f %9.2f %11.2f %11.1f %8.2f\n", what, timing->sync_ms, timing->frame_ms,
           timing->longest_ms, timing->total_ms, timing->cpu_ms);
}

static void
print_header (const char *what)
{
  g_print ("\n%-34s %9s %9s %11s %11s %8s\n", what, "call ms", "frame ms", "longest ms",
           "painted ms", "cpu ms");
}

int
main (int   argc,
      char *argv[])
{
  const char *search = "talks number 4242";
  guint n_records = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 100000;
  g_autoptr(TsApplication) app = NULL;
  g_autoptr(TsDataset) dataset = NULL;
  TsWindow *window;
  TsRecordsView *view;
  TsRecordList *meetings;
  TsQuery *query;
  GtkAdjustment *vadjustment;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystrokes_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (double));
  GdkFrameClock *frame_clock;
  Timing timing;
  gint64 start;

  setlocale (LC_ALL, "");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("needs a display: run it under xvfb-run");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  gtk_init ();
  adw_init ();
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  start = g_get_monotonic_time ();
  dataset = generate (n_records);
  g_print ("built a dataset of %u records in %.0f ms\n", ts_dataset_get_n_records (dataset),
           ms_since (start));

  window = ts_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  view = ts_window_get_records_view (window);
  start = g_get_monotonic_time ();
  ts_window_set_dataset (window, dataset);
  gtk_window_present (GTK_WINDOW (window));
  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (frame_clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  ts_records_view_set_record_type (view, TS_RECORD_TYPE_MEETING);
  timing.sync_ms = ms_since (start);
  settle (start, &timing);
  print_header ("opening the window");
  print_timing ("all lists shown", &timing);

  meetings = ts_records_view_get_list (view, TS_RECORD_TYPE_MEETING);
  window_matches = ts_records_view_get_matches (view);
  query = ts_window_get_query (window);

  /* As the search entry does on ::search-changed (the entry's own delay
   * before it is left out). */
  print_header ("typing a search");
  for (gsize length = 1; length <= strlen (search); length++)
    {
      g_autofree char *text = g_strndup (search, length);
      g_autofree char *label = NULL;

      start = g_get_monotonic_time ();
      ts_query_set_text (query, text);
      timing.sync_ms = ms_since (start);
      settle (start, &timing);
      add_cost (keystrokes, &timing);
      g_array_append_val (keystrokes_cpu, timing.cpu_ms);
      label = g_strdup_printf ("“%s” (%u meetings)", text,
                               ts_record_list_get_n_matches (meetings));
      print_timing (label, &timing);
    }

  for (guint i = 0; i < 2; i++)
    {
      /* Deleting back to a broader search, then clearing it. */
      const char *text = i == 0 ? "talks number 42" : "";
      g_autofree char *label = NULL;

      start = g_get_monotonic_time ();
      ts_query_set_text (query, text);
      timing.sync_ms = ms_since (start);
      settle (start, &timing);
      add_cost (keystrokes, &timing);
      g_array_append_val (keystrokes_cpu, timing.cpu_ms);
      label = g_strdup_printf ("“%s” (%u meetings)", text,
                               ts_record_list_get_n_matches (meetings));
      print_timing (label, &timing);
    }

  print_header ("sorting the meetings");
  {
    static const struct { const char *key; GtkSortType order; } sorts[] = {
      { "title", GTK_SORT_ASCENDING },
      { "title", GTK_SORT_DESCENDING },
      { "participants", GTK_SORT_ASCENDING },
      { "place", GTK_SORT_ASCENDING },
      { "date", GTK_SORT_DESCENDING },
    };

    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      {
        g_autofree char *label = g_strdup_printf ("by %s, %s", sorts[i].key,
                                                  sorts[i].order == GTK_SORT_ASCENDING
                                                  ? "ascending" : "descending");

        start = g_get_monotonic_time ();
        ts_record_list_sort_by (meetings, sorts[i].key, sorts[i].order);
        timing.sync_ms = ms_since (start);
        settle (start, &timing);
        print_timing (label, &timing);
      }
  }

  print_header ("scrolling the meetings");
  vadjustment = gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (ts_record_list_get_column_view (meetings)));
  for (guint i = 0; i < 200; i++)
    {
      double page = gtk_adjustment_get_page_size (vadjustment);

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + page);
      timing.sync_ms = ms_since (start);
      settle (start, &timing);
      add_cost (pages, &timing);
    }
  g_print ("page down ×200: longest iteration, median %.2f ms, slowest %.2f ms\n",
           get_percentile (pages, 50), get_percentile (pages, 100));

  g_print ("\nthe %u keystrokes: longest iteration, median %.2f ms, 90th percentile %.2f ms, "
           "slowest %.2f ms\n",
           keystrokes->len, get_percentile (keystrokes, 50), get_percentile (keystrokes, 90),
           get_percentile (keystrokes, 100));
  g_print ("  main thread CPU in that iteration: median %.2f ms, 90th percentile %.2f ms, "
           "most %.2f ms\n",
           get_percentile (keystrokes_cpu, 50), get_percentile (keystrokes_cpu, 90),
           get_percentile (keystrokes_cpu, 100));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return EXIT_SUCCESS;
}
