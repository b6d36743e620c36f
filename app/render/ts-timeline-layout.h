/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-text.h"
#include "ts-timeline-events.h"
#include "ts-timeline-renderer.h"
#include "ts-timeline-style.h"

G_BEGIN_DECLS

/* What one frame of the timeline draws, placed: the renderer draws it and
 * hit-tests it, and tests check that no two labels overlap. */
typedef struct
{
  TsTimelineHitKind  kind;       /* EVENT or CLUSTER */
  int                event;      /* the event, or a cluster's first */
  guint              lane;
  guint              n_events;   /* 1 for an event */
  guint              kinds[TS_N_RECORD_EVENT_KINDS];
  double             first;      /* days: the event's, or the cluster's bin */
  double             end;
  double             x0;         /* the mark, in pixels */
  double             x1;
  double             y;          /* the mark's middle */
  gboolean           has_label;
  cairo_rectangle_t  label_box;  /* the label's logical box */
  double             baseline;
  char              *label;      /* the text: the event's label or "12 meetings" */
} TsTimelineItem;

typedef struct
{
  double  start;
  double  scale;
  int     width;
  int     height;
  double  lanes_top;
  double  lane_height;
  guint   n_lanes_shown;
  GArray *items;                 /* TsTimelineItem, lane by lane, in time order */
} TsTimelineLayout;

/* Places the events in the view: events close together (nearer than the
 * style's cluster_px, in bins fixed in time so that panning does not
 * regroup them) gather into clusters; labels go right of their marks,
 * above or below the lane's line, only where they overlap no other label.
 * A lane with more events in view than can be walked in a frame is counted
 * bin by bin by binary search. @selected_id's label is placed first. */
TsTimelineLayout *ts_timeline_layout_new  (TsTimelineEvents      *events,
                                           const TsTimelineStyle *style,
                                           TsMapText             *text,
                                           double                 start,
                                           double                 scale,
                                           int                    width,
                                           int                    height,
                                           const char            *selected_id);
void              ts_timeline_layout_free (TsTimelineLayout      *self);

/* The y of the top of @lane. */
double            ts_timeline_layout_lane_top (const TsTimelineLayout *self,
                                               guint                   lane);

/* "12 meetings", "3 signings", "5 events". */
char             *ts_timeline_cluster_label (const guint *kinds,
                                             guint        n_events);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsTimelineLayout, ts_timeline_layout_free)

G_END_DECLS
