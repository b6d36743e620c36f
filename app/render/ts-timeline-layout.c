/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-timeline-layout.h"

/* A lane with more events than this in view is counted bin by bin, not
 * walked: a frame stays cheap with a hundred thousand events. */
#define MAX_WALKED 2000

/* The gap between a mark and its label, and between labels. */
#define LABEL_GAP 3.0

typedef struct
{
  TsTimelineLayout      *layout;
  TsTimelineEvents      *events;
  const TsTimelineStyle *style;
  TsMapText             *text;
  guint                  lane;
  double                 y;
  double                 bin_days;
  double                 lane_top;
  double                 lane_bottom;
  GArray                *row_ends;  /* double: where each sub-row is free from */
  GHashTable            *bars;      /* project id → the y of its bar in the lane */
} LaneBuilder;

static void
clear_item (gpointer data)
{
  TsTimelineItem *item = data;

  g_clear_pointer (&item->label, g_free);
}

static double
day_to_x (const TsTimelineLayout *layout,
          double                  day)
{
  return (day - layout->start) / layout->scale;
}

char *
ts_timeline_cluster_label (const guint *kinds,
                           guint        n_events)
{
  guint only = TS_N_RECORD_EVENT_KINDS;

  for (guint k = 0; k < TS_N_RECORD_EVENT_KINDS; k++)
    {
      if (kinds[k] == n_events)
        only = k;
    }

  switch (only)
    {
    case TS_RECORD_EVENT_MEETING:
      /* Translators: a cluster of events on the timeline */
      return g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_events), n_events);
    case TS_RECORD_EVENT_SIGNING:
      return g_strdup_printf (ngettext ("%u signing", "%u signings", n_events), n_events);
    case TS_RECORD_EVENT_MILESTONE:
      return g_strdup_printf (ngettext ("%u milestone", "%u milestones", n_events), n_events);
    default:
      return g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events);
    }
}

/* The y of sub-row @row of a lane: the lane's line, then alternately
 * below and above it. */
static double
row_y (LaneBuilder *b,
       guint        row)
{
  double step = b->style->bar_height + 3;

  return b->y + (row % 2 == 1 ? 1 : -1) * ((row + 1) / 2) * step;
}

/* Long events are stacked, each in the first sub-row free where it
 * begins, so that bars over the same month read as several; -1 when
 * the lane has no room left there. */
static int
find_row (LaneBuilder *b,
          double       x0,
          double       x1)
{
  for (guint row = 0;; row++)
    {
      double y = row_y (b, row);

      if (y - b->style->bar_height / 2 < b->lane_top + b->style->lane_label_height
          || y + b->style->bar_height / 2 > b->lane_bottom - 2)
        {
          /* Rows alternate: the other side may have room yet. */
          if (row % 2 == 0 && row_y (b, row + 1) + b->style->bar_height / 2 <= b->lane_bottom - 2)
            continue;
          if (row % 2 == 1 && row_y (b, row + 1) - b->style->bar_height / 2
                              >= b->lane_top + b->style->lane_label_height)
            continue;
          return -1;
        }
      while (row >= b->row_ends->len)
        {
          double end = -G_MAXDOUBLE;

          g_array_append_val (b->row_ends, end);
        }
      if (g_array_index (b->row_ends, double, row) <= x0)
        {
          g_array_index (b->row_ends, double, row) = x1 + 4;
          return row;
        }
    }
}

static void
add_event_item (LaneBuilder *b,
                guint        index,
                gboolean     wide)
{
  const TsTimelineEvent *event = ts_timeline_events_get_event (b->events, index);
  TsTimelineItem item = { 0 };

  item.kind = TS_TIMELINE_HIT_EVENT;
  item.event = index;
  item.lane = b->lane;
  item.n_events = 1;
  item.kinds[event->kind] = 1;
  item.first = event->first;
  item.end = event->end;
  item.y = b->y;
  if (wide)
    {
      int row;

      item.x0 = day_to_x (b->layout, event->first);
      item.x1 = day_to_x (b->layout, event->end);
      /* A milestone known to the month or year lies on its project's bar. */
      if (event->kind == TS_RECORD_EVENT_MILESTONE
          && g_hash_table_contains (b->bars, event->record_id))
        {
          item.y = GPOINTER_TO_INT (g_hash_table_lookup (b->bars, event->record_id)) - 1;
          item.label = g_strdup (event->label);
          g_array_append_val (b->layout->items, item);
          return;
        }
      row = find_row (b, item.x0, item.x1);
      if (row < 0)
        {
          /* No room: a point among the others, clustered with them. */
          item.x0 = item.x1 = day_to_x (b->layout, (event->first + event->end) / 2);
        }
      else
        item.y = row_y (b, row);
      if (row >= 0 && event->kind == TS_RECORD_EVENT_PROJECT)
        g_hash_table_insert (b->bars, (gpointer) event->record_id,
                             GINT_TO_POINTER ((int) item.y + 1));
    }
  else
    {
      item.x0 = item.x1 = day_to_x (b->layout, (event->first + event->end) / 2);
      /* A milestone on its project's bar. */
      if (event->kind == TS_RECORD_EVENT_MILESTONE
          && g_hash_table_contains (b->bars, event->record_id))
        item.y = GPOINTER_TO_INT (g_hash_table_lookup (b->bars, event->record_id)) - 1;
    }
  item.label = g_strdup (event->label);
  g_array_append_val (b->layout->items, item);
}

