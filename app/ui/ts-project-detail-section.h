/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PROJECT_DETAIL_SECTION (ts_project_detail_section_get_type ())

/* A project's fields and links. */
G_DECLARE_FINAL_TYPE (TsProjectDetailSection, ts_project_detail_section,
                      TS, PROJECT_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
