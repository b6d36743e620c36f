/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Passwords of team databases in the Secret Service (GNOME Keyring, KWallet;
 * in a Flatpak sandbox, the secret portal) through libsecret, under the
 * schema io.github.tianshan.Tianshan.Password, by the host, port, user,
 * dbname and service that the location names (a URI or key=value pairs,
 * as libpq parses them; "" for what it leaves to libpq's defaults). A
 * location that is not a PostgreSQL one has no password. */

/* The password kept for @location; NULL when none is kept, or with @error
 * when the Secret Service cannot be reached. Free it with
 * ts_store_secret_free (), which wipes it. */
char     *ts_store_secret_lookup (const char    *location,
                                  GCancellable  *cancellable,
                                  GError       **error);
gboolean  ts_store_secret_store  (const char    *location,
                                  const char    *password,
                                  GCancellable  *cancellable,
                                  GError       **error);
/* Forgets the password of @location; TRUE when there was none. */
gboolean  ts_store_secret_clear  (const char    *location,
                                  GCancellable  *cancellable,
                                  GError       **error);
void      ts_store_secret_free   (char          *password);

G_END_DECLS
