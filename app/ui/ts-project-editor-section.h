/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PROJECT_EDITOR_SECTION (ts_project_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsProjectEditorSection, ts_project_editor_section,
                      TS, PROJECT_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a project has: its title, sector,
 * status, value, places, partners, milestones and route. */

G_END_DECLS
