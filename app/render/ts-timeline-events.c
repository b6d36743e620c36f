/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-events"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-timeline-events.h"
#include "ts-country.h"
#include "ts-query.h"

/* A lane: its events in time order, with what finds a range of them by
 * binary search: their first days, the running maximum of their ends
 * (ends are not sorted: a long bar may begin early and end late) and the
 * running counts of each kind. */
typedef struct
{
  char   *key;
  char   *label;
  double  order;       /* lanes sort by it, then by label */
  guint   id;          /* the order lanes were made in, while building */
  GArray *indices;     /* guint */
  double *firsts;
  double *max_ends;
  guint  *kind_counts; /* (n + 1) × TS_N_RECORD_EVENT_KINDS */
} Lane;

struct _TsTimelineEvents
{
  GObject             parent_instance;

  TsTimelineLaneMode  mode;
  GStringChunk       *strings;
  GArray             *events;      /* TsTimelineEvent */
  GPtrArray          *lanes;       /* Lane */
  GHashTable         *first_index; /* record id → index + 1 */
  double              first;
  double              end;
};

G_DEFINE_FINAL_TYPE (TsTimelineEvents, ts_timeline_events, G_TYPE_OBJECT)

static const char * const mode_names[] = { "type", "counterpart", "person", "project" };

/* While building: one event of a record before it is put in its lanes. */
typedef struct
{
  TsTimelineEvents   *self;
  TsTimelineLaneMode  mode;
  TsRecordLookupFunc  lookup;
  gpointer            lookup_data;
  GHashTable         *lanes_by_key;  /* key → Lane */
  GPtrArray          *created;       /* Lane, by id */
  GPtrArray          *keys;          /* the current event's lanes (Lane) */
  Lane               *type_lanes[TS_N_RECORD_TYPES];
  TsRecord           *record;
  const char         *record_id;     /* the copy of its id */
} Builder;

static void
lane_free (Lane *lane)
{
  g_free (lane->key);
  g_free (lane->label);
  g_clear_pointer (&lane->indices, g_array_unref);
  g_free (lane->firsts);
  g_free (lane->max_ends);
  g_free (lane->kind_counts);
  g_free (lane);
}

/* The period a date names, whatever its qualifier: [first, end) in days. */
static void
get_period (const TsDate *date,
            double       *first,
            double       *end)
{
  TsDate plain = *date;

  plain.qualifier = TS_DATE_QUALIFIER_NONE;
  *first = ts_date_get_first_julian (&plain);
  *end = ts_date_get_last_julian (&plain) + 1.0;
}

static TsTimelineEdge
edge_of (const TsDate *date,
         gboolean      is_first)
{
  switch (date->qualifier)
    {
    case TS_DATE_QUALIFIER_ABOUT:
      return TS_TIMELINE_EDGE_SOFT;
    case TS_DATE_QUALIFIER_BEFORE:
      return is_first ? TS_TIMELINE_EDGE_OPEN : TS_TIMELINE_EDGE_EXACT;
    case TS_DATE_QUALIFIER_AFTER:
      return is_first ? TS_TIMELINE_EDGE_EXACT : TS_TIMELINE_EDGE_OPEN;
    case TS_DATE_QUALIFIER_NONE:
    default:
      return TS_TIMELINE_EDGE_EXACT;
    }
}

static Lane *
ensure_lane (Builder    *builder,
             const char *key,
             const char *label,
             double      order)
{
  Lane *lane = g_hash_table_lookup (builder->lanes_by_key, key);

  if (lane != NULL)
    return lane;

  lane = g_new0 (Lane, 1);
  lane->key = g_strdup (key);
  lane->label = g_utf8_make_valid (label != NULL ? label : "", -1);
  lane->order = order;
  lane->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  lane->id = builder->created->len;
  g_ptr_array_add (builder->created, lane);
  g_hash_table_insert (builder->lanes_by_key, lane->key, lane);
  return lane;
}

static const char *
name_of (Builder    *builder,
         const char *id)
{
  TsRecord *record = builder->lookup (builder->lookup_data, id);

  return record != NULL ? ts_record_get_display_name (record) : id;
}

