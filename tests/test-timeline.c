/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The timeline's model and layout: which events records make, their honest
 * spans, lanes in each mode, ticks per zoom in English and Russian,
 * clustering, labels that never overlap, and the renderer's view. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "model-test-utils.h"
#include "ts-i18n.h"
#include "ts-map-style.h"
#include "ts-meeting.h"
#include "ts-timeline-layout.h"
#include "ts-timeline-renderer.h"
#include "ts-timeline-scale.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

static guint32
julian (int year,
        int month,
        int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

static TsRecord *
record_from_json (const char *json)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  TsRecord *record;

  node = json_from_string (json, &error);
  g_assert_no_error (error);
  record = ts_record_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  return record;
}

static TsRecord *
lookup_in_table (gpointer    user_data,
                 const char *id)
{
  return g_hash_table_lookup (user_data, id);
}

/* Records and a lookup of them by id. */
typedef struct
{
  GPtrArray  *records;
  GHashTable *by_id;
} Fixture;

static void
fixture_add (Fixture    *fixture,
             const char *json)
{
  TsRecord *record = record_from_json (json);

  g_ptr_array_add (fixture->records, record);
  g_hash_table_insert (fixture->by_id, (gpointer) ts_record_get_id (record), record);
}

static void
fixture_init (Fixture *fixture)
{
  fixture->records = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
fixture_clear (Fixture *fixture)
{
  g_clear_pointer (&fixture->by_id, g_hash_table_unref);
  g_clear_pointer (&fixture->records, g_ptr_array_unref);
}

static TsTimelineEvents *
fixture_events (Fixture            *fixture,
                TsTimelineLaneMode  mode)
{
  return ts_timeline_events_new_from_records (fixture->records, lookup_in_table,
                                              fixture->by_id, mode);
}

static TsTimelineLayout *lay_out      (TsTimelineEvents *events,
                                      double            start,
                                      double            scale,
                                      int               width,
                                      int               height);
static guint             check_layout (TsTimelineEvents *events,
                                      TsTimelineLayout *layout);

static TsTimelineEvents *
events_of_one_meeting (const char *date,
                       const char *end_date)
{
  Fixture fixture;
  g_autofree char *json = NULL;
  TsTimelineEvents *events;

  fixture_init (&fixture);
  json = g_strdup_printf ("{\"type\": \"meeting\", \"id\": \"meeting/m\", \"title\": \"M\", "
                          "\"date\": \"%s\"%s%s%s}",
                          date, end_date != NULL ? ", \"end_date\": \"" : "",
                          end_date != NULL ? end_date : "", end_date != NULL ? "\"" : "");
  fixture_add (&fixture, json);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  fixture_clear (&fixture);
  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 1);
  return events;
}

/* A day is a day wide, a month its days, a year its year, one of several
 * days its first to its last; the qualifier says how certain each edge
 * is, and the date stays as recorded. */
static void
test_spans (void)
{
  static const struct
  {
    const char *date;
    const char *end_date;
    guint32     first;
    guint32     end;
    int         first_edge;
    int         end_edge;
  } cases[] = {
    { "2023-10-25", NULL, 0, 1, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_EXACT },
    { "2023-10", NULL, 1, 31, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_EXACT },
    { "2023", NULL, 2, 365, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_EXACT },
    { "2023-10-25~", NULL, 0, 1, TS_TIMELINE_EDGE_SOFT, TS_TIMELINE_EDGE_SOFT },
    { "2023-10~", NULL, 1, 31, TS_TIMELINE_EDGE_SOFT, TS_TIMELINE_EDGE_SOFT },
    { "2023~", NULL, 2, 365, TS_TIMELINE_EDGE_SOFT, TS_TIMELINE_EDGE_SOFT },
    { "..2023-10-25", NULL, 0, 1, TS_TIMELINE_EDGE_OPEN, TS_TIMELINE_EDGE_EXACT },
    { "..2023-10", NULL, 1, 31, TS_TIMELINE_EDGE_OPEN, TS_TIMELINE_EDGE_EXACT },
    { "..2023", NULL, 2, 365, TS_TIMELINE_EDGE_OPEN, TS_TIMELINE_EDGE_EXACT },
    { "2023-10-25..", NULL, 0, 1, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_OPEN },
    { "2023-10..", NULL, 1, 31, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_OPEN },
    { "2023..", NULL, 2, 365, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_OPEN },
    /* A two-day visit is two days wide. */
    { "2023-10-25", "2023-10-26", 0, 2, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_EXACT },
    /* A visit "about" ending, known to the month. */
    { "2023-10-25", "2023-11~", 0, 37, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_SOFT },
    /* One of these days: from the first to the last, as a month is its days. */
    { "[2023-10-25,2023-10-27]", NULL, 0, 3, TS_TIMELINE_EDGE_EXACT, TS_TIMELINE_EDGE_EXACT },
  };
  /* Where each case's period begins: the day, 1 October, 1 January. */
  guint32 origins[] = { julian (2023, 10, 25), julian (2023, 10, 1), julian (2023, 1, 1) };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TsTimelineEvents) events = events_of_one_meeting (cases[i].date,
                                                                  cases[i].end_date);
      const TsTimelineEvent *event = ts_timeline_events_get_event (events, 0);
      guint32 origin = origins[cases[i].first];
      g_autofree char *as_recorded = ts_date_to_string (&event->date);

      g_test_message ("%s %s", cases[i].date, cases[i].end_date ? cases[i].end_date : "");
      g_assert_cmpfloat (event->first, ==, origin);
      g_assert_cmpfloat (event->end, ==, origin + cases[i].end);
      g_assert_cmpint (event->first_edge, ==, cases[i].first_edge);
      g_assert_cmpint (event->end_edge, ==, cases[i].end_edge);
      g_assert_cmpstr (as_recorded, ==, cases[i].date);
      g_assert_cmpint (ts_date_is_set (&event->end_date), ==, cases[i].end_date != NULL);
      g_assert_cmpint (event->kind, ==, TS_RECORD_EVENT_MEETING);
      g_assert_cmpstr (event->record_id, ==, "meeting/m");
    }
}

