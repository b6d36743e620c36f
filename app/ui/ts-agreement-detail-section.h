/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_AGREEMENT_DETAIL_SECTION (ts_agreement_detail_section_get_type ())

/* An agreement's fields and links. */
G_DECLARE_FINAL_TYPE (TsAgreementDetailSection, ts_agreement_detail_section,
                      TS, AGREEMENT_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
