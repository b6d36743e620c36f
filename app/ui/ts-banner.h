/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TS_TYPE_BANNER (ts_banner_get_type ())
G_DECLARE_FINAL_TYPE (TsBanner, ts_banner, TS, BANNER, GtkWidget)

/* A bar across the top of a window or pane that says something lasting
 * ("Read only: …", "Disconnected from the team database") with an optional
 * button, as AdwBanner does in libadwaita 1.3 (1.2 has none): a GtkRevealer
 * holding a title and the button, which slides in and out. CSS node
 * "banner" (resources/style.css). Its accessible role is a status whose name
 * is the title, so a screen reader reads what it says; while it is hidden,
 * it is hidden from assistive technologies too.
 *
 * The button is shown only while it has a label (with a mnemonic, "_Try
 * Again"); a click emits "button-clicked". The banner starts hidden. */
GtkWidget  *ts_banner_new               (const char *title);

void        ts_banner_set_title         (TsBanner   *self,
                                         const char *title);
const char *ts_banner_get_title         (TsBanner   *self);
/* NULL or "" hides the button. */
void        ts_banner_set_button_label  (TsBanner   *self,
                                         const char *label);
const char *ts_banner_get_button_label  (TsBanner   *self);
void        ts_banner_set_revealed      (TsBanner   *self,
                                         gboolean    revealed);
gboolean    ts_banner_get_revealed      (TsBanner   *self);

G_END_DECLS
