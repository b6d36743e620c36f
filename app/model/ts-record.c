/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-record.h"
#include "ts-record-private.h"
#include "ts-field.h"
#include "ts-i18n.h"
#include "ts-named.h"

typedef struct
{
  char         *id;
  char         *title;
  GHashTable   *title_translations;
  char         *summary;
  GHashTable   *summary_translations;
  char         *notes;
  char        **tags;
  char        **source_ids;
  TsConfidence  confidence;
  GDateTime    *created;
  GDateTime    *modified;
} TsRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TsRecord, ts_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_RECORD_TYPE,
  PROP_TITLE,
  PROP_TITLE_TRANSLATIONS,
  PROP_SUMMARY,
  PROP_SUMMARY_TRANSLATIONS,
  PROP_NOTES,
  PROP_TAGS,
  PROP_SOURCE_IDS,
  PROP_CONFIDENCE,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The fields every record has, in FORMAT.md order, after "type" and "id". */
static const TsField common_fields[] = {
  { .key = "title", .label = N_("Title"), .kind = TS_FIELD_TEXT,
    .flags = TS_FIELD_COMMON | TS_FIELD_REQUIRED | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, title), .property = "title" },
  /* Only on the types whose class is translated (meetings, agreements,
   * projects, statements, figures): the others' names carry their scripts
   * in "names". */
  { .key = "title_translations", .label = N_("Title translations"), .kind = TS_FIELD_NAMES,
    .flags = TS_FIELD_COMMON | TS_FIELD_SEARCHABLE | TS_FIELD_TRANSLATIONS,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, title_translations),
    .property = "title-translations" },
  { .key = "summary", .label = N_("Summary"), .kind = TS_FIELD_LONG_TEXT,
    .flags = TS_FIELD_COMMON | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, summary), .property = "summary" },
  { .key = "summary_translations", .label = N_("Summary translations"), .kind = TS_FIELD_NAMES,
    .flags = TS_FIELD_COMMON | TS_FIELD_SEARCHABLE | TS_FIELD_TRANSLATIONS,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, summary_translations),
    .property = "summary-translations" },
  { .key = "notes", .label = N_("Notes"), .kind = TS_FIELD_LONG_TEXT,
    .flags = TS_FIELD_COMMON,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, notes), .property = "notes" },
  { .key = "tags", .label = N_("Tags"), .kind = TS_FIELD_STRING_LIST,
    .flags = TS_FIELD_COMMON | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, tags), .property = "tags" },
  { .key = "sources", .label = N_("Sources"), .kind = TS_FIELD_REFERENCES,
    .flags = TS_FIELD_COMMON | TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_SOURCE,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, source_ids), .property = "source-ids" },
  { .key = "confidence", .label = N_("Confidence"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_COMMON | TS_FIELD_FILTERABLE, .enum_type = ts_confidence_get_type,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, confidence), .property = "confidence" },
  { .key = "created", .label = N_("Created"), .kind = TS_FIELD_TIMESTAMP,
    .flags = TS_FIELD_COMMON,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, created), .property = "created" },
  { .key = "modified", .label = N_("Modified"), .kind = TS_FIELD_TIMESTAMP,
    .flags = TS_FIELD_COMMON,
    .offset = G_STRUCT_OFFSET (TsRecordPrivate, modified), .property = "modified" },
};

