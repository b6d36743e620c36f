/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-match-list"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ts-match-list.h"

typedef struct
{
  gboolean valid;
  union
  {
    char    *text;    /* a collation key */
    guint64  date;    /* ts_date_get_sort_key() */
    double   number;
  } value;
} Key;

/* One column's sort keys, by slot, computed as the list is first sorted
 * by it and kept while the records do not change. */
typedef struct
{
  const TsColumn *column;
  GArray *keys;
} KeyCache;

struct _TsMatchList
{
  GObject parent_instance;

  TsMatches *matches;
  TsRecordType type;

  const TsColumn *sort_column;
  gboolean descending;
  /* TsColumn → KeyCache */
  GHashTable *key_caches;

  /* Every slot of the type, sorted ascending by the sort column. */
  GArray *order;
  /* The matching slots, in the order shown. */
  GArray *shown;

  /* While nobody looks, a new search is only noted, and the list is
   * brought up to date once it is looked at again. */
  gboolean frozen;
  gboolean stale;
};

static void ts_match_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsMatchList, ts_match_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ts_match_list_model_init))

/* Dates and numbers sort by value, the others by their text. */
static gboolean
sorts_by_text (const TsColumn *column)
{
  return column->kind != TS_COLUMN_DATE && column->kind != TS_COLUMN_NUMBER;
}

static void
clear_key (KeyCache *cache,
           Key      *key)
{
  if (key->valid && sorts_by_text (cache->column))
    g_free (key->value.text);
  key->valid = FALSE;
}

static void
key_cache_free (gpointer data)
{
  KeyCache *cache = data;

  for (guint i = 0; i < cache->keys->len; i++)
    clear_key (cache, &g_array_index (cache->keys, Key, i));
  g_array_unref (cache->keys);
  g_free (cache);
}

static void
invalidate_key (TsMatchList *self,
                guint        slot)
{
  GHashTableIter iter;
  gpointer cache;

  g_hash_table_iter_init (&iter, self->key_caches);
  while (g_hash_table_iter_next (&iter, NULL, &cache))
    {
      KeyCache *key_cache = cache;

      if (slot < key_cache->keys->len)
        clear_key (key_cache, &g_array_index (key_cache->keys, Key, slot));
    }
}

static void
compute_key (TsMatchList    *self,
             const TsColumn *column,
             TsRecord       *record,
             Key            *key)
{
  TsColumnContext context;
  TsCell cell = TS_CELL_INIT;

  ts_column_context_init_for_dataset (&context, ts_matches_get_dataset (self->matches));
  column->fill (&context, record, &cell);

  switch (column->kind)
    {
    case TS_COLUMN_DATE:
      /* An empty cell's date is unset: it sorts first. */
      key->value.date = ts_date_get_sort_key (&cell.date);
      break;
    case TS_COLUMN_NUMBER:
      key->value.number = cell.kind == TS_CELL_NUMBER ? cell.number : NAN;
      break;
    case TS_COLUMN_TEXT:
    case TS_COLUMN_DATETIME:
    case TS_COLUMN_URL:
    default:
      {
        /* The list shows the cell's text as it is, or formatted. */
        g_autofree char *formatted = cell.text == NULL ? ts_cell_format (&cell) : NULL;

        key->value.text = g_utf8_collate_key (cell.text != NULL ? cell.text : formatted, -1);
      }
      break;
    }
  key->valid = TRUE;
  ts_cell_clear (&cell);
}

static KeyCache *
ensure_keys (TsMatchList    *self,
             const TsColumn *column)
{
  KeyCache *cache = g_hash_table_lookup (self->key_caches, column);
  guint n_slots = ts_matches_get_n_slots (self->matches);

  if (cache == NULL)
    {
      cache = g_new0 (KeyCache, 1);
      cache->column = column;
      cache->keys = g_array_new (FALSE, TRUE, sizeof (Key));
      g_hash_table_insert (self->key_caches, (gpointer) column, cache);
    }
  if (cache->keys->len < n_slots)
    g_array_set_size (cache->keys, n_slots);

  for (guint i = 0; i < self->order->len; i++)
    {
      guint slot = g_array_index (self->order, guint, i);
      Key *key = &g_array_index (cache->keys, Key, slot);

      if (!key->valid)
        compute_key (self, column, ts_matches_get_record (self->matches, slot), key);
    }

  return cache;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  KeyCache *cache = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;
  const Key *key_x = &g_array_index (cache->keys, Key, x);
  const Key *key_y = &g_array_index (cache->keys, Key, y);
  int result = 0;

  switch (cache->column->kind)
    {
    case TS_COLUMN_DATE:
      result = (key_x->value.date > key_y->value.date) - (key_x->value.date < key_y->value.date);
      break;
    case TS_COLUMN_NUMBER:
      {
        double u = key_x->value.number, v = key_y->value.number;

        /* Unknown values sort after the known ones. */
        if (isnan (u) || isnan (v))
          result = isnan (u) - isnan (v);
        else
          result = (u > v) - (u < v);
      }
      break;
    case TS_COLUMN_TEXT:
    default:
      result = strcmp (key_x->value.text, key_y->value.text);
      break;
    }

  /* Ties keep the order the records were added in. */
  if (result == 0)
    result = (x > y) - (x < y);

  return result;
}

