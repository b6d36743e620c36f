/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PERSON_EDITOR_SECTION (ts_person_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsPersonEditorSection, ts_person_editor_section,
                      TS, PERSON_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a person has: a name and positions. */

G_END_DECLS
