/* SPDX-License-Identifier: GPL-3.0-or-later */

/* CSV export: RFC 4180 fields, OWASP formula neutralisation, and files read
 * back with Python's csv module (tests/check-briefing.py csv). */

#include "config.h"

#include <locale.h>

#include "ts-csv.h"
#include "ts-matches.h"
#include "ts-export-text.h"

#include "export-test-utils.h"

static char *
field (const char *text,
       gboolean    neutralize)
{
  GString *line = g_string_new (NULL);

  ts_export_csv_append_field (line, text, neutralize);
  return g_string_free (line, FALSE);
}

static void
test_field_quoting (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { NULL, "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\r\nlf", "\"cr\r\nlf\"" },
    { "Байсалов, Эдиль", "\"Байсалов, Эдиль\"" },
    { "it's", "it's" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = field (cases[i].in, FALSE);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_field_neutralize (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "=1+2", "\"'=1+2\"" },
    { "+SUM(A1)", "\"'+SUM(A1)\"" },
    { "-2+3", "\"'-2+3\"" },
    { "@cmd", "\"'@cmd\"" },
    { "\tx", "\"'\tx\"" },
    { "\rx", "\"'\rx\"" },
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "a=b", "a=b" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = field (cases[i].in, TRUE);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  /* Without neutralisation the text is only quoted as RFC 4180 needs. */
  {
    g_autofree char *out = field ("=1+2", FALSE);

    g_assert_cmpstr (out, ==, "=1+2");
  }
}

/* --type for a CSV file: one type, meetings by default. */
static void
test_parse_type (void)
{
  g_autoptr(GError) error = NULL;
  TsRecordType type = TS_RECORD_TYPE_FIGURE;

  g_assert_true (ts_csv_parse_type (NULL, &type, &error));
  g_assert_cmpint (type, ==, TS_RECORD_TYPE_MEETING);
  g_assert_true (ts_csv_parse_type ("agreement", &type, &error));
  g_assert_cmpint (type, ==, TS_RECORD_TYPE_AGREEMENT);
  g_assert_no_error (error);

  g_assert_false (ts_csv_parse_type ("meeting,agreement", &type, &error));
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "one record type"));
  g_clear_error (&error);

  g_assert_false (ts_csv_parse_type ("meetings", &type, &error));
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“meetings”"));
}

typedef struct
{
  char      *dir;
  TsDataset *dataset;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tianshan-csv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->dataset = export_test_load_fixture ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  export_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->dataset);
}

static void
test_meetings (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "meetings.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  export_test_check ("csv", path, NULL);
}

/* A CSV file of statements: the columns of their sheet, who spoke and the
 * sentences that carry their words. */
static void
test_statements (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "data",
                                                         "statements-fixture.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (fixture_path);
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "statements.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_STATEMENT, path, NULL, NULL, NULL,
                               &error));
  g_assert_no_error (error);
  export_test_check ("statements-csv", path, NULL);
}

/* Numbers the exporter formats are not text a spreadsheet could run: a
 * negative change stays a number. */
static void
test_figures_numbers (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "figures.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsFigure) figure = ts_figure_new ("figure/trade-2024", "Trade, 2024");
  TsDate period = export_test_date ("2024");

  ts_figure_set_indicator (figure, "China–Kyrgyzstan trade");
  ts_figure_set_period (figure, &period);
  ts_figure_set_value (figure, 0.1);
  ts_figure_set_change (figure, -12.5);
  g_assert_true (ts_dataset_add (fixture->dataset, TS_RECORD (figure), &error));
  g_assert_no_error (error);
  data = ts_export_data_new (fixture->dataset, NULL);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_FIGURE, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* UTF-8 with a byte-order mark, for Excel. */
  g_assert_true (g_str_has_prefix (contents,
                                   "\xef\xbb\xbfTitle,ID,Indicator,Period,Date precision,Value,"));
  g_assert_nonnull (strstr (contents, ",2024,year,0.1,,-12.5,"));
  g_assert_nonnull (strstr (contents, ",2022,year,15500000000,USD,106.7,"));
}

/* One of several days is written as the dataset writes it, with its
 * precision in words; a figure's publisher has its column. */
