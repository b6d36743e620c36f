/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Changes that are not the user's: another analyst's, taken by live
 * updates (ts-store-notify.c), or a record reloaded from the database. */
#define G_LOG_DOMAIN "ts-dataset"

#include "config.h"

#include "ts-dataset-private.h"

gboolean
ts_dataset_apply_external (TsDataset  *self,
                           GPtrArray  *changes,
                           GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (!self->applying_external, FALSE);

  self->applying_external = TRUE;
  ok = ts_dataset_apply (self, changes, error);
  self->applying_external = FALSE;
  return ok;
}

gboolean
ts_dataset_is_applying_external (TsDataset *self)
{
  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);

  return self->applying_external;
}
