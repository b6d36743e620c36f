/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-scene-builder"

#include "config.h"

#include <string.h>

#include "ts-basemap.h"
#include "ts-field.h"
#include "ts-i18n.h"
#include "ts-map-scene-builder-private.h"
#include "ts-matches.h"

#include "ts-agreement.h"
#include "ts-meeting.h"
#include "ts-place.h"
#include "ts-project.h"

/* From how many records the places are counted in two threads. */
#define SPLIT_AT 20000

typedef struct
{
  TsPlace *place;
  guint    weight;
  guint    n_meetings;
} PlaceUse;

/* What an id names: a place (its use) or another record (the meeting a
 * statement was made at, an organization that is a party), so that each
 * is looked up once, not once per record naming it. */
typedef struct
{
  const char *id;     /* NULL in an empty slot */
  guint       hash;
  gboolean    is_place;
  gpointer    value;  /* PlaceUse or TsRecord */
} Slot;

/* id → Slot, open addressing, the hash computed once per id named.
 * GHashTable's lookups (the hash and the comparison called through
 * pointers, a second lookup for every organization named) were half of
 * what counting a record cost once its places were read. */
typedef struct
{
  Slot  *slots;
  guint  mask;
  guint  n_used;
} Names;

typedef struct
{
  TsRecordLookupFunc lookup;
  gpointer   lookup_data;
  Names      names;
  GPtrArray  *order;  /* PlaceUse, in the order places were first named */
  /* The scene the arcs and routes go to; NULL in the part of the records
   * counted in another thread, which keeps its agreements and projects in
   * @deferred for the scene to take in order once the first part is in. */
  TsMapScene *scene;
  GPtrArray  *deferred;
  /* The records counted: @first to @end (not included) of @records. */
  GPtrArray  *records;
  guint       first;
  guint       end;
} Builder;

static TsRecordType
get_record_type (TsRecord *record)
{
  /* What TS_IS_*() tells, without a type check per call: the map reads
   * the type of every record in scope and of every record they name. */
  return TS_RECORD_GET_CLASS (record)->record_type;
}

static inline guint
hash_id (const char *id)
{
  guint hash = 5381;

  for (const guchar *c = (const guchar *) id; *c != '\0'; c++)
    hash = hash * 33 + *c;
  return hash;
}

static void
names_init (Names *names)
{
  names->mask = 1024 - 1;
  names->slots = g_new0 (Slot, names->mask + 1);
  names->n_used = 0;
}

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->slots, g_free);
}

/* The slot of @id, or the empty slot where it would go. */
static inline Slot *
names_find (const Names *names,
            const char  *id,
            guint        hash)
{
  /* Mixed, so that ids differing in their last characters spread. */
  guint i = (hash * 2654435761u) >> 7;

  for (;; i++)
    {
      Slot *slot = &names->slots[i & names->mask];

      if (slot->id == NULL || (slot->hash == hash && strcmp (slot->id, id) == 0))
        return slot;
    }
}

static void
names_add (Names      *names,
           const char *id,
           guint       hash,
           gboolean    is_place,
           gpointer    value)
{
  Slot *slot;

  /* At most half full. */
  if ((names->n_used + 1) * 2 > names->mask + 1)
    {
      Slot *old = names->slots;
      guint n_old = names->mask + 1;

      names->mask = n_old * 2 - 1;
      names->slots = g_new0 (Slot, names->mask + 1);
      for (guint i = 0; i < n_old; i++)
        if (old[i].id != NULL)
          *names_find (names, old[i].id, old[i].hash) = old[i];
      g_free (old);
    }
  slot = names_find (names, id, hash);
  g_assert (slot->id == NULL);
  *slot = (Slot) { id, hash, is_place, value };
  names->n_used++;
}

static PlaceUse *
add_use (Builder *builder,
         TsPlace *place,
         guint    hash)
{
  PlaceUse *use = g_new0 (PlaceUse, 1);

  use->place = place;
  names_add (&builder->names, ts_record_get_id (TS_RECORD (place)), hash, TRUE, use);
  g_ptr_array_add (builder->order, use);
  return use;
}

/* The place @place_id names, its use made when it is first named; NULL
 * when it names no place. A record that is not a place is kept in
 * *@other_out when @other_out is given. */
