/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Accessible names GTK 4.8 does not give on its own. A widget with no
 * name is read by its class ("GtkListItemWidget", "GtkToggleButton"), and
 * a name is the widget's label followed by those of the widgets labelling
 * it, so a button with a mnemonic reads "_Save Save". */

/* Names the row of a list or column view that @child (the widget a list
 * item factory made) is in by @row_label, and a column view's cell by
 * @cell_label (NULL in a list view); a NULL @row_label leaves the row's
 * name as it is. GTK keeps both widgets to itself: they are @child's parent
 * and grandparent. */
void ts_accessible_label_list_item      (GtkWidget     *child,
                                         const char    *row_label,
                                         const char    *cell_label);
/* Names the inner parts of @view, which GTK leaves nameless: the list of
 * its rows (by @label) and the row of column headers. */
void ts_accessible_label_column_view    (GtkColumnView *view,
                                         const char    *label);
/* Names @dropdown and its button by @label and the value shown ("Country:
 * Any"), and each item of its popup by its text. */
void ts_accessible_name_drop_down       (GtkDropDown   *dropdown,
                                         const char    *label);
/* The same for a combo row, by its title. */
void ts_accessible_name_combo_row       (AdwComboRow   *row);
/* An entry row's text, where the focus goes, is left out of the tree by
 * libadwaita 1.2, so a screen reader hears nothing when it gets the focus:
 * it is given its place, named by the row's title. Before the row is shown. */
void ts_accessible_expose_entry_row     (AdwEntryRow   *row);
/* ts_accessible_name_combo_row() and ts_accessible_expose_entry_row() for
 * every such row in @root not done yet. */
void ts_accessible_name_rows            (GtkWidget     *root);
/* Names every widget of @type in @root (@root too), or only the first found
 * depth first: the parts of a libadwaita widget it leaves nameless. */
void ts_accessible_label_descendants    (GtkWidget     *root,
                                         GType          type,
                                         gboolean       first_only,
                                         const char    *label);
/* A button whose label has a mnemonic (use-underline) is read by its label
 * alone: "Save", not "_Save Save". */
void ts_accessible_name_mnemonic_button (GtkButton     *button);

G_END_DECLS
