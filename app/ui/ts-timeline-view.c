/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-view"

/* The Timeline page: the toolbar (lanes, zoom), the canvas the renderer
 * draws on, the "Events in View" list beside it, the events built from
 * the matches, and the public API. The pointer and keys are handled in
 * ts-timeline-view-input.c and the list kept in ts-timeline-view-list.c;
 * they share the instance through ts-timeline-view-private.h. */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-timeline-view-private.h"

#include "ts-accessible.h"

/* +/- buttons and keys zoom by this factor. */
#define ZOOM_FACTOR 1.5
#define FIT_PADDING 32

G_DEFINE_FINAL_TYPE (TsTimelineView, ts_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MATCHES,
  PROP_SELECTED_ID,
  PROP_LANES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The lanes the analyst can choose, in the drop-down's order. */
static const struct
{
  const char         *key;
  TsTimelineLaneMode  mode;
  const char         *label;
} lane_modes[] = {
  { "type", TS_TIMELINE_LANES_TYPE, N_("Record Type") },
  { "country", TS_TIMELINE_LANES_COUNTERPART, N_("Counterpart Country") },
  { "person", TS_TIMELINE_LANES_PERSON, N_("Person") },
  { "project", TS_TIMELINE_LANES_PROJECT, N_("Project") },
};

static guint
find_lane_mode (TsTimelineLaneMode mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (lane_modes); i++)
    if (lane_modes[i].mode == mode)
      return i;
  return 0;
}

int
_ts_timeline_view_get_width (TsTimelineView *self)
{
  return gtk_widget_get_width (self->canvas);
}

int
_ts_timeline_view_get_height (TsTimelineView *self)
{
  return gtk_widget_get_height (self->canvas);
}

void
_ts_timeline_view_view_changed (TsTimelineView *self)
{
  gtk_widget_queue_draw (self->canvas);
  if (!self->dragging)
    _ts_timeline_view_schedule_list_update (self);
}

void
_ts_timeline_view_select_and_activate (TsTimelineView *self,
                                       const char     *id)
{
  ts_timeline_view_set_selected_id (self, id);
  if (id != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, id);
}

static gboolean
has_size (TsTimelineView *self)
{
  return _ts_timeline_view_get_width (self) > 0 && _ts_timeline_view_get_height (self) > 0;
}

static void
sync_size (TsTimelineView *self)
{
  ts_timeline_renderer_set_size (self->renderer, _ts_timeline_view_get_width (self),
                                 _ts_timeline_view_get_height (self));
}

/* Centres the view on @id, at the scale it has. */
static gboolean
center_on (TsTimelineView *self,
           const char     *id)
{
  if (self->events == NULL || ts_timeline_events_find (self->events, id) < 0)
    return FALSE;
  sync_size (self);
  ts_timeline_renderer_center_on (self->renderer, id);
  _ts_timeline_view_view_changed (self);
  return TRUE;
}

/* The record the window asked to show before it could be centred. */
static void
center_pending (TsTimelineView *self)
{
  g_autofree char *id = NULL;

  if (self->center_when_built == NULL || self->building || !has_size (self))
    return;

  id = g_steal_pointer (&self->center_when_built);
  self->needs_fit = FALSE;
  center_on (self, id);
}

static void
count_event (TsRecord          *record,
             TsRecordEventKind  kind,
             const char        *label,
             const TsDate      *date,
             const TsDate      *end_date,
             gpointer           user_data)
{
  if (date != NULL && ts_date_is_set (date))
    (*(guint *) user_data)++;
}

/* Whether the record @id is matched and has a dated event, while its
 * events are being built. */
static gboolean
record_has_events (TsTimelineView *self,
                   const char     *id)
{
  guint slot, n = 0;

  if (self->matches == NULL)
    return FALSE;
  slot = ts_matches_find_slot (self->matches, id);
  if (slot == G_MAXUINT || !ts_matches_contains (self->matches, slot))
    return FALSE;
  ts_record_foreach_event (ts_matches_get_record (self->matches, slot), count_event, &n);
  return n > 0;
}

static void
unref_in_thread (gpointer data,
                 gpointer user_data)
{
  g_object_unref (data);
}

