/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "ts-error.h"
#include "ts-meeting.h"
#include "ts-matches.h"
#include "ts-named.h"
#include "ts-query.h"
#include "ts-vocabulary.h"

#include "model-test-utils.h"

#define BAISALOV_AND_MEETINGS \
  "meeting/2023-10-25-baisalov-shandong-delegation meeting/2024-05-baisalov-beijing " \
  "person/edil-baisalov"

static char *
select_ids (TsQuery   *query,
            TsDataset *dataset)
{
  g_autoptr(GPtrArray) records = ts_matches_select (dataset, query);

  return model_test_join_ids (records);
}

static void
assert_text_finds (TsDataset  *dataset,
                   const char *text,
                   guint       types,
                   const char *expected)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *ids = NULL;

  ts_query_set_text (query, text);
  ts_query_set_types (query, types);
  ids = select_ids (query, dataset);
  g_test_message ("“%s” → %s", text, ids);
  g_assert_cmpstr (ids, ==, expected);
}

/* Every spelling and script finds the person and the meetings he attended
 * (and the agreement he signed, which names him). */
static void
test_query_text_spellings (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  const char *spellings[] = {
    "baysalov", "Baisalov", "Байсалов", "БАЙСАЛОВ", "baisalov ", "  Edil  Baisalov",
    "байсалов эдил", "拜萨洛夫",
  };
  guint types = (1u << TS_RECORD_TYPE_MEETING) | (1u << TS_RECORD_TYPE_PERSON);

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    assert_text_finds (dataset, spellings[i], types, BAISALOV_AND_MEETINGS);

  assert_text_finds (dataset, "baysalov", 0,
                     "agreement/2023-10-25-shandong-chuy-friendly-provinces "
                     BAISALOV_AND_MEETINGS);
}

/* Text matches titles, summaries, tags, aliases and linked names; every
 * word must match. */
static void
test_query_text_fields (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();

  /* A summary. */
  assert_text_finds (dataset, "deputy chairman", 1u << TS_RECORD_TYPE_MEETING,
                     "meeting/2023-10-25-baisalov-shandong-delegation");
  /* A tag. */
  assert_text_finds (dataset, "sister-cities", 0,
                     "agreement/2023-10-25-shandong-chuy-friendly-provinces "
                     "meeting/2023-10-25-baisalov-shandong-delegation");
  /* A place's alias, and the agreement naming the place. */
  assert_text_finds (dataset, "chuiskaya", 0,
                     "agreement/2023-10-25-shandong-chuy-friendly-provinces "
                     "place/chuy-region");
  /* A native-script place name finds the meetings held there. */
  assert_text_finds (dataset, "北京", 1u << TS_RECORD_TYPE_MEETING,
                     "meeting/2024-05-baisalov-beijing meeting/2024-06-06-li-qiang-japarov");
  /* Every word must match. */
  assert_text_finds (dataset, "baisalov beijing", 0, "meeting/2024-05-baisalov-beijing");
  assert_text_finds (dataset, "baisalov nowhere", 0, "");
  /* A figure's indicator. */
  assert_text_finds (dataset, "trade", 1u << TS_RECORD_TYPE_FIGURE,
                     "figure/china-kyrgyzstan-trade-2023");
}

static void add_meeting (TsDataset *dataset, const char *id, const char *date,
                         const char *end_date);

static char *
select_with (TsDataset  *dataset,
             guint       types,
             const char *from,
             const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = ts_query_new_from_strings (NULL, NULL, from, to, &error);

  g_assert_no_error (error);
  ts_query_set_types (query, types);
  return select_ids (query, dataset);
}

