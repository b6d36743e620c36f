/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The record editor keeps the analyst's data exactly: every shipped record
 * saves back unchanged, every choice of every dropdown is stored as shown,
 * a new record is saved once, and nothing typed is thrown away unasked.
 * The editor is driven through its widgets, actions and shortcuts. */

#include "config.h"

#include <adwaita.h>

#include "ts-application.h"
#include "ts-field.h"
#include "ts-figure.h"
#include "ts-json.h"
#include "ts-meeting.h"
#include "ts-project.h"
#include "ts-record-editor.h"
#include "ts-records-view.h"
#include "ts-statement.h"
#include "ts-vocabulary.h"
#include "ts-window-private.h"

#include "ui-test-utils.h"

static TsApplication *app;

static gboolean
is_record_picker (GtkWidget     *widget,
                  gconstpointer  data)
{
  return TS_IS_RECORD_PICKER (widget);
}

/* The names of the editor's dropdowns of choices, in the form's order. */
static void
collect_combo_rows (GtkWidget *widget,
                    GPtrArray *names)
{
  if (ADW_IS_COMBO_ROW (widget))
    g_ptr_array_add (names, g_strdup (gtk_widget_get_name (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, names);
}

static GtkWidget *
field (TsRecordEditor *editor,
       const char     *name)
{
  GtkWidget *widget = ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name, name);

  if (widget == NULL)
    g_error ("The editor has no field “%s”", name);
  return widget;
}

static void
set_text (TsRecordEditor *editor,
          const char     *name,
          const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (editor, name)), text);
}

static const char *
get_text (TsRecordEditor *editor,
          const char     *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (editor, name)));
}

static char *
combo_label (GtkWidget *row,
             guint      position)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return g_strdup (gtk_string_object_get_string (item));
}

static char *
selected_label (TsRecordEditor *editor,
                const char     *name)
{
  GtkWidget *row = field (editor, name);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  g_assert_cmpuint (selected, !=, GTK_INVALID_LIST_POSITION);
  return combo_label (row, selected);
}

/* Picks the choice labelled @label, as a click in the dropdown or a
 * search in the record picker does. */
static void
choose (TsRecordEditor *editor,
        const char     *name,
        const char     *label)
{
  GtkWidget *widget = field (editor, name);
  GListModel *model;

  /* A record picker is in the field's row. */
  if (!ADW_IS_COMBO_ROW (widget))
    {
      ui_test_pick_record (ui_test_find_widget (widget, is_record_picker, NULL), label);
      return;
    }

  model = adw_combo_row_get_model (ADW_COMBO_ROW (widget));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (widget), i);
          return;
        }
    }

  g_error ("“%s” offers no “%s”", name, label);
}

static const char *
shown_error (TsRecordEditor *editor)
{
  GtkWidget *label = field (editor, "error-message");

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (label))))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (label));
}

/* Activates the editor's own binding for @keyval with @modifiers, as
 * pressing the keys does. */
static void
press_keys (TsRecordEditor  *editor,
            guint            keyval,
            GdkModifierType  modifiers)
{
  g_assert_true (ui_test_activate_shortcut (GTK_WIDGET (editor), keyval, modifiers));
}

/* Opens the editor of @id, on screen as the window's Edit action does. */
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

static void
click_save (TsRecordEditor *editor)
{
  GtkWidget *button = ui_test_find_widget (GTK_WIDGET (editor), ui_test_is_button_labelled, "_Save");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Clicks Save; the editor closes when saving succeeds. */
static void
save_and_wait_closed (TsRecordEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click_save (editor);
  if (editor != NULL && shown_error (editor) != NULL)
    g_error ("The editor refused to save: %s", shown_error (editor));
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
}

/* Every record of every type, opened and saved without a change, is what
 * it was, but for its modification time. */
static void
test_shipped_records_unchanged (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  guint n_records = 0;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *list = ts_dataset_get_records (dataset, type);
      guint n = g_list_model_get_n_items (list);

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TsRecord) listed = g_list_model_get_item (list, i);
          g_autoptr(TsRecord) before = ts_record_copy (listed);
          g_autofree char *id = g_strdup (ts_record_get_id (listed));
          TsRecordEditor *editor = open_editor (dataset, id);
          g_autoptr(TsRecord) after = NULL;

          save_and_wait_closed (editor);

          after = ts_record_copy (ts_dataset_lookup (dataset, id));
          ts_record_set_modified (after, ts_record_get_modified (before));
          if (!ts_record_equal (after, before))
            {
              /* As ts_record_equal() compares them. */
              g_autoptr(JsonNode) before_node = ts_record_to_json (before);
              g_autoptr(JsonNode) after_node = ts_record_to_json (after);
              g_autofree char *was = json_to_string (before_node, TRUE);
              g_autofree char *is = json_to_string (after_node, TRUE);

              g_error ("%s changed by a save without an edit:\n%s\nbecame\n%s", id, was, is);
            }
          n_records++;
        }
    }

  g_assert_cmpuint (n_records, ==, ts_dataset_get_n_records (dataset));
}

