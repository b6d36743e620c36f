/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-project-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-project.h"

static void
fill_sector (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsProjectSector sector = ts_project_get_sector (TS_PROJECT (record));

  _ts_cell_set_text (cell, ts_project_sector_get_label (sector));
}

static void
fill_status (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsProjectStatus status = ts_project_get_status (TS_PROJECT (record));

  _ts_cell_set_text (cell, ts_project_status_get_label (status));
}

/* "2023-05 Implementation: note; …", oldest first. */
static void
fill_milestones (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *milestones = ts_project_get_milestones (TS_PROJECT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; milestones != NULL && i < milestones->len; i++)
    {
      TsMilestone *m = milestones->pdata[i];
      g_autofree char *date = ts_date_to_string (&m->date);
      g_autoptr(GString) item = g_string_new (date);
      const char *status = ts_project_status_get_label (m->status);

      if (status != NULL && status[0] != '\0')
        g_string_append_printf (item, item->len > 0 ? " %s" : "%s", status);
      if (m->note != NULL && m->note[0] != '\0')
        g_string_append_printf (item, item->len > 0 ? ": %s" : "%s", m->note);
      _ts_column_append_item (out, item->str);
    }
  _ts_cell_set_text (cell, out->str);
}

/* The list's form: "May 2023 · Implementation", sorted by the project's
 * date (the latest milestone's). */
static void
fill_latest_milestone (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *milestones = ts_project_get_milestones (TS_PROJECT (record));
  TsMilestone *latest = NULL;
  const TsDate *project_date = ts_record_get_date (record);
  g_autofree char *date = NULL;

  cell->kind = TS_CELL_DATE;
  if (project_date != NULL)
    cell->date = *project_date;

  for (guint i = 0; i < milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (milestones, i);

      if (latest == NULL || ts_date_compare (&milestone->date, &latest->date) >= 0)
        latest = milestone;
    }

  if (latest == NULL)
    {
      cell->text = g_strdup ("");
      return;
    }

  date = ts_date_format (&latest->date);
  if (latest->status == TS_PROJECT_STATUS_UNSET)
    {
      cell->text = g_steal_pointer (&date);
      return;
    }

  /* Translators: a project's latest milestone: "May 2023 · Implementation" */
  cell->text = g_strdup_printf (C_("milestone", "%s · %s"), date,
                                ts_project_status_get_label (latest->status));
}

static void
fill_places (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_project_get_place_ids (TS_PROJECT (record));

  _ts_cell_set_titles (cell, context, ids);
}

/* The list's form: by commas. */
static void
fill_place_names (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_project_get_place_ids (TS_PROJECT (record));

  _ts_cell_take_text (cell, _ts_column_list_titles (context, ids));
}

static void
fill_place_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, ts_project_get_place_ids (TS_PROJECT (record)));
}

static void
fill_partners (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_project_get_partner_ids (TS_PROJECT (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_partner_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_project_get_partner_ids (TS_PROJECT (record));

  _ts_cell_set_joined (cell, context, ids);
}

static void
fill_value (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_number (cell, ts_project_get_value_usd (TS_PROJECT (record)));
}

/* "Label (lat, lon) → …", in WGS 84 degrees with a dot. */
static void
fill_route (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *route = ts_project_get_route (TS_PROJECT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; route != NULL && i < route->len; i++)
    {
      TsRoutePoint *point = route->pdata[i];
      char lat[G_ASCII_DTOSTR_BUF_SIZE];
      char lon[G_ASCII_DTOSTR_BUF_SIZE];

      if (out->len > 0)
        g_string_append (out, " → ");
      g_ascii_formatd (lat, sizeof lat, "%.4f", point->lat);
      g_ascii_formatd (lon, sizeof lon, "%.4f", point->lon);
      if (point->label != NULL && point->label[0] != '\0')
        g_string_append_printf (out, "%s (%s, %s)", point->label, lat, lon);
      else
        g_string_append_printf (out, "(%s, %s)", lat, lon);
    }
  _ts_cell_set_text (cell, out->str);
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Title"), N_("The project as lists show it"), 1, 30, N_("Name"),
                   1, 26),
  TS_COLUMNS_DATE ("date", N_("Latest milestone"),
                   N_("The date of the project’s latest milestone"), 0, 0, NULL, 0),
  { "sector", N_("Sector"), N_("Transport, energy, industry, culture …"), TS_COLUMN_TEXT, 0,
    fill_sector, 13, .list_position = 3, .list_width = 12, .sheet_position = 3 },
  { "status", N_("Status"), N_("The stage reached, after AidData: pledge, commitment, "
                               "implementation, completion, suspended, cancelled"),
    TS_COLUMN_TEXT, 0, fill_status, 14, .list_position = 2, .list_width = 12,
    .sheet_position = 2 },
  { "milestones", N_("Milestones"), N_("Dated steps, oldest first: date, stage reached, note"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, fill_milestones, 40, .sheet_position = 5 },
  { "milestone", N_("Latest Milestone"), NULL, TS_COLUMN_DATE, TS_COLUMN_LIST_ONLY,
    fill_latest_milestone, 0, .list_position = 5, .list_width = 22 },
  { "places", N_("Places"), N_("Where the project is"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_places, 18, .sheet_position = 4 },
  { "places", N_("Places"), NULL, TS_COLUMN_TEXT, TS_COLUMN_LIST_ONLY | TS_COLUMN_LINKED,
    fill_place_names, 0, .list_position = 4, .list_width = 20 },
  { "place_ids", N_("Place IDs"), N_("The ids of those places"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_place_ids, 30 },
  { "partners", N_("Partners"), N_("Who builds, funds or hosts it"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_partners, 30 },
  { "partner_ids", N_("Partner IDs"), N_("The ids of the partners"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_partner_ids, 30 },
  { "value_usd", N_("Value (USD)"), N_("The project’s value in US dollars, where known"),
    TS_COLUMN_NUMBER, TS_COLUMN_AMOUNT, fill_value, 15, .sheet_position = 6 },
  { "route", N_("Route"), N_("For a railway, road or pipeline: its alignment, in order "
                             "(latitude, longitude in WGS 84 degrees)"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, fill_route, 40 },
  TS_COLUMNS_TAIL (7, 8),
};

const TsColumnTable _ts_project_columns = {
  columns, G_N_ELEMENTS (columns), "milestone", TRUE,
  { "title", "status", "places" },
};
