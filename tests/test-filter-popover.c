/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <adwaita.h>

#include "ts-filter-popover.h"
#include "ts-record.h"

/* A country on each type that has one, and a delegation's country on a
 * meeting, which is not a record's own country. */
static const char *records_json =
  "["
  "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"S\","
  " \"url\": \"https://example.org/s\", \"date\": \"2024-01-01\"},"
  "{\"type\": \"person\", \"id\": \"person/p\", \"title\": \"P\", \"sources\": [\"source/s\"],"
  " \"names\": {\"en\": \"P\"}, \"country\": \"TJ\","
  " \"tags\": [\"zeta\", \"mu\"]},"
  "{\"type\": \"organization\", \"id\": \"organization/o\", \"title\": \"O\","
  " \"sources\": [\"source/s\"], \"names\": {\"en\": \"O\"}, \"kind\": \"government\","
  " \"tags\": [\"alpha\", \"mu\"],"
  " \"country\": \"KZ\"},"
  "{\"type\": \"place\", \"id\": \"place/c\", \"title\": \"C\", \"sources\": [\"source/s\"],"
  " \"names\": {\"en\": \"C\"}, \"kind\": \"country\", \"country\": \"CN\","
  " \"lat\": 35.0, \"lon\": 103.0},"
  "{\"type\": \"meeting\", \"id\": \"meeting/m\", \"title\": \"M\", \"date\": \"2024-01-01\","
  " \"sources\": [\"source/s\"],"
  " \"participants\": [{\"person\": \"person/p\", \"side\": \"KG\"}]}"
  "]";

static TsDataset *
load_dataset (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();
  JsonArray *array;
  guint n_added = 0;

  json_parser_load_from_data (parser, records_json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TsRecord *record = ts_record_new_from_json (json_array_get_object_element (array, i),
                                                  &error);

      g_assert_no_error (error);
      g_ptr_array_add (records, record);
    }
  g_assert_true (ts_dataset_merge (dataset, records, &n_added, NULL, &error));
  g_assert_no_error (error);

  return dataset;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The field a grid row's label names, as a person reads the form. */
static GtkWidget *
find_field (GtkWidget  *popover,
            const char *label_text)
{
  GtkWidget *label = find_label (popover, label_text);
  GtkGrid *grid;
  int row;

  g_assert_nonnull (label);
  grid = GTK_GRID (gtk_widget_get_parent (label));
  gtk_grid_query_child (grid, label, NULL, &row, NULL, NULL);
  return gtk_grid_get_child_at (grid, 1, row);
}

static char *
join_items (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 1 ? "; " : "",
                              gtk_string_object_get_string (item));
    }

  return g_strdup (text->str);
}

/* The country filter offers the countries of people, organizations and
 * places, sorted by code, and sets the code of the one chosen; the tag filter
 * offers every tag once, sorted. */
static void
test_countries (void)
{
  g_autoptr(TsDataset) dataset = load_dataset ();
  g_autoptr(TsQuery) query = ts_query_new ();
  TsFilterPopover *popover = g_object_ref_sink (ts_filter_popover_new ());
  GtkDropDown *country;
  GtkDropDown *tag;
  g_autofree char *items = NULL;
  g_autofree char *tag_items = NULL;

  ts_filter_popover_set_dataset (popover, dataset, query);
  country = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Country"));
  tag = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Tag"));
  items = join_items (gtk_drop_down_get_model (country));
  g_assert_cmpstr (items, ==, "China (CN); Kazakhstan (KZ); Tajikistan (TJ)");

  tag_items = join_items (gtk_drop_down_get_model (tag));
  g_assert_cmpstr (tag_items, ==, "alpha; mu; zeta");

  gtk_drop_down_set_selected (country, 3);
  g_assert_cmpstr (ts_query_get_country (query), ==, "TJ");
  gtk_drop_down_set_selected (country, 0);
  g_assert_null (ts_query_get_country (query));

  ts_filter_popover_set_dataset (popover, NULL, NULL);
  g_assert_finalize_object (popover);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/filter-popover/countries", test_countries);

  return g_test_run ();
}
