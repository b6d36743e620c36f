/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A library loaded the first time it is needed rather than linked: the
 * store's libpq and libsecret (app/store/ts-pq.h says why), the export's
 * libxlsxwriter (app/export/ts-xlsx-lib.h). Each keeps a table of the
 * functions it calls; the library is opened with local binding (its
 * symbols stay out of the program's global scope, where every library
 * loaded later would be searched for them) and the address of each of
 * @symbols is stored at its offset in @table, once per process and
 * thread-safely. The table stays zeroed when the library cannot be loaded
 * or lacks one of them. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  glong       offset;
} TsLazySymbol;

typedef struct
{
  const TsLazySymbol *symbols;
  guint               n_symbols;
  gpointer            table;
  gsize               table_size;
  /* The error's message, from the library's file name and why it could
   * not be loaded (a sentence without its end). */
  char             *(*describe_failure) (const char *soname,
                                         const char *detail);
  /* Set by the first load, which loads @soname for every later one. */
  gsize               loaded;
  char               *failure; /* NULL once loaded */
} TsLazyLibrary;

/* Loads @library from @soname the first time. Returns NULL when it is
 * loaded; else what the first load said (describe_failure ()'s message,
 * owned by @library), then and on every later call. The library stays
 * loaded. */
const char *ts_lazy_library_load (TsLazyLibrary *library,
                                  const char    *soname);

G_END_DECLS
