/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"

G_BEGIN_DECLS

/* A mask of record types: the records a picker offers. */
#define TS_RECORD_TYPE_BIT(type) (1u << (type))

/* A record picker's choices: "None", then the records of some types by the
 * name the lists show, sorted. Besides the dataset's records it offers
 * those of @pending (a GListModel of TsRecord, may be NULL): records the
 * editor adds when it saves, as they are added to it. */
typedef struct _TsCandidates TsCandidates;

TsCandidates *ts_candidates_new    (TsDataset    *dataset,
                                    GListModel   *pending,
                                    guint         types);
TsCandidates *ts_candidates_ref    (TsCandidates *self);
void          ts_candidates_unref  (TsCandidates *self);
/* The record with @id among the choices, or NULL. */
TsRecord     *ts_candidates_lookup (TsCandidates *self,
                                    const char   *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsCandidates, ts_candidates_unref)

#define TS_TYPE_RECORD_PICKER (ts_record_picker_get_type ())

G_DECLARE_FINAL_TYPE (TsRecordPicker, ts_record_picker, TS, RECORD_PICKER, GtkWidget)

/* A button that shows the record chosen, by the name lists show,
 * ellipsized; it opens a popover with a search entry and the choices, each
 * with what tells it apart ("Chairman of the Cabinet · Kyrgyzstan"). The
 * search matches every typed word anywhere in a record's names in every
 * script and aliases, folded as the main search folds. Inside a record
 * editor it also offers "New Place…" and the like for the types it picks
 * among: the new record is edited in a form of its own, and added to the
 * dataset with the record being edited, when that is saved, and chosen
 * (::created tells its id). The "id" property is the chosen record's id,
 * NULL for none. */
GtkWidget  *ts_record_picker_new    (TsCandidates   *candidates,
                                     const char     *accessible_label);
/* The id a picker of ts_record_picker_new() shows, or NULL. */
const char *ts_record_picker_get_id (GtkWidget      *picker);
/* The name lists show of the record chosen, or NULL. */
const char *ts_record_picker_get_title (TsRecordPicker *self);
/* Chooses @id (NULL for none; an id that is not a choice is none). */
void        ts_record_picker_set_id (TsRecordPicker *self,
                                     const char     *id);

G_END_DECLS
