/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-project-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-project-detail-section.h"
#include "ts-project.h"

struct _TsProjectDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *sector_row;
  TsDetailRow *status_row;
  TsDetailRow *value_row;
  TsDetailRow *route_row;
  AdwPreferencesGroup *milestones_group;
  AdwPreferencesGroup *places_group;
  AdwPreferencesGroup *partners_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *agreements_group;
};

G_DEFINE_FINAL_TYPE (TsProjectDetailSection, ts_project_detail_section, TS_TYPE_DETAIL_SECTION)

/* What happened, and when: "Construction launched" over "27 Dec 2024 ·
 * Implementation", then the source it cites, which the row leads to. Two
 * milestones from one article read apart. */
static void
add_milestone (TsDetailSection     *section,
               AdwPreferencesGroup *group,
               TsDataset           *dataset,
               TsMilestone         *milestone)
{
  const char *status = ts_project_status_get_label (milestone->status);
  TsRecord *source = milestone->source_id != NULL
                     ? ts_dataset_lookup (dataset, milestone->source_id)
                     : NULL;
  g_autofree char *date = ts_date_format (&milestone->date);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  const char *title;

  if (milestone->note != NULL && *milestone->note != '\0')
    {
      title = milestone->note;
      /* Translators: a milestone's date and the project's status then:
       * "27 Dec 2024 · Implementation" */
      when = *date != '\0' ? g_strdup_printf (C_("milestone", "%1$s · %2$s"), date, status)
                           : g_strdup (status);
    }
  else
    {
      title = status;
      when = g_steal_pointer (&date);
    }

  if (source != NULL)
    /* Translators: a milestone's date and status, then the source it cites */
    subtitle = g_strdup_printf (C_("milestone", "%1$s\nSource: %2$s"), when,
                                ts_record_get_display_name (source));
  else if (milestone->source_id != NULL)
    subtitle = g_strdup_printf (C_("milestone", "%1$s\nSource: %2$s"), when,
                                milestone->source_id);
  else
    subtitle = g_steal_pointer (&when);

  ts_detail_section_add_item (section, group, dataset, title, subtitle, milestone->source_id);
}

static void
ts_project_detail_section_set_record (TsDetailSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsProjectDetailSection *self = TS_PROJECT_DETAIL_SECTION (section);
  TsProject *project = TS_PROJECT (record);
  GPtrArray *milestones = ts_project_get_milestones (project);
  GPtrArray *route = ts_project_get_route (project);
  g_autofree char *route_text = NULL;

  ts_detail_section_show_value (self->sector_row,
                                ts_project_sector_get_label (ts_project_get_sector (project)));
  ts_detail_section_show_value (self->status_row,
                                ts_project_status_get_label (ts_project_get_status (project)));
  ts_detail_section_show_number (self->value_row, ts_project_get_value_usd (project), "USD");
  if (route->len > 0)
    route_text = g_strdup_printf (ngettext ("%u point", "%u points", route->len), route->len);
  ts_detail_section_show_value (self->route_row, route_text);

  for (guint i = 0; i < milestones->len; i++)
    add_milestone (section, self->milestones_group, dataset,
                   g_ptr_array_index (milestones, i));
  ts_detail_section_add_links (section, self->places_group, dataset,
                               ts_project_get_place_ids (project));
  ts_detail_section_add_links (section, self->partners_group, dataset,
                               ts_project_get_partner_ids (project));
  ts_detail_section_add_referrers (section, self->meetings_group, dataset, record,
                                   TS_RECORD_TYPE_MEETING, "projects");
  ts_detail_section_add_referrers (section, self->agreements_group, dataset, record,
                                   TS_RECORD_TYPE_AGREEMENT, "projects");
}

static void
ts_project_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_PROJECT_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_project_detail_section_parent_class)->dispose (object);
}

static void
ts_project_detail_section_class_init (TsProjectDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_project_detail_section_dispose;
  section_class->set_record = ts_project_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-project-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, sector_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, value_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, route_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, milestones_group);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, places_group);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, partners_group);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, TsProjectDetailSection, agreements_group);
}

static void
ts_project_detail_section_init (TsProjectDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
