/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-marker-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-map-labels.h"
#include "ts-map-marker-layer.h"
#include "ts-map-renderer.h"
#include "ts-map-sprites.h"

struct _TsMapMarkerLayer
{
  TsMapLayer parent_instance;

  gboolean   cluster;
  /* What reserve () worked out for the drawing under way, so that
   * place_labels () and draw () need not again; draw () drops it (but a
   * band's: the next reserve () or hit test does). */
  GArray    *drawing;
};

/* A cluster is never drawn smaller than this: its count must fit. */
#define CLUSTER_MIN_RADIUS 10.0
#define CLUSTER_TEXT_SIZE 10.0

G_DEFINE_FINAL_TYPE (TsMapMarkerLayer, ts_map_marker_layer, TS_TYPE_MAP_LAYER)

/* Markers by decreasing weight: small ones drawn last stay visible on top
 * of large ones. */
static int
compare_markers_by_weight (gconstpointer a,
                           gconstpointer b)
{
  const TsMapMarker *ma = *(const TsMapMarker * const *)a;
  const TsMapMarker *mb = *(const TsMapMarker * const *)b;

  if (ma->weight != mb->weight)
    return ma->weight > mb->weight ? -1 : 1;

  return 0;
}

static GPtrArray *
get_markers_in_drawing_order (TsMapScene *scene)
{
  GPtrArray *markers = g_ptr_array_new ();
  guint n = ts_map_scene_get_n_markers (scene);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (markers, (gpointer) ts_map_scene_get_marker (scene, i));
  /* g_ptr_array_sort is a stable merge sort: equal weights keep the
   * scene's order. */
  g_ptr_array_sort (markers, compare_markers_by_weight);

  return markers;
}

/* What is drawn for the markers at one view: each marker alone or, when
 * the layer clusters, one disc for each group of markers whose discs
 * overlap there. */
typedef struct
{
  TsMapMarker  marker;   /* what is drawn: a marker itself, or for a
                          * cluster its first (largest) member's id and
                          * place with the members' weights and meetings
                          * summed */
  GPtrArray   *members;  /* (element-type TsMapMarker): a cluster's
                          * markers, the first first; NULL for one alone */
  char        *label;    /* a cluster's label, which marker.label is */
  double       x;        /* where it is drawn, in pixels */
  double       y;
  double       radius;
  gboolean     selected; /* it or one of its members is */
} Shown;

static void
clear_shown (gpointer data)
{
  Shown *shown = data;

  g_clear_pointer (&shown->members, g_ptr_array_unref);
  g_clear_pointer (&shown->label, g_free);
}

static gboolean
is_cluster (const Shown *shown)
{
  return shown->members != NULL && shown->members->len > 1;
}

static GArray *
new_shown_array (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (Shown));

  g_array_set_clear_func (array, clear_shown);
  return array;
}

/* Markers farther than this beyond the viewport are drawn alone: out of
 * sight, they need not be gathered, and the viewports of the widget's
 * picture (with its margin) and of its hit test gather the same way
 * where it shows. */
#define CLUSTER_MARGIN 1000.0

/* Gathers @markers (in drawing order) into clusters: each joins the
 * earliest cluster whose first member's disc its own overlaps, or starts
 * one. The result does not depend on where the viewport's origin is (the
 * widget's picture has a margin that the hit test has not). Fills
 * @shown, in the order of the clusters' first members. */
