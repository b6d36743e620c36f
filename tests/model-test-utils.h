/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "ts-dataset.h"
#include "ts-record.h"

/* Reads the records of a dataset document (FORMAT.md) with the model's own
 * codec; fails the test on any error. */
static inline GPtrArray *
model_test_read_records (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *document;
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  document = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (document, "format"), ==, "tianshan");
  g_assert_cmpint (json_object_get_int_member (document, "version"), >=, 1);
  g_assert_cmpint (json_object_get_int_member (document, "version"), <=, 2);

  array = json_object_get_array_member (document, "records");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      TsRecord *record = ts_record_new_from_json (object, &error);

      g_assert_no_error (error);
      g_ptr_array_add (records, record);
    }

  return records;
}

static inline TsDataset *
model_test_load_dataset (const char *path)
{
  g_autoptr(GPtrArray) records = model_test_read_records (path);
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();
  guint n_added = 0;

  g_assert_true (ts_dataset_merge (dataset, records, &n_added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, records->len);

  return dataset;
}

/* The small dataset of tests/data/model-fixture.json. */
static inline TsDataset *
model_test_load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model-fixture.json",
                                                 NULL);

  return model_test_load_dataset (path);
}

static inline gboolean
model_test_contains_id (GPtrArray  *records,
                        const char *id)
{
  for (guint i = 0; i < records->len; i++)
    {
      if (g_strcmp0 (ts_record_get_id (g_ptr_array_index (records, i)), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static inline int
model_test_compare_ids (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The ids of @records, sorted and joined by spaces: one string to compare. */
static inline char *
model_test_join_ids (GPtrArray *records)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (ids, (gpointer) ts_record_get_id (g_ptr_array_index (records, i)));
  g_ptr_array_sort (ids, model_test_compare_ids);
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (" ", (char **) ids->pdata);
}
