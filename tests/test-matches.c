/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The matches the records window lists: TsMatches must agree with
 * ts_query_matches() whatever is typed and edited, TsMatchList must keep
 * them sorted and tell its views every change, and TsRowModel must keep
 * its rows while what they show changes. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-match-list.h"
#include "ts-matches.h"
#include "ts-meeting.h"
#include "ts-person.h"
#include "ts-query.h"
#include "ts-row-model.h"

#include "model-test-utils.h"

static TsDataset *
load_shipped (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "data", "dataset",
                                            "tianshan.json", NULL);

  return model_test_load_dataset (path);
}

/* Every record's slot says what ts_query_matches() says, and each type's
 * count is the number of those. */
static void
assert_agrees (TsMatches  *matches,
               const char *what)
{
  TsDataset *dataset = ts_matches_get_dataset (matches);
  TsQuery *query = ts_matches_get_query (matches);

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);
      guint n_matching = 0;

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          guint slot = ts_matches_find_slot (matches, ts_record_get_id (record));
          gboolean expected = ts_query_matches (query, dataset, record);

          g_assert_cmpuint (slot, !=, G_MAXUINT);
          g_assert_true (ts_matches_get_record (matches, slot) == record);
          if (ts_matches_contains (matches, slot) != expected)
            g_error ("“%s”: %s %s match", what, ts_record_get_id (record),
                     expected ? "should" : "should not");
          n_matching += expected;
        }
      g_assert_cmpuint (ts_matches_get_n_matches (matches, type), ==, n_matching);
    }
}

/* Typed a letter at a time, then deleted a letter at a time: narrower and
 * wider searches each take their own path. */
static void
type_and_check (TsMatches  *matches,
                const char *text)
{
  TsQuery *query = ts_matches_get_query (matches);
  gsize length = strlen (text);

  for (gsize i = 1; i <= length; i = g_utf8_next_char (text + i) - text)
    {
      g_autofree char *typed = g_strndup (text, i);

      ts_query_set_text (query, typed);
      assert_agrees (matches, typed);
    }
  for (gsize i = length; i > 0; i = g_utf8_prev_char (text + i) - text)
    {
      g_autofree char *typed = g_strndup (text, i);

      ts_query_set_text (query, typed);
      assert_agrees (matches, typed);
    }
  ts_query_set_text (query, NULL);
  assert_agrees (matches, "");
}

static void
test_matches_agree_with_query (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  const char *texts[] = {
    "baysalov", "shandong chuy", "Бишкек", "中国", "railway kashgar", "kant shenxian",
    "sister city", "2024", "zzz-nothing",
  };
  TsDate from = TS_DATE_INIT;

  assert_agrees (matches, "");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==,
                    g_list_model_get_n_items (ts_dataset_get_records (dataset,
                                                                      TS_RECORD_TYPE_MEETING)));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    type_and_check (matches, texts[i]);

  /* Filters, alone and under a search. */
  ts_query_set_country (query, "KG");
  assert_agrees (matches, "country KG");
  type_and_check (matches, "bishkek");
  ts_date_parse ("2024", &from, NULL);
  ts_query_set_from (query, &from);
  type_and_check (matches, "minister");
  ts_query_set_country (query, NULL);
  ts_query_set_vocabulary (query, "level", TS_MEETING_LEVEL_HEAD_OF_STATE);
  type_and_check (matches, "japarov");
}

/* The participant, counterpart and country filters on the shipped
 * dataset, live: the counts follow the filters and the edits that change
 * who took part. */
