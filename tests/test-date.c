/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ts-date.h"
#include "ts-error.h"

static TsDate
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_parse (text, &date, &error));
  g_assert_no_error (error);
  return date;
}

static void
assert_date (const TsDate    *date,
             int              year,
             int              month,
             int              day,
             TsDatePrecision  precision,
             TsDateQualifier  qualifier)
{
  g_assert_cmpint (date->year, ==, year);
  g_assert_cmpint (date->month, ==, month);
  g_assert_cmpint (date->day, ==, day);
  g_assert_cmpint (date->precision, ==, precision);
  g_assert_cmpint (date->qualifier, ==, qualifier);
}

/* Every form FORMAT.md lists reads back as what it says. */
static void
test_date_parse_forms (void)
{
  TsDate date;

  date = parse ("2023-10-25");
  assert_date (&date, 2023, 10, 25, TS_DATE_PRECISION_DAY, TS_DATE_QUALIFIER_NONE);
  date = parse ("2023-05");
  assert_date (&date, 2023, 5, 0, TS_DATE_PRECISION_MONTH, TS_DATE_QUALIFIER_NONE);
  date = parse ("2023");
  assert_date (&date, 2023, 0, 0, TS_DATE_PRECISION_YEAR, TS_DATE_QUALIFIER_NONE);
  date = parse ("2023-05~");
  assert_date (&date, 2023, 5, 0, TS_DATE_PRECISION_MONTH, TS_DATE_QUALIFIER_ABOUT);
  date = parse ("..2023-05");
  assert_date (&date, 2023, 5, 0, TS_DATE_PRECISION_MONTH, TS_DATE_QUALIFIER_BEFORE);
  date = parse ("2023-05..");
  assert_date (&date, 2023, 5, 0, TS_DATE_PRECISION_MONTH, TS_DATE_QUALIFIER_AFTER);
  date = parse ("2024-02-29");
  assert_date (&date, 2024, 2, 29, TS_DATE_PRECISION_DAY, TS_DATE_QUALIFIER_NONE);
}

static void
assert_refused (const char *text,
                const char *detail)
{
  g_autoptr(GError) error = NULL;
  TsDate date = TS_DATE_INIT;

  g_test_message ("refusing “%s”", text);
  g_assert_false (ts_date_parse (text, &date, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_assert_false (ts_date_is_set (&date));
  if (text[0] != '\0')
    g_assert_nonnull (strstr (error->message, text));
  if (detail != NULL)
    g_assert_nonnull (strstr (error->message, detail));
}

/* Impossible days and malformed text are refused, saying why. */
static void
test_date_parse_refuses (void)
{
  assert_refused ("2023-02-30", "February 2023 has 28 days");
  assert_refused ("2023-02-29", "February 2023 has 28 days");
  assert_refused ("2023-04-31", "April 2023 has 30 days");
  assert_refused ("2023-13", "no month 13");
  assert_refused ("2023-00", "no month 00");
  assert_refused ("0000", "no year 0");
  assert_refused ("", NULL);
  assert_refused ("23", "2023-10-25");
  assert_refused ("2023-5", NULL);
  assert_refused ("2023-05-1", NULL);
  assert_refused ("2023/05/01", NULL);
  assert_refused ("..2023..", NULL);
  assert_refused ("2023~~", NULL);
  assert_refused (" 2023", NULL);
  assert_refused ("May 2023", NULL);
}

/* The interchange form survives a round trip unchanged. */
static void
test_date_to_string (void)
{
  const char *forms[] = {
    "2023-10-25", "2023-05", "2023", "2023-05~", "..2023-05", "2023-05..", "0900", "..2023",
  };
  TsDate unset = TS_DATE_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      TsDate date = parse (forms[i]);
      g_autofree char *text = ts_date_to_string (&date);

      g_assert_cmpstr (text, ==, forms[i]);
    }

  g_assert_null (ts_date_to_string (&unset));
}

static char *
format (const char *text)
{
  TsDate date = parse (text);

  return ts_date_format (&date);
}

/* Where room is short (a briefing's cover): months abbreviated. */
static void
test_date_format_short (void)
{
  struct
  {
    const char *text;
    const char *display;
  } cases[] = {
    { "2025-02-05", "5 Feb 2025" },
    { "2024-12", "Dec 2024" },
    { "..2023-10-25", "before 25 Oct 2023" },
    { "2023-05~", "about May 2023" },
    { "2022-09..", "after Sep 2022" },
    { "2023", "2023" },
  };
  TsDate unset = TS_DATE_INIT;
  g_autofree char *empty = ts_date_format_short (&unset);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TsDate date = parse (cases[i].text);
      g_autofree char *display = ts_date_format_short (&date);

      g_assert_cmpstr (display, ==, cases[i].display);
    }
  g_assert_cmpstr (empty, ==, "");
}