static void
test_date_set (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = NULL;
  g_autofree char *meetings = g_build_filename (fixture->dir, "meetings.csv", NULL);
  g_autofree char *figures = g_build_filename (fixture->dir, "figures.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/set", "Set meeting");
  g_autoptr(TsFigure) figure = ts_figure_new ("figure/set", "Set figure");
  TsDate date = export_test_date ("[2023-09-07,2023-09-08]");

  ts_meeting_set_date (meeting, &date);
  g_assert_true (ts_dataset_add (fixture->dataset, TS_RECORD (meeting), &error));
  ts_figure_set_indicator (figure, "Set indicator");
  ts_figure_set_period (figure, &date);
  ts_figure_set_value (figure, 1);
  ts_figure_set_publisher (figure, "National Statistical Committee");
  g_assert_true (ts_dataset_add (fixture->dataset, TS_RECORD (figure), &error));
  g_assert_no_error (error);
  data = ts_export_data_new (fixture->dataset, NULL);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_MEETING, meetings, NULL, NULL, NULL,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (meetings, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Set meeting,meeting/set,\"[2023-09-07,2023-09-08]\","
                                      "one of these days,"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_FIGURE, figures, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (figures, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, ",Change (%),Publisher,"));
  g_assert_nonnull (strstr (contents, ",1,,,National Statistical Committee,"));
}

/* tianshan --export FILE.csv: one type per file, never fewer records
 * than the scope holds. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cli.csv", NULL);
  g_autofree char *two = g_build_filename (fixture->dir, "two.csv", NULL);
  g_autofree char *all = g_build_filename (fixture->dir, "all.csv", NULL);
  g_autofree char *one = g_build_filename (fixture->dir, "one.csv", NULL);
  const char *args[] = { "--export", path, "--type", "meeting", NULL };
  const char *two_types[] = { "--export", two, "--type", "meeting,agreement", NULL };
  const char *no_type[] = { "--export", all, NULL };
  const char *one_type[] = { "--export", one, "--search", "Xinhua", NULL };
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  export_test_import_fixture (fixture->dir);

  /* The database holds the fixture's JSON records, without the two made in
   * C: check the file's shape here, the cases in /csv/file/meetings. */
  g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfTitle,ID,Date,Date precision,End date,"));
  g_assert_nonnull (strstr (contents, "\"'=1+2\",meeting/2022-formula,2022~,"));
  /* No agreement row: its title would start a line. */
  g_assert_null (strstr (contents, "\r\nJoint statement on a comprehensive"));

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_test_run_cli (fixture->dir, two_types, &err), ==, 2);
  g_assert_nonnull (strstr (err, "one record type"));
  g_assert_false (g_file_test (two, G_FILE_TEST_EXISTS));

  /* Every record, of eight types: refused, saying which and how to choose,
   * rather than writing the meetings alone. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_test_run_cli (fixture->dir, no_type, &err), ==, 2);
  g_assert_nonnull (strstr (err, "several types (meeting: "));
  g_assert_nonnull (strstr (err, ", figure: "));
  g_assert_nonnull (strstr (err, "--type"));
  g_assert_false (g_file_test (all, G_FILE_TEST_EXISTS));

  /* A scope of one type needs no --type. */
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (export_test_run_cli (fixture->dir, one_type, &err), ==, 0);
  g_assert_true (g_file_get_contents (one, &contents, NULL, NULL));
  /* The sources: Xinhua publishes, and no other record names it. */
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfHeadline,ID,"));
}

/* The scope's types decide, or --type does; linked records are not in the
 * scope. */
static void
test_choose_type (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsExportData) data = NULL;
  g_autoptr(TsExportData) none = NULL;
  g_autoptr(GError) error = NULL;
  TsRecordType type = TS_RECORD_TYPE_FIGURE;

  ts_query_set_types (query, 1u << TS_RECORD_TYPE_MEETING);
  data = ts_export_data_new (fixture->dataset, query);
  /* The meetings' people and places came in as linked context. */
  g_assert_cmpuint (ts_export_data_get_n_linked (data, TS_RECORD_TYPE_PERSON), >, 0);
  g_assert_true (ts_csv_choose_type (data, NULL, &type, &error));
  g_assert_no_error (error);
  g_assert_cmpint (type, ==, TS_RECORD_TYPE_MEETING);
  g_assert_true (ts_csv_choose_type (data, "place", &type, &error));
  g_assert_cmpint (type, ==, TS_RECORD_TYPE_PLACE);

  ts_query_set_text (query, "no record says this");
  none = ts_export_data_new (fixture->dataset, query);
  g_assert_false (ts_csv_choose_type (none, NULL, &type, &error));
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
}

