/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The Timeline page as an analyst uses it: it follows the search, a click
 * opens an event, the keyboard moves from event to event and between
 * lanes, the zoom keys zoom and Ctrl+0 fits, the list beside it names its
 * rows for screen readers, the lanes are remembered and the view comes
 * back as it was saved. */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "ui-test-utils.h"
#include "ts-timeline-view-private.h"

/* Three meetings, an agreement signed between two of them, and a project
 * whose milestones come before and after them all. */
static const char fixture_json[] =
  "["
  "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"A report\","
  " \"date\": \"2024-01-01\", \"reliability\": \"B\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/alpha\", \"title\": \"Alpha talks in Bishkek\","
  " \"sources\": [\"source/s\"], \"date\": \"2023-01-10\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/bravo\", \"title\": \"Bravo forum in Osh\","
  " \"sources\": [\"source/s\"], \"date\": \"2023-03-05\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/charlie\","
  " \"title\": \"Charlie delegation visit\", \"sources\": [\"source/s\"],"
  " \"date\": \"2023-06-20\"},"
  "{\"type\": \"agreement\", \"id\": \"agreement/delta\","
  " \"title\": \"Delta cooperation memorandum\", \"sources\": [\"source/s\"],"
  " \"date\": \"2023-04-15\", \"status\": \"signed\"},"
  "{\"type\": \"project\", \"id\": \"project/echo\", \"title\": \"Echo railway\","
  " \"sources\": [\"source/s\"], \"status\": \"implementation\","
  " \"milestones\": [{\"date\": \"2022-06\", \"status\": \"pledge\"},"
  "                 {\"date\": \"2024-02-01\", \"status\": \"implementation\"}]}"
  "]";

/* A meeting in Jinan and what was said at it, and words of another day
 * said at no meeting. */
static const char statements_json[] =
  "["
  "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"A report\","
  " \"date\": \"2026-03-02\", \"reliability\": \"B\"},"
  "{\"type\": \"person\", \"id\": \"person/edil-baisalov\", \"title\": \"Edil Baisalov\","
  " \"country\": \"KG\"},"
  "{\"type\": \"person\", \"id\": \"person/su-chang\", \"title\": \"Su Chang\","
  " \"country\": \"CN\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/jinan\", \"title\": \"Talks in Jinan\","
  " \"sources\": [\"source/s\"], \"date\": \"2026-03-01\","
  " \"participants\": [{\"person\": \"person/edil-baisalov\"}]},"
  "{\"type\": \"statement\", \"id\": \"statement/new-stage\","
  " \"title\": \"Baisalov: Kyrgyzstan is entering a new stage\","
  " \"speaker\": \"person/edil-baisalov\", \"date\": \"2026-03-01\","
  " \"at\": \"meeting/jinan\", \"kind\": \"quote\","
  " \"words\": \"Kyrgyzstan is entering a new stage of development\","
  " \"citations\": [{\"source\": \"source/s\", \"excerpt\": \"a new stage\"}]},"
  "{\"type\": \"statement\", \"id\": \"statement/security\","
  " \"title\": \"The security of investment must be ensured\","
  " \"speaker\": \"person/su-chang\", \"date\": \"2026-01-15\", \"kind\": \"reported\","
  " \"words\": \"The security of Chinese investment must be ensured\","
  " \"citations\": [{\"source\": \"source/s\", \"excerpt\": \"security\"}]}"
  "]";

typedef struct
{
  TsDataset      *dataset;
  TsQuery        *query;
  TsMatches      *matches;
  GtkWidget      *window;
  TsTimelineView *view;
  GPtrArray      *activated;
} Fixture;

static void
on_record_activated (TsTimelineView *view,
                     const char     *id,
                     Fixture        *fixture)
{
  g_ptr_array_add (fixture->activated, g_strdup (id));
}

/* Whether the events are built from the matches as they are now, and the
 * list beside them shows what the view does. */
static gboolean
is_settled (gpointer data)
{
  TsTimelineView *view = data;

  return gtk_widget_get_width (_ts_timeline_view_get_canvas (view)) > 0
         && !_ts_timeline_view_is_building (view)
         && view->list_idle_id == 0
         && view->list_tick_id == 0
         && !view->needs_fit;
}

