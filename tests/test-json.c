/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "ts-error.h"
#include "ts-figure.h"
#include "ts-json.h"
#include "ts-query.h"
#include "ts-store.h"

#include "store-test-utils.h"

/* A store seeded with the fixture, and a file to import into it. */
typedef struct
{
  StoreTestDir *dir;
  char         *db_path;
  TsStore      *store;
  TsDataset    *dataset;
  char         *export_before;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = store_test_dir_new ();
  fixture->db_path = store_test_dir_file (fixture->dir, "tianshan.db");
  fixture->store = store_test_open (fixture->db_path, TRUE);
  fixture->dataset = ts_store_get_dataset (fixture->store);
  fixture->export_before = store_test_export (fixture->dataset);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->export_before, g_free);
  g_clear_pointer (&fixture->db_path, g_free);
  g_clear_pointer (&fixture->dir, store_test_dir_free);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = store_test_dir_file (fixture->dir, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A document holding a good new record, a good change to an existing one,
 * then @bad: if anything is imported, the test sees it. */
static char *
document_with (const char *bad)
{
  return g_strconcat ("{\n"
                      "  \"format\": \"tianshan\",\n"
                      "  \"version\": 1,\n"
                      "  \"records\": [\n"
                      "    {\"type\": \"place\", \"id\": \"place/osh\", \"title\": \"Osh\",\n"
                      "     \"lat\": 40.53, \"lon\": 72.8},\n"
                      "    {\"type\": \"place\", \"id\": \"place/kant\", \"title\": \"Kant\",\n"
                      "     \"summary\": \"Changed by the import\", \"lat\": 42.89,\n"
                      "     \"lon\": 74.85},\n"
                      "    ", bad, "\n"
                      "  ]\n"
                      "}\n", NULL);
}

/* The import of @contents (@length bytes) fails with @code, its message is
 * valid UTF-8 and names every one of @words, and neither the dataset nor
 * the database changed. */
static void
assert_import_fails_bytes (Fixture            *fixture,
                           const char         *contents,
                           gsize               length,
                           GQuark              domain,
                           int                 code,
                           const char * const *words)
{
  g_autofree char *path = store_test_dir_file (fixture->dir, "bad.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *export_after = NULL;
  g_autofree char *export_reopened = NULL;
  guint n_added = 99, n_changed = 99;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  g_assert_false (ts_json_import_file (fixture->dataset, file, &n_added, &n_changed, &error));
  g_assert_error (error, domain, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:"));
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (error->message, words[i]) == NULL)
        g_error ("“%s” does not name “%s”", error->message, words[i]);
    }

  /* Nothing of the file got in: not the good records before the bad one. */
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);
  g_assert_null (ts_dataset_lookup (fixture->dataset, "place/osh"));
  export_after = store_test_export (fixture->dataset);
  g_assert_cmpstr (fixture->export_before, ==, export_after);

  g_assert_cmpint (store_test_file_int (fixture->db_path, "SELECT count(*) FROM record"), ==,
                   STORE_TEST_FIXTURE_N_RECORDS);
  g_clear_object (&fixture->store);
  fixture->store = store_test_open (fixture->db_path, TRUE);
  fixture->dataset = ts_store_get_dataset (fixture->store);
  export_reopened = store_test_export (fixture->dataset);
  g_assert_cmpstr (fixture->export_before, ==, export_reopened);
}

static void
assert_import_fails (Fixture            *fixture,
                     const char         *contents,
                     GQuark              domain,
                     int                 code,
                     const char * const *words)
{
  assert_import_fails_bytes (fixture, contents, strlen (contents), domain, code, words);
}

