/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "ts-agreement.h"
#include "ts-error.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"
#include "ts-vocabulary.h"

/* One record of each type with every key FORMAT.md lists, in its order,
 * as Tianshan writes them. */
static const char * const full_records[] = {
  "{\"type\":\"meeting\",\"id\":\"meeting/2023-10-25-li-qiang-akylbek-japarov\","
  "\"title\":\"Li Qiang meets Akylbek Japarov\",\"summary\":\"Talks in Bishkek.\","
  "\"notes\":\"Date from the MFA readout.\",\"tags\":[\"sco\",\"railway\"],"
  "\"sources\":[\"source/mfa-2023-10-25\"],\"confidence\":\"medium\","
  "\"created\":\"2026-11-23T07:00:00Z\",\"modified\":\"2026-11-24T08:30:00Z\","
  "\"date\":\"2023-10-25\",\"end_date\":\"2023-10-26\",\"place\":\"place/bishkek\","
  "\"part_of\":\"meeting/2023-10-sco-summit\","
  "\"participants\":[{\"person\":\"person/li-qiang\",\"role\":\"Premier\",\"side\":\"CN\"},"
  "{\"person\":\"person/akylbek-japarov\",\"role\":\"Chairman of the Cabinet\",\"side\":\"KG\"}],"
  "\"organizations\":[\"organization/sco\"],\"level\":\"head_of_government\","
  "\"format\":\"official_visit\",\"topics\":[\"trade\",\"railway\"],"
  "\"outcomes\":[\"agreement/2023-10-25-trade-plan\"],"
  "\"projects\":[\"project/cku-railway\"]}",

  "{\"type\":\"agreement\",\"id\":\"agreement/2023-10-25-shandong-chuy\","
  "\"title\":\"Shandong and Chuy become friendly provinces\",\"sources\":[\"source/a\"],"
  "\"date\":\"2023-10~\",\"kind\":\"friendship_relations\","
  "\"parties\":[{\"party\":\"place/shandong\",\"role\":\"province\"},"
  "{\"party\":\"organization/chuy-administration\"}],"
  "\"signatories\":[\"person/edil-baisalov\"],\"signed_at\":\"meeting/2023-10-25-x\","
  "\"status\":\"in_force\",\"projects\":[\"project/cku-railway\"]}",

  "{\"type\":\"project\",\"id\":\"project/cku-railway\","
  "\"title\":\"China–Kyrgyzstan–Uzbekistan railway\",\"tags\":[\"belt-and-road\"],"
  "\"sector\":\"transport\",\"status\":\"implementation\","
  "\"milestones\":[{\"date\":\"1997\",\"status\":\"pledge\",\"note\":\"First proposed\"},"
  "{\"date\":\"2024-06-06\",\"status\":\"commitment\",\"source\":\"source/xinhua\"},"
  "{\"date\":\"2024-12-27..\",\"status\":\"implementation\"}],"
  "\"places\":[\"place/kashgar\",\"place/osh\"],"
  "\"route\":[{\"lat\":39.47,\"lon\":75.99,\"label\":\"Kashgar\"},{\"lat\":40.53,\"lon\":72.8}],"
  "\"partners\":[\"organization/crbc\",\"place/kyrgyzstan\"],\"value_usd\":4700000000}",

  "{\"type\":\"person\",\"id\":\"person/edil-baisalov\",\"title\":\"Edil Baisalov\","
  "\"names\":{\"en\":\"Edil Baisalov\",\"ru\":\"Эдиль Байсалов\",\"ky\":\"Эдил Байсалов\","
  "\"zh\":\"埃迪尔·拜萨洛夫\",\"de\":\"Edil Baissalow\"},"
  "\"aliases\":[\"Baysalov\"],\"country\":\"KG\","
  "\"positions\":[{\"title\":\"Deputy Chairman of the Cabinet\","
  "\"organization\":\"organization/cabinet\",\"from\":\"2021-10\",\"to\":\"2024\"},"
  "{\"title\":\"Ambassador to the United Kingdom\"}]}",

  "{\"type\":\"organization\",\"id\":\"organization/sco\","
  "\"title\":\"Shanghai Cooperation Organisation\","
  "\"names\":{\"en\":\"Shanghai Cooperation Organisation\",\"zh\":\"上海合作组织\"},"
  "\"aliases\":[\"SCO\",\"ШОС\"],\"kind\":\"international\","
  "\"parent\":\"organization/united-nations-observers\"}",

  "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\","
  "\"names\":{\"en\":\"Kant\",\"ru\":\"Кант\"},\"aliases\":[\"Kant city\"],"
  "\"kind\":\"city\",\"country\":\"KG\",\"parent\":\"place/chuy-region\","
  "\"lat\":42.891,\"lon\":74.851}",

  "{\"type\":\"source\",\"id\":\"source/akipress-2023-10-25\","
  "\"title\":\"Kyrgyzstan and Shandong become friendly regions\",\"publisher\":\"AKIpress\","
  "\"date\":\"2023-10-25\",\"url\":\"https://akipress.com/news:123\",\"language\":\"ru\","
  "\"reliability\":\"B\",\"excerpt\":\"…signed a memorandum…\"}",

  "{\"type\":\"figure\",\"id\":\"figure/china-kyrgyzstan-trade-2024\","
  "\"title\":\"China–Kyrgyzstan trade, 2024\",\"sources\":[\"source/customs-2025\"],"
  "\"indicator\":\"China–Kyrgyzstan trade\",\"period\":\"2024\",\"value\":22.7,"
  "\"unit\":\"billion USD\",\"change\":14.6}",
};

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static TsRecord *
record_from_string (const char *json)
{
  g_autoptr(JsonObject) object = parse_object (json);
  g_autoptr(GError) error = NULL;
  TsRecord *record = ts_record_new_from_json (object, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static char *
record_to_string (TsRecord *record)
{
  g_autoptr(JsonNode) node = ts_record_to_json (record);

  return json_to_string (node, FALSE);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *notified = user_data;

  g_ptr_array_add (notified, g_strdup (pspec->name));
}

static guint
count_notified (GPtrArray  *notified,
                const char *name)
{
  guint count = 0;

  for (guint i = 0; i < notified->len; i++)
    count += g_str_equal (g_ptr_array_index (notified, i), name);

  return count;
}

/* Setters notify once per real change, and properties reach the fields. */
static void
test_record_properties_notify (void)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/2023-x", "Talks");
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TsParticipant) participant = ts_participant_new ("person/li-qiang", "Premier", "CN");
  g_autoptr(TsDate) date_value = NULL;
  g_autofree char *title = NULL;
  const char * const tags[] = { "sco", "", "railway", NULL };
  TsDate date = TS_DATE_INIT;

  g_signal_connect (meeting, "notify", G_CALLBACK (on_notify), notified);

  ts_record_set_title (TS_RECORD (meeting), "Talks in Bishkek");
  ts_record_set_title (TS_RECORD (meeting), "Talks in Bishkek");
  g_assert_cmpuint (count_notified (notified, "title"), ==, 1);

  g_object_set (meeting, "summary", "Premier Li Qiang visited.", NULL);
  g_assert_cmpstr (ts_record_get_summary (TS_RECORD (meeting)), ==, "Premier Li Qiang visited.");
  g_assert_cmpuint (count_notified (notified, "summary"), ==, 1);

  /* Empty strings are absent values. */
  ts_record_set_notes (TS_RECORD (meeting), "");
  g_assert_null (ts_record_get_notes (TS_RECORD (meeting)));
  g_assert_cmpuint (count_notified (notified, "notes"), ==, 0);

  ts_record_set_tags (TS_RECORD (meeting), tags);
  g_assert_cmpuint (g_strv_length ((char **) ts_record_get_tags (TS_RECORD (meeting))), ==, 2);
  ts_record_set_tags (TS_RECORD (meeting), tags);
  g_assert_cmpuint (count_notified (notified, "tags"), ==, 1);

  ts_record_set_confidence (TS_RECORD (meeting), TS_CONFIDENCE_LOW);
  g_assert_cmpuint (count_notified (notified, "confidence"), ==, 1);

  g_assert_true (ts_date_set_ymd (&date, 2023, 10, 25));
  ts_meeting_set_date (meeting, &date);
  ts_meeting_set_date (meeting, &date);
  g_assert_cmpuint (count_notified (notified, "date"), ==, 1);
  g_object_get (meeting, "date", &date_value, "title", &title, NULL);
  g_assert_cmpint (ts_date_compare (date_value, &date), ==, 0);
  g_assert_cmpstr (title, ==, "Talks in Bishkek");
  g_assert_cmpint (ts_date_compare (ts_record_get_date (TS_RECORD (meeting)), &date), ==, 0);

  ts_meeting_add_participant (meeting, participant);
  g_assert_cmpuint (count_notified (notified, "participants"), ==, 1);
  g_assert_cmpuint (ts_meeting_get_participants (meeting)->len, ==, 1);
  g_assert_true (g_ptr_array_index (ts_meeting_get_participants (meeting), 0) != participant);

  ts_meeting_set_level (meeting, TS_MEETING_LEVEL_HEAD_OF_GOVERNMENT);
  ts_meeting_set_level (meeting, TS_MEETING_LEVEL_HEAD_OF_GOVERNMENT);
  g_assert_cmpuint (count_notified (notified, "level"), ==, 1);

  g_object_set (meeting, "place-id", "place/bishkek", NULL);
  g_assert_cmpstr (ts_meeting_get_place_id (meeting), ==, "place/bishkek");
  g_assert_cmpuint (count_notified (notified, "place-id"), ==, 1);
}

