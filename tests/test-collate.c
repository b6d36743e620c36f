/* SPDX-License-Identifier: GPL-3.0-or-later */

/* ts_collate_key(): the sort keys of the exports' titles are GLib's
 * g_utf8_collate_key(), byte for byte, in every locale installed, and sort
 * ASCII and other titles together as g_utf8_collate() does. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-collate.h"

/* Where ASCII collation differs from byte order: case, punctuation and
 * spaces ignored at first, digits, controls, and a text longer than the
 * key's buffers on the stack. */
static const char *ascii_texts[] = {
  "", "a", "A", "b", "B", "ab", "aB", "Ab", "a b", "a-b", "a_b", "ab-", "-ab", "a.b", "a,b",
  "Talks number 10", "Talks number 9", "Talks number 10500", "talks number 10", "10", "9",
  "09", "1 0", "~", "!", "'a", "\"a\"", "(a)", "[a]", "a\tb", "a\nb", "\x01", "\x7f", "x\x01y",
  "Z", "z", "zz", "Zz", "co-op", "coop", "co op", "Coop", "@", "=1+1", "a  b", " a", "a ",
  NULL,
};

static const char *other_texts[] = {
  "Éclair", "eclair", "Eclair", "éclair", "e\xcc\x81" "clair", "Ёлка", "елка", "Елка", "Zebra",
  "Ångström", "Angstrom", "Ｔａｌｋｓ", "Talks", "ﬁle", "file", "中国", "Zhong", "Москва",
  "Moskva", "Straße", "Strasse", "ŝ", "s", "Ǆ", "DŽ", "ı", "i", "İ", "½", "1/2",
  NULL,
};

static const char *locales[] = {
  "C", "C.UTF-8", "en_US.UTF-8", "en_GB.UTF-8", "de_DE.UTF-8", "sv_SE.UTF-8", "ru_RU.UTF-8",
  "ky_KG.UTF-8", "zh_CN.UTF-8", "tr_TR.UTF-8", "cs_CZ.UTF-8",
};

static char *
long_text (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 90; i++)
    g_string_append_printf (text, "Talk %u, ", i);
  return g_string_free (text, FALSE);
}

static int
sign (int value)
{
  return value < 0 ? -1 : value > 0;
}

static void
check_locale (const char *locale)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ascii_texts[i] != NULL; i++)
    g_ptr_array_add (texts, g_strdup (ascii_texts[i]));
  g_ptr_array_add (texts, long_text ());
  for (guint i = 0; other_texts[i] != NULL; i++)
    g_ptr_array_add (texts, g_strdup (other_texts[i]));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *expected = g_utf8_collate_key (texts->pdata[i], -1);
      char *key = ts_collate_key (texts->pdata[i]);

      if (strcmp (key, expected) != 0)
        g_error ("In %s, the key of “%s” differs from g_utf8_collate_key()'s", locale,
                 (const char *) texts->pdata[i]);
      g_ptr_array_add (keys, key);
    }

  /* Mixed in one sort, as the exports sort titles. */
  for (guint i = 0; i < texts->len; i++)
    for (guint j = 0; j < texts->len; j++)
      {
        int by_keys = sign (strcmp (keys->pdata[i], keys->pdata[j]));
        int collated = sign (g_utf8_collate (texts->pdata[i], texts->pdata[j]));

        if (by_keys != collated)
          g_error ("In %s, the keys order “%s” and “%s” %d, g_utf8_collate() %d", locale,
                   (const char *) texts->pdata[i], (const char *) texts->pdata[j], by_keys,
                   collated);
      }
}

static void
test_collate_matches_glib (void)
{
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_ALL, locales[i]) == NULL)
        {
          g_test_message ("locale %s is not installed", locales[i]);
          continue;
        }
      check_locale (locales[i]);
      n_checked++;
    }
  setlocale (LC_ALL, "C.UTF-8");
  /* C and C.UTF-8 at least, which every glibc has. */
  g_assert_cmpuint (n_checked, >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/collate/matches-glib", test_collate_matches_glib);
  return g_test_run ();
}