/* A small world: two people of different countries, a project with three
 * milestones, meetings and an agreement linked to it, and one that is
 * not. */
static void
fixture_init_world (Fixture *fixture)
{
  fixture_init (fixture);
  fixture_add (fixture, "{\"type\": \"person\", \"id\": \"person/kg\", \"title\": \"Aibek\","
                        " \"country\": \"KG\"}");
  fixture_add (fixture, "{\"type\": \"person\", \"id\": \"person/cn\", \"title\": \"Wang\","
                        " \"country\": \"CN\"}");
  fixture_add (fixture, "{\"type\": \"person\", \"id\": \"person/nobody\", \"title\": \"Zed\"}");
  fixture_add (fixture, "{\"type\": \"project\", \"id\": \"project/rail\", \"title\": \"Rail\","
                        " \"milestones\": [{\"date\": \"2022-09\", \"status\": \"pledge\"},"
                        " {\"date\": \"2024-06-06\", \"status\": \"commitment\"},"
                        " {\"date\": \"2023\"}]}");
  fixture_add (fixture, "{\"type\": \"meeting\", \"id\": \"meeting/a\", \"title\": \"Talks\","
                        " \"date\": \"2023-05-18\", \"end_date\": \"2023-05-19\","
                        " \"projects\": [\"project/rail\"],"
                        " \"participants\": [{\"person\": \"person/kg\"},"
                        " {\"person\": \"person/cn\"}]}");
  /* Aibek was on China's side here: the side counts, as in the
   * counterpart filter. */
  fixture_add (fixture, "{\"type\": \"meeting\", \"id\": \"meeting/b\", \"title\": \"Forum\","
                        " \"date\": \"2023-07\","
                        " \"participants\": [{\"person\": \"person/kg\", \"side\": \"CN\"}]}");
  fixture_add (fixture, "{\"type\": \"meeting\", \"id\": \"meeting/c\", \"title\": \"Call\","
                        " \"date\": \"2024-01-10\","
                        " \"participants\": [{\"person\": \"person/nobody\"}]}");
  fixture_add (fixture, "{\"type\": \"agreement\", \"id\": \"agreement/d\", \"title\": \"Deal\","
                        " \"date\": \"2023-05-19\", \"signatories\": [\"person/cn\"],"
                        " \"projects\": [\"project/rail\"]}");
}

/* The record ids of the events of @lane, in time order, joined by spaces. */
static char *
lane_ids (TsTimelineEvents *events,
          guint             lane)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n;
  const guint *indices = ts_timeline_events_get_lane_events (events, lane, &n);

  for (guint i = 0; i < n; i++)
    {
      const TsTimelineEvent *event = ts_timeline_events_get_event (events, indices[i]);

      g_assert_cmpuint (event->lane, ==, lane);
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", event->record_id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_lane (TsTimelineEvents *events,
             guint             lane,
             const char       *label,
             const char       *ids)
{
  g_autofree char *found = lane_ids (events, lane);

  g_assert_cmpstr (ts_timeline_events_get_lane_label (events, lane), ==, label);
  g_assert_cmpstr (found, ==, ids);
}

static void
test_events_and_order (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  const TsTimelineEvent *bar;
  int index;

  fixture_init_world (&fixture);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);

  /* The project's life and 3 milestones, 3 meetings, 1 signing: people
   * make none. */
  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 8);
  for (guint i = 1; i < ts_timeline_events_get_n_events (events); i++)
    g_assert_cmpfloat (ts_timeline_events_get_event (events, i - 1)->first, <=,
                       ts_timeline_events_get_event (events, i)->first);

  /* The project's life runs from its first milestone to its last,
   * whatever order they were recorded in. */
  index = ts_timeline_events_find (events, "project/rail");
  g_assert_cmpint (index, >=, 0);
  bar = ts_timeline_events_get_event (events, index);
  g_assert_cmpint (bar->kind, ==, TS_RECORD_EVENT_PROJECT);
  g_assert_cmpfloat (bar->first, ==, julian (2022, 9, 1));
  g_assert_cmpfloat (bar->end, ==, julian (2024, 6, 7));
  g_assert_cmpstr (bar->label, ==, "Rail");
  g_assert_cmpstr (ts_timeline_events_get_event (events, index + 1)->label, ==, "Rail: Pledge");

  g_assert_cmpint (ts_timeline_events_find (events, "person/kg"), ==, -1);
  g_assert_cmpint (ts_timeline_events_find (events, "meeting/none"), ==, -1);
  fixture_clear (&fixture);
}

/* Statements are events of their own, in a lane of their own by type
 * (apart from the meetings they were made at, whose lane is crowded
 * enough), in their speaker's lane by person; their label names the
 * speaker in full, once, in the reader's script. */
