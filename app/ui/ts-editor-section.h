/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-link-row.h"

G_BEGIN_DECLS

/* The problems found while reading a form back: each names the field as the
 * form titles it ("Date: “2023-13” is not a date") and marks its row. */
typedef struct _TsEditorProblems TsEditorProblems;

TsEditorProblems *ts_editor_problems_new      (void);
void              ts_editor_problems_free     (TsEditorProblems *problems);
/* Adds "@title: @message" and marks @row (may be NULL) as in error. */
void              ts_editor_problems_add      (TsEditorProblems *problems,
                                               const char       *title,
                                               GtkWidget        *row,
                                               const char       *message);
/* Adds @message about the row titled as it is: a row of the form. */
void              ts_editor_problems_add_row  (TsEditorProblems *problems,
                                               GtkWidget        *row,
                                               const char       *message);
gboolean          ts_editor_problems_is_empty (TsEditorProblems *problems);
/* All the problems, one a line, in the order they were found. */
const char       *ts_editor_problems_get_text (TsEditorProblems *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsEditorProblems, ts_editor_problems_free)

#define TS_TYPE_EDITOR_SECTION (ts_editor_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (TsEditorSection, ts_editor_section, TS, EDITOR_SECTION,
                          AdwPreferencesGroup)

/* A part of the record editor's form: a group of rows that edits some of a
 * record's fields, as GNOME Calendar's event editor sections do. The
 * editor picks the sections for the record's type, fills each from the
 * record, and on saving has each write its rows into a copy of the record.
 *
 * Rows carry the field's key as their widget name ("date", "lat",
 * "milestones.0.date"): a refusal from the dataset that names a field marks
 * its row, and tests find the rows by it. */
struct _TsEditorSectionClass
{
  AdwPreferencesGroupClass parent_class;

  /* Fills the rows from @record (a blank record for a new one). */
  void (*set_record) (TsEditorSection  *self,
                      TsRecord         *record,
                      TsDataset        *dataset);
  /* Writes the rows into @record, a copy of the record being edited (or a
   * blank one); each value that cannot be read is added to @problems. */
  void (*apply)      (TsEditorSection  *self,
                      TsRecord         *record,
                      TsEditorProblems *problems);

  gpointer padding[8];
};

void          ts_editor_section_set_record     (TsEditorSection  *self,
                                                TsRecord         *record,
                                                TsDataset        *dataset);
void          ts_editor_section_apply          (TsEditorSection  *self,
                                                TsRecord         *record,
                                                TsEditorProblems *problems);
/* Takes away the marks of the problems apply() found, before a new check. */
void          ts_editor_section_clear_problems (TsEditorSection  *self);

/* The records (a GListModel of TsRecord) the editor is to add with the
 * record it edits, created from the pickers: they are choices too. Set
 * before set_record(). */
void          ts_editor_section_set_pending    (TsEditorSection  *self,
                                                GListModel       *pending);

/* For the sections: the dataset set_record() was given, and the records
 * of @types (a mask of TS_RECORD_TYPE_BIT) a picker offers, shared by the
 * section's pickers. */
TsDataset    *ts_editor_section_get_dataset    (TsEditorSection  *self);
TsCandidates *ts_editor_section_get_candidates (TsEditorSection  *self,
                                                guint             types);
/* The same, for the records of one type. */
TsCandidates *ts_editor_section_get_records_of (TsEditorSection  *self,
                                                TsRecordType      type);

G_END_DECLS
