/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-i18n"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "ts-i18n.h"

/* The name languages derived from one g_get_language_names() list; kept
 * per thread, as GLib keeps that list. */
typedef struct
{
  char   **language_names;  /* a copy of what the codes were derived from */
  gboolean c_locale;
  char   **codes;
} NameLanguages;

static void
name_languages_free (gpointer data)
{
  NameLanguages *cache = data;

  g_strfreev (cache->language_names);
  g_strfreev (cache->codes);
  g_free (cache);
}

static GPrivate name_languages_cache = G_PRIVATE_INIT (name_languages_free);

/* What a thread holds (ts_i18n_hold()). */
typedef struct
{
  guint       depth;
  char      **languages;  /* the name languages at the first hold */
  GHashTable *messages;   /* MessageKey → its translation */
} Hold;

/* A message by the addresses of its static context and text. */
typedef struct
{
  const char *context;
  const char *msgid;
} MessageKey;

static guint
message_key_hash (gconstpointer key)
{
  const MessageKey *k = key;

  return g_direct_hash (k->context) * 31 + g_direct_hash (k->msgid);
}

static gboolean
message_key_equal (gconstpointer a,
                   gconstpointer b)
{
  const MessageKey *x = a;
  const MessageKey *y = b;

  return x->context == y->context && x->msgid == y->msgid;
}

static void
hold_free (gpointer data)
{
  Hold *hold = data;

  g_strfreev (hold->languages);
  g_clear_pointer (&hold->messages, g_hash_table_unref);
  g_free (hold);
}

static GPrivate hold_private = G_PRIVATE_INIT (hold_free);

static Hold *
get_hold (void)
{
  Hold *hold = g_private_get (&hold_private);

  return hold != NULL && hold->depth > 0 ? hold : NULL;
}

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

/* "zh_CN.UTF-8@latin" → "zh": the dataset keys names by ISO 639-1 code
 * alone. */
static char *
dup_language_code (const char *language_name)
{
  size_t length = strcspn (language_name, "_.@");

  return g_ascii_strdown (language_name, length);
}

static char **
derive_codes (const char * const *language_names,
              gboolean            c_locale)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  if (!c_locale)
    {
      for (guint i = 0; language_names[i] != NULL; i++)
        {
          g_autofree char *code = dup_language_code (language_names[i]);

          if (is_c_locale (language_names[i]) || g_str_has_prefix (language_names[i], "C.")
              || *code == '\0')
            {
              g_free (code);
              code = g_strdup ("en");
            }
          if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, g_strdup (code));
          if (g_str_equal (code, "en"))
            break;
        }
    }

  if (codes->len == 0 || !g_str_equal (g_ptr_array_index (codes, codes->len - 1), "en"))
    g_ptr_array_add (codes, g_strdup ("en"));
  g_ptr_array_add (codes, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

const char * const *
ts_i18n_get_name_languages (void)
{
  const char * const *language_names;
  gboolean c_locale;
  NameLanguages *cache;
  Hold *hold = get_hold ();

  if (hold != NULL)
    return (const char * const *) hold->languages;

  language_names = g_get_language_names ();
  c_locale = is_c_locale (setlocale (LC_MESSAGES, NULL));
  cache = g_private_get (&name_languages_cache);

  if (cache != NULL && cache->c_locale == c_locale
      && g_strv_equal ((const char * const *) cache->language_names, language_names))
    return (const char * const *) cache->codes;

  cache = g_new0 (NameLanguages, 1);
  cache->language_names = g_strdupv ((char **) language_names);
  cache->c_locale = c_locale;
  cache->codes = derive_codes (language_names, c_locale);
  g_private_replace (&name_languages_cache, cache);

  return (const char * const *) cache->codes;
}

static const char * const *
get_known_languages (void)
{
  static char **languages = NULL;

  if (g_once_init_enter (&languages))
    {
      /* TS_LINGUAS is po/LINGUAS, read at configure time. */
      g_autofree char *list = g_strconcat ("en ", TS_LINGUAS, NULL);

      g_once_init_leave (&languages, g_strsplit (list, " ", -1));
    }

  return (const char * const *) languages;
}

gboolean
ts_i18n_is_language_known (const char *language)
{
  return language != NULL && *language != '\0'
         && g_strv_contains (get_known_languages (), language);
}

const char *
ts_i18n_get_known_languages (void)
{
  static char *joined = NULL;

  if (g_once_init_enter (&joined))
    g_once_init_leave (&joined, g_strjoinv (", ", (char **) get_known_languages ()));

  return joined;
}

void
ts_i18n_set_language (const char *language)
{
  g_autofree char *messages_locale = NULL;

  g_return_if_fail (ts_i18n_is_language_known (language));

  g_setenv ("LANGUAGE", language, TRUE);

  /* Setting a locale also makes gettext forget the translations it looked
   * up already, in the language before. */
  messages_locale = g_strdup (setlocale (LC_MESSAGES, NULL));
  if (is_c_locale (messages_locale))
    setlocale (LC_ALL, "C.UTF-8");
  else
    setlocale (LC_MESSAGES, messages_locale);
  /* glibc forgets them only when the locale's name changes, though: from
   * ru to zh_CN under C.UTF-8 it kept answering in Russian (country names
   * from iso-codes, already looked up, did). Setting the text domain is
   * the other way to tell it that the catalogs changed. */
  textdomain (textdomain (NULL));
}

void
ts_i18n_hold (void)
{
  Hold *hold = g_private_get (&hold_private);

  if (hold == NULL)
    {
      hold = g_new0 (Hold, 1);
      g_private_set (&hold_private, hold);
    }
  if (hold->depth == 0)
    {
      hold->languages = g_strdupv ((char **) ts_i18n_get_name_languages ());
      hold->messages = g_hash_table_new_full (message_key_hash, message_key_equal, g_free, NULL);
    }
  hold->depth++;
}

void
ts_i18n_release (void)
{
  Hold *hold = get_hold ();

  g_return_if_fail (hold != NULL);

  if (--hold->depth > 0)
    return;
  g_clear_pointer (&hold->languages, g_strfreev);
  g_clear_pointer (&hold->messages, g_hash_table_unref);
}

const char *
ts_i18n_pgettext (const char *context,
                  const char *msgid)
{
  Hold *hold = get_hold ();
  MessageKey key = { context, msgid };
  const char *translation;

  if (hold == NULL)
    return g_dpgettext2 (NULL, context, msgid);

  translation = g_hash_table_lookup (hold->messages, &key);
  if (translation == NULL)
    {
      translation = g_dpgettext2 (NULL, context, msgid);
      g_hash_table_insert (hold->messages, g_memdup2 (&key, sizeof key), (gpointer) translation);
    }
  return translation;
}
