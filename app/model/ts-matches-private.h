/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of TsMatches: ts-matches.c (the slots, the text
 * index, following the query and the dataset) and ts-matches-search.c
 * (looking for words, in a worker or at once, and the searches
 * remembered). */

#include "ts-matches.h"

G_BEGIN_DECLS

/* Search texts gathered per step of the background indexing: about 5 ms. */
#define INDEX_STEP      2048
/* Beyond this many changes at once, the slots of each type are gathered
 * again rather than edited one by one. */
#define BULK_CHANGES    256
/* A word is looked for record by record below this share of candidates
 * (1 in 8), and through the whole text above it. */
#define SCAN_SHARE      8
/* The text is packed again once this much of it is dead. */
#define MIN_DEAD_TO_PACK (1 << 20)
/* Searches remembered to start the next ones from (a byte per record
 * each). */
#define MAX_FOUNDS      24
/* With this many records or more, words are looked for in a worker (a
 * few milliseconds at 100 000 records); fewer are quicker at once. */
#define THREAD_MIN_SLOTS 20000

#define NO_SLOT   G_MAXUINT
#define NO_OFFSET G_MAXUINT
#define NO_TYPE   0xff

/* Where a slot's search text lies in the text. */
typedef struct
{
  guint offset;  /* NO_OFFSET: not indexed */
  guint length;
} Span;

/* The slot whose text starts at @offset (NO_SLOT once dead), sorted by
 * offset, to tell which record a place in the text belongs to. */
typedef struct
{
  guint offset;
  guint slot;
} Start;

struct _TsMatches
{
  GObject parent_instance;

  TsDataset *dataset;
  TsQuery *query;
  /* The query the matches were last brought up to date with. */
  TsQuery *matched_query;

  GPtrArray *records;     /* slot → TsRecord or NULL */
  /* While held (ts_matches_hold_records()), the references the slots let
   * go of are kept here, so that the records the slots held stay alive. */
  guint n_holds;
  GPtrArray *held;
  GByteArray *types;      /* slot → TsRecordType, or NO_TYPE when free */
  GHashTable *slots;      /* id → slot + 1 */
  GArray *free_slots;
  GArray *type_slots[TS_N_RECORD_TYPES];

  /* Every record's search text, one after another, each ending in a
   * newline (words never hold one, so no match spans two records). */
  GString *text;
  GArray *spans;          /* slot → Span */
  GArray *starts;         /* Start */
  gsize n_dead;           /* bytes of text no record owns any more */
  guint n_unindexed;      /* records whose text is not in yet */
  guint index_cursor;     /* no slot below it is waiting for its text */
  guint index_source;

  GByteArray *filtered;   /* slot → passes the query's filters */
  GByteArray *found;      /* slot → holds every word of the query */
  GByteArray *matched;    /* slot → both */
  GPtrArray *founds;      /* Found, the most recent last */
  guint n_matches[TS_N_RECORD_TYPES];

  /* The words that found holds the records of. */
  char **found_words;
  /* Looking for words in a worker: it reads the text, spans, starts and
   * types under index_lock, which the main thread takes to change them. */
  gboolean live;
  guint thread_min_slots;
  GMutex index_lock;
  gboolean searching;     /* a worker looks for words */
  guint generation;       /* bumped when the dataset changes */
};

static inline gboolean
is_live (TsMatches *self,
         guint      slot)
{
  return self->types->data[slot] != NO_TYPE;
}

/* ts-matches.c */
/* Keeps in @hits the slots that hold @word: under index_lock, with every
 * text indexed. */
void     _ts_matches_find_word        (TsMatches  *self,
                                       const char *word,
                                       guint8     *hits);
/* Gathers every search text not yet in the index: on the main thread,
 * with no worker reading it. */
void     _ts_matches_finish_indexing  (TsMatches  *self);
/* Matched: filtered and found; counts them by type. */
void     _ts_matches_update_matched   (TsMatches  *self);
/* Emits ::changed for a change of the query. */
void     _ts_matches_emit_changed     (TsMatches  *self);

/* ts-matches-search.c */
void     _ts_matches_found_free       (gpointer    found);
/* Brings found up to the query's words at once. */
void     _ts_matches_update_found     (TsMatches  *self);
/* The query's words changed: finds what they find, at once when it is
 * known or cheap, else in a worker. TRUE when found is up to date. */
gboolean _ts_matches_follow_words     (TsMatches  *self);

G_END_DECLS
