/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The record editor is composed of sections, one per record type and the
 * shared ones (names, sources, about this record): every field each of
 * them shows is written back when the analyst changes it, and the form
 * keeps its order (the record's title first, names before the lists). */

#include "config.h"

#include <adwaita.h>

#include "ts-application.h"
#include "ts-json.h"
#include "ts-project.h"
#include "ts-record-editor.h"

#include "ui-test-utils.h"

static TsApplication *app;

/* The pickers of the form's rows that link to one record ("place"): the
 * record pickers of action rows that are not a list's "Add" row or an item's. */
static void
collect_link_pickers (GtkWidget *widget,
                      GPtrArray *pickers)
{
  if (TS_IS_RECORD_PICKER (widget))
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);
      const char *name = row != NULL ? gtk_widget_get_name (row) : NULL;

      if (name != NULL && g_strcmp0 (name, "AdwActionRow") != 0 && strchr (name, '.') == NULL)
        g_ptr_array_add (pickers, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_link_pickers (child, pickers);
}

static TsRecordEditor *
open_editor (TsDataset  *dataset,
             const char *id)
{
  TsRecord *record = ts_dataset_lookup (dataset, id);
  TsRecordEditor *editor;

  g_assert_nonnull (record);
  editor = ts_record_editor_new (dataset, ts_record_get_record_type (record), record);
  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  return editor;
}

static const char *
shown_error (TsRecordEditor *editor)
{
  GtkWidget *label = ui_test_find_named (GTK_WIDGET (editor), "error-message");

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (label))))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
save_and_wait_closed (TsRecordEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  if (editor != NULL && shown_error (editor) != NULL)
    g_error ("The editor refused to save: %s", shown_error (editor));
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
}

/* A new value for every text field any type's form has, valid for it. */
static const struct
{
  const char *name;
  const char *text;
} edits[] = {
  { "title", "An edited title" },
  { "date", "2020-01-02" },
  { "end_date", "2020-01-03" },
  { "topics", "edited, topics" },
  { "names.en", "Edited Name" },
  { "names.ru", "Отредактированное имя" },
  { "names.ky", "Оңдолгон ат" },
  { "names.zh", "编辑的名字" },
  { "aliases", "One Spelling, Another" },
  { "country", "AE" },
  { "lat", "40.5" },
  { "lon", "70.25" },
  { "value_usd", "1234567" },
  { "publisher", "An Edited Publisher" },
  { "url", "https://example.org/edited" },
  { "language", "tg" },
  { "excerpt", "An edited excerpt" },
  { "words", "Edited words" },
  { "indicator", "An edited indicator" },
  { "period", "2019" },
  { "value", "12.5" },
  { "unit", "tonnes" },
  { "change", "-3.25" },
  { "summary", "An edited summary" },
  { "tags", "edited, tags" },
  { "notes", "Edited notes" },
};

/* For a record of each type: every text field and every link row changed,
 * saved and reopened shows the change. A section that forgot to write a
 * field would show the field as it was. */
