/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* The map view brought to a record: centred on it when another page showed
 * it (ts_map_view_center_on ()), and the item the user opened kept where it
 * is on screen as the detail pane slides in beside the map
 * (ts_map_view_anchor_selected ()). Shares the instance with
 * ts-map-view.c through ts-map-view-private.h. */

#include "config.h"

#include "ts-map-view-private.h"

/* As ts-map-view.c frames a fit: items kept this far from the edges. */
#define EDGE_MARGIN 48

/* Set by ts_map_view_anchor_selected(): where on the earth resizes keep
 * in its place on screen. A view the history brings back, or a centring,
 * keeps its centre instead, so that it ends as it was asked for. */
#define ANCHORED_KEY "ts-map-view-anchored"

typedef struct
{
  double lon;
  double lat;
} Anchor;

/* A centring asked for before the map had a size: done at the first frame
 * it has one, after the fit that frames the matches. */
#define PENDING_CENTER_KEY "ts-map-view-pending-center"

void
_ts_map_view_cancel_pending_center (TsMapView *self)
{
  guint id = GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (self), PENDING_CENTER_KEY));

  if (id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), id);
}

void
_ts_map_view_forget_anchor (TsMapView *self)
{
  g_object_set_data (G_OBJECT (self), ANCHORED_KEY, NULL);
}

static gboolean
lookup_center (TsMapView  *self,
               const char *id,
               double     *lon,
               double     *lat)
{
  TsMapScene *scene = ts_map_view_get_scene (self);
  const TsMapMarker *marker;
  const TsMapArc *arc;
  const TsMapRoute *route;

  if ((marker = ts_map_scene_lookup_marker (scene, id)) != NULL)
    {
      *lon = marker->lon;
      *lat = marker->lat;
    }
  else if ((arc = ts_map_scene_lookup_arc (scene, id)) != NULL)
    {
      *lon = (arc->from_lon + arc->to_lon) / 2;
      *lat = (arc->from_lat + arc->to_lat) / 2;
    }
  else if ((route = ts_map_scene_lookup_route (scene, id)) != NULL && route->n_points > 0)
    {
      *lon = route->points[route->n_points / 2].lon;
      *lat = route->points[route->n_points / 2].lat;
    }
  else
    return FALSE;

  return TRUE;
}

/* The detail pane sliding in beside the map (or the window made smaller)
 * leaves the anchored selected item where it was on screen, or as near as
 * the new size lets it be, rather than pushing it out of sight with the
 * centre kept. */
void
_ts_map_view_resize (TsMapView *self,
                     int        old_width,
                     int        old_height)
{
  int width = _ts_map_view_get_width (self);
  int height = _ts_map_view_get_height (self);
  Anchor *anchor = g_object_get_data (G_OBJECT (self), ANCHORED_KEY);
  double lon, lat, old_x, old_y, x, y, margin;
  TsView view;

  if (old_width <= 0 || old_height <= 0 || self->needs_fit || anchor == NULL)
    {
      ts_map_renderer_set_size (self->renderer, width, height);
      return;
    }

  lon = anchor->lon;
  lat = anchor->lat;

  ts_map_renderer_set_size (self->renderer, old_width, old_height);
  ts_map_renderer_get_projected_view (self->renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, &old_x, &old_y);
  ts_map_renderer_set_size (self->renderer, width, height);
  if (old_x < 0 || old_x > old_width || old_y < 0 || old_y > old_height)
    return;

  ts_map_renderer_get_projected_view (self->renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, &x, &y);
  margin = MIN (EDGE_MARGIN, MIN (width, height) / 4.0);
  ts_map_renderer_pan (self->renderer,
                       CLAMP (old_x, margin, MAX (margin, width - margin)) - x,
                       CLAMP (old_y, margin, MAX (margin, height - margin)) - y);
}

static gboolean
center_when_sized (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  g_autofree char *id = NULL;

  if (_ts_map_view_get_width (self) <= 0 || _ts_map_view_get_height (self) <= 0)
    return G_SOURCE_CONTINUE;

  id = g_strdup (g_object_get_data (G_OBJECT (self), PENDING_CENTER_KEY "-id"));
  g_object_steal_data (G_OBJECT (self), PENDING_CENTER_KEY);
  if (id != NULL)
    ts_map_view_center_on (self, id);
  return G_SOURCE_REMOVE;
}

gboolean
ts_map_view_center_on (TsMapView  *self,
                       const char *id)
{
  double lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), FALSE);

  _ts_map_view_cancel_pending_center (self);
  if (id == NULL || !lookup_center (self, id, &lon, &lat))
    return FALSE;
  g_object_set_data (G_OBJECT (self), ANCHORED_KEY, NULL);

  if (_ts_map_view_get_width (self) <= 0 || _ts_map_view_get_height (self) <= 0)
    {
      guint tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), center_when_sized, NULL, NULL);

      g_object_set_data_full (G_OBJECT (self), PENDING_CENTER_KEY "-id", g_strdup (id), g_free);
      g_object_set_data (G_OBJECT (self), PENDING_CENTER_KEY, GUINT_TO_POINTER (tick));
      return TRUE;
    }

  self->stale_fit = FALSE;
  self->needs_fit = FALSE;
  self->fitted = FALSE;
  ts_map_renderer_get_view (self->renderer, NULL, NULL, &zoom);
  ts_map_renderer_set_view (self->renderer, lon, lat, zoom);
  _ts_map_view_view_changed (self);
  return TRUE;
}

void
ts_map_view_anchor_selected (TsMapView *self)
{
  int width = _ts_map_view_get_width (self);
  int height = _ts_map_view_get_height (self);
  Anchor anchor;

  g_return_if_fail (TS_IS_MAP_VIEW (self));

  _ts_map_view_forget_anchor (self);
  if (self->selected_id == NULL
      || !lookup_center (self, self->selected_id, &anchor.lon, &anchor.lat))
    {
      TsView view;

      /* A record that is not drawn itself (a meeting) chosen from the
       * popover of its place: the place stays. */
      if (self->popover_x <= 0 || self->popover_y <= 0
          || self->popover_x >= width || self->popover_y >= height)
        return;
      ts_map_renderer_set_size (self->renderer, width, height);
      ts_map_renderer_get_projected_view (self->renderer, &view);
      if (!ts_view_pixel_to_lonlat (&view, self->popover_x, self->popover_y,
                                    &anchor.lon, &anchor.lat))
        return;
    }

  g_object_set_data_full (G_OBJECT (self), ANCHORED_KEY, g_memdup2 (&anchor, sizeof anchor),
                          g_free);
}
