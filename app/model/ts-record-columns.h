/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-column.h"
#include "ts-country.h"
#include "ts-dataset.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* Each record type's columns (ts-column.h), declared in ts-<type>-columns.c:
 * what the list, its sorters, its column settings and the exports share. */

/* Every column of @type, in the exports' order; the list-only ones too
 * (ts_column_is_exported() tells them apart). */
const TsColumn        *ts_record_columns_get              (TsRecordType  type,
                                                           guint        *n_columns);
/* The columns the list shows, in its order. */
const TsColumn *const *ts_record_columns_get_list         (TsRecordType  type,
                                                           guint        *n_columns);
/* The columns the workbook and the CSV files have, in their order. */
const TsColumn *const *ts_record_columns_get_exported     (TsRecordType  type,
                                                           guint        *n_columns);
/* The columns of a briefing's record sheet: first the @n_reader_columns a
 * reader wants, by their sheet position, then the others in the exports'
 * order, with the workbook's own (TS_COLUMN_SHEET_ONLY). */
const TsColumn *const *ts_record_columns_get_sheet        (TsRecordType  type,
                                                           guint        *n_columns,
                                                           guint        *n_reader_columns);
/* The list's column with @key; NULL when the list has none. */
const TsColumn        *ts_record_columns_find_list        (TsRecordType  type,
                                                           const char   *key);
/* The column lists open sorted by: the date, newest first, or the name. */
const char            *ts_record_columns_get_default_sort (TsRecordType  type,
                                                           gboolean     *descending);
/* The record read aloud, as a screen reader names its row in the list: the
 * texts of the list's columns its type chooses, as the list shows them,
 * joined by commas ("25 Oct 2023, Li Qiang meets Akylbek Japarov,
 * Bishkek"); empty cells are left out. */
char                  *ts_record_describe_aloud           (TsRecord               *record,
                                                           const TsColumnContext  *context);

/* What tells @record apart from others of its name, as the list's columns
 * show it: a person's position and country, a place's kind and country, a
 * source's date and publisher. "" when none of it is known. @dataset (may
 * be NULL) names the records it links to. */
char                  *ts_record_columns_describe         (TsDataset    *dataset,
                                                           TsRecord     *record);

const char         *ts_record_type_get_icon_name   (TsRecordType  type);
/* The name in the script of the record's country: 中文 for a Chinese
 * person, Кыргызча or Русский for a Kyrgyz one; NULL when there is none
 * (ts-named-columns.c). */
const char         *ts_record_get_native_name      (TsRecord     *record);
/* Titles of the records @ids name, joined by commas. */
char               *ts_titles_of_ids          (TsDataset          *dataset,
                                                    const char * const *ids);
/* The title of the record @id names, or @id itself when there is none. */
const char         *ts_title_of_id        (TsDataset    *dataset,
                                                    const char   *id);

G_END_DECLS
