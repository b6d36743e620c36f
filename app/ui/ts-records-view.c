/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-records-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-records-view.h"
#include "ts-accessible.h"
#include "ts-filter-popover.h"
#include "ts-record-columns.h"

struct _TsRecordsView
{
  GtkWidget parent_instance;

  GtkListBox *sidebar;
  GtkWidget *content_box;
  GtkMenuButton *filter_button;
  GtkLabel *count_label;
  GtkMenuButton *columns_button;
  GtkStack *content_stack;
  GtkStack *list_stack;
  AdwStatusPage *empty_page;
  GtkButton *clear_button;
  /* The window's, shared with the other pages. */
  TsDetailPane *detail_pane;
  TsFilterPopover *filter_popover;

  /* Made when first shown or asked for (get_list ()): the first frame
   * pays for the shown list only. */
  TsRecordList *lists[TS_N_RECORD_TYPES];
  GtkListBoxRow *rows[TS_N_RECORD_TYPES];
  GtkLabel *count_labels[TS_N_RECORD_TYPES];

  TsDataset *dataset;
  TsQuery *query;
  TsMatches *matches;
  TsRecordType type;

  /* While the view selects a row itself, the selection is not the user's. */
  gboolean navigating;
  /* Behind another page of the window, the counts and the "shown" line
   * wait until the page shows (ts_records_view_map()). */
  gboolean counts_stale;
};

G_DEFINE_FINAL_TYPE (TsRecordsView, ts_records_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NAVIGATING,
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In a window on screen, behind another of its pages: a search typed
 * on the Map or the Timeline costs this page nothing until it shows (the
 * labels it would set make GTK measure it again, hidden as it is: the
 * window's view stack measures every page). Outside a window on screen
 * it follows at once, as before. */
static gboolean
is_hidden_page (TsRecordsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return !gtk_widget_get_mapped (GTK_WIDGET (self))
         && root != NULL && gtk_widget_get_mapped (GTK_WIDGET (root));
}

/* The matches change for many reasons besides the counts, and a label
 * given its own text again is measured and drawn again. Returns whether
 * the text changed. */
static gboolean
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) == 0)
    return FALSE;
  gtk_label_set_label (label, text);
  return TRUE;
}

static guint
get_n_matches (TsRecordsView *self,
               TsRecordType   type)
{
  return self->matches != NULL ? ts_matches_get_n_matches (self->matches, type) : 0;
}

