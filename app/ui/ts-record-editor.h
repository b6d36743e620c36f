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
/* What the Save button does; FALSE, with the problems shown in the form,
 * when the record is not valid. */
gboolean        ts_record_editor_save  (TsRecordEditor *self);

G_END_DECLS
