/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-agreement-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement-detail-section.h"
#include "ts-agreement.h"

struct _TsAgreementDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *date_row;
  TsDetailRow *kind_row;
  TsDetailRow *status_row;
  AdwPreferencesGroup *parties_group;
  AdwPreferencesGroup *signatories_group;
  AdwPreferencesGroup *signed_at_group;
  AdwPreferencesGroup *projects_group;
};

G_DEFINE_FINAL_TYPE (TsAgreementDetailSection, ts_agreement_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_agreement_detail_section_set_record (TsDetailSection *section,
                                        TsRecord        *record,
                                        TsDataset       *dataset)
{
  TsAgreementDetailSection *self = TS_AGREEMENT_DETAIL_SECTION (section);
  TsAgreement *agreement = TS_AGREEMENT (record);
  GPtrArray *parties = ts_agreement_get_parties (agreement);

  /* Agreed but not yet signed: its date is when it was agreed. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 ts_agreement_get_status (agreement)
                                 == TS_AGREEMENT_STATUS_AGREED ? _("Date Agreed")
                                                               : _("Date Signed"));
  ts_detail_section_show_date (self->date_row, ts_agreement_get_date (agreement));
  ts_detail_section_show_value (self->kind_row,
                                ts_agreement_kind_get_label (ts_agreement_get_kind (agreement)));
  ts_detail_section_show_value (self->status_row,
                                ts_agreement_status_get_label (
                                  ts_agreement_get_status (agreement)));

  for (guint i = 0; i < parties->len; i++)
    {
      TsParty *party = g_ptr_array_index (parties, i);

      ts_detail_section_add_link (section, self->parties_group, dataset, party->party_id,
                                  party->role);
    }
  ts_detail_section_add_links (section, self->signatories_group, dataset,
                               ts_agreement_get_signatory_ids (agreement));
  ts_detail_section_add_single_link (section, self->signed_at_group, dataset,
                                     ts_agreement_get_signed_at_id (agreement));
  ts_detail_section_add_links (section, self->projects_group, dataset,
                               ts_agreement_get_project_ids (agreement));
}

static void
ts_agreement_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_AGREEMENT_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_agreement_detail_section_parent_class)->dispose (object);
}

static void
ts_agreement_detail_section_class_init (TsAgreementDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_agreement_detail_section_dispose;
  section_class->set_record = ts_agreement_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-agreement-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, parties_group);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, signatories_group);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, signed_at_group);
  gtk_widget_class_bind_template_child (widget_class, TsAgreementDetailSection, projects_group);
}

static void
ts_agreement_detail_section_init (TsAgreementDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
