/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-renderer"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-map-renderer.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

struct _TsMapRenderer
{
  GObject     parent_instance;

  TsBasemap  *basemap;
  TsMapScene *scene;
  char       *selected;

  double      center_lon;
  double      center_lat;
  double      zoom;
  int         width;
  int         height;

  gboolean    show_graticule;
  gboolean    show_legend;
};

G_DEFINE_FINAL_TYPE (TsMapRenderer, ts_map_renderer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASEMAP,
  PROP_SCENE,
  PROP_SELECTED,
  PROP_SHOW_GRATICULE,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Colours after the GNOME palette, softened for large areas. */
typedef struct
{
  double r, g, b;
} Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

static const Rgb sea_color = RGB (0xd5e4f0);
static const Rgb land_color = RGB (0xf6f5f2);
static const Rgb border_color = RGB (0xb3b0aa);
static const Rgb country_label_color = RGB (0x8a8790);
static const Rgb strong_label_color = RGB (0x3d3846);
static const Rgb text_color = RGB (0x241f31);
static const Rgb halo_color = RGB (0xffffff);
static const Rgb marker_color = RGB (0x1c71d8);       /* blue 4 */
static const Rgb marker_strong_color = RGB (0xe66100); /* orange 4 */
static const Rgb badge_color = RGB (0x241f31);
static const Rgb selection_color = RGB (0xf6d32d);    /* yellow 3 */
static const Rgb route_color = RGB (0xa51d2d);        /* red 5 */
static const Rgb legend_text_color = RGB (0x3d3846);

static const Rgb arc_colors[TS_MAP_N_ARC_KINDS] = {
  RGB (0x813d9c), /* friendly provinces: purple 4 */
  RGB (0x26a269), /* sister cities: green 5 */
  RGB (0x5e5c64), /* other: dark 2 */
};

/* The countries the app is about, each with its own tint. */
typedef struct
{
  const char *iso_a2;
  Rgb         fill;
  Rgb         border;
} Emphasis;

static const Emphasis emphasised[] = {
  { "CN", RGB (0xf8dcd5), RGB (0xc28a7f) },
  { "KG", RGB (0xfbe6b8), RGB (0xc39b4c) },
  { "UZ", RGB (0xd6ecd2), RGB (0x84ac7f) },
};

#define FONT_FAMILY "Sans"
#define MARKER_MIN_RADIUS 4.5
#define MARKER_MAX_RADIUS 22.0
#define ROUTE_WIDTH 5.0
#define ROUTE_CASING 2.5
#define ARC_WIDTH 2.5
#define MARGIN 12.0

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static void
set_color (cairo_t   *cr,
           const Rgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

static void
set_font (cairo_t  *cr,
          double    size,
          gboolean  bold,
          gboolean  italic)
{
  cairo_select_font_face (cr, FONT_FAMILY,
                          italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
}

static const Emphasis *
find_emphasis (const char *iso_a2)
{
  for (guint i = 0; i < G_N_ELEMENTS (emphasised); i++)
    {
      if (g_str_equal (emphasised[i].iso_a2, iso_a2))
        return &emphasised[i];
    }

  return NULL;
}

static double
marker_radius (const TsMapMarker *marker)
{
  return MIN (MARKER_MIN_RADIUS + 2.6 * sqrt (marker->weight), MARKER_MAX_RADIUS);
}

static gboolean
boxes_overlap (const Box *a,
               const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_is_free (GArray    *taken,
             const Box *box,
             double     width,
             double     height)
{
  if (box->x0 < 2 || box->y0 < 2 || box->x1 > width - 2 || box->y1 > height - 2)
    return FALSE;

  for (guint i = 0; i < taken->len; i++)
    {
      if (boxes_overlap (&g_array_index (taken, Box, i), box))
        return FALSE;
    }

  return TRUE;
}

static void
get_view (TsMapRenderer *self,
          TsView        *view)
{
  ts_view_init (view, self->center_lon, self->center_lat, self->zoom,
                self->width, self->height);
}

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
 * and stroking is most of the cost of drawing the map. With @outline, the path to stroke: rings cut at
 * the seam stay open there. */
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
              const Rgb              *fill,
              const Rgb              *border,
              double                  border_width)
{
  PathFlags flags;

  cairo_new_path (cr);
  flags = append_country_path (cr, view, country, FALSE);
  if (flags == PATH_NONE)
    return;

  set_color (cr, fill);
  cairo_fill_preserve (cr);
  if (flags & PATH_CUT)
    {
      cairo_new_path (cr);
      append_country_path (cr, view, country, TRUE);
    }
  set_color (cr, border);
  cairo_set_line_width (cr, border_width);
  cairo_stroke (cr);
}

/* In this projection meridians are straight lines through the pole and
 * parallels are arcs of circles around it: both drawn exactly, and only
 * where they can cross the viewport. */
static void
draw_graticule (cairo_t      *cr,
                const TsView *view)
{
  double step = view->zoom >= 6.5 ? 5.0 : 10.0;
  double pole_x, pole_y, edge_x, edge_y, fan, a0, a1;
  double r_min, r_max = 0, dx, dy;
  double corners[4][2] = {
    { 0, 0 }, { view->width, 0 }, { 0, view->height }, { view->width, view->height },
  };

  ts_view_lonlat_to_pixel (view, TS_PROJECTION_CENTRAL_MERIDIAN, 90, &pole_x, &pole_y);
  /* Half the opening of the unrolled cone, as a pixel angle from "down". */
  ts_projection_forward_delta (180, 0, &edge_x, &edge_y);
  ts_view_to_pixel (view, edge_x, edge_y, &edge_x, &edge_y);
  fan = fabs (atan2 (edge_x - pole_x, edge_y - pole_y));

  dx = MAX (MAX (0, -pole_x), pole_x - view->width);
  dy = MAX (MAX (0, -pole_y), pole_y - view->height);
  r_min = hypot (dx, dy);
  a0 = G_PI / 2 - fan;
  a1 = G_PI / 2 + fan;
  if (r_min > 0)
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
      a0 = MAX (a0, lo);
      a1 = MIN (a1, hi);
    }
  for (guint i = 0; i < 4; i++)
    r_max = MAX (r_max, hypot (corners[i][0] - pole_x, corners[i][1] - pole_y));

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
  for (double lat = -60; lat <= 80 && a0 < a1; lat += step)
    {
      double x, y, r;

      ts_view_lonlat_to_pixel (view, TS_PROJECTION_CENTRAL_MERIDIAN, lat, &x, &y);
      r = hypot (x - pole_x, y - pole_y);
      if (r < r_min || r > r_max)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, pole_x, pole_y, r, a0, a1);
    }
  /* Over land and sea alike, faint enough not to read as a border. */
  cairo_set_source_rgba (cr, 0.15, 0.32, 0.52, 0.13);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_basemap (TsMapRenderer *self,
              cairo_t       *cr,
              const TsView  *view)
{
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
      guint n = ts_basemap_get_n_countries (self->basemap, layers[l]);

      for (guint i = 0; i < n; i++)
        {
          const TsBasemapCountry *country = ts_basemap_get_country (self->basemap, layers[l], i);

          if (region && layers[l] == TS_BASEMAP_LAYER_WORLD
              && ts_basemap_country_in_region (self->basemap, country))
            continue;
          if (find_emphasis (country->iso_a2) != NULL)
            continue;
          draw_country (cr, view, country, &land_color, &border_color, 0.7);
        }
    }

  /* The countries the app is about, last, so that their borders are on top. */
  for (guint i = 0; i < G_N_ELEMENTS (emphasised); i++)
    {
      TsBasemapLayer layer = region ? TS_BASEMAP_LAYER_REGION : TS_BASEMAP_LAYER_WORLD;
      const TsBasemapCountry *country =
        ts_basemap_lookup_country (self->basemap, layer, emphasised[i].iso_a2);

      if (country != NULL)
        draw_country (cr, view, country, &emphasised[i].fill, &emphasised[i].border, 1.1);
    }

  cairo_restore (cr);
}

static void
show_text_with_halo (cairo_t    *cr,
                     const char *text,
                     double      x,
                     double      y,
                     const Rgb  *color,
                     double      halo_width)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  cairo_text_path (cr, text);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, halo_color.r, halo_color.g, halo_color.b, 0.85);
  cairo_set_line_width (cr, halo_width);
  cairo_stroke_preserve (cr);
  set_color (cr, color);
  cairo_fill (cr);
}

