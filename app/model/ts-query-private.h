/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-field.h"
#include "ts-query.h"

G_BEGIN_DECLS

/* Shared by the files of TsQuery: ts-query.c (the object),
 * ts-query-match.c (matching) and ts-query-describe.c (in words). */

/* The vocabulary filters are the enum fields the record types flag
 * TS_FIELD_FILTERABLE. Each belongs to one record type (confidence, a
 * common field, to every one): an agreement kind filter leaves
 * organizations and places alone. A filter is named by its field's key,
 * or "<type>-<key>" where two types have the same key ("agreement-kind",
 * "place-kind"). */
typedef struct
{
  char          *name;
  TsRecordType   type;
  gboolean       every_type;
  const TsField *field;
} TsQueryVocabulary;

#define MAX_VOCABULARIES 16

struct _TsQuery
{
  GObject   parent_instance;

  char     *text;
  char    **tokens;      /* folded */
  guint     types;
  TsDate    from;
  TsDate    to;
  char     *country;
  char     *place_id;
  char     *person_id;
  char     *counterpart;
  char     *tag;
  int       vocabulary[MAX_VOCABULARIES];
};

/* The vocabulary filters, built once from the record types' fields. */
GArray      *_ts_query_get_vocabularies     (void);
int          _ts_query_find_vocabulary      (const char *name);

#define N_VOCABULARIES (_ts_query_get_vocabularies ()->len)
#define VOCABULARY(i) (&g_array_index (_ts_query_get_vocabularies (), TsQueryVocabulary, (i)))

G_END_DECLS
