/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-named-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PLACE_DETAIL_SECTION (ts_place_detail_section_get_type ())

/* A place's names, fields and links. */
G_DECLARE_FINAL_TYPE (TsPlaceDetailSection, ts_place_detail_section,
                      TS, PLACE_DETAIL_SECTION, TsNamedDetailSection)

G_END_DECLS