/* Where a label goes: its text, baseline origin and colour. */
typedef struct
{
  const char *text;
  char       *owned_text;
  double      x;
  double      y;
  double      size;
  gboolean    bold;
  gboolean    italic;
  const Rgb  *color;
} Label;

static void
clear_label (gpointer data)
{
  Label *label = data;

  g_clear_pointer (&label->owned_text, g_free);
}

/* Greedy: the first of the positions around the anchor (right, left,
 * above, below, then the diagonals) where the label covers nothing
 * placed before it. */
static gboolean
place_label_around (cairo_t      *cr,
                    GArray       *taken,
                    GArray       *labels,
                    const TsView *view,
                    const char   *text,
                    double        cx,
                    double        cy,
                    double        gap,
                    double        size,
                    gboolean      bold,
                    const Rgb    *color)
{
  cairo_text_extents_t extents;
  cairo_font_extents_t font;
  double w, h;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  set_font (cr, size, bold, FALSE);
  cairo_text_extents (cr, text, &extents);
  cairo_font_extents (cr, &font);
  w = extents.x_advance;
  h = font.ascent + font.descent * 0.5;

  for (guint i = 0; i < 8; i++)
    {
      /* Top left corner of the text box for each position. */
      const double d = gap + 3;
      const double diag = gap + 1; /* clear of the marker's square box */
      double positions[8][2] = {
        { cx + d, cy - h / 2 },
        { cx - d - w, cy - h / 2 },
        { cx - w / 2, cy - d - h },
        { cx - w / 2, cy + d },
        { cx + diag, cy - diag - h },
        { cx + diag, cy + diag },
        { cx - diag - w, cy - diag - h },
        { cx - diag - w, cy + diag },
      };
      Box box = { positions[i][0] - 1, positions[i][1] - 1,
                  positions[i][0] + w + 1, positions[i][1] + h + 1 };

      if (box_is_free (taken, &box, view->width, view->height))
        {
          Label label = { text, NULL, positions[i][0], positions[i][1] + font.ascent,
                          size, bold, FALSE, color };

          g_array_append_val (taken, box);
          g_array_append_val (labels, label);
          return TRUE;
        }
    }

  return FALSE;
}

static void
arc_points (const TsView   *view,
            const TsMapArc *arc,
            double          p[3][2])
{
  double dx, dy, length;

  ts_view_lonlat_to_pixel (view, arc->from_lon, arc->from_lat, &p[0][0], &p[0][1]);
  ts_view_lonlat_to_pixel (view, arc->to_lon, arc->to_lat, &p[2][0], &p[2][1]);
  dx = p[2][0] - p[0][0];
  dy = p[2][1] - p[0][1];
  length = sqrt (dx * dx + dy * dy);

  /* The control point, a quarter of the chord off its middle, on the side
   * that bends the curve upwards: ties read as a fan of bows. */
  p[1][0] = (p[0][0] + p[2][0]) / 2;
  p[1][1] = (p[0][1] + p[2][1]) / 2;
  if (length > 0)
    {
      double nx = -dy / length, ny = dx / length;

      if (ny > 0)
        {
          nx = -nx;
          ny = -ny;
        }
      p[1][0] += nx * length * 0.25;
      p[1][1] += ny * length * 0.25;
    }
}

static void
append_arc_path (cairo_t *cr,
                 double   p[3][2])
{
  /* The quadratic Bézier as the cubic cairo wants. */
  cairo_move_to (cr, p[0][0], p[0][1]);
  cairo_curve_to (cr,
                  p[0][0] + 2.0 / 3.0 * (p[1][0] - p[0][0]),
                  p[0][1] + 2.0 / 3.0 * (p[1][1] - p[0][1]),
                  p[2][0] + 2.0 / 3.0 * (p[1][0] - p[2][0]),
                  p[2][1] + 2.0 / 3.0 * (p[1][1] - p[2][1]),
                  p[2][0], p[2][1]);
}

static void
arc_point_at (double  p[3][2],
              double  t,
              double *x,
              double *y)
{
  double u = 1 - t;

  *x = u * u * p[0][0] + 2 * u * t * p[1][0] + t * t * p[2][0];
  *y = u * u * p[0][1] + 2 * u * t * p[1][1] + t * t * p[2][1];
}

static gboolean
is_selected (TsMapRenderer *self,
             const char    *id)
{
  return self->selected != NULL && g_strcmp0 (self->selected, id) == 0;
}

