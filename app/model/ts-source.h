/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

#define TS_TYPE_SOURCE (ts_source_get_type ())

/* A source: an article, a statement, a report. Its title is the headline. */
G_DECLARE_FINAL_TYPE (TsSource, ts_source, TS, SOURCE, TsRecord)

TsSource      *ts_source_new             (const char *id,
                                          const char *title);

/* NULL when not given. */
const char    *ts_source_get_publisher   (TsSource *self);
void           ts_source_set_publisher   (TsSource   *self,
                                          const char *publisher);

/* Never NULL; unset when not given. */
const TsDate  *ts_source_get_date        (TsSource *self);
void           ts_source_set_date        (TsSource     *self,
                                          const TsDate *date);

/* NULL when not given. */
const char    *ts_source_get_url         (TsSource *self);
void           ts_source_set_url         (TsSource   *self,
                                          const char *url);

/* NULL when not given. */
const char    *ts_source_get_language    (TsSource *self);
void           ts_source_set_language    (TsSource   *self,
                                          const char *language);

/* TS_RELIABILITY_UNSET when not given. */
TsReliability  ts_source_get_reliability (TsSource *self);
void           ts_source_set_reliability (TsSource      *self,
                                          TsReliability  reliability);

/* NULL when not given. */
const char    *ts_source_get_excerpt     (TsSource *self);
void           ts_source_set_excerpt     (TsSource   *self,
                                          const char *excerpt);

G_END_DECLS
