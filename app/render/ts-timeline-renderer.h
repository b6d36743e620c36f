/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ts-timeline-events.h"

G_BEGIN_DECLS

/* The zoom limits, in days per pixel: a day 240 pixels wide, a century
 * in 200 pixels. */
#define TS_TIMELINE_MIN_SCALE (1.0 / 240.0)
#define TS_TIMELINE_MAX_SCALE (36525.0 / 200.0)

/* How far from a mark a pointer still hits it, in pixels. */
#define TS_TIMELINE_HIT_TOLERANCE 4.0

typedef enum
{
  TS_TIMELINE_HIT_NONE,
  TS_TIMELINE_HIT_EVENT,
  TS_TIMELINE_HIT_CLUSTER,
} TsTimelineHitKind;

/* What is under a point: an event (its index in the events), or a
 * cluster of @n_events events of @lane beginning between days @first and
 * @end (zoom into it to open it). */
typedef struct
{
  TsTimelineHitKind kind;
  int               event;
  guint             lane;
  guint             n_events;
  double            first;
  double            end;
} TsTimelineHit;

#define TS_TYPE_TIMELINE_RENDERER (ts_timeline_renderer_get_type ())

/* Draws a timeline onto any cairo context: the Timeline page, the
 * briefing's cover and the command-line export share it. Bottom up: lane
 * bands with their labels, the time axis and its ticks, the today line,
 * project bars, marks and clusters, labels, the selection.
 *
 * The view is @start, the day at x = 0, and @scale, in days per pixel:
 * x = (day - start) / scale. The lanes share the height below the axis. */
G_DECLARE_FINAL_TYPE (TsTimelineRenderer, ts_timeline_renderer, TS, TIMELINE_RENDERER, GObject)

TsTimelineRenderer *ts_timeline_renderer_new               (void);

/* (nullable) */
TsTimelineEvents   *ts_timeline_renderer_get_events        (TsTimelineRenderer *self);
void                ts_timeline_renderer_set_events        (TsTimelineRenderer *self,
                                                            TsTimelineEvents   *events);

void                ts_timeline_renderer_set_view          (TsTimelineRenderer *self,
                                                            double              start,
                                                            double              scale);
void                ts_timeline_renderer_get_view          (TsTimelineRenderer *self,
                                                            double             *start,
                                                            double             *scale);
/* The size hit testing, the visible range and the pixel helpers use;
 * ts_timeline_renderer_draw () sets it too. */
void                ts_timeline_renderer_set_size          (TsTimelineRenderer *self,
                                                            int                 width,
                                                            int                 height);

void                ts_timeline_renderer_get_size          (TsTimelineRenderer *self,
                                                            int                *width,
                                                            int                *height);

/* The day drawn as today (a Julian day; 0 hides the line). By default
 * the local date when the renderer was made. */
void                ts_timeline_renderer_set_today         (TsTimelineRenderer *self,
                                                            guint32             julian);

/* The record drawn as selected, or NULL. */
const char         *ts_timeline_renderer_get_selected      (TsTimelineRenderer *self);
void                ts_timeline_renderer_set_selected      (TsTimelineRenderer *self,
                                                            const char         *record_id);

/* Draws the whole timeline into (0, 0, width, height) of @cr. */
void                ts_timeline_renderer_draw              (TsTimelineRenderer *self,
                                                            cairo_t            *cr,
                                                            int                 width,
                                                            int                 height);

/* What is under (x, y) of the last drawn (or set) size, as last drawn.
 * Returns FALSE (and hit->kind NONE) for nothing. */
gboolean            ts_timeline_renderer_hit_test          (TsTimelineRenderer *self,
                                                            double              x,
                                                            double              y,
                                                            TsTimelineHit      *hit);

/* Sets a view of a width × height viewport that shows every event with
 * @padding pixels to spare on either side; a view of the current year
 * when there are none. Returns whether there was anything to fit. */
gboolean            ts_timeline_renderer_fit               (TsTimelineRenderer *self,
                                                            int                 width,
                                                            int                 height,
                                                            double              padding);
/* Zooms by @factor (> 1 zooms in) keeping the time under @x in place,
 * within the zoom limits. */
void                ts_timeline_renderer_zoom_at           (TsTimelineRenderer *self,
                                                            double              x,
                                                            double              factor);
/* Moves the content by @dx pixels (positive moves it right, to earlier
 * times). */
void                ts_timeline_renderer_pan               (TsTimelineRenderer *self,
                                                            double              dx);
/* Centres the view on the record's first event, keeping the zoom.
 * Returns FALSE when the record has no event. */
gboolean            ts_timeline_renderer_center_on         (TsTimelineRenderer *self,
                                                            const char         *record_id);

/* The days the current view shows at the current size: [first, end). */
void                ts_timeline_renderer_get_visible_range (TsTimelineRenderer *self,
                                                            double             *first,
                                                            double             *end);
/* The events that show in the current view (lanes out of sight below
 * excluded), as indices, in time order: for "Events in View".
 * Returns: (transfer full) (element-type guint) */
GArray             *ts_timeline_renderer_list_visible      (TsTimelineRenderer *self);
/* Where the event at @index is drawn (its mark), at the current view and
 * size; FALSE when it is out of sight. */
gboolean            ts_timeline_renderer_get_event_area    (TsTimelineRenderer *self,
                                                            guint               index,
                                                            cairo_rectangle_t  *area);
/* The events in view in words, a line each, in time order: "25 Oct 2023 –
 * Li Qiang meets Sadyr Japarov (Meetings)". An SVG file carries it as its
 * description, for screen readers and search. */
char               *ts_timeline_renderer_describe          (TsTimelineRenderer *self);
/* The lane under @y, or -1 (the axis, below the last lane). */
int                 ts_timeline_renderer_get_lane_at       (TsTimelineRenderer *self,
                                                            double              y);

/* x of day @day, and back, at the current view. */
double              ts_timeline_renderer_day_to_x          (TsTimelineRenderer *self,
                                                            double              day);
double              ts_timeline_renderer_x_to_day          (TsTimelineRenderer *self,
                                                            double              x);

/* File output, in ts-timeline-output.c. */

/* Writes the current view at width × height to @path; the format follows
 * the extension: .png, .svg or .pdf. The file appears complete or not at
 * all. */
gboolean            ts_timeline_renderer_render_to_file    (TsTimelineRenderer *self,
                                                            const char         *path,
                                                            int                 width,
                                                            int                 height,
                                                            GError            **error);
/* The same as a PNG in memory (for the briefing workbook). */
GBytes             *ts_timeline_renderer_render_to_png     (TsTimelineRenderer *self,
                                                            int                 width,
                                                            int                 height,
                                                            GError            **error);

/* One-shot: @events fitted into width × height, written to @path. */
gboolean            ts_timeline_render_to_file             (TsTimelineEvents   *events,
                                                            const char         *path,
                                                            int                 width,
                                                            int                 height,
                                                            GError            **error);

G_END_DECLS