static void
add_key (Builder *builder,
         Lane    *lane)
{
  for (guint i = 0; i < builder->keys->len; i++)
    if (builder->keys->pdata[i] == lane)
      return;
  g_ptr_array_add (builder->keys, lane);
}

static void
add_counterpart_cb (const char *person_id,
                    const char *country,
                    gpointer    user_data)
{
  Builder *builder = user_data;
  g_autofree char *code = NULL;
  Lane *lane;

  if (country == NULL)
    return;
  code = g_ascii_strup (country, -1);
  lane = g_hash_table_lookup (builder->lanes_by_key, code);
  if (lane == NULL)
    lane = ensure_lane (builder, code, ts_country_get_name (code), 0);
  add_key (builder, lane);
}

static void
add_person_cb (const char *person_id,
               const char *country,
               gpointer    user_data)
{
  Builder *builder = user_data;
  Lane *lane = g_hash_table_lookup (builder->lanes_by_key, person_id);

  if (lane == NULL)
    lane = ensure_lane (builder, person_id, name_of (builder, person_id), 0);
  add_key (builder, lane);
}

static void
add_project_cb (TsRecord   *record,
                const char *field,
                const char *target_id,
                gpointer    user_data)
{
  Builder *builder = user_data;
  TsRecordType type;
  Lane *lane;

  if (g_str_equal (field, "sources")
      || !ts_record_id_parse (target_id, &type) || type != TS_RECORD_TYPE_PROJECT)
    return;

  lane = g_hash_table_lookup (builder->lanes_by_key, target_id);
  if (lane == NULL)
    {
      /* Only projects there are: a link to a missing one is no lane. */
      if (builder->lookup (builder->lookup_data, target_id) == NULL)
        return;
      lane = ensure_lane (builder, target_id, name_of (builder, target_id), 0);
    }
  add_key (builder, lane);
}

/* The lanes of the record being added, in builder->keys. */
static void
find_lane_keys (Builder  *builder,
                TsRecord *record)
{
  TsRecordType type = ts_record_get_record_type (record);

  g_ptr_array_set_size (builder->keys, 0);

  switch (builder->mode)
    {
    case TS_TIMELINE_LANES_COUNTERPART:
      ts_query_foreach_participant (record, builder->lookup, builder->lookup_data,
                                    add_counterpart_cb, builder);
      break;
    case TS_TIMELINE_LANES_PERSON:
      ts_query_foreach_participant (record, builder->lookup, builder->lookup_data,
                                    add_person_cb, builder);
      break;
    case TS_TIMELINE_LANES_PROJECT:
      if (type == TS_RECORD_TYPE_PROJECT)
        {
          Lane *lane = g_hash_table_lookup (builder->lanes_by_key, ts_record_get_id (record));

          if (lane == NULL)
            lane = ensure_lane (builder, ts_record_get_id (record),
                                ts_record_get_display_name (record), 0);
          add_key (builder, lane);
        }
      else
        ts_record_foreach_reference (record, add_project_cb, builder);
      break;
    case TS_TIMELINE_LANES_TYPE:
    default:
      if (builder->type_lanes[type] == NULL)
        builder->type_lanes[type] = ensure_lane (builder, ts_record_type_to_string (type),
                                                 ts_record_type_get_plural (type), type);
      add_key (builder, builder->type_lanes[type]);
      break;
    }

  if (builder->keys->len == 0)
    {
      /* Last: after every lane of a person, country or project. */
      /* Translators: the timeline's lane of the events without a
       * participant's country, and of those of no person or project */
      Lane *lane = g_hash_table_lookup (builder->lanes_by_key, "");

      if (lane == NULL)
        lane = ensure_lane (builder, "", builder->mode == TS_TIMELINE_LANES_COUNTERPART
                                         ? _("No counterpart") : C_("timeline lane", "Other"),
                            G_MAXDOUBLE);
      add_key (builder, lane);
    }
}

static void
find_speaker_cb (const char *person_id,
                 const char *country,
                 gpointer    user_data)
{
  const char **speaker_id = user_data;

  if (*speaker_id == NULL)
    *speaker_id = person_id;
}

