/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-place-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-place-editor-section.h"
#include "ts-editor-rows.h"
#include "ts-names-editor-section.h"
#include "ts-enums.h"
#include "ts-place.h"

struct _TsPlaceEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsEditorSection *names_section;
  GtkWidget *kind_row;
  TsLinkRow *parent_row;
  GtkWidget *lat_row;
  GtkWidget *lon_row;
};

G_DEFINE_FINAL_TYPE (TsPlaceEditorSection, ts_place_editor_section, TS_TYPE_EDITOR_SECTION)

static void
ts_place_editor_section_set_record (TsEditorSection *section,
                                    TsRecord        *record,
                                    TsDataset       *dataset)
{
  TsPlaceEditorSection *self = TS_PLACE_EDITOR_SECTION (section);
  TsPlace *place = TS_PLACE (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_editor_section_set_record (self->names_section, record, dataset);
  ts_editor_set_choice (self->kind_row, ts_place_get_kind (place));
  ts_link_row_set_link (self->parent_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PLACE),
                        ts_place_get_parent_id (place));
  ts_editor_set_number (self->lat_row, ts_place_get_lat (place));
  ts_editor_set_number (self->lon_row, ts_place_get_lon (place));
}

static void
ts_place_editor_section_apply (TsEditorSection  *section,
                               TsRecord         *record,
                               TsEditorProblems *problems)
{
  TsPlaceEditorSection *self = TS_PLACE_EDITOR_SECTION (section);
  TsPlace *place = TS_PLACE (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);

  ts_record_set_title (record, title);
  ts_editor_section_apply (self->names_section, record, problems);
  ts_place_set_kind (place, ts_editor_read_choice (self->kind_row, problems));
  ts_place_set_parent_id (place, ts_link_row_get_link (self->parent_row));
  ts_place_set_lat (place, ts_editor_read_number (self->lat_row, -90, 90, TRUE, problems));
  ts_place_set_lon (place, ts_editor_read_number (self->lon_row, -180, 180, TRUE, problems));
}

static void
ts_place_editor_section_class_init (TsPlaceEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_place_editor_section_set_record;
  section_class->apply = ts_place_editor_section_apply;

  g_type_ensure (TS_TYPE_PLACE_KIND);
  g_type_ensure (TS_TYPE_NAMES_EDITOR_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-place-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, names_section);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, parent_row);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, lat_row);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceEditorSection, lon_row);
}

static void
ts_place_editor_section_init (TsPlaceEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
