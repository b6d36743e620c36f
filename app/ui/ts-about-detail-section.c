/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-about-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-about-detail-section.h"
#include "ts-format.h"
#include "ts-vocabulary.h"

struct _TsAboutDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *tags_row;
  TsDetailRow *confidence_row;
  TsDetailRow *notes_row;
  TsDetailRow *id_row;
  TsDetailRow *modified_row;
};

G_DEFINE_FINAL_TYPE (TsAboutDetailSection, ts_about_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_about_detail_section_set_record (TsDetailSection *section,
                                    TsRecord        *record,
                                    TsDataset       *dataset)
{
  TsAboutDetailSection *self = TS_ABOUT_DETAIL_SECTION (section);
  GDateTime *modified = ts_record_get_modified (record);
  g_autofree char *modified_text = NULL;

  ts_detail_section_show_strv (self->tags_row, ts_record_get_tags (record));
  ts_detail_section_show_value (self->confidence_row,
                                ts_confidence_get_label (ts_record_get_confidence (record)));
  ts_detail_section_show_value (self->notes_row, ts_record_get_notes (record));
  ts_detail_section_show_value (self->id_row, ts_record_get_id (record));
  if (modified != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (modified);

      modified_text = ts_format_date_time (local);
    }
  ts_detail_section_show_value (self->modified_row, modified_text);
}

static void
ts_about_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_ABOUT_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_about_detail_section_parent_class)->dispose (object);
}

static void
ts_about_detail_section_class_init (TsAboutDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_about_detail_section_dispose;
  section_class->set_record = ts_about_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-about-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsAboutDetailSection, tags_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutDetailSection, confidence_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutDetailSection, notes_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutDetailSection, id_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutDetailSection, modified_row);
}

static void
ts_about_detail_section_init (TsAboutDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
