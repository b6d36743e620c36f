/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-dataset.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* The columns an analyst scans a record type by, as a table the list, its
 * sorters and the column settings share. */

typedef enum
{
  TS_COLUMN_TEXT,
  TS_COLUMN_DATE,    /* sorts by get_date, chronologically */
  TS_COLUMN_NUMBER,  /* sorts by get_number; NAN (unknown) last */
} TsColumnKind;

typedef struct
{
  const char   *key;            /* persistent: "date", "participants" */
  const char   *title;          /* marked for translation, not translated */
  TsColumnKind  kind;
  gboolean      expand;
  int           width_chars;    /* natural width of a cell, in characters */
  char         *(*dup_text)   (TsRecord  *record,
                               TsDataset *dataset);
  const TsDate *(*get_date)   (TsRecord  *record);
  double        (*get_number) (TsRecord  *record);
  /* The text shows other records' titles: it changes when they do. */
  gboolean      linked;
} TsColumnInfo;

const TsColumnInfo *ts_record_columns_get          (TsRecordType  type,
                                                    guint        *n_columns);
/* The column lists open sorted by: the date, newest first, or the name. */
const char         *ts_record_columns_get_default_sort (TsRecordType  type,
                                                        gboolean     *descending);

const char         *ts_record_type_get_icon_name   (TsRecordType  type);
/* "Kyrgyzstan" for "KG"; the code itself when the name is not known. */
const char         *ts_country_get_name            (const char   *code);
/* The name in the script of the record's country: 中文 for a Chinese
 * person, Кыргызча or Русский for a Kyrgyz one; NULL when there is none. */
const char         *ts_record_get_native_name      (TsRecord     *record);
/* Titles of the records @ids name, joined by commas. */
char               *ts_titles_of_ids          (TsDataset          *dataset,
                                                    const char * const *ids);
/* The title of the record @id names, or @id itself when there is none. */
const char         *ts_title_of_id        (TsDataset    *dataset,
                                                    const char   *id);

G_END_DECLS
