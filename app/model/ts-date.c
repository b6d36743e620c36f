/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-date.h"
#include "ts-error.h"

G_DEFINE_BOXED_TYPE (TsDate, ts_date, ts_date_copy, ts_date_free)

#define MIN_YEAR 1
#define MAX_YEAR 9999

static gboolean
parse_digits (const char **p,
              guint        n_digits,
              int         *value)
{
  int result = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      char c = (*p)[i];

      if (!g_ascii_isdigit (c))
        return FALSE;
      result = result * 10 + (c - '0');
    }

  *p += n_digits;
  *value = result;
  return TRUE;
}

/* GDate's Julian day (1 for 1 January of year 1), computed as GDate does,
 * without allocating one: sorting compares dates n log n times. 0 (GDate's
 * G_DATE_BAD_JULIAN) for a day that does not exist. */
static guint32
julian_of (int year,
           int month,
           int day)
{
  static const guint16 days_before_month[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
  };
  guint32 years;

  if (!g_date_valid_dmy (day, month, year))
    return 0;

  years = (guint32) year - 1;
  return years * 365 + years / 4 - years / 100 + years / 400
         + days_before_month[g_date_is_leap_year (year)][month] + day;
}

static int
highest_bit (guint64 bits)
{
  return bits != 0 ? 63 - __builtin_clzll (bits) : 0;
}

/* The first and last day of the day, month, year or set of days the date
 * names, whatever its qualifier. */
static void
get_period (const TsDate *date,
            guint32      *first,
            guint32      *last)
{
  switch (date->precision)
    {
    case TS_DATE_PRECISION_YEAR:
      *first = julian_of (date->year, 1, 1);
      *last = julian_of (date->year, 12, 31);
      break;
    case TS_DATE_PRECISION_MONTH:
      *first = julian_of (date->year, date->month, 1);
      *last = *first + g_date_get_days_in_month (date->month, date->year) - 1;
      break;
    case TS_DATE_PRECISION_DAY:
      *first = *last = julian_of (date->year, date->month, date->day);
      break;
    case TS_DATE_PRECISION_DAYS:
      *first = julian_of (date->year, date->month, date->day);
      *last = *first + highest_bit (date->days);
      break;
    case TS_DATE_PRECISION_NONE:
    default:
      *first = *last = 0;
      break;
    }
}

/* Before < none < about < after when the period is the same. */
static int
qualifier_rank (guint8 qualifier)
{
  switch (qualifier)
    {
    case TS_DATE_QUALIFIER_BEFORE:
      return 0;
    case TS_DATE_QUALIFIER_ABOUT:
      return 2;
    case TS_DATE_QUALIFIER_AFTER:
      return 3;
    case TS_DATE_QUALIFIER_NONE:
    default:
      return 1;
    }
}

TsDate *
ts_date_copy (const TsDate *date)
{
  TsDate *copy;

  g_return_val_if_fail (date != NULL, NULL);

  copy = g_new (TsDate, 1);
  *copy = *date;
  return copy;
}

void
ts_date_free (TsDate *date)
{
  g_free (date);
}

gboolean
ts_date_is_set (const TsDate *date)
{
  return date != NULL && date->precision != TS_DATE_PRECISION_NONE;
}

/**
 * ts_date_set_ymd:
 * @month: 1–12, or 0 for a year
 * @day: 1–31, or 0 for a month or a year
 *
 * Sets @date to a day, a month or a year without qualifier. Returns %FALSE
 * and leaves @date alone when that day does not exist.
 */
gboolean
ts_date_set_ymd (TsDate *date,
                 int     year,
                 int     month,
                 int     day)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (year < MIN_YEAR || year > MAX_YEAR || month < 0 || month > 12 || day < 0)
    return FALSE;
  if (month == 0 && day != 0)
    return FALSE;
  if (day != 0 && !g_date_valid_dmy (day, month, year))
    return FALSE;

  date->year = year;
  date->month = month;
  date->day = day;
  date->qualifier = TS_DATE_QUALIFIER_NONE;
  date->reserved = 0;
  date->days = 0;
  if (month == 0)
    date->precision = TS_DATE_PRECISION_YEAR;
  else if (day == 0)
    date->precision = TS_DATE_PRECISION_MONTH;
  else
    date->precision = TS_DATE_PRECISION_DAY;

  return TRUE;
}

