/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-source-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-column-private.h"
#include "ts-source.h"

static void
fill_publisher (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_source_get_publisher (TS_SOURCE (record)));
}

static void
fill_url (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_url (cell, ts_source_get_url (TS_SOURCE (record)));
}

static void
fill_language (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_source_get_language (TS_SOURCE (record)));
}

static void
fill_reliability (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsReliability reliability = ts_source_get_reliability (TS_SOURCE (record));

  _ts_cell_set_text (cell, ts_reliability_get_label (reliability));
}

/* The list's form: the label, sorted A to F, ungraded last. */
static void
fill_reliability_grade (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsReliability reliability = ts_source_get_reliability (TS_SOURCE (record));

  cell->kind = TS_CELL_NUMBER;
  cell->number = reliability == TS_RELIABILITY_UNSET ? NAN : reliability;
  cell->text = g_strdup (ts_reliability_get_label (reliability));
}

static void
fill_excerpt (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_source_get_excerpt (TS_SOURCE (record)));
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Headline"), N_("The article’s or document’s headline"), 3, 40,
                   N_("Title"), 2, 34),
  TS_COLUMNS_DATE ("date", N_("Date published"), N_("When the source was published"), 1, 23,
                   N_("Date"), 1),
  { "publisher", N_("Publisher"), N_("Who published it"), TS_COLUMN_TEXT, TS_COLUMN_WRAP,
    fill_publisher, 20, .list_position = 2, .list_width = 16, .sheet_position = 3 },
  { "url", N_("URL"), N_("Where to read it (http and https links only)"), TS_COLUMN_URL,
    TS_COLUMN_WRAP, fill_url, 30, .sheet_position = 6 },
  { "language", N_("Language"), N_("ISO 639-1 code of its language"), TS_COLUMN_TEXT, 0,
    fill_language, 10, .sheet_position = 4 },
  { "reliability", N_("Reliability"), N_("The Admiralty grade of the source, A to F: see the "
                                         "scale below"),
    TS_COLUMN_TEXT, 0, fill_reliability, 24, .sheet_position = 5 },
  { "reliability", N_("Reliability"), NULL, TS_COLUMN_NUMBER, TS_COLUMN_LIST_ONLY,
    fill_reliability_grade, 0, .list_position = 4, .list_width = 12 },
  { "excerpt", N_("Excerpt"), N_("A short quotation"), TS_COLUMN_TEXT, TS_COLUMN_WRAP,
    fill_excerpt, 40, .sheet_position = 7 },
  TS_COLUMNS_TAIL (0, 0),
};

const TsColumnTable _ts_source_columns = {
  columns, G_N_ELEMENTS (columns), "date", TRUE,
  { "date", "title", "publisher" },
};