static void
test_statements (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) by_type = NULL;
  g_autoptr(TsTimelineEvents) by_person = NULL;
  const TsTimelineEvent *event;
  guint kinds[TS_N_RECORD_EVENT_KINDS] = { 0 };
  g_autofree char *cluster = NULL;
  int index;

  fixture_init_world (&fixture);
  fixture_add (&fixture, "{\"type\": \"person\", \"id\": \"person/baisalov\","
                         " \"title\": \"Edil Baisalov\", \"country\": \"KG\"}");
  fixture_add (&fixture, "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"S\"}");
  fixture_add (&fixture, "{\"type\": \"statement\", \"id\": \"statement/new-stage\","
                         " \"title\": \"Baisalov: Kyrgyzstan is entering a new stage\","
                         " \"speaker\": \"person/baisalov\", \"date\": \"2023-05-18\","
                         " \"at\": \"meeting/a\", \"kind\": \"quote\","
                         " \"words\": \"Kyrgyzstan is entering a new stage of development\","
                         " \"citations\": [{\"source\": \"source/s\", \"excerpt\": \"…\"}]}");
  /* A title that does not begin with the speaker keeps all of it. */
  fixture_add (&fixture, "{\"type\": \"statement\", \"id\": \"statement/trust\","
                         " \"title\": \"Trust is an important foundation\","
                         " \"speaker\": \"person/cn\", \"date\": \"2023-07\","
                         " \"kind\": \"reported\", \"words\": \"Trust matters\","
                         " \"citations\": [{\"source\": \"source/s\", \"excerpt\": \"…\"}]}");

  by_type = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (ts_timeline_events_get_n_events (by_type), ==, 10);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (by_type), ==, 4);
  assert_lane (by_type, 0, "Meetings", "meeting/a meeting/b meeting/c");
  assert_lane (by_type, 3, "Statements", "statement/new-stage statement/trust");

  index = ts_timeline_events_find (by_type, "statement/new-stage");
  g_assert_cmpint (index, >=, 0);
  event = ts_timeline_events_get_event (by_type, index);
  g_assert_cmpint (event->kind, ==, TS_RECORD_EVENT_STATEMENT);
  g_assert_cmpfloat (event->first, ==, julian (2023, 5, 18));
  g_assert_cmpfloat (event->end, ==, julian (2023, 5, 19));
  g_assert_cmpstr (event->label, ==, "Edil Baisalov: Kyrgyzstan is entering a new stage");
  event = ts_timeline_events_get_event (by_type, ts_timeline_events_find (by_type,
                                                                         "statement/trust"));
  g_assert_cmpstr (event->label, ==, "Wang: Trust is an important foundation");
  /* One that begins with the whole name says it once. */
  fixture_add (&fixture, "{\"type\": \"statement\", \"id\": \"statement/hopes\","
                         " \"title\": \"Wang hopes for more exchanges\","
                         " \"speaker\": \"person/cn\", \"date\": \"2023-08\","
                         " \"kind\": \"reported\", \"words\": \"More exchanges\","
                         " \"citations\": [{\"source\": \"source/s\", \"excerpt\": \"…\"}]}");
  g_clear_object (&by_type);
  by_type = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  event = ts_timeline_events_get_event (by_type, ts_timeline_events_find (by_type,
                                                                         "statement/hopes"));
  g_assert_cmpstr (event->label, ==, "Wang hopes for more exchanges");

  /* By person: in the speaker's lane, beside their meetings. */
  by_person = fixture_events (&fixture, TS_TIMELINE_LANES_PERSON);
  for (guint lane = 0; lane < ts_timeline_events_get_n_lanes (by_person); lane++)
    {
      g_autofree char *ids = lane_ids (by_person, lane);
      const char *label = ts_timeline_events_get_lane_label (by_person, lane);

      if (g_str_equal (label, "Edil Baisalov"))
        g_assert_cmpstr (ids, ==, "statement/new-stage");
      else if (g_str_equal (label, "Wang"))
        g_assert_cmpstr (ids, ==, "meeting/a agreement/d statement/trust statement/hopes");
    }

  /* Gathered, they are counted as statements. */
  kinds[TS_RECORD_EVENT_STATEMENT] = 3;
  cluster = ts_timeline_cluster_label (kinds, 3);
  g_assert_cmpstr (cluster, ==, "3 statements");
  fixture_clear (&fixture);
}

/* Pango draws only UTF-8: a title with bad bytes is drawn with
 * replacement characters rather than not at all. */
static void
test_invalid_text (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineLayout) layout = NULL;
  TsRecord *meeting = TS_RECORD (ts_meeting_new ("meeting/bad", "Bad \xff\xfe bytes"));
  TsDate date = TS_DATE_INIT;

  ts_date_set_ymd (&date, 2023, 10, 25);
  ts_meeting_set_date (TS_MEETING (meeting), &date);
  g_ptr_array_add (records, meeting);
  events = ts_timeline_events_new_from_records (records, lookup_in_table, NULL,
                                                TS_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 1);
  g_assert_true (g_utf8_validate (ts_timeline_events_get_event (events, 0)->label, -1, NULL));
  g_assert_cmpstr (ts_timeline_events_get_event (events, 0)->label, ==,
                   "Bad \xef\xbf\xbd\xef\xbf\xbd bytes");
  layout = lay_out (events, julian (2023, 10, 1), 0.1, 800, 300);
  g_assert_cmpuint (check_layout (events, layout), ==, 1);
}

