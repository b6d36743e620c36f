/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-map"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-briefing-private.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder.h"

static TsRecord *
lookup_in_snapshot (gpointer    user_data,
                    const char *id)
{
  return ts_export_data_lookup (user_data, id);
}

GPtrArray *
_ts_briefing_map_records (TsExportData *data)
{
  static const TsRecordType types[] = {
    TS_RECORD_TYPE_MEETING,
    TS_RECORD_TYPE_AGREEMENT,
    TS_RECORD_TYPE_PROJECT,
    TS_RECORD_TYPE_STATEMENT,
    TS_RECORD_TYPE_PLACE,
  };
  GPtrArray *records = g_ptr_array_new ();

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GPtrArray *of_type = ts_export_data_get_records (data, types[t]);

      for (guint i = 0; i < of_type->len; i++)
        if (types[t] == TS_RECORD_TYPE_PLACE
            || !ts_export_data_is_linked (data, of_type->pdata[i]))
          g_ptr_array_add (records, of_type->pdata[i]);
    }

  return records;
}

/* The map view's map of the records in scope (ts-map-scene-builder.h),
 * built from the export's own snapshot: the export runs in a thread and
 * must not touch the dataset. */
static TsMapScene *
build_scene (TsExportData *data)
{
  g_autoptr(GPtrArray) records = _ts_briefing_map_records (data);

  return ts_map_scene_new_from_records (records, lookup_in_snapshot, data);
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
      own_basemap = ts_basemap_dup_default (error);
      if (own_basemap == NULL)
        return NULL;
      basemap = own_basemap;
    }

  scene = build_scene (data);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_set_emphasize_ties (renderer, TRUE);
  /* Room around the places for their markers and names. */
  ts_map_renderer_fit_clear_of_legend (renderer, width, height, MIN (width, height) * 0.1);

  return ts_map_renderer_render_to_png (renderer, width, height, error);
}
