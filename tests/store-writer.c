/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A second analyst, for tests/test-store-concurrent.c: a process of its
 * own with its own connection to the database, doing what a user of the
 * window does through the store.
 *
 *   store-writer edit LOCATION NAME N SEED OUT
 *     adds its own record, says "ready" on standard output, waits for a
 *     line on standard input, then makes N edits (the summary of its own
 *     record, of one shared record, or of two shared records in one change
 *     set, in either order), chosen by SEED. A refused edit (a conflict)
 *     is reloaded and made again, as a user would. Writes to OUT one line
 *     per acknowledged record change, "ack ID VERSION VALUE", and at the
 *     end "conflicts N".
 *
 *   store-writer pause LOCATION N
 *     writes one change set of an edit of a shared meeting and N new
 *     places, the last place/killed-last, and stops inside its transaction
 *     once the change log row of place/killed-last is written: says
 *     "paused" on standard output and waits, to be killed. On SQLite a
 *     temporary trigger calls a function of this process (and a small
 *     page cache has it write pages to the write-ahead log before it
 *     commits); on PostgreSQL
 *     the test's trigger raises a notice, which libpq hands to the
 *     store's notice processor (a debug message of the domain ts-store).
 *     A line on its standard input has it go on and commit; should its
 *     standard input close instead, it exits without committing. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-json.h"
#include "ts-person.h"
#include "ts-store.h"
#include "ts-store-private.h"

#define PAUSE_MARK "tianshan-test-pause"

/* The records every writer edits: places of one chain of parents and a
 * meeting at one of them, so that change sets lock records that link to
 * each other. */
static const char * const shared_ids[] = {
  "meeting/2023-10-25-baisalov-shandong-delegation",
  "place/kant",
  "place/chuy-region",
  "place/kyrgyzstan",
  "place/bishkek",
  "person/edil-baisalov",
};

static G_NORETURN void
fail (const char *what,
      GError     *error)
{
  g_printerr ("store-writer: %s: %s\n", what, error != NULL ? error->message : "");
  exit (1);
}

/* Saves @ids with their summaries set to @value, in one change set; on a
 * conflict reloads them and tries again. Writes the acknowledged versions
 * to @out. */
static void
save_edit (TsStore      *store,
           const char  **ids,
           guint         n_ids,
           const char   *value,
           FILE         *out,
           guint        *n_conflicts)
{
  TsDataset *dataset = ts_store_get_dataset (store);

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < n_ids; i++)
        {
          TsRecord *record = ts_dataset_lookup (dataset, ids[i]);

          if (record == NULL)
            {
              g_printerr ("store-writer: no record %s\n", ids[i]);
              exit (1);
            }
          record = ts_record_copy (record);
          ts_record_set_summary (record, value);
          g_ptr_array_add (records, record);
        }

      if (ts_dataset_save (dataset, records, &error))
        {
          for (guint i = 0; i < n_ids; i++)
            fprintf (out, "ack %s %" G_GINT64_FORMAT " %s\n", ids[i],
                     ts_store_get_version (store, ids[i]), value);
          return;
        }
      if (!g_error_matches (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT) || attempt > 1000)
        fail (value, error);

      (*n_conflicts)++;
      g_clear_error (&error);
      for (guint i = 0; i < n_ids; i++)
        {
          if (!ts_store_reload_record (store, ids[i], &error))
            fail ("reload", error);
        }
    }
}

static int
run_edit (const char *location,
          const char *name,
          guint       n,
          guint32     seed,
          const char *out_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open_full (location, NULL, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *own = g_strdup_printf ("person/writer-%s", name);
  g_autoptr(TsRecord) person = NULL;
  FILE *out;
  char line[16];
  guint n_conflicts = 0;

  if (store == NULL)
    fail ("open", error);
  out = fopen (out_path, "w");
  if (out == NULL)
    {
      g_printerr ("store-writer: %s: %s\n", out_path, g_strerror (errno));
      return 1;
    }

  person = TS_RECORD (ts_person_new (own, name));
  if (!ts_dataset_add (ts_store_get_dataset (store), person, &error))
    fail ("add", error);
  fprintf (out, "created %s %" G_GINT64_FORMAT "\n", own, ts_store_get_version (store, own));

  printf ("ready\n");
  fflush (stdout);
  if (fgets (line, sizeof line, stdin) == NULL)
    return 1;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = g_strdup_printf ("%s-%u", name, i);
      int kind = g_rand_int_range (rand, 0, 10);
      const char *ids[2];
      guint n_ids = 1;

      if (kind < 4)
        ids[0] = own;
      else
        {
          ids[0] = shared_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (shared_ids))];
          if (kind >= 8)
            {
              do
                ids[1] = shared_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (shared_ids))];
              while (ids[1] == ids[0]);
              n_ids = 2;
            }
        }
      save_edit (store, ids, n_ids, value, out, &n_conflicts);
    }

  fprintf (out, "conflicts %u\n", n_conflicts);
  if (fclose (out) != 0)
    return 1;
  return 0;
}

