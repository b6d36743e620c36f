/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ts-application.h"
#include "ts-chips-bar.h"
#include "ts-filter-popover.h"
#include "ts-map-view.h"
#include "ts-record.h"
#include "ts-window.h"

#include "ui-test-utils.h"

static TsApplication *app;

/* A country on each type that has one, and a delegation's country on a
 * meeting, which is not a record's own country. Kazakhstan (KZ) comes
 * before Kyrgyzstan (KG) by name, after it by code; Zhou, added first and
 * with the first id, after P. */
static const char *records_json =
  "["
  "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"S\","
  " \"url\": \"https://example.org/s\", \"date\": \"2024-01-01\"},"
  "{\"type\": \"person\", \"id\": \"person/a\", \"title\": \"Zhou\","
  " \"names\": {\"en\": \"Zhou\"}, \"country\": \"KG\"},"
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
 * places, sorted by name, and sets the code of the one chosen; the tag
 * filter offers every tag once, sorted. */
static void
test_countries (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (records_json);
  g_autoptr(TsQuery) query = ts_query_new ();
  TsFilterPopover *popover = g_object_ref_sink (ts_filter_popover_new ());
  GtkDropDown *country;
  GtkDropDown *tag;
  g_autofree char *items = NULL;
  g_autofree char *tag_items = NULL;

  ts_filter_popover_build (popover);
  ts_filter_popover_set_dataset (popover, dataset, query);
  country = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Country"));
  tag = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Tag"));
  items = join_items (gtk_drop_down_get_model (country));
  g_assert_cmpstr (items, ==,
                   "China (CN); Kazakhstan (KZ); Kyrgyzstan (KG); Tajikistan (TJ)");

  tag_items = join_items (gtk_drop_down_get_model (tag));
  g_assert_cmpstr (tag_items, ==, "alpha; mu; zeta");

  gtk_drop_down_set_selected (country, 4);
  g_assert_cmpstr (ts_query_get_country (query), ==, "TJ");
  gtk_drop_down_set_selected (country, 3);
  g_assert_cmpstr (ts_query_get_country (query), ==, "KG");
  gtk_drop_down_set_selected (country, 0);
  g_assert_null (ts_query_get_country (query));

  ts_filter_popover_set_dataset (popover, NULL, NULL);
  g_assert_finalize_object (popover);
}


/* In Russian the countries are sorted by their Russian names: China (Китай)
 * comes second. */
static void
test_sorted_in_ui_language (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (records_json);
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autofree char *localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  g_autofree char *locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  TsFilterPopover *popover;
  g_autofree char *items = NULL;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* As the program runs for a Russian reader: LANG=C.UTF-8 LANGUAGE=ru
   * (LC_ALL would hide LANGUAGE). gettext keeps what it translated until
   * the locale is set again. */
  g_unsetenv ("LC_ALL");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "ru", TRUE);
  setlocale (LC_ALL, "");

  popover = g_object_ref_sink (ts_filter_popover_new ());
  ts_filter_popover_build (popover);
  ts_filter_popover_set_dataset (popover, dataset, query);
  items = join_items (gtk_drop_down_get_model (
    GTK_DROP_DOWN (ui_test_find_named (GTK_WIDGET (popover), "counterpart"))));

  g_unsetenv ("LANGUAGE");
  if (lc_all != NULL)
    g_setenv ("LC_ALL", lc_all, TRUE);
  setlocale (LC_ALL, locale);

  g_assert_cmpstr (items, ==,
                   "Казахстан (KZ); Китай (CN); Кыргызстан (KG); Таджикистан (TJ)");

  ts_filter_popover_set_dataset (popover, NULL, NULL);
  g_assert_finalize_object (popover);
}

/* Participant offers every person by name, sorted, and sets the person's
 * id; Counterpart offers the countries and sets a code; Country,
 * Participant and Counterpart say what they keep. */