static void
test_lanes (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) by_type = NULL;
  g_autoptr(TsTimelineEvents) by_country = NULL;
  g_autoptr(TsTimelineEvents) by_person = NULL;
  g_autoptr(TsTimelineEvents) by_project = NULL;

  fixture_init_world (&fixture);

  by_type = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (by_type), ==, 3);
  assert_lane (by_type, 0, "Meetings", "meeting/a meeting/b meeting/c");
  assert_lane (by_type, 1, "Agreements", "agreement/d");
  assert_lane (by_type, 2, "Projects",
               "project/rail project/rail project/rail project/rail");

  /* Each country a participant was from: a meeting with both sides is in
   * both lanes; a participant's side counts before their own country;
   * the country with the most events first. */
  by_country = fixture_events (&fixture, TS_TIMELINE_LANES_COUNTERPART);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (by_country), ==, 3);
  assert_lane (by_country, 0, "China", "meeting/a agreement/d meeting/b");
  assert_lane (by_country, 1, "Kyrgyzstan", "meeting/a");
  assert_lane (by_country, 2, "No counterpart",
               "project/rail project/rail project/rail meeting/c project/rail");

  /* Each person taking part: a meeting with two people in each one's lane. */
  by_person = fixture_events (&fixture, TS_TIMELINE_LANES_PERSON);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (by_person), ==, 4);
  assert_lane (by_person, 0, "Aibek", "meeting/a meeting/b");
  assert_lane (by_person, 1, "Wang", "meeting/a agreement/d");
  assert_lane (by_person, 2, "Zed", "meeting/c");
  assert_lane (by_person, 3, "Other",
               "project/rail project/rail project/rail project/rail");

  /* A project's milestones and what is linked to it in its lane. */
  by_project = fixture_events (&fixture, TS_TIMELINE_LANES_PROJECT);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (by_project), ==, 2);
  assert_lane (by_project, 0, "Rail",
               "project/rail project/rail project/rail meeting/a agreement/d project/rail");
  assert_lane (by_project, 1, "Other", "meeting/b meeting/c");

  fixture_clear (&fixture);
}

/* Left and right through time, up and down through lanes to the event
 * nearest in time. */
static void
test_keyboard_moves (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  int a, b, c, d, rail, index;

  fixture_init_world (&fixture);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  a = ts_timeline_events_find (events, "meeting/a");
  b = ts_timeline_events_find (events, "meeting/b");
  c = ts_timeline_events_find (events, "meeting/c");
  d = ts_timeline_events_find (events, "agreement/d");
  rail = ts_timeline_events_find (events, "project/rail");

  g_assert_cmpint (rail, ==, 0);
  g_assert_cmpint (ts_timeline_events_get_previous (events, rail), ==, -1);
  g_assert_cmpint (ts_timeline_events_get_next (events, a), ==, d);
  g_assert_cmpint (ts_timeline_events_get_previous (events, d), ==, a);
  g_assert_cmpint (ts_timeline_events_get_next (events, ts_timeline_events_get_n_events (events)
                                                - 1), ==, -1);

  /* Meetings → Agreements: the only one; back up: the meeting nearest
   * the signing in time. */
  g_assert_cmpint (ts_timeline_events_get_nearest_in_lane (events, c, 1), ==, d);
  g_assert_cmpint (ts_timeline_events_get_nearest_in_lane (events, d, -1), ==, a);
  g_assert_cmpint (ts_timeline_events_get_nearest_in_lane (events, b, -1), ==, -1);
  /* Meetings → Projects skips nothing; from the top lane up there is
   * nothing. */
  index = ts_timeline_events_get_nearest_in_lane (events, d, 1);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (ts_timeline_events_get_event (events, index)->lane, ==, 2);
  fixture_clear (&fixture);
}

/* Labels of ticks in view, of one level, in order. */
static char *
tick_labels (double              first,
             double              end,
             double              scale,
             TsTimelineTickLevel level,
             TsTimelineUnit     *unit)
{
  g_autoptr(GArray) ticks = ts_timeline_scale_get_ticks (first, end, scale, unit);
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; i < ticks->len; i++)
    {
      const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);

      if (tick->level != level || tick->day < first || tick->day >= end)
        continue;
      g_assert_nonnull (tick->label);
      g_string_append_printf (labels, "%s%s", labels->len > 0 ? "|" : "", tick->label);
    }
  return g_string_free (g_steal_pointer (&labels), FALSE);
}