gboolean
ts_date_set_days (TsDate        *date,
                  const guint32 *julians,
                  guint          n_julians)
{
  g_autoptr(GDate) first = NULL;
  guint64 days = 0;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (julians != NULL || n_julians == 0, FALSE);

  if (n_julians < 2 || !g_date_valid_julian (julians[0]))
    return FALSE;
  for (guint i = 1; i < n_julians; i++)
    {
      if (julians[i] <= julians[i - 1] || julians[i] - julians[0] > TS_DATE_MAX_SET_SPAN)
        return FALSE;
      days |= G_GUINT64_CONSTANT (1) << (julians[i] - julians[0]);
    }

  first = g_date_new_julian (julians[0]);
  if (g_date_get_year (first) < MIN_YEAR || g_date_get_year (first) > MAX_YEAR
      || julians[n_julians - 1] > julian_of (MAX_YEAR, 12, 31))
    return FALSE;

  ts_date_set_ymd (date, g_date_get_year (first), g_date_get_month (first),
                   g_date_get_day (first));
  date->precision = TS_DATE_PRECISION_DAYS;
  date->days = days | 1;
  return TRUE;
}

static void
set_set_form_error (GError     **error,
                    const char  *text)
{
  g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
               /* Translators: keep the date forms as they are */
               _("“%s” is not a date: write one of several days as "
                 "[2023-09-07,2023-09-08], two or more days in full, in order, "
                 "between brackets and separated by commas"),
               text);
}

/* "[2023-09-07,2023-09-08]": two or more days, ascending, each once, the
 * last within TS_DATE_MAX_SET_SPAN days of the first. */
