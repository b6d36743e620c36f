/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PLACE_EDITOR_SECTION (ts_place_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsPlaceEditorSection, ts_place_editor_section,
                      TS, PLACE_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what a place has: its name, kind, the
 * place it lies in and its coordinates. */

G_END_DECLS
