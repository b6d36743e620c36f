/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-record-picker.h"
#include "ts-query.h"
#include "ts-record-columns.h"
#include "ts-record-editor.h"

/* The types a picker offers to create from inside the editor: the people,
 * organizations and places behind the records, and the sources they cite. */
#define CREATABLE_TYPES (TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PERSON) \
                         | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION) \
                         | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_PLACE) \
                         | TS_RECORD_TYPE_BIT (TS_RECORD_TYPE_SOURCE))

/* How wide names may be before they are ellipsized, in characters: a long
 * headline must not widen the form. */
#define BUTTON_CHARS 24
#define CHOICE_CHARS 44

struct _TsCandidates
{
  TsDataset *dataset;
  guint types;
  /* "None" (a plain GObject), then the records, sorted by name. */
  GListStore *store;
  GObject *none;
  GListModel *pending;
  gulong pending_handler;
};

struct _TsRecordPicker
{
  GtkWidget parent_instance;

  GtkWidget *button;
  GtkWidget *label;
  GtkWidget *popover;
  GtkWidget *search_entry;
  GtkWidget *list_view;
  GtkWidget *new_box;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;

  TsCandidates *candidates;
  char *id;
  char **words;   /* folded, as the main search's */
  char *accessible_label;  /* the field's name: "Place" */
};

G_DEFINE_FINAL_TYPE (TsRecordPicker, ts_record_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Candidates */

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  gboolean a_is_record = TS_IS_RECORD ((gpointer) a);
  gboolean b_is_record = TS_IS_RECORD ((gpointer) b);

  if (!a_is_record || !b_is_record)
    return a_is_record - b_is_record;
  return g_utf8_collate (ts_record_get_display_name ((TsRecord *) a),
                         ts_record_get_display_name ((TsRecord *) b));
}

static int
compare_candidate_pointers (gconstpointer a,
                            gconstpointer b)
{
  return compare_candidates (*(gconstpointer const *) a, *(gconstpointer const *) b, NULL);
}

static gboolean
is_candidate (TsCandidates *self,
              TsRecord     *record)
{
  return (self->types & TS_RECORD_TYPE_BIT (ts_record_get_record_type (record))) != 0;
}

static void
on_pending_items_changed (GListModel   *pending,
                          guint         position,
                          guint         removed,
                          guint         added,
                          TsCandidates *self)
{
  /* Records only join the pending list until the editor saves them into
   * the dataset, where they stay choices; removals change nothing. */
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (pending, i);

      if (is_candidate (self, record) && ts_candidates_lookup (self, ts_record_get_id (record)) == NULL)
        g_list_store_insert_sorted (self->store, record, compare_candidates, NULL);
    }
}

static void
clear_candidates (TsCandidates *self)
{
  g_clear_signal_handler (&self->pending_handler, self->pending);
  g_clear_object (&self->pending);
  g_clear_object (&self->store);
  g_clear_object (&self->none);
  g_clear_object (&self->dataset);
}

TsCandidates *
ts_candidates_new (TsDataset  *dataset,
                   GListModel *pending,
                   guint       types)
{
  TsCandidates *self;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (pending == NULL || G_IS_LIST_MODEL (pending), NULL);

  self = g_rc_box_new0 (TsCandidates);
  self->dataset = g_object_ref (dataset);
  self->types = types;
  self->none = g_object_new (G_TYPE_OBJECT, NULL);
  g_ptr_array_add (records, g_object_ref (self->none));

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *list;

      if ((types & TS_RECORD_TYPE_BIT (type)) == 0)
        continue;

      list = ts_dataset_get_records (dataset, type);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
    }
  for (guint i = 0; pending != NULL && i < g_list_model_get_n_items (pending); i++)
    {
      TsRecord *record = g_list_model_get_item (pending, i);

      if (is_candidate (self, record))
        g_ptr_array_add (records, record);
      else
        g_object_unref (record);
    }
  g_ptr_array_sort (records, compare_candidate_pointers);

  self->store = g_list_store_new (G_TYPE_OBJECT);
  g_list_store_splice (self->store, 0, 0, records->pdata, records->len);

  if (pending != NULL)
    {
      self->pending = g_object_ref (pending);
      self->pending_handler = g_signal_connect (pending, "items-changed",
                                                G_CALLBACK (on_pending_items_changed), self);
    }

  return self;
}

TsCandidates *
ts_candidates_ref (TsCandidates *self)
{
  return g_rc_box_acquire (self);
}

void
ts_candidates_unref (TsCandidates *self)
{
  g_rc_box_release_full (self, (GDestroyNotify) clear_candidates);
}

TsRecord *
ts_candidates_lookup (TsCandidates *self,
                      const char   *id)
{
  TsRecord *record;
  GListModel *store = G_LIST_MODEL (self->store);

  if (id == NULL)
    return NULL;

  record = ts_dataset_lookup (self->dataset, id);
  if (record != NULL)
    return is_candidate (self, record) ? record : NULL;

  /* One the editor has yet to add. */
  for (guint i = 0; i < g_list_model_get_n_items (store); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (store, i);

      if (TS_IS_RECORD (item) && g_strcmp0 (ts_record_get_id (TS_RECORD (item)), id) == 0)
        return TS_RECORD (item);
    }

  return NULL;
}

