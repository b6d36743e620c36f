/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-record-columns.h"
#include "ts-agreement.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static char *
dup_date (const TsDate *date)
{
  return ts_date_format (date);
}

/* Common */

static char *
dup_title (TsRecord  *record,
           TsDataset *dataset)
{
  return g_strdup (ts_record_get_display_name (record));
}

static char *
dup_record_date (TsRecord  *record,
                 TsDataset *dataset)
{
  return dup_date (ts_record_get_date (record));
}

static char *
dup_native_name (TsRecord  *record,
                 TsDataset *dataset)
{
  return dup_or_empty (ts_record_get_native_name (record));
}

static char *
dup_country (TsRecord  *record,
             TsDataset *dataset)
{
  const char *code = NULL;

  if (TS_IS_PERSON (record))
    code = ts_person_get_country (TS_PERSON (record));
  else if (TS_IS_ORGANIZATION (record))
    code = ts_organization_get_country (TS_ORGANIZATION (record));
  else if (TS_IS_PLACE (record))
    code = ts_place_get_country (TS_PLACE (record));

  return dup_or_empty (code != NULL ? ts_country_get_name (code) : NULL);
}

/* Meetings */

static char *
dup_meeting_place (TsRecord  *record,
                   TsDataset *dataset)
{
  const char *id = ts_meeting_get_place_id (TS_MEETING (record));

  return dup_or_empty (id != NULL ? ts_title_of_id (dataset, id) : NULL);
}

