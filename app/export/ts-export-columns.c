/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-export-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-agreement.h"
#include "ts-export-columns.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"
#include "ts-vocabulary.h"

#define LIST_SEPARATOR "; "

void
ts_cell_clear (TsCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  *cell = (TsCell) TS_CELL_INIT;
}

char *
ts_export_describe_precision (const TsDate *date)
{
  const char *precision = NULL;
  const char *qualifier = NULL;

  if (date == NULL || !ts_date_is_set (date))
    return g_strdup ("");

  switch ((TsDatePrecision) date->precision)
    {
    case TS_DATE_PRECISION_MONTH:
      precision = C_("date precision", "month");
      break;
    case TS_DATE_PRECISION_YEAR:
      precision = C_("date precision", "year");
      break;
    case TS_DATE_PRECISION_DAY:
    case TS_DATE_PRECISION_NONE:
    default:
      break;
    }

  switch ((TsDateQualifier) date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      qualifier = C_("date qualifier", "about");
      break;
    case TS_DATE_QUALIFIER_BEFORE:
      qualifier = C_("date qualifier", "on or before");
      break;
    case TS_DATE_QUALIFIER_AFTER:
      qualifier = C_("date qualifier", "on or after");
      break;
    case TS_DATE_QUALIFIER_NONE:
    default:
      break;
    }

  if (qualifier != NULL && precision != NULL)
    return g_strdup_printf ("%s · %s", qualifier, precision);
  if (qualifier != NULL)
    return g_strdup (qualifier);
  return g_strdup (precision != NULL ? precision : "");
}

/* Cell setters */

static void
set_text (TsCell     *cell,
          const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  cell->kind = TS_CELL_TEXT;
  cell->text = g_strdup (text);
}

static void
take_text (TsCell *cell,
           char   *text)
{
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return;
    }
  cell->kind = TS_CELL_TEXT;
  cell->text = text;
}

static void
set_date (TsCell       *cell,
          const TsDate *date)
{
  if (date == NULL || !ts_date_is_set (date))
    return;
  cell->kind = TS_CELL_DATE;
  cell->date = *date;
}

static void
set_number (TsCell *cell,
            double  number)
{
  if (isnan (number) || isinf (number))
    return;
  cell->kind = TS_CELL_NUMBER;
  cell->number = number;
}

static void
set_datetime (TsCell    *cell,
              GDateTime *datetime)
{
  if (datetime == NULL)
    return;
  cell->kind = TS_CELL_DATETIME;
  cell->unix_time = g_date_time_to_unix (datetime);
}

static void
set_label (TsCell     *cell,
           const char *label)
{
  set_text (cell, label);
}

static char *
join_strv (const char * const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;
  return g_strjoinv (LIST_SEPARATOR, (char **) strv);
}

static char *
join_titles (TsExportData       *data,
             const char * const *ids)
{
  GString *out;

  if (ids == NULL || ids[0] == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, LIST_SEPARATOR);
      g_string_append (out, ts_export_data_get_title (data, ids[i]));
    }
  return g_string_free (out, FALSE);
}

static void
append_item (GString    *out,
             const char *item)
{
  if (out->len > 0)
    g_string_append (out, LIST_SEPARATOR);
  g_string_append (out, item);
}

static char *
dup_date_text (const TsDate *date)
{
  g_autofree char *text = ts_date_to_string (date);

  return g_steal_pointer (&text);
}

/* Common columns */

static void
fill_title (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_record_get_display_name (record));
}

static void
fill_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_record_get_id (record));
}

static void
fill_summary (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_record_get_summary (record));
}

static void
fill_notes (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_record_get_notes (record));
}

static void
fill_tags (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_record_get_tags (record)));
}

static void
fill_confidence (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_confidence_get_label (ts_record_get_confidence (record)));
}

static void
fill_sources (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_record_get_source_ids (record)));
}

static void
fill_source_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_record_get_source_ids (record)));
}

