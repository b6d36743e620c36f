/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-figure-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-figure-editor-section.h"
#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-translations-row.h"
#include "ts-figure.h"

struct _TsFigureEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsTranslationsRow *title_translations_row;
  GtkWidget *indicator_row;
  TsDateRow *period_row;
  GtkWidget *value_row;
  GtkWidget *unit_row;
  GtkWidget *change_row;
  GtkWidget *publisher_row;
};

G_DEFINE_FINAL_TYPE (TsFigureEditorSection, ts_figure_editor_section, TS_TYPE_EDITOR_SECTION)

static void
ts_figure_editor_section_set_record (TsEditorSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsFigureEditorSection *self = TS_FIGURE_EDITOR_SECTION (section);
  TsFigure *figure = TS_FIGURE (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_translations_row_set_translations (self->title_translations_row,
                                       ts_record_get_title_translations (record));
  ts_editor_set_text (self->indicator_row, ts_figure_get_indicator (figure));
  ts_date_row_set_date (self->period_row, ts_figure_get_period (figure));
  ts_editor_set_number (self->value_row, ts_figure_get_value (figure));
  ts_editor_set_text (self->unit_row, ts_figure_get_unit (figure));
  ts_editor_set_number (self->change_row, ts_figure_get_change (figure));
  ts_editor_set_text (self->publisher_row, ts_figure_get_publisher (figure));
}

static void
ts_figure_editor_section_apply (TsEditorSection  *section,
                                TsRecord         *record,
                                TsEditorProblems *problems)
{
  TsFigureEditorSection *self = TS_FIGURE_EDITOR_SECTION (section);
  TsFigure *figure = TS_FIGURE (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_autofree char *indicator = ts_editor_read_text (self->indicator_row, TRUE, problems);
  g_autofree char *unit = NULL;
  g_autofree char *publisher = NULL;
  TsDate period;

  ts_record_set_title (record, title);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->title_translations_row);

    ts_record_set_title_translations (record, translations);
  }
  ts_figure_set_indicator (figure, indicator);
  ts_date_row_read (self->period_row, TRUE, problems, &period);
  ts_figure_set_period (figure, &period);
  ts_figure_set_value (figure, ts_editor_read_number (self->value_row, -TS_FIGURE_MAX_VALUE,
                                                      TS_FIGURE_MAX_VALUE, TRUE, problems));
  unit = ts_editor_read_text (self->unit_row, FALSE, problems);
  ts_figure_set_unit (figure, unit);
  ts_figure_set_change (figure, ts_editor_read_number (self->change_row, -TS_FIGURE_MAX_VALUE,
                                                       TS_FIGURE_MAX_VALUE, FALSE, problems));
  publisher = ts_editor_read_text (self->publisher_row, FALSE, problems);
  ts_figure_set_publisher (figure, publisher);
}

static void
ts_figure_editor_section_class_init (TsFigureEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_figure_editor_section_set_record;
  section_class->apply = ts_figure_editor_section_apply;

  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-figure-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection,
                                        title_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, period_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, value_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, unit_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, change_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureEditorSection, publisher_row);
}

static void
ts_figure_editor_section_init (TsFigureEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
