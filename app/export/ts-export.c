/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-collate.h"
#include "ts-error.h"
#include "ts-export.h"
#include "ts-export-file.h"
#include "ts-export-private.h"
#include "ts-matches.h"
#include "ts-neighbourhood.h"

struct _TsExportData
{
  gatomicrefcount  ref_count;
  GPtrArray       *records[TS_N_RECORD_TYPES];
  GHashTable      *lookup;      /* id → TsRecord, the whole dataset */
  /* The records that came in as linked context, not matching the scope. */
  GHashTable      *linked;      /* TsRecord set */
  guint            n_linked[TS_N_RECORD_TYPES];
  /* A dossier's record, or NULL. */
  TsRecord        *focus;
  guint            hops;
  char            *scope;
  TsDate           first_date;
  TsDate           last_date;
  TsDate           query_from;
  TsDate           query_to;
  /* Until prepared: every record of the dataset (a reference each), from
   * which the lookup is made; whether the scope's order is kept. */
  GPtrArray       *all;
  gboolean         keep_order;
  /* Taken from the window's matches (the main thread): which holds the
   * records alive (ts_matches_hold_records()) until the thread that
   * prepares the data has referenced them, so that the click costs no
   * reference to each of 100 000 records. Meanwhile @all and @in_scope
   * (the records in scope, in order, when not every one is) hold no
   * references of their own. The matches are released in @thread, the
   * thread that took the snapshot, through @context when another thread
   * lets them go. */
  TsMatches       *held;
  GMainContext    *context;
  GThread         *thread;
  GPtrArray       *in_scope;
  gboolean         take_all;    /* every record is in scope */
  /* What is prepared (PREPARED_*), read without the lock; the lock is
   * held while preparing. Which types are sorted, when only some are. */
  int              prepared;
  GMutex           lock;
  gboolean         sorted[TS_N_RECORD_TYPES];
};

enum
{
  PREPARED_NONE,
  /* The lookup and the records in scope, not sorted; no linked context:
   * enough for a CSV file, which holds the records of one type. */
  PREPARED_SCOPE,
  PREPARED_ALL
};

/* @matches: NULL, or the dataset's matches, whose records lie in one
 * array (slot order): quicker to take than through the dataset's lists. */
static TsExportData *
create_data (TsDataset *dataset,
             TsMatches *matches)
{
  TsExportData *self = g_new0 (TsExportData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);
  /* Only references here: the lookup, the sorting and the linked context
   * are made by ts_export_data_prepare(), in the thread that writes. The
   * order of the records does not matter: they go to the lookup, and to
   * the sheets, which are sorted, when every record is in scope. */
  self->all = g_ptr_array_new_full (ts_dataset_get_n_records (dataset), NULL);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    self->records[type] = g_ptr_array_new_with_free_func (g_object_unref);

  if (matches != NULL)
    {
      guint n_slots = ts_matches_get_n_slots (matches);

      ts_matches_hold_records (matches);
      self->held = g_object_ref (matches);
      self->context = g_main_context_ref_thread_default ();
      self->thread = g_thread_ref (g_thread_self ());
      for (guint slot = 0; slot < n_slots; slot++)
        {
          TsRecord *record = ts_matches_get_record (matches, slot);

          if (record != NULL)
            g_ptr_array_add (self->all, record);
        }
      return self;
    }

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *model = ts_dataset_get_records (dataset, type);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->all, g_list_model_get_item (model, i));
    }

  return self;
}

static gboolean
release_matches (gpointer user_data)
{
  ts_matches_release_records (user_data);
  return G_SOURCE_REMOVE;
}

/* Lets the matches go of the records they hold for @self, in their own
 * thread. */
static void
release_held (TsExportData *self)
{
  if (self->held == NULL)
    return;
  if (self->thread == g_thread_self ())
    {
      release_matches (self->held);
      g_clear_object (&self->held);
    }
  else
    _ts_export_call_in_context (self->context, release_matches, g_steal_pointer (&self->held),
                                g_object_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->thread, g_thread_unref);
}

/* The records taken from held matches get their references, here in the
 * thread that prepares the data, and the matches are let go of. */
