/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-label-placer"

#include "config.h"

#include <math.h>

#include "ts-label-placer.h"

/* A grid starts with cells at least START_CELL_SIZE pixels wide, and at
 * most MAX_START_CELLS along its longer side. When it holds more than
 * MAX_LOAD boxes a cell on average, its cells are halved, down to
 * MIN_CELL_SIZE: a crowded map (a hundred thousand places) keeps a few
 * boxes per cell, so that a query stays short whatever the number of
 * boxes taken. */
#define START_CELL_SIZE 32.0
#define MAX_START_CELLS 64
#define MIN_CELL_SIZE 6.0
#define MAX_LOAD 4

typedef struct
{
  /* The last query that tested the box: a box reaching into several
   * cells is tested once. */
  guint    stamp;
  /* Whether the box is in the grid: a box with a NaN side overlaps
   * nothing, and an obstacle inside one taken before adds nothing (what
   * overlaps it overlaps the other), so neither is. */
  gboolean indexed;
} BoxInfo;

struct _TsLabelPlacer
{
  double   width;
  double   height;
  double   inset;

  double   cell_size;
  int      n_cols;
  int      n_rows;
  /* Per cell, NULL or a GArray of the indices (guint) of the boxes that
   * reach into it, but for those that cover it whole: then the cell is
   * full, and anything reaching into it overlaps. Cells on the edges of
   * the grid are never full: they reach on beyond the viewport. */
  GArray **cells;
  guint8  *full;
  guint    n_indexed;

  GArray  *boxes;  /* of TsLabelBox */
  GArray  *infos;  /* of BoxInfo, one per box */
  guint    stamp;
};

static void
free_cells (TsLabelPlacer *self)
{
  for (gsize i = 0; i < (gsize) self->n_cols * self->n_rows; i++)
    {
      if (self->cells[i] != NULL)
        g_array_unref (self->cells[i]);
    }
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->full, g_free);
}

static void
make_cells (TsLabelPlacer *self,
            double         cell_size)
{
  self->cell_size = cell_size;
  self->n_cols = (int) ceil (self->width / cell_size);
  self->n_rows = (int) ceil (self->height / cell_size);
  self->cells = g_new0 (GArray *, (gsize) self->n_cols * self->n_rows);
  self->full = g_new0 (guint8, (gsize) self->n_cols * self->n_rows);
}

TsLabelPlacer *
ts_label_placer_new (double width,
                     double height,
                     double inset)
{
  TsLabelPlacer *self = g_new0 (TsLabelPlacer, 1);

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->inset = inset;
  make_cells (self, MAX (START_CELL_SIZE, MAX (self->width, self->height) / MAX_START_CELLS));
  self->boxes = g_array_new (FALSE, FALSE, sizeof (TsLabelBox));
  self->infos = g_array_new (FALSE, FALSE, sizeof (BoxInfo));

  return self;
}

void
ts_label_placer_free (TsLabelPlacer *self)
{
  if (self == NULL)
    return;

  free_cells (self);
  g_array_unref (self->boxes);
  g_array_unref (self->infos);
  g_free (self);
}

static gboolean
has_nan (const TsLabelBox *box)
{
  return isnan (box->x0) || isnan (box->y0) || isnan (box->x1) || isnan (box->y1);
}

