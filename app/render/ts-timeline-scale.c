/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-scale"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-date.h"
#include "ts-timeline-scale.h"

/* The fewest pixels a step of each unit takes, room for its label: "25
 * Oct" and "Oct 2023" in every language the app has. */
static const double min_step_px[] = {
  [TS_TIMELINE_UNIT_DAY] = 56,
  [TS_TIMELINE_UNIT_WEEK] = 64,
  [TS_TIMELINE_UNIT_MONTH] = 76,
  [TS_TIMELINE_UNIT_QUARTER] = 76,
  [TS_TIMELINE_UNIT_YEAR] = 44,
  [TS_TIMELINE_UNIT_DECADE] = 0,
};

/* The mean length of each unit, in days. */
static const double unit_days[] = {
  [TS_TIMELINE_UNIT_DAY] = 1,
  [TS_TIMELINE_UNIT_WEEK] = 7,
  [TS_TIMELINE_UNIT_MONTH] = 365.2425 / 12,
  [TS_TIMELINE_UNIT_QUARTER] = 365.2425 / 4,
  [TS_TIMELINE_UNIT_YEAR] = 365.2425,
  [TS_TIMELINE_UNIT_DECADE] = 3652.425,
};

/* The same msgids as ts-date.c's: their translations are there already. */
static const char * const abbreviated_month_names[] = {
  NC_("abbreviated month name", "Jan"), NC_("abbreviated month name", "Feb"),
  NC_("abbreviated month name", "Mar"), NC_("abbreviated month name", "Apr"),
  NC_("abbreviated month name", "May"), NC_("abbreviated month name", "Jun"),
  NC_("abbreviated month name", "Jul"), NC_("abbreviated month name", "Aug"),
  NC_("abbreviated month name", "Sep"), NC_("abbreviated month name", "Oct"),
  NC_("abbreviated month name", "Nov"), NC_("abbreviated month name", "Dec"),
};

TsTimelineUnit
ts_timeline_scale_choose_unit (double scale)
{
  for (TsTimelineUnit unit = TS_TIMELINE_UNIT_DAY; unit < TS_TIMELINE_UNIT_DECADE; unit++)
    {
      if (unit_days[unit] / scale >= min_step_px[unit])
        return unit;
    }
  return TS_TIMELINE_UNIT_DECADE;
}

char *
ts_timeline_scale_format (TsTimelineUnit unit,
                          guint32        julian)
{
  g_autoptr(GDate) date = g_date_new_julian (MAX (julian, 1));
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);
  TsDate ts_date = TS_DATE_INIT;

  switch (unit)
    {
    case TS_TIMELINE_UNIT_DAY:
    case TS_TIMELINE_UNIT_WEEK:
      {
        g_autofree char *day = g_strdup_printf ("%d", g_date_get_day (date));

        /* Translators: a day on the timeline's axis, without its year:
         * %1$s is the day of the month, %2$s the abbreviated month name
         * (the "abbreviated month name" strings): "25 Oct" */
        return g_strdup_printf (C_("timeline day", "%1$s %2$s"), day,
                                g_dpgettext2 (NULL, "abbreviated month name",
                                              abbreviated_month_names[month - 1]));
      }
    case TS_TIMELINE_UNIT_MONTH:
      ts_date_set_ymd (&ts_date, year, month, 0);
      return ts_date_format_short (&ts_date);
    case TS_TIMELINE_UNIT_QUARTER:
      /* Translators: a quarter of a year on the timeline's axis: %1$d is
       * the quarter (1–4), %2$d the year: "Q2 2023" */
      return g_strdup_printf (C_("timeline quarter", "Q%1$d %2$d"), (month - 1) / 3 + 1, year);
    case TS_TIMELINE_UNIT_YEAR:
    case TS_TIMELINE_UNIT_DECADE:
    default:
      ts_date_set_ymd (&ts_date, year, 0, 0);
      return ts_date_format (&ts_date);
    }
}

static void
clear_tick (gpointer data)
{
  TsTimelineTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

/* The first day of the step of @unit that contains @date, or of the next
 * one when @next. */
static void
step_start (GDate          *date,
            TsTimelineUnit  unit,
            gboolean        next)
{
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);

  switch (unit)
    {
    case TS_TIMELINE_UNIT_DAY:
      if (next)
        g_date_add_days (date, 1);
      break;
    case TS_TIMELINE_UNIT_WEEK:
      g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
      if (next)
        g_date_add_days (date, 7);
      break;
    case TS_TIMELINE_UNIT_MONTH:
      g_date_set_dmy (date, 1, month, year);
      if (next)
        g_date_add_months (date, 1);
      break;
    case TS_TIMELINE_UNIT_QUARTER:
      g_date_set_dmy (date, 1, (month - 1) / 3 * 3 + 1, year);
      if (next)
        g_date_add_months (date, 3);
      break;
    case TS_TIMELINE_UNIT_YEAR:
      g_date_set_dmy (date, 1, 1, year);
      if (next)
        g_date_add_years (date, 1);
      break;
    case TS_TIMELINE_UNIT_DECADE:
    default:
      g_date_set_dmy (date, 1, 1, MAX (year / 10 * 10, 1));
      if (next)
        g_date_add_years (date, 10);
      break;
    }
}

