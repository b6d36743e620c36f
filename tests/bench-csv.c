/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: our side of "CSV writing" in `make bench`
 * (tests/run-bench.py), measured in one process. `bench-csv STORE OUT.csv
 * [RUNS]` opens STORE (untimed), then writes its meetings to OUT.csv as
 * `tianshan --type meeting --export OUT.csv` does (ts_csv_export_file with
 * the query --type meeting makes: the export's data, the rows, the file)
 * RUNS times (3 by default) and prints each run's wall time and CPU time
 * (of every thread, should the export use workers):
 *
 *     csv wall 0.412 cpu 0.398
 *
 * The runner also takes the whole command line's export minus its load;
 * on a busy machine that difference of two seconds-long runs is mostly
 * noise, which this is not. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ts-csv.h"
#include "ts-query.h"
#include "ts-store.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TsQuery) query = NULL;
  guint n_runs;

  if (argc < 3)
    {
      g_printerr ("usage: %s STORE OUT.csv [RUNS]\n", argv[0]);
      return EXIT_FAILURE;
    }
  /* As the command line: collation and formats follow the locale. */
  setlocale (LC_ALL, "");
  n_runs = argc > 3 ? CLAMP ((guint) strtoul (argv[3], NULL, 10), 1, 50) : 3;

  store = ts_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  file = g_file_new_for_commandline_arg (argv[2]);
  /* The scope --type meeting gives the command line's export. */
  query = ts_query_new_from_strings (NULL, "meeting", NULL, NULL, &error);
  if (query == NULL)
    g_error ("%s", error->message);

  for (guint run = 0; run < n_runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_seconds ();

      if (!ts_csv_export_file (ts_store_get_dataset (store), query, "meeting", file, &error))
        g_error ("%s", error->message);
      g_print ("csv wall %.4f cpu %.4f\n", (g_get_monotonic_time () - start) / 1e6,
               cpu_seconds () - cpu);
    }

  return EXIT_SUCCESS;
}
