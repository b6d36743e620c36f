/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TS_TYPE_TRANSLATIONS_ROW (ts_translations_row_get_type ())

G_DECLARE_FINAL_TYPE (TsTranslationsRow, ts_translations_row, TS, TRANSLATIONS_ROW,
                      AdwExpanderRow)

/* The editor's field for a text in other languages (a title's
 * title_translations…): an expander row under the English field with an
 * entry per language Tianshan is translated into (Russian, Kyrgyz,
 * Chinese), each titled and read by a screen reader as "Title in Russian".
 * Its "field" property ("title", "summary", "role", "words") says which
 * text; name the row by the JSON key ("title_translations") so that a
 * refusal finds it. */

/* The language codes that get an entry, in order: ru, ky, zh. */
const char * const *ts_translations_row_get_languages (void);

/* "Title in Russian" for @field "title" and @language "ru". */
char       *ts_translations_row_dup_entry_title (const char *field,
                                                 const char *language);

void        ts_translations_row_set_translations (TsTranslationsRow *self,
                                                  GHashTable        *translations);
/* What the entries hold, without spaces around it, empty ones left out,
 * with the languages the row has no entry for kept as they were set; a
 * new table (never NULL). */
GHashTable *ts_translations_row_read             (TsTranslationsRow *self);

G_END_DECLS
