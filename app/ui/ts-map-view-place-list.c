/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* "Places in View", the list beside the map: the places the view shows,
 * most involved first (the TS_MAP_VIEW_MAX_LISTED first: a list box of
 * thousands of rows costs tens of milliseconds a frame, and such a list
 * is read by zooming in), kept in step with the map's selection. The list
 * box shows a GListStore of place items; a change (a search, a pan) is
 * made by difference, the rows of places that stay as they were kept,
 * and at most MAX_ROWS_PER_STEP rows made or removed per frame, so that
 * a search that changes every row of a long list does not freeze the
 * window. Part of TsMapView (ts-map-view.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-map-area-layer.h"
#include "ts-map-view-private.h"

#define SIDEBAR_WIDTH 220
#define MAX_ROWS_PER_STEP 20
/* The collation keys of names kept for the scenes to come. */
#define MAX_SORT_KEYS 50000

/* A place as the list shows it: what its row says, and its place in the
 * list's order. */
#define TS_TYPE_MAP_PLACE_ITEM (ts_map_place_item_get_type ())
G_DECLARE_FINAL_TYPE (TsMapPlaceItem, ts_map_place_item, TS, MAP_PLACE_ITEM, GObject)

struct _TsMapPlaceItem
{
  GObject  parent_instance;

  char    *id;
  char    *label;
  char    *sort_key; /* the label's collation key */
  guint    weight;
  guint    n_meetings;
};

G_DEFINE_FINAL_TYPE (TsMapPlaceItem, ts_map_place_item, G_TYPE_OBJECT)

static void
ts_map_place_item_finalize (GObject *object)
{
  TsMapPlaceItem *self = TS_MAP_PLACE_ITEM (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->sort_key);

  G_OBJECT_CLASS (ts_map_place_item_parent_class)->finalize (object);
}

static void
ts_map_place_item_class_init (TsMapPlaceItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_map_place_item_finalize;
}

static void
ts_map_place_item_init (TsMapPlaceItem *self)
{
}

static TsMapPlaceItem *
ts_map_place_item_new (const TsMapMarker *marker,
                       const char        *sort_key)
{
  TsMapPlaceItem *self = g_object_new (TS_TYPE_MAP_PLACE_ITEM, NULL);

  self->id = g_strdup (marker->id);
  self->label = g_strdup (marker->label);
  self->sort_key = g_strdup (sort_key);
  self->weight = marker->weight;
  self->n_meetings = marker->n_meetings;

  return self;
}

static char *
describe_counts (guint weight,
                 guint n_meetings)
{
  g_autofree char *records = NULL;
  g_autofree char *meetings = NULL;

  /* Translators: how many records (in the current view) involve a place */
  records = g_strdup_printf (ngettext ("%u record", "%u records", weight), weight);
  if (n_meetings == 0)
    return g_steal_pointer (&records);

  /* Translators: how many meetings were held at a place */
  meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_meetings), n_meetings);
  /* Translators: "4 records, 2 meetings" */
  return g_strdup_printf (C_("map counts", "%s, %s"), records, meetings);
}

char *
_ts_map_view_describe_counts (const TsMapMarker *marker)
{
  return describe_counts (marker->weight, marker->n_meetings);
}

