/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-basemap-layer"

#include "config.h"

#include <math.h>

#include "ts-country.h"
#include "ts-map-area-layer.h"
#include "ts-map-basemap-layer.h"
#include "ts-map-labels.h"
#include "ts-map-renderer.h"

struct _TsMapBasemapLayer
{
  TsMapLayer parent_instance;

  gboolean   show_graticule;
};

G_DEFINE_FINAL_TYPE (TsMapBasemapLayer, ts_map_basemap_layer, TS_TYPE_MAP_LAYER)

enum {
  PROP_0,
  PROP_SHOW_GRATICULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
use_region_layer (const TsView *view)
{
  return view->zoom >= TS_MAP_REGION_LAYER_MIN_ZOOM;
}

static gboolean
projected_box_visible (const TsView *view,
                       double        x0,
                       double        y0,
                       double        x1,
                       double        y1)
{
  double px0, py0, px1, py1;

  ts_view_to_pixel (view, x0, y1, &px0, &py0);
  ts_view_to_pixel (view, x1, y0, &px1, &py1);

  return px1 >= -2 && px0 <= view->width + 2 && py1 >= -2 && py0 <= view->height + 2;
}

typedef enum
{
  PATH_NONE = 0,
  PATH_SOME = 1 << 0,
  PATH_CUT = 1 << 1,  /* some ring was cut at the seam */
} PathFlags;

/* A ring cut at the seam, for stroking: open where the cut runs. */
static void
append_cut_ring_outline (cairo_t             *cr,
                         const TsView        *view,
                         const TsBasemapRing *ring)
{
  for (guint i = 0; i <= ring->n_points; i++)
    {
      guint k = i % ring->n_points;
      double px, py;

      ts_view_to_pixel (view, ring->xy[2 * k], ring->xy[2 * k + 1], &px, &py);
      if (i == 0 || (ring->on_seam[k] && ring->on_seam[(k + ring->n_points - 1) % ring->n_points]))
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
}

/* Rings in pixels, dropping points within a pixel of the last one kept:
 * at small scales most of a coastline's points fall onto the same pixel,
 * and stroking is most of the cost of drawing the map. With @outline, the
 * path to stroke: rings cut at the seam stay open there. */
static PathFlags
append_country_path (cairo_t                *cr,
                     const TsView           *view,
                     const TsBasemapCountry *country,
                     gboolean                outline)
{
  PathFlags flags = PATH_NONE;

  if (!projected_box_visible (view, country->x0, country->y0, country->x1, country->y1))
    return PATH_NONE;

  for (guint r = 0; r < country->n_rings; r++)
    {
      const TsBasemapRing *ring = &country->rings[r];
      double last_x = 0, last_y = 0;

      if (!projected_box_visible (view, ring->x0, ring->y0, ring->x1, ring->y1))
        continue;
      /* Skip islands smaller than a pixel. */
      if ((ring->x1 - ring->x0) * view->scale < 0.8 && (ring->y1 - ring->y0) * view->scale < 0.8)
        continue;

      if (ring->on_seam != NULL)
        {
          flags |= PATH_CUT;
          if (outline)
            {
              append_cut_ring_outline (cr, view, ring);
              continue;
            }
        }

      for (guint i = 0; i < ring->n_points; i++)
        {
          double px, py;

          ts_view_to_pixel (view, ring->xy[2 * i], ring->xy[2 * i + 1], &px, &py);
          if (i == 0)
            {
              cairo_move_to (cr, px, py);
            }
          else if (fabs (px - last_x) >= 1.0 || fabs (py - last_y) >= 1.0
                   || i + 1 == ring->n_points)
            {
              cairo_line_to (cr, px, py);
            }
          else
            {
              continue;
            }
          last_x = px;
          last_y = py;
        }
      cairo_close_path (cr);
      flags |= PATH_SOME;
    }

  return flags;
}

static void
draw_country (cairo_t                *cr,
              const TsView           *view,
              const TsBasemapCountry *country,
              const TsMapRgb         *fill,
              const TsMapRgb         *border,
              double                  border_width)
{
  PathFlags flags;

  cairo_new_path (cr);
  flags = append_country_path (cr, view, country, FALSE);
  if (flags == PATH_NONE)
    return;

  ts_map_style_set_color (cr, fill);
  cairo_fill_preserve (cr);
  if (flags & PATH_CUT)
    {
      cairo_new_path (cr);
      append_country_path (cr, view, country, TRUE);
    }
  ts_map_style_set_color (cr, border);
  cairo_set_line_width (cr, border_width);
  cairo_stroke (cr);
}

/* Where the parallels can cross the viewport: the angles (from the pole,
 * in pixels) and radii that they are drawn between. */
typedef struct
{
  double pole_x, pole_y;
  double a0, a1;
  double r_min, r_max;
} ParallelRange;

static void
get_parallel_range (const TsView  *view,
                    ParallelRange *range)
{
  double corners[4][2] = {
    { 0, 0 }, { view->width, 0 }, { 0, view->height }, { view->width, view->height },
  };
  double edge_x, edge_y, fan, dx, dy;
  double pole_x, pole_y;

  ts_view_lonlat_to_pixel (view, TS_PROJECTION_CENTRAL_MERIDIAN, 90, &pole_x, &pole_y);
  /* Half the opening of the unrolled cone, as a pixel angle from "down". */
  ts_projection_forward_delta (180, 0, &edge_x, &edge_y);
  ts_view_to_pixel (view, edge_x, edge_y, &edge_x, &edge_y);
  fan = fabs (atan2 (edge_x - pole_x, edge_y - pole_y));

  dx = MAX (MAX (0, -pole_x), pole_x - view->width);
  dy = MAX (MAX (0, -pole_y), pole_y - view->height);
  range->pole_x = pole_x;
  range->pole_y = pole_y;
  range->r_min = hypot (dx, dy);
  range->r_max = 0;
  range->a0 = G_PI / 2 - fan;
  range->a1 = G_PI / 2 + fan;
  /* With the pole off the viewport, only the angles towards its corners. */
  if (range->r_min > 0)
    {
      double lo = INFINITY, hi = -INFINITY;

      for (guint i = 0; i < 4; i++)
        {
          double a = atan2 (corners[i][1] - pole_y, corners[i][0] - pole_x);

          if (a < -G_PI / 2)
            a += 2 * G_PI;
          lo = MIN (lo, a);
          hi = MAX (hi, a);
        }
      range->a0 = MAX (range->a0, lo);
      range->a1 = MIN (range->a1, hi);
    }
  for (guint i = 0; i < 4; i++)
    range->r_max = MAX (range->r_max, hypot (corners[i][0] - pole_x, corners[i][1] - pole_y));
}

/* In this projection meridians are straight lines through the pole and
 * parallels are arcs of circles around it: both drawn exactly, and only
 * where they can cross the viewport. */
static void
draw_graticule (cairo_t      *cr,
                const TsView *view)
{
  double step = view->zoom >= 6.5 ? 5.0 : 10.0;
  ParallelRange range;

  get_parallel_range (view, &range);

  cairo_save (cr);
  cairo_new_path (cr);
  for (double lon = -180; lon < 180; lon += step)
    {
      double x0, y0, x1, y1;

      ts_view_lonlat_to_pixel (view, lon, 85, &x0, &y0);
      ts_view_lonlat_to_pixel (view, lon, -60, &x1, &y1);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
    }
  /* South of 60°S there is only Antarctica, which the basemap leaves out. */
  for (double lat = -60; lat <= 80 && range.a0 < range.a1; lat += step)
    {
      double x, y, r;

      ts_view_lonlat_to_pixel (view, TS_PROJECTION_CENTRAL_MERIDIAN, lat, &x, &y);
      r = hypot (x - range.pole_x, y - range.pole_y);
      if (r < range.r_min || r > range.r_max)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, range.pole_x, range.pole_y, r, range.a0, range.a1);
    }
  /* Over land and sea alike, faint enough not to read as a border. */
  cairo_set_source_rgba (cr, 0.15, 0.32, 0.52, 0.13);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
country_contains (const TsBasemapCountry *country,
                  double                  x,
                  double                  y)
{
  gboolean inside = FALSE;

  if (x < country->x0 || x > country->x1 || y < country->y0 || y > country->y1)
    return FALSE;

  /* Even–odd over all rings: holes count against. */
  for (guint r = 0; r < country->n_rings; r++)
    {
      const TsBasemapRing *ring = &country->rings[r];

      if (x < ring->x0 || x > ring->x1 || y < ring->y0 || y > ring->y1)
        continue;
      for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
        {
          double xi = ring->xy[2 * i], yi = ring->xy[2 * i + 1];
          double xj = ring->xy[2 * j], yj = ring->xy[2 * j + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }

  return inside;
}

static void
draw_countries (cairo_t            *cr,
                const TsMapContext *ctx)
{
  const TsMapStyle *style = ctx->style;
  const TsView *view = &ctx->view;
  gboolean region = use_region_layer (view);
  TsBasemapLayer layers[2] = { TS_BASEMAP_LAYER_WORLD, TS_BASEMAP_LAYER_REGION };

  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  /* Borders are about a pixel wide: the join cannot be seen, the cheapest
   * one is used. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);

  /* When zoomed in, the world layer still fills in the countries the
   * region layer leaves out, so that the map has no holes at its edges. */
  for (guint l = 0; l < (region ? 2 : 1); l++)
    {
      guint n = ts_basemap_get_n_countries (ctx->basemap, layers[l]);

      for (guint i = 0; i < n; i++)
        {
          const TsBasemapCountry *country = ts_basemap_get_country (ctx->basemap, layers[l], i);
          const TsMapRgb *tint;

          if (region && layers[l] == TS_BASEMAP_LAYER_WORLD
              && ts_basemap_country_in_region (ctx->basemap, country))
            continue;
          if (ts_map_style_find_emphasis (style, country->iso_a2) != NULL)
            continue;
          /* A country holding records is tinted by their number. */
          tint = ts_map_area_get_tint (ctx, country);
          draw_country (cr, view, country, tint != NULL ? tint : &style->land,
                        &style->border, 0.7);
        }
    }

  /* The countries the app is about, last, so that their borders are on top. */
  for (guint i = 0; i < style->n_emphasised; i++)
    {
      const TsMapEmphasis *emphasis = &style->emphasised[i];
      TsBasemapLayer layer = region ? TS_BASEMAP_LAYER_REGION : TS_BASEMAP_LAYER_WORLD;
      const TsBasemapCountry *country =
        ts_basemap_lookup_country (ctx->basemap, layer, emphasis->iso_a2);
      const TsMapRgb *tint;

      if (country == NULL)
        continue;
      tint = ts_map_area_get_tint (ctx, country);
      draw_country (cr, view, country, tint != NULL ? tint : &emphasis->fill,
                    &emphasis->border, 1.1);
    }

  cairo_restore (cr);
}

/* The countries whose names are placed, in the order they get the room:
 * the emphasised countries first, then the rest by size, so that the
 * names that matter get the room. */
static GPtrArray *
get_label_countries (const TsMapContext *ctx)
{
  TsBasemapLayer layers[2] = { TS_BASEMAP_LAYER_REGION, TS_BASEMAP_LAYER_WORLD };
  gboolean region = use_region_layer (&ctx->view);
  GPtrArray *countries = g_ptr_array_new ();

  for (guint i = 0; i < ctx->style->n_emphasised; i++)
    {
      const TsBasemapCountry *country =
        ts_basemap_lookup_country (ctx->basemap, region ? layers[0] : layers[1],
                                   ctx->style->emphasised[i].iso_a2);

      if (country != NULL)
        g_ptr_array_add (countries, (gpointer) country);
    }
  for (guint l = region ? 0 : 1; l < 2; l++)
    {
      guint n = ts_basemap_get_n_countries (ctx->basemap, layers[l]);

      for (guint i = 0; i < n; i++)
        {
          const TsBasemapCountry *country = ts_basemap_get_country (ctx->basemap, layers[l], i);

          if (ts_map_style_find_emphasis (ctx->style, country->iso_a2) != NULL)
            continue;
          if (region && layers[l] == TS_BASEMAP_LAYER_WORLD
              && ts_basemap_country_in_region (ctx->basemap, country))
            continue;
          g_ptr_array_add (countries, (gpointer) country);
        }
    }

  return countries;
}

/* The label point first; when a place's marker or label is in the way,
 * nearby points that are still inside the country. */
#define N_NAME_POSITIONS 7

typedef struct
{
  const TsView           *view;
  const TsBasemapCountry *country;
  double                  centres[N_NAME_POSITIONS][2];
} NamePositions;

static gboolean
accept_name_position (const TsLabelBox *box,
                      guint             index,
                      gpointer          user_data)
{
  NamePositions *positions = user_data;
  double x, y;

  if (index == 0)
    return TRUE;

  ts_view_from_pixel (positions->view, positions->centres[index][0],
                      positions->centres[index][1], &x, &y);

  return country_contains (positions->country, x, y);
}

static void
place_country_name (cairo_t                *cr,
                    const TsMapContext     *ctx,
                    TsMapLabels            *labels,
                    const TsBasemapCountry *country)
{
  static const double offsets[N_NAME_POSITIONS][2] = {
    { 0, 0 }, { 0, -2 }, { 0, 2 }, { -0.6, 0 }, { 0.6, 0 }, { 0, -3.5 }, { 0, 3.5 },
  };
  const TsView *view = &ctx->view;
  gboolean strong = ts_map_style_find_emphasis (ctx->style, country->iso_a2) != NULL;
  double size = strong ? 13 : 11;
  double room_w = country->main_width * view->scale;
  double room_h = country->main_height * view->scale;
  TsMapTextFlags flags = strong ? TS_MAP_TEXT_BOLD : TS_MAP_TEXT_ITALIC;
  g_autofree char *text = NULL;
  NamePositions positions = { view, country, };
  TsLabelBox boxes[N_NAME_POSITIONS];
  TsMapTextExtents extents;
  const char *name;
  double px, py, half;
  int chosen;

  ts_view_to_pixel (view, country->label_x, country->label_y, &px, &py);
  if (px < 0 || py < 0 || px > view->width || py > view->height)
    return;
  if (room_w < 30 || room_h < 12)
    return;

  /* In the reader's language, as every list names the country; Natural
   * Earth's English name where the country has no code. */
  name = ts_country_lookup_name (country->iso_a2);
  if (name == NULL)
    name = country->name;
  text = strong ? g_utf8_strup (name, -1) : g_strdup (name);

  ts_map_text_measure (ctx->text, text, size, flags, &extents);
  if (extents.width > room_w * 0.8 || size * 1.6 > room_h)
    return;

  half = extents.width / 2;
  for (guint c = 0; c < N_NAME_POSITIONS; c++)
    {
      double lx = px + offsets[c][0] * extents.width;
      double ly = py + offsets[c][1] * size;

      positions.centres[c][0] = lx;
      positions.centres[c][1] = ly;
      boxes[c] = (TsLabelBox) { lx - half - 2, ly - size / 2 - 2,
                                lx + half + 2, ly + size / 2 + 2 };
    }

  chosen = ts_label_placer_place (ts_map_labels_get_placer (labels), boxes, N_NAME_POSITIONS,
                                  accept_name_position, &positions);
  if (chosen < 0)
    return;

  ts_map_labels_add (labels, TS_MAP_LABEL_PLANE_BASEMAP, text,
                     positions.centres[chosen][0] - half,
                     positions.centres[chosen][1] + size * 0.36, size, strong, !strong,
                     strong ? &ctx->style->strong_label : &ctx->style->country_label);
}

static void
ts_map_basemap_layer_place_labels (TsMapLayer         *layer,
                                   cairo_t            *cr,
                                   const TsMapContext *ctx,
                                   TsMapLabels        *labels)
{
  g_autoptr(GPtrArray) countries = get_label_countries (ctx);

  for (guint i = 0; i < countries->len; i++)
    place_country_name (cr, ctx, labels, g_ptr_array_index (countries, i));
}

static void
ts_map_basemap_layer_draw (TsMapLayer         *layer,
                           cairo_t            *cr,
                           const TsMapContext *ctx)
{
  TsMapBasemapLayer *self = TS_MAP_BASEMAP_LAYER (layer);

  ts_map_basemap_layer_draw_ground (self, cr, ctx);
  ts_map_basemap_layer_draw_names (self, cr, ctx);
}

static void
ts_map_basemap_layer_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TsMapBasemapLayer *self = TS_MAP_BASEMAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SHOW_GRATICULE:
      g_value_set_boolean (value, self->show_graticule);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_basemap_layer_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TsMapBasemapLayer *self = TS_MAP_BASEMAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SHOW_GRATICULE:
      ts_map_basemap_layer_set_show_graticule (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_basemap_layer_class_init (TsMapBasemapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsMapLayerClass *layer_class = TS_MAP_LAYER_CLASS (klass);

  object_class->get_property = ts_map_basemap_layer_get_property;
  object_class->set_property = ts_map_basemap_layer_set_property;

  layer_class->place_labels = ts_map_basemap_layer_place_labels;
  layer_class->draw = ts_map_basemap_layer_draw;

  properties[PROP_SHOW_GRATICULE] =
    g_param_spec_boolean ("show-graticule", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_map_basemap_layer_init (TsMapBasemapLayer *self)
{
  self->show_graticule = TRUE;
}

TsMapLayer *
ts_map_basemap_layer_new (void)
{
  return g_object_new (TS_TYPE_MAP_BASEMAP_LAYER, NULL);
}

gboolean
ts_map_basemap_layer_get_show_graticule (TsMapBasemapLayer *self)
{
  g_return_val_if_fail (TS_IS_MAP_BASEMAP_LAYER (self), FALSE);

  return self->show_graticule;
}

void
ts_map_basemap_layer_set_show_graticule (TsMapBasemapLayer *self,
                                         gboolean           show)
{
  g_return_if_fail (TS_IS_MAP_BASEMAP_LAYER (self));

  show = !!show;
  if (self->show_graticule != show)
    {
      self->show_graticule = show;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GRATICULE]);
    }
}

void
ts_map_basemap_layer_draw_ground (TsMapBasemapLayer  *self,
                                  cairo_t            *cr,
                                  const TsMapContext *ctx)
{
  g_return_if_fail (TS_IS_MAP_BASEMAP_LAYER (self));

  draw_countries (cr, ctx);
  if (self->show_graticule)
    draw_graticule (cr, &ctx->view);
}

void
ts_map_basemap_layer_draw_names (TsMapBasemapLayer  *self,
                                 cairo_t            *cr,
                                 const TsMapContext *ctx)
{
  g_return_if_fail (TS_IS_MAP_BASEMAP_LAYER (self));

  if (ctx->labels != NULL)
    ts_map_labels_draw (ctx->labels, cr, ctx, TS_MAP_LABEL_PLANE_BASEMAP);
}
