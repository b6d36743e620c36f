/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-record.h"
#include "ts-record-private.h"
#include "ts-agreement.h"
#include "ts-figure.h"
#include "ts-i18n.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"

typedef struct
{
  char         *id;
  char         *title;
  char         *summary;
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
  PROP_SUMMARY,
  PROP_NOTES,
  PROP_TAGS,
  PROP_SOURCE_IDS,
  PROP_CONFIDENCE,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The keys every record has, in FORMAT.md order. */
static const char * const common_keys[] = {
  "type", "id", "title", "summary", "notes", "tags", "sources", "confidence",
  "created", "modified", NULL
};

static const char * const record_type_names[] = {
  "meeting", "agreement", "project", "person", "organization", "place", "source",
  "figure",
};

static const char * const record_type_labels[] = {
  NC_("record type", "Meeting"),
  NC_("record type", "Agreement"),
  NC_("record type", "Project"),
  NC_("record type", "Person"),
  NC_("record type", "Organization"),
  NC_("record type", "Place"),
  NC_("record type", "Source"),
  NC_("record type", "Figure"),
};

static const char * const record_type_plurals[] = {
  NC_("record types", "Meetings"),
  NC_("record types", "Agreements"),
  NC_("record types", "Projects"),
  NC_("record types", "People"),
  NC_("record types", "Organizations"),
  NC_("record types", "Places"),
  NC_("record types", "Sources"),
  NC_("record types", "Figures"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (record_type_names) == TS_N_RECORD_TYPES);

static const TsRecordHooks *
get_hooks (TsRecord *self)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("ts-record-hooks");

  return g_type_get_qdata (G_OBJECT_TYPE (self), quark);
}

static const char *
describe_node (JsonNode *node)
{
  GType value_type;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      value_type = json_node_get_value_type (node);
      if (value_type == G_TYPE_STRING)
        return _("a string");
      if (value_type == G_TYPE_BOOLEAN)
        return _("true or false");
      return _("a number");
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType value_type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  value_type = json_node_get_value_type (node);
  return value_type == G_TYPE_INT64 || value_type == G_TYPE_DOUBLE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Absent and null are the same: a missing optional value. */
static JsonNode *
get_member (JsonObject *object,
            const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static void
set_type_error (const TsJsonContext  *ctx,
                const char           *path,
                JsonNode             *node,
                const char           *expected,
                GError              **error)
{
  /* Translators: "expected a list of strings, found a number" */
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx->id, path,
                        _("expected %s, found %s"), expected, describe_node (node));
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static gboolean
is_slug (const char *slug)
{
  if (*slug == '\0')
    return FALSE;

  for (const char *p = slug; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static char *
describe_types (guint types)
{
  g_autoptr(GString) forms = g_string_new (NULL);

  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      if ((types & TS_RECORD_TYPE_BIT (i)) == 0)
        continue;
      if (forms->len > 0)
        g_string_append (forms, _(" or "));
      g_string_append_printf (forms, "%s/…", record_type_names[i]);
    }

  return g_string_free (g_steal_pointer (&forms), FALSE);
}

/* Not g_date_time_format's %Y, which writes the year 78 as "78": the year
 * has four digits, as ISO 8601 and the reader want. */
static char *
format_timestamp (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

/* The years FORMAT.md allows in created and modified: four digits, and
 * not the distant past, which no record was made in. */
#define MIN_TIMESTAMP_YEAR 1000
#define MAX_TIMESTAMP_YEAR 9999

static gboolean
check_timestamp (const char  *id,
                 const char  *field,
                 GDateTime   *time,
                 GError     **error)
{
  g_autoptr(GDateTime) utc = NULL;
  int year;

  if (time == NULL)
    return TRUE;

  utc = g_date_time_to_utc (time);
  year = g_date_time_get_year (utc);
  if (year >= MIN_TIMESTAMP_YEAR && year <= MAX_TIMESTAMP_YEAR)
    return TRUE;

  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("the year %d is not one Tianshan keeps: use a time from the year "
                          "%d to %d, like 2026-11-23T07:00:00Z"),
                        year, MIN_TIMESTAMP_YEAR, MAX_TIMESTAMP_YEAR);
  return FALSE;
}

static gboolean
check_text (const char  *id,
            const char  *field,
            const char  *text,
            GError     **error)
{
  g_autofree char *shown = NULL;

  if (g_utf8_validate (text, -1, NULL))
    return TRUE;

  /* The field's path may hold the bad bytes too (a language code). */
  shown = g_utf8_make_valid (field, -1);
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, shown,
                        _("the text is not valid UTF-8: check the file’s encoding and its "
                          "escapes"));
  return FALSE;
}

static gboolean check_texts (const char  *id,
                             GString     *path,
                             JsonNode    *node,
                             GError     **error);

static gboolean
check_object_texts (const char  *id,
                    GString     *path,
                    JsonObject  *object,
                    GError     **error)
{
  gsize length = path->len;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &member))
    {
      if (length > 0)
        g_string_append_c (path, '.');
      g_string_append (path, key);
      if (!check_text (id, path->str, key, error) || !check_texts (id, path, member, error))
        return FALSE;
      g_string_truncate (path, length);
    }

  return TRUE;
}

/* Every string of the record, keys included, as JSON holds them: what is
 * not UTF-8 cannot be written as JSON and read back. */
static gboolean
check_texts (const char  *id,
             GString     *path,
             JsonNode    *node,
             GError     **error)
{
  gsize length = path->len;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return check_object_texts (id, path, json_node_get_object (node), error);

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n_elements = json_array_get_length (array);

        for (guint i = 0; i < n_elements; i++)
          {
            g_string_append_printf (path, "[%u]", i);
            if (!check_texts (id, path, json_array_get_element (array, i), error))
              return FALSE;
            g_string_truncate (path, length);
          }
      }
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return check_text (id, path->str, json_node_get_string (node), error);
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/* Times are kept as they are written: UTC, whole seconds. Otherwise a
 * record read back from JSON would differ from the one written. */
static gboolean
set_date_time (GDateTime **field,
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

static gboolean
read_timestamp (const TsJsonContext  *ctx,
                JsonObject           *object,
                const char           *key,
                GDateTime           **out,
                GError              **error)
{
  JsonNode *node = get_member (object, key);
  GDateTime *time;

  if (node == NULL)
    return TRUE;

  if (!node_is_string (node))
    {
      set_type_error (ctx, key, node, _("a UTC time like 2026-11-23T07:00:00Z"), error);
      return FALSE;
    }

  time = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (time == NULL)
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx->id, key,
                            _("“%s” is not a time like 2026-11-23T07:00:00Z"),
                            json_node_get_string (node));
      return FALSE;
    }

  set_date_time (out, time);
  g_date_time_unref (time);
  return TRUE;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static char *
record_to_string (TsRecord *self)
{
  g_autoptr(JsonNode) node = ts_record_to_json (self);

  return json_to_string (node, FALSE);
}

static void
ts_record_real_append_search_text (TsRecord *self,
                                   GString  *text)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  _ts_search_append (text, priv->title);
  _ts_search_append (text, priv->summary);
  _ts_search_append_strv (text, (const char * const *) priv->tags);
}

