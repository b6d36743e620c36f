/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Field descriptors (ts-field.h) and TsNamed: what the layers above read
 * instead of switching on the record type. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "ts-agreement.h"
#include "ts-dataset.h"
#include "ts-error.h"
#include "ts-field.h"
#include "ts-meeting.h"
#include "ts-named.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"

#include "model-test-utils.h"

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup (pspec->name));
}

/* Every type lists the keys its JSON has, in FORMAT.md order, the common
 * ones first, each with a label. */
static void
test_field_describe (void)
{
  static const char * const meeting_keys[] = {
    "title", "title_translations", "summary", "summary_translations", "notes", "tags",
    "sources", "confidence", "created", "modified", "date", "end_date", "place", "part_of",
    "participants", "organizations", "level", "format", "topics", "outcomes", "projects",
  };
  guint n_fields = 0;
  const TsField * const *fields = ts_record_type_get_fields (TS_RECORD_TYPE_MEETING,
                                                             &n_fields);
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/m", "M");
  TsRecordClass *klass = TS_RECORD_GET_CLASS (meeting);
  const TsField *person;

  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (meeting_keys));
  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_cmpstr (fields[i]->key, ==, meeting_keys[i]);
      g_assert_cmpstr (ts_field_get_label (fields[i]), !=, "");
    }

  person = ts_record_class_find_field (klass, "participants.person");
  g_assert_nonnull (person);
  g_assert_cmpint (person->kind, ==, TS_FIELD_REFERENCE);
  g_assert_true ((person->flags & TS_FIELD_REQUIRED) != 0);
  g_assert_cmpuint (person->ref_types, ==, 1u << TS_RECORD_TYPE_PERSON);
  g_assert_cmpuint (ts_record_get_reference_types (TS_RECORD (meeting), "participants.person"),
                    ==, 1u << TS_RECORD_TYPE_PERSON);
  g_assert_null (ts_record_class_find_field (klass, "participants.nobody"));
  g_assert_null (ts_record_class_find_field (klass, "names"));

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      fields = ts_record_type_get_fields (type, &n_fields);
      g_assert_cmpuint (n_fields, >, 8);
      g_assert_cmpstr (fields[0]->key, ==, "title");
    }
}

/* Generic access reads what the typed getters read, and sets through the
 * typed setters: the record notifies. */
static void
test_field_value (void)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/m", "M");
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  TsRecordClass *klass = TS_RECORD_GET_CLASS (meeting);
  const TsField *place = ts_record_class_find_field (klass, "place");
  const TsField *level = ts_record_class_find_field (klass, "level");
  const TsField *title = ts_record_class_find_field (klass, "title");
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) new_level = G_VALUE_INIT;
  g_auto(GValue) title_value = G_VALUE_INIT;

  ts_meeting_set_place_id (meeting, "place/kant");
  ts_field_get_value (place, TS_RECORD (meeting), &value);
  g_assert_cmpstr (g_value_get_string (&value), ==, "place/kant");

  ts_field_get_value (title, TS_RECORD (meeting), &title_value);
  g_assert_cmpstr (g_value_get_string (&title_value), ==, "M");

  g_signal_connect (meeting, "notify", G_CALLBACK (on_notify), notified);
  g_value_init (&new_level, ts_field_get_value_type (level));
  g_value_set_enum (&new_level, TS_MEETING_LEVEL_HEAD_OF_STATE);
  ts_field_set_value (level, TS_RECORD (meeting), &new_level);
  g_assert_cmpint (ts_meeting_get_level (meeting), ==, TS_MEETING_LEVEL_HEAD_OF_STATE);
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "level");
}