static void
test_matches_relational_filters (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(TsRecord) visit = NULL;
  g_autoptr(TsParticipant) xi = ts_participant_new ("person/xi-jinping", NULL, "CN");
  g_autoptr(GError) error = NULL;

  ts_query_set_person (query, "person/sadyr-japarov");
  assert_agrees (matches, "participant");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 10);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_AGREEMENT), ==, 1);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_SOURCE), ==, 5);

  /* His meetings with Chinese officials. */
  ts_query_set_counterpart (query, "CN");
  assert_agrees (matches, "participant and counterpart");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 8);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_SOURCE), ==, 4);

  /* Xi Jinping joins his working visit: one more. */
  visit = ts_record_copy (ts_dataset_lookup (dataset,
                                             "meeting/2025-09-sadyr-japarov-working-visit-china"));
  ts_meeting_add_participant (TS_MEETING (visit), xi);
  g_assert_true (ts_dataset_update (dataset, visit, &error));
  g_assert_no_error (error);
  assert_agrees (matches, "after an edit");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 9);

  /* Held in China, under a search. */
  ts_query_set_counterpart (query, NULL);
  ts_query_set_person (query, NULL);
  ts_query_set_country (query, "CN");
  type_and_check (matches, "japarov");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 10);
  ts_query_set_text (query, "japarov");
  assert_agrees (matches, "japarov in China");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 7);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_SOURCE), >, 0);

  ts_query_clear (query);
  assert_agrees (matches, "cleared");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 24);
}

/* Exports and pictures select through the same engine: what
 * ts_matches_select() returns is what the live matches hold, type by
 * type in the dataset's order, after edits too. */
static void
assert_select_agrees (TsMatches *matches)
{
  TsDataset *dataset = ts_matches_get_dataset (matches);
  g_autoptr(GPtrArray) selected = ts_matches_select (dataset, ts_matches_get_query (matches));
  g_autoptr(GPtrArray) listed = ts_matches_list_matched (matches);
  guint n_expected = 0, at = 0;

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);

      n_expected += ts_matches_get_n_matches (matches, type);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);

          if (!ts_matches_contains (matches,
                                    ts_matches_find_slot (matches, ts_record_get_id (record))))
            continue;
          g_assert_cmpuint (at, <, selected->len);
          g_assert_true (g_ptr_array_index (selected, at) == record);
          g_assert_true (g_ptr_array_index (listed, at) == record);
          at++;
        }
    }
  g_assert_cmpuint (selected->len, ==, n_expected);
  g_assert_cmpuint (listed->len, ==, n_expected);
}

static void
test_matches_select (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;

  assert_select_agrees (matches);
  ts_query_set_text (query, "japarov");
  assert_select_agrees (matches);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), >, 0);
  ts_query_set_country (query, "CN");
  assert_select_agrees (matches);
  ts_query_set_country (query, NULL);
  ts_query_set_text (query, "zzz-nothing");
  assert_select_agrees (matches);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 0);

  /* An edit renames a person: the meetings naming them are found by the
   * new name, by both. */
  renamed = ts_record_copy (ts_dataset_lookup (dataset, "person/sadyr-japarov"));
  ts_record_set_title (renamed, "Zzz-nothing Japarov");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);
  assert_select_agrees (matches);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), >, 0);
}

static void
free_slot_changes (gpointer slot_changes)
{
  if (slot_changes != NULL)
    g_array_unref (slot_changes);
}

static void
on_changed_count (TsMatches *matches,
                  GArray    *slot_changes,
                  gpointer   user_data)
{
  GPtrArray *seen = user_data;

  g_ptr_array_add (seen, slot_changes != NULL ? g_array_copy (slot_changes) : NULL);
}

static const TsSlotChange *
find_slot_change (GArray *slot_changes,
                  guint   slot)
{
  for (guint i = 0; i < slot_changes->len; i++)
    {
      const TsSlotChange *change = &g_array_index (slot_changes, TsSlotChange, i);

      if (change->slot == slot)
        return change;
    }

  return NULL;
}

/* Edits reach the matches: a renamed person is found under the new name,
 * and so are the meetings he attended, whose search text holds it. */
