/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The Excel briefing, read back with a reader we did not write
 * (tests/check-briefing.py, python3-openpyxl). */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <sys/resource.h>
#include <signal.h>

#include "ts-briefing.h"
#include "ts-export-text.h"
#include "ts-i18n.h"

#include "export-test-utils.h"

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

  fixture->dir = g_dir_make_tmp ("tianshan-briefing-XXXXXX", &error);
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

static TsBasemap *
load_basemap (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "data", "basemap",
                                            "basemap.json", NULL);
  g_autoptr(GError) error = NULL;
  TsBasemap *basemap = ts_basemap_new_from_file (path, &error);

  g_assert_no_error (error);
  return basemap;
}

static char *
write_briefing_with (Fixture                 *fixture,
                     TsQuery                 *query,
                     const TsBriefingOptions *options,
                     const char              *name)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, query);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (ts_briefing_write (data, path, options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static char *
write_briefing (Fixture    *fixture,
                TsQuery    *query,
                const char *name)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, query);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Sanitising */

static void
test_text_truncates_with_marker (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *safe = NULL;
  glong units = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "Ж🚄");
  safe = ts_export_text_sanitize (text->str, TS_EXPORT_CELL_MAX);

  g_assert_true (g_utf8_validate (safe, -1, NULL));
  g_assert_true (g_str_has_suffix (safe, "… [truncated]"));
  for (const char *p = safe; *p != '\0'; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) >= 0x10000 ? 2 : 1;
  g_assert_cmpint (units, <=, TS_EXPORT_CELL_MAX);
  g_assert_cmpint (units, >, TS_EXPORT_CELL_MAX - 20);

  g_free (safe);
  safe = ts_export_text_sanitize ("short", TS_EXPORT_CELL_MAX);
  g_assert_cmpstr (safe, ==, "short");
}

static void
test_text_makes_valid (void)
{
  g_autofree char *safe = ts_export_text_sanitize ("a\xff" "b\x01" "c\td", 100);

  g_assert_true (g_utf8_validate (safe, -1, NULL));
  g_assert_cmpstr (safe, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\td");
}

static void
test_sheet_names (void)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *a = ts_export_sheet_name ("Meet[ings]: a/b\\c*?", "Meetings", taken);
  g_autofree char *b = ts_export_sheet_name ("MEETINGS ABC", "Meetings", taken);
  g_autofree char *c = ts_export_sheet_name ("", "Sources", taken);
  g_autofree char *d = ts_export_sheet_name ("History", "Places", taken);
  g_autofree char *e = ts_export_sheet_name ("'Quoted'", NULL, taken);
  g_autofree char *f = ts_export_sheet_name ("Очень длинное название листа для таблицы", NULL,
                                             taken);
  g_autofree char *g = ts_export_sheet_name ("Sources", "Sources", taken);

  g_assert_cmpstr (a, ==, "Meetings abc");
  g_assert_cmpstr (b, ==, "Meetings");
  g_assert_cmpstr (c, ==, "Sources");
  g_assert_cmpstr (d, ==, "Places");
  g_assert_cmpstr (e, ==, "Quoted");
  g_assert_cmpint (g_utf8_strlen (f, -1), ==, 31);
  g_assert_true (g_str_has_prefix (f, "Очень длинное"));
  g_assert_cmpstr (g, ==, "Sources (2)");
}

/* The workbook */

static void
test_workbook_contents (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = write_briefing (fixture, NULL, "briefing.xlsx");

  export_test_check ("full", path, NULL);
}

/* One of several days reads as people write it, and a figure's publisher
 * has its column. */
static void
test_workbook_date_set (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/set", "Set meeting");
  g_autoptr(TsFigure) figure = ts_figure_new ("figure/set", "Set figure");
  g_autoptr(GError) error = NULL;
  TsDate date = export_test_date ("[2023-09-07,2023-09-08]");
  TsDate period = export_test_date ("2024");
  g_autofree char *path = NULL;

  ts_meeting_set_date (meeting, &date);
  g_assert_true (ts_dataset_add (fixture->dataset, TS_RECORD (meeting), &error));
  g_assert_no_error (error);
  ts_figure_set_indicator (figure, "Set indicator");
  ts_figure_set_period (figure, &period);
  ts_figure_set_value (figure, 1);
  ts_figure_set_publisher (figure, "National Statistical Committee");
  g_assert_true (ts_dataset_add (fixture->dataset, TS_RECORD (figure), &error));
  g_assert_no_error (error);

  path = write_briefing (fixture, NULL, "date-set.xlsx");
  export_test_check ("date-set", path, NULL);
}

