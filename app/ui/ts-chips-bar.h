/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ts-dataset.h"
#include "ts-query.h"

G_BEGIN_DECLS

#define TS_TYPE_CHIPS_BAR (ts_chips_bar_get_type ())

G_DECLARE_FINAL_TYPE (TsChipsBar, ts_chips_bar, TS, CHIPS_BAR, GtkWidget)

/* The active search and filters of a query as chips that wrap onto more
 * lines as the width needs, each removing its own with a click, and a
 * Clear All button; hidden while the query is empty, unless its row is
 * reserved. The window shows it above every page. Chips are named "chip-<filter>" (see
 * ts_filter_describe()), the button "clear-all". */
TsChipsBar *ts_chips_bar_new       (void);
void        ts_chips_bar_set_query (TsChipsBar *self,
                                    TsQuery    *query,
                                    TsDataset  *dataset);
/* The number of chips shown. */
guint       ts_chips_bar_get_n_chips (TsChipsBar *self);
/* While TRUE the bar keeps its row with no chips ("reserved"). */
void        ts_chips_bar_set_reserved (TsChipsBar *self,
                                       gboolean    reserved);
gboolean    ts_chips_bar_get_reserved (TsChipsBar *self);

G_END_DECLS