static void
test_every_field_saved (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();

  ui_test_add_statement (dataset);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *list = ts_dataset_get_records (dataset, type);
      g_autoptr(TsRecord) record = g_list_model_get_item (list, 0);
      g_autofree char *id = g_strdup (ts_record_get_id (record));
      TsRecordEditor *editor = open_editor (dataset, id);
      g_autoptr(GPtrArray) pickers = g_ptr_array_new ();
      guint n_edited = 0;

      for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
        {
          GtkWidget *row = ui_test_find_named (GTK_WIDGET (editor), edits[i].name);

          if (row == NULL)
            continue;
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), !=, edits[i].text);
          gtk_editable_set_text (GTK_EDITABLE (row), edits[i].text);
          n_edited++;
        }
      /* Every form has a title, a summary, tags and notes at least. */
      g_assert_cmpuint (n_edited, >=, 4);

      /* Links to one record are all optional: "None" is always valid. */
      collect_link_pickers (GTK_WIDGET (editor), pickers);
      for (guint i = 0; i < pickers->len; i++)
        ts_record_picker_set_id (g_ptr_array_index (pickers, i), NULL);
      /* But a statement's speaker, whom it cannot be without. */
      if (type == TS_RECORD_TYPE_STATEMENT)
        {
          GtkWidget *speaker = ui_test_find_named (GTK_WIDGET (editor), "speaker");
          g_autoptr(GPtrArray) speaker_pickers = g_ptr_array_new ();

          g_assert_nonnull (speaker);
          collect_link_pickers (speaker, speaker_pickers);
          g_assert_cmpuint (speaker_pickers->len, ==, 1);
          ts_record_picker_set_id (g_ptr_array_index (speaker_pickers, 0),
                                   "person/sadyr-japarov");
        }

      save_and_wait_closed (editor);

      editor = open_editor (dataset, id);
      for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
        {
          GtkWidget *row = ui_test_find_named (GTK_WIDGET (editor), edits[i].name);

          if (row != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)),
                                        edits[i].text) != 0)
            g_error ("%s: “%s” was saved as “%s”", id, edits[i].name,
                     gtk_editable_get_text (GTK_EDITABLE (row)));
        }
      g_ptr_array_set_size (pickers, 0);
      collect_link_pickers (GTK_WIDGET (editor), pickers);
      for (guint i = 0; i < pickers->len; i++)
        {
          GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (pickers, i),
                                                    ADW_TYPE_ACTION_ROW);

          if (type == TS_RECORD_TYPE_STATEMENT && g_str_equal (gtk_widget_get_name (row), "speaker"))
            g_assert_cmpstr (ts_record_picker_get_id (g_ptr_array_index (pickers, i)), ==,
                             "person/sadyr-japarov");
          else if (ts_record_picker_get_id (g_ptr_array_index (pickers, i)) != NULL)
            g_error ("%s: “%s” still links to a record", id, gtk_widget_get_name (row));
        }
      gtk_window_destroy (GTK_WINDOW (editor));
    }
}

/* The names of the form's rows and groups, in the order it shows them. */
static void
collect_names (GtkWidget *widget,
               GPtrArray *names)
{
  const char *name = gtk_widget_get_name (widget);

  if ((ADW_IS_PREFERENCES_ROW (widget) || ADW_IS_PREFERENCES_GROUP (widget))
      && name != NULL && !g_str_has_prefix (name, "Adw") && !g_str_has_prefix (name, "Ts"))
    g_ptr_array_add (names, (gpointer) name);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_names (child, names);
}

static guint
index_of (GPtrArray  *names,
          const char *name)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, &index))
    g_error ("The form has no “%s”", name);
  return index;
}

/* Every form starts with the record's title and ends with what is about
 * the record; a person's names come before the positions, as the analyst
 * reads a person. */
static void
test_form_order (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      TsRecordEditor *editor = ts_record_editor_new (dataset, type, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      g_object_ref_sink (editor);
      collect_names (GTK_WIDGET (editor), names);
      g_assert_cmpuint (names->len, >, 5);
      g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "title");
      g_assert_cmpuint (index_of (names, "sources"), <, index_of (names, "summary"));
      g_assert_cmpstr (g_ptr_array_index (names, names->len - 1), ==, "notes");
      if (type == TS_RECORD_TYPE_PERSON)
        g_assert_cmpuint (index_of (names, "names.en"), <, index_of (names, "positions"));
      gtk_window_destroy (GTK_WINDOW (editor));
      g_assert_finalize_object (editor);
    }
}

static void
collect_spin_buttons (GtkWidget *widget,
                      GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    {
      g_ptr_array_add (spins, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_spin_buttons (child, spins);
}

/* The first route point's latitude in the project's editor. */
static GtkWidget *
first_route_latitude (TsRecordEditor *editor)
{
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  collect_spin_buttons (GTK_WIDGET (editor), spins);
  g_assert_cmpuint (spins->len, >=, 2);
  return g_ptr_array_index (spins, 0);
}

/* Coordinates read as the analyst typed them, and as the dataset holds
 * them: Beijing at 39.9042, never 39.904200000000003; a route point typed
 * to the centimetre stays so, never rounded to four decimals. */
static void
test_coordinates_as_typed (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *railway = "project/china-kyrgyzstan-uzbekistan-railway";
  TsRecordEditor *editor = open_editor (dataset, "place/beijing");
  GtkWidget *spin;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (editor),
                                                                             "lat"))),
                   ==, "39.9042");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (editor),
                                                                             "lon"))),
                   ==, "116.4074");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (editor), "lat")),
                         "39.123456789");
  save_and_wait_closed (editor);
  editor = open_editor (dataset, "place/beijing");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_named (GTK_WIDGET (editor),
                                                                             "lat"))),
                   ==, "39.123456789");
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = open_editor (dataset, railway);
  spin = first_route_latitude (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "39.4707");
  /* Typed: into the button's text (GTK 4.8 drops text set on the button). */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "39.123456789");
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "39.123456789");
  save_and_wait_closed (editor);
  editor = open_editor (dataset, railway);
  spin = first_route_latitude (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "39.123456789");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static const char *
