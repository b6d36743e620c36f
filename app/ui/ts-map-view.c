/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-view"

/* The Map page: the map with its zoom buttons, the "Places in View" list
 * beside it, the scene built from the matches and the public API. The
 * pictures are made in ts-map-view-render.c, the pointer and keys handled
 * in ts-map-view-input.c and the list kept in ts-map-view-place-list.c;
 * they share the instance through ts-map-view-private.h. */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-map-view-private.h"

/* +/- buttons and keys zoom by 2^ZOOM_STEP. */
#define ZOOM_STEP 0.5
#define FIT_PADDING 48
/* The zoom buttons' column before it is allocated. */
#define MAP_BUTTONS_WIDTH 40

/* The form of ts_map_view_save_state(): centre longitude and latitude,
 * zoom, selected id. */
#define STATE_FORMAT "(dddms)"

G_DEFINE_FINAL_TYPE (TsMapView, ts_map_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MATCHES,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

int
_ts_map_view_get_width (TsMapView *self)
{
  return gtk_widget_get_width (self->canvas);
}

int
_ts_map_view_get_height (TsMapView *self)
{
  return gtk_widget_get_height (self->canvas);
}

static void
content_changed (TsMapView *self)
{
  self->content++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
view_changed (TsMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!self->dragging)
    _ts_map_view_schedule_list_update (self);
}

void
_ts_map_view_view_changed (TsMapView *self)
{
  view_changed (self);
}

void
_ts_map_view_select_and_activate (TsMapView  *self,
                                  const char *id)
{
  ts_map_view_set_selected_id (self, id);
  if (id != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, id);
}

/* "No matching places" shows when a search or filter leaves nothing for
 * the map, rather than a view of empty land. */
static void
update_empty (TsMapView *self)
{
  TsQuery *query = self->matches != NULL ? ts_matches_get_query (self->matches) : NULL;

  gtk_widget_set_visible (self->empty_box,
                          query != NULL && !ts_query_is_empty (query)
                          && ts_map_scene_is_empty (self->scene));
}

static void
on_clear_query_clicked (GtkButton *button,
                        TsMapView *self)
{
  if (self->matches != NULL)
    ts_query_clear (ts_matches_get_query (self->matches));
}

void
_ts_map_view_set_scene (TsMapView  *self,
                        TsMapScene *scene,
                        gboolean    fit)
{
  g_set_object (&self->scene, scene);
  ts_map_renderer_set_scene (self->renderer, self->scene);
  self->hold_frame = TRUE;
  /* What it pointed at may be gone, or counted differently. */
  _ts_map_view_close_popover (self);
  update_empty (self);

  if (fit)
    ts_map_view_fit (self);
  content_changed (self);
  _ts_map_view_schedule_list_update (self);
}

static void
rebuild_scene (TsMapView *self,
               gboolean   fit)
{
  self->scene_stale = FALSE;
  self->stale_fit = FALSE;
  _ts_map_view_build_scene (self, fit);
}

static void
request_rebuild (TsMapView *self,
                 gboolean   fit)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      rebuild_scene (self, fit);
      return;
    }

  self->scene_stale = TRUE;
  self->stale_fit |= fit;
}

static void
flush_rebuild (TsMapView *self)
{
  if (self->scene_stale)
    rebuild_scene (self, self->stale_fit);
}

/* After the matches are brought up to date: @slot_changes is NULL when
 * the query changed, the slots an edit touched otherwise. */
static void
on_matches_changed (TsMatches *matches,
                    GArray    *slot_changes,
                    TsMapView *self)
{
  /* A new search shows all it found; an edit keeps the view where the
   * analyst put it. */
  request_rebuild (self, slot_changes == NULL);
}

static void
ts_map_view_map (GtkWidget *widget)
{
  TsMapView *self = TS_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (ts_map_view_parent_class)->map (widget);
  flush_rebuild (self);
}

static void
zoom_by (TsMapView *self,
         double     delta)
{
  _ts_map_view_zoom_at (self, _ts_map_view_get_width (self) / 2.0,
                        _ts_map_view_get_height (self) / 2.0, delta);
}

