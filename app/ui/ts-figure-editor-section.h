/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_FIGURE_EDITOR_SECTION (ts_figure_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsFigureEditorSection, ts_figure_editor_section,
                      TS, FIGURE_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a figure has: its title, indicator,
 * period, value, unit and change. */

G_END_DECLS
