/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Countries by their ISO 3166-1 alpha-2 code ("KG"), named in the language
 * messages are translated into now (the UI's, or the briefing's after
 * ts_i18n_set_language()): the one name every list, detail, filter, map
 * and briefing shows for a country.
 *
 * The names come from Debian's iso-codes (its JSON list for the English
 * names, the gettext domain "iso_3166-1" for the translations), except for
 * the few countries whose names Tianshan translates itself (ts-country.c
 * says which, and why). Without iso-codes only those few have names. */

/* The name of the country @code names, or NULL when there is none. Case
 * does not matter. The string is static. */
const char *ts_country_lookup_name (const char *code);

/* The same, or @code itself when the country has no name; NULL for NULL. */
const char *ts_country_get_name    (const char *code);

G_END_DECLS
