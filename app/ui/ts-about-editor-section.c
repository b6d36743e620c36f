/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-about-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-about-editor-section.h"
#include "ts-editor-rows.h"
#include "ts-enums.h"
#include "ts-translations-row.h"

struct _TsAboutEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *summary_row;
  TsTranslationsRow *summary_translations_row;
  GtkWidget *tags_row;
  GtkWidget *confidence_row;
  GtkWidget *notes_row;
};

G_DEFINE_FINAL_TYPE (TsAboutEditorSection, ts_about_editor_section, TS_TYPE_EDITOR_SECTION)

static void
ts_about_editor_section_set_record (TsEditorSection *section,
                                    TsRecord        *record,
                                    TsDataset       *dataset)
{
  TsAboutEditorSection *self = TS_ABOUT_EDITOR_SECTION (section);

  ts_editor_set_text (self->summary_row, ts_record_get_summary (record));
  /* People, organizations, places and sources have no translations. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_translations_row),
                          ts_record_has_translations (record));
  ts_translations_row_set_translations (self->summary_translations_row,
                                        ts_record_get_summary_translations (record));
  ts_editor_set_list (self->tags_row, ts_record_get_tags (record));
  ts_editor_set_choice (self->confidence_row, ts_record_get_confidence (record));
  ts_editor_set_text (self->notes_row, ts_record_get_notes (record));
}

static void
ts_about_editor_section_apply (TsEditorSection  *section,
                               TsRecord         *record,
                               TsEditorProblems *problems)
{
  TsAboutEditorSection *self = TS_ABOUT_EDITOR_SECTION (section);
  g_autofree char *summary = ts_editor_read_text (self->summary_row, FALSE, problems);
  g_auto(GStrv) tags = ts_editor_read_list (self->tags_row, problems);
  int confidence = ts_editor_read_choice (self->confidence_row, problems);
  g_autofree char *notes = ts_editor_read_text (self->notes_row, FALSE, problems);

  ts_record_set_summary (record, summary);
  if (ts_record_has_translations (record))
    {
      g_autoptr(GHashTable) translations = ts_translations_row_read (self->summary_translations_row);

      ts_record_set_summary_translations (record, translations);
    }
  ts_record_set_tags (record, (const char * const *) tags);
  ts_record_set_confidence (record, confidence);
  ts_record_set_notes (record, notes);
}

static void
ts_about_editor_section_class_init (TsAboutEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_about_editor_section_set_record;
  section_class->apply = ts_about_editor_section_apply;

  g_type_ensure (TS_TYPE_CONFIDENCE);
  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-about-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsAboutEditorSection, summary_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutEditorSection,
                                        summary_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutEditorSection, tags_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutEditorSection, confidence_row);
  gtk_widget_class_bind_template_child (widget_class, TsAboutEditorSection, notes_row);
}

static void
ts_about_editor_section_init (TsAboutEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
