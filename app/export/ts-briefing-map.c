/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-map"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement.h"
#include "ts-briefing-private.h"
#include "ts-map-renderer.h"
#include "ts-meeting.h"
#include "ts-place.h"
#include "ts-project.h"

typedef struct
{
  TsPlace *place;
  guint    weight;
  guint    n_meetings;
} PlaceUse;

static PlaceUse *
use_place (GHashTable   *uses,
           GPtrArray    *order,
           TsExportData *data,
           const char   *id)
{
  TsRecord *record = ts_export_data_lookup (data, id);
  PlaceUse *use;

  if (record == NULL || !TS_IS_PLACE (record))
    return NULL;

  use = g_hash_table_lookup (uses, id);
  if (use == NULL)
    {
      use = g_new0 (PlaceUse, 1);
      use->place = TS_PLACE (record);
      g_hash_table_insert (uses, (gpointer) ts_record_get_id (record), use);
      g_ptr_array_add (order, use);
    }
  use->weight++;
  return use;
}

static TsMapArcKind
arc_kind (TsPlace *a,
          TsPlace *b)
{
  TsPlaceKind ka = ts_place_get_kind (a);
  TsPlaceKind kb = ts_place_get_kind (b);

  if (ka == TS_PLACE_KIND_PROVINCE && kb == TS_PLACE_KIND_PROVINCE)
    return TS_MAP_ARC_FRIENDLY_PROVINCES;
  if ((ka == TS_PLACE_KIND_CITY || ka == TS_PLACE_KIND_PREFECTURE_CITY)
      && (kb == TS_PLACE_KIND_CITY || kb == TS_PLACE_KIND_PREFECTURE_CITY))
    return TS_MAP_ARC_SISTER_CITIES;
  return TS_MAP_ARC_OTHER;
}

static void
add_agreement_arc (TsMapScene   *scene,
                   TsExportData *data,
                   TsAgreement  *agreement)
{
  GPtrArray *parties = ts_agreement_get_parties (agreement);
  TsPlace *places[2] = { NULL, NULL };
  guint n = 0;

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      TsRecord *record = ts_export_data_lookup (data, ((TsParty *) parties->pdata[i])->party_id);

      if (record != NULL && TS_IS_PLACE (record))
        {
          if (n < 2)
            places[n] = TS_PLACE (record);
          n++;
        }
    }

  /* A tie between exactly two places, as friendly provinces and sister
   * cities are. */
  if (n != 2 || ts_agreement_get_kind (agreement) != TS_AGREEMENT_KIND_FRIENDSHIP_RELATIONS)
    return;

  ts_map_scene_add_arc (scene, ts_record_get_id (TS_RECORD (agreement)),
                        ts_record_get_title (TS_RECORD (agreement)),
                        ts_place_get_lat (places[0]), ts_place_get_lon (places[0]),
                        ts_place_get_lat (places[1]), ts_place_get_lon (places[1]),
                        arc_kind (places[0], places[1]));
}

static void
add_project_route (TsMapScene *scene,
                   TsProject  *project)
{
  GPtrArray *route = ts_project_get_route (project);
  g_autofree TsMapPoint *points = NULL;

  if (route == NULL || route->len < 2)
    return;

  points = g_new0 (TsMapPoint, route->len);
  for (guint i = 0; i < route->len; i++)
    {
      TsRoutePoint *point = route->pdata[i];

      points[i].lat = point->lat;
      points[i].lon = point->lon;
    }
  ts_map_scene_add_route (scene, ts_record_get_id (TS_RECORD (project)),
                          ts_record_get_title (TS_RECORD (project)), points, route->len);
}

/* The places, ties and routes of the records in scope, as the map view
 * shows them: a marker per place a record in scope refers to (sized by how
 * many do, with its number of meetings), an arc per friendly-province or
 * sister-city agreement, a line per project route. */
static TsMapScene *
build_scene (TsExportData *data)
{
  TsMapScene *scene = ts_map_scene_new ();
  g_autoptr(GHashTable) uses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GPtrArray *records;

  records = ts_export_data_get_records (data, TS_RECORD_TYPE_PLACE);
  for (guint i = 0; i < records->len; i++)
    use_place (uses, order, data, ts_record_get_id (records->pdata[i]));

  records = ts_export_data_get_records (data, TS_RECORD_TYPE_MEETING);
  for (guint i = 0; i < records->len; i++)
    {
      PlaceUse *use = use_place (uses, order, data,
                                 ts_meeting_get_place_id (TS_MEETING (records->pdata[i])));

      if (use != NULL)
        use->n_meetings++;
    }

  records = ts_export_data_get_records (data, TS_RECORD_TYPE_AGREEMENT);
  for (guint i = 0; i < records->len; i++)
    {
      GPtrArray *parties = ts_agreement_get_parties (records->pdata[i]);

      for (guint j = 0; parties != NULL && j < parties->len; j++)
        use_place (uses, order, data, ((TsParty *) parties->pdata[j])->party_id);
      add_agreement_arc (scene, data, records->pdata[i]);
    }

  records = ts_export_data_get_records (data, TS_RECORD_TYPE_PROJECT);
  for (guint i = 0; i < records->len; i++)
    {
      const char * const *ids = ts_project_get_place_ids (records->pdata[i]);

      for (guint j = 0; ids[j] != NULL; j++)
        use_place (uses, order, data, ids[j]);
      add_project_route (scene, records->pdata[i]);
    }

  for (guint i = 0; i < order->len; i++)
    {
      PlaceUse *use = order->pdata[i];
      TsRecord *record = TS_RECORD (use->place);

      /* Countries are the basemap's shapes; a marker in their middle says
       * nothing. */
      if (ts_place_get_kind (use->place) == TS_PLACE_KIND_COUNTRY)
        continue;
      ts_map_scene_add_marker (scene, ts_record_get_id (record), ts_record_get_display_name (record),
                               ts_place_get_lat (use->place), ts_place_get_lon (use->place),
                               use->weight, use->n_meetings, FALSE);
    }

  return scene;
}

GBytes *
_ts_briefing_render_map (TsExportData  *data,
                         TsBasemap     *basemap,
                         int            width,
                         int            height,
                         GError       **error)
{
  g_autoptr(TsBasemap) own_basemap = NULL;
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(TsMapRenderer) renderer = NULL;

  if (basemap == NULL)
    {
      own_basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, error);
      if (own_basemap == NULL)
        return NULL;
      basemap = own_basemap;
    }

  scene = build_scene (data);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_fit (renderer, width, height, MIN (width, height) * 0.08);

  return ts_map_renderer_render_to_png (renderer, width, height, error);
}
