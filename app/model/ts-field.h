/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-record.h"

G_BEGIN_DECLS

/* What a field holds, and so how it is read, written, checked and shown. */
typedef enum
{
  TS_FIELD_TEXT,          /* char *: one line */
  TS_FIELD_LONG_TEXT,     /* char *: paragraphs */
  TS_FIELD_STRING_LIST,   /* char **, never NULL */
  TS_FIELD_DATE,          /* TsDate */
  TS_FIELD_NUMBER,        /* double, NAN when unset; see min and max */
  TS_FIELD_ENUM,          /* an enum of enum_type, 0 ("unset") when unset */
  TS_FIELD_COUNTRY,       /* char *: ISO 3166-1 alpha-2 */
  TS_FIELD_URL,           /* char *: http or https */
  TS_FIELD_LANGUAGE,      /* char *: ISO 639-1, or 639-3 */
  TS_FIELD_REFERENCE,     /* char *: the id of a record of ref_types */
  TS_FIELD_REFERENCES,    /* char **: ids of records of ref_types */
  TS_FIELD_NAMES,         /* GHashTable: language code → name */
  TS_FIELD_ITEMS,         /* GPtrArray of boxed items, whose fields are items->fields */
  TS_FIELD_TIMESTAMP,     /* GDateTime *, UTC to the second */
} TsFieldKind;

typedef enum
{
  TS_FIELD_NONE       = 0,
  TS_FIELD_REQUIRED   = 1 << 0,
  /* Its text is part of the record's search text. */
  TS_FIELD_SEARCHABLE = 1 << 1,
  /* An enum the query filters on (TsQuery's vocabulary filters). */
  TS_FIELD_FILTERABLE = 1 << 2,
  /* Its range (min, max) or its form (a language code) is a limit that
   * older versions of Tianshan did not check: a stored record that breaks
   * it still opens (ts_record_new_from_stored_json); new data is checked. */
  TS_FIELD_LIMIT      = 1 << 3,
  /* Numbers: a latitude (−90 to 90) or a longitude (−180 to 180), whose
   * messages say so. */
  TS_FIELD_LATITUDE   = 1 << 4,
  TS_FIELD_LONGITUDE  = 1 << 5,
  /* Kept by TsRecord itself (title, tags, sources…): offset is into the
   * base class's private data. */
  TS_FIELD_COMMON     = 1 << 6,
  /* A reference to where the record happens or who is party to it (a
   * meeting's place, an agreement's parties, a project's places and
   * partners): the record is in the country of what it points to, for the
   * query's country filter. */
  TS_FIELD_LOCATES    = 1 << 7,
  /* A date that begins the id the dataset suggests for a new record
   * ("meeting/2023-10-25-li-qiang-meets-japarov"). */
  TS_FIELD_IN_ID      = 1 << 8,
  /* A reference to a place where the record happens (a meeting's place,
   * an agreement's parties, a project's places): what the map marks. See
   * ts_record_foreach_place_reference(). */
  TS_FIELD_HAPPENS_AT = 1 << 9,
  /* A reference whose target's names are not part of the record's search
   * text (sources, parents, the visit an event is part of): following it
   * would make every search match half the dataset. */
  TS_FIELD_UNSEARCHED_LINK = 1 << 10,
  /* A TS_FIELD_NAMES field that holds the text field before it in other
   * languages (title_translations, a participant's role_translations):
   * language code → text, any ISO 639 code but "en" (the text itself is
   * the English). The common ones (title and summary) are on the types
   * whose class says so (_ts_record_class_set_translated()); see
   * ts_record_get_display_title(). */
  TS_FIELD_TRANSLATIONS = 1 << 11,
} TsFieldFlags;

/* The items of a TS_FIELD_ITEMS field: a struct of @size bytes
 * (TsParticipant, TsMilestone…), allocated with g_malloc0(). */
typedef struct
{
  gsize            size;
  GBoxedCopyFunc   copy;
  GDestroyNotify   free;
  const TsField   *fields;
  guint            n_fields;
} TsFieldItems;

struct _TsField
{
  /* As in JSON and data/dataset/FORMAT.md: "place", "participants". */
  const char          *key;
  /* Marked for translation, untranslated: see ts_field_get_label(). */
  const char          *label;
  TsFieldKind          kind;
  TsFieldFlags         flags;
  /* Where the value lives in the instance (or item) struct. */
  gsize                offset;
  /* The GObject property that sets it (records only, not items). */
  const char          *property;
  /* TS_FIELD_ENUM */
  GType              (*enum_type) (void);
  /* TS_FIELD_REFERENCE(S): the record types it may point to, as bits
   * 1 << TsRecordType. */
  guint                ref_types;
  /* TS_FIELD_NUMBER with TS_FIELD_LIMIT: the range FORMAT.md gives. */
  double               min;
  double               max;
  /* TS_FIELD_ITEMS */
  const TsFieldItems  *items;
};

/* The fields of a record type in FORMAT.md order, the common ones (title,
 * summary, notes, tags, sources, confidence, created, modified) first; the
 * array is owned by the class. */
const TsField * const *ts_record_class_get_fields (TsRecordClass  *klass,
                                                   guint          *n_fields);
const TsField * const *ts_record_type_get_fields  (TsRecordType    type,
                                                   guint          *n_fields);
/* By key, or by path inside a list's items ("participants.person"); NULL
 * if the type has no such field. */
const TsField         *ts_record_class_find_field (TsRecordClass  *klass,
                                                   const char     *path);

/* Translated. */
const char            *ts_field_get_label         (const TsField  *field);
gboolean               ts_field_is_text           (const TsField  *field);
/* The GType of the field's GValue: G_TYPE_STRING, G_TYPE_STRV, TS_TYPE_DATE,
 * G_TYPE_DOUBLE, the enum's type, G_TYPE_HASH_TABLE, G_TYPE_PTR_ARRAY or
 * G_TYPE_DATE_TIME. */
GType                  ts_field_get_value_type    (const TsField  *field);
/* Initializes @value to the field's value type and copies the value of
 * @record's field into it. */
void                   ts_field_get_value         (const TsField  *field,
                                                   TsRecord       *record,
                                                   GValue         *value);
/* Sets the field through its property, as the typed setter does (so that
 * it notifies). Record fields only, not item fields. */
void                   ts_field_set_value         (const TsField  *field,
                                                   TsRecord       *record,
                                                   const GValue   *value);

/* Where @field's value is in @record (or, for item fields, in @item). */
gpointer               ts_field_get_storage       (const TsField  *field,
                                                   TsRecord       *record);
/* The same without checking that @record is a TsRecord (a tenth of the
 * cost of the store's load and the records' checks, which visit every
 * field of every record): only where @record is known to be one. */
gpointer               _ts_field_storage          (const TsField  *field,
                                                   TsRecord       *record);
#define TS_FIELD_ITEM_STORAGE(field, item) \
  G_STRUCT_MEMBER_P ((item), (field)->offset)

G_END_DECLS
