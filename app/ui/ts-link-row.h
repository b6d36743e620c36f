/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-record-picker.h"

G_BEGIN_DECLS

#define TS_TYPE_LINK_ROW (ts_link_row_get_type ())

G_DECLARE_FINAL_TYPE (TsLinkRow, ts_link_row, TS, LINK_ROW, AdwActionRow)

/* A row that links the record to one other: its title names the field
 * ("Place"), a picker at its end chooses the record. */
void        ts_link_row_set_link (TsLinkRow    *self,
                                  TsCandidates *candidates,
                                  const char   *id);
const char *ts_link_row_get_link (TsLinkRow    *self);

G_END_DECLS
