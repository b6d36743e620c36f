/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A place on the map. */
typedef struct
{
  char     *id;          /* the record id, e.g. "place/bishkek" */
  char     *label;
  double    lat;
  double    lon;
  guint     weight;      /* records involving the place: sets the size */
  guint     n_meetings;  /* shown on the marker when not 0 */
  gboolean  emphasis;
} TsMapMarker;

typedef enum
{
  TS_MAP_ARC_FRIENDLY_PROVINCES,
  TS_MAP_ARC_SISTER_CITIES,
  TS_MAP_ARC_OTHER,
  TS_MAP_N_ARC_KINDS
} TsMapArcKind;

/* A tie between two places (an agreement), drawn as a curve. */
typedef struct
{
  char         *id;
  char         *label;
  double        from_lat;
  double        from_lon;
  double        to_lat;
  double        to_lon;
  TsMapArcKind  kind;
} TsMapArc;

typedef struct
{
  double lat;
  double lon;
} TsMapPoint;

/* A linear project (a railway, a road), drawn as a thick line. */
typedef struct
{
  char       *id;
  char       *label;
  TsMapPoint *points;
  guint       n_points;
  guint       shape;     /* routes with the same points share a shape: the
                          * index of the first of them in the scene (many
                          * projects on one railway are drawn once) */
} TsMapRoute;

/* A country on the map, when records are placed at the country itself:
 * the basemap draws its shape tinted by @weight, with a count badge at its
 * label point. Records placed at a province or city inside it count there,
 * on that place's marker, and not here. */
typedef struct
{
  char     *id;          /* the place record's id, e.g. "place/kyrgyzstan" */
  char     *label;
  char     *iso_a2;      /* the basemap shape: "KG" */
  double    lat;         /* the place record's own point */
  double    lon;
  guint     weight;      /* matched records placed at the country itself */
  guint     n_meetings;  /* of which meetings */
} TsMapArea;

#define TS_TYPE_MAP_SCENE (ts_map_scene_get_type ())

/* What a map shows besides the countries: plain data, filled from the
 * dataset by whoever owns the map, drawn by TsMapRenderer. Items are drawn
 * in the order they were added; ids should be unique across all kinds. */
G_DECLARE_FINAL_TYPE (TsMapScene, ts_map_scene, TS, MAP_SCENE, GObject)

TsMapScene        *ts_map_scene_new            (void);

/* The returned item belongs to the scene and lives until it is cleared. */
const TsMapMarker *ts_map_scene_add_marker     (TsMapScene       *self,
                                                const char       *id,
                                                const char       *label,
                                                double            lat,
                                                double            lon,
                                                guint             weight,
                                                guint             n_meetings,
                                                gboolean          emphasis);
const TsMapArc    *ts_map_scene_add_arc        (TsMapScene       *self,
                                                const char       *id,
                                                const char       *label,
                                                double            from_lat,
                                                double            from_lon,
                                                double            to_lat,
                                                double            to_lon,
                                                TsMapArcKind      kind);
const TsMapRoute  *ts_map_scene_add_route      (TsMapScene       *self,
                                                const char       *id,
                                                const char       *label,
                                                const TsMapPoint *points,
                                                guint             n_points);
/* @iso_a2 is the ISO 3166-1 alpha-2 code of the basemap's shape. */
const TsMapArea *ts_map_scene_add_area     (TsMapScene       *self,
                                                const char       *id,
                                                const char       *label,
                                                const char       *iso_a2,
                                                double            lat,
                                                double            lon,
                                                guint             weight,
                                                guint             n_meetings);
void               ts_map_scene_clear          (TsMapScene       *self);
gboolean           ts_map_scene_is_empty       (TsMapScene       *self);

guint              ts_map_scene_get_n_markers  (TsMapScene *self);
const TsMapMarker *ts_map_scene_get_marker     (TsMapScene *self,
                                                guint       index);
guint              ts_map_scene_get_n_arcs     (TsMapScene *self);
const TsMapArc    *ts_map_scene_get_arc        (TsMapScene *self,
                                                guint       index);
guint              ts_map_scene_get_n_routes   (TsMapScene *self);
const TsMapRoute  *ts_map_scene_get_route      (TsMapScene *self,
                                                guint       index);
guint              ts_map_scene_get_n_areas  (TsMapScene *self);
const TsMapArea *ts_map_scene_get_area     (TsMapScene *self,
                                                guint       index);

/* NULL when no item of that kind has the id. */
const TsMapMarker *ts_map_scene_lookup_marker  (TsMapScene *self,
                                                const char *id);
const TsMapArc    *ts_map_scene_lookup_arc     (TsMapScene *self,
                                                const char *id);
const TsMapRoute  *ts_map_scene_lookup_route   (TsMapScene *self,
                                                const char *id);
const TsMapArea *ts_map_scene_lookup_area  (TsMapScene *self,
                                                const char *id);
/* The area drawn on the basemap's shape with code @iso_a2, or NULL. */
const TsMapArea *ts_map_scene_lookup_area_by_country (TsMapScene *self,
                                                          const char *iso_a2);

G_END_DECLS
