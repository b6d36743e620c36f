/* SPDX-License-Identifier: GPL-3.0-or-later */

/* One name per country per language (ts-country.h): iso-codes' names and
 * translations, Tianshan's own translation for the few countries it names
 * itself (Russian Кыргызстан, not iso-codes' Киргизия), the briefing's
 * language after --language, the shipped dataset's country places named
 * the same way, briefings in another language than the session's, and the
 * app without iso-codes. Run under LANG=C.UTF-8 with
 * LANGUAGE switched, with the translations of this build. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "ts-country.h"
#include "ts-i18n.h"

typedef struct
{
  const char *code;
  const char *name;
} Expected;

static void
assert_names (const char     *language,
              const Expected *expected,
              guint           n_expected)
{
  ts_i18n_set_language (language);
  for (guint i = 0; i < n_expected; i++)
    {
      g_test_message ("%s in %s", expected[i].code, language);
      g_assert_cmpstr (ts_country_get_name (expected[i].code), ==, expected[i].name);
      g_assert_cmpstr (ts_country_lookup_name (expected[i].code), ==, expected[i].name);
    }
}

static void
test_english (void)
{
  static const Expected expected[] = {
    { "KG", "Kyrgyzstan" },
    { "kg", "Kyrgyzstan" },
    { "CN", "China" },
    { "KZ", "Kazakhstan" },
    /* iso-codes' common name, not "Iran, Islamic Republic of". */
    { "IR", "Iran" },
    /* Tianshan's own, not "Russian Federation". */
    { "RU", "Russia" },
    /* A country no list in Tianshan names: from iso-codes. */
    { "DE", "Germany" },
  };

  assert_names ("en", expected, G_N_ELEMENTS (expected));

  g_assert_null (ts_country_lookup_name ("XX"));
  g_assert_cmpstr (ts_country_get_name ("XX"), ==, "XX");
  g_assert_null (ts_country_lookup_name (""));
  g_assert_null (ts_country_lookup_name ("KGZ"));
  g_assert_null (ts_country_get_name (NULL));
}

static void
test_russian (void)
{
  static const Expected expected[] = {
    /* The name the analysts use; iso-codes says "Киргизия". */
    { "KG", "Кыргызстан" },
    { "RU", "Россия" },
    { "CN", "Китай" },
    { "KZ", "Казахстан" },
    { "UZ", "Узбекистан" },
    { "TR", "Турция" },
    { "US", "США" },
    { "DE", "Германия" },
  };

  assert_names ("ru", expected, G_N_ELEMENTS (expected));
}

static void
test_chinese (void)
{
  static const Expected expected[] = {
    /* The PRC's form; iso-codes says 吉尔吉斯坦. */
    { "KG", "吉尔吉斯斯坦" },
    { "MN", "蒙古国" },
    { "CN", "中国" },
    { "KZ", "哈萨克斯坦" },
    { "RU", "俄罗斯" },
    { "DE", "德国" },
  };

  assert_names ("zh_CN", expected, G_N_ELEMENTS (expected));
}

static void
test_kyrgyz (void)
{
  static const Expected expected[] = {
    { "KG", "Кыргызстан" },
    { "RU", "Россия" },
    { "CN", "Кытай" },
    { "KZ", "Казакстан" },
    { "UZ", "Өзбекстан" },
    { "DE", "Германия" },
  };

  assert_names ("ky", expected, G_N_ELEMENTS (expected));
}

/* A briefing written with --language switches the language after names
 * were looked up in another: the names follow. */
static void
test_follows_language (void)
{
  ts_i18n_set_language ("zh_CN");
  g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "哈萨克斯坦");
  ts_i18n_set_language ("ru");
  g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "Казахстан");
  g_assert_cmpstr (ts_country_get_name ("KG"), ==, "Кыргызстан");
  ts_i18n_set_language ("en");
  g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "Kazakhstan");
}

/* Places of kind "country" in the shipped dataset carry the names every
 * list gives their country: a Russian reader sees Кыргызстан as the place
 * and as a person's country, never Киргизия beside it. */
static void
test_dataset_country_places (void)
{
  static const struct {
    const char *key;       /* in "names" */
    const char *language;  /* for ts_i18n_set_language () */
  } languages[] = { { "en", "en" }, { "ru", "ru" }, { "ky", "ky" }, { "zh", "zh_CN" } };
  g_autofree char *path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                            "tianshan.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *records;
  guint n_countries = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  records = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "records");

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      JsonObject *names;
      const char *code;

      if (g_strcmp0 (json_object_get_string_member_with_default (record, "type", ""), "place")
          || g_strcmp0 (json_object_get_string_member_with_default (record, "kind", ""),
                        "country"))
        continue;
      code = json_object_get_string_member_with_default (record, "country", NULL);
      names = json_object_get_object_member (record, "names");
      g_assert_nonnull (code);
      g_assert_nonnull (names);
      n_countries++;

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          const char *name = json_object_get_string_member_with_default (names,
                                                                         languages[l].key,
                                                                         NULL);

          if (name == NULL)
            continue;
          ts_i18n_set_language (languages[l].language);
          g_test_message ("%s, %s", json_object_get_string_member (record, "id"),
                          languages[l].key);
          g_assert_cmpstr (name, ==, ts_country_get_name (code));
        }
    }

  g_assert_cmpuint (n_countries, >=, 5);
}

