/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-renderer"

/* What the timeline renderer draws of a frame laid out: the axis and its
 * ticks, and each mark, bar and cluster (ts-timeline-renderer.c draws the
 * lanes, labels and selection around them). */

#include "config.h"

#include <math.h>

#include "ts-timeline-draw.h"
#include "ts-timeline-scale.h"

void
ts_timeline_set_rgba (cairo_t        *cr,
                      const TsMapRgb *color,
                      double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

void
ts_timeline_draw_axis (cairo_t                *cr,
                       const TsTimelineStyle  *style,
                       TsMapText              *text,
                       const TsTimelineLayout *layout)
{
  g_autoptr(GArray) ticks = NULL;
  double first = layout->start;
  double end = layout->start + layout->width * layout->scale;
  double bottom = style->axis_height;
  g_autoptr(GArray) placed = NULL;

  ticks = ts_timeline_scale_get_ticks (first, end, layout->scale, NULL);

  /* Grid lines through the lanes, then the ticks. */
  for (guint i = 0; i < ticks->len; i++)
    {
      const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);
      double x = round ((tick->day - layout->start) / layout->scale) + 0.5;

      if (tick->level == TS_TIMELINE_TICK_MINOR)
        {
          ts_timeline_set_rgba (cr, &style->axis, 0.6);
          cairo_move_to (cr, x, bottom - 4);
          cairo_line_to (cr, x, bottom);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          continue;
        }
      ts_timeline_set_rgba (cr, &style->grid, tick->level == TS_TIMELINE_TICK_MAJOR ? 1.0 : 0.6);
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
   * that would come within a few pixels of one already drawn is left
   * out. */
  placed = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  for (int level = TS_TIMELINE_TICK_MAJOR; level >= TS_TIMELINE_TICK_UNIT; level--)
    {
      for (guint i = 0; i < ticks->len; i++)
        {
          const TsTimelineTick *tick = &g_array_index (ticks, TsTimelineTick, i);
          double x = round ((tick->day - layout->start) / layout->scale) + 3;
          TsMapTextFlags flags = level == TS_TIMELINE_TICK_MAJOR ? TS_MAP_TEXT_BOLD
                                                                 : TS_MAP_TEXT_REGULAR;
          TsMapTextExtents extents;
          double range[2];
          gboolean free = TRUE;

          if ((int) tick->level != level || tick->label == NULL)
            continue;
          ts_map_text_measure (text, tick->label, style->tick_label_size, flags, &extents);
          if (x + extents.width < 0 || x > layout->width)
            continue;
          range[0] = x - 6;
          range[1] = x + extents.width + 6;
          for (guint j = 0; free && j < placed->len; j++)
            {
              const double *other = &g_array_index (placed, double, 2 * j);

              free = range[1] <= other[0] || other[1] <= range[0];
            }
          if (!free)
            continue;
          g_array_append_vals (placed, range, 1);
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

  if (first_edge == TS_TIMELINE_EDGE_EXACT && end_edge == TS_TIMELINE_EDGE_EXACT)
    {
      ts_timeline_set_rgba (cr, color, alpha);
      cairo_rectangle (cr, x0, y - height / 2, MAX (x1 - x0, 1), height);
      cairo_fill (cr);
      return;
    }

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

void
ts_timeline_draw_item (cairo_t               *cr,
                       const TsTimelineStyle *style,
                       TsMapText             *text,
                       TsTimelineEvents      *events,
                       const TsTimelineItem  *item)
{
  const TsTimelineEvent *event = ts_timeline_events_get_event (events, item->event);
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
  else if (event->kind == TS_RECORD_EVENT_STATEMENT)
    {
      /* A speech bubble: a rounded square with a tail down to the day. */
      double r = style->point_radius;
      double top = item->y - r - 1, bottom = item->y + r - 2;
      double left = item->x0 - r, right = item->x0 + r;
      double c = 2;

      cairo_new_sub_path (cr);
      cairo_arc (cr, right - c, top + c, c, -G_PI / 2, 0);
      cairo_arc (cr, right - c, bottom - c, c, 0, G_PI / 2);
      cairo_line_to (cr, item->x0 + 1, bottom);
      cairo_line_to (cr, item->x0 - 2, item->y + r + 2);
      cairo_line_to (cr, item->x0 - 2, bottom);
      cairo_arc (cr, left + c, bottom - c, c, G_PI / 2, G_PI);
      cairo_arc (cr, left + c, top + c, c, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
  else
    cairo_arc (cr, item->x0, item->y, style->point_radius, 0, 2 * G_PI);
  if (event->first_edge == TS_TIMELINE_EDGE_SOFT)
    {
      cairo_fill_preserve (cr);
      ts_timeline_set_rgba (cr, color, 0.35);
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

