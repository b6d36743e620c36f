/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The editor's record pickers: they find a record by any of its names, in
 * any script, anywhere in the name, as the main search does; each choice
 * says what tells it apart; a missing place is created from the picker
 * and added with the record being edited, in one change that one Undo
 * takes back, and nothing at all when the edit is cancelled; a long
 * headline does not widen the form. */

#include "config.h"

#include <adwaita.h>

#include "ts-application.h"
#include "ts-meeting.h"
#include "ts-place.h"
#include "ts-record-columns.h"
#include "ts-record-editor.h"
#include "ts-source.h"
#include "ts-records-view.h"
#include "ts-window-private.h"

#include "ui-test-utils.h"

#define MEETING_ID "meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan"

static TsApplication *app;

typedef struct
{
  TsDataset *dataset;
  TsWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = ui_test_load_shipped ();
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, fixture->dataset);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Editors and dialogs a failed test left open. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (toplevel != GTK_WINDOW (fixture->window))
        gtk_window_destroy (toplevel);
    }
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->dataset));
}

static gboolean
is_record_picker (GtkWidget     *widget,
                  gconstpointer  data)
{
  return TS_IS_RECORD_PICKER (widget);
}

/* The picker of the editor's field @name ("place", "participants.0.person"). */
static GtkWidget *
picker_of (TsRecordEditor *editor,
           const char     *name)
{
  GtkWidget *field = ui_test_find_named (GTK_WIDGET (editor), name);
  GtkWidget *picker;

  g_assert_nonnull (field);
  picker = ui_test_find_widget (field, is_record_picker, NULL);
  g_assert_nonnull (picker);
  return picker;
}

static TsRecordEditor *
edit_record (Fixture    *fixture,
             const char *id)
{
  TsRecordEditor *editor;

  g_assert_true (ts_records_view_navigate_to (ts_window_get_records_view (fixture->window), id));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-record", NULL);
  editor = (TsRecordEditor *) ui_test_find_toplevel (TS_TYPE_RECORD_EDITOR);
  g_assert_nonnull (editor);
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  return editor;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The ids of the choices @picker shows, sorted, joined by spaces. */
static char *
dup_choice_ids (GtkWidget *picker)
{
  GListModel *choices = ui_test_picker_choices (picker);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (choices, i);

      g_ptr_array_add (ids, TS_IS_RECORD (item) ? (char *) ts_record_get_id (TS_RECORD (item))
                                                : (char *) "(none)");
    }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static char *
search (GtkWidget  *picker,
        const char *text)
{
  ui_test_picker_search (picker, text);
  return dup_choice_ids (picker);
}

/* The editor that @parent opened, modal to it. */
static TsRecordEditor *
find_nested_editor (TsRecordEditor *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TS_IS_RECORD_EDITOR (toplevel)
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (parent))
        return TS_RECORD_EDITOR (toplevel);
    }

  return NULL;
}

/* What a new place needs besides its name: where it is. */
static void
fill_naryn (TsRecordEditor *nested)
{
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested), "lat")), "41.43");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested), "lon")), "75.99");
}

static void
save_and_wait_closed (TsRecordEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  if (editor != NULL)
    {
      GtkWidget *error = ui_test_find_named (GTK_WIDGET (editor), "error-message");

      if (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (error))))
        g_error ("The editor refused to save: %s", gtk_label_get_label (GTK_LABEL (error)));
    }
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
}

/* "Japarov" and "Жапаров" find both Japarovs, wherever the word is in the
 * name, in every script and spelling the main search knows; a first name
 * narrows to one. */