/* A record of @type whose form has every dropdown the type has: for a
 * project, one with milestones. */
static char *
pick_record (TsDataset    *dataset,
             TsRecordType  type)
{
  GListModel *list = ts_dataset_get_records (dataset, type);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (list, i);

      if (type == TS_RECORD_TYPE_PROJECT
          && ts_project_get_milestones (TS_PROJECT (record))->len == 0)
        continue;
      return g_strdup (ts_record_get_id (record));
    }

  g_assert_not_reached ();
}

/* The value a dropdown stores: a property of the record named as the field,
 * or the status of a project's milestone. */
static int
stored_choice (TsRecord   *record,
               const char *name,
               GType      *enum_type)
{
  GParamSpec *pspec;
  int value = 0;

  if (g_str_has_prefix (name, "milestones.") && g_str_has_suffix (name, ".status"))
    {
      GPtrArray *milestones = ts_project_get_milestones (TS_PROJECT (record));
      guint64 index = g_ascii_strtoull (name + strlen ("milestones."), NULL, 10);
      TsMilestone *milestone;

      g_assert_cmpuint (index, <, milestones->len);
      milestone = g_ptr_array_index (milestones, index);
      *enum_type = TS_TYPE_PROJECT_STATUS;
      return milestone->status;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);
  if (pspec == NULL || !G_IS_PARAM_SPEC_ENUM (pspec))
    g_error ("No enum property for the dropdown “%s”", name);
  *enum_type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_object_get (record, name, &value, NULL);
  return value;
}

/* Whether the field @name of @id's type must be given. */
static gboolean
is_required (TsDataset  *dataset,
             const char *id,
             const char *name)
{
  TsRecord *record = ts_dataset_lookup (dataset, id);
  const TsField *found = ts_record_class_find_field (TS_RECORD_GET_CLASS (record), name);

  return found != NULL && (found->flags & TS_FIELD_REQUIRED) != 0;
}

/* What a dropdown must show for a stored value. */
static const char *
expected_label (GType enum_type,
                int   value)
{
  if (g_strcmp0 (ts_enum_to_nick (enum_type, value), "unset") == 0)
    return "Not set";
  return ts_enum_get_label (enum_type, value);
}

/* Every choice of every dropdown of every type: picked, saved, stored as the
 * value it names, and shown again when the record is reopened; and every
 * value of the vocabulary can be chosen. */