static void
on_zoom_in_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  zoom_by (TS_MAP_VIEW (widget), ZOOM_STEP);
}

static void
on_zoom_out_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zoom_by (TS_MAP_VIEW (widget), -ZOOM_STEP);
}

static void
on_fit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ts_map_view_fit (TS_MAP_VIEW (widget));
}

static void
on_legend_toggled (GtkToggleButton *button,
                   TsMapView       *self)
{
  gboolean show = gtk_toggle_button_get_active (button);

  gtk_widget_set_tooltip_text (GTK_WIDGET (button),
                               show ? _("Hide Legend") : _("Show Legend"));
  if (ts_map_renderer_get_show_legend (self->renderer) == show)
    return;
  ts_map_renderer_set_show_legend (self->renderer, show);
  content_changed (self);
  /* A view framed by Fit is framed again for the room the legend leaves;
   * one the analyst moved stays. */
  if (self->fitted)
    ts_map_view_fit (self);
}

static GtkWidget *
create_legend_button (TsMapView *self)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), "view-list-bullet-symbolic");
  gtk_widget_set_name (button, "legend-toggle");
  gtk_widget_add_css_class (button, "osd");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"), -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_signal_connect (button, "toggled", G_CALLBACK (on_legend_toggled), self);
  on_legend_toggled (GTK_TOGGLE_BUTTON (button), self);

  /* The analyst's choice is kept. Without the schema (a benchmark run
   * from the build tree) the legend just shows. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
    if (schema != NULL && g_settings_schema_has_key (schema, "map-show-legend"))
      {
        self->settings = g_settings_new (BASE_ID);
        g_settings_bind (self->settings, "map-show-legend", button, "active",
                         G_SETTINGS_BIND_DEFAULT);
      }
  }
  return button;
}

/* Over the map when nothing of it matches. */
static GtkWidget *
create_empty_box (TsMapView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("No Matching Places"));
  GtkWidget *description = gtk_label_new (_("The search and filters match nothing that "
                                            "has a place on the map."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Clear Search and Filters"));

  gtk_widget_set_name (box, "map-empty");
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title, "title-3");
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 36);
  gtk_label_set_justify (GTK_LABEL (description), GTK_JUSTIFY_CENTER);
  gtk_widget_set_name (button, "map-clear-query");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 6);
  g_signal_connect (button, "clicked", G_CALLBACK (on_clear_query_clicked), self);
  for (GtkWidget **child = (GtkWidget *[]) { title, description, button, NULL };
       *child != NULL; child++)
    {
      gtk_widget_set_margin_start (*child, 24);
      gtk_widget_set_margin_end (*child, 24);
      gtk_box_append (GTK_BOX (box), *child);
    }
  gtk_widget_set_margin_top (title, 18);
  gtk_widget_set_margin_bottom (button, 18);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

static GtkWidget *
create_button (const char *icon_name,
               const char *label,
               const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "osd");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The basemap is a few megabytes of shapes: read once, shared by every
 * map of the process and by the scene builder (which matches provinces to
 * their shapes). */
static TsBasemap *
get_shared_basemap (void)
{
  TsBasemap *basemap = ts_basemap_get_default ();

  if (basemap == NULL)
    g_error ("The map's country shapes are missing from the program");
  return basemap;
}

static void
ts_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  int map_min, map_nat, side_min, side_nat;

  gtk_widget_measure (self->overlay, orientation, -1, &map_min, &map_nat, NULL, NULL);
  gtk_widget_measure (self->sidebar, orientation, -1, &side_min, &side_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = map_min + side_min;
      *natural = map_nat + side_nat;
    }
  else
    {
      *minimum = MAX (map_min, side_min);
      *natural = MAX (map_nat, side_nat);
    }
}

