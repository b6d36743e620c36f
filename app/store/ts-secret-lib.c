/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libsecret loaded when a password is first needed (ts-secret-lib.h). */
#define G_LOG_DOMAIN "ts-store-secret"
#define TS_SECRET_LIB_NO_NAMES

#include "config.h"

#include <glib/gi18n.h>

#include "ts-pq.h"
#include "ts-secret-lib.h"
#include "ts-store.h"

TsSecretLibFunctions ts_secret_lib_functions;

#define SYMBOL(name) { #name, G_STRUCT_OFFSET (TsSecretLibFunctions, name) }

static const TsLazySymbol secret_symbols[] = {
  SYMBOL (secret_password_clearv_sync),
  SYMBOL (secret_password_free),
  SYMBOL (secret_password_lookupv_sync),
  SYMBOL (secret_password_storev_sync),
};

G_STATIC_ASSERT (G_N_ELEMENTS (secret_symbols) * sizeof (gpointer)
                 == sizeof (TsSecretLibFunctions));

static char *
describe_failure (const char *soname,
                  const char *detail)
{
  /* Translators: the first %s is the library's file name
   * (libsecret-1.so.0), the second why the system could not load it. */
  return g_strdup_printf (_("Remembering passwords needs libsecret (%s), which "
                            "could not be loaded: %s. Install libsecret (the "
                            "package libsecret-1-0 on Debian and Ubuntu)"),
                          soname, detail);
}

static TsLazyLibrary secret_library = {
  secret_symbols, G_N_ELEMENTS (secret_symbols), &ts_secret_lib_functions,
  sizeof ts_secret_lib_functions, describe_failure,
};

gboolean
_ts_secret_lib_load_library (const char  *soname,
                             GError     **error)
{
  return _ts_lazy_library_load (&secret_library, soname, error);
}

gboolean
ts_secret_lib_load (GError **error)
{
  return _ts_secret_lib_load_library (TS_SECRET_LIB_SONAME, error);
}
