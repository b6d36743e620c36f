/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-record-editor.h"
#include "ts-accessible.h"
#include "ts-about-editor-section.h"
#include "ts-agreement-editor-section.h"
#include "ts-banner.h"
#include "ts-conflict-dialog.h"
#include "ts-format.h"
#include "ts-figure-editor-section.h"
#include "ts-meeting-editor-section.h"
#include "ts-organization-editor-section.h"
#include "ts-person-editor-section.h"
#include "ts-place-editor-section.h"
#include "ts-project-editor-section.h"
#include "ts-record-picker.h"
#include "ts-source-editor-section.h"
#include "ts-statement-editor-section.h"
#include "ts-sources-editor-section.h"
#include "ts-store.h"

#define MAX_SECTIONS 3

/* The sections of each type's form, in the order the form shows them: the
 * type's own (which places the shared names section in it, for the types
 * that have names), then those several types share. Indexed by
 * TsRecordType; a new record type adds its line here. */
static GType (* const form_sections[TS_N_RECORD_TYPES][MAX_SECTIONS]) (void) = {
  [TS_RECORD_TYPE_MEETING] = { ts_meeting_editor_section_get_type,
                               ts_sources_editor_section_get_type,
                               ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_AGREEMENT] = { ts_agreement_editor_section_get_type,
                                 ts_sources_editor_section_get_type,
                                 ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_PROJECT] = { ts_project_editor_section_get_type,
                               ts_sources_editor_section_get_type,
                               ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_STATEMENT] = { ts_statement_editor_section_get_type,
                                 ts_sources_editor_section_get_type,
                                 ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_PERSON] = { ts_person_editor_section_get_type,
                              ts_sources_editor_section_get_type,
                              ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_ORGANIZATION] = { ts_organization_editor_section_get_type,
                                    ts_sources_editor_section_get_type,
                                    ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_PLACE] = { ts_place_editor_section_get_type,
                             ts_sources_editor_section_get_type,
                             ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_SOURCE] = { ts_source_editor_section_get_type,
                              ts_sources_editor_section_get_type,
                              ts_about_editor_section_get_type },
  [TS_RECORD_TYPE_FIGURE] = { ts_figure_editor_section_get_type,
                              ts_sources_editor_section_get_type,
                              ts_about_editor_section_get_type },
};

struct _TsRecordEditor
{
  AdwWindow parent_instance;

  AdwPreferencesPage *page;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkButton *save_button;
  GtkButton *cancel_button;
  /* Someone else changed (or deleted) the record since the form was
   * filled: live updates (ts-store-notify.c) tell, the edit stays. */
  TsBanner *live_banner;

  TsDataset *dataset;
  TsRecord *original;
  TsRecordType type;
  GPtrArray *sections;     /* of TsEditorSection, as the form shows them */

  /* Records created from the form's pickers ("New Place…"), added to the
   * dataset with the record when it is saved, in the same change: one
   * undo takes them all back, and closing unsaved creates nothing. A
   * nested editor (the form of such a record) starts with its parent's
   * and hands its own to the parent when it is saved. */
  GListStore *pending;
  guint n_inherited;
  TsRecordEditor *parent;

  /* What the form held when it was filled or last saved: closing asks
   * before it throws away anything else. */
  char *clean_state;
  gboolean discarding;
  GtkWindow *discard_dialog;
  /* A save refused because someone else changed the record first. */
  GtkWindow *conflict_dialog;
  gboolean focused_once;
  /* The store's version of the record the form was filled from or last
   * saved as; a save over a newer one is refused as stale. */
  gint64 version;
};

G_DEFINE_FINAL_TYPE (TsRecordEditor, ts_record_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Builds the form from the type's sections, filled from @record (a blank
 * record of the type for a new one). */
