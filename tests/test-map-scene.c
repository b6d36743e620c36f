/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "model-test-utils.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder-private.h"
#include "ts-agreement.h"
#include "ts-i18n.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-statement.h"

#define SHANDONG_CHUY "agreement/2023-10-25-shandong-chuy-friendly-provinces"
#define BISHKEK_URUMQI "agreement/bishkek-urumqi-sister-cities"
#define RAILWAY "project/china-kyrgyzstan-uzbekistan-railway"

static TsDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "map-fixture.json",
                                                 NULL);

  return model_test_load_dataset (path);
}

static TsMapScene *
build (TsDataset  *dataset,
       const char *text,
       const char *types)
{
  g_autoptr(TsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (text != NULL || types != NULL)
    {
      query = ts_query_new_from_strings (text, types, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  return ts_map_scene_new_from_dataset (dataset, query);
}

static void
assert_marker (TsMapScene *scene,
               const char *id,
               guint       weight,
               guint       n_meetings)
{
  const TsMapMarker *marker = ts_map_scene_lookup_marker (scene, id);

  g_assert_nonnull (marker);
  g_assert_cmpuint (marker->weight, ==, weight);
  g_assert_cmpuint (marker->n_meetings, ==, n_meetings);
  g_assert_true (marker->emphasis == (n_meetings > 0));
}

static void
assert_area (TsMapScene *scene,
             const char *id,
             const char *iso_a2,
             guint       weight,
             guint       n_meetings)
{
  const TsMapArea *area = ts_map_scene_lookup_area (scene, id);

  g_assert_nonnull (area);
  g_assert_cmpstr (area->iso_a2, ==, iso_a2);
  g_assert_cmpuint (area->weight, ==, weight);
  g_assert_cmpuint (area->n_meetings, ==, n_meetings);
  g_assert_true (ts_map_scene_lookup_area_by_country (scene, iso_a2) == area);
  /* Drawn on its shape, never as a marker as well. */
  g_assert_null (ts_map_scene_lookup_marker (scene, id));
}

static void
test_everything (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);
  g_autoptr(TsQuery) empty = ts_query_new ();
  g_autoptr(TsMapScene) scene2 = ts_map_scene_new_from_dataset (dataset, empty);
  const TsMapMarker *bishkek;
  const TsMapArc *arc;
  const TsMapRoute *route;

  /* Bishkek: two meetings, the sister-city agreement, the cultural centre. */
  assert_marker (scene, "place/bishkek", 4, 2);
  bishkek = ts_map_scene_lookup_marker (scene, "place/bishkek");
  g_assert_cmpstr (bishkek->label, ==, "Bishkek");
  g_assert_cmpfloat_with_epsilon (bishkek->lat, 42.87, 1e-9);
  g_assert_cmpfloat_with_epsilon (bishkek->lon, 74.59, 1e-9);
  assert_marker (scene, "place/beijing", 2, 2);
  /* A meeting in Kant does not count for the Chuy Region around it. */
  assert_marker (scene, "place/kant", 1, 1);
  /* The fixture's Chuy Region says no country: no shape is looked for. */
  assert_marker (scene, "place/chuy-region", 1, 0);
  /* A province of China is drawn on its shape, like a country. */
  assert_area (scene, "place/shandong", "CN.SD", 1, 0);
  assert_marker (scene, "place/urumqi", 1, 0);
  /* A place nothing names still shows when every record is in view. */
  assert_marker (scene, "place/osh", 0, 0);
  /* Countries are drawn on the basemap's shapes, with the records placed
   * at them: the railway's place is Kyrgyzstan (its partners are not
   * where it happens); China is there as a place record, holding none. */
  assert_area (scene, "place/kyrgyzstan", "KG", 1, 0);
  assert_area (scene, "place/china", "CN", 0, 0);
  g_assert_cmpuint (ts_map_scene_get_n_areas (scene), ==, 3);
  g_assert_cmpuint (ts_map_scene_get_n_markers (scene), ==, 6);

  arc = ts_map_scene_lookup_arc (scene, SHANDONG_CHUY);
  g_assert_nonnull (arc);
  g_assert_cmpint (arc->kind, ==, TS_MAP_ARC_FRIENDLY_PROVINCES);
  g_assert_cmpfloat_with_epsilon (arc->from_lat, 36.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (arc->to_lon, 74.5, 1e-9);
  g_assert_cmpstr (arc->label, ==, "Shandong and Chuy Region become friendly provinces");
  arc = ts_map_scene_lookup_arc (scene, BISHKEK_URUMQI);
  g_assert_nonnull (arc);
  g_assert_cmpint (arc->kind, ==, TS_MAP_ARC_SISTER_CITIES);
  g_assert_cmpuint (ts_map_scene_get_n_arcs (scene), ==, 2);

  route = ts_map_scene_lookup_route (scene, RAILWAY);
  g_assert_nonnull (route);
  g_assert_cmpuint (route->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (route->points[0].lat, 39.47, 1e-9);
  g_assert_cmpfloat_with_epsilon (route->points[3].lon, 72.34, 1e-9);
  /* The cultural centre has a place but no route. */
  g_assert_cmpuint (ts_map_scene_get_n_routes (scene), ==, 1);

  /* An empty query is no query. */
  g_assert_cmpuint (ts_map_scene_get_n_markers (scene2), ==, 6);
  g_assert_cmpuint (ts_map_scene_get_n_arcs (scene2), ==, 2);
  g_assert_cmpuint (ts_map_scene_get_n_routes (scene2), ==, 1);
}

/* A statement has a place through the meeting it was made at, and counts
 * there as the other records do, whether or not the meeting is matched;
 * one made at no meeting is not on the map, and the country it spoke for
 * is not where it was said. */
static void
test_statements (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "statements-fixture.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (path);
  g_autoptr(TsMapScene) all = ts_map_scene_new_from_dataset (dataset, NULL);
  g_autoptr(TsMapScene) statements = build (dataset, NULL, "statement");
  g_autoptr(TsMapScene) security = build (dataset, "security", "statement");

  /* Jinan: the meeting and the two statements made at it. */
  assert_marker (all, "place/jinan", 3, 1);
  assert_marker (all, "place/bishkek", 2, 1);
  assert_area (all, "place/kyrgyzstan", "KG", 0, 0);

  /* Only statements: where they were said, the meetings unmatched. */
  assert_marker (statements, "place/jinan", 2, 0);
  assert_marker (statements, "place/bishkek", 1, 0);
  g_assert_cmpuint (ts_map_scene_get_n_markers (statements), ==, 2);
  g_assert_cmpuint (ts_map_scene_get_n_areas (statements), ==, 0);

  /* Su Chang's words on security were said at no meeting: no place. */
  g_assert_cmpuint (ts_map_scene_get_n_markers (security), ==, 0);
  g_assert_cmpuint (ts_map_scene_get_n_areas (security), ==, 0);
}

/* An agreement whose first party is an organization (it has no place) and
 * whose second is a place: the place counts it once, and the organization
 * leaves no hole among the places (a briefing of 100 000 records crashed
 * on one). */
static void
test_organization_party (void)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(TsPlace) bishkek = ts_place_new ("place/bishkek", "Bishkek");
  g_autoptr(TsOrganization) ministry = ts_organization_new ("organization/ministry",
                                                            "A ministry");
  g_autoptr(TsAgreement) agreement = ts_agreement_new ("agreement/memorandum",
                                                       "A memorandum");
  g_autoptr(TsParty) first = ts_party_new ("organization/ministry", NULL);
  g_autoptr(TsParty) second = ts_party_new ("place/bishkek", NULL);
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  TsDate date;

  ts_place_set_lat (bishkek, 42.87);
  ts_place_set_lon (bishkek, 74.59);
  g_assert_true (ts_date_parse ("2024-05-01", &date, &error));
  ts_agreement_set_date (agreement, &date);
  ts_agreement_add_party (agreement, first);
  ts_agreement_add_party (agreement, second);
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (bishkek), &error));
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (ministry), &error));
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (agreement), &error));
  g_assert_no_error (error);

  scene = ts_map_scene_new_from_dataset (dataset, NULL);
  assert_marker (scene, "place/bishkek", 1, 0);
  g_assert_cmpuint (ts_map_scene_get_n_markers (scene), ==, 1);
}

