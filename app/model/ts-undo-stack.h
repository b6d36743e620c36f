/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-dataset.h"

G_BEGIN_DECLS

#define TS_TYPE_UNDO_STACK (ts_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (TsUndoStack, ts_undo_stack, TS, UNDO_STACK, GObject)

/* Remembers every set of changes a dataset applies, and undoes or redoes
 * them by applying their inverse through the dataset (and so the store). */
TsUndoStack *ts_undo_stack_new      (TsDataset    *dataset);
gboolean     ts_undo_stack_can_undo (TsUndoStack  *self);
gboolean     ts_undo_stack_can_redo (TsUndoStack  *self);
gboolean     ts_undo_stack_undo     (TsUndoStack  *self,
                                     GError      **error);
gboolean     ts_undo_stack_redo     (TsUndoStack  *self,
                                     GError      **error);
void         ts_undo_stack_clear    (TsUndoStack  *self);
/* What undoing (@redo FALSE) or redoing the next step does, in the words a
 * toast says once it is done: "Deletion of “Baisalov visits Urumqi”
 * undone", "3 changes redone". NULL when there is no such step. */
char        *ts_undo_stack_describe (TsUndoStack  *self,
                                     gboolean      redo);

G_END_DECLS