static PlaceUse *
lookup_use (Builder     *builder,
            const char  *place_id,
            TsRecord   **other_out)
{
  TsRecord *record;
  const Slot *slot;
  guint hash;

  if (place_id == NULL)
    return NULL;

  hash = hash_id (place_id);
  slot = names_find (&builder->names, place_id, hash);
  if (slot->id != NULL && slot->is_place)
    return slot->value;

  if (slot->id != NULL)
    record = slot->value;
  else
    {
      record = builder->lookup (builder->lookup_data, place_id);
      if (record == NULL)
        return NULL;
      /* Only places have a position to mark. */
      if (get_record_type (record) == TS_RECORD_TYPE_PLACE)
        return add_use (builder, TS_PLACE (record), hash);
      names_add (&builder->names, ts_record_get_id (record), hash, FALSE, record);
    }
  if (other_out != NULL)
    *other_out = record;
  return NULL;
}

/* Where the value of a TS_FIELD_HAPPENS_AT reference is: in the record
 * (@item_offset unused), or in each item of the list at @offset. */
typedef struct
{
  TsFieldKind kind;
  gsize       offset;
  gsize       item_offset;
} PlaceField;

#define MAX_PLACE_FIELDS 8

typedef struct
{
  /* G_MAXUINT when the fields are not all of the kinds read here: then
   * ts_record_foreach_place_reference() is used. */
  guint      n_fields;
  PlaceField fields[MAX_PLACE_FIELDS];
} TypePlaceFields;

/* Adds where @field (or, of a list @field, its items' field at
 * @item_offset) holds a place; FALSE, with @of_type given up on, where
 * there is no room or @field is kept by TsRecord itself (its offset is
 * not into the record). */
static gboolean
add_place_field (TypePlaceFields *of_type,
                 const TsField   *field,
                 TsFieldKind      kind,
                 gsize            item_offset)
{
  if (of_type->n_fields == MAX_PLACE_FIELDS || (field->flags & TS_FIELD_COMMON) != 0)
    {
      of_type->n_fields = G_MAXUINT;
      return FALSE;
    }
  of_type->fields[of_type->n_fields++] = (PlaceField) { kind, field->offset, item_offset };
  return TRUE;
}

/* What ts_record_foreach_place_reference() walks for a record of each
 * type, in the same order, found once from the fields' descriptors: the
 * map reads the places of every record in scope, and a walk over every
 * descriptor of every record (formatting each list's path) cost as much
 * as the rest of the counting together. */
static const TypePlaceFields *
get_type_place_fields (TsRecordType type)
{
  static gsize once;
  static TypePlaceFields types[TS_N_RECORD_TYPES];

  if (g_once_init_enter (&once))
    {
      for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
        {
          TypePlaceFields *of_type = &types[t];
          guint n_fields;
          const TsField * const *fields = ts_record_type_get_fields (t, &n_fields);

          for (guint i = 0; i < n_fields && of_type->n_fields != G_MAXUINT; i++)
            {
              const TsField *field = fields[i];
              const TsFieldItems *items = field->items;

              if (field->kind == TS_FIELD_ITEMS)
                {
                  for (guint k = 0; k < items->n_fields; k++)
                    {
                      const TsField *item_field = &items->fields[k];

                      if (item_field->kind != TS_FIELD_REFERENCE
                          || (item_field->flags & TS_FIELD_HAPPENS_AT) == 0)
                        continue;
                      if (!add_place_field (of_type, field, TS_FIELD_ITEMS, item_field->offset))
                        break;
                    }
                  continue;
                }
              if ((field->kind != TS_FIELD_REFERENCE && field->kind != TS_FIELD_REFERENCES)
                  || (field->flags & TS_FIELD_HAPPENS_AT) == 0)
                continue;
              if (!add_place_field (of_type, field, field->kind, 0))
                break;
            }
        }
      g_once_init_leave (&once, 1);
    }

  return &types[type];
}

/* A list of pointers emptied for each record: GPtrArray's own emptying
 * and appending were a quarter of what counting a record cost. */
typedef struct
{
  gpointer *items;
  guint     len;
  guint     size;
} List;

static inline void
list_add (List     *list,
          gpointer  item)
{
  if (list->len == list->size)
    {
      list->size = MAX (16, list->size * 2);
      list->items = g_renew (gpointer, list->items, list->size);
    }
  list->items[list->len++] = item;
}

