/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-agreement"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement.h"
#include "ts-record-private.h"

struct _TsAgreement
{
  TsRecord            parent_instance;
  TsDate              date;
  TsAgreementKind     kind;
  GPtrArray          *parties;
  char              **signatory_ids;
  char               *signed_at_id;
  TsAgreementStatus   status;
  char              **project_ids;
};

G_DEFINE_FINAL_TYPE (TsAgreement, ts_agreement, TS_TYPE_RECORD)
G_DEFINE_BOXED_TYPE (TsParty, ts_party, ts_party_copy, ts_party_free)

enum {
  PROP_0,
  PROP_DATE,
  PROP_KIND,
  PROP_PARTIES,
  PROP_SIGNATORY_IDS,
  PROP_SIGNED_AT_ID,
  PROP_STATUS,
  PROP_PROJECT_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const TsField party_fields[] = {
  { .key = "party", .label = N_("Party"), .kind = TS_FIELD_REFERENCE,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_LOCATES
             | TS_FIELD_HAPPENS_AT,
    .ref_types = TS_REF_PLACE | TS_REF_ORGANIZATION,
    .offset = G_STRUCT_OFFSET (TsParty, party_id) },
  { .key = "role", .label = N_("Role"), .kind = TS_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (TsParty, role) },
};

static const TsFieldItems party_items = {
  sizeof (TsParty), (GBoxedCopyFunc) ts_party_copy, (GDestroyNotify) ts_party_free,
  party_fields, G_N_ELEMENTS (party_fields),
};

/* FORMAT.md order. */
static const TsField agreement_fields[] = {
  { .key = "date", .label = N_("Date"), .kind = TS_FIELD_DATE,
    .flags = TS_FIELD_REQUIRED | TS_FIELD_IN_ID,
    .offset = G_STRUCT_OFFSET (TsAgreement, date), .property = "date" },
  { .key = "kind", .label = N_("Kind"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_agreement_kind_get_type,
    .offset = G_STRUCT_OFFSET (TsAgreement, kind), .property = "kind" },
  { .key = "parties", .label = N_("Parties"), .kind = TS_FIELD_ITEMS,
    .items = &party_items,
    .offset = G_STRUCT_OFFSET (TsAgreement, parties), .property = "parties" },
  { .key = "signatories", .label = N_("Signatories"), .kind = TS_FIELD_REFERENCES,
    .ref_types = TS_REF_PERSON,
    .offset = G_STRUCT_OFFSET (TsAgreement, signatory_ids), .property = "signatory-ids" },
  { .key = "signed_at", .label = N_("Signed at"), .kind = TS_FIELD_REFERENCE,
    .ref_types = TS_REF_MEETING,
    .offset = G_STRUCT_OFFSET (TsAgreement, signed_at_id), .property = "signed-at-id" },
  { .key = "status", .label = N_("Status"), .kind = TS_FIELD_ENUM,
    .flags = TS_FIELD_FILTERABLE, .enum_type = ts_agreement_status_get_type,
    .offset = G_STRUCT_OFFSET (TsAgreement, status), .property = "status" },
  { .key = "projects", .label = N_("Projects"), .kind = TS_FIELD_REFERENCES,
    .ref_types = TS_REF_PROJECT,
    .offset = G_STRUCT_OFFSET (TsAgreement, project_ids), .property = "project-ids" },
};

static const TsDate *
ts_agreement_get_record_date (TsRecord *record)
{
  return &TS_AGREEMENT (record)->date;
}

static void
ts_agreement_finalize (GObject *object)
{
  TsAgreement *self = (TsAgreement *)object;

  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->signatory_ids, g_strfreev);
  g_clear_pointer (&self->signed_at_id, g_free);
  g_clear_pointer (&self->project_ids, g_strfreev);

  G_OBJECT_CLASS (ts_agreement_parent_class)->finalize (object);
}

static void
ts_agreement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TsAgreement *self = TS_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PARTIES:
      g_value_set_boxed (value, self->parties);
      break;
    case PROP_SIGNATORY_IDS:
      g_value_set_boxed (value, self->signatory_ids);
      break;
    case PROP_SIGNED_AT_ID:
      g_value_set_string (value, self->signed_at_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PROJECT_IDS:
      g_value_set_boxed (value, self->project_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_agreement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TsAgreement *self = TS_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ts_agreement_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_KIND:
      ts_agreement_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PARTIES:
      ts_agreement_set_parties (self, g_value_get_boxed (value));
      break;
    case PROP_SIGNATORY_IDS:
      ts_agreement_set_signatory_ids (self, g_value_get_boxed (value));
      break;
    case PROP_SIGNED_AT_ID:
      ts_agreement_set_signed_at_id (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ts_agreement_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PROJECT_IDS:
      ts_agreement_set_project_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* One event: the signing. */
static void
ts_agreement_foreach_event (TsRecord          *record,
                            TsRecordEventFunc  func,
                            gpointer           user_data)
{
  TsAgreement *self = TS_AGREEMENT (record);

  if (ts_date_is_set (&self->date))
    func (record, TS_RECORD_EVENT_SIGNING, ts_record_get_display_name (record), &self->date,
          NULL, user_data);
}

static void
ts_agreement_class_init (TsAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_agreement_finalize;
  object_class->get_property = ts_agreement_get_property;
  object_class->set_property = ts_agreement_set_property;

  record_class->record_type = TS_RECORD_TYPE_AGREEMENT;
  record_class->get_date = ts_agreement_get_record_date;
  record_class->foreach_event = ts_agreement_foreach_event;
  _ts_record_class_set_translated (record_class, agreement_fields,
                                   G_N_ELEMENTS (agreement_fields));

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, TS_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TS_TYPE_AGREEMENT_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTIES] =
    g_param_spec_boxed ("parties", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIGNATORY_IDS] =
    g_param_spec_boxed ("signatory-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIGNED_AT_ID] =
    g_param_spec_string ("signed-at-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TS_TYPE_AGREEMENT_STATUS, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT_IDS] =
    g_param_spec_boxed ("project-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_agreement_init (TsAgreement *self)
{
  self->parties = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_party_free);
  self->signatory_ids = _ts_strv_new_empty ();
  self->project_ids = _ts_strv_new_empty ();
}

TsParty *
ts_party_new (const char *party_id,
              const char *role)
{
  TsParty *party = g_new0 (TsParty, 1);

  _ts_set_string (&party->party_id, party_id);
  _ts_set_string (&party->role, role);

  return party;
}

TsParty *
ts_party_copy (const TsParty *party)
{
  TsParty *copy;

  g_return_val_if_fail (party != NULL, NULL);

  copy = g_new0 (TsParty, 1);
  *copy = *party;
  copy->party_id = g_strdup (party->party_id);
  copy->role = g_strdup (party->role);

  return copy;
}

void
ts_party_free (TsParty *party)
{
  if (party == NULL)
    return;

  g_free (party->party_id);
  g_free (party->role);
  g_free (party);
}

gboolean
ts_party_equal (const TsParty *a,
                const TsParty *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->party_id, b->party_id) == 0
         && g_strcmp0 (a->role, b->role) == 0;
}

TsAgreement *
ts_agreement_new (const char *id,
                  const char *title)
{
  return g_object_new (TS_TYPE_AGREEMENT,
                       "id", id,
                       "title", title,
                       NULL);
}

const TsDate *
ts_agreement_get_date (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), NULL);

  return &self->date;
}

void
ts_agreement_set_date (TsAgreement  *self,
                       const TsDate *date)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (_ts_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

TsAgreementKind
ts_agreement_get_kind (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), 0);

  return self->kind;
}

void
ts_agreement_set_kind (TsAgreement     *self,
                       TsAgreementKind  kind)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

GPtrArray *
ts_agreement_get_parties (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), NULL);

