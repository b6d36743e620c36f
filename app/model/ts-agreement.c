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

/* FORMAT.md order. */
static const char * const agreement_keys[] = {
  "date", "kind", "parties", "signatories", "signed_at", "status", "projects", NULL
};

static const char * const party_keys[] = {
  "party", "role", NULL
};

static const struct
{
  const char *field;
  guint       types;
} reference_fields[] = {
  { "parties.party", TS_REF_PLACE | TS_REF_ORGANIZATION },
  { "signatories", TS_REF_PERSON },
  { "signed_at", TS_REF_MEETING },
  { "projects", TS_REF_PROJECT },
};

static gboolean
load_parties (TsAgreement          *self,
              const TsJsonContext  *ctx,
              JsonObject           *object,
              GError              **error)
{
  JsonArray *array = NULL;
  guint length;

  if (!_ts_json_read_items (ctx, object, "parties", &array, error))
    return FALSE;

  length = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < length; i++)
    {
      g_autoptr(TsParty) item = ts_party_new (NULL, NULL);
      g_autofree char *prefix = NULL;
      TsJsonContext item_ctx = { ctx->id, NULL };
      JsonObject *item_object;

      if (!_ts_json_get_item (ctx, array, "parties", i, party_keys,
                              &item_object, &prefix, error))
        return FALSE;
      item_ctx.prefix = prefix;

      if (!_ts_json_read_string (&item_ctx, item_object, "party", &item->party_id, error)
          || !_ts_json_read_string (&item_ctx, item_object, "role", &item->role, error))
        return FALSE;

      g_ptr_array_add (self->parties, g_steal_pointer (&item));
    }

  return TRUE;
}

