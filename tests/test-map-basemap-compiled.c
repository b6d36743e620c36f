/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The program reads the basemap in the form the build compiles from
 * data/basemap/basemap.json: the same countries, provinces, shapes and
 * names as the JSON, read once and shared, and a damaged copy is an error,
 * not a crash. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ts-basemap.h"
#include "ts-error.h"

static TsBasemap *
load_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "basemap",
                                                 "basemap.json", NULL);
  g_autoptr(GError) error = NULL;
  TsBasemap *basemap = ts_basemap_new_from_file (path, &error);

  g_assert_no_error (error);

  return basemap;
}

static void
assert_same_country (const TsBasemapCountry *a,
                     const TsBasemapCountry *b)
{
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->iso_a2, ==, b->iso_a2);
  g_assert_cmpstr (a->iso_n3, ==, b->iso_n3);
  g_assert_cmpstr (a->country, ==, b->country);
  g_assert_cmpfloat (a->label_lon, ==, b->label_lon);
  g_assert_cmpfloat (a->label_lat, ==, b->label_lat);
  g_assert_cmpfloat (a->label_x, ==, b->label_x);
  g_assert_cmpfloat (a->label_y, ==, b->label_y);
  g_assert_cmpfloat (a->x0, ==, b->x0);
  g_assert_cmpfloat (a->y0, ==, b->y0);
  g_assert_cmpfloat (a->x1, ==, b->x1);
  g_assert_cmpfloat (a->y1, ==, b->y1);
  g_assert_cmpfloat (a->main_width, ==, b->main_width);
  g_assert_cmpfloat (a->main_height, ==, b->main_height);
  g_assert_cmpuint (a->n_rings, ==, b->n_rings);

  for (guint r = 0; r < a->n_rings; r++)
    {
      const TsBasemapRing *ra = &a->rings[r];
      const TsBasemapRing *rb = &b->rings[r];

      g_assert_cmpuint (ra->n_points, ==, rb->n_points);
      g_assert_cmpint (ra->is_hole, ==, rb->is_hole);
      g_assert_cmpfloat (ra->x0, ==, rb->x0);
      g_assert_cmpfloat (ra->y0, ==, rb->y0);
      g_assert_cmpfloat (ra->x1, ==, rb->x1);
      g_assert_cmpfloat (ra->y1, ==, rb->y1);
      g_assert_cmpmem (ra->xy, 2 * ra->n_points * sizeof (double),
                       rb->xy, 2 * rb->n_points * sizeof (double));
      g_assert_true ((ra->on_seam == NULL) == (rb->on_seam == NULL));
      if (ra->on_seam != NULL)
        g_assert_cmpmem (ra->on_seam, ra->n_points, rb->on_seam, rb->n_points);
    }
}

static void
assert_same_basemap (TsBasemap *a,
                     TsBasemap *b)
{
  for (TsBasemapLayer layer = 0; layer < TS_BASEMAP_N_LAYERS; layer++)
    {
      g_assert_cmpuint (ts_basemap_get_n_countries (a, layer), ==,
                        ts_basemap_get_n_countries (b, layer));
      for (guint i = 0; i < ts_basemap_get_n_countries (a, layer); i++)
        {
          const TsBasemapCountry *country = ts_basemap_get_country (a, layer, i);

          assert_same_country (country, ts_basemap_get_country (b, layer, i));
          g_assert_cmpint (ts_basemap_country_in_region (a, country), ==,
                           ts_basemap_country_in_region (b, ts_basemap_get_country (b, layer,
                                                                                    i)));
        }
    }

  g_assert_cmpuint (ts_basemap_get_n_provinces (a), ==, ts_basemap_get_n_provinces (b));
  for (guint i = 0; i < ts_basemap_get_n_provinces (a); i++)
    assert_same_country (ts_basemap_get_province (a, i), ts_basemap_get_province (b, i));

  g_assert_cmpstr (ts_basemap_get_attribution (a), ==, ts_basemap_get_attribution (b));
}

/* What the program reads is what data/basemap/basemap.json says. */
static void
test_compiled_resource_matches_json (void)
{
  g_autoptr(TsBasemap) json = load_json ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) compiled = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH,
                                                                &error);

  g_assert_no_error (error);
  g_assert_nonnull (compiled);
  g_assert_cmpuint (ts_basemap_get_n_countries (compiled, TS_BASEMAP_LAYER_REGION), >, 30);
  g_assert_cmpuint (ts_basemap_get_n_countries (compiled, TS_BASEMAP_LAYER_WORLD), >, 150);
  g_assert_cmpuint (ts_basemap_get_n_provinces (compiled), >, 30);
  assert_same_basemap (json, compiled);

  /* Countries and provinces are found by code and by the names records
   * use, as in the JSON. */
  g_assert_cmpstr (ts_basemap_lookup_country (compiled, TS_BASEMAP_LAYER_REGION, "kg")->name,
                   ==, "Kyrgyzstan");
  g_assert_cmpstr (ts_basemap_lookup_province (compiled, "CN.SD")->name, ==, "Shandong");
  g_assert_cmpstr (ts_basemap_find_province (compiled, "KG", "Chuy Region")->iso_a2, ==,
                   "KG.CU");
  g_assert_cmpstr (ts_basemap_find_province (compiled, "KG", "Chüy Oblast")->iso_a2, ==,
                   "KG.CU");
  g_assert_cmpstr (ts_basemap_find_province (compiled, "CN", "Xinjiang Uygur Autonomous Region")
                   ->country, ==, "CN");
  g_assert_null (ts_basemap_find_province (compiled, "KG", "Shandong"));
  g_assert_true (ts_basemap_country_contains (
    ts_basemap_lookup_province (compiled, "KG.CU"),
    ts_basemap_lookup_province (compiled, "KG.CU")->label_x,
    ts_basemap_lookup_province (compiled, "KG.CU")->label_y));
}

