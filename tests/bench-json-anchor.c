/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: the anchor of "open + load N records" in `make bench`
 * (tests/run-bench.py). SQLite's own JSON parser over the same records'
 * interchange export: `bench-json-anchor FILE.json` reads FILE.json
 * (`tianshan --database STORE --export FILE.json`), binds its text to
 * `select count(*) from json_tree(?)` in an in-memory database and steps
 * it once, so that every value of the document is parsed and visited. It
 * prints the nodes counted and the time of reading and of parsing; the
 * runner times the whole process, as it times ours. Plain C and SQLite,
 * nothing of Tianshan's. */

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *
read_file (const char *path,
           long       *size)
{
  FILE *file = fopen (path, "rb");
  char *text;

  if (file == NULL || fseek (file, 0, SEEK_END) != 0 || (*size = ftell (file)) < 0
      || fseek (file, 0, SEEK_SET) != 0)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
  text = malloc (*size + 1);
  if (text == NULL || fread (text, 1, *size, file) != (size_t) *size)
    {
      fprintf (stderr, "%s: cannot read %ld bytes\n", path, *size);
      exit (EXIT_FAILURE);
    }
  text[*size] = '\0';
  fclose (file);
  return text;
}

int
main (int   argc,
      char *argv[])
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  double start, read_done;
  long size = 0;
  char *text;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE.json\n", argv[0]);
      return EXIT_FAILURE;
    }

  start = now ();
  text = read_file (argv[1], &size);
  read_done = now ();

  if (sqlite3_open (":memory:", &db) != SQLITE_OK
      || sqlite3_prepare_v2 (db, "select count(*) from json_tree(?)", -1, &statement,
                             NULL) != SQLITE_OK
      || sqlite3_bind_text (statement, 1, text, (int) size, SQLITE_STATIC) != SQLITE_OK
      || sqlite3_step (statement) != SQLITE_ROW)
    {
      fprintf (stderr, "%s: %s\n", argv[1], sqlite3_errmsg (db));
      return EXIT_FAILURE;
    }

  printf ("%s: %.1f MB, %lld JSON nodes; read %.3f s, parsed and walked %.3f s\n", argv[1],
          size / 1e6, (long long) sqlite3_column_int64 (statement, 0), read_done - start,
          now () - read_done);

  sqlite3_finalize (statement);
  sqlite3_close (db);
  free (text);
  return EXIT_SUCCESS;
}
