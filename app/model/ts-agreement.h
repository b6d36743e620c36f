/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* A place or organization bound by an agreement, and in what role. */
typedef struct
{
  char *party_id;
  char *role;
} TsParty;

#define TS_TYPE_PARTY (ts_party_get_type ())

GType     ts_party_get_type (void) G_GNUC_CONST;
TsParty  *ts_party_new      (const char *party_id,
                             const char *role);
TsParty  *ts_party_copy     (const TsParty *party);
void      ts_party_free     (TsParty *party);
gboolean  ts_party_equal    (const TsParty *a,
                             const TsParty *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsParty, ts_party_free)

#define TS_TYPE_AGREEMENT (ts_agreement_get_type ())

/* An agreement, memorandum, joint statement or plan. */
G_DECLARE_FINAL_TYPE (TsAgreement, ts_agreement, TS, AGREEMENT, TsRecord)

TsAgreement        *ts_agreement_new               (const char *id,
                                                    const char *title);

const TsDate       *ts_agreement_get_date          (TsAgreement *self);
void                ts_agreement_set_date          (TsAgreement  *self,
                                                    const TsDate *date);

/* TS_AGREEMENT_KIND_UNSET when not given. */
TsAgreementKind     ts_agreement_get_kind          (TsAgreement *self);
void                ts_agreement_set_kind          (TsAgreement     *self,
                                                    TsAgreementKind  kind);

/* Of TsParty, owned by the record; set and add copy. */
GPtrArray          *ts_agreement_get_parties       (TsAgreement *self);
void                ts_agreement_set_parties       (TsAgreement *self,
                                                    GPtrArray   *parties);
void                ts_agreement_add_party         (TsAgreement   *self,
                                                    const TsParty *party);

/* “signatories”: the ids of persons; never NULL. */
const char * const *ts_agreement_get_signatory_ids (TsAgreement *self);
void                ts_agreement_set_signatory_ids (TsAgreement        *self,
                                                    const char * const *signatory_ids);

/* “signed_at”: the id of a meeting, or NULL. */
const char         *ts_agreement_get_signed_at_id  (TsAgreement *self);
void                ts_agreement_set_signed_at_id  (TsAgreement *self,
                                                    const char  *signed_at_id);

/* TS_AGREEMENT_STATUS_UNSET when not given. */
TsAgreementStatus   ts_agreement_get_status        (TsAgreement *self);
void                ts_agreement_set_status        (TsAgreement       *self,
                                                    TsAgreementStatus  status);

/* “projects”: the ids of projects; never NULL. */
const char * const *ts_agreement_get_project_ids   (TsAgreement *self);
void                ts_agreement_set_project_ids   (TsAgreement        *self,
                                                    const char * const *project_ids);

G_END_DECLS
