/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-timeline-layout.h"
#include "ts-timeline-renderer.h"
#include "ts-timeline-scale.h"

struct _TsTimelineRenderer
{
  GObject           parent_instance;

  TsTimelineEvents *events;
  double            start;
  double            scale;
  int               width;
  int               height;
  guint32           today;
  char             *selected_id;

  /* The last frame drawn, for hit tests; dropped when anything changes. */
  TsTimelineLayout *layout;
};

G_DEFINE_FINAL_TYPE (TsTimelineRenderer, ts_timeline_renderer, G_TYPE_OBJECT)

/* The view before there is anything to fit: a year around today. */
#define DEFAULT_SCALE (366.0 / 800.0)

static void
invalidate (TsTimelineRenderer *self)
{
  g_clear_pointer (&self->layout, ts_timeline_layout_free);
}

/* The frame at the current view and size, laid out with a measuring
 * context when no drawing did it yet. */
static TsTimelineLayout *
ensure_layout (TsTimelineRenderer *self)
{
  if (self->layout == NULL)
    {
      const TsTimelineStyle *style = ts_timeline_style_get_default ();
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(TsMapText) text = ts_map_text_new (cr, style->map->font_family);

      self->layout = ts_timeline_layout_new (self->events, style, text, self->start,
                                             self->scale, self->width, self->height,
                                             self->selected_id);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return self->layout;
}

static void
set_rgba (cairo_t        *cr,
          const TsMapRgb *color,
          double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

static void
draw_lanes (TsTimelineRenderer     *self,
            cairo_t                *cr,
            const TsTimelineStyle  *style,
            TsMapText              *text,
            const TsTimelineLayout *layout)
{
  for (guint lane = 0; lane < layout->n_lanes_shown; lane++)
    {
      double top = ts_timeline_layout_lane_top (layout, lane);
      TsMapTextExtents extents;
      const char *label = ts_timeline_events_get_lane_label (self->events, lane);

      if (lane % 2 == 1)
        {
          ts_map_style_set_color (cr, &style->band);
          cairo_rectangle (cr, 0, top, layout->width, layout->lane_height);
          cairo_fill (cr);
        }
      ts_map_text_measure (text, label, style->lane_label_size, TS_MAP_TEXT_BOLD, &extents);
      ts_map_style_show_text_with_halo (style->map, text, cr, label, style->lane_label_size,
                                        TS_MAP_TEXT_BOLD, 6, top + 3 + extents.ascent,
                                        &style->lane_label, 3);
    }
}

static void
draw_axis (TsTimelineRenderer     *self,
           cairo_t                *cr,
           const TsTimelineStyle  *style,
           TsMapText              *text,
           const TsTimelineLayout *layout)
{
  g_autoptr(GArray) ticks = NULL;
  double first = self->start;
  double end = self->start + layout->width * self->scale;
  double bottom = style->axis_height;
  double last_right = -G_MAXDOUBLE;

  ticks = ts_timeline_scale_get_ticks (first, end, self->scale, NULL);

  /* Grid lines through the lanes, then the ticks. */
  for (guint i = 0; i < ticks->len; i++)
    {
      const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);
      double x = round ((tick->day - self->start) / self->scale) + 0.5;

      if (tick->level == TS_TIMELINE_TICK_MINOR)
        {
          set_rgba (cr, &style->axis, 0.6);
          cairo_move_to (cr, x, bottom - 4);
          cairo_line_to (cr, x, bottom);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          continue;
        }
      set_rgba (cr, &style->grid, tick->level == TS_TIMELINE_TICK_MAJOR ? 1.0 : 0.6);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, layout->height);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      ts_map_style_set_color (cr, &style->axis);
      cairo_move_to (cr, x, bottom - (tick->level == TS_TIMELINE_TICK_MAJOR ? 12 : 8));
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
    }

  /* Labels right of their ticks, the months and years first: a label
   * that would overlap one already drawn is left out. */
  for (int level = TS_TIMELINE_TICK_MAJOR; level >= TS_TIMELINE_TICK_UNIT; level--)
    {
      g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (double) * 2);

      for (guint i = 0; i < ticks->len; i++)
        {
          const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);
          double x = round ((tick->day - self->start) / self->scale) + 3;
          TsMapTextExtents extents;
          TsMapTextFlags flags = level == TS_TIMELINE_TICK_MAJOR ? TS_MAP_TEXT_BOLD
                                                                 : TS_MAP_TEXT_REGULAR;

          if ((int) tick->level != level || tick->label == NULL)
            continue;
          ts_map_text_measure (text, tick->label, style->tick_label_size, flags, &extents);
          if (x + extents.width < 0 || x > layout->width)
            continue;
          (void) last_right;
          if (level == TS_TIMELINE_TICK_UNIT)
            {
              gboolean free = TRUE;

              for (guint j = 0; free && j < ticks->len; j++)
                {
                  const TsTimelineTick *other = &g_array_index (ticks, TsTimelineTick, j);
                  double ox = round ((other->day - self->start) / self->scale) + 3;
                  TsMapTextExtents oe;

                  if (other->level != TS_TIMELINE_TICK_MAJOR || other->label == NULL)
                    continue;
                  if (ox > x + extents.width + 6 || ox + 200 < x)
                    continue;
                  ts_map_text_measure (text, other->label, style->tick_label_size,
                                       TS_MAP_TEXT_BOLD, &oe);
                  free = ox > x + extents.width + 6 || ox + oe.width + 6 < x;
                }
              if (!free)
                continue;
            }
          ts_map_style_set_color (cr, &style->axis);
          ts_map_text_show (text, cr, tick->label, style->tick_label_size, flags, x,
                            bottom - 14);
        }
    }

  ts_map_style_set_color (cr, &style->axis);
  cairo_move_to (cr, 0, bottom + 0.5);
  cairo_line_to (cr, layout->width, bottom + 0.5);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_today (TsTimelineRenderer     *self,
            cairo_t                *cr,
            const TsTimelineStyle  *style,
            TsMapText              *text,
            const TsTimelineLayout *layout)
{
  double x;

  if (self->today == 0)
    return;
  x = (self->today + 0.5 - self->start) / self->scale;
  if (x < 0 || x > layout->width)
    return;

  set_rgba (cr, &style->today, 0.8);
  cairo_move_to (cr, round (x) + 0.5, style->axis_height);
  cairo_line_to (cr, round (x) + 0.5, layout->height);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  /* Translators: the line on the timeline at today's date */
  ts_map_style_show_text_with_halo (style->map, text, cr, _("Today"), style->tick_label_size,
                                    TS_MAP_TEXT_BOLD, round (x) + 4, layout->height - 6,
                                    &style->today, 3);
}

