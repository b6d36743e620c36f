/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Each record type's one description of its columns (ts-record-columns.h),
 * as the list and the exports read it: the tables hold together, the cells
 * are of their column's kind, and linked records are found through the
 * context a view gives, in any thread. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-export.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-record-columns.h"

#include "model-test-utils.h"

#define STATE_VISIT "meeting/2023-05-sadyr-japarov-state-visit-china"

static TsDataset *
load_shipped (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "data", "dataset",
                                            "tianshan.json", NULL);

  return model_test_load_dataset (path);
}

static const TsColumn *
find_exported (TsRecordType  type,
               const char   *key)
{
  guint n_columns;
  const TsColumn * const *columns = ts_record_columns_get_exported (type, &n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      if (g_str_equal (columns[i]->key, key))
        return columns[i];
    }

  return NULL;
}

static char *
dup_cell_text (const TsColumn        *column,
               const TsColumnContext *context,
               TsRecord              *record)
{
  TsCell cell = TS_CELL_INIT;
  char *text;

  column->fill (context, record, &cell);
  g_assert_true (cell.kind == TS_CELL_TEXT || cell.kind == TS_CELL_EMPTY);
  text = g_strdup (cell.text);
  ts_cell_clear (&cell);

  return text;
}

/* What the list shows (a key the settings remember, once, in order) and
 * what the exports write (a header and a meaning for the Definitions sheet)
 * is complete for every type. */
static void
test_columns_tables (void)
{
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_autoptr(GHashTable) list_keys = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) exported_keys = g_hash_table_new (g_str_hash, g_str_equal);
      const TsColumn *all, * const *list, * const *exported;
      guint n_all, n_list, n_exported;
      gboolean descending;
      const char *sort_key = ts_record_columns_get_default_sort (type, &descending);

      all = ts_record_columns_get (type, &n_all);
      list = ts_record_columns_get_list (type, &n_list);
      exported = ts_record_columns_get_exported (type, &n_exported);
      g_assert_cmpuint (n_list, >, 0);
      g_assert_cmpuint (n_exported, >, 0);
      /* Every column is shown somewhere: in the list, in the exports, or
       * in the workbook alone. */
      for (guint i = 0; i < n_all; i++)
        g_assert_true (all[i].list_position > 0 || ts_column_is_exported (&all[i])
                       || ts_column_is_in_sheet (&all[i]));

      for (guint i = 0; i < n_list; i++)
        {
          g_assert_cmpuint (list[i]->list_position, ==, i + 1);
          g_assert_cmpint (list[i]->list_width, >, 0);
          g_assert_nonnull (ts_column_get_list_title (list[i]));
          g_assert_true (g_hash_table_add (list_keys, (gpointer) list[i]->key));
          g_assert_true (ts_record_columns_find_list (type, list[i]->key) == list[i]);
        }
      g_assert_nonnull (ts_record_columns_find_list (type, sort_key));

      for (guint i = 0; i < n_exported; i++)
        {
          g_assert_true (ts_column_is_exported (exported[i]));
          g_assert_nonnull (exported[i]->title);
          g_assert_nonnull (exported[i]->meaning);
          g_assert_cmpfloat (exported[i]->sheet_width, >, 0);
          g_assert_true (g_hash_table_add (exported_keys, (gpointer) exported[i]->key));
        }
      g_assert_true (find_exported (type, "title") == exported[0]);
      g_assert_nonnull (find_exported (type, "id"));

      /* A list-only column is the list's form of something: it is shown. */
      for (guint i = 0; i < n_all; i++)
        {
          if (ts_column_is_in_sheet (&all[i]))
            continue;
          g_assert_cmpuint (all[i].list_position, >, 0);
          g_assert_null (all[i].meaning);
        }
    }
}

/* A briefing's record sheet leads with the columns a reader wants, in
 * their order; every other exported column follows, and the CSV files do
 * not have the workbook's own. */
static void
test_columns_sheet_order (void)
{
  const char *meeting_keys[] = { "date", "title", "place", "participants", "level", "summary",
                                 "sources", NULL };
  const TsColumn * const *columns;
  guint n_columns, n_reader;

  columns = ts_record_columns_get_sheet (TS_RECORD_TYPE_MEETING, &n_columns, &n_reader);
  g_assert_cmpuint (n_reader, ==, g_strv_length ((char **) meeting_keys));
  for (guint i = 0; i < n_reader; i++)
    g_assert_cmpstr (columns[i]->key, ==, meeting_keys[i]);

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      const TsColumn * const *exported;
      guint n_exported, n_sheet_only = 0;

      columns = ts_record_columns_get_sheet (type, &n_columns, &n_reader);
      exported = ts_record_columns_get_exported (type, &n_exported);
      /* Enough to read, few enough to print one page wide. */
      g_assert_cmpuint (n_reader, >=, 4);
      g_assert_cmpuint (n_reader, <=, 8);
      for (guint i = 0; i < n_columns; i++)
        {
          g_assert_true (ts_column_is_in_sheet (columns[i]));
          g_assert_cmpuint (columns[i]->sheet_position, ==, i < n_reader ? i + 1 : 0);
          /* Ids, never the reader's. */
          if (columns[i]->flags & TS_COLUMN_MACHINE)
            g_assert_cmpuint (i, >=, n_reader);
          if (columns[i]->flags & TS_COLUMN_SHEET_ONLY)
            n_sheet_only++;
          else
            g_assert_nonnull (find_exported (type, columns[i]->key));
        }
      g_assert_cmpuint (n_columns, ==, n_exported + n_sheet_only);
      for (guint i = 0; i < n_exported; i++)
        g_assert_false (exported[i]->flags & TS_COLUMN_SHEET_ONLY);
    }
}