static void
draw_arcs (TsMapRenderer *self,
           cairo_t       *cr,
           const TsView  *view)
{
  guint n = ts_map_scene_get_n_arcs (self->scene);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (self->scene, i);
      const Rgb *color = &arc_colors[arc->kind];
      double p[3][2];

      arc_points (view, arc, p);
      cairo_new_path (cr);
      append_arc_path (cr, p);
      if (is_selected (self, arc->id))
        {
          set_color (cr, &selection_color);
          cairo_set_line_width (cr, ARC_WIDTH + 6);
          cairo_stroke_preserve (cr);
        }
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_set_line_width (cr, ARC_WIDTH + 2);
      cairo_stroke_preserve (cr);
      set_color (cr, color);
      cairo_set_line_width (cr, ARC_WIDTH);
      if (arc->kind == TS_MAP_ARC_OTHER)
        {
          double dashes[] = { 6, 4 };

          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* The ends, so that a tie is readable where no marker covers it. */
      for (guint e = 0; e < 3; e += 2)
        {
          cairo_new_path (cr);
          cairo_arc (cr, p[e][0], p[e][1], ARC_WIDTH + 0.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

static void
append_route_path (cairo_t          *cr,
                   const TsView     *view,
                   const TsMapRoute *route)
{
  for (guint i = 0; i < route->n_points; i++)
    {
      double px, py;

      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &px, &py);
      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
}

static void
draw_routes (TsMapRenderer *self,
             cairo_t       *cr,
             const TsView  *view)
{
  guint n = ts_map_scene_get_n_routes (self->scene);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const TsMapRoute *route = ts_map_scene_get_route (self->scene, i);
      double dashes[] = { 7, 7 };

      if (route->n_points < 2)
        continue;

      cairo_new_path (cr);
      append_route_path (cr, view, route);
      if (is_selected (self, route->id))
        {
          set_color (cr, &selection_color);
          cairo_set_line_width (cr, ROUTE_WIDTH + 2 * ROUTE_CASING + 6);
          cairo_stroke_preserve (cr);
        }
      set_color (cr, &halo_color);
      cairo_set_line_width (cr, ROUTE_WIDTH + 2 * ROUTE_CASING);
      cairo_stroke_preserve (cr);
      set_color (cr, &route_color);
      cairo_set_line_width (cr, ROUTE_WIDTH);
      cairo_stroke_preserve (cr);
      /* Ties inside the line: the usual sign for a railway or a road
       * being built, and it sets routes apart from borders. */
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }
  cairo_restore (cr);
}

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
draw_marker (TsMapRenderer     *self,
             cairo_t           *cr,
             const TsView      *view,
             const TsMapMarker *marker)
{
  double cx, cy, radius = marker_radius (marker);
  const Rgb *fill = marker->emphasis ? &marker_strong_color : &marker_color;

  ts_view_lonlat_to_pixel (view, marker->lon, marker->lat, &cx, &cy);

  if (is_selected (self, marker->id))
    {
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, radius + 5, 0, 2 * G_PI);
      set_color (cr, &selection_color);
      cairo_fill (cr);
    }

  /* A soft shadow lifts the marker off the map. */
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy + 1, radius + 1.5, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_fill (cr);

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  set_color (cr, fill);
  cairo_fill_preserve (cr);
  set_color (cr, &halo_color);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

/* The number of meetings, in a pill centred on (bx, by). */
static void
draw_badge (cairo_t *cr,
            double   bx,
            double   by,
            guint    count)
{
  char text[16];
  cairo_text_extents_t extents;
  double w, h = 14;

  g_snprintf (text, sizeof text, "%u", count);
  set_font (cr, 9.5, TRUE, FALSE);
  cairo_text_extents (cr, text, &extents);
  w = MAX (h, extents.x_advance + 8);

  cairo_new_path (cr);
  cairo_arc (cr, bx - w / 2 + h / 2, by, h / 2, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, bx + w / 2 - h / 2, by, h / 2, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  set_color (cr, &badge_color);
  cairo_fill_preserve (cr);
  set_color (cr, &halo_color);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  cairo_move_to (cr, bx - extents.x_bearing - extents.width / 2,
                 by - extents.y_bearing - extents.height / 2);
  cairo_text_path (cr, text);
  set_color (cr, &halo_color);
  cairo_fill (cr);
}

/* The point at @fraction of the route's length on screen. */
static void
route_point_at (const TsView     *view,
                const TsMapRoute *route,
                double            fraction,
                double           *mx,
                double           *my)
{
  double total = 0, walked = 0;
  double px = 0, py = 0;

  for (guint i = 1; i < route->n_points; i++)
    {
      double ax, ay, bx, by;

      ts_view_lonlat_to_pixel (view, route->points[i - 1].lon, route->points[i - 1].lat, &ax, &ay);
      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &bx, &by);
      total += hypot (bx - ax, by - ay);
    }

  ts_view_lonlat_to_pixel (view, route->points[0].lon, route->points[0].lat, &px, &py);
  *mx = px;
  *my = py;
  for (guint i = 1; i < route->n_points; i++)
    {
      double bx, by, step;

      ts_view_lonlat_to_pixel (view, route->points[i].lon, route->points[i].lat, &bx, &by);
      step = hypot (bx - px, by - py);
      if (step > 0 && walked + step >= total * fraction)
        {
          double t = (total * fraction - walked) / step;

          *mx = px + t * (bx - px);
          *my = py + t * (by - py);
          return;
        }
      walked += step;
      px = bx;
      py = by;
    }
}

static void
draw_legend_row_text (cairo_t    *cr,
                      double      x,
                      double      y,
                      const char *text)
{
  set_font (cr, 11, FALSE, FALSE);
  set_color (cr, &legend_text_color);
  cairo_move_to (cr, x, y + 4);
  cairo_show_text (cr, text);
}

typedef enum
{
  ROW_COUNTRY,
  ROW_MARKER,
  ROW_BADGE,
  ROW_ARC,
  ROW_ROUTE,
} RowKind;

typedef struct
{
  RowKind     kind;
  int         index;
  const char *text;
} LegendRow;

static Box
draw_legend (TsMapRenderer *self,
             cairo_t       *cr,
             const TsView  *view,
             gboolean       draw)
{
  LegendRow rows[16];
  guint n_rows = 0;
  gboolean arc_kinds[TS_MAP_N_ARC_KINDS] = { FALSE, };
  gboolean any_meetings = FALSE;
  const double row_height = 19, swatch = 26, pad = 10;
  double text_width = 0, w, h, x, y;
  Box box;

  rows[n_rows++] = (LegendRow) { ROW_COUNTRY, 0, _("China") };
  rows[n_rows++] = (LegendRow) { ROW_COUNTRY, 1, _("Kyrgyzstan") };
  rows[n_rows++] = (LegendRow) { ROW_COUNTRY, 2, _("Uzbekistan") };

  if (self->scene != NULL)
    {
      if (ts_map_scene_get_n_markers (self->scene) > 0)
        rows[n_rows++] = (LegendRow) { ROW_MARKER, 0, _("Place, sized by records") };
      for (guint i = 0; i < ts_map_scene_get_n_markers (self->scene); i++)
        any_meetings |= ts_map_scene_get_marker (self->scene, i)->n_meetings > 0;
      if (any_meetings)
        rows[n_rows++] = (LegendRow) { ROW_BADGE, 0, _("Meetings held there") };
      for (guint i = 0; i < ts_map_scene_get_n_arcs (self->scene); i++)
        arc_kinds[ts_map_scene_get_arc (self->scene, i)->kind] = TRUE;
      if (arc_kinds[TS_MAP_ARC_FRIENDLY_PROVINCES])
        rows[n_rows++] = (LegendRow) { ROW_ARC, TS_MAP_ARC_FRIENDLY_PROVINCES,
                                       _("Friendly provinces") };
      if (arc_kinds[TS_MAP_ARC_SISTER_CITIES])
        rows[n_rows++] = (LegendRow) { ROW_ARC, TS_MAP_ARC_SISTER_CITIES, _("Sister cities") };
      if (arc_kinds[TS_MAP_ARC_OTHER])
        rows[n_rows++] = (LegendRow) { ROW_ARC, TS_MAP_ARC_OTHER, _("Other ties") };
      if (ts_map_scene_get_n_routes (self->scene) > 0)
        rows[n_rows++] = (LegendRow) { ROW_ROUTE, 0, _("Railway or road project") };
    }

  set_font (cr, 11, FALSE, FALSE);
  for (guint i = 0; i < n_rows; i++)
    {
      cairo_text_extents_t extents;

      cairo_text_extents (cr, rows[i].text, &extents);
      text_width = MAX (text_width, extents.x_advance);
    }

  w = pad + swatch + 8 + text_width + pad;
  h = pad + n_rows * row_height + pad - 4;
  x = MARGIN;
  y = view->height - MARGIN - h;
  box = (Box) { x, y, x + w, y + h };
  if (!draw)
    return box;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x + w - 6, y + 6, 6, -G_PI / 2, 0);
  cairo_arc (cr, x + w - 6, y + h - 6, 6, 0, G_PI / 2);
  cairo_arc (cr, x + 6, y + h - 6, 6, G_PI / 2, G_PI);
  cairo_arc (cr, x + 6, y + 6, 6, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.14);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = 0; i < n_rows; i++)
    {
      double cx = x + pad + swatch / 2;
      double cy = y + pad + i * row_height + row_height / 2 - 2;

      cairo_new_path (cr);
      switch (rows[i].kind)
        {
        case ROW_COUNTRY:
          cairo_rectangle (cr, cx - swatch / 2 + 0.5, cy - 6.5, swatch - 1, 13);
          set_color (cr, &emphasised[rows[i].index].fill);
          cairo_fill_preserve (cr);
          set_color (cr, &emphasised[rows[i].index].border);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          break;

        case ROW_MARKER:
          cairo_arc (cr, cx - 6, cy, 4, 0, 2 * G_PI);
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx + 5, cy, 7, 0, 2 * G_PI);
          set_color (cr, &marker_color);
          cairo_fill_preserve (cr);
          set_color (cr, &halo_color);
          cairo_set_line_width (cr, 1.2);
          cairo_stroke (cr);
          break;

        case ROW_BADGE:
          draw_badge (cr, cx, cy, 3);
          break;

        case ROW_ARC:
          cairo_move_to (cr, cx - swatch / 2 + 2, cy + 4);
          cairo_curve_to (cr, cx - 4, cy - 6, cx + 4, cy - 6, cx + swatch / 2 - 2, cy + 4);
          set_color (cr, &arc_colors[rows[i].index]);
          cairo_set_line_width (cr, ARC_WIDTH);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          if (rows[i].index == TS_MAP_ARC_OTHER)
            {
              double dashes[] = { 4, 3 };

              cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
            }
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        case ROW_ROUTE:
          {
            double dashes[] = { 5, 5 };

            cairo_move_to (cr, cx - swatch / 2 + 3, cy);
            cairo_line_to (cr, cx + swatch / 2 - 3, cy);
            set_color (cr, &route_color);
            cairo_set_line_width (cr, ROUTE_WIDTH);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
            cairo_stroke_preserve (cr);
            cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
            cairo_set_line_width (cr, 1.5);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
            cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
          }
          break;

        default:
          g_assert_not_reached ();
        }

      draw_legend_row_text (cr, x + pad + swatch + 8, cy, rows[i].text);
    }
  cairo_restore (cr);

  return box;
}

