/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _TsFontWarmup TsFontWarmup;

char         *ts_font_warmup_default_path (void);

TsFontWarmup *ts_font_warmup_start        (const char    *cache_path);
gboolean      ts_font_warmup_is_done      (TsFontWarmup  *self);
void          ts_font_warmup_join         (TsFontWarmup  *self);
GPtrArray    *ts_font_warmup_peek_fonts   (TsFontWarmup  *self);
void          ts_font_warmup_free         (TsFontWarmup  *self);

gboolean      ts_font_warmup_record       (GtkWidget     *root,
                                           const char    *cache_path,
                                           gboolean      *changed,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsFontWarmup, ts_font_warmup_free)

G_END_DECLS