/* What people read: never a day the source did not give. */
static void
test_date_format (void)
{
  struct
  {
    const char *text;
    const char *display;
  } cases[] = {
    { "2023-10-25", "25 Oct 2023" },
    { "2023-10-05", "5 Oct 2023" },
    { "2023-05", "May 2023" },
    { "2023", "2023" },
    { "2023-05~", "about May 2023" },
    { "..2023", "before 2023" },
    { "2023-05-02..", "after 2 May 2023" },
  };
  TsDate unset = TS_DATE_INIT;
  g_autofree char *empty = ts_date_format (&unset);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *display = format (cases[i].text);

      g_assert_cmpstr (display, ==, cases[i].display);
    }

  g_assert_cmpstr (empty, ==, "");
}

/* A year sorts before its first month, a month before its first day, a
 * month before the days in it; unset first. */
static void
test_date_compare_order (void)
{
  const char *ordered[] = {
    "..2023", "2023", "2023~", "2023..", "2023-01", "2023-01-01", "2023-01-02", "2023-05",
    "2023-05-01", "2023-05-02", "2023-05-31", "2023-06", "2024",
  };
  TsDate unset = TS_DATE_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      TsDate a = parse (ordered[i]);

      g_assert_cmpint (ts_date_compare (&a, &a), ==, 0);
      g_assert_cmpint (ts_date_compare (&unset, &a), <, 0);
      g_assert_cmpint (ts_date_compare (&a, &unset), >, 0);

      for (guint j = i + 1; j < G_N_ELEMENTS (ordered); j++)
        {
          TsDate b = parse (ordered[j]);

          g_test_message ("%s < %s", ordered[i], ordered[j]);
          g_assert_cmpint (ts_date_compare (&a, &b), <, 0);
          g_assert_cmpint (ts_date_compare (&b, &a), >, 0);
        }
    }

  g_assert_cmpint (ts_date_compare (&unset, &unset), ==, 0);
}

static guint32
julian (int year,
        int month,
        int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

/* The days a date can mean: a whole month, a whole year, any day before. */
static void
test_date_julian_range (void)
{
  TsDate date;
  TsDate unset = TS_DATE_INIT;

  date = parse ("2023-02");
  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 2, 1));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 2, 28));

  date = parse ("2024-02");
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2024, 2, 29));

  date = parse ("2023");
  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 1, 1));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 12, 31));

  date = parse ("2023-10-25");
  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 10, 25));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 10, 25));

  date = parse ("..2023-05");
  g_assert_cmpuint (ts_date_get_first_julian (&date), <, julian (1900, 1, 1));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 5, 31));

  date = parse ("2023-05..");
  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 5, 1));
  g_assert_cmpuint (ts_date_get_last_julian (&date), >, julian (2100, 1, 1));

  date = parse ("2023-05~");
  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 5, 1));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 5, 31));

  g_assert_cmpuint (ts_date_get_first_julian (&unset), ==, 0);
  g_assert_cmpuint (ts_date_get_last_julian (&unset), ==, 0);
}

/* The Julian days are GDate's (computed without one): every day of the
 * years around the leap-year rules' edges, the first year and the last, and
 * the text of each day. */
