/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-matches.h"
#include "ts-record-columns.h"

G_BEGIN_DECLS

#define TS_TYPE_MATCH_LIST (ts_match_list_get_type ())

G_DECLARE_FINAL_TYPE (TsMatchList, ts_match_list, TS, MATCH_LIST, GObject)

/* The records of one type that a TsMatches holds, sorted by a column: a
 * GListModel of TsRecord. The records of the type stay sorted as the
 * search changes, each column's sort keys computed once, so a keystroke
 * costs a walk through them and one ::items-changed over the range that
 * differs. */
TsMatchList  *ts_match_list_new        (TsMatches          *matches,
                                        TsRecordType        type);
/* @column NULL: in the order the records were added. */
void          ts_match_list_set_sort   (TsMatchList        *self,
                                        const TsColumn     *column,
                                        gboolean            descending);
/* A list off screen can be frozen: a new search then only marks it stale
 * until it is thawed or flushed. */
void          ts_match_list_set_frozen (TsMatchList        *self,
                                        gboolean            frozen);
void          ts_match_list_flush      (TsMatchList        *self);
/* The position of the record with @id, or GTK_INVALID_LIST_POSITION
 * (G_MAXUINT) when it is not shown. */
guint         ts_match_list_find       (TsMatchList        *self,
                                        const char         *id);
/* The positions of the records whose ids are the keys of @ids, in the
 * list's order; those not shown are left out. One walk through the list
 * however many ids there are. */
GArray       *ts_match_list_find_all   (TsMatchList        *self,
                                        GHashTable         *ids);

/* The records shown, in the list's order, as one array: what an export of
 * the list takes, without a reference or a call through GListModel per
 * record. The records are the matches' (valid in this thread until they
 * change). (transfer container) */
GPtrArray    *ts_match_list_dup_shown_records (TsMatchList *self);

G_END_DECLS
