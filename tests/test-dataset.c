/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-dataset.h"
#include "ts-error.h"
#include "ts-meeting.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-matches.h"
#include "ts-query.h"
#include "ts-source.h"

#include "model-test-utils.h"

/* The bound on adding 100 000 records, a guard against quadratic work. The
 * sanitizers make it several times slower: 14.8 s on a loaded 2-core
 * machine (make check-sanitize). */
#ifdef __SANITIZE_ADDRESS__
#define MAX_SECONDS_FOR_100000 60.0
#else
#define MAX_SECONDS_FOR_100000 10.0
#endif

typedef struct
{
  GPtrArray *emissions;   /* of GPtrArray of TsChange, as emitted */
} Recorder;

static void
on_changed (TsDataset *dataset,
            GPtrArray *changes,
            gpointer   user_data)
{
  Recorder *recorder = user_data;

  g_ptr_array_add (recorder->emissions, g_ptr_array_ref (changes));
}

static Recorder *
recorder_new (TsDataset *dataset)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->emissions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dataset, "changed", G_CALLBACK (on_changed), recorder);
  return recorder;
}

static void
recorder_free (Recorder *recorder)
{
  g_ptr_array_unref (recorder->emissions);
  g_free (recorder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

static TsChange *
emitted_change (Recorder *recorder,
                guint     emission,
                guint     index)
{
  GPtrArray *changes = g_ptr_array_index (recorder->emissions, emission);

  return g_ptr_array_index (changes, index);
}

/* A snapshot of everything a view could see, to prove nothing changed. */
static char *
describe_dataset (TsDataset *dataset)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%u records\n", ts_dataset_get_n_records (dataset));
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          g_autoptr(JsonNode) node = ts_record_to_json (record);
          g_autofree char *json = json_to_string (node, FALSE);
          g_autoptr(GPtrArray) referrers =
            ts_dataset_list_referrers (dataset, ts_record_get_id (record), -1, NULL);
          g_autofree char *referrer_ids = model_test_join_ids (referrers);

          g_assert_true (ts_dataset_lookup (dataset, ts_record_get_id (record)) == record);
          g_string_append_printf (text, "%s ← %s\n", json, referrer_ids);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static TsMeeting *
new_meeting (const char *id,
             const char *place_id,
             const char *person_id)
{
  TsMeeting *meeting = ts_meeting_new (id, "A meeting");
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_set_ymd (&date, 2025, 3, 1));
  ts_meeting_set_date (meeting, &date);
  ts_meeting_set_place_id (meeting, place_id);
  if (person_id != NULL)
    {
      g_autoptr(TsParticipant) participant = ts_participant_new (person_id, NULL, "KG");

      ts_meeting_add_participant (meeting, participant);
    }

  return meeting;
}

/* Loading the fixture fills one list per type; lookups find every record. */
static void
test_dataset_load (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  const guint expected[] = { 4, 1, 1, 0, 4, 1, 7, 2, 1 };
  guint total = 0;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);

      g_assert_true (g_list_model_get_item_type (records) == ts_record_type_get_gtype (type));
      g_assert_cmpuint (g_list_model_get_n_items (records), ==, expected[type]);
      total += expected[type];
    }

  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, total);
  g_assert_true (TS_IS_PLACE (ts_dataset_lookup (dataset, "place/kant")));
  g_assert_null (ts_dataset_lookup (dataset, "place/osh"));
  g_assert_null (ts_dataset_lookup (dataset, NULL));
}

/* Adding, updating and removing each emit one ::changed with the change,
 * and the lists follow. */