static void
test_query_narrows (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  g_autoptr(TsMapScene) urumqi = build (dataset, "urumqi", NULL);
  g_autoptr(TsMapScene) meetings = build (dataset, NULL, "meeting");
  g_autoptr(TsMapScene) railway = build (dataset, "railway", NULL);
  g_autoptr(TsMapScene) nothing = build (dataset, "no such thing anywhere", NULL);

  /* The sister-city agreement and Urumqi itself; not Bishkek's meetings. */
  assert_marker (urumqi, "place/bishkek", 1, 0);
  assert_marker (urumqi, "place/urumqi", 1, 0);
  g_assert_null (ts_map_scene_lookup_marker (urumqi, "place/beijing"));
  g_assert_null (ts_map_scene_lookup_marker (urumqi, "place/kant"));
  g_assert_nonnull (ts_map_scene_lookup_arc (urumqi, BISHKEK_URUMQI));
  g_assert_null (ts_map_scene_lookup_arc (urumqi, SHANDONG_CHUY));
  g_assert_cmpuint (ts_map_scene_get_n_routes (urumqi), ==, 0);

  /* Meetings only: their places, no ties, no routes. */
  assert_marker (meetings, "place/bishkek", 2, 2);
  assert_marker (meetings, "place/beijing", 2, 2);
  assert_marker (meetings, "place/kant", 1, 1);
  g_assert_cmpuint (ts_map_scene_get_n_markers (meetings), ==, 3);
  g_assert_cmpuint (ts_map_scene_get_n_arcs (meetings), ==, 0);
  g_assert_cmpuint (ts_map_scene_get_n_routes (meetings), ==, 0);

  g_assert_nonnull (ts_map_scene_lookup_route (railway, RAILWAY));
  g_assert_null (ts_map_scene_lookup_marker (railway, "place/urumqi"));

  g_assert_true (ts_map_scene_is_empty (nothing));
}

