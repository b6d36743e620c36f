/* SPDX-License-Identifier: GPL-3.0-or-later */

/* memmem() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "ts-matches"

#include "config.h"

#include <string.h>

#include "ts-matches.h"

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

G_DEFINE_FINAL_TYPE (TsMatches, ts_matches, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_live (TsMatches *self,
         guint      slot)
{
  return self->types->data[slot] != NO_TYPE;
}

static Span *
get_span (TsMatches *self,
          guint      slot)
{
  return &g_array_index (self->spans, Span, slot);
}

/* The index of the last start at or before @offset, looking no lower
 * than @from. */
static guint
find_start (TsMatches *self,
            guint      from,
            gsize      offset)
{
  const Start *starts = (const Start *) (gpointer) self->starts->data;
  guint low = from, high = self->starts->len;

  /* Hits come in order, mostly a few records on from the last one. */
  for (guint i = 0; i < 8 && low + 1 < high && starts[low + 1].offset <= offset; i++)
    low++;
  if (low + 1 >= high || starts[low + 1].offset > offset)
    return low;

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (starts[middle].offset <= offset)
        low = middle;
      else
        high = middle;
    }

  return low;
}

static void
unindex_text (TsMatches *self,
              guint      slot)
{
  Span *span = get_span (self, slot);
  guint start;

  if (span->offset == NO_OFFSET)
    return;

  start = find_start (self, 0, span->offset);
  g_array_index (self->starts, Start, start).slot = NO_SLOT;
  self->n_dead += span->length + 1;
  span->offset = NO_OFFSET;
  span->length = 0;
  self->n_unindexed++;
  self->index_cursor = MIN (self->index_cursor, slot);
}

static void
index_text (TsMatches *self,
            guint      slot)
{
  TsRecord *record = g_ptr_array_index (self->records, slot);
  const char *text = ts_dataset_get_search_text (self->dataset, record);
  gsize length = strlen (text);
  Span *span = get_span (self, slot);
  Start start;

  g_assert (span->offset == NO_OFFSET);
  g_assert (self->text->len + length + 1 < NO_OFFSET);

  start.offset = span->offset = self->text->len;
  start.slot = slot;
  span->length = length;
  g_string_append_len (self->text, text, length);
  g_string_append_c (self->text, '\n');
  g_array_append_val (self->starts, start);
  self->n_unindexed--;
}

/* Lays the live texts end to end again, dropping the dead ones. */
static void
pack_text (TsMatches *self)
{
  GString *old_text = self->text;

  self->text = g_string_sized_new (old_text->len - self->n_dead + 1);
  g_array_set_size (self->starts, 0);
  for (guint slot = 0; slot < self->records->len; slot++)
    {
      Span *span = get_span (self, slot);
      Start start;

      if (span->offset == NO_OFFSET)
        continue;

      start.offset = self->text->len;
      start.slot = slot;
      g_string_append_len (self->text, old_text->str + span->offset, span->length);
      g_string_append_c (self->text, '\n');
      g_array_append_val (self->starts, start);
      span->offset = start.offset;
    }
  self->n_dead = 0;
  g_string_free (old_text, TRUE);
}

/* Indexes up to @budget records; TRUE when none is left waiting. */
static gboolean
index_some (TsMatches *self,
            guint      budget)
{
  guint slot;

  for (slot = self->index_cursor;
       slot < self->records->len && self->n_unindexed > 0 && budget > 0;
       slot++)
    {
      if (is_live (self, slot) && get_span (self, slot)->offset == NO_OFFSET)
        {
          index_text (self, slot);
          budget--;
        }
    }
  self->index_cursor = slot;

  if (self->n_unindexed == 0 && self->n_dead > MIN_DEAD_TO_PACK
      && self->n_dead > self->text->len / 2)
    pack_text (self);

  return self->n_unindexed == 0;
}

