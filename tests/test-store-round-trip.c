/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The store reads back what it writes: every field of every record type at
 * the edges of what it may hold, through a close and a reopen. Whatever
 * the storage format, the records read back equal those written. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-error.h"
#include "ts-field.h"
#include "ts-figure.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"
#include "ts-store-private.h"

#include "store-test-utils.h"

/* The keys every record has (FORMAT.md). */
static const char * const common_keys[] = {
  "type", "id", "title", "summary", "notes", "tags", "sources", "confidence", "created",
  "modified", NULL
};

/* Text at the edges of what JSON and UTF-8 hold, as a JSON string: spaces
 * around it, every control character JSON escapes, the escapes themselves,
 * DEL, the scripts of the dataset, a character outside the BMP, combining
 * and right-to-left marks, the line and paragraph separators, a byte-order
 * mark, U+FFFF and the last code point, U+10FFFF (a surrogate pair). */
static char *
make_edge_text (void)
{
  GString *text = g_string_new ("\" ");

  for (guint c = 1; c < 0x20; c++)
    g_string_append_printf (text, "\\u%04x", c);
  g_string_append (text, "\\\"\\\\/\\b\\f\\n\\r\\t\x7f Эдиль Байсалов Эдил 埃迪尔·拜萨洛夫 😀 "
                         "e\\u0301 \\u05d0\\u05d1 \\u2028\\u2029\\ufeff\\uffff\\udbff\\udfff \"");
  return g_string_free (text, FALSE);
}

/* A megabyte and more of text, as a JSON string. */
static char *
make_long_text (void)
{
  GString *text = g_string_new ("\"");

  while (text->len < 1024 * 1024)
    g_string_append (text, "Эдиль Байсалов — 埃迪尔·拜萨洛夫 — 😀 — \\\"quoted\\\"\\n");
  g_string_append_c (text, '"');
  return g_string_free (text, FALSE);
}

/* A thousand list items, as a JSON list. */
static char *
make_long_list (void)
{
  GString *list = g_string_new ("[");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (list, "%s\"tag-%u\"", i > 0 ? ", " : "", i);
  g_string_append_c (list, ']');
  return g_string_free (list, FALSE);
}

/* Two records of each type: "…/max" with every field set, at the largest
 * values, latest dates and longest texts; "…/min" at the smallest ones. $T
 * is the edge text, $L the long text, $N the long list. */
