/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-view.h"

#include "ts-map-renderer.h"

G_BEGIN_DECLS

/* For tests and the benchmark: what a pointer does, without one. */
void    _ts_map_view_pan            (TsMapView *self,
                                     double     dx,
                                     double     dy);
void    _ts_map_view_zoom_at        (TsMapView *self,
                                     double     x,
                                     double     y,
                                     double     delta);
/* A click at (x, y) of the map area: a place opens its popover (and is
 * selected), a cluster the popover of its places, a tie or a route is
 * selected and activated, the bare map clears the selection. Returns the
 * id of what it hit (a cluster's first place), or NULL. */
const char *_ts_map_view_click      (TsMapView *self,
                                     double     x,
                                     double     y);
/* (x, y) of the map area where @lon, @lat is drawn. */
void    _ts_map_view_lonlat_to_pixel (TsMapView *self,
                                      double     lon,
                                      double     lat,
                                      double    *x,
                                      double    *y);
/* Starts and ends a drag as the pointer would: while one lasts, frames
 * are the cached map moved, not drawn again. */
void    _ts_map_view_set_dragging   (TsMapView *self,
                                     gboolean   dragging);
/* Microseconds the last frame took to draw, and whether it had to render
 * the map (FALSE: it reused the cached picture). */
gint64  _ts_map_view_get_frame_time (TsMapView *self,
                                     gboolean  *rendered);
/* Whether a picture (or the scene it shows) is being made in the
 * background. */
gboolean _ts_map_view_is_rendering  (TsMapView *self);
GtkListBox *_ts_map_view_get_place_list (TsMapView *self);
/* The popover a click opened, while it shows; NULL otherwise. Its child is
 * named "place-popover" (a list "place-records") or "cluster-popover" (a
 * list "cluster-places" and a button "cluster-zoom"); each row has the
 * record's id as "ts-id" data. */
GtkPopover *_ts_map_view_get_popover (TsMapView *self);
/* What Enter on the map does: opens the popover of the selected place,
 * when it is in view. Returns whether it did. */
gboolean _ts_map_view_open_selected (TsMapView *self);
/* Where the legend is drawn in the map area; FALSE when it is hidden. */
gboolean _ts_map_view_get_legend_box (TsMapView  *self,
                                      TsLabelBox *box);

/* Shared by the files of TsMapView: ts-map-view.c (the widget, its API),
 * ts-map-view-render.c (the pictures), ts-map-view-input.c (pointer and
 * keys) and ts-map-view-place-list.c (the list beside the map). */

/* A picture of the map and the view it was drawn for. */
typedef struct
{
  cairo_surface_t *surface; /* what the worker draws */
  GdkTexture      *texture; /* the same, for a GPU renderer */
  GskRenderNode   *node;    /* the picture as every frame appends it */
  double           center_lon;
  double           center_lat;
  double           zoom;
  int              width;   /* the viewport it was drawn for, without margin */
  int              height;
  int              margin;
  guint            content; /* self->content when it was drawn */
} Frame;

struct _TsMapView
{
  GtkWidget      parent_instance;

  TsMatches     *matches;
  char          *selected_id;
  gulong         matches_changed_id;

  TsBasemap     *basemap;
  TsMapRenderer *renderer;
  TsMapScene    *scene;

  GtkWidget     *overlay;
  GtkWidget     *canvas;
  GtkWidget     *sidebar;
  GtkWidget     *place_list;
  GtkWidget     *places_empty;
  GtkWidget     *legend_button;
  GtkWidget     *map_buttons;   /* the zoom buttons' column, over the map */
  GtkWidget     *empty_box;   /* "No matching places", over the map */
  GtkWidget     *popover;
  double         popover_x;   /* where it points, in the map area */
  double         popover_y;
  GSettings     *settings;    /* NULL when the schema is not installed */

  Frame          frame;
  guint          content;   /* bumped when the scene or the selection change */
  /* A new scene moved the view (a search fitted it): until its picture is
   * there, the last one stays as it was drawn, not scaled to the new view
   * (pan, zoom and drags show it moved at once). */
  gboolean       hold_frame;
  GCancellable  *cancellable;
  gboolean       rendering;

  gboolean       needs_fit;
  gboolean       fitted;    /* the view is the last fit's, not moved since */
  gboolean       dragging;
  double         drag_x;
  double         drag_y;
  double         pinch_zoom;
  double         pointer_x;
  double         pointer_y;
  gboolean       has_pointer;
  guint          list_idle_id;
  /* Between two steps of a long change of the list, a frame: the tick
   * callback waiting for it (ts-map-view-place-list.c). */
  guint          list_tick_id;
  /* The places the list is to show, computed once a change (NULL: not
   * yet), and how many more are in view. */
  GPtrArray     *list_wanted;
  guint          list_n_more;
  /* A new picture is there, not yet painted: the list's next step waits
   * for the frame that paints it (painting it is a frame's dearest part,
   * and laying out new rows the next). */
  gboolean       frame_unpainted;
  /* A picture drawn while rows of the list waited for their frame: taken
   * after that frame (self->rendering stays set until then). */
  Frame          next_frame;
  gboolean       has_next_frame;

