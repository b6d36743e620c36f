/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"

G_BEGIN_DECLS

/* A mask of record types: the records a picker offers. */
#define TS_RECORD_TYPE_BIT(type) (1u << (type))

/* A record picker's choices: the records of some types by the name the
 * lists show, sorted, and the ids behind them; position 0 is "None". */
typedef struct _TsCandidates TsCandidates;

TsCandidates *ts_candidates_new    (TsDataset    *dataset,
                                    guint         types);
TsCandidates *ts_candidates_ref    (TsCandidates *self);
void          ts_candidates_unref  (TsCandidates *self);
/* The position of @id, 0 ("None") when it is NULL or not a choice. */
guint         ts_candidates_find   (TsCandidates *self,
                                    const char   *id);
/* The id at @position; NULL for "None" or no position. */
const char   *ts_candidates_get_id (TsCandidates *self,
                                    guint         position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsCandidates, ts_candidates_unref)

/* A dropdown of @candidates, searchable, named @accessible_label for
 * assistive technologies. */
GtkWidget    *ts_record_picker_new    (TsCandidates *candidates,
                                       const char   *accessible_label);
/* The id a picker of ts_record_picker_new() shows, or NULL. */
const char   *ts_record_picker_get_id (GtkWidget    *picker);

#define TS_TYPE_LINK_ROW (ts_link_row_get_type ())

G_DECLARE_FINAL_TYPE (TsLinkRow, ts_link_row, TS, LINK_ROW, AdwActionRow)

/* A row that links the record to one other: its title names the field
 * ("Place"), a picker at its end chooses the record. */
void        ts_link_row_set_link (TsLinkRow    *self,
                                  TsCandidates *candidates,
                                  const char   *id);
const char *ts_link_row_get_link (TsLinkRow    *self);

G_END_DECLS
