/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Checks the curated dataset the app ships, data/dataset/tianshan.json, with
 * the model's own reader: the first-run import must never fail on it. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "ts-dataset.h"
#include "ts-meeting.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-matches.h"
#include "ts-query.h"
#include "ts-vocabulary.h"

#include "model-test-utils.h"

static TsDataset *shipped;

static char *
shipped_path (void)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");

  if (root == NULL)
    root = TS_TESTS_SRCDIR "/..";
  return g_build_filename (root, "data", "dataset", "tianshan.json", NULL);
}

/* Reading every record and merging them into one dataset checks the format,
 * every date and coordinate, duplicate ids and dangling references. */
static void
test_shipped_loads (void)
{
  g_autofree char *path = shipped_path ();

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_fail_printf ("%s is missing", path);
      return;
    }

  shipped = model_test_load_dataset (path);
  g_assert_cmpuint (ts_dataset_get_n_records (shipped), >, 0);
}

static gboolean
require_dataset (void)
{
  if (shipped != NULL)
    return TRUE;

  g_test_fail_printf ("data/dataset/tianshan.json did not load");
  return FALSE;
}

static void
test_shipped_counts (void)
{
  if (!require_dataset ())
    return;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      guint n = g_list_model_get_n_items (ts_dataset_get_records (shipped, type));

      g_test_message ("%s: %u", ts_record_type_to_string (type), n);
      g_assert_cmpuint (n, >, 0);
    }
}

typedef struct
{
  TsDataset *dataset;
  guint      n_references;
} ReferenceCheck;

static void
check_reference (TsRecord   *record,
                 const char *field,
                 const char *target_id,
                 gpointer    user_data)
{
  ReferenceCheck *check = user_data;
  TsRecord *target = ts_dataset_lookup (check->dataset, target_id);

  if (target == NULL)
    g_test_fail_printf ("%s, field %s: no record %s", ts_record_get_id (record), field,
                        target_id);
  check->n_references++;
}

/* The records that carry only facts from outside the articles and so cite
 * none, each with why: tests/data/articles/outside-knowledge.tsv (record id,
 * tab, why; # starts a comment). */
static GHashTable *
outside_knowledge_records (void)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (root == NULL)
    root = TS_TESTS_SRCDIR "/..";
  path = g_build_filename (root, "tests", "data", "articles", "outside-knowledge.tsv", NULL);
  if (!g_file_get_contents (path, &text, NULL, &error))
    {
      g_test_fail_printf ("%s", error->message);
      return ids;
    }

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strchr (lines[i], '\t');

      if (lines[i][0] == '#' || tab == NULL)
        continue;
      g_hash_table_add (ids, g_strndup (lines[i], tab - lines[i]));
    }
  return ids;
}

/* Every reference resolves, every record but a source cites a source (but
 * the documented outside-knowledge records, which cite none), and every
 * record is valid as the model checks it. */
static void
test_shipped_references_and_sources (void)
{
  ReferenceCheck check = { shipped, 0 };
  g_autoptr(GHashTable) outside = NULL;

  if (!require_dataset ())
    return;

  outside = outside_knowledge_records ();
  g_assert_cmpuint (g_hash_table_size (outside), >, 0);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (shipped, type);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          g_autoptr(GError) error = NULL;

          if (!ts_record_validate (record, &error))
            g_test_fail_printf ("%s", error->message);
          ts_record_foreach_reference (record, check_reference, &check);

          if (type != TS_RECORD_TYPE_SOURCE && ts_record_get_source_ids (record)[0] == NULL
              && !g_hash_table_contains (outside, ts_record_get_id (record)))
            g_test_fail_printf ("%s cites no source and is not among the outside-knowledge "
                                "records of tests/data/articles/outside-knowledge.tsv",
                                ts_record_get_id (record));
          if (g_hash_table_contains (outside, ts_record_get_id (record))
              && ts_record_get_source_ids (record)[0] != NULL)
            g_test_fail_printf ("%s is an outside-knowledge record but cites %s",
                                ts_record_get_id (record),
                                ts_record_get_source_ids (record)[0]);
        }
    }

  g_assert_cmpuint (check.n_references, >, 0);
}