/* An English session that writes a briefing with --language: the names
 * follow the language. (GLib's g_dgettext () decides at its first call
 * whether to translate at all, which in a fresh English process is never;
 * here g_test_init () has made that call already, in Russian, so
 * test-map-export's --language case is the one that catches it.) */
static void
test_english_session (void)
{
  if (g_test_subprocess ())
    {
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "");
      g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "Kazakhstan");
      ts_i18n_set_language ("ru");
      g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "Казахстан");
      g_assert_cmpstr (ts_country_get_name ("KG"), ==, "Кыргызстан");
      ts_i18n_set_language ("zh_CN");
      g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "哈萨克斯坦");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* In a language Tianshan is not translated into the app is English, and
 * so are the countries, though iso-codes has them in German. */
static void
test_untranslated_language (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "de", TRUE);
      setlocale (LC_ALL, "");
      g_assert_cmpstr (ts_country_get_name ("DE"), ==, "Germany");
      g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "Kazakhstan");
      g_assert_cmpstr (ts_country_get_name ("KG"), ==, "Kyrgyzstan");
      ts_i18n_set_language ("ru");
      g_assert_cmpstr (ts_country_get_name ("DE"), ==, "Германия");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The cells of every sheet of @xlsx (its shared strings), one a line. */
static char *
read_workbook_strings (const char *xlsx)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  const char *argv[] = {
    python, "-c",
    "import re, sys, zipfile, html\n"
    "xml = zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode()\n"
    "for si in re.findall(r'<si>(.*?)</si>', xml, re.S):\n"
    "    print(html.unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', si, re.S))))\n",
    xlsx, NULL,
  };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (python);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* A briefing of the shipped dataset written with --language from an
 * English session names Kyrgyzstan one way, in that language: as the place
 * and wherever it is listed. */
static void
test_briefing (gconstpointer data)
{
  const char * const *expected = data;  /* language, name, a name it must not have */
  g_autofree char *tmp = g_dir_make_tmp ("test-country-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (tmp, "briefing.xlsx", NULL);
  g_autofree char *database = g_build_filename (tmp, "tianshan.db", NULL);
  g_autofree char *tianshan = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "app", "tianshan",
                                                NULL);
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  const char *argv[] = {
    tianshan, "--database", database, "--export", xlsx, "--language", expected[0], NULL,
  };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *strings = NULL;
  g_auto(GStrv) cells = NULL;
  int status = 0;

  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "TIANSHAN_LOCALEDIR", localedir, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmp, TRUE);

  /* A new database starts with the shipped dataset. */
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  strings = read_workbook_strings (xlsx);
  cells = g_strsplit (strings, "\n", -1);
  g_assert_true (g_strv_contains ((const char * const *) cells, expected[1]));
  g_assert_false (g_strv_contains ((const char * const *) cells, expected[2]));
  /* And in the lists of the places an agreement or project is about. */
  {
    guint n_cells = 0;

    for (guint i = 0; cells[i] != NULL; i++)
      n_cells += strstr (cells[i], expected[1]) != NULL;
    g_assert_cmpuint (n_cells, >=, 3);
  }

  for (const char * const *suffix = (const char *[]) { "", "-wal", "-shm", NULL };
       *suffix != NULL; suffix++)
    {
      g_autofree char *path = g_strconcat (database, *suffix, NULL);

      g_remove (path);
    }
  g_remove (xlsx);
  g_rmdir (tmp);
}

/* Without iso-codes the app works on: the countries Tianshan names itself
 * keep their names, the others show their code. */
static void
test_without_iso_codes (void)
{
  if (g_test_subprocess ())
    {
      /* Read once, on first use: this process has not looked yet. */
      g_setenv ("TIANSHAN_ISO_CODES_DIR", "/nonexistent/iso-codes/json", TRUE);
      ts_i18n_set_language ("ru");
      g_assert_cmpstr (ts_country_get_name ("KG"), ==, "Кыргызстан");
      g_assert_cmpstr (ts_country_get_name ("KZ"), ==, "KZ");
      g_assert_null (ts_country_lookup_name ("KZ"));
      ts_i18n_set_language ("en");
      g_assert_cmpstr (ts_country_get_name ("RU"), ==, "Russia");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*iso-codes*");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANGUAGE", "ru", TRUE);
  setlocale (LC_ALL, "");

  localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* GLib decides on its first translation whether to translate at all:
   * let it see one. */
  g_assert_cmpstr (_("Kyrgyzstan"), !=, "Kyrgyzstan");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/country/names/en", test_english);
  g_test_add_func ("/country/names/ru", test_russian);
  g_test_add_func ("/country/names/zh_CN", test_chinese);
  g_test_add_func ("/country/names/ky", test_kyrgyz);
  g_test_add_func ("/country/follows-language", test_follows_language);
  g_test_add_func ("/country/english-session", test_english_session);
  g_test_add_func ("/country/untranslated-language", test_untranslated_language);
  g_test_add_func ("/country/dataset-country-places", test_dataset_country_places);
  g_test_add_func ("/country/without-iso-codes", test_without_iso_codes);
  g_test_add_data_func ("/country/briefing/ru",
                        (const char *[]) { "ru", "Кыргызстан", "Киргизия" }, test_briefing);
  g_test_add_data_func ("/country/briefing/zh_CN",
                        (const char *[]) { "zh_CN", "吉尔吉斯斯坦", "Kyrgyzstan" },
                        test_briefing);

  return g_test_run ();
}
