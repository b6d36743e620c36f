/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libsecret, loaded when a password of a team database is first looked up,
 * kept or forgotten (ts-store-secret.c) rather than linked, as libpq is
 * (ts-pq.h says why and how): ts_secret_lib_load () opens
 * libsecret-1.so.0 with local binding and resolves, once per process and
 * thread-safely, the four functions the store calls into
 * ts_secret_lib_functions; below, their names stand for its entries.
 * libsecret/secret.h gives the types and prototypes; nothing links the
 * library itself. Call one only after ts_secret_lib_load () returned
 * TRUE. */

#include <glib.h>
#include <libsecret/secret.h>

G_BEGIN_DECLS

#define TS_SECRET_LIB_SONAME "libsecret-1.so.0"

typedef struct
{
  __typeof__ (secret_password_clearv_sync)  *secret_password_clearv_sync;
  __typeof__ (secret_password_free)         *secret_password_free;
  __typeof__ (secret_password_lookupv_sync) *secret_password_lookupv_sync;
  __typeof__ (secret_password_storev_sync)  *secret_password_storev_sync;
} TsSecretLibFunctions;

/* Filled by ts_secret_lib_load (); read it only through the names below. */
extern TsSecretLibFunctions ts_secret_lib_functions;

/* Loads libsecret (TS_SECRET_LIB_SONAME) the first time; FALSE, with a
 * TS_STORE_ERROR_DATABASE error that names the library and what to
 * install, when it cannot be (then and on every later call). */
gboolean ts_secret_lib_load           (GError     **error);

/* ts_secret_lib_load () of @soname instead: whichever of the two runs
 * first in a process loads the library for all. For the tests. */
gboolean _ts_secret_lib_load_library  (const char  *soname,
                                       GError     **error);

#ifndef TS_SECRET_LIB_NO_NAMES
#define secret_password_clearv_sync  (ts_secret_lib_functions.secret_password_clearv_sync)
#define secret_password_free         (ts_secret_lib_functions.secret_password_free)
#define secret_password_lookupv_sync (ts_secret_lib_functions.secret_password_lookupv_sync)
#define secret_password_storev_sync  (ts_secret_lib_functions.secret_password_storev_sync)
#endif

G_END_DECLS