/* The map takes what the list beside it leaves. */
static void
ts_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int old_width = _ts_map_view_get_width (self);
  int old_height = _ts_map_view_get_height (self);
  int side, map_width;

  gtk_widget_measure (self->sidebar, GTK_ORIENTATION_HORIZONTAL, height, &side, NULL,
                      NULL, NULL);
  side = MIN (side, width);
  map_width = width - side;

  gtk_widget_allocate (self->overlay, map_width, height, -1,
                       rtl ? gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (side, 0))
                           : NULL);
  gtk_widget_allocate (self->sidebar, side, height, -1,
                       rtl ? NULL
                           : gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (map_width, 0)));
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));

  if (_ts_map_view_get_width (self) == old_width && _ts_map_view_get_height (self) == old_height)
    return;
  _ts_map_view_resize (self, old_width, old_height);
  if (self->needs_fit)
    ts_map_view_fit (self);
  _ts_map_view_schedule_list_update (self);
}

static void
ts_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  TsMapView *self = TS_MAP_VIEW (widget);
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (self->canvas, widget, &bounds))
    _ts_map_view_snapshot_map (self, snapshot, &bounds);
  gtk_widget_snapshot_child (widget, self->overlay, snapshot);
  gtk_widget_snapshot_child (widget, self->sidebar, snapshot);
}

static void
ts_map_view_dispose (GObject *object)
{
  TsMapView *self = (TsMapView *)object;

  g_cancellable_cancel (self->cancellable);
  ts_map_view_set_matches (self, NULL);
  _ts_map_view_stop_list_update (self);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_pointer (&self->sidebar, gtk_widget_unparent);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->settings);
  g_clear_object (&self->renderer);
  g_clear_object (&self->scene);
  g_clear_object (&self->basemap);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->places);

  G_OBJECT_CLASS (ts_map_view_parent_class)->dispose (object);
}

static void
ts_map_view_finalize (GObject *object)
{
  TsMapView *self = (TsMapView *)object;

  _ts_map_view_clear_frame (&self->frame);
  _ts_map_view_clear_frame (&self->next_frame);
  g_free (self->selected_id);

  G_OBJECT_CLASS (ts_map_view_parent_class)->finalize (object);
}

static void
ts_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TsMapView *self = TS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      g_value_set_object (value, self->matches);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TsMapView *self = TS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      ts_map_view_set_matches (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ID:
      ts_map_view_set_selected_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_map_view_class_init (TsMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_map_view_dispose;
  object_class->finalize = ts_map_view_finalize;
  object_class->get_property = ts_map_view_get_property;
  object_class->set_property = ts_map_view_set_property;
  widget_class->map = ts_map_view_map;
  widget_class->measure = ts_map_view_measure;
  widget_class->size_allocate = ts_map_view_size_allocate;
  widget_class->snapshot = ts_map_view_snapshot;

  properties[PROP_MATCHES] =
    g_param_spec_object ("matches", NULL, NULL, TS_TYPE_MATCHES,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsMapView::record-activated:
   * @id: the id of the record clicked on the map or chosen in the list
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, on_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, on_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.fit", NULL, on_fit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "map.fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "tsmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_map_view_init (TsMapView *self)
{
  GtkWidget *buttons;

  self->cancellable = g_cancellable_new ();
  self->basemap = g_object_ref (get_shared_basemap ());
  self->renderer = ts_map_renderer_new (self->basemap);
  self->scene = ts_map_scene_new ();
  ts_map_renderer_set_scene (self->renderer, self->scene);
  /* Places too close to tell apart are one disc that a click opens. */
  ts_map_renderer_set_cluster_markers (self->renderer, TRUE);
  self->needs_fit = TRUE;

  /* The map, with the zoom buttons over it. */
  self->overlay = gtk_overlay_new ();
  gtk_widget_set_hexpand (self->overlay, TRUE);
  gtk_widget_set_vexpand (self->overlay, TRUE);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  /* The map is drawn by ts_map_view_snapshot () under the overlay: the
   * canvas only takes the pointer, the keys and the focus. */
  self->canvas = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_focusable (self->canvas, TRUE);
  gtk_widget_set_hexpand (self->canvas, TRUE);
  gtk_widget_set_vexpand (self->canvas, TRUE);
  gtk_widget_set_cursor_from_name (self->canvas, "grab");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of places, agreements and project routes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag to move the map, scroll or press plus and minus to "
                                    "zoom, 0 to fit, Enter to list the records of the "
                                    "selected place; the list beside it names the places in "
                                    "view"),
                                  -1);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->canvas);
  _ts_map_view_init_input (self);

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_valign (buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-in-symbolic", _("Zoom In"),
                                                    "map.zoom-in"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-out-symbolic", _("Zoom Out"),
                                                    "map.zoom-out"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-fit-best-symbolic", _("Fit to Data"),
                                                    "map.fit"));
  self->legend_button = create_legend_button (self);
  gtk_box_append (GTK_BOX (buttons), self->legend_button);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), buttons);
  self->map_buttons = buttons;

  self->empty_box = create_empty_box (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->empty_box);
  _ts_map_view_init_popover (self);

  /* Beside it, the places in view. */
  _ts_map_view_init_place_list (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of places, agreements and project routes"), -1);
}