static void
update_count (TsRecordsView *self,
              TsRecordType   type)
{
  guint n = get_n_matches (self, type);
  /* Grouped as the locale groups thousands: "12 345" in Russian. */
  g_autofree char *count = g_strdup_printf ("%'u", n);
  g_autofree char *accessible = NULL;

  if (!set_label (self->count_labels[type], count))
    return;
  /* Translators: a sidebar row read by a screen reader: "Meetings, 12" */
  accessible = g_strdup_printf (_("%s, %u"), ts_record_type_get_plural (type), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows[type]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
update_content (TsRecordsView *self)
{
  guint n_matches = get_n_matches (self, self->type);
  const char *plural = ts_record_type_get_plural (self->type);
  g_autofree char *count = NULL;
  gboolean filtered = self->query != NULL && !ts_query_is_empty (self->query);

  if (is_hidden_page (self))
    {
      self->counts_stale = TRUE;
      return;
    }

  /* Translators: the number of records listed: "12 shown" */
  count = g_strdup_printf (ngettext ("%u shown", "%u shown", n_matches), n_matches);
  set_label (self->count_label, count);

  if (n_matches > 0 || self->dataset == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }

  if (filtered)
    {
      g_autofree char *title = NULL;

      /* Translators: %s is a record type in the plural, "Meetings" */
      title = g_strdup_printf (_("No %s Match"), plural);
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, title);
      adw_status_page_set_description (self->empty_page,
                                       _("Try other words, or clear the search and filters."));
      gtk_widget_set_visible (GTK_WIDGET (self->clear_button), TRUE);
    }
  else
    {
      g_autofree char *title = NULL;

      /* Translators: %s is a record type in the plural, "Meetings" */
      title = g_strdup_printf (_("No %s Yet"), plural);
      adw_status_page_set_icon_name (self->empty_page, ts_record_type_get_icon_name (self->type));
      adw_status_page_set_title (self->empty_page, title);
      adw_status_page_set_description (self->empty_page,
                                       _("Add one with New (Ctrl+N), or import a dataset."));
      gtk_widget_set_visible (GTK_WIDGET (self->clear_button), FALSE);
    }

  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
show_in_detail (TsRecordsView *self,
                TsRecord      *record)
{
  if (self->detail_pane == NULL || record == ts_detail_pane_get_record (self->detail_pane))
    return;

  ts_detail_pane_set_record (self->detail_pane, record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

static void
on_query_changed (TsQuery       *query,
                  TsRecordsView *self)
{
  update_content (self);
}

/* The sidebar's counts and the "shown" line, from the matches: every
 * type is counted whether its list has been made or not. */
static void
update_counts (TsRecordsView *self)
{
  if (is_hidden_page (self))
    {
      self->counts_stale = TRUE;
      return;
    }
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    update_count (self, type);
  update_content (self);
}

static void
on_matches_changed (TsMatches     *matches,
                    GArray        *slot_changes,
                    TsRecordsView *self)
{
  update_counts (self);
}

static void
on_list_selected_record (TsRecordList  *list,
                         GParamSpec    *pspec,
                         TsRecordsView *self)
{
  TsRecord *record = ts_record_list_get_selected (list);

  if (self->navigating || ts_record_list_get_record_type (list) != self->type)
    return;

  /* Filtering away the selected row leaves the detail on it. */
  if (record != NULL)
    show_in_detail (self, record);
}

static void
on_list_activate_record (TsRecordList  *list,
                         TsRecord      *record,
                         TsRecordsView *self)
{
  show_in_detail (self, record);
  g_signal_emit (self, signals[RECORD_ACTIVATED], 0, ts_record_get_id (record));
}

/* The list of @type's records, made the first time it is needed: at
 * start-up only the shown type's list is built (the eight others cost
 * the main thread 50 M instructions before the first frame). */
static TsRecordList *
get_list (TsRecordsView *self,
          TsRecordType   type)
{
  TsRecordList *list = self->lists[type];

  if (list != NULL)
    return list;

  list = self->lists[type] = ts_record_list_new (type);
  gtk_stack_add_named (self->list_stack, GTK_WIDGET (list), ts_record_type_to_string (type));
  g_signal_connect (list, "notify::selected-record", G_CALLBACK (on_list_selected_record), self);
  g_signal_connect (list, "activate-record", G_CALLBACK (on_list_activate_record), self);
  if (self->matches != NULL)
    ts_record_list_set_matches (list, self->matches);

  return list;
}

static void
show_record (TsRecordsView *self,
             TsRecord      *record)
{
  TsRecordType type = ts_record_get_record_type (record);

  self->navigating = TRUE;
  ts_records_view_set_record_type (self, type);
  ts_record_list_select (get_list (self, type), ts_record_get_id (record));
  self->navigating = FALSE;

  show_in_detail (self, record);
}

static void
on_dataset_changed (TsDataset     *dataset,
                    GPtrArray     *changes,
                    TsRecordsView *self)
{
  TsRecord *shown = ts_records_view_get_record (self);
  TsRecord *current;

  if (shown == NULL)
    {
      update_content (self);
      return;
    }

  /* The shown record may have been replaced by an edit, or removed; the
   * records it links to may have changed either way. */
  current = ts_dataset_lookup (dataset, ts_record_get_id (shown));
  if (current == NULL)
    {
      ts_detail_pane_set_record (self->detail_pane, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }
  else
    {
      self->navigating = TRUE;
      if (ts_record_list_get_selected (get_list (self, self->type)) != current)
        ts_record_list_select (get_list (self, ts_record_get_record_type (current)),
                               ts_record_get_id (current));
      self->navigating = FALSE;
      ts_detail_pane_set_record (self->detail_pane, current);
      if (current != shown)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }

  update_content (self);
}

/* GTK builds a menu button's popover (its widgets for every item) as soon
 * as the button is given a menu model: the Columns button is given the
 * shown list's menu only when it is opened, not at start-up (3.3 M
 * instructions before the first frame) and at every change of type. */
static void
create_columns_popup (GtkMenuButton *button,
                      gpointer       user_data)
{
  TsRecordsView *self = TS_RECORDS_VIEW (user_data);

  gtk_menu_button_set_menu_model (button, ts_record_list_get_column_menu (get_list (self, self->type)));
}

static void
on_sidebar_row_selected (GtkListBox    *sidebar,
                         GtkListBoxRow *row,
                         TsRecordsView *self)
{
  TsRecordType type;
  TsRecordList *list;

  if (row == NULL)
    return;

  type = gtk_list_box_row_get_index (row);
  list = get_list (self, type);
  self->type = type;
  gtk_stack_set_visible_child (self->list_stack, GTK_WIDGET (list));
  /* The list's menu comes when the button is opened (create_columns_popup ()). */
  gtk_menu_button_set_menu_model (self->columns_button, NULL);
  gtk_widget_insert_action_group (GTK_WIDGET (self->columns_button), "columns",
                                  ts_record_list_get_column_actions (list));
  ts_filter_popover_set_record_type (self->filter_popover, type);

  if (!self->navigating)
    show_in_detail (self, ts_record_list_get_selected (list));

  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_TYPE]);
}

static void
build_sidebar (TsRecordsView *self)
{
  for (TsRecordType type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name (ts_record_type_get_icon_name (type));
      GtkWidget *label = gtk_label_new (ts_record_type_get_plural (type));
      /* Given its text, and its accessible label, by update_count (). */
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Wide enough for "99 999", so that a count changing as a search is
       * typed does not resize the sidebar, and the lists with it. */
      gtk_label_set_width_chars (GTK_LABEL (count), 5);
      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_add_css_class (count, "record-count");
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), count);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_widget_set_name (row, ts_record_type_to_string (type));
      gtk_list_box_append (self->sidebar, row);

      self->rows[type] = GTK_LIST_BOX_ROW (row);
      self->count_labels[type] = GTK_LABEL (count);
      update_count (self, type);
    }
}

static void
ts_records_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsRecordsView *self = TS_RECORDS_VIEW (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_RECORD:
      g_value_set_object (value, ts_records_view_get_record (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Stops hearing the query, the dataset and the matches, which outlive the
 * view (the window, the map, the timeline and the detail pane hold them
 * too). */
static void
disconnect_sources (TsRecordsView *self)
{
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
}

static void
ts_records_view_dispose (GObject *object)
{
  TsRecordsView *self = TS_RECORDS_VIEW (object);
  GtkWidget *child;

  disconnect_sources (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORDS_VIEW);
  /* The template's root has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  memset (self->lists, 0, sizeof self->lists);

  g_clear_object (&self->matches);
  g_clear_object (&self->query);
  g_clear_object (&self->dataset);
  g_clear_object (&self->detail_pane);

  G_OBJECT_CLASS (ts_records_view_parent_class)->dispose (object);
}

/* Shown again: the counts catch up once, with what the search found
 * meanwhile (the lists catch up as they map, ts_record_list_map()). */
static void
ts_records_view_map (GtkWidget *widget)
{
  TsRecordsView *self = TS_RECORDS_VIEW (widget);

  GTK_WIDGET_CLASS (ts_records_view_parent_class)->map (widget);
  if (self->counts_stale)
    {
      self->counts_stale = FALSE;
      update_counts (self);
    }
}

static void
ts_records_view_class_init (TsRecordsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_records_view_get_property;
  object_class->dispose = ts_records_view_dispose;
  widget_class->map = ts_records_view_map;

  properties[PROP_RECORD_TYPE] =
    g_param_spec_int ("record-type", NULL, NULL,
                      0, TS_N_RECORD_TYPES - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         TS_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsRecordsView::navigating:
   *
   * Another record is about to be shown as a step in the history
   * (ts_records_view_navigate_to()): the window records where it was.
   */
  signals[NAVIGATING] =
    g_signal_new ("navigating", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * TsRecordsView::record-activated:
   * @id: the record's id
   *
   * A row was activated (Enter, double click): its record is shown and the
   * user wants to read it.
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-records-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, content_box);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, columns_button);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TsRecordsView, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ts_records_view_init (TsRecordsView *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  ts_accessible_name_mnemonic_button (self->clear_button);

  gtk_menu_button_set_create_popup_func (self->columns_button, create_columns_popup, self, NULL);

  self->filter_popover = ts_filter_popover_new ();
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filter_popover));

  /* Delete acts on the list (and the window's detail pane) only, never on
   * text being typed elsewhere. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-record")));
  gtk_widget_add_controller (self->content_box, controller);

  build_sidebar (self);
  gtk_list_box_select_row (self->sidebar, self->rows[0]);
}

TsRecordsView *
ts_records_view_new (void)
{
  return g_object_new (TS_TYPE_RECORDS_VIEW, NULL);
}

void
ts_records_view_set_dataset (TsRecordsView *self,
                             TsDataset     *dataset,
                             TsQuery       *query)
{
  g_return_if_fail (TS_IS_RECORDS_VIEW (self));
  g_return_if_fail (dataset == NULL || TS_IS_DATASET (dataset));
  g_return_if_fail (query == NULL || TS_IS_QUERY (query));

  disconnect_sources (self);

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->query, query);

  /* The matches and lists connect first, so they have refiltered when the
   * view hears of a change. */
  g_clear_object (&self->matches);
  if (dataset != NULL)
    {
      g_autoptr(TsQuery) everything = query == NULL ? ts_query_new () : NULL;

      self->matches = ts_matches_new (dataset, query != NULL ? query : everything);
    }
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    if (self->lists[type] != NULL)
      ts_record_list_set_matches (self->lists[type], self->matches);
  if (self->matches != NULL)
    g_signal_connect (self->matches, "changed", G_CALLBACK (on_matches_changed), self);
  if (self->detail_pane != NULL)
    {
      ts_detail_pane_set_dataset (self->detail_pane, dataset);
      ts_detail_pane_set_matches (self->detail_pane, self->matches);
    }
  ts_filter_popover_set_dataset (self->filter_popover, dataset, query);

  if (query != NULL)
    g_signal_connect (query, "changed", G_CALLBACK (on_query_changed), self);
  if (dataset != NULL)
    g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);

  update_counts (self);
}

TsMatches *
ts_records_view_get_matches (TsRecordsView *self)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), NULL);

  return self->matches;
}