static void
ts_record_finalize (GObject *object)
{
  TsRecord *self = (TsRecord *)object;
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->summary, g_free);
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
    case PROP_SUMMARY:
      g_value_set_string (value, priv->summary);
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
    case PROP_SUMMARY:
      ts_record_set_summary (self, g_value_get_string (value));
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

  klass->append_search_text = ts_record_real_append_search_text;

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

void
_ts_record_class_set_hooks (TsRecordClass       *klass,
                            const TsRecordHooks *hooks)
{
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass),
                    g_quark_from_static_string ("ts-record-hooks"),
                    (gpointer) hooks);
}

void
_ts_record_append_name_text (TsRecord *self,
                             GString  *text)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);

  _ts_search_append (text, priv->title);

  if (TS_IS_PERSON (self))
    {
      _ts_search_append_names (text, ts_person_get_names (TS_PERSON (self)));
      _ts_search_append_strv (text, ts_person_get_aliases (TS_PERSON (self)));
    }
  else if (TS_IS_ORGANIZATION (self))
    {
      _ts_search_append_names (text, ts_organization_get_names (TS_ORGANIZATION (self)));
      _ts_search_append_strv (text, ts_organization_get_aliases (TS_ORGANIZATION (self)));
    }
  else if (TS_IS_PLACE (self))
    {
      _ts_search_append_names (text, ts_place_get_names (TS_PLACE (self)));
      _ts_search_append_strv (text, ts_place_get_aliases (TS_PLACE (self)));
    }
}

void
_ts_record_set_error (GError     **error,
                      TsError      code,
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
    g_set_error (error, TS_ERROR, code, _("Record “%s”, field “%s”: %s"), id, field, detail);
  else
    g_set_error (error, TS_ERROR, code, _("Record “%s”: %s"), id, detail);
}

