/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the app's resource bundle keeps the basemap, compiled at build time
 * from data/basemap/basemap.json (ts_basemap_to_compiled()). */
#define TS_BASEMAP_RESOURCE_PATH "/io/github/tianshan/Tianshan/basemap/basemap.gvariant"

typedef enum
{
  TS_BASEMAP_LAYER_REGION, /* 1:50m, the countries around Central Asia */
  TS_BASEMAP_LAYER_WORLD,  /* 1:110m, every country but Antarctica */
  TS_BASEMAP_N_LAYERS
} TsBasemapLayer;

/* One closed ring, already projected (see ts-projection.h): n_points (x, y)
 * pairs, the closing edge implied. */
typedef struct
{
  const double *xy;
  guint         n_points;
  gboolean      is_hole;
  double        x0, y0, x1, y1; /* projected bounds */
  /* NULL, or for rings cut at the map's seam (the meridian opposite the
   * central one) a flag per point: an edge between two flagged points is
   * the cut, to be filled but not stroked as a border. */
  const guint8 *on_seam;
} TsBasemapRing;

typedef struct
{
  const char          *name;       /* English, as Natural Earth spells it */
  const char          *iso_a2;     /* "CN", "KG"…; "" where there is none */
  const char          *iso_n3;     /* "156"…; "" where there is none */
  double               label_lon;  /* a point well inside the largest part */
  double               label_lat;
  double               label_x;    /* the same, projected */
  double               label_y;
  double               x0, y0, x1, y1;  /* projected bounds of all parts */
  double               main_width;      /* projected size of the largest part */
  double               main_height;
  const TsBasemapRing *rings;
  guint                n_rings;
  /* For a province: the ISO 3166-1 alpha-2 code of its country ("CN"),
   * its HASC id ("CN.SD") being in iso_a2; "" for a country. */
  const char          *country;
} TsBasemapCountry;

#define TS_TYPE_BASEMAP (ts_basemap_get_type ())

/* Country shapes from Natural Earth, loaded once and projected once; never
 * changes after loading, so it can be shared by every map. */
G_DECLARE_FINAL_TYPE (TsBasemap, ts_basemap, TS, BASEMAP, GObject)

/* From the JSON that data/basemap/make-basemap.py writes. */
TsBasemap              *ts_basemap_new_from_bytes      (GBytes      *bytes,
                                                        GError     **error);
TsBasemap              *ts_basemap_new_from_file       (const char  *path,
                                                        GError     **error);
/* From the compiled form: read where it lies, nothing parsed or projected;
 * @bytes must stay unchanged while the basemap lives (it keeps a reference). */
TsBasemap              *ts_basemap_new_from_compiled   (GBytes      *bytes,
                                                        GError     **error);
/* The compiled form of @self, as the build puts it in the resource bundle. */
GBytes                 *ts_basemap_to_compiled         (TsBasemap   *self);
/* From the compiled form in the resource bundle, at @path. */
TsBasemap              *ts_basemap_new_from_resource   (const char  *path,
                                                        GError     **error);

guint                   ts_basemap_get_n_countries     (TsBasemap      *self,
                                                        TsBasemapLayer  layer);
const TsBasemapCountry *ts_basemap_get_country         (TsBasemap      *self,
                                                        TsBasemapLayer  layer,
                                                        guint           index);
/* NULL when the layer has no country with that ISO 3166-1 alpha-2 code. */
const TsBasemapCountry *ts_basemap_lookup_country      (TsBasemap      *self,
                                                        TsBasemapLayer  layer,
                                                        const char     *iso_a2);
/* Whether a country of the world layer also has a detailed shape in the
 * region layer (so that a map drawing the region layer skips it). */
gboolean                ts_basemap_country_in_region   (TsBasemap              *self,
                                                        const TsBasemapCountry *country);
/* Whether the projected point (x, y) lies inside @country (even–odd over
 * its rings, so that a hole counts against). */
gboolean                ts_basemap_country_contains    (const TsBasemapCountry *country,
                                                        double                  x,
                                                        double                  y);
/* Provinces (admin 1) of the few countries the basemap has them for
 * (China, Kyrgyzstan, Uzbekistan), as TsBasemapCountry whose iso_a2 is the
 * HASC id ("CN.SD", "KG.CU") and country the country's code. */
guint                   ts_basemap_get_n_provinces     (TsBasemap *self);
const TsBasemapCountry *ts_basemap_get_province        (TsBasemap *self,
                                                        guint      index);
/* NULL when there is no province with that HASC id. */
const TsBasemapCountry *ts_basemap_lookup_province     (TsBasemap  *self,
                                                        const char *hasc);
/* The province of the country @iso_a2 that @name (any case, with or
 * without "Province", "Region", "Oblast", "Autonomous Region"…) names, by
 * Natural Earth's English name or one of the basemap's aliases; NULL if
 * none. */
const TsBasemapCountry *ts_basemap_find_province       (TsBasemap  *self,
                                                        const char *iso_a2,
                                                        const char *name);
/* Whether @code names a province (a HASC id, "CN.SD") rather than a
 * country ("CN"). */
gboolean                ts_basemap_code_is_province    (const char *code);

/* The basemap compiled into the program, loaded on first use and shared
 * by every map of the process (thread-safe); NULL, with a warning, if the
 * program lacks it. */
TsBasemap              *ts_basemap_get_default         (void);
/* The same with a reference for the caller, or NULL with @error set. */
TsBasemap              *ts_basemap_dup_default         (GError **error);

/* The credit a map drawn from this basemap must show. */
const char             *ts_basemap_get_attribution     (TsBasemap *self);

G_END_DECLS
