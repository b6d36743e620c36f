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

/* Up to this many events close together are stacked, each its own mark,
 * where the lane has room; more gather into a cluster. */
#define MAX_STACKED 5

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
    case TS_RECORD_EVENT_STATEMENT:
      return g_strdup_printf (ngettext ("%u statement", "%u statements", n_events), n_events);
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
  /* A label beside each mark fits between the next ones. */
  double step = b->style->bar_height + 5;

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

/* Stacks a few events close together in the lane's sub-rows, each its own
 * mark, when there are rows free for all of them there; FALSE (and nothing
 * done) otherwise. */
static gboolean
stack_group (LaneBuilder *b,
             const guint *members,
             guint        n_members)
{
  g_autoptr(GArray) saved = g_array_copy (b->row_ends);
  int rows[MAX_STACKED];
  double r = b->style->point_radius + 1;

  for (guint i = 0; i < n_members; i++)
    {
      const TsTimelineEvent *event = ts_timeline_events_get_event (b->events, members[i]);
      double x = day_to_x (b->layout, (event->first + event->end) / 2);

      rows[i] = find_row (b, x - r, x + r);
      if (rows[i] < 0)
        {
          g_array_set_size (b->row_ends, 0);
          g_array_append_vals (b->row_ends, saved->data, saved->len);
          return FALSE;
        }
    }

  for (guint i = 0; i < n_members; i++)
    {
      add_event_item (b, members[i], FALSE);
      g_array_index (b->layout->items, TsTimelineItem, b->layout->items->len - 1).y
        = row_y (b, rows[i]);
    }
  return TRUE;
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
  guint members[MAX_STACKED];

  for (guint i = from; i <= to; i++)
    {
      const TsTimelineEvent *event = NULL;
      double bin = -1;

      if (i < to)
        {
          event = ts_timeline_events_get_event (b->events, lane_events[i]);
          /* A day is a point however far one zooms in; a month, a year, a
           * visit of some days or a project's life a bar once wide enough. */
          if (event->kind == TS_RECORD_EVENT_PROJECT
              || (event->end - event->first > 1 && event->end - event->first >= wide_days))
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
              if (group_n < MAX_STACKED)
                members[group_n] = lane_events[i];
              group_n++;
              group_kinds[event->kind]++;
              group_last = (event->first + event->end) / 2;
              continue;
            }
        }

      if (group_n == 1)
        add_event_item (b, group_first, FALSE);
      else if (group_n > 1 && (group_n > MAX_STACKED || !stack_group (b, members, group_n)))
        add_cluster_item (b, group_first, group_bin, group_last >= (group_bin + 1) * b->bin_days
                                                     ? 2 : 1,
                          (group_start + group_last) / 2, group_n, group_kinds);

      if (event == NULL)
        break;
      group_bin = bin;
      group_start = group_last = (event->first + event->end) / 2;
      group_n = 1;
      group_first = lane_events[i];
      members[0] = lane_events[i];
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

/* What labels keep clear of in a lane — marks, labels placed, the lane's
 * name — filed by columns of the picture, so that a box is checked against
 * the few in its columns rather than against every one. */
#define COLUMN_PX 64

typedef struct
{
  GArray *boxes;    /* cairo_rectangle_t */
  GArray *columns;  /* of GArray of guint: the boxes in each column */
} Obstacles;

static void
column_range (const Obstacles         *o,
              const cairo_rectangle_t *box,
              int                     *first,
              int                     *last)
{
  int n = (int) o->columns->len;

  *first = CLAMP ((int) floor (box->x / COLUMN_PX), 0, n - 1);
  *last = CLAMP ((int) floor ((box->x + box->width) / COLUMN_PX), 0, n - 1);
}

static void
obstacles_init (Obstacles *o,
                int        width)
{
  o->boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  o->columns = g_array_new (FALSE, FALSE, sizeof (GArray *));
  for (int i = 0; i <= width / COLUMN_PX; i++)
    {
      GArray *column = g_array_new (FALSE, FALSE, sizeof (guint));

      g_array_append_val (o->columns, column);
    }
}

static void
obstacles_clear (Obstacles *o)
{
  for (guint i = 0; i < o->columns->len; i++)
    g_array_unref (g_array_index (o->columns, GArray *, i));
  g_clear_pointer (&o->columns, g_array_unref);
  g_clear_pointer (&o->boxes, g_array_unref);
}

static void
obstacles_add (Obstacles               *o,
               const cairo_rectangle_t *box)
{
  guint index = o->boxes->len;
  int first, last;

  g_array_append_val (o->boxes, *box);
  column_range (o, box, &first, &last);
  for (int c = first; c <= last; c++)
    g_array_append_val (g_array_index (o->columns, GArray *, c), index);
}

static gboolean
is_free (const cairo_rectangle_t *box,
         const Obstacles         *o)
{
  int first, last;

  column_range (o, box, &first, &last);
  for (int c = first; c <= last; c++)
    {
      GArray *column = g_array_index (o->columns, GArray *, c);

      for (guint i = 0; i < column->len; i++)
        {
          const cairo_rectangle_t *other = &g_array_index (o->boxes, cairo_rectangle_t,
                                                           g_array_index (column, guint, i));

          if (boxes_intersect (box, other))
            return FALSE;
        }
    }
  return TRUE;
}

/* The first place for a label @width × @height beginning at @x: beside
 * the mark, then in rows above and below it, nearest first, inside the
 * lane and clear of @placed. */
static gboolean
find_label_box (const TsTimelineStyle *style,
                const TsTimelineItem  *item,
                const Obstacles       *placed,
                double                 x,
                double                 width,
                double                 height,
                double                 lane_top,
                double                 lane_bottom,
                cairo_rectangle_t     *box)
{
  *box = (cairo_rectangle_t) { x, round (item->y - height / 2), width, height };
  if (box->y >= lane_top + 1 && box->y + height <= lane_bottom - 1 && is_free (box, placed))
    return TRUE;

  /* A label far from its mark says little: a few rows on either side. */
  for (guint row = 0; row < 8; row++)
    {
      double offset = style->point_radius + 1 + (row / 2) * (height + 1);
      double above = item->y - offset - height;
      double below = item->y + offset;

      /* Out of the lane on both sides. */
      if (above < lane_top + 1 && below + height > lane_bottom - 1)
        return FALSE;
      box->y = row % 2 == 0 ? above : below;
      if (box->y < lane_top + 1 || box->y + height > lane_bottom - 1)
        continue;
      if (is_free (box, placed))
        return TRUE;
    }
  return FALSE;
}

/* Places the label of @item right of its mark, else left of it (at the
 * end of the picture), where it overlaps nothing in @placed (labels,
 * marks, the lane's name) and stays inside the lane and the picture. */
static void
place_label (TsTimelineLayout      *layout,
             const TsTimelineStyle *style,
             TsMapText             *text,
             TsTimelineItem        *item,
             Obstacles             *placed,
             double                 lane_top)
{
  TsMapTextExtents extents;
  g_autofree char *label = NULL;
  double radius = mark_radius (style, item);
  double lane_bottom = lane_top + layout->lane_height;
  double sides[3];
  guint n_sides = 2;
  cairo_rectangle_t box;

  if (item->x1 < 0 || item->x0 >= layout->width)
    return;

  label = fit_label (text, item->label, style->label_size, style->label_max_width);
  ts_map_text_measure (text, label, style->label_size, TS_MAP_TEXT_REGULAR, &extents);
  sides[0] = item->x1 + radius + LABEL_GAP;
  sides[1] = item->x0 - radius - LABEL_GAP - extents.width;
  /* A bar's label may also go over or under it, from where it begins in
   * sight. */
  if (item->x1 - item->x0 > 2 * radius)
    sides[n_sides++] = MIN (MAX (item->x0, 0) + LABEL_GAP, layout->width - extents.width);

  for (guint side = 0; side < n_sides; side++)
    {
      if (sides[side] < 0 || sides[side] + extents.width > layout->width)
        continue;
      if (!find_label_box (style, item, placed, sides[side], extents.width, extents.height,
                           lane_top, lane_bottom, &box))
        continue;

      item->has_label = TRUE;
      item->label_box = box;
      item->baseline = box.y + extents.ascent;
      g_free (item->label);
      item->label = g_steal_pointer (&label);
      /* With room for the box the label is drawn on. */
      box.x -= 2;
      box.width += 4;
      obstacles_add (placed, &box);
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
  Obstacles placed;
  TsTimelineItem *items = &g_array_index (layout->items, TsTimelineItem, 0);
  double lane_top = ts_timeline_layout_lane_top (layout, lane);
  TsMapTextExtents extents;
  cairo_rectangle_t name_box;

  ts_map_text_measure (text, ts_timeline_events_get_lane_label (events, lane),
                       style->lane_label_size, TS_MAP_TEXT_BOLD, &extents);
  name_box = (cairo_rectangle_t) { 0, lane_top, extents.width + 10, style->lane_label_height };
  obstacles_init (&placed, layout->width);
  obstacles_add (&placed, &name_box);
  for (guint i = first_item; i < layout->items->len; i++)
    {
      cairo_rectangle_t box = mark_box (style, &items[i]);

      obstacles_add (&placed, &box);
    }

  /* The selected event's label first: it is what the reader looks at. */
  for (guint i = first_item; selected_id != NULL && i < layout->items->len; i++)
    {
      if (items[i].kind == TS_TIMELINE_HIT_EVENT
          && g_strcmp0 (ts_timeline_events_get_event (events, items[i].event)->record_id,
                        selected_id) == 0)
        place_label (layout, style, text, &items[i], &placed, lane_top);
    }

  for (guint i = first_item; i < layout->items->len; i++)
    {
      if (!items[i].has_label)
        place_label (layout, style, text, &items[i], &placed, lane_top);
    }
  obstacles_clear (&placed);
}

TsTimelineLayout *
ts_timeline_layout_new (TsTimelineEvents      *events,
                        const TsTimelineStyle *style,
                        TsMapText             *text,
                        double                 start,
                        double                 scale,
                        int                    width,
                        int                    height,
                        guint                  first_lane,
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
  self->first_lane = MIN (first_lane, n_lanes - 1);
  self->n_lanes_shown = MIN (n_lanes - self->first_lane,
                             MAX ((guint) (room / self->lane_height), 1));

  /* Bins a power of two days wide, fixed in time: a pan moves the
   * clusters with the events and a zoom regroups them only when it
   * crosses a power of two. */
  bin_days = exp2 (ceil (log2 (style->cluster_px * scale)));
  first = start - style->cluster_px * scale;
  end = start + width * scale;

  for (guint lane = self->first_lane; lane < self->first_lane + self->n_lanes_shown; lane++)
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
  return self->lanes_top + ((double) lane - self->first_lane) * self->lane_height;
}
