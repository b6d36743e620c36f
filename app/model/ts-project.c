/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-project"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-project.h"
#include "ts-record-private.h"

struct _TsProject
{
  TsRecord          parent_instance;
  TsProjectSector   sector;
  TsProjectStatus   status;
  GPtrArray        *milestones;
  char            **place_ids;
  GPtrArray        *route;
  char            **partner_ids;
  double            value_usd;
};

G_DEFINE_FINAL_TYPE (TsProject, ts_project, TS_TYPE_RECORD)
G_DEFINE_BOXED_TYPE (TsMilestone, ts_milestone, ts_milestone_copy, ts_milestone_free)
G_DEFINE_BOXED_TYPE (TsRoutePoint, ts_route_point, ts_route_point_copy, ts_route_point_free)

enum {
  PROP_0,
  PROP_SECTOR,
  PROP_STATUS,
  PROP_MILESTONES,
  PROP_PLACE_IDS,
  PROP_ROUTE,
  PROP_PARTNER_IDS,
  PROP_VALUE_USD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TsField milestone_fields[] = {
  { .key = "date", .label = N_("Date"), .kind = TS_FIELD_DATE, .flags = TS_FIELD_REQUIRED,
    .offset = G_STRUCT_OFFSET (TsMilestone, date) },
  { .key = "status", .label = N_("Status"), .kind = TS_FIELD_ENUM,
    .enum_type = ts_project_status_get_type, .offset = G_STRUCT_OFFSET (TsMilestone, status) },
  { .key = "note", .label = N_("Note"), .kind = TS_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (TsMilestone, note) },
  { .key = "source", .label = N_("Source"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_UNSEARCHED_LINK,
    .ref_types = TS_REF_SOURCE, .offset = G_STRUCT_OFFSET (TsMilestone, source_id) },
};

static const TsFieldItems milestone_items = {
  sizeof (TsMilestone), (GBoxedCopyFunc) ts_milestone_copy, (GDestroyNotify) ts_milestone_free,
  milestone_fields, G_N_ELEMENTS (milestone_fields),
};

static const TsField route_point_fields[] = {
  { .key = "lat", .label = N_("Latitude"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LATITUDE, .min = -90, .max = 90,
    .offset = G_STRUCT_OFFSET (TsRoutePoint, lat) },
  { .key = "lon", .label = N_("Longitude"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LONGITUDE, .min = -180, .max = 180,
    .offset = G_STRUCT_OFFSET (TsRoutePoint, lon) },
  { .key = "label", .label = N_("Label"), .kind = TS_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (TsRoutePoint, label) },
};

static const TsFieldItems route_point_items = {
  sizeof (TsRoutePoint), (GBoxedCopyFunc) ts_route_point_copy,
  (GDestroyNotify) ts_route_point_free, route_point_fields, G_N_ELEMENTS (route_point_fields),
};

/* FORMAT.md order. */
static const TsField project_fields[] = {
  { .key = "sector", .label = N_("Sector"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_project_sector_get_type,
    .offset = G_STRUCT_OFFSET (TsProject, sector), .property = "sector" },
  { .key = "status", .label = N_("Status"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_project_status_get_type,
    .offset = G_STRUCT_OFFSET (TsProject, status), .property = "status" },
  { .key = "milestones", .label = N_("Milestones"), .kind = TS_FIELD_ITEMS,
    .items = &milestone_items,
    .offset = G_STRUCT_OFFSET (TsProject, milestones), .property = "milestones" },
  { .key = "places", .label = N_("Places"), .kind = TS_FIELD_REFERENCES,
    .flags = TS_FIELD_LOCATES | TS_FIELD_HAPPENS_AT,
    .ref_types = TS_REF_PLACE,
    .offset = G_STRUCT_OFFSET (TsProject, place_ids), .property = "place-ids" },
  { .key = "route", .label = N_("Route"), .kind = TS_FIELD_ITEMS,
    .items = &route_point_items,
    .offset = G_STRUCT_OFFSET (TsProject, route), .property = "route" },
  { .key = "partners", .label = N_("Partners"), .kind = TS_FIELD_REFERENCES,
    .flags = TS_FIELD_LOCATES, .ref_types = TS_REF_PLACE | TS_REF_ORGANIZATION,
    .offset = G_STRUCT_OFFSET (TsProject, partner_ids), .property = "partner-ids" },
  { .key = "value_usd", .label = N_("Value (US$)"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_LIMIT, .min = 0, .max = TS_PROJECT_MAX_VALUE_USD,
    .offset = G_STRUCT_OFFSET (TsProject, value_usd), .property = "value-usd" },
};

static const TsDate *
ts_project_get_record_date (TsRecord *record)
{
  TsProject *self = TS_PROJECT (record);
  const TsDate *latest = NULL;

  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (self->milestones, i);

      if (latest == NULL || ts_date_compare (&milestone->date, latest) > 0)
        latest = &milestone->date;
    }

  return latest;
}

static gboolean
ts_project_get_span (TsRecord *record,
                     guint32  *first,
                     guint32  *last)
{
  TsProject *self = TS_PROJECT (record);

  if (self->milestones->len == 0)
    return FALSE;

  *first = G_MAXUINT32;
  *last = 0;
  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (self->milestones, i);

      if (!ts_date_is_set (&milestone->date))
        continue;
      *first = MIN (*first, ts_date_get_first_julian (&milestone->date));
      *last = MAX (*last, ts_date_get_last_julian (&milestone->date));
    }
  return *first <= *last;
}

static void
ts_project_finalize (GObject *object)
{
  TsProject *self = (TsProject *)object;

  g_clear_pointer (&self->milestones, g_ptr_array_unref);
  g_clear_pointer (&self->place_ids, g_strfreev);
  g_clear_pointer (&self->route, g_ptr_array_unref);
  g_clear_pointer (&self->partner_ids, g_strfreev);

  G_OBJECT_CLASS (ts_project_parent_class)->finalize (object);
}

static void
ts_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TsProject *self = TS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_SECTOR:
      g_value_set_enum (value, self->sector);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_MILESTONES:
      g_value_set_boxed (value, self->milestones);
      break;
    case PROP_PLACE_IDS:
      g_value_set_boxed (value, self->place_ids);
      break;
    case PROP_ROUTE:
      g_value_set_boxed (value, self->route);
      break;
    case PROP_PARTNER_IDS:
      g_value_set_boxed (value, self->partner_ids);
      break;
    case PROP_VALUE_USD:
      g_value_set_double (value, self->value_usd);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TsProject *self = TS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_SECTOR:
      ts_project_set_sector (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      ts_project_set_status (self, g_value_get_enum (value));
      break;
    case PROP_MILESTONES:
      ts_project_set_milestones (self, g_value_get_boxed (value));
      break;
    case PROP_PLACE_IDS:
      ts_project_set_place_ids (self, g_value_get_boxed (value));
      break;
    case PROP_ROUTE:
      ts_project_set_route (self, g_value_get_boxed (value));
      break;
    case PROP_PARTNER_IDS:
      ts_project_set_partner_ids (self, g_value_get_boxed (value));
      break;
    case PROP_VALUE_USD:
      ts_project_set_value_usd (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The project's life, from its first milestone to its last (when they
 * differ), then each milestone ("Railway: Construction started"). */
static void
ts_project_foreach_event (TsRecord          *record,
                          TsRecordEventFunc  func,
                          gpointer           user_data)
{
  TsProject *self = TS_PROJECT (record);
  const char *name = ts_record_get_display_name (record);
  const TsDate *first = NULL;
  const TsDate *last = NULL;

  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (self->milestones, i);

      if (!ts_date_is_set (&milestone->date))
        continue;
      if (first == NULL || ts_date_compare (&milestone->date, first) < 0)
        first = &milestone->date;
      if (last == NULL || ts_date_compare (&milestone->date, last) > 0)
        last = &milestone->date;
    }
  if (first == NULL)
    return;

  /* A life needs two dates: one milestone is only a milestone. */
  if (ts_date_compare (first, last) != 0)
    func (record, TS_RECORD_EVENT_PROJECT, name, first, last, user_data);

  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (self->milestones, i);
      const char *status = ts_project_status_get_label (milestone->status);
      g_autofree char *label = NULL;

      if (!ts_date_is_set (&milestone->date))
        continue;
      if (status != NULL && status[0] != '\0')
        /* Translators: a milestone on the timeline: "<project>: <status>" */
        label = g_strdup_printf (C_("timeline milestone", "%s: %s"), name, status);
      func (record, TS_RECORD_EVENT_MILESTONE, label != NULL ? label : name, &milestone->date,
            NULL, user_data);
    }
}

static void
ts_project_class_init (TsProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_project_finalize;
  object_class->get_property = ts_project_get_property;
  object_class->set_property = ts_project_set_property;

  record_class->record_type = TS_RECORD_TYPE_PROJECT;
  record_class->get_date = ts_project_get_record_date;
  record_class->get_span = ts_project_get_span;
  record_class->foreach_event = ts_project_foreach_event;
  _ts_record_class_set_translated (record_class, project_fields, G_N_ELEMENTS (project_fields));

  properties[PROP_SECTOR] =
    g_param_spec_enum ("sector", NULL, NULL, TS_TYPE_PROJECT_SECTOR, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TS_TYPE_PROJECT_STATUS, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MILESTONES] =
    g_param_spec_boxed ("milestones", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_IDS] =
    g_param_spec_boxed ("place-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTE] =
    g_param_spec_boxed ("route", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER_IDS] =
    g_param_spec_boxed ("partner-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE_USD] =
    g_param_spec_double ("value-usd", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_project_init (TsProject *self)
{
  self->milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_milestone_free);
  self->place_ids = _ts_strv_new_empty ();
  self->route = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_route_point_free);
  self->partner_ids = _ts_strv_new_empty ();
  self->value_usd = NAN;
}

TsMilestone *
ts_milestone_new (const TsDate    *date,
                  TsProjectStatus  status,
                  const char      *note,
                  const char      *source_id)
{
  TsMilestone *milestone = g_new0 (TsMilestone, 1);

  _ts_set_date (&milestone->date, date);
  milestone->status = status;
  _ts_set_string (&milestone->note, note);
  _ts_set_string (&milestone->source_id, source_id);

  return milestone;
}

TsMilestone *
ts_milestone_copy (const TsMilestone *milestone)
{
  TsMilestone *copy;

  g_return_val_if_fail (milestone != NULL, NULL);

  copy = g_new0 (TsMilestone, 1);
  *copy = *milestone;
  copy->note = g_strdup (milestone->note);
  copy->source_id = g_strdup (milestone->source_id);

  return copy;
}

void
ts_milestone_free (TsMilestone *milestone)
{
  if (milestone == NULL)
    return;

  g_free (milestone->note);
  g_free (milestone->source_id);
  g_free (milestone);
}

gboolean
ts_milestone_equal (const TsMilestone *a,
                    const TsMilestone *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return ts_date_compare (&a->date, &b->date) == 0
         && a->status == b->status
         && g_strcmp0 (a->note, b->note) == 0
         && g_strcmp0 (a->source_id, b->source_id) == 0;
}

TsRoutePoint *
ts_route_point_new (double      lat,
                    double      lon,
                    const char *label)
{
  TsRoutePoint *route_point = g_new0 (TsRoutePoint, 1);

  route_point->lat = lat;
  route_point->lon = lon;
  _ts_set_string (&route_point->label, label);

  return route_point;
}

TsRoutePoint *
ts_route_point_copy (const TsRoutePoint *route_point)
{
  TsRoutePoint *copy;

  g_return_val_if_fail (route_point != NULL, NULL);

  copy = g_new0 (TsRoutePoint, 1);
  *copy = *route_point;
  copy->label = g_strdup (route_point->label);

  return copy;
}

void
ts_route_point_free (TsRoutePoint *route_point)
{
  if (route_point == NULL)
    return;

  g_free (route_point->label);
  g_free (route_point);
}

gboolean
ts_route_point_equal (const TsRoutePoint *a,
                      const TsRoutePoint *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return (a->lat == b->lat || (isnan (a->lat) && isnan (b->lat)))
         && (a->lon == b->lon || (isnan (a->lon) && isnan (b->lon)))
         && g_strcmp0 (a->label, b->label) == 0;
}

TsProject *
ts_project_new (const char *id,
                const char *title)
{
  return g_object_new (TS_TYPE_PROJECT,
                       "id", id,
                       "title", title,
                       NULL);
}

TsProjectSector
ts_project_get_sector (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), 0);

  return self->sector;
}

void
ts_project_set_sector (TsProject       *self,
                       TsProjectSector  sector)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (self->sector == sector)
    return;

  self->sector = sector;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

TsProjectStatus
ts_project_get_status (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), 0);

  return self->status;
}

void
ts_project_set_status (TsProject       *self,
                       TsProjectStatus  status)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GPtrArray *
ts_project_get_milestones (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), NULL);

