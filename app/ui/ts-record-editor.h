/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"

G_BEGIN_DECLS

#define TS_TYPE_RECORD_EDITOR (ts_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (TsRecordEditor, ts_record_editor, TS, RECORD_EDITOR, AdwWindow)

/* A form for one record: a new one of @type when @record is NULL. Saving
 * validates the whole record and changes the dataset only when it is valid;
 * ::saved then carries the record's id. */
TsRecordEditor *ts_record_editor_new   (TsDataset      *dataset,
                                        TsRecordType    type,
                                        TsRecord       *record);
/* The form of a new record of @type created from a picker of @parent's
 * form ("New Place…"), its title set to @title (may be NULL): a dialog
 * modal to @parent. Saving it checks the record and hands it to @parent,
 * which adds it to the dataset with its own record, in the same change;
 * ::saved then carries the new id. Closing either unsaved creates
 * nothing. */
TsRecordEditor *ts_record_editor_new_nested (TsRecordEditor *parent,
                                             TsRecordType    type,
                                             const char     *title);
/* Saves the form; FALSE, with the problems shown in the form, when the
 * record is not valid or the dataset refuses it. After a save the editor
 * edits the saved record: saving a new record again never adds a second
 * one. The Save button and Ctrl+S (the "editor.save" action) save and,
 * when that succeeds, close the editor. */
gboolean        ts_record_editor_save  (TsRecordEditor *self);
/* Whether the form shows anything else than the record as it was opened
 * or last saved: closing the editor then asks whether to discard it. */
gboolean        ts_record_editor_has_changes (TsRecordEditor *self);

G_END_DECLS
