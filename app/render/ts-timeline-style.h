/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-style.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* How the timeline looks: the map's palette (ts-map-style.h) where the
 * two show the same things — meetings orange as the map's meeting places,
 * signings blue as its places, projects red as its routes — statements
 * purple, and the timeline's own sizes. */
typedef struct
{
  const TsMapStyle *map;          /* text, halo, selection, font */
  TsMapRgb          kinds[TS_N_RECORD_EVENT_KINDS];
  TsMapRgb          background;
  TsMapRgb          band;         /* every other lane */
  TsMapRgb          lane_label;
  TsMapRgb          axis;
  TsMapRgb          grid;
  TsMapRgb          today;
  TsMapRgb          cluster;

  double            axis_height;
  double            lane_label_height;
  double            min_lane_height;
  double            max_lane_height;
  double            point_radius;
  double            bar_height;
  double            project_bar_height;
  double            fade_px;          /* how far "before"/"after" fade out */
  double            cluster_px;       /* marks closer than this gather */
  double            label_size;
  double            lane_label_size;
  double            tick_label_size;
  double            label_max_width;
} TsTimelineStyle;

const TsTimelineStyle *ts_timeline_style_get_default (void);

G_END_DECLS