/* A cell is empty or of its column's kind, so that the list sorts it and
 * the workbook writes it as what the column says it is. */
static void
test_columns_cell_kinds (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  TsColumnContext context;

  ts_column_context_init_for_dataset (&context, dataset);
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);
      const TsCellKind kinds[] = {
        [TS_COLUMN_TEXT] = TS_CELL_TEXT,
        [TS_COLUMN_NUMBER] = TS_CELL_NUMBER,
        [TS_COLUMN_DATE] = TS_CELL_DATE,
        [TS_COLUMN_DATETIME] = TS_CELL_DATETIME,
        [TS_COLUMN_URL] = TS_CELL_URL,
      };
      const TsColumn *columns;
      guint n_columns;
      guint n_filled = 0;

      columns = ts_record_columns_get (type, &n_columns);
      g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
      for (guint r = 0; r < g_list_model_get_n_items (records); r++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, r);

          for (guint c = 0; c < n_columns; c++)
            {
              TsCell cell = TS_CELL_INIT;

              columns[c].fill (&context, record, &cell);
              if (cell.kind != TS_CELL_EMPTY)
                {
                  if (cell.kind != kinds[columns[c].kind])
                    g_error ("%s: column “%s” gave a cell of kind %d",
                             ts_record_get_id (record), columns[c].key, cell.kind);
                  n_filled++;
                }
              ts_cell_clear (&cell);
            }
        }
      g_assert_cmpuint (n_filled, >, 0);
    }
}

/* A context with a scratch buffer and a cache of names (a CSV file's:
 * lists joined there, one cell at a time; each linked record's name found
 * once) fills every cell with the same text as one without, also after a
 * cell of another record was built in the buffer. */
static void
test_columns_scratch (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(GString) scratch = g_string_new ("left over");
  g_autoptr(GHashTable) names = g_hash_table_new (g_direct_hash, g_direct_equal);
  TsColumnContext plain;
  TsColumnContext buffered;
  guint n_lists = 0;

  ts_column_context_init_for_dataset (&plain, dataset);
  ts_column_context_init_for_dataset (&buffered, dataset);
  g_assert_null (buffered.scratch);
  g_assert_null (buffered.names);
  buffered.scratch = scratch;
  buffered.names = names;
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);
      const TsColumn *columns;
      guint n_columns;

      columns = ts_record_columns_get (type, &n_columns);
      for (guint r = 0; r < g_list_model_get_n_items (records); r++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, r);

          for (guint c = 0; c < n_columns; c++)
            {
              TsCell expected = TS_CELL_INIT;
              TsCell cell = TS_CELL_INIT;

              columns[c].fill (&plain, record, &expected);
              columns[c].fill (&buffered, record, &cell);
              g_assert_cmpint (cell.kind, ==, expected.kind);
              g_assert_cmpstr (cell.text, ==, expected.text);
              if (cell.text != NULL && cell.text == scratch->str)
                n_lists++;
              ts_cell_clear (&expected);
              ts_cell_clear (&cell);
            }
        }
    }
  /* The lists' cells were built in it, and linked records' names kept. */
  g_assert_cmpuint (n_lists, >, 0);
  g_assert_cmpuint (g_hash_table_size (names), >, 0);
}

/* The list shows a field in its own, shorter form where the exports give
 * all of it: a person's country by name, not by code; a meeting's
 * participants without their roles. */
static void
test_columns_list_forms (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  TsRecord *person = ts_dataset_lookup (dataset, "person/akylbek-japarov");
  TsRecord *meeting = ts_dataset_lookup (dataset, STATE_VISIT);
  TsColumnContext context;
  g_autofree char *list_country = NULL;
  g_autofree char *exported_country = NULL;
  g_autofree char *list_participants = NULL;
  g_autofree char *exported_participants = NULL;

  g_assert_nonnull (person);
  g_assert_nonnull (meeting);
  ts_column_context_init_for_dataset (&context, dataset);

  list_country = ts_column_dup_text (ts_record_columns_find_list (TS_RECORD_TYPE_PERSON,
                                                                  "country"),
                                     &context, person);
  exported_country = dup_cell_text (find_exported (TS_RECORD_TYPE_PERSON, "country"),
                                    &context, person);
  g_assert_cmpstr (list_country, ==, "Kyrgyzstan");
  g_assert_cmpstr (exported_country, ==, "KG");

  list_participants = ts_column_dup_text (ts_record_columns_find_list (TS_RECORD_TYPE_MEETING,
                                                                       "participants"),
                                          &context, meeting);
  exported_participants = dup_cell_text (find_exported (TS_RECORD_TYPE_MEETING, "participants"),
                                         &context, meeting);
  g_assert_cmpstr (list_participants, ==, "Sadyr Japarov, Xi Jinping");
  g_assert_true (g_str_has_prefix (exported_participants, "Sadyr Japarov ("));
  g_assert_nonnull (strstr (exported_participants, "; Xi Jinping ("));
}