static gboolean
parse_set (const char  *text,
           TsDate      *date,
           GError     **error)
{
  g_autofree char *inner = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GArray) julians = g_array_new (FALSE, FALSE, sizeof (guint32));
  gsize length = strlen (text);
  guint n_parts;

  if (length < 2 || text[length - 1] != ']')
    {
      set_set_form_error (error, text);
      return FALSE;
    }

  inner = g_strndup (text + 1, length - 2);
  parts = g_strsplit (inner, ",", -1);
  n_parts = g_strv_length (parts);

  for (guint i = 0; i < n_parts; i++)
    {
      TsDate day = TS_DATE_INIT;
      g_autoptr(GError) local_error = NULL;
      guint32 julian;

      if (parts[i][0] == '[' || parts[i][0] == '\0')
        {
          set_set_form_error (error, text);
          return FALSE;
        }
      if (!ts_date_parse (parts[i], &day, &local_error))
        {
          /* An impossible day says which and why ("“2023-02-30” is not a
           * date: February 2023 has 28 days"); a malformed one, the form. */
          if (strlen (parts[i]) == 10 && parts[i][4] == '-' && parts[i][7] == '-'
              && g_ascii_isdigit (parts[i][0]))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          set_set_form_error (error, text);
          return FALSE;
        }
      if (day.precision != TS_DATE_PRECISION_DAY || day.qualifier != TS_DATE_QUALIFIER_NONE)
        {
          set_set_form_error (error, text);
          return FALSE;
        }

      julian = julian_of (day.year, day.month, day.day);
      if (julians->len > 0 && julian <= g_array_index (julians, guint32, julians->len - 1))
        {
          g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       /* Translators: “[2023-09-08,2023-09-07]” is not a date: its days
                        * must be in order, each once (2023-09-07 follows 2023-09-08) */
                       _("“%s” is not a date: its days must be in order, each once "
                         "(%s follows %s)"),
                       text, parts[i], parts[i - 1]);
          return FALSE;
        }
      if (julians->len > 0 && julian - g_array_index (julians, guint32, 0) > TS_DATE_MAX_SET_SPAN)
        {
          g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                       /* Translators: the number is at least 63 */
                       ngettext ("“%s” is not a date: the last day of a set may be at most "
                                 "%d day after its first",
                                 "“%s” is not a date: the last day of a set may be at most "
                                 "%d days after its first", TS_DATE_MAX_SET_SPAN),
                       text, TS_DATE_MAX_SET_SPAN);
          return FALSE;
        }
      g_array_append_val (julians, julian);
    }

  if (julians->len < 2)
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                   /* Translators: keep the date form as it is */
                   _("“%s” is not a date: one of several days needs two or more of them, "
                     "as [2023-09-07,2023-09-08]; write a single day as 2023-09-07"),
                   text);
      return FALSE;
    }

  if (!ts_date_set_days (date, (const guint32 *) (gpointer) julians->data, julians->len))
    {
      set_set_form_error (error, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
ts_date_parse (const char  *text,
               TsDate      *date,
               GError     **error)
{
  const char *p = text;
  TsDateQualifier qualifier = TS_DATE_QUALIFIER_NONE;
  int year = 0;
  int month = 0;
  int day = 0;
  gboolean has_month = FALSE;
  gboolean has_day = FALSE;
  TsDate result = TS_DATE_INIT;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, _("The date is empty"));
      return FALSE;
    }

  if (text[0] == '[')
    {
      if (!parse_set (text, &result, error))
        return FALSE;
      *date = result;
      return TRUE;
    }

  if (g_str_has_prefix (p, ".."))
    {
      qualifier = TS_DATE_QUALIFIER_BEFORE;
      p += 2;
    }

  if (!parse_digits (&p, 4, &year))
    goto bad_form;
  if (*p == '-')
    {
      p++;
      if (!parse_digits (&p, 2, &month))
        goto bad_form;
      has_month = TRUE;
      if (*p == '-')
        {
          p++;
          if (!parse_digits (&p, 2, &day))
            goto bad_form;
          has_day = TRUE;
        }
    }

  if (qualifier == TS_DATE_QUALIFIER_NONE)
    {
      if (g_str_equal (p, "~"))
        {
          qualifier = TS_DATE_QUALIFIER_ABOUT;
          p += 1;
        }
      else if (g_str_equal (p, ".."))
        {
          qualifier = TS_DATE_QUALIFIER_AFTER;
          p += 2;
        }
    }
  if (*p != '\0')
    goto bad_form;

  if (year < MIN_YEAR)
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                   _("“%s” is not a date: there is no year 0"), text);
      return FALSE;
    }
  if (has_month && (month < 1 || month > 12))
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                   _("“%s” is not a date: there is no month %02d"), text, month);
      return FALSE;
    }
  if (has_day && (day < 1 || !g_date_valid_dmy (day, month, year)))
    {
      TsDate in_month = TS_DATE_INIT;
      g_autofree char *month_name = NULL;
      int n_days = g_date_get_days_in_month (month, year);

      ts_date_set_ymd (&in_month, year, month, 0);
      month_name = ts_date_format (&in_month);
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
                   /* Translators: “2023-02-30” is not a date: February 2023 has 28 days */
                   ngettext ("“%s” is not a date: %s has %d day",
                             "“%s” is not a date: %s has %d days", n_days),
                   text, month_name, n_days);
      return FALSE;
    }
  ts_date_set_ymd (&result, year, month, day);
  result.qualifier = qualifier;
  *date = result;
  return TRUE;

bad_form:
  g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA,
               /* Translators: keep the date forms as they are */
               _("“%s” is not a date: write a day as 2023-10-25, a month as 2023-10 "
                 "or a year as 2023, with ~ after it for “about”, .. before it for "
                 "“on or before” or .. after it for “on or after”, or one of several "
                 "days as [2023-09-07,2023-09-08]"),
               text);
  return FALSE;
}

/* "%04d-%02d-%02d" without printf, which a CSV file of every meeting
 * would call for every row. */