/* The picker */

static void
show_choice (TsRecordPicker *self)
{
  TsRecord *record = ts_candidates_lookup (self->candidates, self->id);
  const char *name = record != NULL ? ts_record_get_display_name (record)
                                    : C_("record link", "None");

  gtk_label_set_label (GTK_LABEL (self->label), name);
  /* The whole name, where the button ellipsizes it; assistive technologies
   * read it after the field's name, which labels the button. */
  gtk_widget_set_tooltip_text (self->button, record != NULL ? name : NULL);
  if (self->accessible_label != NULL)
    {
      /* Translators: a record picker read aloud by a screen reader: the
       * field's name and the record chosen, "Place: Bishkek" */
      g_autofree char *spoken = g_strdup_printf (_("%s: %s"), self->accessible_label, name);

      /* Read as the other drop-downs are: by label and value. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                      -1);
    }
}

static void
choose_item (TsRecordPicker *self,
             GObject        *item)
{
  ts_record_picker_set_id (self, TS_IS_RECORD (item) ? ts_record_get_id (TS_RECORD (item)) : NULL);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static gboolean
filter_candidate (gpointer item,
                  gpointer user_data)
{
  TsRecordPicker *self = user_data;
  const char *text;

  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;
  /* "None" is no name. */
  if (!TS_IS_RECORD (item))
    return FALSE;

  text = ts_dataset_get_name_text (self->candidates->dataset, item);
  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (strstr (text, self->words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
on_search_changed (GtkSearchEntry *entry,
                   TsRecordPicker *self)
{
  g_autoptr(TsQuery) query = ts_query_new ();

  /* The main search's words: the same splitting and folding. */
  ts_query_set_text (query, gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_strfreev (self->words);
  self->words = g_strdupv ((char **) ts_query_get_words (query));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter in the search entry chooses the first record found. */
static void
on_search_activate (GtkSearchEntry *entry,
                    TsRecordPicker *self)
{
  g_autoptr(GObject) first = NULL;

  on_search_changed (entry, self);
  first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  if (first != NULL)
    choose_item (self, first);
}

static void
on_list_activate (GtkListView    *list_view,
                  guint           position,
                  TsRecordPicker *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (item != NULL)
    choose_item (self, item);
}

static void
on_popover_show (GtkPopover     *popover,
                 TsRecordPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (GTK_SEARCH_ENTRY (self->search_entry), self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
on_created (TsRecordEditor *editor,
            const char     *id,
            TsRecordPicker *self)
{
  ts_record_picker_set_id (self, id);
  g_signal_emit (self, signals[CREATED], 0, id);
}

static void
on_new_clicked (GtkButton      *button,
                TsRecordPicker *self)
{
  TsRecordType type = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ts-type"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  TsRecordEditor *editor;

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (!TS_IS_RECORD_EDITOR (root))
    return;

  /* What the analyst searched for and did not find is the new record's
   * name, most often. */
  editor = ts_record_editor_new_nested (TS_RECORD_EDITOR (root), type, title);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_created), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_setup_choice (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), CHOICE_CHARS);
      gtk_label_set_width_chars (GTK_LABEL (label), CHOICE_CHARS / 2);
    }
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
on_bind_choice (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                TsRecordPicker           *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *description = NULL;
  const char *name;

  if (TS_IS_RECORD (item))
    {
      name = ts_record_get_display_name (TS_RECORD (item));
      description = ts_record_columns_describe (self->candidates->dataset, TS_RECORD (item));
    }
  else
    {
      name = C_("record link", "None");
    }

  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (subtitle), description);
  gtk_widget_set_visible (subtitle, description != NULL && *description != '\0');
  gtk_widget_set_tooltip_text (box, TS_IS_RECORD (item) ? name : NULL);
}

static void
add_new_buttons (TsRecordPicker *self)
{
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GtkWidget *button;
      g_autofree char *label = NULL;
      g_autofree char *name = NULL;

      if ((self->candidates->types & CREATABLE_TYPES & TS_RECORD_TYPE_BIT (type)) == 0)
        continue;

      /* Translators: a button that creates a record of a type: "New Place…" */
      label = g_strdup_printf (_("New %s…"), ts_record_type_get_label (type));
      button = gtk_button_new_with_label (label);
      name = g_strconcat ("new-", ts_record_type_to_string (type), NULL);
      gtk_widget_set_name (button, name);
      gtk_widget_add_css_class (button, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0.0);
      g_object_set_data (G_OBJECT (button), "ts-type", GUINT_TO_POINTER (type));
      g_signal_connect (button, "clicked", G_CALLBACK (on_new_clicked), self);
      gtk_box_append (GTK_BOX (self->new_box), button);
    }
}

static gboolean
has_new_buttons (TsRecordPicker *self)
{
  return (self->candidates->types & CREATABLE_TYPES) != 0;
}

static void
build_popover (TsRecordPicker *self,
               const char     *accessible_label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;
  g_autofree char *search_label = NULL;
  g_autofree char *list_label = NULL;

  self->search_entry = gtk_search_entry_new ();
  gtk_widget_set_name (self->search_entry, "picker-search");
  /* Translators: %s names the field a record is chosen for, "Place" */
  search_label = g_strdup_printf (_("Search for %s"), accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, search_label,
                                  -1);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  gtk_box_append (GTK_BOX (box), self->search_entry);

  self->filter = gtk_custom_filter_new (filter_candidate, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->candidates->store)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_choice), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  gtk_widget_set_name (self->list_view, "picker-choices");
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  /* Translators: %s names the field a record is chosen for, "Place" */
  list_label = g_strdup_printf (_("Choices for %s"), accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label,
                                  -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->new_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->new_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  add_new_buttons (self);
  gtk_box_append (GTK_BOX (box), self->new_box);
  gtk_widget_set_visible (self->new_box, has_new_buttons (self));

  self->popover = gtk_popover_new ();
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect (self->popover, "show", G_CALLBACK (on_popover_show), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);
}

static void
ts_record_picker_root (GtkWidget *widget)
{
  TsRecordPicker *self = TS_RECORD_PICKER (widget);

  GTK_WIDGET_CLASS (ts_record_picker_parent_class)->root (widget);

  /* Only an editor adds a new record with the one it edits. */
  if (self->new_box != NULL)
    gtk_widget_set_visible (self->new_box,
                            TS_IS_RECORD_EDITOR (gtk_widget_get_root (widget))
                            && has_new_buttons (self));
}

static gboolean
ts_record_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (TS_RECORD_PICKER (widget)->button);
}

/* An action row activates its picker: the choices open. */
static gboolean
ts_record_picker_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  TsRecordPicker *self = TS_RECORD_PICKER (widget);

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
  return TRUE;
}

static void
ts_record_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TsRecordPicker *self = TS_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_record_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TsRecordPicker *self = TS_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      ts_record_picker_set_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_record_picker_dispose (GObject *object)
{
  TsRecordPicker *self = TS_RECORD_PICKER (object);

  /* The entry may still tell of a search after a pause, and outlive us. */
  if (self->search_entry != NULL)
    g_signal_handlers_disconnect_by_data (self->search_entry, self);
  self->search_entry = NULL;
  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->candidates, ts_candidates_unref);

  G_OBJECT_CLASS (ts_record_picker_parent_class)->dispose (object);
}

static void
ts_record_picker_finalize (GObject *object)
{
  TsRecordPicker *self = TS_RECORD_PICKER (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (ts_record_picker_parent_class)->finalize (object);
}

static void
ts_record_picker_class_init (TsRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_record_picker_get_property;
  object_class->set_property = ts_record_picker_set_property;
  object_class->dispose = ts_record_picker_dispose;
  object_class->finalize = ts_record_picker_finalize;
  widget_class->root = ts_record_picker_root;
  widget_class->grab_focus = ts_record_picker_grab_focus;
  widget_class->mnemonic_activate = ts_record_picker_mnemonic_activate;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A record was created from the picker ("New Place…") and chosen; its
   * id. It is added to the dataset when the editor saves. */
  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordpicker");
}

static void
ts_record_picker_init (TsRecordPicker *self)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  /* A value, as a dropdown shows it: not a button's bold label. */
  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
  self->label = gtk_label_new (NULL);
  gtk_label_set_attributes (GTK_LABEL (self->label), attributes);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->label), BUTTON_CHARS);
  gtk_widget_set_hexpand (self->label, TRUE);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), self->label);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->button), TRUE);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