/* Every type's fields exist as properties, so views can bind them. */
static void
test_record_properties_exist (void)
{
  struct
  {
    GType       type;
    const char *names[12];
  } cases[] = {
    { TS_TYPE_MEETING, { "date", "end-date", "place-id", "part-of-id", "participants",
                         "organization-ids", "level", "format", "topics", "outcome-ids",
                         "project-ids", NULL } },
    { TS_TYPE_AGREEMENT, { "date", "kind", "parties", "signatory-ids", "signed-at-id",
                           "status", "project-ids", NULL } },
    { TS_TYPE_PROJECT, { "sector", "status", "milestones", "place-ids", "route",
                         "partner-ids", "value-usd", NULL } },
    { TS_TYPE_PERSON, { "names", "aliases", "country", "positions", NULL } },
    { TS_TYPE_ORGANIZATION, { "names", "aliases", "kind", "country", "parent-id", NULL } },
    { TS_TYPE_PLACE, { "names", "aliases", "kind", "country", "parent-id", "lat", "lon",
                       NULL } },
    { TS_TYPE_SOURCE, { "publisher", "date", "url", "language", "reliability", "excerpt",
                        NULL } },
    { TS_TYPE_FIGURE, { "indicator", "period", "value", "unit", "change", NULL } },
  };
  const char *common[] = {
    "id", "record-type", "title", "summary", "notes", "tags", "source-ids", "confidence",
    "created", "modified",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (cases[i].type);

      for (guint j = 0; cases[i].names[j] != NULL; j++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                            cases[i].names[j]);

          g_test_message ("%s:%s", g_type_name (cases[i].type), cases[i].names[j]);
          g_assert_nonnull (pspec);
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
        }
      for (guint j = 0; j < G_N_ELEMENTS (common); j++)
        g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass), common[j]));
    }
}