static const char records_template[] =
  "{\"format\": \"tianshan\", \"version\": 2, \"records\": ["
  "{\"type\": \"meeting\", \"id\": \"meeting/max\", \"title\": $T, \"summary\": $T,"
  " \"title_translations\": {\"ru\": $T, \"ky\": $L, \"zh\": $T, \"dng\": $T},"
  " \"summary_translations\": {\"ru\": $L, \"zh\": $T},"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\", \"source/min\"],"
  " \"confidence\": \"low\", \"created\": \"9999-12-31T23:59:59Z\","
  " \"modified\": \"9999-12-31T23:59:59Z\", \"date\": \"9999-12-31\","
  " \"end_date\": \"9999-12-31\", \"place\": \"place/max\", \"part_of\": \"meeting/min\","
  " \"participants\": [{\"person\": \"person/max\", \"role\": $T,"
  "                     \"role_translations\": {\"ru\": $T, \"zh\": $L}, \"side\": \"ZZ\"},"
  "                    {\"person\": \"person/min\"}],"
  " \"organizations\": [\"organization/max\"], \"level\": \"other\","
  " \"format\": \"multilateral_summit\", \"topics\": $N, \"outcomes\": [\"agreement/max\"],"
  " \"projects\": [\"project/max\"]},"
  "{\"type\": \"meeting\", \"id\": \"meeting/min\", \"title\": \"\\u0001\","
  " \"confidence\": \"medium\", \"created\": \"1000-01-01T00:00:00Z\","
  " \"modified\": \"1000-01-01T00:00:00Z\", \"date\": \"..0001-01\", \"level\": \"head_of_state\","
  " \"format\": \"state_visit\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/days\", \"title\": \"a\","
  " \"date\": \"[9999-10-29,9999-11-30,9999-12-31]\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/first-days\", \"title\": \"a\","
  " \"date\": \"[0001-01-01,0001-01-02]\", \"end_date\": \"[0001-01-02,0001-01-03]\"},"

  "{\"type\": \"agreement\", \"id\": \"agreement/max\", \"title\": $T, \"summary\": $T,"
  " \"title_translations\": {\"ru\": $T, \"ky\": $L, \"zh\": $T, \"dng\": $T},"
  " \"summary_translations\": {\"ru\": $L, \"zh\": $T},"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"date\": \"9999-12~\", \"kind\": \"other\","
  " \"parties\": [{\"party\": \"place/max\", \"role\": $T}, {\"party\": \"organization/max\"}],"
  " \"signatories\": [\"person/max\", \"person/min\"], \"signed_at\": \"meeting/max\","
  " \"status\": \"cancelled\", \"projects\": [\"project/max\", \"project/min\"]},"
  "{\"type\": \"agreement\", \"id\": \"agreement/min\", \"title\": \"a\","
  " \"date\": \"0001-01-01..\", \"kind\": \"joint_statement\", \"status\": \"signed\"},"
  "{\"type\": \"agreement\", \"id\": \"agreement/agreed\", \"title\": \"a\","
  " \"date\": \"[2023-09-07,2023-09-08]\", \"status\": \"agreed\"},"

  "{\"type\": \"project\", \"id\": \"project/max\", \"title\": $T, \"summary\": $T,"
  " \"title_translations\": {\"ru\": $T, \"ky\": $L, \"zh\": $T, \"dng\": $T},"
  " \"summary_translations\": {\"ru\": $L, \"zh\": $T},"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"sector\": \"other\", \"status\": \"cancelled\","
  " \"milestones\": [{\"date\": \"0001\", \"status\": \"pledge\", \"note\": $T,"
  "                  \"source\": \"source/max\"},"
  "                 {\"date\": \"[2023-09-30,2023-10-01]\", \"status\": \"commitment\"},"
  "                 {\"date\": \"9999-12-31\", \"status\": \"cancelled\", \"note\": $L}],"
  " \"places\": [\"place/max\", \"place/min\"],"
  " \"route\": [{\"lat\": 90, \"lon\": 180, \"label\": $T}, {\"lat\": -90, \"lon\": -180},"
  "            {\"lat\": 4.9406564584124654e-324, \"lon\": -1e-300},"
  "            {\"lat\": 89.99999999999999, \"lon\": -179.99999999999997}],"
  " \"partners\": [\"organization/max\", \"place/max\"], \"value_usd\": 1e15},"
  "{\"type\": \"project\", \"id\": \"project/min\", \"title\": \"a\", \"value_usd\": 0},"
  "{\"type\": \"project\", \"id\": \"project/fraction\", \"title\": \"a\","
  " \"value_usd\": 999999999999999.9},"
  "{\"type\": \"project\", \"id\": \"project/tiny\", \"title\": \"a\","
  " \"value_usd\": 4.9406564584124654e-324},"

  "{\"type\": \"statement\", \"id\": \"statement/max\", \"title\": $T, \"summary\": $T,"
  " \"title_translations\": {\"ru\": $T, \"ky\": $L, \"zh\": $T, \"dng\": $T},"
  " \"summary_translations\": {\"ru\": $L, \"zh\": $T},"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"speaker\": \"person/max\", \"on_behalf_of\": \"organization/max\","
  " \"date\": \"9999-12-31\", \"at\": \"meeting/max\", \"kind\": \"reported\", \"words\": $L,"
  " \"words_translations\": {\"ru\": $T, \"ky\": $T, \"zh\": $T, \"dng\": $L},"
  " \"language\": \"dng\", \"topics\": $N,"
  " \"citations\": [{\"source\": \"source/max\", \"excerpt\": $L}, {\"source\": \"source/min\"},"
  "                 {\"source\": \"source/max\", \"excerpt\": $T}]},"
  "{\"type\": \"statement\", \"id\": \"statement/min\", \"title\": \"a\","
  " \"speaker\": \"person/min\", \"on_behalf_of\": \"place/min\", \"date\": \"..0001-01\","
  " \"kind\": \"quote\", \"words\": \"a\", \"citations\": [{\"source\": \"source/min\"}]},"

  "{\"type\": \"person\", \"id\": \"person/max\", \"title\": $T, \"summary\": $T,"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"names\": {\"en\": $T, \"ru\": $T, \"ky\": $T, \"zh\": $T, \"dng\": $L,"
  "            \"abcdefghijklmnop\": $T},"
  " \"aliases\": $N, \"country\": \"ZZ\","
  " \"positions\": [{\"title\": $T, \"organization\": \"organization/max\", \"from\": \"0001\","
  "                 \"to\": \"9999-12-31\"}, {\"title\": \"a\", \"from\": \"..0001\"}]},"
  "{\"type\": \"person\", \"id\": \"person/min\", \"title\": \"a\", \"country\": \"AA\"},"

  "{\"type\": \"organization\", \"id\": \"organization/max\", \"title\": $T, \"summary\": $T,"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"names\": {\"en\": $T, \"zh\": $L}, \"aliases\": $N, \"kind\": \"other\","
  " \"country\": \"ZZ\", \"parent\": \"organization/min\"},"
  "{\"type\": \"organization\", \"id\": \"organization/min\", \"title\": \"a\","
  " \"kind\": \"government\"},"

  "{\"type\": \"place\", \"id\": \"place/max\", \"title\": $T, \"summary\": $T,"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"names\": {\"en\": $T, \"ru\": $L}, \"aliases\": $N, \"kind\": \"site\","
  " \"country\": \"ZZ\", \"parent\": \"place/min\", \"lat\": 90, \"lon\": 180},"
  "{\"type\": \"place\", \"id\": \"place/min\", \"title\": \"a\", \"kind\": \"country\","
  " \"lat\": -90, \"lon\": -180},"
  "{\"type\": \"place\", \"id\": \"place/tiny\", \"title\": \"a\", \"kind\": \"village\","
  " \"lat\": -4.9406564584124654e-324, \"lon\": 1.0000000000000002},"

  "{\"type\": \"source\", \"id\": \"source/max\", \"title\": $T, \"summary\": $T,"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/min\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"publisher\": $T, \"date\": \"9999-12-31\","
  " \"url\": \"https://xn--80ak6aa92e.example/%D0%AD?q=%F0%9F%98%80&r=1#fragment\","
  " \"language\": \"dng\", \"reliability\": \"F\", \"excerpt\": $L},"
  "{\"type\": \"source\", \"id\": \"source/min\", \"title\": \"a\", \"date\": \"0001\","
  " \"url\": \"http://a.b\", \"language\": \"en\", \"reliability\": \"A\"},"

  "{\"type\": \"figure\", \"id\": \"figure/max\", \"title\": $T, \"summary\": $T,"
  " \"title_translations\": {\"ru\": $T, \"ky\": $L, \"zh\": $T, \"dng\": $T},"
  " \"summary_translations\": {\"ru\": $L, \"zh\": $T},"
  " \"notes\": $L, \"tags\": $N, \"sources\": [\"source/max\"], \"confidence\": \"low\","
  " \"created\": \"9999-12-31T23:59:59Z\", \"modified\": \"9999-12-31T23:59:59Z\","
  " \"indicator\": $T, \"period\": \"9999-12-31\", \"value\": 1e18, \"unit\": $T,"
  " \"change\": 1e18, \"publisher\": $T},"
  "{\"type\": \"figure\", \"id\": \"figure/min\", \"title\": \"a\", \"indicator\": \"a\","
  " \"period\": \"0001\", \"value\": -1e18, \"change\": -1e18},"
  "{\"type\": \"figure\", \"id\": \"figure/exponents\", \"title\": \"a\", \"indicator\": \"a\","
  " \"period\": \"2024\", \"value\": 1e17, \"change\": -4.9406564584124654e-324},"
  "{\"type\": \"figure\", \"id\": \"figure/digits\", \"title\": \"a\", \"indicator\": \"a\","
  " \"period\": \"2024\", \"value\": 9007199254740993, \"change\": 0.1},"
  "{\"type\": \"figure\", \"id\": \"figure/fractions\", \"title\": \"a\", \"indicator\": \"a\","
  " \"period\": \"2024\", \"value\": -999999999999999999.9, \"change\": 42.87}"
  "]}";