static void
test_date_julian_days (void)
{
  static const int years[] = { 1, 2, 4, 99, 100, 400, 1600, 1700, 1899, 1900, 2000, 2023,
                               2024, 2100, 9996, 9999 };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (int month = 1; month <= 12; month++)
      for (int day = 1; day <= g_date_get_days_in_month (month, years[y]); day++)
        {
          TsDate date = TS_DATE_INIT;
          g_autofree char *expected = g_strdup_printf ("%04d-%02d-%02d", years[y], month, day);
          g_autofree char *text = NULL;

          g_assert_true (ts_date_set_ymd (&date, years[y], month, day));
          g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (years[y], month, day));
          g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (years[y], month, day));
          text = ts_date_to_string (&date);
          g_assert_cmpstr (text, ==, expected);
        }
}

static void
test_date_set_ymd (void)
{
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_set_ymd (&date, 2023, 5, 0));
  assert_date (&date, 2023, 5, 0, TS_DATE_PRECISION_MONTH, TS_DATE_QUALIFIER_NONE);
  g_assert_true (ts_date_is_valid (&date));

  g_assert_true (ts_date_set_ymd (&date, 2023, 0, 0));
  assert_date (&date, 2023, 0, 0, TS_DATE_PRECISION_YEAR, TS_DATE_QUALIFIER_NONE);

  /* Refused days leave the date as it was. */
  g_assert_false (ts_date_set_ymd (&date, 2023, 2, 30));
  g_assert_false (ts_date_set_ymd (&date, 2023, 13, 1));
  g_assert_false (ts_date_set_ymd (&date, 2023, 0, 5));
  g_assert_false (ts_date_set_ymd (&date, 0, 1, 1));
  assert_date (&date, 2023, 0, 0, TS_DATE_PRECISION_YEAR, TS_DATE_QUALIFIER_NONE);

  date.day = 12;
  g_assert_false (ts_date_is_valid (&date));
}

static void
test_date_boxed (void)
{
  TsDate date = parse ("2023-05~");
  g_autoptr(TsDate) copy = ts_date_copy (&date);
  GValue value = G_VALUE_INIT;
  const TsDate *held;

  g_assert_cmpint (ts_date_compare (&date, copy), ==, 0);
  g_assert_true (G_TYPE_IS_BOXED (TS_TYPE_DATE));

  g_value_init (&value, TS_TYPE_DATE);
  g_value_set_boxed (&value, &date);
  held = g_value_get_boxed (&value);
  g_assert_true (held != &date);
  g_assert_cmpint (held->qualifier, ==, TS_DATE_QUALIFIER_ABOUT);
  g_value_unset (&value);
}

/* One of a set of days: read as its first day with the others, written
 * back byte for byte. */
static void
test_date_set_parse (void)
{
  const char *forms[] = {
    "[2023-09-07,2023-09-08]", "[2023-09-30,2023-10-01]", "[2023-09-07,2023-09-08,2023-09-09]",
    "[2023-12-31,2024-01-01]", "[2023-09-01,2023-11-03]", "[2024-02-28,2024-02-29,2024-03-01]",
  };
  TsDate date = parse ("[2023-09-07,2023-09-09]");

  assert_date (&date, 2023, 9, 7, TS_DATE_PRECISION_DAYS, TS_DATE_QUALIFIER_NONE);
  g_assert_cmphex (date.days, ==, 0x5);
  g_assert_true (ts_date_is_valid (&date));

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      TsDate set = parse (forms[i]);
      g_autofree char *text = ts_date_to_string (&set);

      g_assert_true (ts_date_is_valid (&set));
      g_assert_cmpstr (text, ==, forms[i]);
    }
}