static void
settle (Fixture *fixture)
{
  ui_test_wait_until (is_settled, fixture->view);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  g_settings_reset (settings, "timeline-lanes");
  fixture->dataset = ui_test_load_records_json (data != NULL ? data : fixture_json);
  fixture->query = ts_query_new ();
  fixture->matches = ts_matches_new (fixture->dataset, fixture->query);
  fixture->activated = g_ptr_array_new_with_free_func (g_free);

  fixture->view = g_object_ref_sink (TS_TIMELINE_VIEW (ts_timeline_view_new ()));
  ts_timeline_view_set_matches (fixture->view, fixture->matches);
  g_signal_connect (fixture->view, "record-activated", G_CALLBACK (on_record_activated),
                    fixture);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->view);
  settle (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  TsTimelineView *view = fixture->view;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (view);
  g_clear_object (&fixture->matches);
  g_clear_object (&fixture->query);
  g_clear_object (&fixture->dataset);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
}

/* The record ids the Events in View list shows, in its order, joined by
 * spaces; a record with two events in view is there twice. */
static char *
listed_ids (TsTimelineView *view)
{
  GListModel *model = _ts_timeline_view_get_events_in_view (view);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, _ts_timeline_view_get_listed_id (view, i));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
lists_only_bravo (gpointer data)
{
  TsTimelineView *view = data;
  g_autofree char *ids = NULL;

  if (!is_settled (view))
    return FALSE;
  ids = listed_ids (view);
  return g_strcmp0 (ids, "meeting/bravo") == 0;
}

static gboolean
lists_all (gpointer data)
{
  TsTimelineView *view = data;
  g_autofree char *ids = NULL;

  if (!is_settled (view))
    return FALSE;
  ids = listed_ids (view);
  return strstr (ids, "meeting/alpha") != NULL && strstr (ids, "meeting/bravo") != NULL
         && strstr (ids, "meeting/charlie") != NULL && strstr (ids, "agreement/delta") != NULL
         && strstr (ids, "project/echo") != NULL;
}

/* Typing a search leaves on the timeline, and in the list, only what it
 * finds; clearing it brings everything back. */
static void
test_follows_search (Fixture       *fixture,
                     gconstpointer  data)
{
  TsTimelineEvents *events;
  guint n_all;

  ui_test_wait_until (lists_all, fixture->view);
  events = _ts_timeline_view_get_events (fixture->view);
  n_all = ts_timeline_events_get_n_events (events);
  g_assert_cmpuint (n_all, >=, 5);

  ts_query_set_text (fixture->query, "bravo");
  ui_test_wait_until (lists_only_bravo, fixture->view);
  events = _ts_timeline_view_get_events (fixture->view);
  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 1);
  g_assert_cmpstr (ts_timeline_events_get_event (events, 0)->label, ==, "Bravo forum in Osh");

  ts_query_set_text (fixture->query, "");
  ui_test_wait_until (lists_all, fixture->view);
  g_assert_cmpuint (ts_timeline_events_get_n_events (_ts_timeline_view_get_events (fixture->view)),
                    ==, n_all);
}

/* Clicking an event selects it and opens it; clicking bare time clears
 * the selection without opening anything. */
static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  double x, y;

  g_assert_true (_ts_timeline_view_locate (fixture->view, "meeting/charlie", &x, &y));
  g_assert_cmpstr (_ts_timeline_view_click (fixture->view, x, y), ==, "meeting/charlie");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "meeting/charlie");
  g_assert_cmpstr (ts_timeline_view_get_selected_id (fixture->view), ==, "meeting/charlie");

  g_assert_null (_ts_timeline_view_click (fixture->view, 2, 2));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_null (ts_timeline_view_get_selected_id (fixture->view));

  /* The window's selection is drawn without opening it again. */
  ts_timeline_view_set_selected_id (fixture->view, "meeting/alpha");
  g_assert_cmpstr (ts_timeline_view_get_selected_id (fixture->view), ==, "meeting/alpha");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
}

static gboolean
is_drawn (gpointer data)
{
  return TS_TIMELINE_VIEW (data)->draw_time >= 0;
}

static void
wait_for_draw (TsTimelineView *view)
{
  view->draw_time = -1;
  gtk_widget_queue_draw (_ts_timeline_view_get_canvas (view));
  ui_test_wait_until (is_drawn, view);
}

/* Forty meetings in the first days of 2023. */
static char *
make_crowded_json (void)
{
  GString *json = g_string_new ("[{\"type\": \"source\", \"id\": \"source/s\","
                                " \"title\": \"A report\", \"date\": \"2024-01-01\","
                                " \"reliability\": \"B\"}");

  for (int i = 0; i < 40; i++)
    g_string_append_printf (json, ", {\"type\": \"meeting\", \"id\": \"meeting/m%d\","
                            " \"title\": \"Meeting number %d\", \"sources\": [\"source/s\"],"
                            " \"date\": \"2023-01-%02d\"}", i, i, 1 + i % 28);
  g_string_append (json, "]");
  return g_string_free (json, FALSE);
}

/* Enough meetings for the events to be built in a worker. */
#define N_MANY 4500

