/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-view"

/* What the pointer and the keys do on the timeline: drag, Shift+arrows
 * and arrows with no event focused to pan, wheel and pinch to zoom toward
 * the pointer, click to select or open a cluster; Left/Right from event
 * to event in time, Up/Down to the lane above or below, Enter to open,
 * the focused event ringed, kept in view and told to assistive
 * technologies. Part of TsTimelineView (ts-timeline-view.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-timeline-view-private.h"

/* One notch of a mouse wheel zooms by this factor. */
#define WHEEL_ZOOM_FACTOR 1.25
#define KEY_PAN_STEP 96
/* The focused event is kept this far inside the canvas's edges. */
#define KEEP_IN_VIEW_MARGIN 48
/* A cluster clicked opens to fill the canvas but these pixels each side. */
#define CLUSTER_PADDING 48

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TsTimelineView *self)
{
  self->drag_x = 0;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                TsTimelineView *self)
{
  /* Below the threshold it may still be a click. */
  if (!self->dragging && !gtk_drag_check_threshold (self->canvas, 0, 0,
                                                    (int) offset_x, (int) offset_y))
    return;

  if (!self->dragging)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      self->dragging = TRUE;
      gtk_widget_set_cursor_from_name (self->canvas, "grabbing");
    }
  _ts_timeline_view_pan (self, offset_x - self->drag_x);
  self->drag_x = offset_x;
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             TsTimelineView *self)
{
  if (!self->dragging)
    return;
  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (self->canvas, "grab");
  _ts_timeline_view_view_changed (self);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   TsTimelineView  *self)
{
  if (self->dragging)
    return;
  gtk_widget_grab_focus (self->canvas);
  _ts_timeline_view_click (self, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TsTimelineView           *self)
{
  double x = self->has_pointer ? self->pointer_x : _ts_timeline_view_get_width (self) / 2.0;
  double steps;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    steps = -dy;
  else
    steps = -dy / 50.0;  /* touchpads: pixels */

  if (steps != 0)
    _ts_timeline_view_zoom_at (self, x, pow (WHEEL_ZOOM_FACTOR, steps));
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TsTimelineView   *self)
{
  self->pinch_scale = 1.0;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        TsTimelineView *self)
{
  double x, y;

  if (scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  _ts_timeline_view_zoom_at (self, x, scale / self->pinch_scale);
  self->pinch_scale = scale;
}

/* The tooltip of what is under the pointer: an event's title and its
 * date as recorded, or what a cluster gathers. */
static char *
describe_hit (TsTimelineView *self,
              double          x,
              double          y)
{
  TsTimelineHit hit;

  if (!ts_timeline_renderer_hit_test (self->renderer, x, y, &hit))
    return NULL;
  if (hit.kind == TS_TIMELINE_HIT_CLUSTER)
    /* Translators: the tooltip of a cluster of events on the timeline */
    return g_strdup_printf (ngettext ("%u event: click or zoom in to see it",
                                      "%u events: click or zoom in to see them",
                                      hit.n_events), hit.n_events);
  return _ts_timeline_view_describe_event (self->events, hit.event);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TsTimelineView           *self)
{
  g_autofree char *tooltip = NULL;

  self->pointer_x = x;
  self->has_pointer = TRUE;
  if (self->dragging)
    return;

  tooltip = describe_hit (self, x, y);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->canvas), tooltip) != 0)
    gtk_widget_set_tooltip_text (self->canvas, tooltip);
}

static void
on_leave (GtkEventControllerMotion *controller,
          TsTimelineView           *self)
{
  self->has_pointer = FALSE;
}

static gboolean
has_size (TsTimelineView *self)
{
  return _ts_timeline_view_get_width (self) > 0 && _ts_timeline_view_get_height (self) > 0;
}

/* The event nearest the centre of the view, for the keyboard to start
 * from; -1 when no event is in view. */