/* A bar over [x0, x1] whose edges are drawn as the date is certain: an
 * "about" edge softened over a few pixels, a "before" or "after" edge
 * fading out over fade_px beyond the period. */
static void
draw_bar (cairo_t               *cr,
          const TsTimelineStyle *style,
          const TsMapRgb        *color,
          double                 x0,
          double                 x1,
          double                 y,
          double                 height,
          TsTimelineEdge         first_edge,
          TsTimelineEdge         end_edge,
          double                 alpha)
{
  cairo_pattern_t *pattern;
  double left = x0, right = x1;
  double soft = MIN (6, (x1 - x0) / 3);

  if (first_edge == TS_TIMELINE_EDGE_OPEN)
    left -= style->fade_px;
  if (end_edge == TS_TIMELINE_EDGE_OPEN)
    right += style->fade_px;

  pattern = cairo_pattern_create_linear (left, 0, right, 0);
  switch (first_edge)
    {
    case TS_TIMELINE_EDGE_OPEN:
      cairo_pattern_add_color_stop_rgba (pattern, 0, color->r, color->g, color->b, 0);
      break;
    case TS_TIMELINE_EDGE_SOFT:
      cairo_pattern_add_color_stop_rgba (pattern, 0, color->r, color->g, color->b, 0.15 * alpha);
      cairo_pattern_add_color_stop_rgba (pattern, soft / MAX (right - left, 1),
                                         color->r, color->g, color->b, alpha);
      break;
    case TS_TIMELINE_EDGE_EXACT:
    default:
      cairo_pattern_add_color_stop_rgba (pattern, 0, color->r, color->g, color->b, alpha);
      break;
    }
  cairo_pattern_add_color_stop_rgba (pattern, (x0 - left) / MAX (right - left, 1),
                                     color->r, color->g, color->b, alpha);
  cairo_pattern_add_color_stop_rgba (pattern, (x1 - left) / MAX (right - left, 1),
                                     color->r, color->g, color->b, alpha);
  switch (end_edge)
    {
    case TS_TIMELINE_EDGE_OPEN:
      cairo_pattern_add_color_stop_rgba (pattern, 1, color->r, color->g, color->b, 0);
      break;
    case TS_TIMELINE_EDGE_SOFT:
      cairo_pattern_add_color_stop_rgba (pattern, 1 - soft / MAX (right - left, 1),
                                         color->r, color->g, color->b, alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 1, color->r, color->g, color->b, 0.15 * alpha);
      break;
    case TS_TIMELINE_EDGE_EXACT:
    default:
      cairo_pattern_add_color_stop_rgba (pattern, 1, color->r, color->g, color->b, alpha);
      break;
    }

  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_rectangle (cr, left, y - height / 2, MAX (right - left, 1), height);
  cairo_fill (cr);
}