static void
collect_place_cb (TsRecord   *record,
                  const char *field,
                  const char *target_id,
                  gpointer    user_data)
{
  list_add (user_data, (gpointer) target_id);
}

/* Appends to @place_ids what ts_record_foreach_place_reference() would
 * give, in the same order. */
static void
collect_places (TsRecord  *record,
                List      *place_ids)
{
  const TypePlaceFields *of_type = get_type_place_fields (get_record_type (record));

  if (of_type->n_fields == G_MAXUINT)
    {
      ts_record_foreach_place_reference (record, collect_place_cb, place_ids);
      return;
    }
  for (guint i = 0; i < of_type->n_fields; i++)
    {
      const PlaceField *field = &of_type->fields[i];
      gpointer value = G_STRUCT_MEMBER_P (record, field->offset);

      if (field->kind == TS_FIELD_REFERENCE)
        {
          if (*(const char **) value != NULL)
            list_add (place_ids, *(char **) value);
        }
      else if (field->kind == TS_FIELD_REFERENCES)
        {
          char **ids = *(char ***) value;

          for (guint j = 0; ids[j] != NULL; j++)
            list_add (place_ids, ids[j]);
        }
      else
        {
          GPtrArray *array = *(GPtrArray **) value;

          for (guint j = 0; j < array->len; j++)
            {
              const char *id = G_STRUCT_MEMBER (const char *, array->pdata[j],
                                                field->item_offset);

              if (id != NULL)
                list_add (place_ids, (gpointer) id);
            }
        }
    }
}

/* Counts @record once for each distinct place it happens at: the places
 * its references name, in order, then, for each that names an event
 * rather than a place (a statement made at a meeting), the places that
 * event names, one step only. A party that is an organization names no
 * place either way. @uses is room for the uses counted. */
static void
count_places (Builder   *builder,
              TsRecord  *record,
              List      *place_ids,
              List      *uses)
{
  gboolean is_meeting = get_record_type (record) == TS_RECORD_TYPE_MEETING;
  guint n = place_ids->len;

  uses->len = 0;
  for (guint i = 0; i < n; i++)
    {
      TsRecord *other = NULL;
      PlaceUse *use = lookup_use (builder, place_ids->items[i], &other);

      if (use != NULL)
        list_add (uses, use);
      /* Statements are the only records placed through another. */
      else if (other != NULL)
        collect_places (other, place_ids);
    }
  for (guint i = n; i < place_ids->len; i++)
    {
      PlaceUse *use = lookup_use (builder, place_ids->items[i], NULL);

      if (use != NULL)
        list_add (uses, use);
    }

  /* A record names a few places at most: they are told apart by looking
   * back (one use per place id). */
  for (guint i = 0; i < uses->len; i++)
    {
      PlaceUse *use = uses->items[i];
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = uses->items[j] == use;
      if (seen)
        continue;
      use->weight++;
      /* Only meetings are counted apart: a marker says how many were held
       * there. */
      if (is_meeting)
        use->n_meetings++;
    }
}

static TsMapArcKind
get_arc_kind (TsPlace *a,
              TsPlace *b)
{
  if (ts_place_get_kind (a) == TS_PLACE_KIND_PROVINCE
      && ts_place_get_kind (b) == TS_PLACE_KIND_PROVINCE)
    return TS_MAP_ARC_FRIENDLY_PROVINCES;
  return TS_MAP_ARC_SISTER_CITIES;
}

static void
add_agreement_arc (Builder     *builder,
                   TsMapScene  *scene,
                   TsAgreement *agreement)
{
  GPtrArray *parties = ts_agreement_get_parties (agreement);
  TsPlace *places[2] = { NULL, NULL };
  guint n_places = 0;
  TsPlace *from, *to;

  /* Friendly provinces and sister cities tie exactly two places: other
   * agreements (most of them) are not looked into. */
  if (ts_agreement_get_kind (agreement) != TS_AGREEMENT_KIND_FRIENDSHIP_RELATIONS)
    return;

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      const TsParty *party = parties->pdata[i];
      TsRecord *record = builder->lookup (builder->lookup_data, party->party_id);

      /* Arcs join places only. */
      if (record == NULL || !TS_IS_PLACE (record))
        continue;
      if (n_places > 0 && places[0] == TS_PLACE (record))
        continue;
      if (n_places > 1 && places[1] == TS_PLACE (record))
        continue;
      if (n_places == 2)
        return;
      places[n_places++] = TS_PLACE (record);
    }
  if (n_places != 2)
    return;

  from = places[0];
  to = places[1];
  ts_map_scene_add_arc (scene,
                        ts_record_get_id (TS_RECORD (agreement)),
                        ts_record_get_display_name (TS_RECORD (agreement)),
                        ts_place_get_lat (from), ts_place_get_lon (from),
                        ts_place_get_lat (to), ts_place_get_lon (to),
                        get_arc_kind (from, to));
}

