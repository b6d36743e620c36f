/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-query"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-query-private.h"
#include "ts-dataset.h"
#include "ts-error.h"
#include "ts-record-private.h"

G_DEFINE_FINAL_TYPE (TsQuery, ts_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_TYPES,
  PROP_FROM,
  PROP_TO,
  PROP_COUNTRY,
  PROP_PLACE,
  PROP_PERSON,
  PROP_COUNTERPART,
  PROP_TAG,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (TsQuery    *self,
              GParamSpec *pspec)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_signal_emit (self, signals[CHANGED], 0);
}

static char **
tokenize (const char *text)
{
  g_autofree char *folded = ts_fold_text (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = NULL;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = c == 0 || g_unichar_isspace (c);

      if (space && start != NULL)
        {
          g_autofree char *token = g_strndup (start, p - start);

          g_strv_builder_add (builder, token);
          start = NULL;
        }
      else if (!space && start == NULL)
        {
          start = p;
        }

      if (c == 0)
        break;
    }

  return g_strv_builder_end (builder);
}

static gboolean
set_string (TsQuery     *self,
            char       **field,
            const char  *value,
            GParamSpec  *pspec)
{
  if (!_ts_set_string (field, value))
    return FALSE;

  emit_changed (self, pspec);
  return TRUE;
}

static void
set_date (TsQuery      *self,
          TsDate       *field,
          const TsDate *value,
          GParamSpec   *pspec)
{
  if (_ts_set_date (field, value))
    emit_changed (self, pspec);
}

static void
ts_query_finalize (GObject *object)
{
  TsQuery *self = (TsQuery *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->tokens, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->place_id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->counterpart, g_free);
  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (ts_query_parent_class)->finalize (object);
}

static void
ts_query_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TsQuery *self = TS_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TYPES:
      g_value_set_uint (value, self->types);
      break;
    case PROP_FROM:
      g_value_set_boxed (value, &self->from);
      break;
    case PROP_TO:
      g_value_set_boxed (value, &self->to);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place_id);
      break;
    case PROP_PERSON:
      g_value_set_string (value, self->person_id);
      break;
    case PROP_COUNTERPART:
      g_value_set_string (value, self->counterpart);
      break;
    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_query_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  TsQuery *self = TS_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      ts_query_set_text (self, g_value_get_string (value));
      break;
    case PROP_TYPES:
      ts_query_set_types (self, g_value_get_uint (value));
      break;
    case PROP_FROM:
      ts_query_set_from (self, g_value_get_boxed (value));
      break;
    case PROP_TO:
      ts_query_set_to (self, g_value_get_boxed (value));
      break;
    case PROP_COUNTRY:
      ts_query_set_country (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      ts_query_set_place (self, g_value_get_string (value));
      break;
    case PROP_PERSON:
      ts_query_set_person (self, g_value_get_string (value));
      break;
    case PROP_COUNTERPART:
      ts_query_set_counterpart (self, g_value_get_string (value));
      break;
    case PROP_TAG:
      ts_query_set_tag (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_query_class_init (TsQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_query_finalize;
  object_class->get_property = ts_query_get_property;
  object_class->set_property = ts_query_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TYPES] =
    g_param_spec_uint ("types", NULL, NULL, 0, (1u << TS_N_RECORD_TYPES) - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM] =
    g_param_spec_boxed ("from", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO] =
    g_param_spec_boxed ("to", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_string ("person", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTERPART] =
    g_param_spec_string ("counterpart", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsQuery::changed:
   *
   * Emitted whenever a setter changes the query.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ts_query_init (TsQuery *self)
{
  self->tokens = _ts_strv_new_empty ();
  for (guint i = 0; i < N_VOCABULARIES; i++)
    self->vocabulary[i] = -1;
}

TsQuery *
ts_query_new (void)
{
  return g_object_new (TS_TYPE_QUERY, NULL);
}

static gboolean
parse_type_name (const char   *name,
                 TsRecordType *type)
{
  g_autofree char *singular = NULL;
  gsize length = strlen (name);

  if (ts_record_type_from_string (name, type))
    return TRUE;
  if (g_str_equal (name, "people"))
    return ts_record_type_from_string ("person", type);
  if (length > 1 && name[length - 1] == 's')
    {
      singular = g_strndup (name, length - 1);
      return ts_record_type_from_string (singular, type);
    }

  return FALSE;
}

/**
 * ts_query_new_from_strings:
 *
 * The query of the command line: @types is a comma-separated list of record
 * types, singular or plural ("meeting,agreements"); @from and @to are dates
 * in the interchange form. Each may be %NULL or empty. Errors are
 * %TS_USAGE_ERROR_INVALID and say which argument is wrong.
 */
TsQuery *
ts_query_new_from_strings (const char  *text,
                           const char  *types,
                           const char  *from,
                           const char  *to,
                           GError     **error)
{
  g_autoptr(TsQuery) self = ts_query_new ();
  g_autoptr(GError) local_error = NULL;

  ts_query_set_text (self, text);

  if (types != NULL && types[0] != '\0')
    {
      g_auto(GStrv) names = g_strsplit (types, ",", -1);
      guint mask = 0;

      for (guint i = 0; names[i] != NULL; i++)
        {
          const char *name = g_strstrip (names[i]);
          TsRecordType type;

          if (name[0] == '\0')
            continue;
          if (!parse_type_name (name, &type))
            {
              g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                           _("“%s” is not a record type: use meeting, agreement, project, "
                             "person, organization, place, source or figure"),
                           name);
              return NULL;
            }
          mask |= TS_RECORD_TYPE_BIT (type);
        }
      ts_query_set_types (self, mask);
    }

  if (from != NULL && from[0] != '\0')
    {
      TsDate date = TS_DATE_INIT;

      if (!ts_date_parse (from, &date, &local_error))
        {
          g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                       _("Start of the period: %s"), local_error->message);
          return NULL;
        }
      ts_query_set_from (self, &date);
    }

  if (to != NULL && to[0] != '\0')
    {
      TsDate date = TS_DATE_INIT;

      if (!ts_date_parse (to, &date, &local_error))
        {
          g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                       _("End of the period: %s"), local_error->message);
          return NULL;
        }
      ts_query_set_to (self, &date);
    }

  if (ts_date_is_set (&self->from) && ts_date_is_set (&self->to)
      && ts_date_get_first_julian (&self->from) > ts_date_get_last_julian (&self->to))
    {
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("The period ends (%s) before it starts (%s)"), to, from);
      return NULL;
    }

  return g_steal_pointer (&self);
}