static void
draw_item (TsTimelineRenderer    *self,
           cairo_t               *cr,
           const TsTimelineStyle *style,
           TsMapText             *text,
           const TsTimelineItem  *item)
{
  const TsTimelineEvent *event = ts_timeline_events_get_event (self->events, item->event);
  const TsMapRgb *color = &style->kinds[event->kind];

  if (item->kind == TS_TIMELINE_HIT_CLUSTER)
    {
      double radius = style->point_radius + 2 + 1.5 * log10 (item->n_events);
      g_autofree char *count = g_strdup_printf ("%u", item->n_events);
      TsMapTextExtents extents;
      guint only = TS_N_RECORD_EVENT_KINDS;

      for (guint k = 0; k < TS_N_RECORD_EVENT_KINDS; k++)
        if (item->kinds[k] == item->n_events)
          only = k;
      ts_map_style_set_color (cr, only < TS_N_RECORD_EVENT_KINDS ? &style->kinds[only]
                                                                 : &style->cluster);
      cairo_arc (cr, item->x0, item->y, radius, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      ts_map_style_set_color (cr, &style->map->halo);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      ts_map_text_measure (text, count, style->tick_label_size - 1, TS_MAP_TEXT_BOLD, &extents);
      ts_map_text_show (text, cr, count, style->tick_label_size - 1, TS_MAP_TEXT_BOLD,
                        item->x0 - extents.width / 2,
                        item->y - extents.height / 2 + extents.ascent);
      return;
    }

  if (event->kind == TS_RECORD_EVENT_PROJECT)
    {
      draw_bar (cr, style, color, item->x0, item->x1, item->y, style->project_bar_height,
                event->first_edge, event->end_edge, 0.35);
      return;
    }

  if (item->x1 - item->x0 >= 2 * style->point_radius)
    {
      draw_bar (cr, style, color, item->x0, item->x1, item->y, style->bar_height,
                event->first_edge, event->end_edge, 0.8);
      return;
    }

  /* A point, with its open or soft side drawn as a short fading tail. */
  if (event->first_edge != TS_TIMELINE_EDGE_EXACT || event->end_edge != TS_TIMELINE_EDGE_EXACT)
    draw_bar (cr, style, color, item->x0 - 1, item->x0 + 1, item->y, style->bar_height * 0.6,
              event->first_edge, event->end_edge, 0.6);
  ts_map_style_set_color (cr, color);
  if (event->kind == TS_RECORD_EVENT_MILESTONE)
    {
      double r = style->point_radius + 1;

      cairo_move_to (cr, item->x0, item->y - r);
      cairo_line_to (cr, item->x0 + r, item->y);
      cairo_line_to (cr, item->x0, item->y + r);
      cairo_line_to (cr, item->x0 - r, item->y);
      cairo_close_path (cr);
    }
  else
    cairo_arc (cr, item->x0, item->y, style->point_radius, 0, 2 * G_PI);
  if (event->first_edge == TS_TIMELINE_EDGE_SOFT)
    {
      cairo_fill_preserve (cr);
      set_rgba (cr, color, 0.35);
      cairo_set_line_width (cr, 4);
      cairo_stroke (cr);
    }
  else
    {
      cairo_fill_preserve (cr);
      ts_map_style_set_color (cr, &style->map->halo);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
}

static gboolean
is_selected (TsTimelineRenderer   *self,
             const TsTimelineItem *item)
{
  return self->selected_id != NULL && item->kind == TS_TIMELINE_HIT_EVENT
         && g_strcmp0 (ts_timeline_events_get_event (self->events, item->event)->record_id,
                       self->selected_id) == 0;
}

static void
draw_selection (TsTimelineRenderer    *self,
                cairo_t               *cr,
                const TsTimelineStyle *style,
                const TsTimelineItem  *item)
{
  double pad = style->point_radius + 4;

  set_rgba (cr, &style->map->selection, 0.9);
  cairo_set_line_width (cr, 3);
  cairo_rectangle (cr, item->x0 - pad, item->y - pad, item->x1 - item->x0 + 2 * pad, 2 * pad);
  cairo_stroke (cr);
}

static void
ts_timeline_renderer_finalize (GObject *object)
{
  TsTimelineRenderer *self = (TsTimelineRenderer *)object;

  invalidate (self);
  g_clear_object (&self->events);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (ts_timeline_renderer_parent_class)->finalize (object);
}

static void
ts_timeline_renderer_class_init (TsTimelineRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_timeline_renderer_finalize;
}

static void
ts_timeline_renderer_init (TsTimelineRenderer *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  self->today = g_date_get_julian (today);
  self->scale = DEFAULT_SCALE;
  self->start = self->today - 400 * self->scale;
  self->width = 800;
  self->height = 400;
}

TsTimelineRenderer *
ts_timeline_renderer_new (void)
{
  return g_object_new (TS_TYPE_TIMELINE_RENDERER, NULL);
}

TsTimelineEvents *
ts_timeline_renderer_get_events (TsTimelineRenderer *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), NULL);

  return self->events;
}

