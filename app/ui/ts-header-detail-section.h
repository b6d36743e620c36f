/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_HEADER_DETAIL_SECTION (ts_header_detail_section_get_type ())

/* The record's title and summary, at the top of every record. */
G_DECLARE_FINAL_TYPE (TsHeaderDetailSection, ts_header_detail_section,
                      TS, HEADER_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
