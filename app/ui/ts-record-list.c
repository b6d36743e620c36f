/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-list"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-record-list.h"
#include "ts-record-list-private.h"
#include "ts-accessible.h"
#include "ts-list-cell.h"
#include "ts-match-list.h"
#include "ts-record-columns.h"

#define SAVE_LAYOUT_DELAY_MS  500

G_DEFINE_FINAL_TYPE (TsRecordList, ts_record_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_SELECTED_RECORD,
  N_PROPS
};

enum {
  ACTIVATE_RECORD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_ts_record_list_notify_selected (TsRecordList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RECORD]);
}

typedef struct
{
  TsRecordList *self;
  const TsColumn *info;
  /* The column's cells (TsListCell), made as rows are, and whether the
   * analyst has set its width by dragging its edge. */
  GHashTable *cells;
  gboolean sized;
} Column;

static void
column_free (gpointer data,
             GClosure *closure)
{
  Column *column = data;

  g_hash_table_unref (column->cells);
  g_free (column);
}

static void apply_sort (TsRecordList *self);

static char *
dup_column_text (TsRecord *record,
                 Column   *column)
{
  TsColumnContext context;

  if (record == NULL)
    return NULL;

  ts_column_context_init_for_dataset (&context, column->self->dataset);
  return ts_column_dup_text (column->info, &context, record);
}

static TsRecord *
get_row_record (gpointer row)
{
  return row != NULL ? TS_RECORD (ts_row_get_item (TS_ROW (row))) : NULL;
}

/* A screen reader reads the row as its record read aloud, the cell by its
 * text. The row's name changes with its record, or when a record it names
 * is renamed (a linked column's cell is bound again then). */
static void
label_row (GtkWidget  *cell,
           const char *text,
           TsRecord   *record,
           Column     *column)
{
  GtkWidget *row = gtk_widget_get_parent (cell);
  TsColumnContext context;
  g_autofree char *aloud = NULL;

  row = row != NULL ? gtk_widget_get_parent (row) : NULL;
  if (row != NULL && record == g_object_get_data (G_OBJECT (row), "ts-aloud-record")
      && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ts-aloud-stamp"))
         == column->self->aloud_stamp)
    {
      ts_accessible_label_list_item (cell, NULL, text);
      return;
    }

  if (row != NULL && record != NULL)
    g_object_set_data_full (G_OBJECT (row), "ts-aloud-record", g_object_ref (record),
                            g_object_unref);
  else if (row != NULL)
    g_object_set_data (G_OBJECT (row), "ts-aloud-record", NULL);
  if (row != NULL)
    g_object_set_data (G_OBJECT (row), "ts-aloud-stamp",
                       GUINT_TO_POINTER (column->self->aloud_stamp));
  if (record != NULL && column->self->dataset != NULL)
    {
      ts_column_context_init_for_dataset (&context, column->self->dataset);
      aloud = ts_record_describe_aloud (record, &context);
    }
  ts_accessible_label_list_item (cell, aloud, text);
}

static void
bind_cell (GtkListItem *list_item,
           Column      *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  TsRecord *record = get_row_record (gtk_list_item_get_item (list_item));
  g_autofree char *text = dup_column_text (record, column);

  ts_list_cell_set_text (TS_LIST_CELL (cell), text);
  label_row (cell, text, record, column);
}

static void
save_layout (TsRecordList *self)
{
  _ts_record_list_save_layout (self->settings, self->column_view,
                               ts_record_type_to_string (self->type));
}

static void
restore_layout (TsRecordList *self)
{
  self->restoring_layout = TRUE;
  _ts_record_list_restore_layout (self->settings, self->column_view,
                                  ts_record_type_to_string (self->type));
  self->restoring_layout = FALSE;
}

