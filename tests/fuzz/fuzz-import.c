/* SPDX-License-Identifier: GPL-3.0-or-later */

/* libFuzzer target for the interchange import: `make fuzz` builds it with
 * clang (meson -Dfuzzing=true) and runs it. Every input is read as an
 * interchange file; a refusal must be a message a user can read (valid
 * UTF-8, naming the file), and what is accepted must survive the round trip
 * an analyst makes: merged into an empty dataset, written out, read back,
 * merged and written again, giving the same bytes. Anything else aborts,
 * which libFuzzer reports with the input that did it. */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ts-dataset.h"
#include "ts-error.h"
#include "ts-json.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

G_GNUC_NORETURN static void
fail (const char *what,
      const char *message)
{
  g_printerr ("fuzz-import: %s: %s\n", what, message);
  abort ();
}

static void
check_refusal (const GError *error,
               const char   *name)
{
  if (!g_utf8_validate (error->message, -1, NULL))
    fail ("a refusal is not valid UTF-8", error->message);
  if (!g_str_has_prefix (error->message, name))
    fail ("a refusal does not name the file", error->message);
}

/* Merged into an empty dataset (NULL when the records refer to one that is
 * not there), then written out. */
static GBytes *
merge_and_write (GPtrArray  *records,
                 GError    **error)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(GPtrArray) collected = NULL;
  guint n_added = 0;

  if (!ts_dataset_merge (dataset, records, &n_added, NULL, error))
    return NULL;
  if (n_added != records->len)
    fail ("merging into an empty dataset", "not every record was added");

  collected = ts_json_collect (dataset, NULL);
  return ts_json_write_records (collected);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug too. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GError) error = NULL;

  records = ts_json_read_bytes (bytes, "fuzz.json", &error);
  if (records == NULL)
    {
      check_refusal (error, "fuzz.json");
      return 0;
    }

  written = merge_and_write (records, &error);
  if (written == NULL)
    {
      /* A reference to a record the file does not hold: an import into
       * a dataset without it refuses it, naming the record. */
      if (!g_error_matches (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE))
        fail ("merging what was read", error->message);
      if (!g_utf8_validate (error->message, -1, NULL))
        fail ("a refusal is not valid UTF-8", error->message);
      return 0;
    }

  again = ts_json_read_bytes (written, "written.json", &error);
  if (again == NULL)
    fail ("what Tianshan wrote does not read back", error->message);
  if (again->len != records->len)
    fail ("what Tianshan wrote", "has another number of records");

  rewritten = merge_and_write (again, &error);
  if (rewritten == NULL)
    fail ("what Tianshan wrote does not merge back", error->message);
  if (!g_bytes_equal (written, rewritten))
    fail ("what Tianshan wrote", "reads back as other records (a second export differs)");

  return 0;
}