static void
test_bad_malformed (Fixture       *fixture,
                    gconstpointer  data)
{
  /* Line 10, where the comma is missing. */
  g_autofree char *contents = document_with ("{\"type\": \"place\" \"id\": \"place/x\"}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "bad.json:10:", "JSON", NULL });
}

static void
test_bad_unknown_type (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"treaty\", \"id\": \"treaty/aktau\", \"title\": \"Aktau\"}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "treaty/aktau", "“type”", "treaty", NULL });
}

static void
test_bad_unknown_field (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"id\": \"place/naryn\", \"title\": \"Naryn\", "
                   "\"lat\": 41.43, \"lon\": 76.0, \"population\": 40000}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_UNKNOWN_FIELD,
                       (const char * const[]) { "place/naryn", "“population”", NULL });
}

/* A statement of @kind with @speaker (a member, or nothing) and
 * @citations. */
static char *
statement_with (const char *speaker,
                const char *kind,
                const char *citations)
{
  return g_strdup_printf ("{\"type\": \"statement\", \"id\": \"statement/baisalov-new-stage\","
                          " \"title\": \"Baisalov: a new stage\",%s \"date\": \"2023-10-25\","
                          " \"kind\": \"%s\", \"words\": \"Kyrgyzstan is entering a new stage\","
                          " \"citations\": %s}",
                          speaker, kind, citations);
}

static void
test_bad_statement_speaker (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *statement =
    statement_with ("", "quote", "[{\"source\": \"source/akipress-2023-10-25\"}]");
  g_autofree char *contents = document_with (statement);

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD,
                       (const char * const[]) { "statement/baisalov-new-stage", "“speaker”",
                                                NULL });
}

static void
test_bad_statement_kind (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *statement =
    statement_with (" \"speaker\": \"person/edil-baisalov\",", "sung",
                    "[{\"source\": \"source/akipress-2023-10-25\"}]");
  g_autofree char *contents = document_with (statement);

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "statement/baisalov-new-stage", "“kind”",
                                                "sung", NULL });
}

static void
test_bad_statement_citation (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *statement =
    statement_with (" \"speaker\": \"person/edil-baisalov\",", "reported",
                    "[{\"source\": \"source/akipress-2023-10-25\"},"
                    " {\"excerpt\": \"Baisalov said the region is entering a new stage\"}]");
  g_autofree char *contents = document_with (statement);

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD,
                       (const char * const[]) { "statement/baisalov-new-stage",
                                                "“citations[1].source”", NULL });
}

static void
test_bad_statement_no_citation (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *statement =
    statement_with (" \"speaker\": \"person/edil-baisalov\",", "quote", "[]");
  g_autofree char *contents = document_with (statement);

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD,
                       (const char * const[]) { "statement/baisalov-new-stage", "“citations”",
                                                NULL });
}

static void
test_bad_missing_id (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"title\": \"Naryn\", \"lat\": 41.43, "
                   "\"lon\": 76.0}");

  /* No id to name: the position in the list instead. */
  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD,
                       (const char * const[]) { "item 3", "“id”", NULL });
}

static void
test_bad_wrong_value_type (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"id\": \"place/naryn\", \"title\": \"Naryn\", "
                   "\"lat\": \"41° N\", \"lon\": 76.0}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "place/naryn", "“lat”", NULL });
}

static void
test_bad_invalid_date (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"meeting\", \"id\": \"meeting/2023-02-30-talks\", "
                   "\"title\": \"Talks\", \"date\": \"2023-02-30\"}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "meeting/2023-02-30-talks", "“date”",
                                                "2023-02-30", NULL });
}

static void
test_bad_coordinates (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"id\": \"place/naryn\", \"title\": \"Naryn\", "
                   "\"lat\": 41.43, \"lon\": 276.0}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "place/naryn", "“lon”", "276", NULL });
}

static void
test_bad_dangling_reference (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"meeting\", \"id\": \"meeting/2024-01-10-talks\", "
                   "\"title\": \"Talks\", \"date\": \"2024-01-10\", "
                   "\"place\": \"place/atlantis\"}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE,
                       (const char * const[]) { "meeting/2024-01-10-talks", "“place”",
                                                "place/atlantis", NULL });
}