/* Reading then writing gives back the same JSON, for every type, so that
 * export → import → export is byte-identical. */
static void
test_record_json_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (full_records); i++)
    {
      g_autoptr(JsonObject) object = parse_object (full_records[i]);
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
      g_autofree char *expected = json_to_string (node, FALSE);
      g_autoptr(TsRecord) record = record_from_string (full_records[i]);
      g_autofree char *written = record_to_string (record);
      g_autoptr(TsRecord) again = record_from_string (written);
      g_autofree char *rewritten = record_to_string (again);

      g_test_message ("%s", ts_record_get_id (record));
      g_assert_cmpstr (written, ==, expected);
      g_assert_cmpstr (rewritten, ==, written);
      g_assert_true (ts_record_equal (record, again));
    }
}

/* What was read is what the getters give. */
static void
test_record_json_fields (void)
{
  g_autoptr(TsRecord) meeting = record_from_string (full_records[0]);
  g_autoptr(TsRecord) project = record_from_string (full_records[2]);
  g_autoptr(TsRecord) person = record_from_string (full_records[3]);
  g_autoptr(TsRecord) place = record_from_string (full_records[5]);
  g_autoptr(TsRecord) figure = record_from_string (full_records[7]);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 23, 7, 0, 0);
  TsParticipant *participant;
  TsMilestone *milestone;
  TsRoutePoint *point;
  TsPosition *position;
  g_autofree char *latest = NULL;

  g_assert_true (TS_IS_MEETING (meeting));
  g_assert_cmpint (ts_record_get_record_type (meeting), ==, TS_RECORD_TYPE_MEETING);
  g_assert_cmpstr (ts_record_get_title (meeting), ==, "Li Qiang meets Akylbek Japarov");
  g_assert_cmpint (ts_record_get_confidence (meeting), ==, TS_CONFIDENCE_MEDIUM);
  g_assert_true (g_date_time_equal (ts_record_get_created (meeting), created));
  g_assert_cmpstr (ts_record_get_source_ids (meeting)[0], ==, "source/mfa-2023-10-25");
  g_assert_cmpint (ts_meeting_get_level (TS_MEETING (meeting)), ==,
                   TS_MEETING_LEVEL_HEAD_OF_GOVERNMENT);
  g_assert_cmpint (ts_meeting_get_format (TS_MEETING (meeting)), ==,
                   TS_MEETING_FORMAT_OFFICIAL_VISIT);
  g_assert_cmpuint (ts_meeting_get_participants (TS_MEETING (meeting))->len, ==, 2);
  participant = g_ptr_array_index (ts_meeting_get_participants (TS_MEETING (meeting)), 1);
  g_assert_cmpstr (participant->person_id, ==, "person/akylbek-japarov");
  g_assert_cmpstr (participant->role, ==, "Chairman of the Cabinet");
  g_assert_cmpstr (participant->side, ==, "KG");
  g_assert_cmpint (ts_meeting_get_end_date (TS_MEETING (meeting))->day, ==, 26);

  milestone = g_ptr_array_index (ts_project_get_milestones (TS_PROJECT (project)), 0);
  g_assert_cmpint (milestone->status, ==, TS_PROJECT_STATUS_PLEDGE);
  g_assert_cmpint (milestone->date.precision, ==, TS_DATE_PRECISION_YEAR);
  point = g_ptr_array_index (ts_project_get_route (TS_PROJECT (project)), 1);
  g_assert_cmpfloat_with_epsilon (point->lon, 72.8, 1e-9);
  g_assert_null (point->label);
  g_assert_cmpfloat (ts_project_get_value_usd (TS_PROJECT (project)), ==, 4.7e9);
  /* A project sorts by its latest milestone. */
  latest = ts_date_to_string (ts_record_get_date (project));
  g_assert_cmpstr (latest, ==, "2024-12-27..");

  g_assert_cmpstr (ts_person_get_name (TS_PERSON (person), "ru"), ==, "Эдиль Байсалов");
  g_assert_cmpstr (ts_person_get_name (TS_PERSON (person), "zh"), ==, "埃迪尔·拜萨洛夫");
  g_assert_null (ts_person_get_name (TS_PERSON (person), "fr"));
  position = g_ptr_array_index (ts_person_get_positions (TS_PERSON (person)), 0);
  g_assert_cmpstr (position->organization_id, ==, "organization/cabinet");
  g_assert_cmpint (position->from.month, ==, 10);
  g_assert_false (ts_date_is_set (ts_record_get_date (person)));

  g_assert_cmpfloat_with_epsilon (ts_place_get_lat (TS_PLACE (place)), 42.891, 1e-9);
  g_assert_cmpint (ts_place_get_kind (TS_PLACE (place)), ==, TS_PLACE_KIND_CITY);
  g_assert_cmpstr (ts_place_get_parent_id (TS_PLACE (place)), ==, "place/chuy-region");

  g_assert_cmpfloat_with_epsilon (ts_figure_get_change (TS_FIGURE (figure)), 14.6, 1e-9);
  g_assert_cmpint (ts_record_get_date (figure)->year, ==, 2024);
}