date_hint (GtkWidget *row)
{
  return gtk_label_get_label (GTK_LABEL (ui_test_find_named (row, "date-hint")));
}

/* One of several days typed into a date row: the hint reads it back as
 * people write it, the record keeps it, and the row shows it again as the
 * file writes it. Days out of order are refused, saying why. */
static void
test_date_set_typed (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  GListModel *list = ts_dataset_get_records (dataset, TS_RECORD_TYPE_MEETING);
  g_autoptr(TsRecord) record = g_list_model_get_item (list, 0);
  g_autofree char *id = g_strdup (ts_record_get_id (record));
  TsRecordEditor *editor = open_editor (dataset, id);
  GtkWidget *row = ui_test_find_named (GTK_WIDGET (editor), "date");
  const TsDate *date;
  g_autofree char *text = NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_nonnull (strstr (date_hint (row), "[YYYY-MM-DD,"));
  gtk_editable_set_text (GTK_EDITABLE (row), "[2023-09-08,2023-09-07]");
  g_assert_cmpstr (date_hint (row), ==, "not a date");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (shown_error (editor));
  g_assert_nonnull (strstr (shown_error (editor), "in order"));

  /* Typed with a space after the comma, as people do. */
  gtk_editable_set_text (GTK_EDITABLE (row), "[2023-09-07, 2023-09-08]");
  g_assert_cmpstr (date_hint (row), ==, "7 or 8 Sep 2023 · one of these days");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  save_and_wait_closed (editor);

  date = ts_record_get_date (ts_dataset_lookup (dataset, id));
  g_assert_cmpint (date->precision, ==, TS_DATE_PRECISION_DAYS);
  text = ts_date_to_string (date);
  g_assert_cmpstr (text, ==, "[2023-09-07,2023-09-08]");

  editor = open_editor (dataset, id);
  row = ui_test_find_named (GTK_WIDGET (editor), "date");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "[2023-09-07,2023-09-08]");
  g_assert_cmpstr (date_hint (row), ==, "7 or 8 Sep 2023 · one of these days");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* So does a date in a list's item: a project's milestone. */
  list = ts_dataset_get_records (dataset, TS_RECORD_TYPE_PROJECT);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TsRecord) project = g_list_model_get_item (list, i);

      if (ts_project_get_milestones (TS_PROJECT (project))->len == 0)
        continue;
      g_free (id);
      id = g_strdup (ts_record_get_id (project));
      break;
    }
  editor = open_editor (dataset, id);
  row = ui_test_find_named (GTK_WIDGET (editor), "milestones.0.date");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), " [2022-09-14, 2022-09-15] ");
  g_assert_cmpstr (date_hint (row), ==, "14 or 15 Sep 2022 · one of these days");
  save_and_wait_closed (editor);
  {
    TsProject *project = TS_PROJECT (ts_dataset_lookup (dataset, id));
    const TsMilestone *milestone = g_ptr_array_index (ts_project_get_milestones (project), 0);
    g_autofree char *milestone_text = ts_date_to_string (&milestone->date);

    g_assert_cmpstr (milestone_text, ==, "[2022-09-14,2022-09-15]");
  }
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

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/editor-sections/every-field-saved", test_every_field_saved);
  g_test_add_func ("/editor-sections/form-order", test_form_order);
  g_test_add_func ("/editor-sections/coordinates-as-typed", test_coordinates_as_typed);
  g_test_add_func ("/editor-sections/date-set-typed", test_date_set_typed);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
