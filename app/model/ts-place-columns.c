/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-place-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-column-private.h"
#include "ts-place.h"

static void
fill_kind (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_place_kind_get_label (ts_place_get_kind (TS_PLACE (record))));
}

static void
fill_parent (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_place_get_parent_id (TS_PLACE (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_parent_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_place_get_parent_id (TS_PLACE (record)));
}

static void
fill_lat (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_number (cell, ts_place_get_lat (TS_PLACE (record)));
}

static void
fill_lon (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_number (cell, ts_place_get_lon (TS_PLACE (record)));
}

/* The list's form: "42.87° N, 74.59° E", sorted by latitude. */
static void
fill_coordinates (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  double lat = ts_place_get_lat (TS_PLACE (record));
  double lon = ts_place_get_lon (TS_PLACE (record));

  cell->kind = TS_CELL_NUMBER;
  cell->number = lat;
  if (isnan (lat) || isnan (lon))
    {
      cell->text = g_strdup ("");
      return;
    }

  /* Translators: coordinates: "42.87° N, 74.59° E" */
  cell->text = g_strdup_printf (_("%.2f° %s, %.2f° %s"),
                                fabs (lat), lat >= 0 ? C_("compass", "N") : C_("compass", "S"),
                                fabs (lon), lon >= 0 ? C_("compass", "E") : C_("compass", "W"));
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Name"),
                   N_("The name in the briefing’s language where the dataset has it, "
                      "otherwise in English"),
                   1, 22, NULL, 1, 26),
  TS_COLUMN_LIST_NATIVE_NAME (2, 16),
  TS_COLUMNS_NAMES,
  { "kind", N_("Kind"), N_("Country, province, city, district, site …"), TS_COLUMN_TEXT, 0,
    fill_kind, 14, .list_position = 3, .list_width = 12, .sheet_position = 2 },
  { "country", N_("Country code"), N_("ISO 3166 code of the country it lies in"), TS_COLUMN_TEXT, 0,
    _ts_column_fill_country, 9 },
  TS_COLUMN_LIST_COUNTRY (4, 12),
  TS_COLUMN_SHEET_COUNTRY (3),
  { "parent", N_("Parent"), N_("The place it lies in"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_parent, 25, .sheet_position = 4 },
  { "parent_id", N_("Parent ID"), N_("The id of that place"), TS_COLUMN_TEXT, TS_COLUMN_MACHINE,
    fill_parent_id, 25 },
  { "lat", N_("Latitude"), N_("WGS 84 degrees, north positive"), TS_COLUMN_NUMBER, 0,
    fill_lat, 11 },
  { "lon", N_("Longitude"), N_("WGS 84 degrees, east positive"), TS_COLUMN_NUMBER, 0,
    fill_lon, 11 },
  { "coordinates", N_("Coordinates"), NULL, TS_COLUMN_NUMBER, TS_COLUMN_LIST_ONLY,
    fill_coordinates, 0, .list_position = 5, .list_width = 18 },
  TS_COLUMNS_TAIL (5, 6),
};

const TsColumnTable _ts_place_columns = {
  columns, G_N_ELEMENTS (columns), "title", FALSE,
  { "title", "kind", "country" },
};
