/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_ABOUT_DETAIL_SECTION (ts_about_detail_section_get_type ())

/* "About This Record": tags, confidence, notes, identifier, last change. */
G_DECLARE_FINAL_TYPE (TsAboutDetailSection, ts_about_detail_section,
                      TS, ABOUT_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
