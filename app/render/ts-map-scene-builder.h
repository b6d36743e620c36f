/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-dataset.h"
#include "ts-map-scene.h"
#include "ts-matches.h"
#include "ts-query.h"

G_BEGIN_DECLS

/* The map of what @query matches in @dataset (everything when @query is
 * NULL or empty):
 *
 * - a marker per place that a matched meeting (its place), agreement (its
 *   parties) or project (its places) names, or that the meeting a matched
 *   statement was made at names, and per matched place record;
 *   its weight is the number of matched records naming it, n_meetings the
 *   number of those that are meetings, and places with meetings are
 *   emphasised. A record counts for the place it names only, not for the
 *   places containing it: a meeting in Kant does not grow the Chuy Region
 *   marker, so nested places are not counted twice;
 * - an area per such place that is a country (with an ISO code), or a
 *   province whose shape the basemap has (China's, Kyrgyzstan's and
 *   Uzbekistan's, matched by name: ts_basemap_find_province): its shape
 *   is drawn tinted by the records placed at the country or province
 *   itself, with their count; records placed inside it count on their
 *   own place only;
 * - an arc per matched friendship_relations agreement between exactly two
 *   places: friendly provinces when both are provinces, sister cities
 *   otherwise;
 * - a route per matched project with a route of two points or more.
 *
 * Item ids are record ids (a marker's is its place's), so a hit test on
 * the map returns the record to show. */
TsMapScene *ts_map_scene_new_from_dataset (TsDataset *dataset,
                                           TsQuery   *query);

/* The same map, of what @matches holds now: the window's matches, so that
 * a search is not matched a second time for the map. */
TsMapScene *ts_map_scene_new_from_matches (TsMatches *matches);

/* Finds the record with @id, or NULL. */
typedef TsRecord *(*TsRecordLookupFunc) (gpointer    user_data,
                                         const char *id);

/* The same map, of @records (the matched ones), finding the places they
 * name through @lookup. Touches no dataset, so a briefing can build its
 * map from its own snapshot in a worker thread. */
TsMapScene *ts_map_scene_new_from_records (GPtrArray          *records,
                                           TsRecordLookupFunc  lookup,
                                           gpointer            lookup_data);

/* Whether records of @type may happen at another record rather than at a
 * place (a statement at a meeting), as the fields' descriptors say: a
 * TS_FIELD_HAPPENS_AT reference that may name a type with places of its
 * own. A scene built with a lookup of its own must then find those
 * records too, not only the places. */
gboolean    ts_map_scene_type_is_placed_through_events (TsRecordType type);

G_END_DECLS