static void
test_every_choice_round_trips (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  guint n_dropdowns = 0;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      g_autofree char *id = pick_record (dataset, type);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      TsRecordEditor *editor = open_editor (dataset, id);

      collect_combo_rows (GTK_WIDGET (editor), names);
      gtk_window_destroy (GTK_WINDOW (editor));
      g_assert_true (g_ptr_array_find_with_equal_func (names, "confidence", g_str_equal, NULL));

      for (guint n = 0; n < names->len; n++)
        {
          const char *name = g_ptr_array_index (names, n);
          g_autoptr(GHashTable) values = g_hash_table_new (NULL, NULL);
          g_autofree char *label = NULL;
          GType enum_type = G_TYPE_INVALID;
          guint n_choices;
          int value;

          /* As opened, the dropdown shows the stored value. */
          editor = open_editor (dataset, id);
          value = stored_choice (ts_dataset_lookup (dataset, id), name, &enum_type);
          label = selected_label (editor, name);
          g_assert_cmpstr (label, ==, expected_label (enum_type, value));
          n_choices = g_list_model_get_n_items (
            adw_combo_row_get_model (ADW_COMBO_ROW (field (editor, name))));

          /* Each choice, saved, is stored as the value it names; reopened,
           * the editor shows it again (checked as the next one is made). A
           * required field's "Not set" is refused, naming the field. */
          for (guint position = 0, saved = FALSE; position <= n_choices; position++)
            {
              if (saved)
                {
                  g_autofree char *reopened = NULL;

                  editor = open_editor (dataset, id);
                  reopened = selected_label (editor, name);
                  g_assert_cmpstr (reopened, ==, label);
                  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor,
                                                                                      name))),
                                    ==, position - 1);
                }
              if (position == n_choices)
                {
                  gtk_window_destroy (GTK_WINDOW (editor));
                  break;
                }

              g_free (label);
              label = combo_label (field (editor, name), position);
              adw_combo_row_set_selected (ADW_COMBO_ROW (field (editor, name)), position);
              if (g_str_equal (label, "Not set") && is_required (dataset, id, name))
                {
                  click_save (editor);
                  g_assert_nonnull (shown_error (editor));
                  g_assert_true (gtk_widget_has_css_class (field (editor, name), "error"));
                  gtk_window_destroy (GTK_WINDOW (editor));
                  g_hash_table_add (values, GINT_TO_POINTER (0));
                  saved = FALSE;
                  editor = open_editor (dataset, id);
                  continue;
                }
              save_and_wait_closed (editor);
              saved = TRUE;

              value = stored_choice (ts_dataset_lookup (dataset, id), name, &enum_type);
              if (g_strcmp0 (expected_label (enum_type, value), label) != 0)
                g_error ("%s: choosing “%s” in “%s” stored “%s”", id, label, name,
                         ts_enum_to_nick (enum_type, value));
              g_hash_table_add (values, GINT_TO_POINTER (value));
            }

          /* Every value of the vocabulary is one of the choices. */
          g_assert_cmpuint (g_hash_table_size (values), ==, ts_enum_get_n_values (enum_type));
          g_assert_cmpuint (n_choices, ==, ts_enum_get_n_values (enum_type));
          n_dropdowns++;
        }
    }

  /* Meeting level and format, agreement kind and status, project sector,
   * status and milestone status, organization, place kind, reliability,
   * and a confidence for each of the eight types. */
  g_assert_cmpuint (n_dropdowns, >=, 18);
}

/* The defect as the analyst met it: confidence offers High, Medium and Low,
 * and shows and stores the one chosen. */
static void
test_confidence (void)
{
  static const char * const labels[] = { "High", "Medium", "Low" };
  static const TsConfidence values[] = { TS_CONFIDENCE_HIGH, TS_CONFIDENCE_MEDIUM,
                                         TS_CONFIDENCE_LOW };
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *id = "meeting/2023-10-25-li-qiang-akylbek-japarov";
  GtkWidget *row;

  g_assert_cmpint (ts_record_get_confidence (ts_dataset_lookup (dataset, id)), ==,
                   TS_CONFIDENCE_HIGH);
  for (guint i = 0; i <= 3; i++)
    {
      /* Opened, it shows the last choice saved: Low, then Medium, then High. */
      TsRecordEditor *editor = open_editor (dataset, id);
      g_autofree char *shown = selected_label (editor, "confidence");

      g_assert_cmpstr (shown, ==, labels[(3 - i) % 3]);
      row = field (editor, "confidence");
      g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))),
                        ==, 3);
      for (guint j = 0; j < 3; j++)
        {
          g_autofree char *label = combo_label (row, j);

          g_assert_cmpstr (label, ==, labels[j]);
        }
      if (i == 3)
        {
          gtk_window_destroy (GTK_WINDOW (editor));
          break;
        }

      choose (editor, "confidence", labels[2 - i]);
      save_and_wait_closed (editor);
      g_assert_cmpint (ts_record_get_confidence (ts_dataset_lookup (dataset, id)), ==,
                       values[2 - i]);
    }
}

typedef struct
{
  TsDataset *dataset;
  TsWindow *window;
} WindowFixture;

static void
window_set_up (WindowFixture *fixture,
               gconstpointer  data)
{
  fixture->dataset = ui_test_load_shipped ();
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, fixture->dataset);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->window);
}

static void
window_tear_down (WindowFixture *fixture,
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

#define find_editor() ((TsRecordEditor *) ui_test_find_toplevel (TS_TYPE_RECORD_EDITOR))
#define find_message_dialog() ((AdwMessageDialog *) ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG))

static gboolean
message_dialog_is_gone (gpointer data)
{
  return find_message_dialog () == NULL;
}

static TsRecordEditor *
new_record (WindowFixture *fixture,
            TsRecordType   type)
{
  TsRecordEditor *editor;

  ts_records_view_set_record_type (ts_window_get_records_view (fixture->window), type);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  return editor;
}

static TsRecordEditor *
edit_record (WindowFixture *fixture,
             const char    *id)
{
  TsRecordEditor *editor;

  g_assert_true (ts_records_view_navigate_to (ts_window_get_records_view (fixture->window), id));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-record", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  ui_test_wait_until (ui_test_widget_is_mapped, editor);
  return editor;
}

static guint
count_titled (TsDataset    *dataset,
              TsRecordType  type,
              const char   *title)
{
  GListModel *list = ts_dataset_get_records (dataset, type);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (list, i);

      if (g_strcmp0 (ts_record_get_title (record), title) == 0)
        n++;
    }

  return n;
}

