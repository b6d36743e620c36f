/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_ORGANIZATION_EDITOR_SECTION (ts_organization_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsOrganizationEditorSection, ts_organization_editor_section,
                      TS, ORGANIZATION_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what an organization has: its name,
 * kind and the organization it is part of. */

G_END_DECLS
