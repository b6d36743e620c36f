/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_ABOUT_EDITOR_SECTION (ts_about_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsAboutEditorSection, ts_about_editor_section,
                      TS, ABOUT_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what every record has about itself: its
 * summary, tags, the confidence in it and notes. */

G_END_DECLS
