/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-basemap.h"

G_BEGIN_DECLS

/* A basemap is read either from the JSON that data/basemap/make-basemap.py
 * writes (ts-basemap-json.c: parsed, projected and indexed), or from the
 * compiled form the build makes of that JSON (ts-basemap-compiled.c: a
 * GVariant in the resource bundle whose points, strings and index are
 * used where they lie, nothing parsed or projected). */

typedef struct
{
  GArray *countries;   /* TsBasemapCountry */
  GArray *rings;       /* TsBasemapRing */
  GArray *points;      /* double, x y x y …; empty when compiled */
  GArray *seam_flags;  /* guint8, per point of the rings that have them; empty when compiled */
  /* Built before the arrays stop growing, then turned into pointers. */
  GArray *first_ring;  /* guint per country */
  GArray *first_point; /* guint per ring */
  GArray *first_flag;  /* guint per ring, G_MAXUINT for none */
} TsBasemapLayerData;

/* The layers in their order in the compiled form. */
#define TS_BASEMAP_N_ALL_LAYERS (TS_BASEMAP_N_LAYERS + 1)

struct _TsBasemap
{
  GObject             parent_instance;

  /* TS_BASEMAP_N_LAYERS is the provinces. */
  TsBasemapLayerData  layers[TS_BASEMAP_N_ALL_LAYERS];
  /* "CN" "\x1f" folded name without suffix → index + 1 into provinces;
   * keys live in strings or in compiled. */
  GHashTable         *province_names;
  GStringChunk       *strings;
  GHashTable         *region_names; /* names in the region layer */
  const char         *attribution;
  /* The compiled form that points and strings point into, or NULL. */
  GVariant           *compiled;
};

void      _ts_basemap_set_damaged_error (GError     **error,
                                         const char  *what);
/* The key of province_names for a province's name or alias (newly
 * allocated). */
char     *_ts_basemap_make_province_key (const char  *iso_a2,
                                         const char  *name);

gboolean  _ts_basemap_load_json         (TsBasemap   *self,
                                         GBytes      *bytes,
                                         GError     **error);

/* The compiled form, a GVariant (in the byte order of the machine that
 * built it, which is the one that runs it):
 *   u  TS_BASEMAP_COMPILED_MAGIC
 *   u  the attribution (an offset into the strings)
 *   a  the layers: region, world, provinces, each
 *        a(uuuuuudddddddddd)  countries: name, iso_a2, iso_n3, country
 *                             (offsets into the strings), first ring,
 *                             number of rings, then the doubles of
 *                             TsBasemapCountry from label_lon on
 *        a(uuuudddd)          rings: first point, number of points, first
 *                             seam flag (G_MAXUINT for none), is_hole,
 *                             bounds
 *        ad                   points, projected: x y x y …
 *        ay                   seam flags
 *   ay  the strings, each ending in a NUL; offset 0 is ""
 *   a(uu) province_names: key (an offset into the strings), index, by key
 */
#define TS_BASEMAP_COMPILED_LAYER "(a(uuuuuudddddddddd)a(uuuudddd)aday)"
#define TS_BASEMAP_COMPILED_TYPE "(uua" TS_BASEMAP_COMPILED_LAYER "aya(uu))"
/* "TSB" and the version of the form. */
#define TS_BASEMAP_COMPILED_MAGIC 0x54534201u

gboolean  _ts_basemap_load_compiled     (TsBasemap   *self,
                                         GBytes      *bytes,
                                         GError     **error);

G_END_DECLS
