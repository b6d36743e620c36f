/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Datasets for the export tests: a small one with the cases that break
 * exporters (formula payloads, over-long and invalid text), and a large
 * synthetic one. */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ts-dataset.h"
#include "ts-error.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-source.h"
#include "ts-store.h"

#include "model-test-utils.h"

#define EXPORT_TEST_TIME "1767225600" /* 2026-01-01T00:00:00Z */
#define EXPORT_TEST_LONG_ID "meeting/2021-03-long-text"
#define EXPORT_TEST_INVALID_ID "meeting/2021-04-invalid-utf8"

/* Every record of @dataset, in the order of its lists. */
static inline GPtrArray *
export_test_dataset_records (TsDataset *dataset)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *model = ts_dataset_get_records (dataset, type);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (records, g_list_model_get_item (model, i));
    }
  return records;
}

static inline TsDate
export_test_date (const char *text)
{
  TsDate date = TS_DATE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_true (ts_date_parse (text, &date, &error));
  g_assert_no_error (error);
  return date;
}

/* tests/data/export-fixture.json, plus a meeting whose summary is longer
 * than a cell holds and one with invalid UTF-8 in its title and notes.
 * The model refuses text that is not UTF-8, so that one is loaded past the
 * model's checks, as the store loads records: the exporters must still
 * cope with it. */
static inline TsDataset *
export_test_load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export-fixture.json",
                                                 NULL);
  TsDataset *dataset = model_test_load_dataset (path);
  g_autoptr(TsMeeting) long_meeting = ts_meeting_new (EXPORT_TEST_LONG_ID, "A long record");
  g_autoptr(TsMeeting) invalid_meeting = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  TsDate date;

  /* 40 000 characters, among them characters outside the BMP, which Excel
   * counts twice. */
  while (g_utf8_strlen (summary->str, -1) < 40000)
    g_string_append (summary, "Байсалов 🚄 ");
  date = export_test_date ("2021-03");
  ts_meeting_set_date (long_meeting, &date);
  ts_record_set_summary (TS_RECORD (long_meeting), summary->str);
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (long_meeting), &error));
  g_assert_no_error (error);

  invalid_meeting = ts_meeting_new (EXPORT_TEST_INVALID_ID, "Bad \xff\xfe bytes");
  date = export_test_date ("2021-04-02");
  ts_meeting_set_date (invalid_meeting, &date);
  ts_record_set_notes (TS_RECORD (invalid_meeting), "ok \xc3\x28 then \x01 control");

  records = export_test_dataset_records (dataset);
  g_ptr_array_add (records, g_object_ref (invalid_meeting));
  g_object_unref (dataset);
  dataset = ts_dataset_new ();
  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);

  return dataset;
}

/* @n records of every type but sources and figures in proportion, each
 * meeting linked to a place, two people and a source. */
