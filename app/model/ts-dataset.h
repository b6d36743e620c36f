/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-types.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* One change: an addition (old NULL), a replacement (both set, same id) or a
 * removal (new NULL). */
typedef struct
{
  TsRecord *old_record;
  TsRecord *new_record;
} TsChange;

TsChange  *ts_change_new  (TsRecord *old_record,
                           TsRecord *new_record);
void       ts_change_free (TsChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsChange, ts_change_free)

/* Persists a set of changes, all or nothing (the store runs it in one
 * transaction). When it fails, the dataset stays as it was. */
typedef gboolean (*TsCommitFunc) (TsDataset  *dataset,
                                  GPtrArray  *changes,
                                  gpointer    user_data,
                                  GError    **error);

#define TS_TYPE_DATASET (ts_dataset_get_type ())

G_DECLARE_FINAL_TYPE (TsDataset, ts_dataset, TS, DATASET, GObject)

TsDataset  *ts_dataset_new              (void);

/* A GListModel of TsRecord per type, in the order records were added. */
GListModel *ts_dataset_get_records      (TsDataset     *self,
                                         TsRecordType   type);
guint       ts_dataset_get_n_records    (TsDataset     *self);
TsRecord   *ts_dataset_lookup           (TsDataset     *self,
                                         const char    *id);

/* The only way data changes. @changes holds TsChange. Validates the whole
 * set (ids exist or not as the change needs, no duplicate ids, no reference
 * to a record that would not exist afterwards, no removal of a record still
 * referred to), runs the commit function if one is set, then applies it and
 * emits ::changed once with @changes. On error nothing changes. */
gboolean    ts_dataset_apply            (TsDataset     *self,
                                         GPtrArray     *changes,
                                         GError       **error);
/* The same for changes that are not this user's to undo (another
 * analyst's, read from the database, or a record reloaded from it): the
 * commit function does not run, and while ::changed is emitted
 * ts_dataset_is_applying_external () is TRUE, so that the undo stack
 * leaves them out. */
gboolean    ts_dataset_apply_external   (TsDataset     *self,
                                         GPtrArray     *changes,
                                         GError       **error);
gboolean    ts_dataset_is_applying_external (TsDataset *self);
gboolean    ts_dataset_add              (TsDataset     *self,
                                         TsRecord      *record,
                                         GError       **error);
/* Replaces the record with @record's id by @record. */
gboolean    ts_dataset_update           (TsDataset     *self,
                                         TsRecord      *record,
                                         GError       **error);
/* Adds each of @records (TsRecord) whose id is new and replaces each whose
 * id exists, stamping the times as ts_dataset_add() and ts_dataset_update()
 * do, in one apply: one ::changed, so one step to undo. A record already
 * in the dataset is left alone. */
gboolean    ts_dataset_save             (TsDataset     *self,
                                         GPtrArray     *records,
                                         GError       **error);
gboolean    ts_dataset_remove           (TsDataset     *self,
                                         const char    *id,
                                         GError       **error);
/* Adds the new records and replaces those whose id exists, in one apply.
 * Records equal to the ones they would replace are left alone. */
gboolean    ts_dataset_merge            (TsDataset     *self,
                                         GPtrArray     *records,
                                         guint         *n_added,
                                         guint         *n_changed,
                                         GError       **error);

/* A store's load at start: @records (TsRecord, each already validated by
 * ts_record_new_from_json()) fill an empty dataset in one pass, in their
 * order. What ts_dataset_apply() checks across records is checked too
 * (unique ids, references to existing records: their types, those of
 * their ids, were checked by the validation), but
 * without its per-change bookkeeping, and no commit function runs: the
 * records come from the store. Emits ::changed once, as an apply of their
 * additions would, when a handler is connected. On error the dataset stays
 * empty. */
gboolean    ts_dataset_load             (TsDataset     *self,
                                         GPtrArray     *records,
                                         GError       **error);

void        ts_dataset_set_commit_func  (TsDataset     *self,
                                         TsCommitFunc   func,
                                         gpointer       user_data,
                                         GDestroyNotify destroy);

void        ts_dataset_index_referrers_in_background (TsDataset *self);

/* Reverse links: the records that refer to @id, optionally only those of
 * @type (or -1 for all) through @field (or NULL for any field). Sorted by
 * date, newest first. */
GPtrArray  *ts_dataset_list_referrers   (TsDataset     *self,
                                         const char    *id,
                                         int            type,
                                         const char    *field);

/* Folded search text of a record and of the records it links to (a
 * meeting's text holds its participants' names in every script). Cached. */
const char *ts_dataset_get_search_text  (TsDataset     *self,
                                         TsRecord      *record);

/* Added to the contract: */

/* Folded (ts_fold_text) names of a record: its title, names in every
 * script and aliases; what record pickers match typed words against. A
 * record of the dataset's is cached; another lives as long as the record. */
const char *ts_dataset_get_name_text    (TsDataset     *self,
                                         TsRecord      *record);

/* A readable id no record of @self has, from @record's title (and date, for
 * meetings and agreements): "meeting/2023-10-25-li-qiang-meets-japarov". */
char       *ts_dataset_suggest_id       (TsDataset     *self,
                                         TsRecord      *record);

G_END_DECLS
