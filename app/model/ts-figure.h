/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

/* A figure's value and change lie within ±this (FORMAT.md): figures come
 * in any unit, and some national sums in local currency pass 10^15. */
#define TS_FIGURE_MAX_VALUE 1e18

#define TS_TYPE_FIGURE (ts_figure_get_type ())

/* A key figure: one value of an indicator for a period. */
G_DECLARE_FINAL_TYPE (TsFigure, ts_figure, TS, FIGURE, TsRecord)

TsFigure     *ts_figure_new           (const char *id,
                                       const char *title);

const char   *ts_figure_get_indicator (TsFigure *self);
void          ts_figure_set_indicator (TsFigure   *self,
                                       const char *indicator);

const TsDate *ts_figure_get_period    (TsFigure *self);
void          ts_figure_set_period    (TsFigure     *self,
                                       const TsDate *period);

double        ts_figure_get_value     (TsFigure *self);
void          ts_figure_set_value     (TsFigure *self,
                                       double    value);

/* NULL when not given. */
const char   *ts_figure_get_unit      (TsFigure *self);
void          ts_figure_set_unit      (TsFigure   *self,
                                       const char *unit);

/* NAN when not known. */
double        ts_figure_get_change    (TsFigure *self);
void          ts_figure_set_change    (TsFigure *self,
                                       double    change);

/* Who published the figure (a statistics office, a ministry); NULL when
 * not given. */
const char   *ts_figure_get_publisher (TsFigure *self);
void          ts_figure_set_publisher (TsFigure   *self,
                                       const char *publisher);

G_END_DECLS
