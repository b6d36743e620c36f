/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-dataset.h"

G_BEGIN_DECLS

/* Shared by ts-dataset.c (records, changes, references) and
 * ts-dataset-search.c (search texts and new ids). */

struct _TsDataset
{
  GObject         parent_instance;

  GListStore     *stores[TS_N_RECORD_TYPES];
  /* id (owned) → TsRecord (owned) */
  GHashTable     *records;
  /* target id (owned) → GHashTable of referrer (TsRecord, not owned) →
   * GPtrArray of the interned fields through which it refers; filled on
   * first use after a load (_ts_dataset_ensure_referrers()), under
   * referrers_lock as a search worker may be first */
  GHashTable     *referrers;
  gint            referrers_built;
  GMutex          referrers_lock;
  /* TsRecord (in the dataset, not owned) → folded search text (owned) */
  GHashTable     *search_texts;
  /* TsRecord (in the dataset, not owned) → folded names (owned), what it
   * adds to the search text of the records linking to it */
  GHashTable     *name_texts;

  TsCommitFunc    commit_func;
  gpointer        commit_data;
  GDestroyNotify  commit_destroy;
  /* Set during ts_dataset_apply_external (). */
  gboolean        applying_external;
};

/* Fills the reverse-link index if a load left it for later. */
void         _ts_dataset_ensure_referrers (TsDataset  *self);

/* The records whose search text holds @id's names must build it again. */
void         _ts_dataset_forget_search_texts_linking (TsDataset  *self,
                                                      const char *id);

G_END_DECLS