/* Whether @prefix (the words before a title's colon) names @speaker, as
 * "Baisalov" in "Baisalov: Kyrgyzstan is entering a new stage" does: it is
 * the speaker's name, or a word of it, in the reader's script or in
 * English. */
static gboolean
names_speaker (const char *prefix,
               gsize       length,
               TsRecord   *speaker)
{
  g_autofree char *folded = g_utf8_casefold (prefix, length);
  const char *names[] = { ts_record_get_display_name (speaker), ts_record_get_title (speaker) };

  if (folded[0] == '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = names[i] != NULL ? g_utf8_casefold (names[i], -1) : NULL;
      g_auto(GStrv) words = NULL;

      if (name == NULL)
        continue;
      if (g_str_equal (name, folded))
        return TRUE;
      words = g_strsplit (name, " ", -1);
      if (g_strv_contains ((const char * const *) words, folded))
        return TRUE;
    }
  return FALSE;
}

/* Whether @label begins with the speaker's whole name as a word of its
 * own ("Lin Wu hopes for …"). */
static gboolean
begins_with_speaker (const char *label,
                     TsRecord   *speaker)
{
  const char *names[] = { ts_record_get_display_name (speaker), ts_record_get_title (speaker) };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize length = names[i] != NULL ? strlen (names[i]) : 0;

      if (length > 0 && strncmp (label, names[i], length) == 0
          && !g_unichar_isalnum (g_utf8_get_char (label + length)))
        return TRUE;
    }
  return FALSE;
}

/* A statement's label names its speaker in full, so that the mark, its
 * tooltip and what a screen reader hears say who spoke: "Edil Baisalov:
 * Kyrgyzstan is entering a new stage". A title that already begins with
 * the speaker's name ("Baisalov: …") has that part replaced rather than
 * repeated, and one that begins with the whole name ("Lin Wu hopes …")
 * is left as it is. Without a known speaker, the title as it is. */
static char *
label_statement (Builder    *builder,
                 TsRecord   *record,
                 const char *label)
{
  const char *speaker_id = NULL;
  TsRecord *speaker;
  const char *colon;

  ts_query_foreach_participant (record, builder->lookup, builder->lookup_data,
                                find_speaker_cb, &speaker_id);
  speaker = speaker_id != NULL ? builder->lookup (builder->lookup_data, speaker_id) : NULL;
  if (speaker == NULL || begins_with_speaker (label, speaker))
    return g_strdup (label);

  colon = strstr (label, ": ");
  if (colon != NULL && colon - label <= 60 && names_speaker (label, colon - label, speaker))
    label = colon + 2;
  /* Translators: a statement on the timeline: who said it, and the
   * statement's title ("Edil Baisalov: Kyrgyzstan is entering a new
   * stage") */
  return g_strdup_printf (C_("timeline statement", "%s: %s"),
                          ts_record_get_display_name (speaker), label);
}