/* A period keeps what overlaps it; a month overlaps every day in it. */
static void
test_query_dates (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  guint meetings = 1u << TS_RECORD_TYPE_MEETING;
  g_autofree char *in_2024 = select_with (dataset, meetings, "2024", "2024");
  g_autofree char *mid_may = select_with (dataset, meetings, "2024-05-15", "2024-05-20");
  g_autofree char *june_7 = select_with (dataset, meetings, "2024-06-07", NULL);
  g_autofree char *until_2023 = select_with (dataset, meetings, NULL, "2023-06");
  g_autofree char *projects = select_with (dataset, 1u << TS_RECORD_TYPE_PROJECT,
                                           "2023", "2023");
  g_autofree char *people = select_with (dataset, 1u << TS_RECORD_TYPE_PERSON,
                                         "2030", NULL);
  g_autofree char *sources = select_with (dataset, 1u << TS_RECORD_TYPE_SOURCE,
                                          "2024-01", NULL);

  g_assert_cmpstr (in_2024, ==,
                   "meeting/2024-05-baisalov-beijing meeting/2024-06-06-li-qiang-japarov");
  g_assert_cmpstr (mid_may, ==, "meeting/2024-05-baisalov-beijing");
  /* The talks ended on the 7th. */
  g_assert_cmpstr (june_7, ==, "meeting/2024-06-06-li-qiang-japarov");
  /* "About May 2023" counts as May 2023. */
  g_assert_cmpstr (until_2023, ==, "meeting/2023-05-kant-ceremony");
  /* A project spans its milestones, 2022-09 to 2024-06. */
  g_assert_cmpstr (projects, ==, "project/china-kyrgyzstan-uzbekistan-railway");
  /* People have no date: a period does not hide them. */
  g_assert_cmpstr (people, ==,
                   "person/edil-baisalov person/li-qiang person/sadyr-japarov "
                   "person/zhou-naixiang");
  g_assert_cmpstr (sources, ==, "source/xinhua-2024-06-06");
}

static char *
select_filtered (TsDataset  *dataset,
                 guint       types,
                 const char *country,
                 const char *place,
                 const char *person,
                 const char *tag)
{
  g_autoptr(TsQuery) query = ts_query_new ();

  ts_query_set_types (query, types);
  ts_query_set_country (query, country);
  ts_query_set_place (query, place);
  ts_query_set_person (query, person);
  ts_query_set_tag (query, tag);
  return select_ids (query, dataset);
}

static void
add_meeting (TsDataset  *dataset,
             const char *id,
             const char *date,
             const char *end_date)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new (id, id);
  g_autoptr(GError) error = NULL;
  TsDate value = TS_DATE_INIT;

  g_assert_true (ts_date_parse (date, &value, NULL));
  ts_meeting_set_date (meeting, &value);
  if (end_date != NULL)
    {
      g_assert_true (ts_date_parse (end_date, &value, NULL));
      ts_meeting_set_end_date (meeting, &value);
    }
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_no_error (error);
}

/* A date that is one of several days is in a period when one of its days
 * is: not when the period falls between them. A meeting that ends later
 * spans from its first day to its end. */
static void
test_query_date_set (void)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  guint meetings = 1u << TS_RECORD_TYPE_MEETING;
  struct
  {
    const char *from;
    const char *to;
    const char *expected;
  } cases[] = {
    { "2023-09-07", "2023-09-07", "meeting/a meeting/b meeting/c" },
    { "2023-09-08", "2023-09-08", "meeting/c" },
    { "2023-09-09", "2023-09-09", "meeting/a meeting/c" },
    { "2023-09-10", NULL, "meeting/c" },
    { "2023-09-09", NULL, "meeting/a meeting/c" },
    { NULL, "2023-09-06", "meeting/b meeting/c" },
    { NULL, "2023-09-07", "meeting/a meeting/b meeting/c" },
    { "2023-09", "2023-09", "meeting/a meeting/b meeting/c" },
    { "2023-08", "2023-08", "" },
  };

  add_meeting (dataset, "meeting/a", "[2023-09-07,2023-09-09]", NULL);
  add_meeting (dataset, "meeting/b", "[2023-09-05,2023-09-07]", NULL);
  add_meeting (dataset, "meeting/c", "[2023-09-06,2023-09-07]", "2023-09-10");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = select_with (dataset, meetings, cases[i].from, cases[i].to);

      g_test_message ("%s to %s: %s", cases[i].from, cases[i].to, ids);
      g_assert_cmpstr (ids, ==, cases[i].expected);
    }
}