static int
compare_slot_numbers (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

static void
sort_order (TsMatchList *self)
{
  guint n_slots;
  const guint *slots = ts_matches_get_type_slots (self->matches, self->type, &n_slots);

  g_array_set_size (self->order, n_slots);
  if (n_slots > 0)
    memcpy (self->order->data, slots, n_slots * sizeof (guint));

  if (self->sort_column != NULL)
    {
      KeyCache *cache = ensure_keys (self, self->sort_column);

      g_qsort_with_data (self->order->data, n_slots, sizeof (guint), compare_slots, cache);
    }
  else
    {
      g_qsort_with_data (self->order->data, n_slots, sizeof (guint), compare_slot_numbers, NULL);
    }
}

static gboolean
slot_is_touched (GHashTable *touched,
                 guint       slot)
{
  return touched != NULL && g_hash_table_contains (touched, GUINT_TO_POINTER (slot));
}

/* Lays out the matching slots again, and tells of the range in which they
 * differ from what was shown (@touched: slots whose record changed even
 * where the slot stays). */
static void
refresh (TsMatchList *self,
         GHashTable  *touched)
{
  g_autoptr(GArray) old_shown = self->shown;
  const guint *order = (const guint *) (gpointer) self->order->data;
  guint n_order = self->order->len;
  const guint *old_slots, *new_slots;
  guint n_old, n_new, prefix = 0, suffix = 0;

  self->stale = FALSE;
  self->shown = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                   ts_matches_get_n_matches (self->matches, self->type));
  for (guint i = 0; i < n_order; i++)
    {
      guint slot = order[self->descending ? n_order - 1 - i : i];

      if (ts_matches_contains (self->matches, slot))
        g_array_append_val (self->shown, slot);
    }

  old_slots = (const guint *) (gpointer) old_shown->data;
  new_slots = (const guint *) (gpointer) self->shown->data;
  n_old = old_shown->len;
  n_new = self->shown->len;
  while (prefix < MIN (n_old, n_new)
         && old_slots[prefix] == new_slots[prefix]
         && !slot_is_touched (touched, new_slots[prefix]))
    prefix++;
  while (suffix < MIN (n_old, n_new) - prefix
         && old_slots[n_old - 1 - suffix] == new_slots[n_new - 1 - suffix]
         && !slot_is_touched (touched, new_slots[n_new - 1 - suffix]))
    suffix++;

  if (prefix + suffix < MAX (n_old, n_new))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old - prefix - suffix, n_new - prefix - suffix);
}

static void
on_matches_changed (TsMatches   *matches,
                    GArray      *slot_changes,
                    TsMatchList *self)
{
  g_autoptr(GHashTable) touched = NULL;

  if (slot_changes == NULL)
    {
      if (self->frozen)
        self->stale = TRUE;
      else
        refresh (self, NULL);
      return;
    }

  touched = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < slot_changes->len; i++)
    {
      const TsSlotChange *change = &g_array_index (slot_changes, TsSlotChange, i);

      if (change->old_type != (int) self->type && change->new_type != (int) self->type)
        continue;

      invalidate_key (self, change->slot);
      g_hash_table_add (touched, GUINT_TO_POINTER (change->slot));
    }

  if (g_hash_table_size (touched) > 0)
    sort_order (self);
  refresh (self, touched);
}

static GType
ts_match_list_get_item_type (GListModel *list)
{
  return TS_TYPE_RECORD;
}

static guint
ts_match_list_get_n_items (GListModel *list)
{
  TsMatchList *self = TS_MATCH_LIST (list);

  return self->shown->len;
}

static gpointer
ts_match_list_get_item (GListModel *list,
                        guint       position)
{
  TsMatchList *self = TS_MATCH_LIST (list);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (ts_matches_get_record (self->matches,
                                              g_array_index (self->shown, guint, position)));
}

