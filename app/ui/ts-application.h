/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-store.h"

G_BEGIN_DECLS

#define TS_TYPE_APPLICATION (ts_application_get_type ())

G_DECLARE_FINAL_TYPE (TsApplication, ts_application, TS, APPLICATION, AdwApplication)

TsApplication *ts_application_new               (void);
/* The database the window works on: --database, or the default. */
const char    *ts_application_get_database_path (TsApplication *self);
void           ts_application_set_database_path (TsApplication *self,
                                                 const char    *path);

/* The store the windows show; NULL when it could not be opened. */
TsStore       *ts_application_get_store         (TsApplication *self);
/* Whether another database may be opened: FALSE, with @error saying why,
 * while a record editor has unsaved changes (they are not thrown away). */
gboolean       ts_application_can_switch_store  (TsApplication  *self,
                                                 GError        **error);
/* Every window shows @store's dataset, record editors without changes
 * close, the old store is closed, and the location (a team database's
 * without its password; "" for the default file) is remembered in
 * GSettings for the next start. */
void           ts_application_set_store         (TsApplication *self,
                                                 TsStore       *store);
/* What Open Local Database… does with the chosen file: opens it (a new
 * file becomes a new database with the shipped dataset, as at the first
 * start) and shows it in every window. FALSE, with @error and nothing
 * changed, when it cannot be opened or an editor has unsaved changes. */
gboolean       ts_application_open_local_database (TsApplication  *self,
                                                   GFile          *file,
                                                   GError        **error);
/* What New Local Database… does with the name given: a new database with
 * the shipped dataset there, shown in every window; a file that exists is
 * refused (G_IO_ERROR_EXISTS) and left as it is. */
gboolean       ts_application_new_local_database  (TsApplication  *self,
                                                   GFile          *file,
                                                   GError        **error);

G_END_DECLS