static gboolean
on_save_layout_timeout (gpointer user_data)
{
  TsRecordList *self = TS_RECORD_LIST (user_data);

  self->save_layout_source = 0;
  save_layout (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save_layout (TsRecordList *self)
{
  if (self->restoring_layout)
    return;

  /* Dragging a column's edge changes its width many times a second. */
  g_clear_handle_id (&self->save_layout_source, g_source_remove);
  self->save_layout_source = g_timeout_add (SAVE_LAYOUT_DELAY_MS, on_save_layout_timeout, self);
}

static void
on_column_layout_notify (GtkColumnViewColumn *column,
                         GParamSpec          *pspec,
                         TsRecordList        *self)
{
  schedule_save_layout (self);
}

/* A column dragged to another place. */
static void
on_columns_items_changed (GListModel   *columns,
                          guint         position,
                          guint         removed,
                          guint         added,
                          TsRecordList *self)
{
  schedule_save_layout (self);
}

/* A linked record may have been renamed (or added, or removed): the cells
 * naming it show the new title at once, not once they scroll away and
 * back. The records of the list's own type rebind through the model. */
static void
refresh_linked_cells (TsRecordList *self,
                      GPtrArray    *changes)
{
  GHashTableIter iter;
  gpointer list_item, column;
  gboolean others_changed = FALSE;

  for (guint i = 0; i < changes->len && !others_changed; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      TsRecord *record = change->new_record != NULL ? change->new_record : change->old_record;

      others_changed = ts_record_get_record_type (record) != self->type
                       || (change->old_record != NULL && change->new_record != NULL
                           && g_strcmp0 (ts_record_get_display_name (change->old_record),
                                         ts_record_get_display_name (change->new_record)) != 0);
    }
  if (!others_changed)
    return;

  /* Rows are read aloud anew, once each, as their cells bind again. */
  self->aloud_stamp++;
  g_hash_table_iter_init (&iter, self->linked_cells);
  while (g_hash_table_iter_next (&iter, &list_item, &column))
    bind_cell (list_item, column);
}

static void
on_dataset_changed (TsDataset    *dataset,
                    GPtrArray    *changes,
                    TsRecordList *self)
{
  refresh_linked_cells (self, changes);
}

static void
on_column_view_activate (GtkColumnView *column_view,
                         guint          position,
                         TsRecordList  *self)
{
  g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  TsRecord *record = get_row_record (row);

  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATE_RECORD], 0, record);
}

/* A cell cut short shows its whole text in a tooltip. Measured only when
 * the pointer rests on a cell, not as rows are bound. */