static void
test_bad_nested_reference (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"meeting\", \"id\": \"meeting/2024-01-10-talks\", "
                   "\"title\": \"Talks\", \"date\": \"2024-01-10\", \"participants\": ["
                   "{\"person\": \"person/li-qiang\", \"side\": \"CN\"}, "
                   "{\"person\": \"person/nobody\", \"side\": \"KG\"}]}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE,
                       (const char * const[]) { "meeting/2024-01-10-talks", "participants",
                                                "person/nobody", NULL });
}

static void
test_bad_duplicate_id (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"id\": \"place/osh\", \"title\": \"Osh again\", "
                   "\"lat\": 40.53, \"lon\": 72.8}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_DUPLICATE_ID,
                       (const char * const[]) { "place/osh", "“id”", NULL });
}

static void
test_bad_format (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_import_fails (fixture, "{\"type\": \"FeatureCollection\", \"features\": []}\n",
                       TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "not a Tianshan dataset", NULL });
}

static void
test_bad_newer_version (Fixture       *fixture,
                        gconstpointer  data)
{
  assert_import_fails (fixture, "{\"format\": \"tianshan\", \"version\": 3, \"records\": []}",
                       TS_STORE_ERROR, TS_STORE_ERROR_NEWER_VERSION,
                       (const char * const[]) { "version 3", "versions 1 to 2", NULL });
}

static void
test_bad_document_key (Fixture       *fixture,
                       gconstpointer  data)
{
  assert_import_fails (fixture, "{\"format\": \"tianshan\", \"version\": 1, \"records\": [], "
                                "\"licence\": \"CC-BY\"}",
                       TS_RECORD_ERROR, TS_RECORD_ERROR_UNKNOWN_FIELD,
                       (const char * const[]) { "“licence”", NULL });
}

static void
test_bad_empty_file (Fixture       *fixture,
                     gconstpointer  data)
{
  assert_import_fails (fixture, "", TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "empty", NULL });
}

/* What json-glib let through or crashed on, kept in tests/fuzz/regressions/
 * (the fuzzer's corpus too): each file holds a new record and a change
 * before the bad one, which is item 3 of "records", on line 8. Each must be
 * refused at the line and column given, naming what the words say. */
static const struct
{
  const char *file;
  const char *words[5];  /* ending with NULL */
} regressions[] = {
  /* json-glib accepted these. */
  { "comment.json", { "bad.json:8:5: ", "item 3 of “records”", "comment", NULL } },
  { "single-quotes.json", { "bad.json:8:6: ", "item 3 of “records”", "quotes", NULL } },
  { "escape-q.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", NULL } },
  { "escape-x41.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", NULL } },
  /* Read as the byte 0x82: invalid UTF-8 in the database. */
  { "escape-octal.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", NULL } },
  { "control-character.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", NULL } },
  /* The last "lat" won, silently. */
  { "duplicate-key.json", { "bad.json:8:77: ", "“place/naryn”", "“lat”", NULL } },
  /* The second document was ignored. */
  { "trailing-document.json", { "bad.json:11:1: ", "one document", NULL } },
  /* The id was cut at the NUL: the record replaced place/bishkek. */
  { "nul-in-id.json", { "bad.json:8:29: ", "item 3 of “records”", "“id”", "\\u0000" } },
  /* Stored as −1. */
  { "big-integer.json", { "bad.json:8:69: ", "“place/naryn”", "“lat”", "too large" } },
  { "long-error-text.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", NULL } },
  /* json-glib crashed (SIGSEGV, its parser is recursive). */
  { "deep-nesting.json", { "bad.json:8:131: ", "“place/naryn”", "“tags”", "64" } },
  /* json-glib refused these without a line and column, or with a
   * message that was not valid UTF-8. */
  { "depth-65.json", { "bad.json:8:131: ", "“place/naryn”", "“tags”", "64" } },
  { "real-overflow.json", { "bad.json:8:83: ", "“place/naryn”", "“lon”", "too large" } },
  { "invalid-utf8.json", { "bad.json:8:60: ", "“place/naryn”", "“title”", "0xFF" } },
  /* Found by the fuzzer: the name was quoted with its invalid byte. */
  { "invalid-utf8-in-name.json", { "bad.json:6:62: ", "“place/kant”", "0xF5", NULL } },
  { "nul-byte.json", { "bad.json:8:56: ", "“place/naryn”", "“title”", "NUL" } },
  { "lone-surrogate.json", { "bad.json:8:53: ", "“place/naryn”", "“title”", "\\u" } },
  { "trailing-comma.json", { "bad.json:9:3: ", "JSON", NULL } },
};

