/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-dataset.h"
#include "ts-query.h"

G_BEGIN_DECLS

/* What one change did to a slot: an addition has no old type, a removal no
 * new one (-1); a record whose search text changed because a record it
 * links to did has both. */
typedef struct
{
  guint slot;
  int   old_type;
  int   new_type;
} TsSlotChange;

#define TS_TYPE_MATCHES (ts_matches_get_type ())

G_DECLARE_FINAL_TYPE (TsMatches, ts_matches, TS, MATCHES, GObject)

/* Which records of a dataset a query matches, kept up to date as either
 * changes, fast enough to follow every keystroke of a search through a
 * hundred thousand records: the records' search texts lie end to end in
 * one buffer that each word is looked for in once, and a search starts
 * from what an earlier one found when its words can only narrow that
 * (typing on, or deleting back to a shorter search).
 *
 * Each record has a slot, a small number it keeps while the dataset holds
 * a record with its id (a replacement takes the slot over). ::changed
 * tells when the matches have been brought up to date: after the query
 * changed (with no slot changes), or after the dataset did (with the
 * TsSlotChange array of the slots it touched). */
TsMatches  *ts_matches_new             (TsDataset    *dataset,
                                        TsQuery      *query);
TsDataset  *ts_matches_get_dataset     (TsMatches    *self);
TsQuery    *ts_matches_get_query       (TsMatches    *self);

guint       ts_matches_get_n_slots     (TsMatches    *self);
/* The record in @slot, or NULL for a free slot. (transfer none) */
TsRecord   *ts_matches_get_record      (TsMatches    *self,
                                        guint         slot);
/* Keeps every record in the slots now alive until the matching
 * ts_matches_release_records(), without taking a reference to each: a
 * record a slot lets go of meanwhile (deleted or replaced by an edit) is
 * only let go of then. So the slots can be read, and their records
 * referenced, in another thread. Both in the thread @self belongs to. */
void        ts_matches_hold_records    (TsMatches    *self);
void        ts_matches_release_records (TsMatches    *self);
/* The slot of the record with @id; G_MAXUINT when there is none. */
guint       ts_matches_find_slot       (TsMatches    *self,
                                        const char   *id);
/* The slots of the records of @type, in no particular order. */
const guint *ts_matches_get_type_slots (TsMatches    *self,
                                        TsRecordType  type,
                                        guint        *n_slots);

gboolean    ts_matches_contains        (TsMatches    *self,
                                        guint         slot);
guint       ts_matches_get_n_matches   (TsMatches    *self,
                                        TsRecordType  type);
/* Whether the search texts are still being gathered, a step at a time, in
 * the background; a search before they are all in gathers the rest. */
gboolean    ts_matches_is_indexing     (TsMatches    *self);

/* Whether the query's words are being looked for in a worker: until they
 * are found (::changed), the matches are those of the words before. */
gboolean    ts_matches_is_searching    (TsMatches    *self);
/* With @n_slots records or more, words are looked for in a worker; fewer,
 * at once. 20 000 unless set, or unless the environment variable
 * TS_MATCHES_THREAD_MIN_SLOTS says otherwise. For tests. */
void        ts_matches_set_thread_min_slots (TsMatches *self,
                                             guint      n_slots);
/* Which slots are matched now, a byte per slot (1 when matched), for a
 * worker to read: it never changes. (transfer full) */
GBytes     *ts_matches_get_matched_bytes (TsMatches  *self);

/* The matched records, by type (TsRecordType order), each type in the
 * dataset's order. Returns: (transfer container) (element-type TsRecord) */
GPtrArray  *ts_matches_list_matched    (TsMatches    *self);

/* What @query matches in @dataset now, as ts_matches_list_matched() lists
 * them: the same matching as the window's, for exports and pictures. In
 * the dataset's thread: the dataset caches search texts as they are
 * asked for. */
GPtrArray  *ts_matches_select          (TsDataset    *dataset,
                                        TsQuery      *query);

G_END_DECLS