static gboolean
on_cell_query_tooltip (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = ts_list_cell_get_text (TS_LIST_CELL (cell));

  if (text == NULL || text[0] == '\0' || !ts_list_cell_is_truncated (TS_LIST_CELL (cell)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The title keeps its width and takes what the window has to spare; the
 * other columns give way first, down to two thirds of their width (a
 * tooltip shows what they cut; a date keeps room for “about September
 * 2025”), and only then does the list scroll sideways. A column whose edge
 * the analyst dragged is as wide as it was made, however narrow. */
static int
get_min_chars (Column *column)
{
  int width = column->info->list_width;

  if (column->sized)
    return MIN (width, 4);
  if (column->info->flags & TS_COLUMN_EXPAND)
    return width;
  if (column->info->kind == TS_COLUMN_DATE)
    return MIN (width, 20);
  return MIN (width, MAX (width * 2 / 3, 8));
}

static void
on_column_fixed_width (GtkColumnViewColumn *view_column,
                       GParamSpec          *pspec,
                       Column              *column)
{
  gboolean sized = gtk_column_view_column_get_fixed_width (view_column) >= 0;
  GHashTableIter iter;
  gpointer cell;

  if (sized == column->sized)
    return;

  column->sized = sized;
  g_hash_table_iter_init (&iter, column->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    ts_list_cell_set_chars (cell, get_min_chars (column), column->info->list_width);
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               Column                   *column)
{
  GtkWidget *cell = ts_list_cell_new ();

  ts_list_cell_set_chars (TS_LIST_CELL (cell), get_min_chars (column), column->info->list_width);
  g_hash_table_add (column->cells, cell);
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  if (column->info->kind != TS_COLUMN_TEXT)
    ts_list_cell_set_numeric (TS_LIST_CELL (cell), TRUE);
  if (g_str_equal (column->info->key, "value"))
    ts_list_cell_set_xalign (TS_LIST_CELL (cell), 1.0);

  gtk_list_item_set_child (list_item, cell);
}

/* The row now shows another record. */
static void
on_row_item_changed (TsRow       *row,
                     GParamSpec  *pspec,
                     GtkListItem *list_item)
{
  bind_cell (list_item, g_object_get_data (G_OBJECT (list_item), "ts-column"));
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              Column                   *column)
{
  g_object_set_data (G_OBJECT (list_item), "ts-column", column);
  bind_cell (list_item, column);
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify::item",
                           G_CALLBACK (on_row_item_changed), list_item, 0);
  if ((column->info->flags & TS_COLUMN_LINKED) && column->self->linked_cells != NULL)
    g_hash_table_insert (column->self->linked_cells, list_item, column);
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                Column                   *column)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item),
                                        on_row_item_changed, list_item);
  /* The column view may outlive the list's dispose. */
  if (column->self->linked_cells != NULL)
    g_hash_table_remove (column->self->linked_cells, list_item);
  ts_list_cell_set_text (TS_LIST_CELL (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_cell_teardown (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  Column                   *column)
{
  g_hash_table_remove (column->cells, gtk_list_item_get_child (list_item));
  /* The column view may outlive the list's dispose. */
  if (column->self->linked_cells != NULL)
    g_hash_table_remove (column->self->linked_cells, list_item);
}

/* The column view sorts nothing itself: the list model does. Each
 * column's sorter notes that the column view's sorter asked it. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column *column = user_data;

  column->self->probed_column = column;
  return GTK_ORDERING_SMALLER;
}

/* Which column the column view sorts by, and which way: its sorter asks
 * the primary column's sorter first, and turns the answer round for a
 * descending sort. */
static Column *
probe_sort_column (TsRecordList *self,
                   gboolean     *descending)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkOrdering ordering;

  self->probed_column = NULL;
  ordering = gtk_sorter_compare (sorter, self->probe_items[0], self->probe_items[1]);
  *descending = ordering == GTK_ORDERING_LARGER;

  return ordering != GTK_ORDERING_EQUAL ? self->probed_column : NULL;
}

static void
apply_sort (TsRecordList *self)
{
  gboolean descending = FALSE;
  Column *column = probe_sort_column (self, &descending);

  if (self->model != NULL)
    ts_match_list_set_sort (self->model, column != NULL ? column->info : NULL, descending);
}

static void
on_sorter_changed (GtkSorter       *sorter,
                   GtkSorterChange  change,
                   TsRecordList    *self)
{
  apply_sort (self);
}

static void
add_columns (TsRecordList *self)
{
  const TsColumn * const *infos;
  guint n_infos;
  GMenu *section = g_menu_new ();

  infos = ts_record_columns_get_list (self->type, &n_infos);
  for (guint i = 0; i < n_infos; i++)
    {
      const char *title = ts_column_get_list_title (infos[i]);
      Column *column = g_new0 (Column, 1);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;
      g_autoptr(GPropertyAction) action = NULL;
      g_autofree char *action_name = NULL;

      column->self = self;
      column->info = infos[i];
      column->cells = g_hash_table_new (NULL, NULL);

      g_signal_connect_data (factory, "setup", G_CALLBACK (on_cell_setup), column,
                             column_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), column);
      g_signal_connect (factory, "teardown", G_CALLBACK (on_cell_teardown), column);

      view_column = gtk_column_view_column_new (_(title), g_steal_pointer (&factory));
      g_object_set_data (G_OBJECT (view_column), "ts-column-key", (gpointer) infos[i]->key);
      g_object_set_data (G_OBJECT (view_column), "ts-column-info", (gpointer) infos[i]);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column,
                                         (infos[i]->flags & TS_COLUMN_EXPAND) != 0);
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, column, NULL));
      gtk_column_view_column_set_sorter (view_column, sorter);
      gtk_column_view_column_set_header_menu (view_column, G_MENU_MODEL (self->column_menu));
      gtk_column_view_append_column (self->column_view, view_column);

      g_signal_connect (view_column, "notify::fixed-width",
                        G_CALLBACK (on_column_layout_notify), self);
      g_signal_connect (view_column, "notify::fixed-width",
                        G_CALLBACK (on_column_fixed_width), column);
      g_signal_connect (view_column, "notify::visible",
                        G_CALLBACK (on_column_layout_notify), self);

      /* The name stays on screen: only the other columns can be hidden. */
      if (g_str_equal (infos[i]->key, "title"))
        continue;

      action = g_property_action_new (infos[i]->key, view_column, "visible");
      g_action_map_add_action (G_ACTION_MAP (self->column_actions), G_ACTION (action));
      action_name = g_strconcat ("columns.", infos[i]->key, NULL);
      g_menu_append (section, _(title), action_name);
    }

  g_menu_append_section (self->column_menu, _("Show Columns"), G_MENU_MODEL (section));
  g_object_unref (section);
}

static void
on_copy_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ts_record_list_copy (TS_RECORD_LIST (widget));
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  return NULL;
}

static void
ts_record_list_constructed (GObject *object)
{
  TsRecordList *self = TS_RECORD_LIST (object);
  g_autofree char *label = NULL;
  const char *key;
  gboolean descending;

  G_OBJECT_CLASS (ts_record_list_parent_class)->constructed (object);

  add_columns (self);
  restore_layout (self);
  g_signal_connect (gtk_column_view_get_columns (self->column_view), "items-changed",
                    G_CALLBACK (on_columns_items_changed), self);
  key = ts_record_columns_get_default_sort (self->type, &descending);
  ts_record_list_sort_by (self, key, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);

  label = g_strdup (ts_record_type_get_plural (self->type));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  ts_accessible_label_column_view (self->column_view, label);
}