static void
test_query_country (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  guint places = 1u << TS_RECORD_TYPE_PLACE;
  guint people = 1u << TS_RECORD_TYPE_PERSON;
  guint meetings = 1u << TS_RECORD_TYPE_MEETING;
  guint agreements = 1u << TS_RECORD_TYPE_AGREEMENT;
  /* Beijing has no country of its own: it lies in China. */
  g_autofree char *cn_places = select_filtered (dataset, places, "CN", NULL, NULL, NULL);
  g_autofree char *kg_places = select_filtered (dataset, places, "kg", NULL, NULL, NULL);
  g_autofree char *cn_people = select_filtered (dataset, people, "CN", NULL, NULL, NULL);
  /* A meeting is in the country it is held in: a delegation's side is the
   * counterpart filter's. */
  g_autofree char *kg_meetings = select_filtered (dataset, meetings, "KG", NULL, NULL, NULL);
  g_autofree char *cn_meetings = select_filtered (dataset, meetings, "CN", NULL, NULL, NULL);
  g_autofree char *cn_agreements = select_filtered (dataset, agreements, "CN", NULL, NULL,
                                                    NULL);
  g_autofree char *uz = select_filtered (dataset, 0, "UZ", NULL, NULL, NULL);

  g_assert_cmpstr (cn_places, ==, "place/beijing place/china place/shandong");
  g_assert_cmpstr (kg_places, ==,
                   "place/bishkek place/chuy-region place/kant place/kyrgyzstan");
  g_assert_cmpstr (cn_people, ==, "person/li-qiang person/zhou-naixiang");
  g_assert_cmpstr (kg_meetings, ==,
                   "meeting/2023-05-kant-ceremony "
                   "meeting/2023-10-25-baisalov-shandong-delegation");
  g_assert_cmpstr (cn_meetings, ==,
                   "meeting/2024-05-baisalov-beijing meeting/2024-06-06-li-qiang-japarov");
  g_assert_cmpstr (cn_agreements, ==, "agreement/2023-10-25-shandong-chuy-friendly-provinces");
  g_assert_cmpstr (uz, ==, "");
}

/* A place keeps what is at or inside it, or names it, and the sources
 * those cite. */
static void
test_query_place (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autofree char *chuy = select_filtered (dataset, 0, NULL, "place/chuy-region", NULL, NULL);
  g_autofree char *kyrgyzstan = select_filtered (dataset, 1u << TS_RECORD_TYPE_MEETING, NULL,
                                                 "place/kyrgyzstan", NULL, NULL);
  g_autofree char *china = select_filtered (dataset, 1u << TS_RECORD_TYPE_PROJECT, NULL,
                                            "place/china", NULL, NULL);

  g_assert_cmpstr (chuy, ==,
                   "agreement/2023-10-25-shandong-chuy-friendly-provinces "
                   "meeting/2023-05-kant-ceremony place/chuy-region place/kant "
                   "source/akipress-2023-10-25");
  g_assert_cmpstr (kyrgyzstan, ==,
                   "meeting/2023-05-kant-ceremony "
                   "meeting/2023-10-25-baisalov-shandong-delegation");
  g_assert_cmpstr (china, ==, "project/china-kyrgyzstan-uzbekistan-railway");
}

/* A person keeps the person, what links to them and the sources those
 * cite. */
static void
test_query_person (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autofree char *li = select_filtered (dataset, 0, NULL, NULL, "person/li-qiang", NULL);
  g_autofree char *baisalov = select_filtered (dataset, 1u << TS_RECORD_TYPE_MEETING, NULL,
                                               NULL, "person/edil-baisalov", NULL);

  g_assert_cmpstr (li, ==,
                   "meeting/2024-05-baisalov-beijing meeting/2024-06-06-li-qiang-japarov "
                   "person/li-qiang source/xinhua-2024-06-06");
  g_assert_cmpstr (baisalov, ==,
                   "meeting/2023-10-25-baisalov-shandong-delegation "
                   "meeting/2024-05-baisalov-beijing");
}

static void
test_query_tag (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autofree char *railway = select_filtered (dataset, 0, NULL, NULL, NULL, "railway");
  g_autofree char *rail = select_filtered (dataset, 0, NULL, NULL, NULL, "rail");

  g_assert_cmpstr (railway, ==,
                   "meeting/2024-06-06-li-qiang-japarov "
                   "project/china-kyrgyzstan-uzbekistan-railway");
  /* Tags match exactly. */
  g_assert_cmpstr (rail, ==, "");
}