static void
test_search_any_name (Fixture       *fixture,
                      gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, MEETING_ID);
  GtkWidget *person;
  const char *both = "person/akylbek-japarov person/sadyr-japarov";
  TsRecord *sadyr = ts_dataset_lookup (fixture->dataset, "person/sadyr-japarov");
  g_autofree char *description = NULL;

  person = picker_of (editor, "participants.0.person");
  g_assert_cmpstr (search (person, "Japarov"), ==, both);
  g_assert_cmpstr (search (person, "japarov"), ==, both);
  g_assert_cmpstr (search (person, "Жапаров"), ==, both);
  g_assert_cmpstr (search (person, "ЖАПАРОВ"), ==, both);
  g_assert_cmpstr (search (person, "Zhaparov"), ==, both);
  g_assert_cmpstr (search (person, "扎帕罗夫"), ==, both);
  g_assert_cmpstr (search (person, "Садыр Жапаров"), ==, "person/sadyr-japarov");
  g_assert_cmpstr (search (person, "japarov sadyr"), ==, "person/sadyr-japarov");
  g_assert_cmpstr (search (person, "Japarova"), ==, "");
  /* An empty search offers everyone, and "None" first. */
  ui_test_picker_search (person, "");
  g_assert_cmpuint (g_list_model_get_n_items (ui_test_picker_choices (person)), ==,
                    1 + g_list_model_get_n_items (ts_dataset_get_records (fixture->dataset,
                                                                          TS_RECORD_TYPE_PERSON)));

  /* Each choice says what tells it apart: a person's position and country. */
  description = ts_record_columns_describe (fixture->dataset, sadyr);
  g_assert_cmpstr (description, ==, "President of Kyrgyzstan · Kyrgyzstan");

  ui_test_pick_record (person, "Sadyr Japarov");
  g_assert_cmpstr (ts_record_picker_get_id (person), ==, "person/sadyr-japarov");

  gtk_window_destroy (GTK_WINDOW (editor));
}

static gboolean
label_is_shown (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

static gboolean
shows_bishkek_kind_and_country (gpointer picker)
{
  GtkWidget *popover = ui_test_find_widget (picker, is_popover, NULL);

  /* An autohiding popover closes when its window loses the focus: another
   * test's window on the same display can take it. Open it again. */
  g_assert_nonnull (popover);
  if (!gtk_widget_get_visible (popover))
    gtk_popover_popup (GTK_POPOVER (popover));

  return ui_test_find_widget (picker, label_is_shown, "City · Kyrgyzstan") != NULL;
}

/* The popover lists each place with its kind and country under its name. */
static void
test_choices_tell_apart (Fixture       *fixture,
                         gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, MEETING_ID);
  GtkWidget *place = picker_of (editor, "place");

  gtk_widget_mnemonic_activate (place, FALSE);
  ui_test_picker_search (place, "Bishkek");
  ui_test_wait_until (shows_bishkek_kind_and_country, place);

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A place the dataset lacks is created from the meeting's place picker: it
 * is not stored until the meeting is, then both are, and one Undo takes
 * both back. */
static void
test_new_place_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, MEETING_ID);
  GtkWidget *place = picker_of (editor, "place");
  GtkWidget *new_place = ui_test_find_named (place, "new-place");
  TsRecordEditor *nested;
  guint n_records = ts_dataset_get_n_records (fixture->dataset);
  TsRecord *meeting;

  g_assert_cmpstr (ts_record_picker_get_id (place), ==, "place/kyrgyzstan");
  g_assert_cmpstr (search (place, "Naryn"), ==, "");
  /* Only what makes sense: a place picker offers a new place, no more. */
  g_assert_nonnull (new_place);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (new_place)));
  g_assert_null (ui_test_find_named (place, "new-person"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (new_place)), ==, "New Place…");

  g_signal_emit_by_name (new_place, "clicked");
  nested = find_nested_editor (editor);
  g_assert_nonnull (nested);
  ui_test_wait_until (ui_test_widget_is_mapped, nested);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (nested)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (nested)), ==, "New Place");
  /* The name searched for is the new place's. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested),
                                                                            "title"))),
                   ==, "Naryn");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested), "names.ru")),
                         "Нарын");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested), "country")),
                         "KG");
  fill_naryn (nested);
  save_and_wait_closed (nested);

  /* Chosen, not stored yet: the meeting's edit is not saved. */
  g_assert_cmpstr (ts_record_picker_get_id (place), ==, "place/naryn");
  g_assert_null (ts_dataset_lookup (fixture->dataset, "place/naryn"));
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==, n_records);
  g_assert_true (ts_record_editor_has_changes (editor));
  /* The other pickers of the form offer it too, by any of its names. */
  g_assert_cmpstr (search (picker_of (editor, "place"), "нарын"), ==, "place/naryn");

  save_and_wait_closed (editor);
  meeting = ts_dataset_lookup (fixture->dataset, MEETING_ID);
  g_assert_cmpstr (ts_meeting_get_place_id (TS_MEETING (meeting)), ==, "place/naryn");
  g_assert_nonnull (ts_dataset_lookup (fixture->dataset, "place/naryn"));
  g_assert_cmpstr (ts_place_get_country (TS_PLACE (ts_dataset_lookup (fixture->dataset,
                                                                      "place/naryn"))),
                   ==, "KG");
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==, n_records + 1);

  /* One Undo: the meeting's place is back, and the new place is gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  meeting = ts_dataset_lookup (fixture->dataset, MEETING_ID);
  g_assert_cmpstr (ts_meeting_get_place_id (TS_MEETING (meeting)), ==, "place/kyrgyzstan");
  g_assert_null (ts_dataset_lookup (fixture->dataset, "place/naryn"));
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==, n_records);

  /* And Redo brings both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  meeting = ts_dataset_lookup (fixture->dataset, MEETING_ID);
  g_assert_cmpstr (ts_meeting_get_place_id (TS_MEETING (meeting)), ==, "place/naryn");
  g_assert_nonnull (ts_dataset_lookup (fixture->dataset, "place/naryn"));
}

static gboolean
discard_dialog_is_up (gpointer data)
{
  return ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Cancelling creates nothing: neither the nested form closed unsaved, nor
 * the editor closed (changes discarded) after a place was created in it. */