/* Drops @events (transfer full) in a worker: freeing a hundred thousand
 * events and their index is no work for the main loop. */
/* Events freed in a worker from this many on. */
#define DROP_IN_THREAD_MIN_EVENTS 4000

void
_ts_timeline_view_drop_events (TsTimelineEvents *events)
{
  static GThreadPool *pool;

  if (events == NULL)
    return;
  /* Few are quicker freed at once. */
  if (ts_timeline_events_get_n_events (events) < DROP_IN_THREAD_MIN_EVENTS)
    {
      g_object_unref (events);
      return;
    }
  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (unref_in_thread, NULL, 1, FALSE, NULL));
  g_thread_pool_push (pool, events, NULL);
}

void
_ts_timeline_view_take_events (TsTimelineView   *self,
                               TsTimelineEvents *events,
                               gboolean          fit)
{
  TsTimelineEvents *old_events = g_steal_pointer (&self->events);

  self->events = events;
  ts_timeline_renderer_set_events (self->renderer, events);
  _ts_timeline_view_drop_events (old_events);
  ts_timeline_renderer_set_selected (self->renderer, self->selected_id);

  /* The keyboard stays on its event while it is still there. */
  if (self->focused_id != NULL)
    {
      g_autofree char *id = g_strdup (self->focused_id);

      self->focused = -1;
      _ts_timeline_view_set_focused (self, ts_timeline_events_find (events, id));
    }

  if (fit)
    ts_timeline_view_fit (self);
  center_pending (self);

  gtk_widget_queue_draw (self->canvas);
  _ts_timeline_view_schedule_list_update (self);
}

/* @slot_changes is NULL when the query changed, the slots an edit touched
 * otherwise: a new search shows all it found, an edit keeps the view
 * where the analyst put it. */
static void
on_matches_changed (TsMatches      *matches,
                    GArray         *slot_changes,
                    TsTimelineView *self)
{
  if (slot_changes != NULL)
    _ts_timeline_view_forget_snapshot (self);
  _ts_timeline_view_build_events (self, slot_changes == NULL);
}

static void
on_lanes_selected (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   TsTimelineView *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < G_N_ELEMENTS (lane_modes))
    ts_timeline_view_set_lanes (self, lane_modes[i].key);
}

static void
draw_canvas (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  TsTimelineView *self = user_data;
  gint64 start = g_get_monotonic_time ();

  ts_timeline_renderer_set_size (self->renderer, width, height);
  if (self->needs_fit && self->events != NULL)
    ts_timeline_view_fit (self);
  ts_timeline_renderer_draw (self->renderer, cr, width, height);
  self->draw_time = g_get_monotonic_time () - start;

  if (gtk_widget_has_focus (self->canvas))
    _ts_timeline_view_draw_focus (self, cr);
}

static void
on_canvas_resize (GtkDrawingArea *area,
                  int             width,
                  int             height,
                  TsTimelineView *self)
{
  ts_timeline_renderer_set_size (self->renderer, width, height);
  if (self->needs_fit && self->events != NULL)
    ts_timeline_view_fit (self);
  center_pending (self);
  _ts_timeline_view_schedule_list_update (self);
}

static void
zoom_by (TsTimelineView *self,
         double          factor)
{
  _ts_timeline_view_zoom_at (self, _ts_timeline_view_get_width (self) / 2.0, factor);
}

static void
on_zoom_in_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  zoom_by (TS_TIMELINE_VIEW (widget), ZOOM_FACTOR);
}

static void
on_zoom_out_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zoom_by (TS_TIMELINE_VIEW (widget), 1 / ZOOM_FACTOR);
}

static void
on_fit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ts_timeline_view_fit (TS_TIMELINE_VIEW (widget));
}