TsQuery *
ts_query_copy (TsQuery *self)
{
  TsQuery *copy;

  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  copy = ts_query_new ();
  copy->text = g_strdup (self->text);
  g_strfreev (copy->tokens);
  copy->tokens = g_strdupv (self->tokens);
  copy->types = self->types;
  copy->from = self->from;
  copy->to = self->to;
  copy->country = g_strdup (self->country);
  copy->place_id = g_strdup (self->place_id);
  copy->person_id = g_strdup (self->person_id);
  copy->counterpart = g_strdup (self->counterpart);
  copy->tag = g_strdup (self->tag);
  memcpy (copy->vocabulary, self->vocabulary, sizeof self->vocabulary);

  return copy;
}

const char *
ts_query_get_text (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->text;
}

/* Each whitespace-separated word must occur, folded, in what a record says
 * or links to. */
void
ts_query_set_text (TsQuery    *self,
                   const char *text)
{
  g_return_if_fail (TS_IS_QUERY (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_strfreev (self->tokens);
  self->tokens = tokenize (text);
  emit_changed (self, properties[PROP_TEXT]);
}

guint
ts_query_get_types (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), 0);

  return self->types;
}

void
ts_query_set_types (TsQuery *self,
                    guint    types)
{
  g_return_if_fail (TS_IS_QUERY (self));

  types &= (1u << TS_N_RECORD_TYPES) - 1;
  if (self->types == types)
    return;

  self->types = types;
  emit_changed (self, properties[PROP_TYPES]);
}

const TsDate *
ts_query_get_from (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return &self->from;
}

void
ts_query_set_from (TsQuery      *self,
                   const TsDate *from)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_date (self, &self->from, from, properties[PROP_FROM]);
}

const TsDate *
ts_query_get_to (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return &self->to;
}

void
ts_query_set_to (TsQuery      *self,
                 const TsDate *to)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_date (self, &self->to, to, properties[PROP_TO]);
}

const char *
ts_query_get_country (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->country;
}

/* An ISO 3166 alpha-2 code, compared without regard to case. */
void
ts_query_set_country (TsQuery    *self,
                      const char *country)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_string (self, &self->country, country, properties[PROP_COUNTRY]);
}

const char *
ts_query_get_place (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->place_id;
}

void
ts_query_set_place (TsQuery    *self,
                    const char *place_id)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_string (self, &self->place_id, place_id, properties[PROP_PLACE]);
}

const char *
ts_query_get_person (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->person_id;
}

void
ts_query_set_person (TsQuery    *self,
                     const char *person_id)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_string (self, &self->person_id, person_id, properties[PROP_PERSON]);
}

const char *
ts_query_get_counterpart (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->counterpart;
}

/* An ISO 3166 alpha-2 code, compared without regard to case. */
void
ts_query_set_counterpart (TsQuery    *self,
                          const char *country)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_string (self, &self->counterpart, country, properties[PROP_COUNTERPART]);
}

const char *
ts_query_get_tag (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return self->tag;
}

void
ts_query_set_tag (TsQuery    *self,
                  const char *tag)
{
  g_return_if_fail (TS_IS_QUERY (self));

  set_string (self, &self->tag, tag, properties[PROP_TAG]);
}

