/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_STATEMENT_DETAIL_SECTION (ts_statement_detail_section_get_type ())

/* A statement's words, fields and links: who said it, for whom, where, and
 * the articles that carry it with their sentences. */
G_DECLARE_FINAL_TYPE (TsStatementDetailSection, ts_statement_detail_section,
                      TS, STATEMENT_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