static void
add_cluster_item (LaneBuilder *b,
                  int          first_event,
                  double       bin,
                  double       n_bins,
                  double       middle,
                  guint        n_events,
                  const guint *kinds)
{
  TsTimelineItem item = { 0 };

  item.kind = TS_TIMELINE_HIT_CLUSTER;
  item.event = first_event;
  item.lane = b->lane;
  item.n_events = n_events;
  memcpy (item.kinds, kinds, sizeof item.kinds);
  item.first = bin * b->bin_days;
  item.end = (bin + n_bins) * b->bin_days;
  item.x0 = item.x1 = day_to_x (b->layout, middle);
  item.y = b->y;
  item.label = ts_timeline_cluster_label (kinds, n_events);
  g_array_append_val (b->layout->items, item);
}

/* Few enough events in view to look at each: long ones (a project's life,
 * a year, a summit's days at this zoom) drawn over their days, the others
 * gathered by bin. */
static void
walk_lane (LaneBuilder  *b,
           const guint  *lane_events,
           guint         from,
           guint         to)
{
  double wide_days = MAX (b->style->cluster_px, 2 * b->style->point_radius) * b->layout->scale;
  double cluster_days = b->style->cluster_px * b->layout->scale;
  double group_bin = -1;
  double group_start = 0, group_last = 0;
  guint group_n = 0;
  int group_first = -1;
  guint group_kinds[TS_N_RECORD_EVENT_KINDS] = { 0 };

  for (guint i = from; i <= to; i++)
    {
      const TsTimelineEvent *event = NULL;
      double bin = -1;

      if (i < to)
        {
          event = ts_timeline_events_get_event (b->events, lane_events[i]);
          if (event->kind == TS_RECORD_EVENT_PROJECT || event->end - event->first >= wide_days)
            {
              add_event_item (b, lane_events[i], TRUE);
              continue;
            }
          bin = floor (event->first / b->bin_days);
          /* The same bin, or the next one when close to the group's last
           * event: neighbours across a bin's edge gather too. */
          if (group_n > 0
              && (bin == group_bin
                  || (bin == group_bin + 1 && event->first - group_last < cluster_days)))
            {
              group_n++;
              group_kinds[event->kind]++;
              group_last = (event->first + event->end) / 2;
              continue;
            }
        }

      if (group_n == 1)
        add_event_item (b, group_first, FALSE);
      else if (group_n > 1)
        add_cluster_item (b, group_first, group_bin, group_last >= (group_bin + 1) * b->bin_days
                                                     ? 2 : 1,
                          (group_start + group_last) / 2, group_n, group_kinds);

      if (event == NULL)
        break;
      group_bin = bin;
      group_start = group_last = (event->first + event->end) / 2;
      group_n = 1;
      group_first = lane_events[i];
      memset (group_kinds, 0, sizeof group_kinds);
      group_kinds[event->kind] = 1;
    }
}

/* Too many events in view to look at each: count them bin by bin. */
static void
count_lane (LaneBuilder  *b,
            const guint  *lane_events,
            double        first,
            double        end)
{
  double last_bin = floor (end / b->bin_days);

  for (double bin = floor (first / b->bin_days); bin <= last_bin; bin++)
    {
      guint kinds[TS_N_RECORD_EVENT_KINDS];
      guint n = ts_timeline_events_count_in_lane (b->events, b->lane, bin * b->bin_days,
                                                  (bin + 1) * b->bin_days, kinds);
      double n_bins = 1;
      guint at;

      if (n == 0)
        continue;
      /* Two neighbouring bins with events gather, as when walking. */
      if (bin < last_bin
          && ts_timeline_events_count_in_lane (b->events, b->lane, (bin + 1) * b->bin_days,
                                               (bin + 2) * b->bin_days, NULL) > 0)
        {
          n = ts_timeline_events_count_in_lane (b->events, b->lane, bin * b->bin_days,
                                                (bin + 2) * b->bin_days, kinds);
          n_bins = 2;
        }
      at = ts_timeline_events_lane_lower_bound (b->events, b->lane, bin * b->bin_days);
      if (n == 1)
        add_event_item (b, lane_events[at], FALSE);
      else
        add_cluster_item (b, lane_events[at], bin, n_bins, (bin + n_bins / 2) * b->bin_days,
                          n, kinds);
      bin += n_bins - 1;
    }
}

