/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-dataset.h"

G_BEGIN_DECLS

/* The store's load at start: @records (TsRecord, each already validated by
 * ts_record_new_from_json()) fill an empty dataset in one pass, in their
 * order. What ts_dataset_apply() checks across records is checked too
 * (unique ids, references to existing records of the right types), but
 * without its per-change bookkeeping, and no commit function runs: the
 * records come from the store. Emits ::changed once, as an apply of their
 * additions would, when a handler is connected. On error the dataset stays
 * empty. */
gboolean _ts_dataset_load (TsDataset  *self,
                           GPtrArray  *records,
                           GError    **error);

G_END_DECLS
