/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-sources-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-sources-editor-section.h"
#include "ts-link-list.h"

struct _TsSourcesEditorSection
{
  TsEditorSection parent_instance;

  TsLinkList *sources_list;
};

G_DEFINE_FINAL_TYPE (TsSourcesEditorSection, ts_sources_editor_section, TS_TYPE_EDITOR_SECTION)

static void
ts_sources_editor_section_set_record (TsEditorSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsSourcesEditorSection *self = TS_SOURCES_EDITOR_SECTION (section);
  TsCandidates *sources = ts_editor_section_get_records_of (section, TS_RECORD_TYPE_SOURCE);

  ts_link_list_set_links (self->sources_list, dataset, sources, ts_record_get_source_ids (record));
}

static void
ts_sources_editor_section_apply (TsEditorSection  *section,
                                 TsRecord         *record,
                                 TsEditorProblems *problems)
{
  TsSourcesEditorSection *self = TS_SOURCES_EDITOR_SECTION (section);
  g_auto(GStrv) sources = ts_link_list_get_links (self->sources_list);

  ts_record_set_source_ids (record, (const char * const *) sources);
}

static void
ts_sources_editor_section_class_init (TsSourcesEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_sources_editor_section_set_record;
  section_class->apply = ts_sources_editor_section_apply;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-sources-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsSourcesEditorSection, sources_list);
}

static void
ts_sources_editor_section_init (TsSourcesEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
