/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* Where a statement is written: the source, and the sentence(s) of it that
 * carry the statement. */
typedef struct
{
  char *source_id;
  char *excerpt;
} TsCitation;

#define TS_TYPE_CITATION (ts_citation_get_type ())

GType       ts_citation_get_type (void) G_GNUC_CONST;
TsCitation *ts_citation_new      (const char       *source_id,
                                  const char       *excerpt);
TsCitation *ts_citation_copy     (const TsCitation *citation);
void        ts_citation_free     (TsCitation       *citation);
gboolean    ts_citation_equal    (const TsCitation *a,
                                  const TsCitation *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsCitation, ts_citation_free)

#define TS_TYPE_STATEMENT (ts_statement_get_type ())

/* What someone said: a position taken, quoted or reported, with the
 * article that carries it. */
G_DECLARE_FINAL_TYPE (TsStatement, ts_statement, TS, STATEMENT, TsRecord)

TsStatement        *ts_statement_new                   (const char *id,
                                                        const char *title);

/* The person who said it. */
const char         *ts_statement_get_speaker_id        (TsStatement *self);
void                ts_statement_set_speaker_id        (TsStatement *self,
                                                        const char  *speaker_id);

/* The organization or country (a place) they spoke for, or NULL. */
const char         *ts_statement_get_on_behalf_of_id   (TsStatement *self);
void                ts_statement_set_on_behalf_of_id   (TsStatement *self,
                                                        const char  *on_behalf_of_id);

/* When it was said; never NULL. */
const TsDate       *ts_statement_get_date              (TsStatement *self);
void                ts_statement_set_date              (TsStatement  *self,
                                                        const TsDate *date);

/* The meeting it was said at, or NULL. */
const char         *ts_statement_get_at_id             (TsStatement *self);
void                ts_statement_set_at_id             (TsStatement *self,
                                                        const char  *at_id);

/* Quoted or reported; TS_STATEMENT_KIND_UNSET only while being made. */
TsStatementKind     ts_statement_get_kind              (TsStatement *self);
void                ts_statement_set_kind              (TsStatement     *self,
                                                        TsStatementKind  kind);

/* The words, as the article gives them, in the statement's language. */
const char         *ts_statement_get_words             (TsStatement *self);
void                ts_statement_set_words             (TsStatement *self,
                                                        const char  *words);

/* The words in other languages: language code → text; never NULL. */
GHashTable         *ts_statement_get_words_translations (TsStatement *self);
void                ts_statement_set_words_translations (TsStatement *self,
                                                         GHashTable  *translations);

/* The language of the words (ISO 639), or NULL. */
const char         *ts_statement_get_language          (TsStatement *self);
void                ts_statement_set_language          (TsStatement *self,
                                                        const char  *language);

/* What it is about; never NULL. */
const char * const *ts_statement_get_topics            (TsStatement *self);
void                ts_statement_set_topics            (TsStatement        *self,
                                                        const char * const *topics);

/* Of TsCitation, owned by the statement; set and add copy. */
GPtrArray          *ts_statement_get_citations         (TsStatement *self);
void                ts_statement_set_citations         (TsStatement *self,
                                                        GPtrArray   *citations);
void                ts_statement_add_citation          (TsStatement      *self,
                                                        const TsCitation *citation);

G_END_DECLS