static inline TsDataset *
export_test_make_large (guint n)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();
  guint n_places = n / 50, n_people = n / 20, n_sources = n / 20, n_figures = n / 100;
  guint n_meetings = n - n_places - n_people - n_sources - n_figures;
  guint n_added = 0;

  for (guint i = 0; i < n_places; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      g_autofree char *title = g_strdup_printf ("Place %u", i);
      TsPlace *place = ts_place_new (id, title);

      ts_place_set_lat (place, 30.0 + (i % 200) / 10.0);
      ts_place_set_lon (place, 70.0 + (i % 400) / 10.0);
      ts_place_set_name (place, "ru", "Город");
      g_ptr_array_add (records, place);
    }
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("person/p%u", i);
      g_autofree char *title = g_strdup_printf ("Person %u", i);
      TsPerson *person = ts_person_new (id, title);

      ts_person_set_name (person, "zh", "人物");
      g_ptr_array_add (records, person);
    }
  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *id = g_strdup_printf ("source/s%u", i);
      g_autofree char *title = g_strdup_printf ("Headline %u", i);
      g_autofree char *url = g_strdup_printf ("https://example.org/news/%u", i);
      TsSource *source = ts_source_new (id, title);
      TsDate date = TS_DATE_INIT;

      ts_date_set_ymd (&date, 2000 + i % 25, 1 + i % 12, 1 + i % 28);
      ts_source_set_date (source, &date);
      ts_source_set_url (source, url);
      ts_source_set_reliability (source, 1 + i % 6);
      g_ptr_array_add (records, source);
    }
  for (guint i = 0; i < n_figures; i++)
    {
      g_autofree char *id = g_strdup_printf ("figure/f%u", i);
      g_autofree char *title = g_strdup_printf ("Indicator %u, %u", i % 4, 1990 + i / 4);
      g_autofree char *indicator = g_strdup_printf ("Indicator %u", i % 4);
      TsFigure *figure = ts_figure_new (id, title);
      TsDate period = TS_DATE_INIT;

      period.year = 1990 + i / 4;
      period.precision = TS_DATE_PRECISION_YEAR;
      ts_figure_set_indicator (figure, indicator);
      ts_figure_set_period (figure, &period);
      ts_figure_set_value (figure, i * 1000.5);
      ts_figure_set_unit (figure, "USD");
      g_ptr_array_add (records, figure);
    }
  for (guint i = 0; i < n_meetings; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%u", i);
      g_autofree char *title = g_strdup_printf ("Meeting %u on cooperation", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i % n_places);
      g_autofree char *source = g_strdup_printf ("source/s%u", i % n_sources);
      g_autofree char *person1 = g_strdup_printf ("person/p%u", i % n_people);
      g_autofree char *person2 = g_strdup_printf ("person/p%u", (i + 7) % n_people);
      const char *sources[] = { source, NULL };
      TsMeeting *meeting = ts_meeting_new (id, title);
      g_autoptr(TsParticipant) p1 = ts_participant_new (person1, "Minister", "KG");
      g_autoptr(TsParticipant) p2 = ts_participant_new (person2, "Ambassador", "CN");
      TsDate date = TS_DATE_INIT;

      ts_date_set_ymd (&date, 2000 + i % 25, 1 + i % 12, 1 + i % 28);
      ts_meeting_set_date (meeting, &date);
      ts_meeting_set_place_id (meeting, place);
      ts_meeting_add_participant (meeting, p1);
      ts_meeting_add_participant (meeting, p2);
      ts_meeting_set_level (meeting, 1 + i % 5);
      ts_meeting_set_format (meeting, 1 + i % 11);
      ts_record_set_summary (TS_RECORD (meeting),
                             "The sides discussed trade, transport and the railway, and agreed "
                             "to meet again.");
      ts_record_set_source_ids (TS_RECORD (meeting), sources);
      g_ptr_array_add (records, meeting);
    }

  g_assert_true (ts_dataset_merge (dataset, records, &n_added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, n);
  return dataset;
}

/* The files left in @dir (none, after a failed export). */
static inline guint
export_test_count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static inline void
export_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* Runs the tianshan binary headless (no display) with @args after
 * "--database DIR/tianshan.db"; returns its exit status, and its standard
 * error in @err. */
static inline int
export_test_run_cli (const char         *dir,
                     const char * const *args,
                     char              **err)
{
  g_autofree char *binary = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "app", "tianshan",
                                              NULL);
  g_autofree char *database = g_build_filename (dir, "tianshan.db", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", dir, TRUE);
  envp = g_environ_setenv (envp, "TIANSHAN_EXPORT_TIME", EXPORT_TEST_TIME, TRUE);

  g_ptr_array_add (argv, binary);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, database);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* A database in @dir holding only tests/data/@name: it is created with
 * the file as its first-run seed, so the shipped dataset that a new
 * database otherwise starts with stays out of the counts. */
static inline void
export_test_import_file (const char *dir,
                         const char *name)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *database = g_build_filename (dir, "tianshan.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) seed = NULL;
  g_autoptr(TsStore) store = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (fixture, &contents, &length, &error);
  g_assert_no_error (error);
  seed = g_bytes_new_take (contents, length);

  store = ts_store_open_full (database, seed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* A database in @dir holding only tests/data/export-fixture.json. */
static inline void
export_test_import_fixture (const char *dir)
{
  export_test_import_file (dir, "export-fixture.json");
}

/* Runs tests/check-briefing.py @mode @path; skips the test when the
 * reader (python3-openpyxl) is not installed. */
static inline void
export_test_check (const char *mode,
                   const char *path,
                   const char *extra)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-briefing.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", script, mode, path, extra, NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_fail_printf ("check-briefing.py %s failed:\n%s%s", mode, out, err);
  else if (out[0] != '\0')
    g_test_message ("%s", out);
}