static void
save_parties (TsAgreement *self,
              JsonBuilder *builder)
{
  if (self->parties->len == 0)
    return;

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->parties->len; i++)
    {
      TsParty *item = g_ptr_array_index (self->parties, i);

      json_builder_begin_object (builder);
      _ts_json_write_string (builder, "party", item->party_id);
      _ts_json_write_string (builder, "role", item->role);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
validate_parties (TsAgreement  *self,
                  const char   *id,
                  GError      **error)
{
  for (guint i = 0; i < self->parties->len; i++)
    {
      TsParty *item = g_ptr_array_index (self->parties, i);
      g_autofree char *party_id_path = g_strdup_printf ("parties[%u].party", i);

      if (!_ts_check_reference (id, party_id_path, item->party_id,
                                TS_REF_PLACE | TS_REF_ORGANIZATION, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
ts_agreement_load_json (TsRecord    *record,
                        JsonObject  *object,
                        GError     **error)
{
  TsAgreement *self = TS_AGREEMENT (record);
  TsJsonContext ctx = { ts_record_get_id (record), NULL };
  int kind = 0;
  int status = 0;

  if (!_ts_json_read_date (&ctx, object, "date", &self->date, error)
      || !_ts_json_read_enum (&ctx, object, "kind", TS_TYPE_AGREEMENT_KIND, &kind, error)
      || !load_parties (self, &ctx, object, error)
      || !_ts_json_read_strv (&ctx, object, "signatories", &self->signatory_ids, error)
      || !_ts_json_read_string (&ctx, object, "signed_at", &self->signed_at_id, error)
      || !_ts_json_read_enum (&ctx, object, "status", TS_TYPE_AGREEMENT_STATUS, &status, error)
      || !_ts_json_read_strv (&ctx, object, "projects", &self->project_ids, error))
    return FALSE;

  self->kind = kind;
  self->status = status;

  return TRUE;
}

static void
ts_agreement_save_json (TsRecord    *record,
                        JsonBuilder *builder)
{
  TsAgreement *self = TS_AGREEMENT (record);

  _ts_json_write_date (builder, "date", &self->date);
  _ts_json_write_enum (builder, "kind", TS_TYPE_AGREEMENT_KIND, self->kind);
  save_parties (self, builder);
  _ts_json_write_strv (builder, "signatories", (const char * const *) self->signatory_ids);
  _ts_json_write_string (builder, "signed_at", self->signed_at_id);
  _ts_json_write_enum (builder, "status", TS_TYPE_AGREEMENT_STATUS, self->status);
  _ts_json_write_strv (builder, "projects", (const char * const *) self->project_ids);
}

static void
ts_agreement_foreach_reference (TsRecord        *record,
                                TsReferenceFunc  func,
                                gpointer         user_data)
{
  TsAgreement *self = TS_AGREEMENT (record);

  for (guint i = 0; i < self->parties->len; i++)
    {
      TsParty *item = g_ptr_array_index (self->parties, i);

      if (item->party_id != NULL)
        func (record, "parties.party", item->party_id, user_data);
    }
  for (guint i = 0; self->signatory_ids[i] != NULL; i++)
    func (record, "signatories", self->signatory_ids[i], user_data);
  if (self->signed_at_id != NULL)
    func (record, "signed_at", self->signed_at_id, user_data);
  for (guint i = 0; self->project_ids[i] != NULL; i++)
    func (record, "projects", self->project_ids[i], user_data);
}

static void
ts_agreement_append_search_text (TsRecord *record,
                                 GString  *text)
{
  TS_RECORD_CLASS (ts_agreement_parent_class)->append_search_text (record, text);
}

static const TsDate *
ts_agreement_get_record_date (TsRecord *record)
{
  return &TS_AGREEMENT (record)->date;
}

static void
ts_agreement_copy_fields (TsRecord *record,
                          TsRecord *record_copy)
{
  TsAgreement *self = TS_AGREEMENT (record);
  TsAgreement *copy = TS_AGREEMENT (record_copy);

  copy->date = self->date;
  copy->kind = self->kind;
  g_ptr_array_unref (copy->parties);
  copy->parties = _ts_items_copy (self->parties, (GBoxedCopyFunc) ts_party_copy,
                                  (GDestroyNotify) ts_party_free);
  g_strfreev (copy->signatory_ids);
  copy->signatory_ids = g_strdupv (self->signatory_ids);
  copy->signed_at_id = g_strdup (self->signed_at_id);
  copy->status = self->status;
  g_strfreev (copy->project_ids);
  copy->project_ids = g_strdupv (self->project_ids);
}

static gboolean
ts_agreement_validate (TsRecord  *record,
                       GError   **error)
{
  TsAgreement *self = TS_AGREEMENT (record);
  const char *id = ts_record_get_id (record);

  return _ts_check_required_date (id, "date", &self->date, error)
         && validate_parties (self, id, error)
         && _ts_check_references (id, "signatories", (const char * const *) self->signatory_ids,
                                  TS_REF_PERSON, error)
         && _ts_check_reference (id, "signed_at", self->signed_at_id, TS_REF_MEETING, FALSE, error)
         && _ts_check_references (id, "projects", (const char * const *) self->project_ids,
                                  TS_REF_PROJECT, error);
}

static guint
ts_agreement_reference_types (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (reference_fields); i++)
    {
      if (g_str_equal (field, reference_fields[i].field))
        return reference_fields[i].types;
    }

  return 0;
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

static void
ts_agreement_class_init (TsAgreementClass *klass)
{
  static const TsRecordHooks hooks = {
    ts_agreement_copy_fields,
    ts_agreement_validate,
    ts_agreement_reference_types,
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TsRecordClass *record_class = TS_RECORD_CLASS (klass);

  object_class->finalize = ts_agreement_finalize;
  object_class->get_property = ts_agreement_get_property;
  object_class->set_property = ts_agreement_set_property;

  record_class->record_type = TS_RECORD_TYPE_AGREEMENT;
  record_class->keys = agreement_keys;
  record_class->load_json = ts_agreement_load_json;
  record_class->save_json = ts_agreement_save_json;
  record_class->foreach_reference = ts_agreement_foreach_reference;
  record_class->append_search_text = ts_agreement_append_search_text;
  record_class->get_date = ts_agreement_get_record_date;
  _ts_record_class_set_hooks (record_class, &hooks);

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
