/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_HISTORY_DETAIL_SECTION (ts_history_detail_section_get_type ())

/* "History": the changes the store's log has of the record, newest first:
 * who, when, and each field's value before and after. Hidden for a
 * dataset of no store, or a record without changes. */
G_DECLARE_FINAL_TYPE (TsHistoryDetailSection, ts_history_detail_section, TS,
                      HISTORY_DETAIL_SECTION, TsDetailSection)

/* One line of a change, "Summary: “old” → “new”", as the section and the
 * conflict dialog show it; @field a record field's key. */
char *ts_history_describe_value (const char *json);
char *ts_history_field_label    (TsRecord   *record,
                                 const char *field);

G_END_DECLS
