/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What every ui test needs: waiting on a condition without spinning,
 * finding widgets and windows, and the shipped dataset. Static inline, so
 * each test takes only what it uses. */

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-json.h"
#include "ts-matches.h"
#include "ts-record-picker.h"
#include "ts-statement.h"

typedef gboolean (*UiTestMatch) (GtkWidget *widget, gconstpointer data);

static inline gboolean
ui_test_wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @check holds; fails after a generous time (a
 * loaded machine, the sanitizer build). A timer wakes the loop up, so that
 * it blocks rather than spins. */
static inline void
ui_test_wait_until (gboolean (*check) (gpointer),
                    gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint timer = g_timeout_add (10, ui_test_wake_up, NULL);

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timer);
}

/* Runs the main loop until @check holds, calling @reopen whenever
 * @is_closed says that what should be up is not: on a display shared with
 * other tests, another test's window taking the focus closes an
 * autohiding popover as it opens. Fails after the same generous time. */
static inline void
ui_test_wait_reopening (gboolean (*check) (gpointer),
                        gboolean (*is_closed) (gpointer),
                        void     (*reopen) (gpointer),
                        gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint timer = g_timeout_add (10, ui_test_wake_up, NULL);

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (is_closed (data))
        reopen (data);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timer);
}

static inline void
ui_test_on_after_paint (GdkFrameClock *clock,
                        gboolean      *painted)
{
  *painted = TRUE;
}

static inline gboolean
ui_test_is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Redraws @widget and runs the main loop until its frame clock has painted
 * the frame. */
static inline void
ui_test_wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (ui_test_on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  ui_test_wait_until (ui_test_is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

/* What @widget draws at its size, rendered by its window's renderer. */
static inline GdkTexture *
ui_test_render_texture (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The same, as its pixels, row by row, 4 bytes each, and its size. */
static inline GBytes *
ui_test_render (GtkWidget *widget,
                int       *width,
                int       *height)
{
  g_autoptr(GdkTexture) texture = ui_test_render_texture (widget);
  guchar *data;
  gsize stride;

  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  stride = (gsize) *width * 4;
  data = g_malloc (stride * *height);
  gdk_texture_download (texture, data, stride);
  return g_bytes_new_take (data, stride * *height);
}

/* Activates @widget's own shortcut for @keyval with @modifiers, as
 * pressing the keys does, and returns whether its action ran (a callback
 * may let the key go on); fails when @widget has no such shortcut. */
static inline gboolean
ui_test_activate_shortcut (GtkWidget       *widget,
                           guint            keyval,
                           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger)
              || gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval
              || gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
            continue;

          return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                               gtk_shortcut_get_arguments (shortcut));
        }
    }

  g_error ("%s has no shortcut for %s", G_OBJECT_TYPE_NAME (widget), gdk_keyval_name (keyval));
}

/* Runs whatever is pending, without blocking. */
static inline void
ui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The menu @button shows: opened and closed first, as a menu whose
 * popover is built when first opened has no model before. */
static inline GMenuModel *
ui_test_open_menu_model (GtkMenuButton *button)
{
  gtk_menu_button_popup (button);
  gtk_menu_button_popdown (button);
  return gtk_menu_button_get_menu_model (button);
}

static inline gboolean
ui_test_matches_are_found (gpointer matches)
{
  return !ts_matches_is_searching (matches);
}

/* Waits until @matches have found the query's words: at once with few
 * records, after a worker's answer with many (or with
 * TS_MATCHES_THREAD_MIN_SLOTS=0 in the environment). */
static inline void
ui_test_wait_for_matches (TsMatches *matches)
{
  ui_test_wait_until (ui_test_matches_are_found, matches);
}

static inline gboolean
ui_test_pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static inline gboolean
ui_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The first widget, depth first from @widget itself, that @match accepts. */
static inline GtkWidget *
ui_test_find_widget (GtkWidget     *widget,
                     UiTestMatch    match,
                     gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A UiTestMatch: the widget is a @type (GSIZE_TO_POINTER (GType)). */
static inline gboolean
ui_test_is_of_type (GtkWidget     *widget,
                    gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

/* The first widget of @type, depth first from @widget itself. */
static inline GtkWidget *
ui_test_find_of_type (GtkWidget *widget,
                      GType      type)
{
  return ui_test_find_widget (widget, ui_test_is_of_type, GSIZE_TO_POINTER (type));
}

/* A UiTestMatch: the widget's name (gtk_widget_get_name) is @name. */
static inline gboolean
ui_test_has_name (GtkWidget     *widget,
                  gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static inline GtkWidget *
ui_test_find_named (GtkWidget  *widget,
                    const char *name)
{
  return ui_test_find_widget (widget, ui_test_has_name, name);
}

/* A UiTestMatch: a button whose label is @label. */
static inline gboolean
ui_test_is_button_labelled (GtkWidget     *widget,
                            gconstpointer  label)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* A UiTestMatch: a preferences row (entry, combo, action row…) titled @title. */
static inline gboolean
ui_test_is_row_titled (GtkWidget     *widget,
                       gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The toplevel window whose widget name is @name, or NULL. */
static inline GtkWidget *
ui_test_find_toplevel_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (toplevel), name) == 0)
        return toplevel;
    }

  return NULL;
}

/* The toplevel window of type @type, or NULL. */
static inline GtkWidget *
ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }

  return NULL;
}