static void
gather_clusters (const TsMapContext *ctx,
                 GPtrArray          *markers,
                 GArray             *shown)
{
  guint n = markers->len;
  g_autofree double *xs = g_new (double, n);
  g_autofree double *ys = g_new (double, n);
  g_autofree double *rs = g_new (double, n);
  g_autofree guint *cluster_of = g_new (guint, n);  /* a marker's seed (a marker index) */
  g_autofree guint *next_seed = g_new (guint, n);   /* the next seed in its cell, + 1 */
  g_autofree guint *n_members = g_new0 (guint, n);  /* of a seed */
  g_autofree guint *shown_index = g_new (guint, n); /* of a seed */
  g_autofree guint *cells = NULL;                   /* the first seed in each, + 1 */
  double max_radius = 0, size, left, top;
  int n_columns, n_rows;

  for (guint i = 0; i < n; i++)
    {
      rs[i] = ts_map_style_marker_radius (ctx->style, markers->pdata[i]);
      max_radius = MAX (max_radius, rs[i]);
      ts_view_lonlat_to_pixel (&ctx->view, ((const TsMapMarker *) markers->pdata[i])->lon,
                               ((const TsMapMarker *) markers->pdata[i])->lat, &xs[i], &ys[i]);
    }

  /* A grid over the viewport and its margin, of cells as wide as two of
   * the largest discs: a disc overlapping another's has its centre in
   * the same cell or a neighbouring one. Where the cells lie does not
   * change which seed a marker joins. */
  size = MAX (2 * max_radius, 4);
  left = -CLUSTER_MARGIN - size;
  top = -CLUSTER_MARGIN - size;
  n_columns = (int) ceil ((ctx->view.width + 2 * CLUSTER_MARGIN) / size) + 3;
  n_rows = (int) ceil ((ctx->view.height + 2 * CLUSTER_MARGIN) / size) + 3;
  cells = g_new0 (guint, (gsize) n_columns * n_rows);

  for (guint i = 0; i < n; i++)
    {
      guint best = G_MAXUINT;
      int column, row;

      cluster_of[i] = i;
      n_members[i] = 1;
      if (xs[i] < -CLUSTER_MARGIN || xs[i] > ctx->view.width + CLUSTER_MARGIN
          || ys[i] < -CLUSTER_MARGIN || ys[i] > ctx->view.height + CLUSTER_MARGIN)
        continue;

      column = (int) ((xs[i] - left) / size);
      row = (int) ((ys[i] - top) / size);
      for (int c = column - 1; c <= column + 1; c++)
        for (int r = row - 1; r <= row + 1; r++)
          {
            /* Seeds are numbered by marker index: the lowest is the
             * earliest cluster. */
            for (guint seed = cells[r * n_columns + c]; seed != 0; seed = next_seed[seed - 1])
              {
                guint s = seed - 1;
                double dx = xs[i] - xs[s], dy = ys[i] - ys[s], reach = rs[s] + rs[i];

                if (s < best && dx * dx + dy * dy < reach * reach)
                  best = s;
              }
          }

      if (best != G_MAXUINT)
        {
          cluster_of[i] = best;
          n_members[best]++;
          continue;
        }

      next_seed[i] = cells[row * n_columns + column];
      cells[row * n_columns + column] = i + 1;
    }

  /* A Shown per seed, in order; members only for clusters. */
  for (guint i = 0; i < n; i++)
    {
      Shown *item;

      if (cluster_of[i] != i)
        continue;
      shown_index[i] = shown->len;
      g_array_set_size (shown, shown->len + 1);
      item = &g_array_index (shown, Shown, shown->len - 1);
      item->marker = *(const TsMapMarker *) markers->pdata[i];
      item->x = xs[i];
      item->y = ys[i];
      item->radius = rs[i];
      if (n_members[i] > 1)
        item->members = g_ptr_array_sized_new (n_members[i]);
    }
  for (guint i = 0; i < n; i++)
    {
      Shown *item = &g_array_index (shown, Shown, shown_index[cluster_of[i]]);

      if (item->members != NULL)
        g_ptr_array_add (item->members, markers->pdata[i]);
    }
}

/* The markers as drawn at ctx's view, in drawing order. */
static GArray *
get_shown (TsMapMarkerLayer   *self,
           const TsMapContext *ctx)
{
  g_autoptr(GPtrArray) markers = NULL;
  GArray *shown;

  if (self->drawing != NULL)
    return g_array_ref (self->drawing);

  markers = get_markers_in_drawing_order (ctx->scene);
  shown = new_shown_array ();

  if (!self->cluster)
    {
      g_array_set_size (shown, markers->len);
      for (guint i = 0; i < markers->len; i++)
        {
          Shown *item = &g_array_index (shown, Shown, i);

          item->marker = *(const TsMapMarker *) markers->pdata[i];
          ts_view_lonlat_to_pixel (&ctx->view, item->marker.lon, item->marker.lat,
                                   &item->x, &item->y);
          item->radius = ts_map_style_marker_radius (ctx->style, &item->marker);
          item->selected = ts_map_context_is_selected (ctx, item->marker.id);
        }
      return shown;
    }

  gather_clusters (ctx, markers, shown);
  for (guint i = 0; i < shown->len; i++)
    {
      Shown *item = &g_array_index (shown, Shown, i);
      const TsMapMarker *first;

      if (!is_cluster (item))
        {
          item->selected = ts_map_context_is_selected (ctx, item->marker.id);
          continue;
        }

      first = item->members->pdata[0];
      item->selected = FALSE;
      for (guint m = 0; m < item->members->len; m++)
        {
          const TsMapMarker *member = item->members->pdata[m];

          item->selected |= ts_map_context_is_selected (ctx, member->id);
          if (m == 0)
            continue;
          item->marker.weight += member->weight;
          item->marker.n_meetings += member->n_meetings;
          item->marker.emphasis |= member->emphasis;
        }
      item->radius = MAX (ts_map_style_marker_radius (ctx->style, &item->marker),
                          CLUSTER_MIN_RADIUS);
      /* Translators: the label of a cluster of places on the map: the
       * largest one's name and how many more the cluster holds, e.g.
       * "Bishkek +3" */
      item->label = g_strdup_printf (C_("map cluster", "%s +%u"), first->label,
                                     item->members->len - 1);
      item->marker.label = item->label;
    }
  return shown;
}