/* A round length of 75–150 pixels at the view's centre. */
static Box
draw_scale_bar (cairo_t      *cr,
                const TsView *view,
                double        bottom,
                gboolean      draw)
{
  double metres_per_pixel = ts_view_metres_per_pixel (view);
  double target_km = metres_per_pixel * 150 / 1000;
  double magnitude = pow (10, floor (log10 (target_km)));
  double km = magnitude;
  double length, x1, x0, y;
  char text[32];
  cairo_text_extents_t extents;

  if (5 * magnitude <= target_km)
    km = 5 * magnitude;
  else if (2 * magnitude <= target_km)
    km = 2 * magnitude;
  length = km * 1000 / metres_per_pixel;
  x1 = view->width - MARGIN;
  x0 = x1 - length;
  y = bottom;

  g_snprintf (text, sizeof text, _("%g km"), km);
  set_font (cr, 10.5, FALSE, FALSE);
  cairo_text_extents (cr, text, &extents);
  if (draw)
    {
      cairo_save (cr);
      cairo_new_path (cr);
      cairo_move_to (cr, x0, y - 6);
      cairo_line_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_line_to (cr, x1, y - 6);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_set_line_width (cr, 4);
      cairo_stroke_preserve (cr);
      set_color (cr, &legend_text_color);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      show_text_with_halo (cr, text, (x0 + x1) / 2 - extents.x_advance / 2, y - 5,
                           &legend_text_color, 3);
      cairo_restore (cr);
    }

  return (Box) { MIN (x0, (x0 + x1) / 2 - extents.x_advance / 2) - 2, y - 18, x1 + 2, y + 3 };
}