static void
reference_held (TsExportData *self)
{
  if (self->held == NULL)
    return;

  for (guint i = 0; i < self->all->len; i++)
    g_object_ref (self->all->pdata[i]);
  if (self->in_scope != NULL)
    {
      for (guint i = 0; i < self->in_scope->len; i++)
        {
          TsRecord *record = self->in_scope->pdata[i];

          g_ptr_array_add (self->records[ts_record_get_record_type (record)],
                           g_object_ref (record));
        }
      g_clear_pointer (&self->in_scope, g_ptr_array_unref);
    }
  release_held (self);
}

static void
build_lookup (TsExportData *self)
{
  reference_held (self);
  if (self->take_all)
    for (guint i = 0; i < self->all->len; i++)
      {
        TsRecord *record = self->all->pdata[i];

        g_ptr_array_add (self->records[ts_record_get_record_type (record)],
                         g_object_ref (record));
      }

  self->lookup = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->linked = g_hash_table_new (g_direct_hash, g_direct_equal);
  /* The references of the snapshot go to the lookup; the keys live in
   * the records, which the table keeps alive. */
  for (guint i = 0; i < self->all->len; i++)
    g_hash_table_replace (self->lookup, (gpointer) ts_record_get_id (self->all->pdata[i]),
                          self->all->pdata[i]);
  g_clear_pointer (&self->all, g_ptr_array_unref);
}

typedef struct
{
  TsExportData *self;
  GHashTable   *present;   /* TsRecord set: in scope or linked */
  GPtrArray    *added;
  gboolean      citations_only;
} LinkState;

static void
add_linked (TsRecord   *record,
            const char *field,
            const char *target_id,
            gpointer    user_data)
{
  LinkState *state = user_data;
  TsRecord *target;

  if (state->citations_only && !ts_neighbourhood_is_citation (record, field))
    return;

  target = g_hash_table_lookup (state->self->lookup, target_id);
  if (target == NULL || g_hash_table_contains (state->present, target))
    return;

  g_hash_table_add (state->present, target);
  g_hash_table_add (state->self->linked, target);
  g_ptr_array_add (state->self->records[ts_record_get_record_type (target)],
                   g_object_ref (target));
  state->self->n_linked[ts_record_get_record_type (target)]++;
  g_ptr_array_add (state->added, target);
}

/* The linked context: what the records in scope link to (their people,
 * places, organizations, agreements, projects and sources), and the
 * sources those cite, so that every citation has a row to point to. */
static void
add_linked_context (TsExportData *self)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) matched = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  LinkState state = { self, present, added, FALSE };

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GPtrArray *records = self->records[type];

      for (guint i = 0; i < records->len; i++)
        {
          g_hash_table_add (present, records->pdata[i]);
          g_ptr_array_add (matched, records->pdata[i]);
        }
    }

  for (guint i = 0; i < matched->len; i++)
    ts_record_foreach_reference (matched->pdata[i], add_linked, &state);

  state.citations_only = TRUE;
  /* Grows while it is walked: a source may cite another. */
  for (guint i = 0; i < added->len; i++)
    ts_record_foreach_reference (added->pdata[i], add_linked, &state);
}

static void
update_date_range (TsExportData *self,
                   const TsDate *date)
{
  if (!ts_date_is_set (date))
    return;
  if (!ts_date_is_set (&self->first_date) || ts_date_compare (date, &self->first_date) < 0)
    self->first_date = *date;
  if (!ts_date_is_set (&self->last_date) || ts_date_compare (date, &self->last_date) > 0)
    self->last_date = *date;
}

/* A record as the sheets are sorted: its collation key made once, rather
 * than g_utf8_collate() at each of the n log n comparisons. */
typedef struct
{
  TsRecord     *record;
  const TsDate *date;
  guint64       date_key; /* ts_date_get_sort_key() of the date, made once too */
  char         *key;     /* ts_collate_key() of the title; NULL when unsorted */
  guint         index;   /* the position before sorting */
  gboolean      linked;
} SortEntry;