static void
badge_geometry (double  cx,
                double  cy,
                double  radius,
                double *bx,
                double *by)
{
  *bx = cx + radius * 0.75 + 3;
  *by = cy - radius * 0.75 - 3;
}

static void
ts_map_marker_layer_reserve (TsMapLayer         *layer,
                             cairo_t            *cr,
                             const TsMapContext *ctx,
                             TsMapLabels        *labels)
{
  g_autoptr(GArray) shown = NULL;

  if (ctx->scene == NULL)
    return;

  g_clear_pointer (&TS_MAP_MARKER_LAYER (layer)->drawing, g_array_unref);
  shown = get_shown (TS_MAP_MARKER_LAYER (layer), ctx);
  TS_MAP_MARKER_LAYER (layer)->drawing = g_array_ref (shown);
  for (guint i = 0; i < shown->len; i++)
    {
      const Shown *item = &g_array_index (shown, Shown, i);
      double r = item->radius;
      TsLabelBox box;

      box = (TsLabelBox) { item->x - r, item->y - r, item->x + r, item->y + r };
      ts_map_labels_reserve (labels, &box);
      if (item->marker.n_meetings > 0)
        {
          double bx, by;

          badge_geometry (item->x, item->y, r, &bx, &by);
          box = (TsLabelBox) { bx - 9, by - 7, bx + 9, by + 7 };
          ts_map_labels_reserve (labels, &box);
        }
    }
}

/* Which places get their names placed in a pass. */
typedef enum
{
  PASS_SELECTED,
  PASS_EMPHASISED,
  PASS_OTHERS,
  N_PASSES
} LabelPass;

static gboolean
is_in_pass (const Shown *item,
            LabelPass    pass)
{
  if (item->selected)
    return pass == PASS_SELECTED;
  if (pass == PASS_SELECTED)
    return FALSE;

  return (pass == PASS_EMPHASISED) == item->marker.emphasis;
}

/* Names: the selected place, emphasised places, then by weight. */
static void
ts_map_marker_layer_place_labels (TsMapLayer         *layer,
                                  cairo_t            *cr,
                                  const TsMapContext *ctx,
                                  TsMapLabels        *labels)
{
  g_autoptr(GArray) shown = NULL;

  if (ctx->scene == NULL)
    return;

  shown = get_shown (TS_MAP_MARKER_LAYER (layer), ctx);
  for (LabelPass pass = PASS_SELECTED; pass < N_PASSES; pass++)
    {
      for (guint i = 0; i < shown->len; i++)
        {
          const Shown *item = &g_array_index (shown, Shown, i);

          if (!is_in_pass (item, pass))
            continue;
          ts_map_labels_place_around (labels, item->marker.label, item->x, item->y,
                                      item->radius,
                                      item->marker.emphasis ? 12 : 11,
                                      item->marker.emphasis || pass == PASS_SELECTED,
                                      &ctx->style->text);
        }
    }
}