static void
test_participant_and_counterpart (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (records_json);
  g_autoptr(TsQuery) query = ts_query_new ();
  TsFilterPopover *popover = g_object_ref_sink (ts_filter_popover_new ());
  GtkDropDown *participant;
  GtkDropDown *counterpart;
  g_autofree char *people = NULL;
  g_autofree char *countries = NULL;
  const char *fields[] = { "Country", "Participant", "Counterpart" };

  ts_filter_popover_build (popover);
  ts_filter_popover_set_dataset (popover, dataset, query);
  participant = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Participant"));
  counterpart = GTK_DROP_DOWN (find_field (GTK_WIDGET (popover), "Counterpart"));

  people = join_items (gtk_drop_down_get_model (participant));
  g_assert_cmpstr (people, ==, "P; Zhou");
  countries = join_items (gtk_drop_down_get_model (counterpart));
  g_assert_cmpstr (countries, ==,
                   "China (CN); Kazakhstan (KZ); Kyrgyzstan (KG); Tajikistan (TJ)");

  gtk_drop_down_set_selected (participant, 2);
  g_assert_cmpstr (ts_query_get_person (query), ==, "person/a");
  gtk_drop_down_set_selected (counterpart, 1);
  g_assert_cmpstr (ts_query_get_counterpart (query), ==, "CN");

  /* The query set elsewhere (a chip removed) shows in the popover. */
  ts_query_set_person (query, "person/p");
  g_assert_cmpuint (gtk_drop_down_get_selected (participant), ==, 1);
  ts_query_set_counterpart (query, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (counterpart), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *field = find_field (GTK_WIDGET (popover), fields[i]);
      const char *tooltip = gtk_widget_get_tooltip_text (field);

      g_assert_nonnull (tooltip);
      g_test_message ("%s: %s", fields[i], tooltip);
      g_assert_true (g_str_has_suffix (tooltip, "."));
    }
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (find_field (GTK_WIDGET (popover),
                                                                     "Country")),
                            "meetings held in it"));

  ts_filter_popover_set_dataset (popover, NULL, NULL);
  g_assert_finalize_object (popover);
}

/* The window on the shipped dataset, at its default size. */
static TsWindow *
open_window (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  TsWindow *window = g_object_ref (ts_window_new (app));

  ts_window_set_dataset (window, dataset);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, window);
  return window;
}

static void
close_window (TsWindow *window)
{
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static guint
find_item (GtkDropDown *dropdown,
           const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        return i;
    }

  g_error ("no “%s” to choose", label);
}

typedef struct
{
  TsRecordsView *view;
  TsRecordType   type;
  guint          count;
} CountData;

static gboolean
sidebar_says (gpointer data)
{
  CountData *count = data;

  return ts_records_view_get_count (count->view, count->type) == count->count;
}

static void
wait_for_count (TsWindow     *window,
                TsRecordType  type,
                guint         count)
{
  CountData data = { ts_window_get_records_view (window), type, count };

  ui_test_wait_until (sidebar_says, &data);
}

/* Chosen in the popover of the window on the shipped dataset, Participant
 * and Counterpart answer "Sadyr Japarov's meetings with Chinese officials"
 * in the sidebar's counts; Country: China keeps the meetings held there. */
static void
test_shipped_counts (void)
{
  TsWindow *window = open_window ();
  GtkWidget *popover = ui_test_find_of_type (GTK_WIDGET (window), TS_TYPE_FILTER_POPOVER);
  GtkDropDown *participant;
  GtkDropDown *counterpart;
  GtkDropDown *country;

  g_assert_nonnull (popover);
  /* Its contents are made when it is first shown, not at start-up. */
  g_assert_null (ui_test_find_named (popover, "participant"));
  ts_filter_popover_build (TS_FILTER_POPOVER (popover));
  participant = GTK_DROP_DOWN (ui_test_find_named (popover, "participant"));
  counterpart = GTK_DROP_DOWN (ui_test_find_named (popover, "counterpart"));
  country = GTK_DROP_DOWN (ui_test_find_named (popover, "country"));

  wait_for_count (window, TS_RECORD_TYPE_MEETING, 24);
  gtk_drop_down_set_selected (participant, find_item (participant, "Sadyr Japarov"));
  wait_for_count (window, TS_RECORD_TYPE_MEETING, 10);
  wait_for_count (window, TS_RECORD_TYPE_SOURCE, 5);
  gtk_drop_down_set_selected (counterpart, find_item (counterpart, "China (CN)"));
  wait_for_count (window, TS_RECORD_TYPE_MEETING, 8);
  wait_for_count (window, TS_RECORD_TYPE_AGREEMENT, 1);
  wait_for_count (window, TS_RECORD_TYPE_SOURCE, 4);

  gtk_drop_down_set_selected (participant, 0);
  gtk_drop_down_set_selected (counterpart, 0);
  gtk_drop_down_set_selected (country, find_item (country, "China (CN)"));
  wait_for_count (window, TS_RECORD_TYPE_MEETING, 10);
  /* Sources are kept by what cites them, not dropped. */
  wait_for_count (window, TS_RECORD_TYPE_SOURCE, 5);
  wait_for_count (window, TS_RECORD_TYPE_PERSON, 8);

  close_window (window);
}

