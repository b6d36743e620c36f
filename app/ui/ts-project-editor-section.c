/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-project-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-project-editor-section.h"
#include "ts-editor-rows.h"
#include "ts-translations-row.h"
#include "ts-enums.h"
#include "ts-item-list.h"
#include "ts-link-list.h"
#include "ts-project.h"
#include "ts-vocabulary.h"

struct _TsProjectEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsTranslationsRow *title_translations_row;
  GtkWidget *sector_row;
  GtkWidget *status_row;
  GtkWidget *value_usd_row;
  TsLinkList *places_list;
  TsLinkList *partners_list;
  TsItemList *milestones_list;
  TsItemList *route_list;
};

G_DEFINE_FINAL_TYPE (TsProjectEditorSection, ts_project_editor_section,
                     TS_TYPE_EDITOR_SECTION)

static void
build_milestone (TsEditorItem  *item,
                 gconstpointer  data)
{
  const TsMilestone *milestone = data;

  ts_editor_item_add_date (item, "date", _("Date"), milestone ? &milestone->date : NULL);
  ts_editor_item_add_choice (item, "status", _("Status Reached"), TS_TYPE_PROJECT_STATUS,
                             milestone ? milestone->status : TS_PROJECT_STATUS_UNSET);
  ts_editor_item_add_entry (item, "note", _("Note"), milestone ? milestone->note : NULL);
  ts_editor_item_add_link (item, "source", _("Source"),
                           TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE),
                           milestone ? milestone->source_id : NULL);
}

static void
summarize_milestone (TsEditorItem *item,
                     GString      *title,
                     GString      *subtitle)
{
  int status;

  ts_editor_summary_append (title, ts_editor_item_get_text (item, "date"));
  if (ts_editor_item_get_choice (item, "status", &status))
    ts_editor_summary_append (title, ts_project_status_get_label (status));
  ts_editor_summary_append (subtitle, ts_editor_item_get_text (item, "note"));
  if (title->len == 0)
    g_string_append (title, _("New Milestone"));
}

static const TsItemKind milestone_kind = {
  .item_label = N_("Milestone %u"),
  .add_label = N_("Add Milestone"),
  .build = build_milestone,
  .summarize = summarize_milestone,
};

static void
build_route_point (TsEditorItem  *item,
                   gconstpointer  data)
{
  const TsRoutePoint *point = data;
  TsItemList *list = ts_editor_item_get_list (item);
  guint n_points = ts_item_list_get_n_items (list);
  double lat = 41.2, lon = 74.7;  /* Kyrgyzstan, for the first new point */

  if (point != NULL)
    {
      lat = point->lat;
      lon = point->lon;
    }
  else if (n_points > 0)
    {
      /* A new point starts where the last one is: routes go on nearby. */
      TsEditorItem *last = ts_item_list_get_item (list, n_points - 1);

      lat = ts_editor_item_get_coordinate (last, "lat");
      lon = ts_editor_item_get_coordinate (last, "lon");
    }
  ts_editor_item_add_coordinate (item, "lat", _("Latitude (−90 to 90)"), 90, lat);
  ts_editor_item_add_coordinate (item, "lon", _("Longitude (−180 to 180)"), 180, lon);
  ts_editor_item_add_entry (item, "label", _("Label"), point ? point->label : NULL);
}

static void
summarize_route_point (TsEditorItem *item,
                       GString      *title,
                       GString      *subtitle)
{
  /* Translators: a route point's coordinates, latitude then longitude */
  g_string_append_printf (title, _("%s, %s"), ts_editor_item_get_text (item, "lat"),
                          ts_editor_item_get_text (item, "lon"));
  ts_editor_summary_append (subtitle, ts_editor_item_get_text (item, "label"));
}

static const TsItemKind route_point_kind = {
  .item_label = N_("Route Point %u"),
  .add_label = N_("Add Route Point"),
  .build = build_route_point,
  .summarize = summarize_route_point,
};

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const TsMilestone *ma = *(TsMilestone * const *) a;
  const TsMilestone *mb = *(TsMilestone * const *) b;

  return ts_date_compare (&ma->date, &mb->date);
}

