/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_TEXT_BOX (ts_text_box_get_type ())

/* A vertical box of wrapping text: the CSS node ("box.vertical") and the
 * layout of a vertical GtkBox, except that its width does not depend on
 * its height.
 *
 * GTK 4.8 allocates a height-for-width widget that is not aligned to fill
 * (centred, say) by first asking its width for the height it is given. A
 * GtkBox answers by trying widths, laying its wrapping labels out at each,
 * and each label then searches for the narrowest width that fits its own
 * height, every step a layout of the whole text; and a widget that fills
 * its width (halign fill, as here) throws the answer away. Asked its width
 * at a height, this box answers its width at none.
 *
 * Its children are added with gtk_widget_set_parent () or a <child> in a
 * UI file, in order, top to bottom. */
G_DECLARE_FINAL_TYPE (TsTextBox, ts_text_box, TS, TEXT_BOX, GtkWidget)

G_END_DECLS
