/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-style"

#include "config.h"

#include <math.h>

#include "ts-map-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

static const TsMapEmphasis emphasised[] = {
  { "CN", RGB (0xf8dcd5), RGB (0xc28a7f) },
  { "KG", RGB (0xfbe6b8), RGB (0xc39b4c) },
  { "UZ", RGB (0xd6ecd2), RGB (0x84ac7f) },
};

static const TsMapStyle default_style = {
  .sea = RGB (0xd5e4f0),
  .land = RGB (0xf6f5f2),
  .border = RGB (0xb3b0aa),
  .country_label = RGB (0x8a8790),
  .strong_label = RGB (0x3d3846),
  .text = RGB (0x241f31),
  .halo = RGB (0xffffff),
  .marker = RGB (0x1c71d8),        /* blue 4 */
  .marker_strong = RGB (0xe66100), /* orange 4 */
  .badge = RGB (0x241f31),
  .selection = RGB (0xf6d32d),     /* yellow 3 */
  .route = RGB (0xa51d2d),         /* red 5 */
  .legend_text = RGB (0x3d3846),
  .arcs = {
    RGB (0x813d9c), /* friendly provinces: purple 4 */
    RGB (0x26a269), /* sister cities: green 5 */
    RGB (0x5e5c64), /* other: dark 2 */
  },
  /* Teal, light to strong: apart from the sea's blue, the markers' blue
   * and orange and the ties' purple and green; orange meeting markers
   * stand out on every step. */
  .area_tints = {
    RGB (0xdcf1ed),
    RGB (0xb4e0d8),
    RGB (0x86c8bd),
    RGB (0x58aba0),
  },
  .area_badge_text = RGB (0x17524b),
  .emphasised = emphasised,
  .n_emphasised = G_N_ELEMENTS (emphasised),
  .font_family = "Sans",
  .marker_min_radius = 4.5,
  .marker_max_radius = 22.0,
  .route_width = 5.0,
  .route_casing = 2.5,
  .arc_width = 2.5,
  .margin = 12.0,
};

const TsMapStyle *
ts_map_style_get_default (void)
{
  return &default_style;
}

const TsMapStyle *
ts_map_style_get_emphatic (void)
{
  static TsMapStyle emphatic;
  static gsize set_up;

  if (g_once_init_enter (&set_up))
    {
      emphatic = default_style;
      emphatic.route_width = 1.6 * default_style.route_width;
      emphatic.route_casing = 1.2 * default_style.route_casing;
      emphatic.arc_width = 1.6 * default_style.arc_width;
      g_once_init_leave (&set_up, 1);
    }
  return &emphatic;
}

const TsMapEmphasis *
ts_map_style_find_emphasis (const TsMapStyle *style,
                            const char       *iso_a2)
{
  for (guint i = 0; i < style->n_emphasised; i++)
    {
      if (g_str_equal (style->emphasised[i].iso_a2, iso_a2))
        return &style->emphasised[i];
    }

  return NULL;
}

double
ts_map_style_marker_radius (const TsMapStyle  *style,
                            const TsMapMarker *marker)
{
  return MIN (style->marker_min_radius + 2.6 * sqrt (marker->weight), style->marker_max_radius);
}

void
ts_map_style_set_color (cairo_t        *cr,
                        const TsMapRgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

void
ts_map_style_show_text_with_halo (const TsMapStyle *style,
                                  TsMapText        *setter,
                                  cairo_t          *cr,
                                  const char       *text,
                                  double            size,
                                  TsMapTextFlags    flags,
                                  double            x,
                                  double            y,
                                  const TsMapRgb   *color,
                                  double            halo_width)
{
  cairo_new_path (cr);
  ts_map_text_path (setter, cr, text, size, flags, x, y);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, style->halo.r, style->halo.g, style->halo.b, 0.85);
  cairo_set_line_width (cr, halo_width);
  cairo_stroke (cr);
  ts_map_style_set_color (cr, color);
  ts_map_text_show (setter, cr, text, size, flags, x, y);
}