static void
test_cancel_creates_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, MEETING_ID);
  GtkWidget *place = picker_of (editor, "place");
  TsRecordEditor *nested;
  guint n_records = ts_dataset_get_n_records (fixture->dataset);
  AdwMessageDialog *dialog;

  /* The nested form closed unsaved. */
  ui_test_picker_search (place, "Naryn");
  g_signal_emit_by_name (ui_test_find_named (place, "new-place"), "clicked");
  nested = find_nested_editor (editor);
  g_assert_nonnull (nested);
  ui_test_wait_until (ui_test_widget_is_mapped, nested);
  g_object_add_weak_pointer (G_OBJECT (nested), (gpointer *) &nested);
  gtk_window_close (GTK_WINDOW (nested));
  ui_test_wait_until (ui_test_pointer_is_null, &nested);
  g_assert_cmpstr (ts_record_picker_get_id (place), ==, "place/kyrgyzstan");
  g_assert_false (ts_record_editor_has_changes (editor));

  /* Saved in the nested form, then the editor's changes discarded. */
  ui_test_picker_search (place, "Naryn");
  g_signal_emit_by_name (ui_test_find_named (place, "new-place"), "clicked");
  nested = find_nested_editor (editor);
  ui_test_wait_until (ui_test_widget_is_mapped, nested);
  fill_naryn (nested);
  save_and_wait_closed (nested);
  g_assert_cmpstr (ts_record_picker_get_id (place), ==, "place/naryn");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  ui_test_wait_until (discard_dialog_is_up, NULL);
  dialog = ADW_MESSAGE_DIALOG (ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "discard");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);

  g_assert_null (ts_dataset_lookup (fixture->dataset, "place/naryn"));
  g_assert_cmpuint (ts_dataset_get_n_records (fixture->dataset), ==, n_records);
  g_assert_cmpstr (ts_meeting_get_place_id (TS_MEETING (ts_dataset_lookup (fixture->dataset,
                                                                           MEETING_ID))),
                   ==, "place/kyrgyzstan");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "undo"));
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget);
}

/* Each of the picker's controls has a name for assistive technologies; the
 * button also says what is chosen. */
static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, MEETING_ID);
  GtkWidget *place = picker_of (editor, "place");
  GtkAccessible *button = GTK_ACCESSIBLE (ui_test_find_widget (place, is_menu_button, NULL));
  GtkAccessible *search = GTK_ACCESSIBLE (ui_test_find_named (place, "picker-search"));
  GtkAccessible *choices = GTK_ACCESSIBLE (ui_test_find_named (place, "picker-choices"));

  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Place: Kyrgyzstan");
  gtk_test_accessible_assert_property (search, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search for Place");
  gtk_test_accessible_assert_property (choices, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Choices for Place");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (ui_test_find_named (place, "new-place"))),
                   ==, "New Place…");

  ui_test_pick_record (place, "Bishkek");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Place: Bishkek");

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* The longest headline of the dataset's sources. */
static TsRecord *
longest_source (TsDataset *dataset)
{
  GListModel *sources = ts_dataset_get_records (dataset, TS_RECORD_TYPE_SOURCE);
  TsRecord *longest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(TsRecord) source = g_list_model_get_item (sources, i);

      if (longest == NULL
          || g_utf8_strlen (ts_record_get_title (source), -1)
             > g_utf8_strlen (ts_record_get_title (longest), -1))
        longest = source;
    }

  return longest;
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static gboolean
is_sources_picker (GtkWidget     *widget,
                   gconstpointer  data)
{
  return TS_IS_RECORD_PICKER (widget)
         && gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP) != NULL
         && g_strcmp0 (gtk_widget_get_name (gtk_widget_get_ancestor (gtk_widget_get_parent (widget),
                                                                     ADW_TYPE_PREFERENCES_GROUP)),
                       "sources") == 0;
}