/* The finer unit whose steps are minor ticks, or -1 when too dense. */
static int
minor_unit (TsTimelineUnit unit,
            double         scale)
{
  static const int finer[] = {
    [TS_TIMELINE_UNIT_DAY] = -1,
    [TS_TIMELINE_UNIT_WEEK] = TS_TIMELINE_UNIT_DAY,
    [TS_TIMELINE_UNIT_MONTH] = TS_TIMELINE_UNIT_WEEK,
    [TS_TIMELINE_UNIT_QUARTER] = TS_TIMELINE_UNIT_MONTH,
    [TS_TIMELINE_UNIT_YEAR] = TS_TIMELINE_UNIT_QUARTER,
    [TS_TIMELINE_UNIT_DECADE] = TS_TIMELINE_UNIT_YEAR,
  };
  int minor = finer[unit];

  if (minor < 0 || unit_days[minor] / scale < 6)
    return -1;
  return minor;
}

static gboolean
is_major (TsTimelineUnit  unit,
          const GDate    *date)
{
  switch (unit)
    {
    case TS_TIMELINE_UNIT_DAY:
    case TS_TIMELINE_UNIT_WEEK:
      return g_date_get_day (date) == 1;
    case TS_TIMELINE_UNIT_MONTH:
    case TS_TIMELINE_UNIT_QUARTER:
      return g_date_get_day (date) == 1 && g_date_get_month (date) == 1;
    case TS_TIMELINE_UNIT_YEAR:
      return g_date_get_year (date) % 10 == 0;
    case TS_TIMELINE_UNIT_DECADE:
    default:
      return g_date_get_year (date) % 100 == 0;
    }
}

GArray *
ts_timeline_scale_get_ticks (double          first,
                             double          end,
                             double          scale,
                             TsTimelineUnit *unit_out)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (TsTimelineTick));
  TsTimelineUnit unit = ts_timeline_scale_choose_unit (scale);
  int minor = minor_unit (unit, scale);
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) month_start = NULL;
  guint32 lo, hi;

  g_array_set_clear_func (ticks, clear_tick);
  if (unit_out != NULL)
    *unit_out = unit;

  lo = (guint32) CLAMP (first - 1, 1, 3652059);
  hi = (guint32) CLAMP (end + 1, 1, 3652059);
  if (hi <= lo)
    return ticks;

  if (minor >= 0)
    {
      date = g_date_new_julian (lo);
      step_start (date, minor, FALSE);
      while (g_date_get_julian (date) <= hi)
        {
          TsTimelineTick tick = { g_date_get_julian (date), TS_TIMELINE_TICK_MINOR, NULL };

          g_array_append_val (ticks, tick);
          step_start (date, minor, TRUE);
          if (g_date_get_year (date) >= 9999)
            break;
        }
    }

  /* At days and weeks a month's beginning stands out as the month, so
   * that the axis says which month and year it shows. */
  if (unit <= TS_TIMELINE_UNIT_WEEK)
    {
      month_start = g_date_new_julian (lo);
      step_start (month_start, TS_TIMELINE_UNIT_MONTH, FALSE);
      while (g_date_get_julian (month_start) <= hi)
        {
          guint32 julian = g_date_get_julian (month_start);
          TsTimelineTick tick = { julian, TS_TIMELINE_TICK_MAJOR,
                                  ts_timeline_scale_format (TS_TIMELINE_UNIT_MONTH, julian) };

          g_array_append_val (ticks, tick);
          step_start (month_start, TS_TIMELINE_UNIT_MONTH, TRUE);
          if (g_date_get_year (month_start) >= 9999)
            break;
        }
    }

  g_clear_pointer (&date, g_date_free);
  date = g_date_new_julian (lo);
  step_start (date, unit, FALSE);
  while (g_date_get_julian (date) <= hi)
    {
      guint32 julian = g_date_get_julian (date);
      gboolean major = is_major (unit, date);
      TsTimelineTick tick = { julian, major ? TS_TIMELINE_TICK_MAJOR : TS_TIMELINE_TICK_UNIT,
                              NULL };

      /* The month's tick already stands there. */
      if (!(unit <= TS_TIMELINE_UNIT_WEEK && g_date_get_day (date) == 1))
        {
          tick.label = ts_timeline_scale_format (unit, julian);
          g_array_append_val (ticks, tick);
        }
      step_start (date, unit, TRUE);
      if (g_date_get_year (date) >= 9999)
        break;
    }

  return ticks;
}
