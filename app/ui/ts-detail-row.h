/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TS_TYPE_DETAIL_ROW (ts_detail_row_get_type ())

/* A row of the detail pane: a title over a subtitle, both wrapped and plain
 * text, between optional widgets before and after them, drawn as libadwaita
 * 1.2's AdwActionRow draws the same. A field (style "property") has no
 * widgets beside; a link has the linked record's icon before and an arrow
 * after, and is activatable.
 *
 * Not an AdwActionRow, for the measuring: GTK 4.8 allocates the action
 * row's horizontal header box by asking its vertical title box its width at
 * the header's height, and the box answers by measuring the labels' heights
 * at width after width, each label its width at each height by a binary
 * search of its own: every step a Pango layout of the whole text, again at
 * each height the window's measuring tries. Here the header is a grid,
 * which sizes its columns from the widths the labels ask for at no
 * particular height, then asks the labels their height at the width they
 * get: a few layouts a label. */
G_DECLARE_FINAL_TYPE (TsDetailRow, ts_detail_row, TS, DETAIL_ROW, AdwPreferencesRow)

GtkWidget  *ts_detail_row_new          (const char  *title,
                                        const char  *subtitle);
const char *ts_detail_row_get_subtitle (TsDetailRow *self);
void        ts_detail_row_set_subtitle (TsDetailRow *self,
                                        const char  *subtitle);
void        ts_detail_row_add_prefix   (TsDetailRow *self,
                                        GtkWidget   *widget);
void        ts_detail_row_add_suffix   (TsDetailRow *self,
                                        GtkWidget   *widget);

G_END_DECLS