/* Only the records in scope, in the order given: the window writes the
 * list on screen, sorted as it is. */
static void
test_list_order (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsExportData) data = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "list.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "meeting/2024-05-baisalov-beijing", "meeting/2022-formula",
                        "meeting/2023-05-18-xian-summit" };
  const char *first, *second, *third;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (records, g_object_ref (ts_dataset_lookup (fixture->dataset, ids[i])));
  data = ts_export_data_new_for_records (fixture->dataset, records, NULL);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  first = strstr (contents, ids[0]);
  second = strstr (contents, ids[1]);
  third = strstr (contents, ids[2]);
  g_assert_true (first != NULL && second != NULL && third != NULL);
  g_assert_true (first < second && second < third);
}

/* The ids in a CSV file's rows, in order (each row's second field). */
static GPtrArray *
read_row_ids (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 3);

      g_ptr_array_add (ids, g_strdup (fields[1]));
    }
  return ids;
}

static int
compare_as_sheets (gconstpointer a,
                   gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;
  int cmp = ts_date_compare (ts_record_get_date (ra), ts_record_get_date (rb));

  if (cmp == 0)
    cmp = g_utf8_collate (ts_record_get_display_name (ra), ts_record_get_display_name (rb));
  if (cmp == 0)
    cmp = strcmp (ts_record_get_id (ra), ts_record_get_id (rb));
  return cmp;
}

/* Meetings of every kind of date, several on the same one, in a CSV file of
 * --type meeting (the types alone select them) and of a search finding
 * them all: the same file, its rows by date (ts_date_compare()), title as
 * g_utf8_collate() orders them, and id. */