gboolean
_ts_set_date_time (GDateTime **field,
                   GDateTime  *value)
{
  g_autoptr(GDateTime) utc = NULL;

  if (value != NULL)
    {
      g_autoptr(GDateTime) converted = g_date_time_to_utc (value);

      utc = g_date_time_new_utc (g_date_time_get_year (converted),
                                 g_date_time_get_month (converted),
                                 g_date_time_get_day_of_month (converted),
                                 g_date_time_get_hour (converted),
                                 g_date_time_get_minute (converted),
                                 g_date_time_get_second (converted));
    }

  if (*field == utc || (*field != NULL && utc != NULL && g_date_time_equal (*field, utc)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_steal_pointer (&utc);
  return TRUE;
}

static void
ts_record_finalize (GObject *object)
{
  TsRecord *self = (TsRecord *)object;
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->title_translations, g_hash_table_unref);
  g_clear_pointer (&priv->summary, g_free);
  g_clear_pointer (&priv->summary_translations, g_hash_table_unref);
  g_clear_pointer (&priv->notes, g_free);
  g_clear_pointer (&priv->tags, g_strfreev);
  g_clear_pointer (&priv->source_ids, g_strfreev);
  g_clear_pointer (&priv->created, g_date_time_unref);
  g_clear_pointer (&priv->modified, g_date_time_unref);

  G_OBJECT_CLASS (ts_record_parent_class)->finalize (object);
}

static void
ts_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TsRecord *self = TS_RECORD (object);
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_RECORD_TYPE:
      g_value_set_enum (value, ts_record_get_record_type (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_TITLE_TRANSLATIONS:
      g_value_set_boxed (value, priv->title_translations);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, priv->summary);
      break;
    case PROP_SUMMARY_TRANSLATIONS:
      g_value_set_boxed (value, priv->summary_translations);
      break;
    case PROP_NOTES:
      g_value_set_string (value, priv->notes);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, priv->tags);
      break;
    case PROP_SOURCE_IDS:
      g_value_set_boxed (value, priv->source_ids);
      break;
    case PROP_CONFIDENCE:
      g_value_set_enum (value, priv->confidence);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, priv->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, priv->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TsRecord *self = TS_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      ts_record_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      ts_record_set_title (self, g_value_get_string (value));
      break;
    case PROP_TITLE_TRANSLATIONS:
      ts_record_set_title_translations (self, g_value_get_boxed (value));
      break;
    case PROP_SUMMARY:
      ts_record_set_summary (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY_TRANSLATIONS:
      ts_record_set_summary_translations (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      ts_record_set_notes (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      ts_record_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_SOURCE_IDS:
      ts_record_set_source_ids (self, g_value_get_boxed (value));
      break;
    case PROP_CONFIDENCE:
      ts_record_set_confidence (self, g_value_get_enum (value));
      break;
    case PROP_CREATED:
      ts_record_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_MODIFIED:
      ts_record_set_modified (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_record_class_init (TsRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_record_finalize;
  object_class->get_property = ts_record_get_property;
  object_class->set_property = ts_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD_TYPE] =
    g_param_spec_enum ("record-type", NULL, NULL,
                       TS_TYPE_RECORD_TYPE, TS_RECORD_TYPE_MEETING,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_TRANSLATIONS] =
    g_param_spec_boxed ("title-translations", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY_TRANSLATIONS] =
    g_param_spec_boxed ("summary-translations", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE_IDS] =
    g_param_spec_boxed ("source-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFIDENCE] =
    g_param_spec_enum ("confidence", NULL, NULL,
                       TS_TYPE_CONFIDENCE, TS_CONFIDENCE_HIGH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_record_init (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  priv->tags = _ts_strv_new_empty ();
  priv->source_ids = _ts_strv_new_empty ();
  priv->confidence = TS_CONFIDENCE_HIGH;
}

/* Private API shared with the subclasses */

const TsField *
_ts_record_get_common_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (common_fields);
  return common_fields;
}

void
_ts_record_class_set_translated (TsRecordClass *klass,
                                 const TsField *fields,
                                 guint          n_fields)
{
  klass->translated = TRUE;
  _ts_record_class_set_fields (klass, fields, n_fields);
}

gboolean
_ts_record_is_translation_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_fields); i++)
    {
      if ((common_fields[i].flags & TS_FIELD_TRANSLATIONS) != 0
          && g_str_equal (common_fields[i].key, key))
        return TRUE;
    }

  return FALSE;
}

void
_ts_record_init_id (TsRecord   *self,
                    const char *id)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  _ts_set_string (&priv->id, id);
}

gpointer
_ts_record_get_private (TsRecord *self)
{
  return ts_record_get_instance_private (self);
}

void
_ts_record_append_search_text (TsRecord *self,
                               GString  *text)
{
  _ts_fields_append_search_text (self, text);
}

void
_ts_record_append_name_text (TsRecord *self,
                             GString  *text)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  if (TS_IS_NAMED (self))
    ts_named_append_name_text (TS_NAMED (self), text);
  else
    {
      _ts_search_append (text, ts_record_get_title (self));
      _ts_search_append_names (text, priv->title_translations);
    }
}

void
_ts_record_set_error (GError     **error,
                      TsRecordError      code,
                      const char  *id,
                      const char  *field,
                      const char  *format,
                      ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (id == NULL)
    id = _("(no id)");

  if (field != NULL)
    /* Translators: Record “place/kant”, field “lat”: 95.2 is not a latitude */
    g_set_error (error, TS_RECORD_ERROR, code, _("Record “%s”, field “%s”: %s"), id, field,
                 detail);
  else
    g_set_error (error, TS_RECORD_ERROR, code, _("Record “%s”: %s"), id, detail);
}

/* Public API */

TsRecordType
ts_record_get_record_type (TsRecord *self)
{
  g_return_val_if_fail (TS_IS_RECORD (self), TS_RECORD_TYPE_MEETING);

  return TS_RECORD_GET_CLASS (self)->record_type;
}

const char *
ts_record_get_id (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->id;
}

void
ts_record_set_id (TsRecord   *self,
                  const char *id)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_string (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ts_record_get_title:
 *
 * Returns: the title, "" if none is set (never %NULL)
 */
const char *
ts_record_get_title (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->title != NULL ? priv->title : "";
}

/**
 * ts_record_get_display_name:
 *
 * The name to show for @self: for a person, an organization or a place, its
 * name in the first of the user's languages the dataset has it in (a Russian
 * or Kyrgyz UI shows "Садыр Жапаров", a Chinese one "林武"); for the types
 * whose titles carry translations, the title in the first of the user's
 * languages it has (ts_record_get_display_title()); otherwise the title.
 * Search matches every name and translation regardless.
 */
const char *
ts_record_get_display_name (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  const char *name = NULL;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  if (!_ts_named_lookup_local_name (self, &name))
    name = ts_translations_lookup (priv->title_translations, NULL);

  /* ts_record_get_title() without its second type check: exports ask for
   * the names of hundreds of thousands of linked records. */
  if (name == NULL)
    name = priv->title != NULL ? priv->title : "";
  return name;
}

/**
 * ts_translations_lookup:
 * @translations: (nullable): language code → text
 * @languages: (nullable): language codes in the order wanted, ending at
 *   "en" or %NULL; %NULL for the user's (ts_i18n_get_name_languages())
 *
 * Returns: (nullable): the text in the first of @languages that
 * @translations has, %NULL when it has none of them before "en" (the
 * caller shows the English text then)
 */
const char *
ts_translations_lookup (GHashTable         *translations,
                        const char * const *languages)
{
  if (translations == NULL || g_hash_table_size (translations) == 0)
    return NULL;

  if (languages == NULL)
    languages = ts_i18n_get_name_languages ();

  for (const char * const *l = languages; *l != NULL; l++)
    {
      const char *text;

      if (g_str_equal (*l, "en"))
        break;
      text = g_hash_table_lookup (translations, *l);
      if (text != NULL && *text != '\0')
        return text;
    }

  return NULL;
}

/**
 * ts_record_get_display_title:
 * @languages: (nullable): as ts_translations_lookup() takes them
 *
 * The title in the first of @languages that the record has a translation
 * into, else the English title; "" when there is no title.
 */
const char *
ts_record_get_display_title (TsRecord           *self,
                             const char * const *languages)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  const char *text;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  text = ts_translations_lookup (priv->title_translations, languages);
  return text != NULL ? text : ts_record_get_title (self);
}

/**
 * ts_record_get_display_summary:
 * @languages: (nullable): as ts_translations_lookup() takes them
 *
 * The summary in the first of @languages that the record has a translation
 * into, else the English one, else %NULL.
 */
const char *
ts_record_get_display_summary (TsRecord           *self,
                               const char * const *languages)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  const char *text;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  text = ts_translations_lookup (priv->summary_translations, languages);
  return text != NULL ? text : priv->summary;
}

