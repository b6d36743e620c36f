/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-organization-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-organization-editor-section.h"
#include "ts-editor-rows.h"
#include "ts-names-editor-section.h"
#include "ts-enums.h"
#include "ts-organization.h"

struct _TsOrganizationEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsEditorSection *names_section;
  GtkWidget *kind_row;
  TsLinkRow *parent_row;
};

G_DEFINE_FINAL_TYPE (TsOrganizationEditorSection, ts_organization_editor_section,
                     TS_TYPE_EDITOR_SECTION)

static void
ts_organization_editor_section_set_record (TsEditorSection *section,
                                           TsRecord        *record,
                                           TsDataset       *dataset)
{
  TsOrganizationEditorSection *self = TS_ORGANIZATION_EDITOR_SECTION (section);
  TsOrganization *organization = TS_ORGANIZATION (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_editor_section_set_record (self->names_section, record, dataset);
  ts_editor_set_choice (self->kind_row, ts_organization_get_kind (organization));
  ts_link_row_set_link (self->parent_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_ORGANIZATION),
                        ts_organization_get_parent_id (organization));
}

static void
ts_organization_editor_section_apply (TsEditorSection  *section,
                                      TsRecord         *record,
                                      TsEditorProblems *problems)
{
  TsOrganizationEditorSection *self = TS_ORGANIZATION_EDITOR_SECTION (section);
  TsOrganization *organization = TS_ORGANIZATION (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);

  ts_record_set_title (record, title);
  ts_editor_section_apply (self->names_section, record, problems);
  ts_organization_set_kind (organization, ts_editor_read_choice (self->kind_row, problems));
  ts_organization_set_parent_id (organization, ts_link_row_get_link (self->parent_row));
}

static void
ts_organization_editor_section_class_init (TsOrganizationEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_organization_editor_section_set_record;
  section_class->apply = ts_organization_editor_section_apply;

  g_type_ensure (TS_TYPE_ORGANIZATION_KIND);
  g_type_ensure (TS_TYPE_NAMES_EDITOR_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-organization-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationEditorSection, names_section);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationEditorSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationEditorSection, parent_row);
}

static void
ts_organization_editor_section_init (TsOrganizationEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
