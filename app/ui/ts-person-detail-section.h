/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-named-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_PERSON_DETAIL_SECTION (ts_person_detail_section_get_type ())

/* A person's names, fields and links. */
G_DECLARE_FINAL_TYPE (TsPersonDetailSection, ts_person_detail_section,
                      TS, PERSON_DETAIL_SECTION, TsNamedDetailSection)

G_END_DECLS
