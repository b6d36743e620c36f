/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Looking for the words of a search in the records' search texts, at
 * once or in a worker, starting from what an earlier search found. Part
 * of TsMatches (ts-matches.c). */

#define G_LOG_DOMAIN "ts-matches"

#include "config.h"

#include <string.h>

#include "ts-matches-private.h"

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

void
_ts_matches_found_free (gpointer data)
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
        _ts_matches_find_word (self, words[i], found->data);
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
void
_ts_matches_update_found (TsMatches *self)
{
  const char * const *words = ts_query_get_words (self->query);
  GByteArray *found;
  Found *start;

  set_found_words (self, words);
  if (find_known (self, words))
    return;

  start = find_start_found (self, words);
  g_mutex_lock (&self->index_lock);
  _ts_matches_finish_indexing (self);
  found = find_words (self, words, start != NULL ? (const char * const *) start->words : NULL,
                      start != NULL ? start->found : NULL);
  g_mutex_unlock (&self->index_lock);

  memcpy (self->found->data, found->data, self->found->len);
  remember_found (self, words, found);
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
  _ts_matches_update_matched (self);
  _ts_matches_emit_changed (self);
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
  _ts_matches_finish_indexing (self);

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
gboolean
_ts_matches_follow_words (TsMatches *self)
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
      _ts_matches_update_found (self);
      return TRUE;
    }

  start_search (self);
  return FALSE;
}