static void
test_type_order (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const struct { const char *date; const char *title; } meetings[] = {
    { "2023-05-18", "Talks in Xi'an" }, { "2023", "Talks of the year" },
    { "[2023-09-07,2023-09-09]", "Talks on two days" }, { "2023-05~", "Talks about May" },
    { "..2023-05", "Talks before May" }, { "2023-05..", "Talks after May" },
    { "2023-05", "Talks in May" }, { "2023-05-18", "Émile's talks" },
    { "[2023-09-07,2023-09-08]", "Talks on the next day" }, { "2023-05-18", "talks again" },
    { "2023-09-07", "Talks on one day" }, { "2023-05-18", "Zebra talks" },
    { NULL, "Undated talks" }, { "2024-02-29", "Leap day talks" }, { "0001", "Talks of year 1" },
    { "[2023-09-07,2023-09-08]", "Talks on the next day" },
    { "[2023-09-07,2023-09-08,2023-09-09]", "Talks on three days" },
  };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(TsQuery) by_type = ts_query_new ();
  g_autoptr(TsQuery) by_search = ts_query_new ();
  g_autoptr(GPtrArray) expected = NULL;
  g_autofree char *type_path = g_build_filename (fixture->dir, "type.csv", NULL);
  g_autofree char *search_path = g_build_filename (fixture->dir, "search.csv", NULL);
  g_autofree char *type_contents = NULL;
  g_autofree char *search_contents = NULL;
  g_autoptr(GFile) type_file = NULL;
  g_autoptr(GFile) search_file = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%02u", (guint) G_N_ELEMENTS (meetings) - i);
      TsMeeting *meeting = ts_meeting_new (id, meetings[i].title);

      if (meetings[i].date != NULL)
        {
          TsDate date = export_test_date (meetings[i].date);

          ts_meeting_set_date (meeting, &date);
        }
      g_ptr_array_add (records, meeting);
    }
  g_ptr_array_add (records, ts_person_new ("person/talks", "Talks Person"));
  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);

  ts_query_set_types (by_type, 1u << TS_RECORD_TYPE_MEETING);
  ts_query_set_types (by_search, 1u << TS_RECORD_TYPE_MEETING);
  ts_query_set_text (by_search, "talks");
  type_file = g_file_new_for_path (type_path);
  search_file = g_file_new_for_path (search_path);
  g_assert_true (ts_csv_export_file (dataset, by_type, NULL, type_file, &error));
  g_assert_no_error (error);
  g_assert_true (ts_csv_export_file (dataset, by_search, NULL, search_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (type_path, &type_contents, NULL, NULL));
  g_assert_true (g_file_get_contents (search_path, &search_contents, NULL, NULL));
  g_assert_cmpstr (type_contents, ==, search_contents);

  expected = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    g_ptr_array_add (expected, records->pdata[i]);
  g_ptr_array_sort (expected, compare_as_sheets);
  ids = read_row_ids (type_path);
  g_assert_cmpuint (ids->len, ==, expected->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpstr (ids->pdata[i], ==, ts_record_get_id (expected->pdata[i]));
}

/* A CSV file written from a snapshot prepares only what it holds (no
 * linked context), and holds the same bytes as one from data prepared in
 * full, for every type; the data can still be prepared in full after. */
static void
test_prepared_for_type (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsExportData) full = NULL;
  g_autoptr(TsExportData) partial = NULL;
  g_autoptr(GError) error = NULL;

  ts_query_set_types (query, (1u << TS_RECORD_TYPE_MEETING) | (1u << TS_RECORD_TYPE_SOURCE));
  full = ts_export_data_new (fixture->dataset, query);
  partial = ts_export_data_snapshot (fixture->dataset, query);
  g_assert_cmpuint (ts_export_data_get_n_linked (full, TS_RECORD_TYPE_PERSON), >, 0);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_autofree char *name = g_strdup_printf ("full-%u.csv", type);
      g_autofree char *full_path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *partial_path = NULL;
      g_autofree char *full_contents = NULL;
      g_autofree char *partial_contents = NULL;

      g_free (name);
      name = g_strdup_printf ("partial-%u.csv", type);
      partial_path = g_build_filename (fixture->dir, name, NULL);
      g_assert_true (ts_csv_write (full, type, full_path, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (ts_csv_write (partial, type, partial_path, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (full_path, &full_contents, NULL, NULL));
      g_assert_true (g_file_get_contents (partial_path, &partial_contents, NULL, NULL));
      g_assert_cmpstr (partial_contents, ==, full_contents);
    }

  /* No linked context was looked for for the CSV files... */
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_assert_cmpuint (ts_export_data_get_n_linked (partial, type), ==, 0);

  /* ...and a briefing of the same data still gets it. */
  ts_export_data_prepare (partial);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_assert_cmpuint (ts_export_data_get_n_linked (partial, type), ==,
                        ts_export_data_get_n_linked (full, type));
      g_assert_cmpuint (ts_export_data_get_records (partial, type)->len, ==,
                        ts_export_data_get_records (full, type)->len);
      for (guint i = 0; i < ts_export_data_get_records (full, type)->len; i++)
        g_assert_true (ts_export_data_get_records (partial, type)->pdata[i]
                       == ts_export_data_get_records (full, type)->pdata[i]);
    }
  g_assert_cmpint (ts_date_compare (ts_export_data_get_first_date (partial),
                                    ts_export_data_get_first_date (full)), ==, 0);
}

/* Taken from the window's matches, the snapshot of everything holds what
 * the dataset's does, in the same order once prepared. */
static void
test_snapshot_everything (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (fixture->dataset, query);
  g_autoptr(TsExportData) from_dataset = ts_export_data_new (fixture->dataset, NULL);
  g_autoptr(TsExportData) from_matches = ts_export_data_snapshot_everything (matches);
  guint n = 0;

  ts_export_data_prepare (from_matches);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GPtrArray *expected = ts_export_data_get_records (from_dataset, type);
      GPtrArray *got = ts_export_data_get_records (from_matches, type);

      g_assert_cmpuint (got->len, ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        g_assert_true (got->pdata[i] == expected->pdata[i]);
      n += got->len;
    }
  g_assert_cmpuint (n, ==, ts_dataset_get_n_records (fixture->dataset));
  g_assert_nonnull (ts_export_data_lookup (from_matches, "meeting/2022-formula"));
}

/* Taken from the window's matches, a snapshot holds no reference to each
 * record until it is prepared (in the worker that writes): the matches
 * keep the records alive meanwhile. A record removed and one changed
 * after the click are written as they were, and the removed one is let go
 * of once the data is prepared and freed. */
static void
test_snapshot_outlives_edits (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (fixture->dataset, query);
  g_autofree char *expected_path = g_build_filename (fixture->dir, "expected.csv", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "snapshot.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  TsExportData *data;
  TsRecord *removed;

  {
    g_autoptr(TsExportData) before = ts_export_data_new (fixture->dataset, NULL);

    g_assert_true (ts_csv_write (before, TS_RECORD_TYPE_MEETING, expected_path, NULL, NULL,
                                 NULL, &error));
    g_assert_no_error (error);
  }

  data = ts_export_data_snapshot_everything (matches);
  removed = ts_dataset_lookup (fixture->dataset, "meeting/2022-formula");
  g_assert_nonnull (removed);
  g_object_add_weak_pointer (G_OBJECT (removed), (gpointer *) &removed);
  g_assert_true (ts_dataset_remove (fixture->dataset, "meeting/2022-formula", &error));
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  renamed = ts_record_copy (ts_dataset_lookup (fixture->dataset,
                                               "meeting/2024-05-baisalov-beijing"));
  ts_record_set_title (renamed, "Renamed after the click");
  g_assert_true (ts_dataset_update (fixture->dataset, renamed, &error));
  g_assert_no_error (error);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_null (strstr (contents, "Renamed after the click"));

  /* The snapshot's own reference is the last one. */
  g_assert_nonnull (removed);
  ts_export_data_unref (data);
  g_assert_null (removed);
}

static void
test_failure_cancelled (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, cancellable, NULL, NULL,
                                &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

static void
test_failure_missing_folder (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "out.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncState;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncState *state = user_data;

  state->ok = ts_csv_write_finish (result, &state->error);
  state->done = TRUE;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "async.csv", NULL);
  AsyncState state = { 0 };

  ts_csv_write_async (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, on_done, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  export_test_check ("csv", path, NULL);
}

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

static gboolean
record_niceness (gpointer              job,
                 GCancellable         *cancellable,
                 TsExportProgressFunc  progress,
                 gpointer              progress_data,
                 GError              **error)
{
  *(int *) job = getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid));
  return TRUE;
}

static void
on_niceness_recorded (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_assert_true (ts_export_run_finish (result, record_niceness, NULL));
  *(gboolean *) user_data = TRUE;
}

/* An export runs in the background, below the window's priority: the
 * threads of a briefing's cover map, which it starts, with it. */
static void
test_export_thread_priority (void)
{
  int niceness = -100;
  gboolean done = FALSE;

  ts_export_run_async (record_niceness, record_niceness, &niceness, NULL, NULL, NULL, NULL,
                       on_niceness_recorded, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (niceness, >=, 10);
  g_assert_cmpint (niceness, >, getpriority (PRIO_PROCESS, 0));
}
#endif

/* The progress test: the worker reports once, then says so. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean reported;
  GThread *progress_thread;
  gboolean done;
} ProgressTest;

static gboolean
report_once (gpointer              job,
             GCancellable         *cancellable,
             TsExportProgressFunc  progress,
             gpointer              progress_data,
             GError              **error)
{
  ProgressTest *test = job;

  progress (0.5, progress_data);
  g_mutex_lock (&test->lock);
  test->reported = TRUE;
  g_cond_signal (&test->cond);
  g_mutex_unlock (&test->lock);
  return TRUE;
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  ProgressTest *test = user_data;

  test->progress_thread = g_thread_self ();
}

static void
on_reported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ProgressTest *test = user_data;

  g_assert_true (ts_export_run_finish (result, report_once, NULL));
  test->done = TRUE;
}

/* An export's progress reaches its caller in the caller's thread, even
 * while that thread is not running its main loop (a test between two
 * iterations: GLib's g_main_context_invoke () would call it at once in
 * the worker, which then touched the window from there). */
static void
test_export_progress_thread (void)
{
  ProgressTest test = { 0 };

  g_mutex_init (&test.lock);
  g_cond_init (&test.cond);
  ts_export_run_async (report_once, report_once, &test, NULL, NULL, on_progress, &test,
                       on_reported, &test);
  /* The worker reports while this thread waits, the main context free. */
  g_mutex_lock (&test.lock);
  while (!test.reported)
    g_cond_wait (&test.cond, &test.lock);
  g_mutex_unlock (&test.lock);
  g_assert_null (test.progress_thread);

  while (!test.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (test.progress_thread == g_thread_self ());
  g_mutex_clear (&test.lock);
  g_cond_clear (&test.cond);
}

/* Enough meetings for two threads to sort them and write their rows
 * (ts-export.c, ts-csv.c), as export_test_make_large () links them. */
#define N_LARGE 12000

/* A file of thousands of meetings, sorted and written by two threads: every
 * meeting once, in the order of a sheet, each row with its own place and
 * people (each thread finds the linked records' names on its own). */
static void
test_two_threads (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TsDataset) dataset = export_test_make_large (N_LARGE);
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  g_autoptr(GPtrArray) records = export_test_dataset_records (dataset);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "large.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < records->len; i++)
    if (TS_IS_MEETING (records->pdata[i]))
      g_ptr_array_add (expected, records->pdata[i]);
  g_ptr_array_sort (expected, compare_as_sheets);
  g_assert_cmpuint (expected->len, >, 8192);

  g_assert_true (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  ids = read_row_ids (path);
  g_assert_cmpuint (ids->len, ==, expected->len);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 0; i < expected->len; i++)
    {
      const char *id = ts_record_get_id (expected->pdata[i]);
      guint n = (guint) g_ascii_strtoull (id + strlen ("meeting/m"), NULL, 10);
      g_autofree char *place = g_strdup_printf (",Place %u,place/p%u,", n % (N_LARGE / 50),
                                                n % (N_LARGE / 50));
      g_autofree char *people = g_strdup_printf (",\"Person %u (Minister, KG); "
                                                 "Person %u (Ambassador, CN)\",",
                                                 n % (N_LARGE / 20), (n + 7) % (N_LARGE / 20));

      g_assert_cmpstr (ids->pdata[i], ==, id);
      if (strstr (lines[i + 1], place) == NULL || strstr (lines[i + 1], people) == NULL)
        g_error ("row %u, %s: %s", i + 1, id, lines[i + 1]);
    }
  g_assert_cmpstr (lines[expected->len + 1], ==, "");
}

static void
cancel_at_a_third (double   fraction,
                   gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

/* Cancelled as the two threads write: no file, and the worker stopped. */
static void
test_two_threads_cancelled (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(TsDataset) dataset = export_test_make_large (N_LARGE);
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, cancellable,
                                cancel_at_a_third, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/field/quoting", test_field_quoting);
  g_test_add_func ("/csv/field/neutralize", test_field_neutralize);
  g_test_add_func ("/csv/parse-type", test_parse_type);
#ifdef __linux__
  g_test_add_func ("/csv/export-thread-priority", test_export_thread_priority);
#endif
  g_test_add_func ("/csv/export-progress-thread", test_export_progress_thread);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/csv/file/meetings", test_meetings);
  ADD ("/csv/file/date-set", test_date_set);
  ADD ("/csv/file/figure-numbers", test_figures_numbers);
  ADD ("/csv/file/statements", test_statements);
  ADD ("/csv/cli", test_cli);
  ADD ("/csv/choose-type", test_choose_type);
  ADD ("/csv/list-order", test_list_order);
  ADD ("/csv/prepared-for-type", test_prepared_for_type);
  ADD ("/csv/type-order", test_type_order);
  ADD ("/csv/snapshot-everything", test_snapshot_everything);
  ADD ("/csv/snapshot-outlives-edits", test_snapshot_outlives_edits);
  ADD ("/csv/failure/cancelled", test_failure_cancelled);
  ADD ("/csv/failure/missing-folder", test_failure_missing_folder);
  ADD ("/csv/async", test_async);
  ADD ("/csv/two-threads", test_two_threads);
  ADD ("/csv/two-threads-cancelled", test_two_threads_cancelled);

#undef ADD

  return g_test_run ();
}