/* The records in scope first, then the linked ones, each by date, title
 * (as g_utf8_collate() orders them: strcmp() of their keys does) and id;
 * when the scope's order is kept (no key), as they are. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;
  int cmp;

  if (ea->linked != eb->linked)
    return ea->linked ? 1 : -1;
  if (ea->key == NULL || eb->key == NULL)
    return ea->index < eb->index ? -1 : ea->index > eb->index;

  /* ts_date_compare()'s order: by the key, which only two sets of days
   * can share and still differ. */
  if (ea->date_key != eb->date_key)
    return ea->date_key < eb->date_key ? -1 : 1;
  if (ea->date->precision == TS_DATE_PRECISION_DAYS
      && (cmp = ts_date_compare (ea->date, eb->date)) != 0)
    return cmp;
  cmp = strcmp (ea->key, eb->key);
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (ts_record_get_id (ea->record), ts_record_get_id (eb->record));
}

/* Sort entries @start to @end of @records, in whichever thread. */
typedef struct
{
  TsExportData *self;
  GPtrArray *records;
  SortEntry *entries;
  guint start;
  guint end;
  gboolean keep_order;
} EntryRange;

static gpointer
fill_entries (gpointer data)
{
  EntryRange *range = data;

  for (guint i = range->start; i < range->end; i++)
    {
      TsRecord *record = range->records->pdata[i];
      SortEntry *entry = &range->entries[i];

      entry->record = record;
      entry->date = ts_record_get_date (record);
      entry->date_key = ts_date_get_sort_key (entry->date);
      entry->index = i;
      entry->linked = g_hash_table_contains (range->self->linked, record);
      /* With the scope's order kept, only the linked ones are sorted. */
      entry->key = !range->keep_order || entry->linked
                   ? ts_collate_key (ts_record_get_display_name (record)) : NULL;
    }
  return NULL;
}

static void
sort_records (TsExportData *self,
              GPtrArray    *records,
              gboolean      keep_order)
{
  g_autofree SortEntry *entries = NULL;
  EntryRange first, second;
  GThread *worker = NULL;

  if (records->len < 2)
    return;

  entries = g_new (SortEntry, records->len);
  first = (EntryRange) { self, records, entries, 0, records->len, keep_order };
  /* A worker makes the second half's collation keys, most of a sort's
   * time, while this thread makes the first half's. */
  if (records->len >= TS_EXPORT_TWO_THREADS_MIN)
    {
      second = first;
      first.end = second.start = records->len / 2;
      worker = g_thread_new ("[tianshan] sort", fill_entries, &second);
    }
  fill_entries (&first);
  if (worker != NULL)
    g_thread_join (worker);

  g_qsort_with_data (entries, records->len, sizeof (SortEntry), compare_entries, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      records->pdata[i] = entries[i].record;
      g_free (entries[i].key);
    }
}

/* The lookup, the date range, the linked context and the order: the work
 * of making the snapshot, done once, where ts_export_data_prepare() is
 * called. Sorting again a type sorted by ts_export_data_prepare_type()
 * gives the same order (the comparison is total, and with the scope's
 * order kept the records in scope stay where they are); the linked
 * records it adds go after those in scope. Called with the lock held. */
static void
finish_data (TsExportData *self)
{
  if (self->prepared == PREPARED_NONE)
    build_lookup (self);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GPtrArray *records = self->records[type];

      for (guint i = 0; i < records->len; i++)
        update_date_range (self, ts_record_get_date (records->pdata[i]));
    }

  add_linked_context (self);

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      sort_records (self, self->records[type], self->keep_order);
      self->sorted[type] = TRUE;
    }
}

void
ts_export_data_prepare (TsExportData *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_int_get (&self->prepared) == PREPARED_ALL)
    return;

  g_mutex_lock (&self->lock);
  if (self->prepared != PREPARED_ALL)
    {
      finish_data (self);
      g_atomic_int_set (&self->prepared, PREPARED_ALL);
    }
  g_mutex_unlock (&self->lock);
}