static GtkWidget *
create_button (const char *icon_name,
               const char *label,
               const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The toolbar above the canvas: the lanes, and the zoom buttons. */
static void
init_toolbar (TsTimelineView *self)
{
  g_autoptr(GtkStringList) lanes = gtk_string_list_new (NULL);
  GtkWidget *label, *spacer, *buttons;

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->toolbar, "toolbar");
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  /* Translators: the Timeline's drop-down that groups events into lanes */
  label = gtk_label_new_with_mnemonic (_("_Lanes"));
  gtk_widget_set_margin_start (label, 6);
  gtk_box_append (GTK_BOX (self->toolbar), label);

  for (guint i = 0; i < G_N_ELEMENTS (lane_modes); i++)
    gtk_string_list_append (lanes, _(lane_modes[i].label));
  self->lanes_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&lanes)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->lanes_dropdown),
                              find_lane_mode (self->lane_mode));
  gtk_widget_set_tooltip_text (self->lanes_dropdown, _("What the lanes group events by"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->lanes_dropdown);
  gtk_box_append (GTK_BOX (self->toolbar), self->lanes_dropdown);
  ts_accessible_name_drop_down (GTK_DROP_DOWN (self->lanes_dropdown), _("Lanes"));
  g_signal_connect (self->lanes_dropdown, "notify::selected", G_CALLBACK (on_lanes_selected),
                    self);

  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (self->toolbar), spacer);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-out-symbolic", _("Zoom Out"),
                                                    "timeline.zoom-out"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-in-symbolic", _("Zoom In"),
                                                    "timeline.zoom-in"));
  gtk_box_append (GTK_BOX (buttons), create_button ("zoom-fit-best-symbolic",
                                                    _("Fit to Matches"), "timeline.fit"));
  gtk_box_append (GTK_BOX (self->toolbar), buttons);
}

static void
ts_timeline_view_map (GtkWidget *widget)
{
  TsTimelineView *self = TS_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (ts_timeline_view_parent_class)->map (widget);
  _ts_timeline_view_flush_build (self);
}

static void
ts_timeline_view_dispose (GObject *object)
{
  TsTimelineView *self = (TsTimelineView *)object;

  g_cancellable_cancel (self->cancellable);
  ts_timeline_view_set_matches (self, NULL);
  _ts_timeline_view_dispose_list (self);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);
  g_clear_pointer (&self->body, gtk_widget_unparent);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->events, g_object_unref);
  _ts_timeline_view_forget_snapshot (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ts_timeline_view_parent_class)->dispose (object);
}

static void
ts_timeline_view_finalize (GObject *object)
{
  TsTimelineView *self = (TsTimelineView *)object;

  g_free (self->selected_id);
  g_free (self->focused_id);
  g_free (self->center_when_built);

  G_OBJECT_CLASS (ts_timeline_view_parent_class)->finalize (object);
}