static gboolean
on_index_step (gpointer user_data)
{
  TsMatches *self = TS_MATCHES (user_data);
  gboolean done;

  /* A worker reads the text: next time. */
  if (!g_mutex_trylock (&self->index_lock))
    return G_SOURCE_CONTINUE;
  done = index_some (self, INDEX_STEP);
  g_mutex_unlock (&self->index_lock);
  if (done)
    {
      self->index_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
schedule_indexing (TsMatches *self)
{
  if (self->n_unindexed == 0 || self->index_source != 0)
    return;

  /* Below redrawing and input, so the window stays responsive meanwhile. */
  self->index_source = g_idle_add_full (G_PRIORITY_LOW, on_index_step, self, NULL);
  g_source_set_name_by_id (self->index_source, "[tianshan] index search texts");
}

static void
finish_indexing (TsMatches *self)
{
  index_some (self, G_MAXUINT);
  g_clear_handle_id (&self->index_source, g_source_remove);
}

static void
resize_slots (TsMatches *self,
              guint      n_slots)
{
  guint old_n_slots = self->records->len;

  g_ptr_array_set_size (self->records, n_slots);
  g_byte_array_set_size (self->types, n_slots);
  g_array_set_size (self->spans, n_slots);
  g_byte_array_set_size (self->filtered, n_slots);
  g_byte_array_set_size (self->found, n_slots);
  g_byte_array_set_size (self->matched, n_slots);

  for (guint slot = old_n_slots; slot < n_slots; slot++)
    {
      Span *span = get_span (self, slot);

      self->types->data[slot] = NO_TYPE;
      span->offset = NO_OFFSET;
      span->length = 0;
      self->filtered->data[slot] = self->found->data[slot] = self->matched->data[slot] = FALSE;
    }
}

static guint
add_slot (TsMatches *self,
          TsRecord  *record,
          gboolean   add_to_type)
{
  TsRecordType type = ts_record_get_record_type (record);
  guint slot;

  if (self->free_slots->len > 0)
    {
      slot = g_array_index (self->free_slots, guint, self->free_slots->len - 1);
      g_array_set_size (self->free_slots, self->free_slots->len - 1);
    }
  else
    {
      slot = self->records->len;
      resize_slots (self, slot + 1);
    }

  self->records->pdata[slot] = g_object_ref (record);
  self->types->data[slot] = type;
  g_hash_table_insert (self->slots, g_strdup (ts_record_get_id (record)),
                       GUINT_TO_POINTER (slot + 1));
  if (add_to_type)
    g_array_append_val (self->type_slots[type], slot);
  self->n_unindexed++;
  self->index_cursor = MIN (self->index_cursor, slot);

  return slot;
}

static void
remove_slot (TsMatches *self,
             guint      slot,
             gboolean   remove_from_type)
{
  TsRecord *record = g_ptr_array_index (self->records, slot);
  TsRecordType type = self->types->data[slot];

  unindex_text (self, slot);
  /* Not in the index any more, and not waiting for it either. */
  self->n_unindexed--;

  if (remove_from_type)
    {
      GArray *type_slots = self->type_slots[type];

      for (guint i = 0; i < type_slots->len; i++)
        {
          if (g_array_index (type_slots, guint, i) == slot)
            {
              g_array_remove_index_fast (type_slots, i);
              break;
            }
        }
    }

  g_hash_table_remove (self->slots, ts_record_get_id (record));
  self->types->data[slot] = NO_TYPE;
  self->filtered->data[slot] = self->found->data[slot] = self->matched->data[slot] = FALSE;
  g_clear_object ((TsRecord **) &self->records->pdata[slot]);
  g_array_append_val (self->free_slots, slot);
}

static void
gather_type_slots (TsMatches *self)
{
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_array_set_size (self->type_slots[type], 0);

  for (guint slot = 0; slot < self->records->len; slot++)
    {
      if (is_live (self, slot))
        g_array_append_val (self->type_slots[self->types->data[slot]], slot);
    }
}

static void
update_filtered (TsMatches *self)
{
  gboolean any = ts_query_has_filters (self->query);

  for (guint slot = 0; slot < self->records->len; slot++)
    {
      self->filtered->data[slot] =
        is_live (self, slot)
        && (!any || ts_query_matches_filters (self->query, self->dataset,
                                              g_ptr_array_index (self->records, slot)));
    }
}

/* Keeps in @hits the slots that hold @word. */
static void
find_word (TsMatches  *self,
           const char *word,
           guint8     *hits)
{
  gsize word_length = strlen (word);
  guint n_slots = self->records->len;
  guint n_candidates = 0;
  g_autofree guint8 *seen = NULL;
  const char *text = self->text->str;
  const char *end = text + self->text->len;
  const char *at = text;
  const char *hit;
  guint start = 0;

  for (guint slot = 0; slot < n_slots; slot++)
    n_candidates += hits[slot];
  if (n_candidates == 0)
    return;

  if (n_candidates < n_slots / SCAN_SHARE)
    {
      for (guint slot = 0; slot < n_slots; slot++)
        {
          const Span *span;

          if (!hits[slot])
            continue;

          span = get_span (self, slot);
          hits[slot] = memmem (text + span->offset, span->length, word, word_length) != NULL;
        }
      return;
    }

  /* One pass through the text, skipping to the next record at each hit. */
  seen = g_malloc0 (n_slots);
  while (at < end && (hit = memmem (at, end - at, word, word_length)) != NULL)
    {
      const Start *starts;

      start = find_start (self, start, hit - text);
      starts = (const Start *) (gpointer) self->starts->data;
      if (starts[start].slot != NO_SLOT)
        seen[starts[start].slot] = TRUE;
      at = start + 1 < self->starts->len ? text + starts[start + 1].offset : end;
    }

  for (guint slot = 0; slot < n_slots; slot++)
    hits[slot] &= seen[slot];
}

/* Whether whatever holds all of @new_words holds all of @old_words: each
 * old word is part of a new one ("talks numb" after "talks num"). */
static gboolean
words_are_narrower (const char * const *old_words,
                    const char * const *new_words)
{
  for (guint i = 0; old_words[i] != NULL; i++)
    {
      gboolean contained = FALSE;

      for (guint j = 0; new_words[j] != NULL && !contained; j++)
        contained = strstr (new_words[j], old_words[i]) != NULL;
      if (!contained)
        return FALSE;
    }

  return TRUE;
}

/* What a search found, kept for the searches that follow: typing on
 * narrows it, deleting goes back to it. Never changed once made, so that
 * a worker may read it. */
typedef struct
{
  char **words;
  GByteArray *found;
  guint n_found;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_strfreev (found->words);
  g_byte_array_unref (found->found);
  g_free (found);
}

/* Remembers that @words found @found (transfer full). */
static void
remember_found (TsMatches          *self,
                const char * const *words,
                GByteArray         *found)
{
  Found *remembered = g_new0 (Found, 1);

  remembered->words = g_strdupv ((char **) words);
  remembered->found = found;
  for (guint slot = 0; slot < found->len; slot++)
    remembered->n_found += found->data[slot];

  g_ptr_array_add (self->founds, remembered);
  if (self->founds->len > MAX_FOUNDS)
    g_ptr_array_remove_index (self->founds, 0);
}

/* The remembered search that @words narrow with the fewest records
 * found, or NULL. */
static Found *
find_start_found (TsMatches          *self,
                  const char * const *words)
{
  Found *start = NULL;

  for (guint i = 0; i < self->founds->len; i++)
    {
      Found *found = g_ptr_array_index (self->founds, i);

      if (found->found->len == self->records->len
          && words_are_narrower ((const char * const *) found->words, words)
          && (start == NULL || found->n_found < start->n_found))
        start = found;
    }

  return start;
}

/* Sets found to what @words find without looking for them: nothing typed,
 * or a search remembered. FALSE when the words must be looked for. */
static gboolean
find_known (TsMatches          *self,
            const char * const *words)
{
  Found *start;
  guint index = 0;

  if (words[0] == NULL)
    {
      for (guint slot = 0; slot < self->records->len; slot++)
        self->found->data[slot] = is_live (self, slot);
      return TRUE;
    }

  start = find_start_found (self, words);
  if (start == NULL || !g_strv_equal ((const char * const *) start->words, words))
    return FALSE;

  memcpy (self->found->data, start->found->data, self->found->len);
  /* The most recent search is forgotten last. */
  if (g_ptr_array_find (self->founds, start, &index))
    g_ptr_array_add (self->founds, g_ptr_array_steal_index (self->founds, index));
  return TRUE;
}

/* What @words find, starting from @start (what @start_words found, NULL
 * for every live record) and looking for the words it did not have. In
 * any thread, under index_lock, with every text indexed. */
static GByteArray *
find_words (TsMatches          *self,
            const char * const *words,
            const char * const *start_words,
            GByteArray         *start)
{
  guint n_slots = self->records->len;
  GByteArray *found = g_byte_array_sized_new (n_slots);

  g_byte_array_set_size (found, n_slots);
  if (start != NULL && start->len == n_slots)
    memcpy (found->data, start->data, n_slots);
  else
    {
      start_words = NULL;
      for (guint slot = 0; slot < n_slots; slot++)
        found->data[slot] = is_live (self, slot);
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (start_words == NULL || !g_strv_contains (start_words, words[i]))
        find_word (self, words[i], found->data);
    }

  return found;
}

static void
set_found_words (TsMatches          *self,
                 const char * const *words)
{
  g_strfreev (self->found_words);
  self->found_words = g_strdupv ((char **) words);
}

/* Brings the found records up to the query's words at once, starting from
 * the fewest records an earlier search found that the words can only
 * narrow ("talks numb" after "talks num"; "talks number 42" after "talks
 * number 4242", from "talks number") and looking for the words that
 * search did not have. */
static void
update_found (TsMatches *self)
{
  const char * const *words = ts_query_get_words (self->query);
  GByteArray *found;
  Found *start;

  set_found_words (self, words);
  if (find_known (self, words))
    return;

  start = find_start_found (self, words);
  g_mutex_lock (&self->index_lock);
  finish_indexing (self);
  found = find_words (self, words, start != NULL ? (const char * const *) start->words : NULL,
                      start != NULL ? start->found : NULL);
  g_mutex_unlock (&self->index_lock);

  memcpy (self->found->data, found->data, self->found->len);
  remember_found (self, words, found);
}

static void
update_matched (TsMatches *self)
{
  memset (self->n_matches, 0, sizeof self->n_matches);
  for (guint slot = 0; slot < self->records->len; slot++)
    {
      gboolean matched = self->filtered->data[slot] && self->found->data[slot];

      self->matched->data[slot] = matched;
      if (matched)
        self->n_matches[self->types->data[slot]]++;
    }
}

/* Looking for the words in a worker: a keystroke hands the words over and
 * returns; the matches stay as they were until the worker's answer comes
 * back to the main loop, which applies it if the words are still the
 * query's, or else only remembers it and hands over the newest words.
 * One search runs at a time. */
typedef struct
{
  TsMatches *self;
  char **words;
  char **start_words;
  GByteArray *start;
  guint generation;
} SearchJob;

static void
search_job_free (gpointer data)
{
  SearchJob *job = data;

  g_strfreev (job->words);
  g_strfreev (job->start_words);
  g_clear_pointer (&job->start, g_byte_array_unref);
  g_clear_object (&job->self);
  g_free (job);
}

static void
search_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  SearchJob *job = task_data;
  TsMatches *self = job->self;
  GByteArray *found;

  g_mutex_lock (&self->index_lock);
  found = find_words (self, (const char * const *) job->words,
                      (const char * const *) job->start_words, job->start);
  g_mutex_unlock (&self->index_lock);

  g_task_return_pointer (task, found, (GDestroyNotify) g_byte_array_unref);
}

static void start_search (TsMatches *self);

static void
apply_found (TsMatches *self)
{
  update_matched (self);
  g_signal_emit (self, signals[CHANGED], 0, NULL);
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SearchJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TsMatches) self = g_object_ref (job->self);
  GByteArray *found = g_task_propagate_pointer (G_TASK (result), NULL);
  const char * const *words;

  self->searching = FALSE;
  /* Of records since changed (the change brought the matches up to date),
   * or disposed of meanwhile. */
  if (found == NULL || job->generation != self->generation
      || found->len != self->records->len || self->query == NULL)
    {
      g_clear_pointer (&found, g_byte_array_unref);
      return;
    }
  words = ts_query_get_words (self->query);

  remember_found (self, (const char * const *) job->words, found);
  if (g_strv_equal (words, (const char * const *) self->found_words))
    return;
  if (!g_strv_equal (words, (const char * const *) job->words))
    {
      /* Typed on meanwhile: the newest words next (or at once, if known). */
      if (find_known (self, words))
        {
          set_found_words (self, words);
          apply_found (self);
        }
      else
        start_search (self);
      return;
    }

  memcpy (self->found->data, found->data, self->found->len);
  set_found_words (self, words);
  apply_found (self);
}