static void
add_project_route (TsMapScene *scene,
                   TsProject  *project)
{
  GPtrArray *route = ts_project_get_route (project);
  g_autofree TsMapPoint *points = NULL;

  if (route == NULL || route->len < 2)
    return;

  points = g_new (TsMapPoint, route->len);
  for (guint i = 0; i < route->len; i++)
    {
      const TsRoutePoint *point = route->pdata[i];

      points[i].lat = point->lat;
      points[i].lon = point->lon;
    }
  ts_map_scene_add_route (scene,
                          ts_record_get_id (TS_RECORD (project)),
                          ts_record_get_display_name (TS_RECORD (project)),
                          points, route->len);
}

/* Only agreements are drawn as arcs, between the two places of a
 * friendship; only projects have routes. */
static void
add_arc_or_route (Builder    *builder,
                  TsMapScene *scene,
                  TsRecord   *record)
{
  TsRecordType type = get_record_type (record);

  if (type == TS_RECORD_TYPE_AGREEMENT)
    add_agreement_arc (builder, scene, TS_AGREEMENT (record));
  else if (type == TS_RECORD_TYPE_PROJECT)
    add_project_route (scene, TS_PROJECT (record));
}

static void
add_record (Builder    *builder,
            TsRecord   *record,
            List       *place_ids,
            List       *uses)
{
  TsRecordType type = get_record_type (record);

  /* Where it happens, as the record's type says (TS_FIELD_HAPPENS_AT). */
  place_ids->len = 0;
  collect_places (record, place_ids);
  if (place_ids->len > 0)
    count_places (builder, record, place_ids, uses);

  if (type == TS_RECORD_TYPE_AGREEMENT || type == TS_RECORD_TYPE_PROJECT)
    {
      if (builder->scene != NULL)
        add_arc_or_route (builder, builder->scene, record);
      else
        g_ptr_array_add (builder->deferred, record);
    }
  /* A place found by a search shows even when nothing in view names it. */
  else if (type == TS_RECORD_TYPE_PLACE)
    lookup_use (builder, ts_record_get_id (record), NULL);
}

/* The builder's part of the records, in a thread of its own or not. */
static gpointer
add_records (gpointer data)
{
  Builder *builder = data;
  List place_ids = { NULL, 0, 0 };
  List uses = { NULL, 0, 0 };
  GPtrArray *records = builder->records;

  /* The routes' and arcs' names in the user's languages, read from the
   * environment once rather than for every name. */
  ts_i18n_hold ();
  for (guint i = builder->first; i < builder->end; i++)
    {
      /* Most of the time goes in bringing records into the cache: the
       * records a few ahead are asked for early. */
#ifdef __GNUC__
      if (i + 8 < builder->end)
        {
          const char *ahead = records->pdata[i + 8];

          __builtin_prefetch (ahead);
          __builtin_prefetch (ahead + 64);
          __builtin_prefetch (ahead + 128);
        }
#endif
      add_record (builder, records->pdata[i], &place_ids, &uses);
    }
  g_free (place_ids.items);
  g_free (uses.items);
  ts_i18n_release ();

  return NULL;
}

/* The second part's counts added to the first's: its places not named in
 * the first come after the first's, in the order it found them, as one
 * walk over every record would have had them; then its arcs and routes. */
