/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-statement-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-format.h"
#include "ts-statement.h"

static void
fill_speaker (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_statement_get_speaker_id (TS_STATEMENT (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_speaker_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_statement_get_speaker_id (TS_STATEMENT (record)));
}

static void
fill_on_behalf_of (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_statement_get_on_behalf_of_id (TS_STATEMENT (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_on_behalf_of_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_statement_get_on_behalf_of_id (TS_STATEMENT (record)));
}

static void
fill_at (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_statement_get_at_id (TS_STATEMENT (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_at_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_statement_get_at_id (TS_STATEMENT (record)));
}

static void
fill_kind (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsStatementKind kind = ts_statement_get_kind (TS_STATEMENT (record));

  _ts_cell_set_text (cell, ts_statement_kind_get_label (kind));
}

static void
fill_words (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_statement_get_words (TS_STATEMENT (record)));
}

static void
fill_language (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_statement_get_language (TS_STATEMENT (record)));
}

/* The list's form: the language by name. */
static void
fill_language_name (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *code = ts_statement_get_language (TS_STATEMENT (record));

  if (code != NULL)
    _ts_cell_take_text (cell, ts_format_language (code));
  else
    _ts_cell_set_text (cell, NULL);
}

static void
fill_topics (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, ts_statement_get_topics (TS_STATEMENT (record)));
}

/* "Source title: “excerpt”; …" */
static void
fill_citations (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *citations = ts_statement_get_citations (TS_STATEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      TsCitation *citation = g_ptr_array_index (citations, i);
      const char *title = ts_column_context_get_title (context, citation->source_id);
      g_autofree char *item = NULL;

      if (citation->excerpt != NULL)
        /* Translators: a statement's citation in a cell: "<source>: “<excerpt>”" */
        item = g_strdup_printf (C_("citation", "%s: “%s”"), title, citation->excerpt);
      else
        item = g_strdup (title);
      _ts_column_append_item (out, item);
    }
  _ts_cell_set_text (cell, out->str);
}

static void
fill_citation_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *citations = ts_statement_get_citations (TS_STATEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < citations->len; i++)
    _ts_column_append_item (out, ((TsCitation *) g_ptr_array_index (citations, i))->source_id);
  _ts_cell_set_text (cell, out->str);
}

static const TsColumn columns[] = {
  /* The briefing's sheet prints who said what, for whom, where and in
   * which article (the brief's columns, one page wide); the title, a
   * paraphrase of the words, the language and the topics follow in its
   * group. */
  TS_COLUMNS_HEAD (N_("Title"), N_("The statement in a short line: who, and what"), 2, 40, NULL,
                   0, 34),
  TS_COLUMNS_DATE ("date", N_("Date"), N_("When it was said"), 1, 14, NULL, 1),
  { "speaker", N_("Speaker"), N_("Who said it"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_speaker, 18, .list_position = 3, .list_width = 16,
    .sheet_position = 2 },
  { "speaker_id", N_("Speaker ID"), N_("The id of that person"), TS_COLUMN_TEXT,
    TS_COLUMN_MACHINE, fill_speaker_id, 26 },
  { "on_behalf_of", N_("On behalf of"), N_("The organization or country they spoke for"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_on_behalf_of, 16,
    .sheet_position = 3 },
  { "on_behalf_of_id", N_("On behalf of ID"), N_("The id of that organization or country"),
    TS_COLUMN_TEXT, TS_COLUMN_MACHINE, fill_on_behalf_of_id, 26 },
  { "at", N_("At"), N_("The meeting it was said at"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_at, 26, .list_position = 5, .list_width = 22,
    .sheet_position = 4 },
  { "at_id", N_("At ID"), N_("The id of that meeting"), TS_COLUMN_TEXT, TS_COLUMN_MACHINE,
    fill_at_id, 30 },
  { "kind", N_("Kind"), N_("A quote (the words verbatim) or reported speech"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP, fill_kind, 11, .list_position = 4, .list_width = 10, .sheet_position = 5 },
  { "words", N_("Words"), N_("The words, as the article gives them, in their language"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, fill_words, 60, .sheet_position = 6 },
  { "language", N_("Language"), N_("ISO 639 code of the words’ language"), TS_COLUMN_TEXT, 0,
    fill_language, 10 },
  { "language", N_("Language"), NULL, TS_COLUMN_TEXT, TS_COLUMN_LIST_ONLY, fill_language_name,
    0, .list_position = 6, .list_width = 10 },
  { "topics", N_("Topics"), N_("What it is about"), TS_COLUMN_TEXT, TS_COLUMN_WRAP, fill_topics,
    30 },
  { "citations", N_("Citations"), N_("The articles that carry it, each with its sentence"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_citations, 50, .sheet_position = 7 },
  { "citation_ids", N_("Citation IDs"), N_("The ids of those sources"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_citation_ids, 30 },
  TS_COLUMNS_TAIL (0, 0),
};

const TsColumnTable _ts_statement_columns = {
  columns, G_N_ELEMENTS (columns), "date", TRUE,
  { "date", "title", "speaker" },
};