static GPtrArray *
read_extreme_records (void)
{
  g_autofree char *edge = make_edge_text ();
  g_autofree char *long_text = make_long_text ();
  g_autofree char *long_list = make_long_list ();
  g_autoptr(GString) document = g_string_new (records_template);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  g_string_replace (document, "$T", edge, 0);
  g_string_replace (document, "$L", long_text, 0);
  g_string_replace (document, "$N", long_list, 0);
  bytes = g_bytes_new (document->str, document->len);

  records = ts_json_read_bytes (bytes, "extremes.json", &error);
  g_assert_no_error (error);
  return records;
}

/* The "…/max" records set every key their type has: a field added later
 * fails this test until it is added to the records above. */
static void
assert_every_key_set (GPtrArray *records)
{
  guint n_max = 0;

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      TsRecordClass *klass = TS_RECORD_GET_CLASS (record);
      g_autoptr(JsonNode) node = NULL;
      const TsField * const *fields;
      guint n_fields;
      JsonObject *object;

      if (!g_str_has_suffix (ts_record_get_id (record), "/max"))
        continue;
      n_max++;

      node = ts_record_to_json (record);
      object = json_node_get_object (node);
      for (guint k = 0; common_keys[k] != NULL; k++)
        {
          g_test_message ("%s: %s", ts_record_get_id (record), common_keys[k]);
          g_assert_true (json_object_has_member (object, common_keys[k]));
        }
      fields = ts_record_class_get_fields (klass, &n_fields);
      for (guint k = 0; k < n_fields; k++)
        {
          g_test_message ("%s: %s", ts_record_get_id (record), fields[k]->key);
          g_assert_true (json_object_has_member (object, fields[k]->key));
          /* The first item of a list sets every key of its items. */
          if (fields[k]->kind == TS_FIELD_ITEMS)
            {
              JsonArray *items = json_object_get_array_member (object, fields[k]->key);
              JsonObject *first = json_array_get_object_element (items, 0);

              for (guint j = 0; j < fields[k]->items->n_fields; j++)
                {
                  g_test_message ("%s: %s[0].%s", ts_record_get_id (record), fields[k]->key,
                                  fields[k]->items->fields[j].key);
                  g_assert_true (json_object_has_member (first,
                                                         fields[k]->items->fields[j].key));
                }
            }
        }
    }

  g_assert_cmpuint (n_max, ==, TS_N_RECORD_TYPES);
}