/* Optional keys may be null or absent; nothing absent is written. */
static void
test_record_json_optional (void)
{
  g_autoptr(TsRecord) record =
    record_from_string ("{\"type\":\"source\",\"id\":\"source/x\",\"title\":\"X\","
                        "\"summary\":null,\"tags\":[],\"publisher\":\"\",\"date\":null,"
                        "\"confidence\":\"high\",\"reliability\":null}");
  g_autofree char *written = record_to_string (record);
  g_autoptr(TsFigure) figure = ts_figure_new ("figure/f", "F");

  g_assert_cmpstr (written, ==, "{\"type\":\"source\",\"id\":\"source/x\",\"title\":\"X\"}");
  g_assert_cmpint (ts_source_get_reliability (TS_SOURCE (record)), ==, TS_RELIABILITY_UNSET);
  g_assert_false (ts_date_is_set (ts_source_get_date (TS_SOURCE (record))));

  /* Unknown numbers are NAN, and not written. */
  g_assert_true (isnan (ts_figure_get_change (figure)));
  ts_figure_set_value (figure, 0.0);
  ts_figure_set_indicator (figure, "Trade");
  {
    g_autofree char *figure_json = record_to_string (TS_RECORD (figure));

    g_assert_cmpstr (figure_json, ==,
                     "{\"type\":\"figure\",\"id\":\"figure/f\",\"title\":\"F\","
                     "\"indicator\":\"Trade\",\"value\":0}");
  }
}

typedef struct
{
  const char *json;
  int         code;
  const char *id;
  const char *field;
  const char *detail;
} BadCase;

/* Each wrong input is refused with an error naming the record and field. */
static void
test_record_json_errors (void)
{
  const BadCase cases[] = {
    /* unknown keys, at the top and inside list items */
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lattitude\":42.8,"
      "\"lat\":42.8,\"lon\":74.8}",
      TS_RECORD_ERROR_UNKNOWN_FIELD, "place/kant", "lattitude", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"participants\":[{\"person\":\"person/p\",\"rol\":\"Premier\"}]}",
      TS_RECORD_ERROR_UNKNOWN_FIELD, "meeting/m", "participants[0].rol", NULL },
    { "{\"type\":\"person\",\"id\":\"person/p\",\"title\":\"P\",\"date\":\"2023\"}",
      TS_RECORD_ERROR_UNKNOWN_FIELD, "person/p", "date", NULL },
    /* missing required keys */
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"lat\":42.8,\"lon\":74.8}",
      TS_RECORD_ERROR_MISSING_FIELD, "place/kant", "title", NULL },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lon\":74.8}",
      TS_RECORD_ERROR_MISSING_FIELD, "place/kant", "lat", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\"}",
      TS_RECORD_ERROR_MISSING_FIELD, "meeting/m", "date", NULL },
    { "{\"type\":\"figure\",\"id\":\"figure/f\",\"title\":\"F\",\"indicator\":\"Trade\","
      "\"period\":\"2023\"}",
      TS_RECORD_ERROR_MISSING_FIELD, "figure/f", "value", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"participants\":[{\"role\":\"Premier\"}]}",
      TS_RECORD_ERROR_MISSING_FIELD, "meeting/m", "participants[0].person", NULL },
    { "{\"id\":\"place/kant\",\"title\":\"Kant\"}",
      TS_RECORD_ERROR_MISSING_FIELD, "place/kant", "type", NULL },
    /* wrong JSON types */
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"tags\":\"city\","
      "\"lat\":42.8,\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "tags", "a list of strings" },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":\"42.8\","
      "\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "lat", "a number" },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":[\"Kant\"],\"lat\":42.8,"
      "\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "title", "a string" },
    { "{\"type\":\"person\",\"id\":\"person/p\",\"title\":\"P\",\"names\":[\"P\"]}",
      TS_RECORD_ERROR_INVALID_DATA, "person/p", "names", NULL },
    { "{\"type\":\"person\",\"id\":\"person/p\",\"title\":\"P\",\"names\":{\"ru\":1}}",
      TS_RECORD_ERROR_INVALID_DATA, "person/p", "names.ru", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"outcomes\":[\"agreement/a\",3]}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "outcomes[1]", NULL },
    /* invalid dates */
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023-02-30\"}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "date", "2023-02-30" },
    { "{\"type\":\"person\",\"id\":\"person/p\",\"title\":\"P\","
      "\"positions\":[{\"title\":\"Minister\",\"from\":\"2023-13\"}]}",
      TS_RECORD_ERROR_INVALID_DATA, "person/p", "positions[0].from", "2023-13" },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023-05-02\","
      "\"end_date\":\"2023-05-01\"}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "end_date", NULL },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"K\",\"lat\":42.8,\"lon\":74.8,"
      "\"created\":\"yesterday\"}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "created", NULL },
    /* coordinates out of range */
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":95.2,"
      "\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "lat", "95.2 is not a latitude (−90 to 90)" },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":-180.5}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "lon", "-180.5" },
    { "{\"type\":\"project\",\"id\":\"project/p\",\"title\":\"P\","
      "\"route\":[{\"lat\":40,\"lon\":75},{\"lat\":-91,\"lon\":75}]}",
      TS_RECORD_ERROR_INVALID_DATA, "project/p", "route[1].lat", NULL },
    /* ids */
    { "{\"type\":\"place\",\"id\":\"place/Kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "place/Kant", "id", NULL },
    { "{\"type\":\"place\",\"id\":\"meeting/kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":74.8}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/kant", "id", NULL },
    { "{\"type\":\"town\",\"id\":\"town/kant\",\"title\":\"Kant\"}",
      TS_RECORD_ERROR_INVALID_DATA, "town/kant", "type", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"place\":\"person/kant\"}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "place", "place/…" },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"participants\":[{\"person\":\"place/kant\"}]}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "participants[0].person", "person/…" },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":74.8,\"sources\":[\"akipress\"]}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "sources[0]", "source/…" },
    /* URLs, vocabularies, countries */
    { "{\"type\":\"source\",\"id\":\"source/s\",\"title\":\"S\","
      "\"url\":\"ftp://example.org/a\"}",
      TS_RECORD_ERROR_INVALID_DATA, "source/s", "url", "http" },
    { "{\"type\":\"source\",\"id\":\"source/s\",\"title\":\"S\",\"url\":\"javascript:x\"}",
      TS_RECORD_ERROR_INVALID_DATA, "source/s", "url", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"level\":\"head-of-state\"}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "level", "head_of_state" },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"level\":\"unset\"}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "level", NULL },
    { "{\"type\":\"source\",\"id\":\"source/s\",\"title\":\"S\",\"reliability\":\"G\"}",
      TS_RECORD_ERROR_INVALID_DATA, "source/s", "reliability", NULL },
    { "{\"type\":\"person\",\"id\":\"person/p\",\"title\":\"P\",\"country\":\"kg\"}",
      TS_RECORD_ERROR_INVALID_DATA, "person/p", "country", NULL },
    { "{\"type\":\"meeting\",\"id\":\"meeting/m\",\"title\":\"M\",\"date\":\"2023\","
      "\"participants\":[{\"person\":\"person/p\",\"side\":\"China\"}]}",
      TS_RECORD_ERROR_INVALID_DATA, "meeting/m", "participants[0].side", NULL },
    { "{\"type\":\"source\",\"id\":\"source/s\",\"title\":\"S\",\"language\":\"english\"}",
      TS_RECORD_ERROR_INVALID_DATA, "source/s", "language", "ISO 639-1" },
    { "{\"type\":\"source\",\"id\":\"source/s\",\"title\":\"S\",\"language\":\"EN\"}",
      TS_RECORD_ERROR_INVALID_DATA, "source/s", "language", NULL },
    /* what would not read back from the store: a year below 1000 was
     * written as "78-11-23T…", numbers beyond ±10^15 as "1e+17.0" */
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":74.8,\"created\":\"0078-11-23T07:00:00Z\"}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "created", "1000" },
    { "{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\",\"lat\":42.8,"
      "\"lon\":74.8,\"modified\":\"0999-12-31T23:59:59Z\"}",
      TS_RECORD_ERROR_INVALID_DATA, "place/kant", "modified", "999" },
    { "{\"type\":\"project\",\"id\":\"project/p\",\"title\":\"P\",\"value_usd\":1e17}",
      TS_RECORD_ERROR_INVALID_DATA, "project/p", "value_usd", "1e+17" },
    { "{\"type\":\"project\",\"id\":\"project/p\",\"title\":\"P\",\"value_usd\":1e309}",
      TS_RECORD_ERROR_INVALID_DATA, "project/p", "value_usd", "finite" },
    { "{\"type\":\"project\",\"id\":\"project/p\",\"title\":\"P\",\"value_usd\":-5}",
      TS_RECORD_ERROR_INVALID_DATA, "project/p", "value_usd", "from 0 to 1000000000000000" },
    { "{\"type\":\"figure\",\"id\":\"figure/f\",\"title\":\"F\",\"indicator\":\"Trade\","
      "\"period\":\"2023\",\"value\":-1.5e18}",
      TS_RECORD_ERROR_INVALID_DATA, "figure/f", "value", "out of range" },
    { "{\"type\":\"figure\",\"id\":\"figure/f\",\"title\":\"F\",\"indicator\":\"Trade\","
      "\"period\":\"2023\",\"value\":1,\"change\":-1e309}",
      TS_RECORD_ERROR_INVALID_DATA, "figure/f", "change", "finite" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonObject) object = parse_object (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(TsRecord) record = NULL;
      g_autofree char *prefix = NULL;

      g_test_message ("case %u: %s", i, cases[i].json);
      record = ts_record_new_from_json (object, &error);
      g_assert_null (record);
      g_assert_error (error, TS_RECORD_ERROR, cases[i].code);
      g_test_message ("→ %s", error->message);

      prefix = g_strdup_printf ("Record “%s”, field “%s”: ", cases[i].id, cases[i].field);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      if (cases[i].detail != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].detail));
    }
}