/* Type filters, and vocabulary filters on the types that have the field. */
static void
test_query_types_and_vocabularies (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *places = NULL;
  g_autofree char *heads = NULL;
  g_autofree char *mixed = NULL;
  g_autofree char *cities = NULL;

  ts_query_set_types (query, 1u << TS_RECORD_TYPE_PLACE);
  places = select_ids (query, dataset);
  g_assert_cmpstr (places, ==,
                   "place/beijing place/bishkek place/china place/chuy-region place/kant "
                   "place/kyrgyzstan place/shandong");

  ts_query_set_types (query, 1u << TS_RECORD_TYPE_MEETING);
  ts_query_set_vocabulary (query, "level", TS_MEETING_LEVEL_HEAD_OF_STATE);
  g_assert_cmpint (ts_query_get_vocabulary (query, "level"), ==,
                   TS_MEETING_LEVEL_HEAD_OF_STATE);
  heads = select_ids (query, dataset);
  g_assert_cmpstr (heads, ==, "meeting/2024-06-06-li-qiang-japarov");

  /* Types without a level are not filtered by it. */
  ts_query_set_types (query, (1u << TS_RECORD_TYPE_MEETING) | (1u << TS_RECORD_TYPE_FIGURE));
  mixed = select_ids (query, dataset);
  g_assert_cmpstr (mixed, ==,
                   "figure/china-kyrgyzstan-trade-2023 meeting/2024-06-06-li-qiang-japarov");

  ts_query_set_vocabulary (query, "level", -1);
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_PLACE);
  ts_query_set_vocabulary (query, "place-kind", TS_PLACE_KIND_CITY);
  cities = select_ids (query, dataset);
  g_assert_cmpstr (cities, ==, "place/beijing place/bishkek place/kant");

  /* Each type's kind is its own: a place kind leaves the organizations
   * alone, whatever number their kinds share with it. */
  ts_query_set_types (query, (1u << TS_RECORD_TYPE_PLACE) | (1u << TS_RECORD_TYPE_ORGANIZATION));
  {
    g_autoptr(TsQuery) organizations = ts_query_new ();
    g_autofree char *all_organizations = NULL;
    g_autofree char *with_cities = NULL;

    ts_query_set_types (organizations, 1u << TS_RECORD_TYPE_ORGANIZATION);
    all_organizations = select_ids (organizations, dataset);
    ts_query_set_types (query, 1u << TS_RECORD_TYPE_ORGANIZATION);
    with_cities = select_ids (query, dataset);
    g_assert_cmpstr (with_cities, ==, all_organizations);
    g_assert_cmpstr (with_cities, !=, "");
  }
  ts_query_set_vocabulary (query, "place-kind", -1);
  ts_query_set_vocabulary (query, "organization-kind", TS_PLACE_KIND_CITY);
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_PLACE);
  g_free (cities);
  cities = select_ids (query, dataset);
  g_assert_cmpstr (cities, ==,
                   "place/beijing place/bishkek place/china place/chuy-region place/kant "
                   "place/kyrgyzstan place/shandong");
}

static void
on_changed (TsQuery *query,
            gpointer user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* Every setter that changes something emits ::changed, once. */
static void
test_query_changed (void)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsQuery) copy = NULL;
  TsDate date = TS_DATE_INIT;
  guint count = 0;

  g_assert_true (ts_query_is_empty (query));
  g_signal_connect (query, "changed", G_CALLBACK (on_changed), &count);

  ts_query_set_text (query, "kant");
  ts_query_set_text (query, "kant");
  g_assert_cmpuint (count, ==, 1);
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_PLACE);
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_PLACE);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (ts_date_set_ymd (&date, 2023, 5, 0));
  ts_query_set_from (query, &date);
  ts_query_set_from (query, &date);
  ts_query_set_to (query, &date);
  g_assert_cmpuint (count, ==, 4);
  ts_query_set_country (query, "KG");
  ts_query_set_place (query, "place/kant");
  ts_query_set_person (query, "person/x");
  ts_query_set_tag (query, "railway");
  ts_query_set_vocabulary (query, "agreement-status", 1);
  ts_query_set_vocabulary (query, "agreement-status", 1);
  g_assert_cmpuint (count, ==, 9);
  g_assert_false (ts_query_is_empty (query));

  copy = ts_query_copy (query);
  g_assert_cmpstr (ts_query_get_text (copy), ==, "kant");
  g_assert_cmpuint (ts_query_get_types (copy), ==, 1u << TS_RECORD_TYPE_PLACE);
  g_assert_cmpint (ts_query_get_from (copy)->month, ==, 5);
  g_assert_cmpstr (ts_query_get_tag (copy), ==, "railway");
  g_assert_cmpint (ts_query_get_vocabulary (copy, "agreement-status"), ==, 1);
  g_assert_cmpint (ts_query_get_vocabulary (copy, "project-status"), ==, -1);

  ts_query_set_text (query, NULL);
  ts_query_set_types (query, 0);
  ts_query_set_from (query, NULL);
  ts_query_set_to (query, NULL);
  ts_query_set_country (query, NULL);
  ts_query_set_place (query, NULL);
  ts_query_set_person (query, NULL);
  ts_query_set_tag (query, NULL);
  ts_query_set_vocabulary (query, "agreement-status", -1);
  g_assert_true (ts_query_is_empty (query));
  g_assert_cmpuint (count, ==, 18);
}