static void
merge_part (Builder *builder,
            Builder *part)
{
  for (guint i = 0; i < part->order->len; i++)
    {
      PlaceUse *use = part->order->pdata[i];
      const char *id = ts_record_get_id (TS_RECORD (use->place));
      guint hash = hash_id (id);
      const Slot *known = names_find (&builder->names, id, hash);

      /* A place's id names nothing but it. */
      if (known->id != NULL)
        {
          PlaceUse *known_use = known->value;

          known_use->weight += use->weight;
          known_use->n_meetings += use->n_meetings;
          g_free (use);
          continue;
        }
      names_add (&builder->names, id, hash, TRUE, use);
      g_ptr_array_add (builder->order, use);
    }
  for (guint i = 0; i < part->deferred->len; i++)
    add_arc_or_route (builder, builder->scene, part->deferred->pdata[i]);
}

static GPtrArray *
select_records (TsDataset *dataset,
                TsQuery   *query)
{
  static const TsRecordType types[] = {
    TS_RECORD_TYPE_MEETING,
    TS_RECORD_TYPE_AGREEMENT,
    TS_RECORD_TYPE_PROJECT,
    TS_RECORD_TYPE_STATEMENT,
    TS_RECORD_TYPE_PLACE,
  };
  GPtrArray *records;

  if (query != NULL && !ts_query_is_empty (query))
    return ts_matches_select (dataset, query);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GListModel *model = ts_dataset_get_records (dataset, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (records, g_list_model_get_item (model, i));
    }
  return records;
}

/* The basemap's shape of @place when it is a province the basemap has
 * (of China, Kyrgyzstan or Uzbekistan), matched by any of its names. */
static const TsBasemapCountry *
find_province_shape (TsPlace *place)
{
  const char *iso_a2 = ts_place_get_country (place);
  const char *const languages[] = { "en", "ru", "ky", "zh" };
  GHashTable *names = ts_place_get_names (place);
  const char * const *aliases = ts_place_get_aliases (place);
  const TsBasemapCountry *province;
  TsBasemap *basemap;
  GHashTableIter iter;
  gpointer name;

  if (ts_place_get_kind (place) != TS_PLACE_KIND_PROVINCE
      || iso_a2 == NULL || iso_a2[0] == '\0')
    return NULL;
  basemap = ts_basemap_get_default ();
  if (basemap == NULL)
    return NULL;

  province = ts_basemap_find_province (basemap, iso_a2,
                                       ts_record_get_title (TS_RECORD (place)));
  for (guint i = 0; province == NULL && i < G_N_ELEMENTS (languages); i++)
    province = ts_basemap_find_province (basemap, iso_a2,
                                         ts_place_get_name (place, languages[i]));
  for (guint i = 0; province == NULL && aliases != NULL && aliases[i] != NULL; i++)
    province = ts_basemap_find_province (basemap, iso_a2, aliases[i]);
  if (province == NULL && names != NULL)
    {
      g_hash_table_iter_init (&iter, names);
      while (province == NULL && g_hash_table_iter_next (&iter, NULL, &name))
        province = ts_basemap_find_province (basemap, iso_a2, name);
    }

  return province;
}

static gboolean
has_place_fields (TsRecordType type)
{
  guint n_fields;
  const TsField * const *fields = ts_record_type_get_fields (type, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (fields[i]->flags & TS_FIELD_HAPPENS_AT)
      return TRUE;
  return FALSE;
}

gboolean
ts_map_scene_type_is_placed_through_events (TsRecordType type)
{
  static gsize once;
  static guint placed_through_events;

  g_return_val_if_fail (type < TS_N_RECORD_TYPES, FALSE);

  if (g_once_init_enter (&once))
    {
      guint events = 0, types = 0;

      /* The types with places of their own, other than places. */
      for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
        if (t != TS_RECORD_TYPE_PLACE && has_place_fields (t))
          events |= 1u << t;
      for (guint t = 0; t < TS_N_RECORD_TYPES; t++)
        {
          guint n_fields;
          const TsField * const *fields = ts_record_type_get_fields (t, &n_fields);

          for (guint i = 0; i < n_fields; i++)
            if ((fields[i]->flags & TS_FIELD_HAPPENS_AT) && (fields[i]->ref_types & events))
              types |= 1u << t;
        }
      placed_through_events = types;
      g_once_init_leave (&once, 1);
    }

  return (placed_through_events & (1u << type)) != 0;
}

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return ts_dataset_lookup (TS_DATASET (user_data), id);
}

TsMapScene *
ts_map_scene_new_from_dataset (TsDataset *dataset,
                               TsQuery   *query)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), NULL);

  records = select_records (dataset, query);

  return ts_map_scene_new_from_records (records, lookup_in_dataset, dataset);
}

