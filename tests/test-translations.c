/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Record text in other languages (FORMAT.md "Translations"): titles and
 * summaries of meetings, agreements, projects, statements and figures, and
 * participants' roles, read and written beside the English, refused where
 * they do not belong, shown in the user's language with English as the
 * fallback, and found by search in every language. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-error.h"
#include "ts-i18n.h"
#include "ts-json.h"
#include "ts-meeting.h"
#include "ts-record.h"

static const char document[] =
  "{\"format\": \"tianshan\", \"version\": 1, \"records\": ["
  "{\"type\": \"meeting\", \"id\": \"meeting/2023-05-visit\", \"title\": \"State visit\","
  " \"title_translations\": {\"zh\": \"国事访问\", \"ru\": \"Государственный визит\"},"
  " \"summary\": \"The presidents met.\","
  " \"summary_translations\": {\"ru\": \"Президенты встретились.\", \"ky\": \"\"},"
  " \"date\": \"2023-05-18\","
  " \"participants\": [{\"person\": \"person/sadyr-japarov\", \"role\": \"President\","
  "                     \"role_translations\": {\"ky\": \"Президент\", \"zh\": \"总统\"},"
  "                     \"side\": \"KG\"},"
  "                    {\"person\": \"person/xi-jinping\", \"role\": \"President\","
  "                     \"role_translations\": {}, \"side\": \"CN\"}]},"
  "{\"type\": \"figure\", \"id\": \"figure/trade-2024\", \"title\": \"Trade 2024\","
  " \"title_translations\": {\"ru\": \"Торговля 2024\", \"dng\": \"Trade in Dungan\"},"
  " \"indicator\": \"trade\", \"period\": \"2024\", \"value\": 22.7},"
  "{\"type\": \"statement\", \"id\": \"statement/baisalov-new-stage\","
  " \"title\": \"Baisalov: Kyrgyzstan is entering a new stage\","
  " \"title_translations\": {\"ru\": \"Байсалов: Кыргызстан вступает в новый этап\"},"
  " \"speaker\": \"person/edil-baisalov\", \"date\": \"2023-10-25\", \"kind\": \"quote\","
  " \"words\": \"Kyrgyzstan is entering a new stage\","
  " \"words_translations\": {\"ru\": \"Кыргызстан вступает в новый этап\"},"
  " \"citations\": [{\"source\": \"source/a\", \"excerpt\": \"a new stage\"}]}"
  "]}";

static GPtrArray *
read_document (const char  *text,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ts_json_read_bytes (bytes, "translations.json", error);
}

static TsRecord *
find (GPtrArray  *records,
      const char *id)
{
  for (guint i = 0; i < records->len; i++)
    {
      if (g_str_equal (ts_record_get_id (records->pdata[i]), id))
        return records->pdata[i];
    }

  g_assert_not_reached ();
}

static void
assert_keys (JsonObject         *object,
             const char * const *expected)
{
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      g_assert_nonnull (expected[i]);
      g_assert_cmpstr (l->data, ==, expected[i]);
    }
  g_assert_null (expected[i]);
}

/* Translations are written after the text they translate, in the order
 * en, ru, ky, zh, then others; empty ones are absent; and read back the
 * same. */
