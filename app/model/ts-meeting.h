/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* A person taking part in a meeting: the position held then, and the delegation's country. */
typedef struct
{
  char *person_id;
  char *role;
  /* The role in other languages: language code → text, never "en"; NULL
   * when none. */
  GHashTable *role_translations;
  char *side;
} TsParticipant;

#define TS_TYPE_PARTICIPANT (ts_participant_get_type ())

GType          ts_participant_get_type (void) G_GNUC_CONST;
TsParticipant *ts_participant_new      (const char *person_id,
                                        const char *role,
                                        const char *side);
TsParticipant *ts_participant_copy     (const TsParticipant *participant);
void           ts_participant_free     (TsParticipant *participant);
gboolean       ts_participant_equal    (const TsParticipant *a,
                                        const TsParticipant *b);
/* The role in the first of @languages (NULL: the user's) it has a
 * translation into, else the English role, else NULL. */
const char    *ts_participant_get_display_role (const TsParticipant *participant,
                                                const char * const  *languages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsParticipant, ts_participant_free)

#define TS_TYPE_MEETING (ts_meeting_get_type ())

/* A meeting, visit, call or ceremony. */
G_DECLARE_FINAL_TYPE (TsMeeting, ts_meeting, TS, MEETING, TsRecord)

TsMeeting          *ts_meeting_new                  (const char *id,
                                                     const char *title);

const TsDate       *ts_meeting_get_date             (TsMeeting *self);
void                ts_meeting_set_date             (TsMeeting    *self,
                                                     const TsDate *date);

/* Never NULL; unset when not given. */
const TsDate       *ts_meeting_get_end_date         (TsMeeting *self);
void                ts_meeting_set_end_date         (TsMeeting    *self,
                                                     const TsDate *end_date);

/* “place”: the id of a place, or NULL. */
const char         *ts_meeting_get_place_id         (TsMeeting *self);
void                ts_meeting_set_place_id         (TsMeeting  *self,
                                                     const char *place_id);

/* “part_of”: the id of a meeting, or NULL. */
const char         *ts_meeting_get_part_of_id       (TsMeeting *self);
void                ts_meeting_set_part_of_id       (TsMeeting  *self,
                                                     const char *part_of_id);

/* Of TsParticipant, owned by the record; set and add copy. */
GPtrArray          *ts_meeting_get_participants     (TsMeeting *self);
void                ts_meeting_set_participants     (TsMeeting *self,
                                                     GPtrArray *participants);
void                ts_meeting_add_participant      (TsMeeting           *self,
                                                     const TsParticipant *participant);

/* “organizations”: the ids of organizations; never NULL. */
const char * const *ts_meeting_get_organization_ids (TsMeeting *self);
void                ts_meeting_set_organization_ids (TsMeeting          *self,
                                                     const char * const *organization_ids);

/* TS_MEETING_LEVEL_UNSET when not given. */
TsMeetingLevel      ts_meeting_get_level            (TsMeeting *self);
void                ts_meeting_set_level            (TsMeeting      *self,
                                                     TsMeetingLevel  level);

/* TS_MEETING_FORMAT_UNSET when not given. */
TsMeetingFormat     ts_meeting_get_format           (TsMeeting *self);
void                ts_meeting_set_format           (TsMeeting       *self,
                                                     TsMeetingFormat  format);

const char * const *ts_meeting_get_topics           (TsMeeting *self);
void                ts_meeting_set_topics           (TsMeeting          *self,
                                                     const char * const *topics);

/* “outcomes”: the ids of agreements; never NULL. */
const char * const *ts_meeting_get_outcome_ids      (TsMeeting *self);
void                ts_meeting_set_outcome_ids      (TsMeeting          *self,
                                                     const char * const *outcome_ids);

/* “projects”: the ids of projects; never NULL. */
const char * const *ts_meeting_get_project_ids      (TsMeeting *self);
void                ts_meeting_set_project_ids      (TsMeeting          *self,
                                                     const char * const *project_ids);

G_END_DECLS