static void
ts_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TsTimelineView *self = TS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      g_value_set_object (value, self->matches);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    case PROP_LANES:
      g_value_set_string (value, ts_timeline_view_get_lanes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TsTimelineView *self = TS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATCHES:
      ts_timeline_view_set_matches (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ID:
      ts_timeline_view_set_selected_id (self, g_value_get_string (value));
      break;
    case PROP_LANES:
      ts_timeline_view_set_lanes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_timeline_view_class_init (TsTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint zoom_in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  static const guint zoom_out_keys[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  static const guint fit_keys[] = { GDK_KEY_0, GDK_KEY_KP_0 };

  object_class->dispose = ts_timeline_view_dispose;
  object_class->finalize = ts_timeline_view_finalize;
  object_class->get_property = ts_timeline_view_get_property;
  object_class->set_property = ts_timeline_view_set_property;
  widget_class->map = ts_timeline_view_map;

  properties[PROP_MATCHES] =
    g_param_spec_object ("matches", NULL, NULL, TS_TYPE_MATCHES,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LANES] =
    g_param_spec_string ("lanes", NULL, NULL, "type",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TsTimelineView::record-activated:
   * @id: the id of the record clicked, entered or chosen in the list
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, on_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL,
                                   on_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit", NULL, on_fit_action);
  /* With Ctrl as in a browser or a document viewer, and without as on
   * the map. */
  for (guint m = 0; m < 2; m++)
    {
      GdkModifierType mods = m == 0 ? 0 : GDK_CONTROL_MASK;

      for (guint i = 0; i < G_N_ELEMENTS (zoom_in_keys); i++)
        gtk_widget_class_add_binding_action (widget_class, zoom_in_keys[i], mods,
                                             "timeline.zoom-in", NULL);
      for (guint i = 0; i < G_N_ELEMENTS (zoom_out_keys); i++)
        gtk_widget_class_add_binding_action (widget_class, zoom_out_keys[i], mods,
                                             "timeline.zoom-out", NULL);
      for (guint i = 0; i < G_N_ELEMENTS (fit_keys); i++)
        gtk_widget_class_add_binding_action (widget_class, fit_keys[i], mods,
                                             "timeline.fit", NULL);
    }

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tstimelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_timeline_view_init (TsTimelineView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autofree char *lanes = NULL;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->cancellable = g_cancellable_new ();
  self->renderer = ts_timeline_renderer_new ();
  self->needs_fit = TRUE;
  self->focused = -1;

  /* The schema id is the base id for both profiles. */
  self->settings = g_settings_new (BASE_ID);
  lanes = g_settings_get_string (self->settings, "timeline-lanes");
  for (guint i = 0; i < G_N_ELEMENTS (lane_modes); i++)
    if (g_strcmp0 (lanes, lane_modes[i].key) == 0)
      self->lane_mode = lane_modes[i].mode;

  init_toolbar (self);

  self->body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_vexpand (self->body, TRUE);
  gtk_widget_set_parent (self->body, GTK_WIDGET (self));

  self->canvas = gtk_drawing_area_new ();
  gtk_widget_set_focusable (self->canvas, TRUE);
  gtk_widget_set_hexpand (self->canvas, TRUE);
  gtk_widget_set_vexpand (self->canvas, TRUE);
  gtk_widget_set_cursor_from_name (self->canvas, "grab");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->canvas), draw_canvas, self, NULL);
  g_signal_connect (self->canvas, "resize", G_CALLBACK (on_canvas_resize), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline of meetings, agreements and milestones"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right move from event to event in time, Up "
                                    "and Down to the lane above or below, Enter opens; drag "
                                    "or press Shift and an arrow to move, plus and minus to "
                                    "zoom, Ctrl+0 to fit"),
                                  -1);
  gtk_box_append (GTK_BOX (self->body), self->canvas);
  _ts_timeline_view_init_input (self);

  _ts_timeline_view_init_list (self);
  gtk_box_append (GTK_BOX (self->body), self->sidebar);

  self->events = _ts_timeline_view_new_empty_events (self);
  ts_timeline_renderer_set_events (self->renderer, self->events);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline"), -1);
}

GtkWidget *
ts_timeline_view_new (void)
{
  return g_object_new (TS_TYPE_TIMELINE_VIEW, NULL);
}

TsMatches *
ts_timeline_view_get_matches (TsTimelineView *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), NULL);

  return self->matches;
}

void
ts_timeline_view_set_matches (TsTimelineView *self,
                              TsMatches      *matches)
{
  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (matches == NULL || TS_IS_MATCHES (matches));

  if (self->matches == matches)
    return;

  if (self->matches != NULL)
    g_clear_signal_handler (&self->matches_changed_id, self->matches);
  g_set_object (&self->matches, matches);
  _ts_timeline_view_forget_snapshot (self);
  if (matches != NULL)
    self->matches_changed_id = g_signal_connect (matches, "changed",
                                                 G_CALLBACK (on_matches_changed), self);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    _ts_timeline_view_build_events (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHES]);
}

const char *
ts_timeline_view_get_selected_id (TsTimelineView *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), NULL);

  return self->selected_id;
}

void
ts_timeline_view_set_selected_id (TsTimelineView *self,
                                  const char     *id)
{
  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);

  ts_timeline_renderer_set_selected (self->renderer, id);
  gtk_widget_queue_draw (self->canvas);
  _ts_timeline_view_select_listed_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

gboolean
ts_timeline_view_show_record (TsTimelineView *self,
                              const char     *id)
{
  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  _ts_timeline_view_flush_build (self);
  if (self->building ? !record_has_events (self, id)
                     : self->events == NULL || ts_timeline_events_find (self->events, id) < 0)
    return FALSE;

  ts_timeline_view_set_selected_id (self, id);
  if (self->building || !has_size (self))
    {
      /* Centred once the events are built and the canvas has a size. */
      g_free (self->center_when_built);
      self->center_when_built = g_strdup (id);
      return TRUE;
    }
  self->needs_fit = FALSE;
  g_clear_pointer (&self->center_when_built, g_free);
  center_on (self, id);
  return TRUE;
}

