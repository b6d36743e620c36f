/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Values written for people to read, the same in the window, the
 * briefing and the CSV. Words come through gettext, so they follow the UI
 * language; digits, grouping and the decimal mark follow LC_NUMERIC, as
 * the sidebar's counts do. Each returns a newly allocated string. */

/* A moment in its own time zone (convert with g_date_time_to_local() to
 * show the user's): the date as ts_date_format() writes a day, the time
 * to the minute and the zone, "23 Nov 2026, 14:05 UTC+6" or
 * "23 Nov 2026, 00:00 UTC". NULL for NULL. */
char *ts_format_date_time    (GDateTime  *time);

/* A language code as FORMAT.md allows it (ISO 639-1 "ru", or 639-3 "dng")
 * by its name in the UI language: "Russian", "русский", "Dungan". Names
 * come from Debian's iso-codes (iso_639-3.json in the system data
 * directories, translated through its "iso_639-3" gettext domain), except
 * Kyrgyz, which iso-codes calls by the dated "Kirghiz". An unknown code is
 * returned as it is; NULL for NULL or "". */
char *ts_format_language     (const char *code);

/* A quantity with its unit (@unit may be NULL): below a million in full,
 * grouped, "1,200 tonnes", "0.25 USD"; from a million on in millions,
 * billions or trillions with at most two decimals, "22.71 billion USD".
 * NULL for NaN. */
char *ts_format_quantity     (double      value,
                              const char *unit);

/* The shortest text that reads back (g_ascii_strtod) as exactly @value,
 * with a point for decimals whatever the locale: "39.9042", not
 * "39.904200000000003". For editors and interchange files. @value must be
 * finite. */
char *ts_format_double_exact (double      value);

G_END_DECLS
