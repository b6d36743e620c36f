/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_SOURCES_DETAIL_SECTION (ts_sources_detail_section_get_type ())

/* The sources a record cites, for every type. */
G_DECLARE_FINAL_TYPE (TsSourcesDetailSection, ts_sources_detail_section,
                      TS, SOURCES_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