static void
ts_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TsRecordList *self = TS_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_SELECTED_RECORD:
      g_value_set_object (value, ts_record_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_record_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TsRecordList *self = TS_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      self->type = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Lets go of the matches' models (not of the matches themselves). */
static void
release_matches (TsRecordList *self)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->model);
  g_clear_object (&self->selected_record);
  g_clear_pointer (&self->selected_ids, g_hash_table_unref);
}

static void
ts_record_list_dispose (GObject *object)
{
  TsRecordList *self = TS_RECORD_LIST (object);
  GtkWidget *child;

  if (self->save_layout_source != 0)
    {
      g_clear_handle_id (&self->save_layout_source, g_source_remove);
      save_layout (self);
    }

  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  g_signal_handlers_disconnect_by_data (gtk_column_view_get_columns (self->column_view), self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORD_LIST);
  /* The template's root has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  release_matches (self);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->linked_cells, g_hash_table_unref);
  g_clear_object (&self->probe_items[0]);
  g_clear_object (&self->probe_items[1]);
  g_clear_object (&self->column_actions);
  g_clear_object (&self->column_menu);
  g_clear_object (&self->settings);
  g_clear_object (&self->matches);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_record_list_parent_class)->dispose (object);
}

/* The column view takes its model, and makes and binds its rows, only
 * once the list is first shown: at start-up only the list of the type on
 * screen makes rows, not the eight behind it in the stack (each of them
 * would bind a screenful of cells, the statements' looking up language
 * names in iso-codes). The selection follows the records all along, so
 * the rows come with it, and the list scrolls to it as it would have when
 * it was made. */
static void
attach_model (TsRecordList *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GtkWidget *list_view;

  if (self->attached)
    return;

  self->attached = TRUE;
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  list_view = find_list_view (GTK_WIDGET (self->column_view));
  if (list_view != NULL && !gtk_bitset_is_empty (selected))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u",
                                gtk_bitset_get_minimum (selected));
}

/* Only the list on screen follows each keystroke of a search; the others
 * catch up when they are shown (the sidebar's counts come from the
 * matches, not from the lists). */
static void
ts_record_list_map (GtkWidget *widget)
{
  TsRecordList *self = TS_RECORD_LIST (widget);

  if (self->model != NULL)
    ts_match_list_set_frozen (self->model, FALSE);
  attach_model (self);
  GTK_WIDGET_CLASS (ts_record_list_parent_class)->map (widget);
}

static void
ts_record_list_unmap (GtkWidget *widget)
{
  TsRecordList *self = TS_RECORD_LIST (widget);

  GTK_WIDGET_CLASS (ts_record_list_parent_class)->unmap (widget);
  if (self->model != NULL)
    ts_match_list_set_frozen (self->model, TRUE);
}

