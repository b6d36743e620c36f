/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The unit the time axis counts in at a zoom. */
typedef enum
{
  TS_TIMELINE_UNIT_DAY,
  TS_TIMELINE_UNIT_WEEK,
  TS_TIMELINE_UNIT_MONTH,
  TS_TIMELINE_UNIT_QUARTER,
  TS_TIMELINE_UNIT_YEAR,
  TS_TIMELINE_UNIT_DECADE,
} TsTimelineUnit;

typedef enum
{
  TS_TIMELINE_TICK_MINOR,  /* a finer step, without label */
  TS_TIMELINE_TICK_UNIT,   /* a step of the unit, labelled */
  TS_TIMELINE_TICK_MAJOR,  /* a month (at days and weeks), a year or a decade
                            * begins: labelled, drawn stronger */
} TsTimelineTickLevel;

typedef struct
{
  double               day;     /* the Julian day the tick stands at */
  TsTimelineTickLevel  level;
  char                *label;   /* NULL for a minor tick */
} TsTimelineTick;

/* The unit for @scale days per pixel: the finest whose steps leave room
 * for their labels ("25 Oct", "Oct 2023", "Q2 2023", "2023", "2020"). */
TsTimelineUnit  ts_timeline_scale_choose_unit (double          scale);

/* The ticks between days @first and @end at @scale, labelled in the UI
 * language: days and weeks (by their Monday) "25 Oct", months "Oct 2023"
 * (as ts_date_format_short() writes them), quarters "Q2 2023", years
 * "2023", decades "2020"; at days and weeks the first of each month is a
 * major tick labelled as the month. The minor ticks come first, then the
 * months' (at days and weeks), then the unit's, each in time order.
 * Returns: (transfer full) (element-type TsTimelineTick) */
GArray         *ts_timeline_scale_get_ticks   (double          first,
                                               double          end,
                                               double          scale,
                                               TsTimelineUnit *unit);

/* The label of a tick of @unit at @julian ("25 Oct", "Oct 2023",
 * "Q2 2023", "2023"). */
char           *ts_timeline_scale_format      (TsTimelineUnit  unit,
                                               guint32         julian);

G_END_DECLS