static char *
make_many_json (void)
{
  GString *json = g_string_new ("[{\"type\": \"source\", \"id\": \"source/s\","
                                " \"title\": \"A report\", \"date\": \"2024-01-01\","
                                " \"reliability\": \"B\"}");

  for (int i = 0; i < N_MANY; i++)
    g_string_append_printf (json, ", {\"type\": \"meeting\", \"id\": \"meeting/m%d\","
                            " \"title\": \"Talks number %d\", \"sources\": [\"source/s\"],"
                            " \"date\": \"%d-%02d-%02d\"}", i, i, 2000 + i % 25, 1 + i % 12,
                            1 + i % 28);
  g_string_append (json, "]");
  return g_string_free (json, FALSE);
}

static gboolean
shows_n_events (gpointer data)
{
  gpointer *args = data;

  return is_settled (args[0])
         && !ts_matches_is_searching (ts_timeline_view_get_matches (args[0]))
         && ts_timeline_events_get_n_events (_ts_timeline_view_get_events (args[0]))
            == GPOINTER_TO_UINT (args[1]);
}

/* How many records of @type the query matches, record by record. */
static guint
count_matching (Fixture      *fixture,
                TsRecordType  type)
{
  GListModel *records = ts_dataset_get_records (fixture->dataset, type);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (records, i);

      n += ts_query_matches (fixture->query, fixture->dataset, record);
    }
  return n;
}

/* With the words looked for in a worker and the events built in another,
 * as with a hundred thousand records: the timeline shows what it showed
 * until both are done, then only what the search found. */
static void
test_follows_search_in_thread (Fixture       *fixture,
                               gconstpointer  data)
{
  gpointer args[2] = { fixture->view, GUINT_TO_POINTER (N_MANY) };

  ts_matches_set_thread_min_slots (fixture->matches, 0);
  ui_test_wait_until (shows_n_events, args);

  /* "number 42": 42, 420–429 and 4200–4299 among others: a meeting each
   * that the query matches. */
  ts_query_set_text (fixture->query, "number 42");
  g_assert_true (ts_matches_is_searching (fixture->matches));
  g_assert_cmpuint (ts_timeline_events_get_n_events (_ts_timeline_view_get_events (fixture->view)),
                    ==, N_MANY);
  args[1] = GUINT_TO_POINTER (count_matching (fixture, TS_RECORD_TYPE_MEETING));
  g_assert_cmpuint (GPOINTER_TO_UINT (args[1]), >=, 111);
  g_assert_cmpuint (GPOINTER_TO_UINT (args[1]), <, N_MANY / 10);
  ui_test_wait_until (shows_n_events, args);
  g_assert_cmpint (ts_timeline_events_find (_ts_timeline_view_get_events (fixture->view),
                                            "meeting/m4242"), >=, 0);
  g_assert_cmpint (ts_timeline_events_find (_ts_timeline_view_get_events (fixture->view),
                                            "meeting/m4243"), >=, 0);
  g_assert_cmpint (ts_timeline_events_find (_ts_timeline_view_get_events (fixture->view),
                                            "meeting/m43"), <, 0);

  /* Cleared: every meeting again, built in a worker from the matches. */
  ts_query_set_text (fixture->query, "");
  args[1] = GUINT_TO_POINTER (N_MANY);
  ui_test_wait_until (shows_n_events, args);
  g_assert_cmpint (ts_timeline_events_find (_ts_timeline_view_get_events (fixture->view),
                                            "meeting/m43"), >=, 0);
}

static void
on_listed_changed (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   guint      *most_added)
{
  *most_added = MAX (*most_added, added);
}

/* A search that leaves a hundred events in view, where thousands were
 * (counted, not listed), fills Events in View a screenful at a time, so
 * that the window never stops to make and measure a row for each of them
 * at once; once it is settled the list holds them all, in time order. */