static Box
draw_attribution (TsMapRenderer *self,
                  cairo_t       *cr,
                  const TsView  *view,
                  gboolean       draw)
{
  const char *text = ts_basemap_get_attribution (self->basemap);
  cairo_text_extents_t extents;
  double x, y;

  set_font (cr, 9, FALSE, FALSE);
  cairo_text_extents (cr, text, &extents);
  x = view->width - MARGIN - extents.x_advance;
  y = view->height - 6;
  if (draw)
    show_text_with_halo (cr, text, x, y, &country_label_color, 2.5);

  return (Box) { x - 2, y - 11, view->width, view->height };
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
place_country_labels (TsMapRenderer *self,
                      cairo_t       *cr,
                      const TsView  *view,
                      GArray        *taken,
                      GArray        *labels)
{
  TsBasemapLayer layers[2] = { TS_BASEMAP_LAYER_REGION, TS_BASEMAP_LAYER_WORLD };
  gboolean region = use_region_layer (view);
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();

  /* The emphasised countries first, then the rest by size, so that the
   * names that matter get the room. */
  for (guint i = 0; i < G_N_ELEMENTS (emphasised); i++)
    {
      const TsBasemapCountry *country =
        ts_basemap_lookup_country (self->basemap, region ? layers[0] : layers[1],
                                   emphasised[i].iso_a2);

      if (country != NULL)
        g_ptr_array_add (countries, (gpointer) country);
    }
  for (guint l = region ? 0 : 1; l < 2; l++)
    {
      guint n = ts_basemap_get_n_countries (self->basemap, layers[l]);

      for (guint i = 0; i < n; i++)
        {
          const TsBasemapCountry *country = ts_basemap_get_country (self->basemap, layers[l], i);

          if (find_emphasis (country->iso_a2) != NULL)
            continue;
          if (region && layers[l] == TS_BASEMAP_LAYER_WORLD
              && ts_basemap_country_in_region (self->basemap, country))
            continue;
          g_ptr_array_add (countries, (gpointer) country);
        }
    }

  for (guint i = 0; i < countries->len; i++)
    {
      const TsBasemapCountry *country = g_ptr_array_index (countries, i);
      gboolean strong = find_emphasis (country->iso_a2) != NULL;
      double size = strong ? 13 : 11;
      double room_w = country->main_width * view->scale;
      double room_h = country->main_height * view->scale;
      g_autofree char *text = strong ? g_utf8_strup (country->name, -1) : g_strdup (country->name);
      cairo_text_extents_t extents;
      double px, py;
      Box box;

      ts_view_to_pixel (view, country->label_x, country->label_y, &px, &py);
      if (px < 0 || py < 0 || px > view->width || py > view->height)
        continue;
      if (room_w < 30 || room_h < 12)
        continue;

      set_font (cr, size, strong, !strong);
      cairo_text_extents (cr, text, &extents);
      if (extents.x_advance > room_w * 0.8 || size * 1.6 > room_h)
        continue;

      /* The label point first; when a place's marker or label is in the
       * way, nearby points that are still inside the country. */
      for (guint c = 0; c < 7; c++)
        {
          const double offsets[7][2] = {
            { 0, 0 }, { 0, -2 }, { 0, 2 }, { -0.6, 0 }, { 0.6, 0 }, { 0, -3.5 }, { 0, 3.5 },
          };
          double lx = px + offsets[c][0] * extents.x_advance;
          double ly = py + offsets[c][1] * size;
          double x, y;

          box = (Box) { lx - extents.x_advance / 2 - 2, ly - size / 2 - 2,
                        lx + extents.x_advance / 2 + 2, ly + size / 2 + 2 };
          if (!box_is_free (taken, &box, view->width, view->height))
            continue;
          ts_view_from_pixel (view, lx, ly, &x, &y);
          if (c > 0 && !country_contains (country, x, y))
            continue;

          {
            Label label = { NULL, g_steal_pointer (&text), lx - extents.x_advance / 2,
                            ly + size * 0.36, size, strong, !strong,
                            strong ? &strong_label_color : &country_label_color };

            label.text = label.owned_text;
            g_array_append_val (taken, box);
            g_array_append_val (labels, label);
          }
          break;
        }
    }
}

static void
draw_labels (cairo_t *cr,
             GArray  *labels)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const Label *label = &g_array_index (labels, Label, i);

      set_font (cr, label->size, label->bold, label->italic);
      show_text_with_halo (cr, label->text, label->x, label->y, label->color,
                           label->size > 11.5 ? 3.5 : 3);
    }
}