/* Inside the transaction: tells the test, then waits to be killed, or
 * for a line that says to go on and commit. */
static void
pause_here (void)
{
  char c;

  if (write (STDOUT_FILENO, "paused\n", 7) != 7)
    _exit (3);
  while (read (STDIN_FILENO, &c, 1) > 0)
    {
      if (c == '\n')
        return;
    }
  /* The test went away: leave without committing. */
  _exit (3);
}

static void
pause_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  pause_here ();
}

static void
log_handler (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        user_data)
{
  if (strstr (message, PAUSE_MARK) != NULL)
    pause_here ();
  g_log_default_handler (domain, level, message, user_data);
}

static int
run_pause (const char *location,
           guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open_full (location, NULL, &error);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"tianshan\", \"version\": 1, "
                                          "\"records\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 ts_change_free);
  TsDataset *dataset;
  TsRecord *meeting;
  sqlite3 *sqlite;

  if (store == NULL)
    fail ("open", error);
  dataset = ts_store_get_dataset (store);

  sqlite = _ts_store_get_database (store);
  if (sqlite != NULL)
    {
      /* A cache of 16 pages: the change set spills into the write-ahead
       * log before its commit, so that the kill leaves uncommitted pages
       * on disk for the next opener to ignore. */
      if (sqlite3_exec (sqlite, "PRAGMA cache_size = 16", NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_create_function (sqlite, "tianshan_test_pause", 0, SQLITE_UTF8, NULL,
                                      pause_function, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (sqlite, "CREATE TEMP TRIGGER tianshan_test_pause "
                                   "AFTER INSERT ON main.change "
                                   "WHEN NEW.record_id = 'place/killed-last' "
                                   "BEGIN SELECT tianshan_test_pause (); END", NULL, NULL,
                           NULL) != SQLITE_OK)
        {
          g_printerr ("store-writer: the pause: %s\n", sqlite3_errmsg (sqlite));
          return 1;
        }
    }
  else
    g_log_set_handler ("ts-store", G_LOG_LEVEL_MASK, log_handler, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = i + 1 == n ? g_strdup ("place/killed-last")
                                       : g_strdup_printf ("place/killed-%05u", i);

      g_string_append_printf (json, "%s{\"type\": \"place\", \"id\": \"%s\", "
                              "\"title\": \"Killed %u\", \"summary\": \"A place written "
                              "by a process killed before it committed\", "
                              "\"lat\": 42.%u, \"lon\": 74.%u}",
                              i > 0 ? ", " : "", id, i, i, i);
    }
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  records = ts_json_read_bytes (bytes, "killed.json", &error);
  if (records == NULL)
    fail ("the records", error);

  meeting = ts_record_copy (ts_dataset_lookup (dataset, shared_ids[0]));
  ts_record_set_summary (meeting, "Written by a process killed before it committed");
  g_ptr_array_add (changes, ts_change_new (ts_dataset_lookup (dataset, shared_ids[0]),
                                           meeting));
  g_object_unref (meeting);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (changes, ts_change_new (NULL, g_ptr_array_index (records, i)));

  if (!ts_dataset_apply (dataset, changes, &error))
    fail ("apply", error);
  /* Told to go on. */
  printf ("committed\n");
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 7 && g_str_equal (argv[1], "edit"))
    return run_edit (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10),
                     (guint32) g_ascii_strtoull (argv[5], NULL, 10), argv[6]);
  if (argc == 4 && g_str_equal (argv[1], "pause"))
    return run_pause (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  g_printerr ("Usage: store-writer edit LOCATION NAME N SEED OUT\n"
              "       store-writer pause LOCATION N\n");
  return 2;
}