static void
fill_created (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_datetime (cell, ts_record_get_created (record));
}

static void
fill_modified (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_datetime (cell, ts_record_get_modified (record));
}

static void
fill_date (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_date (cell, ts_record_get_date (record));
}

static void
fill_precision (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, ts_export_describe_precision (ts_record_get_date (record)));
}

/* Meeting */

static void
fill_meeting_end_date (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_date (cell, ts_meeting_get_end_date (TS_MEETING (record)));
}

static void
fill_meeting_level (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_meeting_level_get_label (ts_meeting_get_level (TS_MEETING (record))));
}

static void
fill_meeting_format (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_meeting_format_get_label (ts_meeting_get_format (TS_MEETING (record))));
}

static void
fill_meeting_place (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *id = ts_meeting_get_place_id (TS_MEETING (record));

  if (id != NULL)
    set_text (cell, ts_export_data_get_title (data, id));
}

static void
fill_meeting_place_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_meeting_get_place_id (TS_MEETING (record)));
}

static void
fill_meeting_part_of (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *id = ts_meeting_get_part_of_id (TS_MEETING (record));

  if (id != NULL)
    set_text (cell, ts_export_data_get_title (data, id));
}

static void
fill_meeting_part_of_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_meeting_get_part_of_id (TS_MEETING (record)));
}

static void
fill_meeting_participants (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      TsParticipant *p = participants->pdata[i];
      g_autoptr(GString) item = g_string_new (ts_export_data_get_title (data, p->person_id));
      gboolean has_role = p->role != NULL && p->role[0] != '\0';
      gboolean has_side = p->side != NULL && p->side[0] != '\0';

      if (has_role && has_side)
        g_string_append_printf (item, " (%s, %s)", p->role, p->side);
      else if (has_role || has_side)
        g_string_append_printf (item, " (%s)", has_role ? p->role : p->side);
      append_item (out, item->str);
    }
  take_text (cell, g_strdup (out->str));
}

static void
fill_meeting_participant_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    append_item (out, ((TsParticipant *) participants->pdata[i])->person_id);
  take_text (cell, g_strdup (out->str));
}

static void
fill_meeting_organizations (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_meeting_get_organization_ids (TS_MEETING (record))));
}

static void
fill_meeting_organization_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_meeting_get_organization_ids (TS_MEETING (record))));
}

static void
fill_meeting_topics (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_meeting_get_topics (TS_MEETING (record))));
}

static void
fill_meeting_outcomes (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_meeting_get_outcome_ids (TS_MEETING (record))));
}

static void
fill_meeting_outcome_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_meeting_get_outcome_ids (TS_MEETING (record))));
}

static void
fill_meeting_projects (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_meeting_get_project_ids (TS_MEETING (record))));
}

static void
fill_meeting_project_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_meeting_get_project_ids (TS_MEETING (record))));
}

/* Agreement */

static void
fill_agreement_kind (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_agreement_kind_get_label (ts_agreement_get_kind (TS_AGREEMENT (record))));
}

static void
fill_agreement_status (TsExportData *data, TsRecord *record, TsCell *cell)
{
  TsAgreementStatus status = ts_agreement_get_status (TS_AGREEMENT (record));

  set_label (cell, ts_agreement_status_get_label (status));
}

static void
fill_agreement_parties (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      TsParty *party = parties->pdata[i];
      const char *title = ts_export_data_get_title (data, party->party_id);

      if (party->role != NULL && party->role[0] != '\0')
        {
          g_autofree char *item = g_strdup_printf ("%s (%s)", title, party->role);

          append_item (out, item);
        }
      else
        append_item (out, title);
    }
  take_text (cell, g_strdup (out->str));
}

static void
fill_agreement_party_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    append_item (out, ((TsParty *) parties->pdata[i])->party_id);
  take_text (cell, g_strdup (out->str));
}

static void
fill_agreement_signatories (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_agreement_get_signatory_ids (TS_AGREEMENT (record))));
}

