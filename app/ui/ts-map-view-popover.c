/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* Answers in place: a click on a place opens a popover at it listing its
 * records (the place itself first, then the matched records held there,
 * by date), a click on a cluster one listing the places it gathers.
 * Choosing a record emits TsMapView::record-activated; choosing a place
 * of a cluster shows that place's records. Part of TsMapView
 * (ts-map-view.c). */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-map-view-private.h"

#include "ts-record-columns.h"

/* How much a cluster's Zoom In button zooms: 2^CLUSTER_ZOOM. */
#define CLUSTER_ZOOM 2.0
#define POPOVER_MAX_HEIGHT 360
/* Wide enough for a meeting's title on two or three lines. */
#define POPOVER_WIDTH 340

static void
on_place_record_activated (GtkListBox    *list,
                           GtkListBoxRow *row,
                           TsMapView     *self)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "ts-id"));

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (id != NULL)
    g_signal_emit_by_name (self, "record-activated", id);
}

static GtkWidget *
new_row (const char *id,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  g_autofree char *aloud = NULL;

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), 48);
  gtk_box_append (GTK_BOX (box), title_label);
  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
      gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (subtitle_label), 48);
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_box_append (GTK_BOX (box), subtitle_label);
      /* Translators: a row of the map's popover read aloud: title, then
       * type and date */
      aloud = g_strdup_printf (C_("map popover", "%s, %s"), title, subtitle);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  aloud != NULL ? aloud : title, -1);
  g_object_set_data_full (G_OBJECT (row), "ts-id", g_strdup (id), g_free);
  return row;
}

/* "Meeting · 25 Oct 2023"; an undated record says what tells it apart
 * instead ("Place · city, Kyrgyzstan"). */
static char *
describe_record (TsDataset *dataset,
                 TsRecord  *record)
{
  const char *type = ts_record_type_get_label (ts_record_get_record_type (record));
  g_autofree char *detail = NULL;

  if (ts_date_is_set (ts_record_get_date (record)))
    detail = ts_date_format (ts_record_get_date (record));
  else
    detail = ts_record_columns_describe (dataset, record);

  if (detail == NULL || *detail == '\0')
    return g_strdup (type);
  /* Translators: a record's type and its date in the map's popover,
   * e.g. "Meeting · 25 Oct 2023" */
  return g_strdup_printf (C_("map popover", "%s · %s"), type, detail);
}

typedef struct
{
  const char *place_id;
  gboolean    found;
} PlaceSearch;

static void
find_place_cb (TsRecord   *record,
               const char *field,
               const char *target_id,
               gpointer    user_data)
{
  PlaceSearch *search = user_data;

  search->found |= g_strcmp0 (target_id, search->place_id) == 0;
}

/* Newest first, as the lists open; undated records last; otherwise in
 * the order given. */
static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;
  const TsDate *da = ts_record_get_date (ra);
  const TsDate *db = ts_record_get_date (rb);

  if (ts_date_is_set (da) != ts_date_is_set (db))
    return ts_date_is_set (da) ? -1 : 1;
  return ts_date_compare (db, da);
}

static gboolean
is_matched (TsMapView *self,
            TsRecord  *record)
{
  guint slot = ts_matches_find_slot (self->matches, ts_record_get_id (record));

  return slot != G_MAXUINT && ts_matches_contains (self->matches, slot);
}

GPtrArray *
_ts_map_view_list_place_records (TsMapView  *self,
                                 const char *place_id)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) referrers = NULL;
  TsDataset *dataset;

  if (self->matches == NULL || place_id == NULL)
    return records;

  /* The records its marker counts: those matched that say they happen
   * there (a meeting's place, an agreement's parties, a project's
   * places), and those that happen at one of those (a statement made at
   * a meeting held there, matched or not), as the scene builder counts
   * them. */
  dataset = ts_matches_get_dataset (self->matches);
  referrers = ts_dataset_list_referrers (dataset, place_id, -1, NULL);
  for (guint i = 0; i < referrers->len; i++)
    {
      TsRecord *record = referrers->pdata[i];
      PlaceSearch search = { place_id, FALSE };
      g_autoptr(GPtrArray) at_it = NULL;

      ts_record_foreach_place_reference (record, find_place_cb, &search);
      if (!search.found)
        continue;
      if (is_matched (self, record))
        g_ptr_array_add (records, g_object_ref (record));

      at_it = ts_dataset_list_referrers (dataset, ts_record_get_id (record), -1, NULL);
      for (guint j = 0; j < at_it->len; j++)
        {
          PlaceSearch event_search = { ts_record_get_id (record), FALSE };

          ts_record_foreach_place_reference (at_it->pdata[j], find_place_cb, &event_search);
          if (event_search.found && is_matched (self, at_it->pdata[j]))
            g_ptr_array_add (records, g_object_ref (at_it->pdata[j]));
        }
    }
  g_ptr_array_sort (records, compare_by_date);
  return records;
}

static GtkWidget *
new_header (const char *title,
            const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (GTK_BOX (box), title_label);
  if (subtitle != NULL)
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_box_append (GTK_BOX (box), subtitle_label);
    }
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* A list in a scrolled window that grows with it up to a limit. */
static GtkWidget *
new_list (const char *name,
          const char *label,
          GtkWidget **list_out)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              POPOVER_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  *list_out = list;
  return scrolled;
}

