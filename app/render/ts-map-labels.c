/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-labels"

#include "config.h"

#include <string.h>

#include "ts-map-labels.h"

/* Placed labels stay this far from the viewport's edges. */
#define LABEL_INSET 2.0
/* Where a label is tried around a thing: right, left, above, below, then
 * the diagonals. */
#define N_POSITIONS 8

typedef struct
{
  TsMapLabelPlane  plane;
  char            *text;
  double           x;
  double           y;
  double           size;
  gboolean         bold;
  gboolean         italic;
  const TsMapRgb  *color;
} Label;

struct _TsMapLabels
{
  TsMapText     *text;   /* (unowned) */
  TsLabelPlacer *placer;
  GArray        *labels; /* of Label */
};

static void
clear_label (gpointer data)
{
  Label *label = data;

  g_clear_pointer (&label->text, g_free);
}

TsMapLabels *
ts_map_labels_new (double     width,
                   double     height,
                   TsMapText *text)
{
  TsMapLabels *self = g_new0 (TsMapLabels, 1);

  self->text = text;
  self->placer = ts_label_placer_new (width, height, LABEL_INSET);
  self->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_array_set_clear_func (self->labels, clear_label);

  return self;
}

void
ts_map_labels_free (TsMapLabels *self)
{
  if (self == NULL)
    return;

  ts_label_placer_free (self->placer);
  g_array_unref (self->labels);
  g_free (self);
}

void
ts_map_labels_reserve (TsMapLabels      *self,
                       const TsLabelBox *box)
{
  ts_label_placer_add_obstacle (self->placer, box);
}

TsLabelPlacer *
ts_map_labels_get_placer (TsMapLabels *self)
{
  return self->placer;
}

void
ts_map_labels_add (TsMapLabels     *self,
                   TsMapLabelPlane  plane,
                   const char      *text,
                   double           x,
                   double           y,
                   double           size,
                   gboolean         bold,
                   gboolean         italic,
                   const TsMapRgb  *color)
{
  Label label = { plane, g_strdup (text), x, y, size, bold, italic, color };

  g_array_append_val (self->labels, label);
}

/* The top left corners of the text box at each position around (cx, cy),
 * for a text @w × @h. */
static void
get_positions (double cx,
               double cy,
               double gap,
               double w,
               double h,
               double positions[N_POSITIONS][2])
{
  const double d = gap + 3;
  const double diag = gap + 1; /* clear of the marker's square box */
  const double corners[N_POSITIONS][2] = {
    { cx + d, cy - h / 2 },
    { cx - d - w, cy - h / 2 },
    { cx - w / 2, cy - d - h },
    { cx - w / 2, cy + d },
    { cx + diag, cy - diag - h },
    { cx + diag, cy + diag },
    { cx - diag - w, cy - diag - h },
    { cx - diag - w, cy + diag },
  };

  memcpy (positions, corners, sizeof corners);
}

/* A candidate's box: the text's, a pixel to spare around it. */
static TsLabelBox
get_candidate_box (const double position[2],
                   double       w,
                   double       h)
{
  return (TsLabelBox) { position[0] - 1, position[1] - 1,
                        position[0] + w + 1, position[1] + h + 1 };
}

/* Whether a label might find a place around (cx, cy). Each position's box
 * for a text of no size lies inside its box for any text, so when none of
 * those is free, no box of the text's size is either: the label is
 * dropped as it would have been once measured. */
static gboolean
may_fit_around (TsLabelPlacer *placer,
                double         cx,
                double         cy,
                double         gap)
{
  double positions[N_POSITIONS][2];

  get_positions (cx, cy, gap, 0, 0, positions);
  for (guint i = 0; i < N_POSITIONS; i++)
    {
      TsLabelBox box = get_candidate_box (positions[i], 0, 0);

      if (ts_label_placer_is_free (placer, &box))
        return TRUE;
    }

  return FALSE;
}

gboolean
ts_map_labels_place_around (TsMapLabels      *self,
                            const char       *text,
                            double            cx,
                            double            cy,
                            double            gap,
                            double            size,
                            gboolean          bold,
                            const TsMapRgb   *color)
{
  TsMapTextExtents extents;
  TsLabelBox boxes[N_POSITIONS];
  double positions[N_POSITIONS][2];
  double w, h;
  int chosen;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  /* Setting text is what placing costs most: a label with no room (off
   * the map, or in a crowd of places) is dropped before it is measured. */
  if (!may_fit_around (self->placer, cx, cy, gap))
    return FALSE;

  /* The box of the text's line, less half its descent: labels sit a
   * little closer. */
  ts_map_text_measure (self->text, text, size, bold ? TS_MAP_TEXT_BOLD : TS_MAP_TEXT_REGULAR,
                       &extents);
  w = extents.width;
  h = extents.ascent + (extents.height - extents.ascent) * 0.5;

  get_positions (cx, cy, gap, w, h, positions);
  for (guint i = 0; i < N_POSITIONS; i++)
    boxes[i] = get_candidate_box (positions[i], w, h);

  chosen = ts_label_placer_place (self->placer, boxes, N_POSITIONS, NULL, NULL);
  if (chosen < 0)
    return FALSE;

  ts_map_labels_add (self, TS_MAP_LABEL_PLANE_SCENE, text,
                     positions[chosen][0], positions[chosen][1] + extents.ascent,
                     size, bold, FALSE, color);

  return TRUE;
}

void
ts_map_labels_draw (TsMapLabels      *self,
                    cairo_t          *cr,
                    const TsMapStyle *style,
                    TsMapLabelPlane   plane)
{
  for (guint i = 0; i < self->labels->len; i++)
    {
      const Label *label = &g_array_index (self->labels, Label, i);
      TsMapTextFlags flags = (label->bold ? TS_MAP_TEXT_BOLD : 0)
                             | (label->italic ? TS_MAP_TEXT_ITALIC : 0);

      if (label->plane != plane)
        continue;
      ts_map_style_show_text_with_halo (style, self->text, cr, label->text, label->size, flags,
                                        label->x, label->y, label->color,
                                        label->size > 11.5 ? 3.5 : 3);
    }
}