static void
test_record_latitude_message (void)
{
  g_autoptr(JsonObject) object =
    parse_object ("{\"type\":\"place\",\"id\":\"place/kant\",\"title\":\"Kant\","
                  "\"lat\":95.2,\"lon\":74.8}");
  g_autoptr(GError) error = NULL;
  g_autoptr(TsRecord) record = ts_record_new_from_json (object, &error);

  g_assert_null (record);
  g_assert_cmpstr (error->message, ==,
                   "Record “place/kant”, field “lat”: 95.2 is not a latitude (−90 to 90)");
}

/* What the editor or any other code sets goes through the same rules as
 * what is read: values that could not be written and read back are
 * refused, naming the record and the field; the limits themselves pass. */
static void
test_record_validate_round_trip_limits (void)
{
  g_autoptr(TsProject) project = ts_project_new ("project/p", "P");
  g_autoptr(TsFigure) figure = ts_figure_new ("figure/f", "F");
  g_autoptr(TsSource) source = ts_source_new ("source/s", "S");
  g_autoptr(TsPerson) person = ts_person_new ("person/p", "P");
  g_autoptr(GError) error = NULL;
  TsDate period;

  ts_date_set_ymd (&period, 2024, 0, 0);
  ts_figure_set_indicator (figure, "Trade");
  ts_figure_set_period (figure, &period);
  ts_figure_set_value (figure, 1);

  /* The limits are kept. */
  ts_project_set_value_usd (project, 1e15);
  ts_figure_set_value (figure, -1e18);
  ts_figure_set_change (figure, 1e18);
  g_assert_true (ts_record_validate (TS_RECORD (project), &error));
  g_assert_true (ts_record_validate (TS_RECORD (figure), &error));
  g_assert_no_error (error);

  /* The editor's old range for figures: ±G_MAXDOUBLE. */
  ts_figure_set_value (figure, G_MAXDOUBLE);
  g_assert_false (ts_record_validate (TS_RECORD (figure), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "Record “figure/f”, field “value”: "));
  g_clear_error (&error);
  ts_figure_set_value (figure, 1);

  ts_figure_set_change (figure, INFINITY);
  g_assert_false (ts_record_validate (TS_RECORD (figure), &error));
  g_assert_true (g_str_has_prefix (error->message, "Record “figure/f”, field “change”: "));
  g_clear_error (&error);

  ts_project_set_value_usd (project, 1.000001e15);
  g_assert_false (ts_record_validate (TS_RECORD (project), &error));
  g_assert_true (g_str_has_prefix (error->message, "Record “project/p”, field “value_usd”: "));
  g_clear_error (&error);

  /* Years: four digits, from 1000. */
  {
    g_autoptr(GDateTime) early = g_date_time_new_utc (78, 11, 23, 7, 0, 0);
    g_autoptr(GDateTime) first = g_date_time_new_utc (1000, 1, 1, 0, 0, 0);
    g_autoptr(JsonNode) node = NULL;

    ts_record_set_created (TS_RECORD (source), early);
    g_assert_false (ts_record_validate (TS_RECORD (source), &error));
    g_assert_true (g_str_has_prefix (error->message, "Record “source/s”, field “created”: "));
    g_clear_error (&error);

    ts_record_set_created (TS_RECORD (source), first);
    ts_record_set_modified (TS_RECORD (source), early);
    g_assert_false (ts_record_validate (TS_RECORD (source), &error));
    g_assert_true (g_str_has_prefix (error->message, "Record “source/s”, field “modified”: "));
    g_clear_error (&error);

    ts_record_set_modified (TS_RECORD (source), NULL);
    g_assert_true (ts_record_validate (TS_RECORD (source), &error));
    g_assert_no_error (error);
    node = ts_record_to_json (TS_RECORD (source));
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "created"),
                     ==, "1000-01-01T00:00:00Z");
  }

  /* Languages: ISO 639-1, or 639-3 for a language without a 639-1 code. */
  ts_source_set_language (source, "dng");
  g_assert_true (ts_record_validate (TS_RECORD (source), &error));
  ts_source_set_language (source, "english");
  g_assert_false (ts_record_validate (TS_RECORD (source), &error));
  g_assert_true (g_str_has_prefix (error->message, "Record “source/s”, field “language”: "));
  g_clear_error (&error);
  ts_source_set_language (source, "ru");

  /* Text that is not UTF-8, in any string: a field, a list item, a name
   * and the language code of a name. */
  ts_source_set_excerpt (source, "A\202B");
  g_assert_false (ts_record_validate (TS_RECORD (source), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "Record “source/s”, field “excerpt”: "));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  {
    const char * const tags[] = { "fine", "bad\xff", NULL };

    ts_record_set_tags (TS_RECORD (person), tags);
    g_assert_false (ts_record_validate (TS_RECORD (person), &error));
    g_assert_true (g_str_has_prefix (error->message, "Record “person/p”, field “tags[1]”: "));
    g_clear_error (&error);
    ts_record_set_tags (TS_RECORD (person), NULL);
  }

  ts_person_set_name (person, "ru", "\xd0");
  g_assert_false (ts_record_validate (TS_RECORD (person), &error));
  g_assert_true (g_str_has_prefix (error->message, "Record “person/p”, field “names.ru”: "));
  g_clear_error (&error);
  ts_person_set_name (person, "ru", NULL);

  ts_person_set_name (person, "r\xfe", "Name");
  g_assert_false (ts_record_validate (TS_RECORD (person), &error));
  g_assert_true (g_str_has_prefix (error->message, "Record “person/p”, field “names.r"));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
}