static void
test_matches_follow_edits (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (free_slot_changes);
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(TsRecord) added = NULL;
  g_autoptr(GError) error = NULL;
  const TsSlotChange *change;
  guint person_slot, meeting_slot, old_slot;
  GArray *slot_changes;

  g_signal_connect (matches, "changed", G_CALLBACK (on_changed_count), seen);

  ts_query_set_text (query, "tursunbekov");
  assert_agrees (matches, "tursunbekov");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 0);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_null (g_ptr_array_index (seen, 0));

  person_slot = ts_matches_find_slot (matches, "person/edil-baisalov");
  meeting_slot = ts_matches_find_slot (matches, "meeting/2024-05-baisalov-beijing");
  renamed = ts_record_copy (ts_dataset_lookup (dataset, "person/edil-baisalov"));
  ts_record_set_title (renamed, "Edil Baisalov-Tursunbekov");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);

  assert_agrees (matches, "tursunbekov, renamed");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_PERSON), ==, 1);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 2);
  g_assert_cmpuint (ts_matches_find_slot (matches, "person/edil-baisalov"), ==, person_slot);
  g_assert_true (ts_matches_get_record (matches, person_slot) == renamed);
  g_assert_true (ts_matches_contains (matches, meeting_slot));

  /* The change names the replaced record and the meetings linking to it. */
  slot_changes = g_ptr_array_index (seen, seen->len - 1);
  g_assert_nonnull (slot_changes);
  change = find_slot_change (slot_changes, person_slot);
  g_assert_nonnull (change);
  g_assert_cmpint (change->old_type, ==, TS_RECORD_TYPE_PERSON);
  g_assert_cmpint (change->new_type, ==, TS_RECORD_TYPE_PERSON);
  change = find_slot_change (slot_changes, meeting_slot);
  g_assert_nonnull (change);
  g_assert_cmpint (change->new_type, ==, TS_RECORD_TYPE_MEETING);

  /* A removal frees the slot, and the next record added takes it. */
  old_slot = ts_matches_find_slot (matches, "meeting/2023-05-kant-ceremony");
  g_assert_true (ts_dataset_remove (dataset, "meeting/2023-05-kant-ceremony", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ts_matches_find_slot (matches, "meeting/2023-05-kant-ceremony"), ==,
                    G_MAXUINT);
  g_assert_null (ts_matches_get_record (matches, old_slot));
  g_assert_false (ts_matches_contains (matches, old_slot));
  change = find_slot_change (g_ptr_array_index (seen, seen->len - 1), old_slot);
  g_assert_nonnull (change);
  g_assert_cmpint (change->old_type, ==, TS_RECORD_TYPE_MEETING);
  g_assert_cmpint (change->new_type, ==, -1);

  added = TS_RECORD (ts_person_new ("person/asel-tursunbekova", "Asel Tursunbekova"));
  g_assert_true (ts_dataset_add (dataset, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ts_matches_find_slot (matches, "person/asel-tursunbekova"), ==, old_slot);
  g_assert_true (ts_matches_contains (matches, old_slot));
  assert_agrees (matches, "tursunbekov, added");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_PERSON), ==, 2);
}

/* The search texts are gathered in the background; a search before they
 * are all in gathers the rest itself. */
static void
test_matches_index_in_background (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(TsMatches) early = ts_matches_new (dataset, query);

  g_assert_true (ts_matches_is_indexing (matches));
  while (ts_matches_is_indexing (matches))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ts_matches_is_indexing (matches));

  g_object_unref (g_steal_pointer (&early));
  early = ts_matches_new (dataset, query);
  g_assert_true (ts_matches_is_indexing (early));
  ts_query_set_text (query, "railway");
  g_assert_false (ts_matches_is_indexing (early));
  assert_agrees (early, "railway, early");
  assert_agrees (matches, "railway");
}

/* Runs the main loop until the worker's answer is in. */
static void
wait_for_search (TsMatches *matches)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (ts_matches_is_searching (matches))
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_get_monotonic_time () > deadline)
        g_error ("the search did not finish in a minute");
    }
}

/* In a worker, as with a hundred thousand records: a keystroke returns
 * with the matches as they were, the answer comes in the main loop, only
 * the newest words' answer is shown, and typing on, deleting back, a
 * filter and an edit meanwhile all end where the query says. */