static char *
regression_path (const char *file)
{
  return g_build_filename (TS_TESTS_SRCDIR, "fuzz", "regressions", file, NULL);
}

static void
test_bad_regression (Fixture       *fixture,
                     gconstpointer  data)
{
  guint index = GPOINTER_TO_UINT (data);
  g_autofree char *path = regression_path (regressions[index].file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  assert_import_fails_bytes (fixture, contents, length, TS_RECORD_ERROR,
                             TS_RECORD_ERROR_INVALID_DATA,
                             regressions[index].words);
}

/* A file added to the folder is tested too. */
static void
test_regressions_listed (void)
{
  g_autofree char *folder = regression_path (NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (regressions); i++)
        listed |= g_str_equal (regressions[i].file, name);
      if (!listed)
        g_error ("tests/fuzz/regressions/%s is not in test-json's list", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (regressions));
}

/* A record whose "tags" nest lists so that the document is @depth deep. */
static GBytes *
document_nested (guint depth)
{
  GString *text = g_string_new ("{\"format\": \"tianshan\", \"version\": 1, \"records\": [\n"
                                "{\"type\": \"place\", \"id\": \"place/naryn\", "
                                "\"title\": \"Naryn\", \"tags\": ");

  /* The document, "records" and the record are three levels. */
  for (guint i = 3; i < depth; i++)
    g_string_append_c (text, '[');
  g_string_append (text, "\"x\"");
  for (guint i = 3; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}]}\n");
  return g_string_free_to_bytes (text);
}

/* 64 levels are JSON the parser reads (the model then refuses lists in
 * tags); 65 are refused at the 65th bracket. */
static void
test_read_depth_limit (void)
{
  g_autoptr(GBytes) deepest = document_nested (64);
  g_autoptr(GBytes) too_deep = document_nested (65);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = ts_json_read_bytes (deepest, "deep.json", &error);
  g_assert_null (records);
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "tags[0]"));
  g_assert_null (strstr (error->message, "64"));
  g_clear_error (&error);

  records = ts_json_read_bytes (too_deep, "deep.json", &error);
  g_assert_null (records);
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
  /* Line 2: 65 characters, then the 62nd bracket of "tags". */
  g_assert_true (g_str_has_prefix (error->message,
                                   "deep.json:2:127: Record “place/naryn”, field “tags”: "));
  g_assert_nonnull (strstr (error->message, "64"));
}

/* Numbers read as the nearest double, whether written as integers, with a
 * fraction or an exponent, and an integer beyond 2^53 as its nearest
 * double too. */
static void
test_read_numbers (void)
{
  static const struct
  {
    const char *text;
    double      value;
  } numbers[] = {
    { "1e17", 1e17 },
    { "1E+17", 1e17 },
    { "-2.5e-3", -2.5e-3 },
    { "0.1", 0.1 },
    { "19800000000", 19800000000.0 },
    { "100000000000000000", 1e17 },
    { "9007199254740993", 9007199254740992.0 },
    /* The largest a figure keeps, as its nearest double. */
    { "999999999999999999", 1e18 },
    { "-0", 0.0 },
    { "1e-400", 0.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("{\"format\": \"tianshan\", \"version\": 1, \"records\": ["
                         "{\"type\": \"figure\", \"id\": \"figure/f\", \"title\": \"F\", "
                         "\"indicator\": \"Trade\", \"period\": \"2023\", \"unit\": \"USD\", "
                         "\"value\": %s}]}",
                         numbers[i].text);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GError) error = NULL;

      records = ts_json_read_bytes (bytes, "numbers.json", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, 1);
      g_test_message ("%s → %.17g", numbers[i].text,
                      ts_figure_get_value (g_ptr_array_index (records, 0)));
      g_assert_true (ts_figure_get_value (g_ptr_array_index (records, 0)) == numbers[i].value);
    }
}