static void
build_form (TsRecordEditor *self,
            TsRecord       *record)
{
  for (guint i = 0; i < MAX_SECTIONS && form_sections[self->type][i] != NULL; i++)
    {
      TsEditorSection *section = g_object_new (form_sections[self->type][i] (), NULL);

      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (section));
      ts_editor_section_set_pending (section, G_LIST_MODEL (self->pending));
      ts_accessible_name_rows (GTK_WIDGET (section));
      /* A group without a title leaves its list nameless. */
      if (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (section))[0] == '\0')
        ts_accessible_label_descendants (GTK_WIDGET (section), GTK_TYPE_LIST_BOX, TRUE,
                                         ts_record_type_get_label (self->type));
      ts_editor_section_set_record (section, record, self->dataset);
      g_ptr_array_add (self->sections, g_object_ref (section));
    }
}

static void
remember_version (TsRecordEditor *self)
{
  TsStore *store = ts_store_get_for_dataset (self->dataset);

  self->version = store != NULL && self->original != NULL
                  ? ts_store_get_version (store, ts_record_get_id (self->original)) : 0;
}

static void
show_problems (TsRecordEditor *self,
               const char     *problems)
{
  gtk_label_set_label (self->error_label, problems);
  gtk_revealer_set_reveal_child (self->error_revealer, problems != NULL);
}

static void
clear_problems (TsRecordEditor *self)
{
  for (guint i = 0; i < self->sections->len; i++)
    ts_editor_section_clear_problems (g_ptr_array_index (self->sections, i));
  show_problems (self, NULL);
}

/* The row or group of the form named by a field's key quoted in @message
 * (“lat”, “participants” in “participants.person”), in the form's order. */
static GtkWidget *
find_refused_field (GtkWidget  *widget,
                    const char *message)
{
  if (ADW_IS_PREFERENCES_ROW (widget) || ADW_IS_PREFERENCES_GROUP (widget))
    {
      g_autofree char *quoted = g_strconcat ("“", gtk_widget_get_name (widget), NULL);

      for (const char *found = strstr (message, quoted);
           found != NULL;
           found = strstr (found, quoted))
        {
          found += strlen (quoted);
          if (g_str_has_prefix (found, "”") || *found == '.')
            return widget;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_refused_field (child, message);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A refusal from the dataset (its validation, the store) names the field by
 * its key. Marks the row of that field, and shows the refusal under the
 * field's title as the form shows it. */
static void
show_refusal (TsRecordEditor *self,
              const GError   *error)
{
  GtkWidget *field = find_refused_field (GTK_WIDGET (self->page), error->message);
  const char *title = NULL;
  g_autofree char *message = NULL;

  if (ADW_IS_PREFERENCES_ROW (field))
    {
      gtk_widget_add_css_class (field, "error");
      title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field));
    }
  else if (field != NULL)
    {
      title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (field));
    }

  if (title != NULL)
    /* Translators: a problem with a form field: "Latitude: Record “place/kant”, field …" */
    message = g_strdup_printf (_("%s: %s"), title, error->message);
  show_problems (self, message != NULL ? message : error->message);
}

/* Every value the form shows, in order, as one string: two states are equal
 * when the form shows the same. */
static void
append_state (GString    *state,
              const char *text)
{
  if (text == NULL)
    text = "";
  g_string_append_printf (state, "%" G_GSIZE_FORMAT ":%s;", strlen (text), text);
}

