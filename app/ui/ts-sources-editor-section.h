/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_SOURCES_EDITOR_SECTION (ts_sources_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsSourcesEditorSection, ts_sources_editor_section,
                      TS, SOURCES_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for the sources every record cites. */

G_END_DECLS