static void
fill_agreement_signatory_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_agreement_get_signatory_ids (TS_AGREEMENT (record))));
}

static void
fill_agreement_signed_at (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *id = ts_agreement_get_signed_at_id (TS_AGREEMENT (record));

  if (id != NULL)
    set_text (cell, ts_export_data_get_title (data, id));
}

static void
fill_agreement_signed_at_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_agreement_get_signed_at_id (TS_AGREEMENT (record)));
}

static void
fill_agreement_projects (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_agreement_get_project_ids (TS_AGREEMENT (record))));
}

static void
fill_agreement_project_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_agreement_get_project_ids (TS_AGREEMENT (record))));
}

/* Project */

static void
fill_project_sector (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_project_sector_get_label (ts_project_get_sector (TS_PROJECT (record))));
}

static void
fill_project_status (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_project_status_get_label (ts_project_get_status (TS_PROJECT (record))));
}

static void
fill_project_milestones (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *milestones = ts_project_get_milestones (TS_PROJECT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; milestones != NULL && i < milestones->len; i++)
    {
      TsMilestone *m = milestones->pdata[i];
      g_autofree char *date = dup_date_text (&m->date);
      g_autoptr(GString) item = g_string_new (date);
      const char *status = ts_project_status_get_label (m->status);

      if (status != NULL && status[0] != '\0')
        g_string_append_printf (item, item->len > 0 ? " %s" : "%s", status);
      if (m->note != NULL && m->note[0] != '\0')
        g_string_append_printf (item, item->len > 0 ? ": %s" : "%s", m->note);
      append_item (out, item->str);
    }
  take_text (cell, g_strdup (out->str));
}

static void
fill_project_places (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_project_get_place_ids (TS_PROJECT (record))));
}

static void
fill_project_place_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_project_get_place_ids (TS_PROJECT (record))));
}

static void
fill_project_route (TsExportData *data, TsRecord *record, TsCell *cell)
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
  take_text (cell, g_strdup (out->str));
}

static void
fill_project_partners (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_titles (data, ts_project_get_partner_ids (TS_PROJECT (record))));
}

static void
fill_project_partner_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (ts_project_get_partner_ids (TS_PROJECT (record))));
}

static void
fill_project_value (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_number (cell, ts_project_get_value_usd (TS_PROJECT (record)));
}

/* Names in several scripts: persons, organizations, places */

static GHashTable *
get_names (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_names (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_names (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_names (TS_PLACE (record));
  return NULL;
}

static const char * const *
get_aliases (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_aliases (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_aliases (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_aliases (TS_PLACE (record));
  return NULL;
}

static const char *
get_country (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_country (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_country (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_country (TS_PLACE (record));
  return NULL;
}

static void
fill_name_in (TsRecord   *record,
              const char *language,
              TsCell     *cell)
{
  GHashTable *names = get_names (record);

  if (names != NULL)
    set_text (cell, g_hash_table_lookup (names, language));
}

static void
fill_name_ru (TsExportData *data, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "ru", cell);
}

static void
fill_name_ky (TsExportData *data, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "ky", cell);
}

static void
fill_name_zh (TsExportData *data, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "zh", cell);
}

static void
fill_aliases (TsExportData *data, TsRecord *record, TsCell *cell)
{
  take_text (cell, join_strv (get_aliases (record)));
}

static void
fill_country (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, get_country (record));
}

/* Person */

static void
fill_person_positions (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      TsPosition *position = positions->pdata[i];
      g_autoptr(GString) item = g_string_new (position->title);
      g_autofree char *from = dup_date_text (&position->from);
      g_autofree char *to = dup_date_text (&position->to);

      if (position->organization_id != NULL)
        g_string_append_printf (item, item->len > 0 ? ", %s" : "%s",
                                ts_export_data_get_title (data, position->organization_id));
      if (from != NULL || to != NULL)
        g_string_append_printf (item, " (%s–%s)", from != NULL ? from : "",
                                to != NULL ? to : "");
      append_item (out, item->str);
    }
  take_text (cell, g_strdup (out->str));
}

static void
fill_person_organization_ids (TsExportData *data, TsRecord *record, TsCell *cell)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      TsPosition *position = positions->pdata[i];

      if (position->organization_id != NULL)
        append_item (out, position->organization_id);
    }
  take_text (cell, g_strdup (out->str));
}