TsRecordType
ts_records_view_get_record_type (TsRecordsView *self)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), 0);

  return self->type;
}

void
ts_records_view_set_record_type (TsRecordsView *self,
                                 TsRecordType   type)
{
  g_return_if_fail (TS_IS_RECORDS_VIEW (self));
  g_return_if_fail (type < TS_N_RECORD_TYPES);

  gtk_list_box_select_row (self->sidebar, self->rows[type]);
}

TsRecordList *
ts_records_view_get_list (TsRecordsView *self,
                          TsRecordType   type)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), NULL);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  return get_list (self, type);
}

TsDetailPane *
ts_records_view_get_detail_pane (TsRecordsView *self)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), NULL);

  return self->detail_pane;
}

void
ts_records_view_set_detail_pane (TsRecordsView *self,
                                 TsDetailPane  *pane)
{
  g_return_if_fail (TS_IS_RECORDS_VIEW (self));
  g_return_if_fail (pane == NULL || TS_IS_DETAIL_PANE (pane));

  if (!g_set_object (&self->detail_pane, pane))
    return;

  if (pane != NULL)
    {
      ts_detail_pane_set_dataset (pane, self->dataset);
      ts_detail_pane_set_matches (pane, self->matches);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

TsRecord *
ts_records_view_get_record (TsRecordsView *self)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), NULL);

  return self->detail_pane != NULL ? ts_detail_pane_get_record (self->detail_pane) : NULL;
}

