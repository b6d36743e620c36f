/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-header-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-header-detail-section.h"

struct _TsHeaderDetailSection
{
  TsDetailSection parent_instance;

  GtkLabel *title_label;
  GtkLabel *summary_label;
};

G_DEFINE_FINAL_TYPE (TsHeaderDetailSection, ts_header_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_header_detail_section_set_record (TsDetailSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsHeaderDetailSection *self = TS_HEADER_DETAIL_SECTION (section);
  const char *summary = ts_record_get_display_summary (record, NULL);

  gtk_label_set_label (self->title_label, ts_record_get_display_name (record));
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
}

static void
ts_header_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_HEADER_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_header_detail_section_parent_class)->dispose (object);
}

static void
ts_header_detail_section_class_init (TsHeaderDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_header_detail_section_dispose;
  section_class->set_record = ts_header_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-header-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsHeaderDetailSection, title_label);
  gtk_widget_class_bind_template_child (widget_class, TsHeaderDetailSection, summary_label);
}

static void
ts_header_detail_section_init (TsHeaderDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