/* A copy is equal, deep and independent: editing it leaves the original. */
static void
test_record_copy (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (full_records); i++)
    {
      g_autoptr(TsRecord) record = record_from_string (full_records[i]);
      g_autoptr(TsRecord) copy = ts_record_copy (record);
      g_autofree char *before = record_to_string (record);
      g_autofree char *copied = record_to_string (copy);
      g_autofree char *after = NULL;

      g_assert_true (copy != record);
      g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (record));
      g_assert_cmpstr (copied, ==, before);
      g_assert_true (ts_record_equal (record, copy));

      ts_record_set_title (copy, "Changed");
      if (TS_IS_MEETING (copy))
        {
          TsParticipant *participant =
            g_ptr_array_index (ts_meeting_get_participants (TS_MEETING (copy)), 0);
          g_autoptr(TsParticipant) other = ts_participant_new ("person/x", NULL, "KG");

          g_assert_true (participant != g_ptr_array_index (
                           ts_meeting_get_participants (TS_MEETING (record)), 0));
          ts_meeting_add_participant (TS_MEETING (copy), other);
        }
      if (TS_IS_PERSON (copy))
        ts_person_set_name (TS_PERSON (copy), "ru", "Другое имя");

      after = record_to_string (record);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (ts_record_equal (record, copy));
    }
}

/* Times are kept in UTC to the second, as JSON holds them, so that a record
 * read back equals the one written. */
