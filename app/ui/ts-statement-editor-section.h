/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_STATEMENT_EDITOR_SECTION (ts_statement_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsStatementEditorSection, ts_statement_editor_section,
                      TS, STATEMENT_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a statement has: its title, date,
 * speaker, whom they spoke for, the meeting, the kind, the words and their
 * language, topics and citations. */

G_END_DECLS
