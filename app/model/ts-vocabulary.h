/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-types.h"
#include "ts-record.h"
#include "ts-enums.h"

G_BEGIN_DECLS

/* The controlled vocabularies of data/dataset/FORMAT.md. Each enum's nicks
 * are the JSON strings; its first value, nick "unset", stands for a field
 * the record does not give (it is never written, and never read from JSON).
 * The numbers are never stored (the store and JSON keep the nicks, saved
 * settings none), so a value may be added where it reads best in a list. */

typedef enum
{
  TS_MEETING_LEVEL_UNSET,              /*< nick=unset >*/
  TS_MEETING_LEVEL_HEAD_OF_STATE,      /*< nick=head_of_state >*/
  TS_MEETING_LEVEL_HEAD_OF_GOVERNMENT, /*< nick=head_of_government >*/
  TS_MEETING_LEVEL_MINISTER,           /*< nick=minister >*/
  TS_MEETING_LEVEL_REGIONAL,           /*< nick=regional >*/
  TS_MEETING_LEVEL_OTHER,              /*< nick=other >*/
} TsMeetingLevel;

typedef enum
{
  TS_MEETING_FORMAT_UNSET,               /*< nick=unset >*/
  TS_MEETING_FORMAT_STATE_VISIT,         /*< nick=state_visit >*/
  TS_MEETING_FORMAT_OFFICIAL_VISIT,      /*< nick=official_visit >*/
  TS_MEETING_FORMAT_WORKING_VISIT,       /*< nick=working_visit >*/
  TS_MEETING_FORMAT_TALKS,               /*< nick=talks >*/
  TS_MEETING_FORMAT_MEETING,             /*< nick=meeting >*/
  TS_MEETING_FORMAT_DELEGATION_VISIT,    /*< nick=delegation_visit >*/
  TS_MEETING_FORMAT_FORUM,               /*< nick=forum >*/
  TS_MEETING_FORMAT_CEREMONY,            /*< nick=ceremony >*/
  TS_MEETING_FORMAT_CULTURAL_EVENT,      /*< nick=cultural_event >*/
  TS_MEETING_FORMAT_PHONE_CALL,          /*< nick=phone_call >*/
  TS_MEETING_FORMAT_MULTILATERAL_SUMMIT, /*< nick=multilateral_summit >*/
} TsMeetingFormat;

typedef enum
{
  TS_AGREEMENT_KIND_UNSET,                       /*< nick=unset >*/
  TS_AGREEMENT_KIND_JOINT_STATEMENT,             /*< nick=joint_statement >*/
  TS_AGREEMENT_KIND_MEMORANDUM,                  /*< nick=memorandum >*/
  TS_AGREEMENT_KIND_INTERGOVERNMENTAL_AGREEMENT, /*< nick=intergovernmental_agreement >*/
  TS_AGREEMENT_KIND_COOPERATION_AGREEMENT,       /*< nick=cooperation_agreement >*/
  TS_AGREEMENT_KIND_FRIENDSHIP_RELATIONS,        /*< nick=friendship_relations >*/
  TS_AGREEMENT_KIND_PLAN,                        /*< nick=plan >*/
  TS_AGREEMENT_KIND_OTHER,                       /*< nick=other >*/
} TsAgreementKind;

typedef enum
{
  TS_AGREEMENT_STATUS_UNSET,     /*< nick=unset >*/
  TS_AGREEMENT_STATUS_AGREED,    /*< nick=agreed >*/
  TS_AGREEMENT_STATUS_SIGNED,    /*< nick=signed >*/
  TS_AGREEMENT_STATUS_IN_FORCE,  /*< nick=in_force >*/
  TS_AGREEMENT_STATUS_EXPIRED,   /*< nick=expired >*/
  TS_AGREEMENT_STATUS_CANCELLED, /*< nick=cancelled >*/
} TsAgreementStatus;

typedef enum
{
  TS_PROJECT_SECTOR_UNSET,       /*< nick=unset >*/
  TS_PROJECT_SECTOR_TRANSPORT,   /*< nick=transport >*/
  TS_PROJECT_SECTOR_ENERGY,      /*< nick=energy >*/
  TS_PROJECT_SECTOR_INDUSTRY,    /*< nick=industry >*/
  TS_PROJECT_SECTOR_AGRICULTURE, /*< nick=agriculture >*/
  TS_PROJECT_SECTOR_TRADE,       /*< nick=trade >*/
  TS_PROJECT_SECTOR_DIGITAL,     /*< nick=digital >*/
  TS_PROJECT_SECTOR_CULTURE,     /*< nick=culture >*/
  TS_PROJECT_SECTOR_EDUCATION,   /*< nick=education >*/
  TS_PROJECT_SECTOR_HEALTH,      /*< nick=health >*/
  TS_PROJECT_SECTOR_MINING,      /*< nick=mining >*/
  TS_PROJECT_SECTOR_OTHER,       /*< nick=other >*/
} TsProjectSector;