static void
add_event_cb (TsRecord          *record,
              TsRecordEventKind  kind,
              const char        *label,
              const TsDate      *date,
              const TsDate      *end_date,
              gpointer           user_data)
{
  Builder *builder = user_data;
  TsTimelineEvents *self = builder->self;
  TsTimelineEvent event = { 0 };
  g_autofree char *statement_label = NULL;
  double end_first;

  if (!ts_date_is_set (date) || !ts_date_is_valid (date))
    return;

  if (builder->record != record)
    {
      builder->record = record;
      builder->record_id = NULL;
      find_lane_keys (builder, record);
    }

  /* Copied, not shared: the events outlive a change to the records. */
  if (builder->record_id == NULL)
    builder->record_id = g_string_chunk_insert (self->strings, ts_record_get_id (record));
  event.record_id = builder->record_id;
  if (label == NULL)
    label = "";
  if (kind == TS_RECORD_EVENT_STATEMENT)
    label = statement_label = label_statement (builder, record, label);
  if (g_utf8_validate (label, -1, NULL))
    event.label = g_string_chunk_insert (self->strings, label);
  else
    {
      /* Drawn by Pango, which takes only UTF-8. */
      g_autofree char *valid = g_utf8_make_valid (label, -1);

      event.label = g_string_chunk_insert (self->strings, valid);
    }
  event.kind = kind;
  event.date = *date;
  get_period (date, &event.first, &event.end);
  event.first_edge = edge_of (date, TRUE);
  event.end_edge = edge_of (date, FALSE);
  if (end_date != NULL && ts_date_is_set (end_date) && ts_date_is_valid (end_date))
    {
      double end;

      get_period (end_date, &end_first, &end);
      if (end > event.end)
        {
          event.end_date = *end_date;
          event.end = end;
          event.end_edge = edge_of (end_date, FALSE);
        }
    }

  /* The lane is a key for now: set once lanes are ordered. */
  for (guint i = 0; i < builder->keys->len; i++)
    {
      Lane *lane = builder->keys->pdata[i];

      event.lane = lane->id;
      g_array_append_val (self->events, event);
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const TsTimelineEvent *ea = a;
  const TsTimelineEvent *eb = b;
  int cmp;

  if (ea->first != eb->first)
    return ea->first < eb->first ? -1 : 1;
  /* A project's bar before its milestones. */
  if (ea->kind != eb->kind)
    return ea->kind == TS_RECORD_EVENT_PROJECT ? -1
           : eb->kind == TS_RECORD_EVENT_PROJECT ? 1 : (int) ea->kind - (int) eb->kind;
  if (ea->end != eb->end)
    return ea->end < eb->end ? -1 : 1;
  /* Ids are ASCII: a stable order without collating a hundred thousand
   * titles. */
  cmp = strcmp (ea->record_id, eb->record_id);
  if (cmp != 0)
    return cmp;
  return strcmp (ea->label, eb->label);
}

static int
compare_lanes (gconstpointer a,
               gconstpointer b)
{
  const Lane *la = *(Lane * const *) a;
  const Lane *lb = *(Lane * const *) b;

  if (la->order != lb->order)
    return la->order < lb->order ? -1 : 1;
  return g_utf8_collate (la->label, lb->label);
}

static void
index_lane (Lane                  *lane,
            const TsTimelineEvent *events)
{
  guint n = lane->indices->len;
  double max_end = -G_MAXDOUBLE;

  lane->firsts = g_new (double, n + 1);
  lane->max_ends = g_new (double, n + 1);
  lane->kind_counts = g_new0 (guint, (n + 1) * TS_N_RECORD_EVENT_KINDS);

  for (guint i = 0; i < n; i++)
    {
      const TsTimelineEvent *event = &events[g_array_index (lane->indices, guint, i)];

      lane->firsts[i] = event->first;
      max_end = MAX (max_end, event->end);
      lane->max_ends[i] = max_end;
      for (guint k = 0; k < TS_N_RECORD_EVENT_KINDS; k++)
        lane->kind_counts[(i + 1) * TS_N_RECORD_EVENT_KINDS + k]
          = lane->kind_counts[i * TS_N_RECORD_EVENT_KINDS + k] + (event->kind == k);
    }
}

static void
ts_timeline_events_finalize (GObject *object)
{
  TsTimelineEvents *self = (TsTimelineEvents *)object;

  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->first_index, g_hash_table_unref);

  G_OBJECT_CLASS (ts_timeline_events_parent_class)->finalize (object);
}

static void
ts_timeline_events_class_init (TsTimelineEventsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_timeline_events_finalize;
}

static void
ts_timeline_events_init (TsTimelineEvents *self)
{
  self->strings = g_string_chunk_new (4096);
  self->events = g_array_new (FALSE, FALSE, sizeof (TsTimelineEvent));
  self->lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) lane_free);
  self->first_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return ts_dataset_lookup (user_data, id);
}

