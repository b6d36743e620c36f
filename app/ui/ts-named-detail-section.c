/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-named-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-named-detail-section.h"
#include "ts-record-columns.h"

typedef struct
{
  AdwPreferencesGroup *details;
  TsDetailRow *name_en_row;
  TsDetailRow *name_ru_row;
  TsDetailRow *name_ky_row;
  TsDetailRow *name_zh_row;
  TsDetailRow *aliases_row;
  TsDetailRow *kind_row;
  TsDetailRow *country_row;
} TsNamedDetailSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TsNamedDetailSection, ts_named_detail_section,
                                     TS_TYPE_DETAIL_SECTION)

/* No dispose: GTK 4.8's gtk_widget_dispose_template() aborts on this class's
 * template once a subclass has disposed its own. TsDetailSection unparents
 * the groups, and GTK drops its references to the template's children when
 * the section is finalized. */
static void
ts_named_detail_section_class_init (TsNamedDetailSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-named-detail-section.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, details);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, name_en_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, name_ru_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, name_ky_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, name_zh_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, aliases_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, kind_row);
  gtk_widget_class_bind_template_child_private (widget_class, TsNamedDetailSection, country_row);
}

static void
ts_named_detail_section_init (TsNamedDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ts_named_detail_section_show_names (TsNamedDetailSection *self,
                                    GHashTable           *names,
                                    const char * const   *aliases,
                                    const char           *kind,
                                    const char           *country)
{
  TsNamedDetailSectionPrivate *priv = ts_named_detail_section_get_instance_private (self);

  g_return_if_fail (TS_IS_NAMED_DETAIL_SECTION (self));

  ts_detail_section_show_value (priv->name_en_row, g_hash_table_lookup (names, "en"));
  ts_detail_section_show_value (priv->name_ru_row, g_hash_table_lookup (names, "ru"));
  ts_detail_section_show_value (priv->name_ky_row, g_hash_table_lookup (names, "ky"));
  ts_detail_section_show_value (priv->name_zh_row, g_hash_table_lookup (names, "zh"));
  ts_detail_section_show_strv (priv->aliases_row, aliases);
  ts_detail_section_show_value (priv->kind_row, kind);
  ts_detail_section_show_value (priv->country_row, ts_country_get_name (country));
}

AdwPreferencesGroup *
ts_named_detail_section_get_details (TsNamedDetailSection *self)
{
  TsNamedDetailSectionPrivate *priv = ts_named_detail_section_get_instance_private (self);

  g_return_val_if_fail (TS_IS_NAMED_DETAIL_SECTION (self), NULL);

  return priv->details;
}
