/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TsRecord       TsRecord;
typedef struct _TsMeeting      TsMeeting;
typedef struct _TsAgreement    TsAgreement;
typedef struct _TsProject      TsProject;
typedef struct _TsPerson       TsPerson;
typedef struct _TsOrganization TsOrganization;
typedef struct _TsPlace        TsPlace;
typedef struct _TsSource       TsSource;
typedef struct _TsFigure       TsFigure;
typedef struct _TsStatement    TsStatement;
typedef struct _TsDataset      TsDataset;
typedef struct _TsQuery        TsQuery;
typedef struct _TsStore        TsStore;

/* The order is the order of the sidebar, the workbook sheets and the JSON
 * export. The numbers are never stored (files name the types), so a new
 * type takes its place among the others: statements among the events. */
typedef enum
{
  TS_RECORD_TYPE_MEETING,
  TS_RECORD_TYPE_AGREEMENT,
  TS_RECORD_TYPE_PROJECT,
  TS_RECORD_TYPE_STATEMENT,
  TS_RECORD_TYPE_PERSON,
  TS_RECORD_TYPE_ORGANIZATION,
  TS_RECORD_TYPE_PLACE,
  TS_RECORD_TYPE_SOURCE,
  TS_RECORD_TYPE_FIGURE,
} TsRecordType;

#define TS_N_RECORD_TYPES 9

G_END_DECLS