static void
test_translations_round_trip (void)
{
  static const char * const meeting_keys[] = {
    "type", "id", "title", "title_translations", "summary", "summary_translations", "date",
    "participants", NULL
  };
  static const char * const participant_keys[] = {
    "person", "role", "role_translations", "side", NULL
  };
  static const char * const second_participant_keys[] = { "person", "role", "side", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_document (document, &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *meeting;
  JsonArray *participants;
  JsonObject *translations;
  g_autoptr(GList) languages = NULL;
  gsize size;
  const char *text;

  g_assert_no_error (error);
  written = ts_json_write_records (records);
  text = g_bytes_get_data (written, &size);

  json_parser_load_from_data (parser, text, size, &error);
  g_assert_no_error (error);
  meeting = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                  "records"), 0);
  g_assert_cmpstr (json_object_get_string_member (meeting, "id"), ==, "meeting/2023-05-visit");
  assert_keys (meeting, meeting_keys);
  participants = json_object_get_array_member (meeting, "participants");
  assert_keys (json_array_get_object_element (participants, 0), participant_keys);
  assert_keys (json_array_get_object_element (participants, 1), second_participant_keys);

  translations = json_object_get_object_member (meeting, "title_translations");
  languages = json_object_get_members (translations);
  g_assert_cmpstr (languages->data, ==, "ru");
  g_assert_cmpstr (languages->next->data, ==, "zh");
  g_assert_cmpstr (json_object_get_string_member (translations, "zh"), ==, "国事访问");
  /* The empty Kyrgyz summary is no translation. */
  translations = json_object_get_object_member (meeting, "summary_translations");
  g_assert_cmpuint (json_object_get_size (translations), ==, 1);

  again = read_document (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, records->len);
  for (guint i = 0; i < records->len; i++)
    g_assert_true (ts_record_equal (records->pdata[i], again->pdata[i]));
}

static void
assert_refused (const char *record,
                const char *expected_id,
                const char *expected_field)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"tianshan\", \"version\": 1, "
                                           "\"records\": [%s]}", record);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_document (text, &error);
  g_autofree char *quoted_field = g_strdup_printf ("“%s”", expected_field);

  g_assert_null (records);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "translations.json"));
  g_assert_nonnull (strstr (error->message, expected_id));
  g_assert_nonnull (strstr (error->message, quoted_field));
}

/* People, organizations and places carry their names in every script;
 * sources are in their own language: none of them takes translations.
 * English is the text itself, and a language goes by its code. */
static void
test_translations_refused (void)
{
  assert_refused ("{\"type\": \"person\", \"id\": \"person/x\", \"title\": \"X\","
                  " \"title_translations\": {\"ru\": \"Икс\"}}",
                  "person/x", "title_translations");
  assert_refused ("{\"type\": \"source\", \"id\": \"source/x\", \"title\": \"X\","
                  " \"date\": \"2024\", \"url\": \"https://a.example\", \"language\": \"en\","
                  " \"reliability\": \"A\", \"summary_translations\": {\"ru\": \"Икс\"}}",
                  "source/x", "summary_translations");
  assert_refused ("{\"type\": \"place\", \"id\": \"place/x\", \"title\": \"X\","
                  " \"title_translations\": {\"ru\": \"Икс\"}}",
                  "place/x", "title_translations");
  assert_refused ("{\"type\": \"meeting\", \"id\": \"meeting/x\", \"title\": \"X\","
                  " \"title_translations\": {\"en\": \"X\"}, \"date\": \"2024\"}",
                  "meeting/x", "title_translations.en");
  assert_refused ("{\"type\": \"project\", \"id\": \"project/x\", \"title\": \"X\","
                  " \"summary_translations\": {\"Russian\": \"Икс\"}}",
                  "project/x", "summary_translations.Russian");
  assert_refused ("{\"type\": \"agreement\", \"id\": \"agreement/x\", \"title\": \"X\","
                  " \"date\": \"2024\", \"title_translations\": {\"ru\": 5}}",
                  "agreement/x", "title_translations.ru");
  assert_refused ("{\"type\": \"meeting\", \"id\": \"meeting/x\", \"title\": \"X\","
                  " \"date\": \"2024\", \"participants\": [{\"person\": \"person/a\","
                  " \"role\": \"Minister\", \"role_translations\": {\"en\": \"Minister\"}}]}",
                  "meeting/x", "participants[0].role_translations.en");
}