static void
test_query_describe (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) empty = ts_query_new ();
  g_autoptr(TsQuery) query = ts_query_new_from_strings ("baysalov", "meeting", "2023-05",
                                                        "2024", &error);
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autofree char *all = ts_query_describe (empty);
  g_autofree char *scope = NULL;
  g_autofree char *with_place = NULL;
  g_autofree char *with_people = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (all, ==, "All records");
  scope = ts_query_describe (query);
  g_assert_cmpstr (scope, ==, "“baysalov”; meetings; from May 2023 to 2024");

  ts_query_set_place (query, "place/kant");
  ts_query_set_text (query, NULL);
  ts_query_set_from (query, NULL);
  with_place = ts_query_describe_full (query, dataset);
  g_assert_cmpstr (with_place, ==, "meetings; until 2024; in Kant");

  /* The scope a briefing's cover gives: countries by name. */
  ts_query_set_place (query, NULL);
  ts_query_set_to (query, NULL);
  ts_query_set_country (query, "CN");
  ts_query_set_person (query, "person/edil-baisalov");
  ts_query_set_counterpart (query, "CN");
  with_people = ts_query_describe_full (query, dataset);
  g_assert_cmpstr (with_people, ==,
                   "meetings; country China; with Edil Baisalov; with participants from China");
}

/* The shipped dataset (data/dataset/tianshan.json), as the app reads it
 * on first run. */
static TsDataset *
load_shipped (void)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root != NULL ? root : TS_TESTS_SRCDIR "/..",
                                            "data", "dataset", "tianshan.json", NULL);

  return model_test_load_dataset (path);
}

/* How many records of each type @query keeps, in the order of the sidebar:
 * "meetings agreements projects people organizations places sources
 * figures". */
static char *
count_by_type (TsDataset *dataset,
               TsQuery   *query)
{
  g_autoptr(GPtrArray) records = ts_matches_select (dataset, query);
  guint counts[TS_N_RECORD_TYPES] = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    counts[ts_record_get_record_type (g_ptr_array_index (records, i))]++;
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_string_append_printf (text, "%s%u", type > 0 ? " " : "", counts[type]);

  return g_strdup (text->str);
}

/* Two statements, each in its own article. */
static const char statements_json[] =
  "{\"format\": \"tianshan\", \"version\": 2, \"records\": ["
  "{\"type\": \"source\", \"id\": \"source/trend\", \"title\": \"Talks in Jinan\"},"
  "{\"type\": \"source\", \"id\": \"source/shandong\", \"title\": \"Delegation visit\"},"
  "{\"type\": \"person\", \"id\": \"person/edil-baisalov\", \"title\": \"Edil Baisalov\","
  " \"names\": {\"en\": \"Edil Baisalov\", \"ru\": \"Эдиль Байсалов\"}},"
  "{\"type\": \"person\", \"id\": \"person/lin-wu\", \"title\": \"Lin Wu\"},"
  "{\"type\": \"statement\", \"id\": \"statement/new-stage\", \"title\": \"Baisalov on growth\","
  " \"speaker\": \"person/edil-baisalov\", \"date\": \"2026-03-01\", \"kind\": \"quote\","
  " \"words\": \"Kyrgyzstan is entering a new stage of development\","
  " \"words_translations\": {\"ru\": \"Кыргызстан вступает в новый этап развития\"},"
  " \"topics\": [\"industrialisation\"],"
  " \"citations\": [{\"source\": \"source/trend\","
  "                  \"excerpt\": \"practical cooperation with the People’s Republic\"}]},"
  "{\"type\": \"statement\", \"id\": \"statement/four-hopes\", \"title\": \"Lin Wu's hopes\","
  " \"speaker\": \"person/lin-wu\", \"date\": \"2023-09-07\", \"kind\": \"reported\","
  " \"words\": \"Lin Wu expressed four hopes\","
  " \"citations\": [{\"source\": \"source/shandong\"}]}"
  "]}";

/* A statement is found by its words, their translations, its topics, the
 * article's sentence and the speaker's names; the participant filter keeps
 * what the person said and the articles that carry it (through the
 * citations); the kind is a filter of its own. */
