/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-source"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-source.h"
#include "ts-record-private.h"

struct _TsSource
{
  TsRecord       parent_instance;
  char          *publisher;
  TsDate         date;
  char          *url;
  char          *language;
  TsReliability  reliability;
  char          *excerpt;
};

G_DEFINE_FINAL_TYPE (TsSource, ts_source, TS_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  PROP_LANGUAGE,
  PROP_RELIABILITY,
  PROP_EXCERPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* FORMAT.md order. */
static const TsField source_fields[] = {
  { .key = "publisher", .label = N_("Publisher"), .kind = TS_FIELD_TEXT,
    .flags = TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsSource, publisher), .property = "publisher" },
  { .key = "date", .label = N_("Date"), .kind = TS_FIELD_DATE,
    .offset = G_STRUCT_OFFSET (TsSource, date), .property = "date" },
  { .key = "url", .label = N_("Web address"), .kind = TS_FIELD_URL,
    .offset = G_STRUCT_OFFSET (TsSource, url), .property = "url" },
  { .key = "language", .label = N_("Language"), .kind = TS_FIELD_LANGUAGE,
    .flags = TS_FIELD_LIMIT,
    .offset = G_STRUCT_OFFSET (TsSource, language), .property = "language" },
  { .key = "reliability", .label = N_("Reliability"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_reliability_get_type,
    .offset = G_STRUCT_OFFSET (TsSource, reliability), .property = "reliability" },
  { .key = "excerpt", .label = N_("Excerpt"), .kind = TS_FIELD_LONG_TEXT,
    .offset = G_STRUCT_OFFSET (TsSource, excerpt), .property = "excerpt" },
};

static const TsDate *
ts_source_get_record_date (TsRecord *record)
{
  return &TS_SOURCE (record)->date;
}

static void
ts_source_finalize (GObject *object)
{
  TsSource *self = (TsSource *)object;

  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->excerpt, g_free);

  G_OBJECT_CLASS (ts_source_parent_class)->finalize (object);
}

static void
ts_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsSource *self = TS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_RELIABILITY:
      g_value_set_enum (value, self->reliability);
      break;
    case PROP_EXCERPT:
      g_value_set_string (value, self->excerpt);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_source_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsSource *self = TS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      ts_source_set_publisher (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ts_source_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_URL:
      ts_source_set_url (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      ts_source_set_language (self, g_value_get_string (value));
      break;
    case PROP_RELIABILITY:
      ts_source_set_reliability (self, g_value_get_enum (value));
      break;
    case PROP_EXCERPT:
      ts_source_set_excerpt (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_source_class_init (TsSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_source_finalize;
  object_class->get_property = ts_source_get_property;
  object_class->set_property = ts_source_set_property;

  record_class->record_type = TS_RECORD_TYPE_SOURCE;
  record_class->get_date = ts_source_get_record_date;
  _ts_record_class_set_fields (record_class, source_fields, G_N_ELEMENTS (source_fields));

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELIABILITY] =
    g_param_spec_enum ("reliability", NULL, NULL, TS_TYPE_RELIABILITY, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXCERPT] =
    g_param_spec_string ("excerpt", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_source_init (TsSource *self)
{

}

TsSource *
ts_source_new (const char *id,
               const char *title)
{
  return g_object_new (TS_TYPE_SOURCE,
                       "id", id,
                       "title", title,
                       NULL);
}

const char *
ts_source_get_publisher (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), NULL);

  return self->publisher;
}

void
ts_source_set_publisher (TsSource   *self,
                         const char *publisher)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (_ts_set_string (&self->publisher, publisher))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHER]);
}

const TsDate *
ts_source_get_date (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), NULL);

  return &self->date;
}

void
ts_source_set_date (TsSource     *self,
                    const TsDate *date)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (_ts_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
ts_source_get_url (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), NULL);

  return self->url;
}

void
ts_source_set_url (TsSource   *self,
                   const char *url)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (_ts_set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
ts_source_get_language (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), NULL);

  return self->language;
}

void
ts_source_set_language (TsSource   *self,
                        const char *language)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (_ts_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

TsReliability
ts_source_get_reliability (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), 0);

  return self->reliability;
}

void
ts_source_set_reliability (TsSource      *self,
                           TsReliability  reliability)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (self->reliability == reliability)
    return;

  self->reliability = reliability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELIABILITY]);
}

const char *
ts_source_get_excerpt (TsSource *self)
{
  g_return_val_if_fail (TS_IS_SOURCE (self), NULL);

  return self->excerpt;
}

void
ts_source_set_excerpt (TsSource   *self,
                       const char *excerpt)
{
  g_return_if_fail (TS_IS_SOURCE (self));

  if (_ts_set_string (&self->excerpt, excerpt))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCERPT]);
}