static void
test_dataset_add_update_remove (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(TsMeeting) meeting = new_meeting ("meeting/2025-03-01-new", "place/kant",
                                              "person/edil-baisalov");
  g_autoptr(TsRecord) edited = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *meetings = ts_dataset_get_records (dataset, TS_RECORD_TYPE_MEETING);
  guint n_meetings = g_list_model_get_n_items (meetings);
  guint n_records = ts_dataset_get_n_records (dataset);
  g_autoptr(TsRecord) last = NULL;
  g_autoptr(TsRecord) at_position = NULL;
  TsChange *change;

  g_assert_true (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
  change = emitted_change (recorder, 0, 0);
  g_assert_null (change->old_record);
  g_assert_true (change->new_record == TS_RECORD (meeting));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, n_meetings + 1);
  last = g_list_model_get_item (meetings, n_meetings);
  g_assert_true (last == TS_RECORD (meeting));
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_records + 1);
  g_assert_nonnull (ts_record_get_created (TS_RECORD (meeting)));

  /* Updates replace a copy, in place in the list. */
  edited = ts_record_copy (TS_RECORD (meeting));
  ts_record_set_title (edited, "A renamed meeting");
  g_assert_true (ts_dataset_update (dataset, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->emissions->len, ==, 2);
  change = emitted_change (recorder, 1, 0);
  g_assert_true (change->old_record == TS_RECORD (meeting));
  g_assert_true (change->new_record == edited);
  g_assert_true (ts_dataset_lookup (dataset, "meeting/2025-03-01-new") == edited);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, n_meetings + 1);
  at_position = g_list_model_get_item (meetings, n_meetings);
  g_assert_true (at_position == edited);
  g_assert_cmpstr (ts_record_get_title (TS_RECORD (meeting)), ==, "A meeting");
  g_assert_nonnull (ts_record_get_modified (edited));

  g_assert_true (ts_dataset_remove (dataset, "meeting/2025-03-01-new", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->emissions->len, ==, 3);
  change = emitted_change (recorder, 2, 0);
  g_assert_true (change->old_record == edited);
  g_assert_null (change->new_record);
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2025-03-01-new"));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, n_meetings);
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_records);

  /* The reverse links forgot it too. */
  {
    g_autoptr(GPtrArray) at_kant = ts_dataset_list_referrers (dataset, "place/kant",
                                                              TS_RECORD_TYPE_MEETING, "place");

    g_assert_false (model_test_contains_id (at_kant, "meeting/2025-03-01-new"));
  }
}

static void
assert_referrers (TsDataset  *dataset,
                  const char *id,
                  int         type,
                  const char *field,
                  const char *expected)
{
  g_autoptr(GPtrArray) referrers = ts_dataset_list_referrers (dataset, id, type, field);
  g_autofree char *ids = model_test_join_ids (referrers);

  g_assert_cmpstr (ids, ==, expected);
}

/* Reverse links: what a person attended, what happened at a place, which
 * agreements name a place, which records cite a source. */
static void
test_dataset_reverse_links (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GPtrArray) attended = NULL;

  assert_referrers (dataset, "person/edil-baisalov", TS_RECORD_TYPE_MEETING,
                    "participants.person",
                    "meeting/2023-10-25-baisalov-shandong-delegation "
                    "meeting/2024-05-baisalov-beijing");
  assert_referrers (dataset, "place/beijing", TS_RECORD_TYPE_MEETING, "place",
                    "meeting/2024-05-baisalov-beijing meeting/2024-06-06-li-qiang-japarov");
  assert_referrers (dataset, "place/kant", TS_RECORD_TYPE_MEETING, NULL,
                    "meeting/2023-05-kant-ceremony");
  assert_referrers (dataset, "place/chuy-region", TS_RECORD_TYPE_AGREEMENT, "parties.party",
                    "agreement/2023-10-25-shandong-chuy-friendly-provinces");
  assert_referrers (dataset, "place/shandong", -1, NULL,
                    "agreement/2023-10-25-shandong-chuy-friendly-provinces");
  assert_referrers (dataset, "project/china-kyrgyzstan-uzbekistan-railway", -1, NULL,
                    "meeting/2024-06-06-li-qiang-japarov");
  assert_referrers (dataset, "source/xinhua-2024-06-06", -1, "sources",
                    "figure/china-kyrgyzstan-trade-2023 meeting/2024-05-baisalov-beijing "
                    "meeting/2024-06-06-li-qiang-japarov person/li-qiang "
                    "person/sadyr-japarov place/beijing place/china "
                    "project/china-kyrgyzstan-uzbekistan-railway");
  /* A milestone's source is a link too, through its own field. */
  assert_referrers (dataset, "source/xinhua-2024-06-06", -1, "milestones.source",
                    "project/china-kyrgyzstan-uzbekistan-railway");
  assert_referrers (dataset, "place/osh", -1, NULL, "");

  /* Newest first. */
  attended = ts_dataset_list_referrers (dataset, "person/edil-baisalov",
                                        TS_RECORD_TYPE_MEETING, NULL);
  g_assert_cmpuint (attended->len, ==, 2);
  g_assert_cmpstr (ts_record_get_id (g_ptr_array_index (attended, 0)), ==,
                   "meeting/2024-05-baisalov-beijing");
}

