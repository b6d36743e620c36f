/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-dataset-private.h"
#include "ts-error.h"
#include "ts-record-private.h"

/* Beyond this many replacements and removals of one type in one apply, the
 * type's list is rebuilt with a single splice instead of one splice per
 * record (each of which has to find the record first). */
#define MAX_SINGLE_EDITS 32

G_DEFINE_FINAL_TYPE (TsDataset, ts_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_RECORDS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  TsDataset   *self;
  GHashTable  *pending;   /* id → TsChange, the changes being applied */
  GError     **error;
  gboolean     failed;
} CheckData;

static TsRecord *
lookup_after (CheckData  *data,
              const char *id)
{
  TsChange *change = g_hash_table_lookup (data->pending, id);

  if (change != NULL)
    return change->new_record;
  return g_hash_table_lookup (data->self->records, id);
}

static void
check_reference_cb (TsRecord   *record,
                    const char *field,
                    const char *target_id,
                    gpointer    user_data)
{
  CheckData *data = user_data;
  TsRecord *target;

  if (data->failed)
    return;

  target = lookup_after (data, target_id);
  if (target == NULL)
    {
      _ts_record_set_error (data->error, TS_RECORD_ERROR_DANGLING_REFERENCE,
                            ts_record_get_id (record), field,
                            _("there is no record “%s”"), target_id);
      data->failed = TRUE;
    }
  else if ((ts_record_get_reference_types (record, field)
            & TS_RECORD_TYPE_BIT (ts_record_get_record_type (target))) == 0)
    {
      _ts_record_set_error (data->error, TS_RECORD_ERROR_INVALID_DATA,
                            ts_record_get_id (record), field,
                            _("“%s” is not a record this field can refer to"), target_id);
      data->failed = TRUE;
    }
}

static void
add_reference_cb (TsRecord   *record,
                  const char *field,
                  const char *target_id,
                  gpointer    user_data)
{
  TsDataset *self = user_data;
  GHashTable *referrers;
  GPtrArray *fields;

  referrers = g_hash_table_lookup (self->referrers, target_id);
  if (referrers == NULL)
    {
      referrers = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
      g_hash_table_insert (self->referrers, g_strdup (target_id), referrers);
    }

  fields = g_hash_table_lookup (referrers, record);
  if (fields == NULL)
    {
      fields = g_ptr_array_new ();
      g_hash_table_insert (referrers, record, fields);
    }

  g_ptr_array_add (fields, (gpointer) g_intern_string (field));
}

static void
remove_reference_cb (TsRecord   *record,
                     const char *field,
                     const char *target_id,
                     gpointer    user_data)
{
  TsDataset *self = user_data;
  GHashTable *referrers;

  referrers = g_hash_table_lookup (self->referrers, target_id);
  if (referrers == NULL)
    return;

  g_hash_table_remove (referrers, record);
  if (g_hash_table_size (referrers) == 0)
    g_hash_table_remove (self->referrers, target_id);
}

static void
build_referrers (TsDataset *self)
{
  GHashTableIter iter;
  gpointer record;

  if (self->records == NULL || self->referrers == NULL)
    return;

  g_hash_table_iter_init (&iter, self->records);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    ts_record_foreach_reference (record, add_reference_cb, self);
}

/* A load leaves the index of who refers to whom for its first user: most
 * sessions open a store and never ask, and those that do ask once. */
void
_ts_dataset_ensure_referrers (TsDataset *self)
{
  if (g_atomic_int_get (&self->referrers_built))
    return;

  g_mutex_lock (&self->referrers_lock);
  if (!g_atomic_int_get (&self->referrers_built))
    {
      build_referrers (self);
      g_atomic_int_set (&self->referrers_built, TRUE);
    }
  g_mutex_unlock (&self->referrers_lock);
}

static gpointer
index_referrers_thread (gpointer data)
{
  g_autoptr(TsDataset) self = data;

  _ts_dataset_ensure_referrers (self);

  return NULL;
}

