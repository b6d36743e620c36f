/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-vocabulary"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-i18n.h"
#include "ts-vocabulary.h"

static const char * const statement_kind_labels[] = {
  "",
  NC_("statement kind", "Quote"),
  NC_("statement kind", "Reported speech"),
};

static const char * const meeting_level_labels[] = {
  "",
  NC_("meeting level", "Head of state"),
  NC_("meeting level", "Head of government"),
  NC_("meeting level", "Minister"),
  NC_("meeting level", "Regional"),
  NC_("meeting level", "Other"),
};

static const char * const meeting_format_labels[] = {
  "",
  NC_("meeting format", "State visit"),
  NC_("meeting format", "Official visit"),
  NC_("meeting format", "Working visit"),
  NC_("meeting format", "Talks"),
  NC_("meeting format", "Meeting"),
  NC_("meeting format", "Delegation visit"),
  NC_("meeting format", "Forum"),
  NC_("meeting format", "Ceremony"),
  NC_("meeting format", "Cultural event"),
  NC_("meeting format", "Phone call"),
  NC_("meeting format", "Multilateral summit"),
};

static const char * const agreement_kind_labels[] = {
  "",
  NC_("agreement kind", "Joint statement"),
  NC_("agreement kind", "Memorandum"),
  NC_("agreement kind", "Intergovernmental agreement"),
  NC_("agreement kind", "Cooperation agreement"),
  NC_("agreement kind", "Friendly province / sister city relations"),
  NC_("agreement kind", "Plan"),
  NC_("agreement kind", "Other"),
};

static const char * const agreement_status_labels[] = {
  "",
  NC_("agreement status", "Agreed, not yet signed"),
  NC_("agreement status", "Signed"),
  NC_("agreement status", "In force"),
  NC_("agreement status", "Expired"),
  NC_("agreement status", "Cancelled"),
};

static const char * const project_sector_labels[] = {
  "",
  NC_("project sector", "Transport"),
  NC_("project sector", "Energy"),
  NC_("project sector", "Industry"),
  NC_("project sector", "Agriculture"),
  NC_("project sector", "Trade"),
  NC_("project sector", "Digital"),
  NC_("project sector", "Culture"),
  NC_("project sector", "Education"),
  NC_("project sector", "Health"),
  NC_("project sector", "Mining"),
  NC_("project sector", "Other"),
};

static const char * const project_status_labels[] = {
  "",
  NC_("project status", "Pledge"),
  NC_("project status", "Commitment"),
  NC_("project status", "Implementation"),
  NC_("project status", "Completion"),
  NC_("project status", "Suspended"),
  NC_("project status", "Cancelled"),
};

static const char * const organization_kind_labels[] = {
  "",
  NC_("organization kind", "Government"),
  NC_("organization kind", "Ministry"),
  NC_("organization kind", "Party"),
  NC_("organization kind", "Legislature"),
  NC_("organization kind", "Agency"),
  NC_("organization kind", "Company"),
  NC_("organization kind", "Research"),
  NC_("organization kind", "Media"),
  NC_("organization kind", "International organization"),
  NC_("organization kind", "Other"),
};

static const char * const place_kind_labels[] = {
  "",
  NC_("place kind", "Country"),
  NC_("place kind", "Province"),
  NC_("place kind", "Prefecture-level city"),
  NC_("place kind", "City"),
  NC_("place kind", "County"),
  NC_("place kind", "District"),
  NC_("place kind", "Village"),
  NC_("place kind", "Site"),
};

static const char * const reliability_labels[] = {
  "",
  NC_("reliability", "A — completely reliable"),
  NC_("reliability", "B — usually reliable"),
  NC_("reliability", "C — fairly reliable"),
  NC_("reliability", "D — not usually reliable"),
  NC_("reliability", "E — unreliable"),
  NC_("reliability", "F — reliability cannot be judged"),
};

static const char * const confidence_labels[] = {
  NC_("confidence", "High"),
  NC_("confidence", "Medium"),
  NC_("confidence", "Low"),
};

