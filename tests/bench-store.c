/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long the store takes with 100 000 records: creating the database
 * from a document (the first-run import), opening it again (the load every
 * start pays), exporting it, and saving one edit. Not a test: run
 * `ninja tests/bench-store && tests/bench-store [N_RECORDS [DATABASE]]` in
 * a build folder. With DATABASE, an existing file is opened as it is (no
 * first run), a new one is kept for the next run, and neither is written to
 * after its first run (no export, no edits): the next run opens the same.
 *
 * Each open prints its wall time and the CPU time of the whole process
 * (every thread): on a busy machine the wall time says more about the
 * other processes than about this one. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "ts-json.h"
#include "ts-place.h"
#include "ts-store.h"

#include "store-test-utils.h"

/* Shares of the records by type, roughly those of a mature dataset. */
static const struct
{
  const char *type;
  guint       per_mille;
} shares[] = {
  { "place", 20 },
  { "organization", 20 },
  { "person", 60 },
  { "source", 150 },
  { "project", 20 },
  { "agreement", 130 },
  { "meeting", 550 },
  { "figure", 50 },
};

static guint
count_of (const char *type,
          guint       n_records)
{
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    {
      if (g_str_equal (shares[i].type, type))
        return MAX (1, n_records * shares[i].per_mille / 1000);
    }
  g_assert_not_reached ();
}

static void
append_date (GString *out,
             guint    i)
{
  g_string_append_printf (out, "\"%04u-%02u-%02u\"", 2000 + i % 25, 1 + i % 12, 1 + i % 28);
}