static void
draw_marker (cairo_t            *cr,
             const TsMapContext *ctx,
             const Shown        *item)
{
  const TsMapStyle *style = ctx->style;
  double cx = item->x, cy = item->y, radius = item->radius;
  const TsMapRgb *fill = item->marker.emphasis ? &style->marker_strong : &style->marker;

  if (item->selected)
    {
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, radius + 5, 0, 2 * G_PI);
      ts_map_style_set_color (cr, &style->selection);
      cairo_fill (cr);
    }

  /* A soft shadow lifts the marker off the map. */
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy + 1, radius + 1.5, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_fill (cr);

  /* A cluster is a stack of discs: one peeks out behind the top one. */
  if (is_cluster (item))
    {
      cairo_new_path (cr);
      cairo_arc (cr, cx + 3, cy - 3, radius, 0, 2 * G_PI);
      ts_map_style_set_color (cr, fill);
      cairo_fill_preserve (cr);
      ts_map_style_set_color (cr, &style->halo);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  ts_map_style_set_color (cr, fill);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, is_cluster (item) ? 2.0 : 1.5);
  cairo_stroke (cr);

  /* …with the number of places it gathers. */
  if (is_cluster (item) && ctx->text != NULL)
    {
      TsMapTextExtents extents;
      char text[16];

      g_snprintf (text, sizeof text, "%u", item->members->len);
      ts_map_text_measure (ctx->text, text, CLUSTER_TEXT_SIZE, TS_MAP_TEXT_BOLD, &extents);
      ts_map_style_set_color (cr, &style->halo);
      ts_map_text_show (ctx->text, cr, text, CLUSTER_TEXT_SIZE, TS_MAP_TEXT_BOLD,
                        cx - extents.ink_x - extents.ink_width / 2,
                        cy - extents.ink_y - extents.ink_height / 2);
    }
}

#define BADGE_TEXT_SIZE 9.5
#define BADGE_HEIGHT 14.0

