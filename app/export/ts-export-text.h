/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Excel's limit on the text of one cell, in UTF-16 code units. */
#define TS_EXPORT_CELL_MAX 32767

/* Text as a spreadsheet cell can hold it: valid UTF-8 (invalid bytes become
 * U+FFFD), without the control characters XML refuses, and at most
 * @max_units UTF-16 code units; longer text is cut and ends with a visible
 * "… [truncated]" marker. Never NULL. */
char     *ts_export_text_sanitize        (const char *text,
                                          gsize       max_units);
/* The same, without a copy when @text is already safe (most text is):
 * @text itself, "" for NULL, or a sanitized copy that @to_free holds
 * (NULL otherwise) and the caller frees. */
const char *ts_export_text_make_safe     (const char  *text,
                                          gsize        max_units,
                                          char       **to_free);

/* Appends @text as one RFC 4180 field: quoted when it holds a comma, a
 * quote or a line break. When @neutralize is set, text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends. */
void      ts_export_csv_append_field     (GString    *line,
                                          const char *text,
                                          gboolean    neutralize);

/* A sheet name Excel accepts, made from @wanted: without []:*?/\, no
 * apostrophe at either end, at most 31 UTF-16 code units, never empty, not
 * "History", and not equal (ignoring case) to a name in @taken. Falls back
 * to @fallback, then numbers the name ("Sources (2)"); "Sheet" when both
 * are unusable. Adds the result to @taken (a set of case-folded names). */
char     *ts_export_sheet_name           (const char *wanted,
                                          const char *fallback,
                                          GHashTable *taken);

/* Whether @url is an absolute http or https URL. */
gboolean  ts_export_is_web_url           (const char *url);

/* The time an export records as its creation time, in seconds since the
 * epoch: @requested when positive, else $TIANSHAN_EXPORT_TIME, else
 * $SOURCE_DATE_EPOCH, else now. */
gint64    ts_export_resolve_time         (gint64      requested);

G_END_DECLS
