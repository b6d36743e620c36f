/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_SOURCE_DETAIL_SECTION (ts_source_detail_section_get_type ())

/* A source's fields and links. */
G_DECLARE_FINAL_TYPE (TsSourceDetailSection, ts_source_detail_section,
                      TS, SOURCE_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