static char *
format_day (int year,
            int month,
            int day)
{
  char *text;

  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  text = g_malloc (11);
  text[0] = '0' + year / 1000;
  text[1] = '0' + year / 100 % 10;
  text[2] = '0' + year / 10 % 10;
  text[3] = '0' + year % 10;
  text[4] = '-';
  text[5] = '0' + month / 10;
  text[6] = '0' + month % 10;
  text[7] = '-';
  text[8] = '0' + day / 10;
  text[9] = '0' + day % 10;
  text[10] = '\0';
  return text;
}

char *
ts_date_to_string (const TsDate *date)
{
  g_autofree char *core = NULL;

  if (!ts_date_is_set (date))
    return NULL;

  switch (date->precision)
    {
    case TS_DATE_PRECISION_DAYS:
      {
        g_autoptr(GArray) days = ts_date_get_days (date);
        GString *text = g_string_new ("[");

        for (guint i = 0; i < days->len; i++)
          {
            g_autoptr(GDate) day = g_date_new_julian (g_array_index (days, guint32, i));

            g_string_append_printf (text, "%s%04d-%02d-%02d", i > 0 ? "," : "",
                                    g_date_get_year (day), g_date_get_month (day),
                                    g_date_get_day (day));
          }
        g_string_append_c (text, ']');
        return g_string_free (text, FALSE);
      }
    case TS_DATE_PRECISION_YEAR:
      core = g_strdup_printf ("%04d", date->year);
      break;
    case TS_DATE_PRECISION_MONTH:
      core = g_strdup_printf ("%04d-%02d", date->year, date->month);
      break;
    case TS_DATE_PRECISION_DAY:
    default:
      core = format_day (date->year, date->month, date->day);
      break;
    }

  switch (date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      return g_strconcat (core, "~", NULL);
    case TS_DATE_QUALIFIER_BEFORE:
      return g_strconcat ("..", core, NULL);
    case TS_DATE_QUALIFIER_AFTER:
      return g_strconcat (core, "..", NULL);
    case TS_DATE_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&core);
    }
}

/* Month names come through gettext rather than strftime: under C.UTF-8
 * with LANGUAGE=ru, LC_TIME is English while the rest of the window is
 * Russian, and a date must read in the language of the window. */
static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"),
  NC_("month name", "March"), NC_("month name", "April"),
  NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"),
  NC_("month name", "September"), NC_("month name", "October"),
  NC_("month name", "November"), NC_("month name", "December"),
};

static const char * const abbreviated_month_names[] = {
  NC_("abbreviated month name", "Jan"), NC_("abbreviated month name", "Feb"),
  NC_("abbreviated month name", "Mar"), NC_("abbreviated month name", "Apr"),
  NC_("abbreviated month name", "May"), NC_("abbreviated month name", "Jun"),
  NC_("abbreviated month name", "Jul"), NC_("abbreviated month name", "Aug"),
  NC_("abbreviated month name", "Sep"), NC_("abbreviated month name", "Oct"),
  NC_("abbreviated month name", "Nov"), NC_("abbreviated month name", "Dec"),
};

/* @core ("May 2023") with the date's qualifier: "about May 2023". */
static char *
qualify (const TsDate *date,
         char         *core)
{
  g_autofree char *owned = core;

  switch (date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      /* Translators: an approximate date: "about May 2023" */
      return g_strdup_printf (_("about %s"), owned);
    case TS_DATE_QUALIFIER_BEFORE:
      /* Translators: a date known only as a bound: "before May 2023" */
      return g_strdup_printf (_("before %s"), owned);
    case TS_DATE_QUALIFIER_AFTER:
      /* Translators: a date known only as a bound: "after May 2023" */
      return g_strdup_printf (_("after %s"), owned);
    case TS_DATE_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&owned);
    }
}

/* Joins what the set's days make up so far with its next part: "or"
 * before its last day, a comma elsewhere. */