static void
test_store_round_trip_extremes (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "extremes.db");
  g_autoptr(GPtrArray) records = read_extreme_records ();
  g_autofree char *written = NULL;
  g_autofree char *read = NULL;
  g_autoptr(GError) error = NULL;

  assert_every_key_set (records);

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    guint n_added = 0;

    g_assert_true (ts_dataset_merge (ts_store_get_dataset (store), records, &n_added, NULL,
                                     &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_added, ==, records->len);
    written = store_test_export (ts_store_get_dataset (store));
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    TsDataset *dataset = ts_store_get_dataset (store);
    TsRecord *found;

    g_assert_false (ts_store_get_created (store));
    g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, records->len);
    for (guint i = 0; i < records->len; i++)
      {
        TsRecord *record = g_ptr_array_index (records, i);

        found = ts_dataset_lookup (dataset, ts_record_get_id (record));
        g_test_message ("%s", ts_record_get_id (record));
        g_assert_nonnull (found);
        g_assert_true (ts_record_equal (record, found));
      }

    /* Numbers to the last bit, not only as json-glib prints them. */
    found = ts_dataset_lookup (dataset, "project/max");
    g_assert_true (ts_project_get_value_usd (TS_PROJECT (found)) == 1e15);
    found = ts_dataset_lookup (dataset, "project/tiny");
    g_assert_true (ts_project_get_value_usd (TS_PROJECT (found)) == 4.9406564584124654e-324);
    found = ts_dataset_lookup (dataset, "figure/exponents");
    g_assert_true (ts_figure_get_value (TS_FIGURE (found)) == 1e17);
    g_assert_true (ts_figure_get_change (TS_FIGURE (found)) == -4.9406564584124654e-324);
    found = ts_dataset_lookup (dataset, "figure/fractions");
    g_assert_true (ts_figure_get_value (TS_FIGURE (found)) == -999999999999999999.9);
    g_assert_true (ts_figure_get_change (TS_FIGURE (found)) == 42.87);
    found = ts_dataset_lookup (dataset, "place/tiny");
    g_assert_true (ts_place_get_lat (TS_PLACE (found)) == -4.9406564584124654e-324);
    g_assert_true (ts_place_get_lon (TS_PLACE (found)) == 1.0000000000000002);

    read = store_test_export (dataset);
  }

  /* And the export, with every byte of every text, is the same. */
  g_assert_true (g_str_equal (written, read));

  /* A set of days is stored as its text and its first and last day. */
  if (store_test_server () != NULL)
    {
      g_autoptr(GDate) first = g_date_new_dmy (29, 10, 9999);
      g_autoptr(GDate) last = g_date_new_dmy (31, 12, 9999);
      g_autofree char *expected = g_strdup_printf ("[9999-10-29,9999-11-30,9999-12-31] %u %u "
                                                   "%u %u", g_date_get_julian (first),
                                                   g_date_get_julian (last),
                                                   g_date_get_julian (first),
                                                   g_date_get_julian (last));
      g_autofree char *row = store_test_server_query (path,
        "SELECT m.date || ' ' || m.date_first || ' ' || m.date_last || ' ' || r.date_first "
        "|| ' ' || r.date_last FROM meeting m JOIN record r ON r.id = m.record_id "
        "WHERE m.record_id = 'meeting/days'");

      g_assert_cmpstr (row, ==, expected);
    }
  else
  {
    g_autoptr(GDate) first = g_date_new_dmy (29, 10, 9999);
    g_autoptr(GDate) last = g_date_new_dmy (31, 12, 9999);
    sqlite3 *db = store_test_sqlite_open (path);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT m.date, m.date_first, m.date_last, "
                                             "r.date_first, r.date_last "
                                             "FROM meeting m JOIN record r ON r.id = m.record_id "
                                             "WHERE m.record_id = 'meeting/days'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                     "[9999-10-29,9999-11-30,9999-12-31]");
    g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, g_date_get_julian (first));
    g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, g_date_get_julian (last));
    g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, g_date_get_julian (first));
    g_assert_cmpint (sqlite3_column_int64 (stmt, 4), ==, g_date_get_julian (last));
    sqlite3_finalize (stmt);
    g_assert_cmpint (store_test_sqlite_int (db, "SELECT end_date_last FROM meeting "
                                                "WHERE record_id = 'meeting/first-days'"), ==, 3);
    g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM agreement "
                                                "WHERE status = 'agreed'"), ==, 1);
    g_assert_cmpint (store_test_sqlite_int (db, "SELECT count(*) FROM place "
                                                "WHERE kind = 'village'"), ==, 1);
    sqlite3_close (db);
  }
}

