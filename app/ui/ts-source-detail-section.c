/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-source-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-source-detail-section.h"
#include "ts-format.h"
#include "ts-source.h"

struct _TsSourceDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *publisher_row;
  TsDetailRow *date_row;
  TsDetailRow *language_row;
  TsDetailRow *reliability_row;
  TsDetailRow *excerpt_row;
  TsDetailRow *address_row;
  AdwPreferencesGroup *article_group;
  TsDetailRow *open_row;
  AdwPreferencesGroup *cited_by_group;
};

G_DEFINE_FINAL_TYPE (TsSourceDetailSection, ts_source_detail_section, TS_TYPE_DETAIL_SECTION)

static void
on_open_row_activated (TsDetailRow           *row,
                       TsSourceDetailSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *url = g_object_get_data (G_OBJECT (row), "ts-url");

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
ts_source_detail_section_set_record (TsDetailSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsSourceDetailSection *self = TS_SOURCE_DETAIL_SECTION (section);
  TsSource *source = TS_SOURCE (record);
  const char *url = ts_source_get_url (source);
  const char *scheme = url != NULL ? g_uri_peek_scheme (url) : NULL;
  /* Only web pages open: a dataset from elsewhere must not launch files or
   * other handlers. */
  gboolean web = g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
  g_autofree char *language = NULL;

  ts_detail_section_show_value (self->publisher_row, ts_source_get_publisher (source));
  ts_detail_section_show_date (self->date_row, ts_source_get_date (source));
  language = ts_format_language (ts_source_get_language (source));
  ts_detail_section_show_value (self->language_row, language);
  ts_detail_section_show_value (self->reliability_row,
                                ts_reliability_get_label (ts_source_get_reliability (source)));
  ts_detail_section_show_value (self->excerpt_row, ts_source_get_excerpt (source));
  ts_detail_section_show_value (self->address_row, web ? NULL : url);
  ts_detail_row_set_subtitle (self->open_row, web ? url : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->open_row), web);
  g_object_set_data_full (G_OBJECT (self->open_row), "ts-url", g_strdup (url), g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->article_group), web);

  ts_detail_section_add_referrers (section, self->cited_by_group, dataset, record, -1, "sources");
  /* And the statements it carries, which cite it with the sentence. */
  ts_detail_section_add_referrers (section, self->cited_by_group, dataset, record, -1,
                                   "citations.source");
}

static void
ts_source_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_SOURCE_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_source_detail_section_parent_class)->dispose (object);
}

static void
ts_source_detail_section_class_init (TsSourceDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_source_detail_section_dispose;
  section_class->set_record = ts_source_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-source-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, language_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, reliability_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, excerpt_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, address_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, article_group);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, open_row);
  gtk_widget_class_bind_template_child (widget_class, TsSourceDetailSection, cited_by_group);
  gtk_widget_class_bind_template_callback (widget_class, on_open_row_activated);
}

static void
ts_source_detail_section_init (TsSourceDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A TsDetailRow takes the widgets beside its texts in code. */
  ts_detail_row_add_prefix (self->open_row, gtk_image_new_from_icon_name ("web-browser-symbolic"));
}