GPtrArray *
ts_records_view_get_selected_records (TsRecordsView *self)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), NULL);

  return ts_record_list_get_selected_records (get_list (self, self->type));
}

gboolean
ts_records_view_navigate_to (TsRecordsView *self,
                             const char    *id)
{
  TsRecord *record;
  TsRecord *shown;

  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  record = self->dataset != NULL ? ts_dataset_lookup (self->dataset, id) : NULL;
  if (record == NULL)
    return FALSE;

  shown = ts_records_view_get_record (self);
  if (shown == record)
    return TRUE;

  g_signal_emit (self, signals[NAVIGATING], 0);
  show_record (self, record);
  return TRUE;
}

gboolean
ts_records_view_show_record (TsRecordsView *self,
                             const char    *id)
{
  TsRecord *record;

  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  record = self->dataset != NULL ? ts_dataset_lookup (self->dataset, id) : NULL;
  if (record == NULL)
    return FALSE;

  show_record (self, record);
  return TRUE;
}

guint
ts_records_view_get_count (TsRecordsView *self,
                           TsRecordType   type)
{
  g_return_val_if_fail (TS_IS_RECORDS_VIEW (self), 0);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, 0);

  return (guint) g_ascii_strtoull (gtk_label_get_label (self->count_labels[type]), NULL, 10);
}

void
ts_records_view_focus_list (TsRecordsView *self)
{
  g_return_if_fail (TS_IS_RECORDS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (ts_record_list_get_column_view (get_list (self, self->type))));
}

void
ts_records_view_popup_filters (TsRecordsView *self)
{
  g_return_if_fail (TS_IS_RECORDS_VIEW (self));

  gtk_menu_button_popup (self->filter_button);
}
