/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-editor-section.h"

G_BEGIN_DECLS

/* Filling and reading the editor's rows that the sections declare in their
 * templates: entry rows for text, lists and numbers, combo rows whose model
 * is a TsChoiceModel. Reading never changes what a row shows; a value that
 * cannot be read is a problem named by the row's title. */

void   ts_editor_set_text    (GtkWidget          *row,
                              const char         *text);
/* The text, without spaces around it; NULL when empty (a problem when
 * @required). */
char  *ts_editor_read_text   (GtkWidget          *row,
                              gboolean            required,
                              TsEditorProblems   *problems);

/* A list as one line, items separated by commas; an item that holds a
 * comma or a quote, or begins or ends with a space, in double quotes. */
void   ts_editor_set_list    (GtkWidget          *row,
                              const char * const *values);
GStrv  ts_editor_read_list   (GtkWidget          *row,
                              TsEditorProblems   *problems);

/* A number written so that it reads back exactly; NAN shows as empty. */
void   ts_editor_set_number  (GtkWidget          *row,
                              double              value);
/* NAN when empty (a problem when @required) or not a number between @min
 * and @max. */
double ts_editor_read_number (GtkWidget          *row,
                              double              min,
                              double              max,
                              gboolean            required,
                              TsEditorProblems   *problems);

/* A combo row of a TsChoiceModel: shows @value, reads the value shown. */
void     ts_editor_set_choice  (GtkWidget        *row,
                                int               value);
gboolean ts_editor_get_choice  (GtkWidget        *row,
                                int              *value);
int      ts_editor_read_choice (GtkWidget        *row,
                                TsEditorProblems *problems);

G_END_DECLS