/* A screen reader reads a list's row as the record read aloud: the date as
 * the list shows it, the title and the place for a meeting; every record
 * is read with its title, and empty cells leave no gap. */
static void
test_columns_aloud (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  TsRecord *meeting = ts_dataset_lookup (dataset, "meeting/2023-10-25-li-qiang-akylbek-japarov");
  TsColumnContext context;
  g_autofree char *aloud = NULL;

  g_assert_nonnull (meeting);
  ts_column_context_init_for_dataset (&context, dataset);
  aloud = ts_record_describe_aloud (meeting, &context);
  g_assert_cmpstr (aloud, ==, "25 Oct 2023, Li Qiang holds talks with Akylbek Japarov, Kyrgyzstan");

  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *records = ts_dataset_get_records (dataset, type);

      g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
          g_autofree char *text = ts_record_describe_aloud (record, &context);

          g_assert_nonnull (text);
          if (type == TS_RECORD_TYPE_FIGURE)
            g_assert_true (g_str_has_prefix (text, ts_figure_get_indicator (TS_FIGURE (record))));
          else
            g_assert_nonnull (strstr (text, ts_record_get_display_name (record)));
          g_assert_null (strstr (text, ", , "));
          g_assert_false (g_str_has_prefix (text, ", "));
          g_assert_false (g_str_has_suffix (text, ", "));
        }
    }
}

static TsRecord *
lookup_nothing (gpointer    user_data,
                const char *id)
{
  return NULL;
}

/* Linked records are found through the context only: without them a cell
 * names the ids, as an export does for a record that is not there. */
static void
test_columns_context (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  TsRecord *meeting = ts_dataset_lookup (dataset, STATE_VISIT);
  const TsColumn *participants = ts_record_columns_find_list (TS_RECORD_TYPE_MEETING,
                                                              "participants");
  TsColumnContext nothing = { lookup_nothing, NULL };
  g_autofree char *text = ts_column_dup_text (participants, &nothing, meeting);

  g_assert_cmpstr (text, ==, "person/sadyr-japarov, person/xi-jinping");
}

static gpointer
fill_in_thread (gpointer user_data)
{
  TsExportData *data = user_data;
  GPtrArray *records = ts_export_data_get_records (data, TS_RECORD_TYPE_MEETING);
  const TsColumn *place = find_exported (TS_RECORD_TYPE_MEETING, "place");
  TsColumnContext context;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  ts_export_data_init_column_context (data, &context);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (texts, dup_cell_text (place, &context, records->pdata[i]));

  return texts;
}

/* The exports fill cells in a worker thread from their own snapshot, with
 * the titles the dataset gives. */
static void
test_columns_export_thread (void)
{
  g_autoptr(TsDataset) dataset = load_shipped ();
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  GPtrArray *records = ts_export_data_get_records (data, TS_RECORD_TYPE_MEETING);
  const TsColumn *place = find_exported (TS_RECORD_TYPE_MEETING, "place");
  g_autoptr(GPtrArray) texts = NULL;
  TsColumnContext context;
  guint n_named = 0;

  texts = g_thread_join (g_thread_new ("fill", fill_in_thread, data));
  ts_column_context_init_for_dataset (&context, dataset);
  g_assert_cmpuint (texts->len, ==, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *expected = dup_cell_text (place, &context, records->pdata[i]);
      const char *id = ts_meeting_get_place_id (records->pdata[i]);

      g_assert_cmpstr (texts->pdata[i], ==, expected);
      if (id != NULL && g_strcmp0 (texts->pdata[i], id) != 0)
        n_named++;
    }
  g_assert_cmpuint (n_named, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/columns/tables", test_columns_tables);
  g_test_add_func ("/columns/sheet-order", test_columns_sheet_order);
  g_test_add_func ("/columns/cell-kinds", test_columns_cell_kinds);
  g_test_add_func ("/columns/scratch", test_columns_scratch);
  g_test_add_func ("/columns/list-forms", test_columns_list_forms);
  g_test_add_func ("/columns/aloud", test_columns_aloud);
  g_test_add_func ("/columns/context", test_columns_context);
  g_test_add_func ("/columns/export-thread", test_columns_export_thread);

  return g_test_run ();
}