/* A badge's pill, @w wide. */
static void
draw_badge_shape (cairo_t          *cr,
                  const TsMapStyle *style,
                  double            bx,
                  double            by,
                  double            w)
{
  double h = BADGE_HEIGHT;

  cairo_new_path (cr);
  cairo_arc (cr, bx - w / 2 + h / 2, by, h / 2, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, bx + w / 2 - h / 2, by, h / 2, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  ts_map_style_set_color (cr, &style->badge);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

/* The digits' ink centred in the badge. */
static void
draw_badge_text (cairo_t                *cr,
                 TsMapText              *setter,
                 const TsMapStyle       *style,
                 double                  bx,
                 double                  by,
                 const char             *text,
                 const TsMapTextExtents *extents)
{
  ts_map_style_set_color (cr, &style->halo);
  ts_map_text_show (setter, cr, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD,
                    bx - extents->ink_x - extents->ink_width / 2,
                    by - extents->ink_y - extents->ink_height / 2);
}

static double
badge_width (const TsMapTextExtents *extents)
{
  return MAX (BADGE_HEIGHT, extents->width + 8);
}

static void
draw_badge (cairo_t          *cr,
            TsMapText        *setter,
            const TsMapStyle *style,
            double            bx,
            double            by,
            guint             count)
{
  char text[16];
  TsMapTextExtents extents;

  g_snprintf (text, sizeof text, "%u", count);
  ts_map_text_measure (setter, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD, &extents);
  draw_badge_shape (cr, style, bx, by, badge_width (&extents));
  draw_badge_text (cr, setter, style, bx, by, text, &extents);
}

static void
draw_marker_at (cairo_t            *cr,
                const TsMapContext *ctx,
                gconstpointer       data,
                double              x,
                double              y)
{
  Shown moved = *(const Shown *) data;

  moved.x = x;
  moved.y = y;
  draw_marker (cr, ctx, &moved);
}

static void
draw_badge_shape_at (cairo_t            *cr,
                     const TsMapContext *ctx,
                     gconstpointer       data,
                     double              x,
                     double              y)
{
  draw_badge_shape (cr, ctx->style, x, y, *(const double *) data);
}

/* The key of a marker's look: its size and emphasis. */
static void
format_marker_key (char        *key,
                   gsize        size,
                   const Shown *item)
{
  g_snprintf (key, size, "m %a %d", item->radius, item->marker.emphasis != FALSE);
}

GArray *
_ts_map_marker_layer_ref_drawing (TsMapMarkerLayer *self)
{
  g_return_val_if_fail (TS_IS_MAP_MARKER_LAYER (self), NULL);

  return self->drawing != NULL ? g_array_ref (self->drawing) : NULL;
}

void
_ts_map_marker_layer_make_sprites (GArray               *shown,
                                   const cairo_matrix_t *matrix,
                                   const TsMapContext   *ctx)
{
  TsMapSprites sprites;

  if (!ts_map_sprites_init_shared (&sprites, matrix, ctx))
    return;
  for (guint i = 0; i < shown->len; i++)
    {
      const Shown *item = &g_array_index (shown, Shown, i);
      char key[64];

      /* As ts_map_marker_layer_draw () paints them. */
      if (item->selected || is_cluster (item))
        continue;
      format_marker_key (key, sizeof key, item);
      ts_map_sprites_make (&sprites, ctx, key, (int) ceil (item->radius) + 4, draw_marker_at,
                           item, item->x, item->y);
    }
  ts_map_sprites_clear (&sprites);
}

/* Every marker, then every badge, so that no marker covers a badge. */
static void
ts_map_marker_layer_draw (TsMapLayer         *layer,
                          cairo_t            *cr,
                          const TsMapContext *ctx)
{
  g_autoptr(GArray) shown = NULL;
  TsMapSprites sprites;
  gboolean use_sprites;
  double rows_y0 = -G_MAXDOUBLE, rows_y1 = G_MAXDOUBLE;

  if (ctx->scene == NULL)
    return;

  shown = get_shown (TS_MAP_MARKER_LAYER (layer), ctx);
  /* The bands draw from the same markers at once: the next reserve ()
   * drops them. */
  if (ctx->bands == NULL)
    g_clear_pointer (&TS_MAP_MARKER_LAYER (layer)->drawing, g_array_unref);
  else
    {
      double x0, x1;

      cairo_clip_extents (cr, &x0, &rows_y0, &x1, &rows_y1);
    }
  use_sprites = ts_map_sprites_init (&sprites, cr, ctx);
  for (guint i = 0; i < shown->len; i++)
    {
      const Shown *item = &g_array_index (shown, Shown, i);

      /* Of a band, what reaches its rows: a selected marker's ring and a
       * cluster's second disc reach at most 8 pixels beyond the disc. */
      if (item->y - item->radius - 8 >= rows_y1 || item->y + item->radius + 8 <= rows_y0)
        continue;
      /* A selected marker or a cluster is one of few: drawn. */
      if (use_sprites && !item->selected && !is_cluster (item))
        {
          char key[64];

          format_marker_key (key, sizeof key, item);
          ts_map_sprites_paint (&sprites, cr, ctx, key, (int) ceil (item->radius) + 4,
                        draw_marker_at, item, item->x, item->y);
        }
      else
        {
          ts_map_sprites_end_copying (&sprites);
          draw_marker (cr, ctx, item);
        }
    }
  for (guint i = 0; i < shown->len; i++)
    {
      const Shown *item = &g_array_index (shown, Shown, i);
      double bx, by;

      if (item->marker.n_meetings == 0)
        continue;
      badge_geometry (item->x, item->y, item->radius, &bx, &by);
      /* A badge is 14 pixels high, its digits inside it. */
      if (by - 12 >= rows_y1 || by + 12 <= rows_y0)
        continue;
      if (use_sprites && ctx->text != NULL)
        {
          char key[64];
          char digits[16];
          TsMapTextExtents extents;
          double w;

          /* The pill from a sprite; the digits set by Pango where they
           * go, so that they fall on the same pixels as drawn alone. */
          g_snprintf (digits, sizeof digits, "%u", item->marker.n_meetings);
          ts_map_text_measure (ctx->text, digits, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD, &extents);
          w = badge_width (&extents);
          g_snprintf (key, sizeof key, "b %a", w);
          ts_map_sprites_paint (&sprites, cr, ctx, key, (int) ceil (w / 2) + 3,
                        draw_badge_shape_at, &w, bx, by);
          /* The digits copied from glyphs drawn once where the image is
           * copied onto directly; else set by Pango, on the same pixels. */
          if (sprites.direct == NULL
              || !ts_map_text_show_on_image (ctx->text, sprites.target, ctx->style->halo.r,
                                             ctx->style->halo.g, ctx->style->halo.b, digits,
                                             BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD,
                                             bx - extents.ink_x - extents.ink_width / 2
                                             + sprites.matrix.x0 + sprites.offset_x,
                                             by - extents.ink_y - extents.ink_height / 2
                                             + sprites.matrix.y0 + sprites.offset_y))
            {
              ts_map_sprites_end_copying (&sprites);
              draw_badge_text (cr, ctx->text, ctx->style, bx, by, digits, &extents);
            }
          else
            sprites.copying = TRUE;
        }
      else
        {
          ts_map_sprites_end_copying (&sprites);
          draw_badge (cr, ctx->text, ctx->style, bx, by, item->marker.n_meetings);
        }
    }
  ts_map_sprites_clear (&sprites);
}

/* The index in @shown of what is drawn on top at (x, y): a click inside a
 * disc hits that disc, even where a disc drawn over it comes within the
 * tolerance; only then does the tolerance count, again topmost first. */
static int
find_shown_at (GArray *shown,
               double  x,
               double  y)
{
  for (int pass = 0; pass < 2; pass++)
    {
      double tolerance = pass == 0 ? 0 : TS_MAP_HIT_TOLERANCE;

      /* Topmost first: markers are drawn by decreasing size. */
      for (guint i = shown->len; i > 0; i--)
        {
          const Shown *item = &g_array_index (shown, Shown, i - 1);

          if (hypot (x - item->x, y - item->y) <= item->radius + tolerance)
            return i - 1;
        }
    }

  return -1;
}

static const char *
ts_map_marker_layer_hit_test (TsMapLayer         *layer,
                              const TsMapContext *ctx,
                              double              x,
                              double              y)
{
  g_autoptr(GArray) shown = NULL;
  int index;

  if (ctx->scene == NULL)
    return NULL;

  g_clear_pointer (&TS_MAP_MARKER_LAYER (layer)->drawing, g_array_unref);
  shown = get_shown (TS_MAP_MARKER_LAYER (layer), ctx);
  index = find_shown_at (shown, x, y);
  /* The id belongs to the scene, which outlives the array. */
  return index >= 0 ? g_array_index (shown, Shown, index).marker.id : NULL;
}

static void
ts_map_marker_layer_finalize (GObject *object)
{
  g_clear_pointer (&TS_MAP_MARKER_LAYER (object)->drawing, g_array_unref);

  G_OBJECT_CLASS (ts_map_marker_layer_parent_class)->finalize (object);
}

static void
ts_map_marker_layer_class_init (TsMapMarkerLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ts_map_marker_layer_finalize;
  layer_class->reserve = ts_map_marker_layer_reserve;
  layer_class->place_labels = ts_map_marker_layer_place_labels;
  layer_class->draw = ts_map_marker_layer_draw;
  layer_class->hit_test = ts_map_marker_layer_hit_test;
}

static void
ts_map_marker_layer_init (TsMapMarkerLayer *self)
{
}

TsMapLayer *
ts_map_marker_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_MARKER_LAYER, NULL);
}