/* Shows @child in the popover, pointing at (x, y) of the map area. */
static void
show_popover (TsMapView *self,
              GtkWidget *child,
              double     x,
              double     y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (self->canvas, GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (x, y);

  gtk_widget_set_size_request (child, POPOVER_WIDTH, -1);
  gtk_popover_set_child (GTK_POPOVER (self->popover), child);
  /* The tooltip of what was clicked would cover the answer. */
  gtk_widget_set_tooltip_text (self->canvas, NULL);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) point.x - 4, (int) point.y - 4, 8, 8 });
  self->popover_x = x;
  self->popover_y = y;
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

void
_ts_map_view_open_place_popover (TsMapView  *self,
                                 const char *place_id,
                                 double      x,
                                 double      y)
{
  const TsMapMarker *marker = ts_map_scene_lookup_marker (self->scene, place_id);
  g_autoptr(GPtrArray) records = _ts_map_view_list_place_records (self, place_id);
  g_autofree char *counts = NULL;
  TsDataset *dataset = self->matches != NULL ? ts_matches_get_dataset (self->matches) : NULL;
  TsRecord *place = dataset != NULL ? ts_dataset_lookup (dataset, place_id) : NULL;
  const char *name = place != NULL ? ts_record_get_display_name (place)
                     : marker != NULL ? marker->label : place_id;
  GtkWidget *box, *list;

  g_return_if_fail (place_id != NULL);

  if (marker != NULL)
    counts = _ts_map_view_describe_counts (marker);
  else
    /* Translators: how many records (in the current view) involve a place */
    counts = g_strdup_printf (ngettext ("%u record", "%u records", records->len),
                              records->len);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_name (box, "place-popover");
  gtk_box_append (GTK_BOX (box), new_header (name, counts));
  /* Translators: the accessible name of the list of a place's records
   * in the map's popover; %s is the place */
  {
    g_autofree char *label = g_strdup_printf (_("Records at %s"), name);

    gtk_box_append (GTK_BOX (box), new_list ("place-records", label, &list));
  }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_place_record_activated), self);

  /* The place itself first: its own page tells what it is. */
  {
    g_autofree char *subtitle = place != NULL ? describe_record (dataset, place)
                                              : g_strdup (ts_record_type_get_label (TS_RECORD_TYPE_PLACE));

    gtk_list_box_append (GTK_LIST_BOX (list), new_row (place_id, name, subtitle));
  }
  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = records->pdata[i];
      g_autofree char *subtitle = describe_record (dataset, record);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           new_row (ts_record_get_id (record),
                                    ts_record_get_display_name (record), subtitle));
    }

  show_popover (self, box, x, y);
}

static void
on_cluster_place_activated (GtkListBox    *list,
                            GtkListBoxRow *row,
                            TsMapView     *self)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "ts-id"));

  if (id == NULL)
    return;
  ts_map_view_set_selected_id (self, id);
  _ts_map_view_open_place_popover (self, id, self->popover_x, self->popover_y);
}

static void
on_cluster_zoom_clicked (GtkButton *button,
                         TsMapView *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  _ts_map_view_zoom_at (self, self->popover_x, self->popover_y, CLUSTER_ZOOM);
}

void
_ts_map_view_open_cluster_popover (TsMapView *self,
                                   GPtrArray *members,
                                   double     x,
                                   double     y)
{
  g_autofree char *title = NULL;
  GtkWidget *box, *list, *button;

  g_return_if_fail (members != NULL && members->len > 0);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_name (box, "cluster-popover");
  /* Translators: the heading of the popover of a cluster of places on
   * the map */
  title = g_strdup_printf (ngettext ("%u Place", "%u Places", members->len), members->len);
  gtk_box_append (GTK_BOX (box),
                  new_header (title, _("Too close together to tell apart at this zoom")));
  gtk_box_append (GTK_BOX (box), new_list ("cluster-places", _("Places in the cluster"),
                                           &list));
  g_signal_connect (list, "row-activated", G_CALLBACK (on_cluster_place_activated), self);

  for (guint i = 0; i < members->len; i++)
    {
      const TsMapMarker *marker = members->pdata[i];
      g_autofree char *counts = _ts_map_view_describe_counts (marker);

      gtk_list_box_append (GTK_LIST_BOX (list), new_row (marker->id, marker->label, counts));
    }

  button = gtk_button_new_with_mnemonic (_("_Zoom In"));
  gtk_widget_set_name (button, "cluster-zoom");
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect (button, "clicked", G_CALLBACK (on_cluster_zoom_clicked), self);
  gtk_box_append (GTK_BOX (box), button);

  show_popover (self, box, x, y);
}

gboolean
_ts_map_view_open_selected (TsMapView *self)
{
  const TsMapMarker *marker;
  double x, y;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), FALSE);

  if (self->selected_id == NULL || self->scene == NULL)
    return FALSE;
  marker = ts_map_scene_lookup_marker (self->scene, self->selected_id);
  if (marker == NULL)
    return FALSE;
  _ts_map_view_lonlat_to_pixel (self, marker->lon, marker->lat, &x, &y);
  if (x < 0 || y < 0 || x > _ts_map_view_get_width (self) || y > _ts_map_view_get_height (self))
    return FALSE;

  _ts_map_view_open_place_popover (self, marker->id, x, y);
  return TRUE;
}

GtkPopover *
_ts_map_view_get_popover (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  if (self->popover == NULL || !gtk_widget_get_visible (self->popover))
    return NULL;
  return GTK_POPOVER (self->popover);
}

void
_ts_map_view_close_popover (TsMapView *self)
{
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

void
_ts_map_view_init_popover (TsMapView *self)
{
  self->popover = gtk_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
}