/* Anything else between brackets is refused, saying what a set is. */
static void
test_date_set_refuses (void)
{
  const char *form = "[2023-09-07,2023-09-08]";

  assert_refused ("[2023-09-07]", "two or more");
  assert_refused ("[]", form);
  assert_refused ("[2023-09-08,2023-09-07]", "in order, each once (2023-09-07 follows 2023-09-08)");
  assert_refused ("[2023-09-07,2023-09-07]", "in order, each once");
  assert_refused ("[2023-09,2023-10]", form);
  assert_refused ("[2023,2024]", form);
  assert_refused ("[2023-09-07~,2023-09-08]", form);
  assert_refused ("[2023-09-07, 2023-09-08]", form);
  assert_refused ("[2023-09-07,2023-09-08", form);
  assert_refused ("[2023-09-07,2023-09-08]~", form);
  assert_refused ("..[2023-09-07,2023-09-08]", NULL);
  assert_refused ("[2023-09-07,,2023-09-08]", form);
  assert_refused ("[[2023-09-07,2023-09-08]]", form);
  assert_refused ("[2023-09-01,2023-11-04]", "at most 63 days after its first");

  /* An impossible day in the set is named with the reason. */
  {
    g_autoptr(GError) error = NULL;
    TsDate date = TS_DATE_INIT;

    g_assert_false (ts_date_parse ("[2023-02-28,2023-02-30]", &date, &error));
    g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
    g_assert_nonnull (strstr (error->message, "“2023-02-30” is not a date: February 2023 has 28 days"));
  }
}

static void
test_date_set_format (void)
{
  struct
  {
    const char *text;
    const char *display;
  } cases[] = {
    { "[2023-09-07,2023-09-08]", "7 or 8 Sep 2023" },
    { "[2023-09-30,2023-10-01]", "30 Sep or 1 Oct 2023" },
    { "[2023-09-07,2023-09-08,2023-09-09]", "7, 8 or 9 Sep 2023" },
    { "[2023-09-29,2023-09-30,2023-10-01]", "29, 30 Sep or 1 Oct 2023" },
    { "[2023-09-30,2023-10-01,2023-10-02]", "30 Sep, 1 or 2 Oct 2023" },
    { "[2023-12-31,2024-01-01]", "31 Dec 2023 or 1 Jan 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TsDate date = parse (cases[i].text);
      g_autofree char *display = ts_date_format (&date);
      g_autofree char *display_short = ts_date_format_short (&date);

      g_assert_cmpstr (display, ==, cases[i].display);
      g_assert_cmpstr (display_short, ==, cases[i].display);
    }
}

/* In Russian, with this build's translations, as the window shows it
 * under LANGUAGE=ru: the month declined after its days, "или" before the
 * last day. */
static void
test_date_set_format_russian (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "ru", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);
  struct
  {
    const char *text;
    const char *display;
  } cases[] = {
    { "[2023-09-07,2023-09-08]", "7 или 8 сент. 2023" },
    { "[2023-09-30,2023-10-01]", "30 сент. или 1 окт. 2023" },
    { "[2023-09-07,2023-09-08,2023-09-09]", "7, 8 или 9 сент. 2023" },
    { "[2023-12-31,2024-01-01]", "31 дек. 2023 или 1 янв. 2024" },
  };

  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("LANGUAGE", "ru", TRUE);
  setlocale (LC_ALL, "");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TsDate date = parse (cases[i].text);
      g_autofree char *display = ts_date_format (&date);

      g_assert_cmpstr (display, ==, cases[i].display);
    }

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}

/* A set sorts at its first day, after that day alone and before the
 * next; among sets from the same day, the one ending first. */
static void
test_date_set_order (void)
{
  const char *ordered[] = {
    "2023-09", "2023-09-07", "[2023-09-07,2023-09-08]", "[2023-09-07,2023-09-09]",
    "[2023-09-07,2023-09-08,2023-09-09]", "[2023-09-07,2023-09-10]", "2023-09-08",
    "[2023-09-08,2023-09-09]", "2023-10",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      TsDate a = parse (ordered[i]);

      g_assert_cmpint (ts_date_compare (&a, &a), ==, 0);
      for (guint j = i + 1; j < G_N_ELEMENTS (ordered); j++)
        {
          TsDate b = parse (ordered[j]);

          g_test_message ("%s < %s", ordered[i], ordered[j]);
          g_assert_cmpint (ts_date_compare (&a, &b), <, 0);
          g_assert_cmpint (ts_date_compare (&b, &a), >, 0);
          g_assert_cmpuint (ts_date_get_sort_key (&a), <=, ts_date_get_sort_key (&b));
        }
    }
}