static void
test_record_times (void)
{
  g_autoptr(TsPlace) place = ts_place_new ("place/kant", "Kant");
  g_autoptr(GTimeZone) bishkek = g_time_zone_new_offset (6 * 3600);
  g_autoptr(GDateTime) local = g_date_time_new (bishkek, 2026, 11, 23, 13, 0, 5.25);
  g_autoptr(TsRecord) again = NULL;
  g_autofree char *json = NULL;

  ts_place_set_lat (place, 42.89);
  ts_place_set_lon (place, 74.85);
  ts_record_set_created (TS_RECORD (place), local);
  g_assert_cmpint (g_date_time_get_utc_offset (ts_record_get_created (TS_RECORD (place))), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (ts_record_get_created (TS_RECORD (place))), ==,
                   0);

  json = record_to_string (TS_RECORD (place));
  g_assert_nonnull (strstr (json, "\"created\":\"2026-11-23T07:00:05Z\""));
  again = record_from_string (json);
  g_assert_true (ts_record_equal (TS_RECORD (place), again));
}

static void
test_record_validate (void)
{
  g_autoptr(TsPlace) place = ts_place_new ("place/kant", "Kant");
  g_autoptr(TsSource) source = ts_source_new ("source/s", NULL);
  g_autoptr(GError) error = NULL;

  /* Coordinates are required. */
  g_assert_false (ts_record_validate (TS_RECORD (place), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD);
  g_clear_error (&error);

  ts_place_set_lat (place, 42.89);
  ts_place_set_lon (place, 74.85);
  g_assert_true (ts_record_validate (TS_RECORD (place), &error));
  g_assert_no_error (error);

  ts_record_set_id (TS_RECORD (place), "place/Kant!");
  g_assert_false (ts_record_validate (TS_RECORD (place), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (ts_record_validate (TS_RECORD (source), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "title"));
}

typedef struct
{
  GPtrArray *fields;
  GPtrArray *targets;
} References;

static void
collect_reference (TsRecord   *record,
                   const char *field,
                   const char *target_id,
                   gpointer    user_data)
{
  References *references = user_data;

  g_ptr_array_add (references->fields, g_strdup (field));
  g_ptr_array_add (references->targets, g_strdup (target_id));
}

/* Every reference is reported with its JSON key path. */
static void
test_record_references (void)
{
  g_autoptr(TsRecord) meeting = record_from_string (full_records[0]);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  References references = { fields, targets };
  const char *expected[][2] = {
    { "sources", "source/mfa-2023-10-25" },
    { "place", "place/bishkek" },
    { "part_of", "meeting/2023-10-sco-summit" },
    { "participants.person", "person/li-qiang" },
    { "participants.person", "person/akylbek-japarov" },
    { "organizations", "organization/sco" },
    { "outcomes", "agreement/2023-10-25-trade-plan" },
    { "projects", "project/cku-railway" },
  };

  ts_record_foreach_reference (meeting, collect_reference, &references);
  g_assert_cmpuint (fields->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (g_ptr_array_index (fields, i), ==, expected[i][0]);
      g_assert_cmpstr (g_ptr_array_index (targets, i), ==, expected[i][1]);
    }

  g_assert_cmpuint (ts_record_get_reference_types (meeting, "participants.person"), ==,
                    1u << TS_RECORD_TYPE_PERSON);
  g_assert_cmpuint (ts_record_get_reference_types (meeting, "title"), ==, 0);
}

/* Folding makes case, accents and Cyrillic short i irrelevant. */
static void
test_record_fold_text (void)
{
  struct
  {
    const char *text;
    const char *folded;
  } cases[] = {
    { "Baisalov", "baisalov" },
    { "BAYSALOV", "baysalov" },
    { "Байсалов", "баисалов" },
    { "БАЙСАЛОВ", "баисалов" },
    { "Ёлка", "елка" },
    { "Üsküdar Çağlayan", "uskudar caglayan" },
    { "Straße", "strasse" },
    { "李强", "李强" },
    { "ﬁ", "fi" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = ts_fold_text (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

/* The record's own search text holds names in every script and aliases. */
static void
test_record_search_text (void)
{
  g_autoptr(TsRecord) person = record_from_string (full_records[3]);
  g_autofree char *text = ts_record_dup_search_text (person);

  g_assert_nonnull (strstr (text, "edil baisalov"));
  g_assert_nonnull (strstr (text, "baysalov"));
  g_assert_nonnull (strstr (text, "баисалов"));
  g_assert_nonnull (strstr (text, "埃迪尔"));
  g_assert_nonnull (strstr (text, "deputy chairman"));
}

static void
test_record_types (void)
{
  TsRecordType type;

  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      const char *name = ts_record_type_to_string (i);
      g_autoptr(GObject) record = g_object_new (ts_record_type_get_gtype (i), NULL);

      g_assert_true (ts_record_type_from_string (name, &type));
      g_assert_cmpint (type, ==, i);
      g_assert_cmpint (ts_record_get_record_type (TS_RECORD (record)), ==, i);
      g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_RECORD_TYPE, i), ==, name);
    }

  g_assert_false (ts_record_type_from_string ("town", &type));
  g_assert_cmpstr (ts_record_type_get_label (TS_RECORD_TYPE_PERSON), ==, "Person");
  g_assert_cmpstr (ts_record_type_get_plural (TS_RECORD_TYPE_PERSON), ==, "People");

  g_assert_true (ts_record_id_parse ("meeting/2023-10-25-li-qiang", &type));
  g_assert_cmpint (type, ==, TS_RECORD_TYPE_MEETING);
  g_assert_false (ts_record_id_parse ("meeting/", NULL));
  g_assert_false (ts_record_id_parse ("meeting/Li", NULL));
  g_assert_false (ts_record_id_parse ("meeting/li qiang", NULL));
  g_assert_false (ts_record_id_parse ("town/x", NULL));
  g_assert_false (ts_record_id_parse ("x", NULL));
  /* The whole of the type's name, and nothing more, before the slash. */
  for (TsRecordType i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      const char *name = ts_record_type_to_string (i);
      g_autofree char *id = g_strdup_printf ("%s/x", name);
      g_autofree char *longer = g_strdup_printf ("%ss/x", name);
      g_autofree char *shorter = g_strdup_printf ("%.*s/x", (int) strlen (name) - 1, name);

      type = TS_N_RECORD_TYPES;
      g_assert_true (ts_record_id_parse (id, &type));
      g_assert_cmpint (type, ==, i);
      g_assert_false (ts_record_id_parse (longer, NULL));
      g_assert_false (ts_record_id_parse (shorter, NULL));
    }
  g_assert_false (ts_record_id_parse ("/x", NULL));
}

static void
test_record_make_id (void)
{
  g_autofree char *person = ts_record_make_id (TS_RECORD_TYPE_PERSON, "Edil Baisalov");
  g_autofree char *place = ts_record_make_id (TS_RECORD_TYPE_PLACE, "Ürümqi — “Old town”");
  g_autofree char *cyrillic = ts_record_make_id (TS_RECORD_TYPE_PLACE, "Бишкек");

  g_assert_cmpstr (person, ==, "person/edil-baisalov");
  g_assert_cmpstr (place, ==, "place/urumqi-old-town");
  g_assert_true (ts_record_id_parse (cyrillic, NULL));
}

/* Vocabulary nicks are the JSON strings; labels are for people. */
static void
test_record_vocabulary (void)
{
  int value;

  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_MEETING_LEVEL, TS_MEETING_LEVEL_HEAD_OF_STATE), ==,
                   "head_of_state");
  g_assert_true (ts_enum_from_nick (TS_TYPE_MEETING_FORMAT, "multilateral_summit", &value));
  g_assert_cmpint (value, ==, TS_MEETING_FORMAT_MULTILATERAL_SUMMIT);
  g_assert_false (ts_enum_from_nick (TS_TYPE_MEETING_FORMAT, "state-visit", &value));
  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_AGREEMENT_KIND,
                                    TS_AGREEMENT_KIND_INTERGOVERNMENTAL_AGREEMENT), ==,
                   "intergovernmental_agreement");
  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_PLACE_KIND, TS_PLACE_KIND_PREFECTURE_CITY), ==,
                   "prefecture_city");
  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_RELIABILITY, TS_RELIABILITY_F), ==, "F");
  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_CONFIDENCE, TS_CONFIDENCE_LOW), ==, "low");
  g_assert_cmpstr (ts_enum_to_nick (TS_TYPE_PROJECT_STATUS, TS_PROJECT_STATUS_COMPLETION), ==,
                   "completion");
  g_assert_cmpuint (ts_enum_get_n_values (TS_TYPE_PROJECT_SECTOR), ==, 12);

  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_HEAD_OF_STATE), ==,
                   "Head of state");
  g_assert_cmpstr (ts_meeting_format_get_label (TS_MEETING_FORMAT_STATE_VISIT), ==,
                   "State visit");
  g_assert_cmpstr (ts_agreement_kind_get_label (TS_AGREEMENT_KIND_FRIENDSHIP_RELATIONS), ==,
                   "Friendly province / sister city relations");
  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_UNSET), ==, "");
  g_assert_cmpstr (ts_enum_get_label (TS_TYPE_CONFIDENCE, TS_CONFIDENCE_MEDIUM), ==, "Medium");
  g_assert_cmpstr (ts_enum_get_label (TS_TYPE_PLACE_KIND, TS_PLACE_KIND_CITY), ==, "City");

  /* Every value but "unset" has a label. */
  {
    const GType types[] = {
      TS_TYPE_MEETING_LEVEL, TS_TYPE_MEETING_FORMAT, TS_TYPE_AGREEMENT_KIND,
      TS_TYPE_AGREEMENT_STATUS, TS_TYPE_PROJECT_SECTOR, TS_TYPE_PROJECT_STATUS,
      TS_TYPE_ORGANIZATION_KIND, TS_TYPE_PLACE_KIND, TS_TYPE_RELIABILITY,
    };

    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      for (guint v = 1; v < ts_enum_get_n_values (types[i]); v++)
        g_assert_cmpstr (ts_enum_get_label (types[i], v), !=, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/properties/notify", test_record_properties_notify);
  g_test_add_func ("/record/properties/exist", test_record_properties_exist);
  g_test_add_func ("/record/json/round-trip", test_record_json_round_trip);
  g_test_add_func ("/record/json/fields", test_record_json_fields);
  g_test_add_func ("/record/json/optional", test_record_json_optional);
  g_test_add_func ("/record/json/errors", test_record_json_errors);
  g_test_add_func ("/record/json/latitude-message", test_record_latitude_message);
  g_test_add_func ("/record/copy", test_record_copy);
  g_test_add_func ("/record/times", test_record_times);
  g_test_add_func ("/record/validate", test_record_validate);
  g_test_add_func ("/record/validate/round-trip-limits", test_record_validate_round_trip_limits);
  g_test_add_func ("/record/references", test_record_references);
  g_test_add_func ("/record/fold-text", test_record_fold_text);
  g_test_add_func ("/record/search-text", test_record_search_text);
  g_test_add_func ("/record/types", test_record_types);
  g_test_add_func ("/record/make-id", test_record_make_id);
  g_test_add_func ("/record/vocabulary", test_record_vocabulary);

  return g_test_run ();
}