gboolean
_ts_set_string (char       **field,
                const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

char **
_ts_strv_new_empty (void)
{
  return g_new0 (char *, 1);
}

gboolean
_ts_set_strv (char               ***field,
              const char * const   *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) clean = NULL;

  for (guint i = 0; value != NULL && value[i] != NULL; i++)
    {
      if (value[i][0] != '\0')
        g_strv_builder_add (builder, value[i]);
    }
  clean = g_strv_builder_end (builder);

  if (strv_equal ((const char * const *) *field, (const char * const *) clean))
    return FALSE;

  g_strfreev (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

gboolean
_ts_set_date (TsDate       *field,
              const TsDate *value)
{
  TsDate unset = TS_DATE_INIT;

  if (value == NULL || !ts_date_is_set (value))
    value = &unset;

  if (field->precision == value->precision && field->qualifier == value->qualifier
      && field->year == value->year && field->month == value->month
      && field->day == value->day)
    return FALSE;

  *field = *value;
  return TRUE;
}

gboolean
_ts_set_double (double *field,
                double  value)
{
  if (*field == value || (isnan (*field) && isnan (value)))
    return FALSE;

  *field = value;
  return TRUE;
}

GHashTable *
_ts_names_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

GHashTable *
_ts_names_copy (GHashTable *names)
{
  GHashTable *copy = _ts_names_new ();
  GHashTableIter iter;
  gpointer key, value;

  if (names == NULL)
    return copy;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (key != NULL && value != NULL && ((char *) value)[0] != '\0')
        g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
    }

  return copy;
}

gboolean
_ts_names_equal (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;
  guint a_size = a != NULL ? g_hash_table_size (a) : 0;
  guint b_size = b != NULL ? g_hash_table_size (b) : 0;

  if (a_size != b_size)
    return FALSE;
  if (a_size == 0)
    return TRUE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
        return FALSE;
    }

  return TRUE;
}

static int
language_rank (const char *language)
{
  static const char * const first[] = { "en", "ru", "ky", "zh" };

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      if (g_str_equal (language, first[i]))
        return i;
    }

  return G_N_ELEMENTS (first);
}

static int
compare_languages (gconstpointer a,
                   gconstpointer b)
{
  const char *la = *(const char * const *) a;
  const char *lb = *(const char * const *) b;
  int ra = language_rank (la);
  int rb = language_rank (lb);

  if (ra != rb)
    return ra - rb;
  return strcmp (la, lb);
}

GPtrArray *
_ts_names_get_languages (GHashTable *names)
{
  GPtrArray *languages = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (names == NULL)
    return languages;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (languages, key);
  g_ptr_array_sort (languages, compare_languages);

  return languages;
}

GPtrArray *
_ts_items_copy (GPtrArray      *items,
                GBoxedCopyFunc  copy,
                GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      if (g_ptr_array_index (items, i) != NULL)
        g_ptr_array_add (result, copy (g_ptr_array_index (items, i)));
    }

  return result;
}

