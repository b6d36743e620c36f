/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-map-scene-builder.h"

G_BEGIN_DECLS

/* ts_map_scene_new_from_records(), which counts the places of the second
 * half of @records in a thread of its own when there are many; @split
 * says whether to, whatever their number (the tests compare the two). */
TsMapScene *_ts_map_scene_new_from_records_split (GPtrArray          *records,
                                                  TsRecordLookupFunc  lookup,
                                                  gpointer            lookup_data,
                                                  gboolean            split);

G_END_DECLS