static void
check_tick_labels (const char * const *expected)
{
  static const struct
  {
    double         scale;
    TsTimelineUnit unit;
    int            level;
    int            from[3];
    int            to[3];
  } levels[] = {
    { 1.0 / 100, TS_TIMELINE_UNIT_DAY, TS_TIMELINE_TICK_UNIT, { 2023, 10, 24 }, { 2023, 10, 27 } },
    { 1.0 / 12, TS_TIMELINE_UNIT_WEEK, TS_TIMELINE_TICK_UNIT, { 2023, 10, 10 }, { 2023, 10, 24 } },
    { 1.0 / 12, TS_TIMELINE_UNIT_WEEK, TS_TIMELINE_TICK_MAJOR, { 2023, 10, 10 }, { 2023, 11, 5 } },
    { 0.3, TS_TIMELINE_UNIT_MONTH, TS_TIMELINE_TICK_UNIT, { 2023, 9, 15 }, { 2023, 12, 15 } },
    { 0.3, TS_TIMELINE_UNIT_MONTH, TS_TIMELINE_TICK_MAJOR, { 2023, 9, 15 }, { 2024, 2, 15 } },
    { 1.0, TS_TIMELINE_UNIT_QUARTER, TS_TIMELINE_TICK_UNIT, { 2023, 2, 1 }, { 2023, 12, 1 } },
    { 5.0, TS_TIMELINE_UNIT_YEAR, TS_TIMELINE_TICK_UNIT, { 2021, 6, 1 }, { 2024, 6, 1 } },
    { 30.0, TS_TIMELINE_UNIT_DECADE, TS_TIMELINE_TICK_UNIT, { 1985, 1, 1 }, { 2024, 1, 1 } },
    { 30.0, TS_TIMELINE_UNIT_DECADE, TS_TIMELINE_TICK_MAJOR, { 1985, 1, 1 }, { 2024, 1, 1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      TsTimelineUnit unit;
      g_autofree char *labels = tick_labels (julian (levels[i].from[0], levels[i].from[1],
                                                     levels[i].from[2]),
                                             julian (levels[i].to[0], levels[i].to[1],
                                                     levels[i].to[2]),
                                             levels[i].scale, levels[i].level, &unit);

      g_assert_cmpint (unit, ==, levels[i].unit);
      g_assert_cmpstr (labels, ==, expected[i]);
    }
}

static void
test_ticks_english (void)
{
  static const char * const expected[] = {
    "24 Oct|25 Oct|26 Oct",
    "16 Oct|23 Oct",
    "Nov 2023",
    "Oct 2023|Nov 2023|Dec 2023",
    "Jan 2024",
    "Q2 2023|Q3 2023|Q4 2023",
    "2022|2023|2024",
    "1990|2010|2020",
    "2000",
  };

  ts_i18n_set_language ("en");
  check_tick_labels (expected);
}

static void
test_ticks_russian (void)
{
  static const char * const expected[] = {
    "24 окт.|25 окт.|26 окт.",
    "16 окт.|23 окт.",
    "нояб. 2023",
    "окт. 2023|нояб. 2023|дек. 2023",
    "янв. 2024",
    "2 кв. 2023|3 кв. 2023|4 кв. 2023",
    "2022|2023|2024",
    "1990|2010|2020",
    "2000",
  };

  ts_i18n_set_language ("ru");
  check_tick_labels (expected);
  ts_i18n_set_language ("en");
}

/* At every zoom, the unit's labels have room: each step is wider than
 * the label it carries, measured as drawn, in English and in Russian
 * (whose month names are longer). */
static void
test_ticks_have_room (void)
{
  const char *languages[] = { "en", "ru", "zh_CN" };
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autoptr(TsMapText) text = ts_map_text_new (cr, style->map->font_family);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      ts_i18n_set_language (languages[l]);
      for (double scale = TS_TIMELINE_MIN_SCALE; scale <= TS_TIMELINE_MAX_SCALE; scale *= 1.19)
        {
          double first = julian (2019, 3, 7);
          g_autoptr(GArray) ticks = ts_timeline_scale_get_ticks (first, first + 1400 * scale,
                                                                 scale, NULL);
          double last_x = -G_MAXDOUBLE;

          for (guint i = 0; i < ticks->len; i++)
            {
              const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);
              TsMapTextExtents extents;
              double x = (tick->day - first) / scale;

              if (tick->level != TS_TIMELINE_TICK_UNIT)
                continue;
              g_assert_cmpfloat (x, >, last_x);
              ts_map_text_measure (text, tick->label, style->tick_label_size,
                                   TS_MAP_TEXT_REGULAR, &extents);
              /* The decades at the widest zoom are the one exception the
               * axis resolves by leaving labels out. */
              if (last_x > -G_MAXDOUBLE && ts_timeline_scale_choose_unit (scale)
                                           != TS_TIMELINE_UNIT_DECADE)
                g_assert_cmpfloat (x - last_x, >=, extents.width + 6);
              last_x = x;
            }
        }
    }
  ts_i18n_set_language ("en");
}

static TsTimelineEvents *
shipped_events (TsTimelineLaneMode mode)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "data", "dataset",
                                            "tianshan.json", NULL);
  g_autoptr(GPtrArray) records = model_test_read_records (path);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    g_hash_table_insert (by_id, (gpointer) ts_record_get_id (records->pdata[i]),
                         records->pdata[i]);
  return ts_timeline_events_new_from_records (records, lookup_in_table, by_id, mode);
}

static TsTimelineLayout *
lay_out (TsTimelineEvents *events,
         double            start,
         double            scale,
         int               width,
         int               height)
{
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autoptr(TsMapText) text = ts_map_text_new (cr, style->map->font_family);

  return ts_timeline_layout_new (events, style, text, start, scale, width, height, 0, NULL);
}

static gboolean
boxes_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* No two labels drawn overlap, none leaves the picture, and every event
 * in view is drawn: alone or counted in a cluster. */
static guint
check_layout (TsTimelineEvents *events,
              TsTimelineLayout *layout)
{
  guint n_labels = 0;
  guint n_counted = 0;
  guint n_in_view = 0;
  /* Those near enough to an edge for their cluster's disc to show. */
  guint n_near_view = 0;
  double margin = 2 * ts_timeline_style_get_default ()->cluster_px * layout->scale;

  for (guint i = 0; i < layout->items->len; i++)
    {
      const TsTimelineItem *a = &g_array_index (layout->items, TsTimelineItem, i);

      n_counted += a->n_events;
      if (!a->has_label)
        continue;
      n_labels++;
      g_assert_cmpfloat (a->label_box.x, >=, 0);
      g_assert_cmpfloat (a->label_box.x + a->label_box.width, <=, layout->width);
      g_assert_cmpfloat (a->label_box.y, >=, layout->lanes_top);
      g_assert_cmpfloat (a->label_box.y + a->label_box.height, <=, layout->height);
      for (guint j = i + 1; j < layout->items->len; j++)
        {
          const TsTimelineItem *b = &g_array_index (layout->items, TsTimelineItem, j);

          if (b->has_label && boxes_intersect (&a->label_box, &b->label_box))
            g_error ("“%s” overlaps “%s”", a->label, b->label);
        }
    }

  for (guint lane = layout->first_lane; lane < layout->first_lane + layout->n_lanes_shown;
       lane++)
    {
      guint n;
      const guint *indices = ts_timeline_events_get_lane_events (events, lane, &n);
      double first = layout->start, end = layout->start + layout->width * layout->scale;

      for (guint i = 0; i < n; i++)
        {
          const TsTimelineEvent *event = ts_timeline_events_get_event (events, indices[i]);

          if (event->first < end && event->end > first)
            n_in_view++;
          if (event->first < end + margin && event->end > first - margin)
            n_near_view++;
        }
    }
  /* Clusters count by the bins they begin in: an event from before the
   * view reaching into it may be left to the bars, and a cluster at an
   * edge, its disc in sight, counts those just beyond it (the fifteen
   * statements of 4 and 5 February 2025). */
  g_assert_cmpuint (n_counted, <=, n_near_view + layout->n_lanes_shown * 4);
  g_assert_cmpuint (n_counted + 8, >=, n_in_view);
  return n_labels;
}

