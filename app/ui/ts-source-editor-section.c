/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-source-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-source-editor-section.h"
#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-enums.h"
#include "ts-source.h"

struct _TsSourceEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  GtkWidget *publisher_row;
  TsDateRow *date_row;
  GtkWidget *url_row;
  GtkWidget *language_row;
  GtkWidget *reliability_row;
  GtkWidget *excerpt_row;
};

G_DEFINE_FINAL_TYPE (TsSourceEditorSection, ts_source_editor_section, TS_TYPE_EDITOR_SECTION)

static void
ts_source_editor_section_set_record (TsEditorSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsSourceEditorSection *self = TS_SOURCE_EDITOR_SECTION (section);
  TsSource *source = TS_SOURCE (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_editor_set_text (self->publisher_row, ts_source_get_publisher (source));
  ts_date_row_set_date (self->date_row, ts_source_get_date (source));
  ts_editor_set_text (self->url_row, ts_source_get_url (source));
  ts_editor_set_text (self->language_row, ts_source_get_language (source));
  ts_editor_set_choice (self->reliability_row, ts_source_get_reliability (source));
  ts_editor_set_text (self->excerpt_row, ts_source_get_excerpt (source));
}

static void
ts_source_editor_section_apply (TsEditorSection  *section,
                                TsRecord         *record,
                                TsEditorProblems *problems)
{
  TsSourceEditorSection *self = TS_SOURCE_EDITOR_SECTION (section);
  TsSource *source = TS_SOURCE (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_autofree char *publisher = ts_editor_read_text (self->publisher_row, FALSE, problems);
  g_autofree char *url = ts_editor_read_text (self->url_row, FALSE, problems);
  g_autofree char *language = ts_editor_read_text (self->language_row, FALSE, problems);
  g_autofree char *excerpt = ts_editor_read_text (self->excerpt_row, FALSE, problems);
  TsDate date;

  ts_record_set_title (record, title);
  ts_source_set_publisher (source, publisher);
  ts_date_row_read (self->date_row, FALSE, problems, &date);
  ts_source_set_date (source, &date);
  ts_source_set_url (source, url);
  ts_source_set_language (source, language);
  ts_source_set_reliability (source, ts_editor_read_choice (self->reliability_row, problems));
  ts_source_set_excerpt (source, excerpt);
}

static void
ts_source_editor_section_class_init (TsSourceEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_source_editor_section_set_record;
  section_class->apply = ts_source_editor_section_apply;

  g_type_ensure (TS_TYPE_RELIABILITY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-source-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, url_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, language_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, reliability_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceEditorSection, excerpt_row);
}

static void
ts_source_editor_section_init (TsSourceEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