static void
test_workbook_filtered (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = ts_query_new_from_strings ("baysalov", "meeting", "2023", NULL,
                                                        &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = write_briefing (fixture, query, "filtered.xlsx");
  export_test_check ("filtered", path, NULL);
}

/* A dossier of one record: the record, what it links to and what links
 * to it, with their linked context; the cover leads with the record. */
static void
test_workbook_dossier (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsExportData) data = ts_export_data_new_around (fixture->dataset, NULL,
                                                            "project/cku-railway", 1, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "dossier.xlsx", NULL);
  guint hops = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (ts_record_get_id (ts_export_data_get_focus (data, &hops)), ==,
                   "project/cku-railway");
  g_assert_cmpuint (hops, ==, 1);
  g_assert_true (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  export_test_check ("dossier", path, NULL);

  /* A record that does not exist is named. */
  g_assert_null (ts_export_data_new_around (fixture->dataset, NULL, "project/none", 1, &error));
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "project/none"));
}

/* What the records in scope link to comes in, marked, and nothing else. */
static void
test_linked_context (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = ts_query_new_from_strings ("baysalov", "meeting", "2023", NULL,
                                                        &error);
  g_autoptr(TsExportData) data = NULL;
  GPtrArray *people;

  g_assert_no_error (error);
  data = ts_export_data_new (fixture->dataset, query);
  people = ts_export_data_get_records (data, TS_RECORD_TYPE_PERSON);
  g_assert_cmpuint (ts_export_data_get_n_matched (data, TS_RECORD_TYPE_MEETING), ==, 2);
  g_assert_cmpuint (ts_export_data_get_n_linked (data, TS_RECORD_TYPE_MEETING), ==, 0);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (ts_record_get_id (people->pdata[0]), ==, "person/edil-baisalov");
  g_assert_true (ts_export_data_is_linked (data, people->pdata[0]));
  g_assert_cmpuint (ts_export_data_get_n_linked (data, TS_RECORD_TYPE_PERSON), ==, 1);
  g_assert_cmpuint (ts_export_data_get_n_matched (data, TS_RECORD_TYPE_PERSON), ==, 0);
  /* The linked records do not widen the period. */
  g_assert_cmpint (ts_export_data_get_first_date (data)->year, ==, 2023);
  g_assert_null (ts_export_data_get_focus (data, NULL));
}

/* Two exports of the same data at the same (fixed) time are the same
 * bytes: the creation time, the zip entries' times and the map picture. */