/* A document whose records the store once wrote but could not read: the
 * import is refused naming record and field, and the database opens. */
static void
assert_refused_and_opens (const char *path,
                          const char *record_json,
                          const char *prefix)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"tianshan\", \"version\": 1, "
                                           "\"records\": [%s]}", record_json);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);

    records = ts_json_read_bytes (bytes, "import.json", &error);
    if (records != NULL)
      ts_dataset_merge (ts_store_get_dataset (store), records, NULL, NULL, &error);
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    /* "import.json:1:38: Record …": the file, the line and column of the
     * record, then what is wrong with it. */
    if (prefix != NULL)
      {
        g_assert_true (g_str_has_prefix (error->message, "import.json:1:"));
        g_assert_nonnull (strstr (error->message, prefix));
      }
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);

    g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), ==,
                      STORE_TEST_FIXTURE_N_RECORDS);
  }
}

static void
test_store_round_trip_refused (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "refused.db");

  assert_refused_and_opens (path, "{\"type\": \"place\", \"id\": \"place/old\", \"title\": "
                                  "\"Old\", \"lat\": 1, \"lon\": 2, \"created\": "
                                  "\"0078-11-23T07:00:00Z\"}",
                            ": Record “place/old”, field “created”: ");
  assert_refused_and_opens (path, "{\"type\": \"project\", \"id\": \"project/p\", \"title\": "
                                  "\"P\", \"value_usd\": 1e309}",
                            ": Record “project/p”, field “value_usd”: ");
  assert_refused_and_opens (path, "{\"type\": \"figure\", \"id\": \"figure/f\", \"title\": "
                                  "\"F\", \"indicator\": \"I\", \"period\": \"2024\", "
                                  "\"value\": 1, \"change\": 1.7976931348623157e308}",
                            ": Record “figure/f”, field “change”: ");
  /* A parser may refuse the escape itself; json-glib reads it as a byte. */
  assert_refused_and_opens (path, "{\"type\": \"source\", \"id\": \"source/s\", \"title\": "
                                  "\"A\\202B\"}",
                            NULL);
}