static int
find_event_in_view (TsTimelineView *self)
{
  g_autoptr(GArray) visible = NULL;
  double first, end, middle;
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  if (self->events == NULL || !has_size (self))
    return -1;

  ts_timeline_renderer_set_size (self->renderer, _ts_timeline_view_get_width (self),
                                 _ts_timeline_view_get_height (self));
  ts_timeline_renderer_get_visible_range (self->renderer, &first, &end);
  middle = (first + end) / 2;
  visible = ts_timeline_renderer_list_visible (self->renderer);
  for (guint i = 0; i < visible->len; i++)
    {
      guint index = g_array_index (visible, guint, i);
      const TsTimelineEvent *event = ts_timeline_events_get_event (self->events, index);
      double distance = fabs (CLAMP (middle, event->first, event->end) - middle);

      if (distance < best_distance)
        {
          best = index;
          best_distance = distance;
        }
    }
  return best;
}

/* Pans so that the focused event is inside the canvas. */
static void
keep_in_view (TsTimelineView *self,
              int             index)
{
  const TsTimelineEvent *event;
  int width = _ts_timeline_view_get_width (self);
  double margin = MIN (KEEP_IN_VIEW_MARGIN, width / 4.0);
  double x0, x1;

  if (width <= 0)
    return;
  event = ts_timeline_events_get_event (self->events, index);
  ts_timeline_renderer_set_size (self->renderer, width, _ts_timeline_view_get_height (self));
  x0 = ts_timeline_renderer_day_to_x (self->renderer, event->first);
  x1 = ts_timeline_renderer_day_to_x (self->renderer, event->end);
  /* Its start in view when it is wider than the view, all of it
   * otherwise. */
  if (x0 < margin || x1 - x0 > width - 2 * margin)
    _ts_timeline_view_pan (self, margin - x0);
  else if (x1 > width - margin)
    _ts_timeline_view_pan (self, width - margin - x1);
}

void
_ts_timeline_view_set_focused (TsTimelineView *self,
                               int             index)
{
  g_autofree char *description = NULL;
  const char *id;

  if (self->events == NULL || index >= (int) ts_timeline_events_get_n_events (self->events))
    index = -1;
  if (self->focused == index)
    return;

  id = index >= 0 ? ts_timeline_events_get_event (self->events, index)->record_id : NULL;
  self->focused = index;
  g_free (self->focused_id);
  self->focused_id = g_strdup (id);
  gtk_widget_queue_draw (self->canvas);
  if (id == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->canvas),
                                     GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);
      return;
    }

  keep_in_view (self, index);
  /* What a screen reader says as the keyboard moves: the canvas's value
   * is the event it is on. */
  description = _ts_timeline_view_describe_event (self->events, index);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, description, -1);
}

