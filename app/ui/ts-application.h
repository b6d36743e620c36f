/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TS_TYPE_APPLICATION (ts_application_get_type ())

G_DECLARE_FINAL_TYPE (TsApplication, ts_application, TS, APPLICATION, AdwApplication)

TsApplication *ts_application_new               (void);
/* The database the window works on: --database, or the default. */
const char    *ts_application_get_database_path (TsApplication *self);
void           ts_application_set_database_path (TsApplication *self,
                                                 const char    *path);

G_END_DECLS
