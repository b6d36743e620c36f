/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The map's projection: Lambert conformal conic on a sphere, standard
 * parallels 25°N and 47°N, central meridian 80°E, origin 40°N. Conformal,
 * so shapes and the scale bar are right in every direction; between the
 * standard parallels (Central Asia, western China) the scale error stays
 * under 3 %. Projected units are metres at the standard parallels. */
#define TS_PROJECTION_CENTRAL_MERIDIAN 80.0
#define TS_PROJECTION_ORIGIN_LATITUDE  40.0
#define TS_PROJECTION_STANDARD_PARALLEL_1 25.0
#define TS_PROJECTION_STANDARD_PARALLEL_2 47.0
#define TS_PROJECTION_EARTH_RADIUS 6371008.8

/* The southern limit: the pole itself projects to infinity. */
#define TS_PROJECTION_MIN_LATITUDE -89.0

void     ts_projection_forward        (double  lon,
                                       double  lat,
                                       double *x,
                                       double *y);
/* The same from Δlon = lon − central meridian, unfolded: +180 and −180
 * are the two opposite edges of the map, which ts_projection_forward ()
 * cannot tell apart. */
void     ts_projection_forward_delta  (double  dlon,
                                       double  lat,
                                       double *x,
                                       double *y);
/* FALSE, and lon/lat unchanged, when (x, y) is outside the projected
 * globe or not a number. */
gboolean ts_projection_inverse        (double  x,
                                       double  y,
                                       double *lon,
                                       double *lat);
/* Projected units per metre on the ground at that latitude (1 on the
 * standard parallels). */
double   ts_projection_scale_factor   (double  lat);
/* lon − central meridian, folded into [-180, 180). */
double   ts_projection_delta_lon      (double  lon);

/* What part of the projected plane a viewport shows. zoom follows the
 * usual web-map convention: at zoom 0 the length of the equator spans 256
 * pixels, and every step doubles the scale. */
typedef struct
{
  double center_lon;
  double center_lat;
  double zoom;
  double width;        /* viewport, pixels */
  double height;
  /* derived by ts_view_init () */
  double center_x;     /* projected */
  double center_y;
  double scale;        /* pixels per projected unit */
} TsView;

#define TS_VIEW_MIN_ZOOM 2.0
#define TS_VIEW_MAX_ZOOM 14.0

void     ts_view_init                 (TsView *view,
                                       double  center_lon,
                                       double  center_lat,
                                       double  zoom,
                                       double  width,
                                       double  height);
double   ts_view_scale_for_zoom       (double  zoom);
double   ts_view_zoom_for_scale       (double  scale);

/* Projected units ↔ pixels (origin top left, y down). */
void     ts_view_to_pixel             (const TsView *view,
                                       double        x,
                                       double        y,
                                       double       *px,
                                       double       *py);
void     ts_view_from_pixel           (const TsView *view,
                                       double        px,
                                       double        py,
                                       double       *x,
                                       double       *y);

/* Geographic coordinates ↔ pixels. */
void     ts_view_lonlat_to_pixel      (const TsView *view,
                                       double        lon,
                                       double        lat,
                                       double       *px,
                                       double       *py);
gboolean ts_view_pixel_to_lonlat      (const TsView *view,
                                       double        px,
                                       double        py,
                                       double       *lon,
                                       double       *lat);

/* Metres on the ground per pixel at the view's centre. */
double   ts_view_metres_per_pixel     (const TsView *view);

G_END_DECLS