/* Builds the index of who refers to whom, which a load leaves for its first
 * user, in a thread of its own, so that a window's first record opened,
 * edited or removed does not wait for it (only a load does not wait). */
void
ts_dataset_index_referrers_in_background (TsDataset *self)
{
  GThread *thread;

  g_return_if_fail (TS_IS_DATASET (self));

  if (g_atomic_int_get (&self->referrers_built))
    return;

  thread = g_thread_try_new ("ts-referrers", index_referrers_thread, g_object_ref (self), NULL);
  if (thread != NULL)
    g_thread_unref (thread);
  else
    g_object_unref (self);
}

static const char *
change_get_id (TsChange *change)
{
  return ts_record_get_id (change->new_record != NULL ? change->new_record : change->old_record);
}

static TsRecordType
change_get_type (TsChange *change)
{
  return ts_record_get_record_type (change->new_record != NULL
                                    ? change->new_record
                                    : change->old_record);
}

static gboolean
check_change (TsDataset   *self,
              TsChange    *change,
              GHashTable  *pending,
              GError     **error)
{
  TsRecord *current;
  const char *id;

  if (change == NULL || (change->old_record == NULL && change->new_record == NULL))
    {
      g_set_error_literal (error, TS_RECORD_ERROR, TS_RECORD_ERROR_FAILED,
                           _("A change has neither an old nor a new record"));
      return FALSE;
    }

  if (change->new_record != NULL && !ts_record_validate (change->new_record, error))
    return FALSE;

  id = change_get_id (change);
  if (change->old_record != NULL && change->new_record != NULL
      && g_strcmp0 (ts_record_get_id (change->old_record), id) != 0)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_INVALID_DATA,
                            ts_record_get_id (change->old_record),
                            "id", _("ids are stable: a record cannot become “%s”"), id);
      return FALSE;
    }

  if (g_hash_table_contains (pending, id))
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_DUPLICATE_ID, id, NULL,
                            _("the record appears more than once in one change"));
      return FALSE;
    }

  current = g_hash_table_lookup (self->records, id);
  if (change->old_record == NULL)
    {
      if (current != NULL)
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_DUPLICATE_ID, id, NULL,
                                _("a record with this id exists already"));
          return FALSE;
        }
    }
  else
    {
      if (current == NULL)
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_NOT_FOUND, id, NULL,
                                _("there is no such record to change or remove"));
          return FALSE;
        }
      if (current != change->old_record)
        {
          if (!ts_record_equal (current, change->old_record))
            {
              _ts_record_set_error (error, TS_RECORD_ERROR_FAILED, id, NULL,
                                   _("the record has changed meanwhile; reload it and try "
                                     "again"));
              return FALSE;
            }
          /* Views and undo must see the record the dataset held. */
          g_set_object (&change->old_record, current);
        }
      if (change->new_record == current)
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_FAILED, id, NULL,
                                _("records in a dataset are not changed in place: update "
                                  "a copy"));
          return FALSE;
        }
    }

  g_hash_table_insert (pending, (gpointer) id, change);
  return TRUE;
}

static gboolean
check_changes (TsDataset   *self,
               GPtrArray   *changes,
               GHashTable  *pending,
               GError     **error)
{
  CheckData data = { self, pending, error, FALSE };

  for (guint i = 0; i < changes->len; i++)
    {
      if (!check_change (self, g_ptr_array_index (changes, i), pending, error))
        return FALSE;
    }

  /* References are checked against the dataset as it will be, so records
   * added together may refer to each other. */
  for (guint i = 0; i < changes->len && !data.failed; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);

      if (change->new_record != NULL)
        ts_record_foreach_reference (change->new_record, check_reference_cb, &data);
    }
  if (data.failed)
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      const char *id = change_get_id (change);
      GHashTable *referrers;
      GHashTableIter iter;
      gpointer referrer, fields;

      if (change->new_record != NULL)
        continue;

      referrers = g_hash_table_lookup (self->referrers, id);
      if (referrers == NULL)
        continue;

      g_hash_table_iter_init (&iter, referrers);
      while (g_hash_table_iter_next (&iter, &referrer, &fields))
        {
          const char *referrer_id = ts_record_get_id (referrer);

          /* A referrer changed in the same set was checked above as it will
           * be. */
          if (g_hash_table_contains (pending, referrer_id))
            continue;

          _ts_record_set_error (error, TS_RECORD_ERROR_STILL_REFERENCED, id, NULL,
                                _("cannot be removed: “%s” refers to it (field “%s”)"),
                                referrer_id,
                                (const char *) g_ptr_array_index ((GPtrArray *) fields, 0));
          return FALSE;
        }
    }

  return TRUE;
}