static void
test_matches_search_in_thread (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (free_slot_changes);
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  guint n_meetings = ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING);
  guint n_found;
  const char *typed[] = { "s", "sh", "sha", "shan", "shand", "shando", "shandong" };
  const char *longer = "kant shenxian";

  ts_matches_set_thread_min_slots (matches, 0);
  g_signal_connect (matches, "changed", G_CALLBACK (on_changed_count), seen);

  /* One keystroke: nothing changes until the answer comes. */
  ts_query_set_text (query, "railway");
  g_assert_true (ts_matches_is_searching (matches));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, n_meetings);
  wait_for_search (matches);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_null (g_ptr_array_index (seen, 0));
  assert_agrees (matches, "railway, in a worker");

  /* Typed faster than the worker answers: what it found for the words
   * typed meanwhile is never shown, only the newest words' answer. */
  g_ptr_array_set_size (seen, 0);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    ts_query_set_text (query, typed[i]);
  g_assert_cmpuint (seen->len, ==, 0);
  wait_for_search (matches);
  g_assert_cmpuint (seen->len, ==, 1);
  assert_agrees (matches, "shandong, typed at once");
  n_found = ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING);
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_found, <, n_meetings);

  /* Back to a search already made: known at once, no worker. */
  g_ptr_array_set_size (seen, 0);
  ts_query_set_text (query, "railway");
  g_assert_false (ts_matches_is_searching (matches));
  g_assert_cmpuint (seen->len, ==, 1);
  assert_agrees (matches, "railway, remembered");

  /* Typed and deleted a letter at a time, waiting each time: narrowing
   * from the searches before, and going back to them. */
  for (gsize i = 1; i <= 2 * strlen (longer); i++)
    {
      gsize length = i <= strlen (longer) ? i : 2 * strlen (longer) - i;
      g_autofree char *part = g_strndup (longer, length);

      ts_query_set_text (query, part);
      wait_for_search (matches);
      assert_agrees (matches, part);
    }

  /* A filter while the worker looks: shown at once, with the words
   * before; the words follow. */
  ts_query_set_text (query, "bishkek");
  g_assert_true (ts_matches_is_searching (matches));
  g_ptr_array_set_size (seen, 0);
  ts_query_set_country (query, "KG");
  g_assert_cmpuint (seen->len, ==, 1);
  wait_for_search (matches);
  g_assert_cmpuint (seen->len, ==, 2);
  assert_agrees (matches, "bishkek, country KG");
  ts_query_set_country (query, NULL);

  /* An edit while the worker looks: the matches are brought up to date
   * at once, and the worker's answer, of the records before, dropped. */
  ts_query_set_text (query, "tursunbekov");
  g_assert_true (ts_matches_is_searching (matches));
  renamed = ts_record_copy (ts_dataset_lookup (dataset, "person/edil-baisalov"));
  ts_record_set_title (renamed, "Edil Baisalov-Tursunbekov");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);
  assert_agrees (matches, "tursunbekov, renamed while searching");
  g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_PERSON), ==, 1);
  g_ptr_array_set_size (seen, 0);
  wait_for_search (matches);
  g_assert_cmpuint (seen->len, ==, 0);
  assert_agrees (matches, "tursunbekov, renamed, after the worker");
}

/* Many edits leave much dead text behind, which is packed away: the
 * matches stay right through it. */
static void
test_matches_survive_packing (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (summary, "railway freight corridor talks ");

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(TsRecord) edited = ts_record_copy (
        ts_dataset_lookup (dataset, "meeting/2024-05-baisalov-beijing"));
      g_autofree char *text = g_strdup_printf ("%s round%u", summary->str, round);
      g_autofree char *previous = g_strdup_printf ("round%u", round > 0 ? round - 1 : 99);
      g_autofree char *current = g_strdup_printf ("round%u", round);

      ts_record_set_summary (edited, text);
      g_assert_true (ts_dataset_update (dataset, edited, &error));
      g_assert_no_error (error);
      while (g_main_context_iteration (NULL, FALSE))
        ;

      ts_query_set_text (query, current);
      assert_agrees (matches, current);
      g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 1);
      ts_query_set_text (query, previous);
      assert_agrees (matches, previous);
      g_assert_cmpuint (ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING), ==, 0);
      ts_query_set_text (query, "baysalov beijing");
      assert_agrees (matches, "baysalov beijing");
    }
}

/* A copy of a list model's items, kept by its ::items-changed alone: if
 * the signal ever misstates a change, the copy and the model part. */
typedef struct
{
  GListModel *model;
  GPtrArray *items;
  guint n_signals;
} Shadow;

