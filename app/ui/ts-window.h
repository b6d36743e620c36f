/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-application.h"

G_BEGIN_DECLS

#define TS_TYPE_WINDOW (ts_window_get_type ())

G_DECLARE_FINAL_TYPE (TsWindow, ts_window, TS, WINDOW, AdwApplicationWindow)

TsWindow   *ts_window_new             (TsApplication *application);
/* "records", "map" or "timeline". */
const char *ts_window_get_view        (TsWindow      *self);
void        ts_window_set_view        (TsWindow      *self,
                                       const char    *view);
void        ts_window_class_set_accels (GtkApplication *application);

G_END_DECLS