static void
test_workbook_reproducible (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(TsBasemap) basemap = load_basemap ();
  TsBriefingOptions options = { .basemap = basemap };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *contents_a = NULL;
  g_autofree char *contents_b = NULL;
  gsize length_a, length_b;

  g_setenv ("TIANSHAN_EXPORT_TIME", EXPORT_TEST_TIME, TRUE);
  a = write_briefing_with (fixture, NULL, &options, "a.xlsx");
  g_usleep (1100 * 1000);
  b = write_briefing_with (fixture, NULL, &options, "b.xlsx");
  g_unsetenv ("TIANSHAN_EXPORT_TIME");

  g_assert_true (g_file_get_contents (a, &contents_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (b, &contents_b, &length_b, NULL));
  g_assert_cmpmem (contents_a, length_a, contents_b, length_b);

  export_test_check ("created", a, "2026-01-01T00:00:00");
}

static void
test_workbook_options_time (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "timed.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  TsBriefingOptions options = { .title = "Custom title", .author = "Analyst", .created = 86400 };

  g_assert_true (ts_briefing_write (data, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  export_test_check ("created", path, "1970-01-02T00:00:00");
  /* A name the user gave is written. */
  export_test_check ("creator", path, "Analyst");
}

/* Without one, no document property names the user: not the login name,
 * not the real name. */
static void
test_workbook_no_author (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *path = write_briefing_with (fixture, NULL, NULL, "anonymous.xlsx");

  export_test_check ("creator", path, NULL);
}

/* The cover's map, drawn by app/render on the Natural Earth basemap, and
 * its timeline. */
static void
test_workbook_map (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(TsBasemap) basemap = load_basemap ();
  TsBriefingOptions options = { .basemap = basemap };
  g_autofree char *path = write_briefing_with (fixture, NULL, &options, "map.xlsx");

  export_test_check ("map", path, NULL);
  export_test_check ("timeline", path, NULL);
}

/* Failures leave no file */

static void
on_progress_cancel (double   fraction,
                    gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_failure_cancelled (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_briefing_write (data, path, NULL, cancellable, on_progress_cancel,
                                     cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, "cancelled.xlsx"));
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

static void
test_failure_missing_folder (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

/* The rename at the end fails: the target is a folder that is not empty. */
static void
test_failure_target_is_folder (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "folder.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", 1, NULL));

  g_assert_false (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "folder.xlsx"));
  /* Only the folder that was there. */
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 1);
  g_remove (inside);
}

/* A full disk, as a file size limit: libxlsxwriter fails while writing the
 * zip, and the partial file is removed. */
static void
test_failure_disk_full (Fixture       *fixture,
                        gconstpointer  user_data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TsDataset) large = export_test_make_large (2000);
      g_autoptr(TsExportData) data = ts_export_data_new (large, NULL);
      const char *dir = g_getenv ("TS_TEST_EXPORT_DIR");
      g_autofree char *path = g_build_filename (dir, "full.xlsx", NULL);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 16 * 1024, 16 * 1024 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "full.xlsx"));
      g_printerr ("%s\n", error->message);
      return;
    }

  g_setenv ("TS_TEST_EXPORT_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not write*full.xlsx*No file was written*");
  /* Only that: none of libxlsxwriter's own lines. */
  g_test_trap_assert_stderr_unmatched ("*[ERROR]*");
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

