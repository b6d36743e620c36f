/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-application.h"
#include "ts-dataset.h"
#include "ts-query.h"
#include "ts-records-view.h"

G_BEGIN_DECLS

#define TS_TYPE_WINDOW (ts_window_get_type ())

G_DECLARE_FINAL_TYPE (TsWindow, ts_window, TS, WINDOW, AdwApplicationWindow)

TsWindow      *ts_window_new              (TsApplication  *application);
/* "records", "map" or "timeline". */
const char    *ts_window_get_view         (TsWindow       *self);
void           ts_window_set_view         (TsWindow       *self,
                                           const char     *view);
void           ts_window_class_set_accels (GtkApplication *application);

/* The dataset the window shows and edits; NULL until one is set. */
TsDataset     *ts_window_get_dataset      (TsWindow       *self);
void           ts_window_set_dataset      (TsWindow       *self,
                                           TsDataset      *dataset);
/* The current view: the search and filters of the Records page, which the
 * map draws and an export writes. Never NULL. */
TsQuery       *ts_window_get_query        (TsWindow       *self);
/* Shows why there is no dataset instead of the records. */
void           ts_window_show_error       (TsWindow       *self,
                                           const char     *title,
                                           const GError   *error);
TsRecordsView *ts_window_get_records_view (TsWindow       *self);
/* Which database the window shows ("Team database: analyst@…/tianshan"),
 * as the header's subtitle and the first line of the main menu. */
void           ts_window_set_database_description (TsWindow   *self,
                                                   const char *description);
void           ts_window_add_toast        (TsWindow       *self,
                                           AdwToast       *toast);

G_END_DECLS