static char *
dup_meeting_participants (TsRecord  *record,
                          TsDataset *dataset)
{
  GPtrArray *participants = ts_meeting_get_participants (TS_MEETING (record));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < participants->len; i++)
    {
      TsParticipant *participant = g_ptr_array_index (participants, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_title_of_id (dataset, participant->person_id));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_meeting_level (TsRecord  *record,
                   TsDataset *dataset)
{
  return g_strdup (ts_meeting_level_get_label (ts_meeting_get_level (TS_MEETING (record))));
}

static char *
dup_meeting_format (TsRecord  *record,
                    TsDataset *dataset)
{
  return g_strdup (ts_meeting_format_get_label (ts_meeting_get_format (TS_MEETING (record))));
}

/* Agreements */

static char *
dup_agreement_kind (TsRecord  *record,
                    TsDataset *dataset)
{
  return g_strdup (ts_agreement_kind_get_label (ts_agreement_get_kind (TS_AGREEMENT (record))));
}

static char *
dup_agreement_parties (TsRecord  *record,
                       TsDataset *dataset)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < parties->len; i++)
    {
      TsParty *party = g_ptr_array_index (parties, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_title_of_id (dataset, party->party_id));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_agreement_status (TsRecord  *record,
                      TsDataset *dataset)
{
  TsAgreementStatus status = ts_agreement_get_status (TS_AGREEMENT (record));

  return g_strdup (ts_agreement_status_get_label (status));
}

/* Projects */

static char *
dup_project_status (TsRecord  *record,
                    TsDataset *dataset)
{
  return g_strdup (ts_project_status_get_label (ts_project_get_status (TS_PROJECT (record))));
}

static char *
dup_project_sector (TsRecord  *record,
                    TsDataset *dataset)
{
  return g_strdup (ts_project_sector_get_label (ts_project_get_sector (TS_PROJECT (record))));
}

static char *
dup_project_places (TsRecord  *record,
                    TsDataset *dataset)
{
  return ts_titles_of_ids (dataset, ts_project_get_place_ids (TS_PROJECT (record)));
}

static char *
dup_project_milestone (TsRecord  *record,
                       TsDataset *dataset)
{
  GPtrArray *milestones = ts_project_get_milestones (TS_PROJECT (record));
  TsMilestone *latest = NULL;
  g_autofree char *date = NULL;

  for (guint i = 0; i < milestones->len; i++)
    {
      TsMilestone *milestone = g_ptr_array_index (milestones, i);

      if (latest == NULL || ts_date_compare (&milestone->date, &latest->date) >= 0)
        latest = milestone;
    }

  if (latest == NULL)
    return g_strdup ("");

  date = ts_date_format (&latest->date);
  if (latest->status == TS_PROJECT_STATUS_UNSET)
    return g_steal_pointer (&date);

  /* Translators: a project's latest milestone: "May 2023 · Implementation" */
  return g_strdup_printf (C_("milestone", "%s · %s"), date,
                          ts_project_status_get_label (latest->status));
}

/* People */

static char *
dup_person_position (TsRecord  *record,
                     TsDataset *dataset)
{
  GPtrArray *positions = ts_person_get_positions (TS_PERSON (record));
  TsPosition *current = NULL;

  /* The position held now is the latest one without an end. */
  for (guint i = 0; i < positions->len; i++)
    {
      TsPosition *position = g_ptr_array_index (positions, i);

      if (ts_date_is_set (&position->to))
        continue;
      if (current == NULL || ts_date_compare (&position->from, &current->from) >= 0)
        current = position;
    }

  if (current == NULL)
    return g_strdup ("");

  if (current->organization_id != NULL
      && ts_dataset_lookup (dataset, current->organization_id) != NULL)
    /* Translators: a position and the organization: "Chairman, Cabinet of Ministers" */
    return g_strdup_printf (C_("position", "%s, %s"), current->title,
                            ts_title_of_id (dataset, current->organization_id));

  return dup_or_empty (current->title);
}

/* Organizations and places */

static char *
dup_organization_kind (TsRecord  *record,
                       TsDataset *dataset)
{
  TsOrganizationKind kind = ts_organization_get_kind (TS_ORGANIZATION (record));

  return g_strdup (ts_organization_kind_get_label (kind));
}

static char *
dup_place_kind (TsRecord  *record,
                TsDataset *dataset)
{
  return g_strdup (ts_place_kind_get_label (ts_place_get_kind (TS_PLACE (record))));
}

static char *
dup_place_coordinates (TsRecord  *record,
                       TsDataset *dataset)
{
  double lat = ts_place_get_lat (TS_PLACE (record));
  double lon = ts_place_get_lon (TS_PLACE (record));

  if (isnan (lat) || isnan (lon))
    return g_strdup ("");

  /* Translators: coordinates: "42.87° N, 74.59° E" */
  return g_strdup_printf (_("%.2f° %s, %.2f° %s"),
                          fabs (lat), lat >= 0 ? C_("compass", "N") : C_("compass", "S"),
                          fabs (lon), lon >= 0 ? C_("compass", "E") : C_("compass", "W"));
}

static double
get_place_lat (TsRecord *record)
{
  return ts_place_get_lat (TS_PLACE (record));
}

/* Sources */

static char *
dup_source_publisher (TsRecord  *record,
                      TsDataset *dataset)
{
  return dup_or_empty (ts_source_get_publisher (TS_SOURCE (record)));
}

static char *
dup_source_reliability (TsRecord  *record,
                        TsDataset *dataset)
{
  return g_strdup (ts_reliability_get_label (ts_source_get_reliability (TS_SOURCE (record))));
}

static double
get_source_reliability (TsRecord *record)
{
  TsReliability reliability = ts_source_get_reliability (TS_SOURCE (record));

  return reliability == TS_RELIABILITY_UNSET ? NAN : reliability;
}

/* Figures */

static char *
dup_figure_indicator (TsRecord  *record,
                      TsDataset *dataset)
{
  return dup_or_empty (ts_figure_get_indicator (TS_FIGURE (record)));
}

static double
get_figure_value (TsRecord *record)
{
  return ts_figure_get_value (TS_FIGURE (record));
}

static char *
dup_figure_value (TsRecord  *record,
                  TsDataset *dataset)
{
  double value = ts_figure_get_value (TS_FIGURE (record));

  if (isnan (value))
    return g_strdup ("");

  /* %'g groups thousands in the user's locale. */
  return g_strdup_printf ("%'.15g", value);
}

static char *
dup_figure_unit (TsRecord  *record,
                 TsDataset *dataset)
{
  return dup_or_empty (ts_figure_get_unit (TS_FIGURE (record)));
}

static const TsColumnInfo meeting_columns[] = {
  { "date", N_("Date"), TS_COLUMN_DATE, FALSE, 23, dup_record_date, ts_record_get_date },
  { "title", N_("Title"), TS_COLUMN_TEXT, TRUE, 40, dup_title },
  { "place", N_("Place"), TS_COLUMN_TEXT, FALSE, 11, dup_meeting_place,
    NULL, NULL, TRUE },
  { "participants", N_("Participants"), TS_COLUMN_TEXT, FALSE, 22, dup_meeting_participants,
    NULL, NULL, TRUE },
  { "level", N_("Level"), TS_COLUMN_TEXT, FALSE, 13, dup_meeting_level },
  { "format", N_("Format"), TS_COLUMN_TEXT, FALSE, 13, dup_meeting_format },
};

static const TsColumnInfo agreement_columns[] = {
  { "date", N_("Date"), TS_COLUMN_DATE, FALSE, 23, dup_record_date, ts_record_get_date },
  { "title", N_("Title"), TS_COLUMN_TEXT, TRUE, 36, dup_title },
  { "kind", N_("Kind"), TS_COLUMN_TEXT, FALSE, 16, dup_agreement_kind },
  { "parties", N_("Parties"), TS_COLUMN_TEXT, FALSE, 24, dup_agreement_parties,
    NULL, NULL, TRUE },
  { "status", N_("Status"), TS_COLUMN_TEXT, FALSE, 10, dup_agreement_status },
};

static const TsColumnInfo project_columns[] = {
  { "title", N_("Name"), TS_COLUMN_TEXT, TRUE, 30, dup_title },
  { "status", N_("Status"), TS_COLUMN_TEXT, FALSE, 12, dup_project_status },
  { "sector", N_("Sector"), TS_COLUMN_TEXT, FALSE, 12, dup_project_sector },
  { "places", N_("Places"), TS_COLUMN_TEXT, FALSE, 20, dup_project_places,
    NULL, NULL, TRUE },
  { "milestone", N_("Latest Milestone"), TS_COLUMN_DATE, FALSE, 22, dup_project_milestone,
    ts_record_get_date },
};

static const TsColumnInfo person_columns[] = {
  { "title", N_("Name"), TS_COLUMN_TEXT, TRUE, 22, dup_title },
  { "native-name", N_("Native Name"), TS_COLUMN_TEXT, FALSE, 18, dup_native_name },
  { "country", N_("Country"), TS_COLUMN_TEXT, FALSE, 12, dup_country },
  { "position", N_("Current Position"), TS_COLUMN_TEXT, TRUE, 30, dup_person_position,
    NULL, NULL, TRUE },
};

static const TsColumnInfo organization_columns[] = {
  { "title", N_("Name"), TS_COLUMN_TEXT, TRUE, 36, dup_title },
  { "kind", N_("Kind"), TS_COLUMN_TEXT, FALSE, 14, dup_organization_kind },
  { "country", N_("Country"), TS_COLUMN_TEXT, FALSE, 12, dup_country },
};

static const TsColumnInfo place_columns[] = {
  { "title", N_("Name"), TS_COLUMN_TEXT, TRUE, 22, dup_title },
  { "native-name", N_("Native Name"), TS_COLUMN_TEXT, FALSE, 16, dup_native_name },
  { "kind", N_("Kind"), TS_COLUMN_TEXT, FALSE, 12, dup_place_kind },
  { "country", N_("Country"), TS_COLUMN_TEXT, FALSE, 12, dup_country },
  { "coordinates", N_("Coordinates"), TS_COLUMN_NUMBER, FALSE, 18, dup_place_coordinates,
    NULL, get_place_lat },
};

static const TsColumnInfo source_columns[] = {
  { "date", N_("Date"), TS_COLUMN_DATE, FALSE, 23, dup_record_date, ts_record_get_date },
  { "publisher", N_("Publisher"), TS_COLUMN_TEXT, FALSE, 16, dup_source_publisher },
  { "title", N_("Title"), TS_COLUMN_TEXT, TRUE, 40, dup_title },
  { "reliability", N_("Reliability"), TS_COLUMN_NUMBER, FALSE, 12, dup_source_reliability,
    NULL, get_source_reliability },
};

static const TsColumnInfo figure_columns[] = {
  { "indicator", N_("Indicator"), TS_COLUMN_TEXT, TRUE, 30, dup_figure_indicator },
  { "period", N_("Period"), TS_COLUMN_DATE, FALSE, 10, dup_record_date, ts_record_get_date },
  { "value", N_("Value"), TS_COLUMN_NUMBER, FALSE, 14, dup_figure_value, NULL, get_figure_value },
  { "unit", N_("Unit"), TS_COLUMN_TEXT, FALSE, 8, dup_figure_unit },
};

static const struct {
  const TsColumnInfo *columns;
  guint n_columns;
  const char *sort_key;
  gboolean descending;
  const char *icon_name;
} types[TS_N_RECORD_TYPES] = {
  [TS_RECORD_TYPE_MEETING] = { meeting_columns, G_N_ELEMENTS (meeting_columns),
                               "date", TRUE, "system-users-symbolic" },
  [TS_RECORD_TYPE_AGREEMENT] = { agreement_columns, G_N_ELEMENTS (agreement_columns),
                                 "date", TRUE, "x-office-document-symbolic" },
  [TS_RECORD_TYPE_PROJECT] = { project_columns, G_N_ELEMENTS (project_columns),
                               "milestone", TRUE, "applications-engineering-symbolic" },
  [TS_RECORD_TYPE_PERSON] = { person_columns, G_N_ELEMENTS (person_columns),
                              "title", FALSE, "avatar-default-symbolic" },
  [TS_RECORD_TYPE_ORGANIZATION] = { organization_columns, G_N_ELEMENTS (organization_columns),
                                    "title", FALSE, "network-workgroup-symbolic" },
  [TS_RECORD_TYPE_PLACE] = { place_columns, G_N_ELEMENTS (place_columns),
                             "title", FALSE, "mark-location-symbolic" },
  [TS_RECORD_TYPE_SOURCE] = { source_columns, G_N_ELEMENTS (source_columns),
                              "date", TRUE, "accessories-dictionary-symbolic" },
  [TS_RECORD_TYPE_FIGURE] = { figure_columns, G_N_ELEMENTS (figure_columns),
                              "period", TRUE, "x-office-spreadsheet-symbolic" },
};

const TsColumnInfo *
ts_record_columns_get (TsRecordType  type,
                       guint        *n_columns)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  *n_columns = types[type].n_columns;
  return types[type].columns;
}

