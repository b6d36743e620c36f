/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-statement-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-date-row.h"
#include "ts-editor-rows.h"
#include "ts-enums.h"
#include "ts-item-list.h"
#include "ts-link-row.h"
#include "ts-statement-editor-section.h"
#include "ts-statement.h"
#include "ts-translations-row.h"

struct _TsStatementEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *title_row;
  TsTranslationsRow *title_translations_row;
  TsDateRow *date_row;
  TsLinkRow *speaker_row;
  TsLinkRow *on_behalf_of_row;
  TsLinkRow *at_row;
  GtkWidget *kind_row;
  GtkWidget *words_row;
  TsTranslationsRow *words_translations_row;
  GtkWidget *language_row;
  GtkWidget *topics_row;
  TsItemList *citations_list;
};

G_DEFINE_FINAL_TYPE (TsStatementEditorSection, ts_statement_editor_section,
                     TS_TYPE_EDITOR_SECTION)

static void
build_citation (TsEditorItem  *item,
                gconstpointer  data)
{
  const TsCitation *citation = data;

  ts_editor_item_add_link (item, "source", _("Source"),
                           TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE),
                           citation ? citation->source_id : NULL);
  ts_editor_item_add_entry (item, "excerpt", _("Excerpt (the sentence that carries it)"),
                            citation ? citation->excerpt : NULL);
}

static void
summarize_citation (TsEditorItem *item,
                    GString      *title,
                    GString      *subtitle)
{
  ts_editor_summary_append (title, ts_editor_item_get_link_title (item, "source"));
  ts_editor_summary_append (subtitle, ts_editor_item_get_text (item, "excerpt"));
  if (title->len == 0)
    g_string_append (title, _("New Citation"));
}

static const TsItemKind citation_kind = {
  .item_label = N_("Citation %u"),
  .add_label = N_("Add Citation"),
  .build = build_citation,
  .summarize = summarize_citation,
};

static void
ts_statement_editor_section_set_record (TsEditorSection *section,
                                        TsRecord        *record,
                                        TsDataset       *dataset)
{
  TsStatementEditorSection *self = TS_STATEMENT_EDITOR_SECTION (section);
  TsStatement *statement = TS_STATEMENT (record);

  ts_editor_set_text (self->title_row, ts_record_get_title (record));
  ts_translations_row_set_translations (self->title_translations_row,
                                        ts_record_get_title_translations (record));
  ts_date_row_set_date (self->date_row, ts_statement_get_date (statement));
  ts_link_row_set_link (self->speaker_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_PERSON),
                        ts_statement_get_speaker_id (statement));
  ts_link_row_set_link (self->on_behalf_of_row,
                        ts_editor_section_get_candidates (
                          section,
                          TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION)
                          | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PLACE)),
                        ts_statement_get_on_behalf_of_id (statement));
  ts_link_row_set_link (self->at_row,
                        ts_editor_section_get_records_of (section, TS_RECORD_TYPE_MEETING),
                        ts_statement_get_at_id (statement));
  ts_editor_set_choice (self->kind_row, ts_statement_get_kind (statement));
  ts_editor_set_text (self->words_row, ts_statement_get_words (statement));
  ts_translations_row_set_translations (self->words_translations_row,
                                        ts_statement_get_words_translations (statement));
  ts_editor_set_text (self->language_row, ts_statement_get_language (statement));
  ts_editor_set_list (self->topics_row, ts_statement_get_topics (statement));
  ts_item_list_set_items (self->citations_list, &citation_kind, section,
                          ts_statement_get_citations (statement));
}

static void
ts_statement_editor_section_apply (TsEditorSection  *section,
                                   TsRecord         *record,
                                   TsEditorProblems *problems)
{
  TsStatementEditorSection *self = TS_STATEMENT_EDITOR_SECTION (section);
  TsStatement *statement = TS_STATEMENT (record);
  g_autofree char *title = ts_editor_read_text (self->title_row, TRUE, problems);
  g_autofree char *words = ts_editor_read_text (self->words_row, TRUE, problems);
  g_autofree char *language = ts_editor_read_text (self->language_row, FALSE, problems);
  g_auto(GStrv) topics = ts_editor_read_list (self->topics_row, problems);
  g_autoptr(GPtrArray) citations = NULL;
  const char *speaker = ts_link_row_get_link (self->speaker_row);
  TsDate date;

  ts_record_set_title (record, title);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->title_translations_row);

    ts_record_set_title_translations (record, translations);
  }
  ts_date_row_read (self->date_row, TRUE, problems, &date);
  ts_statement_set_date (statement, &date);
  if (speaker == NULL)
    ts_editor_problems_add_row (problems, GTK_WIDGET (self->speaker_row),
                                _("choose who said it"));
  ts_statement_set_speaker_id (statement, speaker);
  ts_statement_set_on_behalf_of_id (statement, ts_link_row_get_link (self->on_behalf_of_row));
  ts_statement_set_at_id (statement, ts_link_row_get_link (self->at_row));
  ts_statement_set_kind (statement, ts_editor_read_choice (self->kind_row, problems));
  if (ts_statement_get_kind (statement) == TS_STATEMENT_KIND_UNSET)
    ts_editor_problems_add_row (problems, self->kind_row,
                                _("choose whether the words are quoted or reported"));
  ts_statement_set_words (statement, words);
  {
    g_autoptr(GHashTable) translations = ts_translations_row_read (self->words_translations_row);

    ts_statement_set_words_translations (statement, translations);
  }
  ts_statement_set_language (statement, language);
  ts_statement_set_topics (statement, (const char * const *) topics);

  citations = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_citation_free);
  for (guint i = 0; i < ts_item_list_get_n_items (self->citations_list); i++)
    {
      TsEditorItem *item = ts_item_list_get_item (self->citations_list, i);
      const char *source = ts_editor_item_read_link (item, "source", _("Source"),
                                                     _("choose a source"), problems);
      g_autofree char *excerpt = ts_editor_item_read_text (item, "excerpt");

      g_ptr_array_add (citations, ts_citation_new (source, excerpt));
    }
  if (citations->len == 0)
    ts_editor_problems_add (problems, _("Citations"), GTK_WIDGET (self->citations_list),
                            _("add the source that carries the statement"));
  ts_statement_set_citations (statement, citations);
}

static void
ts_statement_editor_section_class_init (TsStatementEditorSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  section_class->set_record = ts_statement_editor_section_set_record;
  section_class->apply = ts_statement_editor_section_apply;

  g_type_ensure (TS_TYPE_STATEMENT_KIND);
  g_type_ensure (TS_TYPE_TRANSLATIONS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-statement-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection,
                                        title_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, speaker_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection,
                                        on_behalf_of_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, at_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, words_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection,
                                        words_translations_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, language_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection, topics_row);
  gtk_widget_class_bind_template_child (widget_class, TsStatementEditorSection,
                                        citations_list);
}

static void
ts_statement_editor_section_init (TsStatementEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
