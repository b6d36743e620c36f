/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-statement"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-statement.h"
#include "ts-record-private.h"

struct _TsStatement
{
  TsRecord          parent_instance;
  char             *speaker_id;
  char             *on_behalf_of_id;
  TsDate            date;
  char             *at_id;
  TsStatementKind   kind;
  char             *words;
  GHashTable       *words_translations;
  char             *language;
  char            **topics;
  GPtrArray        *citations;
};

G_DEFINE_FINAL_TYPE (TsStatement, ts_statement, TS_TYPE_RECORD)
G_DEFINE_BOXED_TYPE (TsCitation, ts_citation, ts_citation_copy, ts_citation_free)

enum {
  PROP_0,
  PROP_SPEAKER_ID,
  PROP_ON_BEHALF_OF_ID,
  PROP_DATE,
  PROP_AT_ID,
  PROP_KIND,
  PROP_WORDS,
  PROP_WORDS_TRANSLATIONS,
  PROP_LANGUAGE,
  PROP_TOPICS,
  PROP_CITATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The excerpt is searchable: an analyst looks for a phrase of the article. */
static const TsField citation_fields[] = {
  { .key = "source", .label = N_("Source"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_SOURCE,
    .offset = G_STRUCT_OFFSET (TsCitation, source_id) },
  { .key = "excerpt", .label = N_("Excerpt"), .kind = TS_FIELD_LONG_TEXT,
    .flags = TS_FIELD_SEARCHABLE, .offset = G_STRUCT_OFFSET (TsCitation, excerpt) },
};

static const TsFieldItems citation_items = {
  sizeof (TsCitation), (GBoxedCopyFunc) ts_citation_copy, (GDestroyNotify) ts_citation_free,
  citation_fields, G_N_ELEMENTS (citation_fields),
};

/* FORMAT.md order. The speaker's names are part of the search text (a
 * search for "Baisalov" finds what he said); the meeting's are not, or a
 * search would find every statement made at a meeting he attended. */
static const TsField statement_fields[] = {
  { .key = "speaker", .label = N_("Speaker"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_REQUIRED, .ref_types = TS_REF_PERSON,
    .offset = G_STRUCT_OFFSET (TsStatement, speaker_id), .property = "speaker-id" },
  { .key = "on_behalf_of", .label = N_("On behalf of"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_LOCATES, .ref_types = TS_REF_ORGANIZATION | TS_REF_PLACE,
    .offset = G_STRUCT_OFFSET (TsStatement, on_behalf_of_id), .property = "on-behalf-of-id" },
  { .key = "date", .label = N_("Date"), .kind = TS_FIELD_DATE,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_IN_ID,
    .offset = G_STRUCT_OFFSET (TsStatement, date), .property = "date" },
  { .key = "at", .label = N_("At"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_MEETING,
    .offset = G_STRUCT_OFFSET (TsStatement, at_id), .property = "at-id" },
  { .key = "kind", .label = N_("Kind"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_FILTERABLE, .enum_type = ts_statement_kind_get_type,
    .offset = G_STRUCT_OFFSET (TsStatement, kind), .property = "kind" },
  { .key = "words", .label = N_("Words"), .kind = TS_FIELD_LONG_TEXT,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsStatement, words), .property = "words" },
  { .key = "words_translations", .label = N_("Words in other languages"),
    .kind = TS_FIELD_NAMES, .flags = TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsStatement, words_translations),
    .property = "words-translations" },
  { .key = "language", .label = N_("Language"), .kind = TS_FIELD_LANGUAGE,
    .offset = G_STRUCT_OFFSET (TsStatement, language), .property = "language" },
  { .key = "topics", .label = N_("Topics"), .kind = TS_FIELD_STRING_LIST,
    .flags = TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsStatement, topics), .property = "topics" },
  { .key = "citations", .label = N_("Citations"), .kind = TS_FIELD_ITEMS,
    .flags = TS_FIELD_REQUIRED, .items = &citation_items,
    .offset = G_STRUCT_OFFSET (TsStatement, citations), .property = "citations" },
};

/* What the fields cannot say alone: a statement is quoted or reported,
 * and is taken from at least one article. */
static gboolean
ts_statement_check (TsRecord  *record,
                    GError   **error)
{
  TsStatement *self = TS_STATEMENT (record);

  if (self->kind == TS_STATEMENT_KIND_UNSET)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, ts_record_get_id (record),
                            "kind",
                            _("a statement is a quote or reported speech: give “quote” or "
                              "“reported”"));
      return FALSE;
    }

  if (self->citations->len == 0)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_MISSING_FIELD, ts_record_get_id (record),
                            "citations",
                            _("a statement needs at least one citation: the source and the "
                              "sentence that carries it"));
      return FALSE;
    }

  return TRUE;
}