const char *
ts_record_columns_get_default_sort (TsRecordType  type,
                                    gboolean     *descending)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  if (descending != NULL)
    *descending = types[type].descending;
  return types[type].sort_key;
}

const char *
ts_record_type_get_icon_name (TsRecordType type)
{
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  return types[type].icon_name;
}

const char *
ts_country_get_name (const char *code)
{
  static const struct {
    const char *code;
    const char *name;
  } countries[] = {
    { "AF", N_("Afghanistan") },
    { "CN", N_("China") },
    { "IN", N_("India") },
    { "IR", N_("Iran") },
    { "KG", N_("Kyrgyzstan") },
    { "KZ", N_("Kazakhstan") },
    { "MN", N_("Mongolia") },
    { "PK", N_("Pakistan") },
    { "RU", N_("Russia") },
    { "TJ", N_("Tajikistan") },
    { "TM", N_("Turkmenistan") },
    { "TR", N_("Turkey") },
    { "US", N_("United States") },
    { "UZ", N_("Uzbekistan") },
  };

  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      if (g_ascii_strcasecmp (countries[i].code, code) == 0)
        return _(countries[i].name);
    }

  return code;
}

const char *
ts_record_get_native_name (TsRecord *record)
{
  static const char *chinese[] = { "zh", "ru", "ky", NULL };
  static const char *central_asian[] = { "ky", "ru", "zh", NULL };
  const char * const *languages = central_asian;
  const char *country = NULL;
  GHashTable *names = NULL;

  if (TS_IS_PERSON (record))
    {
      names = ts_person_get_names (TS_PERSON (record));
      country = ts_person_get_country (TS_PERSON (record));
    }
  else if (TS_IS_PLACE (record))
    {
      names = ts_place_get_names (TS_PLACE (record));
      country = ts_place_get_country (TS_PLACE (record));
    }
  else if (TS_IS_ORGANIZATION (record))
    {
      names = ts_organization_get_names (TS_ORGANIZATION (record));
      country = ts_organization_get_country (TS_ORGANIZATION (record));
    }

  if (names == NULL)
    return NULL;

  if (g_strcmp0 (country, "CN") == 0)
    languages = chinese;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *name = g_hash_table_lookup (names, languages[i]);

      if (name != NULL && *name != '\0')
        return name;
    }

  return NULL;
}

char *
ts_titles_of_ids (TsDataset          *dataset,
                       const char * const *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_title_of_id (dataset, ids[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
ts_title_of_id (TsDataset  *dataset,
                         const char *id)
{
  TsRecord *record = dataset != NULL ? ts_dataset_lookup (dataset, id) : NULL;

  return record != NULL ? ts_record_get_display_name (record) : id;
}