void
_ts_map_view_select_listed_row (TsMapView *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->place_list);

  for (GtkWidget *child = gtk_widget_get_first_child (self->place_list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = g_object_get_data (G_OBJECT (child), "ts-id");

      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (id, self->selected_id) == 0)
        {
          gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
  gtk_list_box_unselect_all (list);
}

static GtkWidget *
create_place_row (gpointer item,
                  gpointer user_data)
{
  TsMapPlaceItem *place = item;
  g_autofree char *counts = describe_counts (place->weight, place->n_meetings);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (place->label);
  GtkWidget *subtitle = gtk_label_new (counts);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  {
    g_autofree char *label = g_strdup_printf (C_("map list row", "%s, %s"),
                                              place->label, counts);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_object_set_data_full (G_OBJECT (row), "ts-id", g_strdup (place->id), g_free);

  return row;
}

/* The list's order: most involved first, then by name (and id, so that
 * the order is total and two lists can be merged). */
static int
compare_items (const TsMapPlaceItem *a,
               const TsMapPlaceItem *b)
{
  int order;

  if (a->weight != b->weight)
    return a->weight > b->weight ? -1 : 1;
  order = strcmp (a->sort_key, b->sort_key);
  if (order != 0)
    return order;
  return strcmp (a->id, b->id);
}

static int
compare_item_pointers (gconstpointer a,
                       gconstpointer b)
{
  return compare_items (*(TsMapPlaceItem * const *) a, *(TsMapPlaceItem * const *) b);
}

static gboolean
items_equal (const TsMapPlaceItem *a,
             const TsMapPlaceItem *b)
{
  return a->weight == b->weight && a->n_meetings == b->n_meetings
         && g_str_equal (a->id, b->id) && g_str_equal (a->label, b->label);
}

/* The label's collation key. A scene built in a worker comes with its
 * labels' keys (_ts_map_view_attach_sort_keys()); the view keeps those it
 * made for the scenes before, so that a search does not collate again the
 * names it listed before. */
static const char *
get_sort_key (TsMapView         *self,
              const TsMapMarker *marker)
{
  GHashTable *scene_keys = g_object_get_data (G_OBJECT (self->scene), "ts-sort-keys");
  GHashTable *keys = g_object_get_data (G_OBJECT (self), "ts-sort-keys");
  const char *key;

  if (scene_keys != NULL && (key = g_hash_table_lookup (scene_keys, marker->label)) != NULL)
    return key;

  if (keys == NULL || g_hash_table_size (keys) > MAX_SORT_KEYS)
    {
      keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_object_set_data_full (G_OBJECT (self), "ts-sort-keys", keys,
                              (GDestroyNotify) g_hash_table_unref);
    }
  key = g_hash_table_lookup (keys, marker->label);
  if (key == NULL)
    {
      key = g_utf8_collate_key (marker->label, -1);
      g_hash_table_insert (keys, g_strdup (marker->label), (gpointer) key);
    }

  return key;
}

void
_ts_map_view_attach_sort_keys (TsMapScene *scene)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);

      if (!g_hash_table_contains (keys, marker->label))
        g_hash_table_insert (keys, marker->label, g_utf8_collate_key (marker->label, -1));
    }
  g_object_set_data_full (G_OBJECT (scene), "ts-sort-keys", keys,
                          (GDestroyNotify) g_hash_table_unref);
}

/* Countries holding records (TsMapArea) are listed as places too, where
 * their badge is. */
static void
add_visible_areas (TsMapView    *self,
                   const TsView *view,
                   int           width,
                   int           height,
                   GPtrArray    *items)
{
  for (guint i = 0; i < ts_map_scene_get_n_areas (self->scene); i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (self->scene, i);
      TsMapMarker marker = { 0, };
      double x, y;

      ts_map_area_get_anchor (ts_map_renderer_get_basemap (self->renderer), area,
                              &marker.lon, &marker.lat);
      ts_view_lonlat_to_pixel (view, marker.lon, marker.lat, &x, &y);
      if (x < 0 || y < 0 || x > width || y > height)
        continue;
      marker.id = area->id;
      marker.label = area->label;
      marker.weight = area->weight;
      marker.n_meetings = area->n_meetings;
      g_ptr_array_add (items, ts_map_place_item_new (&marker, get_sort_key (self, &marker)));
    }
}

/* The places in view now, in the list's order, the first
 * TS_MAP_VIEW_MAX_LISTED of them; how many more in @n_more. */
