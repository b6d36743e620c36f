/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-labels"

#include "config.h"

#include <math.h>
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
  /* The least room the last text placed around things may take: a name
   * tried at several points (along a route) is estimated once. */
  char             *last_text;
  double            last_size;
  gboolean          last_bold;
  TsMapTextExtents  last_least;
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
  g_free (self->last_text);
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
 * for a text of @w × @h lies inside its box for any text as large or
 * larger, so when none of those is free, no box of the text's size is
 * either: the label is dropped as it would have been once measured. */
static gboolean
may_fit_around (TsLabelPlacer *placer,
                double         cx,
                double         cy,
                double         gap,
                double         w,
                double         h)
{
  double positions[N_POSITIONS][2];

  get_positions (cx, cy, gap, w, h, positions);
  for (guint i = 0; i < N_POSITIONS; i++)
    {
      TsLabelBox box = get_candidate_box (positions[i], w, h);

      if (ts_label_placer_is_free (placer, &box))
        return TRUE;
    }

  return FALSE;
}

gboolean
ts_map_labels_may_fit_around (TsMapLabels *self,
                              const char  *text,
                              double       cx,
                              double       cy,
                              double       gap,
                              double       size,
                              gboolean     bold,
                              double      *least_width,
                              double      *least_height)
{
  double w, h;

  if (g_strcmp0 (self->last_text, text) != 0 || self->last_size != size
      || self->last_bold != bold)
    {
      if (!ts_map_text_estimate (self->text, text, size,
                                 bold ? TS_MAP_TEXT_BOLD : TS_MAP_TEXT_REGULAR,
                                 &self->last_least))
        self->last_least = (TsMapTextExtents) { 0 };
      g_free (self->last_text);
      self->last_text = g_strdup (text);
      self->last_size = size;
      self->last_bold = bold;
    }
  w = self->last_least.width;
  h = self->last_least.ascent + (self->last_least.height - self->last_least.ascent) * 0.5;
  if (least_width != NULL)
    *least_width = w;
  if (least_height != NULL)
    *least_height = h;

  return may_fit_around (self->placer, cx, cy, gap, w, h);
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
   * the map, or in a crowd of places) is dropped before it is measured,
   * by the least room its text may take (none, in scripts whose width
   * cannot be told from their characters'). */
  if (!ts_map_labels_may_fit_around (self, text, cx, cy, gap, size, bold, NULL, NULL))
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

/* Halos on an image, without stroking glyph outlines (a stroke of a
 * label's outline costs more than anything else a crowded map draws): the
 * labels' text set once into an alpha mask, that mask grown by the halo's
 * half width (the largest alpha of the pixels around each pixel, those a
 * little further weighed by how much of them the halo would cover), and
 * the halo's colour painted through it. Where the halos of two labels
 * meet they merge rather than stack. Returns FALSE, having drawn nothing,
 * when @cr does not draw onto an image pixel for pixel. */

/* How much of a pixel two pixels away along a row (and one across) a
 * stroke of half width @radius around a pixel covers, in 256ths. */
static guint
get_outer_weight (double radius)
{
  /* The far pixel's distance from the near one's square is 1.5 straight
   * across and 1.58 a pixel aside: their mean, with the half pixel a
   * stroke's edge takes. */
  double covered = CLAMP (radius + 0.5 - 1.54, 0.0, 1.0);

  return (guint) (covered * 256);
}

/* @dst = @src grown by a stroke of half width @radius (1 to 2 pixels).
 * The source is copied with a border of two empty pixels, so that the
 * loops (over every pixel of a whole picture) test no edges. */
static void
grow_mask (const guint8 *src,
           guint8       *dst,
           int           width,
           int           height,
           int           stride,
           double        radius)
{
  const gsize pw = (gsize) width + 4, ph = (gsize) height + 4;
  g_autofree guint8 *padded = g_malloc0 (pw * ph);
  g_autofree guint8 *across = g_malloc0 (pw * ph); /* max of 3 in a row */
  g_autofree guint8 *down = g_malloc0 (pw * ph);   /* max of 3 in a column */
  const guint outer = get_outer_weight (radius);

  for (int y = 0; y < height; y++)
    memcpy (padded + (y + 2) * pw + 2, src + (gsize) y * stride, width);
  for (gsize y = 0; y < ph; y++)
    {
      const guint8 *p = padded + y * pw;
      guint8 *a = across + y * pw;

      for (gsize x = 1; x + 1 < pw; x++)
        a[x] = MAX (p[x - 1], MAX (p[x], p[x + 1]));
    }
  for (gsize y = 1; y + 1 < ph; y++)
    {
      const guint8 *p = padded + y * pw;
      guint8 *d = down + y * pw;

      for (gsize x = 0; x < pw; x++)
        d[x] = MAX (p[x - pw], MAX (p[x], p[x + pw]));
    }
  for (int y = 0; y < height; y++)
    {
      const guint8 *a = across + (y + 2) * pw + 2;
      const guint8 *d = down + (y + 2) * pw + 2;
      guint8 *out = dst + (gsize) y * stride;

      for (int x = 0; x < width; x++)
        {
          guint near = MAX (a[x], MAX (a[x - pw], a[x + pw]));
          guint far = MAX (MAX (d[x - 2], d[x + 2]), MAX (a[x - 2 * pw], a[x + 2 * pw]));

          out[x] = MAX (near, far * outer >> 8);
        }
    }
}

static double
get_halo_width (const Label *label)
{
  return label->size > 11.5 ? 3.5 : 3;
}

static TsMapTextFlags
get_flags (const Label *label)
{
  return (label->bold ? TS_MAP_TEXT_BOLD : 0) | (label->italic ? TS_MAP_TEXT_ITALIC : 0);
}

/* The rows of a band that a label's halo may reach from outside it: the
 * mask is grown by two pixels. */
#define BAND_MARGIN 3

/* Whether @label, its halo and its ink, may reach rows @y0 to @y1 (user
 * units), told without setting its text: no script's ink goes three times
 * its size above the baseline or twice its size below (stacked marks
 * included), which leaves room to spare. */
static gboolean
reaches_rows (const Label *label,
              double       y0,
              double       y1)
{
  double pad = ceil (get_halo_width (label)) + 2;

  return label->y - 3 * label->size - pad < y1 && label->y + 2 * label->size + pad > y0;
}

/* The rows (user units) of @cr's drawing whose labels are drawn: all but
 * in a band, where those around it too, whose halos reach into it. */
static void
get_rows (cairo_t            *cr,
          const TsMapContext *ctx,
          double             *y0,
          double             *y1)
{
  double x0, x1;

  if (ctx->bands == NULL)
    {
      *y0 = -G_MAXDOUBLE;
      *y1 = G_MAXDOUBLE;
      return;
    }
  cairo_clip_extents (cr, &x0, y0, &x1, y1);
  *y0 -= BAND_MARGIN;
  *y1 += BAND_MARGIN;
}

static gboolean
draw_halos_masked (TsMapLabels        *self,
                   cairo_t            *cr,
                   const TsMapContext *ctx,
                   TsMapLabelPlane     plane,
                   double              rows_y0,
                   double              rows_y1)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  const TsMapStyle *style = ctx->style;
  cairo_matrix_t matrix;
  double sx, sy, clip_x0, clip_y0, clip_x1, clip_y1;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double widths[2] = { 0, 0 };
  int ox, oy, width, height;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &matrix);
  /* A whole number of pixels from the image's own. */
  if (sx != 1 || sy != 1 || matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0
      || matrix.yx != 0 || matrix.x0 != floor (matrix.x0) || matrix.y0 != floor (matrix.y0))
    return FALSE;

  /* What the halos cover, and their widths (two at most: else stroked). */
  for (guint i = 0; i < self->labels->len; i++)
    {
      const Label *label = &g_array_index (self->labels, Label, i);
      TsMapTextExtents extents;
      double halo = get_halo_width (label), pad = ceil (halo) + 2;

      if (label->plane != plane)
        continue;
      if (widths[0] == 0 || widths[0] == halo)
        widths[0] = halo;
      else if (widths[1] == 0 || widths[1] == halo)
        widths[1] = halo;
      else
        return FALSE;
      if (!reaches_rows (label, rows_y0, rows_y1))
        continue;
      ts_map_text_measure (ctx->text, label->text, label->size, get_flags (label), &extents);
      x0 = MIN (x0, label->x + MIN (0, extents.ink_x) - pad);
      x1 = MAX (x1, label->x + MAX (extents.width, extents.ink_x + extents.ink_width) + pad);
      y0 = MIN (y0, label->y + MIN (-extents.ascent, extents.ink_y) - pad);
      y1 = MAX (y1, label->y + MAX (extents.height - extents.ascent,
                                    extents.ink_y + extents.ink_height) + pad);
    }
  if (widths[0] == 0)
    return TRUE;
  /* A band's mask takes in the rows around it whose text its halos reach,
   * where the whole drawing's does. */
  if (ctx->bands != NULL)
    {
      clip_x0 = ctx->bands->clip_x0, clip_y0 = MAX (ctx->bands->clip_y0, rows_y0);
      clip_x1 = ctx->bands->clip_x1, clip_y1 = MIN (ctx->bands->clip_y1, rows_y1);
    }
  else
    cairo_clip_extents (cr, &clip_x0, &clip_y0, &clip_x1, &clip_y1);
  x0 = floor (MAX (x0, clip_x0));
  y0 = floor (MAX (y0, clip_y0));
  x1 = ceil (MIN (x1, clip_x1));
  y1 = ceil (MIN (y1, clip_y1));
  if (x1 <= x0 || y1 <= y0)
    return TRUE;
  ox = (int) x0, oy = (int) y0;
  width = (int) (x1 - x0), height = (int) (y1 - y0);

  for (guint w = 0; w < G_N_ELEMENTS (widths) && widths[w] != 0; w++)
    {
      cairo_surface_t *text_mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
      cairo_surface_t *halo_mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
      cairo_t *mask_cr = cairo_create (text_mask);

      cairo_translate (mask_cr, -ox, -oy);
      for (guint i = 0; i < self->labels->len; i++)
        {
          const Label *label = &g_array_index (self->labels, Label, i);

          if (label->plane == plane && get_halo_width (label) == widths[w]
              && reaches_rows (label, rows_y0, rows_y1))
            ts_map_text_show (ctx->text, mask_cr, label->text, label->size, get_flags (label),
                              label->x, label->y);
        }
      cairo_destroy (mask_cr);
      cairo_surface_flush (text_mask);
      cairo_surface_flush (halo_mask);
      grow_mask (cairo_image_surface_get_data (text_mask),
                 cairo_image_surface_get_data (halo_mask),
                 width, height, cairo_image_surface_get_stride (text_mask), widths[w] / 2);
      cairo_surface_mark_dirty (halo_mask);

      cairo_save (cr);
      cairo_set_source_rgba (cr, style->halo.r, style->halo.g, style->halo.b, 0.85);
      cairo_mask_surface (cr, halo_mask, ox, oy);
      cairo_restore (cr);
      cairo_surface_destroy (text_mask);
      cairo_surface_destroy (halo_mask);
    }

  return TRUE;
}