/* Translations by language code, NULL or empty when none; owned by the
 * record. */
GHashTable *
ts_record_get_title_translations (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->title_translations;
}

/* Copies @translations (dropping empty texts); NULL clears them. */
void
ts_record_set_title_translations (TsRecord   *self,
                                  GHashTable *translations)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_names_equal (priv->title_translations, translations))
    return;

  g_clear_pointer (&priv->title_translations, g_hash_table_unref);
  priv->title_translations = _ts_names_copy (translations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_TRANSLATIONS]);
}

GHashTable *
ts_record_get_summary_translations (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->summary_translations;
}

void
ts_record_set_summary_translations (TsRecord   *self,
                                    GHashTable *translations)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_names_equal (priv->summary_translations, translations))
    return;

  g_clear_pointer (&priv->summary_translations, g_hash_table_unref);
  priv->summary_translations = _ts_names_copy (translations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY_TRANSLATIONS]);
}

gboolean
ts_record_has_translations (TsRecord *self)
{
  g_return_val_if_fail (TS_IS_RECORD (self), FALSE);

  return TS_RECORD_GET_CLASS (self)->translated;
}

void
ts_record_set_title (TsRecord   *self,
                     const char *title)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_string (&priv->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Optional strings are NULL when not given. */
const char *
ts_record_get_summary (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->summary;
}

void
ts_record_set_summary (TsRecord   *self,
                       const char *summary)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_string (&priv->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
ts_record_get_notes (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->notes;
}

void
ts_record_set_notes (TsRecord   *self,
                     const char *notes)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_string (&priv->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char * const *
ts_record_get_tags (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return (const char * const *) priv->tags;
}

void
ts_record_set_tags (TsRecord           *self,
                    const char * const *tags)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_strv (&priv->tags, tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

const char * const *
ts_record_get_source_ids (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return (const char * const *) priv->source_ids;
}

void
ts_record_set_source_ids (TsRecord           *self,
                          const char * const *source_ids)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_strv (&priv->source_ids, source_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_IDS]);
}

TsConfidence
ts_record_get_confidence (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), TS_CONFIDENCE_HIGH);

  return priv->confidence;
}

