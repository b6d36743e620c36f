/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-agreement-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement-editor-section.h"
#include "ts-agreement.h"
#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-translations-row.h"
#include "ts-enums.h"
#include "ts-item-list.h"
#include "ts-link-list.h"

struct _TsAgreementEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsTranslationsRow *title_translations_row;
  TsDateRow *date_row;
  GtkWidget *kind_row;
  GtkWidget *status_row;
  TsLinkRow *signed_at_row;
  TsItemList *parties_list;
  TsLinkList *signatories_list;
  TsLinkList *projects_list;
};

G_DEFINE_FINAL_TYPE (TsAgreementEditorSection, ts_agreement_editor_section,
                     TS_TYPE_EDITOR_SECTION)

static void
build_party (TsEditorItem  *item,
             gconstpointer  data)
{
  const TsParty *party = data;

  ts_editor_item_add_link (item, "party", _("Place or Organization"),
                           TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PLACE)
                           | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION),
                           party ? party->party_id : NULL);
  ts_editor_item_add_entry (item, "role", _("Role"), party ? party->role : NULL);
}

static void
summarize_party (TsEditorItem *item,
                 GString      *title,
                 GString      *subtitle)
{
  const char *party = ts_editor_item_get_link_title (item, "party");

  g_string_append (title, party != NULL ? party : _("New Party"));
  g_string_append (subtitle, ts_editor_item_get_text (item, "role"));
}

static const TsItemKind party_kind = {
  .item_label = N_("Party %u"),
  .add_label = N_("Add Party"),
  .build = build_party,
  .summarize = summarize_party,
};

static void
ts_agreement_editor_section_set_record (TsEditorSection *section,
                                        TsRecord        *record,
                                        TsDataset       *dataset)
{
  TsAgreementEditorSection *self = TS_AGREEMENT_EDITOR_SECTION (section);
  TsAgreement *agreement = TS_AGREEMENT (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_translations_row_set_translations (self->title_translations_row,
                                       ts_record_get_title_translations (record));
  ts_date_row_set_date (self->date_row, ts_agreement_get_date (agreement));
  ts_editor_set_choice (self->kind_row, ts_agreement_get_kind (agreement));
  ts_editor_set_choice (self->status_row, ts_agreement_get_status (agreement));
  ts_link_row_set_link (self->signed_at_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_MEETING),
                        ts_agreement_get_signed_at_id (agreement));
  ts_item_list_set_items (self->parties_list, &party_kind, section,
                          ts_agreement_get_parties (agreement));
  ts_link_list_set_links (self->signatories_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PERSON),
                          ts_agreement_get_signatory_ids (agreement));
  ts_link_list_set_links (self->projects_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PROJECT),
                          ts_agreement_get_project_ids (agreement));
}

static void
ts_agreement_editor_section_apply (TsEditorSection  *section,
                                   TsRecord         *record,
                                   TsEditorProblems *problems)
{
  TsAgreementEditorSection *self = TS_AGREEMENT_EDITOR_SECTION (section);
  TsAgreement *agreement = TS_AGREEMENT (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_auto(GStrv) signatories = ts_link_list_get_links (self->signatories_list);
  g_auto(GStrv) projects = ts_link_list_get_links (self->projects_list);
  g_autoptr(GPtrArray) parties = NULL;
  TsDate date;

  ts_record_set_title (record, title);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->title_translations_row);

    ts_record_set_title_translations (record, translations);
  }
  ts_date_row_read (self->date_row, TRUE, problems, &date);
  ts_agreement_set_date (agreement, &date);
  ts_agreement_set_kind (agreement, ts_editor_read_choice (self->kind_row, problems));
  ts_agreement_set_status (agreement, ts_editor_read_choice (self->status_row, problems));
  ts_agreement_set_signed_at_id (agreement, ts_link_row_get_link (self->signed_at_row));

  parties = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_party_free);
  for (guint i = 0; i < ts_item_list_get_n_items (self->parties_list); i++)
    {
      TsEditorItem *item = ts_item_list_get_item (self->parties_list, i);
      const char *party = ts_editor_item_read_link (item, "party", _("Party"),
                                                    _("choose a place or an organization"),
                                                    problems);
      g_autofree char *role = ts_editor_item_read_text (item, "role");

      g_ptr_array_add (parties, ts_party_new (party, role));
    }
  ts_agreement_set_parties (agreement, parties);
  ts_agreement_set_signatory_ids (agreement, (const char * const *) signatories);
  ts_agreement_set_project_ids (agreement, (const char * const *) projects);
}

static void
ts_agreement_editor_section_class_init (TsAgreementEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_agreement_editor_section_set_record;
  section_class->apply = ts_agreement_editor_section_apply;

  g_type_ensure (TS_TYPE_AGREEMENT_KIND);
  g_type_ensure (TS_TYPE_AGREEMENT_STATUS);
  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-agreement-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection,
                                        title_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, signed_at_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, parties_list);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, signatories_list);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementEditorSection, projects_list);
}

static void
ts_agreement_editor_section_init (TsAgreementEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
