/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-list"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-record-list.h"
#include "ts-record-columns.h"

/* Beyond this many records, filtering and sorting run in steps so that
 * typing stays smooth. */
#define INCREMENTAL_THRESHOLD 2000
#define SAVE_LAYOUT_DELAY_MS  500

struct _TsRecordList
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkColumnView *column_view;

  TsRecordType type;
  TsDataset *dataset;
  TsQuery *query;
  /* The query as it was at the last refilter, to tell a narrower search
   * from a different one. */
  TsQuery *last_query;

  GtkCustomFilter *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel *sort_model;
  GtkSingleSelection *selection;

  /* The bound cells whose text shows other records' titles (GtkListItem →
   * Column): only these can go stale when another record changes, and only
   * the ones on screen are bound, so refreshing them is cheap. */
  GHashTable *linked_cells;

  GSimpleActionGroup *column_actions;
  GMenu *column_menu;
  GSettings *settings;
  guint save_layout_source;
  gboolean restoring_layout;
};

G_DEFINE_FINAL_TYPE (TsRecordList, ts_record_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_N_MATCHES,
  PROP_SELECTED_RECORD,
  N_PROPS
};

enum {
  ACTIVATE_RECORD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  TsRecordList *self;
  const TsColumnInfo *info;
} Column;

static char *
dup_column_text (TsRecord *record,
                 Column   *column)
{
  if (record == NULL)
    return NULL;

  return column->info->dup_text (record, column->self->dataset);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column *column = user_data;

  return ts_date_compare (column->info->get_date ((TsRecord *) a),
                          column->info->get_date ((TsRecord *) b));
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  Column *column = user_data;
  double x = column->info->get_number ((TsRecord *) a);
  double y = column->info->get_number ((TsRecord *) b);

  /* Unknown values sort after the known ones. */
  if (isnan (x) || isnan (y))
    return isnan (x) - isnan (y);

  return (x > y) - (x < y);
}

static void
bind_cell (GtkListItem *list_item,
           Column      *column)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  TsRecord *record = gtk_list_item_get_item (list_item);
  g_autofree char *text = dup_column_text (record, column);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  /* A screen reader reads the cell's text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
}

static gboolean
match_record (gpointer item,
              gpointer user_data)
{
  TsRecordList *self = TS_RECORD_LIST (user_data);

  if (self->query == NULL || self->dataset == NULL)
    return TRUE;

  return ts_query_matches (self->query, self->dataset, TS_RECORD (item));
}

static gboolean
dates_equal (const TsDate *a,
             const TsDate *b)
{
  return ts_date_compare (a, b) == 0 && a->qualifier == b->qualifier;
}

static gboolean
filters_equal (TsQuery *a,
               TsQuery *b)
{
  static const char *vocabularies[] = { "level", "format", "kind", "status", "sector" };

  if (ts_query_get_types (a) != ts_query_get_types (b)
      || !dates_equal (ts_query_get_from (a), ts_query_get_from (b))
      || !dates_equal (ts_query_get_to (a), ts_query_get_to (b))
      || g_strcmp0 (ts_query_get_country (a), ts_query_get_country (b)) != 0
      || g_strcmp0 (ts_query_get_place (a), ts_query_get_place (b)) != 0
      || g_strcmp0 (ts_query_get_person (a), ts_query_get_person (b)) != 0
      || g_strcmp0 (ts_query_get_tag (a), ts_query_get_tag (b)) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      if (ts_query_get_vocabulary (a, vocabularies[i])
          != ts_query_get_vocabulary (b, vocabularies[i]))
        return FALSE;
    }

  return TRUE;
}

/* Typing one more letter only narrows the matches: the filter model then
 * looks at the records it shows, not at all of them. */