/* Validation (the editor's save, the store) checks the same. */
static void
test_translations_validate (void)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/x", "X");
  g_autoptr(GHashTable) translations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  TsDate date;

  g_assert_true (ts_date_parse ("2024", &date, NULL));
  ts_meeting_set_date (meeting, &date);
  g_hash_table_insert (translations, "en", "X");
  ts_record_set_title_translations (TS_RECORD (meeting), translations);
  g_assert_false (ts_record_validate (TS_RECORD (meeting), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "“title_translations.en”"));
  g_clear_error (&error);

  g_hash_table_remove_all (translations);
  g_hash_table_insert (translations, "ky", "Икс");
  ts_record_set_title_translations (TS_RECORD (meeting), translations);
  g_assert_true (ts_record_validate (TS_RECORD (meeting), &error));
  g_assert_no_error (error);
}

/* Each text in the first of the reader's languages it has, else English. */
static void
test_translations_display (void)
{
  static const char * const ru[] = { "ru", "en", NULL };
  static const char * const zh[] = { "zh", "en", NULL };
  static const char * const ky_then_ru[] = { "ky", "ru", "en", NULL };
  static const char * const en[] = { "en", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_document (document, &error);
  TsRecord *meeting;
  TsRecord *figure;
  GPtrArray *participants;

  g_assert_no_error (error);
  meeting = find (records, "meeting/2023-05-visit");
  figure = find (records, "figure/trade-2024");
  participants = ts_meeting_get_participants (TS_MEETING (meeting));

  g_assert_cmpstr (ts_record_get_display_title (meeting, ru), ==, "Государственный визит");
  g_assert_cmpstr (ts_record_get_display_title (meeting, zh), ==, "国事访问");
  g_assert_cmpstr (ts_record_get_display_title (meeting, en), ==, "State visit");
  g_assert_cmpstr (ts_record_get_display_title (meeting, ky_then_ru), ==,
                   "Государственный визит");
  g_assert_cmpstr (ts_record_get_display_summary (meeting, ru), ==, "Президенты встретились.");
  g_assert_cmpstr (ts_record_get_display_summary (meeting, zh), ==, "The presidents met.");
  g_assert_cmpstr (ts_record_get_display_title (figure, zh), ==, "Trade 2024");
  g_assert_cmpstr (ts_record_get_display_title (find (records, "statement/baisalov-new-stage"),
                                                ru), ==,
                   "Байсалов: Кыргызстан вступает в новый этап");
  g_assert_null (ts_record_get_display_summary (figure, ru));

  g_assert_cmpstr (ts_participant_get_display_role (participants->pdata[0], zh), ==, "总统");
  g_assert_cmpstr (ts_participant_get_display_role (participants->pdata[0], ru), ==,
                   "President");
  g_assert_cmpstr (ts_participant_get_display_role (participants->pdata[1], ky_then_ru), ==,
                   "President");

  /* What lists, the map and the timeline show follows the UI language. */
  ts_i18n_set_language ("ru");
  g_assert_cmpstr (ts_record_get_display_name (meeting), ==, "Государственный визит");
  g_assert_cmpstr (ts_record_get_display_summary (meeting, NULL), ==,
                   "Президенты встретились.");
  ts_i18n_set_language ("zh_CN");
  g_assert_cmpstr (ts_record_get_display_name (meeting), ==, "国事访问");
  g_assert_cmpstr (ts_record_get_display_name (figure), ==, "Trade 2024");
  ts_i18n_set_language ("en");
  g_assert_cmpstr (ts_record_get_display_name (meeting), ==, "State visit");
}

/* A search in any language finds the record. */
static void
test_translations_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_document (document, &error);
  g_autofree char *text = NULL;
  static const char * const queries[] = {
    "Государственный визит", "国事访问", "Президенты встретились", "State visit",
  };

  g_assert_no_error (error);
  text = ts_record_dup_search_text (find (records, "meeting/2023-05-visit"));
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *folded = ts_fold_text (queries[i]);

      g_assert_nonnull (strstr (text, folded));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translations/round-trip", test_translations_round_trip);
  g_test_add_func ("/translations/refused", test_translations_refused);
  g_test_add_func ("/translations/validate", test_translations_validate);
  g_test_add_func ("/translations/display", test_translations_display);
  g_test_add_func ("/translations/search", test_translations_search);

  return g_test_run ();
}
