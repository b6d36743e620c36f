/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Moving in and out of a team database: every record of one database
 * copied into another, empty one, with its version and the change log,
 * all or nothing. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-dataset.h"
#include "ts-json.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-private.h"

gboolean
ts_store_copy (const char  *source,
               const char  *destination,
               guint       *n_copied,
               GError     **error)
{
  g_autoptr(TsStore) from = NULL;
  g_autoptr(TsStore) to = NULL;
  g_autoptr(GBytes) records = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GPtrArray) log = NULL;
  TsDataset *dataset;
  gboolean ok;
  guint n;

  g_return_val_if_fail (source != NULL && destination != NULL, FALSE);

  /* A missing file is not made (with the shipped records) to be copied. */
  if (!ts_db_location_is_postgresql (source) && !g_file_test (source, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not copy “%s”: there is no such database"), source);
      return FALSE;
    }

  from = ts_store_open_full (source, NULL, error);
  if (from == NULL)
    return FALSE;
  n = ts_dataset_get_n_records (ts_store_get_dataset (from));
  /* Who changed what and when, and the versions an analyst's edit is
   * checked against, go with the records. */
  log = _ts_store_history_read_all (from, error);
  if (log == NULL)
    return FALSE;

  /* The records as their interchange document: a new database is made
   * with them in the transaction that makes its tables, as the first run
   * makes one with the shipped records. */
  records = ts_json_write_bytes (ts_store_get_dataset (from), NULL);
  to = _ts_store_open_copy (destination, records, log, from->versions, error);
  if (to == NULL)
    {
      g_autofree char *shown = ts_db_location_display (destination);

      g_prefix_error (error, _("Could not copy “%s” to “%s”: "), ts_store_get_path (from), shown);
      return FALSE;
    }
  if (ts_store_get_created (to))
    {
      if (n_copied != NULL)
        *n_copied = n;
      return TRUE;
    }

  /* The tables were there already: only an empty database takes the
   * records, in one transaction. */
  dataset = ts_store_get_dataset (to);
  if (ts_dataset_get_n_records (dataset) > 0)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   ngettext ("Could not copy “%s” to “%s”: the destination is not empty "
                             "(it has %u record); copy only into an empty database",
                             "Could not copy “%s” to “%s”: the destination is not empty "
                             "(it has %u records); copy only into an empty database",
                             ts_dataset_get_n_records (dataset)),
                   ts_store_get_path (from), ts_store_get_path (to),
                   ts_dataset_get_n_records (dataset));
      return FALSE;
    }

  read = ts_json_read_bytes (records, ts_store_get_path (from), error);
  if (read == NULL)
    return FALSE;
  changes = g_ptr_array_new_full (read->len, (GDestroyNotify) ts_change_free);
  for (guint i = 0; i < read->len; i++)
    g_ptr_array_add (changes, ts_change_new (NULL, g_ptr_array_index (read, i)));
  to->copied_changes = log;
  to->copied_versions = from->versions;
  ok = ts_dataset_apply (dataset, changes, error);
  to->copied_changes = NULL;
  to->copied_versions = NULL;
  if (!ok)
    {
      g_prefix_error (error, _("Could not copy “%s” to “%s”: "), ts_store_get_path (from),
                      ts_store_get_path (to));
      return FALSE;
    }

  if (n_copied != NULL)
    *n_copied = n;
  return TRUE;
}
