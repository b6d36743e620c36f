/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-place-detail-section"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-place-detail-section.h"
#include "ts-place.h"

struct _TsPlaceDetailSection
{
  TsNamedDetailSection parent_instance;

  AdwPreferencesGroup *lies_in_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *agreements_group;
  AdwPreferencesGroup *projects_group;
  AdwPreferencesGroup *places_group;
};

G_DEFINE_FINAL_TYPE (TsPlaceDetailSection, ts_place_detail_section, TS_TYPE_NAMED_DETAIL_SECTION)

static void
ts_place_detail_section_set_record (TsDetailSection *section,
                                    TsRecord        *record,
                                    TsDataset       *dataset)
{
  TsPlaceDetailSection *self = TS_PLACE_DETAIL_SECTION (section);
  TsNamedDetailSection *named = TS_NAMED_DETAIL_SECTION (section);
  TsPlace *place = TS_PLACE (record);
  double lat = ts_place_get_lat (place);
  double lon = ts_place_get_lon (place);

  ts_named_detail_section_show_names (named,
                                      ts_place_get_names (place),
                                      ts_place_get_aliases (place),
                                      ts_place_kind_get_label (ts_place_get_kind (place)),
                                      ts_place_get_country (place));
  if (!isnan (lat) && !isnan (lon))
    {
      /* Translators: latitude and longitude in degrees */
      g_autofree char *coordinates = g_strdup_printf (_("%.4f, %.4f"), lat, lon);

      ts_detail_section_add_field (section, ts_named_detail_section_get_details (named),
                                   _("Coordinates"), coordinates);
    }

  ts_detail_section_add_single_link (section, self->lies_in_group, dataset,
                                     ts_place_get_parent_id (place));
  ts_detail_section_add_referrers (section, self->meetings_group, dataset, record,
                                   TS_RECORD_TYPE_MEETING, "place");
  ts_detail_section_add_referrers (section, self->agreements_group, dataset, record,
                                   TS_RECORD_TYPE_AGREEMENT, "parties.party");
  ts_detail_section_add_referrers (section, self->projects_group, dataset, record,
                                   TS_RECORD_TYPE_PROJECT, "places");
  ts_detail_section_add_referrers (section, self->places_group, dataset, record,
                                   TS_RECORD_TYPE_PLACE, "parent");
}

static void
ts_place_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_PLACE_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_place_detail_section_parent_class)->dispose (object);
}

static void
ts_place_detail_section_class_init (TsPlaceDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_place_detail_section_dispose;
  section_class->set_record = ts_place_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-place-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsPlaceDetailSection, lies_in_group);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceDetailSection, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceDetailSection, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceDetailSection, projects_group);
  gtk_widget_class_bind_template_child (widget_class, TsPlaceDetailSection, places_group);
}

static void
ts_place_detail_section_init (TsPlaceDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
