/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Run by the build, not installed: compiles data/basemap/basemap.json into
 * the form the program reads at start-up without parsing or projecting
 * (ts_basemap_to_compiled()), for the resource bundle.
 *
 *   ts-basemap-compile BASEMAP.json OUTPUT
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "ts-basemap.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TsBasemap) basemap = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      fprintf (stderr, "usage: %s BASEMAP.json OUTPUT\n", argv[0]);
      return 2;
    }

  basemap = ts_basemap_new_from_file (argv[1], &error);
  if (basemap == NULL)
    {
      fprintf (stderr, "%s: %s: %s\n", argv[0], argv[1], error->message);
      return 1;
    }

  compiled = ts_basemap_to_compiled (basemap);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (compiled, NULL),
                            g_bytes_get_size (compiled), &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }

  return 0;
}
