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

/* FORMAT.md order. */
static const char * const project_keys[] = {
  "sector", "status", "milestones", "places", "route", "partners", "value_usd", NULL
};

static const char * const milestone_keys[] = {
  "date", "status", "note", "source", NULL
};

static const char * const route_point_keys[] = {
  "lat", "lon", "label", NULL
};

static const struct
{
  const char *field;
  guint       types;
} reference_fields[] = {
  { "milestones.source", TS_REF_SOURCE },
  { "places", TS_REF_PLACE },
  { "partners", TS_REF_PLACE | TS_REF_ORGANIZATION },
};

static gboolean
load_milestones (TsProject            *self,
                 const TsJsonContext  *ctx,
                 JsonObject           *object,
                 GError              **error)
{
  JsonArray *array = NULL;
  guint length;

  if (!_ts_json_read_items (ctx, object, "milestones", &array, error))
    return FALSE;

  length = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < length; i++)
    {
      g_autoptr(TsMilestone) item = ts_milestone_new (NULL, 0, NULL, NULL);
      g_autofree char *prefix = NULL;
      TsJsonContext item_ctx = { ctx->id, NULL };
      JsonObject *item_object;
      int status = 0;

      if (!_ts_json_get_item (ctx, array, "milestones", i, milestone_keys,
                              &item_object, &prefix, error))
        return FALSE;
      item_ctx.prefix = prefix;

      if (!_ts_json_read_date (&item_ctx, item_object, "date", &item->date, error)
          || !_ts_json_read_enum (&item_ctx, item_object, "status", TS_TYPE_PROJECT_STATUS,
                                  &status, error)
          || !_ts_json_read_string (&item_ctx, item_object, "note", &item->note, error)
          || !_ts_json_read_string (&item_ctx, item_object, "source", &item->source_id, error))
        return FALSE;
      item->status = status;

      g_ptr_array_add (self->milestones, g_steal_pointer (&item));
    }

  return TRUE;
}