static void
on_shadow_items_changed (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Shadow     *shadow)
{
  g_assert_cmpuint (position + removed, <=, shadow->items->len);
  g_ptr_array_remove_range (shadow->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (shadow->items, position + i, g_list_model_get_item (model, position + i));
  shadow->n_signals++;
}

static void
shadow_init (Shadow     *shadow,
             GListModel *model)
{
  shadow->model = model;
  shadow->items = g_ptr_array_new_with_free_func (g_object_unref);
  shadow->n_signals = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (shadow->items, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_shadow_items_changed), shadow);
}

static void
shadow_check (Shadow *shadow)
{
  g_assert_cmpuint (shadow->items->len, ==, g_list_model_get_n_items (shadow->model));
  for (guint i = 0; i < shadow->items->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shadow->model, i);

      g_assert_true (item == g_ptr_array_index (shadow->items, i));
    }
}

static void
shadow_clear (Shadow *shadow)
{
  g_signal_handlers_disconnect_by_data (shadow->model, shadow);
  g_ptr_array_unref (shadow->items);
}

static const TsColumn *
find_column (TsRecordType  type,
             const char   *key)
{
  const TsColumn *column = ts_record_columns_find_list (type, key);

  g_assert_nonnull (column);
  return column;
}

static void
assert_sorted (GListModel     *model,
               const TsColumn *column,
               TsDataset      *dataset,
               gboolean        descending)
{
  TsColumnContext context;

  ts_column_context_init_for_dataset (&context, dataset);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TsRecord) a = g_list_model_get_item (model, i - 1);
      g_autoptr(TsRecord) b = g_list_model_get_item (model, i);
      int order;

      if (column->kind == TS_COLUMN_DATE)
        {
          order = ts_date_compare (ts_record_get_date (a), ts_record_get_date (b));
        }
      else
        {
          g_autofree char *x = ts_column_dup_text (column, &context, a);
          g_autofree char *y = ts_column_dup_text (column, &context, b);

          order = g_utf8_collate (x != NULL ? x : "", y != NULL ? y : "");
        }
      if (descending)
        order = -order;
      if (order > 0)
        g_error ("%s sorts after %s by %s", ts_record_get_id (a), ts_record_get_id (b),
                 column->key);
    }
}

/* The list stays sorted, and its ::items-changed tells every change,
 * through searches, sorts and edits. */
static void
test_match_list_sorted (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(TsMatchList) list = ts_match_list_new (matches, TS_RECORD_TYPE_MEETING);
  const TsColumn *date = find_column (TS_RECORD_TYPE_MEETING, "date");
  const TsColumn *title = find_column (TS_RECORD_TYPE_MEETING, "title");
  g_autoptr(GPtrArray) ascending = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = G_LIST_MODEL (list);
  Shadow shadow;
  guint n_meetings, n;

  n_meetings = g_list_model_get_n_items (ts_dataset_get_records (dataset,
                                                                 TS_RECORD_TYPE_MEETING));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_meetings);
  shadow_init (&shadow, model);

  ts_match_list_set_sort (list, date, TRUE);
  assert_sorted (model, date, dataset, TRUE);
  shadow_check (&shadow);

  ts_match_list_set_sort (list, title, FALSE);
  assert_sorted (model, title, dataset, FALSE);
  shadow_check (&shadow);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (ascending, g_list_model_get_item (model, i));

  /* The other way round is the same order from the end. */
  ts_match_list_set_sort (list, title, TRUE);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

      g_assert_true (record == g_ptr_array_index (ascending, n - 1 - i));
    }
  shadow_check (&shadow);

  ts_match_list_set_sort (list, date, TRUE);
  ts_query_set_text (query, "b");
  shadow_check (&shadow);
  ts_query_set_text (query, "baysalov");
  assert_sorted (model, date, dataset, TRUE);
  shadow_check (&shadow);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    ts_matches_get_n_matches (matches, TS_RECORD_TYPE_MEETING));
  g_assert_cmpuint (ts_match_list_find (list, "meeting/2023-09-lin-wu-edil-baisalov"),
                    !=, G_MAXUINT);
  g_assert_cmpuint (ts_match_list_find (list, "meeting/2025-02-05-xi-jinping-sadyr-japarov"), ==,
                    G_MAXUINT);
  ts_query_set_text (query, NULL);
  shadow_check (&shadow);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_meetings);

  /* A renamed meeting moves to its new place by title. */
  ts_match_list_set_sort (list, title, FALSE);
  renamed = ts_record_copy (ts_dataset_lookup (dataset, "meeting/2023-09-lin-wu-edil-baisalov"));
  ts_record_set_title (renamed, "000 first of all");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);
  shadow_check (&shadow);
  assert_sorted (model, title, dataset, FALSE);
  {
    guint n_before = 0;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

        n_before += g_utf8_collate (ts_record_get_title (record), "000 first of all") < 0;
      }
    g_assert_cmpuint (n_before, <, 3);
    g_assert_cmpuint (ts_match_list_find (list, ts_record_get_id (renamed)), ==, n_before);
  }

  shadow_clear (&shadow);
}

