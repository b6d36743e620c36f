/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libpq loaded when a team database is first needed (ts-pq.h), and the
 * loading shared with libsecret's (ts-secret-lib.c). */
#define G_LOG_DOMAIN "ts-store"
#define TS_PQ_NO_NAMES

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <string.h>

#include "ts-pq.h"
#include "ts-store.h"

TsPqFunctions ts_pq_functions;

static gboolean
open_library (const char          *soname,
              const TsLazySymbol  *symbols,
              guint                n_symbols,
              gpointer             table,
              char               **detail)
{
  g_autoptr(GError) error = NULL;
  GModule *module;

  /* Local: the library's symbols are looked up only here, never in the
   * search of every other library's. */
  module = g_module_open_full (soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL, &error);
  if (module == NULL)
    {
      *detail = g_strdup (error->message);
      return FALSE;
    }

  for (guint i = 0; i < n_symbols; i++)
    {
      gpointer symbol = NULL;

      if (!g_module_symbol (module, symbols[i].name, &symbol) || symbol == NULL)
        {
          /* Translators: a library that is not the one expected: "it has
           * no function PQexec" */
          *detail = g_strdup_printf (_("it has no function %s"), symbols[i].name);
          g_module_close (module);
          return FALSE;
        }
      *(gpointer *) ((guint8 *) table + symbols[i].offset) = symbol;
    }

  /* Its functions are kept in the table for as long as the program runs. */
  g_module_make_resident (module);
  return TRUE;
}

gboolean
_ts_lazy_library_load (TsLazyLibrary  *library,
                       const char     *soname,
                       GError        **error)
{
  if (g_once_init_enter (&library->loaded))
    {
      g_autofree gpointer table = g_malloc0 (library->table_size);
      g_autofree char *detail = NULL;

      if (open_library (soname, library->symbols, library->n_symbols, table, &detail))
        memcpy (library->table, table, library->table_size);
      else
        library->failure = library->describe_failure (soname, detail);
      g_once_init_leave (&library->loaded, 1);
    }

  if (library->failure != NULL)
    {
      g_set_error_literal (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE, library->failure);
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
