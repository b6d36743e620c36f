/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TS_TYPE_PROPERTY_ROW (ts_property_row_get_type ())

/* A field of the detail pane: its title, and under it its value, wrapped
 * (libadwaita 1.2's AdwActionRow look, plain text). An AdwActionRow lays its
 * labels out in a horizontal box, which GTK 4.8 allocates by asking the
 * labels how narrow they could be at a given height: a binary search over
 * widths, each step a Pango layout of the whole text, again at every height
 * the window's measuring tries. Here both labels stand in vertical boxes,
 * which only ask for heights at a given width. */
G_DECLARE_FINAL_TYPE (TsPropertyRow, ts_property_row, TS, PROPERTY_ROW, AdwPreferencesRow)

GtkWidget  *ts_property_row_new       (const char    *title,
                                       const char    *value);
const char *ts_property_row_get_value (TsPropertyRow *self);
void        ts_property_row_set_value (TsPropertyRow *self,
                                       const char    *value);

G_END_DECLS