static void
test_labels_never_overlap (void)
{
  for (TsTimelineLaneMode mode = 0; mode < TS_TIMELINE_N_LANE_MODES; mode++)
    {
      g_autoptr(TsTimelineEvents) events = shipped_events (mode);
      double first, end;

      g_assert_true (ts_timeline_events_get_range (events, &first, &end));
      for (double scale = TS_TIMELINE_MIN_SCALE; scale <= 8; scale *= 1.6)
        for (double start = first - 100; start < end; start += MAX (400 * scale, 30))
          {
            g_autoptr(TsTimelineLayout) layout = lay_out (events, start, scale, 1200, 700);

            check_layout (events, layout);
          }
    }
}

/* At coarse zoom a day's many meetings gather in one cluster that says
 * how many; zoomed in, they open into marks with labels. */
static void
test_clusters_open_as_you_zoom (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineLayout) coarse = NULL;
  g_autoptr(TsTimelineLayout) fine = NULL;
  const TsTimelineItem *cluster = NULL;
  guint n_events = 0;

  fixture_init (&fixture);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"type\": \"meeting\", \"id\": \"meeting/m%u\","
                                               " \"title\": \"Meeting %u\","
                                               " \"date\": \"2023-10-%02u\"}",
                                               i, i, 2 + 2 * i);

      fixture_add (&fixture, json);
    }
  fixture_add (&fixture, "{\"type\": \"agreement\", \"id\": \"agreement/a\", \"title\": \"Deal\","
                         " \"date\": \"2023-10-12\"}");
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);

  /* Ten years in 1000 pixels: October is one bin. */
  coarse = lay_out (events, julian (2018, 1, 1), 3652.0 / 1000, 1000, 400);
  for (guint i = 0; i < coarse->items->len; i++)
    {
      const TsTimelineItem *item = &g_array_index (coarse->items, TsTimelineItem, i);

      if (item->lane == 0)
        {
          g_assert_null (cluster);
          cluster = item;
        }
    }
  g_assert_nonnull (cluster);
  g_assert_cmpint (cluster->kind, ==, TS_TIMELINE_HIT_CLUSTER);
  g_assert_cmpuint (cluster->n_events, ==, 12);
  g_assert_true (cluster->has_label);
  g_assert_cmpstr (cluster->label, ==, "12 meetings");
  check_layout (events, coarse);

  /* October in 1000 pixels: every meeting its own mark. */
  fine = lay_out (events, julian (2023, 10, 1), 31.0 / 1000, 1000, 400);
  for (guint i = 0; i < fine->items->len; i++)
    {
      const TsTimelineItem *item = &g_array_index (fine->items, TsTimelineItem, i);

      g_assert_cmpint (item->kind, ==, TS_TIMELINE_HIT_EVENT);
      n_events += item->lane == 0;
    }
  g_assert_cmpuint (n_events, ==, 12);
  g_assert_cmpuint (check_layout (events, fine), >=, 6);
  fixture_clear (&fixture);
}

/* The words of a cluster, by kind. */
static void
test_cluster_labels (void)
{
  guint meetings[TS_N_RECORD_EVENT_KINDS] = { 1, 0, 0, 0 };
  guint signings[TS_N_RECORD_EVENT_KINDS] = { 0, 3, 0, 0 };
  guint mixed[TS_N_RECORD_EVENT_KINDS] = { 2, 3, 0, 0 };
  g_autofree char *one = ts_timeline_cluster_label (meetings, 1);
  g_autofree char *three = ts_timeline_cluster_label (signings, 3);
  g_autofree char *five = ts_timeline_cluster_label (mixed, 5);

  g_assert_cmpstr (one, ==, "1 meeting");
  g_assert_cmpstr (three, ==, "3 signings");
  g_assert_cmpstr (five, ==, "5 events");
}

/* A hundred thousand meetings: a frame is counted bin by bin, so it has
 * a bounded number of items however many events are in view, and every
 * event is still counted. */