/* Envelope and record errors name the line and column too. */
static void
test_bad_record_location (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"place\", \"id\": \"place/naryn\", \"title\": \"Naryn\", "
                   "\"lat\": 41.43, \"lon\": 276.0}");

  assert_import_fails (fixture, contents, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       (const char * const[]) { "bad.json:10:5: Record “place/naryn”, "
                                                "field “lon”", NULL });
}

static void
assert_read_file_fails (const char *path,
                        const char *word)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = ts_json_read_file (file, &error);
  g_assert_null (records);
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, word));
}

/* A pipe would block the import until someone writes to it (and a device
 * might never end): refused before it is opened. So is a folder. */
static void
test_bad_not_regular (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *fifo = store_test_dir_file (fixture->dir, "pipe.json");
  g_autofree char *folder = store_test_dir_file (fixture->dir, "folder.json");
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  assert_read_file_fails (fifo, "not a regular file");
  assert_read_file_fails (folder, "not a regular file");
  assert_read_file_fails ("/dev/zero", "not a regular file");

  g_assert_false (ts_json_import_file (fixture->dataset, file, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==,
                    STORE_TEST_FIXTURE_N_RECORDS);
}

/* A file over the limit is refused from its size, before it is read: a
 * sparse file takes no room. */
static void
test_bad_too_large (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = store_test_dir_file (fixture->dir, "huge.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "{", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, TS_JSON_MAX_FILE_SIZE + 1), ==, 0);

  assert_read_file_fails (path, "256");

  g_assert_false (ts_json_import_file (fixture->dataset, file, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);

  /* At the limit, it is read (and refused for what it holds). */
  g_clear_error (&error);
  g_assert_cmpint (truncate (path, 1000), ==, 0);
  g_assert_false (ts_json_import_file (fixture->dataset, file, NULL, NULL, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
}

static void
test_import_merges (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *contents =
    document_with ("{\"type\": \"meeting\", \"id\": \"meeting/2024-01-10-talks\", "
                   "\"title\": \"Talks in Osh\", \"date\": \"2024-01-10\", "
                   "\"place\": \"place/osh\"},\n"
                   "    {\"type\": \"place\", \"id\": \"place/bishkek\", \"title\": "
                   "\"Bishkek\", \"lat\": 42.87, \"lon\": 74.59}");
  g_autoptr(GFile) file = write_file (fixture, "good.json", contents);
  g_autoptr(GError) error = NULL;
  g_autofree char *export_after = NULL;
  g_autofree char *export_reopened = NULL;
  guint n_added = 0, n_changed = 0;

  g_assert_true (ts_json_import_file (fixture->dataset, file, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  /* Osh and the meeting are new (the meeting refers to Osh, later in the
   * same file is fine too); Kant and Bishkek are replaced, by id. */
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpstr (ts_record_get_summary (ts_dataset_lookup (fixture->dataset, "place/kant")),
                   ==, "Changed by the import");
  g_assert_null (ts_record_get_notes (ts_dataset_lookup (fixture->dataset, "place/bishkek")));

  /* Importing it again changes nothing. */
  g_assert_true (ts_json_import_file (fixture->dataset, file, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  export_after = store_test_export (fixture->dataset);
  g_clear_object (&fixture->store);
  fixture->store = store_test_open (fixture->db_path, TRUE);
  fixture->dataset = ts_store_get_dataset (fixture->store);
  export_reopened = store_test_export (fixture->dataset);
  g_assert_cmpstr (export_after, ==, export_reopened);
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==,
                    STORE_TEST_FIXTURE_N_RECORDS + 2);
}

static void
test_import_missing_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = store_test_dir_file (fixture->dir, "nowhere.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_json_import_file (fixture->dataset, file, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
}

/* export → import into an empty database → export: the same bytes. */
static void
assert_round_trip (GBytes *document)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *first_path = store_test_dir_file (dir, "first.db");
  g_autofree char *second_path = store_test_dir_file (dir, "second.db");
  g_autofree char *json_path = store_test_dir_file (dir, "export.json");
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(TsStore) first = NULL;
  g_autoptr(TsStore) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_export = NULL;
  g_autofree char *second_export = NULL;
  guint n_added = 0;

  first = ts_store_open_full (first_path, document, &error);
  g_assert_no_error (error);
  g_assert_true (ts_json_write_file (ts_store_get_dataset (first), NULL, json_file, &error));
  g_assert_no_error (error);
  g_file_get_contents (json_path, &first_export, NULL, &error);
  g_assert_no_error (error);

  second = store_test_open (second_path, FALSE);
  g_assert_true (ts_json_import_file (ts_store_get_dataset (second), json_file, &n_added, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, ts_dataset_get_n_records (ts_store_get_dataset (first)));

  /* Through the database, not only the dataset in memory. */
  g_clear_object (&second);
  second = store_test_open (second_path, FALSE);
  g_assert_true (ts_json_write_file (ts_store_get_dataset (second), NULL, json_file, &error));
  g_assert_no_error (error);
  g_file_get_contents (json_path, &second_export, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (first_export, ==, second_export);
  g_assert_true (g_str_has_suffix (first_export, "}\n"));
}

static void
test_round_trip_fixture (void)
{
  g_autoptr(GBytes) bytes = store_test_fixture_bytes ();

  assert_round_trip (bytes);
}

static void
test_round_trip_shipped (void)
{
  g_autofree char *path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                            "tianshan.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("data/dataset/tianshan.json is not there yet");
      return;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  assert_round_trip (bytes);
}

/* A file of version 1 of the format (the shipped dataset as it was before
 * version 2, kept as tests/data/dataset-v1.json) imports unchanged: every
 * record, written back byte for byte but for the version. */
static void
test_import_version_1 (void)
{
  g_autofree char *path = g_build_filename (TS_TESTS_SRCDIR, "data", "dataset-v1.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *db_path = store_test_dir_file (dir, "v1.db");
  g_autoptr(TsStore) store = store_test_open (db_path, FALSE);
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *exported = NULL;
  TsRecord *baisalov;
  guint n_records = 0;
  guint n_added = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"tianshan\",\n"
                                             "  \"version\": 1,\n"));
  for (const char *p = contents; (p = strstr (p, "\n    {\n      \"type\": ")) != NULL; p++)
    n_records++;
  g_assert_cmpuint (n_records, >, 100);

  g_assert_true (ts_json_import_file (dataset, file, &n_added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, n_records);
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_records);

  baisalov = ts_dataset_lookup (dataset, "person/edil-baisalov");
  g_assert_nonnull (baisalov);
  g_assert_cmpstr (ts_record_get_title (baisalov), ==, "Edil Baisalov");

  expected = g_string_new (contents);
  g_string_replace (expected, "\n  \"version\": 1,\n", "\n  \"version\": 2,\n", 1);
  exported = store_test_export (dataset);
  g_assert_cmpstr (exported, ==, expected->str);
}

/* Layout: two-space indent, "key": value, numbers as written, escapes,
 * the file's newline at the end. */
static void
test_write_layout (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "t.db");
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autofree char *text = store_test_export (ts_store_get_dataset (store));
  g_autoptr(TsStore) empty = NULL;
  g_autofree char *empty_path = store_test_dir_file (dir, "empty.db");
  g_autofree char *empty_text = NULL;

  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"tianshan\",\n  \"version\": 2,\n"
                                         "  \"records\": [\n    {\n      \"type\": \"meeting\","));
  g_assert_nonnull (strstr (text, "\n      \"lat\": 42.87,\n      \"lon\": 74.59\n"));
  g_assert_nonnull (strstr (text, "\"change\": 0.1\n"));
  g_assert_nonnull (strstr (text, "\"value\": 19800000000"));
  g_assert_nonnull (strstr (text, "\"Capital; \\\"Bishkek\\\" was\\n\\tFrunze until 1991 "
                                  "\\\\ see sources.\""));
  g_assert_nonnull (strstr (text, "\"excerpt\": \"Цитата с «кавычками»\""));
  g_assert_true (g_str_has_suffix (text, "\n  ]\n}\n"));

  empty = store_test_open (empty_path, FALSE);
  empty_text = store_test_export (ts_store_get_dataset (empty));
  g_assert_cmpstr (empty_text, ==,
                   "{\n  \"format\": \"tianshan\",\n  \"version\": 2,\n  \"records\": []\n}\n");
}

static gboolean
contains_id (GPtrArray  *records,
             const char *id)
{
  for (guint i = 0; i < records->len; i++)
    {
      if (g_str_equal (ts_record_get_id (g_ptr_array_index (records, i)), id))
        return TRUE;
    }
  return FALSE;
}

/* A query's export carries what its records refer to, transitively, and
 * nothing else; the file imports into an empty database. */
static void
test_write_query_closure (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "t.db");
  g_autofree char *empty_path = store_test_dir_file (dir, "empty.db");
  g_autofree char *json_path = store_test_dir_file (dir, "kant.json");
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(TsStore) empty = store_test_open (empty_path, FALSE);
  TsDataset *dataset = ts_store_get_dataset (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = NULL;
  g_autoptr(GPtrArray) records = NULL;
  guint n_added = 0;

  query = ts_query_new_from_strings ("kant", "meeting", "2023", "2023", &error);
  g_assert_no_error (error);
  records = ts_json_collect (dataset, query);

  /* The ceremony in Kant, its place, that place's parents, its source. */
  g_assert_true (contains_id (records, "meeting/2023-05-kant-ceremony"));
  g_assert_true (contains_id (records, "place/kant"));
  g_assert_true (contains_id (records, "place/chuy-region"));
  g_assert_true (contains_id (records, "place/kyrgyzstan"));
  g_assert_true (contains_id (records, "source/akipress-2023-10-25"));
  g_assert_false (contains_id (records, "meeting/2024-05-baisalov-beijing"));
  g_assert_false (contains_id (records, "place/beijing"));
  g_assert_cmpuint (records->len, ==, 5);

  /* Sorted by type, then id. */
  g_assert_cmpstr (ts_record_get_id (g_ptr_array_index (records, 0)), ==,
                   "meeting/2023-05-kant-ceremony");
  g_assert_cmpstr (ts_record_get_id (g_ptr_array_index (records, 1)), ==, "place/chuy-region");
  g_assert_cmpstr (ts_record_get_id (g_ptr_array_index (records, 4)), ==,
                   "source/akipress-2023-10-25");

  g_assert_true (ts_json_write_file (dataset, query, json_file, &error));
  g_assert_no_error (error);
  g_assert_true (ts_json_import_file (ts_store_get_dataset (empty), json_file, &n_added, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 5);
}

static void
test_write_error_names_file (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "t.db");
  g_autofree char *json_path = g_build_filename (dir->path, "no", "such", "folder.json", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(TsStore) store = store_test_open (path, TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_json_write_file (ts_store_get_dataset (store), NULL, json_file, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, json_path));
  g_assert_false (g_file_test (json_path, G_FILE_TEST_EXISTS));
}

#define ADD_BAD(name, func) \
  g_test_add ("/json/import/refuses/" name, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

/* What the store keeps of a record: Tianshan's writer without the layout.
 * json_to_string() of json-glib 1.6 wrote 1e17 as "1e+17.0", which no
 * parser reads. */
static void
test_write_node (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "big");
  json_builder_add_double_value (builder, 1e17);
  json_builder_set_member_name (builder, "tiny");
  json_builder_add_double_value (builder, 4.9406564584124654e-324);
  json_builder_set_member_name (builder, "decimal");
  json_builder_add_double_value (builder, 42.87);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, " a \"b\" \\ \n\t c ");
  json_builder_set_member_name (builder, "list");
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, 1);
  json_builder_add_string_value (builder, "x y");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  text = ts_json_node_to_string (node);
  g_assert_cmpstr (text, ==,
                   "{\"big\":1e+17,\"tiny\":4.94065645841247e-324,\"decimal\":42.87,"
                   "\"text\":\" a \\\"b\\\" \\\\ \\n\\t c \",\"list\":[1,\"x y\"]}");

  parsed = json_from_string (text, &error);
  g_assert_no_error (error);
  object = json_node_get_object (parsed);
  g_assert_true (json_object_get_double_member (object, "big") == 1e17);
  g_assert_true (json_object_get_double_member (object, "tiny") == 4.9406564584124654e-324);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, " a \"b\" \\ \n\t c ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD_BAD ("malformed", test_bad_malformed);
  ADD_BAD ("unknown-type", test_bad_unknown_type);
  ADD_BAD ("unknown-field", test_bad_unknown_field);
  ADD_BAD ("statement-without-speaker", test_bad_statement_speaker);
  ADD_BAD ("statement-kind-sung", test_bad_statement_kind);
  ADD_BAD ("citation-without-source", test_bad_statement_citation);
  ADD_BAD ("statement-without-citation", test_bad_statement_no_citation);
  ADD_BAD ("missing-id", test_bad_missing_id);
  ADD_BAD ("wrong-value-type", test_bad_wrong_value_type);
  ADD_BAD ("invalid-date", test_bad_invalid_date);
  ADD_BAD ("coordinates-out-of-range", test_bad_coordinates);
  ADD_BAD ("dangling-reference", test_bad_dangling_reference);
  ADD_BAD ("dangling-reference-in-list", test_bad_nested_reference);
  ADD_BAD ("duplicate-id", test_bad_duplicate_id);
  ADD_BAD ("not-tianshan", test_bad_format);
  ADD_BAD ("newer-version", test_bad_newer_version);
  ADD_BAD ("unknown-document-key", test_bad_document_key);
  ADD_BAD ("empty-file", test_bad_empty_file);
  ADD_BAD ("record-location", test_bad_record_location);
  ADD_BAD ("not-a-regular-file", test_bad_not_regular);
  ADD_BAD ("too-large", test_bad_too_large);
  for (guint i = 0; i < G_N_ELEMENTS (regressions); i++)
    {
      g_autofree char *test_path = g_strconcat ("/json/import/refuses/regression/",
                                                regressions[i].file, NULL);

      g_test_add (test_path, Fixture, GUINT_TO_POINTER (i), fixture_set_up,
                  test_bad_regression, fixture_tear_down);
    }
  g_test_add_func ("/json/import/regressions-listed", test_regressions_listed);
  g_test_add_func ("/json/read/depth-limit", test_read_depth_limit);
  g_test_add_func ("/json/read/numbers", test_read_numbers);
  g_test_add ("/json/import/merges", Fixture, NULL, fixture_set_up, test_import_merges,
              fixture_tear_down);
  g_test_add ("/json/import/missing-file", Fixture, NULL, fixture_set_up,
              test_import_missing_file, fixture_tear_down);
  g_test_add_func ("/json/round-trip/fixture", test_round_trip_fixture);
  g_test_add_func ("/json/round-trip/shipped", test_round_trip_shipped);
  g_test_add_func ("/json/import/version-1", test_import_version_1);
  g_test_add_func ("/json/write/layout", test_write_layout);
  g_test_add_func ("/json/write/node", test_write_node);
  g_test_add_func ("/json/write/query-closure", test_write_query_closure);
  g_test_add_func ("/json/write/error-names-file", test_write_error_names_file);

  return g_test_run ();
}
