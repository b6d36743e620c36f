/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "ts-timeline-layout.h"

G_BEGIN_DECLS

void ts_timeline_set_rgba  (cairo_t                *cr,
                            const TsMapRgb         *color,
                            double                  alpha);
/* The time axis along the top of @layout, with its ticks and their
 * labels (months and years first, none overlapping), and the grid lines
 * through the lanes. */
void ts_timeline_draw_axis (cairo_t                *cr,
                            const TsTimelineStyle  *style,
                            TsMapText              *text,
                            const TsTimelineLayout *layout);
/* A mark as the layout placed it: a point (a milestone's diamond), a bar
 * whose edges are as certain as its dates, a project's life, a cluster
 * with its count. */
void ts_timeline_draw_item (cairo_t                *cr,
                            const TsTimelineStyle  *style,
                            TsMapText              *text,
                            TsTimelineEvents       *events,
                            const TsTimelineItem   *item);

G_END_DECLS