static GBytes *
generate (guint n_records)
{
  GString *out = g_string_new ("{\"format\": \"tianshan\", \"version\": 1, \"records\": [\n");
  guint n_places = count_of ("place", n_records);
  guint n_organizations = count_of ("organization", n_records);
  guint n_people = count_of ("person", n_records);
  guint n_sources = count_of ("source", n_records);
  guint n_projects = count_of ("project", n_records);
  guint n_agreements = count_of ("agreement", n_records);
  guint n_meetings = count_of ("meeting", n_records);
  guint n_figures = count_of ("figure", n_records);

  for (guint i = 0; i < n_sources; i++)
    {
      g_string_append_printf (out, "{\"type\": \"source\", \"id\": \"source/s%u\", "
                                   "\"title\": \"Report number %u on relations\", "
                                   "\"publisher\": \"Agency %u\", \"date\": ",
                              i, i, i % 40);
      append_date (out, i);
      g_string_append_printf (out, ", \"url\": \"https://news.example.org/%u\", "
                                   "\"language\": \"ru\", \"reliability\": \"B\", "
                                   "\"excerpt\": \"The sides agreed to deepen cooperation "
                                   "in trade, transport and culture.\"},\n", i);
    }
  for (guint i = 0; i < n_places; i++)
    {
      g_string_append_printf (out, "{\"type\": \"place\", \"id\": \"place/p%u\", "
                                   "\"title\": \"Place %u\", \"names\": {\"en\": \"Place %u\", "
                                   "\"ru\": \"Место %u\"}, \"kind\": \"city\", "
                                   "\"country\": \"KG\", ",
                              i, i, i, i);
      /* A tree of places, as cities lie in provinces in countries. */
      if (i > 0)
        g_string_append_printf (out, "\"parent\": \"place/p%u\", ", i / 2);
      /* Not %f: the decimal point must not follow the locale. */
      g_string_append_printf (out, "\"lat\": %u.%02u, \"lon\": %u.%02u, "
                                   "\"sources\": [\"source/s%u\"]},\n",
                              39 + i % 400 / 100, i % 100, 70 + i % 900 / 100, i % 100,
                              i % n_sources);
    }
  for (guint i = 0; i < n_organizations; i++)
    g_string_append_printf (out, "{\"type\": \"organization\", \"id\": \"organization/o%u\", "
                                 "\"title\": \"Ministry %u\", \"kind\": \"ministry\", "
                                 "\"country\": \"%s\", \"sources\": [\"source/s%u\"]},\n",
                            i, i, i % 2 ? "CN" : "KG", i % n_sources);
  for (guint i = 0; i < n_people; i++)
    g_string_append_printf (out, "{\"type\": \"person\", \"id\": \"person/h%u\", "
                                 "\"title\": \"Person %u\", \"names\": {\"en\": "
                                 "\"Person %u\", \"ru\": \"Персона %u\", \"zh\": \"人物%u\"}, "
                                 "\"aliases\": [\"Persona %u\"], \"country\": \"%s\", "
                                 "\"positions\": [{\"title\": \"Minister\", "
                                 "\"organization\": \"organization/o%u\", \"from\": \"2019\"}], "
                                 "\"sources\": [\"source/s%u\"]},\n",
                            i, i, i, i, i, i, i % 2 ? "CN" : "KG", i % n_organizations,
                            i % n_sources);
  for (guint i = 0; i < n_projects; i++)
    g_string_append_printf (out, "{\"type\": \"project\", \"id\": \"project/j%u\", "
                                 "\"title\": \"Project %u\", \"sector\": \"transport\", "
                                 "\"status\": \"implementation\", \"milestones\": [{\"date\": "
                                 "\"2020-05\", \"status\": \"pledge\"}, {\"date\": \"2022\", "
                                 "\"status\": \"commitment\", \"source\": \"source/s%u\"}], "
                                 "\"places\": [\"place/p%u\"], \"route\": [{\"lat\": 41.1, "
                                 "\"lon\": 72.5}, {\"lat\": 40.5, \"lon\": 73.1}], "
                                 "\"partners\": [\"organization/o%u\"], "
                                 "\"value_usd\": %u000000},\n",
                            i, i, i % n_sources, i % n_places, i % n_organizations, 1 + i);
  for (guint i = 0; i < n_meetings; i++)
    {
      g_string_append_printf (out, "{\"type\": \"meeting\", \"id\": \"meeting/m%u\", "
                                   "\"title\": \"Talks number %u\", \"summary\": \"The sides "
                                   "discussed trade and the railway.\", \"date\": ",
                              i, i);
      append_date (out, i);
      g_string_append_printf (out, ", \"place\": \"place/p%u\", \"participants\": ["
                                   "{\"person\": \"person/h%u\", \"role\": \"Minister\", "
                                   "\"side\": \"KG\"}, {\"person\": \"person/h%u\", "
                                   "\"role\": \"Minister\", \"side\": \"CN\"}], "
                                   "\"level\": \"minister\", \"format\": \"talks\", "
                                   "\"topics\": [\"trade\", \"transport\"], "
                                   "\"projects\": [\"project/j%u\"], "
                                   "\"tags\": [\"belt-and-road\"], "
                                   "\"sources\": [\"source/s%u\"]},\n",
                              i % n_places, i % n_people, (i * 7 + 1) % n_people,
                              i % n_projects, i % n_sources);
    }
  for (guint i = 0; i < n_agreements; i++)
    {
      g_string_append_printf (out, "{\"type\": \"agreement\", \"id\": \"agreement/a%u\", "
                                   "\"title\": \"Memorandum %u\", \"date\": ", i, i);
      append_date (out, i);
      g_string_append_printf (out, ", \"kind\": \"memorandum\", \"parties\": ["
                                   "{\"party\": \"place/p%u\"}, {\"party\": "
                                   "\"organization/o%u\"}], \"signatories\": "
                                   "[\"person/h%u\"], \"signed_at\": \"meeting/m%u\", "
                                   "\"status\": \"signed\", \"sources\": [\"source/s%u\"]},\n",
                              i % n_places, i % n_organizations, i % n_people,
                              i % n_meetings, i % n_sources);
    }
  for (guint i = 0; i < n_figures; i++)
    g_string_append_printf (out, "{\"type\": \"figure\", \"id\": \"figure/f%u\", "
                                 "\"title\": \"Trade %u\", \"indicator\": \"Trade %u\", "
                                 "\"period\": \"%u\", \"value\": %u.5, \"unit\": \"USD\", "
                                 "\"change\": 3.25, \"sources\": [\"source/s%u\"]},\n",
                            i, i, i / 25, 2000 + i % 25, 1000 + i, i % n_sources);

  g_string_truncate (out, out->len - 2);
  g_string_append (out, "\n]}\n");
  return g_string_free_to_bytes (out);
}

#define N_OPENS 5

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* User and system time of every thread of the process so far. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

