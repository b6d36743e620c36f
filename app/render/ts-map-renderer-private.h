/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-renderer.h"

G_BEGIN_DECLS

/* Whether a drawing onto an image may draw the countries in a thread of
 * their own while the labels are placed (the default, on two cores or
 * more); the tests compare the two pictures. */
void _ts_map_renderer_set_threaded (TsMapRenderer *self,
                                    gboolean       threaded);

G_END_DECLS
