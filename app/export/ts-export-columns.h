/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ts-date.h"
#include "ts-export.h"
#include "ts-types.h"

G_BEGIN_DECLS

/* The columns of a record type, shared by the workbook's sheets, the
 * Definitions sheet and the CSV files, so that all three agree. */

typedef enum
{
  TS_CELL_EMPTY,
  TS_CELL_TEXT,
  TS_CELL_NUMBER,
  TS_CELL_DATE,      /* a TsDate, written with its precision */
  TS_CELL_DATETIME,  /* a UTC time, seconds since the epoch */
  TS_CELL_URL,       /* an http or https URL */
} TsCellKind;

typedef struct
{
  TsCellKind  kind;
  char       *text;      /* TEXT, URL */
  double      number;    /* NUMBER */
  TsDate      date;      /* DATE */
  gint64      unix_time; /* DATETIME */
} TsCell;

#define TS_CELL_INIT { TS_CELL_EMPTY, NULL, 0.0, TS_DATE_INIT, 0 }

void ts_cell_clear (TsCell *cell);

typedef enum
{
  TS_COLUMN_WRAP    = 1 << 0, /* long text, wrapped in the workbook */
  /* The record's sources by title: in the workbook one column per source,
   * each a link to the source's row on the Sources sheet. */
  TS_COLUMN_SOURCES = 1 << 1,
} TsColumnFlags;

typedef void (*TsColumnFillFunc) (TsExportData *data,
                                  TsRecord     *record,
                                  TsCell       *cell);

typedef struct
{
  const char       *key;     /* stable, untranslated: "place_id" */
  const char       *header;  /* untranslated: translate with gettext */
  const char       *meaning; /* untranslated: translate with gettext */
  double            width;   /* in characters */
  TsColumnFlags     flags;
  TsColumnFillFunc  fill;
} TsColumn;

const TsColumn *ts_export_get_columns          (TsRecordType  type,
                                                guint        *n_columns);

/* How a partial date was given, for people: "" for a day, "month", "year",
 * "about · month", "on or before · year". */
char           *ts_export_describe_precision   (const TsDate *date);

G_END_DECLS