static void
draw_scene (TsMapRenderer *self,
            cairo_t       *cr,
            const TsView  *view)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) scene_labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autoptr(GArray) country_labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autoptr(GPtrArray) markers = NULL;
  Box reserved[3];
  double scale_bottom;

  g_array_set_clear_func (scene_labels, clear_label);
  g_array_set_clear_func (country_labels, clear_label);

  /* What sits on top of the map is reserved before any label is placed. */
  reserved[0] = draw_attribution (self, cr, view, FALSE);
  scale_bottom = reserved[0].y0 - 4;
  reserved[1] = draw_scale_bar (cr, view, scale_bottom, FALSE);
  reserved[2] = self->show_legend ? draw_legend (self, cr, view, FALSE) : (Box) { 0, 0, 0, 0 };
  g_array_append_vals (taken, reserved, G_N_ELEMENTS (reserved));

  if (self->scene != NULL)
    {
      const TsMapMarker *selected_marker = NULL;

      markers = get_markers_in_drawing_order (self->scene);
      for (guint i = 0; i < markers->len; i++)
        {
          const TsMapMarker *marker = g_ptr_array_index (markers, i);
          double cx, cy, r = marker_radius (marker);
          Box box;

          ts_view_lonlat_to_pixel (view, marker->lon, marker->lat, &cx, &cy);
          box = (Box) { cx - r, cy - r, cx + r, cy + r };
          g_array_append_val (taken, box);
          if (marker->n_meetings > 0)
            {
              double bx, by;

              badge_geometry (cx, cy, r, &bx, &by);
              box = (Box) { bx - 9, by - 7, bx + 9, by + 7 };
              g_array_append_val (taken, box);
            }
          if (is_selected (self, marker->id))
            selected_marker = marker;
        }

      /* Labels keep off the routes, too: boxes every few pixels along them. */
      for (guint i = 0; i < ts_map_scene_get_n_routes (self->scene); i++)
        {
          const TsMapRoute *route = ts_map_scene_get_route (self->scene, i);
          const double half = ROUTE_WIDTH / 2 + ROUTE_CASING;
          double ax = 0, ay = 0;

          for (guint p = 0; p < route->n_points; p++)
            {
              double bx, by, length;
              guint steps;

              ts_view_lonlat_to_pixel (view, route->points[p].lon, route->points[p].lat,
                                       &bx, &by);
              length = p > 0 ? hypot (bx - ax, by - ay) : 0;
              steps = MIN ((guint) (length / 6) + 1, 2000);
              for (guint s = 0; s <= steps; s++)
                {
                  double x = p > 0 ? ax + (bx - ax) * s / steps : bx;
                  double y = p > 0 ? ay + (by - ay) * s / steps : by;
                  Box box = { x - half, y - half, x + half, y + half };

                  if (x > -half && y > -half && x < view->width + half
                      && y < view->height + half)
                    g_array_append_val (taken, box);
                }
              ax = bx;
              ay = by;
            }
        }

      /* Labels: the selected place, emphasised places, then by weight. */
      for (guint pass = 0; pass < 3; pass++)
        {
          for (guint i = 0; i < markers->len; i++)
            {
              const TsMapMarker *marker = g_ptr_array_index (markers, i);
              double cx, cy;

              if ((pass == 0) != (marker == selected_marker))
                continue;
              if (pass > 0 && (pass == 1) != marker->emphasis)
                continue;
              ts_view_lonlat_to_pixel (view, marker->lon, marker->lat, &cx, &cy);
              place_label_around (cr, taken, scene_labels, view, marker->label, cx, cy,
                                  marker_radius (marker), marker->emphasis ? 12 : 11,
                                  marker->emphasis || marker == selected_marker, &text_color);
            }
        }

      for (guint i = 0; i < ts_map_scene_get_n_routes (self->scene); i++)
        {
          const TsMapRoute *route = ts_map_scene_get_route (self->scene, i);
          const double fractions[] = { 0.5, 0.3, 0.7, 0.15, 0.85 };

          if (route->n_points < 2)
            continue;
          for (guint f = 0; f < G_N_ELEMENTS (fractions); f++)
            {
              double mx, my;

              route_point_at (view, route, fractions[f], &mx, &my);
              if (place_label_around (cr, taken, scene_labels, view, route->label, mx, my,
                                      ROUTE_WIDTH + 2, 10.5, TRUE, &route_color))
                break;
            }
        }

      for (guint i = 0; i < ts_map_scene_get_n_arcs (self->scene); i++)
        {
          const TsMapArc *arc = ts_map_scene_get_arc (self->scene, i);
          double p[3][2], mx, my;

          if (!is_selected (self, arc->id))
            continue;
          arc_points (view, arc, p);
          arc_point_at (p, 0.5, &mx, &my);
          place_label_around (cr, taken, scene_labels, view, arc->label, mx, my,
                              ARC_WIDTH + 2, 10.5, TRUE, &arc_colors[arc->kind]);
        }
    }

  place_country_labels (self, cr, view, taken, country_labels);
  draw_labels (cr, country_labels);

  if (self->scene != NULL)
    {
      draw_arcs (self, cr, view);
      draw_routes (self, cr, view);
      for (guint i = 0; i < markers->len; i++)
        draw_marker (self, cr, view, g_ptr_array_index (markers, i));
      for (guint i = 0; i < markers->len; i++)
        {
          const TsMapMarker *marker = g_ptr_array_index (markers, i);
          double cx, cy, bx, by;

          if (marker->n_meetings == 0)
            continue;
          ts_view_lonlat_to_pixel (view, marker->lon, marker->lat, &cx, &cy);
          badge_geometry (cx, cy, marker_radius (marker), &bx, &by);
          draw_badge (cr, bx, by, marker->n_meetings);
        }
      draw_labels (cr, scene_labels);
    }

  if (self->show_legend)
    draw_legend (self, cr, view, TRUE);
  draw_scale_bar (cr, view, scale_bottom, TRUE);
  draw_attribution (self, cr, view, TRUE);
}

static double
distance_to_segment (double px,
                     double py,
                     double ax,
                     double ay,
                     double bx,
                     double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = 0;

  if (length2 > 0)
    t = CLAMP (((px - ax) * dx + (py - ay) * dy) / length2, 0, 1);

  return hypot (px - ax - t * dx, py - ay - t * dy);
}

/* Cairo's stream writer onto the export's temporary file. */
typedef struct
{
  TsExportFile *file;
  GError       *error;
} FileWriter;

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  FileWriter *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!ts_export_file_write (writer->file, data, length, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} FileFormat;

static gboolean
get_format_for_path (const char  *path,
                     FileFormat  *format,
                     GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    {
      g_set_error (error, TS_ERROR, TS_ERROR_USAGE,
                   _("Cannot save the map as “%s”: the name must end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }

  return TRUE;
}

static void
draw_on_surface (TsMapRenderer   *self,
                 cairo_surface_t *surface,
                 int              width,
                 int              height)
{
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (self, cr, width, height);
}

static cairo_status_t
write_surface (TsMapRenderer *self,
               FileFormat     format,
               FileWriter    *writer,
               int            width,
               int            height)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  cairo_status_t status;

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      draw_on_surface (self, surface, width, height);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, write_to_file, writer);
      return status;

    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_file, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tianshan");
      break;

    default:
      g_assert_not_reached ();
    }

  draw_on_surface (self, surface, width, height);
  cairo_surface_finish (surface);

  return cairo_surface_status (surface);
}

static void
ts_map_renderer_dispose (GObject *object)
{
  TsMapRenderer *self = (TsMapRenderer *)object;

  g_clear_object (&self->basemap);
  g_clear_object (&self->scene);

  G_OBJECT_CLASS (ts_map_renderer_parent_class)->dispose (object);
}

static void
ts_map_renderer_finalize (GObject *object)
{
  TsMapRenderer *self = (TsMapRenderer *)object;

  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (ts_map_renderer_parent_class)->finalize (object);
}