void
ts_timeline_renderer_set_events (TsTimelineRenderer *self,
                                 TsTimelineEvents   *events)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (events == NULL || TS_IS_TIMELINE_EVENTS (events));

  invalidate (self);
  g_set_object (&self->events, events);
}

void
ts_timeline_renderer_set_view (TsTimelineRenderer *self,
                               double              start,
                               double              scale)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  invalidate (self);
  self->scale = CLAMP (scale, TS_TIMELINE_MIN_SCALE, TS_TIMELINE_MAX_SCALE);
  /* Within the years a date can name. */
  self->start = CLAMP (start, 1.0, 3652059.0);
}

void
ts_timeline_renderer_get_view (TsTimelineRenderer *self,
                               double             *start,
                               double             *scale)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  if (start != NULL)
    *start = self->start;
  if (scale != NULL)
    *scale = self->scale;
}

void
ts_timeline_renderer_set_size (TsTimelineRenderer *self,
                               int                 width,
                               int                 height)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  if (self->width == width && self->height == height)
    return;
  invalidate (self);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
}

void
ts_timeline_renderer_get_size (TsTimelineRenderer *self,
                               int                *width,
                               int                *height)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  *width = self->width;
  *height = self->height;
}

void
ts_timeline_renderer_set_today (TsTimelineRenderer *self,
                                guint32             julian)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  self->today = julian;
}

const char *
ts_timeline_renderer_get_selected (TsTimelineRenderer *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), NULL);

  return self->selected_id;
}

void
ts_timeline_renderer_set_selected (TsTimelineRenderer *self,
                                   const char         *record_id)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  if (g_strcmp0 (self->selected_id, record_id) == 0)
    return;
  invalidate (self);
  g_free (self->selected_id);
  self->selected_id = g_strdup (record_id);
}

void
ts_timeline_renderer_draw (TsTimelineRenderer *self,
                           cairo_t            *cr,
                           int                 width,
                           int                 height)
{
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  g_autoptr(TsMapText) text = NULL;
  TsTimelineLayout *layout;

  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  ts_timeline_renderer_set_size (self, width, height);
  text = ts_map_text_new (cr, style->map->font_family);
  if (self->layout == NULL)
    self->layout = ts_timeline_layout_new (self->events, style, text, self->start, self->scale,
                                           self->width, self->height, self->selected_id);
  layout = self->layout;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  ts_map_style_set_color (cr, &style->background);
  cairo_paint (cr);

  if (self->events != NULL)
    draw_lanes (self, cr, style, text, layout);
  draw_axis (self, cr, style, text, layout);
  draw_today (self, cr, style, text, layout);

  /* Project bars under the marks on them. */
  for (int pass = 0; pass < 2 && self->events != NULL; pass++)
    {
      for (guint i = 0; i < layout->items->len; i++)
        {
          const TsTimelineItem *item = &g_array_index (layout->items, TsTimelineItem, i);
          gboolean bar = item->kind == TS_TIMELINE_HIT_EVENT
                         && ts_timeline_events_get_event (self->events,
                                                          item->event)->kind
                            == TS_RECORD_EVENT_PROJECT;

          if (bar == (pass == 0))
            draw_item (self, cr, style, text, item);
        }
    }

  for (guint i = 0; self->events != NULL && i < layout->items->len; i++)
    {
      const TsTimelineItem *item = &g_array_index (layout->items, TsTimelineItem, i);

      if (is_selected (self, item))
        draw_selection (self, cr, style, item);
      /* A label a row or more away from its mark is tied to it. */
      if (item->has_label
          && (item->label_box.y > item->y + style->point_radius + 2
              || item->label_box.y + item->label_box.height < item->y - style->point_radius - 2))
        {
          double ly = item->label_box.y > item->y ? item->label_box.y + 2
                                                  : item->label_box.y + item->label_box.height - 2;

          set_rgba (cr, &style->axis, 0.45);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, item->x1, item->y);
          cairo_line_to (cr, item->label_box.x - 1, ly);
          cairo_stroke (cr);
        }
      if (item->has_label)
        ts_map_style_show_text_with_halo (style->map, text, cr, item->label, style->label_size,
                                          is_selected (self, item) ? TS_MAP_TEXT_BOLD
                                                                   : TS_MAP_TEXT_REGULAR,
                                          item->label_box.x, item->baseline,
                                          &style->map->text, 3);
    }

  cairo_restore (cr);
}

