/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"

G_BEGIN_DECLS

#define TS_TYPE_NAMED (ts_named_get_type ())

/* A record with names in several scripts, aliases and a country: person,
 * organization and place. Their values live in the fields "names",
 * "aliases" and "country" the type declares (ts-field.h); the interface
 * reads and sets them, once for the three. */
G_DECLARE_INTERFACE (TsNamed, ts_named, TS, NAMED, TsRecord)

struct _TsNamedInterface
{
  GTypeInterface parent_iface;

  /* The country the record is in: by default its own; a place without one
   * is in its nearest enclosing place's, looked up in @dataset. */
  const char *(*find_country) (TsNamed   *self,
                               TsDataset *dataset);

  /*< private >*/
  const TsField *names_field;
  const TsField *aliases_field;
  const TsField *country_field;
};

/* Language code ("en", "ru", "ky", "zh") → name, owned by the record. */
GHashTable         *ts_named_get_names        (TsNamed            *self);
void                ts_named_set_names        (TsNamed            *self,
                                               GHashTable         *names);
const char         *ts_named_get_name         (TsNamed            *self,
                                               const char         *language);
void                ts_named_set_name         (TsNamed            *self,
                                               const char         *language,
                                               const char         *name);
const char * const *ts_named_get_aliases      (TsNamed            *self);
void                ts_named_set_aliases      (TsNamed            *self,
                                               const char * const *aliases);
/* NULL when not given. */
const char         *ts_named_get_country      (TsNamed            *self);
void                ts_named_set_country      (TsNamed            *self,
                                               const char         *country);
/* See TsNamedInterface.find_country; @dataset may be NULL. */
const char         *ts_named_find_country     (TsNamed            *self,
                                               TsDataset          *dataset);
/* The name in the first of the user's languages the record has it in, else
 * NULL: see ts_record_get_display_name(). */
const char         *ts_named_get_local_name   (TsNamed            *self);
/* Appends the title, names in every script and aliases: what a linked
 * record contributes to the search text of the records linking to it. */
void                ts_named_append_name_text (TsNamed            *self,
                                               GString            *text);

/* The descriptors of the three fields (ts-field.h), for the type's table:
 * TS_NAMED_FIELD_NAMES (TsPerson, names) … */
#define TS_NAMED_FIELD_NAMES(TypeName, member) \
  { .key = "names", .label = N_("Names"), .kind = TS_FIELD_NAMES, \
    .flags = TS_FIELD_SEARCHABLE, .offset = G_STRUCT_OFFSET (TypeName, member), \
    .property = "names" }
#define TS_NAMED_FIELD_ALIASES(TypeName, member) \
  { .key = "aliases", .label = N_("Aliases"), .kind = TS_FIELD_STRING_LIST, \
    .flags = TS_FIELD_SEARCHABLE, .offset = G_STRUCT_OFFSET (TypeName, member), \
    .property = "aliases" }
#define TS_NAMED_FIELD_COUNTRY(TypeName, member) \
  { .key = "country", .label = N_("Country"), .kind = TS_FIELD_COUNTRY, \
    .offset = G_STRUCT_OFFSET (TypeName, member), .property = "country" }

/* Defines a type's typed accessors (ts_person_get_names …) over the
 * interface, in the type's .c file. */
#define TS_NAMED_DEFINE_ACCESSORS(TypeName, type_name) \
  GHashTable *type_name##_get_names (TypeName *self) \
  { return ts_named_get_names (TS_NAMED (self)); } \
  void type_name##_set_names (TypeName *self, GHashTable *names) \
  { ts_named_set_names (TS_NAMED (self), names); } \
  const char *type_name##_get_name (TypeName *self, const char *language) \
  { return ts_named_get_name (TS_NAMED (self), language); } \
  void type_name##_set_name (TypeName *self, const char *language, const char *name) \
  { ts_named_set_name (TS_NAMED (self), language, name); } \
  const char * const *type_name##_get_aliases (TypeName *self) \
  { return ts_named_get_aliases (TS_NAMED (self)); } \
  void type_name##_set_aliases (TypeName *self, const char * const *aliases) \
  { ts_named_set_aliases (TS_NAMED (self), aliases); } \
  const char *type_name##_get_country (TypeName *self) \
  { return ts_named_get_country (TS_NAMED (self)); } \
  void type_name##_set_country (TypeName *self, const char *country) \
  { ts_named_set_country (TS_NAMED (self), country); }

G_END_DECLS