static void
test_empty_dataset (void)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);

  g_assert_true (ts_map_scene_is_empty (scene));
}

/* A pointer on an item of the map finds the record behind it. */
static void
test_hit_test (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "basemap",
                                                 "basemap.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_file (path, &error);
  g_autoptr(TsDataset) dataset = load_fixture ();
  g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);
  g_autoptr(TsMapRenderer) renderer = NULL;
  TsView view;
  double x, y, x2, y2;

  g_assert_no_error (error);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  g_assert_true (ts_map_renderer_fit (renderer, 1000, 700, 40));

  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 116.4, 39.9, &x, &y);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, "place/beijing");
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x + 2, y - 2), ==, "place/beijing");

  /* Halfway along the railway between Torugart and Jalal-Abad. */
  ts_view_lonlat_to_pixel (&view, 75.39, 40.56, &x, &y);
  ts_view_lonlat_to_pixel (&view, 73.0, 40.93, &x2, &y2);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, (x + x2) / 2, (y + y2) / 2), ==,
                   RAILWAY);

  /* Open sea south of India: nothing there. */
  ts_view_lonlat_to_pixel (&view, 80.0, 5.0, &x, &y);
  g_assert_null (ts_map_renderer_hit_test (renderer, x, y));

  /* Close in on Bishkek, which Kant almost covers at the fitted zoom. */
  ts_view_lonlat_to_pixel (&view, 74.59, 42.87, &x, &y);
  ts_map_renderer_zoom_at (renderer, x, y, 4);
  ts_map_renderer_get_projected_view (renderer, &view);
  ts_view_lonlat_to_pixel (&view, 74.59, 42.87, &x, &y);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, "place/bishkek");
  ts_view_lonlat_to_pixel (&view, 74.85, 42.89, &x, &y);
  g_assert_cmpstr (ts_map_renderer_hit_test (renderer, x, y), ==, "place/kant");
}

/* The meetings the map shows, on markers and on countries. */
static guint
count_meetings (TsMapScene *scene)
{
  guint n = 0;

  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    n += ts_map_scene_get_marker (scene, i)->n_meetings;
  for (guint i = 0; i < ts_map_scene_get_n_areas (scene); i++)
    n += ts_map_scene_get_area (scene, i)->n_meetings;

  return n;
}

/* Every record type but statements. */
#define WITHOUT_STATEMENTS "meeting,agreement,project,person,organization,place,source,figure"

/* The id of the place of the meeting @statement was made at, or NULL. */
static const char *
statement_place (TsDataset   *dataset,
                 TsStatement *statement)
{
  TsRecord *meeting = ts_dataset_lookup (dataset, ts_statement_get_at_id (statement));

  return meeting != NULL ? ts_meeting_get_place_id (TS_MEETING (meeting)) : NULL;
}

/* The whole map of @dataset holds what @without (its map without the
 * statements) holds, and each statement once more, at the place of the
 * meeting it was made at: every area and marker counts the statements
 * made there, and no more meetings. */
static void
assert_statements_at_meetings (TsDataset  *dataset,
                               TsMapScene *without)
{
  g_autoptr(TsMapScene) all = ts_map_scene_new_from_dataset (dataset, NULL);
  GListModel *statements = ts_dataset_get_records (dataset, TS_RECORD_TYPE_STATEMENT);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_placed = 0, n_added = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(TsStatement) statement = g_list_model_get_item (statements, i);
      const char *place = statement_place (dataset, statement);

      if (place == NULL)
        continue;
      g_hash_table_insert (expected, (gpointer) place,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (expected,
                                                                                    place))
                                             + 1));
      n_placed++;
    }

  for (guint i = 0; i < ts_map_scene_get_n_areas (all); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (all, i);
      const TsMapArea *before = ts_map_scene_lookup_area (without, area->id);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (expected, area->id));

      g_assert_cmpuint (area->weight, ==, (before != NULL ? before->weight : 0) + n);
      g_assert_cmpuint (area->n_meetings, ==, before != NULL ? before->n_meetings : 0);
      n_added += n;
    }
  for (guint i = 0; i < ts_map_scene_get_n_markers (all); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (all, i);
      const TsMapMarker *before = ts_map_scene_lookup_marker (without, marker->id);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (expected, marker->id));

      g_assert_cmpuint (marker->weight, ==, (before != NULL ? before->weight : 0) + n);
      g_assert_cmpuint (marker->n_meetings, ==, before != NULL ? before->n_meetings : 0);
      n_added += n;
    }
  g_assert_cmpuint (n_added, ==, n_placed);
}

