/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ts-basemap.h"
#include "ts-export.h"

G_BEGIN_DECLS

/* The map of the records in scope as a PNG, drawn by app/render on
 * @basemap, or on the app's own when NULL. */
GBytes *_ts_briefing_render_map (TsExportData  *data,
                                 TsBasemap     *basemap,
                                 int            width,
                                 int            height,
                                 GError       **error);

G_END_DECLS
