/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "ts-column.h"

G_BEGIN_DECLS

/* For the files that declare a type's columns (ts-<type>-columns.c): the
 * cell setters, the columns every type shares and the table each type
 * gives ts-record-columns.c. */

typedef struct
{
  const TsColumn *columns;     /* in the exports' order */
  guint           n_columns;
  /* The column the list opens sorted by, and which way: the date, newest
   * first, or the name. */
  const char     *sort_key;
  gboolean        sort_descending;
  /* The keys of the list's columns a screen reader reads a row by, in
   * that order ("25 Oct 2023, Li Qiang meets Akylbek Japarov, Bishkek"):
   * ts_record_describe_aloud(). */
  const char     *aloud[5];
} TsColumnTable;

extern const TsColumnTable _ts_meeting_columns;
extern const TsColumnTable _ts_agreement_columns;
extern const TsColumnTable _ts_project_columns;
extern const TsColumnTable _ts_statement_columns;
extern const TsColumnTable _ts_person_columns;
extern const TsColumnTable _ts_organization_columns;
extern const TsColumnTable _ts_place_columns;
extern const TsColumnTable _ts_source_columns;
extern const TsColumnTable _ts_figure_columns;

/* How list items are joined in a cell. */
#define TS_COLUMN_LIST_SEPARATOR "; "

/* Cell setters: nothing (an empty cell) for NULL, "", NAN or an unset date. */
void  _ts_cell_set_text        (TsCell                *cell,
                                const char            *text);
void  _ts_cell_take_text       (TsCell                *cell,
                                char                  *text);
/* @text without a copy: for text that outlives the cell's use, the
 * record's own (or a record's it links to) and the vocabulary's labels. */
void  _ts_cell_borrow_text     (TsCell                *cell,
                                const char            *text);
/* Where to build a cell's text: the context's scratch buffer, emptied, or
 * a new string; _ts_cell_end_text() gives it to @cell (and frees a new
 * one, so that every _ts_cell_begin_text() needs its end). */
GString *_ts_cell_begin_text   (const TsColumnContext *context);
void  _ts_cell_end_text        (TsCell                *cell,
                                const TsColumnContext *context,
                                GString               *text);
void  _ts_cell_set_number      (TsCell                *cell,
                                double                 number);
void  _ts_cell_set_date        (TsCell                *cell,
                                const TsDate          *date);
void  _ts_cell_set_datetime    (TsCell                *cell,
                                GDateTime             *datetime);
void  _ts_cell_set_url         (TsCell                *cell,
                                const char            *url);

/* Items joined by TS_COLUMN_LIST_SEPARATOR; empty for none. */
void  _ts_cell_set_joined      (TsCell                *cell,
                                const TsColumnContext *context,
                                const char * const    *strv);
/* The titles of the records @ids names, so joined; empty for none. */
void  _ts_cell_set_titles      (TsCell                *cell,
                                const TsColumnContext *context,
                                const char * const    *ids);
/* The titles joined by commas, as the list shows several linked records. */
char *_ts_column_list_titles   (const TsColumnContext *context,
                                const char * const    *ids);
/* Appends @item to a list in @out, after TS_COLUMN_LIST_SEPARATOR. */
void  _ts_column_append_item   (GString               *out,
                                const char            *item);