/* Ctrl+S does what Save does: saves and closes. A new record saved, then
 * saved again, is one record. */
static void
test_new_record_saved_once (WindowFixture *fixture,
                            gconstpointer  data)
{
  const char *title = "Japarov receives a Shandong delegation";
  guint n_meetings = g_list_model_get_n_items (ts_dataset_get_records (fixture->dataset,
                                                                       TS_RECORD_TYPE_MEETING));
  TsRecordEditor *editor = new_record (fixture, TS_RECORD_TYPE_MEETING);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "title", title);
  set_text (editor, "date", "2025-03");
  /* Saved once, then Ctrl+S. */
  g_assert_true (ts_record_editor_save (editor));
  g_assert_nonnull (editor);
  press_keys (editor, GDK_KEY_s, GDK_CONTROL_MASK);
  g_assert_cmpuint (count_titled (fixture->dataset, TS_RECORD_TYPE_MEETING, title), ==, 1);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);

  g_assert_cmpuint (g_list_model_get_n_items (ts_dataset_get_records (fixture->dataset,
                                                                      TS_RECORD_TYPE_MEETING)),
                    ==, n_meetings + 1);

  /* Ctrl+S alone saves and closes too. */
  editor = new_record (fixture, TS_RECORD_TYPE_PLACE);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "title", "Kochkor");
  set_text (editor, "lat", "42.2167");
  set_text (editor, "lon", "75.7500");
  press_keys (editor, GDK_KEY_s, GDK_CONTROL_MASK);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpuint (count_titled (fixture->dataset, TS_RECORD_TYPE_PLACE, "Kochkor"), ==, 1);

  /* And the Save button. */
  editor = new_record (fixture, TS_RECORD_TYPE_PERSON);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "title", "Tokon Mamytov");
  click_save (editor);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpuint (count_titled (fixture->dataset, TS_RECORD_TYPE_PERSON, "Tokon Mamytov"),
                    ==, 1);
}

static char *
dup_member_json (TsRecord   *record,
                 const char *member)
{
  g_autoptr(JsonNode) node = ts_record_to_json (record);
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);

  return value != NULL ? json_to_string (value, FALSE) : g_strdup ("");
}

static gboolean
meeting_is_undone (gpointer data)
{
  const char * const *expected = data;
  TsDataset *dataset = (TsDataset *) expected[0];
  TsRecord *record = ts_dataset_lookup (dataset, expected[1]);
  g_autofree char *titles = dup_member_json (record, "title_translations");

  return g_strcmp0 (titles, expected[2]) == 0;
}

/* A title, a summary and a participant's role, each in another language,
 * entered beside the English: saved as translations (an empty entry is
 * none), shown again when the form opens, and undone in one step. */
