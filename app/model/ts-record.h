/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ts-types.h"
#include "ts-date.h"

G_BEGIN_DECLS

#define TS_TYPE_RECORD (ts_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (TsRecord, ts_record, TS, RECORD, GObject)

typedef struct _TsField TsField;

typedef enum
{
  TS_CONFIDENCE_HIGH,
  TS_CONFIDENCE_MEDIUM,
  TS_CONFIDENCE_LOW,
} TsConfidence;

/* Called once per reference a record holds: @field is the JSON key path
 * ("place", "participants.person", "sources"), @target_id the id referred
 * to. */
typedef void (*TsReferenceFunc) (TsRecord   *record,
                                 const char *field,
                                 const char *target_id,
                                 gpointer    user_data);

/* What a record puts on the timeline. */
typedef enum
{
  TS_RECORD_EVENT_MEETING,
  TS_RECORD_EVENT_SIGNING,
  TS_RECORD_EVENT_MILESTONE,
  TS_RECORD_EVENT_PROJECT,    /* a project's life, first to last milestone */
} TsRecordEventKind;

#define TS_N_RECORD_EVENT_KINDS 4

/* Called once per event of a record: @date as recorded, @end_date the end
 * of a span (a meeting's end, a project's last milestone) or NULL. */
typedef void (*TsRecordEventFunc) (TsRecord          *record,
                                   TsRecordEventKind  kind,
                                   const char        *label,
                                   const TsDate      *date,
                                   const TsDate      *end_date,
                                   gpointer           user_data);

/* Finds the record with @id, or NULL (the same type as the map scene
 * builder's: C11 allows the identical typedef twice). */
typedef TsRecord *(*TsRecordLookupFunc) (gpointer    user_data,
                                         const char *id);

struct _TsRecordClass
{
  GObjectClass parent_class;

  TsRecordType record_type;

  /* The type's own fields, in FORMAT.md order (ts-field.h): JSON, checks,
   * copy, equality, references and search text come from them. Set with
   * _ts_record_class_set_fields(). */
  const TsField *fields;
  guint          n_fields;
  /* Rules across fields that only the type has (a meeting does not end
   * before it starts), checked after every field's own checks. */
  gboolean     (*check)              (TsRecord     *self,
                                      GError      **error);
  /* The date lists sort by: a meeting's start, an agreement's signing, a
   * project's latest milestone, a source's publication, a figure's period. */
  const TsDate *(*get_date)          (TsRecord     *self);
  /* The days the record covers (Julian days), for date filters: by default
   * its date's; a meeting's run from its start to its end, a project's from
   * its first milestone to its last. FALSE when it has no date. */
  gboolean     (*get_span)           (TsRecord     *self,
                                      guint32      *first,
                                      guint32      *last);

  /* The dated events the timeline shows: a meeting, a signing, a
   * project's milestones and its life. None by default. */
  void         (*foreach_event)      (TsRecord          *self,
                                      TsRecordEventFunc  func,
                                      gpointer           user_data);

  /*< private >*/
  GPtrArray *all_fields;
  /* Whether its title and summary carry translations (title_translations,
   * summary_translations): see _ts_record_class_set_translated(). */
  gboolean   translated;

  gpointer padding[6];
};

TsRecordType        ts_record_get_record_type   (TsRecord            *self);
const char         *ts_record_get_id            (TsRecord            *self);
void                ts_record_set_id            (TsRecord            *self,
                                                 const char          *id);
const char         *ts_record_get_title         (TsRecord            *self);
void                ts_record_set_title         (TsRecord            *self,
                                                 const char          *title);
/* The name in the user's script where the dataset has it, else the title:
 * what lists, the detail pane, the map and the briefing show. */
const char         *ts_record_get_display_name  (TsRecord            *self);
/* The title and the summary in the first of @languages (NULL: the user's)
 * the record has a translation into, falling back to English. */
const char         *ts_record_get_display_title (TsRecord            *self,
                                                 const char * const  *languages);
const char         *ts_record_get_display_summary (TsRecord          *self,
                                                   const char * const *languages);
/* Language code → text in that language, never "en"; NULL or empty when
 * none. Only meetings, agreements, projects, statements and figures carry
 * them (ts_record_has_translations()); set copies. */
GHashTable         *ts_record_get_title_translations   (TsRecord     *self);
void                ts_record_set_title_translations   (TsRecord     *self,
                                                        GHashTable   *translations);
GHashTable         *ts_record_get_summary_translations (TsRecord     *self);
void                ts_record_set_summary_translations (TsRecord     *self,
                                                        GHashTable   *translations);
gboolean            ts_record_has_translations  (TsRecord            *self);
/* The text of @translations in the first of @languages (NULL: the user's)
 * before "en", or NULL: the caller shows the English then. */
const char         *ts_translations_lookup      (GHashTable          *translations,
                                                 const char * const  *languages);
const char         *ts_record_get_summary       (TsRecord            *self);
void                ts_record_set_summary       (TsRecord            *self,
                                                 const char          *summary);
const char         *ts_record_get_notes         (TsRecord            *self);
void                ts_record_set_notes         (TsRecord            *self,
                                                 const char          *notes);
