/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-error.h"
#include "ts-field.h"
#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* Shared by TsRecord and its subclasses: JSON reading and writing, checks,
 * search text. Every error names the record id and the field, as
 * “participants[2].person” inside lists. */

#define TS_RECORD_TYPE_BIT(type) (1u << (type))
#define TS_REF_MEETING      TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_MEETING)
#define TS_REF_AGREEMENT    TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_AGREEMENT)
#define TS_REF_PROJECT      TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PROJECT)
#define TS_REF_PERSON       TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PERSON)
#define TS_REF_ORGANIZATION TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION)
#define TS_REF_PLACE        TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PLACE)
#define TS_REF_SOURCE       TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE)
#define TS_REF_STATEMENT    TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_STATEMENT)

/* Registers the type's fields (TsRecordClass.fields), in its class_init. */
void         _ts_record_class_set_fields  (TsRecordClass        *klass,
                                           const TsField        *fields,
                                           guint                 n_fields);
/* The same, for a type whose title and summary carry translations
 * (title_translations, summary_translations: TS_FIELD_TRANSLATIONS). */
void         _ts_record_class_set_translated (TsRecordClass     *klass,
                                              const TsField     *fields,
                                              guint              n_fields);
/* Whether @key is one of the common translation fields' (which the types
 * that are not translated refuse with a message of their own). */
gboolean     _ts_record_is_translation_key (const char          *key);
/* The fields every record has: title, summary, notes, tags, sources,
 * confidence, created, modified (TS_FIELD_COMMON). */
const TsField *_ts_record_get_common_fields (guint              *n_fields);
/* Sets the id of a record being built, without notifying. */
void         _ts_record_init_id           (TsRecord             *self,
                                           const char           *id);
/* TsRecord's private data, where the common fields' offsets point. */
gpointer     _ts_record_get_private       (TsRecord             *self);
/* Whether @record is a TsNamed, and then its ts_named_get_local_name() in
 * @name: one look for the interface where TS_IS_NAMED() and the getters'
 * checks took six (ts_record_get_display_name(), for every linked record
 * an export's cell names). */
gboolean     _ts_named_lookup_local_name  (TsRecord             *record,
                                           const char          **name);
/* Appends the text of every searchable field: the record's own search
 * text, before folding. */
void         _ts_record_append_search_text (TsRecord            *self,
                                            GString             *text);
/* ts_record_validate(): @texts_checked when every string the record holds
 * was checked already, in the JSON it was read from; @check_limits unless
 * the record comes from the store (TS_FIELD_LIMIT). */
gboolean     _ts_record_check             (TsRecord             *self,
                                           gboolean              texts_checked,
                                           gboolean              check_limits,
                                           GError              **error);

/* Checks every string of @object, keys included, for UTF-8. */
gboolean     _ts_json_check_texts         (const char           *id,
                                           JsonObject           *object,
                                           GError              **error);

/* Generic work over a record's field descriptors (ts-field.c). */
gpointer     _ts_field_item_storage       (const TsField        *field,
                                           gpointer              item);
/* A new item of @items, its numbers unset (NAN). */
gpointer     _ts_field_item_new           (const TsFieldItems   *items);
gboolean     _ts_field_values_equal       (const TsField        *field,
                                           gconstpointer         a,
                                           gconstpointer         b);
void         _ts_field_copy_value         (const TsField        *field,
                                           gconstpointer         from,
                                           gpointer              to);
void         _ts_fields_append_search_text (TsRecord            *record,
                                            GString             *text);
/* Only through the fields with one of @flags, unless @flags is 0. */
void         _ts_fields_foreach_reference (TsRecord             *record,
                                           TsFieldFlags          flags,
                                           TsReferenceFunc       func,
                                           gpointer              user_data);
void         _ts_fields_copy              (TsRecord             *record,
                                           TsRecord             *copy);
gboolean     _ts_fields_equal             (TsRecord             *a,
                                           TsRecord             *b);

/* For TsNamed's implementations: the properties "names", "aliases" and
 * "country" as @first_prop_id and the two after it, and their get and set
 * by index from @first_prop_id (FALSE for another index). */
void         _ts_named_class_override_properties (GObjectClass *klass,
                                                  guint         first_prop_id);
gboolean     _ts_named_get_property       (GObject              *object,
                                           guint                 index,
                                           GValue               *value);
gboolean     _ts_named_set_property       (GObject              *object,
                                           guint                 index,
                                           const GValue         *value);

/* Times as JSON holds them: UTC, whole seconds. Returns whether it
 * changed. */
gboolean     _ts_set_date_time            (GDateTime           **field,
                                           GDateTime            *value);

/* Appends the title, names in every script and aliases: what a linked
 * record contributes to the search text of the records linking to it. */
void         _ts_record_append_name_text  (TsRecord             *self,
                                           GString              *text);