static const TsDate *
ts_statement_get_record_date (TsRecord *record)
{
  return &TS_STATEMENT (record)->date;
}

static void
ts_statement_finalize (GObject *object)
{
  TsStatement *self = (TsStatement *) object;

  g_clear_pointer (&self->speaker_id, g_free);
  g_clear_pointer (&self->on_behalf_of_id, g_free);
  g_clear_pointer (&self->at_id, g_free);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->words_translations, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->topics, g_strfreev);
  g_clear_pointer (&self->citations, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_statement_parent_class)->finalize (object);
}

static void
ts_statement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TsStatement *self = TS_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_SPEAKER_ID:
      g_value_set_string (value, self->speaker_id);
      break;
    case PROP_ON_BEHALF_OF_ID:
      g_value_set_string (value, self->on_behalf_of_id);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_AT_ID:
      g_value_set_string (value, self->at_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_WORDS:
      g_value_set_string (value, self->words);
      break;
    case PROP_WORDS_TRANSLATIONS:
      g_value_set_boxed (value, self->words_translations);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_TOPICS:
      g_value_set_boxed (value, self->topics);
      break;
    case PROP_CITATIONS:
      g_value_set_boxed (value, self->citations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_statement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TsStatement *self = TS_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_SPEAKER_ID:
      ts_statement_set_speaker_id (self, g_value_get_string (value));
      break;
    case PROP_ON_BEHALF_OF_ID:
      ts_statement_set_on_behalf_of_id (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ts_statement_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_AT_ID:
      ts_statement_set_at_id (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ts_statement_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_WORDS:
      ts_statement_set_words (self, g_value_get_string (value));
      break;
    case PROP_WORDS_TRANSLATIONS:
      ts_statement_set_words_translations (self, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGE:
      ts_statement_set_language (self, g_value_get_string (value));
      break;
    case PROP_TOPICS:
      ts_statement_set_topics (self, g_value_get_boxed (value));
      break;
    case PROP_CITATIONS:
      ts_statement_set_citations (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_statement_class_init (TsStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_statement_finalize;
  object_class->get_property = ts_statement_get_property;
  object_class->set_property = ts_statement_set_property;

  record_class->record_type = TS_RECORD_TYPE_STATEMENT;
  record_class->check = ts_statement_check;
  record_class->get_date = ts_statement_get_record_date;
  _ts_record_class_set_translated (record_class, statement_fields,
                                   G_N_ELEMENTS (statement_fields));

  properties[PROP_SPEAKER_ID] =
    g_param_spec_string ("speaker-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ON_BEHALF_OF_ID] =
    g_param_spec_string ("on-behalf-of-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AT_ID] =
    g_param_spec_string ("at-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_STATEMENT_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORDS] =
    g_param_spec_string ("words", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORDS_TRANSLATIONS] =
    g_param_spec_boxed ("words-translations", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CITATIONS] =
    g_param_spec_boxed ("citations", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_statement_init (TsStatement *self)
{
  self->words_translations = _ts_names_new ();
  self->topics = _ts_strv_new_empty ();
  self->citations = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_citation_free);
}

TsCitation *
ts_citation_new (const char *source_id,
                 const char *excerpt)
{
  TsCitation *citation = g_new0 (TsCitation, 1);

  _ts_set_string (&citation->source_id, source_id);
  _ts_set_string (&citation->excerpt, excerpt);

  return citation;
}

TsCitation *
ts_citation_copy (const TsCitation *citation)
{
  g_return_val_if_fail (citation != NULL, NULL);

  return ts_citation_new (citation->source_id, citation->excerpt);
}

void
ts_citation_free (TsCitation *citation)
{
  if (citation == NULL)
    return;

  g_free (citation->source_id);
  g_free (citation->excerpt);
  g_free (citation);
}

gboolean
ts_citation_equal (const TsCitation *a,
                   const TsCitation *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->source_id, b->source_id) == 0
         && g_strcmp0 (a->excerpt, b->excerpt) == 0;
}

TsStatement *
ts_statement_new (const char *id,
                  const char *title)
{
  return g_object_new (TS_TYPE_STATEMENT,
                       "id", id,
                       "title", title,
                       NULL);
}

const char *
ts_statement_get_speaker_id (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->speaker_id;
}

void
ts_statement_set_speaker_id (TsStatement *self,
                             const char  *speaker_id)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_string (&self->speaker_id, speaker_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER_ID]);
}

const char *
ts_statement_get_on_behalf_of_id (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->on_behalf_of_id;
}

void
ts_statement_set_on_behalf_of_id (TsStatement *self,
                                  const char  *on_behalf_of_id)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_string (&self->on_behalf_of_id, on_behalf_of_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_BEHALF_OF_ID]);
}

const TsDate *
ts_statement_get_date (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return &self->date;
}

void
ts_statement_set_date (TsStatement  *self,
                       const TsDate *date)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
ts_statement_get_at_id (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->at_id;
}

void
ts_statement_set_at_id (TsStatement *self,
                        const char  *at_id)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_string (&self->at_id, at_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_ID]);
}

TsStatementKind
ts_statement_get_kind (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), 0);

  return self->kind;
}

void
ts_statement_set_kind (TsStatement     *self,
                       TsStatementKind  kind)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ts_statement_get_words (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->words;
}

void
ts_statement_set_words (TsStatement *self,
                        const char  *words)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_string (&self->words, words))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS]);
}

