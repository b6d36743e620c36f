/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_SOURCE_EDITOR_SECTION (ts_source_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsSourceEditorSection, ts_source_editor_section,
                      TS, SOURCE_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a source has: its headline,
 * publisher, date, address, language, reliability and excerpt. */

G_END_DECLS