ts_record_picker_new (TsCandidates *candidates,
                      const char   *accessible_label)
{
  TsRecordPicker *self;

  g_return_val_if_fail (candidates != NULL, NULL);
  g_return_val_if_fail (accessible_label != NULL, NULL);

  self = g_object_new (TS_TYPE_RECORD_PICKER, NULL);
  self->candidates = ts_candidates_ref (candidates);
  self->accessible_label = g_strdup (accessible_label);
  build_popover (self, accessible_label);
  show_choice (self);

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self), 220, -1);
  return GTK_WIDGET (self);
}

const char *
ts_record_picker_get_id (GtkWidget *picker)
{
  g_return_val_if_fail (TS_IS_RECORD_PICKER (picker), NULL);

  return TS_RECORD_PICKER (picker)->id;
}

void
ts_record_picker_set_id (TsRecordPicker *self,
                         const char     *id)
{
  g_return_if_fail (TS_IS_RECORD_PICKER (self));

  if (ts_candidates_lookup (self->candidates, id) == NULL)
    id = NULL;
  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  show_choice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ts_record_picker_get_title (TsRecordPicker *self)
{
  TsRecord *record;

  g_return_val_if_fail (TS_IS_RECORD_PICKER (self), NULL);

  record = ts_candidates_lookup (self->candidates, self->id);
  return record != NULL ? ts_record_get_display_name (record) : NULL;
}
