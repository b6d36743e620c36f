/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A rectangle in pixels, (x0, y0) its top left corner. Two boxes overlap
 * when their interiors do: boxes that only touch do not. */
typedef struct
{
  double x0, y0, x1, y1;
} TsLabelBox;

/* Whether a free candidate may be taken after all (say, whether the label
 * would still be inside its country); @index is the candidate's. */
typedef gboolean (*TsLabelAcceptFunc) (const TsLabelBox *box,
                                       guint             index,
                                       gpointer          user_data);

/* Greedy label placement over a width × height viewport: whatever covers
 * the map (markers, routes, the legend) is added as an obstacle first,
 * then each label, in priority order, takes the first of its candidate
 * boxes that is inside the viewport and overlaps nothing taken before.
 * The caller measures the text: the placer only sees boxes.
 *
 * Boxes are kept in a uniform grid of buckets over the viewport, so that a
 * query looks only at the boxes near it; the grid's cells are made smaller
 * as it fills, so that they hold a few boxes each, and an obstacle inside
 * one taken before is not added to them (it could only repeat a finding).
 * Placing n labels among m obstacles takes time about linear in n + m, and
 * the result is the same as testing every box taken. */
typedef struct _TsLabelPlacer TsLabelPlacer;

TsLabelPlacer *ts_label_placer_new          (double             width,
                                             double             height,
                                             double             inset);
void           ts_label_placer_free         (TsLabelPlacer     *self);

/* Takes @box whatever it covers: it may lie partly or wholly outside the
 * viewport. */
void           ts_label_placer_add_obstacle (TsLabelPlacer     *self,
                                             const TsLabelBox  *box);
/* Whether @box lies inside the viewport, at least @inset pixels from its
 * edges, and overlaps no box taken. */
gboolean       ts_label_placer_is_free      (TsLabelPlacer     *self,
                                             const TsLabelBox  *box);
/* Takes the first of @candidates that is free (and that @accept, if not
 * NULL, accepts) and returns its index, or -1 when none is: the label is
 * dropped. */
int            ts_label_placer_place        (TsLabelPlacer     *self,
                                             const TsLabelBox  *candidates,
                                             guint              n_candidates,
                                             TsLabelAcceptFunc  accept,
                                             gpointer           user_data);
/* The boxes taken so far, obstacles and labels, in the order taken. */
const TsLabelBox *ts_label_placer_get_boxes (TsLabelPlacer     *self,
                                             guint             *n_boxes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsLabelPlacer, ts_label_placer_free)

G_END_DECLS
