/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-person-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-person-editor-section.h"
#include "ts-editor-rows.h"
#include "ts-names-editor-section.h"
#include "ts-item-list.h"
#include "ts-person.h"

struct _TsPersonEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsEditorSection *names_section;
  TsItemList *positions_list;
};

G_DEFINE_FINAL_TYPE (TsPersonEditorSection, ts_person_editor_section, TS_TYPE_EDITOR_SECTION)

static void
build_position (TsEditorItem  *item,
                gconstpointer  data)
{
  const TsPosition *position = data;

  ts_editor_item_add_entry (item, "title", _("Title"), position ? position->title : NULL);
  ts_editor_item_add_link (item, "organization", _("Organization"),
                           TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION),
                           position ? position->organization_id : NULL);
  ts_editor_item_add_date (item, "from", _("From"), position ? &position->from : NULL);
  ts_editor_item_add_date (item, "to", _("To"), position ? &position->to : NULL);
}

static void
summarize_position (TsEditorItem *item,
                    GString      *title,
                    GString      *subtitle)
{
  const char *from = ts_editor_item_get_text (item, "from");
  const char *to = ts_editor_item_get_text (item, "to");

  ts_editor_summary_append (title, ts_editor_item_get_text (item, "title"));
  ts_editor_summary_append (subtitle, ts_editor_item_get_link_title (item, "organization"));
  if (*from != '\0' || *to != '\0')
    {
      /* Translators: when a position was held: "2021-01 – 2023-05" */
      g_autofree char *span = g_strdup_printf (_("%s – %s"), from, to);

      ts_editor_summary_append (subtitle, span);
    }
  if (title->len == 0)
    g_string_append (title, _("New Position"));
}

static const TsItemKind position_kind = {
  .item_label = N_("Position %u"),
  .add_label = N_("Add Position"),
  .build = build_position,
  .summarize = summarize_position,
};

static TsPosition *
read_position (TsEditorItem     *item,
               TsEditorProblems *problems)
{
  g_autofree char *title = ts_editor_item_read_text (item, "title");
  const char *organization = ts_editor_item_read_link (item, "organization", _("Organization"),
                                                       NULL, problems);
  TsDate from, to;

  if (title == NULL)
    ts_editor_item_add_problem (item, "title", _("Title"), _("required"), problems);
  ts_editor_item_read_date (item, "from", _("From"), FALSE, problems, &from);
  ts_editor_item_read_date (item, "to", _("To"), FALSE, problems, &to);
  if (ts_date_is_set (&from) && ts_date_is_set (&to)
      && ts_date_get_last_julian (&to) < ts_date_get_first_julian (&from))
    ts_editor_item_add_problem (item, "to", _("To"), _("comes before the start"), problems);

  return ts_position_new (title, organization, &from, &to);
}

static void
ts_person_editor_section_set_record (TsEditorSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsPersonEditorSection *self = TS_PERSON_EDITOR_SECTION (section);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_editor_section_set_record (self->names_section, record, dataset);
  ts_item_list_set_items (self->positions_list, &position_kind, section,
                          ts_person_get_positions (TS_PERSON (record)));
}

static void
ts_person_editor_section_apply (TsEditorSection  *section,
                                TsRecord         *record,
                                TsEditorProblems *problems)
{
  TsPersonEditorSection *self = TS_PERSON_EDITOR_SECTION (section);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_autoptr(GPtrArray) positions = NULL;

  ts_record_set_title (record, title);
  ts_editor_section_apply (self->names_section, record, problems);
  positions = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_position_free);
  for (guint i = 0; i < ts_item_list_get_n_items (self->positions_list); i++)
    g_ptr_array_add (positions,
                     read_position (ts_item_list_get_item (self->positions_list, i), problems));
  ts_person_set_positions (TS_PERSON (record), positions);
}

static void
ts_person_editor_section_class_init (TsPersonEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_person_editor_section_set_record;
  section_class->apply = ts_person_editor_section_apply;

  g_type_ensure (TS_TYPE_NAMES_EDITOR_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-person-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsPersonEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsPersonEditorSection, names_section);
  gtk_widget_class_bind_template_child (widget_class, TsPersonEditorSection, positions_list);
}

static void
ts_person_editor_section_init (TsPersonEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