static void
start_search (TsMatches *self)
{
  const char * const *words = ts_query_get_words (self->query);
  g_autoptr(GTask) task = NULL;
  SearchJob *job;
  Found *start;

  /* Gathered before the first search, then kept up as records change. */
  finish_indexing (self);

  job = g_new0 (SearchJob, 1);
  job->self = g_object_ref (self);
  job->words = g_strdupv ((char **) words);
  job->generation = self->generation;
  start = find_start_found (self, words);
  if (start != NULL)
    {
      job->start_words = g_strdupv (start->words);
      job->start = g_byte_array_ref (start->found);
    }

  self->searching = TRUE;
  task = g_task_new (NULL, NULL, on_search_done, NULL);
  g_task_set_source_tag (task, start_search);
  g_task_set_task_data (task, job, search_job_free);
  g_task_run_in_thread (task, search_in_thread);
}

/* The query's words changed: finds what they find, at once when it is
 * known or cheap, else in a worker. TRUE when found is up to date. */
static gboolean
follow_words (TsMatches *self)
{
  const char * const *words = ts_query_get_words (self->query);

  if (find_known (self, words))
    {
      set_found_words (self, words);
      return TRUE;
    }

  /* The worker's answer hands the newest words over. */
  if (self->searching)
    return FALSE;

  if (!self->live || self->records->len < self->thread_min_slots)
    {
      update_found (self);
      return TRUE;
    }

  start_search (self);
  return FALSE;
}