static void
test_translations (WindowFixture *fixture,
                   gconstpointer  data)
{
  const char *id = "meeting/2023-10-25-li-qiang-akylbek-japarov";
  TsRecord *record = ts_dataset_lookup (fixture->dataset, id);
  g_autofree char *titles_before = dup_member_json (record, "title_translations");
  g_autofree char *summaries_before = dup_member_json (record, "summary_translations");
  TsRecordEditor *editor = edit_record (fixture, id);
  GtkWidget *row = field (editor, "title_translations.ru");
  GHashTable *translations;
  GPtrArray *participants;
  const char *undone[3];

  /* Each entry is named for its field and language. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Title in Russian");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (field (editor, "summary_translations.zh"))), ==,
                   "Summary in Chinese");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (field (editor, "participants.0.role_translations.ky"))),
                   ==, "Role in Kyrgyz");

  set_text (editor, "title_translations.ru", "  Ли Цян встретился с Акылбеком Жапаровым ");
  set_text (editor, "title_translations.ky", "");
  set_text (editor, "summary_translations.zh", "李强会见扎帕罗夫。");
  set_text (editor, "participants.0.role_translations.ky", "Премьер-министр");
  save_and_wait_closed (editor);

  record = ts_dataset_lookup (fixture->dataset, id);
  translations = ts_record_get_title_translations (record);
  g_assert_cmpstr (g_hash_table_lookup (translations, "ru"), ==,
                   "Ли Цян встретился с Акылбеком Жапаровым");
  g_assert_false (g_hash_table_contains (translations, "ky"));
  g_assert_cmpstr (g_hash_table_lookup (ts_record_get_summary_translations (record), "zh"), ==,
                   "李强会见扎帕罗夫。");
  participants = ts_meeting_get_participants (TS_MEETING (record));
  g_assert_cmpstr (g_hash_table_lookup (((TsParticipant *) participants->pdata[0])->role_translations,
                                        "ky"), ==, "Премьер-министр");

  /* The form shows them again. */
  editor = edit_record (fixture, id);
  g_assert_cmpstr (get_text (editor, "title_translations.ru"), ==,
                   "Ли Цян встретился с Акылбеком Жапаровым");
  g_assert_cmpstr (get_text (editor, "participants.0.role_translations.ky"), ==,
                   "Премьер-министр");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* One undo takes the edit back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  undone[0] = (const char *) fixture->dataset;
  undone[1] = id;
  undone[2] = titles_before;
  ui_test_wait_until (meeting_is_undone, undone);
  {
    g_autofree char *summaries = dup_member_json (ts_dataset_lookup (fixture->dataset, id),
                                                  "summary_translations");

    g_assert_cmpstr (summaries, ==, summaries_before);
  }

  /* A statement's words, in another language beside the original. */
  ui_test_add_statement (fixture->dataset);
  editor = edit_record (fixture, UI_TEST_STATEMENT_ID);
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (field (editor, "words_translations.ru"))), ==,
                   "Words in Russian");
  set_text (editor, "words_translations.ru", "Кыргызстан вступает в новый этап развития.");
  set_text (editor, "title_translations.zh", "拜萨洛夫：吉尔吉斯斯坦进入新阶段");
  save_and_wait_closed (editor);
  record = ts_dataset_lookup (fixture->dataset, UI_TEST_STATEMENT_ID);
  g_assert_cmpstr (g_hash_table_lookup (ts_statement_get_words_translations (
                                          TS_STATEMENT (record)), "ru"), ==,
                   "Кыргызстан вступает в новый этап развития.");
  g_assert_cmpstr (ts_statement_get_words (TS_STATEMENT (record)), ==,
                   "Kyrgyzstan is entering a new stage of development.");
  g_assert_cmpstr (g_hash_table_lookup (ts_record_get_title_translations (record), "zh"), ==,
                   "拜萨洛夫：吉尔吉斯斯坦进入新阶段");

  /* A person's names carry their scripts: no translations there. */
  editor = edit_record (fixture, "person/sadyr-japarov");
  g_assert_null (ui_test_find_widget (GTK_WIDGET (editor), ui_test_has_name,
                                      "title_translations"));
  g_assert_false (gtk_widget_get_visible (field (editor, "summary_translations")));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Picks @response in the "Discard changes?" dialog, as a click does. */
static void
answer_discard_dialog (const char *label)
{
  AdwMessageDialog *dialog = find_message_dialog ();
  GtkWidget *button;

  g_assert_nonnull (dialog);
  button = ui_test_find_widget (GTK_WIDGET (dialog), ui_test_is_button_labelled, label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_wait_until (message_dialog_is_gone, NULL);
}

static void
check_discard_dialog (TsRecordEditor *editor)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
}

/* Escape, Cancel and closing the window throw nothing away unasked, and
 * close at once when there is nothing to lose. */
