/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-marker-layer"

#include "config.h"

#include <math.h>

#include "ts-map-labels.h"
#include "ts-map-marker-layer.h"
#include "ts-map-renderer.h"

struct _TsMapMarkerLayer
{
  TsMapLayer parent_instance;
};

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
  g_autoptr(GPtrArray) markers = NULL;

  if (ctx->scene == NULL)
    return;

  markers = get_markers_in_drawing_order (ctx->scene);
  for (guint i = 0; i < markers->len; i++)
    {
      const TsMapMarker *marker = g_ptr_array_index (markers, i);
      double cx, cy, r = ts_map_style_marker_radius (ctx->style, marker);
      TsLabelBox box;

      ts_view_lonlat_to_pixel (&ctx->view, marker->lon, marker->lat, &cx, &cy);
      box = (TsLabelBox) { cx - r, cy - r, cx + r, cy + r };
      ts_map_labels_reserve (labels, &box);
      if (marker->n_meetings > 0)
        {
          double bx, by;

          badge_geometry (cx, cy, r, &bx, &by);
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
is_in_pass (const TsMapMarker *marker,
            const TsMapMarker *selected,
            LabelPass          pass)
{
  if (marker == selected)
    return pass == PASS_SELECTED;
  if (pass == PASS_SELECTED)
    return FALSE;

  return (pass == PASS_EMPHASISED) == marker->emphasis;
}

/* Names: the selected place, emphasised places, then by weight. */
static void
ts_map_marker_layer_place_labels (TsMapLayer         *layer,
                                  cairo_t            *cr,
                                  const TsMapContext *ctx,
                                  TsMapLabels        *labels)
{
  g_autoptr(GPtrArray) markers = NULL;
  const TsMapMarker *selected = NULL;

  if (ctx->scene == NULL)
    return;

  markers = get_markers_in_drawing_order (ctx->scene);
  for (guint i = 0; i < markers->len; i++)
    {
      const TsMapMarker *marker = g_ptr_array_index (markers, i);

      if (ts_map_context_is_selected (ctx, marker->id))
        selected = marker;
    }
  for (LabelPass pass = PASS_SELECTED; pass < N_PASSES; pass++)
    {
      for (guint i = 0; i < markers->len; i++)
        {
          const TsMapMarker *marker = g_ptr_array_index (markers, i);
          double cx, cy;

          if (!is_in_pass (marker, selected, pass))
            continue;
          ts_view_lonlat_to_pixel (&ctx->view, marker->lon, marker->lat, &cx, &cy);
          ts_map_labels_place_around (labels, marker->label, cx, cy,
                                      ts_map_style_marker_radius (ctx->style, marker),
                                      marker->emphasis ? 12 : 11,
                                      marker->emphasis || pass == PASS_SELECTED,
                                      &ctx->style->text);
        }
    }
}

static void
draw_marker (cairo_t            *cr,
             const TsMapContext *ctx,
             const TsMapMarker  *marker)
{
  const TsMapStyle *style = ctx->style;
  double cx, cy, radius = ts_map_style_marker_radius (style, marker);
  const TsMapRgb *fill = marker->emphasis ? &style->marker_strong : &style->marker;

  ts_view_lonlat_to_pixel (&ctx->view, marker->lon, marker->lat, &cx, &cy);

  if (ts_map_context_is_selected (ctx, marker->id))
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

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  ts_map_style_set_color (cr, fill);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

#define BADGE_TEXT_SIZE 9.5

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
  double w, h = 14;

  g_snprintf (text, sizeof text, "%u", count);
  ts_map_text_measure (setter, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD, &extents);
  w = MAX (h, extents.width + 8);

  cairo_new_path (cr);
  cairo_arc (cr, bx - w / 2 + h / 2, by, h / 2, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, bx + w / 2 - h / 2, by, h / 2, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  ts_map_style_set_color (cr, &style->badge);
  cairo_fill_preserve (cr);
  ts_map_style_set_color (cr, &style->halo);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  /* The digits' ink centred in the badge. */
  ts_map_style_set_color (cr, &style->halo);
  ts_map_text_show (setter, cr, text, BADGE_TEXT_SIZE, TS_MAP_TEXT_BOLD,
                    bx - extents.ink_x - extents.ink_width / 2,
                    by - extents.ink_y - extents.ink_height / 2);
}

/* Every marker, then every badge, so that no marker covers a badge. */
static void
ts_map_marker_layer_draw (TsMapLayer         *layer,
                          cairo_t            *cr,
                          const TsMapContext *ctx)
{
  g_autoptr(GPtrArray) markers = NULL;

  if (ctx->scene == NULL)
    return;

  markers = get_markers_in_drawing_order (ctx->scene);
  for (guint i = 0; i < markers->len; i++)
    draw_marker (cr, ctx, g_ptr_array_index (markers, i));
  for (guint i = 0; i < markers->len; i++)
    {
      const TsMapMarker *marker = g_ptr_array_index (markers, i);
      double cx, cy, bx, by;

      if (marker->n_meetings == 0)
        continue;
      ts_view_lonlat_to_pixel (&ctx->view, marker->lon, marker->lat, &cx, &cy);
      badge_geometry (cx, cy, ts_map_style_marker_radius (ctx->style, marker), &bx, &by);
      draw_badge (cr, ctx->text, ctx->style, bx, by, marker->n_meetings);
    }
}

/* Topmost first: markers are drawn by decreasing size. */
static const char *
ts_map_marker_layer_hit_test (TsMapLayer         *layer,
                              const TsMapContext *ctx,
                              double              x,
                              double              y)
{
  g_autoptr(GPtrArray) markers = NULL;

  if (ctx->scene == NULL)
    return NULL;

  markers = get_markers_in_drawing_order (ctx->scene);
  for (guint i = markers->len; i > 0; i--)
    {
      const TsMapMarker *marker = g_ptr_array_index (markers, i - 1);
      double cx, cy;

      ts_view_lonlat_to_pixel (&ctx->view, marker->lon, marker->lat, &cx, &cy);
      if (hypot (x - cx, y - cy)
          <= ts_map_style_marker_radius (ctx->style, marker) + TS_MAP_HIT_TOLERANCE)
        return marker->id;
    }

  return NULL;
}

static void
ts_map_marker_layer_class_init (TsMapMarkerLayerClass *klass)
{
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

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