static void
on_query_changed (TsQuery   *query,
                  TsMatches *self)
{
  gboolean filters_changed = !ts_query_filters_equal (query, self->matched_query);
  gboolean words_changed = !g_strv_equal ((const char * const *) self->found_words,
                                          ts_query_get_words (query));
  gboolean found_changed = FALSE;

  if (!filters_changed && !words_changed)
    return;

  if (filters_changed)
    {
      update_filtered (self);
      g_clear_object (&self->matched_query);
      self->matched_query = ts_query_copy (query);
    }
  if (words_changed)
    found_changed = follow_words (self);

  /* Else the matches change when the worker's answer comes. */
  if (filters_changed || found_changed)
    apply_found (self);
}

static void
note_slot (GArray     *slot_changes,
           GHashTable *noted,
           guint       slot,
           int         old_type,
           int         new_type)
{
  gpointer index;

  if (g_hash_table_lookup_extended (noted, GUINT_TO_POINTER (slot), NULL, &index))
    {
      /* A slot freed and taken again in one change set. */
      TsSlotChange *change = &g_array_index (slot_changes, TsSlotChange,
                                             GPOINTER_TO_UINT (index));

      change->new_type = new_type;
    }
  else
    {
      TsSlotChange change = { slot, old_type, new_type };

      g_hash_table_insert (noted, GUINT_TO_POINTER (slot),
                           GUINT_TO_POINTER (slot_changes->len));
      g_array_append_val (slot_changes, change);
    }
}

