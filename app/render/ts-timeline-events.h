/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-matches.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* What the lanes of the timeline stand for. */
typedef enum
{
  TS_TIMELINE_LANES_TYPE,         /* Meetings, Agreements, Projects, Statements */
  TS_TIMELINE_LANES_COUNTERPART,  /* the counterpart's country */
  TS_TIMELINE_LANES_PERSON,       /* each person taking part */
  TS_TIMELINE_LANES_PROJECT,      /* each project, then "Other" */
} TsTimelineLaneMode;

#define TS_TIMELINE_N_LANE_MODES 4

/* How certain an edge of an event is. */
typedef enum
{
  TS_TIMELINE_EDGE_EXACT,   /* as recorded */
  TS_TIMELINE_EDGE_SOFT,    /* "about": drawn with a soft edge */
  TS_TIMELINE_EDGE_OPEN,    /* "before" (left edge) or "after" (right edge):
                             * it may lie anywhere further out, drawn fading */
} TsTimelineEdge;

/* One mark on the timeline. Times are in days: Julian day numbers
 * (ts_date_get_first_julian()), @first the first day the event covers and
 * @end the day after its last, so a day is one day wide and "May 2023"
 * runs from 1 May to 1 June. A "before" or "after" date covers the day,
 * month or year it names here, with an open edge: ts_date_get_first_julian()
 * and _last_julian() say how far it may reach. */
typedef struct
{
  const char        *record_id;
  const char        *label;       /* the title, "<project>: <status>" or
                                   * "<speaker>: <statement's title>" */
  TsRecordEventKind  kind;
  TsDate             date;        /* as recorded */
  TsDate             end_date;    /* unset when the event has no end */
  double             first;
  double             end;
  guint8             first_edge;  /* TsTimelineEdge */
  guint8             end_edge;
  guint              lane;
} TsTimelineEvent;

#define TS_TYPE_TIMELINE_EVENTS (ts_timeline_events_get_type ())

/* The events of a set of records, sorted by time (then by record id), in the
 * lanes of a mode. Immutable once built, so it can be built in a worker
 * thread and shared with the main one. A meeting with two people appears
 * twice in person lanes, once in each. */
G_DECLARE_FINAL_TYPE (TsTimelineEvents, ts_timeline_events, TS, TIMELINE_EVENTS, GObject)

/* Of @records (any types: only meetings, agreements, projects and
 * statements have events), finding the people, organizations and projects
 * they name
 * through @lookup: touches no dataset, so a briefing can build its
 * timeline from its snapshot in its worker. */
TsTimelineEvents       *ts_timeline_events_new_from_records (GPtrArray          *records,
                                                             TsRecordLookupFunc  lookup,
                                                             gpointer            lookup_data,
                                                             TsTimelineLaneMode  mode);
/* Of what @matches holds now (the window's search and filters), in the
 * dataset's (main) thread: for a worker, list the matched records there
 * and build from them with a lookup of its own. */
TsTimelineEvents       *ts_timeline_events_new_from_matches (TsMatches          *matches,
                                                             TsTimelineLaneMode  mode);

TsTimelineLaneMode      ts_timeline_events_get_mode         (TsTimelineEvents   *self);
guint                   ts_timeline_events_get_n_events     (TsTimelineEvents   *self);
const TsTimelineEvent  *ts_timeline_events_get_event        (TsTimelineEvents   *self,
                                                             guint               index);
guint                   ts_timeline_events_get_n_lanes      (TsTimelineEvents   *self);
/* In the UI language: "Meetings", "China", "Sadyr Japarov", "Other". */
const char             *ts_timeline_events_get_lane_label   (TsTimelineEvents   *self,
                                                             guint               lane);
/* The events of @lane, as indices into the events, in time order. */
const guint            *ts_timeline_events_get_lane_events  (TsTimelineEvents   *self,
                                                             guint               lane,
                                                             guint              *n_events);
/* The first and end day of all events; FALSE when there are none. */
gboolean                ts_timeline_events_get_range        (TsTimelineEvents   *self,
                                                             double             *first,
                                                             double             *end);

/* The index of the first event of the record with @id, or -1. */
int                     ts_timeline_events_find             (TsTimelineEvents   *self,
                                                             const char         *record_id);
/* Keyboard moves from the event at @index: the next or previous one in
 * time, or the one nearest in time in the lane above (@direction -1) or
 * below (+1), skipping empty lanes. -1 when there is none. */
int                     ts_timeline_events_get_next         (TsTimelineEvents   *self,
                                                             guint               index);
int                     ts_timeline_events_get_previous     (TsTimelineEvents   *self,
                                                             guint               index);
int                     ts_timeline_events_get_nearest_in_lane (TsTimelineEvents *self,
                                                                guint             index,
                                                                int               direction);

/* The events of @lane that may show between days @first and @end, as a
 * range [*from, *to) of ts_timeline_events_get_lane_events(): found by
 * binary search, never by walking the lane. */
void                    ts_timeline_events_get_lane_range   (TsTimelineEvents   *self,
                                                             guint               lane,
                                                             double              first,
                                                             double              end,
                                                             guint              *from,
                                                             guint              *to);
/* How many of the lane's events (by kind when @kinds is not NULL, an array
 * of TS_N_RECORD_EVENT_KINDS) begin in [@first, @end): in O(log n). */
guint                   ts_timeline_events_count_in_lane   (TsTimelineEvents   *self,
                                                             guint               lane,
                                                             double              first,
                                                             double              end,
                                                             guint              *kinds);

/* The position in the lane's events of the first event that begins on
 * or after @day (n_events when none). */
guint                   ts_timeline_events_lane_lower_bound (TsTimelineEvents   *self,
                                                             guint               lane,
                                                             double              day);

const char             *ts_timeline_lane_mode_to_string     (TsTimelineLaneMode  mode);
gboolean                ts_timeline_lane_mode_from_string   (const char         *string,
                                                             TsTimelineLaneMode *mode);

G_END_DECLS