  gint64         frame_time;
  gboolean       frame_rendered;

  /* While the map is off screen, a change only marks the scene stale: a
   * search typed in the records view does not rebuild it per keystroke. */
  gboolean       scene_stale;
  gboolean       stale_fit;

  /* A large scene is built in a worker thread (ts-map-view-render.c):
   * bumped at each request, so that a scene of matches changed since is
   * dropped; another request while one builds waits for it. */
  guint          scene_serial;
  gboolean       scene_building;
  gboolean       scene_pending;
  gboolean       pending_fit;

  GListStore    *places;     /* what the place list shows, of place items */
  GtkWidget     *places_more; /* how many more places the view holds */
};

/* ts-map-view.c */
/* The size of the map area, without the list beside it. */
int     _ts_map_view_get_width      (TsMapView  *self);
int     _ts_map_view_get_height     (TsMapView  *self);
/* Selects @id and, unless it is NULL, emits TsMapView::record-activated. */
void    _ts_map_view_select_and_activate (TsMapView  *self,
                                          const char *id);

/* ts-map-view.c: makes @scene the one drawn and listed, fitting the view
 * to it when @fit. */
void    _ts_map_view_set_scene      (TsMapView  *self,
                                     TsMapScene *scene,
                                     gboolean    fit);

/* ts-map-view-render.c */
/* Builds the scene of the matches now: at once when small, else in a
 * worker thread (then _ts_map_view_set_scene() once it is there, unless
 * the matches changed meanwhile). */
void    _ts_map_view_build_scene    (TsMapView             *self,
                                     gboolean               fit);
void    _ts_map_view_clear_frame    (Frame                 *frame);
void    _ts_map_view_snapshot_map   (TsMapView             *self,
                                     GtkSnapshot           *snapshot,
                                     const graphene_rect_t *bounds);

/* ts-map-view-input.c */
void    _ts_map_view_init_input     (TsMapView  *self);

/* ts-map-view-popover.c */
void    _ts_map_view_init_popover   (TsMapView  *self);
void    _ts_map_view_close_popover  (TsMapView  *self);
void    _ts_map_view_open_place_popover (TsMapView  *self,
                                         const char *place_id,
                                         double      x,
                                         double      y);
/* @members: (element-type TsMapMarker) */
void    _ts_map_view_open_cluster_popover (TsMapView *self,
                                           GPtrArray *members,
                                           double     x,
                                           double     y);
/* The matched records that happen at @place_id, newest first.
 * (transfer full) (element-type TsRecord) */
GPtrArray *_ts_map_view_list_place_records (TsMapView  *self,
                                            const char *place_id);

/* ts-map-view-place-list.c */
void    _ts_map_view_init_place_list (TsMapView *self);
/* "4 records, 2 meetings": the counts of a place in view. */
char   *_ts_map_view_describe_counts (const TsMapMarker *marker);
void    _ts_map_view_select_listed_row (TsMapView *self);
/* Brings the list up to date once the main loop is idle. */
void    _ts_map_view_schedule_list_update (TsMapView *self);
/* Takes the picture that waited for the list's frame, if one did
 * (ts-map-view-render.c); returns whether one did. */
gboolean _ts_map_view_take_next_frame (TsMapView *self);
/* Drops a change of the list on its way (the view goes). */
void    _ts_map_view_stop_list_update (TsMapView *self);
/* The most places the list shows: the most involved in view. */
#define TS_MAP_VIEW_MAX_LISTED 100
/* Whether the list shows the places in view (no change left to make). */
gboolean _ts_map_view_is_list_current (TsMapView *self);
/* Collates the names of @scene's places for the list, before the scene is
 * shown: in the worker thread that built it. */
void    _ts_map_view_attach_sort_keys (TsMapScene *scene);

/* ts-map-view.c: redraws and updates the list for a view moved. */
void    _ts_map_view_view_changed   (TsMapView  *self);
/* ts-map-view-anchor.c: gives the renderer the map's new size, keeping an
 * anchored selected item in its place (ts_map_view_anchor_selected ()). */
void    _ts_map_view_resize         (TsMapView  *self,
                                     int         old_width,
                                     int         old_height);
void    _ts_map_view_forget_anchor  (TsMapView  *self);
void    _ts_map_view_cancel_pending_center (TsMapView *self);

G_END_DECLS
