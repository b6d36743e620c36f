/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-timeline-view.h"

#include "ts-timeline-events.h"
#include "ts-timeline-renderer.h"

G_BEGIN_DECLS

typedef struct _TsTimelineViewSnapshot TsTimelineViewSnapshot;

/* For tests and the benchmark: what a pointer does, without one. */
void        _ts_timeline_view_pan          (TsTimelineView *self,
                                            double          dx);
void        _ts_timeline_view_zoom_at      (TsTimelineView *self,
                                            double          x,
                                            double          factor);
/* A click at (x, y) of the canvas; returns the id it selected, or NULL
 * (a cluster zooms in, selecting nothing). */
const char *_ts_timeline_view_click        (TsTimelineView *self,
                                            double          x,
                                            double          y);
/* Where the event of @id is drawn on the canvas; FALSE when it is not
 * there. */
gboolean    _ts_timeline_view_locate       (TsTimelineView *self,
                                            const char     *id,
                                            double         *x,
                                            double         *y);
/* The events drawn, once built (NULL before). */
TsTimelineEvents *_ts_timeline_view_get_events (TsTimelineView *self);
/* Whether events are being built from new matches. */
gboolean    _ts_timeline_view_is_building  (TsTimelineView *self);
/* The event the keyboard is on (an index into the events), or -1. */
int         _ts_timeline_view_get_focused  (TsTimelineView *self);
/* Microseconds the renderer took to draw the last frame. */
gint64      _ts_timeline_view_get_draw_time (TsTimelineView *self);
GtkWidget  *_ts_timeline_view_get_canvas   (TsTimelineView *self);
/* The "Events in View" list, its model (the events in view in time
 * order) and the record of the event at @position of it. */
GtkListView *_ts_timeline_view_get_event_list (TsTimelineView *self);
GListModel *_ts_timeline_view_get_events_in_view (TsTimelineView *self);
const char *_ts_timeline_view_get_listed_id (TsTimelineView *self,
                                             guint           position);
/* What the event at @index of @events is, as its row in the list is
 * named and a screen reader says it: "Meeting, 25 Oct 2023, title". */
char       *_ts_timeline_view_describe_event (TsTimelineEvents *events,
                                              int               index);

/* Shared by the files of TsTimelineView: ts-timeline-view.c (the widget,
 * its API, building the events), ts-timeline-view-input.c (pointer, keys,
 * the focused event) and ts-timeline-view-list.c (the list beside it). */

struct _TsTimelineView
{
  GtkWidget           parent_instance;

  TsMatches          *matches;
  gulong              matches_changed_id;
  char               *selected_id;
  int                 focused;      /* the keyboard's event, or -1 */
  char               *focused_id;   /* its record, to find it again */
  TsTimelineLaneMode  lane_mode;
  GSettings          *settings;

  TsTimelineEvents   *events;
  TsTimelineRenderer *renderer;

  GtkWidget          *toolbar;
  GtkWidget          *lanes_dropdown;
  GtkWidget          *body;
  GtkWidget          *canvas;
  GtkWidget          *sidebar;
  GtkWidget          *event_list;
  GtkWidget          *events_empty;
  GListModel         *in_view;
  GtkSingleSelection *list_selection;
  guint               list_idle_id;
  guint               list_tick_id; /* the list's next step waits for its frame */

  /* Building the events from the matches in a worker thread. */
  TsTimelineViewSnapshot *snapshot; /* the dataset's records, until an edit */
  GCancellable       *cancellable;
  guint               generation;   /* bumped whenever the matches or lanes change */
  gboolean            building;     /* a worker builds them */
  gboolean            stale;        /* few, and changed while off screen */
  gboolean            pending_fit;  /* fit the view to the events once built */

  gboolean            needs_fit;    /* fit once the canvas has a size */
  char               *center_when_built;

  gboolean            dragging;
  double              drag_x;
  double              pinch_scale;
  double              pointer_x;
  gboolean            has_pointer;

  gint64              draw_time;
};

/* ts-timeline-view.c */
int         _ts_timeline_view_get_width    (TsTimelineView *self);
int         _ts_timeline_view_get_height   (TsTimelineView *self);
/* Selects @id and, unless it is NULL, emits ::record-activated. */
void        _ts_timeline_view_select_and_activate (TsTimelineView *self,
                                                   const char     *id);
/* The view moved or zoomed: draws it again, lists what is in it. */
void        _ts_timeline_view_view_changed (TsTimelineView *self);

/* Unrefs @events (transfer full, may be NULL) in a worker, so that the
 * last reference to a hundred thousand events is not freed on the main
 * thread. */
void        _ts_timeline_view_drop_events  (TsTimelineEvents *events);
/* Makes @events (transfer full) the ones drawn, fitting the view to them
 * when @fit. */
void        _ts_timeline_view_take_events  (TsTimelineView   *self,
                                            TsTimelineEvents *events,
                                            gboolean          fit);

/* ts-timeline-view-build.c */
/* The matches or the lanes changed: builds their events (at once, in a
 * worker, or when the page shows), then takes them. */
void        _ts_timeline_view_build_events (TsTimelineView *self,
                                            gboolean        fit);
/* The page shows: builds the events if that was left until now. */
void        _ts_timeline_view_flush_build  (TsTimelineView *self);
/* No events, in the lanes the view has. (transfer full) */
TsTimelineEvents *_ts_timeline_view_new_empty_events (TsTimelineView *self);
/* The dataset changed: the next build takes a new snapshot of it. */
void        _ts_timeline_view_forget_snapshot (TsTimelineView *self);

/* ts-timeline-view-input.c */
void        _ts_timeline_view_init_input   (TsTimelineView *self);
/* Puts the keyboard on the event at @index (-1: none), scrolls it into
 * view and tells assistive technologies what it is. */
void        _ts_timeline_view_set_focused  (TsTimelineView *self,
                                            int             index);
/* Draws the focus ring around the focused event. */
void        _ts_timeline_view_draw_focus   (TsTimelineView *self,
                                            cairo_t        *cr);

/* ts-timeline-view-list.c */
const char *_ts_timeline_view_get_kind_label (TsRecordEventKind kind);
void        _ts_timeline_view_init_list    (TsTimelineView *self);
/* Brings the list up to date once the main loop is idle. */
void        _ts_timeline_view_schedule_list_update (TsTimelineView *self);
/* Selects the selected record's row, if it is listed. */
void        _ts_timeline_view_select_listed_row (TsTimelineView *self);
void        _ts_timeline_view_dispose_list (TsTimelineView *self);

G_END_DECLS