static TsChipsBar *
get_chips_bar (TsWindow *window)
{
  GtkWidget *bar = ui_test_find_of_type (GTK_WIDGET (window), TS_TYPE_CHIPS_BAR);

  g_assert_nonnull (bar);
  return TS_CHIPS_BAR (bar);
}

static const char *chip_names[] = { "chip-country", "chip-person", "chip-counterpart" };

typedef struct
{
  TsChipsBar *bar;
  guint       n_rows;   /* at least */
} ChipsData;

/* Every chip (and Clear All) is shown whole inside the bar, and the chips
 * take at least n_rows lines. */
static gboolean
chips_are_whole (gpointer user_data)
{
  ChipsData *data = user_data;
  GtkWidget *bar = GTK_WIDGET (data->bar);
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  GtkWidget *clear = ui_test_find_named (bar, "clear-all");
  graphene_rect_t clear_bounds;

  if (!gtk_widget_get_mapped (bar) || clear == NULL || !gtk_widget_get_mapped (clear)
      || !gtk_widget_compute_bounds (clear, bar, &clear_bounds))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (chip_names); i++)
    {
      GtkWidget *chip = ui_test_find_named (bar, chip_names[i]);
      graphene_rect_t bounds;
      int natural = 0;

      if (chip == NULL || !gtk_widget_get_mapped (chip)
          || !gtk_widget_compute_bounds (chip, bar, &bounds))
        return FALSE;

      gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      /* Not clipped: as wide as it asks, inside the bar, left of Clear All. */
      if (bounds.size.width < natural
          || bounds.origin.x < 0
          || bounds.origin.x + bounds.size.width > clear_bounds.origin.x
          || bounds.origin.y < 0
          || bounds.origin.y + bounds.size.height > gtk_widget_get_height (bar))
        return FALSE;

      g_hash_table_add (rows, GINT_TO_POINTER ((int) bounds.origin.y));
    }

  return clear_bounds.origin.x + clear_bounds.size.width <= gtk_widget_get_width (bar)
         && g_hash_table_size (rows) >= data->n_rows;
}

