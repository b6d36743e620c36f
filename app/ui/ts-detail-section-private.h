/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

/* The ids the pane's sections show as links, shared by all of them so that
 * "Also Linked From" lists only the rest. */
void        _ts_detail_section_set_shown_links (TsDetailSection *self,
                                                GHashTable      *shown_links);
GHashTable *_ts_detail_section_get_shown_links (TsDetailSection *self);

G_END_DECLS