static void
ts_map_renderer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsMapRenderer *self = TS_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      g_value_set_object (value, self->basemap);
      break;

    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;

    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    case PROP_SHOW_GRATICULE:
      g_value_set_boolean (value, self->show_graticule);
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_renderer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsMapRenderer *self = TS_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      self->basemap = g_value_dup_object (value);
      break;

    case PROP_SCENE:
      ts_map_renderer_set_scene (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      ts_map_renderer_set_selected (self, g_value_get_string (value));
      break;

    case PROP_SHOW_GRATICULE:
      ts_map_renderer_set_show_graticule (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_LEGEND:
      ts_map_renderer_set_show_legend (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_renderer_class_init (TsMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_map_renderer_dispose;
  object_class->finalize = ts_map_renderer_finalize;
  object_class->get_property = ts_map_renderer_get_property;
  object_class->set_property = ts_map_renderer_set_property;

  properties[PROP_BASEMAP] =
    g_param_spec_object ("basemap", NULL, NULL,
                         TS_TYPE_BASEMAP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCENE] =
    g_param_spec_object ("scene", NULL, NULL,
                         TS_TYPE_MAP_SCENE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_GRATICULE] =
    g_param_spec_boolean ("show-graticule", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_map_renderer_init (TsMapRenderer *self)
{
  self->center_lon = TS_MAP_DEFAULT_CENTER_LON;
  self->center_lat = TS_MAP_DEFAULT_CENTER_LAT;
  self->zoom = TS_MAP_DEFAULT_ZOOM;
  self->width = 800;
  self->height = 600;
  self->show_graticule = TRUE;
  self->show_legend = TRUE;
}

TsMapRenderer *
ts_map_renderer_new (TsBasemap *basemap)
{
  g_return_val_if_fail (TS_IS_BASEMAP (basemap), NULL);

  return g_object_new (TS_TYPE_MAP_RENDERER, "basemap", basemap, NULL);
}

TsBasemap *
ts_map_renderer_get_basemap (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->basemap;
}

TsMapScene *
ts_map_renderer_get_scene (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->scene;
}

void
ts_map_renderer_set_scene (TsMapRenderer *self,
                           TsMapScene    *scene)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (scene == NULL || TS_IS_MAP_SCENE (scene));

  if (g_set_object (&self->scene, scene))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

void
ts_map_renderer_set_view (TsMapRenderer *self,
                          double         center_lon,
                          double         center_lat,
                          double         zoom)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->center_lon = isfinite (center_lon) ? center_lon : TS_MAP_DEFAULT_CENTER_LON;
  self->center_lat = CLAMP (isfinite (center_lat) ? center_lat : TS_MAP_DEFAULT_CENTER_LAT,
                            -80.0, 85.0);
  self->zoom = CLAMP (isfinite (zoom) ? zoom : TS_MAP_DEFAULT_ZOOM,
                      TS_VIEW_MIN_ZOOM, TS_VIEW_MAX_ZOOM);
}

void
ts_map_renderer_get_view (TsMapRenderer *self,
                          double        *center_lon,
                          double        *center_lat,
                          double        *zoom)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  if (center_lon != NULL)
    *center_lon = self->center_lon;
  if (center_lat != NULL)
    *center_lat = self->center_lat;
  if (zoom != NULL)
    *zoom = self->zoom;
}

void
ts_map_renderer_set_size (TsMapRenderer *self,
                          int            width,
                          int            height)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
}

void
ts_map_renderer_get_projected_view (TsMapRenderer *self,
                                    TsView        *view)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (view != NULL);

  get_view (self, view);
}

const char *
ts_map_renderer_get_selected (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  return self->selected;
}

void
ts_map_renderer_set_selected (TsMapRenderer *self,
                              const char    *id)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  if (g_strcmp0 (self->selected, id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
ts_map_renderer_get_show_graticule (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  return self->show_graticule;
}

void
ts_map_renderer_set_show_graticule (TsMapRenderer *self,
                                    gboolean       show)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  show = !!show;
  if (self->show_graticule != show)
    {
      self->show_graticule = show;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GRATICULE]);
    }
}

gboolean
ts_map_renderer_get_show_legend (TsMapRenderer *self)
{
  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  return self->show_legend;
}

void
ts_map_renderer_set_show_legend (TsMapRenderer *self,
                                 gboolean       show)
{
  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  show = !!show;
  if (self->show_legend != show)
    {
      self->show_legend = show;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
    }
}

void
ts_map_renderer_draw (TsMapRenderer *self,
                      cairo_t       *cr,
                      int            width,
                      int            height)
{
  TsView view;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  ts_map_renderer_set_size (self, width, height);
  get_view (self, &view);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view.width, view.height);
  cairo_clip (cr);
  set_color (cr, &sea_color);
  cairo_paint (cr);

  draw_basemap (self, cr, &view);
  if (self->show_graticule)
    draw_graticule (cr, &view);
  draw_scene (self, cr, &view);
  cairo_restore (cr);
}

const char *
ts_map_renderer_hit_test (TsMapRenderer *self,
                          double         x,
                          double         y)
{
  g_autoptr(GPtrArray) markers = NULL;
  TsView view;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);

  if (self->scene == NULL)
    return NULL;

  get_view (self, &view);

  /* Topmost first: markers are drawn by decreasing size. */
  markers = get_markers_in_drawing_order (self->scene);
  for (guint i = markers->len; i > 0; i--)
    {
      const TsMapMarker *marker = g_ptr_array_index (markers, i - 1);
      double cx, cy;

      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &cx, &cy);
      if (hypot (x - cx, y - cy) <= marker_radius (marker) + TS_MAP_HIT_TOLERANCE)
        return marker->id;
    }

  for (guint i = ts_map_scene_get_n_routes (self->scene); i > 0; i--)
    {
      const TsMapRoute *route = ts_map_scene_get_route (self->scene, i - 1);
      double ax = 0, ay = 0;

      for (guint p = 0; p < route->n_points; p++)
        {
          double bx, by;

          ts_view_lonlat_to_pixel (&view, route->points[p].lon, route->points[p].lat, &bx, &by);
          if (p > 0 && distance_to_segment (x, y, ax, ay, bx, by)
                       <= ROUTE_WIDTH / 2 + ROUTE_CASING + TS_MAP_HIT_TOLERANCE)
            return route->id;
          ax = bx;
          ay = by;
        }
    }

  for (guint i = ts_map_scene_get_n_arcs (self->scene); i > 0; i--)
    {
      const TsMapArc *arc = ts_map_scene_get_arc (self->scene, i - 1);
      double p[3][2], ax, ay;

      arc_points (&view, arc, p);
      ax = p[0][0];
      ay = p[0][1];
      for (guint s = 1; s <= 32; s++)
        {
          double bx, by;

          arc_point_at (p, s / 32.0, &bx, &by);
          if (distance_to_segment (x, y, ax, ay, bx, by) <= ARC_WIDTH / 2 + TS_MAP_HIT_TOLERANCE)
            return arc->id;
          ax = bx;
          ay = by;
        }
    }

  return NULL;
}