void
ts_map_labels_draw (TsMapLabels        *self,
                    cairo_t            *cr,
                    const TsMapContext *ctx,
                    TsMapLabelPlane     plane)
{
  double rows_y0, rows_y1;

  /* On an image, every halo first, then every text (labels do not
   * overlap); elsewhere each label's outline stroked, then its text. */
  get_rows (cr, ctx, &rows_y0, &rows_y1);
  if (draw_halos_masked (self, cr, ctx, plane, rows_y0, rows_y1))
    {
      for (guint i = 0; i < self->labels->len; i++)
        {
          const Label *label = &g_array_index (self->labels, Label, i);

          if (label->plane != plane || !reaches_rows (label, rows_y0, rows_y1))
            continue;
          ts_map_style_set_color (cr, label->color);
          ts_map_text_show (ctx->text, cr, label->text, label->size, get_flags (label),
                            label->x, label->y);
        }
      return;
    }

  for (guint i = 0; i < self->labels->len; i++)
    {
      const Label *label = &g_array_index (self->labels, Label, i);

      if (label->plane != plane || !reaches_rows (label, rows_y0, rows_y1))
        continue;
      ts_map_style_show_text_with_halo (ctx->style, ctx->text, cr, label->text, label->size,
                                        get_flags (label), label->x, label->y, label->color,
                                        get_halo_width (label));
    }
}
