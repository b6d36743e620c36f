/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* What the pointer and the keys do on the map: drag to pan, wheel, pinch
 * and arrows, click to select, hover for a tooltip. Part of TsMapView
 * (ts-map-view.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-basemap.h"
#include "ts-map-view-private.h"

/* One notch of a mouse wheel. */
#define WHEEL_ZOOM_STEP 0.25
#define KEY_PAN_STEP 96

/* What the tooltip says of the item with @id. */
static char *
describe_item (TsMapView  *self,
               const char *id)
{
  const TsMapMarker *marker;
  const TsMapArc *arc;
  const TsMapRoute *route;
  const TsMapArea *area;
  g_autoptr(GPtrArray) cluster = NULL;

  if (id == NULL || self->scene == NULL)
    return NULL;

  cluster = ts_map_renderer_list_cluster (self->renderer, id);
  if (cluster != NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < cluster->len; i++)
        {
          const TsMapMarker *member = cluster->pdata[i];

          if (i > 0)
            /* Translators: between the names of places in a tooltip */
            g_string_append (names, C_("map tooltip", ", "));
          g_string_append (names, member->label);
        }
      return g_strdup_printf (C_("map tooltip", "%s\n%s"), names->str,
                              _("Click to list these places"));
    }

  marker = ts_map_scene_lookup_marker (self->scene, id);
  if (marker != NULL)
    {
      g_autofree char *counts = _ts_map_view_describe_counts (marker);

      /* Translators: a place's tooltip on the map: its name, then counts */
      return g_strdup_printf (C_("map tooltip", "%s\n%s"), marker->label, counts);
    }

  arc = ts_map_scene_lookup_arc (self->scene, id);
  if (arc != NULL)
    return g_strdup_printf (C_("map tooltip", "%s\n%s"), arc->label,
                            arc->kind == TS_MAP_ARC_FRIENDLY_PROVINCES
                            ? _("Friendly provinces")
                            : arc->kind == TS_MAP_ARC_SISTER_CITIES
                            ? _("Sister cities")
                            : _("Agreement between two places"));

  route = ts_map_scene_lookup_route (self->scene, id);
  if (route != NULL)
    return g_strdup_printf (C_("map tooltip", "%s\n%s"), route->label, _("Project route"));

  /* A country's badge or tint: what it counts, and what it leaves to the
   * places inside it. */
  area = ts_map_scene_lookup_area (self->scene, id);
  if (area != NULL && ts_basemap_code_is_province (area->iso_a2))
    {
      g_autofree char *counts = NULL;

      /* Translators: on the map, how many records name a province (an
       * oblast, a region) itself */
      counts = g_strdup_printf (ngettext ("%u record at the province as a whole",
                                          "%u records at the province as a whole",
                                          area->weight),
                                area->weight);
      /* Translators: a province's tooltip on the map: its name, its count,
       * then how records at places inside it are counted */
      return g_strdup_printf (C_("map tooltip", "%s\n%s\n%s"), area->label, counts,
                              _("Records at its cities count there"));
    }
  if (area != NULL)
    {
      g_autofree char *counts = NULL;

      /* Translators: on the map, how many records name a country itself */
      counts = g_strdup_printf (ngettext ("%u record at the country as a whole",
                                          "%u records at the country as a whole",
                                          area->weight),
                                area->weight);
      /* Translators: a country's tooltip on the map: its name, its count,
       * then how records at places inside it are counted */
      return g_strdup_printf (C_("map tooltip", "%s\n%s\n%s"), area->label, counts,
                              _("Records at its provinces and cities count there"));
    }

  return NULL;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TsMapView      *self)
{
  self->drag_x = 0;
  self->drag_y = 0;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                TsMapView      *self)
{
  /* Below the threshold it may still be a click. */
  if (!self->dragging && gtk_drag_check_threshold (self->canvas, 0, 0,
                                                   (int) offset_x, (int) offset_y) == FALSE)
    return;

  if (!self->dragging)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      _ts_map_view_set_dragging (self, TRUE);
    }
  _ts_map_view_pan (self, offset_x - self->drag_x, offset_y - self->drag_y);
  self->drag_x = offset_x;
  self->drag_y = offset_y;
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             TsMapView      *self)
{
  if (self->dragging)
    _ts_map_view_set_dragging (self, FALSE);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   TsMapView       *self)
{
  if (self->dragging)
    return;
  gtk_widget_grab_focus (self->canvas);
  _ts_map_view_click (self, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TsMapView                *self)
{
  double x = self->has_pointer ? self->pointer_x : _ts_map_view_get_width (self) / 2.0;
  double y = self->has_pointer ? self->pointer_y : _ts_map_view_get_height (self) / 2.0;
  double delta;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    delta = -dy * WHEEL_ZOOM_STEP;
  else
    delta = -dy / 200.0;  /* touchpads: pixels */

  if (delta != 0)
    _ts_map_view_zoom_at (self, x, y, delta);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TsMapView        *self)
{
  self->pinch_zoom = ts_map_view_get_zoom (self);
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        TsMapView      *self)
{
  double x, y;

  if (scale <= 0
      || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  _ts_map_view_zoom_at (self, x, y,
                        self->pinch_zoom + log2 (scale) - ts_map_view_get_zoom (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TsMapView                *self)
{
  g_autofree char *tooltip = NULL;
  const char *old;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
  if (self->dragging || _ts_map_view_get_popover (self) != NULL)
    return;

  tooltip = describe_item (self, ts_map_renderer_hit_test (self->renderer, x, y));
  old = gtk_widget_get_tooltip_text (self->canvas);
  if (g_strcmp0 (old, tooltip) != 0)
    gtk_widget_set_tooltip_text (self->canvas, tooltip);
}

static void
on_leave (GtkEventControllerMotion *controller,
          TsMapView                *self)
{
  self->has_pointer = FALSE;
}

static gboolean
on_canvas_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       TsMapView             *self)
{
  double dx = 0, dy = 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = KEY_PAN_STEP;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = -KEY_PAN_STEP;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = KEY_PAN_STEP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = -KEY_PAN_STEP;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      return _ts_map_view_open_selected (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  _ts_map_view_pan (self, dx, dy);
  return GDK_EVENT_STOP;
}

/* Connects the pointer, touch and key handlers to self->canvas. */
void
_ts_map_view_init_input (TsMapView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (self->canvas, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (self->canvas, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_canvas_key_pressed), self);
  gtk_widget_add_controller (self->canvas, controller);
}
