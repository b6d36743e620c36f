/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-projection"

#include "config.h"

#include <math.h>

#include "ts-projection.h"

#define DEG (G_PI / 180.0)
#define EQUATOR_LENGTH (2.0 * G_PI * TS_PROJECTION_EARTH_RADIUS)

typedef struct
{
  double n;     /* cone constant */
  double rf;    /* R · F */
  double rho0;  /* radius of the origin parallel */
} Cone;

static const Cone *
get_cone (void)
{
  static Cone cone;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      double phi1 = TS_PROJECTION_STANDARD_PARALLEL_1 * DEG;
      double phi2 = TS_PROJECTION_STANDARD_PARALLEL_2 * DEG;
      double phi0 = TS_PROJECTION_ORIGIN_LATITUDE * DEG;
      double f;

      cone.n = log (cos (phi1) / cos (phi2))
               / log (tan (G_PI / 4 + phi2 / 2) / tan (G_PI / 4 + phi1 / 2));
      f = cos (phi1) * pow (tan (G_PI / 4 + phi1 / 2), cone.n) / cone.n;
      cone.rf = TS_PROJECTION_EARTH_RADIUS * f;
      cone.rho0 = cone.rf / pow (tan (G_PI / 4 + phi0 / 2), cone.n);
      g_once_init_leave (&initialized, 1);
    }

  return &cone;
}

static double
clamp_latitude (double lat)
{
  return CLAMP (lat, TS_PROJECTION_MIN_LATITUDE, 90.0);
}

double
ts_projection_delta_lon (double lon)
{
  double d = fmod (lon - TS_PROJECTION_CENTRAL_MERIDIAN + 180.0, 360.0);

  if (d < 0)
    d += 360.0;

  return d - 180.0;
}

void
ts_projection_forward_delta (double  dlon,
                             double  lat,
                             double *x,
                             double *y)
{
  const Cone *cone = get_cone ();
  double phi = clamp_latitude (lat) * DEG;
  double theta = cone->n * CLAMP (dlon, -180.0, 180.0) * DEG;
  double rho = cone->rf / pow (tan (G_PI / 4 + phi / 2), cone->n);

  *x = rho * sin (theta);
  *y = cone->rho0 - rho * cos (theta);
}

void
ts_projection_forward (double  lon,
                       double  lat,
                       double *x,
                       double *y)
{
  ts_projection_forward_delta (ts_projection_delta_lon (lon), lat, x, y);
}

gboolean
ts_projection_inverse (double  x,
                       double  y,
                       double *lon,
                       double *lat)
{
  const Cone *cone = get_cone ();
  double dy = cone->rho0 - y;
  double rho = sqrt (x * x + dy * dy);
  double theta;
  double dlon;
  double phi;

  if (!isfinite (rho))
    return FALSE;

  theta = atan2 (x, dy);
  dlon = theta / cone->n / DEG;
  /* The cone unrolls into a sector of n · 360°: outside it there is no
   * point of the globe. */
  if (dlon < -180.0 || dlon > 180.0)
    return FALSE;

  if (rho == 0)
    phi = G_PI / 2;
  else
    phi = 2 * atan (pow (cone->rf / rho, 1.0 / cone->n)) - G_PI / 2;

  *lon = TS_PROJECTION_CENTRAL_MERIDIAN + dlon;
  if (*lon > 180.0)
    *lon -= 360.0;
  else if (*lon < -180.0)
    *lon += 360.0;
  *lat = phi / DEG;

  return TRUE;
}

double
ts_projection_scale_factor (double lat)
{
  const Cone *cone = get_cone ();
  double phi = clamp_latitude (lat) * DEG;
  double rho;

  if (cos (phi) < 1e-9)
    return 1.0;

  rho = cone->rf / pow (tan (G_PI / 4 + phi / 2), cone->n);

  return cone->n * rho / (TS_PROJECTION_EARTH_RADIUS * cos (phi));
}

double
ts_view_scale_for_zoom (double zoom)
{
  return 256.0 * exp2 (zoom) / EQUATOR_LENGTH;
}

double
ts_view_zoom_for_scale (double scale)
{
  return log2 (scale * EQUATOR_LENGTH / 256.0);
}

void
ts_view_init (TsView *view,
              double  center_lon,
              double  center_lat,
              double  zoom,
              double  width,
              double  height)
{
  g_return_if_fail (view != NULL);

  view->center_lon = center_lon;
  view->center_lat = clamp_latitude (center_lat);
  view->zoom = CLAMP (zoom, TS_VIEW_MIN_ZOOM, TS_VIEW_MAX_ZOOM);
  view->width = MAX (width, 1.0);
  view->height = MAX (height, 1.0);
  view->scale = ts_view_scale_for_zoom (view->zoom);
  ts_projection_forward (center_lon, view->center_lat, &view->center_x, &view->center_y);
}

void
ts_view_to_pixel (const TsView *view,
                  double        x,
                  double        y,
                  double       *px,
                  double       *py)
{
  *px = view->width / 2 + (x - view->center_x) * view->scale;
  *py = view->height / 2 - (y - view->center_y) * view->scale;
}

void
ts_view_from_pixel (const TsView *view,
                    double        px,
                    double        py,
                    double       *x,
                    double       *y)
{
  *x = view->center_x + (px - view->width / 2) / view->scale;
  *y = view->center_y - (py - view->height / 2) / view->scale;
}

void
ts_view_lonlat_to_pixel (const TsView *view,
                         double        lon,
                         double        lat,
                         double       *px,
                         double       *py)
{
  double x, y;

  ts_projection_forward (lon, lat, &x, &y);
  ts_view_to_pixel (view, x, y, px, py);
}

gboolean
ts_view_pixel_to_lonlat (const TsView *view,
                         double        px,
                         double        py,
                         double       *lon,
                         double       *lat)
{
  double x, y;

  ts_view_from_pixel (view, px, py, &x, &y);

  return ts_projection_inverse (x, y, lon, lat);
}

double
ts_view_metres_per_pixel (const TsView *view)
{
  return 1.0 / (view->scale * ts_projection_scale_factor (view->center_lat));
}
