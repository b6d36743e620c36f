/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-style"

#include "config.h"

#include "ts-timeline-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

const TsTimelineStyle *
ts_timeline_style_get_default (void)
{
  static const TsTimelineStyle *once;
  static TsTimelineStyle style = {
    .map = NULL,
    .background = RGB (0xffffff),
    .band = RGB (0xf6f5f4),
    .lane_label = RGB (0x3d3846),
    .axis = RGB (0x5e5c64),
    .grid = RGB (0xdeddda),
    .today = RGB (0xc01c28),     /* red 4 */
    .cluster = RGB (0x3d3846),
    .axis_height = 30,
    .lane_label_height = 18,
    .min_lane_height = 44,
    .max_lane_height = 200,
    .point_radius = 5,
    .bar_height = 10,
    .project_bar_height = 6,
    .fade_px = 36,
    .cluster_px = 16,
    .label_size = 11,
    .lane_label_size = 11,
    .tick_label_size = 10,
    .label_max_width = 260,
  };

  if (g_once_init_enter (&once))
    {
      const TsMapStyle *map = ts_map_style_get_default ();

      style.map = map;
      style.kinds[TS_RECORD_EVENT_MEETING] = map->marker_strong;
      style.kinds[TS_RECORD_EVENT_SIGNING] = map->marker;
      style.kinds[TS_RECORD_EVENT_MILESTONE] = map->route;
      style.kinds[TS_RECORD_EVENT_PROJECT] = map->route;
      /* Statements purple (GNOME's purple 4): none of the map's colours,
       * so that what was said reads apart from what was done. */
      style.kinds[TS_RECORD_EVENT_STATEMENT] = (TsMapRgb) RGB (0x813d9c);
      g_once_init_leave (&once, &style);
    }

  return once;
}
