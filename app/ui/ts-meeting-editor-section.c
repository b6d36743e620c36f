/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-meeting-editor-section"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-meeting-editor-section.h"
#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-translations-row.h"
#include "ts-enums.h"
#include "ts-item-list.h"
#include "ts-link-list.h"
#include "ts-meeting.h"

struct _TsMeetingEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsTranslationsRow *title_translations_row;
  TsDateRow *date_row;
  TsDateRow *end_date_row;
  GtkWidget *level_row;
  GtkWidget *format_row;
  GtkWidget *topics_row;
  TsLinkRow *place_row;
  TsLinkRow *part_of_row;
  TsItemList *participants_list;
  TsLinkList *organizations_list;
  TsLinkList *outcomes_list;
  TsLinkList *projects_list;
};

G_DEFINE_FINAL_TYPE (TsMeetingEditorSection, ts_meeting_editor_section,
                     TS_TYPE_EDITOR_SECTION)

static void
build_participant (TsEditorItem  *item,
                   gconstpointer  data)
{
  const TsParticipant *participant = data;

  ts_editor_item_add_link (item, "person", _("Person"),
                           TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PERSON),
                           participant ? participant->person_id : NULL);
  ts_editor_item_add_entry (item, "role", _("Role (the position at the time)"),
                            participant ? participant->role : NULL);
  /* The role in the other languages, as parts "role_translations.ru"… */
  for (const char * const *l = ts_translations_row_get_languages (); *l != NULL; l++)
    {
      g_autofree char *part = g_strdup_printf ("role_translations.%s", *l);
      g_autofree char *title = ts_translations_row_dup_entry_title ("role", *l);

      ts_editor_item_add_entry (item, part, title,
                                participant != NULL && participant->role_translations != NULL
                                  ? g_hash_table_lookup (participant->role_translations, *l)
                                  : NULL);
    }
  ts_editor_item_add_entry (item, "side", _("Side (ISO code of the delegation, e.g. KG)"),
                            participant ? participant->side : NULL);
}

static void
summarize_participant (TsEditorItem *item,
                       GString      *title,
                       GString      *subtitle)
{
  ts_editor_summary_append (title, ts_editor_item_get_link_title (item, "person"));
  ts_editor_summary_append (subtitle, ts_editor_item_get_text (item, "role"));
  ts_editor_summary_append (subtitle, ts_editor_item_get_text (item, "side"));
  if (title->len == 0)
    g_string_append (title, _("New Participant"));
}

static const TsItemKind participant_kind = {
  .item_label = N_("Participant %u"),
  .add_label = N_("Add Participant"),
  .build = build_participant,
  .summarize = summarize_participant,
};

static TsParticipant *
read_participant (TsEditorItem     *item,
                  TsEditorProblems *problems)
{
  const char *person = ts_editor_item_read_link (item, "person", _("Person"),
                                                 _("choose a person"), problems);
  g_autofree char *role = ts_editor_item_read_text (item, "role");
  g_autofree char *side = ts_editor_item_read_text (item, "side");
  TsParticipant *participant;

  if (side != NULL)
    {
      g_autofree char *upper = g_ascii_strup (side, -1);

      g_free (side);
      side = g_steal_pointer (&upper);
      if (strlen (side) != 2 || !g_ascii_isupper (side[0]) || !g_ascii_isupper (side[1]))
        ts_editor_item_add_problem (item, "side", _("Side"),
                                    _("use the two-letter country code, as CN or KG"), problems);
    }

  participant = ts_participant_new (person, role, side);
  for (const char * const *l = ts_translations_row_get_languages (); *l != NULL; l++)
    {
      g_autofree char *part = g_strdup_printf ("role_translations.%s", *l);
      char *text = ts_editor_item_read_text (item, part);

      if (text == NULL)
        continue;
      if (participant->role_translations == NULL)
        participant->role_translations = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                g_free, g_free);
      g_hash_table_insert (participant->role_translations, g_strdup (*l), text);
    }

  return participant;
}