static void
update_store (TsDataset    *self,
              TsRecordType  type,
              GPtrArray    *changes,
              GHashTable   *pending)
{
  GListStore *store = self->stores[type];
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  guint n_edits = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);

      if (change_get_type (change) != type)
        continue;
      if (change->old_record == NULL)
        g_ptr_array_add (added, change->new_record);
      else
        n_edits++;
    }

  if (n_edits > 0 && n_edits <= MAX_SINGLE_EDITS)
    {
      for (guint i = 0; i < changes->len; i++)
        {
          TsChange *change = g_ptr_array_index (changes, i);
          guint position;

          if (change->old_record == NULL || change_get_type (change) != type)
            continue;
          if (!g_list_store_find (store, change->old_record, &position))
            g_return_if_reached ();

          if (change->new_record != NULL)
            g_list_store_splice (store, position, 1, (gpointer *) &change->new_record, 1);
          else
            g_list_store_remove (store, position);
        }
    }
  else if (n_edits > 0)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_items, g_object_unref);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(TsRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);
          TsChange *change = g_hash_table_lookup (pending, ts_record_get_id (record));

          if (change == NULL || change->old_record != record)
            g_ptr_array_add (items, g_steal_pointer (&record));
          else if (change->new_record != NULL)
            g_ptr_array_add (items, g_object_ref (change->new_record));
        }

      g_list_store_splice (store, 0, n_items, items->pdata, items->len);
    }

  if (added->len > 0)
    g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                         added->pdata, added->len);
}

typedef struct
{
  TsDataset  *self;
  GError    **error;
  gboolean    failed;
} LoadData;

/* check_reference_cb() against the records already in the dataset; the
 * reverse-link index is left for its first user. */
static void
load_reference_cb (TsRecord   *record,
                   const char *field,
                   const char *target_id,
                   gpointer    user_data)
{
  LoadData *data = user_data;
  CheckData check = { data->self, NULL, data->error, FALSE };
  TsRecord *target;

  if (data->failed)
    return;

  /* The target's type is its id's (every record was validated, which
   * checks each reference's id against the types its field allows): only
   * whether it exists is left to check. */
  target = g_hash_table_lookup (data->self->records, target_id);
  if (target == NULL)
    {
      /* For the same message as an apply gives. */
      check.pending = g_hash_table_new (g_str_hash, g_str_equal);
      check_reference_cb (record, field, target_id, &check);
      g_hash_table_unref (check.pending);
      data->failed = TRUE;
    }
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;
  int result = ts_date_compare (ts_record_get_date (rb), ts_record_get_date (ra));

  if (result != 0)
    return result;
  return g_strcmp0 (ts_record_get_id (ra), ts_record_get_id (rb));
}

static void
ts_dataset_dispose (GObject *object)
{
  TsDataset *self = (TsDataset *)object;

  g_clear_pointer (&self->search_texts, g_hash_table_unref);
  g_clear_pointer (&self->name_texts, g_hash_table_unref);
  g_clear_pointer (&self->referrers, g_hash_table_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);
  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    g_clear_object (&self->stores[i]);

  G_OBJECT_CLASS (ts_dataset_parent_class)->dispose (object);
}

static void
ts_dataset_finalize (GObject *object)
{
  TsDataset *self = (TsDataset *)object;

  if (self->commit_destroy != NULL)
    self->commit_destroy (self->commit_data);
  g_mutex_clear (&self->referrers_lock);

  G_OBJECT_CLASS (ts_dataset_parent_class)->finalize (object);
}