const char *
ts_timeline_view_get_lanes (TsTimelineView *self)
{
  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), NULL);

  return lane_modes[find_lane_mode (self->lane_mode)].key;
}

void
ts_timeline_view_set_lanes (TsTimelineView *self,
                            const char     *lanes)
{
  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (lane_modes); i++)
    {
      if (g_strcmp0 (lanes, lane_modes[i].key) != 0)
        continue;
      if (self->lane_mode == lane_modes[i].mode)
        return;

      self->lane_mode = lane_modes[i].mode;
      g_settings_set_string (self->settings, "timeline-lanes", lane_modes[i].key);
      if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->lanes_dropdown)) != i)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->lanes_dropdown), i);
      /* The same time span, in other lanes. */
      _ts_timeline_view_build_events (self, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
      return;
    }
  g_warning ("The Timeline has no lanes by “%s”", lanes);
}

GVariant *
ts_timeline_view_save_state (TsTimelineView *self)
{
  double start, scale;

  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), NULL);

  ts_timeline_renderer_get_view (self->renderer, &start, &scale);
  return g_variant_ref_sink (g_variant_new ("(dds)", start, scale,
                                            ts_timeline_view_get_lanes (self)));
}

void
ts_timeline_view_restore_state (TsTimelineView *self,
                                GVariant       *state)
{
  const char *lanes;
  double start, scale;

  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (state != NULL);

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(dds)")))
    {
      g_warning ("A Timeline state of type %s, not (dds), was not restored",
                 g_variant_get_type_string (state));
      return;
    }

  g_variant_get (state, "(dd&s)", &start, &scale, &lanes);
  ts_timeline_view_set_lanes (self, lanes);
  _ts_timeline_view_flush_build (self);
  self->needs_fit = FALSE;
  g_clear_pointer (&self->center_when_built, g_free);
  ts_timeline_renderer_set_view (self->renderer, start, scale);
  _ts_timeline_view_view_changed (self);
}

double
ts_timeline_view_get_scale (TsTimelineView *self)
{
  double start, scale;

  g_return_val_if_fail (TS_IS_TIMELINE_VIEW (self), 0);

  ts_timeline_renderer_get_view (self->renderer, &start, &scale);
  return scale;
}

void
ts_timeline_view_fit (TsTimelineView *self)
{
  int width, height;

  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));

  width = _ts_timeline_view_get_width (self);
  height = _ts_timeline_view_get_height (self);
  if (width <= 0 || height <= 0)
    {
      self->needs_fit = TRUE;
      return;
    }

  self->needs_fit = FALSE;
  ts_timeline_renderer_set_size (self->renderer, width, height);
  ts_timeline_renderer_fit (self->renderer, width, height, MIN (FIT_PADDING, width / 8.0));
  _ts_timeline_view_view_changed (self);
}

void
_ts_timeline_view_pan (TsTimelineView *self,
                       double          dx)
{
  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));

  sync_size (self);
  ts_timeline_renderer_pan (self->renderer, dx);
  _ts_timeline_view_view_changed (self);
}

void
_ts_timeline_view_zoom_at (TsTimelineView *self,
                           double          x,
                           double          factor)
{
  g_return_if_fail (TS_IS_TIMELINE_VIEW (self));

  sync_size (self);
  self->needs_fit = FALSE;
  ts_timeline_renderer_zoom_at (self->renderer, x, factor);
  _ts_timeline_view_view_changed (self);
}

TsTimelineEvents *
_ts_timeline_view_get_events (TsTimelineView *self)
{
  _ts_timeline_view_flush_build (self);
  return self->events;
}

gboolean
_ts_timeline_view_is_building (TsTimelineView *self)
{
  return self->building || self->stale;
}

int
_ts_timeline_view_get_focused (TsTimelineView *self)
{
  return self->focused;
}

gint64
_ts_timeline_view_get_draw_time (TsTimelineView *self)
{
  return self->draw_time;
}

GtkWidget *
_ts_timeline_view_get_canvas (TsTimelineView *self)
{
  return self->canvas;
}