static void
test_discard_asks (WindowFixture *fixture,
                   gconstpointer  data)
{
  const char *id = "place/kant";
  TsRecord *before = ts_dataset_lookup (fixture->dataset, id);
  TsRecordEditor *editor;
  g_autofree char *kind = NULL;

  g_assert_nonnull (before);

  /* Nothing changed: Escape closes. */
  editor = edit_record (fixture, id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  press_keys (editor, GDK_KEY_Escape, 0);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_null (find_message_dialog ());

  /* A change, then Escape: asked; Cancel keeps the form as it was. */
  editor = edit_record (fixture, id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "summary", "A town on the road to Torugart");
  press_keys (editor, GDK_KEY_Escape, 0);
  ui_test_iterate ();
  g_assert_nonnull (editor);
  check_discard_dialog (editor);
  answer_discard_dialog ("_Cancel");
  g_assert_nonnull (editor);
  g_assert_cmpstr (get_text (editor, "summary"), ==, "A town on the road to Torugart");

  /* The Cancel button asks too; Discard closes and changes nothing. */
  g_signal_emit_by_name (ui_test_find_widget (GTK_WIDGET (editor), ui_test_is_button_labelled, "_Cancel"), "clicked");
  ui_test_iterate ();
  g_assert_nonnull (editor);
  check_discard_dialog (editor);
  answer_discard_dialog ("_Discard");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_true (ts_dataset_lookup (fixture->dataset, id) == before);

  /* Closing the window, as its window manager does. */
  editor = edit_record (fixture, id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  kind = selected_label (editor, "kind");
  g_assert_cmpstr (kind, !=, "Site");
  choose (editor, "kind", "Site");
  gtk_window_close (GTK_WINDOW (editor));
  ui_test_iterate ();
  g_assert_nonnull (editor);
  check_discard_dialog (editor);
  answer_discard_dialog ("_Cancel");
  /* Changed back: nothing to lose. */
  choose (editor, "kind", kind);
  gtk_window_close (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_null (find_message_dialog ());

  /* A new, empty form closes at once; a filled one asks. */
  editor = new_record (fixture, TS_RECORD_TYPE_MEETING);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  press_keys (editor, GDK_KEY_Escape, 0);
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_null (find_message_dialog ());

  editor = new_record (fixture, TS_RECORD_TYPE_MEETING);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "title", "Talks in Bishkek");
  press_keys (editor, GDK_KEY_Escape, 0);
  ui_test_iterate ();
  g_assert_nonnull (editor);
  check_discard_dialog (editor);
  answer_discard_dialog ("_Discard");
  ui_test_wait_until (ui_test_pointer_is_null, &editor);
  g_assert_cmpuint (count_titled (fixture->dataset, TS_RECORD_TYPE_MEETING, "Talks in Bishkek"),
                    ==, 0);
}

static gboolean
has_focus_within (TsRecordEditor *editor,
                  const char     *name)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (editor));
  GtkWidget *row = field (editor, name);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* The editor opens with the keyboard in its first field. */
static void
test_focus_first_field (WindowFixture *fixture,
                        gconstpointer  data)
{
  TsRecordEditor *editor = new_record (fixture, TS_RECORD_TYPE_MEETING);

  g_assert_true (has_focus_within (editor, "title"));
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = edit_record (fixture, "person/edil-baisalov");
  g_assert_true (has_focus_within (editor, "title"));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Numbers the store cannot keep are refused, naming the field; the form
 * stays open with what was typed. */
static void
test_number_ranges (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *id = "figure/china-kyrgyzstan-trade-2024";
  TsRecord *before = ts_dataset_lookup (dataset, id);
  TsRecordEditor *editor = open_editor (dataset, id);
  static const struct
  {
    const char *name;
    const char *title;
    const char *text;
  } refused[] = {
    { "value", "Value", "1e300" },
    { "value", "Value", "-2e18" },
    { "value", "Value", "inf" },
    { "value", "Value", "nan" },
    { "change", "Change on the Previous Period (%)", "1e200" },
  };

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *message;

      set_text (editor, refused[i].name, refused[i].text);
      click_save (editor);
      g_assert_nonnull (editor);
      message = shown_error (editor);
      g_assert_nonnull (message);
      g_assert_true (g_str_has_prefix (message, refused[i].title));
      g_assert_true (gtk_widget_has_css_class (field (editor, refused[i].name), "error"));
      g_assert_cmpstr (get_text (editor, refused[i].name), ==, refused[i].text);
      g_assert_true (ts_dataset_lookup (dataset, id) == before);
      set_text (editor, "value", "22710000000");
      set_text (editor, "change", "14.7");
    }

  /* As large as the store keeps (TS_FIGURE_MAX_VALUE), and no more. */
  set_text (editor, "value", "1e17");
  save_and_wait_closed (editor);
  g_assert_cmpfloat (ts_figure_get_value (TS_FIGURE (ts_dataset_lookup (dataset, id))), ==, 1e17);
}

/* A refusal from the dataset names the field as the form shows it, marks
 * it, and keeps the form open with everything typed. */
static void
test_refusal_keeps_form (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *id = "meeting/2023-10-25-li-qiang-akylbek-japarov";
  TsRecord *before = ts_dataset_lookup (dataset, id);
  GListModel *places = ts_dataset_get_records (dataset, TS_RECORD_TYPE_PLACE);
  g_autoptr(TsRecord) lone_place = NULL;
  g_autoptr(GError) error = NULL;
  TsRecordEditor *editor;
  const char *message;

  /* A place nothing refers to, so that it can go. */
  for (guint i = 0; i < g_list_model_get_n_items (places) && lone_place == NULL; i++)
    {
      g_autoptr(TsRecord) place = g_list_model_get_item (places, i);
      g_autoptr(GPtrArray) referrers = ts_dataset_list_referrers (dataset,
                                                                  ts_record_get_id (place),
                                                                  -1, NULL);

      if (referrers->len == 0)
        lone_place = g_steal_pointer (&place);
    }
  g_assert_nonnull (lone_place);

  editor = open_editor (dataset, id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "summary", "Talks on security and trade");
  choose (editor, "place", ts_record_get_display_name (lone_place));
  /* Meanwhile, the place goes. */
  g_assert_true (ts_dataset_remove (dataset, ts_record_get_id (lone_place), &error));
  g_assert_no_error (error);

  click_save (editor);
  g_assert_nonnull (editor);
  message = shown_error (editor);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Place: "));
  g_assert_nonnull (strstr (message, ts_record_get_id (lone_place)));
  g_assert_true (gtk_widget_has_css_class (field (editor, "place"), "error"));
  g_assert_cmpstr (get_text (editor, "summary"), ==, "Talks on security and trade");
  g_assert_true (ts_dataset_lookup (dataset, id) == before);

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_null (editor);
}

/* A new statement, made in the editor: what it cannot be without is asked
 * for by name; filled in, it is saved with its speaker, meeting, kind,
 * words and citation, and is on the speaker's list of what they said. */
static void
test_new_statement (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *source_title = "Kyrgyzstan and China discuss new production capacities for SMEs "
                             "(Baisalov–Lin Wu talks in Jinan)";
  TsRecordEditor *editor = ts_record_editor_new (dataset, TS_RECORD_TYPE_STATEMENT, NULL);
  g_autoptr(GPtrArray) said = NULL;
  GListModel *statements = ts_dataset_get_records (dataset, TS_RECORD_TYPE_STATEMENT);
  guint n_before = g_list_model_get_n_items (statements);
  g_autoptr(TsRecord) saved = NULL;
  TsStatement *statement = NULL;
  TsCitation *citation;
  const char *message;

  gtk_window_present (GTK_WINDOW (editor));
  ui_test_wait_until (ui_test_widget_is_mapped, editor);

  click_save (editor);
  message = shown_error (editor);
  g_assert_nonnull (message);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "Speaker"));
  g_assert_nonnull (strstr (message, "Words"));
  g_assert_nonnull (strstr (message, "Kind"));
  g_assert_nonnull (strstr (message, "Citations"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "speaker"), "error"));

  set_text (editor, "title", "Baisalov: Kyrgyzstan will rely on China’s experience");
  set_text (editor, "date", "2026-03-01");
  choose (editor, "speaker", "Edil Baisalov");
  choose (editor, "on_behalf_of", "Kyrgyzstan");
  choose (editor, "at", "Edil Baisalov holds talks with Lin Wu in Jinan");
  choose (editor, "kind", "Reported speech");
  set_text (editor, "words", "The Kyrgyz government intends to rely on the experience of "
                             "the People’s Republic of China");
  set_text (editor, "language", "en");
  set_text (editor, "topics", "industrial cooperation, new state programs");
  g_signal_emit_by_name (field (editor, "citations.add"), "clicked");
  choose (editor, "citations.0.source", source_title);
  set_text (editor, "citations.0.excerpt", "intends to actively rely on the experience and "
                                           "practical cooperation with the People’s Republic "
                                           "of China");
  save_and_wait_closed (editor);

  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, n_before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (statements) && statement == NULL; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (statements, i);

      if (g_str_equal (ts_record_get_title (record),
                       "Baisalov: Kyrgyzstan will rely on China’s experience"))
        saved = g_steal_pointer (&record);
      statement = saved != NULL ? TS_STATEMENT (saved) : NULL;
    }
  g_assert_nonnull (statement);
  g_assert_true (g_str_has_prefix (ts_record_get_id (saved), "statement/2026-03-01-"));
  g_assert_cmpstr (ts_statement_get_speaker_id (statement), ==, "person/edil-baisalov");
  g_assert_cmpstr (ts_statement_get_on_behalf_of_id (statement), ==, "place/kyrgyzstan");
  g_assert_cmpstr (ts_statement_get_at_id (statement), ==,
                   "meeting/2026-03-01-edil-baisalov-lin-wu-jinan");
  g_assert_cmpint (ts_statement_get_kind (statement), ==, TS_STATEMENT_KIND_REPORTED);
  g_assert_cmpstr (ts_statement_get_language (statement), ==, "en");
  g_assert_cmpuint (g_strv_length ((char **) ts_statement_get_topics (statement)), ==, 2);
  g_assert_cmpuint (ts_statement_get_citations (statement)->len, ==, 1);
  citation = g_ptr_array_index (ts_statement_get_citations (statement), 0);
  g_assert_cmpstr (citation->source_id, ==, "source/trend-2026-03-02-baisalov-lin-wu-jinan");
  g_assert_true (g_str_has_prefix (citation->excerpt, "intends to actively rely"));

  said = ts_dataset_list_referrers (dataset, "person/edil-baisalov", TS_RECORD_TYPE_STATEMENT,
                                    "speaker");
  g_assert_true (g_ptr_array_find (said, saved, NULL));
}