GtkWidget *
ts_map_view_new (void)
{
  return g_object_new (TS_TYPE_MAP_VIEW, NULL);
}

TsMatches *
ts_map_view_get_matches (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  return self->matches;
}

void
ts_map_view_set_matches (TsMapView *self,
                         TsMatches *matches)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));
  g_return_if_fail (matches == NULL || TS_IS_MATCHES (matches));

  if (self->matches == matches)
    return;

  if (self->matches != NULL)
    g_clear_signal_handler (&self->matches_changed_id, self->matches);
  g_set_object (&self->matches, matches);
  if (matches != NULL)
    self->matches_changed_id = g_signal_connect (matches, "changed",
                                                 G_CALLBACK (on_matches_changed), self);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    request_rebuild (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHES]);
}

const char *
ts_map_view_get_selected_id (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  return self->selected_id;
}

void
ts_map_view_set_selected_id (TsMapView  *self,
                             const char *id)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);

  ts_map_renderer_set_selected (self->renderer, id);
  content_changed (self);
  _ts_map_view_select_listed_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

TsMapScene *
ts_map_view_get_scene (TsMapView *self)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  flush_rebuild (self);
  return self->scene;
}

double
ts_map_view_get_zoom (TsMapView *self)
{
  double lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), 0);

  ts_map_renderer_get_view (self->renderer, &lon, &lat, &zoom);
  return zoom;
}

void
ts_map_view_fit (TsMapView *self)
{
  int width, height, reserve;

  g_return_if_fail (TS_IS_MAP_VIEW (self));

  width = _ts_map_view_get_width (self);
  height = _ts_map_view_get_height (self);
  if (width <= 0 || height <= 0)
    {
      /* Until the map has a size, there is nothing to fit into. */
      self->needs_fit = TRUE;
      return;
    }

  self->needs_fit = FALSE;
  self->fitted = TRUE;
  /* Clear of the zoom buttons, which are drawn over the map's right edge:
   * fitted into the width left of them, then moved there. */
  reserve = gtk_widget_get_width (self->map_buttons);
  reserve = (reserve > 0 ? reserve : MAP_BUTTONS_WIDTH) + gtk_widget_get_margin_end (self->map_buttons);
  reserve = MIN (reserve, width / 4);
  /* Clear of the legend while it shows: it is drawn over the map. */
  ts_map_renderer_fit_clear_of_legend (self->renderer, width - reserve, height,
                                       MIN (FIT_PADDING, MIN (width, height) / 8.0));
  ts_map_renderer_set_size (self->renderer, width, height);
  ts_map_renderer_pan (self->renderer, -reserve / 2.0, 0);
  view_changed (self);
}

void
_ts_map_view_pan (TsMapView *self,
                  double     dx,
                  double     dy)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  ts_map_renderer_pan (self->renderer, dx, dy);
  self->hold_frame = FALSE;
  self->fitted = FALSE;
  view_changed (self);
}

void
_ts_map_view_zoom_at (TsMapView *self,
                      double     x,
                      double     y,
                      double     delta)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  ts_map_renderer_zoom_at (self->renderer, x, y, delta);
  self->hold_frame = FALSE;
  self->fitted = FALSE;
  view_changed (self);
}

