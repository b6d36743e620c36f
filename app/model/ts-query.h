/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ts-types.h"
#include "ts-date.h"
#include "ts-record.h"

G_BEGIN_DECLS

#define TS_TYPE_QUERY (ts_query_get_type ())

G_DECLARE_FINAL_TYPE (TsQuery, ts_query, TS, QUERY, GObject)

/* What the records window shows, the map draws and an export writes: free
 * text plus filters. Every setter emits ::changed. Vocabulary filters are
 * enum values, -1 for any. */
TsQuery      *ts_query_new            (void);
TsQuery      *ts_query_new_from_strings (const char  *text,
                                         const char  *types,   /* "meeting,agreement" */
                                         const char  *from,    /* a date, FORMAT.md form */
                                         const char  *to,
                                         GError     **error);
TsQuery      *ts_query_copy           (TsQuery      *self);

const char   *ts_query_get_text       (TsQuery      *self);
void          ts_query_set_text       (TsQuery      *self,
                                       const char   *text);
/* A bit mask of 1 << TsRecordType; 0 means every type. */
guint         ts_query_get_types      (TsQuery      *self);
void          ts_query_set_types      (TsQuery      *self,
                                       guint         types);
const TsDate *ts_query_get_from       (TsQuery      *self);
void          ts_query_set_from       (TsQuery      *self,
                                       const TsDate *from);
const TsDate *ts_query_get_to         (TsQuery      *self);
void          ts_query_set_to         (TsQuery      *self,
                                       const TsDate *to);
/* Records in a country (ISO 3166 alpha-2): people, organizations and
 * places of it, meetings held in it, agreements with a party in it,
 * projects with a place or partner in it, and the sources those cite. */
const char   *ts_query_get_country    (TsQuery      *self);
void          ts_query_set_country    (TsQuery      *self,
                                       const char   *country);
const char   *ts_query_get_place      (TsQuery      *self);
void          ts_query_set_place      (TsQuery      *self,
                                       const char   *place_id);
/* The participant filter: meetings the person took part in, agreements
 * they signed (a record's references to people), the person, and the
 * sources those cite. */
const char   *ts_query_get_person     (TsQuery      *self);
void          ts_query_set_person     (TsQuery      *self,
                                       const char   *person_id);
/* The counterpart filter (an ISO 3166 alpha-2 code): meetings with a
 * participant from the country (the side they were on, else their own
 * country, else their organization's), agreements with a signatory from
 * it, the people from it, and the sources those cite. */
const char   *ts_query_get_counterpart (TsQuery     *self);
void          ts_query_set_counterpart (TsQuery     *self,
                                        const char  *country);
const char   *ts_query_get_tag        (TsQuery      *self);
void          ts_query_set_tag        (TsQuery      *self,
                                       const char   *tag);
/* Fields: "level", "format" (meetings), "agreement-kind",
 * "agreement-status", "project-status", "sector" (projects),
 * "organization-kind", "place-kind", "reliability" (sources),
 * "statement-kind" and "confidence" (every record). Each applies only to its own type. */
int           ts_query_get_vocabulary (TsQuery      *self,
                                       const char   *field);
void          ts_query_set_vocabulary (TsQuery      *self,
                                       const char   *field,
                                       int           value);

gboolean      ts_query_is_empty       (TsQuery      *self);
/* Unsets every filter (and, for ts_query_clear(), the text too), emitting
 * ::changed once if anything changed. */
void          ts_query_clear_filters  (TsQuery      *self);
void          ts_query_clear          (TsQuery      *self);
/* Whether @record matches: the definition that TsMatches (and through it
 * ts_matches_select()) computes for a whole dataset at once. */
gboolean      ts_query_matches        (TsQuery      *self,
                                       TsDataset    *dataset,
                                       TsRecord     *record);
/* The scope in words, translated: "All records", or "“baysalov”; meetings;
 * from May 2023 to 2024". */
char         *ts_query_describe       (TsQuery      *self);

/* Added to the contract: */

/* The folded words of the text, each of which a record must contain. */
const char * const *ts_query_get_words (TsQuery     *self);
/* Whether anything but the text narrows the query. */
gboolean      ts_query_has_filters    (TsQuery      *self);
/* Whether both queries filter alike, whatever their texts. */
gboolean      ts_query_filters_equal  (TsQuery      *self,
                                       TsQuery      *other);
/* ts_query_matches() without the text. */
gboolean      ts_query_matches_filters (TsQuery     *self,
                                        TsDataset   *dataset,
                                        TsRecord    *record);

/* Like ts_query_describe(), naming the place and person filters by the
 * titles of their records in @dataset (which may be NULL). */
char         *ts_query_describe_full  (TsQuery      *self,
                                       TsDataset    *dataset);

/* A participant of a record and the country they were from (or NULL). */
typedef void (*TsParticipantFunc) (const char *person_id,
                                   const char *country,
                                   gpointer    user_data);
/* The people taking part in @record, each with the country the
 * counterpart filter counts them from (see ts-query-match.c). */
void          ts_query_foreach_participant (TsRecord           *record,
                                            TsRecordLookupFunc  lookup,
                                            gpointer            lookup_data,
                                            TsParticipantFunc   func,
                                            gpointer            user_data);

G_END_DECLS