static void
ts_match_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_match_list_get_item_type;
  iface->get_n_items = ts_match_list_get_n_items;
  iface->get_item = ts_match_list_get_item;
}

static void
ts_match_list_dispose (GObject *object)
{
  TsMatchList *self = TS_MATCH_LIST (object);

  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  g_clear_object (&self->matches);

  G_OBJECT_CLASS (ts_match_list_parent_class)->dispose (object);
}

static void
ts_match_list_finalize (GObject *object)
{
  TsMatchList *self = TS_MATCH_LIST (object);

  g_hash_table_unref (self->key_caches);
  g_array_unref (self->order);
  g_array_unref (self->shown);

  G_OBJECT_CLASS (ts_match_list_parent_class)->finalize (object);
}

static void
ts_match_list_class_init (TsMatchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_match_list_dispose;
  object_class->finalize = ts_match_list_finalize;
}

static void
ts_match_list_init (TsMatchList *self)
{
  self->key_caches = g_hash_table_new_full (NULL, NULL, NULL, key_cache_free);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}

TsMatchList *
ts_match_list_new (TsMatches    *matches,
                   TsRecordType  type)
{
  TsMatchList *self;

  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);
  g_return_val_if_fail (type < TS_N_RECORD_TYPES, NULL);

  self = g_object_new (TS_TYPE_MATCH_LIST, NULL);
  self->matches = g_object_ref (matches);
  self->type = type;
  g_signal_connect (matches, "changed", G_CALLBACK (on_matches_changed), self);

  sort_order (self);
  refresh (self, NULL);

  return self;
}

void
ts_match_list_set_sort (TsMatchList    *self,
                        const TsColumn *column,
                        gboolean        descending)
{
  gboolean same_column;

  g_return_if_fail (TS_IS_MATCH_LIST (self));

  same_column = column == self->sort_column;
  if (same_column && !descending == !self->descending)
    return;

  self->sort_column = column;
  self->descending = descending;
  /* The other way round is the same order, read from the end. */
  if (!same_column)
    sort_order (self);
  refresh (self, NULL);
}

/* A frozen list does not follow a new search until it is thawed (changes
 * to the records it shows it follows at once, as it must). */
void
ts_match_list_set_frozen (TsMatchList *self,
                          gboolean     frozen)
{
  g_return_if_fail (TS_IS_MATCH_LIST (self));

  self->frozen = frozen;
  if (!frozen)
    ts_match_list_flush (self);
}

void
ts_match_list_flush (TsMatchList *self)
{
  g_return_if_fail (TS_IS_MATCH_LIST (self));

  if (self->stale)
    refresh (self, NULL);
}

guint
ts_match_list_find (TsMatchList *self,
                    const char  *id)
{
  guint slot;

  g_return_val_if_fail (TS_IS_MATCH_LIST (self), G_MAXUINT);

  ts_match_list_flush (self);
  slot = ts_matches_find_slot (self->matches, id);
  if (slot == G_MAXUINT)
    return G_MAXUINT;

  for (guint i = 0; i < self->shown->len; i++)
    {
      if (g_array_index (self->shown, guint, i) == slot)
        return i;
    }

  return G_MAXUINT;
}

GArray *
ts_match_list_find_all (TsMatchList *self,
                        GHashTable  *ids)
{
  g_autoptr(GHashTable) slots = g_hash_table_new (NULL, NULL);
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (TS_IS_MATCH_LIST (self), positions);
  g_return_val_if_fail (ids != NULL, positions);

  ts_match_list_flush (self);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      guint slot = ts_matches_find_slot (self->matches, id);

      if (slot != G_MAXUINT)
        g_hash_table_add (slots, GUINT_TO_POINTER (slot + 1));
    }
  if (g_hash_table_size (slots) == 0)
    return positions;

  for (guint i = 0; i < self->shown->len; i++)
    {
      if (g_hash_table_contains (slots, GUINT_TO_POINTER (g_array_index (self->shown, guint, i) + 1)))
        g_array_append_val (positions, i);
    }

  return positions;
}

GPtrArray *
ts_match_list_dup_shown_records (TsMatchList *self)
{
  const guint *shown;
  GPtrArray *records;

  g_return_val_if_fail (TS_IS_MATCH_LIST (self), NULL);

  ts_match_list_flush (self);
  shown = (const guint *) (gpointer) self->shown->data;
  records = g_ptr_array_sized_new (self->shown->len);
  for (guint i = 0; i < self->shown->len; i++)
    g_ptr_array_add (records, ts_matches_get_record (self->matches, shown[i]));

  return records;
}