static void
test_list_fills_in_steps (Fixture       *fixture,
                          gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  GListModel *listed = _ts_timeline_view_get_events_in_view (view);
  gpointer args[2] = { view, GUINT_TO_POINTER (N_MANY) };
  TsTimelineEvents *events;
  guint most_added = 0;
  guint n_matching;
  double last = -G_MAXDOUBLE;

  ui_test_wait_until (shows_n_events, args);
  /* Too many in view to list. */
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);

  g_signal_connect (listed, "items-changed", G_CALLBACK (on_listed_changed), &most_added);
  ts_query_set_text (fixture->query, "number 42");
  n_matching = count_matching (fixture, TS_RECORD_TYPE_MEETING);
  g_assert_cmpuint (n_matching, >=, 111);
  args[1] = GUINT_TO_POINTER (n_matching);
  ui_test_wait_until (shows_n_events, args);
  g_signal_handlers_disconnect_by_data (listed, &most_added);

  /* Fitted to them, every one is listed, in time order... */
  events = _ts_timeline_view_get_events (view);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n_matching);
  for (guint i = 0; i < n_matching; i++)
    {
      const char *id = _ts_timeline_view_get_listed_id (view, i);
      int index = ts_timeline_events_find (events, id);

      g_assert_cmpint (index, >=, 0);
      g_assert_cmpfloat (ts_timeline_events_get_event (events, index)->first, >=, last);
      last = ts_timeline_events_get_event (events, index)->first;
    }
  /* ...having come in a screenful at a time. */
  g_assert_cmpuint (most_added, >, 0);
  g_assert_cmpuint (most_added, <=, 32);
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Hidden, as a page of the window's view stack is behind another page,
 * the timeline does not follow a search (no worker builds events for it
 * meanwhile, however many records match); shown again, it catches up
 * once, from the matches as they are then. */
static void
test_hidden_waits (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer args[2] = { fixture->view, NULL };
  guint n_found;

  ts_matches_set_thread_min_slots (fixture->matches, 0);
  ts_query_set_text (fixture->query, "number 42");
  n_found = count_matching (fixture, TS_RECORD_TYPE_MEETING);
  g_assert_cmpuint (n_found, >=, 111);
  g_assert_cmpuint (n_found, <, N_MANY / 10);
  args[1] = GUINT_TO_POINTER (n_found);
  ui_test_wait_until (shows_n_events, args);

  /* As AdwViewStack hides the pages not shown. Cleared, the search
   * matches every meeting again: more than are ever built on the main
   * thread. */
  gtk_widget_set_child_visible (GTK_WIDGET (fixture->view), FALSE);
  ui_test_wait_until (is_unmapped, fixture->view);
  ts_query_set_text (fixture->query, "number");
  ui_test_wait_for_matches (fixture->matches);
  ts_query_set_text (fixture->query, "");
  ui_test_wait_for_matches (fixture->matches);
  ui_test_iterate ();
  /* No worker started: the build waits for the page (is_building() says
   * that one is due). */
  g_assert_false (fixture->view->building);
  g_assert_cmpuint (ts_timeline_events_get_n_events (_ts_timeline_view_get_events (fixture->view)),
                    ==, n_found);

  gtk_widget_set_child_visible (GTK_WIDGET (fixture->view), TRUE);
  args[1] = GUINT_TO_POINTER (N_MANY);
  ui_test_wait_until (shows_n_events, args);
  g_assert_cmpint (ts_timeline_events_find (_ts_timeline_view_get_events (fixture->view),
                                            "meeting/m43"), >=, 0);
}

static gboolean press_key (TsTimelineView  *view,
                           guint            keyval,
                           GdkModifierType  state);

/* Thirty projects, each with a milestone in its own month. */
static char *
make_projects_json (void)
{
  GString *json = g_string_new ("[{\"type\": \"source\", \"id\": \"source/s\","
                                " \"title\": \"A report\", \"date\": \"2024-01-01\","
                                " \"reliability\": \"B\"}");

  for (int i = 0; i < 30; i++)
    g_string_append_printf (json, ", {\"type\": \"project\", \"id\": \"project/p%02d\","
                            " \"title\": \"Project %02d\", \"sources\": [\"source/s\"],"
                            " \"status\": \"pledge\", \"milestones\": [{\"date\":"
                            " \"%d-%02d\", \"status\": \"pledge\"}]}",
                            i, i, 2020 + i / 12, 1 + i % 12);
  g_string_append (json, "]");
  return g_string_free (json, FALSE);
}

static gboolean
lane_is_shown (TsTimelineView *view,
               guint           lane)
{
  guint first = ts_timeline_renderer_get_first_lane (view->renderer);

  return lane >= first && lane < first + ts_timeline_renderer_get_n_lanes_shown (view->renderer);
}

/* With a lane per project, more than the canvas holds: Page Down scrolls
 * the lanes, and the keyboard moving down from lane to lane brings each
 * lane it reaches into sight. */