static void
test_many_events (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineLayout) layout = NULL;
  g_autoptr(TsTimelineRenderer) renderer = NULL;
  g_autoptr(GArray) visible = NULL;
  guint n_counted = 0;
  double first, end;
  gint64 started;

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%u", i);
      g_autoptr(GDate) date = g_date_new_julian (julian (2000, 1, 1) + (i * 7919) % 9000);
      TsDate ts_date = TS_DATE_INIT;
      TsRecord *record = TS_RECORD (ts_meeting_new (id, id));

      ts_date_set_ymd (&ts_date, g_date_get_year (date), g_date_get_month (date),
                       g_date_get_day (date));
      ts_meeting_set_date (TS_MEETING (record), &ts_date);
      g_ptr_array_add (records, record);
    }
  started = g_get_monotonic_time ();
  events = ts_timeline_events_new_from_records (records, lookup_in_table, by_id,
                                                TS_TIMELINE_LANES_TYPE);
  g_test_message ("built 100 000 events in %.1f ms",
                  (g_get_monotonic_time () - started) / 1000.0);
  g_assert_cmpuint (ts_timeline_events_get_n_events (events), ==, 100000);
  g_assert_true (ts_timeline_events_get_range (events, &first, &end));

  started = g_get_monotonic_time ();
  layout = lay_out (events, first, (end - first) / 1400, 1400, 900);
  g_test_message ("laid out a frame of 100 000 events in %.2f ms",
                  (g_get_monotonic_time () - started) / 1000.0);
  g_assert_cmpuint (layout->items->len, <=, 1400 / 8);
  for (guint i = 0; i < layout->items->len; i++)
    n_counted += g_array_index (layout->items, TsTimelineItem, i).n_events;
  g_assert_cmpuint (n_counted, ==, 100000);
  check_layout (events, layout);

  renderer = ts_timeline_renderer_new ();
  ts_timeline_renderer_set_events (renderer, events);
  ts_timeline_renderer_fit (renderer, 1400, 900, 20);
  visible = ts_timeline_renderer_list_visible (renderer);
  g_assert_cmpuint (visible->len, ==, 100000);

  /* What a frame costs, zooming in step by step (printed, not asserted:
   * tests/bench-timeline measures the page). */
  {
    g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                                      1400, 900);
    g_autoptr(cairo_t) cr = cairo_create (surface);
    gint64 slowest = 0;

    for (guint i = 0; i < 40; i++)
      {
        gint64 frame = g_get_monotonic_time ();

        ts_timeline_renderer_zoom_at (renderer, 700, 1.25);
        ts_timeline_renderer_draw (renderer, cr, 1400, 900);
        slowest = MAX (slowest, g_get_monotonic_time () - frame);
      }
    g_test_message ("slowest of 40 frames of 100 000 events, zooming in: %.2f ms",
                    slowest / 1000.0);
  }
}

static void
test_renderer_view (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineRenderer) renderer = ts_timeline_renderer_new ();
  g_autoptr(GArray) visible = NULL;
  cairo_rectangle_t area;
  TsTimelineHit hit;
  double start, scale, first, end, day;
  int index;

  fixture_init_world (&fixture);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  ts_timeline_renderer_set_events (renderer, events);

  /* Fit: every event inside the padding. */
  g_assert_true (ts_timeline_renderer_fit (renderer, 1000, 500, 50));
  g_assert_true (ts_timeline_events_get_range (events, &first, &end));
  g_assert_cmpfloat (fabs (ts_timeline_renderer_day_to_x (renderer, first) - 50), <, 0.01);
  g_assert_cmpfloat (fabs (ts_timeline_renderer_day_to_x (renderer, end) - 950), <, 0.01);
  visible = ts_timeline_renderer_list_visible (renderer);
  g_assert_cmpuint (visible->len, ==, ts_timeline_events_get_n_events (events));

  /* Zooming keeps the day under the pointer where it is. */
  day = ts_timeline_renderer_x_to_day (renderer, 321);
  ts_timeline_renderer_zoom_at (renderer, 321, 3.5);
  g_assert_cmpfloat (fabs (ts_timeline_renderer_x_to_day (renderer, 321) - day), <, 1e-6);
  ts_timeline_renderer_get_view (renderer, &start, &scale);
  ts_timeline_renderer_pan (renderer, 100);
  ts_timeline_renderer_get_view (renderer, &first, NULL);
  g_assert_cmpfloat (fabs (first - (start - 100 * scale)), <, 1e-6);

  /* Zoom limits hold. */
  ts_timeline_renderer_zoom_at (renderer, 0, 1e9);
  ts_timeline_renderer_get_view (renderer, NULL, &scale);
  g_assert_cmpfloat (scale, ==, TS_TIMELINE_MIN_SCALE);

  /* Centred on the signing, at a zoom where every event stands alone:
   * a click on its mark hits it. */
  ts_timeline_renderer_set_view (renderer, 0, 1.0 / 20);
  g_assert_true (ts_timeline_renderer_center_on (renderer, "agreement/d"));
  g_assert_false (ts_timeline_renderer_center_on (renderer, "person/kg"));
  index = ts_timeline_events_find (events, "agreement/d");
  g_assert_true (ts_timeline_renderer_get_event_area (renderer, index, &area));
  g_assert_cmpfloat (fabs (area.x + area.width / 2 - 500), <, 12);
  g_assert_true (ts_timeline_renderer_hit_test (renderer, area.x + area.width / 2,
                                                area.y + area.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, TS_TIMELINE_HIT_EVENT);
  g_assert_cmpstr (ts_timeline_events_get_event (events, hit.event)->record_id, ==,
                   "agreement/d");
  g_assert_cmpint (ts_timeline_renderer_get_lane_at (renderer, area.y + area.height / 2), ==, 1);
  g_assert_false (ts_timeline_renderer_hit_test (renderer, 5, 499, &hit));
  g_assert_cmpint (hit.kind, ==, TS_TIMELINE_HIT_NONE);

  fixture_clear (&fixture);
}

/* More lanes than the height holds: they scroll, and centring on an event
 * brings its lane into sight. */
