/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

#define TS_TYPE_ORGANIZATION (ts_organization_get_type ())

/* A government body, party, company or international organization. */
G_DECLARE_FINAL_TYPE (TsOrganization, ts_organization, TS, ORGANIZATION, TsRecord)

TsOrganization     *ts_organization_new           (const char *id,
                                                   const char *title);

/* Language code ("en", "ru", "ky", "zh") → name, owned by the record. */
GHashTable         *ts_organization_get_names     (TsOrganization *self);
void                ts_organization_set_names     (TsOrganization *self,
                                                   GHashTable     *names);
const char         *ts_organization_get_name      (TsOrganization *self,
                                                   const char     *language);
void                ts_organization_set_name      (TsOrganization *self,
                                                   const char     *language,
                                                   const char     *name);

const char * const *ts_organization_get_aliases   (TsOrganization *self);
void                ts_organization_set_aliases   (TsOrganization     *self,
                                                   const char * const *aliases);

/* TS_ORGANIZATION_KIND_UNSET when not given. */
TsOrganizationKind  ts_organization_get_kind      (TsOrganization *self);
void                ts_organization_set_kind      (TsOrganization     *self,
                                                   TsOrganizationKind  kind);

/* NULL when not given. */
const char         *ts_organization_get_country   (TsOrganization *self);
void                ts_organization_set_country   (TsOrganization *self,
                                                   const char     *country);

/* “parent”: the id of a organization, or NULL. */
const char         *ts_organization_get_parent_id (TsOrganization *self);
void                ts_organization_set_parent_id (TsOrganization *self,
                                                   const char     *parent_id);

G_END_DECLS
