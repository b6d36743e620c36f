/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* "Places in View", the list beside the map: the places the view shows,
 * most involved first, kept in step with the map's selection. Part of
 * TsMapView (ts-map-view.c). */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-map-area-layer.h"
#include "ts-map-view-private.h"

#define SIDEBAR_WIDTH 220

char *
_ts_map_view_describe_counts (const TsMapMarker *marker)
{
  g_autofree char *records = NULL;
  g_autofree char *meetings = NULL;

  /* Translators: how many records (in the current view) involve a place */
  records = g_strdup_printf (ngettext ("%u record", "%u records", marker->weight),
                             marker->weight);
  if (marker->n_meetings == 0)
    return g_steal_pointer (&records);

  /* Translators: how many meetings were held at a place */
  meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", marker->n_meetings),
                              marker->n_meetings);
  /* Translators: "4 records, 2 meetings" */
  return g_strdup_printf (C_("map counts", "%s, %s"), records, meetings);
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
create_place_row (const TsMapMarker *marker)
{
  g_autofree char *counts = _ts_map_view_describe_counts (marker);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (marker->label);
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
                                              marker->label, counts);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_object_set_data_full (G_OBJECT (row), "ts-id", g_strdup (marker->id), g_free);

  return row;
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const TsMapMarker *ma = *(const TsMapMarker **) a;
  const TsMapMarker *mb = *(const TsMapMarker **) b;

  if (ma->weight != mb->weight)
    return ma->weight > mb->weight ? -1 : 1;
  return g_utf8_collate (ma->label, mb->label);
}

/* Countries holding records (TsMapArea) are listed as places too, where
 * their badge is: added to @visible as markers in @areas, which borrow the
 * areas' strings. */
static void
add_visible_areas (TsMapView    *self,
                   const TsView *view,
                   int           width,
                   int           height,
                   GArray       *areas,
                   GPtrArray    *visible)
{
  guint n = ts_map_scene_get_n_areas (self->scene);

  /* Sized once: the pointers taken into it stay put. */
  g_array_set_size (areas, n);
  for (guint i = 0; i < n; i++)
    {
      const TsMapArea *area = ts_map_scene_get_area (self->scene, i);
      TsMapMarker *marker = &g_array_index (areas, TsMapMarker, i);
      double x, y;

      ts_map_area_get_anchor (ts_map_renderer_get_basemap (self->renderer), area,
                              &marker->lon, &marker->lat);
      ts_view_lonlat_to_pixel (view, marker->lon, marker->lat, &x, &y);
      if (x < 0 || y < 0 || x > width || y > height)
        continue;
      marker->id = area->id;
      marker->label = area->label;
      marker->weight = area->weight;
      marker->n_meetings = area->n_meetings;
      g_ptr_array_add (visible, marker);
    }
}

/* The list beside the map: the places in view, most involved first. */
static void
update_place_list (TsMapView *self)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  g_autoptr(GArray) areas = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  GtkWidget *child;
  TsView view;
  int width = _ts_map_view_get_width (self);
  int height = _ts_map_view_get_height (self);

  areas = g_array_new (FALSE, TRUE, sizeof (TsMapMarker));
  if (self->scene != NULL && width > 0 && height > 0)
    {
      ts_map_renderer_get_projected_view (self->renderer, &view);
      for (guint i = 0; i < ts_map_scene_get_n_markers (self->scene); i++)
        {
          const TsMapMarker *marker = ts_map_scene_get_marker (self->scene, i);
          double x, y;

          ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
          if (x >= 0 && y >= 0 && x <= width && y <= height)
            g_ptr_array_add (visible, (gpointer) marker);
        }
      add_visible_areas (self, &view, width, height, areas, visible);
    }
  g_ptr_array_sort (visible, compare_markers);

  for (guint i = 0; i < visible->len; i++)
    {
      const TsMapMarker *marker = visible->pdata[i];

      g_string_append_printf (ids, "%s %u %u\n", marker->id, marker->weight,
                              marker->n_meetings);
    }
  if (g_strcmp0 (ids->str, self->listed) == 0)
    return;
  g_free (self->listed);
  self->listed = g_string_free (g_steal_pointer (&ids), FALSE);

  while ((child = gtk_widget_get_first_child (self->place_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->place_list), child);
  for (guint i = 0; i < visible->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->place_list), create_place_row (visible->pdata[i]));

  gtk_widget_set_visible (self->places_empty, visible->len == 0);
  _ts_map_view_select_listed_row (self);
}

static gboolean
on_list_idle (gpointer user_data)
{
  TsMapView *self = user_data;

  self->list_idle_id = 0;
  update_place_list (self);
  return G_SOURCE_REMOVE;
}

void
_ts_map_view_schedule_list_update (TsMapView *self)
{
  if (self->list_idle_id == 0)
    self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
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

  self->place_list = gtk_list_box_new ();
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
}