/* Saves the window as a PNG in $TS_SCREENSHOT_DIR, when set: to look at. */
static void
save_screenshot (TsWindow   *window,
                 const char *name)
{
  const char *dir = g_getenv ("TS_SCREENSHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  /* What the window shows now, painted. */
  ui_test_wait_for_paint (GTK_WIDGET (window));

  texture = ui_test_render_texture (GTK_WIDGET (window));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (GTK_WIDGET (widget));
}

static gboolean
query_is_japarov_bishkek (gpointer query)
{
  return g_strcmp0 (ts_query_get_text (query), "japarov bishkek") == 0;
}

/* Three filters show as three whole chips above the Records, Map and
 * Timeline pages at the default width, wrap onto more lines in a narrow
 * window, and go with a click each, or all with one. */
static void
test_chips_on_every_page (void)
{
  TsWindow *window = open_window ();
  TsQuery *query = ts_window_get_query (window);
  TsChipsBar *bar = get_chips_bar (window);
  ChipsData data = { bar, 1 };
  const char *pages[] = { "records", "map", "timeline" };
  GtkWidget *search_entry;
  int width = 0, height = 0;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1200);

  ts_query_set_country (query, "CN");
  ts_query_set_person (query, "person/sadyr-japarov");
  ts_query_set_counterpart (query, "CN");
  g_assert_cmpuint (ts_chips_bar_get_n_chips (bar), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("chips-%s", pages[i]);

      ts_window_set_view (window, pages[i]);
      g_assert_cmpstr (ts_window_get_view (window), ==, pages[i]);
      ui_test_wait_until (chips_are_whole, &data);
      save_screenshot (window, name);
    }

  /* Narrow, the chips wrap rather than run off the edge. */
  ts_window_set_view (window, "records");
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 700);
  data.n_rows = 2;
  ui_test_wait_until (chips_are_whole, &data);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <, 800);
  save_screenshot (window, "chips-narrow");

  /* A chip removes its own filter. */
  g_signal_emit_by_name (ui_test_find_named (GTK_WIDGET (bar), "chip-country"), "clicked");
  g_assert_null (ts_query_get_country (query));
  g_assert_cmpstr (ts_query_get_person (query), ==, "person/sadyr-japarov");
  g_assert_cmpuint (ts_chips_bar_get_n_chips (bar), ==, 2);
  g_assert_null (ui_test_find_named (GTK_WIDGET (bar), "chip-country"));

  /* The search has a chip too; Clear All clears it with the filters, and
   * the search entry with it. */
  search_entry = ui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search_entry);
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "japarov");
  ts_query_set_text (query, "japarov");
  g_assert_cmpuint (ts_chips_bar_get_n_chips (bar), ==, 3);
  g_assert_nonnull (ui_test_find_named (GTK_WIDGET (bar), "chip-text"));
  /* Typing on changes the search chip's text, to the eye and to a screen
   * reader; the chips stay, rather than being made again at each
   * keystroke. */
  {
    g_autoptr(GtkWidget) chip = g_object_ref (ui_test_find_named (GTK_WIDGET (bar),
                                                                  "chip-text"));
    const char *tooltip;
    int position = strlen ("japarov");

    gtk_editable_insert_text (GTK_EDITABLE (search_entry), " bishkek", -1, &position);
    ui_test_wait_until (query_is_japarov_bishkek, query);
    g_assert_true (ui_test_find_named (GTK_WIDGET (bar), "chip-text") == chip);
    g_assert_cmpuint (ts_chips_bar_get_n_chips (bar), ==, 3);
    tooltip = gtk_widget_get_tooltip_text (chip);
    g_assert_nonnull (strstr (tooltip, "japarov bishkek"));
  }
  ts_window_set_view (window, "map");
  g_signal_emit_by_name (ui_test_find_named (GTK_WIDGET (bar), "clear-all"), "clicked");
  g_assert_true (ts_query_is_empty (query));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, "");
  ui_test_wait_until (is_hidden, bar);
  /* Every meeting again on the Records page, counted as it shows (a page
   * not on screen does not follow the search until it does). */
  ts_window_set_view (window, "records");
  wait_for_count (window, TS_RECORD_TYPE_MEETING, 24);

  close_window (window);
}

static gboolean
count_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
has_ticked_thrice (gpointer user_data)
{
  return *(guint *) user_data >= 3;
}

/* Waits until @widget's window has laid out and painted what changed. */
static void
wait_for_frames (GtkWidget *widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick, &ticks, NULL);

  ui_test_wait_until (has_ticked_thrice, &ticks);
  gtk_widget_remove_tick_callback (widget, id);
}

static gboolean
is_revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static gboolean
is_concealed (gpointer revealer)
{
  return !gtk_revealer_get_child_revealed (revealer);
}

static gboolean
has_one_chip (gpointer bar)
{
  return ts_chips_bar_get_n_chips (bar) == 1;
}

static gboolean
has_no_chip (gpointer bar)
{
  return ts_chips_bar_get_n_chips (bar) == 0;
}

/* While the search bar is open the chips' row stays, so that typing the
 * first letter of a search, or deleting the last, does not move the page
 * below (a frame that lays out and paints it all again): the map keeps
 * its height from the empty search to one chip and back. Closed, with
 * nothing to show, the row goes. */
