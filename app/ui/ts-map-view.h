/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-map-scene.h"
#include "ts-matches.h"

G_BEGIN_DECLS

#define TS_TYPE_MAP_VIEW (ts_map_view_get_type ())

G_DECLARE_FINAL_TYPE (TsMapView, ts_map_view, TS, MAP_VIEW, GtkWidget)

/* The Map page: what the window's matches hold, drawn by
 * TsMapRenderer (places, ties between them, project routes), with pan,
 * zoom, hover tooltips and selection, and beside it the list of the places
 * in view, which is also the keyboard's way to select them.
 *
 * Actions: map.zoom-in, map.zoom-out, map.fit (keys +, −, 0, Ctrl+0).
 * Clicking a place opens a popover at it listing its records, clicking a
 * cluster of places one listing them; choosing a record there, clicking a
 * tie or a route, or activating a place in the list emits
 * ::record-activated with the record's id. */
GtkWidget  *ts_map_view_new             (void);

/* The records to show, as the window's search and filters match them,
 * shared with the lists so that a search is matched once. (nullable) */
TsMatches  *ts_map_view_get_matches     (TsMapView  *self);
void        ts_map_view_set_matches     (TsMapView  *self,
                                         TsMatches  *matches);
/* The id of the record drawn as selected, or NULL. Setting it does not
 * emit ::record-activated. */
const char *ts_map_view_get_selected_id (TsMapView  *self);
void        ts_map_view_set_selected_id (TsMapView  *self,
                                         const char *id);

/* What is drawn: rebuilt whenever the matches change (in a worker thread
 * when they are many: until it is there, the scene before). */
TsMapScene *ts_map_view_get_scene       (TsMapView  *self);
double      ts_map_view_get_zoom        (TsMapView  *self);
/* Shows everything the scene holds (the places matched and those the
 * matched records name, their ties and routes), padded and clear of the
 * legend while it shows. */
void        ts_map_view_fit             (TsMapView  *self);

/* The view as it is (centre, zoom and selected id), for the window's
 * history: restore_state() brings it back, and no later fit or size
 * change replaces it. (transfer full, not floating) */
GVariant   *ts_map_view_save_state      (TsMapView  *self);
void        ts_map_view_restore_state   (TsMapView  *self,
                                         GVariant   *state);
/* Moves the view, at its zoom, to centre the item of the record @id;
 * FALSE if the map does not show it. */
gboolean    ts_map_view_center_on       (TsMapView  *self,
                                         const char *id);
/* Until the view is restored or centred again, resizes (the detail pane
 * sliding in beside the map) leave the selected item where it is on
 * screen rather than keep the centre; for a record the map does not draw
 * itself, the place whose popover it was chosen from. */
void        ts_map_view_anchor_selected (TsMapView  *self);

G_END_DECLS