static void
test_renderer_lanes_scroll (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineRenderer) renderer = ts_timeline_renderer_new ();
  g_autoptr(GArray) visible = NULL;
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  cairo_rectangle_t area;
  TsTimelineHit hit;
  int index;

  fixture_init_world (&fixture);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_PERSON);
  g_assert_cmpuint (ts_timeline_events_get_n_lanes (events), ==, 4);
  ts_timeline_renderer_set_events (renderer, events);
  ts_timeline_renderer_set_size (renderer, 1000, style->axis_height + 2 * style->min_lane_height);
  ts_timeline_renderer_set_view (renderer, 0, 1.0 / 20);
  g_assert_cmpuint (ts_timeline_renderer_get_n_lanes_shown (renderer), ==, 2);
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (renderer), ==, 0);

  /* Zed's call is in the third lane, out of sight below. */
  g_assert_true (ts_timeline_renderer_center_on (renderer, "meeting/c"));
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (renderer), ==, 1);
  index = ts_timeline_events_find (events, "meeting/c");
  g_assert_true (ts_timeline_renderer_get_event_area (renderer, index, &area));
  g_assert_true (ts_timeline_renderer_hit_test (renderer, area.x + area.width / 2,
                                                area.y + area.height / 2, &hit));
  g_assert_cmpint (hit.event, ==, index);
  g_assert_cmpint (ts_timeline_renderer_get_lane_at (renderer, area.y + area.height / 2), ==, 2);
  visible = ts_timeline_renderer_list_visible (renderer);
  g_assert_cmpuint (visible->len, ==, 1);

  /* Back up to the first lane; past the last is the last. */
  ts_timeline_renderer_show_lane (renderer, 0);
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (renderer), ==, 0);
  ts_timeline_renderer_set_first_lane (renderer, 99);
  g_assert_cmpuint (ts_timeline_renderer_get_first_lane (renderer), ==, 3);
  fixture_clear (&fixture);
}

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png_bytes (void          *closure,
                unsigned char *data,
                unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

/* @png is the picture @renderer draws at @width × @height, @scale times as
 * large, pixel for pixel, deflated as the map's PNGs are (ts-picture-output.c:
 * zlib at level 1, whose stream says so in its first two bytes; cairo's
 * writer deflates at the default level, 0x78 0x9c). */
static void
assert_png_is_drawing (GBytes             *png,
                       TsTimelineRenderer *renderer,
                       int                 width,
                       int                 height,
                       int                 scale)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (png, &length);
  PngReader reader = { data, length, 0 };
  cairo_surface_t *decoded = cairo_image_surface_create_from_png_stream (read_png_bytes, &reader);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale,
                                                       height * scale);
  cairo_t *cr = cairo_create (drawn);
  gsize offset = 8;

  while (offset + 8 <= length && memcmp (data + offset + 4, "IDAT", 4) != 0)
    offset += 12 + ((guint32) data[offset] << 24 | data[offset + 1] << 16
                    | data[offset + 2] << 8 | data[offset + 3]);
  g_assert_cmpuint (offset + 10, <=, length);
  g_assert_cmphex (data[offset + 8], ==, 0x78);
  g_assert_cmphex (data[offset + 9], ==, 0x01);

  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, width * scale);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, height * scale);
  cairo_scale (cr, scale, scale);
  ts_timeline_renderer_draw (renderer, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);
  for (int y = 0; y < height * scale; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer)
        (cairo_image_surface_get_data (decoded) + y * cairo_image_surface_get_stride (decoded));
      const guint32 *b = (const guint32 *) (gconstpointer)
        (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn));

      for (int x = 0; x < width * scale; x++)
        {
          if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
            g_error ("pixel (%d, %d) is %06x, drawn %06x", x, y, a[x] & 0xffffff,
                     b[x] & 0xffffff);
        }
    }
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (drawn);
}

/* The timeline's PNGs, in memory (for briefings, at twice the size for
 * print) and in files, are written by the map's PNG writer. */
static void
test_renderer_png (void)
{
  Fixture fixture;
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineRenderer) renderer = ts_timeline_renderer_new ();
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-timeline-png-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "timeline.png", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  fixture_init_world (&fixture);
  events = fixture_events (&fixture, TS_TIMELINE_LANES_TYPE);
  ts_timeline_renderer_set_events (renderer, events);
  g_assert_true (ts_timeline_renderer_fit (renderer, 640, 300, 20));

  png = ts_timeline_renderer_render_to_png_scaled (renderer, 640, 300, 2, &error);
  g_assert_no_error (error);
  assert_png_is_drawing (png, renderer, 640, 300, 2);
  g_clear_pointer (&png, g_bytes_unref);

  g_assert_true (ts_timeline_renderer_render_to_file (renderer, path, 640, 300, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  png = g_bytes_new_take (g_steal_pointer (&contents), length);
  assert_png_is_drawing (png, renderer, 640, 300, 1);

  g_unlink (path);
  g_rmdir (dir);
  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");

  localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/events/spans", test_spans);
  g_test_add_func ("/timeline/events/order", test_events_and_order);
  g_test_add_func ("/timeline/events/lanes", test_lanes);
  g_test_add_func ("/timeline/events/statements", test_statements);
  g_test_add_func ("/timeline/events/invalid-text", test_invalid_text);
  g_test_add_func ("/timeline/events/keyboard", test_keyboard_moves);
  g_test_add_func ("/timeline/ticks/en", test_ticks_english);
  g_test_add_func ("/timeline/ticks/ru", test_ticks_russian);
  g_test_add_func ("/timeline/ticks/room", test_ticks_have_room);
  g_test_add_func ("/timeline/layout/labels-never-overlap", test_labels_never_overlap);
  g_test_add_func ("/timeline/layout/clusters", test_clusters_open_as_you_zoom);
  g_test_add_func ("/timeline/layout/cluster-labels", test_cluster_labels);
  g_test_add_func ("/timeline/layout/many-events", test_many_events);
  g_test_add_func ("/timeline/renderer/view", test_renderer_view);
  g_test_add_func ("/timeline/renderer/lanes-scroll", test_renderer_lanes_scroll);
  g_test_add_func ("/timeline/renderer/png", test_renderer_png);

  return g_test_run ();
}
