/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-referrers-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-referrers-detail-section.h"
#include "ts-detail-section-private.h"

struct _TsReferrersDetailSection
{
  TsDetailSection parent_instance;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (TsReferrersDetailSection, ts_referrers_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_referrers_detail_section_set_record (TsDetailSection *section,
                                        TsRecord        *record,
                                        TsDataset       *dataset)
{
  TsReferrersDetailSection *self = TS_REFERRERS_DETAIL_SECTION (section);
  GHashTable *shown_links = _ts_detail_section_get_shown_links (section);
  g_autoptr(GPtrArray) referrers = NULL;

  referrers = ts_dataset_list_referrers (dataset, ts_record_get_id (record), -1, NULL);
  for (guint i = 0; i < referrers->len; i++)
    {
      TsRecord *referrer = g_ptr_array_index (referrers, i);
      const char *id = ts_record_get_id (referrer);

      if (shown_links != NULL && g_hash_table_contains (shown_links, id))
        continue;
      ts_detail_section_add_link (section, self->group, dataset, id,
                                  ts_record_type_get_label (
                                    ts_record_get_record_type (referrer)));
    }
}

static void
ts_referrers_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_REFERRERS_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_referrers_detail_section_parent_class)->dispose (object);
}

static void
ts_referrers_detail_section_class_init (TsReferrersDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_referrers_detail_section_dispose;
  section_class->set_record = ts_referrers_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-referrers-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsReferrersDetailSection, group);
}

static void
ts_referrers_detail_section_init (TsReferrersDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