static void
test_lanes_scroll (Fixture       *fixture,
                   gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  TsTimelineEvents *events;
  guint n_lanes, shown;

  ts_timeline_view_set_lanes (view, "project");
  settle (fixture);
  events = _ts_timeline_view_get_events (view);
  n_lanes = ts_timeline_events_get_n_lanes (events);
  shown = ts_timeline_renderer_get_n_lanes_shown (view->renderer);
  g_assert_cmpuint (n_lanes, >=, 30);
  g_assert_cmpuint (shown, <, n_lanes);
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (view->renderer), ==, 0);

  g_assert_true (press_key (view, GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (view->renderer), >, 0);
  g_assert_true (press_key (view, GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (view->renderer), ==, 0);

  /* From the top lane down to the last, each in sight as it is reached. */
  gtk_widget_grab_focus (_ts_timeline_view_get_canvas (view));
  g_assert_true (press_key (view, GDK_KEY_Home, 0));
  for (guint i = 0; i < n_lanes; i++)
    {
      const TsTimelineEvent *event;

      press_key (view, GDK_KEY_Down, 0);
      event = ts_timeline_events_get_event (events, _ts_timeline_view_get_focused (view));
      g_assert_true (lane_is_shown (view, event->lane));
    }
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (view->renderer), >, 0);
}

/* Far out, crowded meetings gather into a cluster: clicking it zooms into
 * what it gathers, opening nothing. */
static void
test_click_cluster (Fixture       *fixture,
                    gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  GtkWidget *canvas = _ts_timeline_view_get_canvas (view);
  int width = gtk_widget_get_width (canvas);
  int height = gtk_widget_get_height (canvas);
  double scale, cluster_x = -1, cluster_y = -1;
  TsTimelineHit hit;

  for (int i = 0; i < 40; i++)
    _ts_timeline_view_zoom_at (view, width / 2.0, 1 / 1.5);
  scale = ts_timeline_view_get_scale (view);
  /* What the pointer hits is what was drawn. */
  wait_for_draw (view);

  for (int y = 0; y < height && cluster_x < 0; y += 2)
    for (int x = 0; x < width && cluster_x < 0; x += 2)
      if (ts_timeline_renderer_hit_test (view->renderer, x, y, &hit)
          && hit.kind == TS_TIMELINE_HIT_CLUSTER && hit.n_events >= 2)
        {
          cluster_x = x;
          cluster_y = y;
        }
  g_assert_cmpfloat (cluster_x, >=, 0);

  g_assert_null (_ts_timeline_view_click (view, cluster_x, cluster_y));
  g_assert_cmpfloat (ts_timeline_view_get_scale (view), <, scale / 4);
  g_assert_cmpuint (fixture->activated->len, ==, 0);
}

/* Delivers a key press to the canvas's key controller, as GTK does. */
static gboolean
press_key (TsTimelineView  *view,
           guint            keyval,
           GdkModifierType  state)
{
  GtkWidget *canvas = _ts_timeline_view_get_canvas (view);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (canvas);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* Runs the binding of @keyval with @modifiers on the view, as pressing the
 * keys does; fails when there is none. */
static void
press_binding (TsTimelineView  *view,
               guint            keyval,
               GdkModifierType  modifiers)
{
  g_assert_true (ui_test_activate_shortcut (GTK_WIDGET (view), keyval, modifiers));
}

static const char *
focused_id (TsTimelineView *view)
{
  int index = _ts_timeline_view_get_focused (view);

  if (index < 0)
    return NULL;
  return ts_timeline_events_get_event (_ts_timeline_view_get_events (view), index)->record_id;
}

/* Right goes to the next event in time, Left back, Down to another lane,
 * Enter opens the event the keyboard is on. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  TsTimelineEvents *events = _ts_timeline_view_get_events (view);
  GtkWidget *canvas = _ts_timeline_view_get_canvas (view);
  const TsTimelineEvent *event;
  double x, y;
  guint lane;

  /* The canvas takes the keyboard, and puts it on an event in view. */
  g_assert_true (gtk_widget_get_focusable (canvas));
  gtk_widget_grab_focus (canvas);
  g_assert_true (gtk_widget_has_focus (canvas));
  g_assert_cmpint (_ts_timeline_view_get_focused (view), >=, 0);

  /* From Alpha (10 Jan), in time order: Bravo (5 Mar), Delta (15 Apr),
   * Charlie (20 Jun). */
  g_assert_true (_ts_timeline_view_locate (view, "meeting/alpha", &x, &y));
  _ts_timeline_view_click (view, x, y);
  g_assert_cmpstr (focused_id (view), ==, "meeting/alpha");
  g_ptr_array_set_size (fixture->activated, 0);

  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpstr (focused_id (view), ==, "meeting/bravo");
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpstr (focused_id (view), ==, "agreement/delta");
  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpstr (focused_id (view), ==, "meeting/charlie");
  g_assert_true (press_key (view, GDK_KEY_Left, 0));
  g_assert_cmpstr (focused_id (view), ==, "agreement/delta");
  /* Moving the keyboard opens nothing. */
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  /* Lanes by record type: Meetings, Agreements, Projects. Down goes to
   * the event nearest in time in the lane below: from Alpha, Delta (not
   * Bravo, next in time); Up comes back to the meeting nearest Delta. */
  g_assert_true (_ts_timeline_view_locate (view, "meeting/alpha", &x, &y));
  _ts_timeline_view_click (view, x, y);
  g_ptr_array_set_size (fixture->activated, 0);
  g_assert_true (press_key (view, GDK_KEY_Down, 0));
  g_assert_cmpstr (focused_id (view), ==, "agreement/delta");
  g_assert_true (press_key (view, GDK_KEY_Up, 0));
  g_assert_cmpstr (focused_id (view), ==, "meeting/bravo");
  g_assert_true (press_key (view, GDK_KEY_Down, 0));
  lane = ts_timeline_events_get_event (events, _ts_timeline_view_get_focused (view))->lane;
  g_assert_true (press_key (view, GDK_KEY_Down, 0));
  event = ts_timeline_events_get_event (events, _ts_timeline_view_get_focused (view));
  g_assert_cmpstr (event->record_id, ==, "project/echo");
  g_assert_cmpuint (event->lane, >, lane);
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  /* Enter opens it. */
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, event->record_id);
  g_assert_cmpstr (ts_timeline_view_get_selected_id (view), ==, event->record_id);

  /* Shift and an arrow pans, leaving the keyboard where it is. */
  {
    double start, scale, new_start, new_scale;
    int focused = _ts_timeline_view_get_focused (view);

    ts_timeline_renderer_get_view (view->renderer, &start, &scale);
    g_assert_true (press_key (view, GDK_KEY_Right, GDK_SHIFT_MASK));
    ts_timeline_renderer_get_view (view->renderer, &new_start, &new_scale);
    g_assert_cmpfloat (new_start, >, start);
    g_assert_cmpfloat (new_scale, ==, scale);
    g_assert_cmpint (_ts_timeline_view_get_focused (view), ==, focused);
  }
}

