/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "ts-map-scene.h"
#include "ts-map-text.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b;
} TsMapRgb;

/* A country the app is about, with its own tint. */
typedef struct
{
  const char *iso_a2;
  TsMapRgb    fill;
  TsMapRgb    border;
} TsMapEmphasis;

/* The most steps of the tint of a country holding records (TsMapArea),
 * light to strong (ts-map-area-layer.h sets them). */
#define TS_MAP_N_AREA_STEPS 4

/* How the map looks: every colour, font and size the layers draw with, in
 * one place. Colours after the GNOME palette, softened for large areas. */
typedef struct
{
  TsMapRgb             sea;
  TsMapRgb             land;
  TsMapRgb             border;
  TsMapRgb             country_label;
  TsMapRgb             strong_label;
  TsMapRgb             text;
  TsMapRgb             halo;
  TsMapRgb             marker;
  TsMapRgb             marker_strong;
  TsMapRgb             badge;
  TsMapRgb             selection;
  TsMapRgb             route;
  TsMapRgb             legend_text;
  TsMapRgb             arcs[TS_MAP_N_ARC_KINDS];

  /* A country holding records: its tint, light to strong, and the
   * digits of its count badge. */
  TsMapRgb             area_tints[TS_MAP_N_AREA_STEPS];
  TsMapRgb             area_badge_text;

  /* China, Kyrgyzstan and Uzbekistan, in the legend's order. */
  const TsMapEmphasis *emphasised;
  guint                n_emphasised;

  const char          *font_family;
  double               marker_min_radius;
  double               marker_max_radius;
  double               route_width;
  double               route_casing;    /* the white edge on either side */
  double               arc_width;
  double               margin;          /* between the viewport's edge and the legend */
} TsMapStyle;

const TsMapStyle    *ts_map_style_get_default        (void);
/* The same with routes and arcs drawn stronger: for a briefing's map,
 * whose routes and arcs are what its scope is about. */
const TsMapStyle    *ts_map_style_get_emphatic       (void);

/* The tint of the country with code @iso_a2, or NULL for an ordinary one. */
const TsMapEmphasis *ts_map_style_find_emphasis      (const TsMapStyle  *style,
                                                      const char        *iso_a2);
/* A place's marker grows with its number of records. */
double               ts_map_style_marker_radius      (const TsMapStyle  *style,
                                                      const TsMapMarker *marker);

void                 ts_map_style_set_color          (cairo_t           *cr,
                                                      const TsMapRgb    *color);
/* @text with its baseline origin at (x, y), set by @setter, on a white
 * halo that keeps it readable over lines and tints. */
void                 ts_map_style_show_text_with_halo (const TsMapStyle *style,
                                                       TsMapText        *setter,
                                                       cairo_t          *cr,
                                                       const char       *text,
                                                       double            size,
                                                       TsMapTextFlags    flags,
                                                       double            x,
                                                       double            y,
                                                       const TsMapRgb   *color,
                                                       double            halo_width);

G_END_DECLS