static guint
lookup_slot (TsMatches  *self,
             const char *id)
{
  gpointer value = g_hash_table_lookup (self->slots, id);

  return value != NULL ? GPOINTER_TO_UINT (value) - 1 : NO_SLOT;
}

static void
on_dataset_changed (TsDataset *dataset,
                    GPtrArray *changes,
                    TsMatches *self)
{
  g_autoptr(GArray) slot_changes = g_array_new (FALSE, FALSE, sizeof (TsSlotChange));
  g_autoptr(GHashTable) noted = g_hash_table_new (NULL, NULL);
  gboolean bulk = changes->len > BULK_CHANGES;

  /* Waits for a worker reading the text; what it finds is of the records
   * as they were, and dropped. */
  g_mutex_lock (&self->index_lock);
  self->generation++;

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      TsRecord *record = change->new_record != NULL ? change->new_record : change->old_record;
      TsRecordType type = ts_record_get_record_type (record);
      guint slot;

      if (change->old_record == NULL)
        {
          slot = add_slot (self, change->new_record, !bulk);
          note_slot (slot_changes, noted, slot, -1, type);
          continue;
        }

      slot = lookup_slot (self, ts_record_get_id (record));
      if (slot == NO_SLOT)
        {
          g_critical ("A change names %s, which the dataset did not hold",
                      ts_record_get_id (record));
          continue;
        }

      if (change->new_record == NULL)
        {
          remove_slot (self, slot, !bulk);
          note_slot (slot_changes, noted, slot, type, -1);
        }
      else
        {
          unindex_text (self, slot);
          g_object_unref (g_ptr_array_index (self->records, slot));
          self->records->pdata[slot] = g_object_ref (change->new_record);
          note_slot (slot_changes, noted, slot, type, type);
        }
    }

  if (bulk)
    gather_type_slots (self);

  /* A record's search text holds the names of the records it links to,
   * which may just have changed. */
  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      g_autoptr(GPtrArray) referrers = NULL;

      if (change->old_record == NULL || change->new_record == NULL)
        continue;

      referrers = ts_dataset_list_referrers (dataset, ts_record_get_id (change->new_record),
                                             -1, NULL);
      for (guint j = 0; j < referrers->len; j++)
        {
          TsRecord *referrer = g_ptr_array_index (referrers, j);
          guint slot = lookup_slot (self, ts_record_get_id (referrer));
          TsRecordType type = ts_record_get_record_type (referrer);

          if (slot == NO_SLOT || g_hash_table_contains (noted, GUINT_TO_POINTER (slot)))
            continue;

          unindex_text (self, slot);
          note_slot (slot_changes, noted, slot, type, type);
        }
    }

  g_mutex_unlock (&self->index_lock);

  /* What earlier searches found may have changed with the records. */
  g_ptr_array_set_size (self->founds, 0);
  update_filtered (self);
  update_found (self);
  update_matched (self);
  schedule_indexing (self);

  g_signal_emit (self, signals[CHANGED], 0, slot_changes);
}

