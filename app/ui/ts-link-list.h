/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-link-row.h"

G_BEGIN_DECLS

#define TS_TYPE_LINK_LIST (ts_link_list_get_type ())

G_DECLARE_FINAL_TYPE (TsLinkList, ts_link_list, TS, LINK_LIST, AdwPreferencesGroup)

/* A group that lists linked records ("Organizations", "Sources"): a row for
 * each, with a button that removes it, and a last row with a picker and a
 * button that adds the record chosen; a record created from that picker
 * ("New Source…") is added at once. Its title names the list. */
void  ts_link_list_set_links (TsLinkList         *self,
                              TsDataset          *dataset,
                              TsCandidates       *candidates,
                              const char * const *ids);
/* The ids listed, in order. */
GStrv ts_link_list_get_links (TsLinkList         *self);

G_END_DECLS