/* Fields as ts-query.h lists them. */
int
ts_query_get_vocabulary (TsQuery    *self,
                         const char *field)
{
  int vocabulary;

  g_return_val_if_fail (TS_IS_QUERY (self), -1);

  vocabulary = _ts_query_find_vocabulary (field);
  g_return_val_if_fail (vocabulary >= 0, -1);

  return self->vocabulary[vocabulary];
}

void
ts_query_set_vocabulary (TsQuery    *self,
                         const char *field,
                         int         value)
{
  int vocabulary;

  g_return_if_fail (TS_IS_QUERY (self));

  vocabulary = _ts_query_find_vocabulary (field);
  g_return_if_fail (vocabulary >= 0);

  if (value < 0)
    value = -1;
  if (self->vocabulary[vocabulary] == value)
    return;

  self->vocabulary[vocabulary] = value;
  emit_changed (self, NULL);
}

gboolean
ts_query_is_empty (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), TRUE);

  return self->tokens[0] == NULL && !ts_query_has_filters (self);
}

/* Unsets a string filter without a signal; whether it was set. */
static gboolean
unset_string (TsQuery     *self,
              char       **field,
              GParamSpec  *pspec)
{
  if (*field == NULL)
    return FALSE;

  g_clear_pointer (field, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

static gboolean
unset_filters (TsQuery *self)
{
  TsDate unset = TS_DATE_INIT;
  gboolean changed = FALSE;

  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      changed |= self->vocabulary[i] >= 0;
      self->vocabulary[i] = -1;
    }
  if (self->types != 0)
    {
      self->types = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPES]);
      changed = TRUE;
    }
  if (_ts_set_date (&self->from, &unset))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
      changed = TRUE;
    }
  if (_ts_set_date (&self->to, &unset))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
      changed = TRUE;
    }
  changed |= unset_string (self, &self->country, properties[PROP_COUNTRY]);
  changed |= unset_string (self, &self->place_id, properties[PROP_PLACE]);
  changed |= unset_string (self, &self->person_id, properties[PROP_PERSON]);
  changed |= unset_string (self, &self->counterpart, properties[PROP_COUNTERPART]);
  changed |= unset_string (self, &self->tag, properties[PROP_TAG]);

  return changed;
}

/**
 * ts_query_clear_filters:
 *
 * Unsets every filter, leaving the text; emits ::changed once, if anything
 * changed.
 */
void
ts_query_clear_filters (TsQuery *self)
{
  g_return_if_fail (TS_IS_QUERY (self));

  if (unset_filters (self))
    emit_changed (self, NULL);
}

/**
 * ts_query_clear:
 *
 * Unsets the text and every filter; emits ::changed once, if anything
 * changed.
 */
void
ts_query_clear (TsQuery *self)
{
  gboolean changed;

  g_return_if_fail (TS_IS_QUERY (self));

  changed = unset_filters (self);
  if (self->text != NULL)
    {
      g_clear_pointer (&self->text, g_free);
      g_strfreev (self->tokens);
      self->tokens = _ts_strv_new_empty ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
      changed = TRUE;
    }

  if (changed)
    emit_changed (self, NULL);
}

/**
 * ts_query_matches:
 * @dataset: (nullable): where to follow links; without it, only the
 *   record's own fields count
 *
 * Filters that concern a field apply only to the types that have it: a
 * meeting level filter lets every agreement through, and a period lets
 * people, organizations and places through. Country, place, participant
 * and counterpart filters keep only the records related to them (see
 * their setters), and the sources cited by those.
 */
gboolean
ts_query_has_filters (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), FALSE);

  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      if (self->vocabulary[i] >= 0)
        return TRUE;
    }

  return self->types != 0
         || ts_date_is_set (&self->from)
         || ts_date_is_set (&self->to)
         || self->country != NULL
         || self->place_id != NULL
         || self->person_id != NULL
         || self->counterpart != NULL
         || self->tag != NULL;
}

static gboolean
dates_equal (const TsDate *a,
             const TsDate *b)
{
  return ts_date_compare (a, b) == 0 && a->qualifier == b->qualifier;
}

gboolean
ts_query_filters_equal (TsQuery *self,
                        TsQuery *other)
{
  g_return_val_if_fail (TS_IS_QUERY (self), FALSE);
  g_return_val_if_fail (TS_IS_QUERY (other), FALSE);

  for (guint i = 0; i < N_VOCABULARIES; i++)
    {
      if (self->vocabulary[i] != other->vocabulary[i])
        return FALSE;
    }

  return self->types == other->types
         && dates_equal (&self->from, &other->from)
         && dates_equal (&self->to, &other->to)
         && g_strcmp0 (self->country, other->country) == 0
         && g_strcmp0 (self->place_id, other->place_id) == 0
         && g_strcmp0 (self->person_id, other->person_id) == 0
         && g_strcmp0 (self->counterpart, other->counterpart) == 0
         && g_strcmp0 (self->tag, other->tag) == 0;
}

const char * const *
ts_query_get_words (TsQuery *self)
{
  g_return_val_if_fail (TS_IS_QUERY (self), NULL);

  return (const char * const *) self->tokens;
}

