/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-application.h"

G_BEGIN_DECLS

#define TS_TYPE_CONNECT_DIALOG (ts_connect_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TsConnectDialog, ts_connect_dialog, TS, CONNECT_DIALOG, AdwWindow)

/* Connect to Team Database…: a server location (a libpq URI or key=value
 * pairs such as service=NAME), a password and whether to remember it in
 * the Secret Service. Connect opens the team database off the main
 * thread, with a spinner; success gives @application the new store
 * (ts_application_set_store ()) and closes the dialog, a failure is shown
 * in the dialog with what was typed kept. @location (NULL for none) is
 * filled in. */
TsConnectDialog *ts_connect_dialog_new        (TsApplication   *application,
                                               const char      *location);
/* Shows @error's message as a connection's failure would. */
void             ts_connect_dialog_show_error (TsConnectDialog *self,
                                               const GError    *error);
/* Whether a connection is under way. */
gboolean         ts_connect_dialog_get_busy   (TsConnectDialog *self);

G_END_DECLS