/* Organization */

static void
fill_organization_kind (TsExportData *data, TsRecord *record, TsCell *cell)
{
  TsOrganizationKind kind = ts_organization_get_kind (TS_ORGANIZATION (record));

  set_label (cell, ts_organization_kind_get_label (kind));
}

static void
fill_organization_parent (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *id = ts_organization_get_parent_id (TS_ORGANIZATION (record));

  if (id != NULL)
    set_text (cell, ts_export_data_get_title (data, id));
}

static void
fill_organization_parent_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_organization_get_parent_id (TS_ORGANIZATION (record)));
}

/* Place */

static void
fill_place_kind (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_place_kind_get_label (ts_place_get_kind (TS_PLACE (record))));
}

static void
fill_place_parent (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *id = ts_place_get_parent_id (TS_PLACE (record));

  if (id != NULL)
    set_text (cell, ts_export_data_get_title (data, id));
}

static void
fill_place_parent_id (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_place_get_parent_id (TS_PLACE (record)));
}

static void
fill_place_lat (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_number (cell, ts_place_get_lat (TS_PLACE (record)));
}

static void
fill_place_lon (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_number (cell, ts_place_get_lon (TS_PLACE (record)));
}

/* Source */

static void
fill_source_publisher (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_source_get_publisher (TS_SOURCE (record)));
}

static void
fill_source_url (TsExportData *data, TsRecord *record, TsCell *cell)
{
  const char *url = ts_source_get_url (TS_SOURCE (record));

  if (url == NULL || url[0] == '\0')
    return;
  cell->kind = TS_CELL_URL;
  cell->text = g_strdup (url);
}

static void
fill_source_language (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_source_get_language (TS_SOURCE (record)));
}

static void
fill_source_reliability (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_label (cell, ts_reliability_get_label (ts_source_get_reliability (TS_SOURCE (record))));
}

static void
fill_source_excerpt (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_source_get_excerpt (TS_SOURCE (record)));
}

/* Figure */

static void
fill_figure_indicator (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_figure_get_indicator (TS_FIGURE (record)));
}

static void
fill_figure_value (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_number (cell, ts_figure_get_value (TS_FIGURE (record)));
}

static void
fill_figure_unit (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_text (cell, ts_figure_get_unit (TS_FIGURE (record)));
}

static void
fill_figure_change (TsExportData *data, TsRecord *record, TsCell *cell)
{
  set_number (cell, ts_figure_get_change (TS_FIGURE (record)));
}

/* The tables */

#define WRAP TS_COLUMN_WRAP

#define HEAD(title_header, title_meaning) \
  { "title", title_header, title_meaning, 40, WRAP, fill_title }, \
  { "id", N_("ID"), N_("The record’s stable identifier: its type, a slash and a slug"), 30, 0, \
    fill_id }

#define DATE_COLUMNS(date_header, date_meaning) \
  { "date", date_header, date_meaning, 12, 0, fill_date }, \
  { "date_precision", N_("Date precision"), \
    N_("Empty when the date is a day; otherwise whether only the month or the year is known, " \
       "and whether the date is approximate (“about”) or a bound (“on or before”, " \
       "“on or after”)"), 14, 0, fill_precision }

