/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A date as sources give it: a day, a month or only a year, possibly
 * "about", "before" or "after" it, or one of a set of days. The text form
 * is the one data/dataset/FORMAT.md documents ("2023-05", "2023-05~",
 * "..2023", "[2023-09-07,2023-09-08]"). */

typedef enum
{
  TS_DATE_PRECISION_NONE,  /* no date */
  TS_DATE_PRECISION_YEAR,
  TS_DATE_PRECISION_MONTH,
  TS_DATE_PRECISION_DAY,
  TS_DATE_PRECISION_DAYS,  /* one of a set of days, never qualified */
} TsDatePrecision;

/* The last day of a set lies at most this many days after its first. */
#define TS_DATE_MAX_SET_SPAN 63

typedef enum
{
  TS_DATE_QUALIFIER_NONE,
  TS_DATE_QUALIFIER_ABOUT,
  TS_DATE_QUALIFIER_BEFORE,
  TS_DATE_QUALIFIER_AFTER,
} TsDateQualifier;

typedef struct
{
  gint16 year;
  guint8 month;      /* 1–12, 0 when precision is YEAR */
  guint8 day;        /* 1–31, 0 when precision is YEAR or MONTH */
  guint8 precision;  /* TsDatePrecision */
  guint8 qualifier;  /* TsDateQualifier */
  guint16 reserved;  /* always 0: the struct has no padding, so memcmp() compares it */
  /* TS_DATE_PRECISION_DAYS: bit i is set when the day i days after the
   * first (year, month, day) is one of the set, bit 0 always; else 0. */
  guint64 days;
} TsDate;

#define TS_TYPE_DATE (ts_date_get_type ())

GType            ts_date_get_type      (void) G_GNUC_CONST;
TsDate          *ts_date_copy          (const TsDate  *date);
void             ts_date_free          (TsDate        *date);

#define TS_DATE_INIT { 0, 0, 0, TS_DATE_PRECISION_NONE, TS_DATE_QUALIFIER_NONE, 0, 0 }

gboolean         ts_date_is_set        (const TsDate  *date);
gboolean         ts_date_parse         (const char    *text,
                                        TsDate        *date,
                                        GError       **error);
gboolean         ts_date_set_ymd       (TsDate        *date,
                                        int            year,
                                        int            month,
                                        int            day);
/* The interchange form: "2023-10-25", "2023-05~", "..2023",
 * "[2023-09-07,2023-09-08]". NULL if unset. */
char            *ts_date_to_string     (const TsDate  *date);
/* For people, in the user's locale, never inventing a day: "25 Oct 2023",
 * "May 2023", "about 2023", "7 or 8 Sep 2023". Empty string if unset. */
char            *ts_date_format        (const TsDate  *date);
/* The same with months abbreviated as days have them, where room is
 * short (a briefing's cover): "5 Feb 2025", "Dec 2024", "before
 * 25 Oct 2023". */
char            *ts_date_format_short  (const TsDate  *date);
/* Chronological order; a month sorts at its first day, before the days in
 * it; a set of days at its first day, after that day alone; unset dates
 * sort first. */
int              ts_date_compare       (const TsDate  *a,
                                        const TsDate  *b);
/* The first and last day the date can mean, as Julian day numbers
 * (g_date_get_julian). Unset: 0. */
guint32          ts_date_get_first_julian (const TsDate *date);
/* A number that orders dates as ts_date_compare() does (two sets with the
 * same first and last day but other days between them have the same). */
guint64          ts_date_get_sort_key  (const TsDate  *date);
guint32          ts_date_get_last_julian  (const TsDate *date);
/* Whether a day the date can mean lies in [@first, @last] (Julian days):
 * for a set of days, one of its days; otherwise its period overlaps. */
gboolean         ts_date_meets_period  (const TsDate  *date,
                                        guint32        first,
                                        guint32        last);
/* The days of a set, as Julian day numbers, ascending (the date's one
 * first day when it is not a set); unset: empty. */
GArray          *ts_date_get_days      (const TsDate  *date);
/* Sets @date to one of the days @julians (ascending, two or more, the last
 * at most TS_DATE_MAX_SET_SPAN after the first); FALSE and @date left
 * alone otherwise. */
gboolean         ts_date_set_days      (TsDate        *date,
                                        const guint32 *julians,
                                        guint          n_julians);

/* Added to the contract: whether @date is unset or names a day, month or
 * year that exists, with a known qualifier. */
gboolean         ts_date_is_valid      (const TsDate  *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsDate, ts_date_free)

G_END_DECLS