static GtkFilterChange
classify_query_change (TsRecordList *self)
{
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  if (self->last_query == NULL || !filters_equal (self->last_query, self->query))
    return GTK_FILTER_CHANGE_DIFFERENT;

  old_text = ts_fold_text (ts_query_get_text (self->last_query));
  new_text = ts_fold_text (ts_query_get_text (self->query));
  if (old_text == NULL || new_text == NULL)
    return GTK_FILTER_CHANGE_DIFFERENT;

  if (g_str_has_prefix (new_text, old_text))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (g_str_has_prefix (old_text, new_text))
    return GTK_FILTER_CHANGE_LESS_STRICT;

  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
update_incremental (TsRecordList *self)
{
  guint n_records = 0;

  if (self->dataset != NULL)
    n_records = g_list_model_get_n_items (ts_dataset_get_records (self->dataset, self->type));

  gtk_filter_list_model_set_incremental (self->filter_model, n_records > INCREMENTAL_THRESHOLD);
  gtk_sort_list_model_set_incremental (self->sort_model, n_records > INCREMENTAL_THRESHOLD);
}

static void
save_layout (TsRecordList *self)
{
  g_autoptr(GVariant) old_layout = NULL;
  g_auto(GVariantBuilder) builder;
  const char *type_name = ts_record_type_to_string (self->type);
  g_autofree char *prefix = g_strconcat (type_name, "/", NULL);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GVariantIter iter;
  const char *key;
  int width;
  gboolean visible;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(ib)}"));

  /* Keep the other types' columns as they are. */
  old_layout = g_settings_get_value (self->settings, "column-layout");
  g_variant_iter_init (&iter, old_layout);
  while (g_variant_iter_next (&iter, "{&s(ib)}", &key, &width, &visible))
    {
      if (!g_str_has_prefix (key, prefix))
        g_variant_builder_add (&builder, "{s(ib)}", key, width, visible);
    }

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *column_key = g_object_get_data (G_OBJECT (column), "ts-column-key");
      g_autofree char *setting_key = g_strconcat (prefix, column_key, NULL);

      g_variant_builder_add (&builder, "{s(ib)}", setting_key,
                             gtk_column_view_column_get_fixed_width (column),
                             gtk_column_view_column_get_visible (column));
    }

  g_settings_set_value (self->settings, "column-layout", g_variant_builder_end (&builder));
}

static void
restore_layout (TsRecordList *self)
{
  g_autoptr(GVariant) layout = g_settings_get_value (self->settings, "column-layout");
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  const char *type_name = ts_record_type_to_string (self->type);

  self->restoring_layout = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *column_key = g_object_get_data (G_OBJECT (column), "ts-column-key");
      g_autofree char *setting_key = g_strconcat (type_name, "/", column_key, NULL);
      int width;
      gboolean visible;

      if (!g_variant_lookup (layout, setting_key, "(ib)", &width, &visible))
        continue;

      gtk_column_view_column_set_fixed_width (column, width);
      gtk_column_view_column_set_visible (column, visible);
    }
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
on_column_layout_notify (GtkColumnViewColumn *column,
                         GParamSpec          *pspec,
                         TsRecordList        *self)
{
  if (self->restoring_layout)
    return;

  /* Dragging a column's edge changes its width many times a second. */
  g_clear_handle_id (&self->save_layout_source, g_source_remove);
  self->save_layout_source = g_timeout_add (SAVE_LAYOUT_DELAY_MS, on_save_layout_timeout, self);
}

static void
on_query_changed (TsQuery      *query,
                  TsRecordList *self)
{
  GtkFilterChange change = classify_query_change (self);

  g_clear_object (&self->last_query);
  self->last_query = ts_query_copy (query);

  /* Filtering in idle steps (GTK 4.8) empties the list at once and
   * refills it 512 rows at a time, each step re-sorting and changing the
   * list again: seconds of work for one keystroke. A narrower search
   * checks only the rows shown, fast enough to do in one go, and the list
   * changes once. */
  if (change == GTK_FILTER_CHANGE_MORE_STRICT
      && gtk_filter_list_model_get_incremental (self->filter_model))
    {
      gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
      gtk_filter_changed (GTK_FILTER (self->filter), change);
      gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
    }
  else
    {
      gtk_filter_changed (GTK_FILTER (self->filter), change);
    }
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

  g_hash_table_iter_init (&iter, self->linked_cells);
  while (g_hash_table_iter_next (&iter, &list_item, &column))
    bind_cell (list_item, column);
}

