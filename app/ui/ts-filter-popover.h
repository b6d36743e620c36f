/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-dataset.h"
#include "ts-query.h"

G_BEGIN_DECLS

#define TS_TYPE_FILTER_POPOVER (ts_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (TsFilterPopover, ts_filter_popover, TS, FILTER_POPOVER, GtkPopover)

/* Sets a query's filters: period, country, participant, counterpart, tag
 * and the vocabularies of the record type shown. Filter names: "text" (the
 * search), "types", "period", "country", "person" (the participant),
 * "counterpart", "tag", "place" and the vocabulary fields ("level",
 * "format", "agreement-kind"…). */
TsFilterPopover *ts_filter_popover_new              (void);
/* Builds the contents now; otherwise they are built when first shown. */
void             ts_filter_popover_build            (TsFilterPopover *self);
void             ts_filter_popover_set_dataset      (TsFilterPopover *self,
                                                     TsDataset       *dataset,
                                                     TsQuery         *query);
void             ts_filter_popover_set_record_type  (TsFilterPopover *self,
                                                     TsRecordType     type);
void             ts_filter_popover_clear_filter     (TsFilterPopover *self,
                                                     const char      *filter);
void             ts_filter_popover_clear_all        (TsFilterPopover *self);

/* The active search and filters of @query as pairs: name, then a label for
 * people ("Country: Kyrgyzstan"). */
GPtrArray       *ts_filter_describe                 (TsQuery         *query,
                                                     TsDataset       *dataset);
void             ts_filter_clear                    (TsQuery         *query,
                                                     const char      *filter);

G_END_DECLS