static void
ts_record_list_class_init (TsRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ts_record_list_constructed;
  object_class->get_property = ts_record_list_get_property;
  object_class->set_property = ts_record_list_set_property;
  object_class->dispose = ts_record_list_dispose;
  widget_class->map = ts_record_list_map;
  widget_class->unmap = ts_record_list_unmap;

  properties[PROP_RECORD_TYPE] =
    g_param_spec_int ("record-type", NULL, NULL,
                      0, TS_N_RECORD_TYPES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_RECORD] =
    g_param_spec_object ("selected-record", NULL, NULL,
                         TS_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter or a double click on a row. */
  signals[ACTIVATE_RECORD] =
    g_signal_new ("activate-record",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TS_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TsRecordList, scroller);
  gtk_widget_class_bind_template_child (widget_class, TsRecordList, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  /* Ctrl+C copies the selected rows, for a memo or a spreadsheet. */
  gtk_widget_class_install_action (widget_class, "record-list.copy", NULL, on_copy_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "record-list.copy", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ts_record_list_init (TsRecordList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->linked_cells = g_hash_table_new (NULL, NULL);
  self->settings = g_settings_new (BASE_ID);
  self->column_actions = g_simple_action_group_new ();
  self->column_menu = g_menu_new ();
  self->probe_items[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe_items[1] = g_object_new (G_TYPE_OBJECT, NULL);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns",
                                  G_ACTION_GROUP (self->column_actions));

  /* A click selects a row, Ctrl+click and Shift+click several. */
  self->selection = gtk_multi_selection_new (NULL);
  /* The column view gets it with attach_model (). */

  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (on_sorter_changed), self);
  g_signal_connect (self->selection, "selection-changed",
                    G_CALLBACK (_ts_record_list_on_selection_changed), self);
}

TsRecordList *
ts_record_list_new (TsRecordType type)
{
  return g_object_new (TS_TYPE_RECORD_LIST,
                       "record-type", type,
                       NULL);
}

TsRecordType
ts_record_list_get_record_type (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), 0);

  return self->type;
}

void
ts_record_list_set_matches (TsRecordList *self,
                            TsMatches    *matches)
{
  g_return_if_fail (TS_IS_RECORD_LIST (self));
  g_return_if_fail (matches == NULL || TS_IS_MATCHES (matches));

  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  gtk_multi_selection_set_model (self->selection, NULL);
  release_matches (self);

  g_set_object (&self->matches, matches);
  g_clear_object (&self->dataset);
  self->aloud_stamp++;
  if (matches != NULL)
    self->dataset = g_object_ref (ts_matches_get_dataset (matches));

  if (matches != NULL)
    {
      self->model = ts_match_list_new (matches, self->type);
      ts_match_list_set_frozen (self->model, !gtk_widget_get_mapped (GTK_WIDGET (self)));
      apply_sort (self);
      /* The rows follow the list first, then the selection follows them. */
      g_signal_connect (self->model, "items-changed",
                        G_CALLBACK (_ts_record_list_on_model_items_changing), self);
      self->rows = ts_row_model_new (G_LIST_MODEL (self->model));
      g_signal_connect (self->model, "items-changed",
                        G_CALLBACK (_ts_record_list_on_model_items_changed), self);
      g_signal_connect (self->dataset, "changed", G_CALLBACK (on_dataset_changed), self);
    }
  gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (self->rows));
  if (self->rows != NULL)
    g_signal_connect (self->rows, "items-changed", G_CALLBACK (_ts_record_list_on_rows_items_changed), self);
}

GListModel *
ts_record_list_get_model (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  if (self->model != NULL)
    ts_match_list_flush (self->model);
  return G_LIST_MODEL (self->model);
}

guint
ts_record_list_get_n_matches (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), 0);

  if (self->matches == NULL)
    return 0;
  return ts_matches_get_n_matches (self->matches, self->type);
}

gboolean
ts_record_list_select (TsRecordList *self,
                       const char   *id)
{
  guint position;
  GtkWidget *list_view;

  g_return_val_if_fail (TS_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  position = self->model != NULL ? ts_match_list_find (self->model, id) : G_MAXUINT;
  if (position == G_MAXUINT)
    {
      ts_record_list_unselect (self);
      return FALSE;
    }

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its list view does.
   * A list without rows yet scrolls there when it gets them. */
  list_view = self->attached ? find_list_view (GTK_WIDGET (self->column_view)) : NULL;
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  return TRUE;
}

void
ts_record_list_focus_selected (TsRecordList *self)
{
  TsRecord *record;
  GtkWidget *list_view;

  g_return_if_fail (TS_IS_RECORD_LIST (self));

  /* GTK 4.8 gives no row widget for a position: each row knows its record
   * from label_row(). Focusing a row moves the list's own focus with it. */
  record = ts_record_list_get_selected (self);
  list_view = find_list_view (GTK_WIDGET (self->column_view));
  for (GtkWidget *row = list_view != NULL ? gtk_widget_get_first_child (list_view) : NULL;
       row != NULL && record != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_object_get_data (G_OBJECT (row), "ts-aloud-record") == record
          && gtk_widget_grab_focus (row))
        return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
ts_record_list_unselect (TsRecordList *self)
{
  g_return_if_fail (TS_IS_RECORD_LIST (self));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

void
ts_record_list_sort_by (TsRecordList *self,
                        const char   *column_key,
                        GtkSortType   order)
{
  GListModel *columns;

  g_return_if_fail (TS_IS_RECORD_LIST (self));

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "ts-column-key"), column_key) == 0)
        {
          gtk_column_view_sort_by_column (self->column_view, column, order);
          return;
        }
    }
}

GtkColumnView *
ts_record_list_get_column_view (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  /* Whole, with its model, for whoever reads or drives it. */
  attach_model (self);
  return self->column_view;
}

GActionGroup *
ts_record_list_get_column_actions (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  return G_ACTION_GROUP (self->column_actions);
}

GMenuModel *
ts_record_list_get_column_menu (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  return G_MENU_MODEL (self->column_menu);
}
