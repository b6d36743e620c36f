/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_NAMES_EDITOR_SECTION (ts_names_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsNamesEditorSection, ts_names_editor_section,
                      TS, NAMES_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for the names of a person, an organization or
 * a place: its name in each script, other spellings, its country. */

G_END_DECLS