/* A frozen list does not follow a search until it is flushed. */
static void
test_match_list_frozen (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = ts_matches_new (dataset, query);
  g_autoptr(TsMatchList) list = ts_match_list_new (matches, TS_RECORD_TYPE_PERSON);
  GListModel *model = G_LIST_MODEL (list);
  guint n_people = g_list_model_get_n_items (model);
  Shadow shadow;

  g_assert_cmpuint (n_people, >, 1);
  shadow_init (&shadow, model);
  ts_match_list_set_frozen (list, TRUE);
  ts_query_set_text (query, "baysalov");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_people);
  g_assert_cmpuint (shadow.n_signals, ==, 0);

  ts_match_list_set_frozen (list, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  shadow_check (&shadow);
  shadow_clear (&shadow);
}

static void
on_row_notify (GObject    *row,
               GParamSpec *pspec,
               guint      *n_notified)
{
  (*n_notified)++;
}

/* Rows stay the same objects while what they show changes; only a change
 * of length reaches the views. */
static void
test_row_model_keeps_rows (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(TsRowModel) rows = NULL;
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) handed_out = g_ptr_array_new_with_free_func (g_object_unref);
  Shadow shadow;
  guint n_notified = 0;
  gpointer reversed[10];

  for (guint i = 0; i < 10; i++)
    {
      g_ptr_array_add (objects, g_object_new (G_TYPE_OBJECT, NULL));
      g_list_store_append (store, g_ptr_array_index (objects, i));
    }
  rows = ts_row_model_new (G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rows)) == TS_TYPE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 10);
  shadow_init (&shadow, G_LIST_MODEL (rows));
  for (guint i = 0; i < 10; i++)
    {
      TsRow *row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      g_assert_true (ts_row_get_item (row) == g_ptr_array_index (objects, i));
      g_signal_connect (row, "notify::item", G_CALLBACK (on_row_notify), &n_notified);
      g_ptr_array_add (handed_out, row);
    }

  /* The same items the other way round: the rows stay, showing them. */
  for (guint i = 0; i < 10; i++)
    reversed[i] = g_ptr_array_index (objects, 9 - i);
  g_list_store_splice (store, 0, 10, reversed, 10);
  g_assert_cmpuint (shadow.n_signals, ==, 0);
  shadow_check (&shadow);
  g_assert_cmpuint (n_notified, ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(TsRow) row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      g_assert_true (row == g_ptr_array_index (handed_out, i));
      g_assert_true (ts_row_get_item (row) == g_ptr_array_index (objects, 9 - i));
    }

  /* Shorter: the last rows go, and only they. */
  n_notified = 0;
  g_list_store_splice (store, 2, 4, NULL, 0);
  g_assert_cmpuint (shadow.n_signals, ==, 1);
  shadow_check (&shadow);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 6);
  g_assert_cmpuint (n_notified, ==, 4);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(TsRow) row = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (ts_row_get_item (row) == item);
    }

  /* Longer: rows come at the end. */
  g_list_store_insert (store, 0, g_ptr_array_index (objects, 0));
  g_assert_cmpuint (shadow.n_signals, ==, 2);
  shadow_check (&shadow);
  {
    g_autoptr(TsRow) first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
    g_autoptr(TsRow) last = g_list_model_get_item (G_LIST_MODEL (rows), 6);

    g_assert_true (first == g_ptr_array_index (handed_out, 0));
    g_assert_true (ts_row_get_item (first) == g_ptr_array_index (objects, 0));
    g_assert_true (ts_row_get_item (last) == g_ptr_array_index (objects, 0));
  }

  shadow_clear (&shadow);
}