static void
test_shipped_places_and_dates (void)
{
  GListModel *places;

  if (!require_dataset ())
    return;

  places = ts_dataset_get_records (shipped, TS_RECORD_TYPE_PLACE);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(TsRecord) place = g_list_model_get_item (places, i);
      double lat = ts_place_get_lat (TS_PLACE (place));
      double lon = ts_place_get_lon (TS_PLACE (place));

      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
        g_test_fail_printf ("%s: %g, %g are not coordinates", ts_record_get_id (place), lat,
                            lon);
    }

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (shipped, type);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);

          if (!ts_date_is_valid (ts_record_get_date (record)))
            g_test_fail_printf ("%s has an invalid date", ts_record_get_id (record));
        }
    }

  /* Meetings, agreements and figures are dated. */
  for (guint type = TS_RECORD_TYPE_MEETING; type <= TS_RECORD_TYPE_AGREEMENT; type++)
    {
      GListModel *records = ts_dataset_get_records (shipped, type);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);

          g_assert_true (ts_date_is_set (ts_record_get_date (record)));
        }
    }
}

/* Bishkek and Kant are there, and Kant lies, through its parents, in
 * Kyrgyzstan. */
static void
test_shipped_places_hierarchy (void)
{
  TsRecord *bishkek, *place;
  gboolean reached = FALSE;

  if (!require_dataset ())
    return;

  bishkek = ts_dataset_lookup (shipped, "place/bishkek");
  g_assert_true (TS_IS_PLACE (bishkek));
  g_assert_cmpfloat_with_epsilon (ts_place_get_lat (TS_PLACE (bishkek)), 42.87, 0.2);
  g_assert_cmpfloat_with_epsilon (ts_place_get_lon (TS_PLACE (bishkek)), 74.59, 0.2);

  place = ts_dataset_lookup (shipped, "place/kant");
  g_assert_true (TS_IS_PLACE (place));
  for (guint depth = 0; place != NULL && depth < 10 && !reached; depth++)
    {
      g_test_message ("%s", ts_record_get_id (place));
      reached = ts_place_get_kind (TS_PLACE (place)) == TS_PLACE_KIND_COUNTRY
                && g_strcmp0 (ts_place_get_country (TS_PLACE (place)), "KG") == 0;
      place = ts_dataset_lookup (shipped, ts_place_get_parent_id (TS_PLACE (place)));
    }
  g_assert_true (reached);
}

/* Searching "baysalov" finds Edil Baisalov and the meetings he attended. */
static void
test_shipped_search_baysalov (void)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(GPtrArray) found = NULL;
  gboolean person = FALSE;
  guint n_meetings = 0;

  if (!require_dataset ())
    return;

  ts_query_set_text (query, "baysalov");
  found = ts_matches_select (shipped, query);
  for (guint i = 0; i < found->len; i++)
    {
      TsRecord *record = g_ptr_array_index (found, i);

      g_test_message ("found %s", ts_record_get_id (record));
      if (TS_IS_PERSON (record) && g_str_equal (ts_record_get_title (record), "Edil Baisalov"))
        person = TRUE;
      if (TS_IS_MEETING (record))
        n_meetings++;
    }

  g_assert_true (person);
  g_assert_cmpuint (n_meetings, >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-shipped/loads", test_shipped_loads);
  g_test_add_func ("/dataset-shipped/counts", test_shipped_counts);
  g_test_add_func ("/dataset-shipped/references-and-sources",
                   test_shipped_references_and_sources);
  g_test_add_func ("/dataset-shipped/places-and-dates", test_shipped_places_and_dates);
  g_test_add_func ("/dataset-shipped/places-hierarchy", test_shipped_places_hierarchy);
  g_test_add_func ("/dataset-shipped/search-baysalov", test_shipped_search_baysalov);

  status = g_test_run ();
  g_clear_object (&shipped);
  return status;
}