void
ts_export_data_prepare_type (TsExportData *self,
                             int           type)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (type < TS_N_RECORD_TYPES);

  if (g_atomic_int_get (&self->prepared) == PREPARED_ALL)
    return;

  g_mutex_lock (&self->lock);
  if (self->prepared == PREPARED_NONE)
    {
      build_lookup (self);
      g_atomic_int_set (&self->prepared, PREPARED_SCOPE);
    }
  if (self->prepared == PREPARED_SCOPE && type >= 0 && !self->sorted[type])
    {
      sort_records (self, self->records[type], self->keep_order);
      self->sorted[type] = TRUE;
    }
  g_mutex_unlock (&self->lock);
}

static gboolean
check_prepared (TsExportData *self)
{
  if (G_LIKELY (g_atomic_int_get (&self->prepared) != PREPARED_NONE))
    return TRUE;
  g_critical ("An export's data is used before ts_export_data_prepare()");
  return FALSE;
}

/* The records of @query's types in the dataset's order, as
 * ts_matches_select() gives them, when the types are all @query asks for
 * (the command line's --type): without matching the whole dataset. NULL
 * when @query asks for more. */
static GPtrArray *
select_types_only (TsDataset *dataset,
                   TsQuery   *query)
{
  guint types = ts_query_get_types (query);
  const char * const *words = ts_query_get_words (query);
  g_autoptr(TsQuery) rest = NULL;
  GPtrArray *selected;

  if (types == 0 || (words != NULL && words[0] != NULL))
    return NULL;
  rest = ts_query_copy (query);
  ts_query_set_types (rest, 0);
  if (ts_query_has_filters (rest))
    return NULL;

  selected = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *model;
      guint n;

      if ((types & (1u << type)) == 0)
        continue;
      model = ts_dataset_get_records (dataset, type);
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (selected, g_list_model_get_item (model, i));
    }
  return selected;
}

/* @selected: what @query selects, or NULL to have it selected here. */
static TsExportData *
snapshot_selected (TsDataset *dataset,
                   TsMatches *matches,
                   TsQuery   *query,
                   GPtrArray *selected)
{
  TsExportData *self = create_data (dataset, matches);

  if (query != NULL && !ts_query_is_empty (query))
    {
      g_autoptr(GPtrArray) own = NULL;

      if (selected == NULL)
        selected = own = select_types_only (dataset, query);
      if (selected == NULL)
        selected = own = ts_matches_select (dataset, query);
      if (self->held != NULL && own == NULL)
        self->in_scope = g_ptr_array_copy (selected, NULL, NULL);
      else
        for (guint i = 0; i < selected->len; i++)
          {
            TsRecord *record = selected->pdata[i];

            g_ptr_array_add (self->records[ts_record_get_record_type (record)],
                             g_object_ref (record));
          }
      self->scope = ts_query_describe (query);
      self->query_from = *ts_query_get_from (query);
      self->query_to = *ts_query_get_to (query);
    }
  else
    {
      /* Added to the sheets when the data is prepared. */
      self->take_all = TRUE;
      self->scope = g_strdup (_("All records"));
    }

  return self;
}

TsExportData *
ts_export_data_snapshot (TsDataset *dataset,
                         TsQuery   *query)
{
  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), NULL);

  return snapshot_selected (dataset, NULL, query, NULL);
}

TsExportData *
ts_export_data_snapshot_matches (TsMatches *matches)
{
  TsQuery *query;
  g_autoptr(GPtrArray) selected = NULL;

  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);

  query = ts_matches_get_query (matches);
  if (!ts_query_is_empty (query))
    {
      guint n_slots = ts_matches_get_n_slots (matches);

      /* In slot order: the sheets are sorted anyway. */
      selected = g_ptr_array_new ();
      for (guint slot = 0; slot < n_slots; slot++)
        if (ts_matches_contains (matches, slot) && ts_matches_get_record (matches, slot) != NULL)
          g_ptr_array_add (selected, ts_matches_get_record (matches, slot));
    }

  return snapshot_selected (ts_matches_get_dataset (matches), matches, query, selected);
}

TsExportData *
ts_export_data_new (TsDataset *dataset,
                    TsQuery   *query)
{
  TsExportData *self = ts_export_data_snapshot (dataset, query);

  if (self != NULL)
    ts_export_data_prepare (self);
  return self;
}

