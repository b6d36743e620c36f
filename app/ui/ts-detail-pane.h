/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-matches.h"

G_BEGIN_DECLS

#define TS_TYPE_DETAIL_PANE (ts_detail_pane_get_type ())

G_DECLARE_FINAL_TYPE (TsDetailPane, ts_detail_pane, TS, DETAIL_PANE, GtkWidget)

/* Every field of one record, and its links as rows that emit ::navigate. */
TsDetailPane *ts_detail_pane_new         (void);
void          ts_detail_pane_set_dataset (TsDetailPane *self,
                                          TsDataset    *dataset);
/* What the search and filters select: a record outside them is shown with
 * a notice that says so, and a button to clear them (win.clear-search). */
void          ts_detail_pane_set_matches (TsDetailPane *self,
                                          TsMatches    *matches);
TsRecord     *ts_detail_pane_get_record  (TsDetailPane *self);
void          ts_detail_pane_set_record  (TsDetailPane *self,
                                          TsRecord     *record);

G_END_DECLS