  return self->milestones;
}

void
ts_project_set_milestones (TsProject *self,
                           GPtrArray *milestones)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (_ts_items_equal (self->milestones, milestones, (GEqualFunc) ts_milestone_equal))
    return;

  g_ptr_array_unref (self->milestones);
  self->milestones = _ts_items_copy (milestones, (GBoxedCopyFunc) ts_milestone_copy,
                                     (GDestroyNotify) ts_milestone_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILESTONES]);
}

void
ts_project_add_milestone (TsProject         *self,
                          const TsMilestone *milestone)
{
  g_return_if_fail (TS_IS_PROJECT (self));
  g_return_if_fail (milestone != NULL);

  g_ptr_array_add (self->milestones, ts_milestone_copy (milestone));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILESTONES]);
}

const char * const *
ts_project_get_place_ids (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), NULL);

  return (const char * const *) self->place_ids;
}

void
ts_project_set_place_ids (TsProject          *self,
                          const char * const *place_ids)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (_ts_set_strv (&self->place_ids, place_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_IDS]);
}

GPtrArray *
ts_project_get_route (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), NULL);

  return self->route;
}

void
ts_project_set_route (TsProject *self,
                      GPtrArray *route)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (_ts_items_equal (self->route, route, (GEqualFunc) ts_route_point_equal))
    return;

  g_ptr_array_unref (self->route);
  self->route = _ts_items_copy (route, (GBoxedCopyFunc) ts_route_point_copy,
                                (GDestroyNotify) ts_route_point_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTE]);
}

void
ts_project_add_route_point (TsProject          *self,
                            const TsRoutePoint *route_point)
{
  g_return_if_fail (TS_IS_PROJECT (self));
  g_return_if_fail (route_point != NULL);

  g_ptr_array_add (self->route, ts_route_point_copy (route_point));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTE]);
}

const char * const *
ts_project_get_partner_ids (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), NULL);

  return (const char * const *) self->partner_ids;
}

void
ts_project_set_partner_ids (TsProject          *self,
                            const char * const *partner_ids)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (_ts_set_strv (&self->partner_ids, partner_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_IDS]);
}

double
ts_project_get_value_usd (TsProject *self)
{
  g_return_val_if_fail (TS_IS_PROJECT (self), NAN);

  return self->value_usd;
}

void
ts_project_set_value_usd (TsProject *self,
                          double     value_usd)
{
  g_return_if_fail (TS_IS_PROJECT (self));

  if (_ts_set_double (&self->value_usd, value_usd))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_USD]);
}