/* Every label has its enum's context, so the same English word ("Other",
 * "Cancelled") can be translated differently in each vocabulary. */
static const char *
translate_label (const char * const *labels,
                 guint               n_labels,
                 const char         *context,
                 int                 value)
{
  if (value < 0 || (guint) value >= n_labels || labels[value][0] == '\0')
    return "";
  /* In the current text domain, as C_() and _() look up theirs: given a
   * domain, GLib translates only if the locale it first saw did, which
   * the C locale of a headless `--language ru` export does not. Once per
   * export while it holds the language. */
  return ts_i18n_pgettext (context, labels[value]);
}

#define LABEL(table, context, value) \
  translate_label (table, G_N_ELEMENTS (table), context, value)

const char *
ts_meeting_level_get_label (TsMeetingLevel level)
{
  return LABEL (meeting_level_labels, "meeting level", level);
}

const char *
ts_meeting_format_get_label (TsMeetingFormat format)
{
  return LABEL (meeting_format_labels, "meeting format", format);
}

const char *
ts_agreement_kind_get_label (TsAgreementKind kind)
{
  return LABEL (agreement_kind_labels, "agreement kind", kind);
}

const char *
ts_agreement_status_get_label (TsAgreementStatus status)
{
  return LABEL (agreement_status_labels, "agreement status", status);
}

const char *
ts_project_sector_get_label (TsProjectSector sector)
{
  return LABEL (project_sector_labels, "project sector", sector);
}

const char *
ts_project_status_get_label (TsProjectStatus status)
{
  return LABEL (project_status_labels, "project status", status);
}

const char *
ts_organization_kind_get_label (TsOrganizationKind kind)
{
  return LABEL (organization_kind_labels, "organization kind", kind);
}

const char *
ts_place_kind_get_label (TsPlaceKind kind)
{
  return LABEL (place_kind_labels, "place kind", kind);
}

const char *
ts_reliability_get_label (TsReliability reliability)
{
  return LABEL (reliability_labels, "reliability", reliability);
}

const char *
ts_confidence_get_label (TsConfidence confidence)
{
  return LABEL (confidence_labels, "confidence", confidence);
}

const char *
ts_statement_kind_get_label (TsStatementKind kind)
{
  return LABEL (statement_kind_labels, "statement kind", kind);
}

const char *
ts_enum_get_label (GType enum_type,
                   int   value)
{
  if (enum_type == TS_TYPE_MEETING_LEVEL)
    return ts_meeting_level_get_label (value);
  if (enum_type == TS_TYPE_MEETING_FORMAT)
    return ts_meeting_format_get_label (value);
  if (enum_type == TS_TYPE_AGREEMENT_KIND)
    return ts_agreement_kind_get_label (value);
  if (enum_type == TS_TYPE_AGREEMENT_STATUS)
    return ts_agreement_status_get_label (value);
  if (enum_type == TS_TYPE_PROJECT_SECTOR)
    return ts_project_sector_get_label (value);
  if (enum_type == TS_TYPE_PROJECT_STATUS)
    return ts_project_status_get_label (value);
  if (enum_type == TS_TYPE_ORGANIZATION_KIND)
    return ts_organization_kind_get_label (value);
  if (enum_type == TS_TYPE_PLACE_KIND)
    return ts_place_kind_get_label (value);
  if (enum_type == TS_TYPE_RELIABILITY)
    return ts_reliability_get_label (value);
  if (enum_type == TS_TYPE_CONFIDENCE)
    return ts_confidence_get_label (value);
  if (enum_type == TS_TYPE_STATEMENT_KIND)
    return ts_statement_kind_get_label (value);
  if (enum_type == TS_TYPE_RECORD_TYPE)
    return ts_record_type_get_label (value);

  g_return_val_if_reached ("");
}

const char *
ts_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value (klass, value);
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
ts_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  if (value != NULL)
    *value = enum_value->value;
  return TRUE;
}

guint
ts_enum_get_n_values (GType enum_type)
{
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), 0);

  klass = g_type_class_ref (enum_type);
  return klass->n_values;
}
