/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-list"

#include "config.h"

#include "ts-record-list-private.h"

/* The record the row at @position shows, or NULL. */
static TsRecord *
get_record_at (TsRecordList *self,
               guint         position)
{
  g_autoptr(GObject) row = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  /* The row model keeps its rows: the record outlives this reference. */
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  return row != NULL ? TS_RECORD (ts_row_get_item (TS_ROW (row))) : NULL;
}

/* Where @record is shown, or GTK_INVALID_LIST_POSITION. */
static guint
find_position (TsRecordList *self,
               TsRecord     *record)
{
  guint position;

  if (record == NULL || self->model == NULL)
    return GTK_INVALID_LIST_POSITION;

  position = ts_match_list_find (self->model, ts_record_get_id (record));
  /* A growing list may not have the row yet: it comes back to it. */
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return GTK_INVALID_LIST_POSITION;
  return position;
}

/* The analyst changed the selection between @position and @n_items
 * further: note which records it holds now, and which one the detail
 * pane shows. A click selects one; a Ctrl+click adds one, which is the one
 * to show; a Shift+click adds those from the one shown to the one clicked,
 * the far end of what it adds. When rows are only unselected, the record
 * shown stays if it is still selected. */
static void
note_selection (TsRecordList *self,
                guint         position,
                guint         n_items)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  g_autoptr(GHashTable) old_ids = g_steal_pointer (&self->selected_ids);
  guint64 n_selected = gtk_bitset_get_size (selected);
  guint current = GTK_INVALID_LIST_POSITION;
  GtkBitsetIter iter;
  guint p;

  self->selected_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (n_selected == 1)
    current = gtk_bitset_get_minimum (selected);
  else if (n_selected > 1)
    {
      guint old_current = find_position (self, self->selected_record);
      guint farthest = 0;

      for (gboolean more = gtk_bitset_iter_init_at (&iter, selected, position, &p);
           more && p < position + n_items;
           more = gtk_bitset_iter_next (&iter, &p))
        {
          TsRecord *record = get_record_at (self, p);
          guint distance;

          if (record == NULL
              || (old_ids != NULL && g_hash_table_contains (old_ids, ts_record_get_id (record))))
            continue;

          distance = old_current != GTK_INVALID_LIST_POSITION
                     ? (p > old_current ? p - old_current : old_current - p)
                     : 0;
          if (current == GTK_INVALID_LIST_POSITION || distance >= farthest)
            {
              current = p;
              farthest = distance;
            }
        }

      if (current == GTK_INVALID_LIST_POSITION)
        current = old_current != GTK_INVALID_LIST_POSITION
                  && gtk_bitset_contains (selected, old_current)
                  ? old_current
                  : gtk_bitset_get_minimum (selected);
    }

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &p);
       more;
       more = gtk_bitset_iter_next (&iter, &p))
    {
      TsRecord *record = get_record_at (self, p);

      if (record != NULL)
        g_hash_table_add (self->selected_ids, g_strdup (ts_record_get_id (record)));
    }

  g_set_object (&self->selected_record, get_record_at (self, current));
}

void
_ts_record_list_on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      TsRecordList      *self)
{
  /* A row the list itself unselects, as a search hides its record, is not
   * the analyst's choice. */
  if (!self->fixing_selection)
    note_selection (self, position, n_items);
  _ts_record_list_notify_selected (self);
}

/* Whatever the selection does while the rows change is not the
 * analyst's doing. */
void
_ts_record_list_on_model_items_changing (GListModel   *model,
                         guint         position,
                         guint         removed,
                         guint         added,
                         TsRecordList *self)
{
  self->fixing_selection = TRUE;
}

/* The rows stay where they are while what they show changes: the
 * selection moves with its records. */
static void
fix_selection (TsRecordList *self)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  g_autoptr(GtkBitset) wanted = gtk_bitset_new_empty ();
  guint current = find_position (self, self->selected_record);

  if (self->selected_ids == NULL || g_hash_table_size (self->selected_ids) <= 1)
    {
      if (current != GTK_INVALID_LIST_POSITION)
        gtk_bitset_add (wanted, current);
    }
  else
    {
      g_autoptr(GArray) positions = ts_match_list_find_all (self->model, self->selected_ids);
      guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

      for (guint i = 0; i < positions->len; i++)
        {
          guint position = g_array_index (positions, guint, i);

          if (position < n_rows)
            gtk_bitset_add (wanted, position);
        }
    }

  if (!gtk_bitset_equals (wanted, selected))
    {
      g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)));

      self->fixing_selection = TRUE;
      gtk_selection_model_set_selection (model, wanted, mask);
      self->fixing_selection = FALSE;
    }
  else if (current != GTK_INVALID_LIST_POSITION)
    /* The same position, maybe showing the record's new version. */
    _ts_record_list_notify_selected (self);
}

void
_ts_record_list_on_model_items_changed (GListModel   *model,
                        guint         position,
                        guint         removed,
                        guint         added,
                        TsRecordList *self)
{
  self->fixing_selection = FALSE;
  fix_selection (self);
}

void
_ts_record_list_on_rows_items_changed (GListModel   *rows,
                       guint         position,
                       guint         removed,
                       guint         added,
                       TsRecordList *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  /* Rows added as the list grows may hold selected records. */
  if (added == 0 || self->selected_ids == NULL || g_hash_table_size (self->selected_ids) == 0)
    return;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_get_size (selected) < g_hash_table_size (self->selected_ids))
    fix_selection (self);
}

TsRecord *
ts_record_list_get_selected (TsRecordList *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint position;

  g_return_val_if_fail (TS_IS_RECORD_LIST (self), NULL);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return NULL;
  if (gtk_bitset_get_size (selected) == 1)
    return get_record_at (self, gtk_bitset_get_minimum (selected));

  position = find_position (self, self->selected_record);
  if (position == GTK_INVALID_LIST_POSITION || !gtk_bitset_contains (selected, position))
    position = gtk_bitset_get_minimum (selected);
  return get_record_at (self, position);
}

GPtrArray *
ts_record_list_get_selected_records (TsRecordList *self)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (TS_IS_RECORD_LIST (self), records);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      TsRecord *record = get_record_at (self, position);

      if (record != NULL)
        g_ptr_array_add (records, g_object_ref (record));
    }

  return records;
}

void
ts_record_list_copy (TsRecordList *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;

  g_return_if_fail (TS_IS_RECORD_LIST (self));

  records = ts_record_list_get_selected_records (self);
  if (records->len == 0 || self->dataset == NULL)
    return;

  provider = _ts_record_list_build_copy (self->column_view, self->dataset, records);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}