/* The keyboard's event is kept in view: moving to an event off screen
 * pans to it. */
static void
test_keyboard_keeps_in_view (Fixture       *fixture,
                             gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  double x, y;

  g_assert_true (_ts_timeline_view_locate (view, "meeting/alpha", &x, &y));
  _ts_timeline_view_click (view, x, y);
  /* So close that one day fills the view: Bravo is months away. */
  for (int i = 0; i < 30; i++)
    _ts_timeline_view_zoom_at (view, x, 2.0);
  g_assert_false (_ts_timeline_view_locate (view, "meeting/bravo", &x, &y));

  g_assert_true (press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpstr (focused_id (view), ==, "meeting/bravo");
  g_assert_true (_ts_timeline_view_locate (view, "meeting/bravo", &x, &y));
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (x, <=, gtk_widget_get_width (_ts_timeline_view_get_canvas (view)));
}

static guint
n_listed (TsTimelineView *view)
{
  return g_list_model_get_n_items (_ts_timeline_view_get_events_in_view (view));
}

/* + and Ctrl+plus zoom in, − and Ctrl+minus out, Ctrl+0 shows every
 * event the matches hold. */
static void
test_zoom_keys (Fixture       *fixture,
                gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  guint n_events = ts_timeline_events_get_n_events (_ts_timeline_view_get_events (view));
  double scale = ts_timeline_view_get_scale (view);
  double zoomed;

  /* Fitted, every event is in view. */
  g_assert_cmpuint (n_listed (view), ==, n_events);

  press_binding (view, GDK_KEY_plus, 0);
  zoomed = ts_timeline_view_get_scale (view);
  g_assert_cmpfloat (zoomed, <, scale);
  press_binding (view, GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (ts_timeline_view_get_scale (view), <, zoomed);
  zoomed = ts_timeline_view_get_scale (view);
  press_binding (view, GDK_KEY_minus, GDK_CONTROL_MASK);
  g_assert_cmpfloat (ts_timeline_view_get_scale (view), >, zoomed);
  press_binding (view, GDK_KEY_minus, 0);
  g_assert_cmpfloat (fabs (ts_timeline_view_get_scale (view) - scale), <, scale * 1e-6);

  /* Far in, and off to one side, few events are in view... */
  for (int i = 0; i < 8; i++)
    press_binding (view, GDK_KEY_plus, GDK_CONTROL_MASK);
  _ts_timeline_view_pan (view, 5000);
  settle (fixture);
  g_assert_cmpuint (n_listed (view), <, n_events);

  /* ...and Ctrl+0 brings them all back. */
  press_binding (view, GDK_KEY_0, GDK_CONTROL_MASK);
  settle (fixture);
  g_assert_cmpuint (n_listed (view), ==, n_events);
  g_assert_cmpfloat (fabs (ts_timeline_view_get_scale (view) - scale), <, scale * 1e-6);
}

/* Each row of Events in View is named for a screen reader by what it is,
 * its date as recorded and its title; activating one opens the record. */
static void
test_list_names (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkListView *list = _ts_timeline_view_get_event_list (fixture->view);
  GtkWidget *canvas;
  const char *expected[] = {
    "Meeting, 10 Jan 2023, Alpha talks in Bishkek",
    "Meeting, 5 Mar 2023, Bravo forum in Osh",
    "Signing, 15 Apr 2023, Delta cooperation memorandum",
    "Meeting, 20 Jun 2023, Charlie delegation visit",
  };
  guint found = 0;

  /* The rows are made when the list is drawn. */
  ui_test_wait_until (lists_all, fixture->view);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_autofree char *error =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, expected[i]);

          if (error == NULL)
            found |= 1 << i;
        }
    }
  g_assert_cmpuint (found, ==, (1 << G_N_ELEMENTS (expected)) - 1);

  /* The list and the canvas have names of their own. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Events in View");
  canvas = _ts_timeline_view_get_canvas (fixture->view);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Timeline of meetings, agreements and milestones");

  /* Activating a row opens its record. */
  for (guint i = 0; i < n_listed (fixture->view); i++)
    if (g_strcmp0 (_ts_timeline_view_get_listed_id (fixture->view, i), "meeting/bravo") == 0)
      {
        g_signal_emit_by_name (list, "activate", i);
        break;
      }
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "meeting/bravo");
}