TsTimelineEvents *
ts_timeline_events_new_from_records (GPtrArray          *records,
                                     TsRecordLookupFunc  lookup,
                                     gpointer            lookup_data,
                                     TsTimelineLaneMode  mode)
{
  g_autoptr(TsTimelineEvents) self = NULL;
  g_autoptr(GHashTable) lanes_by_key = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) created = NULL;
  g_autofree guint *final_lane = NULL;
  Lane *lane;
  Builder builder;

  g_return_val_if_fail (records != NULL, NULL);
  g_return_val_if_fail (lookup != NULL, NULL);
  g_return_val_if_fail (mode < TS_TIMELINE_N_LANE_MODES, NULL);

  self = g_object_new (TS_TYPE_TIMELINE_EVENTS, NULL);
  self->mode = mode;
  lanes_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  keys = g_ptr_array_new ();
  created = g_ptr_array_new ();
  builder = (Builder) { self, mode, lookup, lookup_data, lanes_by_key, created, keys, { NULL },
                        NULL };

  for (guint i = 0; i < records->len; i++)
    ts_record_foreach_event (records->pdata[i], add_event_cb, &builder);

  g_array_sort (self->events, compare_events);

  /* Lanes of people and countries with the most events first, of projects
   * in the order of their lives, "Other" last; of record types in type
   * order. */
  if (mode != TS_TIMELINE_LANES_TYPE)
    {
      for (guint i = self->events->len; i > 0; i--)
        {
          TsTimelineEvent *event = &g_array_index (self->events, TsTimelineEvent, i - 1);

          lane = created->pdata[event->lane];
          if (lane->order == G_MAXDOUBLE)
            continue;
          if (mode == TS_TIMELINE_LANES_PROJECT)
            lane->order = event->first;
          else
            lane->order -= 1;
        }
    }
  for (guint l = 0; l < created->len; l++)
    g_ptr_array_add (self->lanes, created->pdata[l]);
  g_ptr_array_sort (self->lanes, compare_lanes);

  final_lane = g_new (guint, created->len + 1);
  for (guint l = 0; l < self->lanes->len; l++)
    final_lane[((Lane *) self->lanes->pdata[l])->id] = l;
  for (guint i = 0; i < self->events->len; i++)
    {
      TsTimelineEvent *event = &g_array_index (self->events, TsTimelineEvent, i);

      event->lane = final_lane[event->lane];
      g_array_append_val (((Lane *) self->lanes->pdata[event->lane])->indices, i);
    }
  for (guint l = 0; l < self->lanes->len; l++)
    index_lane (self->lanes->pdata[l], (const TsTimelineEvent *) self->events->data);

  self->first = G_MAXDOUBLE;
  self->end = -G_MAXDOUBLE;
  for (guint i = 0; i < self->events->len; i++)
    {
      TsTimelineEvent *event = &g_array_index (self->events, TsTimelineEvent, i);

      if (!g_hash_table_contains (self->first_index, event->record_id))
        g_hash_table_insert (self->first_index, (gpointer) event->record_id,
                             GUINT_TO_POINTER (i + 1));
      self->first = MIN (self->first, event->first);
      self->end = MAX (self->end, event->end);
    }

  return g_steal_pointer (&self);
}

TsTimelineEvents *
ts_timeline_events_new_from_matches (TsMatches          *matches,
                                     TsTimelineLaneMode  mode)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TS_IS_MATCHES (matches), NULL);

  records = ts_matches_list_matched (matches);
  return ts_timeline_events_new_from_records (records, lookup_in_dataset,
                                              ts_matches_get_dataset (matches), mode);
}

TsTimelineLaneMode
ts_timeline_events_get_mode (TsTimelineEvents *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), 0);

  return self->mode;
}

guint
ts_timeline_events_get_n_events (TsTimelineEvents *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), 0);

  return self->events->len;
}

const TsTimelineEvent *
ts_timeline_events_get_event (TsTimelineEvents *self,
                              guint             index)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), NULL);
  g_return_val_if_fail (index < self->events->len, NULL);

  return &g_array_index (self->events, TsTimelineEvent, index);
}

guint
ts_timeline_events_get_n_lanes (TsTimelineEvents *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), 0);

  return self->lanes->len;
}

const char *
ts_timeline_events_get_lane_label (TsTimelineEvents *self,
                                   guint             lane)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return ((Lane *) self->lanes->pdata[lane])->label;
}

const guint *
ts_timeline_events_get_lane_events (TsTimelineEvents *self,
                                    guint             lane,
                                    guint            *n_events)
{
  Lane *l;

  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  l = self->lanes->pdata[lane];
  if (n_events != NULL)
    *n_events = l->indices->len;
  return (const guint *) l->indices->data;
}

