/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-organization-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-organization.h"

static void
fill_kind (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsOrganizationKind kind = ts_organization_get_kind (TS_ORGANIZATION (record));

  _ts_cell_set_text (cell, ts_organization_kind_get_label (kind));
}

static void
fill_parent (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_organization_get_parent_id (TS_ORGANIZATION (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_parent_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_organization_get_parent_id (TS_ORGANIZATION (record)));
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Name"),
                   N_("The name in the briefing’s language where the dataset has it, "
                      "otherwise in English"),
                   1, 36, NULL, 1, 36),
  TS_COLUMNS_NAMES,
  { "kind", N_("Kind"), N_("Government, ministry, party, company, international …"),
    TS_COLUMN_TEXT, 0, fill_kind, 16, .list_position = 2, .list_width = 14, .sheet_position = 2 },
  { "country", N_("Country code"), N_("ISO 3166 code; empty for international organizations"),
    TS_COLUMN_TEXT, 0, _ts_column_fill_country, 9 },
  TS_COLUMN_LIST_COUNTRY (3, 12),
  TS_COLUMN_SHEET_COUNTRY (3),
  { "parent", N_("Parent"), N_("The organization it belongs to"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_parent, 30, .sheet_position = 4 },
  { "parent_id", N_("Parent ID"), N_("The id of that organization"), TS_COLUMN_TEXT,
    TS_COLUMN_MACHINE, fill_parent_id, 30 },
  TS_COLUMNS_TAIL (5, 6),
};

const TsColumnTable _ts_organization_columns = {
  columns, G_N_ELEMENTS (columns), "title", FALSE,
  { "title", "kind", "country" },
};