gboolean
_ts_items_equal (GPtrArray  *a,
                 GPtrArray  *b,
                 GEqualFunc  equal)
{
  guint a_len = a != NULL ? a->len : 0;
  guint b_len = b != NULL ? b->len : 0;

  if (a_len != b_len)
    return FALSE;

  for (guint i = 0; i < a_len; i++)
    {
      if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* JSON reading */

char *
_ts_json_context_path (const TsJsonContext *ctx,
                       const char          *key)
{
  if (ctx->prefix != NULL)
    return g_strdup_printf ("%s.%s", ctx->prefix, key);
  return g_strdup (key);
}

gboolean
_ts_json_check_keys (const TsJsonContext  *ctx,
                     JsonObject           *object,
                     const char * const   *keys,
                     const char * const   *more_keys,
                     GError              **error)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      g_autofree char *path = NULL;

      if (g_strv_contains (keys, member)
          || (more_keys != NULL && g_strv_contains (more_keys, member)))
        continue;

      path = _ts_json_context_path (ctx, member);
      _ts_record_set_error (error, TS_ERROR_UNKNOWN_FIELD, ctx->id, path,
                            _("unknown field; check its spelling against the "
                              "interchange format"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_json_read_string (const TsJsonContext  *ctx,
                      JsonObject           *object,
                      const char           *key,
                      char                **out,
                      GError              **error)
{
  JsonNode *node = get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!node_is_string (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a string"), error);
      return FALSE;
    }

  _ts_set_string (out, json_node_get_string (node));
  return TRUE;
}

gboolean
_ts_json_read_strv (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    char               ***out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) strv = NULL;
  JsonArray *array;
  guint length;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a list of strings"), error);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is_string (element))
        {
          g_autofree char *list_path = _ts_json_context_path (ctx, key);
          g_autofree char *path = g_strdup_printf ("%s[%u]", list_path, i);

          set_type_error (ctx, path, element, _("a string"), error);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  strv = g_strv_builder_end (builder);
  _ts_set_strv (out, (const char * const *) strv);
  return TRUE;
}

gboolean
_ts_json_read_date (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    TsDate               *out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  if (node == NULL)
    return TRUE;

  path = _ts_json_context_path (ctx, key);
  if (!node_is_string (node))
    {
      set_type_error (ctx, path, node, _("a date like 2023-10-25, 2023-10 or 2023"), error);
      return FALSE;
    }

  if (!ts_date_parse (json_node_get_string (node), out, &local_error))
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx->id, path,
                            "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_json_read_number (const TsJsonContext  *ctx,
                      JsonObject           *object,
                      const char           *key,
                      double               *out,
                      GError              **error)
{
  JsonNode *node = get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!node_is_number (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a number"), error);
      return FALSE;
    }

  *out = json_node_get_double (node);
  return TRUE;
}

gboolean
_ts_json_read_enum (const TsJsonContext  *ctx,
                    JsonObject           *object,
                    const char           *key,
                    GType                 enum_type,
                    int                  *out,
                    GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autofree char *path = NULL;
  const char *nick;
  int value;

  if (node == NULL)
    return TRUE;

  path = _ts_json_context_path (ctx, key);
  if (!node_is_string (node))
    {
      set_type_error (ctx, path, node, _("a string"), error);
      return FALSE;
    }

  nick = json_node_get_string (node);
  if (g_strcmp0 (nick, "unset") == 0 || !ts_enum_from_nick (enum_type, nick, &value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        {
          if (g_str_equal (klass->values[i].value_nick, "unset"))
            continue;
          if (allowed->len > 0)
            g_string_append (allowed, ", ");
          g_string_append (allowed, klass->values[i].value_nick);
        }

      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx->id, path,
                            /* Translators: the second %s lists the allowed values */
                            _("“%s” is not one of %s"), nick, allowed->str);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
_ts_json_read_names (const TsJsonContext  *ctx,
                     JsonObject           *object,
                     const char           *key,
                     GHashTable          **out,
                     GError              **error)
{
  JsonNode *node = get_member (object, key);
  g_autoptr(GHashTable) names = NULL;
  JsonObjectIter iter;
  const char *language;
  JsonNode *name;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("an object of names by language code"), error);
      return FALSE;
    }

  names = _ts_names_new ();
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &language, &name))
    {
      g_autofree char *list_path = _ts_json_context_path (ctx, key);
      g_autofree char *path = g_strdup_printf ("%s.%s", list_path, language);

      if (JSON_NODE_HOLDS_NULL (name))
        continue;
      if (!node_is_string (name))
        {
          set_type_error (ctx, path, name, _("a string"), error);
          return FALSE;
        }
      if (language[0] == '\0' || strlen (language) > 16)
        {
          _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx->id, path,
                                _("“%s” is not a language code like en, ru, ky or zh"),
                                language);
          return FALSE;
        }
      if (json_node_get_string (name)[0] != '\0')
        g_hash_table_insert (names, g_strdup (language), g_strdup (json_node_get_string (name)));
    }

  g_clear_pointer (out, g_hash_table_unref);
  *out = g_steal_pointer (&names);
  return TRUE;
}

gboolean
_ts_json_read_items (const TsJsonContext  *ctx,
                     JsonObject           *object,
                     const char           *key,
                     JsonArray           **out,
                     GError              **error)
{
  JsonNode *node = get_member (object, key);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *path = _ts_json_context_path (ctx, key);

      set_type_error (ctx, path, node, _("a list of objects"), error);
      return FALSE;
    }

  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
_ts_json_get_item (const TsJsonContext  *ctx,
                   JsonArray            *array,
                   const char           *key,
                   guint                 index,
                   const char * const   *keys,
                   JsonObject          **item,
                   char                **prefix,
                   GError              **error)
{
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *list_path = _ts_json_context_path (ctx, key);
  g_autofree char *path = g_strdup_printf ("%s[%u]", list_path, index);
  TsJsonContext item_ctx = { ctx->id, path };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (ctx, path, node, _("an object"), error);
      return FALSE;
    }

  if (!_ts_json_check_keys (&item_ctx, json_node_get_object (node), keys, NULL, error))
    return FALSE;

  *item = json_node_get_object (node);
  *prefix = g_steal_pointer (&path);
  return TRUE;
}

/* JSON writing */

