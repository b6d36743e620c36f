/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-matches.h"

G_BEGIN_DECLS

#define TS_TYPE_TIMELINE_VIEW (ts_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (TsTimelineView, ts_timeline_view, TS, TIMELINE_VIEW, GtkWidget)

/* The Timeline page: the meetings, signings and milestones the window's
 * matches hold, on a time axis drawn by TsTimelineRenderer, in lanes the
 * analyst chooses (remembered in GSettings' "timeline-lanes"), with zoom,
 * pan, keyboard moves from event to event and selection; beside it the
 * "Events in View" list.
 *
 * Actions: timeline.zoom-in, timeline.zoom-out, timeline.fit (keys +, −,
 * Ctrl+plus, Ctrl+minus, Ctrl+0). Clicking an event, Enter on the focused
 * one or activating a row of the list sets :selected-id and emits
 * ::record-activated with the record's id. */
GtkWidget  *ts_timeline_view_new             (void);

/* The records to show, as the window's search and filters match them.
 * (nullable) */
TsMatches  *ts_timeline_view_get_matches     (TsTimelineView *self);
void        ts_timeline_view_set_matches     (TsTimelineView *self,
                                              TsMatches      *matches);

/* The id of the record drawn as selected, or NULL. Setting it does not
 * emit ::record-activated. */
const char *ts_timeline_view_get_selected_id (TsTimelineView *self);
void        ts_timeline_view_set_selected_id (TsTimelineView *self,
                                              const char     *id);

/* Selects the record @id and centres the view on it; FALSE (and nothing
 * changed) when it has no event on the timeline. */
gboolean    ts_timeline_view_show_record     (TsTimelineView *self,
                                              const char     *id);

/* What the lanes group events by: "type", "country", "person" or
 * "project". */
const char *ts_timeline_view_get_lanes       (TsTimelineView *self);
void        ts_timeline_view_set_lanes       (TsTimelineView *self,
                                              const char     *lanes);

/* The view as it is (start, scale and lanes), for the window's history;
 * restoring it brings the view back. (transfer full) */
GVariant   *ts_timeline_view_save_state      (TsTimelineView *self);
void        ts_timeline_view_restore_state   (TsTimelineView *self,
                                              GVariant       *state);

/* Days per pixel; smaller is closer. */
double      ts_timeline_view_get_scale       (TsTimelineView *self);
/* Shows every event the matches hold. */
void        ts_timeline_view_fit             (TsTimelineView *self);

G_END_DECLS