void
_ts_timeline_view_draw_focus (TsTimelineView *self,
                              cairo_t        *cr)
{
  cairo_rectangle_t area;

  if (self->focused < 0
      || !ts_timeline_renderer_get_event_area (self->renderer, self->focused, &area))
    return;

  /* libadwaita's focus ring: the accent colour, half opaque, 2 px wide,
   * just outside the mark. */
  cairo_save (cr);
  cairo_set_source_rgba (cr, 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 0.5);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, area.x - 3, area.y - 3, area.width + 6, area.height + 6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Moves the keyboard by @keyval from the focused event; FALSE when the
 * key is not a move or there is no event to move to. */
static gboolean
move_focus (TsTimelineView *self,
            guint           keyval)
{
  int index = -1, next = -1;

  if (self->events == NULL || ts_timeline_events_get_n_events (self->events) == 0)
    return FALSE;
  index = self->focused;
  if (index < 0)
    {
      index = find_event_in_view (self);
      if (index < 0)
        return FALSE;
      /* The first press puts the keyboard on an event in view. */
      _ts_timeline_view_set_focused (self, index);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      next = ts_timeline_events_get_next (self->events, index);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      next = ts_timeline_events_get_previous (self->events, index);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = ts_timeline_events_get_nearest_in_lane (self->events, index, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = ts_timeline_events_get_nearest_in_lane (self->events, index, +1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      next = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      next = ts_timeline_events_get_n_events (self->events) - 1;
      break;
    default:
      return FALSE;
    }

  /* At the first or last event, or in the top or bottom lane, the
   * keyboard stays where it is. */
  if (next >= 0)
    _ts_timeline_view_set_focused (self, next);
  else
    gtk_widget_error_bell (self->canvas);
  return TRUE;
}

static gboolean
on_canvas_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       TsTimelineView        *self)
{
  double dx = 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (self->focused_id == NULL)
        return GDK_EVENT_PROPAGATE;
      {
        g_autofree char *id = g_strdup (self->focused_id);

        _ts_timeline_view_select_and_activate (self, id);
      }
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      if (self->focused_id == NULL)
        return GDK_EVENT_PROPAGATE;
      _ts_timeline_view_set_focused (self, -1);
      return GDK_EVENT_STOP;
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
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* Shift and an arrow, or an arrow with no event to move to, pans. */
  if ((state & GDK_SHIFT_MASK) == 0 && move_focus (self, keyval))
    return GDK_EVENT_STOP;
  if (dx == 0)
    return GDK_EVENT_PROPAGATE;
  _ts_timeline_view_pan (self, dx);
  return GDK_EVENT_STOP;
}

static void
on_canvas_focus_leave (GtkEventControllerFocus *controller,
                       TsTimelineView          *self)
{
  gtk_widget_queue_draw (self->canvas);
}

/* Tabbing in puts the keyboard on the event nearest the middle. */
static void
on_canvas_focus_enter (GtkEventControllerFocus *controller,
                       TsTimelineView          *self)
{
  int index;

  gtk_widget_queue_draw (self->canvas);
  if (self->focused >= 0 || self->events == NULL)
    return;
  index = find_event_in_view (self);
  if (index >= 0)
    _ts_timeline_view_set_focused (self, index);
}

const char *
_ts_timeline_view_click (TsTimelineView *self,
                         double          x,
                         double          y)
{
  TsTimelineHit hit;
  const char *id;

  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), NULL);

  ts_timeline_renderer_set_size (self->renderer, _ts_timeline_view_get_width (self),
                                 _ts_timeline_view_get_height (self));
  if (!ts_timeline_renderer_hit_test (self->renderer, x, y, &hit))
    {
      /* A click on bare time clears the selection. */
      _ts_timeline_view_select_and_activate (self, NULL);
      return NULL;
    }

  if (hit.kind == TS_TIMELINE_HIT_CLUSTER)
    {
      /* A cluster opens as the view zooms into the days it gathers. */
      int width = _ts_timeline_view_get_width (self);
      double padding = MIN (CLUSTER_PADDING, width / 8.0);
      double scale = MAX (hit.end - hit.first, 1) / MAX (width - 2 * padding, 1);

      ts_timeline_renderer_set_view (self->renderer, hit.first - padding * scale, scale);
      _ts_timeline_view_view_changed (self);
      return NULL;
    }

  id = ts_timeline_events_get_event (self->events, hit.event)->record_id;
  _ts_timeline_view_set_focused (self, hit.event);
  _ts_timeline_view_select_and_activate (self, id);
  return self->selected_id;
}

gboolean
_ts_timeline_view_locate (TsTimelineView *self,
                          const char     *id,
                          double         *x,
                          double         *y)
{
  cairo_rectangle_t area;
  int index;

  if (self->events == NULL || id == NULL)
    return FALSE;
  index = ts_timeline_events_find (self->events, id);
  ts_timeline_renderer_set_size (self->renderer, _ts_timeline_view_get_width (self),
                                 _ts_timeline_view_get_height (self));
  if (index < 0 || !ts_timeline_renderer_get_event_area (self->renderer, index, &area))
    return FALSE;
  *x = area.x + area.width / 2;
  *y = area.y + area.height / 2;
  return TRUE;
}

/* Connects the pointer, touch and key handlers to self->canvas. */
void
_ts_timeline_view_init_input (TsTimelineView *self)
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

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_canvas_focus_enter), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_canvas_focus_leave), self);
  gtk_widget_add_controller (self->canvas, controller);
}