gboolean
ts_timeline_renderer_hit_test (TsTimelineRenderer *self,
                               double              x,
                               double              y,
                               TsTimelineHit      *hit)
{
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  TsTimelineLayout *layout;
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = (TsTimelineHit) { TS_TIMELINE_HIT_NONE, -1, 0, 0, 0, 0 };
  if (self->events == NULL)
    return FALSE;

  layout = ensure_layout (self);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TsTimelineItem *item = &g_array_index (layout->items, TsTimelineItem, i);
      double radius = item->kind == TS_TIMELINE_HIT_CLUSTER
                      ? style->point_radius + 2 + 1.5 * log10 (item->n_events)
                      : style->point_radius;
      double dx = x < item->x0 ? item->x0 - x : x > item->x1 ? x - item->x1 : 0;
      double dy = fabs (y - item->y);
      double distance = MAX (dx, dy);
      gboolean on_label = item->has_label
                          && x >= item->label_box.x
                          && x < item->label_box.x + item->label_box.width
                          && y >= item->label_box.y
                          && y < item->label_box.y + item->label_box.height;

      if (on_label)
        distance = 0;
      else if (distance > radius + TS_TIMELINE_HIT_TOLERANCE)
        continue;
      /* Marks over bars: a milestone on its project's bar wins. */
      if (distance < best_distance
          || (distance == best_distance && item->x1 - item->x0 < 1))
        {
          best = i;
          best_distance = distance;
        }
    }

  if (best < 0)
    return FALSE;

  {
    const TsTimelineItem *item = &g_array_index (layout->items, TsTimelineItem, best);

    hit->kind = item->kind;
    hit->event = item->event;
    hit->lane = item->lane;
    hit->n_events = item->n_events;
    hit->first = item->first;
    hit->end = item->end;
  }
  return TRUE;
}

gboolean
ts_timeline_renderer_fit (TsTimelineRenderer *self,
                          int                 width,
                          int                 height,
                          double              padding)
{
  double first, end;
  double usable;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);

  ts_timeline_renderer_set_size (self, width, height);
  usable = MAX (width - 2 * padding, 1);
  if (self->events == NULL || !ts_timeline_events_get_range (self->events, &first, &end))
    {
      ts_timeline_renderer_set_view (self, self->today - (width / 2.0) * DEFAULT_SCALE,
                                     DEFAULT_SCALE);
      return FALSE;
    }

  /* At least a month, so that one event does not fill the width. */
  if (end - first < 30)
    {
      double middle = (first + end) / 2;

      first = middle - 15;
      end = middle + 15;
    }
  ts_timeline_renderer_set_view (self, 0, (end - first) / usable);
  ts_timeline_renderer_set_view (self, first - padding * self->scale, self->scale);
  return TRUE;
}

void
ts_timeline_renderer_zoom_at (TsTimelineRenderer *self,
                              double              x,
                              double              factor)
{
  double day;

  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));
  g_return_if_fail (factor > 0);

  day = self->start + x * self->scale;
  ts_timeline_renderer_set_view (self, self->start, self->scale / factor);
  ts_timeline_renderer_set_view (self, day - x * self->scale, self->scale);
}

void
ts_timeline_renderer_pan (TsTimelineRenderer *self,
                          double              dx)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  ts_timeline_renderer_set_view (self, self->start - dx * self->scale, self->scale);
}