GHashTable *
ts_statement_get_words_translations (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->words_translations;
}

void
ts_statement_set_words_translations (TsStatement *self,
                                     GHashTable  *translations)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_names_equal (self->words_translations, translations))
    return;

  g_hash_table_unref (self->words_translations);
  self->words_translations = _ts_names_copy (translations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS_TRANSLATIONS]);
}

const char *
ts_statement_get_language (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->language;
}

void
ts_statement_set_language (TsStatement *self,
                           const char  *language)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char * const *
ts_statement_get_topics (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return (const char * const *) self->topics;
}

void
ts_statement_set_topics (TsStatement        *self,
                         const char * const *topics)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_set_strv (&self->topics, topics))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPICS]);
}

GPtrArray *
ts_statement_get_citations (TsStatement *self)
{
  g_return_val_if_fail (TS_IS_STATEMENT (self), NULL);

  return self->citations;
}

void
ts_statement_set_citations (TsStatement *self,
                            GPtrArray   *citations)
{
  g_return_if_fail (TS_IS_STATEMENT (self));

  if (_ts_items_equal (self->citations, citations, (GEqualFunc) ts_citation_equal))
    return;

  g_ptr_array_unref (self->citations);
  self->citations = _ts_items_copy (citations, (GBoxedCopyFunc) ts_citation_copy,
                                    (GDestroyNotify) ts_citation_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATIONS]);
}

void
ts_statement_add_citation (TsStatement      *self,
                           const TsCitation *citation)
{
  g_return_if_fail (TS_IS_STATEMENT (self));
  g_return_if_fail (citation != NULL);

  g_ptr_array_add (self->citations, ts_citation_copy (citation));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATIONS]);
}