static double
mark_radius (const TsTimelineStyle *style,
             const TsTimelineItem  *item)
{
  if (item->kind == TS_TIMELINE_HIT_CLUSTER)
    return style->point_radius + 2 + 1.5 * log10 (item->n_events);
  return style->point_radius;
}

/* Shortens @label with an ellipsis to about @max_width. */
static char *
fit_label (TsMapText  *text,
           const char *label,
           double      size,
           double      max_width)
{
  TsMapTextExtents extents;
  glong n_chars = g_utf8_strlen (label, -1);

  ts_map_text_measure (text, label, size, TS_MAP_TEXT_REGULAR, &extents);
  while (extents.width > max_width && n_chars > 1)
    {
      g_autofree char *head = NULL;
      char *shorter;

      n_chars = MIN (n_chars - 1, (glong) (n_chars * max_width / extents.width));
      head = g_utf8_substring (label, 0, MAX (n_chars, 1));
      shorter = g_strconcat (g_strchomp (head), "…", NULL);
      ts_map_text_measure (text, shorter, size, TS_MAP_TEXT_REGULAR, &extents);
      if (extents.width <= max_width || n_chars <= 1)
        return shorter;
      g_free (shorter);
    }
  return g_strdup (label);
}

static gboolean
boxes_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Places the label of @item right of its mark, in the first row, nearest
 * the lane's line first, alternately above and below it, where it
 * overlaps nothing in @placed (labels, marks, the lane's name) and stays
 * inside the lane and the picture. */
static void
place_label (TsTimelineLayout      *layout,
             const TsTimelineStyle *style,
             TsMapText             *text,
             TsTimelineItem        *item,
             GArray                *placed,
             double                 lane_top)
{
  TsMapTextExtents extents;
  g_autofree char *label = NULL;
  double x = item->x1 + mark_radius (style, item) + LABEL_GAP;
  double lane_bottom = lane_top + layout->lane_height;

  if (x < 0 || x >= layout->width)
    return;

  label = fit_label (text, item->label, style->label_size, style->label_max_width);
  ts_map_text_measure (text, label, style->label_size, TS_MAP_TEXT_REGULAR, &extents);
  if (x + extents.width > layout->width)
    return;

  /* Beside the mark first, then in rows above and below it. */
  {
    cairo_rectangle_t box = { x, round (item->y - extents.height / 2), extents.width,
                              extents.height };
    gboolean free = box.y >= lane_top + 1 && box.y + box.height <= lane_bottom - 1;

    for (guint i = 0; free && i < placed->len; i++)
      free = !boxes_intersect (&box, &g_array_index (placed, cairo_rectangle_t, i));
    if (free)
      {
        item->has_label = TRUE;
        item->label_box = box;
        item->baseline = box.y + extents.ascent;
        g_free (item->label);
        item->label = g_steal_pointer (&label);
        g_array_append_val (placed, box);
        return;
      }
  }

  for (guint row = 0;; row++)
    {
      double offset = style->point_radius + 1 + (row / 2) * (extents.height + 1);
      cairo_rectangle_t box = { x, row % 2 == 0 ? item->y - offset - extents.height
                                                : item->y + offset,
                                extents.width, extents.height };
      gboolean free = TRUE;

      if (box.y < lane_top + 1 && box.y + box.height > lane_bottom - 1)
        return;
      if (box.y < lane_top + 1 || box.y + box.height > lane_bottom - 1)
        {
          /* Out of the lane on this side; the other may have room yet. */
          if (row % 2 == 1 && item->y - offset - extents.height < lane_top + 1)
            return;
          continue;
        }

      for (guint i = 0; free && i < placed->len; i++)
        free = !boxes_intersect (&box, &g_array_index (placed, cairo_rectangle_t, i));
      if (!free)
        continue;

      item->has_label = TRUE;
      item->label_box = box;
      item->baseline = box.y + extents.ascent;
      g_free (item->label);
      item->label = g_steal_pointer (&label);
      g_array_append_val (placed, box);
      return;
    }
}

/* The box of a mark, for labels to keep clear of. */
static cairo_rectangle_t
mark_box (const TsTimelineStyle *style,
          const TsTimelineItem  *item)
{
  double r = mark_radius (style, item);

  return (cairo_rectangle_t) { item->x0 - r, item->y - r, item->x1 - item->x0 + 2 * r, 2 * r };
}

static void
place_lane_labels (TsTimelineLayout      *layout,
                   const TsTimelineStyle *style,
                   TsMapText             *text,
                   TsTimelineEvents      *events,
                   guint                  lane,
                   guint                  first_item,
                   const char            *selected_id)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  TsTimelineItem *items = &g_array_index (layout->items, TsTimelineItem, 0);
  double lane_top = ts_timeline_layout_lane_top (layout, lane);
  TsMapTextExtents extents;
  cairo_rectangle_t name_box;

  ts_map_text_measure (text, ts_timeline_events_get_lane_label (events, lane),
                       style->lane_label_size, TS_MAP_TEXT_BOLD, &extents);
  name_box = (cairo_rectangle_t) { 0, lane_top, extents.width + 10, style->lane_label_height };
  g_array_append_val (placed, name_box);
  for (guint i = first_item; i < layout->items->len; i++)
    {
      cairo_rectangle_t box = mark_box (style, &items[i]);

      g_array_append_val (placed, box);
    }

  /* The selected event's label first: it is what the reader looks at. */
  for (guint i = first_item; selected_id != NULL && i < layout->items->len; i++)
    {
      if (items[i].kind == TS_TIMELINE_HIT_EVENT
          && g_strcmp0 (ts_timeline_events_get_event (events, items[i].event)->record_id,
                        selected_id) == 0)
        place_label (layout, style, text, &items[i], placed, lane_top);
    }

  for (guint i = first_item; i < layout->items->len; i++)
    {
      if (!items[i].has_label)
        place_label (layout, style, text, &items[i], placed, lane_top);
    }
}

