/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* The largest value_usd a project keeps (FORMAT.md): a thousand trillion
 * dollars, far beyond any real project and well inside what a double
 * holds exactly enough. */
#define TS_PROJECT_MAX_VALUE_USD 1e15

/* A dated step of a project: the status it reached then. */
typedef struct
{
  TsDate           date;
  TsProjectStatus  status;
  char            *note;
  char            *source_id;
} TsMilestone;

#define TS_TYPE_MILESTONE (ts_milestone_get_type ())

GType        ts_milestone_get_type (void) G_GNUC_CONST;
TsMilestone *ts_milestone_new      (const TsDate    *date,
                                    TsProjectStatus  status,
                                    const char      *note,
                                    const char      *source_id);
TsMilestone *ts_milestone_copy     (const TsMilestone *milestone);
void         ts_milestone_free     (TsMilestone *milestone);
gboolean     ts_milestone_equal    (const TsMilestone *a,
                                    const TsMilestone *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsMilestone, ts_milestone_free)

/* A point of a linear project's alignment (WGS 84 degrees). */
typedef struct
{
  double  lat;
  double  lon;
  char   *label;
} TsRoutePoint;

#define TS_TYPE_ROUTE_POINT (ts_route_point_get_type ())

GType         ts_route_point_get_type (void) G_GNUC_CONST;
TsRoutePoint *ts_route_point_new      (double      lat,
                                       double      lon,
                                       const char *label);
TsRoutePoint *ts_route_point_copy     (const TsRoutePoint *route_point);
void          ts_route_point_free     (TsRoutePoint *route_point);
gboolean      ts_route_point_equal    (const TsRoutePoint *a,
                                       const TsRoutePoint *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsRoutePoint, ts_route_point_free)

#define TS_TYPE_PROJECT (ts_project_get_type ())

/* A project: a railway, a plant, a cultural centre. */
G_DECLARE_FINAL_TYPE (TsProject, ts_project, TS, PROJECT, TsRecord)

TsProject          *ts_project_new             (const char *id,
                                                const char *title);

/* TS_PROJECT_SECTOR_UNSET when not given. */
TsProjectSector     ts_project_get_sector      (TsProject *self);
void                ts_project_set_sector      (TsProject       *self,
                                                TsProjectSector  sector);

/* TS_PROJECT_STATUS_UNSET when not given. */
TsProjectStatus     ts_project_get_status      (TsProject *self);
void                ts_project_set_status      (TsProject       *self,
                                                TsProjectStatus  status);

/* Of TsMilestone, owned by the record; set and add copy. */
GPtrArray          *ts_project_get_milestones  (TsProject *self);
void                ts_project_set_milestones  (TsProject *self,
                                                GPtrArray *milestones);
void                ts_project_add_milestone   (TsProject         *self,
                                                const TsMilestone *milestone);

/* “places”: the ids of places; never NULL. */
const char * const *ts_project_get_place_ids   (TsProject *self);
void                ts_project_set_place_ids   (TsProject          *self,
                                                const char * const *place_ids);

/* Of TsRoutePoint, owned by the record; set and add copy. */
GPtrArray          *ts_project_get_route       (TsProject *self);
void                ts_project_set_route       (TsProject *self,
                                                GPtrArray *route);
void                ts_project_add_route_point (TsProject          *self,
                                                const TsRoutePoint *route_point);

/* “partners”: ids of places or organizations; never NULL. */
const char * const *ts_project_get_partner_ids (TsProject *self);
void                ts_project_set_partner_ids (TsProject          *self,
                                                const char * const *partner_ids);

/* NAN when not known. */
double              ts_project_get_value_usd   (TsProject *self);
void                ts_project_set_value_usd   (TsProject *self,
                                                double     value_usd);

G_END_DECLS