static void
test_query_statements (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TsDataset) dataset = NULL;
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *by_person = NULL;
  g_autofree char *by_kind = NULL;
  guint statements = 1u << TS_RECORD_TYPE_STATEMENT;
  int fd;

  fd = g_file_open_tmp ("ts-statements-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, statements_json, -1, &error);
  g_assert_no_error (error);
  dataset = model_test_load_dataset (path);
  g_unlink (path);

  assert_text_finds (dataset, "new stage", statements, "statement/new-stage");
  assert_text_finds (dataset, "этап развития", statements, "statement/new-stage");
  assert_text_finds (dataset, "industrialisation", statements, "statement/new-stage");
  assert_text_finds (dataset, "practical cooperation", statements, "statement/new-stage");
  assert_text_finds (dataset, "Байсалов", statements, "statement/new-stage");
  assert_text_finds (dataset, "hopes", statements, "statement/four-hopes");

  ts_query_set_person (query, "person/edil-baisalov");
  by_person = select_ids (query, dataset);
  g_assert_cmpstr (by_person, ==, "person/edil-baisalov source/trend statement/new-stage");

  ts_query_set_person (query, NULL);
  ts_query_set_types (query, statements);
  ts_query_set_vocabulary (query, "statement-kind", TS_STATEMENT_KIND_REPORTED);
  by_kind = select_ids (query, dataset);
  g_assert_cmpstr (by_kind, ==, "statement/four-hopes");
}

#define SADYR "person/sadyr-japarov"

/* Country: X keeps people, organizations and places of X, the meetings held
 * in X, the agreements with a party in X, the projects with a place or a
 * partner in X, and the sources those cite. Every count is a part of the
 * whole (24 meetings, 11 agreements, 6 projects, 46 statements, 13
 * people, 23 organizations, 25 places, 5 sources, 1 figure). */
static void
test_query_shipped_country (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *all = count_by_type (dataset, query);
  g_autofree char *china = NULL;
  g_autofree char *kyrgyzstan = NULL;
  g_autofree char *uzbekistan = NULL;
  g_autofree char *sadyr_in_china = NULL;
  g_autofree char *sadyr = NULL;

  g_assert_cmpstr (all, ==, "24 11 6 46 13 23 25 5 1");

  ts_query_set_country (query, "CN");
  china = count_by_type (dataset, query);
  /* 10 of the 24 meetings were held in China; every source is cited by a
   * record in China, none is dropped for having no country. The gift of a
   * Zhongtong medical vehicle names no Chinese partner, so 4 projects. */
  g_assert_cmpstr (china, ==, "10 10 4 8 8 12 11 5 0");

  ts_query_set_country (query, "KG");
  kyrgyzstan = count_by_type (dataset, query);
  g_assert_cmpstr (kyrgyzstan, ==, "14 10 5 8 4 9 8 5 0");

  /* Uzbekistan: the railway, the places on its way, and its two sources. */
  ts_query_set_country (query, "UZ");
  uzbekistan = select_ids (query, dataset);
  g_assert_cmpstr (uzbekistan, ==,
                   "place/andijan place/uzbekistan "
                   "project/china-kyrgyzstan-uzbekistan-railway "
                   "source/2023-10-26-li-qiang-official-visit-kyrgyzstan "
                   "source/china-daily-2025-02-06-xi-jinping-sadyr-japarov");

  /* Country narrows a search: Sadyr Japarov's meetings in China. */
  ts_query_set_country (query, "CN");
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_MEETING);
  ts_query_set_text (query, "Sadyr Japarov");
  sadyr_in_china = select_ids (query, dataset);
  g_assert_cmpstr (sadyr_in_china, ==,
                   "meeting/2023-05-sadyr-japarov-state-visit-china "
                   "meeting/2025-02-04-sadyr-japarov-state-visit-china "
                   "meeting/2025-02-05-xi-jinping-sadyr-japarov "
                   "meeting/2025-02-07-asian-winter-games-harbin "
                   "meeting/2025-09-sadyr-japarov-cai-qi "
                   "meeting/2025-09-sadyr-japarov-working-visit-china "
                   "meeting/2025-09-war-victory-80th-anniversary-celebrations");
  ts_query_set_country (query, NULL);
  sadyr = count_by_type (dataset, query);
  g_assert_cmpstr (sadyr, ==, "11 0 0 0 0 0 0 0 0");
}