TsMapScene *
ts_map_scene_new_from_matches (TsMatches *matches)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);

  records = ts_matches_list_matched (matches);
  return ts_map_scene_new_from_records (records, lookup_in_dataset,
                                        ts_matches_get_dataset (matches));
}

TsMapScene *
ts_map_scene_new_from_records (GPtrArray          *records,
                               TsRecordLookupFunc  lookup,
                               gpointer            lookup_data)
{
  g_return_val_if_fail (records != NULL, NULL);
  g_return_val_if_fail (lookup != NULL, NULL);

  return _ts_map_scene_new_from_records_split (records, lookup, lookup_data,
                                               records->len >= SPLIT_AT
                                               && g_get_num_processors () > 1);
}

TsMapScene *
_ts_map_scene_new_from_records_split (GPtrArray          *records,
                                      TsRecordLookupFunc  lookup,
                                      gpointer            lookup_data,
                                      gboolean            split)
{
  g_autoptr(GPtrArray) order = NULL;
  TsMapScene *scene;
  Builder builder;

  g_return_val_if_fail (records != NULL, NULL);
  g_return_val_if_fail (lookup != NULL, NULL);

  order = g_ptr_array_new_with_free_func (g_free);
  scene = ts_map_scene_new ();
  builder = (Builder) { lookup, lookup_data, { NULL, 0, 0 }, order, scene, NULL, records, 0,
                        records->len };
  names_init (&builder.names);

  /* Counting the places of many records is mostly waiting for memory: on
   * two cores the second half of the records is counted in a thread of its
   * own at the same time (the briefing's cover map counts 100 000). The
   * scene is the same either way. @lookup is only read from. */
  if (split)
    {
      /* Its uses go to @order or are freed when merged. */
      g_autoptr(GPtrArray) part_order = g_ptr_array_new ();
      g_autoptr(GPtrArray) deferred = g_ptr_array_new ();
      Builder part = { lookup, lookup_data, { NULL, 0, 0 }, part_order, NULL, deferred,
                       records, records->len / 2, records->len };
      GThread *thread;

      names_init (&part.names);
      builder.end = part.first;
      thread = g_thread_try_new ("map-scene", add_records, &part, NULL);
      add_records (&builder);
      if (thread != NULL)
        g_thread_join (thread);
      else
        add_records (&part);
      merge_part (&builder, &part);
      names_clear (&part.names);
    }
  else
    add_records (&builder);
  names_clear (&builder.names);

  /* The places' names, as the routes' (add_records ()). */
  ts_i18n_hold ();
  for (guint i = 0; i < order->len; i++)
    {
      const PlaceUse *use = order->pdata[i];
      TsRecord *record = TS_RECORD (use->place);
      const char *iso_a2 = ts_place_get_country (use->place);
      const TsBasemapCountry *province;

      /* A country is drawn on its own shape, tinted by the records placed
       * at it, with their count: a marker in its middle would hide what
       * lies there. One without a code has no shape, and gets a marker. */
      if (ts_place_get_kind (use->place) == TS_PLACE_KIND_COUNTRY
          && iso_a2 != NULL && iso_a2[0] != '\0')
        {
          ts_map_scene_add_area (scene,
                                   ts_record_get_id (record),
                                   ts_record_get_display_name (record),
                                   iso_a2,
                                   ts_place_get_lat (use->place),
                                   ts_place_get_lon (use->place),
                                   use->weight,
                                   use->n_meetings);
          continue;
        }

      /* So is a province the basemap has the shape of, on its shape. */
      province = find_province_shape (use->place);
      if (province != NULL)
        {
          ts_map_scene_add_area (scene,
                                 ts_record_get_id (record),
                                 ts_record_get_display_name (record),
                                 province->iso_a2,
                                 ts_place_get_lat (use->place),
                                 ts_place_get_lon (use->place),
                                 use->weight,
                                 use->n_meetings);
          continue;
        }

      ts_map_scene_add_marker (scene,
                               ts_record_get_id (record),
                               ts_record_get_display_name (record),
                               ts_place_get_lat (use->place),
                               ts_place_get_lon (use->place),
                               use->weight,
                               use->n_meetings,
                               use->n_meetings > 0);
    }
  ts_i18n_release ();

  return scene;
}
