/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-statement-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-format.h"
#include "ts-statement-detail-section.h"
#include "ts-statement.h"

struct _TsStatementDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *date_row;
  TsDetailRow *kind_row;
  TsDetailRow *language_row;
  TsDetailRow *topics_row;
  AdwPreferencesGroup *words_group;
  AdwPreferencesGroup *speaker_group;
  AdwPreferencesGroup *on_behalf_of_group;
  AdwPreferencesGroup *at_group;
  AdwPreferencesGroup *citations_group;
};

G_DEFINE_FINAL_TYPE (TsStatementDetailSection, ts_statement_detail_section,
                     TS_TYPE_DETAIL_SECTION)

/* The words, then their translations, each under its language's name. */
static void
show_words (TsStatementDetailSection *self,
            TsStatement              *statement)
{
  TsDetailSection *section = TS_DETAIL_SECTION (self);
  GHashTable *translations = ts_statement_get_words_translations (statement);
  const char *language = ts_statement_get_language (statement);
  g_autofree char *language_name = language != NULL ? ts_format_language (language) : NULL;
  g_autoptr(GList) codes = g_list_sort (g_hash_table_get_keys (translations),
                                        (GCompareFunc) g_strcmp0);

  ts_detail_section_add_field (section, self->words_group,
                               language_name != NULL ? language_name : _("Words"),
                               ts_statement_get_words (statement));
  for (GList *l = codes; l != NULL; l = l->next)
    {
      g_autofree char *name = ts_format_language (l->data);

      ts_detail_section_add_field (section, self->words_group, name,
                                   g_hash_table_lookup (translations, l->data));
    }
}

static void
ts_statement_detail_section_set_record (TsDetailSection *section,
                                        TsRecord        *record,
                                        TsDataset       *dataset)
{
  TsStatementDetailSection *self = TS_STATEMENT_DETAIL_SECTION (section);
  TsStatement *statement = TS_STATEMENT (record);
  GPtrArray *citations = ts_statement_get_citations (statement);
  const char *language = ts_statement_get_language (statement);
  g_autofree char *language_name = language != NULL ? ts_format_language (language) : NULL;

  ts_detail_section_show_date (self->date_row, ts_statement_get_date (statement));
  ts_detail_section_show_value (self->kind_row,
                                ts_statement_kind_get_label (ts_statement_get_kind (statement)));
  ts_detail_section_show_value (self->language_row, language_name);
  ts_detail_section_show_strv (self->topics_row, ts_statement_get_topics (statement));
  show_words (self, statement);

  ts_detail_section_add_single_link (section, self->speaker_group, dataset,
                                     ts_statement_get_speaker_id (statement));
  ts_detail_section_add_single_link (section, self->on_behalf_of_group, dataset,
                                     ts_statement_get_on_behalf_of_id (statement));
  ts_detail_section_add_single_link (section, self->at_group, dataset,
                                     ts_statement_get_at_id (statement));
  for (guint i = 0; i < citations->len; i++)
    {
      TsCitation *citation = g_ptr_array_index (citations, i);
      TsRecord *source = ts_dataset_lookup (dataset, citation->source_id);
      const char *title = source != NULL ? ts_record_get_display_name (source)
                                         : citation->source_id;

      ts_detail_section_add_item (section, self->citations_group, dataset, title,
                                  citation->excerpt, citation->source_id);
    }
}

static void
ts_statement_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_STATEMENT_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_statement_detail_section_parent_class)->dispose (object);
}

static void
ts_statement_detail_section_class_init (TsStatementDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_statement_detail_section_dispose;
  section_class->set_record = ts_statement_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-statement-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, language_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, topics_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, words_group);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, speaker_group);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection,
                                        on_behalf_of_group);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection, at_group);
  gtk_widget_class_bind_template_child (widget_class, TsStatementDetailSection,
                                        citations_group);
}

static void
ts_statement_detail_section_init (TsStatementDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