/* The shipped dataset, once it is in the tree. */
static void
test_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "dataset",
                                                 "tianshan.json", NULL);
  g_autoptr(TsDataset) dataset = NULL;
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(TsMapScene) narrowed = NULL;
  const TsMapMarker *bishkek;
  gboolean has_arc = FALSE, has_railway = FALSE;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("data/dataset/tianshan.json is not in the tree yet");
      return;
    }

  dataset = model_test_load_dataset (path);
  /* The counts below are of the records with places of their own; the
   * statements, counted at their meetings' places, are checked apart at
   * the end. */
  scene = build (dataset, NULL, WITHOUT_STATEMENTS);

  bishkek = ts_map_scene_lookup_marker (scene, "place/bishkek");
  g_assert_nonnull (bishkek);
  g_assert_cmpuint (bishkek->n_meetings, >, 0);
  g_assert_cmpuint (bishkek->weight, >=, bishkek->n_meetings);

  for (guint i = 0; i < ts_map_scene_get_n_arcs (scene); i++)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (scene, i);

      if (strstr (arc->id, "shandong") != NULL && strstr (arc->id, "chuy") != NULL)
        {
          g_assert_cmpint (arc->kind, ==, TS_MAP_ARC_FRIENDLY_PROVINCES);
          has_arc = TRUE;
        }
    }
  g_assert_true (has_arc);

  for (guint i = 0; i < ts_map_scene_get_n_routes (scene); i++)
    if (strstr (ts_map_scene_get_route (scene, i)->id, "railway") != NULL)
      has_railway = TRUE;
  g_assert_true (has_railway);

  /* Every meeting is on the map, once: 16 of the 24 are placed at China
   * or Kyrgyzstan as a whole, counted on their shapes with the
   * agreements that name them as a party and the projects placed there
   * (data/dataset/tianshan.json); those at Shandong count on Shandong,
   * not again on China. */
  assert_area (scene, "place/kyrgyzstan", "KG", 21, 11);
  assert_area (scene, "place/china", "CN", 12, 5);
  assert_area (scene, "place/uzbekistan", "UZ", 1, 0);
  /* The provinces are drawn on their shapes too, matched by name ("Chuy
   * Region" is Natural Earth's "Chuy"): Shandong holds Baisalov's two
   * meetings of March 2026 and the friendly-province agreement, Chuy
   * Region that agreement; Xinjiang and Heilongjiang are there as place
   * records, holding none (Kashgar and Harbin are cities, markers). */
  assert_area (scene, "place/shandong", "CN.SD", 3, 2);
  assert_area (scene, "place/chuy-region", "KG.CU", 1, 0);
  assert_area (scene, "place/xinjiang", "CN.XJ", 0, 0);
  assert_area (scene, "place/heilongjiang", "CN.HL", 0, 0);
  /* With Russia and Tajikistan: five countries, four provinces. */
  g_assert_cmpuint (ts_map_scene_get_n_areas (scene), ==, 9);
  g_assert_nonnull (ts_map_scene_lookup_marker (scene, "place/kashgar"));
  g_assert_cmpuint (count_meetings (scene), ==,
                    g_list_model_get_n_items (ts_dataset_get_records (dataset,
                                                                      TS_RECORD_TYPE_MEETING)));
  g_assert_cmpuint (count_meetings (scene), ==, 24);

  /* A search narrows the counts: Lin Wu's delegation to Kyrgyzstan in
   * September 2023, eight meetings there and three projects placed there;
   * nothing of his is placed at China as a whole. */
  narrowed = build (dataset, "Lin Wu", WITHOUT_STATEMENTS);
  assert_area (narrowed, "place/kyrgyzstan", "KG", 11, 8);
  g_assert_null (ts_map_scene_lookup_area (narrowed, "place/china"));
  /* His friendly-province agreement counts on Shandong and Chuy Region,
   * as does his meeting with Baisalov in Jinan (placed at Shandong). */
  assert_area (narrowed, "place/shandong", "CN.SD", 2, 1);
  assert_area (narrowed, "place/chuy-region", "KG.CU", 1, 0);
  g_assert_cmpuint (ts_map_scene_get_n_areas (narrowed), ==, 3);
  g_clear_object (&narrowed);

  narrowed = build (dataset, "shandong", WITHOUT_STATEMENTS);
  g_assert_cmpuint (ts_map_scene_get_n_markers (narrowed), <,
                    ts_map_scene_get_n_markers (scene));
  g_assert_cmpuint (ts_map_scene_get_n_markers (narrowed), >, 0);

  assert_statements_at_meetings (dataset, scene);
}

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return ts_dataset_lookup (user_data, id);
}