static double
median (double *values,
        guint   n_values)
{
  qsort (values, n_values, sizeof (double), compare_doubles);
  return values[n_values / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoreTestDir) dir = NULL;
  g_autoptr(GBytes) document = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json_path = NULL;
  guint n_records = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 100000;
  double wall[N_OPENS], cpu[N_OPENS], load[N_OPENS];
  gint64 start;
  GStatBuf buf;

  setlocale (LC_ALL, "");

  dir = store_test_dir_new ();
  path = argc > 2 ? g_strdup (argv[2]) : store_test_dir_file (dir, "bench.db");
  json_path = store_test_dir_file (dir, "bench.json");

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(TsStore) store = NULL;

      start = g_get_monotonic_time ();
      document = generate (n_records);
      g_print ("generated %u records (%.1f MB of JSON) in %.3f s\n", n_records,
               g_bytes_get_size (document) / 1e6, seconds_since (start));

      start = g_get_monotonic_time ();
      store = ts_store_open_full (path, document, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      g_print ("first run: read, checked and saved %u records in %.3f s\n",
               ts_dataset_get_n_records (ts_store_get_dataset (store)), seconds_since (start));
    }

  if (g_stat (path, &buf) == 0)
    g_print ("database: %.1f MB\n", buf.st_size / 1e6);

  for (guint run = 0; run < N_OPENS; run++)
    {
      g_autoptr(TsStore) store = NULL;
      double cpu_start = cpu_seconds ();

      start = g_get_monotonic_time ();
      store = ts_store_open (path, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      wall[run] = seconds_since (start);
      cpu[run] = cpu_seconds () - cpu_start;
      load[run] = ts_store_get_load_time (store) / (double) G_USEC_PER_SEC;
      g_print ("open %u of %u records: %.3f s, CPU %.3f s (loading the records: %.3f s)\n",
               run + 1, ts_dataset_get_n_records (ts_store_get_dataset (store)), wall[run],
               cpu[run], load[run]);

      if (run == N_OPENS - 1)
        {
          g_autoptr(GPtrArray) referrers = NULL;
          struct timespec ts0, ts1;

          /* A load leaves the reverse-link index for its first user. */
          clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts0);
          start = g_get_monotonic_time ();
          referrers = ts_dataset_list_referrers (ts_store_get_dataset (store), "place/p1", -1,
                                                 NULL);
          clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts1);
          g_print ("first list of referrers (builds the reverse-link index): %.3f s, "
                   "CPU %.3f s\n", seconds_since (start),
                   (ts1.tv_sec - ts0.tv_sec) + (ts1.tv_nsec - ts0.tv_nsec) / 1e9);
        }

      if (run == N_OPENS - 1 && argc <= 2)
        {
          g_autoptr(GFile) file = g_file_new_for_path (json_path);
          g_autoptr(TsPlace) place = ts_place_new ("place/bench", "Bench");
          TsDataset *dataset = ts_store_get_dataset (store);
          g_autoptr(TsRecord) edited = NULL;

          start = g_get_monotonic_time ();
          if (!ts_json_write_file (dataset, NULL, file, &error))
            g_error ("%s", error->message);
          g_print ("export of every record: %.3f s\n", seconds_since (start));

          ts_place_set_lat (place, 42.0);
          ts_place_set_lon (place, 74.0);
          start = g_get_monotonic_time ();
          if (!ts_dataset_add (dataset, TS_RECORD (place), &error))
            g_error ("%s", error->message);
          g_print ("saving one new record: %.1f ms\n", seconds_since (start) * 1000);

          edited = ts_record_copy (ts_dataset_lookup (dataset, "meeting/m1"));
          ts_record_set_summary (edited, "Edited by the benchmark.");
          start = g_get_monotonic_time ();
          if (!ts_dataset_update (dataset, edited, &error))
            g_error ("%s", error->message);
          g_print ("saving one edit: %.1f ms\n", seconds_since (start) * 1000);
        }
    }

  g_print ("median of %u opens: %.3f s, CPU %.3f s (loading the records: %.3f s)\n", N_OPENS,
           median (wall, N_OPENS), median (cpu, N_OPENS), median (load, N_OPENS));

  return EXIT_SUCCESS;
}