/* A headline of 170 characters chosen in the sources' "Add" row neither
 * widens the form nor squeezes the row's title. */
static void
test_long_headline_keeps_width (Fixture       *fixture,
                                gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, "place/bishkek");
  TsRecord *source = longest_source (fixture->dataset);
  GtkWidget *picker = ui_test_find_widget (GTK_WIDGET (editor), is_sources_picker, NULL);
  GtkWidget *add_row = gtk_widget_get_ancestor (picker, ADW_TYPE_ACTION_ROW);
  int editor_width = minimum_width (GTK_WIDGET (editor));
  int picker_width = minimum_width (picker);

  g_assert_cmpuint (g_utf8_strlen (ts_record_get_title (source), -1), >, 120);
  ui_test_pick_record (picker, ts_record_get_display_name (source));

  g_assert_cmpint (minimum_width (picker), ==, picker_width);
  g_assert_cmpint (minimum_width (GTK_WIDGET (editor)), ==, editor_width);
  /* "Add" keeps room for itself beside the picker: the picker asks for no
   * more than a third of the form. */
  g_assert_cmpint (minimum_width (picker), <, minimum_width (add_row) / 2 + 200);
  g_assert_cmpint (picker_width, <=, 300);

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A source the dataset lacks, created from the sources' "Add" row, is
 * listed at once, saved with the place, and undone with it. */
static void
test_new_source_in_list (Fixture       *fixture,
                         gconstpointer  data)
{
  TsRecordEditor *editor = edit_record (fixture, "place/bishkek");
  GtkWidget *picker = ui_test_find_widget (GTK_WIDGET (editor), is_sources_picker, NULL);
  GtkWidget *sources = ui_test_find_named (GTK_WIDGET (editor), "sources");
  TsRecordEditor *nested;
  guint n_sources = g_strv_length ((char **) ts_record_get_source_ids (
                      ts_dataset_lookup (fixture->dataset, "place/bishkek")));
  const char * const *ids;

  g_assert_cmpstr (search (picker, "Kabar Bishkek guide"), ==, "");
  g_signal_emit_by_name (ui_test_find_named (picker, "new-source"), "clicked");
  nested = find_nested_editor (editor);
  g_assert_nonnull (nested);
  ui_test_wait_until (ui_test_widget_is_mapped, nested);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (nested)), ==, "New Source");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (nested), "publisher")),
                         "Kabar");
  save_and_wait_closed (nested);

  /* Listed at once, the picker ready for the next. */
  g_assert_nonnull (ui_test_find_widget (sources, ui_test_is_row_titled, "Kabar Bishkek guide"));
  g_assert_null (ts_record_picker_get_id (picker));
  g_assert_null (ts_dataset_lookup (fixture->dataset, "source/kabar-bishkek-guide"));

  save_and_wait_closed (editor);
  ids = ts_record_get_source_ids (ts_dataset_lookup (fixture->dataset, "place/bishkek"));
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, n_sources + 1);
  g_assert_true (g_strv_contains (ids, "source/kabar-bishkek-guide"));
  g_assert_cmpstr (ts_source_get_publisher (TS_SOURCE (ts_dataset_lookup (fixture->dataset,
                                                                          "source/kabar-bishkek-guide"))),
                   ==, "Kabar");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_null (ts_dataset_lookup (fixture->dataset, "source/kabar-bishkek-guide"));
  ids = ts_record_get_source_ids (ts_dataset_lookup (fixture->dataset, "place/bishkek"));
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, n_sources);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* The accessible names are checked through GTK's test context. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/pickers/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("search-any-name", test_search_any_name);
  ADD ("choices-tell-apart", test_choices_tell_apart);
  ADD ("new-place-undo", test_new_place_undo);
  ADD ("cancel-creates-nothing", test_cancel_creates_nothing);
  ADD ("long-headline-keeps-width", test_long_headline_keeps_width);
  ADD ("new-source-in-list", test_new_source_in_list);
  ADD ("accessible-names", test_accessible_names);
#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