/* Every record of @dataset, of every type, in the dataset's order. */
static GPtrArray *
list_records (TsDataset *dataset)
{
  GPtrArray *records = g_ptr_array_new ();

  for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
    {
      GListModel *model = ts_dataset_get_records (dataset, t);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

          g_ptr_array_add (records, record);
        }
    }

  return records;
}

/* The same items, in the same order, with the same counts. */
static void
assert_same_scene (TsMapScene *a,
                   TsMapScene *b)
{
  g_assert_cmpuint (ts_map_scene_get_n_markers (a), ==, ts_map_scene_get_n_markers (b));
  for (guint i = 0; i < ts_map_scene_get_n_markers (a); i++)
    {
      const TsMapMarker *x = ts_map_scene_get_marker (a, i), *y = ts_map_scene_get_marker (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpuint (x->weight, ==, y->weight);
      g_assert_cmpuint (x->n_meetings, ==, y->n_meetings);
      g_assert_cmpint (x->emphasis, ==, y->emphasis);
    }
  g_assert_cmpuint (ts_map_scene_get_n_areas (a), ==, ts_map_scene_get_n_areas (b));
  for (guint i = 0; i < ts_map_scene_get_n_areas (a); i++)
    {
      const TsMapArea *x = ts_map_scene_get_area (a, i), *y = ts_map_scene_get_area (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->iso_a2, ==, y->iso_a2);
      g_assert_cmpuint (x->weight, ==, y->weight);
      g_assert_cmpuint (x->n_meetings, ==, y->n_meetings);
    }
  g_assert_cmpuint (ts_map_scene_get_n_arcs (a), ==, ts_map_scene_get_n_arcs (b));
  for (guint i = 0; i < ts_map_scene_get_n_arcs (a); i++)
    {
      const TsMapArc *x = ts_map_scene_get_arc (a, i), *y = ts_map_scene_get_arc (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpfloat (x->from_lat, ==, y->from_lat);
      g_assert_cmpfloat (x->to_lon, ==, y->to_lon);
    }
  g_assert_cmpuint (ts_map_scene_get_n_routes (a), ==, ts_map_scene_get_n_routes (b));
  for (guint i = 0; i < ts_map_scene_get_n_routes (a); i++)
    {
      const TsMapRoute *x = ts_map_scene_get_route (a, i), *y = ts_map_scene_get_route (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpuint (x->n_points, ==, y->n_points);
      g_assert_cmpuint (x->shape, ==, y->shape);
    }
}

/* What the scene counts, worked out plainly from what each record says
 * (ts_record_foreach_place_reference() and the lookup): each
 * place a record names, then each place the events it names (a
 * statement's meeting) name, counted once per record; the places in the
 * order first named. */
typedef struct
{
  char  *id;
  guint  weight;
  guint  n_meetings;
} ReferenceUse;

static void
reference_use_free (ReferenceUse *use)
{
  g_free (use->id);
  g_free (use);
}

static void
collect_id_cb (TsRecord   *record,
               const char *field,
               const char *target_id,
               gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (target_id));
}

static ReferenceUse *
find_reference_use (GHashTable         *uses,
                    GPtrArray          *order,
                    TsRecordLookupFunc  lookup,
                    gpointer            lookup_data,
                    const char         *id)
{
  ReferenceUse *use = g_hash_table_lookup (uses, id);
  TsRecord *record;

  if (use != NULL)
    return use;
  record = lookup (lookup_data, id);
  if (record == NULL || !TS_IS_PLACE (record))
    return NULL;
  use = g_new0 (ReferenceUse, 1);
  use->id = g_strdup (id);
  g_hash_table_insert (uses, use->id, use);
  g_ptr_array_add (order, use);
  return use;
}

static GPtrArray *
count_as_each_record_says (GPtrArray          *records,
                           TsRecordLookupFunc  lookup,
                           gpointer            lookup_data)
{
  g_autoptr(GHashTable) uses = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *order = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_use_free);

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = records->pdata[i];
      g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) at = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) of_events = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) counted = g_ptr_array_new ();

      ts_record_foreach_place_reference (record, collect_id_cb, named);
      for (guint j = 0; j < named->len; j++)
        {
          TsRecord *target = lookup (lookup_data, named->pdata[j]);

          if (target != NULL && !TS_IS_PLACE (target))
            ts_record_foreach_place_reference (target, collect_id_cb, of_events);
          else
            g_ptr_array_add (at, g_strdup (named->pdata[j]));
        }
      for (guint j = 0; j < of_events->len; j++)
        g_ptr_array_add (at, g_strdup (of_events->pdata[j]));
      for (guint j = 0; j < at->len; j++)
        {
          ReferenceUse *use = find_reference_use (uses, order, lookup, lookup_data,
                                                  at->pdata[j]);

          if (use != NULL && !g_ptr_array_find (counted, use, NULL))
            g_ptr_array_add (counted, use);
        }
      for (guint j = 0; j < counted->len; j++)
        {
          ReferenceUse *use = counted->pdata[j];

          use->weight++;
          if (TS_IS_MEETING (record))
            use->n_meetings++;
        }
      if (TS_IS_PLACE (record))
        find_reference_use (uses, order, lookup, lookup_data, ts_record_get_id (record));
    }

  return order;
}