void
ts_record_set_confidence (TsRecord     *self,
                          TsConfidence  confidence)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));
  g_return_if_fail (confidence <= TS_CONFIDENCE_LOW);

  if (priv->confidence == confidence)
    return;

  priv->confidence = confidence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

GDateTime *
ts_record_get_created (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->created;
}

void
ts_record_set_created (TsRecord  *self,
                       GDateTime *created)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_date_time (&priv->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

GDateTime *
ts_record_get_modified (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  return priv->modified;
}

void
ts_record_set_modified (TsRecord  *self,
                        GDateTime *modified)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_return_if_fail (TS_IS_RECORD (self));

  if (_ts_set_date_time (&priv->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const TsDate *
ts_record_get_date (TsRecord *self)
{
  static const TsDate unset = TS_DATE_INIT;
  TsRecordClass *klass;
  const TsDate *date = NULL;

  g_return_val_if_fail (TS_IS_RECORD (self), &unset);

  klass = TS_RECORD_GET_CLASS (self);
  if (klass->get_date != NULL)
    date = klass->get_date (self);

  return date != NULL ? date : &unset;
}

gboolean
ts_record_get_span (TsRecord *self,
                    guint32  *first,
                    guint32  *last)
{
  TsRecordClass *klass;
  const TsDate *date;

  g_return_val_if_fail (TS_IS_RECORD (self), FALSE);

  klass = TS_RECORD_GET_CLASS (self);
  if (klass->get_span != NULL)
    return klass->get_span (self, first, last);

  date = ts_record_get_date (self);
  if (!ts_date_is_set (date))
    return FALSE;

  *first = ts_date_get_first_julian (date);
  *last = ts_date_get_last_julian (date);
  return TRUE;
}

gboolean
ts_record_is_dated (TsRecord *self)
{
  g_return_val_if_fail (TS_IS_RECORD (self), FALSE);

  return TS_RECORD_GET_CLASS (self)->get_date != NULL;
}

void
ts_record_foreach_event (TsRecord          *self,
                         TsRecordEventFunc  func,
                         gpointer           user_data)
{
  TsRecordClass *klass;

  g_return_if_fail (TS_IS_RECORD (self));
  g_return_if_fail (func != NULL);

  klass = TS_RECORD_GET_CLASS (self);
  if (klass->foreach_event != NULL)
    klass->foreach_event (self, func, user_data);
}

void
ts_record_foreach_reference (TsRecord        *self,
                             TsReferenceFunc  func,
                             gpointer         user_data)
{
  g_return_if_fail (TS_IS_RECORD (self));
  g_return_if_fail (func != NULL);

  _ts_fields_foreach_reference (self, 0, func, user_data);
}

void
ts_record_foreach_place_reference (TsRecord        *self,
                                   TsReferenceFunc  func,
                                   gpointer         user_data)
{
  g_return_if_fail (TS_IS_RECORD (self));
  g_return_if_fail (func != NULL);

  _ts_fields_foreach_reference (self, TS_FIELD_HAPPENS_AT, func, user_data);
}

char *
ts_record_dup_search_text (TsRecord *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  _ts_fields_append_search_text (self, text);
  return ts_fold_text (text->str);
}

TsRecord *
ts_record_copy (TsRecord *self)
{
  TsRecord *copy;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  _ts_record_init_id (copy, ts_record_get_id (self));
  _ts_fields_copy (self, copy);

  return copy;
}

/* Records are equal when they would write the same JSON: every field
 * counts. */
gboolean
ts_record_equal (TsRecord *a,
                 TsRecord *b)
{
  g_return_val_if_fail (TS_IS_RECORD (a), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (b), FALSE);

  if (a == b)
    return TRUE;
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  return g_strcmp0 (ts_record_get_id (a), ts_record_get_id (b)) == 0
         && _ts_fields_equal (a, b);
}

/* NFKD splits letters from their accents (é → e + ´, й → и + ˘), the marks
 * go, case folds, and NFKC recomposes what remains. */
char *
ts_fold_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) bare = NULL;
  char *normalized;

  if (text == NULL)
    return g_strdup ("");

  /* Most text is plain ASCII, where folding is lowercasing. */
  for (const char *p = text; ; p++)
    {
      if (*p == '\0')
        return g_ascii_strdown (text, -1);
      if ((guchar) *p >= 0x80)
        break;
    }

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }

  folded = g_utf8_casefold (bare->str, bare->len);
  normalized = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  return normalized != NULL ? normalized : g_strdup ("");
}

