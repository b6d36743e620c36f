/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-label-placer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ts-label-placer.h"

/* Cells are at least this many pixels wide, and a grid has at most
 * MAX_CELLS along its longer side. */
#define MIN_CELL_SIZE 32.0
#define MAX_CELLS 64

struct _TsLabelPlacer
{
  double   width;
  double   height;
  double   inset;

  double   cell_size;
  int      n_cols;
  int      n_rows;
  /* Per cell, NULL or a GArray of the indices (guint) of the boxes that
   * reach into it. */
  GArray **cells;

  GArray  *boxes;  /* of TsLabelBox */
  /* Per box, the last query that tested it: a box reaching into several
   * cells is tested once. */
  GArray  *stamps; /* of guint */
  guint    stamp;
};

TsLabelPlacer *
ts_label_placer_new (double width,
                     double height,
                     double inset)
{
  TsLabelPlacer *self = g_new0 (TsLabelPlacer, 1);

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->inset = inset;
  self->cell_size = MAX (MIN_CELL_SIZE, MAX (self->width, self->height) / MAX_CELLS);
  self->n_cols = (int) ceil (self->width / self->cell_size);
  self->n_rows = (int) ceil (self->height / self->cell_size);
  self->cells = g_new0 (GArray *, (gsize) self->n_cols * self->n_rows);
  self->boxes = g_array_new (FALSE, FALSE, sizeof (TsLabelBox));
  self->stamps = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

void
ts_label_placer_free (TsLabelPlacer *self)
{
  if (self == NULL)
    return;

  for (gsize i = 0; i < (gsize) self->n_cols * self->n_rows; i++)
    {
      if (self->cells[i] != NULL)
        g_array_unref (self->cells[i]);
    }
  g_free (self->cells);
  g_array_unref (self->boxes);
  g_array_unref (self->stamps);
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

static void
take_box (TsLabelPlacer    *self,
          const TsLabelBox *box)
{
  guint index = self->boxes->len;
  guint never = 0;
  CellRange range;

  g_array_append_val (self->boxes, *box);
  g_array_append_val (self->stamps, never);

  /* A box with a NaN side overlaps nothing: it is kept but never found. */
  if (has_nan (box))
    return;

  range = get_cell_range (self, box);
  for (int row = range.row0; row <= range.row1; row++)
    {
      for (int col = range.col0; col <= range.col1; col++)
        {
          GArray **cell = &self->cells[(gsize) row * self->n_cols + col];

          if (*cell == NULL)
            *cell = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (*cell, index);
        }
    }
}

void
ts_label_placer_add_obstacle (TsLabelPlacer    *self,
                              const TsLabelBox *box)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (box != NULL);

  take_box (self, box);
}

static gboolean
overlaps_any_taken (TsLabelPlacer    *self,
                    const TsLabelBox *box)
{
  CellRange range = get_cell_range (self, box);

  /* A new query: every box may be tested again. */
  if (++self->stamp == 0)
    {
      memset (self->stamps->data, 0, self->stamps->len * sizeof (guint));
      self->stamp = 1;
    }

  for (int row = range.row0; row <= range.row1; row++)
    {
      for (int col = range.col0; col <= range.col1; col++)
        {
          GArray *cell = self->cells[(gsize) row * self->n_cols + col];

          for (guint i = 0; cell != NULL && i < cell->len; i++)
            {
              guint index = g_array_index (cell, guint, i);
              guint *stamp = &g_array_index (self->stamps, guint, index);

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

      take_box (self, &candidates[i]);
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