TsExportData *
ts_export_data_new_around (TsDataset   *dataset,
                           TsQuery     *query,
                           const char  *id,
                           guint        hops,
                           GError     **error)
{
  g_autoptr(GPtrArray) neighbourhood = NULL;
  g_autofree char *around = NULL;
  TsExportData *self;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  neighbourhood = ts_neighbourhood_collect (dataset, id, hops, NULL, error);
  if (neighbourhood == NULL)
    return NULL;

  self = create_data (dataset, NULL);
  self->focus = g_object_ref (neighbourhood->pdata[0]);
  self->hops = hops;
  for (guint i = 0; i < neighbourhood->len; i++)
    {
      TsRecord *record = neighbourhood->pdata[i];

      /* The search and filters narrow the neighbourhood, never to nothing. */
      if (i > 0 && query != NULL && !ts_query_is_empty (query)
          && !ts_query_matches (query, dataset, record))
        continue;
      g_ptr_array_add (self->records[ts_record_get_record_type (record)],
                       g_object_ref (record));
    }

  if (hops == 0)
    around = g_strdup_printf ("“%s”", ts_record_get_display_name (self->focus));
  else if (hops == 1)
    /* Translators: the scope of a dossier; %s is the record's title */
    around = g_strdup_printf (_("“%s” and the records linked to it"),
                              ts_record_get_display_name (self->focus));
  else
    /* Translators: the scope of a dossier: %s is the record's title, %u the
     * number of links followed from it (--hops), 2 or more */
    around = g_strdup_printf (ngettext ("“%s” and the records up to %u link from it",
                                        "“%s” and the records up to %u links from it", hops),
                              ts_record_get_display_name (self->focus), hops);
  if (query != NULL && !ts_query_is_empty (query))
    {
      g_autofree char *described = ts_query_describe (query);

      self->scope = g_strdup_printf ("%s; %s", around, described);
      self->query_from = *ts_query_get_from (query);
      self->query_to = *ts_query_get_to (query);
    }
  else
    self->scope = g_steal_pointer (&around);

  ts_export_data_prepare (self);
  return self;
}

static TsExportData *
snapshot_records (TsDataset  *dataset,
                  TsMatches  *matches,
                  GPtrArray  *records,
                  const char *scope)
{
  TsExportData *self;

  self = create_data (dataset, matches);
  /* The list's records are in the matches' slots, which hold them. */
  if (self->held != NULL)
    self->in_scope = g_ptr_array_copy (records, NULL, NULL);
  else
    for (guint i = 0; i < records->len; i++)
      {
        TsRecord *record = records->pdata[i];

        g_ptr_array_add (self->records[ts_record_get_record_type (record)],
                         g_object_ref (record));
      }

  if (scope != NULL)
    self->scope = g_strdup (scope);
  else
    self->scope = g_strdup_printf (ngettext ("%u selected record", "%u selected records",
                                             records->len),
                                   records->len);

  self->keep_order = TRUE;
  return self;
}

TsExportData *
ts_export_data_snapshot_records (TsDataset  *dataset,
                                 GPtrArray  *records,
                                 const char *scope)
{
  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (records != NULL, NULL);

  return snapshot_records (dataset, NULL, records, scope);
}

TsExportData *
ts_export_data_snapshot_list (TsMatches  *matches,
                              GPtrArray  *records,
                              const char *scope)
{
  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);
  g_return_val_if_fail (records != NULL, NULL);

  return snapshot_records (ts_matches_get_dataset (matches), matches, records, scope);
}

TsExportData *
ts_export_data_snapshot_everything (TsMatches *matches)
{
  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);

  return snapshot_selected (ts_matches_get_dataset (matches), matches, NULL, NULL);
}

TsExportData *
ts_export_data_new_for_records (TsDataset  *dataset,
                                GPtrArray  *records,
                                const char *scope)
{
  TsExportData *self = ts_export_data_snapshot_records (dataset, records, scope);

  if (self != NULL)
    ts_export_data_prepare (self);
  return self;
}