static void
ts_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TsDataset *self = TS_DATASET (object);

  switch (prop_id)
    {
    case PROP_N_RECORDS:
      g_value_set_uint (value, ts_dataset_get_n_records (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_dataset_class_init (TsDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_dataset_dispose;
  object_class->finalize = ts_dataset_finalize;
  object_class->get_property = ts_dataset_get_property;

  properties[PROP_N_RECORDS] =
    g_param_spec_uint ("n-records", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsDataset::changed:
   * @changes: (element-type TsChange): what changed, in the order applied
   *
   * Emitted once per successful ts_dataset_apply(), after the lists and
   * lookups show the new state.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
ts_dataset_init (TsDataset *self)
{
  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    self->stores[i] = g_list_store_new (ts_record_type_get_gtype (i));

  self->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->referrers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_hash_table_unref);
  self->referrers_built = TRUE;
  g_mutex_init (&self->referrers_lock);
  self->search_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->name_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

TsChange *
ts_change_new (TsRecord *old_record,
               TsRecord *new_record)
{
  TsChange *change;

  g_return_val_if_fail (old_record == NULL || TS_IS_RECORD (old_record), NULL);
  g_return_val_if_fail (new_record == NULL || TS_IS_RECORD (new_record), NULL);
  g_return_val_if_fail (old_record != NULL || new_record != NULL, NULL);

  change = g_new0 (TsChange, 1);
  change->old_record = old_record != NULL ? g_object_ref (old_record) : NULL;
  change->new_record = new_record != NULL ? g_object_ref (new_record) : NULL;
  return change;
}

void
ts_change_free (TsChange *change)
{
  if (change == NULL)
    return;

  g_clear_object (&change->old_record);
  g_clear_object (&change->new_record);
  g_free (change);
}

TsDataset *
ts_dataset_new (void)
{
  return g_object_new (TS_TYPE_DATASET, NULL);
}

GListModel *
ts_dataset_get_records (TsDataset    *self,
                        TsRecordType  type)
{
  g_return_val_if_fail (TS_IS_DATASET (self), NULL);
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);

  return G_LIST_MODEL (self->stores[type]);
}

guint
ts_dataset_get_n_records (TsDataset *self)
{
  g_return_val_if_fail (TS_IS_DATASET (self), 0);

  return g_hash_table_size (self->records);
}

TsRecord *
ts_dataset_lookup (TsDataset  *self,
                   const char *id)
{
  g_return_val_if_fail (TS_IS_DATASET (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->records, id);
}

gboolean
ts_dataset_apply (TsDataset  *self,
                  GPtrArray  *changes,
                  GError    **error)
{
  g_autoptr(GHashTable) pending = NULL;
  gboolean types_touched[TS_N_RECORD_TYPES] = { FALSE, };
  guint n_records_before;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (changes->len == 0)
    return TRUE;

  _ts_dataset_ensure_referrers (self);
  pending = g_hash_table_new (g_str_hash, g_str_equal);
  if (!check_changes (self, changes, pending, error))
    return FALSE;

  if (self->commit_func != NULL && !self->applying_external
      && !self->commit_func (self, changes, self->commit_data, error))
    return FALSE;

  n_records_before = g_hash_table_size (self->records);

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);

      if (change->old_record == NULL)
        continue;

      ts_record_foreach_reference (change->old_record, remove_reference_cb, self);
      g_hash_table_remove (self->search_texts, change->old_record);
      g_hash_table_remove (self->name_texts, change->old_record);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);
      const char *id = change_get_id (change);

      types_touched[change_get_type (change)] = TRUE;
      if (change->new_record != NULL)
        {
          g_hash_table_replace (self->records, g_strdup (id), g_object_ref (change->new_record));
          ts_record_foreach_reference (change->new_record, add_reference_cb, self);
        }
      else
        {
          g_hash_table_remove (self->records, id);
        }
    }

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, i);

      if (change->old_record != NULL)
        _ts_dataset_forget_search_texts_linking (self, change_get_id (change));
    }

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      if (types_touched[type])
        update_store (self, type, changes, pending);
    }

  g_signal_emit (self, signals[CHANGED], 0, changes);

  if (n_records_before != g_hash_table_size (self->records))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDS]);

  return TRUE;
}