void
ts_map_marker_layer_draw_badge (cairo_t          *cr,
                                TsMapText        *setter,
                                const TsMapStyle *style,
                                double            bx,
                                double            by,
                                guint             count)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (setter != NULL);
  g_return_if_fail (style != NULL);

  draw_badge (cr, setter, style, bx, by, count);
}

void
ts_map_marker_layer_set_cluster (TsMapMarkerLayer *self,
                                 gboolean          cluster)
{
  g_return_if_fail (TS_IS_MAP_MARKER_LAYER (self));

  self->cluster = !!cluster;
}

gboolean
ts_map_marker_layer_get_cluster (TsMapMarkerLayer *self)
{
  g_return_val_if_fail (TS_IS_MAP_MARKER_LAYER (self), FALSE);

  return self->cluster;
}

GPtrArray *
ts_map_marker_layer_list_cluster (TsMapMarkerLayer   *self,
                                  const TsMapContext *ctx,
                                  const char         *id)
{
  g_autoptr(GArray) shown = NULL;

  g_return_val_if_fail (TS_IS_MAP_MARKER_LAYER (self), NULL);
  g_return_val_if_fail (ctx != NULL, NULL);

  if (ctx->scene == NULL || id == NULL || !self->cluster)
    return NULL;

  g_clear_pointer (&self->drawing, g_array_unref);
  shown = get_shown (self, ctx);
  for (guint i = 0; i < shown->len; i++)
    {
      Shown *item = &g_array_index (shown, Shown, i);

      if (!is_cluster (item))
        continue;
      for (guint m = 0; m < item->members->len; m++)
        {
          const TsMapMarker *member = item->members->pdata[m];

          if (g_strcmp0 (member->id, id) == 0)
            return g_ptr_array_ref (item->members);
        }
    }

  return NULL;
}