/* NULL-terminated, never NULL (empty array when none). */
const char * const *ts_record_get_tags          (TsRecord            *self);
void                ts_record_set_tags          (TsRecord            *self,
                                                 const char * const  *tags);
const char * const *ts_record_get_source_ids    (TsRecord            *self);
void                ts_record_set_source_ids    (TsRecord            *self,
                                                 const char * const  *source_ids);
TsConfidence        ts_record_get_confidence    (TsRecord            *self);
void                ts_record_set_confidence    (TsRecord            *self,
                                                 TsConfidence         confidence);
GDateTime          *ts_record_get_created       (TsRecord            *self);
void                ts_record_set_created       (TsRecord            *self,
                                                 GDateTime           *created);
GDateTime          *ts_record_get_modified      (TsRecord            *self);
void                ts_record_set_modified      (TsRecord            *self,
                                                 GDateTime           *modified);
/* See TsRecordClass.get_date; never NULL, possibly unset. */
const TsDate       *ts_record_get_date          (TsRecord            *self);

/* See TsRecordClass.get_span. */
gboolean            ts_record_get_span          (TsRecord            *self,
                                                 guint32             *first,
                                                 guint32             *last);
/* See TsRecordClass.foreach_event. */
void                ts_record_foreach_event     (TsRecord            *self,
                                                 TsRecordEventFunc    func,
                                                 gpointer             user_data);

/* Whether records of its type have dates at all (people, organizations and
 * places do not): a date filter leaves the others alone. */
gboolean            ts_record_is_dated          (TsRecord            *self);

void                ts_record_foreach_reference (TsRecord            *self,
                                                 TsReferenceFunc      func,
                                                 gpointer             user_data);
/* Only the references to where the record happens: a meeting's place, an
 * agreement's parties, a project's places (which may also name records
 * other than places: parties may be organizations). */
void                ts_record_foreach_place_reference (TsRecord      *self,
                                                       TsReferenceFunc func,
                                                       gpointer       user_data);
/* Folded (ts_fold_text) text of the record itself, without linked records. */
char               *ts_record_dup_search_text   (TsRecord            *self);

/* JSON, as data/dataset/FORMAT.md says. Errors name the record id and the
 * field. */
TsRecord           *ts_record_new_from_json     (JsonObject          *object,
                                                 GError             **error);
/* The same for what a store kept: the checks of every import but the
 * limits on values that older versions of Tianshan did not check (number
 * ranges, the form of codes), so that a database they saved still opens;
 * saving the record again checks those too. */
TsRecord           *ts_record_new_from_stored_json (JsonObject       *object,
                                                    GError          **error);
JsonNode           *ts_record_to_json           (TsRecord            *self);
/* A deep copy, to edit: records inside a TsDataset are never changed in
 * place. */
TsRecord           *ts_record_copy              (TsRecord            *self);
gboolean            ts_record_equal             (TsRecord            *a,
                                                 TsRecord            *b);

/* Record types by name: "meeting" ↔ TS_RECORD_TYPE_MEETING. */
const char         *ts_record_type_to_string    (TsRecordType         type);
gboolean            ts_record_type_from_string  (const char          *string,
                                                 TsRecordType        *type);
/* Translated, for people: "Meeting" / "Meetings". */
const char         *ts_record_type_get_label    (TsRecordType         type);
const char         *ts_record_type_get_plural   (TsRecordType         type);
GType               ts_record_type_get_gtype    (TsRecordType         type);

/* Lowercase, without diacritics, NFKC: for search in every script. */
char               *ts_fold_text                (const char          *text);

/* Added to the contract: */

/* Conventions of the getters above and of the subclasses: the title is ""
 * when unset, other strings NULL; string lists are never NULL; setters turn
 * "" into NULL and drop empty list items; created and modified are kept in
 * UTC to the second, as JSON holds them. */

/* Whether @id has the form <type>/<slug> (lowercase ASCII letters, digits
 * and dashes); sets @type, which may be NULL, to its type. */
gboolean            ts_record_id_parse          (const char          *id,
                                                 TsRecordType        *type);
/* A readable id for a new record: "person/edil-baisalov" for "Edil
 * Baisalov". Not necessarily unique: see ts_dataset_suggest_id(). */
char               *ts_record_make_id           (TsRecordType         type,
                                                 const char          *title);
/* Checks every field as reading JSON does: the id's form and type, required
 * fields, dates, ranges, countries, URLs, the form and type of references,
 * and what the store must read back as it was written: UTF-8 text in every
 * string, finite numbers within each field's range (FORMAT.md), created
 * and modified in the years 1000 to 9999. The dataset's apply and the store
 * run it too. Errors name the record id and the field. */
gboolean            ts_record_validate          (TsRecord            *self,
                                                 GError             **error);
/* The record types a reference through @field ("place",
 * "participants.person") may point to, as bits 1 << TsRecordType; 0 if the
 * record has no such reference field. */
guint               ts_record_get_reference_types (TsRecord          *self,
                                                   const char        *field);

G_END_DECLS