/* Everything ts_dataset_apply() does for additions to an empty dataset,
 * but each record is validated once (by the codec, not again here), no
 * TsChange or pending table is made unless someone listens, and each list
 * is filled with one splice. */
gboolean
ts_dataset_load (TsDataset  *self,
                 GPtrArray  *records,
                 GError    **error)
{
  g_autoptr(GPtrArray) by_type = NULL;
  LoadData data = { self, error, FALSE };

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (g_hash_table_size (self->records) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (records->len == 0)
    return TRUE;

  /* Of TsRecord (not owned), one per type. */
  by_type = g_ptr_array_new_full (TS_N_RECORD_TYPES, (GDestroyNotify) g_ptr_array_unref);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_ptr_array_add (by_type, g_ptr_array_new ());

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      const char *id = ts_record_get_id (record);

      if (!g_hash_table_insert (self->records, g_strdup (id), g_object_ref (record)))
        {
          _ts_record_set_error (error, TS_RECORD_ERROR_DUPLICATE_ID, id, NULL,
                                _("the record appears more than once in one change"));
          data.failed = TRUE;
          break;
        }
      g_ptr_array_add (g_ptr_array_index (by_type, ts_record_get_record_type (record)), record);
    }

  /* References only once every record is in, as records loaded together
   * may refer to each other in any order. */
  for (guint i = 0; i < records->len && !data.failed; i++)
    ts_record_foreach_reference (g_ptr_array_index (records, i), load_reference_cb, &data);

  if (data.failed)
    {
      g_hash_table_remove_all (self->records);
      return FALSE;
    }

  /* The index was empty and is built from every record on first use. */
  g_atomic_int_set (&self->referrers_built, FALSE);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GPtrArray *of_type = g_ptr_array_index (by_type, type);

      g_list_store_splice (self->stores[type], 0, 0, of_type->pdata, of_type->len);
    }

  if (g_signal_has_handler_pending (self, signals[CHANGED], 0, FALSE))
    {
      g_autoptr(GPtrArray) changes = NULL;

      changes = g_ptr_array_new_full (records->len, (GDestroyNotify) ts_change_free);
      for (guint i = 0; i < records->len; i++)
        g_ptr_array_add (changes, ts_change_new (NULL, g_ptr_array_index (records, i)));
      g_signal_emit (self, signals[CHANGED], 0, changes);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDS]);
  return TRUE;
}

/* A new record without times gets the current time as both. */
gboolean
ts_dataset_add (TsDataset  *self,
                TsRecord   *record,
                GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

  if (ts_record_get_created (record) == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      ts_record_set_created (record, now);
      if (ts_record_get_modified (record) == NULL)
        ts_record_set_modified (record, now);
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_ptr_array_add (changes, ts_change_new (NULL, record));
  return ts_dataset_apply (self, changes, error);
}

/* An edit: @record's modification time becomes now, and it keeps the
 * creation time of the record it replaces. */
gboolean
ts_dataset_update (TsDataset  *self,
                   TsRecord   *record,
                   GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GDateTime) now = NULL;
  TsRecord *current;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

  current = ts_dataset_lookup (self, ts_record_get_id (record));
  if (current == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_NOT_FOUND, ts_record_get_id (record), NULL,
                            _("there is no such record to change"));
      return FALSE;
    }
  if (current == record)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_FAILED, ts_record_get_id (record), NULL,
                            _("records in a dataset are not changed in place: update a copy"));
      return FALSE;
    }

  now = g_date_time_new_now_utc ();
  ts_record_set_modified (record, now);
  if (ts_record_get_created (record) == NULL)
    ts_record_set_created (record, ts_record_get_created (current));

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_ptr_array_add (changes, ts_change_new (current, record));
  return ts_dataset_apply (self, changes, error);
}

