/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which language the user reads, for what gettext cannot translate: the
 * names of people, organizations and places, which the dataset holds per
 * language. */

/* The dataset's language codes ("ru", "ky", "zh", "en") in the order the
 * user prefers them, from g_get_language_names(), ending at the first "en"
 * (the record's title is the English name). Under the plain C or POSIX
 * locale gettext ignores LANGUAGE, and so does this: { "en", NULL }.
 * Owned by GLib's per-thread cache; valid until the environment changes. */
const char * const *ts_i18n_get_name_languages (void);

/* Whether Tianshan ships a translation into @language (po/LINGUAS: "ru",
 * "ky", "zh_CN") or @language is "en", the language of the source. */
gboolean            ts_i18n_is_language_known  (const char *language);
/* The languages ts_i18n_is_language_known() accepts, separated by ", ". */
const char         *ts_i18n_get_known_languages (void);

/* Translates everything from now on into @language, which must be known:
 * sets LANGUAGE, and under the C or POSIX locale, where gettext ignores
 * LANGUAGE, switches to C.UTF-8. */
void                ts_i18n_set_language       (const char *language);

/* Holding the language, in the calling thread: from the first hold to its
 * last release, ts_i18n_get_name_languages() answers what it answered at
 * the hold without reading the environment again, and ts_i18n_pgettext()
 * looks each message up once. For work that translates the same few words
 * thousands of times in one language, such as an export's cells: a gettext
 * call costs one or two microseconds, most where no catalog has the
 * message (in English), and the name languages read four environment
 * variables. Holds nest; release each one. */
void                ts_i18n_hold               (void);
void                ts_i18n_release            (void);
/* g_dpgettext2() in the current text domain, looked up once per hold when
 * held; @context and @msgid must be static strings (a vocabulary's labels). */
const char         *ts_i18n_pgettext           (const char *context,
                                                const char *msgid);

G_END_DECLS
