/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_CHOICE_MODEL (ts_choice_model_get_type ())

G_DECLARE_FINAL_TYPE (TsChoiceModel, ts_choice_model, TS, CHOICE_MODEL, GObject)

/* The choices of a dropdown (an AdwComboRow, a GtkDropDown) for one of the
 * vocabulary enums (ts-vocabulary.h, TsConfidence): a GListModel of
 * GtkStringObject, one per value of the enum, in the enum's order, labelled
 * by ts_enum_get_label(). The value whose nick is "unset" (a field the
 * record may leave out) reads "Not set"; an enum without one (TsConfidence,
 * whose first value is a real one) offers only real values.
 *
 * Every dropdown of an enum maps between the enum's values and its
 * positions through here, so the position shown is always the value stored. */

TsChoiceModel *ts_choice_model_new          (GType          enum_type);

GType          ts_choice_model_get_enum_type (TsChoiceModel *self);

/* The position of @value, or GTK_INVALID_LIST_POSITION when the enum has no
 * such value. */
guint          ts_choice_model_get_position (TsChoiceModel *self,
                                             int            value);
/* The value at @position; FALSE (and @value untouched) when @position is
 * not one (GTK_INVALID_LIST_POSITION: nothing selected). */
gboolean       ts_choice_model_get_value    (TsChoiceModel *self,
                                             guint          position,
                                             int           *value);
/* Whether the enum lets a field be unset ("Not set" is one of the choices). */
gboolean       ts_choice_model_has_unset    (TsChoiceModel *self);

G_END_DECLS