/* A reference to a record that does not exist is refused, naming the
 * record, the field and the missing id; nothing changes. */
static void
test_dataset_refuses_dangling (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autofree char *before = describe_dataset (dataset);
  g_autofree char *after = NULL;
  g_autoptr(TsMeeting) meeting = new_meeting ("meeting/2025-03-01-osh", "place/osh", NULL);
  g_autoptr(TsMeeting) meeting2 = new_meeting ("meeting/2025-03-01-x", "place/kant",
                                               "person/nobody");
  g_autoptr(TsRecord) edited = ts_record_copy (ts_dataset_lookup (dataset, "place/kant"));
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_assert_cmpstr (error->message, ==,
                   "Record “meeting/2025-03-01-osh”, field “place”: there is no record "
                   "“place/osh”");
  g_clear_error (&error);

  g_assert_false (ts_dataset_add (dataset, TS_RECORD (meeting2), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_assert_nonnull (strstr (error->message, "participants.person"));
  g_assert_nonnull (strstr (error->message, "person/nobody"));
  g_clear_error (&error);

  ts_place_set_parent_id (TS_PLACE (edited), "place/atlantis");
  g_assert_false (ts_dataset_update (dataset, edited, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_clear_error (&error);

  /* A reference to a record of the wrong type is no better. */
  ts_place_set_parent_id (TS_PLACE (edited), "person/li-qiang");
  g_assert_false (ts_dataset_update (dataset, edited, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA);
  g_clear_error (&error);

  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (recorder->emissions->len, ==, 0);
}

/* A record still referred to cannot be removed; the error names a referrer. */
static void
test_dataset_refuses_removing_referenced (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autofree char *before = describe_dataset (dataset);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ts_dataset_remove (dataset, "place/kant", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
  g_assert_cmpstr (error->message, ==,
                   "Record “place/kant”: cannot be removed: “meeting/2023-05-kant-ceremony” "
                   "refers to it (field “place”)");
  g_clear_error (&error);

  g_assert_false (ts_dataset_remove (dataset, "person/edil-baisalov", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
  g_clear_error (&error);

  g_assert_false (ts_dataset_remove (dataset, "place/nowhere", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (recorder->emissions->len, ==, 0);
}

/* One change set is checked as a whole: records may refer to each other,
 * and a record goes together with what refers to it. */
static void
test_dataset_apply_as_a_whole (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(GPtrArray) removals = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(TsMeeting) meeting = new_meeting ("meeting/2025-03-01-osh", "place/osh", NULL);
  g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
  g_autoptr(GError) error = NULL;

  ts_place_set_lat (osh, 40.53);
  ts_place_set_lon (osh, 72.8);
  ts_place_set_parent_id (osh, "place/kyrgyzstan");

  /* The meeting comes first and refers to the place added after it. */
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (meeting)));
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (osh)));
  g_assert_true (ts_dataset_apply (dataset, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
  g_assert_true (g_ptr_array_index (recorder->emissions, 0) == changes);
  assert_referrers (dataset, "place/osh", -1, NULL, "meeting/2025-03-01-osh");

  /* Removing the place alone is refused, with its meeting it is fine. */
  g_assert_false (ts_dataset_remove (dataset, "place/osh", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
  g_clear_error (&error);

  g_ptr_array_add (removals, ts_change_new (TS_RECORD (osh), NULL));
  g_ptr_array_add (removals, ts_change_new (TS_RECORD (meeting), NULL));
  g_assert_true (ts_dataset_apply (dataset, removals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->emissions->len, ==, 2);
  g_assert_null (ts_dataset_lookup (dataset, "place/osh"));
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2025-03-01-osh"));
}

/* Ids are unique: adding an existing one, or one id twice, is refused. */
static void
test_dataset_refuses_duplicates (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(TsRecord) kant = ts_record_copy (ts_dataset_lookup (dataset, "place/kant"));
  g_autoptr(TsMeeting) a = new_meeting ("meeting/2025-dup", "place/kant", NULL);
  g_autoptr(TsMeeting) b = new_meeting ("meeting/2025-dup", "place/bishkek", NULL);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe_dataset (dataset);
  g_autofree char *after = NULL;

  g_assert_false (ts_dataset_add (dataset, kant, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "place/kant"));
  g_clear_error (&error);

  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (a)));
  g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (b)));
  g_assert_false (ts_dataset_apply (dataset, changes, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* Invalid records do not get in either. */
  ts_record_set_title (TS_RECORD (a), NULL);
  g_assert_false (ts_dataset_add (dataset, TS_RECORD (a), &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD);
  g_clear_error (&error);

  /* Nor edits made in place. */
  ts_record_set_title (ts_dataset_lookup (dataset, "place/kant"), "Kant");
  g_assert_false (ts_dataset_update (dataset, ts_dataset_lookup (dataset, "place/kant"),
                                     &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_FAILED);
  g_clear_error (&error);

  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (recorder->emissions->len, ==, 0);
}

typedef struct
{
  guint     calls;
  guint     n_changes;
  gboolean  fail;
} CommitData;

static gboolean
commit_cb (TsDataset  *dataset,
           GPtrArray  *changes,
           gpointer    user_data,
           GError    **error)
{
  CommitData *data = user_data;

  data->calls++;
  data->n_changes = changes->len;
  /* The store commits before the dataset changes. */
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2025-03-01-new"));

  if (data->fail)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "disk full");
      return FALSE;
    }

  return TRUE;
}

/* When the store cannot commit, the dataset stays as it was. */
static void
test_dataset_commit_func (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(TsMeeting) meeting = new_meeting ("meeting/2025-03-01-new", "place/kant", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe_dataset (dataset);
  g_autofree char *after = NULL;
  CommitData data = { 0, 0, TRUE };

  ts_dataset_set_commit_func (dataset, commit_cb, &data, NULL);

  g_assert_false (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_clear_error (&error);
  g_assert_cmpuint (data.calls, ==, 1);
  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (recorder->emissions->len, ==, 0);

  /* Refused changes never reach the store. */
  g_assert_false (ts_dataset_remove (dataset, "place/kant", &error));
  g_clear_error (&error);
  g_assert_cmpuint (data.calls, ==, 1);

  data.fail = FALSE;
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (meeting), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (data.calls, ==, 2);
  g_assert_cmpuint (data.n_changes, ==, 1);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
}

/* Merging adds new records, replaces changed ones and leaves equal ones. */
static void
test_dataset_merge (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsRecord) kant = ts_record_copy (ts_dataset_lookup (dataset, "place/kant"));
  g_autoptr(TsRecord) bishkek = ts_record_copy (ts_dataset_lookup (dataset, "place/bishkek"));
  g_autoptr(TsPlace) osh = ts_place_new ("place/osh", "Osh");
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_changed = 99;

  ts_place_set_lat (osh, 40.53);
  ts_place_set_lon (osh, 72.8);
  ts_record_set_summary (bishkek, "The capital.");
  g_ptr_array_add (records, g_object_ref (kant));
  g_ptr_array_add (records, g_object_ref (bishkek));
  g_ptr_array_add (records, g_object_ref (osh));

  g_assert_true (ts_dataset_merge (dataset, records, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (recorder->emissions, 0))->len, ==, 2);
  g_assert_true (ts_dataset_lookup (dataset, "place/kant") != kant);
  g_assert_true (ts_dataset_lookup (dataset, "place/bishkek") == bishkek);

  /* Merging the same again changes nothing, and says nothing. */
  g_assert_true (ts_dataset_merge (dataset, records, &n_added, &n_changed, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
}

/* A meeting is found by the names of its participants; when a person's
 * names change, so does what finds the meeting. */
static void
test_dataset_search_text (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  TsRecord *meeting = ts_dataset_lookup (dataset, "meeting/2024-05-baisalov-beijing");
  g_autoptr(TsRecord) person = ts_record_copy (ts_dataset_lookup (dataset, "person/li-qiang"));
  g_autoptr(GError) error = NULL;
  const char *text;

  text = ts_dataset_get_search_text (dataset, meeting);
  g_assert_nonnull (strstr (text, "baysalov"));
  g_assert_nonnull (strstr (text, "баисалов"));
  g_assert_nonnull (strstr (text, "李强"));
  g_assert_nonnull (strstr (text, "北京"));
  g_assert_null (strstr (text, "premier keqiang"));
  g_assert_true (ts_dataset_get_search_text (dataset, meeting) == text);

  ts_person_set_aliases (TS_PERSON (person), (const char *[]) { "Premier Keqiang", NULL });
  g_assert_true (ts_dataset_update (dataset, person, &error));
  g_assert_no_error (error);

  text = ts_dataset_get_search_text (dataset, meeting);
  g_assert_nonnull (strstr (text, "premier keqiang"));
}

static void
test_dataset_suggest_id (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(TsPlace) kant = ts_place_new (NULL, "Kant");
  g_autoptr(TsMeeting) meeting = new_meeting (NULL, NULL, NULL);
  g_autofree char *place_id = ts_dataset_suggest_id (dataset, TS_RECORD (kant));
  g_autofree char *meeting_id = NULL;

  g_assert_cmpstr (place_id, ==, "place/kant-2");

  ts_record_set_title (TS_RECORD (meeting), "Li Qiang meets Sadyr Japarov");
  meeting_id = ts_dataset_suggest_id (dataset, TS_RECORD (meeting));
  g_assert_cmpstr (meeting_id, ==, "meeting/2025-03-01-li-qiang-meets-sadyr-japarov");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* 100 000 records go in with one apply, fast, and each list hears of them
 * once. */
static void
test_dataset_many_records (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(GPtrArray) found = NULL;
  GListModel *meetings = ts_dataset_get_records (dataset, TS_RECORD_TYPE_MEETING);
  guint n_before = ts_dataset_get_n_records (dataset);
  guint n_signals = 0;
  const guint n = 100000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("meeting/bulk-%u", i);
      g_autoptr(TsMeeting) meeting = new_meeting (id, i % 2 ? "place/kant" : "place/bishkek",
                                                  "person/edil-baisalov");

      ts_record_set_source_ids (TS_RECORD (meeting),
                                (const char *[]) { "source/akipress-2023-10-25", NULL });
      g_ptr_array_add (changes, ts_change_new (NULL, TS_RECORD (meeting)));
    }

  g_signal_connect (meetings, "items-changed", G_CALLBACK (on_items_changed), &n_signals);
  timer = g_timer_new ();
  g_assert_true (ts_dataset_apply (dataset, changes, &error));
  g_assert_no_error (error);
  g_test_message ("applied %u additions in %.3f s", n, g_timer_elapsed (timer, NULL));
  /* Linear, not quadratic (that would take hours). */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_SECONDS_FOR_100000);
  g_assert_cmpuint (n_signals, ==, 1);
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, n_before + n);

  /* Editing many at once rebuilds each list in one go too. */
  for (guint i = 0; i < 1000; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i * 7);
      g_autoptr(TsRecord) edited = ts_record_copy (change->new_record);

      ts_record_set_title (edited, "Edited");
      g_ptr_array_add (edits, ts_change_new (change->new_record, edited));
    }
  g_timer_start (timer);
  g_assert_true (ts_dataset_apply (dataset, edits, &error));
  g_assert_no_error (error);
  g_test_message ("applied 1000 edits in %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (n_signals, ==, 2);
  {
    g_autoptr(TsRecord) seventh = g_list_model_get_item (meetings, 4 + 7);

    g_assert_cmpstr (ts_record_get_title (seventh), ==, "Edited");
  }

  g_timer_start (timer);
  ts_query_set_text (query, "baisalov edited");
  found = ts_matches_select (dataset, query);
  g_test_message ("searched %u records in %.3f s", ts_dataset_get_n_records (dataset),
                  g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (found->len, ==, 1000);
  g_assert_cmpuint (g_signal_handlers_disconnect_by_func (meetings, on_items_changed,
                                                          &n_signals), ==, 1);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* The store's bulk load gives the dataset an apply of the same records
 * gives: lists in order, lookups, reverse links, search texts, one
 * ::changed with every addition. */
static void
test_dataset_bulk_load (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model-fixture.json",
                                                 NULL);
  g_autoptr(GPtrArray) records = model_test_read_records (path);
  g_autoptr(TsDataset) applied = model_test_load_dataset (path);
  g_autoptr(TsDataset) loaded = ts_dataset_new ();
  g_autoptr(Recorder) recorder = recorder_new (loaded);
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = describe_dataset (applied);
  g_autofree char *actual = NULL;
  guint n_notifies = 0;

  g_signal_connect (loaded, "notify::n-records", G_CALLBACK (on_notify), &n_notifies);
  g_assert_true (ts_dataset_load (loaded, records, &error));
  g_assert_no_error (error);

  actual = describe_dataset (loaded);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (recorder->emissions->len, ==, 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (recorder->emissions, 0))->len, ==,
                    records->len);
  g_assert_null (emitted_change (recorder, 0, 0)->old_record);
  g_assert_true (emitted_change (recorder, 0, 0)->new_record == g_ptr_array_index (records, 0));

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      TsRecord *twin = ts_dataset_lookup (applied, ts_record_get_id (record));

      g_assert_cmpstr (ts_dataset_get_search_text (loaded, record), ==,
                       ts_dataset_get_search_text (applied, twin));
    }

  {
    const char *texts[] = { "kant", "baisalov", "бишкек", "akipress", NULL };

    for (guint i = 0; texts[i] != NULL; i++)
      {
        g_autoptr(GPtrArray) from_loaded = NULL;
        g_autoptr(GPtrArray) from_applied = NULL;
        g_autofree char *loaded_ids = NULL;
        g_autofree char *applied_ids = NULL;

        ts_query_set_text (query, texts[i]);
        from_loaded = ts_matches_select (loaded, query);
        from_applied = ts_matches_select (applied, query);
        loaded_ids = model_test_join_ids (from_loaded);
        applied_ids = model_test_join_ids (from_applied);
        g_assert_cmpuint (from_loaded->len, >, 0);
        g_assert_cmpstr (loaded_ids, ==, applied_ids);
      }
  }

  /* Loaded records change like applied ones. */
  g_assert_false (ts_dataset_remove (loaded, "place/kant", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
}

/* After a load, the first thing done may be a change, with nothing having
 * asked for a record's referrers yet: a removal is still refused while
 * something refers to the record, and a renamed record's name reaches the
 * search text of the records linking to it. */
static void
test_dataset_bulk_load_links_at_first_change (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model-fixture.json",
                                                 NULL);
  g_autoptr(GPtrArray) records = model_test_read_records (path);
  g_autoptr(TsDataset) loaded = ts_dataset_new ();
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  TsRecord *meeting;

  g_assert_true (ts_dataset_load (loaded, records, &error));
  g_assert_no_error (error);
  meeting = ts_dataset_lookup (loaded, "meeting/2023-05-kant-ceremony");
  g_assert_nonnull (meeting);
  g_assert_null (strstr (ts_dataset_get_search_text (loaded, meeting), "tokmokstadt"));

  renamed = ts_record_copy (ts_dataset_lookup (loaded, "place/kant"));
  ts_record_set_title (renamed, "Tokmokstadt");
  g_assert_true (ts_dataset_update (loaded, renamed, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ts_dataset_get_search_text (loaded, meeting), "tokmokstadt"));

  g_clear_object (&loaded);
  loaded = ts_dataset_new ();
  g_assert_true (ts_dataset_load (loaded, records, &error));
  g_assert_false (ts_dataset_remove (loaded, "place/kant", &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
  g_assert_nonnull (ts_dataset_lookup (loaded, "place/kant"));
}

/* The window has the index built in a thread of its own after a load; the
 * main thread asking for referrers meanwhile waits for it and gets them all,
 * and a change at once after the load still finds who links to what. */
static void
test_dataset_bulk_load_links_in_background (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model-fixture.json",
                                                 NULL);
  g_autoptr(GPtrArray) records = model_test_read_records (path);

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr(TsDataset) loaded = ts_dataset_new ();
      g_autoptr(GPtrArray) at_kant = NULL;
      g_autoptr(GError) error = NULL;
      gboolean found = FALSE;

      g_assert_true (ts_dataset_load (loaded, records, &error));
      g_assert_no_error (error);
      ts_dataset_index_referrers_in_background (loaded);

      if (round % 2 == 0)
        {
          at_kant = ts_dataset_list_referrers (loaded, "place/kant", -1, NULL);
          for (guint i = 0; i < at_kant->len; i++)
            found |= g_strcmp0 (ts_record_get_id (g_ptr_array_index (at_kant, i)),
                                "meeting/2023-05-kant-ceremony") == 0;
          g_assert_true (found);
        }
      else
        {
          g_assert_false (ts_dataset_remove (loaded, "place/kant", &error));
          g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_STILL_REFERENCED);
        }
    }
}

/* A damaged database is refused as an apply would refuse it, and leaves
 * the dataset empty. */
static void
test_dataset_bulk_load_refuses (void)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(Recorder) recorder = recorder_new (dataset);
  g_autoptr(TsPlace) place = ts_place_new ("place/kant", "Kant");
  g_autoptr(TsPlace) again = ts_place_new ("place/kant", "Kant again");
  g_autoptr(TsMeeting) dangling = new_meeting ("meeting/x", "place/osh", NULL);
  g_autoptr(TsMeeting) meeting = new_meeting ("meeting/y", "place/kant", NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = describe_dataset (dataset);
  g_autofree char *after = NULL;

  ts_place_set_lat (place, 42.8);
  ts_place_set_lon (place, 74.8);
  ts_place_set_lat (again, 42.8);
  ts_place_set_lon (again, 74.8);

  /* The meeting comes first: references are checked once all are in. */
  g_ptr_array_add (records, meeting);
  g_ptr_array_add (records, place);
  g_ptr_array_add (records, dangling);
  g_assert_false (ts_dataset_load (dataset, records, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DANGLING_REFERENCE);
  g_assert_nonnull (strstr (error->message, "place/osh"));
  g_clear_error (&error);
  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, empty);

  g_ptr_array_set_size (records, 0);
  g_ptr_array_add (records, place);
  g_ptr_array_add (records, again);
  g_assert_false (ts_dataset_load (dataset, records, &error));
  g_assert_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = describe_dataset (dataset);
  g_assert_cmpstr (after, ==, empty);
  g_assert_cmpuint (recorder->emissions->len, ==, 0);

  g_ptr_array_set_size (records, 0);
  g_ptr_array_add (records, meeting);
  g_ptr_array_add (records, place);
  g_assert_true (ts_dataset_load (dataset, records, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ts_dataset_get_n_records (dataset), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/load", test_dataset_load);
  g_test_add_func ("/dataset/add-update-remove", test_dataset_add_update_remove);
  g_test_add_func ("/dataset/reverse-links", test_dataset_reverse_links);
  g_test_add_func ("/dataset/refuses/dangling", test_dataset_refuses_dangling);
  g_test_add_func ("/dataset/refuses/removing-referenced",
                   test_dataset_refuses_removing_referenced);
  g_test_add_func ("/dataset/refuses/duplicates", test_dataset_refuses_duplicates);
  g_test_add_func ("/dataset/apply-as-a-whole", test_dataset_apply_as_a_whole);
  g_test_add_func ("/dataset/commit-func", test_dataset_commit_func);
  g_test_add_func ("/dataset/merge", test_dataset_merge);
  g_test_add_func ("/dataset/search-text", test_dataset_search_text);
  g_test_add_func ("/dataset/suggest-id", test_dataset_suggest_id);
  g_test_add_func ("/dataset/many-records", test_dataset_many_records);
  g_test_add_func ("/dataset/bulk-load", test_dataset_bulk_load);
  g_test_add_func ("/dataset/bulk-load/refuses", test_dataset_bulk_load_refuses);
  g_test_add_func ("/dataset/bulk-load/links-at-first-change",
                   test_dataset_bulk_load_links_at_first_change);
  g_test_add_func ("/dataset/bulk-load/links-in-background",
                   test_dataset_bulk_load_links_in_background);

  return g_test_run ();
}