void
_ts_json_write_string (JsonBuilder *builder,
                       const char  *key,
                       const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

void
_ts_json_write_strv (JsonBuilder        *builder,
                     const char         *key,
                     const char * const *value)
{
  if (value == NULL || value[0] == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; value[i] != NULL; i++)
    {
      if (value[i][0] != '\0')
        json_builder_add_string_value (builder, value[i]);
    }
  json_builder_end_array (builder);
}

void
_ts_json_write_date (JsonBuilder  *builder,
                     const char   *key,
                     const TsDate *value)
{
  g_autofree char *text = ts_date_to_string (value);

  if (text == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

/* Whole numbers are written without a fraction (4700000000, not
 * 4700000000.0). */
void
_ts_json_write_number (JsonBuilder *builder,
                       const char  *key,
                       double       value)
{
  if (isnan (value))
    return;

  json_builder_set_member_name (builder, key);
  if (value == floor (value) && fabs (value) < 9.0e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

void
_ts_json_write_enum (JsonBuilder *builder,
                     const char  *key,
                     GType        enum_type,
                     int          value)
{
  const char *nick;

  if (value == 0)
    return;

  nick = ts_enum_to_nick (enum_type, value);
  if (nick == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, nick);
}

void
_ts_json_write_names (JsonBuilder *builder,
                      const char  *key,
                      GHashTable  *names)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (names);

  if (languages->len == 0)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  for (guint i = 0; i < languages->len; i++)
    {
      const char *language = g_ptr_array_index (languages, i);

      json_builder_set_member_name (builder, language);
      json_builder_add_string_value (builder, g_hash_table_lookup (names, language));
    }
  json_builder_end_object (builder);
}

/* Checks */

gboolean
_ts_check_required_string (const char  *id,
                           const char  *field,
                           const char  *value,
                           GError     **error)
{
  if (value != NULL && value[0] != '\0')
    return TRUE;

  _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, id, field, _("required but missing"));
  return FALSE;
}

gboolean
_ts_check_date (const char    *id,
                const char    *field,
                const TsDate  *value,
                GError       **error)
{
  if (value == NULL || ts_date_is_valid (value))
    return TRUE;

  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("%04d-%02d-%02d is not a date"),
                        value->year, value->month, value->day);
  return FALSE;
}

gboolean
_ts_check_required_date (const char    *id,
                         const char    *field,
                         const TsDate  *value,
                         GError       **error)
{
  if (!ts_date_is_set (value))
    {
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, id, field, _("required but missing"));
      return FALSE;
    }

  return _ts_check_date (id, field, value, error);
}

gboolean
_ts_check_required_number (const char  *id,
                           const char  *field,
                           double       value,
                           GError     **error)
{
  if (isnan (value))
    {
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, id, field, _("required but missing"));
      return FALSE;
    }

  if (isinf (value))
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field, _("not a finite number"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_ts_check_latitude (const char  *id,
                    const char  *field,
                    double       value,
                    GError     **error)
{
  g_autofree char *text = NULL;

  if (!_ts_check_required_number (id, field, value, error))
    return FALSE;
  if (value >= -90.0 && value <= 90.0)
    return TRUE;

  text = format_number (value);
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("%s is not a latitude (−90 to 90)"), text);
  return FALSE;
}

gboolean
_ts_check_longitude (const char  *id,
                     const char  *field,
                     double       value,
                     GError     **error)
{
  g_autofree char *text = NULL;

  if (!_ts_check_required_number (id, field, value, error))
    return FALSE;
  if (value >= -180.0 && value <= 180.0)
    return TRUE;

  text = format_number (value);
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("%s is not a longitude (−180 to 180)"), text);
  return FALSE;
}

gboolean
_ts_check_amount (const char  *id,
                  const char  *field,
                  double       value,
                  double       min,
                  double       max,
                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;

  if (isnan (value))
    return TRUE;

  if (isinf (value))
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field, _("not a finite number"));
      return FALSE;
    }

  if (value >= min && value <= max)
    return TRUE;

  /* The bounds in full: %g would write 1e+15. */
  text = format_number (value);
  min_text = g_strdup_printf ("%.0f", min);
  max_text = g_strdup_printf ("%.0f", max);
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("%s is out of range: use a number from %s to %s"),
                        text, min_text, max_text);
  return FALSE;
}

gboolean
_ts_check_language (const char  *id,
                    const char  *field,
                    const char  *value,
                    GError     **error)
{
  gsize length;

  if (value == NULL)
    return TRUE;

  length = strlen (value);
  if (length == 2 || length == 3)
    {
      gboolean lowercase = TRUE;

      for (gsize i = 0; i < length; i++)
        lowercase = lowercase && value[i] >= 'a' && value[i] <= 'z';
      if (lowercase)
        return TRUE;
    }

  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a language code: use the ISO 639-1 code, as en, ru, ky "
                          "or zh, or the ISO 639-3 code of a language without one, as dng"),
                        value);
  return FALSE;
}

gboolean
_ts_check_country (const char  *id,
                   const char  *field,
                   const char  *value,
                   GError     **error)
{
  if (value == NULL
      || (strlen (value) == 2 && g_ascii_isupper (value[0]) && g_ascii_isupper (value[1])))
    return TRUE;

  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a country code: use two capital letters, as CN or KG"),
                        value);
  return FALSE;
}

gboolean
_ts_check_url (const char  *id,
               const char  *field,
               const char  *value,
               GError     **error)
{
  g_autofree char *scheme = NULL;

  if (value == NULL)
    return TRUE;

  scheme = g_uri_parse_scheme (value);
  if (scheme != NULL
      && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
      && g_uri_is_valid (value, G_URI_FLAGS_PARSE_RELAXED, NULL))
    return TRUE;

  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        _("“%s” is not a web address: only http and https are allowed"),
                        value);
  return FALSE;
}

