/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_FIGURE_DETAIL_SECTION (ts_figure_detail_section_get_type ())

/* A figure's fields and links. */
G_DECLARE_FINAL_TYPE (TsFigureDetailSection, ts_figure_detail_section,
                      TS, FIGURE_DETAIL_SECTION, TsDetailSection)

G_END_DECLS