/* A dataset of the records in @json, a JSON array of records (FORMAT.md). */
static inline TsDataset *
ui_test_load_records_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();
  JsonArray *array;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TsRecord *record = ts_record_new_from_json (json_array_get_object_element (array, i),
                                                  &error);

      g_assert_no_error (error);
      g_ptr_array_add (records, record);
    }
  g_assert_true (ts_dataset_merge (dataset, records, NULL, NULL, &error));
  g_assert_no_error (error);

  return dataset;
}

/* The shipped dataset (data/dataset/tianshan.json), read as the app reads it. */
static inline TsDataset *
ui_test_load_shipped (void)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root != NULL ? root : TS_TESTS_SRCDIR "/..",
                                            "data", "dataset", "tianshan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();

  records = ts_json_read_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (ts_dataset_merge (dataset, records, NULL, NULL, &error));
  g_assert_no_error (error);
  return dataset;
}

/* A statement the Trend article of 2 March 2026 carries (Edil Baisalov in
 * Jinan, at the meeting of 1 March), added to @dataset unless it has it:
 * for the tests of statements on a person's and a meeting's page, whatever
 * statements the shipped dataset holds. */
#define UI_TEST_STATEMENT_ID "statement/2026-03-01-edil-baisalov-new-stage-test"
#define UI_TEST_STATEMENT_TITLE "Baisalov: Kyrgyzstan is entering a new stage of development"

static inline TsRecord *
ui_test_add_statement (TsDataset *dataset)
{
  g_autoptr(TsStatement) statement = NULL;
  g_autoptr(TsCitation) citation = NULL;
  g_autoptr(GError) error = NULL;
  TsDate date;

  if (ts_dataset_lookup (dataset, UI_TEST_STATEMENT_ID) != NULL)
    return ts_dataset_lookup (dataset, UI_TEST_STATEMENT_ID);

  statement = ts_statement_new (UI_TEST_STATEMENT_ID, UI_TEST_STATEMENT_TITLE);
  g_assert_true (ts_date_parse ("2026-03-01", &date, &error));
  g_assert_no_error (error);
  ts_statement_set_date (statement, &date);
  ts_statement_set_speaker_id (statement, "person/edil-baisalov");
  ts_statement_set_on_behalf_of_id (statement, "place/kyrgyzstan");
  ts_statement_set_at_id (statement, "meeting/2026-03-01-edil-baisalov-lin-wu-jinan");
  ts_statement_set_kind (statement, TS_STATEMENT_KIND_QUOTE);
  ts_statement_set_words (statement, "Kyrgyzstan is entering a new stage of development.");
  ts_statement_set_language (statement, "en");
  citation = ts_citation_new ("source/trend-2026-03-02-baisalov-lin-wu-jinan",
                              "Kyrgyzstan is entering a new stage of development");
  ts_statement_add_citation (statement, citation);
  g_assert_true (ts_dataset_add (dataset, TS_RECORD (statement), &error));
  g_assert_no_error (error);
  return ts_dataset_lookup (dataset, UI_TEST_STATEMENT_ID);
}

/* A record picker's choices as they are shown (ts-record-picker.h). */
static inline GListModel *
ui_test_picker_choices (GtkWidget *picker)
{
  GtkWidget *list = ui_test_find_named (picker, "picker-choices");

  g_assert_nonnull (list);
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
}

static inline gboolean
ui_test_picker_has_searched (gpointer picker)
{
  GListModel *choices = ui_test_picker_choices (picker);
  g_autoptr(GObject) first = g_list_model_get_item (choices, 0);

  /* "None", always first, is not a name: a search leaves it out. */
  return first == NULL || TS_IS_RECORD (first);
}

static inline gboolean
ui_test_picker_offers_none (gpointer picker)
{
  g_autoptr(GObject) first = g_list_model_get_item (ui_test_picker_choices (picker), 0);

  return first != NULL && !TS_IS_RECORD (first);
}

/* Types @text into @picker's search, as the analyst does, and waits for
 * the choices to follow ("" shows them all again). */
static inline void
ui_test_picker_search (GtkWidget  *picker,
                       const char *text)
{
  GtkWidget *entry = ui_test_find_named (picker, "picker-search");

  g_assert_true (TS_IS_RECORD_PICKER (picker));
  g_assert_nonnull (entry);
  /* The search works whether the popover is up or not; on a small screen
   * the picker's row may lie off it, where no popover can pop up. */
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry tells of a change after a pause in the typing: that pause
   * is over, and the choices follow at once. */
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (*text != '\0' ? ui_test_picker_has_searched (picker)
                                : ui_test_picker_offers_none (picker));
}

/* Chooses the record shown as @label in @picker: searches for it and
 * activates it among the choices. */
static inline void
ui_test_pick_record (GtkWidget  *picker,
                     const char *label)
{
  GListModel *choices;

  ui_test_picker_search (picker, label);
  choices = ui_test_picker_choices (picker);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (choices, i);

      if (g_strcmp0 (ts_record_get_display_name (record), label) == 0)
        {
          g_signal_emit_by_name (ui_test_find_named (picker, "picker-choices"), "activate", i);
          g_assert_cmpstr (ts_record_picker_get_id (picker), ==, ts_record_get_id (record));
          return;
        }
    }

  g_error ("The picker offers no “%s”", label);
}