#define TAIL \
  { "summary", N_("Summary"), N_("One or two sentences on the record"), 50, WRAP, \
    fill_summary }, \
  { "notes", N_("Notes"), N_("The analyst’s notes: how a date was resolved, doubts, context"), \
    40, WRAP, fill_notes }, \
  { "tags", N_("Tags"), N_("Free keywords"), 20, WRAP, fill_tags }, \
  { "confidence", N_("Confidence"), N_("How sure the analyst is of the record: high, medium or " \
                                       "low"), 12, 0, fill_confidence }, \
  { "sources", N_("Sources"), N_("The sources the record is taken from, by headline; in the " \
                                 "workbook each links to its row on the Sources sheet"), \
    30, WRAP | TS_COLUMN_SOURCES, fill_sources }, \
  { "source_ids", N_("Source IDs"), N_("The ids of those sources"), 30, WRAP, fill_source_ids }, \
  { "created", N_("Created"), N_("When the record was created (UTC)"), 17, 0, fill_created }, \
  { "modified", N_("Modified"), N_("When the record was last changed (UTC)"), 17, 0, \
    fill_modified }

#define NAMES \
  { "name_ru", N_("Name (Russian)"), N_("The name in Russian"), 28, WRAP, fill_name_ru }, \
  { "name_ky", N_("Name (Kyrgyz)"), N_("The name in Kyrgyz"), 28, WRAP, fill_name_ky }, \
  { "name_zh", N_("Name (Chinese)"), N_("The name in Chinese"), 18, WRAP, fill_name_zh }, \
  { "aliases", N_("Aliases"), N_("Spelling and transliteration variants, abbreviations"), 28, \
    WRAP, fill_aliases }

static const TsColumn meeting_columns[] = {
  HEAD (N_("Title"), N_("The meeting as lists show it")),
  DATE_COLUMNS (N_("Date"), N_("When the meeting took place, or began")),
  { "end_date", N_("End date"), N_("When a visit of several days ended"), 12, 0,
    fill_meeting_end_date },
  { "level", N_("Level"), N_("The highest level of the participants"), 18, 0,
    fill_meeting_level },
  { "format", N_("Format"), N_("State visit, talks, forum, ceremony …"), 18, 0,
    fill_meeting_format },
  { "place", N_("Place"), N_("Where the meeting took place"), 20, WRAP, fill_meeting_place },
  { "place_id", N_("Place ID"), N_("The id of that place"), 22, 0, fill_meeting_place_id },
  { "part_of", N_("Part of"), N_("The visit or summit this meeting belongs to"), 30, WRAP,
    fill_meeting_part_of },
  { "part_of_id", N_("Part of ID"), N_("The id of that meeting"), 30, 0,
    fill_meeting_part_of_id },
  { "participants", N_("Participants"),
    N_("Who took part, with the position held then and the delegation’s country"), 45, WRAP,
    fill_meeting_participants },
  { "participant_ids", N_("Participant IDs"), N_("The ids of the participants"), 30, WRAP,
    fill_meeting_participant_ids },
  { "organizations", N_("Organizations"), N_("Organizations represented or hosting"), 30, WRAP,
    fill_meeting_organizations },
  { "organization_ids", N_("Organization IDs"), N_("The ids of those organizations"), 30, WRAP,
    fill_meeting_organization_ids },
  { "topics", N_("Topics"), N_("What was discussed"), 30, WRAP, fill_meeting_topics },
  { "outcomes", N_("Agreements signed"), N_("Agreements signed at the meeting"), 35, WRAP,
    fill_meeting_outcomes },
  { "outcome_ids", N_("Agreement IDs"), N_("The ids of those agreements"), 30, WRAP,
    fill_meeting_outcome_ids },
  { "projects", N_("Projects discussed"), N_("Projects discussed at the meeting"), 30, WRAP,
    fill_meeting_projects },
  { "project_ids", N_("Project IDs"), N_("The ids of those projects"), 30, WRAP,
    fill_meeting_project_ids },
  TAIL,
};