static void
ts_meeting_editor_section_set_record (TsEditorSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsMeetingEditorSection *self = TS_MEETING_EDITOR_SECTION (section);
  TsMeeting *meeting = TS_MEETING (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_translations_row_set_translations (self->title_translations_row,
                                       ts_record_get_title_translations (record));
  ts_date_row_set_date (self->date_row, ts_meeting_get_date (meeting));
  ts_date_row_set_date (self->end_date_row, ts_meeting_get_end_date (meeting));
  ts_editor_set_choice (self->level_row, ts_meeting_get_level (meeting));
  ts_editor_set_choice (self->format_row, ts_meeting_get_format (meeting));
  ts_editor_set_list (self->topics_row, ts_meeting_get_topics (meeting));
  ts_link_row_set_link (self->place_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PLACE),
                        ts_meeting_get_place_id (meeting));
  ts_link_row_set_link (self->part_of_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_MEETING),
                        ts_meeting_get_part_of_id (meeting));
  ts_item_list_set_items (self->participants_list, &participant_kind, section,
                          ts_meeting_get_participants (meeting));
  ts_link_list_set_links (self->organizations_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_ORGANIZATION),
                          ts_meeting_get_organization_ids (meeting));
  ts_link_list_set_links (self->outcomes_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_AGREEMENT),
                          ts_meeting_get_outcome_ids (meeting));
  ts_link_list_set_links (self->projects_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PROJECT),
                          ts_meeting_get_project_ids (meeting));
}

static void
ts_meeting_editor_section_apply (TsEditorSection  *section,
                                 TsRecord         *record,
                                 TsEditorProblems *problems)
{
  TsMeetingEditorSection *self = TS_MEETING_EDITOR_SECTION (section);
  TsMeeting *meeting = TS_MEETING (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_auto(GStrv) topics = NULL;
  g_auto(GStrv) organizations = ts_link_list_get_links (self->organizations_list);
  g_auto(GStrv) outcomes = ts_link_list_get_links (self->outcomes_list);
  g_auto(GStrv) projects = ts_link_list_get_links (self->projects_list);
  g_autoptr(GPtrArray) participants = NULL;
  TsDate date;

  ts_record_set_title (record, title);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->title_translations_row);

    ts_record_set_title_translations (record, translations);
  }
  ts_date_row_read (self->date_row, TRUE, problems, &date);
  ts_meeting_set_date (meeting, &date);
  ts_date_row_read (self->end_date_row, FALSE, problems, &date);
  ts_meeting_set_end_date (meeting, &date);
  ts_meeting_set_level (meeting, ts_editor_read_choice (self->level_row, problems));
  ts_meeting_set_format (meeting, ts_editor_read_choice (self->format_row, problems));
  topics = ts_editor_read_list (self->topics_row, problems);
  ts_meeting_set_topics (meeting, (const char * const *) topics);
  ts_meeting_set_place_id (meeting, ts_link_row_get_link (self->place_row));
  ts_meeting_set_part_of_id (meeting, ts_link_row_get_link (self->part_of_row));

  participants = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_participant_free);
  for (guint i = 0; i < ts_item_list_get_n_items (self->participants_list); i++)
    g_ptr_array_add (participants,
                     read_participant (ts_item_list_get_item (self->participants_list, i),
                                       problems));
  ts_meeting_set_participants (meeting, participants);
  ts_meeting_set_organization_ids (meeting, (const char * const *) organizations);
  ts_meeting_set_outcome_ids (meeting, (const char * const *) outcomes);
  ts_meeting_set_project_ids (meeting, (const char * const *) projects);
}

static void
ts_meeting_editor_section_class_init (TsMeetingEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_meeting_editor_section_set_record;
  section_class->apply = ts_meeting_editor_section_apply;

  g_type_ensure (TS_TYPE_MEETING_LEVEL);
  g_type_ensure (TS_TYPE_MEETING_FORMAT);
  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-meeting-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection,
                                        title_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, level_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, format_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, topics_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, place_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, part_of_row);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, participants_list);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, organizations_list);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, outcomes_list);
  gtk_widget_class_bind_template_child (widget_class, TsMeetingEditorSection, projects_list);
}

static void
ts_meeting_editor_section_init (TsMeetingEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