static void
on_dataset_changed (TsDataset    *dataset,
                    GPtrArray    *changes,
                    TsRecordList *self)
{
  update_incremental (self);
  refresh_linked_cells (self, changes);

  /* A search also matches the names of linked records, which may just have
   * changed; the records' own list already told the filter about them. */
  if (self->query != NULL && !ts_query_is_empty (self->query))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_filter_items_changed (GListModel   *model,
                         guint         position,
                         guint         removed,
                         guint         added,
                         TsRecordList *self)
{
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      TsRecordList       *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RECORD]);
}

static void
on_column_view_activate (GtkColumnView *column_view,
                         guint          position,
                         TsRecordList  *self)
{
  g_autoptr(TsRecord) record = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATE_RECORD], 0, record);
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               Column                   *column)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column->info->width_chars);
  /* Columns keep a readable width; a narrow window scrolls sideways rather
   * than cutting every cell to a few letters. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell),
                                 column->info->expand ? column->info->width_chars * 2 / 3
                                                      : column->info->width_chars);
  gtk_widget_set_hexpand (cell, TRUE);
  /* Ellipsized text sits at the top of a cell whatever the alignment; the
   * others follow, so that a row reads on one line (style.css gives cells
   * room for CJK text). */
  gtk_inscription_set_yalign (GTK_INSCRIPTION (cell), 0.0);
  if (column->info->kind != TS_COLUMN_TEXT)
    gtk_widget_add_css_class (cell, "numeric");
  if (g_str_equal (column->info->key, "value"))
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);

  gtk_list_item_set_child (list_item, cell);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              Column                   *column)
{
  bind_cell (list_item, column);
  if (column->info->linked && column->self->linked_cells != NULL)
    g_hash_table_insert (column->self->linked_cells, list_item, column);
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                Column                   *column)
{
  /* The column view may outlive the list's dispose. */
  if (column->self->linked_cells != NULL)
    g_hash_table_remove (column->self->linked_cells, list_item);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_cell_teardown (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  Column                   *column)
{
  /* The column view may outlive the list's dispose. */
  if (column->self->linked_cells != NULL)
    g_hash_table_remove (column->self->linked_cells, list_item);
}

static GtkSorter *
create_sorter (Column *column)
{
  switch (column->info->kind)
    {
    case TS_COLUMN_DATE:
      return GTK_SORTER (gtk_custom_sorter_new (compare_dates, column, NULL));
    case TS_COLUMN_NUMBER:
      return GTK_SORTER (gtk_custom_sorter_new (compare_numbers, column, NULL));
    case TS_COLUMN_TEXT:
    default:
      /* A string sorter sorts by collation keys, computed once per record. */
      return GTK_SORTER (gtk_string_sorter_new (
        gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                     G_CALLBACK (dup_column_text), column, NULL)));
    }
}