/* Participant: the meetings a person took part in, the agreements they
 * signed, the person, and the sources those cite. */
static void
test_query_shipped_participant (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *sadyr = NULL;
  g_autofree char *agreements = NULL;
  g_autofree char *mishustin = NULL;

  ts_query_set_person (query, SADYR);
  sadyr = count_by_type (dataset, query);
  g_assert_cmpstr (sadyr, ==, "10 1 0 9 1 0 0 5 0");

  ts_query_set_types (query, 1u << TS_RECORD_TYPE_AGREEMENT);
  agreements = select_ids (query, dataset);
  g_assert_cmpstr (agreements, ==, "agreement/2025-02-05-china-kyrgyzstan-joint-statement");

  ts_query_set_types (query, 0);
  ts_query_set_person (query, "person/mikhail-mishustin");
  mishustin = select_ids (query, dataset);
  g_assert_cmpstr (mishustin, ==,
                   "meeting/2023-10-25-li-qiang-mikhail-mishustin "
                   "meeting/2023-10-sco-heads-of-government-council-bishkek "
                   "person/mikhail-mishustin "
                   "source/2023-10-26-li-qiang-official-visit-kyrgyzstan");
}

/* Counterpart: the meetings with a participant from the country (the side
 * they were on), the agreements with a signatory from it, the people from
 * it, and the sources those cite. */
static void
test_query_shipped_counterpart (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *china = NULL;
  g_autofree char *russia = NULL;
  g_autofree char *sadyr_china = NULL;
  g_autofree char *sadyr_china_meetings = NULL;

  ts_query_set_counterpart (query, "CN");
  china = count_by_type (dataset, query);
  g_assert_cmpstr (china, ==, "20 1 0 30 8 0 0 5 0");

  ts_query_set_counterpart (query, "ru");
  russia = select_ids (query, dataset);
  g_assert_cmpstr (russia, ==,
                   "meeting/2023-10-25-li-qiang-mikhail-mishustin "
                   "meeting/2023-10-sco-heads-of-government-council-bishkek "
                   "person/mikhail-mishustin "
                   "source/2023-10-26-li-qiang-official-visit-kyrgyzstan");

  /* Sadyr Japarov's meetings with Chinese officials: 8 of his 10, not his
   * working visit and the celebrations he attended without one. */
  ts_query_set_counterpart (query, "CN");
  ts_query_set_person (query, SADYR);
  sadyr_china = count_by_type (dataset, query);
  g_assert_cmpstr (sadyr_china, ==, "8 1 0 0 0 0 0 4 0");
  ts_query_set_types (query, 1u << TS_RECORD_TYPE_MEETING);
  sadyr_china_meetings = select_ids (query, dataset);
  g_assert_cmpstr (sadyr_china_meetings, ==,
                   "meeting/2023-05-sadyr-japarov-state-visit-china "
                   "meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan "
                   "meeting/2023-09-lin-wu-sadyr-japarov "
                   "meeting/2023-10-25-li-qiang-sadyr-japarov "
                   "meeting/2023-10-li-qiang-official-visit-kyrgyzstan "
                   "meeting/2025-02-04-sadyr-japarov-state-visit-china "
                   "meeting/2025-02-05-xi-jinping-sadyr-japarov "
                   "meeting/2025-09-sadyr-japarov-cai-qi");
}

/* A participant's country is the side they were on, else their own, else
 * their organization's. */
static void
test_query_counterpart_side (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  TsRecord *meeting = ts_dataset_lookup (dataset, "meeting/2023-10-25-li-qiang-mikhail-mishustin");
  TsRecord *person = ts_dataset_lookup (dataset, "person/wang-zhuangfei");
  g_autoptr(TsRecord) stateless = ts_record_copy (person);

  g_assert_nonnull (meeting);
  g_assert_nonnull (person);
  ts_query_set_counterpart (query, "RU");
  g_assert_true (ts_query_matches (query, dataset, meeting));
  g_assert_false (ts_query_matches (query, dataset, person));
  ts_query_set_counterpart (query, "CN");
  g_assert_true (ts_query_matches (query, dataset, meeting));
  g_assert_true (ts_query_matches (query, dataset, person));

  /* Without a country of his own, China Daily's reporter is from China. */
  ts_named_set_country (TS_NAMED (stateless), NULL);
  g_assert_true (ts_query_matches (query, dataset, stateless));
  ts_query_set_counterpart (query, "KG");
  g_assert_false (ts_query_matches (query, dataset, stateless));
}

