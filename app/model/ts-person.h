/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* A position a person held, as the sources give it. */
typedef struct
{
  char   *title;
  char   *organization_id;
  TsDate  from;
  TsDate  to;
} TsPosition;

#define TS_TYPE_POSITION (ts_position_get_type ())

GType       ts_position_get_type (void) G_GNUC_CONST;
TsPosition *ts_position_new      (const char   *title,
                                  const char   *organization_id,
                                  const TsDate *from,
                                  const TsDate *to);
TsPosition *ts_position_copy     (const TsPosition *position);
void        ts_position_free     (TsPosition *position);
gboolean    ts_position_equal    (const TsPosition *a,
                                  const TsPosition *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsPosition, ts_position_free)

#define TS_TYPE_PERSON (ts_person_get_type ())

/* A person, with names in several scripts. */
G_DECLARE_FINAL_TYPE (TsPerson, ts_person, TS, PERSON, TsRecord)

TsPerson           *ts_person_new           (const char *id,
                                             const char *title);

/* Language code ("en", "ru", "ky", "zh") → name, owned by the record. */
GHashTable         *ts_person_get_names     (TsPerson *self);
void                ts_person_set_names     (TsPerson   *self,
                                             GHashTable *names);
const char         *ts_person_get_name      (TsPerson   *self,
                                             const char *language);
void                ts_person_set_name      (TsPerson   *self,
                                             const char *language,
                                             const char *name);

const char * const *ts_person_get_aliases   (TsPerson *self);
void                ts_person_set_aliases   (TsPerson           *self,
                                             const char * const *aliases);

/* NULL when not given. */
const char         *ts_person_get_country   (TsPerson *self);
void                ts_person_set_country   (TsPerson   *self,
                                             const char *country);

/* Of TsPosition, owned by the record; set and add copy. */
GPtrArray          *ts_person_get_positions (TsPerson *self);
void                ts_person_set_positions (TsPerson  *self,
                                             GPtrArray *positions);
void                ts_person_add_position  (TsPerson         *self,
                                             const TsPosition *position);

G_END_DECLS