gboolean
ts_timeline_renderer_center_on (TsTimelineRenderer *self,
                                const char         *record_id)
{
  const TsTimelineEvent *event;
  int index;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);

  if (self->events == NULL)
    return FALSE;
  index = ts_timeline_events_find (self->events, record_id);
  if (index < 0)
    return FALSE;

  event = ts_timeline_events_get_event (self->events, index);
  ts_timeline_renderer_set_view (self,
                                 (event->first + event->end) / 2 - self->width / 2.0 * self->scale,
                                 self->scale);
  return TRUE;
}

void
ts_timeline_renderer_get_visible_range (TsTimelineRenderer *self,
                                        double             *first,
                                        double             *end)
{
  g_return_if_fail (TS_IS_TIMELINE_RENDERER (self));

  *first = self->start;
  *end = self->start + self->width * self->scale;
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return (ia > ib) - (ia < ib);
}

GArray *
ts_timeline_renderer_list_visible (TsTimelineRenderer *self)
{
  GArray *visible = g_array_new (FALSE, FALSE, sizeof (guint));
  TsTimelineLayout *layout;
  double first, end;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), visible);

  if (self->events == NULL)
    return visible;

  layout = ensure_layout (self);
  ts_timeline_renderer_get_visible_range (self, &first, &end);
  for (guint lane = 0; lane < layout->n_lanes_shown; lane++)
    {
      const guint *lane_events = ts_timeline_events_get_lane_events (self->events, lane, NULL);
      guint from, to;

      ts_timeline_events_get_lane_range (self->events, lane, first, end, &from, &to);
      for (guint i = from; i < to; i++)
        {
          const TsTimelineEvent *event = ts_timeline_events_get_event (self->events,
                                                                       lane_events[i]);

          if (event->end > first)
            g_array_append_val (visible, lane_events[i]);
        }
    }
  g_array_sort (visible, compare_indices);
  return visible;
}

char *
ts_timeline_renderer_describe (TsTimelineRenderer *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) visible = NULL;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), NULL);

  visible = ts_timeline_renderer_list_visible (self);
  for (guint i = 0; i < visible->len; i++)
    {
      const TsTimelineEvent *event = ts_timeline_events_get_event (self->events,
                                                                   g_array_index (visible,
                                                                                  guint, i));
      g_autofree char *date = ts_date_format (&event->date);
      g_autofree char *end_date = ts_date_format (&event->end_date);

      if (end_date[0] != '\0')
        /* Translators: an event of the timeline in words: its dates, what
         * it was and its lane */
        g_string_append_printf (text, _("%s to %s – %s (%s)"), date, end_date, event->label,
                                ts_timeline_events_get_lane_label (self->events, event->lane));
      else
        /* Translators: an event of the timeline in words: its date, what it
         * was and its lane */
        g_string_append_printf (text, _("%s – %s (%s)"), date, event->label,
                                ts_timeline_events_get_lane_label (self->events, event->lane));
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

int
ts_timeline_renderer_get_lane_at (TsTimelineRenderer *self,
                                  double              y)
{
  TsTimelineLayout *layout;
  int lane;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), -1);

  if (self->events == NULL)
    return -1;
  layout = ensure_layout (self);
  if (y < layout->lanes_top || layout->lane_height <= 0)
    return -1;
  lane = (int) ((y - layout->lanes_top) / layout->lane_height);
  return lane < (int) layout->n_lanes_shown ? lane : -1;
}

gboolean
ts_timeline_renderer_get_event_area (TsTimelineRenderer *self,
                                     guint               index,
                                     cairo_rectangle_t  *area)
{
  const TsTimelineStyle *style = ts_timeline_style_get_default ();
  TsTimelineLayout *layout;

  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), FALSE);

  if (self->events == NULL)
    return FALSE;
  layout = ensure_layout (self);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TsTimelineItem *item = &g_array_index (layout->items, TsTimelineItem, i);
      double r = style->point_radius + 2;

      if (item->kind != TS_TIMELINE_HIT_EVENT || (guint) item->event != index)
        continue;
      *area = (cairo_rectangle_t) { item->x0 - r, item->y - r, item->x1 - item->x0 + 2 * r,
                                    2 * r };
      return TRUE;
    }
  return FALSE;
}

double
ts_timeline_renderer_day_to_x (TsTimelineRenderer *self,
                               double              day)
{
  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), 0);

  return (day - self->start) / self->scale;
}

double
ts_timeline_renderer_x_to_day (TsTimelineRenderer *self,
                               double              x)
{
  g_return_val_if_fail (TS_IS_TIMELINE_RENDERER (self), 0);

  return self->start + x * self->scale;
}
