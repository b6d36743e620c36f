/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_MEETING_EDITOR_SECTION (ts_meeting_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsMeetingEditorSection, ts_meeting_editor_section,
                      TS, MEETING_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a meeting has: its title, dates,
 * level, format, topics, place, participants and links. */

G_END_DECLS