/* The keyboard's event is what the canvas says to a screen reader. */
static void
test_focus_announced (Fixture       *fixture,
                      gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  GtkAccessible *canvas = GTK_ACCESSIBLE (_ts_timeline_view_get_canvas (view));
  double x, y;

  g_assert_true (_ts_timeline_view_locate (view, "meeting/bravo", &x, &y));
  _ts_timeline_view_click (view, x, y);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "Meeting, 5 Mar 2023, Bravo forum in Osh");
  press_key (view, GDK_KEY_Right, 0);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "Signing, 15 Apr 2023, Delta cooperation memorandum");
}

static gboolean
lists_statements (gpointer data)
{
  g_autofree char *ids = NULL;

  if (!is_settled (data))
    return FALSE;
  ids = listed_ids (data);
  return strstr (ids, "statement/new-stage") != NULL
         && strstr (ids, "statement/security") != NULL;
}

/* Statements are on the timeline where they have a date, in a lane of
 * their own, each read as who said what: the list names them, the canvas
 * says so to a screen reader, and a click opens them like any event. */
static void
test_statements (Fixture       *fixture,
                 gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  TsTimelineEvents *events = _ts_timeline_view_get_events (view);
  GtkAccessible *canvas = GTK_ACCESSIBLE (_ts_timeline_view_get_canvas (view));
  GtkListView *list = _ts_timeline_view_get_event_list (view);
  const char *aloud = "Statement, 1 Mar 2026, Edil Baisalov: Kyrgyzstan is entering a new stage";
  gboolean listed = FALSE;
  double x, y;

  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 3);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (events), ==, 2);
  g_assert_cmpstr (ts_timeline_events_get_lane_label (events, 1), ==, "Statements");

  /* The rows are made when the list is drawn. */
  ui_test_wait_until (lists_statements, view);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *error =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, aloud);

      listed |= error == NULL;
    }
  g_assert_true (listed);

  g_assert_true (_ts_timeline_view_locate (view, "statement/new-stage", &x, &y));
  g_assert_cmpstr (_ts_timeline_view_click (view, x, y), ==, "statement/new-stage");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "statement/new-stage");
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, aloud);

  /* The one said at no meeting is there too, by its date. */
  g_assert_true (_ts_timeline_view_locate (view, "statement/security", &x, &y));
  g_assert_cmpstr (_ts_timeline_view_click (view, x, y), ==, "statement/security");
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "Statement, 15 Jan 2026, Su Chang: The security of "
                                       "investment must be ensured");
}

/* The lanes drop-down regroups the events and is remembered. */
static void
test_lanes (Fixture       *fixture,
            gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *saved = NULL;
  g_autoptr(TsTimelineView) other = NULL;

  g_assert_cmpstr (ts_timeline_view_get_lanes (view), ==, "type");
  g_assert_cmpint (ts_timeline_events_get_mode (_ts_timeline_view_get_events (view)), ==,
                   TS_TIMELINE_LANES_TYPE);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (view->lanes_dropdown), 3);
  g_assert_cmpstr (ts_timeline_view_get_lanes (view), ==, "project");
  settle (fixture);
  g_assert_cmpint (ts_timeline_events_get_mode (_ts_timeline_view_get_events (view)), ==,
                   TS_TIMELINE_LANES_PROJECT);
  saved = g_settings_get_string (settings, "timeline-lanes");
  g_assert_cmpstr (saved, ==, "project");

  /* The next Timeline opens with them. */
  other = g_object_ref_sink (TS_TIMELINE_VIEW (ts_timeline_view_new ()));
  g_assert_cmpstr (ts_timeline_view_get_lanes (other), ==, "project");
}

