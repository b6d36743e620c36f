/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-row-model"

#include "config.h"

#include "ts-row-model.h"

/* A list view realizes up to some 200 rows (GTK_LIST_VIEW_MAX_LIST_ITEMS
 * in GTK 4.8), building each row's widgets as it comes and destroying them
 * as it goes: a list growing from a few rows to thousands, or shrinking
 * back, changes by this many rows a main loop iteration (some 10 ms of
 * row building each) while within them. */
#define GROW_STEP   20
#define GROW_LIMIT  240

struct _TsRow
{
  GObject parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (TsRow, ts_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_ITEM,
  N_ROW_PROPS
};

static GParamSpec *row_properties[N_ROW_PROPS];

static void
ts_row_set_item (TsRow   *self,
                 GObject *item)
{
  /* The row holds its item, so an item it showed cannot be freed and
   * another take its address unnoticed. */
  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_ITEM]);
}

static void
ts_row_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  TsRow *self = TS_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_row_dispose (GObject *object)
{
  TsRow *self = TS_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (ts_row_parent_class)->dispose (object);
}

static void
ts_row_class_init (TsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ts_row_get_property;
  object_class->dispose = ts_row_dispose;

  row_properties[ROW_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_ROW_PROPS, row_properties);
}

static void
ts_row_init (TsRow *self)
{
}

GObject *
ts_row_get_item (TsRow *self)
{
  g_return_val_if_fail (TS_IS_ROW (self), NULL);

  return self->item;
}

struct _TsRowModel
{
  GObject parent_instance;

  GListModel *model;
  /* As many as the views were told of: fewer than the model has while
   * the list grows. */
  guint n_items;
  /* By position: the rows handed out so far, NULL where none was. */
  GPtrArray *rows;
  guint step_source;
};

static void ts_row_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsRowModel, ts_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ts_row_model_list_model_init))

static GType
ts_row_model_get_item_type (GListModel *list)
{
  return TS_TYPE_ROW;
}

static guint
ts_row_model_get_n_items (GListModel *list)
{
  return TS_ROW_MODEL (list)->n_items;
}

static gpointer
ts_row_model_get_item (GListModel *list,
                       guint       position)
{
  TsRowModel *self = TS_ROW_MODEL (list);
  TsRow *row;

  if (position >= self->n_items)
    return NULL;

  if (position >= self->rows->len)
    g_ptr_array_set_size (self->rows, position + 1);

  row = g_ptr_array_index (self->rows, position);
  if (row == NULL)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, position);

      row = g_object_new (TS_TYPE_ROW, NULL);
      row->item = g_steal_pointer (&item);
      self->rows->pdata[position] = row;
    }

  return g_object_ref (row);
}

static void
ts_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_row_model_get_item_type;
  iface->get_n_items = ts_row_model_get_n_items;
  iface->get_item = ts_row_model_get_item;
}

static void
announce (TsRowModel *self,
          guint       n_new)
{
  guint n_old = self->n_items;

  self->n_items = n_new;
  if (n_new < n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_new, n_old - n_new, 0);
  else if (n_new > n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_old, 0, n_new - n_old);
}

/* How many rows to show next: the model's count, reached at most
 * GROW_STEP rows at a time within the first GROW_LIMIT rows, where a view
 * at the top of the list realizes them. Rows shown past the model's end
 * are blank while they last, like the list's empty space below. */
static guint
next_step (TsRowModel *self)
{
  guint n_wanted = g_list_model_get_n_items (self->model);
  guint n_items = self->n_items;

  if (n_wanted >= n_items)
    return n_items >= GROW_LIMIT ? n_wanted : MIN (n_wanted, n_items + GROW_STEP);

  /* Shrinking: the rows past the realized ones go at once. */
  if (n_items > GROW_LIMIT)
    return MAX (n_wanted, GROW_LIMIT);

  return n_items - n_wanted > GROW_STEP ? n_items - GROW_STEP : n_wanted;
}

/* Shows what each row's position holds from @position on, and drops the
 * rows past the end. */
static void
update_rows (TsRowModel *self,
             guint       position,
             guint       n_items)
{
  if (self->rows->len > n_items)
    g_ptr_array_set_size (self->rows, n_items);
  for (guint i = position; i < self->rows->len; i++)
    {
      TsRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(GObject) item = NULL;

      if (row == NULL)
        continue;

      item = g_list_model_get_item (self->model, i);
      ts_row_set_item (row, item);
    }
}

static gboolean
on_step (gpointer user_data)
{
  TsRowModel *self = TS_ROW_MODEL (user_data);
  guint n_new = next_step (self);

  update_rows (self, G_MAXUINT, n_new);
  announce (self, n_new);
  if (self->n_items != g_list_model_get_n_items (self->model))
    return G_SOURCE_CONTINUE;

  self->step_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  TsRowModel *self)
{
  guint n_new = next_step (self);

  update_rows (self, position, n_new);
  announce (self, n_new);
  if (self->n_items != g_list_model_get_n_items (model) && self->step_source == 0)
    {
      self->step_source = g_idle_add (on_step, self);
      g_source_set_name_by_id (self->step_source, "[tianshan] rows step");
    }
}

static void
ts_row_model_dispose (GObject *object)
{
  TsRowModel *self = TS_ROW_MODEL (object);

  g_clear_handle_id (&self->step_source, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_ptr_array_set_size (self->rows, 0);

  G_OBJECT_CLASS (ts_row_model_parent_class)->dispose (object);
}

static void
ts_row_model_finalize (GObject *object)
{
  TsRowModel *self = TS_ROW_MODEL (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (ts_row_model_parent_class)->finalize (object);
}

static void
ts_row_model_class_init (TsRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_row_model_dispose;
  object_class->finalize = ts_row_model_finalize;
}

static void
unref_row (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

static void
ts_row_model_init (TsRowModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (unref_row);
}

TsRowModel *
ts_row_model_new (GListModel *model)
{
  TsRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (TS_TYPE_ROW_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);

  return self;
}
