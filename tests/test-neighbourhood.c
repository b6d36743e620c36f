/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A record's neighbourhood, which a dossier is scoped to: the records
 * linked to it both ways, hop by hop, without walking citations. */

#include "config.h"

#include "ts-error.h"
#include "ts-neighbourhood.h"

#include "model-test-utils.h"

#define RAILWAY "project/china-kyrgyzstan-uzbekistan-railway"

static GPtrArray *
collect (TsDataset   *dataset,
         const char  *id,
         guint        hops,
         GHashTable **distances)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = ts_neighbourhood_collect (dataset, id, hops, distances, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, >, 0);
  g_assert_cmpstr (ts_record_get_id (records->pdata[0]), ==, id);
  return records;
}

static void
assert_ids (GPtrArray          *records,
            const char * const *expected)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  g_autofree char *got = model_test_join_ids (records);
  g_autofree char *want = NULL;

  for (guint i = 0; expected[i] != NULL; i++)
    g_ptr_array_add (wanted, (gpointer) expected[i]);
  g_ptr_array_sort (wanted, model_test_compare_ids);
  g_ptr_array_add (wanted, NULL);
  want = g_strjoinv (" ", (char **) wanted->pdata);
  g_assert_cmpstr (got, ==, want);
}

static void
test_one_hop_both_ways (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GHashTable) distances = NULL;
  g_autoptr(GPtrArray) records = collect (dataset, RAILWAY, 1, &distances);
  const char * const expected[] = {
    RAILWAY,
    /* What it links to: its places and partners. */
    "place/kyrgyzstan", "place/china",
    /* What links to it: the meeting that discussed it. */
    "meeting/2024-06-06-li-qiang-japarov",
    NULL
  };

  /* Not the source it cites, nor what else cites that source. */
  assert_ids (records, expected);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (distances, records->pdata[0])), ==,
                    0);
  for (guint i = 1; i < records->len; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (distances, records->pdata[i])),
                      ==, 1);
}

static void
test_two_hops (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GHashTable) distances = NULL;
  g_autoptr(GPtrArray) records = collect (dataset, RAILWAY, 2, &distances);
  const char * const expected[] = {
    RAILWAY, "place/kyrgyzstan", "place/china", "meeting/2024-06-06-li-qiang-japarov",
    /* The meeting's place and people. */
    "place/beijing", "person/li-qiang", "person/sadyr-japarov",
    /* The places in the countries. */
    "place/chuy-region", "place/bishkek", "place/shandong",
    NULL
  };
  guint previous = 0;

  assert_ids (records, expected);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (distances,
                                                           ts_dataset_lookup (dataset,
                                                                              "person/li-qiang"))),
                    ==, 2);
  /* Nearest first. */
  for (guint i = 0; i < records->len; i++)
    {
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (distances, records->pdata[i]));

      g_assert_cmpuint (d, >=, previous);
      previous = d;
    }
}

static void
test_zero_hops (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GPtrArray) records = collect (dataset, "person/li-qiang", 0, NULL);

  g_assert_cmpuint (records->len, ==, 1);
}

static void
test_many_hops_stop (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GPtrArray) far = collect (dataset, "person/li-qiang", 50, NULL);

  /* Everything but the sources and what only a source connects: the
   * figure. The walk ends when a hop reaches nothing new. */
  g_assert_false (model_test_contains_id (far, "source/xinhua-2024-06-06"));
  g_assert_false (model_test_contains_id (far, "figure/china-kyrgyzstan-trade-2023"));
  g_assert_true (model_test_contains_id (far, "place/kant"));
  g_assert_true (model_test_contains_id (far, "meeting/2023-05-kant-ceremony"));
}

static void
test_source_holds_what_cites_it (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GPtrArray) records = collect (dataset, "source/xinhua-2024-06-06", 1, NULL);
  const char * const expected[] = {
    "source/xinhua-2024-06-06",
    "meeting/2024-05-baisalov-beijing", "meeting/2024-06-06-li-qiang-japarov", RAILWAY,
    "person/li-qiang", "person/sadyr-japarov", "place/china", "place/beijing",
    "figure/china-kyrgyzstan-trade-2023",
    NULL
  };

  assert_ids (records, expected);
}

static void
test_unknown_id (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = ts_neighbourhood_collect (dataset, "project/no-such-thing", 1,
                                                           NULL, &error);

  g_assert_null (records);
  g_assert_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "project/no-such-thing"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/neighbourhood/one-hop-both-ways", test_one_hop_both_ways);
  g_test_add_func ("/neighbourhood/two-hops", test_two_hops);
  g_test_add_func ("/neighbourhood/zero-hops", test_zero_hops);
  g_test_add_func ("/neighbourhood/many-hops-stop", test_many_hops_stop);
  g_test_add_func ("/neighbourhood/source-holds-what-cites-it", test_source_holds_what_cites_it);
  g_test_add_func ("/neighbourhood/unknown-id", test_unknown_id);

  return g_test_run ();
}