/* The program carries the compiled form only: nothing to parse at
 * start-up. */
static void
test_resource_has_no_json (void)
{
  gsize size;

  g_assert_true (g_str_has_suffix (TS_BASEMAP_RESOURCE_PATH, ".gvariant"));
  g_assert_false (g_resources_get_info ("/io/github/tianshan/Tianshan/basemap/basemap.json",
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &size, NULL, NULL));
}

/* Compiling is deterministic, and compiling what was read back gives the
 * same bytes. */
static void
test_compile_round_trip (void)
{
  g_autoptr(TsBasemap) json = load_json ();
  g_autoptr(GBytes) bytes = ts_basemap_to_compiled (json);
  g_autoptr(GBytes) again = ts_basemap_to_compiled (json);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) compiled = ts_basemap_new_from_compiled (bytes, &error);
  g_autoptr(GBytes) recompiled = NULL;
  g_autoptr(GBytes) resource = g_resources_lookup_data (TS_BASEMAP_RESOURCE_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));
  recompiled = ts_basemap_to_compiled (compiled);
  g_assert_true (g_bytes_equal (bytes, recompiled));
  /* The build compiled the same file. */
  g_assert_nonnull (resource);
  g_assert_true (g_bytes_equal (bytes, resource));
}

/* One basemap per process, shared by the window, the map and the
 * briefing. */
static gpointer
get_default_thread (gpointer data)
{
  return ts_basemap_get_default ();
}

static void
test_default_shared (void)
{
  GThread *threads[4];
  TsBasemap *basemap;
  g_autoptr(TsBasemap) dup = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("basemap", get_default_thread, NULL);
  basemap = ts_basemap_get_default ();
  g_assert_nonnull (basemap);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (g_thread_join (threads[i]) == basemap);

  dup = ts_basemap_dup_default (NULL);
  g_assert_true (dup == basemap);
}

static void
assert_damaged (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_compiled (bytes, &error);

  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_null (basemap);
}

/* A damaged compiled basemap says so instead of crashing the program. */
static void
test_compiled_damaged (void)
{
  g_autoptr(TsBasemap) json = load_json ();
  g_autoptr(GBytes) good = ts_basemap_to_compiled (json);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);
  const char *json_text = "{\"format\": 1}";

  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

    assert_damaged (empty);
  }
  {
    g_autoptr(GBytes) text = g_bytes_new_static (json_text, strlen (json_text));

    assert_damaged (text);
  }
  {
    /* Cut short: the framing no longer holds, so it reads as empty. */
    g_autoptr(GBytes) cut = g_bytes_new (data, size / 2);

    assert_damaged (cut);
  }
  /* Every byte of the start (the first countries' strings, rings and
   * bounds) and of the end (GVariant's framing offsets) damaged in turn: an
   * error or, where the byte does not matter, a basemap whose every name,
   * point and seam flag can be read; never a crash. */
  for (gsize k = 0; k < 128; k++)
    {
      gsize i = k < 64 ? k : size - 128 + k;
      g_autofree guint8 *copy = g_memdup2 (data, size);
      g_autoptr(GBytes) damaged = NULL;
      g_autoptr(TsBasemap) basemap = NULL;
      double sum = 0;

      copy[i] ^= 0xa5;
      damaged = g_bytes_new (copy, size);
      basemap = ts_basemap_new_from_compiled (damaged, NULL);
      for (TsBasemapLayer layer = 0; basemap != NULL && layer < TS_BASEMAP_N_LAYERS; layer++)
        for (guint c = 0; c < ts_basemap_get_n_countries (basemap, layer); c++)
          {
            const TsBasemapCountry *country = ts_basemap_get_country (basemap, layer, c);

            sum += strlen (country->name) + strlen (country->iso_a2) + strlen (country->country);
            for (guint r = 0; r < country->n_rings; r++)
              for (guint p = 0; p < country->rings[r].n_points; p++)
                sum += country->rings[r].xy[2 * p + 1]
                       + (country->rings[r].on_seam != NULL ? country->rings[r].on_seam[p] : 0);
          }
      g_assert_false (isnan (sum));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/basemap-compiled/matches-json", test_compiled_resource_matches_json);
  g_test_add_func ("/basemap-compiled/no-json", test_resource_has_no_json);
  g_test_add_func ("/basemap-compiled/round-trip", test_compile_round_trip);
  g_test_add_func ("/basemap-compiled/default-shared", test_default_shared);
  g_test_add_func ("/basemap-compiled/damaged", test_compiled_damaged);

  return g_test_run ();
}