const char *
_ts_map_view_click (TsMapView *self,
                    double     x,
                    double     y)
{
  g_autoptr(GPtrArray) cluster = NULL;
  const char *id;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  ts_map_renderer_set_size (self->renderer, _ts_map_view_get_width (self),
                            _ts_map_view_get_height (self));
  id = ts_map_renderer_hit_test (self->renderer, x, y);
  _ts_map_view_close_popover (self);

  /* A click on the bare map clears the selection. */
  if (id == NULL)
    {
      ts_map_view_set_selected_id (self, NULL);
      return NULL;
    }

  /* A place answers in place: its records, in a popover at it. */
  cluster = ts_map_renderer_list_cluster (self->renderer, id);
  if (cluster != NULL)
    {
      _ts_map_view_open_cluster_popover (self, cluster, x, y);
      return id;
    }
  /* A tie or a route is one record. */
  if (ts_map_scene_lookup_arc (self->scene, id) != NULL
      || ts_map_scene_lookup_route (self->scene, id) != NULL)
    {
      _ts_map_view_select_and_activate (self, id);
      return id;
    }

  /* Anything else drawn is a place: a marker, or a country or province
   * the records placed there are drawn on. */
  ts_map_view_set_selected_id (self, id);
  _ts_map_view_open_place_popover (self, id, x, y);
  return id;
}

gboolean
_ts_map_view_get_legend_box (TsMapView  *self,
                             TsLabelBox *box)
{
  g_return_val_if_fail (TS_IS_MAP_VIEW (self), FALSE);

  ts_map_renderer_set_size (self->renderer, _ts_map_view_get_width (self),
                            _ts_map_view_get_height (self));
  return ts_map_renderer_get_legend_box (self->renderer, box);
}

void
_ts_map_view_lonlat_to_pixel (TsMapView *self,
                              double     lon,
                              double     lat,
                              double    *x,
                              double    *y)
{
  TsView view;

  ts_map_renderer_set_size (self->renderer, _ts_map_view_get_width (self),
                            _ts_map_view_get_height (self));
  ts_map_renderer_get_projected_view (self->renderer, &view);
  ts_view_lonlat_to_pixel (&view, lon, lat, x, y);
}

void
_ts_map_view_set_dragging (TsMapView *self,
                           gboolean   dragging)
{
  g_return_if_fail (TS_IS_MAP_VIEW (self));

  self->dragging = !!dragging;
  self->hold_frame = FALSE;
  gtk_widget_set_cursor_from_name (self->canvas, dragging ? "grabbing" : "grab");
  view_changed (self);
}

gint64
_ts_map_view_get_frame_time (TsMapView *self,
                             gboolean  *rendered)
{
  if (rendered != NULL)
    *rendered = self->frame_rendered;
  return self->frame_time;
}

gboolean
_ts_map_view_is_rendering (TsMapView *self)
{
  return self->rendering || self->scene_building;
}

GtkListBox *
_ts_map_view_get_place_list (TsMapView *self)
{
  return GTK_LIST_BOX (self->place_list);
}

GVariant *
ts_map_view_save_state (TsMapView *self)
{
  double lon, lat, zoom;

  g_return_val_if_fail (TS_IS_MAP_VIEW (self), NULL);

  ts_map_renderer_get_view (self->renderer, &lon, &lat, &zoom);
  return g_variant_ref_sink (g_variant_new (STATE_FORMAT, lon, lat, zoom, self->selected_id));
}

void
ts_map_view_restore_state (TsMapView *self,
                           GVariant  *state)
{
  const char *selected = NULL;
  double lon, lat, zoom;

  g_return_if_fail (TS_IS_MAP_VIEW (self));
  g_return_if_fail (state != NULL);

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_FORMAT)))
    {
      g_warning ("A map view state of type %s, not %s, was not restored",
                 g_variant_get_type_string (state), STATE_FORMAT);
      return;
    }

  g_variant_get (state, "(dddm&s)", &lon, &lat, &zoom, &selected);
  _ts_map_view_close_popover (self);
  _ts_map_view_cancel_pending_center (self);
  /* The view as it was, not one fitted when the page shows or gets its
   * size. */
  self->needs_fit = FALSE;
  self->stale_fit = FALSE;
  self->fitted = FALSE;
  ts_map_renderer_set_view (self->renderer, lon, lat, zoom);
  ts_map_view_set_selected_id (self, selected);
  _ts_map_view_forget_anchor (self);
  view_changed (self);
}
