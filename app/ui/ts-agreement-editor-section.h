/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_AGREEMENT_EDITOR_SECTION (ts_agreement_editor_section_get_type ())

G_DECLARE_FINAL_TYPE (TsAgreementEditorSection, ts_agreement_editor_section,
                      TS, AGREEMENT_EDITOR_SECTION, TsEditorSection)

/* The record editor's section for what an agreement has: its title, date,
 * kind, status, parties, signatories and projects. */

G_END_DECLS