/* The view saved is the view restored: start, scale and lanes. */
static void
test_state (Fixture       *fixture,
            gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  g_autoptr(GVariant) state = NULL;
  double start, scale, new_start, new_scale;

  press_binding (view, GDK_KEY_plus, 0);
  _ts_timeline_view_pan (view, 120);
  ts_timeline_renderer_get_view (view->renderer, &start, &scale);
  state = ts_timeline_view_save_state (view);

  ts_timeline_view_set_lanes (view, "person");
  press_binding (view, GDK_KEY_minus, 0);
  _ts_timeline_view_pan (view, -400);
  ts_timeline_renderer_get_view (view->renderer, &new_start, &new_scale);
  g_assert_cmpfloat (new_start, !=, start);
  g_assert_cmpfloat (new_scale, !=, scale);

  ts_timeline_view_restore_state (view, state);
  ts_timeline_renderer_get_view (view->renderer, &new_start, &new_scale);
  g_assert_cmpfloat (new_start, ==, start);
  g_assert_cmpfloat (new_scale, ==, scale);
  g_assert_cmpstr (ts_timeline_view_get_lanes (view), ==, "type");
  settle (fixture);
  /* The view stays as restored once the events are built again. */
  ts_timeline_renderer_get_view (view->renderer, &new_start, &new_scale);
  g_assert_cmpfloat (new_start, ==, start);
  g_assert_cmpfloat (new_scale, ==, scale);
}

/* Showing a record selects and centres it; a record with no event is not
 * shown. */
static void
test_show_record (Fixture       *fixture,
                  gconstpointer  data)
{
  TsTimelineView *view = fixture->view;
  int width = gtk_widget_get_width (_ts_timeline_view_get_canvas (view));
  double x, y;

  for (int i = 0; i < 6; i++)
    press_binding (view, GDK_KEY_plus, 0);
  _ts_timeline_view_pan (view, 3000);

  g_assert_true (ts_timeline_view_show_record (view, "meeting/charlie"));
  g_assert_cmpstr (ts_timeline_view_get_selected_id (view), ==, "meeting/charlie");
  g_assert_true (_ts_timeline_view_locate (view, "meeting/charlie", &x, &y));
  g_assert_cmpfloat (fabs (x - width / 2.0), <, width / 8.0);
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  g_assert_false (ts_timeline_view_show_record (view, "source/s"));
  g_assert_cmpstr (ts_timeline_view_get_selected_id (view), ==, "meeting/charlie");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *crowded_json = NULL;
  g_autofree char *projects_json = NULL;
  g_autofree char *many_json = NULL;
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* The accessible names are read back from GTK's test contexts. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  crowded_json = make_crowded_json ();
  projects_json = make_projects_json ();
  many_json = make_many_json ();

#define ADD(path, func) \
  g_test_add ("/timeline-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("follows-search", test_follows_search);
  g_test_add ("/timeline-view/follows-search-in-thread", Fixture, many_json, fixture_set_up,
              test_follows_search_in_thread, fixture_tear_down);
  g_test_add ("/timeline-view/hidden-waits", Fixture, many_json, fixture_set_up,
              test_hidden_waits, fixture_tear_down);
  g_test_add ("/timeline-view/list-fills-in-steps", Fixture, many_json, fixture_set_up,
              test_list_fills_in_steps, fixture_tear_down);
  ADD ("click", test_click);
  g_test_add ("/timeline-view/click-cluster", Fixture, crowded_json, fixture_set_up,
              test_click_cluster, fixture_tear_down);
  g_test_add ("/timeline-view/lanes-scroll", Fixture, projects_json, fixture_set_up,
              test_lanes_scroll, fixture_tear_down);
  ADD ("keyboard", test_keyboard);
  ADD ("keyboard-keeps-in-view", test_keyboard_keeps_in_view);
  ADD ("zoom-keys", test_zoom_keys);
  ADD ("list-names", test_list_names);
  ADD ("focus-announced", test_focus_announced);
  ADD ("lanes", test_lanes);
  ADD ("state", test_state);
  ADD ("show-record", test_show_record);
  g_test_add ("/timeline-view/statements", Fixture, statements_json, fixture_set_up,
              test_statements, fixture_tear_down);
#undef ADD

  return g_test_run ();
}
