/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-meeting-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-meeting.h"
#include "ts-string.h"

static void
fill_end_date (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_date (cell, ts_meeting_get_end_date (TS_MEETING (record)));
}

static void
fill_level (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsMeetingLevel level = ts_meeting_get_level (TS_MEETING (record));

  _ts_cell_borrow_text (cell, ts_meeting_level_get_label (level));
}

static void
fill_format (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsMeetingFormat format = ts_meeting_get_format (TS_MEETING (record));

  _ts_cell_borrow_text (cell, ts_meeting_format_get_label (format));
}

static void
fill_place (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_meeting_get_place_id (TS_MEETING (record));

  _ts_cell_borrow_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_place_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_meeting_get_place_id (TS_MEETING (record)));
}

static void
fill_part_of (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_meeting_get_part_of_id (TS_MEETING (record));

  _ts_cell_borrow_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_part_of_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_borrow_text (cell, ts_meeting_get_part_of_id (TS_MEETING (record)));
}

/* "Name (role, side); …" */
static void
fill_participants (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  GString *out = _ts_cell_begin_text (context);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      TsParticipant *p = participants->pdata[i];
      const char *title = ts_column_context_get_title (context, p->person_id);
      const char *role = ts_participant_get_display_role (p, NULL);
      gboolean has_role = role != NULL && role[0] != '\0';
      gboolean has_side = p->side != NULL && p->side[0] != '\0';

      /* Appended piece by piece: a CSV file of every meeting writes this
       * cell tens of thousands of times. */
      _ts_column_append_item (out, title != NULL ? title : "");
      if (has_role || has_side)
        {
          ts_string_append (out, " (");
          ts_string_append (out, has_role ? role : p->side);
          if (has_role && has_side)
            {
              ts_string_append (out, ", ");
              ts_string_append (out, p->side);
            }
          g_string_append_c (out, ')');
        }
    }
  _ts_cell_end_text (cell, context, out);
}

/* The list's form: the names only, by commas. */
static void
fill_participant_names (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < participants->len; i++)
    {
      TsParticipant *participant = g_ptr_array_index (participants, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_column_context_get_title (context, participant->person_id));
    }
  _ts_cell_set_text (cell, text->str);
}

static void
fill_participant_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  GString *out = _ts_cell_begin_text (context);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    _ts_column_append_item (out, ((TsParticipant *) participants->pdata[i])->person_id);
  _ts_cell_end_text (cell, context, out);
}

static void
fill_organizations (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_organization_ids (TS_MEETING (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_organization_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_organization_ids (TS_MEETING (record));

  _ts_cell_set_joined (cell, context, ids);
}

static void
fill_topics (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, ts_meeting_get_topics (TS_MEETING (record)));
}

static void
fill_outcomes (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_outcome_ids (TS_MEETING (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_outcome_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_outcome_ids (TS_MEETING (record));

  _ts_cell_set_joined (cell, context, ids);
}

static void
fill_projects (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_project_ids (TS_MEETING (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_project_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_meeting_get_project_ids (TS_MEETING (record));

  _ts_cell_set_joined (cell, context, ids);
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Title"), N_("The meeting as lists show it"), 2, 40, NULL,
                   2, 30),
  TS_COLUMNS_DATE ("date", N_("Date"), N_("When the meeting took place, or began"), 1, 23,
                   NULL, 1),
  { "end_date", N_("End date"), N_("When a visit of several days ended"), TS_COLUMN_DATE, 0,
    fill_end_date, 12 },
  { "level", N_("Level"), N_("The highest level of the participants"), TS_COLUMN_TEXT, 0,
    fill_level, 14, .list_position = 5, .list_width = 13, .sheet_position = 5 },
  { "format", N_("Format"), N_("State visit, talks, forum, ceremony …"), TS_COLUMN_TEXT, 0,
    fill_format, 18, .list_position = 6, .list_width = 13 },
  { "place", N_("Place"), N_("Where the meeting took place"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_place, 14, .list_position = 3, .list_width = 11,
    .sheet_position = 3 },
  { "place_id", N_("Place ID"), N_("The id of that place"), TS_COLUMN_TEXT, TS_COLUMN_MACHINE,
    fill_place_id, 22 },
  { "part_of", N_("Part of"), N_("The visit or summit this meeting belongs to"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_part_of, 30 },
  { "part_of_id", N_("Part of ID"), N_("The id of that meeting"), TS_COLUMN_TEXT,
    TS_COLUMN_MACHINE, fill_part_of_id, 30 },
  { "participants", N_("Participants"),
    N_("Who took part, with the position held then and the delegation’s country"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_participants, 34,
    .sheet_position = 4 },
  { "participants", N_("Participants"), NULL, TS_COLUMN_TEXT,
    TS_COLUMN_LIST_ONLY | TS_COLUMN_LINKED, fill_participant_names, 0,
    .list_position = 4, .list_width = 22 },
  { "participant_ids", N_("Participant IDs"), N_("The ids of the participants"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_participant_ids, 30 },
  { "organizations", N_("Organizations"), N_("Organizations represented or hosting"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_organizations, 30 },
  { "organization_ids", N_("Organization IDs"), N_("The ids of those organizations"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_organization_ids, 30 },
  { "topics", N_("Topics"), N_("What was discussed"), TS_COLUMN_TEXT, TS_COLUMN_WRAP,
    fill_topics, 30 },
  { "outcomes", N_("Agreements signed"), N_("Agreements signed at the meeting"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_outcomes, 35 },
  { "outcome_ids", N_("Agreement IDs"), N_("The ids of those agreements"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_outcome_ids, 30 },
  { "projects", N_("Projects discussed"), N_("Projects discussed at the meeting"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_projects, 30 },
  { "project_ids", N_("Project IDs"), N_("The ids of those projects"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_project_ids, 30 },
  TS_COLUMNS_TAIL (6, 7),
};

const TsColumnTable _ts_meeting_columns = {
  columns, G_N_ELEMENTS (columns), "date", TRUE,
  { "date", "title", "place" },
};