/* The scene of @records, in one thread and in two, has a marker or an
 * area for each place counted, in order, with the same counts; at least
 * @n_least of them. */
static void
assert_counted_as_each_record_says (GPtrArray          *records,
                                    TsRecordLookupFunc  lookup,
                                    gpointer            lookup_data,
                                    guint               n_least)
{
  g_autoptr(GPtrArray) order = count_as_each_record_says (records, lookup, lookup_data);

  for (guint split = 0; split < 2; split++)
    {
      g_autoptr(TsMapScene) scene = _ts_map_scene_new_from_records_split (records, lookup,
                                                                          lookup_data, split);
      guint n_markers = 0, n_areas = 0;

      for (guint i = 0; i < order->len; i++)
        {
          const ReferenceUse *use = order->pdata[i];
          const TsMapArea *area = ts_map_scene_lookup_area (scene, use->id);

          if (area != NULL)
            {
              g_assert_true (ts_map_scene_get_area (scene, n_areas++) == area);
              g_assert_cmpuint (area->weight, ==, use->weight);
              g_assert_cmpuint (area->n_meetings, ==, use->n_meetings);
            }
          else
            {
              const TsMapMarker *marker = ts_map_scene_get_marker (scene, n_markers++);

              g_assert_cmpstr (marker->id, ==, use->id);
              g_assert_cmpuint (marker->weight, ==, use->weight);
              g_assert_cmpuint (marker->n_meetings, ==, use->n_meetings);
            }
        }
      g_assert_cmpuint (ts_map_scene_get_n_markers (scene), ==, n_markers);
      g_assert_cmpuint (ts_map_scene_get_n_areas (scene), ==, n_areas);
      g_assert_cmpuint (n_markers + n_areas, >=, n_least);
    }
}

static TsRecord *
lookup_in_table (gpointer    user_data,
                 const char *id)
{
  return g_hash_table_lookup (user_data, id);
}

static TsDate
make_date (guint i)
{
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_set_ymd (&date, 2000 + i % 25, 1 + i % 12, 1 + i % 28));
  return date;
}

/* More names than the builder's table first has room for (it grows), of
 * every kind it tells apart: meetings at places, some at none or at a
 * place that is not there; agreements whose parties are a place and an
 * organization, some naming a place twice; projects at several places;
 * statements at meetings, at a meeting that is not there and at none;
 * and the places themselves, most named before they come. */
