/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-sources-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-sources-detail-section.h"

struct _TsSourcesDetailSection
{
  TsDetailSection parent_instance;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (TsSourcesDetailSection, ts_sources_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_sources_detail_section_set_record (TsDetailSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsSourcesDetailSection *self = TS_SOURCES_DETAIL_SECTION (section);

  ts_detail_section_add_links (section, self->group, dataset, ts_record_get_source_ids (record));
}

static void
ts_sources_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_SOURCES_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_sources_detail_section_parent_class)->dispose (object);
}

static void
ts_sources_detail_section_class_init (TsSourcesDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_sources_detail_section_dispose;
  section_class->set_record = ts_sources_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-sources-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsSourcesDetailSection, group);
}

static void
ts_sources_detail_section_init (TsSourcesDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
