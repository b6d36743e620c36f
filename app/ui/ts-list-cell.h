/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_LIST_CELL (ts_list_cell_get_type ())

/* A cell of a record list: one line of text, cut short with an ellipsis,
 * as wide as a number of characters asks, as tall as a line, drawn at the
 * top of its space. It is sized, laid out and drawn as a GtkInscription
 * (GTK 4.8) with the same settings is, pixel for pixel, under the same CSS
 * node ("label").
 *
 * Not a GtkInscription, for the measuring: an inscription asks Pango for
 * its font's metrics at every measure, and Pango answers each time by
 * shaping a sample sentence; a list's cells ask several times each as the
 * window first lays out. Cells share their metrics here, one set per font.
 * And an inscription makes its Pango layout, and so its style, when it is
 * made, before it has a parent; a cell makes its layout when first given a
 * size. */
G_DECLARE_FINAL_TYPE (TsListCell, ts_list_cell, TS, LIST_CELL, GtkWidget)

GtkWidget  *ts_list_cell_new          (void);
const char *ts_list_cell_get_text     (TsListCell *self);
void        ts_list_cell_set_text     (TsListCell *self,
                                       const char *text);
void        ts_list_cell_set_chars    (TsListCell *self,
                                       guint       min_chars,
                                       guint       nat_chars);
void        ts_list_cell_set_xalign   (TsListCell *self,
                                       float       xalign);
void        ts_list_cell_set_numeric  (TsListCell *self,
                                       gboolean    numeric);
gboolean    ts_list_cell_is_truncated (TsListCell *self);

G_END_DECLS