gboolean
ts_timeline_events_get_range (TsTimelineEvents *self,
                              double           *first,
                              double           *end)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), FALSE);

  if (self->events->len == 0)
    return FALSE;
  *first = self->first;
  *end = self->end;
  return TRUE;
}

int
ts_timeline_events_find (TsTimelineEvents *self,
                         const char       *record_id)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), -1);

  if (record_id == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->first_index, record_id)) - 1;
}

int
ts_timeline_events_get_next (TsTimelineEvents *self,
                             guint             index)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), -1);

  return index + 1 < self->events->len ? (int) index + 1 : -1;
}

int
ts_timeline_events_get_previous (TsTimelineEvents *self,
                                 guint             index)
{
  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), -1);

  return index > 0 && index < self->events->len ? (int) index - 1 : -1;
}

/* The first i in [0, n) with values[i] >= value (n when none). */
static guint
lower_bound (const double *values,
             guint         n,
             double        value)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The first i with values[i] > value. */
static guint
upper_bound (const double *values,
             guint         n,
             double        value)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] <= value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

int
ts_timeline_events_get_nearest_in_lane (TsTimelineEvents *self,
                                        guint             index,
                                        int               direction)
{
  const TsTimelineEvent *event;
  int lane;

  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), -1);
  g_return_val_if_fail (index < self->events->len, -1);

  event = ts_timeline_events_get_event (self, index);
  direction = direction < 0 ? -1 : 1;
  for (lane = (int) event->lane + direction; lane >= 0 && lane < (int) self->lanes->len;
       lane += direction)
    {
      Lane *l = self->lanes->pdata[lane];
      guint n = l->indices->len;
      guint i;

      if (n == 0)
        continue;

      i = lower_bound (l->firsts, n, event->first);
      if (i == n || (i > 0 && event->first - l->firsts[i - 1] <= l->firsts[i] - event->first))
        i--;
      return g_array_index (l->indices, guint, i);
    }

  return -1;
}

void
ts_timeline_events_get_lane_range (TsTimelineEvents *self,
                                   guint             lane,
                                   double            first,
                                   double            end,
                                   guint            *from,
                                   guint            *to)
{
  Lane *l;

  g_return_if_fail (TS_IS_TIMELINE_EVENTS (self));
  g_return_if_fail (lane < self->lanes->len);

  l = self->lanes->pdata[lane];
  /* The running maximum of the ends only grows: the first event that
   * may still reach into the range. */
  *from = upper_bound (l->max_ends, l->indices->len, first);
  *to = lower_bound (l->firsts, l->indices->len, end);
  if (*to < *from)
    *to = *from;
}

guint
ts_timeline_events_count_in_lane (TsTimelineEvents *self,
                                  guint             lane,
                                  double            first,
                                  double            end,
                                  guint            *kinds)
{
  Lane *l;
  guint lo, hi;

  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  l = self->lanes->pdata[lane];
  lo = lower_bound (l->firsts, l->indices->len, first);
  hi = lower_bound (l->firsts, l->indices->len, end);
  if (hi < lo)
    hi = lo;
  for (guint k = 0; kinds != NULL && k < TS_N_RECORD_EVENT_KINDS; k++)
    kinds[k] = l->kind_counts[hi * TS_N_RECORD_EVENT_KINDS + k]
               - l->kind_counts[lo * TS_N_RECORD_EVENT_KINDS + k];
  return hi - lo;
}

guint
ts_timeline_events_lane_lower_bound (TsTimelineEvents *self,
                                     guint             lane,
                                     double            day)
{
  Lane *l;

  g_return_val_if_fail (TS_IS_TIMELINE_EVENTS (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  l = self->lanes->pdata[lane];
  return lower_bound (l->firsts, l->indices->len, day);
}

const char *
ts_timeline_lane_mode_to_string (TsTimelineLaneMode mode)
{
  g_return_val_if_fail (mode < TS_TIMELINE_N_LANE_MODES, NULL);

  return mode_names[mode];
}

gboolean
ts_timeline_lane_mode_from_string (const char         *string,
                                   TsTimelineLaneMode *mode)
{
  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (mode_names); i++)
    {
      if (g_str_equal (string, mode_names[i]))
        {
          *mode = i;
          return TRUE;
        }
    }
  return FALSE;
}
