/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-named-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_ORGANIZATION_DETAIL_SECTION (ts_organization_detail_section_get_type ())

/* An organization's names, fields and links. */
G_DECLARE_FINAL_TYPE (TsOrganizationDetailSection, ts_organization_detail_section,
                      TS, ORGANIZATION_DETAIL_SECTION, TsNamedDetailSection)

G_END_DECLS