TsExportData *
ts_export_data_ref (TsExportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ts_export_data_unref (TsExportData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    g_clear_pointer (&self->records[type], g_ptr_array_unref);
  if (self->all != NULL)
    {
      /* Never prepared: the snapshot's references are its own, unless
       * the matches still hold the records. */
      if (self->held == NULL)
        g_ptr_array_set_free_func (self->all, g_object_unref);
      g_clear_pointer (&self->all, g_ptr_array_unref);
    }
  g_clear_pointer (&self->in_scope, g_ptr_array_unref);
  release_held (self);
  g_clear_pointer (&self->lookup, g_hash_table_unref);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  g_clear_object (&self->focus);
  g_free (self->scope);
  g_mutex_clear (&self->lock);
  g_free (self);
}

GPtrArray *
ts_export_data_get_records (TsExportData *self,
                            TsRecordType  type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);
  g_return_val_if_fail (check_prepared (self), NULL);

  return self->records[type];
}

guint
ts_export_data_get_n_cited_sources (TsExportData *self)
{
  return self->n_linked[TS_RECORD_TYPE_SOURCE];
}

gboolean
ts_export_data_is_linked (TsExportData *self,
                          TsRecord     *record)
{
  g_return_val_if_fail (check_prepared (self), FALSE);

  return g_hash_table_contains (self->linked, record);
}

guint
ts_export_data_get_n_linked (TsExportData *self,
                             TsRecordType  type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, 0);

  return self->n_linked[type];
}

guint
ts_export_data_get_n_matched (TsExportData *self,
                              TsRecordType  type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, 0);
  g_return_val_if_fail (check_prepared (self), 0);

  return self->records[type]->len - self->n_linked[type];
}

TsRecord *
ts_export_data_get_focus (TsExportData *self,
                          guint        *hops)
{
  if (hops != NULL)
    *hops = self->hops;
  return self->focus;
}

TsRecord *
ts_export_data_lookup (TsExportData *self,
                       const char   *id)
{
  if (id == NULL)
    return NULL;
  g_return_val_if_fail (check_prepared (self), NULL);
  return g_hash_table_lookup (self->lookup, id);
}

static TsRecord *
lookup_in_snapshot (gpointer    user_data,
                    const char *id)
{
  return ts_export_data_lookup (user_data, id);
}

void
ts_export_data_init_column_context (TsExportData    *self,
                                    TsColumnContext *context)
{
  context->func = lookup_in_snapshot;
  context->user_data = self;
  context->scratch = NULL;
  context->names = NULL;
}

const char *
ts_export_data_get_title (TsExportData *self,
                          const char   *id)
{
  TsRecord *record = ts_export_data_lookup (self, id);

  if (record == NULL)
    return id;
  return ts_record_get_display_name (record);
}

const char *
ts_export_data_get_scope (TsExportData *self)
{
  return self->scope;
}

const TsDate *
ts_export_data_get_first_date (TsExportData *self)
{
  return &self->first_date;
}

const TsDate *
ts_export_data_get_last_date (TsExportData *self)
{
  return &self->last_date;
}

const TsDate *
ts_export_data_get_query_from (TsExportData *self)
{
  return &self->query_from;
}

const TsDate *
ts_export_data_get_query_to (TsExportData *self)
{
  return &self->query_to;
}

gboolean
ts_export_data_in_period (TsExportData *self,
                          const TsDate *date)
{
  if (ts_date_is_set (&self->query_from)
      && (!ts_date_is_set (date)
          || ts_date_get_last_julian (date) < ts_date_get_first_julian (&self->query_from)))
    return FALSE;
  if (ts_date_is_set (&self->query_to)
      && (!ts_date_is_set (date)
          || ts_date_get_first_julian (date) > ts_date_get_last_julian (&self->query_to)))
    return FALSE;
  return TRUE;
}

gboolean
ts_export_check_cancelled (GCancellable  *cancellable,
                           const char    *path,
                           GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;

  ts_export_set_file_error_full (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, path,
                                 _("the export was cancelled"));
  return TRUE;
}