/* Clearing unsets everything at once, with one ::changed. */
static void
test_query_clear (void)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  TsDate date = TS_DATE_INIT;
  guint count = 0;

  g_assert_true (ts_date_set_ymd (&date, 2023, 5, 0));
  ts_query_set_text (query, "kant");
  ts_query_set_from (query, &date);
  ts_query_set_country (query, "KG");
  ts_query_set_person (query, SADYR);
  ts_query_set_counterpart (query, "CN");
  ts_query_set_vocabulary (query, "level", 1);
  g_signal_connect (query, "changed", G_CALLBACK (on_changed), &count);

  ts_query_clear_filters (query);
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (ts_query_has_filters (query));
  g_assert_cmpstr (ts_query_get_text (query), ==, "kant");
  ts_query_clear_filters (query);
  g_assert_cmpuint (count, ==, 1);

  ts_query_set_counterpart (query, "CN");
  ts_query_clear (query);
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (ts_query_is_empty (query));
  g_assert_null (ts_query_get_text (query));
  ts_query_clear (query);
  g_assert_cmpuint (count, ==, 3);
}

/* The command line's strings: types by name, dates checked. */
static void
test_query_from_strings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = NULL;

  query = ts_query_new_from_strings ("kant", "meeting, agreements,people", "2023", NULL,
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ts_query_get_types (query), ==,
                    (1u << TS_RECORD_TYPE_MEETING) | (1u << TS_RECORD_TYPE_AGREEMENT)
                    | (1u << TS_RECORD_TYPE_PERSON));
  g_assert_cmpint (ts_query_get_from (query)->year, ==, 2023);
  g_assert_false (ts_date_is_set (ts_query_get_to (query)));
  g_clear_object (&query);

  query = ts_query_new_from_strings (NULL, "meetings,towns", NULL, NULL, &error);
  g_assert_null (query);
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "towns"));
  g_clear_error (&error);

  query = ts_query_new_from_strings (NULL, NULL, "2023-02-30", NULL, &error);
  g_assert_null (query);
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2023-02-30"));
  g_clear_error (&error);

  query = ts_query_new_from_strings (NULL, NULL, "2024", "2023", &error);
  g_assert_null (query);
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_clear_error (&error);

  query = ts_query_new_from_strings ("", "", "", "", &error);
  g_assert_no_error (error);
  g_assert_true (ts_query_is_empty (query));
}

/* Without a dataset, a record's own text and fields still match. */
static void
test_query_matches_without_dataset (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(TsQuery) query = ts_query_new ();
  TsRecord *person = ts_dataset_lookup (dataset, "person/edil-baisalov");
  TsRecord *meeting = ts_dataset_lookup (dataset, "meeting/2024-05-baisalov-beijing");

  ts_query_set_text (query, "Байсалов");
  g_assert_true (ts_query_matches (query, NULL, person));
  g_assert_true (ts_query_matches (query, dataset, meeting));
  ts_query_set_text (query, "李强");
  g_assert_false (ts_query_matches (query, NULL, meeting));
  g_assert_true (ts_query_matches (query, dataset, meeting));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/query/text/spellings", test_query_text_spellings);
  g_test_add_func ("/query/text/fields", test_query_text_fields);
  g_test_add_func ("/query/dates", test_query_dates);
  g_test_add_func ("/query/date-set", test_query_date_set);
  g_test_add_func ("/query/country", test_query_country);
  g_test_add_func ("/query/place", test_query_place);
  g_test_add_func ("/query/person", test_query_person);
  g_test_add_func ("/query/tag", test_query_tag);
  g_test_add_func ("/query/types-and-vocabularies", test_query_types_and_vocabularies);
  g_test_add_func ("/query/changed", test_query_changed);
  g_test_add_func ("/query/describe", test_query_describe);
  g_test_add_func ("/query/from-strings", test_query_from_strings);
  g_test_add_func ("/query/matches-without-dataset", test_query_matches_without_dataset);
  g_test_add_func ("/query/statements", test_query_statements);
  g_test_add_func ("/query/shipped/country", test_query_shipped_country);
  g_test_add_func ("/query/shipped/participant", test_query_shipped_participant);
  g_test_add_func ("/query/shipped/counterpart", test_query_shipped_counterpart);
  g_test_add_func ("/query/counterpart-side", test_query_counterpart_side);
  g_test_add_func ("/query/clear", test_query_clear);

  return g_test_run ();
}