static void
extend_bounds (double *bounds,
               double  lon,
               double  lat)
{
  double x, y;

  ts_projection_forward (lon, lat, &x, &y);
  bounds[0] = MIN (bounds[0], x);
  bounds[1] = MIN (bounds[1], y);
  bounds[2] = MAX (bounds[2], x);
  bounds[3] = MAX (bounds[3], y);
}

gboolean
ts_map_renderer_fit (TsMapRenderer *self,
                     int            width,
                     int            height,
                     double         padding)
{
  double bounds[4] = { INFINITY, INFINITY, -INFINITY, -INFINITY };
  double room_w, room_h, scale, lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);

  ts_map_renderer_set_size (self, width, height);

  if (self->scene != NULL)
    {
      for (guint i = 0; i < ts_map_scene_get_n_markers (self->scene); i++)
        {
          const TsMapMarker *marker = ts_map_scene_get_marker (self->scene, i);

          extend_bounds (bounds, marker->lon, marker->lat);
        }
      for (guint i = 0; i < ts_map_scene_get_n_arcs (self->scene); i++)
        {
          const TsMapArc *arc = ts_map_scene_get_arc (self->scene, i);

          extend_bounds (bounds, arc->from_lon, arc->from_lat);
          extend_bounds (bounds, arc->to_lon, arc->to_lat);
        }
      for (guint i = 0; i < ts_map_scene_get_n_routes (self->scene); i++)
        {
          const TsMapRoute *route = ts_map_scene_get_route (self->scene, i);

          for (guint p = 0; p < route->n_points; p++)
            extend_bounds (bounds, route->points[p].lon, route->points[p].lat);
        }
    }

  if (!isfinite (bounds[0]))
    {
      ts_map_renderer_set_view (self, TS_MAP_DEFAULT_CENTER_LON, TS_MAP_DEFAULT_CENTER_LAT,
                                TS_MAP_DEFAULT_ZOOM);
      return FALSE;
    }

  /* Markers and labels need room beyond the points themselves. */
  room_w = MAX (self->width - 2 * padding, 1);
  room_h = MAX (self->height - 2 * padding, 1);
  scale = MIN (room_w / MAX (bounds[2] - bounds[0], 1), room_h / MAX (bounds[3] - bounds[1], 1));
  zoom = MIN (ts_view_zoom_for_scale (scale), 9.0);

  if (!ts_projection_inverse ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2,
                              &lon, &lat))
    {
      lon = TS_MAP_DEFAULT_CENTER_LON;
      lat = TS_MAP_DEFAULT_CENTER_LAT;
    }
  ts_map_renderer_set_view (self, lon, lat, zoom);

  return TRUE;
}

void
ts_map_renderer_zoom_at (TsMapRenderer *self,
                         double         x,
                         double         y,
                         double         delta)
{
  TsView view;
  double px, py, zoom, cx, cy, lon, lat;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  get_view (self, &view);
  ts_view_from_pixel (&view, x, y, &px, &py);
  zoom = CLAMP (self->zoom + delta, TS_VIEW_MIN_ZOOM, TS_VIEW_MAX_ZOOM);
  /* Keep (px, py) under the pointer at the new scale. */
  view.scale = ts_view_scale_for_zoom (zoom);
  cx = px - (x - view.width / 2) / view.scale;
  cy = py + (y - view.height / 2) / view.scale;
  if (ts_projection_inverse (cx, cy, &lon, &lat))
    ts_map_renderer_set_view (self, lon, lat, zoom);
  else
    ts_map_renderer_set_view (self, self->center_lon, self->center_lat, zoom);
}

void
ts_map_renderer_pan (TsMapRenderer *self,
                     double         dx,
                     double         dy)
{
  TsView view;
  double lon, lat;

  g_return_if_fail (TS_IS_MAP_RENDERER (self));

  get_view (self, &view);
  if (ts_view_pixel_to_lonlat (&view, view.width / 2 - dx, view.height / 2 - dy, &lon, &lat))
    ts_map_renderer_set_view (self, lon, lat, self->zoom);
}

gboolean
ts_map_renderer_render_to_file (TsMapRenderer  *self,
                                const char     *path,
                                int             width,
                                int             height,
                                GError        **error)
{
  g_autoptr(TsExportFile) file = NULL;
  FileWriter writer = { NULL, NULL };
  cairo_status_t status;
  FileFormat format;
  int saved_width, saved_height;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_format_for_path (path, &format, error))
    return FALSE;
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_ERROR, TS_ERROR_USAGE,
                   _("Cannot save the map as “%s”: %d × %d is not a usable picture size"),
                   path, width, height);
      return FALSE;
    }

  /* Written as every export is (ts-export-file.h): beside the target and
   * renamed onto it once on disk, never over a read-only file. */
  writer.file = file = ts_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  saved_width = self->width;
  saved_height = self->height;
  status = write_surface (self, format, &writer, width, height);
  self->width = saved_width;
  self->height = saved_height;

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      ts_export_set_file_error (error, TS_ERROR_IO, path, cairo_status_to_string (status));
      return FALSE;
    }

  return ts_export_file_commit (file, error);
}

GBytes *
ts_map_renderer_render_to_png (TsMapRenderer  *self,
                               int             width,
                               int             height,
                               GError        **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;
  int saved_width, saved_height;

  g_return_val_if_fail (TS_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, TS_ERROR, TS_ERROR_USAGE,
                   _("Cannot draw the map: %d × %d is not a usable picture size"),
                   width, height);
      return NULL;
    }

  saved_width = self->width;
  saved_height = self->height;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  draw_on_surface (self, surface, width, height);
  self->width = saved_width;
  self->height = saved_height;

  png = g_byte_array_new ();
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_byte_array, png);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TS_ERROR, TS_ERROR_FAILED, _("Could not draw the map: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

gboolean
ts_map_render_to_file (TsBasemap   *basemap,
                       TsMapScene  *scene,
                       const char  *path,
                       int          width,
                       int          height,
                       GError     **error)
{
  g_autoptr(TsMapRenderer) renderer = NULL;

  g_return_val_if_fail (TS_IS_BASEMAP (basemap), FALSE);
  g_return_val_if_fail (scene == NULL || TS_IS_MAP_SCENE (scene), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, MAX (width, 1), MAX (height, 1), MIN (width, height) * 0.12);

  return ts_map_renderer_render_to_file (renderer, path, width, height, error);
}
