/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long reading an interchange file takes: `tests/bench-import FILE.json
 * [RUNS]` reads FILE.json RUNS times (5 by default) with ts_json_read_file
 * (parsing and checking every record, as an import does before it merges)
 * and prints each run's wall and CPU time and the medians. Not a test; make
 * a large file with `tests/bench-store 100000 big.db` then
 * `app/tianshan --database big.db --export big.json`. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ts-json.h"

#define MAX_RUNS 50

static double
cpu_seconds (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  double wall[MAX_RUNS], cpu[MAX_RUNS];
  guint n_runs;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE.json [RUNS]\n", argv[0]);
      return EXIT_FAILURE;
    }
  n_runs = argc > 2 ? CLAMP ((guint) strtoul (argv[2], NULL, 10), 1, MAX_RUNS) : 5;
  file = g_file_new_for_commandline_arg (argv[1]);

  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = NULL;
      double cpu_start = cpu_seconds ();
      gint64 start = g_get_monotonic_time ();

      records = ts_json_read_file (file, &error);
      if (records == NULL)
        g_error ("%s", error->message);
      wall[run] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      cpu[run] = cpu_seconds () - cpu_start;
      g_print ("read %u records: %.3f s, CPU %.3f s\n", records->len, wall[run], cpu[run]);
    }

  qsort (wall, n_runs, sizeof (double), compare_doubles);
  qsort (cpu, n_runs, sizeof (double), compare_doubles);
  g_print ("median of %u reads: %.3f s, CPU %.3f s\n", n_runs, wall[n_runs / 2],
           cpu[n_runs / 2]);

  return EXIT_SUCCESS;
}
