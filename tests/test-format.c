/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Values as people read them: moments with their zone, languages by name,
 * quantities grouped and scaled with their unit, and numbers for editors
 * that read back exactly. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ts-format.h"
#include "ts-i18n.h"

/* Sets LC_NUMERIC for the rest of the test (each runs in its own
 * subprocess); skips when the machine lacks the locale (`make check`
 * installs locales-all). */
static gboolean
use_numeric_locale (const char *locale)
{
  if (setlocale (LC_NUMERIC, locale) != NULL)
    return TRUE;

  g_test_skip_printf ("the locale %s is not installed (Debian: locales-all)", locale);
  return FALSE;
}

static void
assert_quantity (double      value,
                 const char *unit,
                 const char *expected)
{
  g_autofree char *text = ts_format_quantity (value, unit);

  g_assert_cmpstr (text, ==, expected);
}

/* The trade figure read "22710000000": now in billions, with its unit. */
static void
test_quantity_scaled (void)
{
  assert_quantity (22710000000, "USD", "22.71 billion USD");
  assert_quantity (22700000000, "USD", "22.7 billion USD");
  assert_quantity (1500000, "tonnes", "1.5 million tonnes");
  assert_quantity (2e12, "USD", "2 trillion USD");
  assert_quantity (-2500000000, NULL, "-2.5 billion");
  /* Rounded as shown, never "1000 million". */
  assert_quantity (999999999, "USD", "1 billion USD");
  /* Below a million, every digit. */
  assert_quantity (999999, NULL, "999999");
  assert_quantity (0.25, "USD", "0.25 USD");
  assert_quantity (1200, "", "1200");
  assert_quantity (NAN, "USD", NULL);
}

static void
test_quantity_grouped_en (void)
{
  if (!use_numeric_locale ("en_US.UTF-8"))
    return;

  assert_quantity (1200, "tonnes", "1,200 tonnes");
  assert_quantity (22710000000, "USD", "22.71 billion USD");
  assert_quantity (1234567e9, "USD", "1,234.57 trillion USD");
  setlocale (LC_NUMERIC, "");
}

/* Russian groups with a narrow no-break space and writes a decimal comma. */
static void
test_quantity_grouped_ru (void)
{
  if (!use_numeric_locale ("ru_RU.UTF-8"))
    return;

  assert_quantity (1200, "t", "1\u202f200 t");
  assert_quantity (22710000000, "USD", "22,71 billion USD");
  assert_quantity (22000000000, "USD", "22 billion USD");
  setlocale (LC_NUMERIC, "");
}

static void
assert_exact (double      value,
              const char *expected)
{
  g_autofree char *text = ts_format_double_exact (value);

  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_ascii_strtod (text, NULL) == value);
}

/* Beijing's latitude is 39.9042 for the analyst, not 39.904200000000003;
 * a number that needs all 17 digits keeps them. */
static void
test_double_exact (void)
{
  assert_exact (39.9042, "39.9042");
  assert_exact (116.4074, "116.4074");
  assert_exact (-0.5, "-0.5");
  assert_exact (0.1 + 0.2, "0.30000000000000004");
  assert_exact (22710000000, "22710000000");

  /* Whatever the locale's decimal mark. */
  if (use_numeric_locale ("ru_RU.UTF-8"))
    assert_exact (39.9042, "39.9042");
  setlocale (LC_NUMERIC, "");
}

static void
assert_date_time (const char *zone_identifier,
                  gint32      offset,
                  const char *expected)
{
  g_autoptr(GTimeZone) zone = zone_identifier != NULL
                              ? g_time_zone_new_identifier (zone_identifier)
                              : g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (zone);
  time = g_date_time_new (zone, 2026, 11, 23, 14, 5, 30);
  text = ts_format_date_time (time);
  g_assert_cmpstr (text, ==, expected);
}

/* "Last changed" read "11/23/26 00:00:00": the date as every date of the
 * app, the time, and where that time is. */
static void
test_date_time (void)
{
  assert_date_time ("UTC", 0, "23 Nov 2026, 14:05 UTC");
  /* tzdata calls Bishkek's zone "+06". */
  assert_date_time ("Asia/Bishkek", 0, "23 Nov 2026, 14:05 UTC+6");
  assert_date_time ("Europe/Berlin", 0, "23 Nov 2026, 14:05 CET");
  assert_date_time (NULL, 5 * 3600 + 30 * 60, "23 Nov 2026, 14:05 UTC+5:30");
  assert_date_time (NULL, -3 * 3600, "23 Nov 2026, 14:05 UTC-3");
  g_assert_null (ts_format_date_time (NULL));
}

static void
assert_language (const char *code,
                 const char *expected)
{
  g_autofree char *text = ts_format_language (code);

  g_assert_cmpstr (text, ==, expected);
}

/* A source's language read "en". */
static void
test_language (void)
{
  assert_language ("en", "English");
  assert_language ("ru", "Russian");
  assert_language ("zh", "Chinese");
  assert_language ("ky", "Kyrgyz");
  assert_language ("uz", "Uzbek");
  /* ISO 639-3, for a language without a two-letter code. */
  assert_language ("dng", "Dungan");
  assert_language ("kaz", "Kazakh");
  assert_language ("EN", "English");
  /* An unknown code is shown as it is, not hidden. */
  assert_language ("qq", "qq");
  assert_language ("", NULL);
  assert_language (NULL, NULL);
}

/* iso-codes' list written otherwise than iso-codes writes it (one line,
 * no spaces): the names are found all the same, by parsing it whole. */
static void
test_language_any_layout (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("tianshan-iso-XXXXXX", &error);
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      path = g_build_filename (dir, "iso_639-3.json", NULL);
      g_file_set_contents (path,
                           "{\"639-3\":[{\"alpha_3\":\"dng\",\"name\":\"Dungan\"},"
                           "{\"alpha_2\":\"en\",\"alpha_3\":\"eng\",\"name\":\"English\"}]}",
                           -1, &error);
      g_assert_no_error (error);
      g_setenv ("TIANSHAN_ISO_CODES_DIR", dir, TRUE);

      assert_language ("dng", "Dungan");
      assert_language ("en", "English");
      assert_language ("eng", "English");
      assert_language ("ru", "ru");
      g_remove (path);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* In a Russian UI, through iso-codes' translations. */
static void
test_language_translated (void)
{
  ts_i18n_set_language ("ru");

  assert_language ("en", "английский");
  assert_language ("zh", "китайский");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* Languages are named in the languages Tianshan itself is translated
   * into: its catalog, from the build. */
  localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/format/quantity/scaled", test_quantity_scaled);
  g_test_add_func ("/format/quantity/grouped-en", test_quantity_grouped_en);
  g_test_add_func ("/format/quantity/grouped-ru", test_quantity_grouped_ru);
  g_test_add_func ("/format/double-exact", test_double_exact);
  g_test_add_func ("/format/date-time", test_date_time);
  g_test_add_func ("/format/language", test_language);
  g_test_add_func ("/format/language/any-layout", test_language_any_layout);
  /* Last: it switches the language of the process. */
  g_test_add_func ("/format/language/translated", test_language_translated);

  return g_test_run ();
}
