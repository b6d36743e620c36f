/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-date.h"
#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_DATE_ROW (ts_date_row_get_type ())

G_DECLARE_FINAL_TYPE (TsDateRow, ts_date_row, TS, DATE_ROW, AdwEntryRow)

/* An entry row for a date in the file's forms (2023-10-25, 2023-05, 2023,
 * with ~ for "about", [2023-09-07,2023-09-08] for one of several days),
 * with a hint at its end that says how the text reads and how precise it
 * is, and marks it while it is not a date. */
void      ts_date_row_set_date (TsDateRow        *self,
                                const TsDate     *date);
/* Reads the row into @date (unset when empty or not a date); a problem
 * when it is not a date, or empty and @required. */
void      ts_date_row_read     (TsDateRow        *self,
                                gboolean          required,
                                TsEditorProblems *problems,
                                TsDate           *date);

/* @text as a date row reads it: trimmed, and without the spaces people
 * type after a set's commas ("[2023-09-07, 2023-09-08]"). */
char     *ts_date_row_clean_text (const char     *text);

G_END_DECLS
