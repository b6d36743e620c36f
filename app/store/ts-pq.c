/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libpq loaded when a team database is first needed (ts-pq.h), and the
 * loading shared with libsecret's (ts-secret-lib.c). */
#define G_LOG_DOMAIN "ts-store"
#define TS_PQ_NO_NAMES

#include "config.h"

#include <glib/gi18n.h>

#include "ts-pq.h"
#include "ts-store.h"

TsPqFunctions ts_pq_functions;

gboolean
_ts_lazy_library_load (TsLazyLibrary  *library,
                       const char     *soname,
                       GError        **error)
{
  const char *failure = ts_lazy_library_load (library, soname);

  if (failure != NULL)
    {
      g_set_error_literal (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE, failure);
      return FALSE;
    }
  return TRUE;
}

#define SYMBOL(name) { #name, G_STRUCT_OFFSET (TsPqFunctions, name) }

static const TsLazySymbol pq_symbols[] = {
  SYMBOL (PQclear),
  SYMBOL (PQconnectPoll),
  SYMBOL (PQconnectStartParams),
  SYMBOL (PQconnectionNeedsPassword),
  SYMBOL (PQconninfo),
  SYMBOL (PQconninfoFree),
  SYMBOL (PQconninfoParse),
  SYMBOL (PQconsumeInput),
  SYMBOL (PQerrorMessage),
  SYMBOL (PQexec),
  SYMBOL (PQexecParams),
  SYMBOL (PQexecPrepared),
  SYMBOL (PQfinish),
  SYMBOL (PQfreemem),
  SYMBOL (PQgetisnull),
  SYMBOL (PQgetvalue),
  SYMBOL (PQhost),
  SYMBOL (PQnotifies),
  SYMBOL (PQntuples),
  SYMBOL (PQport),
  SYMBOL (PQprepare),
  SYMBOL (PQreset),
  SYMBOL (PQresultErrorField),
  SYMBOL (PQresultStatus),
  SYMBOL (PQsetErrorVerbosity),
  SYMBOL (PQsetNoticeProcessor),
  SYMBOL (PQsocket),
  SYMBOL (PQstatus),
  SYMBOL (PQtransactionStatus),
  SYMBOL (PQuser),
};

G_STATIC_ASSERT (G_N_ELEMENTS (pq_symbols) * sizeof (gpointer) == sizeof (TsPqFunctions));

static char *
describe_failure (const char *soname,
                  const char *detail)
{
  /* Translators: the first %s is the library's file name
   * (libpq.so.5), the second why the system could not load it. */
  return g_strdup_printf (_("Team databases need PostgreSQL’s client library "
                            "(%s), which could not be loaded: %s. Install "
                            "libpq (the package libpq5 on Debian and Ubuntu)"),
                          soname, detail);
}

static TsLazyLibrary pq_library = {
  pq_symbols, G_N_ELEMENTS (pq_symbols), &ts_pq_functions, sizeof ts_pq_functions,
  describe_failure,
};

gboolean
_ts_pq_load_library (const char  *soname,
                     GError     **error)
{
  return _ts_lazy_library_load (&pq_library, soname, error);
}

gboolean
ts_pq_load (GError **error)
{
  return _ts_pq_load_library (TS_PQ_SONAME, error);
}