gboolean
_ts_check_reference (const char  *id,
                     const char  *field,
                     const char  *target,
                     guint        types,
                     gboolean     required,
                     GError     **error)
{
  TsRecordType type;
  g_autofree char *forms = NULL;

  if (target == NULL)
    {
      if (!required)
        return TRUE;
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, id, field, _("required but missing"));
      return FALSE;
    }

  if (ts_record_id_parse (target, &type) && (types & TS_RECORD_TYPE_BIT (type)) != 0)
    return TRUE;

  forms = describe_types (types);
  _ts_record_set_error (error, TS_ERROR_INVALID_DATA, id, field,
                        /* Translators: “kant” is not an id of the form place/… */
                        _("“%s” is not an id of the form %s"), target, forms);
  return FALSE;
}

gboolean
_ts_check_references (const char         *id,
                      const char         *field,
                      const char * const *targets,
                      guint               types,
                      GError            **error)
{
  for (guint i = 0; targets != NULL && targets[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", field, i);

      if (!_ts_check_reference (id, path, targets[i], types, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

/* Search text */

void
_ts_search_append (GString    *text,
                   const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, value);
}

void
_ts_search_append_strv (GString            *text,
                        const char * const *values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    _ts_search_append (text, values[i]);
}

void
_ts_search_append_names (GString    *text,
                         GHashTable *names)
{
  g_autoptr(GPtrArray) languages = _ts_names_get_languages (names);

  for (guint i = 0; i < languages->len; i++)
    _ts_search_append (text, g_hash_table_lookup (names, g_ptr_array_index (languages, i)));
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
 * or Kyrgyz UI shows "Садыр Жапаров", a Chinese one "林武"); otherwise, and
 * for the other types, the title. Search matches every name regardless.
 */
const char *
ts_record_get_display_name (TsRecord *self)
{
  GHashTable *names = NULL;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  if (TS_IS_PERSON (self))
    names = ts_person_get_names (TS_PERSON (self));
  else if (TS_IS_ORGANIZATION (self))
    names = ts_organization_get_names (TS_ORGANIZATION (self));
  else if (TS_IS_PLACE (self))
    names = ts_place_get_names (TS_PLACE (self));

  if (names != NULL && g_hash_table_size (names) > 0)
    {
      /* The list ends at "en": the title is the English name. */
      for (const char * const *l = ts_i18n_get_name_languages (); *l != NULL; l++)
        {
          const char *name = g_hash_table_lookup (names, *l);

          if (!g_str_equal (*l, "en") && name != NULL && *name != '\0')
            return name;
        }
    }

  return ts_record_get_title (self);
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

  if (set_date_time (&priv->created, created))
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

  if (set_date_time (&priv->modified, modified))
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

void
ts_record_foreach_reference (TsRecord        *self,
                             TsReferenceFunc  func,
                             gpointer         user_data)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  TsRecordClass *klass;

  g_return_if_fail (TS_IS_RECORD (self));
  g_return_if_fail (func != NULL);

  for (guint i = 0; priv->source_ids[i] != NULL; i++)
    func (self, "sources", priv->source_ids[i], user_data);

  klass = TS_RECORD_GET_CLASS (self);
  if (klass->foreach_reference != NULL)
    klass->foreach_reference (self, func, user_data);
}

char *
ts_record_dup_search_text (TsRecord *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  TS_RECORD_GET_CLASS (self)->append_search_text (self, text);
  return ts_fold_text (text->str);
}

static gboolean validate_record (TsRecord  *self,
                                 gboolean   texts_checked,
                                 gboolean   check_limits,
                                 GError   **error);

static TsRecord *
new_from_json (JsonObject  *object,
               gboolean     check_limits,
               GError     **error)
{
  g_autoptr(TsRecord) self = NULL;
  TsRecordPrivate *priv;
  TsRecordClass *klass;
  TsJsonContext ctx = { NULL, NULL };
  JsonNode *node;
  const char *type_name = NULL;
  TsRecordType type;
  TsRecordType id_type;
  int confidence = TS_CONFIDENCE_HIGH;

  g_return_val_if_fail (object != NULL, NULL);

  node = get_member (object, "id");
  if (node != NULL && node_is_string (node))
    ctx.id = json_node_get_string (node);

  node = get_member (object, "type");
  if (node == NULL)
    {
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, ctx.id, "type",
                            _("required but missing"));
      return NULL;
    }
  if (!node_is_string (node))
    {
      set_type_error (&ctx, "type", node, _("a string"), error);
      return NULL;
    }
  type_name = json_node_get_string (node);
  if (!ts_record_type_from_string (type_name, &type))
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx.id, "type",
                            _("“%s” is not a record type: use meeting, agreement, project, "
                              "person, organization, place, source or figure"),
                            type_name);
      return NULL;
    }

  node = get_member (object, "id");
  if (node == NULL)
    {
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, ctx.id, "id",
                            _("required but missing"));
      return NULL;
    }
  if (!node_is_string (node))
    {
      set_type_error (&ctx, "id", node, _("a string"), error);
      return NULL;
    }
  if (!ts_record_id_parse (ctx.id, &id_type) || id_type != type)
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, ctx.id, "id",
                            _("not an id of the form %s/name, with lowercase letters, "
                              "digits and dashes"),
                            type_name);
      return NULL;
    }

  /* The rule ts_record_validate() applies to the record's own JSON, here
   * to what the record is read from (cheaper than writing it out again),
   * and first: the messages of the other checks quote the text. */
  {
    g_autoptr(GString) path = g_string_new (NULL);

    if (!check_object_texts (ctx.id, path, object, error))
      return NULL;
  }

  self = g_object_new (ts_record_type_get_gtype (type), NULL);
  priv = ts_record_get_instance_private (self);
  klass = TS_RECORD_GET_CLASS (self);

  if (!_ts_json_check_keys (&ctx, object, common_keys, klass->keys, error))
    return NULL;

  priv->id = g_strdup (ctx.id);
  if (!_ts_json_read_string (&ctx, object, "title", &priv->title, error)
      || !_ts_json_read_string (&ctx, object, "summary", &priv->summary, error)
      || !_ts_json_read_string (&ctx, object, "notes", &priv->notes, error)
      || !_ts_json_read_strv (&ctx, object, "tags", &priv->tags, error)
      || !_ts_json_read_strv (&ctx, object, "sources", &priv->source_ids, error)
      || !_ts_json_read_enum (&ctx, object, "confidence", TS_TYPE_CONFIDENCE, &confidence,
                              error)
      || !read_timestamp (&ctx, object, "created", &priv->created, error)
      || !read_timestamp (&ctx, object, "modified", &priv->modified, error))
    return NULL;
  priv->confidence = confidence;

  if (klass->load_json != NULL && !klass->load_json (self, object, error))
    return NULL;

  /* Every string of the record comes from @object, checked above. */
  if (!validate_record (self, TRUE, check_limits, error))
    return NULL;

  return g_steal_pointer (&self);
}

