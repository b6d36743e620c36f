/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library loaded the first time it is needed (ts-lazy-library.h). */

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <string.h>

#include "ts-lazy-library.h"

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

const char *
ts_lazy_library_load (TsLazyLibrary *library,
                      const char    *soname)
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

  return library->failure;
}