static GPtrArray *
list_places_in_view (TsMapView *self,
                     guint     *n_more)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  int width = _ts_map_view_get_width (self);
  int height = _ts_map_view_get_height (self);
  TsView view;

  *n_more = 0;
  if (self->scene == NULL || width <= 0 || height <= 0)
    return items;

  ts_map_renderer_get_projected_view (self->renderer, &view);
  for (guint i = 0; i < ts_map_scene_get_n_markers (self->scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (self->scene, i);
      double x, y;

      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
      if (!(x >= 0 && y >= 0 && x <= width && y <= height))
        continue;

      g_ptr_array_add (items, ts_map_place_item_new (marker, get_sort_key (self, marker)));
    }
  add_visible_areas (self, &view, width, height, items);
  g_ptr_array_sort (items, compare_item_pointers);
  if (items->len > TS_MAP_VIEW_MAX_LISTED)
    {
      *n_more = items->len - TS_MAP_VIEW_MAX_LISTED;
      g_ptr_array_set_size (items, TS_MAP_VIEW_MAX_LISTED);
    }

  return items;
}

/* Brings self->places a step closer to @wanted (sorted as the list is):
 * both in the same order, a merge of the two finds the items to remove
 * and to insert, and places that stay keep their rows. Makes or removes
 * at most MAX_ROWS_PER_STEP rows; returns whether the list is @wanted. */
static gboolean
update_places_step (TsMapView *self,
                    GPtrArray *wanted)
{
  GListModel *model = G_LIST_MODEL (self->places);
  guint n_old = g_list_model_get_n_items (model);
  guint i = 0, j = 0, position = 0, budget = MAX_ROWS_PER_STEP;

  while ((i < n_old || j < wanted->len) && budget > 0)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new ();
      guint n_removed = 0;

      /* Alike at the head: kept. */
      while (i < n_old && j < wanted->len)
        {
          g_autoptr(TsMapPlaceItem) item = g_list_model_get_item (model, i);

          if (!items_equal (item, wanted->pdata[j]))
            break;
          i++, j++, position++;
        }

      /* Then a run of differences, up to the next alike pair. */
      while ((i < n_old || j < wanted->len) && n_removed + added->len < budget)
        {
          g_autoptr(TsMapPlaceItem) item = i < n_old ? g_list_model_get_item (model, i) : NULL;

          if (item != NULL && j < wanted->len && items_equal (item, wanted->pdata[j]))
            break;
          if (item != NULL && (j >= wanted->len || compare_items (item, wanted->pdata[j]) <= 0))
            {
              n_removed++;
              i++;
            }
          else
            {
              g_ptr_array_add (added, wanted->pdata[j]);
              j++;
            }
        }

      if (n_removed > 0 || added->len > 0)
        {
          g_list_store_splice (self->places, position, n_removed, added->pdata, added->len);
          position += added->len;
          n_old = n_old - n_removed + added->len;
          i = position;
          budget -= MIN (budget, n_removed + added->len);
        }
    }

  return i >= n_old && j >= wanted->len;
}

/* The list beside the map: the places in view, most involved first. The
 * places wanted are listed once a change, and kept until the list shows
 * them (or the view changes again). */
static gboolean
update_place_list (TsMapView *self)
{
  gboolean done;

  if (self->list_wanted == NULL)
    self->list_wanted = list_places_in_view (self, &self->list_n_more);
  done = update_places_step (self, self->list_wanted);

  gtk_widget_set_visible (self->places_empty,
                          g_list_model_get_n_items (G_LIST_MODEL (self->places)) == 0);
  gtk_widget_set_visible (self->places_more, self->list_n_more > 0);
  if (self->list_n_more > 0)
    {
      g_autofree char *more = NULL;

      /* Translators: below the list of the places in view, when it shows
       * only the most involved of them */
      more = g_strdup_printf (ngettext ("%u more place in view: zoom in to list it",
                                        "%u more places in view: zoom in to list them",
                                        self->list_n_more),
                              self->list_n_more);
      gtk_label_set_text (GTK_LABEL (self->places_more), more);
    }
  if (done)
    {
      g_clear_pointer (&self->list_wanted, g_ptr_array_unref);
      _ts_map_view_select_listed_row (self);
    }

  return done;
}

static gboolean on_list_idle (gpointer user_data);