static void
test_many_names (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/m%u", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i * 7 % 1600);
      TsMeeting *meeting = ts_meeting_new (id, "Talks");
      TsDate date = make_date (i);

      ts_meeting_set_date (meeting, &date);
      if (i % 50 != 0)
        ts_meeting_set_place_id (meeting, place);
      g_ptr_array_add (records, meeting);
    }
  for (guint i = 0; i < 800; i++)
    {
      g_autofree char *id = g_strdup_printf ("agreement/a%u", i);
      g_autofree char *place = g_strdup_printf ("place/p%u", i * 3 % 1500);
      g_autofree char *organization = g_strdup_printf ("organization/o%u", i % 400);
      g_autoptr(TsParty) first = ts_party_new (organization, NULL);
      g_autoptr(TsParty) second = ts_party_new (place, NULL);
      TsAgreement *agreement = ts_agreement_new (id, "Memorandum");
      TsDate date = make_date (i);

      ts_agreement_set_date (agreement, &date);
      ts_agreement_add_party (agreement, first);
      ts_agreement_add_party (agreement, second);
      if (i % 7 == 0)
        ts_agreement_add_party (agreement, second);
      g_ptr_array_add (records, agreement);
    }
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("project/j%u", i);
      g_autofree char *a = g_strdup_printf ("place/p%u", i * 11 % 1500);
      g_autofree char *b = g_strdup_printf ("place/p%u", (i * 11 + 1) % 1500);
      const char *places[] = { a, b, a, NULL };
      TsProject *project = ts_project_new (id, "Railway");

      ts_project_set_place_ids (project, places);
      g_ptr_array_add (records, project);
    }
  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *id = g_strdup_printf ("statement/s%u", i);
      g_autofree char *at = g_strdup_printf ("meeting/m%u", i % 300 == 0 ? 99999 : i * 5 % 3000);
      TsStatement *statement = ts_statement_new (id, "Words");
      TsDate date = make_date (i);

      ts_statement_set_date (statement, &date);
      if (i % 100 != 1)
        ts_statement_set_at_id (statement, at);
      g_ptr_array_add (records, statement);
    }
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      TsPlace *place = ts_place_new (id, id);

      ts_place_set_lat (place, 40 + i % 10 * 0.1);
      ts_place_set_lon (place, 70 + i / 10 * 0.1);
      g_ptr_array_add (records, place);
    }
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = g_strdup_printf ("organization/o%u", i);

      g_ptr_array_add (records, ts_organization_new (id, "Ministry"));
    }
  for (guint i = 0; i < records->len; i++)
    g_hash_table_insert (by_id, (gpointer) ts_record_get_id (records->pdata[i]),
                         records->pdata[i]);

  assert_counted_as_each_record_says (records, lookup_in_table, by_id, 1500);
}

/* The scene's markers and areas are those counts, in that order, however
 * the builder reads the records' fields (it reads their storage through
 * offsets found once per type, and looks each named record up once): the
 * shipped dataset (meetings, agreements with parties that are places and
 * organizations, projects with several places, statements at meetings),
 * in the dataset's order and backwards, and a search's records. */
static void
test_as_each_record_says (void)
{
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "dataset",
                                                    "tianshan.json", NULL);
  g_autofree char *statements = g_test_build_filename (G_TEST_DIST, "data",
                                                       "statements-fixture.json", NULL);
  const char *paths[] = { shipped, statements };
  guint n_checked = 0;

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      g_autoptr(TsDataset) dataset = NULL;
      g_autoptr(GPtrArray) records = NULL;

      if (!g_file_test (paths[p], G_FILE_TEST_EXISTS))
        continue;
      dataset = model_test_load_dataset (paths[p]);
      records = list_records (dataset);
      for (guint round = 0; round < 2; round++)
        {
          if (round == 1)
            for (guint i = 0; i < records->len / 2; i++)
              {
                gpointer swap = records->pdata[i];

                records->pdata[i] = records->pdata[records->len - 1 - i];
                records->pdata[records->len - 1 - i] = swap;
              }
          assert_counted_as_each_record_says (records, lookup_in_dataset, dataset, 2);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 2);
}

/* The places of the second half of the records counted in another thread
 * (as for a briefing's cover of 100 000 records) make the scene that one
 * walk over the records makes: the counts added up, the places the first
 * half did not name after its own in the order the second found them,
 * and the second half's arcs and routes after the first's. */
