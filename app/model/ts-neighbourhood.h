/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-dataset.h"

G_BEGIN_DECLS

/* A record's neighbourhood: the records within @hops links of it, following
 * references both ways (what it links to, and what links to it). A dossier
 * (`--around ID --hops N`) is scoped to it.
 *
 * Citations are not walked: a source cited by two records does not make
 * them neighbours (a wire story cites half the dataset). Only a source's
 * own neighbourhood starts with the records that cite it. The sources the
 * records cite come into a briefing as its linked context instead.
 *
 * Returns the records (TsRecord, referenced): @id's record first, then
 * the others by distance, each distance in the order of the walk; NULL,
 * with TS_USAGE_ERROR_INVALID naming @id, when the dataset has no such
 * record. @distances, if not NULL, is set to a table of record → hops. */
GPtrArray *ts_neighbourhood_collect (TsDataset   *dataset,
                                     const char  *id,
                                     guint        hops,
                                     GHashTable **distances,
                                     GError     **error);

/* Whether @record's reference through @field ("sources",
 * "milestones.source") is a citation: one that can only name a source. */
gboolean   ts_neighbourhood_is_citation (TsRecord   *record,
                                         const char *field);

G_END_DECLS
