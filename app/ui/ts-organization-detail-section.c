/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-organization-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-organization-detail-section.h"
#include "ts-organization.h"

struct _TsOrganizationDetailSection
{
  TsNamedDetailSection parent_instance;

  AdwPreferencesGroup *part_of_group;
  AdwPreferencesGroup *members_group;
  AdwPreferencesGroup *people_group;
  AdwPreferencesGroup *meetings_group;
};

G_DEFINE_FINAL_TYPE (TsOrganizationDetailSection, ts_organization_detail_section,
                     TS_TYPE_NAMED_DETAIL_SECTION)

static void
ts_organization_detail_section_set_record (TsDetailSection *section,
                                           TsRecord        *record,
                                           TsDataset       *dataset)
{
  TsOrganizationDetailSection *self = TS_ORGANIZATION_DETAIL_SECTION (section);
  TsOrganization *organization = TS_ORGANIZATION (record);

  ts_named_detail_section_show_names (TS_NAMED_DETAIL_SECTION (self),
                                      ts_organization_get_names (organization),
                                      ts_organization_get_aliases (organization),
                                      ts_organization_kind_get_label (
                                        ts_organization_get_kind (organization)),
                                      ts_organization_get_country (organization));

  ts_detail_section_add_single_link (section, self->part_of_group, dataset,
                                     ts_organization_get_parent_id (organization));
  ts_detail_section_add_referrers (section, self->members_group, dataset, record,
                                   TS_RECORD_TYPE_ORGANIZATION, "parent");
  ts_detail_section_add_referrers (section, self->people_group, dataset, record,
                                   TS_RECORD_TYPE_PERSON, "positions.organization");
  ts_detail_section_add_referrers (section, self->meetings_group, dataset, record,
                                   TS_RECORD_TYPE_MEETING, "organizations");
}

static void
ts_organization_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_ORGANIZATION_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_organization_detail_section_parent_class)->dispose (object);
}

static void
ts_organization_detail_section_class_init (TsOrganizationDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_organization_detail_section_dispose;
  section_class->set_record = ts_organization_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-organization-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationDetailSection, part_of_group);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationDetailSection, members_group);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationDetailSection, people_group);
  gtk_widget_class_bind_template_child (widget_class, TsOrganizationDetailSection, meetings_group);
}

static void
ts_organization_detail_section_init (TsOrganizationDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