/* AidData's stages. */
typedef enum
{
  TS_PROJECT_STATUS_UNSET,          /*< nick=unset >*/
  TS_PROJECT_STATUS_PLEDGE,         /*< nick=pledge >*/
  TS_PROJECT_STATUS_COMMITMENT,     /*< nick=commitment >*/
  TS_PROJECT_STATUS_IMPLEMENTATION, /*< nick=implementation >*/
  TS_PROJECT_STATUS_COMPLETION,     /*< nick=completion >*/
  TS_PROJECT_STATUS_SUSPENDED,      /*< nick=suspended >*/
  TS_PROJECT_STATUS_CANCELLED,      /*< nick=cancelled >*/
} TsProjectStatus;

typedef enum
{
  TS_ORGANIZATION_KIND_UNSET,         /*< nick=unset >*/
  TS_ORGANIZATION_KIND_GOVERNMENT,    /*< nick=government >*/
  TS_ORGANIZATION_KIND_MINISTRY,      /*< nick=ministry >*/
  TS_ORGANIZATION_KIND_PARTY,         /*< nick=party >*/
  TS_ORGANIZATION_KIND_LEGISLATURE,   /*< nick=legislature >*/
  TS_ORGANIZATION_KIND_AGENCY,        /*< nick=agency >*/
  TS_ORGANIZATION_KIND_COMPANY,       /*< nick=company >*/
  TS_ORGANIZATION_KIND_RESEARCH,      /*< nick=research >*/
  TS_ORGANIZATION_KIND_MEDIA,         /*< nick=media >*/
  TS_ORGANIZATION_KIND_INTERNATIONAL, /*< nick=international >*/
  TS_ORGANIZATION_KIND_OTHER,         /*< nick=other >*/
} TsOrganizationKind;

typedef enum
{
  TS_PLACE_KIND_UNSET,           /*< nick=unset >*/
  TS_PLACE_KIND_COUNTRY,         /*< nick=country >*/
  TS_PLACE_KIND_PROVINCE,        /*< nick=province >*/
  TS_PLACE_KIND_PREFECTURE_CITY, /*< nick=prefecture_city >*/
  TS_PLACE_KIND_CITY,            /*< nick=city >*/
  TS_PLACE_KIND_COUNTY,          /*< nick=county >*/
  TS_PLACE_KIND_DISTRICT,        /*< nick=district >*/
  TS_PLACE_KIND_VILLAGE,         /*< nick=village >*/
  TS_PLACE_KIND_SITE,            /*< nick=site >*/
} TsPlaceKind;

/* The Admiralty scale's source reliability grades. */
typedef enum
{
  TS_RELIABILITY_UNSET, /*< nick=unset >*/
  TS_RELIABILITY_A,     /*< nick=A >*/
  TS_RELIABILITY_B,     /*< nick=B >*/
  TS_RELIABILITY_C,     /*< nick=C >*/
  TS_RELIABILITY_D,     /*< nick=D >*/
  TS_RELIABILITY_E,     /*< nick=E >*/
  TS_RELIABILITY_F,     /*< nick=F >*/
} TsReliability;

/* How a statement gives the words: quoted verbatim, or reported. */
typedef enum
{
  TS_STATEMENT_KIND_UNSET,    /*< nick=unset >*/
  TS_STATEMENT_KIND_QUOTE,    /*< nick=quote >*/
  TS_STATEMENT_KIND_REPORTED, /*< nick=reported >*/
} TsStatementKind;

/* Translated labels for people ("Head of state"); "" for an unset value. */
const char *ts_meeting_level_get_label      (TsMeetingLevel      level);
const char *ts_meeting_format_get_label     (TsMeetingFormat     format);
const char *ts_agreement_kind_get_label     (TsAgreementKind     kind);
const char *ts_agreement_status_get_label   (TsAgreementStatus   status);
const char *ts_project_sector_get_label     (TsProjectSector     sector);
const char *ts_project_status_get_label     (TsProjectStatus     status);
const char *ts_organization_kind_get_label  (TsOrganizationKind  kind);
const char *ts_place_kind_get_label         (TsPlaceKind         kind);
const char *ts_reliability_get_label        (TsReliability       reliability);
const char *ts_confidence_get_label         (TsConfidence        confidence);
const char *ts_statement_kind_get_label     (TsStatementKind     kind);

/* The same for any of the enums above (and TsConfidence, TsRecordType). */
const char *ts_enum_get_label               (GType               enum_type,
                                             int                 value);
/* The JSON string of a value, NULL if @value is not one of @enum_type. */
const char *ts_enum_to_nick                 (GType               enum_type,
                                             int                 value);
/* The value of a JSON string; FALSE if @nick names none. */
gboolean    ts_enum_from_nick               (GType               enum_type,
                                             const char         *nick,
                                             int                *value);
/* The number of values, "unset" included: values run from 0 to n − 1. */
guint       ts_enum_get_n_values            (GType               enum_type);

G_END_DECLS