/* Its first and last day bound it; a period meets it only on one of its
 * days. */
static void
test_date_set_period (void)
{
  TsDate date = parse ("[2023-09-07,2023-09-09]");
  TsDate month = parse ("2023-09");
  g_autoptr(GArray) days = ts_date_get_days (&date);

  g_assert_cmpuint (ts_date_get_first_julian (&date), ==, julian (2023, 9, 7));
  g_assert_cmpuint (ts_date_get_last_julian (&date), ==, julian (2023, 9, 9));
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (g_array_index (days, guint32, 0), ==, julian (2023, 9, 7));
  g_assert_cmpuint (g_array_index (days, guint32, 1), ==, julian (2023, 9, 9));

  g_assert_true (ts_date_meets_period (&date, julian (2023, 9, 7), julian (2023, 9, 7)));
  g_assert_true (ts_date_meets_period (&date, julian (2023, 9, 9), julian (2023, 12, 31)));
  g_assert_true (ts_date_meets_period (&date, julian (2023, 1, 1), julian (2023, 9, 7)));
  g_assert_false (ts_date_meets_period (&date, julian (2023, 9, 8), julian (2023, 9, 8)));
  g_assert_false (ts_date_meets_period (&date, julian (2023, 9, 10), julian (2023, 9, 30)));
  g_assert_false (ts_date_meets_period (&date, julian (2023, 1, 1), julian (2023, 9, 6)));

  /* Other dates meet a period their own overlaps. */
  g_assert_true (ts_date_meets_period (&month, julian (2023, 9, 8), julian (2023, 9, 8)));
  g_assert_false (ts_date_meets_period (&month, julian (2023, 10, 1), julian (2023, 10, 8)));
}

/* Set from days, as the editor or a program would; refused when they are
 * out of order, alone or too far apart. */
static void
test_date_set_days (void)
{
  guint32 good[] = { julian (2023, 9, 7), julian (2023, 9, 8) };
  guint32 reversed[] = { julian (2023, 9, 8), julian (2023, 9, 7) };
  guint32 far[] = { julian (2023, 9, 1), julian (2023, 11, 4) };
  TsDate date = TS_DATE_INIT;
  g_autofree char *text = NULL;

  g_assert_false (ts_date_set_days (&date, good, 1));
  g_assert_false (ts_date_set_days (&date, reversed, 2));
  g_assert_false (ts_date_set_days (&date, far, 2));
  g_assert_false (ts_date_is_set (&date));
  g_assert_true (ts_date_set_days (&date, good, 2));
  text = ts_date_to_string (&date);
  g_assert_cmpstr (text, ==, "[2023-09-07,2023-09-08]");

  /* A day set after it is a day again. */
  g_assert_true (ts_date_set_ymd (&date, 2023, 9, 7));
  g_assert_cmpint (date.precision, ==, TS_DATE_PRECISION_DAY);
  g_assert_cmphex (date.days, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/forms", test_date_parse_forms);
  g_test_add_func ("/date/parse/refuses", test_date_parse_refuses);
  g_test_add_func ("/date/to-string", test_date_to_string);
  g_test_add_func ("/date/format", test_date_format);
  g_test_add_func ("/date/format-short", test_date_format_short);
  g_test_add_func ("/date/compare/order", test_date_compare_order);
  g_test_add_func ("/date/julian-range", test_date_julian_range);
  g_test_add_func ("/date/julian-days", test_date_julian_days);
  g_test_add_func ("/date/set-ymd", test_date_set_ymd);
  g_test_add_func ("/date/boxed", test_date_boxed);
  g_test_add_func ("/date/set/parse", test_date_set_parse);
  g_test_add_func ("/date/set/refuses", test_date_set_refuses);
  g_test_add_func ("/date/set/format", test_date_set_format);
  g_test_add_func ("/date/set/format-ru", test_date_set_format_russian);
  g_test_add_func ("/date/set/order", test_date_set_order);
  g_test_add_func ("/date/set/period", test_date_set_period);
  g_test_add_func ("/date/set/days", test_date_set_days);

  return g_test_run ();
}
