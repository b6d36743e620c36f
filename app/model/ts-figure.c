/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-figure"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-figure.h"
#include "ts-record-private.h"

struct _TsFigure
{
  TsRecord  parent_instance;
  char     *indicator;
  TsDate    period;
  double    value;
  char     *unit;
  double    change;
  char     *publisher;
};

G_DEFINE_FINAL_TYPE (TsFigure, ts_figure, TS_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INDICATOR,
  PROP_PERIOD,
  PROP_VALUE,
  PROP_UNIT,
  PROP_CHANGE,
  PROP_PUBLISHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const TsField figure_fields[] = {
  { .key = "indicator", .label = N_("Indicator"), .kind = TS_FIELD_TEXT,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsFigure, indicator), .property = "indicator" },
  { .key = "period", .label = N_("Period"), .kind = TS_FIELD_DATE,
    .flags = TS_FIELD_REQUIRED,
    .offset = G_STRUCT_OFFSET (TsFigure, period), .property = "period" },
  { .key = "value", .label = N_("Value"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LIMIT,
    .min = -TS_FIGURE_MAX_VALUE, .max = TS_FIGURE_MAX_VALUE,
    .offset = G_STRUCT_OFFSET (TsFigure, value), .property = "value" },
  { .key = "unit", .label = N_("Unit"), .kind = TS_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (TsFigure, unit), .property = "unit" },
  { .key = "change", .label = N_("Change"), .kind = TS_FIELD_NUMBER,
    .flags = TS_FIELD_LIMIT, .min = -TS_FIGURE_MAX_VALUE, .max = TS_FIGURE_MAX_VALUE,
    .offset = G_STRUCT_OFFSET (TsFigure, change), .property = "change" },
  { .key = "publisher", .label = N_("Publisher"), .kind = TS_FIELD_TEXT,
    .flags = TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsFigure, publisher), .property = "publisher" },
};

static const TsDate *
ts_figure_get_record_date (TsRecord *record)
{
  return &TS_FIGURE (record)->period;
}

static void
ts_figure_finalize (GObject *object)
{
  TsFigure *self = (TsFigure *)object;

  g_clear_pointer (&self->indicator, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->publisher, g_free);

  G_OBJECT_CLASS (ts_figure_parent_class)->finalize (object);
}

static void
ts_figure_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsFigure *self = TS_FIGURE (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_string (value, self->indicator);
      break;
    case PROP_PERIOD:
      g_value_set_boxed (value, &self->period);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_CHANGE:
      g_value_set_double (value, self->change);
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_figure_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsFigure *self = TS_FIGURE (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      ts_figure_set_indicator (self, g_value_get_string (value));
      break;
    case PROP_PERIOD:
      ts_figure_set_period (self, g_value_get_boxed (value));
      break;
    case PROP_VALUE:
      ts_figure_set_value (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      ts_figure_set_unit (self, g_value_get_string (value));
      break;
    case PROP_CHANGE:
      ts_figure_set_change (self, g_value_get_double (value));
      break;
    case PROP_PUBLISHER:
      ts_figure_set_publisher (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_figure_class_init (TsFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_figure_finalize;
  object_class->get_property = ts_figure_get_property;
  object_class->set_property = ts_figure_set_property;

  record_class->record_type = TS_RECORD_TYPE_FIGURE;
  record_class->get_date = ts_figure_get_record_date;
  _ts_record_class_set_translated (record_class, figure_fields, G_N_ELEMENTS (figure_fields));

  properties[PROP_INDICATOR] =
    g_param_spec_string ("indicator", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_figure_init (TsFigure *self)
{
  self->value = NAN;
  self->change = NAN;
}

TsFigure *
ts_figure_new (const char *id,
               const char *title)
{
  return g_object_new (TS_TYPE_FIGURE,
                       "id", id,
                       "title", title,
                       NULL);
}

const char *
ts_figure_get_indicator (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NULL);

  return self->indicator;
}

void
ts_figure_set_indicator (TsFigure   *self,
                         const char *indicator)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_string (&self->indicator, indicator))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR]);
}

const TsDate *
ts_figure_get_period (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NULL);

  return &self->period;
}

void
ts_figure_set_period (TsFigure     *self,
                      const TsDate *period)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_date (&self->period, period))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

double
ts_figure_get_value (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NAN);

  return self->value;
}

void
ts_figure_set_value (TsFigure *self,
                     double    value)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_double (&self->value, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
ts_figure_get_unit (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NULL);

  return self->unit;
}

void
ts_figure_set_unit (TsFigure   *self,
                    const char *unit)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

double
ts_figure_get_change (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NAN);

  return self->change;
}

void
ts_figure_set_change (TsFigure *self,
                      double    change)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_double (&self->change, change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
}

const char *
ts_figure_get_publisher (TsFigure *self)
{
  g_return_val_if_fail (TS_IS_FIGURE (self), NULL);

  return self->publisher;
}

void
ts_figure_set_publisher (TsFigure   *self,
                         const char *publisher)
{
  g_return_if_fail (TS_IS_FIGURE (self));

  if (_ts_set_string (&self->publisher, publisher))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER]);
}