void         _ts_record_set_error         (GError              **error,
                                           TsRecordError               code,
                                           const char           *id,
                                           const char           *field,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (5, 6);

/* Setters' helpers: they return whether the value changed. Empty strings
 * become NULL; string lists lose empty items and are never NULL. */
gboolean     _ts_set_string               (char                **field,
                                           const char           *value);
gboolean     _ts_set_strv                 (char               ***field,
                                           const char * const   *value);
gboolean     _ts_set_date                 (TsDate               *field,
                                           const TsDate         *value);
gboolean     _ts_set_double               (double               *field,
                                           double                value);
char       **_ts_strv_new_empty           (void);

/* Names by language code. */
GHashTable  *_ts_names_new                (void);
GHashTable  *_ts_names_copy               (GHashTable           *names);
gboolean     _ts_names_equal              (GHashTable           *a,
                                           GHashTable           *b);
/* Language codes in writing order: en, ru, ky, zh, then the others
 * alphabetically. */
GPtrArray   *_ts_names_get_languages      (GHashTable           *names);

/* Item lists (GPtrArray of boxed items). */
GPtrArray   *_ts_items_copy               (GPtrArray            *items,
                                           GBoxedCopyFunc        copy,
                                           GDestroyNotify        free_func);
gboolean     _ts_items_equal              (GPtrArray            *a,
                                           GPtrArray            *b,
                                           GEqualFunc            equal);

/* JSON reading. Absent and null values leave the defaults: NULL strings,
 * empty lists, unset dates, NAN numbers, enum value 0. */
typedef struct
{
  const char *id;
  const char *prefix;   /* "participants[2]" inside a list item, else NULL */
} TsJsonContext;

char        *_ts_json_context_path        (const TsJsonContext  *ctx,
                                           const char           *key);
gboolean     _ts_json_read_string         (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           char                **out,
                                           GError              **error);
gboolean     _ts_json_read_strv           (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           char               ***out,
                                           GError              **error);
gboolean     _ts_json_read_date           (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           TsDate               *out,
                                           GError              **error);
gboolean     _ts_json_read_number         (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           double               *out,
                                           GError              **error);
gboolean     _ts_json_read_enum           (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           GType                 enum_type,
                                           int                  *out,
                                           GError              **error);
gboolean     _ts_json_read_names          (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           GHashTable          **out,
                                           GError              **error);
/* A list of objects: *@out is NULL when absent. */
gboolean     _ts_json_read_items          (const TsJsonContext  *ctx,
                                           JsonObject           *object,
                                           const char           *key,
                                           JsonArray           **out,
                                           GError              **error);
/* JSON writing: empty and unset values are not written. */
void         _ts_json_write_string        (JsonBuilder          *builder,
                                           const char           *key,
                                           const char           *value);
void         _ts_json_write_strv          (JsonBuilder          *builder,
                                           const char           *key,
                                           const char * const   *value);
void         _ts_json_write_date          (JsonBuilder          *builder,
                                           const char           *key,
                                           const TsDate         *value);
void         _ts_json_write_number        (JsonBuilder          *builder,
                                           const char           *key,
                                           double                value);
void         _ts_json_write_enum          (JsonBuilder          *builder,
                                           const char           *key,
                                           GType                 enum_type,
                                           int                   value);
void         _ts_json_write_names         (JsonBuilder          *builder,
                                           const char           *key,
                                           GHashTable           *names);

/* Checks for validate(); @field is the path for the message. */
gboolean     _ts_check_required_string    (const char           *id,
                                           const char           *field,
                                           const char           *value,
                                           GError              **error);
gboolean     _ts_check_required_date      (const char           *id,
                                           const char           *field,
                                           const TsDate         *value,
                                           GError              **error);
gboolean     _ts_check_date               (const char           *id,
                                           const char           *field,
                                           const TsDate         *value,
                                           GError              **error);
gboolean     _ts_check_required_number    (const char           *id,
                                           const char           *field,
                                           double                value,
                                           GError              **error);
gboolean     _ts_check_latitude           (const char           *id,
                                           const char           *field,
                                           double                value,
                                           GError              **error);
gboolean     _ts_check_longitude          (const char           *id,
                                           const char           *field,
                                           double                value,
                                           GError              **error);
/* Money and figures: finite, and between @min and @max, which FORMAT.md
 * gives per field (TS_PROJECT_MAX_VALUE_USD, TS_FIGURE_MAX_VALUE). NAN (unset) passes: _ts_check_required_number() is for
 * required ones. */
gboolean     _ts_check_amount             (const char           *id,
                                           const char           *field,
                                           double                value,
                                           double                min,
                                           double                max,
                                           GError              **error);
/* ISO 639-1 (two lowercase letters) or, for a language without one,
 * ISO 639-3 (three); NULL passes. */
gboolean     _ts_check_language           (const char           *id,
                                           const char           *field,
                                           const char           *value,
                                           GError              **error);
gboolean     _ts_check_country            (const char           *id,
                                           const char           *field,
                                           const char           *value,
                                           GError              **error);
gboolean     _ts_check_url                (const char           *id,
                                           const char           *field,
                                           const char           *value,
                                           GError              **error);
gboolean     _ts_check_reference          (const char           *id,
                                           const char           *field,
                                           const char           *target,
                                           guint                 types,
                                           gboolean              required,
                                           GError              **error);
gboolean     _ts_check_references         (const char           *id,
                                           const char           *field,
                                           const char * const   *targets,
                                           guint                 types,
                                           GError              **error);

/* Search text: each piece on its own line, so that a search term never
 * matches across two. */
void         _ts_search_append            (GString              *text,
                                           const char           *value);
void         _ts_search_append_strv       (GString              *text,
                                           const char * const   *values);
void         _ts_search_append_names      (GString              *text,
                                           GHashTable           *names);

G_END_DECLS