static GPtrArray *
read_milestones (TsItemList       *list,
                 TsEditorProblems *problems)
{
  GPtrArray *milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_milestone_free);

  for (guint i = 0; i < ts_item_list_get_n_items (list); i++)
    {
      TsEditorItem *item = ts_item_list_get_item (list, i);
      const char *source = ts_editor_item_read_link (item, "source", _("Source"), NULL, problems);
      g_autofree char *note = ts_editor_item_read_text (item, "note");
      int status = TS_PROJECT_STATUS_UNSET;
      TsDate date;

      ts_editor_item_read_date (item, "date", _("Date"), TRUE, problems, &date);
      ts_editor_item_get_choice (item, "status", &status);
      g_ptr_array_add (milestones, ts_milestone_new (&date, status, note, source));
    }

  /* The format keeps milestones oldest first. */
  g_ptr_array_sort (milestones, compare_milestones);
  return milestones;
}

static GPtrArray *
read_route (TsItemList       *list,
            TsEditorProblems *problems)
{
  GPtrArray *route = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_route_point_free);

  for (guint i = 0; i < ts_item_list_get_n_items (list); i++)
    {
      TsEditorItem *item = ts_item_list_get_item (list, i);
      double lat = ts_editor_item_read_coordinate (item, "lat", _("Latitude"), 90, problems);
      double lon = ts_editor_item_read_coordinate (item, "lon", _("Longitude"), 180, problems);
      g_autofree char *label = ts_editor_item_read_text (item, "label");

      g_ptr_array_add (route, ts_route_point_new (lat, lon, label));
    }

  return route;
}

static void
ts_project_editor_section_set_record (TsEditorSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsProjectEditorSection *self = TS_PROJECT_EDITOR_SECTION (section);
  TsProject *project = TS_PROJECT (record);
  guint places_and_organizations = TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PLACE)
                                   | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_translations_row_set_translations (self->title_translations_row,
                                       ts_record_get_title_translations (record));
  ts_editor_set_choice (self->sector_row, ts_project_get_sector (project));
  ts_editor_set_choice (self->status_row, ts_project_get_status (project));
  ts_editor_set_number (self->value_usd_row, ts_project_get_value_usd (project));
  ts_link_list_set_links (self->places_list, dataset,
                          ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PLACE),
                          ts_project_get_place_ids (project));
  ts_link_list_set_links (self->partners_list, dataset,
                          ts_editor_section_get_candidates (section, places_and_organizations),
                          ts_project_get_partner_ids (project));
  ts_item_list_set_items (self->milestones_list, &milestone_kind, section,
                          ts_project_get_milestones (project));
  ts_item_list_set_items (self->route_list, &route_point_kind, section,
                          ts_project_get_route (project));
}

static void
ts_project_editor_section_apply (TsEditorSection  *section,
                                 TsRecord         *record,
                                 TsEditorProblems *problems)
{
  TsProjectEditorSection *self = TS_PROJECT_EDITOR_SECTION (section);
  TsProject *project = TS_PROJECT (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_auto(GStrv) places = ts_link_list_get_links (self->places_list);
  g_auto(GStrv) partners = ts_link_list_get_links (self->partners_list);
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) route = NULL;

  ts_record_set_title (record, title);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->title_translations_row);

    ts_record_set_title_translations (record, translations);
  }
  ts_project_set_sector (project, ts_editor_read_choice (self->sector_row, problems));
  ts_project_set_status (project, ts_editor_read_choice (self->status_row, problems));
  ts_project_set_value_usd (project, ts_editor_read_number (self->value_usd_row, 0,
                                                            TS_PROJECT_MAX_VALUE_USD, FALSE,
                                                            problems));
  ts_project_set_place_ids (project, (const char * const *) places);
  ts_project_set_partner_ids (project, (const char * const *) partners);
  milestones = read_milestones (self->milestones_list, problems);
  ts_project_set_milestones (project, milestones);
  route = read_route (self->route_list, problems);
  ts_project_set_route (project, route);
}

static void
ts_project_editor_section_class_init (TsProjectEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_project_editor_section_set_record;
  section_class->apply = ts_project_editor_section_apply;

  g_type_ensure (TS_TYPE_PROJECT_SECTOR);
  g_type_ensure (TS_TYPE_PROJECT_STATUS);
  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-project-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection,
                                        title_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, sector_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, value_usd_row);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, places_list);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, partners_list);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, TsProjectEditorSection, route_list);
}

static void
ts_project_editor_section_init (TsProjectEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
