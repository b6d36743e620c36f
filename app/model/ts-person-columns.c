/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-person-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-person.h"

/* "Title, Organization (from–to); …" */
static void
fill_positions (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      TsPosition *position = positions->pdata[i];
      g_autoptr(GString) item = g_string_new (position->title);
      g_autofree char *from = ts_date_to_string (&position->from);
      g_autofree char *to = ts_date_to_string (&position->to);

      if (position->organization_id != NULL)
        g_string_append_printf (item, item->len > 0 ? ", %s" : "%s",
                                ts_column_context_get_title (context,
                                                             position->organization_id));
      if (from != NULL || to != NULL)
        g_string_append_printf (item, " (%s–%s)", from != NULL ? from : "",
                                to != NULL ? to : "");
      _ts_column_append_item (out, item->str);
    }
  _ts_cell_set_text (cell, out->str);
}

/* The list's form: the position held now, the latest one without an end. */
static void
fill_current_position (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  TsPosition *current = NULL;
  TsRecord *organization;

  for (guint i = 0; i < positions->len; i++)
    {
      TsPosition *position = g_ptr_array_index (positions, i);

      if (ts_date_is_set (&position->to))
        continue;
      if (current == NULL || ts_date_compare (&position->from, &current->from) >= 0)
        current = position;
    }

  if (current == NULL)
    return;

  organization = ts_column_context_lookup (context, current->organization_id);
  if (organization != NULL)
    /* Translators: a position and the organization: "Chairman, Cabinet of Ministers" */
    _ts_cell_take_text (cell, g_strdup_printf (C_("position", "%s, %s"), current->title,
                                               ts_record_get_display_name (organization)));
  else
    _ts_cell_set_text (cell, current->title);
}

static void
fill_organization_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      TsPosition *position = positions->pdata[i];

      if (position->organization_id != NULL)
        _ts_column_append_item (out, position->organization_id);
    }
  _ts_cell_set_text (cell, out->str);
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Name"),
                   N_("The name in the briefing’s language where the dataset has it, "
                      "otherwise in English"),
                   1, 22, NULL, 1, 26),
  TS_COLUMN_LIST_NATIVE_NAME (2, 18),
  TS_COLUMNS_NAMES,
  { "country", N_("Country code"), N_("ISO 3166 code of the person’s country"), TS_COLUMN_TEXT, 0,
    _ts_column_fill_country, 9 },
  TS_COLUMN_LIST_COUNTRY (3, 12),
  TS_COLUMN_SHEET_COUNTRY (2),
  { "positions", N_("Positions"), N_("Positions held, as the sources give them, with dates"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_positions, 56, .sheet_position = 3 },
  { "position", N_("Current Position"), NULL, TS_COLUMN_TEXT,
    TS_COLUMN_LIST_ONLY | TS_COLUMN_EXPAND | TS_COLUMN_LINKED, fill_current_position, 0,
    .list_position = 4, .list_width = 30 },
  { "organization_ids", N_("Organization IDs"), N_("The ids of the organizations of those "
                                                   "positions"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_organization_ids, 30 },
  TS_COLUMNS_TAIL (4, 5),
};

const TsColumnTable _ts_person_columns = {
  columns, G_N_ELEMENTS (columns), "title", FALSE,
  { "title", "position", "country" },
};