static void
save_milestones (TsProject   *self,
                 JsonBuilder *builder)
{
  if (self->milestones->len == 0)
    return;

  json_builder_set_member_name (builder, "milestones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *item = g_ptr_array_index (self->milestones, i);

      json_builder_begin_object (builder);
      _ts_json_write_date (builder, "date", &item->date);
      _ts_json_write_enum (builder, "status", TS_TYPE_PROJECT_STATUS, item->status);
      _ts_json_write_string (builder, "note", item->note);
      _ts_json_write_string (builder, "source", item->source_id);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
validate_milestones (TsProject   *self,
                     const char  *id,
                     GError     **error)
{
  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *item = g_ptr_array_index (self->milestones, i);
      g_autofree char *date_path = g_strdup_printf ("milestones[%u].date", i);
      g_autofree char *source_id_path = g_strdup_printf ("milestones[%u].source", i);

      if (!_ts_check_required_date (id, date_path, &item->date, error)
          || !_ts_check_reference (id, source_id_path, item->source_id, TS_REF_SOURCE, FALSE,
                                   error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_route (TsProject            *self,
            const TsJsonContext  *ctx,
            JsonObject           *object,
            GError              **error)
{
  JsonArray *array = NULL;
  guint length;

  if (!_ts_json_read_items (ctx, object, "route", &array, error))
    return FALSE;

  length = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < length; i++)
    {
      g_autoptr(TsRoutePoint) item = ts_route_point_new (NAN, NAN, NULL);
      g_autofree char *prefix = NULL;
      TsJsonContext item_ctx = { ctx->id, NULL };
      JsonObject *item_object;

      if (!_ts_json_get_item (ctx, array, "route", i, route_point_keys,
                              &item_object, &prefix, error))
        return FALSE;
      item_ctx.prefix = prefix;

      if (!_ts_json_read_number (&item_ctx, item_object, "lat", &item->lat, error)
          || !_ts_json_read_number (&item_ctx, item_object, "lon", &item->lon, error)
          || !_ts_json_read_string (&item_ctx, item_object, "label", &item->label, error))
        return FALSE;

      g_ptr_array_add (self->route, g_steal_pointer (&item));
    }

  return TRUE;
}

static void
save_route (TsProject   *self,
            JsonBuilder *builder)
{
  if (self->route->len == 0)
    return;

  json_builder_set_member_name (builder, "route");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->route->len; i++)
    {
      TsRoutePoint *item = g_ptr_array_index (self->route, i);

      json_builder_begin_object (builder);
      _ts_json_write_number (builder, "lat", item->lat);
      _ts_json_write_number (builder, "lon", item->lon);
      _ts_json_write_string (builder, "label", item->label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
validate_route (TsProject   *self,
                const char  *id,
                GError     **error)
{
  for (guint i = 0; i < self->route->len; i++)
    {
      TsRoutePoint *item = g_ptr_array_index (self->route, i);
      g_autofree char *lat_path = g_strdup_printf ("route[%u].lat", i);
      g_autofree char *lon_path = g_strdup_printf ("route[%u].lon", i);

      if (!_ts_check_latitude (id, lat_path, item->lat, error)
          || !_ts_check_longitude (id, lon_path, item->lon, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
ts_project_load_json (TsRecord    *record,
                      JsonObject  *object,
                      GError     **error)
{
  TsProject *self = TS_PROJECT (record);
  TsJsonContext ctx = { ts_record_get_id (record), NULL };
  int sector = 0;
  int status = 0;

  if (!_ts_json_read_enum (&ctx, object, "sector", TS_TYPE_PROJECT_SECTOR, &sector, error)
      || !_ts_json_read_enum (&ctx, object, "status", TS_TYPE_PROJECT_STATUS, &status, error)
      || !load_milestones (self, &ctx, object, error)
      || !_ts_json_read_strv (&ctx, object, "places", &self->place_ids, error)
      || !load_route (self, &ctx, object, error)
      || !_ts_json_read_strv (&ctx, object, "partners", &self->partner_ids, error)
      || !_ts_json_read_number (&ctx, object, "value_usd", &self->value_usd, error))
    return FALSE;

  self->sector = sector;
  self->status = status;

  return TRUE;
}

static void
ts_project_save_json (TsRecord    *record,
                      JsonBuilder *builder)
{
  TsProject *self = TS_PROJECT (record);

  _ts_json_write_enum (builder, "sector", TS_TYPE_PROJECT_SECTOR, self->sector);
  _ts_json_write_enum (builder, "status", TS_TYPE_PROJECT_STATUS, self->status);
  save_milestones (self, builder);
  _ts_json_write_strv (builder, "places", (const char * const *) self->place_ids);
  save_route (self, builder);
  _ts_json_write_strv (builder, "partners", (const char * const *) self->partner_ids);
  _ts_json_write_number (builder, "value_usd", self->value_usd);
}

static void
ts_project_foreach_reference (TsRecord        *record,
                              TsReferenceFunc  func,
                              gpointer         user_data)
{
  TsProject *self = TS_PROJECT (record);

  for (guint i = 0; i < self->milestones->len; i++)
    {
      TsMilestone *item = g_ptr_array_index (self->milestones, i);

      if (item->source_id != NULL)
        func (record, "milestones.source", item->source_id, user_data);
    }
  for (guint i = 0; self->place_ids[i] != NULL; i++)
    func (record, "places", self->place_ids[i], user_data);
  for (guint i = 0; self->partner_ids[i] != NULL; i++)
    func (record, "partners", self->partner_ids[i], user_data);
}

static void
ts_project_append_search_text (TsRecord *record,
                               GString  *text)
{
  TS_RECORD_CLASS (ts_project_parent_class)->append_search_text (record, text);
}

/* A project sorts by its latest milestone. */
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

static void
ts_project_copy_fields (TsRecord *record,
                        TsRecord *record_copy)
{
  TsProject *self = TS_PROJECT (record);
  TsProject *copy = TS_PROJECT (record_copy);

  copy->sector = self->sector;
  copy->status = self->status;
  g_ptr_array_unref (copy->milestones);
  copy->milestones = _ts_items_copy (self->milestones, (GBoxedCopyFunc) ts_milestone_copy,
                                     (GDestroyNotify) ts_milestone_free);
  g_strfreev (copy->place_ids);
  copy->place_ids = g_strdupv (self->place_ids);
  g_ptr_array_unref (copy->route);
  copy->route = _ts_items_copy (self->route, (GBoxedCopyFunc) ts_route_point_copy,
                                (GDestroyNotify) ts_route_point_free);
  g_strfreev (copy->partner_ids);
  copy->partner_ids = g_strdupv (self->partner_ids);
  copy->value_usd = self->value_usd;
}

static gboolean
ts_project_validate (TsRecord  *record,
                     GError   **error)
{
  TsProject *self = TS_PROJECT (record);
  const char *id = ts_record_get_id (record);

  return validate_milestones (self, id, error)
         && _ts_check_references (id, "places", (const char * const *) self->place_ids,
                                  TS_REF_PLACE, error)
         && validate_route (self, id, error)
         && _ts_check_references (id, "partners", (const char * const *) self->partner_ids,
                                  TS_REF_PLACE | TS_REF_ORGANIZATION, error)
         && _ts_check_amount (id, "value_usd", self->value_usd, -G_MAXDOUBLE, G_MAXDOUBLE,
                              error);
}

static gboolean
ts_project_validate_limits (TsRecord  *record,
                            GError   **error)
{
  TsProject *self = TS_PROJECT (record);

  return _ts_check_amount (ts_record_get_id (record), "value_usd", self->value_usd, 0,
                           TS_PROJECT_MAX_VALUE_USD, error);
}

static guint
ts_project_reference_types (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (reference_fields); i++)
    {
      if (g_str_equal (field, reference_fields[i].field))
        return reference_fields[i].types;
    }

  return 0;
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

static void
ts_project_class_init (TsProjectClass *klass)
{
  static const TsRecordHooks hooks = {
    ts_project_copy_fields,
    ts_project_validate,
    ts_project_reference_types,
    ts_project_validate_limits,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_project_finalize;
  object_class->get_property = ts_project_get_property;
  object_class->set_property = ts_project_set_property;

  record_class->record_type = TS_RECORD_TYPE_PROJECT;
  record_class->keys = project_keys;
  record_class->load_json = ts_project_load_json;
  record_class->save_json = ts_project_save_json;
  record_class->foreach_reference = ts_project_foreach_reference;
  record_class->append_search_text = ts_project_append_search_text;
  record_class->get_date = ts_project_get_record_date;
  _ts_record_class_set_hooks (record_class, &hooks);

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