static void
append_widget_state (GString   *state,
                     GtkWidget *widget)
{
  /* A value widget's own parts (an entry's text, a dropdown's popover
   * with its search) hold nothing more. */
  if (ADW_IS_COMBO_ROW (widget))
    {
      g_string_append_printf (state, "%u;", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
      return;
    }
  if (TS_IS_RECORD_PICKER (widget))
    {
      append_state (state, ts_record_picker_get_id (widget));
      return;
    }
  if (GTK_IS_DROP_DOWN (widget))
    {
      g_string_append_printf (state, "%u;", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
      return;
    }
  if (GTK_IS_EDITABLE (widget))
    {
      append_state (state, gtk_editable_get_text (GTK_EDITABLE (widget)));
      return;
    }
  /* A row's title: a linked record listed, an item's summary. */
  if (ADW_IS_PREFERENCES_ROW (widget))
    append_state (state, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_widget_state (state, child);
}

static char *
dup_form_state (TsRecordEditor *self)
{
  g_autoptr(GString) state = g_string_new (NULL);

  for (guint i = 0; i < self->sections->len; i++)
    append_widget_state (state, g_ptr_array_index (self->sections, i));
  /* A record created from a picker is a change, whatever the pickers show. */
  g_string_append_printf (state, "%u;", g_list_model_get_n_items (G_LIST_MODEL (self->pending)));

  return g_string_free (g_steal_pointer (&state), FALSE);
}

static void
remember_clean_state (TsRecordEditor *self)
{
  g_free (self->clean_state);
  self->clean_state = dup_form_state (self);
}

/* The form filled anew from @record, the dataset's (a reload): the edit
 * is dropped. */
static void
refill_form (TsRecordEditor *self,
             TsRecord       *record)
{
  clear_problems (self);
  g_set_object (&self->original, record);
  remember_version (self);
  /* A section is filled once: the form is built anew. */
  for (guint i = 0; i < self->sections->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->sections, i));
  g_ptr_array_set_size (self->sections, 0);
  build_form (self, record);
  remember_clean_state (self);
  ts_banner_set_revealed (self->live_banner, FALSE);
}

/* "Changed by alice at 6 Dec 2026, 19:03", as the conflict dialog says it. */
static char *
describe_external_change (const TsStoreChange *change,
                          gboolean             deleted)
{
  g_autoptr(GDateTime) utc = change->at != NULL ? g_date_time_new_from_iso8601 (change->at, NULL)
                                                : NULL;
  g_autofree char *when = NULL;
  const char *who = change->who != NULL ? change->who : _("someone");

  if (utc != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);

      when = ts_format_date_time (local);
    }
  else
    when = g_strdup (change->at != NULL ? change->at : _("an unknown time"));

  if (deleted)
    /* TRANSLATORS: the editor's banner, as the conflict dialog's heading:
     * "Deleted by alice at 6 Dec 2026, 19:03" */
    return g_strdup_printf (_("Deleted by %s at %s"), who, when);
  /* TRANSLATORS: the editor's banner, as the conflict dialog's heading:
   * "Changed by alice at 6 Dec 2026, 19:03" */
  return g_strdup_printf (_("Changed by %s at %s"), who, when);
}

/* Another analyst's change reached the dataset: if it is this form's
 * record, the banner says who and when, with Reload (Discard if they
 * deleted it); the edit stays, to be
 * saved (the save is then refused as stale, and the conflict dialog
 * offers Reload and Overwrite) or dropped. */
static void
on_store_external_change (TsStore        *store,
                          GPtrArray      *changes,
                          TsRecordEditor *self)
{
  const char *id;

  if (self->original == NULL || self->parent != NULL)
    return;
  id = ts_record_get_id (self->original);

  for (guint i = 0; i < changes->len; i++)
    {
      const TsStoreChange *change = g_ptr_array_index (changes, i);
      g_autofree char *title = NULL;
      gboolean deleted;

      if (g_strcmp0 (change->record_id, id) != 0)
        continue;
      deleted = ts_dataset_lookup (self->dataset, id) == NULL;
      title = describe_external_change (change, deleted);
      ts_banner_set_title (self->live_banner, title);
      /* A deleted record has no version of theirs to take: the button
       * drops the edit and closes the form, and says so. */
      ts_banner_set_button_label (self->live_banner, deleted ? _("_Discard") : _("_Reload"));
      ts_banner_set_revealed (self->live_banner, TRUE);
      return;
    }
}

/* Reload: their version in the form (the dataset has it already); or
 * Discard, if they deleted the record: the editor closes. */
static void
on_live_banner_button_clicked (TsBanner       *banner,
                               TsRecordEditor *self)
{
  TsRecord *record;

  if (self->original == NULL)
    return;
  record = ts_dataset_lookup (self->dataset, ts_record_get_id (self->original));
  if (record == NULL)
    {
      self->discarding = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  refill_form (self, record);
}

static GtkWidget *
find_first_row (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_first_row (child);

      if (row != NULL)
        return row;
    }

  return NULL;
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     TsRecordEditor   *self)
{
  if (!g_str_equal (response, "discard"))
    return;

  self->discarding = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
ask_discard (TsRecordEditor *self)
{
  GtkWidget *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (self->discard_dialog);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard changes?"),
                                   _("The changes made in this form have not been saved."));
  gtk_widget_set_name (dialog, "discard-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);

  self->discard_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Save, the Save button and Ctrl+S: a saved form has done its work. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (widget);

  if (ts_record_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
ts_record_editor_map (GtkWidget *widget)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (widget);

  GTK_WIDGET_CLASS (ts_record_editor_parent_class)->map (widget);

  /* The analyst starts typing in the first field. */
  if (!self->focused_once && self->sections->len > 0)
    {
      GtkWidget *first = find_first_row (g_ptr_array_index (self->sections, 0));

      self->focused_once = TRUE;
      if (first != NULL)
        gtk_widget_grab_focus (first);
    }
}

static gboolean
ts_record_editor_close_request (GtkWindow *window)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (window);

  if (!self->discarding && ts_record_editor_has_changes (self))
    {
      ask_discard (self);
      return TRUE;
    }

  if (GTK_WINDOW_CLASS (ts_record_editor_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (ts_record_editor_parent_class)->close_request (window);
  return FALSE;
}

static void
ts_record_editor_dispose (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  if (self->discard_dialog != NULL)
    {
      GtkWindow *dialog = self->discard_dialog;

      /* The dialog may outlive the editor a moment (it is still handling
       * the click that discards): it must not keep pointing at it. */
      g_clear_weak_pointer (&self->discard_dialog);
      gtk_window_set_transient_for (dialog, NULL);
      gtk_window_destroy (dialog);
    }
  if (self->conflict_dialog != NULL)
    {
      GtkWindow *dialog = self->conflict_dialog;

      g_clear_weak_pointer (&self->conflict_dialog);
      gtk_window_set_transient_for (dialog, NULL);
      gtk_window_destroy (dialog);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORD_EDITOR);
  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->pending);
  g_clear_object (&self->original);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->dispose (object);
}

static void
ts_record_editor_finalize (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->clean_state, g_free);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->finalize (object);
}

static void
ts_record_editor_class_init (TsRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ts_record_editor_dispose;
  object_class->finalize = ts_record_editor_finalize;
  widget_class->map = ts_record_editor_map;
  window_class->close_request = ts_record_editor_close_request;

  /* The record was saved; its id. */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (TS_TYPE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, live_banner);
  gtk_widget_class_bind_template_callback (widget_class, on_live_banner_button_clicked);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ts_record_editor_init (TsRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ts_accessible_name_mnemonic_button (self->save_button);
  ts_accessible_name_mnemonic_button (self->cancel_button);

  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending = g_list_store_new (TS_TYPE_RECORD);
}

TsRecordEditor *
ts_record_editor_new (TsDataset    *dataset,
                      TsRecordType  type,
                      TsRecord     *record)
{
  TsRecordEditor *self;
  g_autoptr(TsRecord) blank = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (record == NULL || TS_IS_RECORD (record), NULL);

  self = g_object_new (TS_TYPE_RECORD_EDITOR, NULL);
  self->dataset = g_object_ref (dataset);
  self->type = record != NULL ? ts_record_get_record_type (record) : type;
  self->original = record != NULL ? g_object_ref (record) : NULL;

  if (record == NULL)
    blank = g_object_new (ts_record_type_get_gtype (self->type), NULL);

  if (record != NULL)
    /* Translators: the title of the editor of a record: "Edit Meeting" */
    title = g_strdup_printf (_("Edit %s"), ts_record_type_get_label (self->type));
  else
    /* Translators: the title of the editor of a new record: "New Meeting" */
    title = g_strdup_printf (_("New %s"), ts_record_type_get_label (self->type));
  gtk_window_set_title (GTK_WINDOW (self), title);

  build_form (self, record != NULL ? record : blank);
  remember_clean_state (self);
  remember_version (self);
  if (ts_store_get_for_dataset (dataset) != NULL)
    g_signal_connect_object (ts_store_get_for_dataset (dataset), "external-change",
                             G_CALLBACK (on_store_external_change), self, 0);

  return self;
}

TsRecordEditor *
ts_record_editor_new_nested (TsRecordEditor *parent,
                             TsRecordType    type,
                             const char     *title)
{
  TsRecordEditor *self;
  g_autoptr(TsRecord) blank = NULL;
  g_autofree char *window_title = NULL;

  g_return_val_if_fail (TS_IS_RECORD_EDITOR (parent), NULL);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  self = g_object_new (TS_TYPE_RECORD_EDITOR, NULL);
  self->dataset = g_object_ref (parent->dataset);
  self->type = type;
  g_set_weak_pointer (&self->parent, parent);
  /* The parent's new records are choices here too. */
  self->n_inherited = g_list_model_get_n_items (G_LIST_MODEL (parent->pending));
  for (guint i = 0; i < self->n_inherited; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (G_LIST_MODEL (parent->pending), i);

      g_list_store_append (self->pending, record);
    }

  blank = g_object_new (ts_record_type_get_gtype (type), NULL);
  if (title != NULL && *title != '\0')
    ts_record_set_title (blank, title);

  /* Translators: the title of the editor of a new record: "New Meeting" */
  window_title = g_strdup_printf (_("New %s"), ts_record_type_get_label (type));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (parent));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  build_form (self, blank);
  remember_clean_state (self);

  return self;
}

static gboolean
is_pending (TsRecordEditor *self,
            const char     *id)
{
  GListModel *pending = G_LIST_MODEL (self->pending);

  for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (pending, i);

      if (g_str_equal (ts_record_get_id (record), id))
        return TRUE;
    }

  return FALSE;
}

/* A nested editor's save: the record joins the parent's pending records,
 * with those created from this form's own pickers. */
static gboolean
save_nested (TsRecordEditor *self,
             TsRecord       *record)
{
  GListModel *pending = G_LIST_MODEL (self->pending);

  if (self->parent == NULL)
    return FALSE;

  for (guint i = self->n_inherited; i < g_list_model_get_n_items (pending); i++)
    {
      g_autoptr(TsRecord) created = g_list_model_get_item (pending, i);

      g_list_store_append (self->parent->pending, created);
    }
  g_list_store_append (self->parent->pending, record);

  /* Saved once: closing asks nothing, and saving again adds nothing. */
  self->n_inherited = g_list_model_get_n_items (pending);
  g_set_object (&self->original, record);
  remember_clean_state (self);

  g_signal_emit (self, signals[SAVED], 0, ts_record_get_id (record));
  return TRUE;
}

/* The analyst's choice: until then the edit stays in the form. Reload
 * fills the form with the record as the database has it (or closes it, if
 * it was deleted); Overwrite saves the form on the database's version. */
static void
on_conflict_response (AdwMessageDialog *dialog,
                      const char       *response,
                      TsRecordEditor   *self)
{
  TsStore *store = ts_store_get_for_dataset (self->dataset);
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (dialog), "ts-record-id"));
  g_autoptr(GError) error = NULL;
  TsRecord *record;

  if (store == NULL || g_str_equal (response, "cancel"))
    return;

  if (g_str_equal (response, "overwrite"))
    {
      if (!ts_store_accept_version (store, id, &error))
        show_refusal (self, error);
      else if ((self->version = ts_store_get_version (store, id), ts_record_editor_save (self)))
        gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (!ts_store_reload_record (store, id, &error))
    {
      show_refusal (self, error);
      return;
    }
  record = ts_dataset_lookup (self->dataset, id);
  if (record == NULL)
    {
      self->discarding = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  refill_form (self, record);
}

static void
show_conflict (TsRecordEditor *self,
               TsRecord       *mine)
{
  TsStore *store = ts_store_get_for_dataset (self->dataset);
  const TsStoreConflict *conflict = store != NULL ? ts_store_get_conflict (store) : NULL;
  GtkWidget *dialog;

  if (conflict == NULL)
    return;
  if (self->conflict_dialog != NULL)
    gtk_window_destroy (self->conflict_dialog);

  dialog = ts_conflict_dialog_new (GTK_WINDOW (self), conflict, mine);
  g_object_set_data_full (G_OBJECT (dialog), "ts-record-id", g_strdup (conflict->record_id),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response), self, 0);
  self->conflict_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->conflict_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
ts_record_editor_save (TsRecordEditor *self)
{
  g_autoptr(TsRecord) record = NULL;
  g_autoptr(TsEditorProblems) problems = ts_editor_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  TsStore *store;
  gboolean ok;

  g_return_val_if_fail (TS_IS_RECORD_EDITOR (self), FALSE);

  clear_problems (self);

  if (self->original != NULL)
    record = ts_record_copy (self->original);
  else
    record = g_object_new (ts_record_type_get_gtype (self->type), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    ts_editor_section_apply (g_ptr_array_index (self->sections, i), record, problems);
  if (!ts_editor_problems_is_empty (problems))
    {
      show_problems (self, ts_editor_problems_get_text (problems));
      return FALSE;
    }

  if (self->original == NULL)
    {
      g_autofree char *base = ts_dataset_suggest_id (self->dataset, record);
      g_autofree char *id = g_strdup (base);

      /* Nor one a record created from the pickers has. */
      for (guint n = 2;
           is_pending (self, id) || ts_dataset_lookup (self->dataset, id) != NULL;
           n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%u", base, n);
        }
      ts_record_set_id (record, id);
    }

  if (!ts_record_validate (record, &error))
    {
      show_refusal (self, error);
      return FALSE;
    }

  if (self->parent != NULL)
    return self->original == NULL ? save_nested (self, record) : TRUE;

  /* Live updates brought someone else's change of the record into the
   * dataset since the form was filled: saving would go over it. */
  store = ts_store_get_for_dataset (self->dataset);
  if (self->original != NULL && store != NULL
      && !ts_store_check_version (store, ts_record_get_id (record), self->version, &error))
    {
      show_refusal (self, error);
      show_conflict (self, record);
      return FALSE;
    }

  /* A record removed meanwhile is not brought back (the dataset says so),
   * unless the analyst chose to overwrite its deletion (version 0). */
  if (self->original != NULL && ts_dataset_lookup (self->dataset, ts_record_get_id (record)) == NULL
      && (store == NULL || self->version != 0))
    {
      ts_dataset_update (self->dataset, record, &error);
      show_refusal (self, error);
      return FALSE;
    }

  /* The records created from the pickers, then the record: one change. */
  saved = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pending)); i++)
    g_ptr_array_add (saved, g_list_model_get_item (G_LIST_MODEL (self->pending), i));
  if (self->original == NULL || !ts_record_equal (record, self->original))
    g_ptr_array_add (saved, g_object_ref (record));
  ok = ts_dataset_save (self->dataset, saved, &error);

  if (!ok)
    {
      show_refusal (self, error);
      /* Someone else changed the record since the form was filled. */
      if (self->original != NULL
          && g_error_matches (error, TS_STORE_ERROR, TS_STORE_ERROR_CONFLICT))
        show_conflict (self, record);
      return FALSE;
    }

  /* From now on the form edits the saved record: saving again changes it,
   * it never adds a second one. */
  if (self->original == NULL)
    {
      /* Translators: the title of the editor of a record: "Edit Meeting" */
      g_autofree char *title = g_strdup_printf (_("Edit %s"),
                                                ts_record_type_get_label (self->type));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  if (self->original == NULL || !ts_record_equal (record, self->original))
    g_set_object (&self->original, record);
  g_list_store_remove_all (self->pending);
  remember_clean_state (self);
  remember_version (self);
  ts_banner_set_revealed (self->live_banner, FALSE);

  g_signal_emit (self, signals[SAVED], 0, ts_record_get_id (record));
  return TRUE;
}

gboolean
ts_record_editor_has_changes (TsRecordEditor *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (TS_IS_RECORD_EDITOR (self), FALSE);

  state = dup_form_state (self);
  return g_strcmp0 (state, self->clean_state) != 0;
}