  return self->parties;
}

void
ts_agreement_set_parties (TsAgreement *self,
                          GPtrArray   *parties)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (_ts_items_equal (self->parties, parties, (GEqualFunc) ts_party_equal))
    return;

  g_ptr_array_unref (self->parties);
  self->parties = _ts_items_copy (parties, (GBoxedCopyFunc) ts_party_copy,
                                  (GDestroyNotify) ts_party_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIES]);
}

void
ts_agreement_add_party (TsAgreement   *self,
                        const TsParty *party)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));
  g_return_if_fail (party != NULL);

  g_ptr_array_add (self->parties, ts_party_copy (party));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIES]);
}

const char * const *
ts_agreement_get_signatory_ids (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), NULL);

  return (const char * const *) self->signatory_ids;
}

void
ts_agreement_set_signatory_ids (TsAgreement        *self,
                                const char * const *signatory_ids)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (_ts_set_strv (&self->signatory_ids, signatory_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATORY_IDS]);
}

const char *
ts_agreement_get_signed_at_id (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), NULL);

  return self->signed_at_id;
}

void
ts_agreement_set_signed_at_id (TsAgreement *self,
                               const char  *signed_at_id)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (_ts_set_string (&self->signed_at_id, signed_at_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_AT_ID]);
}

TsAgreementStatus
ts_agreement_get_status (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), 0);

  return self->status;
}

void
ts_agreement_set_status (TsAgreement       *self,
                         TsAgreementStatus  status)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char * const *
ts_agreement_get_project_ids (TsAgreement *self)
{
  g_return_val_if_fail (TS_IS_AGREEMENT (self), NULL);

  return (const char * const *) self->project_ids;
}

void
ts_agreement_set_project_ids (TsAgreement        *self,
                              const char * const *project_ids)
{
  g_return_if_fail (TS_IS_AGREEMENT (self));

  if (_ts_set_strv (&self->project_ids, project_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT_IDS]);
}
