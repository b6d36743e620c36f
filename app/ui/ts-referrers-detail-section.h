/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_REFERRERS_DETAIL_SECTION (ts_referrers_detail_section_get_type ())

/* "Also Linked From": the records linking to this one that no other section
 * shows. */
G_DECLARE_FINAL_TYPE (TsReferrersDetailSection, ts_referrers_detail_section,
                      TS, REFERRERS_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
