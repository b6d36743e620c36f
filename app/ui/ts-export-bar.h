/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TS_TYPE_EXPORT_BAR (ts_export_bar_get_type ())

G_DECLARE_FINAL_TYPE (TsExportBar, ts_export_bar, TS, EXPORT_BAR, GtkWidget)

/* The bar at the bottom of the window while an export runs: what is being
 * written, how far it has got, and a Cancel button that cancels the
 * export's GCancellable. Hidden (:running FALSE) otherwise. Disposing the
 * bar cancels a running export. */
GtkWidget *ts_export_bar_new          (void);
/* Shows @label ("Exporting “briefing.xlsx”…") at 0 % and keeps
 * @cancellable for the Cancel button. */
void       ts_export_bar_start        (TsExportBar  *self,
                                       const char   *label,
                                       GCancellable *cancellable);
/* @fraction: 0 to 1. */
void       ts_export_bar_set_fraction (TsExportBar  *self,
                                       double        fraction);
double     ts_export_bar_get_fraction (TsExportBar  *self);
/* Hides the bar and lets go of the cancellable. */
void       ts_export_bar_stop         (TsExportBar  *self);
gboolean   ts_export_bar_get_running  (TsExportBar  *self);
/* Cancels the running export, as the Cancel button does. */
void       ts_export_bar_cancel       (TsExportBar  *self);

G_END_DECLS
