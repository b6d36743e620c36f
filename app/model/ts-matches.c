/* SPDX-License-Identifier: GPL-3.0-or-later */

/* memmem() */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "ts-matches"

#include "config.h"

#include <string.h>

#include "ts-matches.h"

#include "ts-matches-private.h"

G_DEFINE_FINAL_TYPE (TsMatches, ts_matches, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_ts_matches_emit_changed (TsMatches *self)
{
  g_signal_emit (self, signals[CHANGED], 0, NULL);
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

void
_ts_matches_finish_indexing (TsMatches *self)
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

/* Drops a slot's reference to @record, or keeps it while the records are
 * held. */
static void
let_go_of_record (TsMatches *self,
                  TsRecord  *record)
{
  if (self->n_holds > 0)
    g_ptr_array_add (self->held, record);
  else
    g_object_unref (record);
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
  let_go_of_record (self, g_steal_pointer (&self->records->pdata[slot]));
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
void
_ts_matches_find_word (TsMatches  *self,
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

void
_ts_matches_update_matched (TsMatches *self)
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
    found_changed = _ts_matches_follow_words (self);

  /* Else the matches change when the worker's answer comes. */
  if (filters_changed || found_changed)
    {
      _ts_matches_update_matched (self);
      _ts_matches_emit_changed (self);
    }
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
          let_go_of_record (self, g_ptr_array_index (self->records, slot));
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
  _ts_matches_update_found (self);
  _ts_matches_update_matched (self);
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
  g_ptr_array_unref (self->held);
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
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
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
  self->founds = g_ptr_array_new_with_free_func (_ts_matches_found_free);
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
  _ts_matches_update_found (self);
  _ts_matches_update_matched (self);

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

void
ts_matches_hold_records (TsMatches *self)
{
  g_return_if_fail (TS_IS_MATCHES (self));

  self->n_holds++;
}

void
ts_matches_release_records (TsMatches *self)
{
  g_return_if_fail (TS_IS_MATCHES (self));
  g_return_if_fail (self->n_holds > 0);

  if (--self->n_holds == 0)
    g_ptr_array_set_size (self->held, 0);
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