static gboolean
on_list_tick (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  TsMapView *self = user_data;

  /* This frame lays out the rows of the step before; the next step comes
   * after it. */
  self->list_tick_id = 0;
  /* Painted in this frame, if it can be. */
  self->frame_unpainted = FALSE;
  self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

/* One step of a change a main loop iteration, and a frame between two:
 * GTK lays out every row made since the last frame in the next one, so
 * that steps run back to back (an idle's) came to one frame measuring a
 * hundred new rows; and no step just before the frame that paints a new
 * picture of the map. */
static gboolean
on_list_idle (gpointer user_data)
{
  TsMapView *self = user_data;

  self->list_idle_id = 0;
  /* A picture that waited for the frame of the step before: shown now,
   * and the next step waits for the frame that paints it. */
  if (_ts_map_view_take_next_frame (self))
    g_clear_pointer (&self->list_wanted, g_ptr_array_unref);
  if (self->frame_unpainted && gtk_widget_get_mapped (self->place_list))
    {
      self->list_tick_id = gtk_widget_add_tick_callback (self->place_list, on_list_tick,
                                                         self, NULL);
      return G_SOURCE_REMOVE;
    }
  if (update_place_list (self))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_mapped (self->place_list))
    self->list_tick_id = gtk_widget_add_tick_callback (self->place_list, on_list_tick,
                                                       self, NULL);
  else
    self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

void
_ts_map_view_schedule_list_update (TsMapView *self)
{
  /* What the list is to show changed. */
  g_clear_pointer (&self->list_wanted, g_ptr_array_unref);
  if (self->list_idle_id == 0 && self->list_tick_id == 0)
    self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
}

void
_ts_map_view_stop_list_update (TsMapView *self)
{
  g_clear_handle_id (&self->list_idle_id, g_source_remove);
  if (self->list_tick_id != 0 && self->place_list != NULL)
    gtk_widget_remove_tick_callback (self->place_list, self->list_tick_id);
  self->list_tick_id = 0;
  g_clear_pointer (&self->list_wanted, g_ptr_array_unref);
}

gboolean
_ts_map_view_is_list_current (TsMapView *self)
{
  return self->list_idle_id == 0 && self->list_tick_id == 0;
}

static void
on_place_row_activated (GtkListBox    *list,
                        GtkListBoxRow *row,
                        TsMapView     *self)
{
  _ts_map_view_select_and_activate (self, g_object_get_data (G_OBJECT (row), "ts-id"));
}

/* Makes self->sidebar, the list with its heading, a child of the map view
 * beside the map. */
void
_ts_map_view_init_place_list (TsMapView *self)
{
  GtkWidget *box, *heading, *scrolled;

  self->sidebar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_size_request (self->sidebar, SIDEBAR_WIDTH, -1);
  gtk_widget_set_parent (self->sidebar, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->sidebar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (self->sidebar), box);

  heading = gtk_label_new (_("Places in View"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  self->places_empty = gtk_label_new (_("No places in view"));
  gtk_label_set_wrap (GTK_LABEL (self->places_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->places_empty), 0);
  gtk_widget_add_css_class (self->places_empty, "dim-label");
  gtk_widget_set_margin_start (self->places_empty, 12);
  gtk_widget_set_margin_end (self->places_empty, 12);
  gtk_box_append (GTK_BOX (box), self->places_empty);

  self->places = g_list_store_new (TS_TYPE_MAP_PLACE_ITEM);
  self->place_list = gtk_list_box_new ();
  gtk_list_box_bind_model (GTK_LIST_BOX (self->place_list), G_LIST_MODEL (self->places),
                           create_place_row, NULL, NULL);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->place_list), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (self->place_list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->place_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Places in view"), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->place_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  g_signal_connect (self->place_list, "row-activated", G_CALLBACK (on_place_row_activated),
                    self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->place_list);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->places_more = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->places_more), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->places_more), 0);
  gtk_widget_add_css_class (self->places_more, "dim-label");
  gtk_widget_add_css_class (self->places_more, "caption");
  gtk_widget_set_margin_start (self->places_more, 12);
  gtk_widget_set_margin_end (self->places_more, 12);
  gtk_widget_set_margin_top (self->places_more, 6);
  gtk_widget_set_margin_bottom (self->places_more, 12);
  gtk_widget_set_visible (self->places_more, FALSE);
  gtk_box_append (GTK_BOX (box), self->places_more);
}