/* Person, organization and place share names, aliases and country. */
static void
test_field_named (void)
{
  g_autoptr(TsPerson) person = ts_person_new ("person/p", "Sadyr Japarov");
  g_autoptr(TsOrganization) organization = ts_organization_new ("organization/o", "O");
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/m", "M");
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  const char * const aliases[] = { "Japarov", NULL };
  g_autofree char *search = NULL;

  g_assert_true (TS_IS_NAMED (person));
  g_assert_true (TS_IS_NAMED (organization));
  g_assert_false (TS_IS_NAMED (meeting));

  g_signal_connect (person, "notify", G_CALLBACK (on_notify), notified);
  ts_named_set_name (TS_NAMED (person), "ru", "Садыр Жапаров");
  ts_named_set_aliases (TS_NAMED (person), aliases);
  ts_named_set_country (TS_NAMED (person), "KG");
  g_assert_cmpuint (notified->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "names");
  g_assert_cmpstr (g_ptr_array_index (notified, 1), ==, "aliases");
  g_assert_cmpstr (g_ptr_array_index (notified, 2), ==, "country");

  /* The typed API and the JSON see the same values. */
  g_assert_cmpstr (ts_person_get_name (person, "ru"), ==, "Садыр Жапаров");
  g_assert_cmpstr (ts_person_get_aliases (person)[0], ==, "Japarov");
  g_assert_cmpstr (ts_person_get_country (person), ==, "KG");
  search = ts_record_dup_search_text (TS_RECORD (person));
  g_assert_nonnull (strstr (search, "садыр жапаров"));
  g_assert_nonnull (strstr (search, "japarov"));

  /* A setter that changes nothing does not notify. */
  ts_person_set_country (person, "KG");
  g_assert_cmpuint (notified->len, ==, 3);

  ts_organization_set_country (organization, "CN");
  g_assert_cmpstr (ts_named_get_country (TS_NAMED (organization)), ==, "CN");
}

/* A place without a country is in its parent's; others have their own. */
static void
test_field_named_country (void)
{
  g_autoptr(TsDataset) dataset = model_test_load_fixture ();
  TsRecord *beijing = ts_dataset_lookup (dataset, "place/beijing");
  TsRecord *li_qiang = ts_dataset_lookup (dataset, "person/li-qiang");

  g_assert_null (ts_named_get_country (TS_NAMED (beijing)));
  g_assert_cmpstr (ts_named_find_country (TS_NAMED (beijing), dataset), ==, "CN");
  g_assert_null (ts_named_find_country (TS_NAMED (beijing), NULL));
  g_assert_cmpstr (ts_named_find_country (TS_NAMED (li_qiang), dataset), ==, "CN");
  g_assert_true (ts_place_is_within (dataset, "place/beijing", "place/china"));
  g_assert_false (ts_place_is_within (dataset, "place/china", "place/beijing"));
}

/* Equality compares every field, inside list items too. */
static void
test_field_equal (void)
{
  g_autoptr(TsProject) project = ts_project_new ("project/p", "P");
  g_autoptr(TsRecord) copy = NULL;
  g_autoptr(TsRoutePoint) point = ts_route_point_new (42.8, 74.6, "Bishkek");
  GPtrArray *route;

  ts_project_add_route_point (project, point);
  copy = ts_record_copy (TS_RECORD (project));
  g_assert_true (ts_record_equal (TS_RECORD (project), copy));

  route = ts_project_get_route (TS_PROJECT (copy));
  ((TsRoutePoint *) g_ptr_array_index (route, 0))->lon = 74.5;
  g_assert_false (ts_record_equal (TS_RECORD (project), copy));

  ((TsRoutePoint *) g_ptr_array_index (route, 0))->lon = 74.6;
  g_assert_true (ts_record_equal (TS_RECORD (project), copy));
  ts_project_set_value_usd (TS_PROJECT (copy), 1000);
  g_assert_false (ts_record_equal (TS_RECORD (project), copy));
}

