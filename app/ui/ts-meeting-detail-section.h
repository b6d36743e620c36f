/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_MEETING_DETAIL_SECTION (ts_meeting_detail_section_get_type ())

/* A meeting's fields and links. */
G_DECLARE_FINAL_TYPE (TsMeetingDetailSection, ts_meeting_detail_section,
                      TS, MEETING_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