gboolean
ts_dataset_save (TsDataset  *self,
                 GPtrArray  *records,
                 GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  now = g_date_time_new_now_utc ();
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      TsRecord *current = ts_dataset_lookup (self, ts_record_get_id (record));

      g_return_val_if_fail (TS_IS_RECORD (record), FALSE);

      if (current == record)
        continue;
      if (current != NULL)
        {
          ts_record_set_modified (record, now);
          if (ts_record_get_created (record) == NULL)
            ts_record_set_created (record, ts_record_get_created (current));
        }
      else if (ts_record_get_created (record) == NULL)
        {
          ts_record_set_created (record, now);
          if (ts_record_get_modified (record) == NULL)
            ts_record_set_modified (record, now);
        }
      g_ptr_array_add (changes, ts_change_new (current, record));
    }

  if (changes->len == 0)
    return TRUE;
  return ts_dataset_apply (self, changes, error);
}

gboolean
ts_dataset_remove (TsDataset   *self,
                   const char  *id,
                   GError     **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  TsRecord *current;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  current = ts_dataset_lookup (self, id);
  if (current == NULL)
    {
      _ts_record_set_error (error, TS_RECORD_ERROR_NOT_FOUND, id, NULL,
                            _("there is no such record to remove"));
      return FALSE;
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);
  g_ptr_array_add (changes, ts_change_new (current, NULL));
  return ts_dataset_apply (self, changes, error);
}

gboolean
ts_dataset_merge (TsDataset  *self,
                  GPtrArray  *records,
                  guint      *n_added,
                  guint      *n_changed,
                  GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  guint added = 0;
  guint changed = 0;

  g_return_val_if_fail (TS_IS_DATASET (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  changes = g_ptr_array_new_full (records->len, (GDestroyNotify) ts_change_free);
  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);
      TsRecord *current = ts_dataset_lookup (self, ts_record_get_id (record));

      if (current == NULL)
        {
          g_ptr_array_add (changes, ts_change_new (NULL, record));
          added++;
        }
      else if (!ts_record_equal (current, record))
        {
          g_ptr_array_add (changes, ts_change_new (current, record));
          changed++;
        }
    }

  if (!ts_dataset_apply (self, changes, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = added;
  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}

void
ts_dataset_set_commit_func (TsDataset      *self,
                            TsCommitFunc    func,
                            gpointer        user_data,
                            GDestroyNotify  destroy)
{
  g_return_if_fail (TS_IS_DATASET (self));

  if (self->commit_destroy != NULL)
    self->commit_destroy (self->commit_data);

  self->commit_func = func;
  self->commit_data = user_data;
  self->commit_destroy = destroy;
}

/* Returns: (transfer container) (element-type TsRecord): never NULL */
GPtrArray *
ts_dataset_list_referrers (TsDataset  *self,
                           const char *id,
                           int         type,
                           const char *field)
{
  GPtrArray *result;
  GHashTable *referrers;
  GHashTableIter iter;
  gpointer referrer, fields;

  g_return_val_if_fail (TS_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  _ts_dataset_ensure_referrers (self);
  referrers = g_hash_table_lookup (self->referrers, id);
  if (referrers == NULL)
    return result;

  g_hash_table_iter_init (&iter, referrers);
  while (g_hash_table_iter_next (&iter, &referrer, &fields))
    {
      if (type >= 0 && (int) ts_record_get_record_type (referrer) != type)
        continue;
      if (field != NULL)
        {
          GPtrArray *through = fields;
          gboolean found = FALSE;

          for (guint i = 0; i < through->len && !found; i++)
            found = g_str_equal (g_ptr_array_index (through, i), field);
          if (!found)
            continue;
        }

      g_ptr_array_add (result, g_object_ref (referrer));
    }

  g_ptr_array_sort (result, compare_newest_first);
  return result;
}
