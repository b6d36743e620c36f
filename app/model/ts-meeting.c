/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-meeting"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-meeting.h"
#include "ts-record-private.h"

struct _TsMeeting
{
  TsRecord          parent_instance;
  TsDate            date;
  TsDate            end_date;
  char             *place_id;
  char             *part_of_id;
  GPtrArray        *participants;
  char            **organization_ids;
  TsMeetingLevel    level;
  TsMeetingFormat   format;
  char            **topics;
  char            **outcome_ids;
  char            **project_ids;
};

G_DEFINE_FINAL_TYPE (TsMeeting, ts_meeting, TS_TYPE_RECORD)
G_DEFINE_BOXED_TYPE (TsParticipant, ts_participant, ts_participant_copy, ts_participant_free)

enum {
  PROP_0,
  PROP_DATE,
  PROP_END_DATE,
  PROP_PLACE_ID,
  PROP_PART_OF_ID,
  PROP_PARTICIPANTS,
  PROP_ORGANIZATION_IDS,
  PROP_LEVEL,
  PROP_FORMAT,
  PROP_TOPICS,
  PROP_OUTCOME_IDS,
  PROP_PROJECT_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TsField participant_fields[] = {
  { .key = "person", .label = N_("Person"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_REQUIRED, .ref_types = TS_REF_PERSON,
    .offset = G_STRUCT_OFFSET (TsParticipant, person_id) },
  { .key = "role", .label = N_("Role"), .kind = TS_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (TsParticipant, role) },
  { .key = "role_translations", .label = N_("Role translations"), .kind = TS_FIELD_NAMES,
    .flags = TS_FIELD_TRANSLATIONS,
    .offset = G_STRUCT_OFFSET (TsParticipant, role_translations) },
  { .key = "side", .label = N_("Side"), .kind = TS_FIELD_COUNTRY,
    .offset = G_STRUCT_OFFSET (TsParticipant, side) },
};

static const TsFieldItems participant_items = {
  sizeof (TsParticipant), (GBoxedCopyFunc) ts_participant_copy,
  (GDestroyNotify) ts_participant_free, participant_fields, G_N_ELEMENTS (participant_fields),
};

/* FORMAT.md order. */
static const TsField meeting_fields[] = {
  { .key = "date", .label = N_("Date"), .kind = TS_FIELD_DATE,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_IN_ID,
    .offset = G_STRUCT_OFFSET (TsMeeting, date), .property = "date" },
  { .key = "end_date", .label = N_("End date"), .kind = TS_FIELD_DATE,
    .offset = G_STRUCT_OFFSET (TsMeeting, end_date), .property = "end-date" },
  { .key = "place", .label = N_("Place"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_LOCATES | TS_FIELD_HAPPENS_AT,
    .ref_types = TS_REF_PLACE,
    .offset = G_STRUCT_OFFSET (TsMeeting, place_id), .property = "place-id" },
  { .key = "part_of", .label = N_("Part of"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_UNSEARCHED_LINK, .ref_types = TS_REF_MEETING,
    .offset = G_STRUCT_OFFSET (TsMeeting, part_of_id), .property = "part-of-id" },
  { .key = "participants", .label = N_("Participants"), .kind = TS_FIELD_ITEMS,
    .items = &participant_items,
    .offset = G_STRUCT_OFFSET (TsMeeting, participants), .property = "participants" },
  { .key = "organizations", .label = N_("Organizations"), .kind = TS_FIELD_REFERENCES,
    .ref_types = TS_REF_ORGANIZATION,
    .offset = G_STRUCT_OFFSET (TsMeeting, organization_ids), .property = "organization-ids" },
  { .key = "level", .label = N_("Level"), .kind = TS_FIELD_ENUM, .flags = TS_FIELD_FILTERABLE,
    .enum_type = ts_meeting_level_get_type,
    .offset = G_STRUCT_OFFSET (TsMeeting, level), .property = "level" },
  { .key = "format", .label = N_("Format"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_meeting_format_get_type,
    .offset = G_STRUCT_OFFSET (TsMeeting, format), .property = "format" },
  { .key = "topics", .label = N_("Topics"), .kind = TS_FIELD_STRING_LIST,
    .flags = TS_FIELD_SEARCHABLE,
    .offset = G_STRUCT_OFFSET (TsMeeting, topics), .property = "topics" },
  { .key = "outcomes", .label = N_("Outcomes"), .kind = TS_FIELD_REFERENCES,
    .ref_types = TS_REF_AGREEMENT,
    .offset = G_STRUCT_OFFSET (TsMeeting, outcome_ids), .property = "outcome-ids" },
  { .key = "projects", .label = N_("Projects"), .kind = TS_FIELD_REFERENCES,
    .ref_types = TS_REF_PROJECT,
    .offset = G_STRUCT_OFFSET (TsMeeting, project_ids), .property = "project-ids" },
};

/* A rule across two fields. */
static gboolean
ts_meeting_check (TsRecord  *record,
                  GError   **error)
{
  TsMeeting *self = TS_MEETING (record);

  if (!ts_date_is_set (&self->end_date)
      || ts_date_get_last_julian (&self->end_date) >= ts_date_get_first_julian (&self->date))
    return TRUE;

  _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA, ts_record_get_id (record), "end_date",
                        _("the meeting ends before it starts"));
  return FALSE;
}

static const TsDate *
ts_meeting_get_record_date (TsRecord *record)
{
  return &TS_MEETING (record)->date;
}

static gboolean
ts_meeting_get_span (TsRecord *record,
                     guint32  *first,
                     guint32  *last)
{
  TsMeeting *self = TS_MEETING (record);

  if (!ts_date_is_set (&self->date))
    return FALSE;

  *first = ts_date_get_first_julian (&self->date);
  *last = ts_date_get_last_julian (ts_date_is_set (&self->end_date) ? &self->end_date
                                                                    : &self->date);
  return TRUE;
}

/* One event: the meeting, over its days when it has an end. */
static void
ts_meeting_foreach_event (TsRecord          *record,
                          TsRecordEventFunc  func,
                          gpointer           user_data)
{
  TsMeeting *self = TS_MEETING (record);

  if (!ts_date_is_set (&self->date))
    return;

  func (record, TS_RECORD_EVENT_MEETING, ts_record_get_display_name (record), &self->date,
        ts_date_is_set (&self->end_date) ? &self->end_date : NULL, user_data);
}

static void
ts_meeting_finalize (GObject *object)
{
  TsMeeting *self = (TsMeeting *)object;

  g_clear_pointer (&self->place_id, g_free);
  g_clear_pointer (&self->part_of_id, g_free);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->organization_ids, g_strfreev);
  g_clear_pointer (&self->topics, g_strfreev);
  g_clear_pointer (&self->outcome_ids, g_strfreev);
  g_clear_pointer (&self->project_ids, g_strfreev);

  G_OBJECT_CLASS (ts_meeting_parent_class)->finalize (object);
}

static void
ts_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TsMeeting *self = TS_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_END_DATE:
      g_value_set_boxed (value, &self->end_date);
      break;
    case PROP_PLACE_ID:
      g_value_set_string (value, self->place_id);
      break;
    case PROP_PART_OF_ID:
      g_value_set_string (value, self->part_of_id);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_boxed (value, self->participants);
      break;
    case PROP_ORGANIZATION_IDS:
      g_value_set_boxed (value, self->organization_ids);
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_TOPICS:
      g_value_set_boxed (value, self->topics);
      break;
    case PROP_OUTCOME_IDS:
      g_value_set_boxed (value, self->outcome_ids);
      break;
    case PROP_PROJECT_IDS:
      g_value_set_boxed (value, self->project_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_meeting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TsMeeting *self = TS_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ts_meeting_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_END_DATE:
      ts_meeting_set_end_date (self, g_value_get_boxed (value));
      break;
    case PROP_PLACE_ID:
      ts_meeting_set_place_id (self, g_value_get_string (value));
      break;
    case PROP_PART_OF_ID:
      ts_meeting_set_part_of_id (self, g_value_get_string (value));
      break;
    case PROP_PARTICIPANTS:
      ts_meeting_set_participants (self, g_value_get_boxed (value));
      break;
    case PROP_ORGANIZATION_IDS:
      ts_meeting_set_organization_ids (self, g_value_get_boxed (value));
      break;
    case PROP_LEVEL:
      ts_meeting_set_level (self, g_value_get_enum (value));
      break;
    case PROP_FORMAT:
      ts_meeting_set_format (self, g_value_get_enum (value));
      break;
    case PROP_TOPICS:
      ts_meeting_set_topics (self, g_value_get_boxed (value));
      break;
    case PROP_OUTCOME_IDS:
      ts_meeting_set_outcome_ids (self, g_value_get_boxed (value));
      break;
    case PROP_PROJECT_IDS:
      ts_meeting_set_project_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_meeting_class_init (TsMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_meeting_finalize;
  object_class->get_property = ts_meeting_get_property;
  object_class->set_property = ts_meeting_set_property;

  record_class->record_type = TS_RECORD_TYPE_MEETING;
  record_class->check = ts_meeting_check;
  record_class->get_date = ts_meeting_get_record_date;
  record_class->get_span = ts_meeting_get_span;
  record_class->foreach_event = ts_meeting_foreach_event;
  _ts_record_class_set_translated (record_class, meeting_fields,
                                   G_N_ELEMENTS (meeting_fields));

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_ID] =
    g_param_spec_string ("place-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PART_OF_ID] =
    g_param_spec_string ("part-of-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANIZATION_IDS] =
    g_param_spec_boxed ("organization-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, TS_TYPE_MEETING_LEVEL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL, TS_TYPE_MEETING_FORMAT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME_IDS] =
    g_param_spec_boxed ("outcome-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT_IDS] =
    g_param_spec_boxed ("project-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_meeting_init (TsMeeting *self)
{
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_participant_free);
  self->organization_ids = _ts_strv_new_empty ();
  self->topics = _ts_strv_new_empty ();
  self->outcome_ids = _ts_strv_new_empty ();
  self->project_ids = _ts_strv_new_empty ();
}

TsParticipant *
ts_participant_new (const char *person_id,
                    const char *role,
                    const char *side)
{
  TsParticipant *participant = g_new0 (TsParticipant, 1);

  _ts_set_string (&participant->person_id, person_id);
  _ts_set_string (&participant->role, role);
  _ts_set_string (&participant->side, side);

  return participant;
}

TsParticipant *
ts_participant_copy (const TsParticipant *participant)
{
  TsParticipant *copy;

  g_return_val_if_fail (participant != NULL, NULL);

  copy = g_new0 (TsParticipant, 1);
  *copy = *participant;
  copy->person_id = g_strdup (participant->person_id);
  copy->role = g_strdup (participant->role);
  copy->role_translations = participant->role_translations != NULL
                              ? _ts_names_copy (participant->role_translations) : NULL;
  copy->side = g_strdup (participant->side);

  return copy;
}

void
ts_participant_free (TsParticipant *participant)
{
  if (participant == NULL)
    return;

  g_free (participant->person_id);
  g_free (participant->role);
  g_clear_pointer (&participant->role_translations, g_hash_table_unref);
  g_free (participant->side);
  g_free (participant);
}

gboolean
ts_participant_equal (const TsParticipant *a,
                      const TsParticipant *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->person_id, b->person_id) == 0
         && g_strcmp0 (a->role, b->role) == 0
         && _ts_names_equal (a->role_translations, b->role_translations)
         && g_strcmp0 (a->side, b->side) == 0;
}

const char *
ts_participant_get_display_role (const TsParticipant *participant,
                                 const char * const  *languages)
{
  const char *role;

  g_return_val_if_fail (participant != NULL, NULL);

  role = ts_translations_lookup (participant->role_translations, languages);
  return role != NULL ? role : participant->role;
}

TsMeeting *
ts_meeting_new (const char *id,
                const char *title)
{
  return g_object_new (TS_TYPE_MEETING,
                       "id", id,
                       "title", title,
                       NULL);
}

const TsDate *
ts_meeting_get_date (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return &self->date;
}

void
ts_meeting_set_date (TsMeeting    *self,
                     const TsDate *date)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const TsDate *
ts_meeting_get_end_date (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return &self->end_date;
}

void
ts_meeting_set_end_date (TsMeeting    *self,
                         const TsDate *end_date)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_date (&self->end_date, end_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

const char *
ts_meeting_get_place_id (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return self->place_id;
}

void
ts_meeting_set_place_id (TsMeeting  *self,
                         const char *place_id)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_string (&self->place_id, place_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_ID]);
}

const char *
ts_meeting_get_part_of_id (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return self->part_of_id;
}

void
ts_meeting_set_part_of_id (TsMeeting  *self,
                           const char *part_of_id)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_string (&self->part_of_id, part_of_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART_OF_ID]);
}

GPtrArray *
ts_meeting_get_participants (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return self->participants;
}

void
ts_meeting_set_participants (TsMeeting *self,
                             GPtrArray *participants)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_items_equal (self->participants, participants, (GEqualFunc) ts_participant_equal))
    return;

  g_ptr_array_unref (self->participants);
  self->participants = _ts_items_copy (participants, (GBoxedCopyFunc) ts_participant_copy,
                                       (GDestroyNotify) ts_participant_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

void
ts_meeting_add_participant (TsMeeting           *self,
                            const TsParticipant *participant)
{
  g_return_if_fail (TS_IS_MEETING (self));
  g_return_if_fail (participant != NULL);

  g_ptr_array_add (self->participants, ts_participant_copy (participant));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

const char * const *
ts_meeting_get_organization_ids (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return (const char * const *) self->organization_ids;
}

void
ts_meeting_set_organization_ids (TsMeeting          *self,
                                 const char * const *organization_ids)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_strv (&self->organization_ids, organization_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_IDS]);
}

TsMeetingLevel
ts_meeting_get_level (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), 0);

  return self->level;
}

void
ts_meeting_set_level (TsMeeting      *self,
                      TsMeetingLevel  level)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

TsMeetingFormat
ts_meeting_get_format (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), 0);

  return self->format;
}

void
ts_meeting_set_format (TsMeeting       *self,
                       TsMeetingFormat  format)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (self->format == format)
    return;

  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

const char * const *
ts_meeting_get_topics (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return (const char * const *) self->topics;
}

void
ts_meeting_set_topics (TsMeeting          *self,
                       const char * const *topics)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_strv (&self->topics, topics))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPICS]);
}

const char * const *
ts_meeting_get_outcome_ids (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return (const char * const *) self->outcome_ids;
}

void
ts_meeting_set_outcome_ids (TsMeeting          *self,
                            const char * const *outcome_ids)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_strv (&self->outcome_ids, outcome_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_IDS]);
}

const char * const *
ts_meeting_get_project_ids (TsMeeting *self)
{
  g_return_val_if_fail (TS_IS_MEETING (self), NULL);

  return (const char * const *) self->project_ids;
}

void
ts_meeting_set_project_ids (TsMeeting          *self,
                            const char * const *project_ids)
{
  g_return_if_fail (TS_IS_MEETING (self));

  if (_ts_set_strv (&self->project_ids, project_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_IDS]);
}