TsTimelineLayout *
ts_timeline_layout_new (TsTimelineEvents      *events,
                        const TsTimelineStyle *style,
                        TsMapText             *text,
                        double                 start,
                        double                 scale,
                        int                    width,
                        int                    height,
                        const char            *selected_id)
{
  g_autoptr(TsTimelineLayout) self = g_new0 (TsTimelineLayout, 1);
  guint n_lanes = events != NULL ? ts_timeline_events_get_n_lanes (events) : 0;
  double room = MAX (height - style->axis_height, 0);
  double first, end;
  double bin_days;

  self->start = start;
  self->scale = scale;
  self->width = width;
  self->height = height;
  self->lanes_top = style->axis_height;
  self->items = g_array_new (FALSE, TRUE, sizeof (TsTimelineItem));
  g_array_set_clear_func (self->items, clear_item);

  if (n_lanes == 0)
    return g_steal_pointer (&self);

  self->lane_height = CLAMP (room / n_lanes, style->min_lane_height, style->max_lane_height);
  self->n_lanes_shown = MIN (n_lanes, MAX ((guint) (room / self->lane_height), 1));

  /* Bins a power of two days wide, fixed in time: a pan moves the
   * clusters with the events and a zoom regroups them only when it
   * crosses a power of two. */
  bin_days = exp2 (ceil (log2 (style->cluster_px * scale)));
  first = start - style->cluster_px * scale;
  end = start + width * scale;

  for (guint lane = 0; lane < self->n_lanes_shown; lane++)
    {
      double top = ts_timeline_layout_lane_top (self, lane);
      g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GHashTable) bars = g_hash_table_new (g_str_hash, g_str_equal);
      LaneBuilder b = { self, events, style, text, lane,
                        round (top + style->lane_label_height
                               + (self->lane_height - style->lane_label_height) / 2),
                        bin_days, top, top + self->lane_height, row_ends, bars };
      const guint *lane_events = ts_timeline_events_get_lane_events (events, lane, NULL);
      guint first_item = self->items->len;
      guint from, to;

      ts_timeline_events_get_lane_range (events, lane, first, end, &from, &to);
      if (to - from > MAX_WALKED)
        count_lane (&b, lane_events, first, end);
      else
        walk_lane (&b, lane_events, from, to);

      place_lane_labels (self, style, text, events, lane, first_item, selected_id);
    }

  return g_steal_pointer (&self);
}

void
ts_timeline_layout_free (TsTimelineLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->items, g_array_unref);
  g_free (self);
}

double
ts_timeline_layout_lane_top (const TsTimelineLayout *self,
                             guint                   lane)
{
  return self->lanes_top + lane * self->lane_height;
}