static const TsColumn agreement_columns[] = {
  HEAD (N_("Title"), N_("The agreement as lists show it")),
  DATE_COLUMNS (N_("Date signed"), N_("When the agreement was signed")),
  { "kind", N_("Kind"), N_("Joint statement, memorandum, cooperation agreement, plan …"), 22,
    WRAP, fill_agreement_kind },
  { "status", N_("Status"), N_("Signed, in force, expired or cancelled"), 12, 0,
    fill_agreement_status },
  { "parties", N_("Parties"), N_("The places and organizations bound by it, with their role"),
    40, WRAP, fill_agreement_parties },
  { "party_ids", N_("Party IDs"), N_("The ids of the parties"), 30, WRAP,
    fill_agreement_party_ids },
  { "signatories", N_("Signatories"), N_("Who signed it"), 30, WRAP,
    fill_agreement_signatories },
  { "signatory_ids", N_("Signatory IDs"), N_("The ids of the signatories"), 30, WRAP,
    fill_agreement_signatory_ids },
  { "signed_at", N_("Signed at"), N_("The meeting at which it was signed"), 30, WRAP,
    fill_agreement_signed_at },
  { "signed_at_id", N_("Signed at ID"), N_("The id of that meeting"), 30, 0,
    fill_agreement_signed_at_id },
  { "projects", N_("Projects"), N_("Projects it concerns"), 30, WRAP,
    fill_agreement_projects },
  { "project_ids", N_("Project IDs"), N_("The ids of those projects"), 30, WRAP,
    fill_agreement_project_ids },
  TAIL,
};

static const TsColumn project_columns[] = {
  HEAD (N_("Title"), N_("The project as lists show it")),
  DATE_COLUMNS (N_("Latest milestone"), N_("The date of the project’s latest milestone")),
  { "sector", N_("Sector"), N_("Transport, energy, industry, culture …"), 14, 0,
    fill_project_sector },
  { "status", N_("Status"), N_("The stage reached, after AidData: pledge, commitment, "
                               "implementation, completion, suspended, cancelled"), 16, 0,
    fill_project_status },
  { "milestones", N_("Milestones"), N_("Dated steps, oldest first: date, stage reached, note"),
    50, WRAP, fill_project_milestones },
  { "places", N_("Places"), N_("Where the project is"), 30, WRAP, fill_project_places },
  { "place_ids", N_("Place IDs"), N_("The ids of those places"), 30, WRAP,
    fill_project_place_ids },
  { "partners", N_("Partners"), N_("Who builds, funds or hosts it"), 30, WRAP,
    fill_project_partners },
  { "partner_ids", N_("Partner IDs"), N_("The ids of the partners"), 30, WRAP,
    fill_project_partner_ids },
  { "value_usd", N_("Value (USD)"), N_("The project’s value in US dollars, where known"), 16, 0,
    fill_project_value },
  { "route", N_("Route"), N_("For a railway, road or pipeline: its alignment, in order "
                             "(latitude, longitude in WGS 84 degrees)"), 40, WRAP,
    fill_project_route },
  TAIL,
};

static const TsColumn person_columns[] = {
  HEAD (N_("Name"), N_("The person’s name in English")),
  NAMES,
  { "country", N_("Country"), N_("ISO 3166 code of the person’s country"), 9, 0,
    fill_country },
  { "positions", N_("Positions"), N_("Positions held, as the sources give them, with dates"), 50,
    WRAP, fill_person_positions },
  { "organization_ids", N_("Organization IDs"), N_("The ids of the organizations of those "
                                                   "positions"), 30, WRAP,
    fill_person_organization_ids },
  TAIL,
};

static const TsColumn organization_columns[] = {
  HEAD (N_("Name"), N_("The organization’s name in English")),
  NAMES,
  { "kind", N_("Kind"), N_("Government, ministry, party, company, international …"), 16, 0,
    fill_organization_kind },
  { "country", N_("Country"), N_("ISO 3166 code; empty for international organizations"), 9, 0,
    fill_country },
  { "parent", N_("Parent"), N_("The organization it belongs to"), 30, WRAP,
    fill_organization_parent },
  { "parent_id", N_("Parent ID"), N_("The id of that organization"), 30, 0,
    fill_organization_parent_id },
  TAIL,
};