static void
test_chips_row_reserved (void)
{
  TsWindow *window = open_window ();
  TsChipsBar *bar = get_chips_bar (window);
  GtkWidget *map = ui_test_find_of_type (GTK_WIDGET (window), TS_TYPE_MAP_VIEW);
  GtkWidget *clear_all = ui_test_find_named (GTK_WIDGET (bar), "clear-all");
  GtkWidget *search_entry = ui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *search_bar = gtk_widget_get_ancestor (search_entry, GTK_TYPE_SEARCH_BAR);
  GtkWidget *revealer = ui_test_find_of_type (search_bar, GTK_TYPE_REVEALER);
  int map_height, bar_height, closed_height;

  ts_window_set_view (window, "map");
  ui_test_wait_until (ui_test_widget_is_mapped, map);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  closed_height = gtk_widget_get_height (map);

  /* Ctrl+F: the search bar opens, and with it the chips' row, empty. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ui_test_wait_until (ui_test_widget_is_mapped, bar);
  ui_test_wait_until (is_revealed, revealer);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpuint (ts_chips_bar_get_n_chips (bar), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (clear_all));
  map_height = gtk_widget_get_height (map);
  bar_height = gtk_widget_get_height (GTK_WIDGET (bar));
  g_assert_cmpint (bar_height, >, 0);
  g_assert_cmpint (map_height, <, closed_height);
  save_screenshot (window, "chips-reserved");

  /* The first letter: its chip comes into the row; nothing moves. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "t");
  ui_test_wait_until (has_one_chip, bar);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (ui_test_find_named (GTK_WIDGET (bar), "chip-text")),
                   >, 0);
  g_assert_true (gtk_widget_is_sensitive (clear_all));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (bar)), ==, bar_height);
  g_assert_cmpint (gtk_widget_get_height (map), ==, map_height);
  save_screenshot (window, "chips-reserved-t");

  /* Deleted again: the chip goes, the row stays. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "");
  ui_test_wait_until (has_no_chip, bar);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bar)));
  g_assert_false (gtk_widget_is_sensitive (clear_all));
  g_assert_cmpint (gtk_widget_get_height (map), ==, map_height);

  /* Closed with nothing to show: the row goes, and the map has it back. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (search_bar), FALSE);
  ui_test_wait_until (is_hidden, bar);
  ui_test_wait_until (is_concealed, revealer);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_height (map), ==, closed_height);
  close_window (window);
}

static void
on_search_changed_count (GtkSearchEntry *entry,
                         guint          *count)
{
  (*count)++;
}

static gboolean
is_nonzero (gpointer count)
{
  return *(guint *) count > 0;
}

/* A search set from elsewhere than the entry (Back, a chip's change, a
 * script) while the search bar is open reaches the entry, and stays: the
 * entry, emptied on the way, no longer set the query to "" and lost it. */
static void
test_query_text_reaches_entry (void)
{
  TsWindow *window = open_window ();
  TsQuery *query = ts_window_get_query (window);
  GtkWidget *search_entry = ui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  const char *texts[] = { "t", "ta", "tal", "talk", "talks" };
  guint told = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ui_test_wait_until (ui_test_widget_is_mapped, search_entry);
  g_signal_connect_after (search_entry, "search-changed", G_CALLBACK (on_search_changed_count),
                          &told);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      told = 0;
      ts_query_set_text (query, texts[i]);
      g_assert_cmpstr (ts_query_get_text (query), ==, texts[i]);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, texts[i]);
      /* The entry's own ::search-changed, after its delay, changes nothing. */
      ui_test_wait_until (is_nonzero, &told);
      g_assert_cmpstr (ts_query_get_text (query), ==, texts[i]);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, texts[i]);
    }
  g_signal_handlers_disconnect_by_func (search_entry, on_search_changed_count, &told);
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/filter-popover/countries", test_countries);
  g_test_add_func ("/filter-popover/participant-and-counterpart",
                   test_participant_and_counterpart);
  g_test_add_func ("/filter-popover/shipped-counts", test_shipped_counts);
  g_test_add_func ("/filter-popover/sorted-in-ui-language", test_sorted_in_ui_language);
  g_test_add_func ("/chips-bar/every-page", test_chips_on_every_page);
  g_test_add_func ("/chips-bar/row-reserved-while-searching", test_chips_row_reserved);
  g_test_add_func ("/chips-bar/query-text-reaches-entry", test_query_text_reaches_entry);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