/* The columns every type has. */
void _ts_column_fill_title       (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_id          (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_date        (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_precision   (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_summary     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_notes       (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_tags        (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_confidence  (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_sources     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_source_ids  (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_created     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_modified    (const TsColumnContext *context, TsRecord *record, TsCell *cell);

/* Names in several scripts, aliases and country: person, organization and
 * place (ts-named-columns.c). */
void _ts_column_fill_name_ru     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_name_ky     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_name_zh     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_aliases     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_country     (const TsColumnContext *context, TsRecord *record, TsCell *cell);
/* The list's forms: the name in the record's own script, the country's name. */
void _ts_column_fill_native_name (const TsColumnContext *context, TsRecord *record, TsCell *cell);
void _ts_column_fill_country_name (const TsColumnContext *context, TsRecord *record, TsCell *cell);

/* The columns every type shares, as table rows. */

/* The title, first in the exports, @sheet_chars wide in the workbook,
 * where it is the reader's column at @sheet_pos and gives the record's name
 * in the briefing's language; where the list shows it (at @list_pos,
 * @list_chars wide, headed @list_header or NULL for @title_header) it takes
 * the spare width and cannot be hidden. */
#define TS_COLUMNS_HEAD(title_header, title_meaning, list_pos, list_chars, list_header, \
                        sheet_pos, sheet_chars) \
  { "title", title_header, title_meaning, TS_COLUMN_TEXT, \
    TS_COLUMN_WRAP | TS_COLUMN_EXPAND | TS_COLUMN_DISPLAY_NAME, \
    _ts_column_fill_title, sheet_chars, .list_position = list_pos, .list_width = list_chars, \
    .list_title = list_header, .sheet_position = sheet_pos }, \
  { "id", N_("ID"), N_("The record’s stable identifier: its type, a slash and a slug"), \
    TS_COLUMN_TEXT, TS_COLUMN_MACHINE, _ts_column_fill_id, 30 }

/* The record's date and how much of it is known; the list shows the date
 * at @list_pos, @list_chars wide, headed @list_header or NULL for
 * @date_header; the workbook at @sheet_pos among the reader's columns. */
#define TS_COLUMNS_DATE(date_key, date_header, date_meaning, list_pos, list_chars, list_header, \
                        sheet_pos) \
  { date_key, date_header, date_meaning, TS_COLUMN_DATE, 0, _ts_column_fill_date, 12, \
    .list_position = list_pos, .list_width = list_chars, .list_title = list_header, \
    .sheet_position = sheet_pos }, \
  { "date_precision", N_("Date precision"), \
    N_("Empty when the date is a day; otherwise whether only the month or the year is known, " \
       "and whether the date is approximate (“about”) or a bound (“on or before”, " \
       "“on or after”)"), TS_COLUMN_TEXT, 0, _ts_column_fill_precision, 14 }

/* The columns every type ends with; the workbook shows the summary and the
 * sources at @summary_pos and @sources_pos among the reader's columns. */
#define TS_COLUMNS_TAIL(summary_pos, sources_pos) \
  { "summary", N_("Summary"), N_("One or two sentences on the record"), TS_COLUMN_TEXT, \
    TS_COLUMN_WRAP, _ts_column_fill_summary, 44, .sheet_position = summary_pos }, \
  { "notes", N_("Notes"), N_("The analyst’s notes: how a date was resolved, doubts, context"), \
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, _ts_column_fill_notes, 40 }, \
  { "tags", N_("Tags"), N_("Free keywords"), TS_COLUMN_TEXT, TS_COLUMN_WRAP, \
    _ts_column_fill_tags, 20 }, \
  { "confidence", N_("Confidence"), N_("How sure the analyst is of the record: high, medium or " \
                                       "low"), TS_COLUMN_TEXT, 0, _ts_column_fill_confidence, \
    12 }, \
  { "sources", N_("Sources"), N_("The sources the record is taken from, by headline; in the " \
                                 "workbook each links to its row on the Sources sheet"), \
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_SOURCES | TS_COLUMN_LINKED, \
    _ts_column_fill_sources, 26, .sheet_position = sources_pos }, \
  { "source_ids", N_("Source IDs"), N_("The ids of those sources"), TS_COLUMN_TEXT, \
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, _ts_column_fill_source_ids, 30 }, \
  { "created", N_("Created"), N_("When the record was created (UTC)"), TS_COLUMN_DATETIME, 0, \
    _ts_column_fill_created, 17 }, \
  { "modified", N_("Modified"), N_("When the record was last changed (UTC)"), \
    TS_COLUMN_DATETIME, 0, _ts_column_fill_modified, 17 }

/* Names in every script; the English one (the title) again in the workbook,
 * whose title column gives the name in the briefing's language. */
#define TS_COLUMNS_NAMES \
  { "name_en", N_("Name (English)"), N_("The name in English"), TS_COLUMN_TEXT, \
    TS_COLUMN_WRAP | TS_COLUMN_SHEET_ONLY, _ts_column_fill_title, 28 }, \
  { "name_ru", N_("Name (Russian)"), N_("The name in Russian"), TS_COLUMN_TEXT, TS_COLUMN_WRAP, \
    _ts_column_fill_name_ru, 28 }, \
  { "name_ky", N_("Name (Kyrgyz)"), N_("The name in Kyrgyz"), TS_COLUMN_TEXT, TS_COLUMN_WRAP, \
    _ts_column_fill_name_ky, 28 }, \
  { "name_zh", N_("Name (Chinese)"), N_("The name in Chinese"), TS_COLUMN_TEXT, TS_COLUMN_WRAP, \
    _ts_column_fill_name_zh, 18 }, \
  { "aliases", N_("Aliases"), N_("Spelling and transliteration variants, abbreviations"), \
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, _ts_column_fill_aliases, 28 }

/* The list's name in the record's own script (中文 for a Chinese person). */
#define TS_COLUMN_LIST_NATIVE_NAME(list_pos, list_chars) \
  { "native-name", N_("Native Name"), NULL, TS_COLUMN_TEXT, TS_COLUMN_LIST_ONLY, \
    _ts_column_fill_native_name, 0, .list_position = list_pos, .list_width = list_chars }

/* The list's country, by name; the exports give its ISO code. */
#define TS_COLUMN_LIST_COUNTRY(list_pos, list_chars) \
  { "country", N_("Country"), NULL, TS_COLUMN_TEXT, TS_COLUMN_LIST_ONLY, \
    _ts_column_fill_country_name, 0, .list_position = list_pos, .list_width = list_chars }

/* The workbook's country, by name in the briefing's language: what a
 * reader wants, printed; the ISO code follows with the machine columns. */
#define TS_COLUMN_SHEET_COUNTRY(sheet_pos) \
  { "country_name", N_("Country"), N_("The country’s name, in the briefing’s language"), \
    TS_COLUMN_TEXT, TS_COLUMN_SHEET_ONLY, _ts_column_fill_country_name, 14, \
    .sheet_position = sheet_pos }

G_END_DECLS