static char *
join_alternatives (char       *list,
                   const char *next,
                   gboolean    is_last)
{
  g_autofree char *owned = list;

  if (owned == NULL)
    return g_strdup (next);
  if (is_last)
    /* Translators: the last of several days one of which a date is: "7, 8 or 9 Sep
     * 2023"; %1$s is what comes before, %2$s the last day */
    return g_strdup_printf (C_("days of a date", "%1$s or %2$s"), owned, next);
  /* Translators: days one of which a date is, before the last: "7, 8 or 9 Sep 2023" */
  return g_strdup_printf (C_("days of a date", "%1$s, %2$s"), owned, next);
}

/* One of a set of days: "7 or 8 Sep 2023", "30 Sep or 1 Oct 2023",
 * "31 Dec 2023 or 1 Jan 2024": the days of a month together with their
 * month, the months of a year with their year, as the translation of each
 * piece orders them; "or" before the last day, whatever it is joined at. */
static char *
format_set (const TsDate *date)
{
  g_autoptr(GArray) julians = ts_date_get_days (date);
  g_autofree char *years = NULL;
  g_autofree char *months = NULL;
  g_autofree char *days = NULL;
  guint last = julians->len - 1;
  guint month_start = 0;
  guint year_start = 0;

  for (guint i = 0; i < julians->len; i++)
    {
      g_autoptr(GDate) day = g_date_new_julian (g_array_index (julians, guint32, i));
      g_autoptr(GDate) next = i < last
                              ? g_date_new_julian (g_array_index (julians, guint32, i + 1))
                              : NULL;
      gboolean year_ends = next == NULL || g_date_get_year (next) != g_date_get_year (day);
      gboolean month_ends = year_ends || g_date_get_month (next) != g_date_get_month (day);
      g_autofree char *number = g_strdup_printf ("%d", g_date_get_day (day));
      /* Translators: a day of the month among several one of which a date is: "7" in
       * "7 or 8 Sep 2023" */
      g_autofree char *day_text = g_strdup_printf (C_("day of a date", "%s"), number);

      days = join_alternatives (g_steal_pointer (&days), day_text, i == last);
      if (month_ends)
        {
          const char *month_name = abbreviated_month_names[g_date_get_month (day) - 1];
          /* Translators: days of one month, one of which a date is: %1$s the days ("7
           * or 8"), %2$s the abbreviated month name (the "abbreviated month name"
           * strings): "7 or 8 Sep" */
          g_autofree char *month_text = g_strdup_printf (C_("days of a month", "%1$s %2$s"),
                                                         days,
                                                         g_dpgettext2 (NULL,
                                                                       "abbreviated month name",
                                                                       month_name));

          g_clear_pointer (&days, g_free);
          months = join_alternatives (g_steal_pointer (&months), month_text,
                                      month_start == last);
          month_start = i + 1;
        }
      if (year_ends)
        {
          g_autofree char *year = g_strdup_printf ("%d", g_date_get_year (day));
          /* Translators: days of one year, one of which a date is: %1$s the days with
           * their months ("30 Sep or 1 Oct"), %2$s the year: "30 Sep or 1 Oct 2023" */
          g_autofree char *year_text = g_strdup_printf (C_("days of a year", "%1$s %2$s"),
                                                        months, year);

          g_clear_pointer (&months, g_free);
          years = join_alternatives (g_steal_pointer (&years), year_text, year_start == last);
          year_start = i + 1;
        }
    }

  return g_steal_pointer (&years);
}