TsRecord *
ts_record_new_from_json (JsonObject  *object,
                         GError     **error)
{
  return new_from_json (object, TRUE, error);
}

TsRecord *
ts_record_new_from_stored_json (JsonObject  *object,
                                GError     **error)
{
  return new_from_json (object, FALSE, error);
}

JsonNode *
ts_record_to_json (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  TsRecordClass *klass;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  klass = TS_RECORD_GET_CLASS (self);

  json_builder_begin_object (builder);
  _ts_json_write_string (builder, "type", ts_record_type_to_string (klass->record_type));
  _ts_json_write_string (builder, "id", priv->id);
  _ts_json_write_string (builder, "title", priv->title);
  _ts_json_write_string (builder, "summary", priv->summary);
  _ts_json_write_string (builder, "notes", priv->notes);
  _ts_json_write_strv (builder, "tags", (const char * const *) priv->tags);
  _ts_json_write_strv (builder, "sources", (const char * const *) priv->source_ids);
  _ts_json_write_enum (builder, "confidence", TS_TYPE_CONFIDENCE, priv->confidence);
  if (priv->created != NULL)
    {
      g_autofree char *text = format_timestamp (priv->created);

      _ts_json_write_string (builder, "created", text);
    }
  if (priv->modified != NULL)
    {
      g_autofree char *text = format_timestamp (priv->modified);

      _ts_json_write_string (builder, "modified", text);
    }

  if (klass->save_json != NULL)
    klass->save_json (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

TsRecord *
ts_record_copy (TsRecord *self)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  TsRecordPrivate *copy_priv;
  const TsRecordHooks *hooks;
  TsRecord *copy;

  g_return_val_if_fail (TS_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  copy_priv = ts_record_get_instance_private (copy);

  copy_priv->id = g_strdup (priv->id);
  copy_priv->title = g_strdup (priv->title);
  copy_priv->summary = g_strdup (priv->summary);
  copy_priv->notes = g_strdup (priv->notes);
  g_strfreev (copy_priv->tags);
  copy_priv->tags = g_strdupv (priv->tags);
  g_strfreev (copy_priv->source_ids);
  copy_priv->source_ids = g_strdupv (priv->source_ids);
  copy_priv->confidence = priv->confidence;
  copy_priv->created = priv->created != NULL ? g_date_time_ref (priv->created) : NULL;
  copy_priv->modified = priv->modified != NULL ? g_date_time_ref (priv->modified) : NULL;

  hooks = get_hooks (self);
  if (hooks != NULL && hooks->copy_fields != NULL)
    hooks->copy_fields (self, copy);

  return copy;
}

/* Records are equal when they write the same JSON: every field counts. */
gboolean
ts_record_equal (TsRecord *a,
                 TsRecord *b)
{
  g_autofree char *a_text = NULL;
  g_autofree char *b_text = NULL;

  g_return_val_if_fail (TS_IS_RECORD (a), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (b), FALSE);

  if (a == b)
    return TRUE;
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  a_text = record_to_string (a);
  b_text = record_to_string (b);
  return g_str_equal (a_text, b_text);
}

const char *
ts_record_type_to_string (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);

  return record_type_names[type];
}

gboolean
ts_record_type_from_string (const char   *string,
                            TsRecordType *type)
{
  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      if (g_str_equal (string, record_type_names[i]))
        {
          if (type != NULL)
            *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ts_record_type_get_label (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "record type", record_type_labels[type]);
}

const char *
ts_record_type_get_plural (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "record types", record_type_plurals[type]);
}

GType
ts_record_type_get_gtype (TsRecordType type)
{
  switch (type)
    {
    case TS_RECORD_TYPE_MEETING:
      return TS_TYPE_MEETING;
    case TS_RECORD_TYPE_AGREEMENT:
      return TS_TYPE_AGREEMENT;
    case TS_RECORD_TYPE_PROJECT:
      return TS_TYPE_PROJECT;
    case TS_RECORD_TYPE_PERSON:
      return TS_TYPE_PERSON;
    case TS_RECORD_TYPE_ORGANIZATION:
      return TS_TYPE_ORGANIZATION;
    case TS_RECORD_TYPE_PLACE:
      return TS_TYPE_PLACE;
    case TS_RECORD_TYPE_SOURCE:
      return TS_TYPE_SOURCE;
    case TS_RECORD_TYPE_FIGURE:
      return TS_TYPE_FIGURE;
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
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

gboolean
ts_record_id_parse (const char   *id,
                    TsRecordType *type)
{
  const char *slash;
  g_autofree char *type_name = NULL;

  if (id == NULL)
    return FALSE;

  slash = strchr (id, '/');
  if (slash == NULL || !is_slug (slash + 1))
    return FALSE;

  type_name = g_strndup (id, slash - id);
  return ts_record_type_from_string (type_name, type);
}

char *
ts_record_make_id (TsRecordType  type,
                   const char   *title)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) slug = g_string_new (NULL);

  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);

  ascii = g_str_to_ascii (title != NULL ? title : "", "C");
  for (const char *p = ascii; *p != '\0' && slug->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    g_string_append (slug, record_type_names[type]);

  return g_strdup_printf ("%s/%s", record_type_names[type], slug->str);
}

/* ts_record_validate(); @texts_checked when every string the record holds
 * was checked already, in the JSON it was read from; @check_limits unless
 * the record comes from the store (see TsRecordHooks.validate_limits). */
static gboolean
validate_record (TsRecord  *self,
                 gboolean   texts_checked,
                 gboolean   check_limits,
                 GError   **error)
{
  TsRecordPrivate *priv = ts_record_get_instance_private (self);
  const TsRecordHooks *hooks;
  TsRecordType id_type;

  if (priv->id == NULL)
    {
      _ts_record_set_error (error, TS_ERROR_MISSING_FIELD, NULL, "id", _("required but missing"));
      return FALSE;
    }
  if (!ts_record_id_parse (priv->id, &id_type)
      || id_type != ts_record_get_record_type (self))
    {
      _ts_record_set_error (error, TS_ERROR_INVALID_DATA, priv->id, "id",
                            _("not an id of the form %s/name, with lowercase letters, "
                              "digits and dashes"),
                            ts_record_type_to_string (ts_record_get_record_type (self)));
      return FALSE;
    }

  /* The text first: the messages of the other checks quote it. */
  if (!texts_checked)
    {
      g_autoptr(JsonNode) node = ts_record_to_json (self);
      g_autoptr(GString) path = g_string_new (NULL);

      if (!check_texts (priv->id, path, node, error))
        return FALSE;
    }

  if (!_ts_check_required_string (priv->id, "title", priv->title, error)
      || !check_timestamp (priv->id, "created", priv->created, error)
      || !check_timestamp (priv->id, "modified", priv->modified, error)
      || !_ts_check_references (priv->id, "sources",
                                (const char * const *) priv->source_ids,
                                TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE), error))
    return FALSE;

  hooks = get_hooks (self);
  if (hooks != NULL && hooks->validate != NULL && !hooks->validate (self, error))
    return FALSE;
  if (check_limits && hooks != NULL && hooks->validate_limits != NULL
      && !hooks->validate_limits (self, error))
    return FALSE;

  return TRUE;
}

gboolean
ts_record_validate (TsRecord  *self,
                    GError   **error)
{
  g_return_val_if_fail (TS_IS_RECORD (self), FALSE);

  return validate_record (self, FALSE, TRUE, error);
}

guint
ts_record_get_reference_types (TsRecord   *self,
                               const char *field)
{
  const TsRecordHooks *hooks;

  g_return_val_if_fail (TS_IS_RECORD (self), 0);
  g_return_val_if_fail (field != NULL, 0);

  if (g_str_equal (field, "sources"))
    return TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE);

  hooks = get_hooks (self);
  if (hooks != NULL && hooks->reference_types != NULL)
    return hooks->reference_types (field);

  return 0;
}