/* A date's qualifier is part of it: "about 2023" is not 2023. */
static void
test_field_equal_dates (void)
{
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/m", "M");
  g_autoptr(TsRecord) copy = NULL;
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_parse ("2023", &date, NULL));
  ts_meeting_set_date (meeting, &date);
  copy = ts_record_copy (TS_RECORD (meeting));
  g_assert_true (ts_record_equal (TS_RECORD (meeting), copy));

  date.qualifier = TS_DATE_QUALIFIER_ABOUT;
  ts_meeting_set_date (TS_MEETING (copy), &date);
  g_assert_false (ts_record_equal (TS_RECORD (meeting), copy));
}

/* The places the map marks for a record, from its fields. */
static void
collect_cb (TsRecord   *record,
            const char *field,
            const char *target_id,
            gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%s=%s", field, target_id));
}

static void
test_field_place_references (void)
{
  g_autoptr(TsAgreement) agreement = ts_agreement_new ("agreement/a", "A");
  g_autoptr(TsParty) city = ts_party_new ("place/kant", NULL);
  g_autoptr(TsParty) company = ts_party_new ("organization/c", NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char * const signatories[] = { "person/p", NULL };

  ts_agreement_add_party (agreement, city);
  ts_agreement_add_party (agreement, company);
  ts_agreement_set_signatory_ids (agreement, signatories);
  ts_record_foreach_place_reference (TS_RECORD (agreement), collect_cb, ids);

  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "parties.party=place/kant");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "parties.party=organization/c");
}

/* A record's search text holds the names of what it links to, but not of
 * its sources or of the visit it is part of (TS_FIELD_UNSEARCHED_LINK). */
static void
test_field_search_links (void)
{
  g_autoptr(TsDataset) dataset = ts_dataset_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TsPlace) kant = ts_place_new ("place/kant", "Kant");
  g_autoptr(TsMeeting) visit = ts_meeting_new ("meeting/visit", "Grandvisit");
  g_autoptr(TsMeeting) meeting = ts_meeting_new ("meeting/m", "Talks");
  g_autoptr(TsRecord) source = g_object_new (ts_record_type_get_gtype (TS_RECORD_TYPE_SOURCE),
                                             "id", "source/s", "title", "Dailynews", NULL);
  g_autoptr(GError) error = NULL;
  const char * const sources[] = { "source/s", NULL };
  TsDate date = TS_DATE_INIT;
  const char *text;
  guint n_added = 0;

  g_assert_true (ts_date_parse ("2024-05-01", &date, NULL));
  ts_place_set_lat (kant, 42.9);
  ts_place_set_lon (kant, 74.8);
  ts_meeting_set_date (visit, &date);
  ts_meeting_set_date (meeting, &date);
  ts_meeting_set_place_id (meeting, "place/kant");
  ts_meeting_set_part_of_id (meeting, "meeting/visit");
  ts_record_set_source_ids (TS_RECORD (meeting), sources);
  g_ptr_array_add (records, g_object_ref (kant));
  g_ptr_array_add (records, g_object_ref (visit));
  g_ptr_array_add (records, g_object_ref (meeting));
  g_ptr_array_add (records, g_object_ref (source));
  g_assert_true (ts_dataset_merge (dataset, records, &n_added, NULL, &error));
  g_assert_no_error (error);

  text = ts_dataset_get_search_text (dataset, ts_dataset_lookup (dataset, "meeting/m"));
  g_assert_nonnull (strstr (text, "talks"));
  g_assert_nonnull (strstr (text, "kant"));
  g_assert_null (strstr (text, "grandvisit"));
  g_assert_null (strstr (text, "dailynews"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/field/describe", test_field_describe);
  g_test_add_func ("/field/value", test_field_value);
  g_test_add_func ("/field/named", test_field_named);
  g_test_add_func ("/field/named/country", test_field_named_country);
  g_test_add_func ("/field/equal", test_field_equal);
  g_test_add_func ("/field/equal/dates", test_field_equal_dates);
  g_test_add_func ("/field/place-references", test_field_place_references);
  g_test_add_func ("/field/search-links", test_field_search_links);

  return g_test_run ();
}