static void
ts_matches_dispose (GObject *object)
{
  TsMatches *self = TS_MATCHES (object);

  g_clear_handle_id (&self->index_source, g_source_remove);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->query);
  g_clear_object (&self->matched_query);

  G_OBJECT_CLASS (ts_matches_parent_class)->dispose (object);
}

/* A free slot holds NULL: a record deleted and not brought back. */
static void
unref_record (gpointer record)
{
  if (record != NULL)
    g_object_unref (record);
}

static void
ts_matches_finalize (GObject *object)
{
  TsMatches *self = TS_MATCHES (object);

  g_ptr_array_unref (self->records);
  g_byte_array_unref (self->types);
  g_hash_table_unref (self->slots);
  g_array_unref (self->free_slots);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_array_unref (self->type_slots[type]);
  g_string_free (self->text, TRUE);
  g_array_unref (self->spans);
  g_array_unref (self->starts);
  g_byte_array_unref (self->filtered);
  g_byte_array_unref (self->found);
  g_byte_array_unref (self->matched);
  g_ptr_array_unref (self->founds);
  g_strfreev (self->found_words);
  g_mutex_clear (&self->index_lock);

  G_OBJECT_CLASS (ts_matches_parent_class)->finalize (object);
}

static void
ts_matches_class_init (TsMatchesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_matches_dispose;
  object_class->finalize = ts_matches_finalize;

  /**
   * TsMatches::changed:
   * @slot_changes: (nullable) (element-type TsSlotChange): what the
   *   dataset's change did to the slots, or NULL when only the query
   *   changed
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
ts_matches_init (TsMatches *self)
{
  self->records = g_ptr_array_new_with_free_func (unref_record);
  self->types = g_byte_array_new ();
  self->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->free_slots = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    self->type_slots[type] = g_array_new (FALSE, FALSE, sizeof (guint));
  self->text = g_string_new (NULL);
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->starts = g_array_new (FALSE, FALSE, sizeof (Start));
  self->filtered = g_byte_array_new ();
  self->found = g_byte_array_new ();
  self->matched = g_byte_array_new ();
  self->founds = g_ptr_array_new_with_free_func (found_free);
  g_mutex_init (&self->index_lock);
  self->thread_min_slots = THREAD_MIN_SLOTS;
  /* For tests: every search in a worker, however few the records. */
  if (g_getenv ("TS_MATCHES_THREAD_MIN_SLOTS") != NULL)
    self->thread_min_slots = (guint) g_ascii_strtoull (g_getenv ("TS_MATCHES_THREAD_MIN_SLOTS"),
                                                       NULL, 10);
}