/* The editor's save path (ts_dataset_update, the dataset's apply) refuses
 * what the store could not read back, with the record and field named, and
 * the store keeps the record as it was. */
static void
test_store_round_trip_refused_edit (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "edit.db");
  const char *id = "place/bishkek";

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);
    TsDataset *dataset = ts_store_get_dataset (store);
    g_autoptr(TsRecord) copy = ts_record_copy (ts_dataset_lookup (dataset, id));
    g_autoptr(GDateTime) early = g_date_time_new_utc (999, 12, 31, 23, 59, 59);
    g_autoptr(GError) error = NULL;

    ts_record_set_created (copy, early);
    g_assert_false (ts_dataset_update (dataset, copy, &error));
    g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
    g_assert_true (g_str_has_prefix (error->message,
                                     "Record “place/bishkek”, field “created”: "));
    g_clear_error (&error);

    ts_record_set_created (copy, NULL);
    ts_record_set_summary (copy, "Capital \xc3\x28 of Kyrgyzstan");
    g_assert_false (ts_dataset_update (dataset, copy, &error));
    g_assert_true (g_str_has_prefix (error->message,
                                     "Record “place/bishkek”, field “summary”: "));
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    TsRecord *record = ts_dataset_lookup (ts_store_get_dataset (store), id);

    g_assert_nonnull (record);
    g_assert_cmpint (g_date_time_get_year (ts_record_get_created (record)), ==, 2026);
    g_assert_null (ts_record_get_summary (record));
  }
}

/* A database saved by an older Tianshan, which did not check the limits
 * of FORMAT.md (ranges of numbers, forms of codes), still opens with every
 * record; saving such a record again asks for the limit to be kept. */