/* A list item holding a comma stays one item; values with more decimals
 * than the form shows by default come back exactly. */
static void
test_exact_lists_and_numbers (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *meeting_id = "meeting/2023-10-25-li-qiang-akylbek-japarov";
  const char *project_id = "project/china-kyrgyzstan-uzbekistan-railway";
  g_autoptr(TsRecord) project = ts_record_copy (ts_dataset_lookup (dataset, project_id));
  g_autoptr(GPtrArray) route = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_route_point_free);
  g_autoptr(GError) error = NULL;
  TsRecordEditor *editor;
  const char * const *topics;
  GPtrArray *saved_route;
  TsRoutePoint *point;

  editor = open_editor (dataset, meeting_id);
  set_text (editor, "topics", "\"trade, transit\", \"the \"\"Middle Corridor\"\"\" , energy");
  save_and_wait_closed (editor);
  topics = ts_meeting_get_topics (TS_MEETING (ts_dataset_lookup (dataset, meeting_id)));
  g_assert_cmpuint (g_strv_length ((char **) topics), ==, 3);
  g_assert_cmpstr (topics[0], ==, "trade, transit");
  g_assert_cmpstr (topics[1], ==, "the \"Middle Corridor\"");
  g_assert_cmpstr (topics[2], ==, "energy");

  editor = open_editor (dataset, meeting_id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_text (editor, "topics", "\"trade, transit");
  click_save (editor);
  g_assert_nonnull (editor);
  g_assert_nonnull (shown_error (editor));
  g_assert_true (g_str_has_prefix (shown_error (editor), "Topics"));
  gtk_window_destroy (GTK_WINDOW (editor));

  g_ptr_array_add (route, ts_route_point_new (39.470712345, 75.98951234567, "Kashgar"));
  ts_project_set_route (TS_PROJECT (project), route);
  g_assert_true (ts_dataset_update (dataset, project, &error));
  g_assert_no_error (error);

  editor = open_editor (dataset, project_id);
  /* Moving through the coordinates makes the buttons read their text. */
  gtk_widget_grab_focus (field (editor, "route.0.lat"));
  gtk_widget_grab_focus (field (editor, "route.0.lon"));
  gtk_widget_grab_focus (field (editor, "route.0.label"));
  save_and_wait_closed (editor);
  saved_route = ts_project_get_route (TS_PROJECT (ts_dataset_lookup (dataset, project_id)));
  point = g_ptr_array_index (saved_route, 0);
  g_assert_cmpfloat (point->lat, ==, 39.470712345);
  g_assert_cmpfloat (point->lon, ==, 75.98951234567);
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

  g_test_add_func ("/record-editor/shipped-records-unchanged", test_shipped_records_unchanged);
  g_test_add_func ("/record-editor/every-choice-round-trips", test_every_choice_round_trips);
  g_test_add_func ("/record-editor/confidence", test_confidence);
  g_test_add_func ("/record-editor/number-ranges", test_number_ranges);
  g_test_add_func ("/record-editor/refusal-keeps-form", test_refusal_keeps_form);
  g_test_add_func ("/record-editor/exact-lists-and-numbers", test_exact_lists_and_numbers);
  g_test_add_func ("/record-editor/new-statement", test_new_statement);
  g_test_add ("/record-editor/new-record-saved-once", WindowFixture, NULL,
              window_set_up, test_new_record_saved_once, window_tear_down);
  g_test_add ("/record-editor/discard-asks", WindowFixture, NULL,
              window_set_up, test_discard_asks, window_tear_down);
  g_test_add ("/record-editor/focus-first-field", WindowFixture, NULL,
              window_set_up, test_focus_first_field, window_tear_down);
  g_test_add ("/record-editor/translations", WindowFixture, NULL,
              window_set_up, test_translations, window_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