/* @live: follows the dataset and the query, and gathers the search texts
 * in the background; otherwise a snapshot for one selection, which may be
 * made in any thread. */
static TsMatches *
create_matches (TsDataset *dataset,
                TsQuery   *query,
                gboolean   live)
{
  TsMatches *self = g_object_new (TS_TYPE_MATCHES, NULL);

  self->dataset = g_object_ref (dataset);
  self->query = g_object_ref (query);
  self->matched_query = ts_query_copy (query);
  self->live = live;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);
      guint n_records = g_list_model_get_n_items (records);

      for (guint i = 0; i < n_records; i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);

          add_slot (self, record, TRUE);
        }
    }

  update_filtered (self);
  update_found (self);
  update_matched (self);

  if (live)
    {
      schedule_indexing (self);
      g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);
      g_signal_connect (query, "changed", G_CALLBACK (on_query_changed), self);
    }

  return self;
}

TsMatches *
ts_matches_new (TsDataset *dataset,
                TsQuery   *query)
{
  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TS_IS_QUERY (query), NULL);

  return create_matches (dataset, query, TRUE);
}

TsDataset *
ts_matches_get_dataset (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);

  return self->dataset;
}

TsQuery *
ts_matches_get_query (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);

  return self->query;
}

guint
ts_matches_get_n_slots (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), 0);

  return self->records->len;
}

TsRecord *
ts_matches_get_record (TsMatches *self,
                       guint      slot)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);
  g_return_val_if_fail (slot < self->records->len, NULL);

  return g_ptr_array_index (self->records, slot);
}

guint
ts_matches_find_slot (TsMatches  *self,
                      const char *id)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NO_SLOT);

  if (id == NULL)
    return NO_SLOT;

  return lookup_slot (self, id);
}

const guint *
ts_matches_get_type_slots (TsMatches    *self,
                           TsRecordType  type,
                           guint        *n_slots)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);
  g_return_val_if_fail (n_slots != NULL, NULL);

  *n_slots = self->type_slots[type]->len;
  return (const guint *) (gpointer) self->type_slots[type]->data;
}

gboolean
ts_matches_contains (TsMatches *self,
                     guint      slot)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), FALSE);

  return slot < self->matched->len && self->matched->data[slot];
}

guint
ts_matches_get_n_matches (TsMatches    *self,
                          TsRecordType  type)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), 0);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, 0);

  return self->n_matches[type];
}

gboolean
ts_matches_is_indexing (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), FALSE);

  return self->n_unindexed > 0;
}

gboolean
ts_matches_is_searching (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), FALSE);

  return self->searching;
}

void
ts_matches_set_thread_min_slots (TsMatches *self,
                                 guint      n_slots)
{
  g_return_if_fail (TS_IS_MATCHES (self));

  self->thread_min_slots = n_slots;
}

GBytes *
ts_matches_get_matched_bytes (TsMatches *self)
{
  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);

  return g_bytes_new (self->matched->data, self->matched->len);
}

/* Returns: (transfer container) (element-type TsRecord) */
GPtrArray *
ts_matches_list_matched (TsMatches *self)
{
  GPtrArray *result;

  g_return_val_if_fail (TS_IS_MATCHES (self), NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records;
      guint n_records;

      if (self->n_matches[type] == 0)
        continue;

      records = ts_dataset_get_records (self->dataset, type);
      n_records = g_list_model_get_n_items (records);
      for (guint i = 0; i < n_records; i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          guint slot = lookup_slot (self, ts_record_get_id (record));

          if (slot != NO_SLOT && self->matched->data[slot])
            g_ptr_array_add (result, g_steal_pointer (&record));
        }
    }

  return result;
}

/* Returns: (transfer container) (element-type TsRecord) */
GPtrArray *
ts_matches_select (TsDataset *dataset,
                   TsQuery   *query)
{
  g_autoptr(TsMatches) self = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TS_IS_QUERY (query), NULL);

  self = create_matches (dataset, query, FALSE);
  return ts_matches_list_matched (self);
}