static void
test_store_round_trip_older_limits (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "older.db");

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);
  }

  store_test_location_exec (path,
      "INSERT INTO record (id, seq, type, title) VALUES "
      "('source/old', 1001, 'source', 'Old'), ('project/old', 1002, 'project', 'Old'),"
      "('figure/old', 1003, 'figure', 'Old');"
      "INSERT INTO source (record_id, language) VALUES ('source/old', 'english');"
      "INSERT INTO project (record_id, value_usd) VALUES ('project/old', -5000000000000000);"
      "INSERT INTO figure (record_id, indicator, period, value) VALUES "
      "('figure/old', 'I', '2024', 5000000000000000000.0);");

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    TsDataset *dataset = ts_store_get_dataset (store);
    TsRecord *source = ts_dataset_lookup (dataset, "source/old");
    g_autoptr(TsRecord) copy = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==,
                      STORE_TEST_FIXTURE_N_RECORDS + 3);
    g_assert_nonnull (source);
    g_assert_nonnull (ts_dataset_lookup (dataset, "project/old"));
    g_assert_nonnull (ts_dataset_lookup (dataset, "figure/old"));

    g_assert_false (ts_record_validate (source, &error));
    g_assert_true (g_str_has_prefix (error->message, "Record “source/old”, field “language”: "));
    g_clear_error (&error);

    copy = ts_record_copy (source);
    ts_record_set_title (copy, "Renamed");
    g_assert_false (ts_dataset_update (dataset, copy, &error));
    g_assert_true (g_str_has_prefix (error->message, "Record “source/old”, field “language”: "));
    g_clear_error (&error);

    ts_source_set_language (TS_SOURCE (copy), "en");
    g_assert_true (ts_dataset_update (dataset, copy, &error));
    g_assert_no_error (error);
  }
}

/* A record over SQLite's limit of a value's length: refused naming the
 * record, not passed off as a missing value ("NOT NULL constraint
 * failed: record.notes"), and nothing of it is kept. The limit is lowered
 * to 1 MiB rather than a record made of a gigabyte. */
static void
test_store_round_trip_too_big (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "big.db");
  g_autoptr(TsPlace) place = ts_place_new ("place/big", "Big");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* The server's limit (1 GiB a value) cannot be lowered. */
  if (store_test_server () != NULL)
    {
      g_test_skip ("SQLite's limit of a value's length");
      return;
    }

  while (notes->len < 2 * 1024 * 1024)
    g_string_append (notes, "Notes of a record too large to store. ");
  ts_place_set_lat (place, 42);
  ts_place_set_lon (place, 74);
  ts_record_set_notes (TS_RECORD (place), notes->str);

  {
    g_autoptr(TsStore) store = store_test_open (path, TRUE);
    TsDataset *dataset = ts_store_get_dataset (store);

    sqlite3_limit (_ts_store_get_database (store), SQLITE_LIMIT_LENGTH, 1024 * 1024);
    g_assert_false (ts_dataset_add (dataset, TS_RECORD (place), &error));
    g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "the record “place/big” is too large to store"));
    g_assert_nonnull (strstr (error->message, "MiB of text per record"));
    g_assert_null (ts_dataset_lookup (dataset, "place/big"));
    g_clear_error (&error);

    /* The store goes on working. */
    ts_record_set_notes (TS_RECORD (place), "Short notes.");
    g_assert_true (ts_dataset_add (dataset, TS_RECORD (place), &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(TsStore) store = store_test_open (path, FALSE);
    TsRecord *found = ts_dataset_lookup (ts_store_get_dataset (store), "place/big");

    g_assert_nonnull (found);
    g_assert_cmpstr (ts_record_get_notes (found), ==, "Short notes.");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/round-trip/extremes", test_store_round_trip_extremes);
  g_test_add_func ("/store/round-trip/refused", test_store_round_trip_refused);
  g_test_add_func ("/store/round-trip/refused-edit", test_store_round_trip_refused_edit);
  g_test_add_func ("/store/round-trip/older-limits", test_store_round_trip_older_limits);
  g_test_add_func ("/store/round-trip/too-big", test_store_round_trip_too_big);

  return g_test_run ();
}