/* The command line: tianshan --export FILE.xlsx with the JSON export's
 * filters, headless. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cli.xlsx", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "cli.xlsx", NULL);
  const char *args[] = { "--export", path, "--search", "baysalov", "--type", "meeting",
                         "--from", "2023", NULL };
  const char *bad_args[] = { "--export", missing, NULL };
  g_autofree char *dossier = g_build_filename (fixture->dir, "dossier.xlsx", NULL);
  const char *dossier_args[] = { "--export", dossier, "--around", "project/cku-railway", NULL };
  const char *unknown_args[] = { "--export", dossier, "--around", "project/no-such-railway",
                                 "--hops", "2", NULL };
  g_autofree char *err = NULL;

  export_test_import_fixture (fixture->dir);

  g_assert_cmpint (export_test_run_cli (fixture->dir, dossier_args, &err), ==, 0);
  export_test_check ("dossier", dossier, NULL);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_remove (dossier) == 0);
  /* An unknown record is a usage error naming it; nothing is written. */
  g_assert_cmpint (export_test_run_cli (fixture->dir, unknown_args, &err), ==, 2);
  g_assert_nonnull (strstr (err, "project/no-such-railway"));
  g_assert_false (g_file_test (dossier, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
  export_test_check ("filtered", path, NULL);
  export_test_check ("created", path, "2026-01-01T00:00:00");

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_test_run_cli (fixture->dir, bad_args, &err), ==, 1);
  g_assert_nonnull (strstr (err, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* One language: a scheduled briefing in Russian or Chinese, from the C
 * locale a job runs in, has its tabs, headers, vocabulary values and
 * Definitions in that language, names in its script, and the titles,
 * summaries and roles the records have in that language (English where
 * they have none), in the workbook and in CSV. */
static void
test_language (Fixture       *fixture,
               gconstpointer  user_data)
{
  const char *languages[] = { "ru", "zh_CN" };
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);

  export_test_import_fixture (fixture->dir);
  /* The build's translations, as the program finds them uninstalled. */
  g_setenv ("TIANSHAN_LOCALEDIR", localedir, TRUE);
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("briefing-%s.xlsx", languages[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      const char *args[] = { "--export", path, "--language", languages[i], NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      export_test_check ("language", path, languages[i]);
    }

  /* A CSV file in a language has the titles in it too. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("meetings-%s.csv", languages[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      const char *args[] = { "--export", path, "--type", "meeting", "--language", languages[i],
                             NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      export_test_check ("csv-language", path, languages[i]);
    }
}

/* Two briefings one after the other in one process, each in its own
 * language, as the window writes them when the user changes the language
 * between the two: each is in its own. A briefing holds the language while
 * it is written (each message translated once, ts_i18n_hold ()) and lets
 * it go at its end. */
static void
test_language_per_briefing (Fixture       *fixture,
                            gconstpointer  user_data)
{
  const char *languages[] = { "ru", "zh_CN" };
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "data",
                                                         "export-fixture.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (fixture_path);
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);

  /* The build's translations, as the program binds them (app/main.c). */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  setlocale (LC_ALL, "C.UTF-8");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(TsExportData) data = NULL;
      g_autofree char *name = g_strdup_printf ("in-process-%s.xlsx", languages[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GError) error = NULL;

      ts_i18n_set_language (languages[i]);
      data = ts_export_data_new (dataset, NULL);
      g_assert_true (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      export_test_check ("language", path, languages[i]);
    }

  /* English again for the tests after this one, in this process. */
  g_unsetenv ("LANGUAGE");
  textdomain (textdomain (NULL));
}

/* Statements: a sheet of them after the meetings, with who spoke, for
 * whom, where, the words and the sentences that carry them; on the cover
 * a few, quotes first and a voice each, in the briefing's language where
 * the words have it (a Russian briefing's Baisalov speaks Russian). */
static void
test_statements (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *fixture_path = g_test_build_filename (G_TEST_DIST, "data",
                                                         "statements-fixture.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (fixture_path);
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "statements.xlsx", NULL);
  g_autofree char *ru = g_build_filename (fixture->dir, "statements-ru.xlsx", NULL);
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  const char *args[] = { "--export", ru, "--language", "ru", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  g_assert_true (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  export_test_check ("statements", path, NULL);

  export_test_import_file (fixture->dir, "statements-fixture.json");
  g_setenv ("TIANSHAN_LOCALEDIR", localedir, TRUE);
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  export_test_check ("statements", ru, "ru");
}

/* Excel's limits: past 65 530 links on a sheet the cells are plain text,
 * and the command line says so once, however many cells it concerns. */

#define N_LINK_LIMIT_SOURCES 65600

static void
test_link_limit (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"tianshan\", \"version\": 1, "
                                          "\"records\": [");
  g_autofree char *database = g_build_filename (fixture->dir, "tianshan.db", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "sources.xlsx", NULL);
  g_autofree char *n = g_strdup_printf ("%u", N_LINK_LIMIT_SOURCES);
  const char *args[] = { "--export", path, NULL };
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  for (guint i = 0; i < N_LINK_LIMIT_SOURCES; i++)
    g_string_append_printf (json, "%s{\"type\": \"source\", \"id\": \"source/s%u\", "
                            "\"title\": \"Headline %u\", \"date\": \"2024-05-01\", "
                            "\"url\": \"https://example.org/news/%u\"}",
                            i > 0 ? ", " : "", i, i, i);
  g_string_append (json, "]}");
  seed = g_string_free_to_bytes (g_steal_pointer (&json));
  store = ts_store_open_full (database, seed, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (export_test_run_cli (fixture->dir, args, &err), ==, 0);
  /* One line, naming how many links became text, and nothing from
   * libxlsxwriter ("URL ignored"). */
  lines = g_strsplit (g_strchomp (err), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      n_lines++;
  g_assert_cmpuint (n_lines, ==, 1);
  g_assert_nonnull (strstr (err, "70 links were written as plain text"));
  g_assert_null (strstr (err, "URL"));

  export_test_check ("link-limit", path, n);
}

/* In a thread, as the window runs it */

typedef struct
{
  GMainLoop *loop;
  GArray    *fractions;
  gboolean   done;
  gboolean   progress_after_done;
  gboolean   ok;
  GError    *error;
  char      *notice;
  GThread   *main_thread;
} AsyncState;

static void
on_async_progress (double   fraction,
                   gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  if (state->done)
    state->progress_after_done = TRUE;
  g_array_append_val (state->fractions, fraction);
}

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  state->ok = ts_briefing_write_finish (result, &state->error);
  if (state->ok)
    state->notice = ts_briefing_write_dup_notice (result);
  state->done = TRUE;
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(TsDataset) large = export_test_make_large (3000);
  g_autoptr(TsExportData) data = ts_export_data_new (large, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "async.xlsx", NULL);
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  state.fractions = g_array_new (FALSE, FALSE, sizeof (double));
  state.main_thread = g_thread_self ();

  ts_briefing_write_async (data, path, NULL, NULL, on_async_progress, &state, on_async_done,
                           &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.fractions->len, >, 1);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);

  /* Progress still queued when the callback ran is dropped. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (state.progress_after_done);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* Nothing for the reader to know. */
  g_assert_null (state.notice);

  g_main_loop_unref (state.loop);
  g_array_unref (state.fractions);
}

/* The window's export learns of links past Excel's limit, for its toast. */
static void
test_async_link_limit (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(TsExportData) data = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "async-sources.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  AsyncState state = { 0 };

  for (guint i = 0; i < N_LINK_LIMIT_SOURCES; i++)
    {
      g_autofree char *id = g_strdup_printf ("source/s%u", i);
      g_autofree char *title = g_strdup_printf ("Headline %u", i);
      g_autofree char *url = g_strdup_printf ("https://example.org/news/%u", i);
      TsSource *source = ts_source_new (id, title);

      ts_source_set_url (source, url);
      g_ptr_array_add (records, source);
    }
  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);
  data = ts_export_data_new (dataset, NULL);

  state.loop = g_main_loop_new (NULL, FALSE);
  state.fractions = g_array_new (FALSE, FALSE, sizeof (double));
  state.main_thread = g_thread_self ();
  ts_briefing_write_async (data, path, NULL, NULL, NULL, NULL, on_async_done, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpstr (state.notice, ==,
                   "70 links were written as plain text: Excel allows at most 65530 links "
                   "on a sheet");

  g_free (state.notice);
  g_main_loop_unref (state.loop);
  g_array_unref (state.fractions);
}

static void
test_async_cancelled (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(TsExportData) data = ts_export_data_new (fixture->dataset, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "async.xlsx", NULL);
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  state.fractions = g_array_new (FALSE, FALSE, sizeof (double));
  state.main_thread = g_thread_self ();

  g_cancellable_cancel (cancellable);
  ts_briefing_write_async (data, path, NULL, cancellable, NULL, NULL, on_async_done, &state);
  g_main_loop_run (state.loop);

  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);

  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
  g_array_unref (state.fractions);
}

/* 10 000 records */

static void
test_large (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(TsDataset) large = export_test_make_large (10000);
  g_autoptr(TsExportData) data = ts_export_data_new (large, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "large.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  g_assert_true (ts_briefing_write (data, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("10 000 records exported in %.2f s", seconds);
  g_printerr ("# 10 000 records exported in %.2f s\n", seconds);

  export_test_check ("large", path, "10000");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/briefing/text/truncates-with-marker", test_text_truncates_with_marker);
  g_test_add_func ("/briefing/text/makes-valid", test_text_makes_valid);
  g_test_add_func ("/briefing/text/sheet-names", test_sheet_names);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/briefing/workbook/contents", test_workbook_contents);
  ADD ("/briefing/workbook/filtered", test_workbook_filtered);
  ADD ("/briefing/workbook/date-set", test_workbook_date_set);
  ADD ("/briefing/workbook/linked-context", test_linked_context);
  ADD ("/briefing/workbook/dossier", test_workbook_dossier);
  ADD ("/briefing/workbook/reproducible", test_workbook_reproducible);
  ADD ("/briefing/workbook/options-time", test_workbook_options_time);
  ADD ("/briefing/workbook/no-author", test_workbook_no_author);
  ADD ("/briefing/workbook/map", test_workbook_map);
  ADD ("/briefing/cli", test_cli);
  ADD ("/briefing/language", test_language);
  ADD ("/briefing/language-per-briefing", test_language_per_briefing);
  ADD ("/briefing/statements", test_statements);
  ADD ("/briefing/link-limit", test_link_limit);
  ADD ("/briefing/failure/cancelled", test_failure_cancelled);
  ADD ("/briefing/failure/missing-folder", test_failure_missing_folder);
  ADD ("/briefing/failure/target-is-folder", test_failure_target_is_folder);
  ADD ("/briefing/failure/disk-full", test_failure_disk_full);
  ADD ("/briefing/async/progress", test_async);
  ADD ("/briefing/async/cancelled", test_async_cancelled);
  ADD ("/briefing/async/link-limit", test_async_link_limit);
  ADD ("/briefing/large", test_large);

#undef ADD

  return g_test_run ();
}