char *
ts_date_format (const TsDate *date)
{
  g_autofree char *core = NULL;
  g_autofree char *year = NULL;
  g_autofree char *day = NULL;

  if (!ts_date_is_set (date) || !ts_date_is_valid (date))
    return g_strdup ("");

  if (date->precision == TS_DATE_PRECISION_DAYS)
    return format_set (date);

  /* Years and days in ASCII digits, without grouping: "2023". */
  year = g_strdup_printf ("%d", date->year);

  switch (date->precision)
    {
    case TS_DATE_PRECISION_YEAR:
      {
        g_autoptr(GDateTime) dt = g_date_time_new_utc (date->year, 1, 1, 0, 0, 0);

        /* Translators: a year, in g_date_time_format() syntax */
        core = g_date_time_format (dt, C_("date with year precision", "%Y"));
      }
      break;
    case TS_DATE_PRECISION_MONTH:
      /* Translators: a date with month precision: %1$s is the month name as
       * it stands alone (the "month name" strings), %2$s the year ("May 2023") */
      core = g_strdup_printf (C_("date with month precision", "%1$s %2$s"),
                              g_dpgettext2 (NULL, "month name", month_names[date->month - 1]),
                              year);
      break;
    case TS_DATE_PRECISION_DAY:
    default:
      day = g_strdup_printf ("%d", date->day);
      /* Translators: a date with day precision: %1$s is the day of the month,
       * %2$s the abbreviated month name (the "abbreviated month name"
       * strings), %3$s the year ("25 Oct 2023") */
      core = g_strdup_printf (C_("date with day precision", "%1$s %2$s %3$s"), day,
                              g_dpgettext2 (NULL, "abbreviated month name",
                                            abbreviated_month_names[date->month - 1]),
                              year);
      break;
    }

  if (core == NULL)
    return g_strdup ("");

  return qualify (date, g_steal_pointer (&core));
}

/* As a month stands alone, with no day: "Dec 2024". Languages that
 * decline month names after a day ("25 дек. 2023") use the nominative
 * here ("дек. 2023", "май 2023"). */
static const char * const abbreviated_standalone_month_names[] = {
  NC_("abbreviated standalone month name", "Jan"),
  NC_("abbreviated standalone month name", "Feb"),
  NC_("abbreviated standalone month name", "Mar"),
  NC_("abbreviated standalone month name", "Apr"),
  NC_("abbreviated standalone month name", "May"),
  NC_("abbreviated standalone month name", "Jun"),
  NC_("abbreviated standalone month name", "Jul"),
  NC_("abbreviated standalone month name", "Aug"),
  NC_("abbreviated standalone month name", "Sep"),
  NC_("abbreviated standalone month name", "Oct"),
  NC_("abbreviated standalone month name", "Nov"),
  NC_("abbreviated standalone month name", "Dec"),
};

char *
ts_date_format_short (const TsDate *date)
{
  g_autofree char *core = NULL;
  g_autofree char *year = NULL;

  if (!ts_date_is_set (date) || !ts_date_is_valid (date)
      || date->precision != TS_DATE_PRECISION_MONTH)
    return ts_date_format (date);

  year = g_strdup_printf ("%d", date->year);
  core = g_strdup_printf (C_("date with month precision", "%1$s %2$s"),
                          g_dpgettext2 (NULL, "abbreviated standalone month name",
                                        abbreviated_standalone_month_names[date->month - 1]),
                          year);
  return qualify (date, g_steal_pointer (&core));
}

/* Dates sort by the first day of the day, month or year they name; for the
 * same first day, a year before a month before a day (2023 < 2023-01 <
 * 2023-01-01 < 2023-01-02); then "before", plain, "about", "after". */
int
ts_date_compare (const TsDate *a,
                 const TsDate *b)
{
  guint32 a_first, a_last, b_first, b_last;
  int a_rank, b_rank;

  if (!ts_date_is_set (a) || !ts_date_is_set (b))
    return (int) ts_date_is_set (a) - (int) ts_date_is_set (b);

  get_period (a, &a_first, &a_last);
  get_period (b, &b_first, &b_last);
  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;

  a_rank = qualifier_rank (a->qualifier);
  b_rank = qualifier_rank (b->qualifier);
  if (a_rank != b_rank)
    return (a_rank > b_rank) - (a_rank < b_rank);

  /* Sets of days from the same first day: by their last day, then the
   * days between (as bits, the set without a day sorts first). */
  if (a_last != b_last)
    return a_last < b_last ? -1 : 1;
  return (a->days > b->days) - (a->days < b->days);
}

