/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Debian's iso-codes, read at run time: its JSON lists for the English
 * names, its gettext domains for their translations. Countries
 * (ts-country.c) and languages (ts-format.c) are named from it. */

/* The array @list ("3166-1", "639-3") of iso-codes' @standard.json
 * ("iso_3166-1"), parsed, or NULL with a message when iso-codes is not
 * installed or the file is not such a list. Found under
 * TIANSHAN_ISO_CODES_DIR (the tests point it elsewhere to run without
 * iso-codes), else the prefix meson found iso-codes under. */
JsonArray  *ts_iso_codes_load_list  (const char *standard,
                                     const char *list);

/* Where that file of @standard ("iso_639-3") is. */
char       *ts_iso_codes_get_path   (const char *standard);

/* A string member of an entry of such a list, or NULL. */
const char *ts_iso_codes_get_member (JsonObject *entry,
                                     const char *member);

/* @msgid, an English name of iso-codes' @standard, in the language messages
 * are translated into now; @msgid itself (the same pointer) when there is
 * no translation, or when Tianshan itself has no translation into that
 * language, so that a session in a language Tianshan lacks stays English
 * throughout rather than mixing in names of another language. */
const char *ts_iso_codes_translate  (const char *standard,
                                     const char *msgid);

G_END_DECLS