static const TsColumn place_columns[] = {
  HEAD (N_("Name"), N_("The place’s name in English")),
  NAMES,
  { "kind", N_("Kind"), N_("Country, province, city, district, site …"), 14, 0,
    fill_place_kind },
  { "country", N_("Country"), N_("ISO 3166 code of the country it lies in"), 9, 0,
    fill_country },
  { "parent", N_("Parent"), N_("The place it lies in"), 25, WRAP, fill_place_parent },
  { "parent_id", N_("Parent ID"), N_("The id of that place"), 25, 0, fill_place_parent_id },
  { "lat", N_("Latitude"), N_("WGS 84 degrees, north positive"), 11, 0, fill_place_lat },
  { "lon", N_("Longitude"), N_("WGS 84 degrees, east positive"), 11, 0, fill_place_lon },
  TAIL,
};

static const TsColumn source_columns[] = {
  HEAD (N_("Headline"), N_("The article’s or document’s headline")),
  DATE_COLUMNS (N_("Date published"), N_("When the source was published")),
  { "publisher", N_("Publisher"), N_("Who published it"), 24, WRAP, fill_source_publisher },
  { "url", N_("URL"), N_("Where to read it (http and https links only)"), 40, 0,
    fill_source_url },
  { "language", N_("Language"), N_("ISO 639-1 code of its language"), 10, 0,
    fill_source_language },
  { "reliability", N_("Reliability"), N_("The Admiralty grade of the source, A to F: see the "
                                         "scale below"), 26, 0, fill_source_reliability },
  { "excerpt", N_("Excerpt"), N_("A short quotation"), 50, WRAP, fill_source_excerpt },
  TAIL,
};

static const TsColumn figure_columns[] = {
  HEAD (N_("Title"), N_("The figure as lists show it")),
  { "indicator", N_("Indicator"), N_("What is measured; figures with the same indicator form a "
                                     "series"), 30, WRAP, fill_figure_indicator },
  DATE_COLUMNS (N_("Period"), N_("The period the value is for")),
  { "value", N_("Value"), N_("The value, in the unit given"), 16, 0, fill_figure_value },
  { "unit", N_("Unit"), N_("USD, percent, tonnes …"), 10, 0, fill_figure_unit },
  { "change", N_("Change (%)"), N_("Percent change on the previous period"), 11, 0,
    fill_figure_change },
  TAIL,
};

const TsColumn *
ts_export_get_columns (TsRecordType  type,
                       guint        *n_columns)
{
  switch (type)
    {
    case TS_RECORD_TYPE_MEETING:
      *n_columns = G_N_ELEMENTS (meeting_columns);
      return meeting_columns;
    case TS_RECORD_TYPE_AGREEMENT:
      *n_columns = G_N_ELEMENTS (agreement_columns);
      return agreement_columns;
    case TS_RECORD_TYPE_PROJECT:
      *n_columns = G_N_ELEMENTS (project_columns);
      return project_columns;
    case TS_RECORD_TYPE_PERSON:
      *n_columns = G_N_ELEMENTS (person_columns);
      return person_columns;
    case TS_RECORD_TYPE_ORGANIZATION:
      *n_columns = G_N_ELEMENTS (organization_columns);
      return organization_columns;
    case TS_RECORD_TYPE_PLACE:
      *n_columns = G_N_ELEMENTS (place_columns);
      return place_columns;
    case TS_RECORD_TYPE_SOURCE:
      *n_columns = G_N_ELEMENTS (source_columns);
      return source_columns;
    case TS_RECORD_TYPE_FIGURE:
      *n_columns = G_N_ELEMENTS (figure_columns);
      return figure_columns;
    default:
      g_return_val_if_reached (NULL);
    }
}