guint64
ts_date_get_sort_key (const TsDate *date)
{
  guint32 first, last;

  if (!ts_date_is_set (date))
    return 0;

  get_period (date, &first, &last);
  return (G_GUINT64_CONSTANT (1) << 63)
         | ((guint64) first << 24)
         | ((guint64) date->precision << 16)
         | ((guint64) qualifier_rank (date->qualifier) << 8)
         | (last - first <= TS_DATE_MAX_SET_SPAN ? last - first : 0);
}

/* "Before" a date may mean any earlier day and "after" any later one;
 * "about" counts as the period itself. */
guint32
ts_date_get_first_julian (const TsDate *date)
{
  guint32 first, last;

  if (!ts_date_is_set (date))
    return 0;

  if (date->qualifier == TS_DATE_QUALIFIER_BEFORE)
    return julian_of (MIN_YEAR, 1, 1);

  get_period (date, &first, &last);
  return first;
}

guint32
ts_date_get_last_julian (const TsDate *date)
{
  guint32 first, last;

  if (!ts_date_is_set (date))
    return 0;

  if (date->qualifier == TS_DATE_QUALIFIER_AFTER)
    return julian_of (MAX_YEAR, 12, 31);

  get_period (date, &first, &last);
  return last;
}

gboolean
ts_date_meets_period (const TsDate *date,
                      guint32       first,
                      guint32       last)
{
  g_autoptr(GArray) days = NULL;

  if (!ts_date_is_set (date))
    return FALSE;

  if (date->precision != TS_DATE_PRECISION_DAYS)
    return ts_date_get_last_julian (date) >= first && ts_date_get_first_julian (date) <= last;

  days = ts_date_get_days (date);
  for (guint i = 0; i < days->len; i++)
    {
      guint32 day = g_array_index (days, guint32, i);

      if (day >= first && day <= last)
        return TRUE;
    }
  return FALSE;
}

GArray *
ts_date_get_days (const TsDate *date)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 first, last;

  if (!ts_date_is_set (date) || !ts_date_is_valid (date))
    return days;

  get_period (date, &first, &last);
  if (date->precision != TS_DATE_PRECISION_DAYS)
    {
      g_array_append_val (days, first);
      return days;
    }

  for (guint i = 0; i <= TS_DATE_MAX_SET_SPAN; i++)
    {
      if ((date->days & (G_GUINT64_CONSTANT (1) << i)) != 0)
        {
          guint32 day = first + i;

          g_array_append_val (days, day);
        }
    }
  return days;
}

gboolean
ts_date_is_valid (const TsDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->qualifier > TS_DATE_QUALIFIER_AFTER || date->reserved != 0)
    return FALSE;
  if ((date->precision == TS_DATE_PRECISION_DAYS) != (date->days != 0))
    return FALSE;

  switch (date->precision)
    {
    case TS_DATE_PRECISION_NONE:
      return TRUE;
    case TS_DATE_PRECISION_YEAR:
      return date->year >= MIN_YEAR && date->year <= MAX_YEAR
             && date->month == 0 && date->day == 0;
    case TS_DATE_PRECISION_MONTH:
      return date->year >= MIN_YEAR && date->year <= MAX_YEAR
             && date->month >= 1 && date->month <= 12 && date->day == 0;
    case TS_DATE_PRECISION_DAY:
      return date->year >= MIN_YEAR && date->year <= MAX_YEAR
             && g_date_valid_dmy (date->day, date->month, date->year);
    case TS_DATE_PRECISION_DAYS:
      /* The first day, one more, none beyond the span or past the last year. */
      return date->year >= MIN_YEAR && date->year <= MAX_YEAR
             && date->qualifier == TS_DATE_QUALIFIER_NONE
             && g_date_valid_dmy (date->day, date->month, date->year)
             && (date->days & 1) != 0 && (date->days & ~G_GUINT64_CONSTANT (1)) != 0
             && julian_of (date->year, date->month, date->day) + highest_bit (date->days)
                <= julian_of (MAX_YEAR, 12, 31);
    default:
      return FALSE;
    }
}