static void
test_two_threads (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  g_autoptr(GPtrArray) records = list_records (dataset);
  g_autoptr(GPtrArray) arranged = g_ptr_array_new ();
  g_autoptr(GPtrArray) many = g_ptr_array_new ();
  g_autoptr(TsMapScene) one = NULL;
  g_autoptr(TsMapScene) two = NULL;

  g_assert_cmpuint (records->len, >, 20);

  /* As listed, then with the places and the records naming them in the
   * second half only: the first half the last few records alone. */
  for (guint round = 0; round < 2; round++)
    {
      g_ptr_array_set_size (arranged, 0);
      if (round == 0)
        g_ptr_array_extend (arranged, records, NULL, NULL);
      else
        {
          for (guint i = 0; i < records->len; i++)
            g_ptr_array_add (arranged, records->pdata[records->len - 1 - (i % 3)]);
          g_ptr_array_extend (arranged, records, NULL, NULL);
        }
      one = _ts_map_scene_new_from_records_split (arranged, lookup_in_dataset, dataset, FALSE);
      two = _ts_map_scene_new_from_records_split (arranged, lookup_in_dataset, dataset, TRUE);
      g_assert_cmpuint (ts_map_scene_get_n_markers (one), >, 3);
      g_assert_cmpuint (ts_map_scene_get_n_arcs (one), >, 0);
      g_assert_cmpuint (ts_map_scene_get_n_routes (one), >, 0);
      g_assert_cmpuint (ts_map_scene_get_n_areas (one), >, 0);
      assert_same_scene (one, two);
      g_clear_object (&one);
      g_clear_object (&two);
    }

  /* Enough records for the public function to split them itself. */
  while (many->len < 40000)
    g_ptr_array_extend (many, records, NULL, NULL);
  one = _ts_map_scene_new_from_records_split (many, lookup_in_dataset, dataset, FALSE);
  two = ts_map_scene_new_from_records (many, lookup_in_dataset, dataset);
  assert_same_scene (one, two);
  /* Every copy counted. */
  g_clear_object (&one);
  one = _ts_map_scene_new_from_records_split (records, lookup_in_dataset, dataset, FALSE);
  g_assert_cmpuint (ts_map_scene_get_n_markers (one), ==, ts_map_scene_get_n_markers (two));
  for (guint i = 0; i < ts_map_scene_get_n_markers (two); i++)
    g_assert_cmpuint (ts_map_scene_get_marker (two, i)->weight, ==,
                      ts_map_scene_get_marker (one, i)->weight * (many->len / records->len));
}

/* Each name on the map is the record's name in the language the user
 * reads, in both threads' records, and a scene built after the language
 * changed is in the new one (the builder reads the user's languages once
 * a scene, not once a name). */
static void
test_names_in_language (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "dataset",
                                                 "tianshan.json", NULL);
  const char *languages[] = { "en", "ru", "zh_CN" };
  g_autoptr(GHashTable) english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(TsDataset) dataset = NULL;
  g_autoptr(GPtrArray) records = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("data/dataset/tianshan.json is not in the tree yet");
      return;
    }
  dataset = model_test_load_dataset (path);
  records = list_records (dataset);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(TsMapScene) scene = NULL;
      g_autoptr(GPtrArray) items = g_ptr_array_new ();
      guint n_translated = 0;

      ts_i18n_set_language (languages[l]);
      scene = _ts_map_scene_new_from_records_split (records, lookup_in_dataset, dataset, TRUE);
      for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
        {
          const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);

          g_ptr_array_add (items, marker->id);
          g_ptr_array_add (items, marker->label);
        }
      for (guint i = 0; i < ts_map_scene_get_n_areas (scene); i++)
        {
          const TsMapArea *area = ts_map_scene_get_area (scene, i);

          g_ptr_array_add (items, area->id);
          g_ptr_array_add (items, area->label);
        }
      for (guint i = 0; i < ts_map_scene_get_n_routes (scene); i++)
        {
          const TsMapRoute *route = ts_map_scene_get_route (scene, i);

          g_ptr_array_add (items, route->id);
          g_ptr_array_add (items, route->label);
        }
      for (guint i = 0; i < ts_map_scene_get_n_arcs (scene); i++)
        {
          const TsMapArc *arc = ts_map_scene_get_arc (scene, i);

          g_ptr_array_add (items, arc->id);
          g_ptr_array_add (items, arc->label);
        }
      g_assert_cmpuint (items->len, >, 20);

      for (guint i = 0; i < items->len; i += 2)
        {
          const char *id = items->pdata[i], *label = items->pdata[i + 1];
          TsRecord *record = ts_dataset_lookup (dataset, id);

          g_assert_nonnull (record);
          g_assert_cmpstr (label, ==, ts_record_get_display_name (record));
          if (l == 0)
            g_hash_table_insert (english, g_strdup (id), g_strdup (label));
          else
            n_translated += g_strcmp0 (label, g_hash_table_lookup (english, id)) != 0;
        }
      /* Many names are not in English. */
      if (l > 0)
        g_assert_cmpuint (n_translated, >, items->len / 2 / 4);
    }
  ts_i18n_set_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-scene/everything", test_everything);
  g_test_add_func ("/map-scene/query-narrows", test_query_narrows);
  g_test_add_func ("/map-scene/statements", test_statements);
  g_test_add_func ("/map-scene/organization-party", test_organization_party);
  g_test_add_func ("/map-scene/empty-dataset", test_empty_dataset);
  g_test_add_func ("/map-scene/hit-test", test_hit_test);
  g_test_add_func ("/map-scene/shipped", test_shipped);
  g_test_add_func ("/map-scene/two-threads", test_two_threads);
  g_test_add_func ("/map-scene/as-each-record-says", test_as_each_record_says);
  g_test_add_func ("/map-scene/many-names", test_many_names);
  g_test_add_func ("/map-scene/names-in-language", test_names_in_language);

  return g_test_run ();
}
