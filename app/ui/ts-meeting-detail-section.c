/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-meeting-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-meeting-detail-section.h"
#include "ts-meeting.h"
#include "ts-record-columns.h"

struct _TsMeetingDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *date_row;
  TsDetailRow *end_date_row;
  TsDetailRow *level_row;
  TsDetailRow *format_row;
  TsDetailRow *topics_row;
  AdwPreferencesGroup *place_group;
  AdwPreferencesGroup *part_of_group;
  AdwPreferencesGroup *participants_group;
  AdwPreferencesGroup *organizations_group;
  AdwPreferencesGroup *outcomes_group;
  AdwPreferencesGroup *projects_group;
  AdwPreferencesGroup *events_group;
  AdwPreferencesGroup *statements_group;
};

G_DEFINE_FINAL_TYPE (TsMeetingDetailSection, ts_meeting_detail_section, TS_TYPE_DETAIL_SECTION)

/* "Minister (Kyrgyzstan)": the role held then and the delegation's country. */
static char *
describe_participant (TsParticipant *participant)
{
  const char *role = ts_participant_get_display_role (participant, NULL);

  if (role != NULL && participant->side != NULL)
    return g_strdup_printf ("%s (%s)", role, ts_country_get_name (participant->side));
  if (role != NULL)
    return g_strdup (role);
  if (participant->side != NULL)
    return g_strdup (ts_country_get_name (participant->side));
  return NULL;
}

static void
ts_meeting_detail_section_set_record (TsDetailSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsMeetingDetailSection *self = TS_MEETING_DETAIL_SECTION (section);
  TsMeeting *meeting = TS_MEETING (record);
  GPtrArray *participants = ts_meeting_get_participants (meeting);

  ts_detail_section_show_date (self->date_row, ts_meeting_get_date (meeting));
  ts_detail_section_show_date (self->end_date_row, ts_meeting_get_end_date (meeting));
  ts_detail_section_show_value (self->level_row,
                                ts_meeting_level_get_label (ts_meeting_get_level (meeting)));
  ts_detail_section_show_value (self->format_row,
                                ts_meeting_format_get_label (ts_meeting_get_format (meeting)));
  ts_detail_section_show_strv (self->topics_row, ts_meeting_get_topics (meeting));

  ts_detail_section_add_single_link (section, self->place_group, dataset,
                                     ts_meeting_get_place_id (meeting));
  ts_detail_section_add_single_link (section, self->part_of_group, dataset,
                                     ts_meeting_get_part_of_id (meeting));
  for (guint i = 0; i < participants->len; i++)
    {
      TsParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *detail = describe_participant (participant);

      ts_detail_section_add_link (section, self->participants_group, dataset,
                                  participant->person_id, detail);
    }
  ts_detail_section_add_links (section, self->organizations_group, dataset,
                               ts_meeting_get_organization_ids (meeting));
  ts_detail_section_add_links (section, self->outcomes_group, dataset,
                               ts_meeting_get_outcome_ids (meeting));
  ts_detail_section_add_links (section, self->projects_group, dataset,
                               ts_meeting_get_project_ids (meeting));
  ts_detail_section_add_referrers (section, self->events_group, dataset, record,
                                   TS_RECORD_TYPE_MEETING, "part_of");
  ts_detail_section_add_referrers (section, self->statements_group, dataset, record,
                                   TS_RECORD_TYPE_STATEMENT, "at");
}

static void
ts_meeting_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_MEETING_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_meeting_detail_section_parent_class)->dispose (object);
}

static void
ts_meeting_detail_section_class_init (TsMeetingDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_meeting_detail_section_dispose;
  section_class->set_record = ts_meeting_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-meeting-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, level_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, format_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, topics_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, place_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, part_of_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, participants_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, organizations_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, outcomes_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, projects_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, events_group);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingDetailSection, statements_group);
}

static void
ts_meeting_detail_section_init (TsMeetingDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