static void
add_columns (TsRecordList *self)
{
  const TsColumnInfo *infos;
  guint n_infos;
  GMenu *section = g_menu_new ();

  infos = ts_record_columns_get (self->type, &n_infos);
  for (guint i = 0; i < n_infos; i++)
    {
      Column *column = g_new0 (Column, 1);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;
      g_autoptr(GPropertyAction) action = NULL;
      g_autofree char *action_name = NULL;

      column->self = self;
      column->info = &infos[i];

      g_signal_connect_data (factory, "setup", G_CALLBACK (on_cell_setup), column,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), column);
      g_signal_connect (factory, "teardown", G_CALLBACK (on_cell_teardown), column);

      view_column = gtk_column_view_column_new (_(infos[i].title), g_steal_pointer (&factory));
      g_object_set_data (G_OBJECT (view_column), "ts-column-key", (gpointer) infos[i].key);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, infos[i].expand);
      sorter = create_sorter (column);
      gtk_column_view_column_set_sorter (view_column, sorter);
      gtk_column_view_column_set_header_menu (view_column, G_MENU_MODEL (self->column_menu));
      gtk_column_view_append_column (self->column_view, view_column);

      g_signal_connect (view_column, "notify::fixed-width",
                        G_CALLBACK (on_column_layout_notify), self);
      g_signal_connect (view_column, "notify::visible",
                        G_CALLBACK (on_column_layout_notify), self);

      /* The name stays on screen: only the other columns can be hidden. */
      if (g_str_equal (infos[i].key, "title"))
        continue;

      action = g_property_action_new (infos[i].key, view_column, "visible");
      g_action_map_add_action (G_ACTION_MAP (self->column_actions), G_ACTION (action));
      action_name = g_strconcat ("columns.", infos[i].key, NULL);
      g_menu_append (section, _(infos[i].title), action_name);
    }

  g_menu_append_section (self->column_menu, _("Show Columns"), G_MENU_MODEL (section));
  g_object_unref (section);
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
  key = ts_record_columns_get_default_sort (self->type, &descending);
  ts_record_list_sort_by (self, key, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);

  label = g_strdup (ts_record_type_get_plural (self->type));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
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
    case PROP_N_MATCHES:
      g_value_set_uint (value, ts_record_list_get_n_matches (self));
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

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORD_LIST);
  /* The template's root has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_pointer (&self->linked_cells, g_hash_table_unref);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->column_actions);
  g_clear_object (&self->column_menu);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_query);
  g_clear_object (&self->query);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_record_list_parent_class)->dispose (object);
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

  properties[PROP_RECORD_TYPE] =
    g_param_spec_int ("record-type", NULL, NULL,
                      0, TS_N_RECORD_TYPES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ts_record_list_init (TsRecordList *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->linked_cells = g_hash_table_new (NULL, NULL);
  self->settings = g_settings_new (BASE_ID);
  self->column_actions = g_simple_action_group_new ();
  self->column_menu = g_menu_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns",
                                  G_ACTION_GROUP (self->column_actions));

  self->filter = gtk_custom_filter_new (match_record, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self->filter_model, "items-changed",
                    G_CALLBACK (on_filter_items_changed), self);
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed), self);
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
ts_record_list_set_dataset (TsRecordList *self,
                            TsDataset    *dataset,
                            TsQuery      *query)
{
  g_return_if_fail (TS_IS_RECORD_LIST (self));
  g_return_if_fail (dataset == NULL || TS_IS_DATASET (dataset));
  g_return_if_fail (query == NULL || TS_IS_QUERY (query));

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->query, query);
  g_clear_object (&self->last_query);

  if (query != NULL)
    {
      self->last_query = ts_query_copy (query);
      g_signal_connect (query, "changed", G_CALLBACK (on_query_changed), self);
    }
  if (dataset != NULL)
    g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);

  update_incremental (self);
  gtk_filter_list_model_set_model (self->filter_model,
                                   dataset != NULL
                                   ? ts_dataset_get_records (dataset, self->type)
                                   : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
}

GListModel *
ts_record_list_get_model (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

guint
ts_record_list_get_n_matches (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

gboolean
ts_record_list_is_filtering (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), FALSE);

  return gtk_filter_list_model_get_pending (self->filter_model) > 0
         || gtk_sort_list_model_get_pending (self->sort_model) > 0;
}

TsRecord *
ts_record_list_get_selected (TsRecordList *self)
{
  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
ts_record_list_select (TsRecordList *self,
                       const char   *id)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n_items;

  g_return_val_if_fail (TS_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (ts_record_get_id (record), id) != 0)
        continue;

      gtk_single_selection_set_selected (self->selection, i);
      /* GTK 4.8 has no gtk_column_view_scroll_to(); its list view does. */
      {
        GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

        if (list_view != NULL)
          gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", i);
      }
      return TRUE;
    }

  ts_record_list_unselect (self);
  return FALSE;
}

void
ts_record_list_unselect (TsRecordList *self)
{
  g_return_if_fail (TS_IS_RECORD_LIST (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
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