static gboolean
boxes_overlap (const TsLabelBox *a,
               const TsLabelBox *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* The cell of coordinate @v, clamped into the grid: everything left of the
 * viewport falls into the first column, and so on. Monotonic, so two
 * overlapping boxes always share a cell. */
static int
get_cell_index (double v,
                double cell_size,
                int    n)
{
  double c = floor (v / cell_size);

  if (!(c > 0))
    return 0;
  if (c > n - 1)
    return n - 1;

  return (int) c;
}

typedef struct
{
  int col0, row0, col1, row1;
} CellRange;

static CellRange
get_cell_range (TsLabelPlacer    *self,
                const TsLabelBox *box)
{
  return (CellRange) {
    get_cell_index (box->x0, self->cell_size, self->n_cols),
    get_cell_index (box->y0, self->cell_size, self->n_rows),
    get_cell_index (box->x1, self->cell_size, self->n_cols),
    get_cell_index (box->y1, self->cell_size, self->n_rows),
  };
}

/* Whether @box covers the cell (@col, @row) whole; cells on the edges are
 * never covered, since they reach beyond the viewport. */
static gboolean
covers_cell (TsLabelPlacer    *self,
             const TsLabelBox *box,
             int               col,
             int               row)
{
  double cs = self->cell_size;

  return col > 0 && row > 0 && col < self->n_cols - 1 && row < self->n_rows - 1
         && box->x0 <= col * cs && box->x1 >= (col + 1) * cs
         && box->y0 <= row * cs && box->y1 >= (row + 1) * cs;
}

/* Whether the interior of @box reaches into the cell (@col, @row), which
 * is not on the edge. */
static gboolean
reaches_into_cell (TsLabelPlacer    *self,
                   const TsLabelBox *box,
                   int               col,
                   int               row)
{
  double cs = self->cell_size;

  return box->x0 < (col + 1) * cs && box->x1 > col * cs
         && box->y0 < (row + 1) * cs && box->y1 > row * cs;
}

static void
add_to_cells (TsLabelPlacer *self,
              guint          index)
{
  const TsLabelBox *box = &g_array_index (self->boxes, TsLabelBox, index);
  CellRange range = get_cell_range (self, box);

  for (int row = range.row0; row <= range.row1; row++)
    {
      for (int col = range.col0; col <= range.col1; col++)
        {
          gsize i = (gsize) row * self->n_cols + col;

          if (self->full[i])
            continue;
          if (covers_cell (self, box, col, row))
            {
              /* What overlaps the cell overlaps this box: the others
               * listed there need no testing any more. */
              self->full[i] = TRUE;
              g_clear_pointer (&self->cells[i], g_array_unref);
              continue;
            }
          if (self->cells[i] == NULL)
            self->cells[i] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (self->cells[i], index);
        }
    }
}

static gboolean
is_crowded (TsLabelPlacer *self,
            double         cell_size)
{
  double n_cells = ceil (self->width / cell_size) * ceil (self->height / cell_size);

  return self->n_indexed > MAX_LOAD * n_cells;
}

/* Halves the cells while they hold too many boxes each, and puts every
 * box in the grid again: each box is put in again at most once per
 * halving, so the boxes are put in linear time overall. */
static void
refine_cells (TsLabelPlacer *self)
{
  double cell_size = self->cell_size;

  while (is_crowded (self, cell_size) && cell_size / 2 >= MIN_CELL_SIZE)
    cell_size /= 2;
  if (cell_size == self->cell_size)
    return;

  free_cells (self);
  make_cells (self, cell_size);
  for (guint i = 0; i < self->boxes->len; i++)
    {
      if (g_array_index (self->infos, BoxInfo, i).indexed)
        add_to_cells (self, i);
    }
}

static gboolean
contains (const TsLabelBox *outer,
          const TsLabelBox *inner)
{
  return outer->x0 <= inner->x0 && outer->y0 <= inner->y0
         && outer->x1 >= inner->x1 && outer->y1 >= inner->y1;
}

/* Whether a box in the grid contains @box. Such a box covers @box's top
 * left corner, so only the cell of that corner is looked at. */
static gboolean
is_inside_indexed (TsLabelPlacer    *self,
                   const TsLabelBox *box)
{
  int col = get_cell_index (box->x0, self->cell_size, self->n_cols);
  int row = get_cell_index (box->y0, self->cell_size, self->n_rows);
  GArray *cell = self->cells[(gsize) row * self->n_cols + col];

  for (guint i = 0; cell != NULL && i < cell->len; i++)
    {
      guint index = g_array_index (cell, guint, i);

      if (contains (&g_array_index (self->boxes, TsLabelBox, index), box))
        return TRUE;
    }

  return FALSE;
}

static void
take_box (TsLabelPlacer    *self,
          const TsLabelBox *box,
          gboolean          is_obstacle)
{
  BoxInfo info = { 0, FALSE };
  guint index = self->boxes->len;

  /* A box with a NaN side overlaps nothing: it is kept but never found. */
  info.indexed = !has_nan (box) && !(is_obstacle && is_inside_indexed (self, box));
  g_array_append_val (self->boxes, *box);
  g_array_append_val (self->infos, info);
  if (!info.indexed)
    return;

  self->n_indexed++;
  add_to_cells (self, index);
  if (is_crowded (self, self->cell_size))
    refine_cells (self);
}

void
ts_label_placer_add_obstacle (TsLabelPlacer    *self,
                              const TsLabelBox *box)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (box != NULL);

  take_box (self, box, TRUE);
}

static gboolean
overlaps_any_taken (TsLabelPlacer    *self,
                    const TsLabelBox *box)
{
  CellRange range = get_cell_range (self, box);

  /* A new query: every box may be tested again. */
  if (++self->stamp == 0)
    {
      for (guint i = 0; i < self->infos->len; i++)
        g_array_index (self->infos, BoxInfo, i).stamp = 0;
      self->stamp = 1;
    }

  for (int row = range.row0; row <= range.row1; row++)
    {
      for (int col = range.col0; col <= range.col1; col++)
        {
          gsize c = (gsize) row * self->n_cols + col;
          GArray *cell = self->cells[c];

          if (self->full[c] && reaches_into_cell (self, box, col, row))
            return TRUE;
          for (guint i = 0; cell != NULL && i < cell->len; i++)
            {
              guint index = g_array_index (cell, guint, i);
              guint *stamp = &g_array_index (self->infos, BoxInfo, index).stamp;

              if (*stamp == self->stamp)
                continue;
              *stamp = self->stamp;
              if (boxes_overlap (&g_array_index (self->boxes, TsLabelBox, index), box))
                return TRUE;
            }
        }
    }

  return FALSE;
}

gboolean
ts_label_placer_is_free (TsLabelPlacer    *self,
                         const TsLabelBox *box)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (box->x0 < self->inset || box->y0 < self->inset
      || box->x1 > self->width - self->inset || box->y1 > self->height - self->inset)
    return FALSE;
  /* Comparisons with NaN are false: such a box overlaps nothing. */
  if (has_nan (box))
    return TRUE;

  return !overlaps_any_taken (self, box);
}

int
ts_label_placer_place (TsLabelPlacer     *self,
                       const TsLabelBox  *candidates,
                       guint              n_candidates,
                       TsLabelAcceptFunc  accept,
                       gpointer           user_data)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (candidates != NULL || n_candidates == 0, -1);

  for (guint i = 0; i < n_candidates; i++)
    {
      if (!ts_label_placer_is_free (self, &candidates[i]))
        continue;
      if (accept != NULL && !accept (&candidates[i], i, user_data))
        continue;

      take_box (self, &candidates[i], FALSE);
      return (int) i;
    }

  return -1;
}

const TsLabelBox *
ts_label_placer_get_boxes (TsLabelPlacer *self,
                           guint         *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_boxes != NULL)
    *n_boxes = self->boxes->len;

  return (const TsLabelBox *) (gpointer) self->boxes->data;
}
