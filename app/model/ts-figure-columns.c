/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-figure-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-figure.h"

static void
fill_indicator (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_figure_get_indicator (TS_FIGURE (record)));
}

static void
fill_value (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_number (cell, ts_figure_get_value (TS_FIGURE (record)));
}

static void
fill_unit (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_figure_get_unit (TS_FIGURE (record)));
}

static void
fill_change (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_number (cell, ts_figure_get_change (TS_FIGURE (record)));
}

static void
fill_publisher (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_figure_get_publisher (TS_FIGURE (record)));
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Title"), N_("The figure as lists show it"), 0, 0, NULL, 0,
                   40),
  { "indicator", N_("Indicator"), N_("What is measured; figures with the same indicator form a "
                                     "series"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_EXPAND, fill_indicator, 30,
    .list_position = 1, .list_width = 30, .sheet_position = 1 },
  TS_COLUMNS_DATE ("period", N_("Period"), N_("The period the value is for"), 2, 10, NULL,
                   2),
  { "value", N_("Value"), N_("The value, in the unit given"), TS_COLUMN_NUMBER, 0, fill_value,
    16, .list_position = 3, .list_width = 14, .sheet_position = 3 },
  { "unit", N_("Unit"), N_("USD, percent, tonnes …"), TS_COLUMN_TEXT, 0, fill_unit, 10,
    .list_position = 4, .list_width = 8, .sheet_position = 4 },
  { "change", N_("Change (%)"), N_("Percent change on the previous period"), TS_COLUMN_NUMBER,
    0, fill_change, 11, .sheet_position = 5 },
  { "publisher", N_("Publisher"), N_("Who published the figure"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP, fill_publisher, 20, .list_position = 5, .list_width = 16,
    .sheet_position = 6 },
  TS_COLUMNS_TAIL (0, 7),
};

const TsColumnTable _ts_figure_columns = {
  columns, G_N_ELEMENTS (columns), "period", TRUE,
  { "indicator", "period", "value", "unit" },
};