static void
on_rows_grown (GListModel *rows,
               guint       position,
               guint       removed,
               guint       added,
               guint      *largest)
{
  /* Past the rows a view realizes, the rest may come at once. */
  if (position < 240)
    *largest = MAX (*largest, added);
}

static void
on_rows_shrunk (GListModel *rows,
                guint       position,
                guint       removed,
                guint       added,
                guint      *largest)
{
  *largest = MAX (*largest, removed);
}

/* A list growing from a few rows to many grows a few dozen rows at a time
 * until it is past the rows a view realizes, and shrinks back so. */
static void
test_row_model_grows_in_steps (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(TsRowModel) rows = NULL;
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  guint largest = 0;
  Shadow shadow;

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (objects, g_object_new (G_TYPE_OBJECT, NULL));
  g_list_store_splice (store, 0, 0, objects->pdata, 2);
  rows = ts_row_model_new (G_LIST_MODEL (store));
  shadow_init (&shadow, G_LIST_MODEL (rows));
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_rows_grown), &largest);

  g_list_store_splice (store, 2, 0, objects->pdata + 2, 998);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), <, 100);
  shadow_check (&shadow);
  while (g_list_model_get_n_items (G_LIST_MODEL (rows)) < 1000)
    {
      g_assert_true (g_main_context_iteration (NULL, TRUE));
      shadow_check (&shadow);
    }
  g_assert_cmpuint (largest, >, 0);
  g_assert_cmpuint (largest, <=, 20);

  /* Shrinking: the rows past those a view realizes go at once, the others
   * a few dozen at a time, showing nothing meanwhile. */
  g_list_store_splice (store, 10, 990, NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 240);
  shadow_check (&shadow);
  {
    g_autoptr(TsRow) kept = g_list_model_get_item (G_LIST_MODEL (rows), 9);
    g_autoptr(TsRow) going = g_list_model_get_item (G_LIST_MODEL (rows), 10);

    g_assert_true (ts_row_get_item (kept) == g_ptr_array_index (objects, 9));
    g_assert_null (ts_row_get_item (going));
  }
  largest = 0;
  g_signal_handlers_disconnect_by_func (rows, on_rows_grown, &largest);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_rows_shrunk), &largest);
  while (g_list_model_get_n_items (G_LIST_MODEL (rows)) > 10)
    {
      g_assert_true (g_main_context_iteration (NULL, TRUE));
      shadow_check (&shadow);
    }
  g_assert_cmpuint (largest, >, 0);
  g_assert_cmpuint (largest, <=, 20);

  /* Growing again while rows are on their way out fills them first. */
  g_list_store_splice (store, 10, 0, objects->pdata + 10, 20);
  shadow_check (&shadow);
  {
    g_autoptr(TsRow) row = g_list_model_get_item (G_LIST_MODEL (rows), 29);

    g_assert_true (ts_row_get_item (row) == g_ptr_array_index (objects, 29));
  }
  shadow_clear (&shadow);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matches/agree-with-query", test_matches_agree_with_query);
  g_test_add_func ("/matches/follow-edits", test_matches_follow_edits);
  g_test_add_func ("/matches/select", test_matches_select);
  g_test_add_func ("/matches/relational-filters", test_matches_relational_filters);
  g_test_add_func ("/matches/index-in-background", test_matches_index_in_background);
  g_test_add_func ("/matches/survive-packing", test_matches_survive_packing);
  g_test_add_func ("/matches/search-in-thread", test_matches_search_in_thread);
  g_test_add_func ("/match-list/sorted", test_match_list_sorted);
  g_test_add_func ("/match-list/frozen", test_match_list_frozen);
  g_test_add_func ("/row-model/keeps-rows", test_row_model_keeps_rows);
  g_test_add_func ("/row-model/grows-in-steps", test_row_model_grows_in_steps);

  return g_test_run ();
}
