/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-record.h"
#include "ts-vocabulary.h"

G_BEGIN_DECLS

#define TS_TYPE_PLACE (ts_place_get_type ())

/* A country, province, city or site, with its coordinates. */
G_DECLARE_FINAL_TYPE (TsPlace, ts_place, TS, PLACE, TsRecord)

TsPlace            *ts_place_new           (const char *id,
                                            const char *title);

/* Language code ("en", "ru", "ky", "zh") → name, owned by the record. */
GHashTable         *ts_place_get_names     (TsPlace *self);
void                ts_place_set_names     (TsPlace    *self,
                                            GHashTable *names);
const char         *ts_place_get_name      (TsPlace    *self,
                                            const char *language);
void                ts_place_set_name      (TsPlace    *self,
                                            const char *language,
                                            const char *name);

const char * const *ts_place_get_aliases   (TsPlace *self);
void                ts_place_set_aliases   (TsPlace            *self,
                                            const char * const *aliases);

/* TS_PLACE_KIND_UNSET when not given. */
TsPlaceKind         ts_place_get_kind      (TsPlace *self);
void                ts_place_set_kind      (TsPlace     *self,
                                            TsPlaceKind  kind);

/* NULL when not given. */
const char         *ts_place_get_country   (TsPlace *self);
void                ts_place_set_country   (TsPlace    *self,
                                            const char *country);

/* “parent”: the id of a place, or NULL. */
const char         *ts_place_get_parent_id (TsPlace *self);
void                ts_place_set_parent_id (TsPlace    *self,
                                            const char *parent_id);

double              ts_place_get_lat       (TsPlace *self);
void                ts_place_set_lat       (TsPlace *self,
                                            double   lat);

double              ts_place_get_lon       (TsPlace *self);
void                ts_place_set_lon       (TsPlace *self,
                                            double   lon);

/* Whether the place @id is @ancestor_id or lies in it, following the
 * places' parents in @dataset (which may be NULL: then only @id itself). */
gboolean            ts_place_is_within      (TsDataset  *dataset,
                                             const char *id,
                                             const char *ancestor_id);

G_END_DECLS
