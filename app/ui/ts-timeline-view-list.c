/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-timeline-view"

/* "Events in View", the list beside the timeline: the events the view
 * shows, in time order, each row named for screen readers ("Meeting,
 * 25 Oct 2023, title"), kept in step with the selection. The list is a
 * GtkListView over a model of record ids that changes by difference as
 * the view moves (panning drops rows at one end and adds them at the
 * other), so that it stays fast with a hundred thousand events in view.
 * Many rows coming in at once (a search that leaves a few hundred events
 * in view where thousands were, unlisted) come in a screenful per main
 * loop iteration, with a frame of the list between two: GTK 4.8's list
 * view makes a row widget for each of the first 200 items at once, and
 * the window measures them all before the next frame (30-50 ms of the
 * main thread for 200 rows), where a screenful costs a few milliseconds.
 * Part of TsTimelineView (ts-timeline-view.c). */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-timeline-view-private.h"

#include "ts-accessible.h"

#define SIDEBAR_WIDTH 260
/* More events in view than this are counted, not listed: a list of
 * thousands helps nobody, and would cost every frame of a pan. */
#define LIST_LIMIT 500
/* At most this many rows come into the list per main loop iteration: more
 * than a screenful, so the rows in sight come in at once. */
#define LIST_STEP 32

/* An item of the list: one event of an events object. */

#define TS_TYPE_EVENT_ITEM (ts_event_item_get_type ())

G_DECLARE_FINAL_TYPE (TsEventItem, ts_event_item, TS, EVENT_ITEM, GObject)

struct _TsEventItem
{
  GObject           parent_instance;

  TsTimelineEvents *events;
  guint             index;
};

G_DEFINE_FINAL_TYPE (TsEventItem, ts_event_item, G_TYPE_OBJECT)

static void
ts_event_item_finalize (GObject *object)
{
  _ts_timeline_view_drop_events (g_steal_pointer (&TS_EVENT_ITEM (object)->events));

  G_OBJECT_CLASS (ts_event_item_parent_class)->finalize (object);
}

static void
ts_event_item_class_init (TsEventItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_event_item_finalize;
}

static void
ts_event_item_init (TsEventItem *self)
{
}

static const TsTimelineEvent *
ts_event_item_get_event (TsEventItem *self)
{
  return ts_timeline_events_get_event (self->events, self->index);
}

/* The model: indices into an events object, in time order. */

#define TS_TYPE_EVENTS_IN_VIEW (ts_events_in_view_get_type ())

G_DECLARE_FINAL_TYPE (TsEventsInView, ts_events_in_view, TS, EVENTS_IN_VIEW, GObject)

struct _TsEventsInView
{
  GObject           parent_instance;

  TsTimelineEvents *events;
  GArray           *indices;  /* guint, into events, in time order */
};

static GType
ts_events_in_view_get_item_type (GListModel *model)
{
  return TS_TYPE_EVENT_ITEM;
}

static guint
ts_events_in_view_get_n_items (GListModel *model)
{
  return TS_EVENTS_IN_VIEW (model)->indices->len;
}

static gpointer
ts_events_in_view_get_item (GListModel *model,
                            guint       position)
{
  TsEventsInView *self = TS_EVENTS_IN_VIEW (model);
  TsEventItem *item;

  if (position >= self->indices->len)
    return NULL;
  item = g_object_new (TS_TYPE_EVENT_ITEM, NULL);
  item->events = g_object_ref (self->events);
  item->index = g_array_index (self->indices, guint, position);
  return item;
}

static void
ts_events_in_view_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_events_in_view_get_item_type;
  iface->get_n_items = ts_events_in_view_get_n_items;
  iface->get_item = ts_events_in_view_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TsEventsInView, ts_events_in_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ts_events_in_view_list_model_init))

static void
ts_events_in_view_finalize (GObject *object)
{
  TsEventsInView *self = TS_EVENTS_IN_VIEW (object);

  _ts_timeline_view_drop_events (g_steal_pointer (&self->events));
  g_array_unref (self->indices);

  G_OBJECT_CLASS (ts_events_in_view_parent_class)->finalize (object);
}

static void
ts_events_in_view_class_init (TsEventsInViewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ts_events_in_view_finalize;
}

static void
ts_events_in_view_init (TsEventsInView *self)
{
  self->indices = g_array_new (FALSE, FALSE, sizeof (guint));
}

static const char *
id_at (TsTimelineEvents *events,
       GArray           *indices,
       guint             i)
{
  return ts_timeline_events_get_event (events, g_array_index (indices, guint, i))->record_id;
}

static gboolean
same_event (TsEventsInView   *self,
            TsTimelineEvents *events,
            GArray           *indices,
            guint             old_pos,
            guint             new_pos)
{
  guint a = g_array_index (self->indices, guint, old_pos);
  guint b = g_array_index (indices, guint, new_pos);
  const TsTimelineEvent *old_event, *new_event;

  if (events == self->events)
    return a == b;

  /* Built again (a search, an edit): the same row if it reads the same. */
  old_event = ts_timeline_events_get_event (self->events, a);
  new_event = ts_timeline_events_get_event (events, b);
  return old_event->first == new_event->first
         && old_event->kind == new_event->kind
         && g_str_equal (old_event->record_id, new_event->record_id)
         && g_str_equal (old_event->label, new_event->label)
         && memcmp (&old_event->date, &new_event->date, sizeof (TsDate)) == 0;
}

/* Brings the model toward listing @indices of @events, telling its views
 * only what changed between the rows both keep at its start and at its
 * end, and adding at most @max_added rows: the first of those between
 * (the model stays in time order, with a gap that the next calls fill).
 * TRUE once it lists @indices. */
static gboolean
ts_events_in_view_update (TsEventsInView   *self,
                          TsTimelineEvents *events,
                          GArray           *indices,
                          guint             max_added)
{
  guint old_len = self->indices->len;
  guint new_len = indices->len;
  guint prefix = 0, suffix = 0;
  guint n_added;

  if (self->events != NULL)
    {
      while (prefix < old_len && prefix < new_len
             && same_event (self, events, indices, prefix, prefix))
        prefix++;
      while (suffix < old_len - prefix && suffix < new_len - prefix
             && same_event (self, events, indices, old_len - 1 - suffix,
                            new_len - 1 - suffix))
        suffix++;
    }

  n_added = MIN (new_len - prefix - suffix, max_added);

  if (self->events != events)
    {
      _ts_timeline_view_drop_events (g_steal_pointer (&self->events));
      self->events = g_object_ref (events);
    }
  g_array_set_size (self->indices, 0);
  g_array_append_vals (self->indices, indices->data, prefix + n_added);
  g_array_append_vals (self->indices, &g_array_index (indices, guint, new_len - suffix),
                       suffix);

  if (prefix == old_len && prefix == new_len)
    return TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix, n_added);
  return prefix + n_added + suffix == new_len;
}

/* The list. */

/* "Meeting", "Signing", "Milestone", "Project", "Statement": what a mark
 * is. */
const char *
_ts_timeline_view_get_kind_label (TsRecordEventKind kind)
{
  static const char *const labels[TS_N_RECORD_EVENT_KINDS] = {
    [TS_RECORD_EVENT_MEETING] = N_("Meeting"),
    [TS_RECORD_EVENT_SIGNING] = N_("Signing"),
    [TS_RECORD_EVENT_MILESTONE] = N_("Milestone"),
    [TS_RECORD_EVENT_PROJECT] = N_("Project"),
  };

  /* A statement is what its record type is called ("Statement, 1 Mar
   * 2026, Edil Baisalov: …"). */
  if (kind == TS_RECORD_EVENT_STATEMENT)
    return ts_record_type_get_label (TS_RECORD_TYPE_STATEMENT);
  if ((guint) kind >= G_N_ELEMENTS (labels) || labels[kind] == NULL)
    return "";
  return _(labels[kind]);
}

char *
_ts_timeline_view_describe_event (TsTimelineEvents *events,
                                  int               index)
{
  const TsTimelineEvent *event;
  g_autofree char *date = NULL;

  if (events == NULL || index < 0 || (guint) index >= ts_timeline_events_get_n_events (events))
    return NULL;

  event = ts_timeline_events_get_event (events, index);
  date = ts_date_format (&event->date);
  /* Translators: an event on the timeline, as a screen reader reads it:
   * its kind ("Meeting"), its date as recorded, its title */
  return g_strdup_printf (C_("timeline event", "%s, %s, %s"),
                          _ts_timeline_view_get_kind_label (event->kind), date,
                          event->label);
}

void
_ts_timeline_view_select_listed_row (TsTimelineView *self)
{
  TsEventsInView *model = TS_EVENTS_IN_VIEW (self->in_view);

  if (self->selected_id != NULL && model->events != NULL)
    {
      for (guint i = 0; i < model->indices->len; i++)
        if (g_str_equal (id_at (model->events, model->indices, i), self->selected_id))
          {
            gtk_single_selection_set_selected (self->list_selection, i);
            return;
          }
    }
  gtk_single_selection_set_selected (self->list_selection, GTK_INVALID_LIST_POSITION);
}

/* How many events begin in the view, at most: counted, not listed. */
static guint
count_in_view (TsTimelineView *self)
{
  double first, end;
  guint n = 0;

  ts_timeline_renderer_get_visible_range (self->renderer, &first, &end);
  for (guint lane = 0; lane < ts_timeline_events_get_n_lanes (self->events); lane++)
    n += ts_timeline_events_count_in_lane (self->events, lane, first, end, NULL);
  return n;
}

/* The next step of the list, once a frame has laid out and drawn the
 * rows of the last one. */
static gboolean
on_list_tick (GtkWidget     *list,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  TsTimelineView *self = user_data;

  self->list_tick_id = 0;
  _ts_timeline_view_schedule_list_update (self);
  return G_SOURCE_REMOVE;
}

/* The events whose time the view shows, in time order: a step toward
 * them, and the next step scheduled if more are to come. */
static void
update_list (TsTimelineView *self)
{
  g_autoptr(GArray) indices = NULL;
  int width = _ts_timeline_view_get_width (self);
  int height = _ts_timeline_view_get_height (self);
  guint n_counted = 0;

  if (self->events == NULL)
    return;

  if (width > 0 && height > 0)
    {
      ts_timeline_renderer_set_size (self->renderer, width, height);
      n_counted = count_in_view (self);
      if (n_counted <= LIST_LIMIT)
        indices = ts_timeline_renderer_list_visible (self->renderer);
    }
  if (indices == NULL)
    indices = g_array_new (FALSE, FALSE, sizeof (guint));
  if (indices->len > LIST_LIMIT)
    {
      n_counted = indices->len;
      g_array_set_size (indices, 0);
    }

  if (!ts_events_in_view_update (TS_EVENTS_IN_VIEW (self->in_view), self->events, indices,
                                 LIST_STEP)
      && self->list_tick_id == 0)
    {
      if (gtk_widget_get_mapped (self->event_list))
        self->list_tick_id = gtk_widget_add_tick_callback (self->event_list, on_list_tick,
                                                           self, NULL);
      else
        _ts_timeline_view_schedule_list_update (self);
    }
  if (indices->len == 0 && n_counted > LIST_LIMIT)
    {
      g_autofree char *text =
        /* Translators: instead of the list of events in view, when there
         * are too many to list */
        g_strdup_printf (ngettext ("%u event in view: zoom in to list them",
                                   "%u events in view: zoom in to list them", n_counted),
                         n_counted);

      gtk_label_set_text (GTK_LABEL (self->events_empty), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->events_empty), _("No events in view"));
  gtk_widget_set_visible (self->events_empty, indices->len == 0);
  _ts_timeline_view_select_listed_row (self);
}

static gboolean
on_list_idle (gpointer user_data)
{
  TsTimelineView *self = user_data;

  self->list_idle_id = 0;
  update_list (self);
  return G_SOURCE_REMOVE;
}

void
_ts_timeline_view_schedule_list_update (TsTimelineView *self)
{
  if (self->list_idle_id == 0)
    self->list_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_list_idle, self, NULL);
}

static void
on_setup_row (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TsTimelineView           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_row (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TsTimelineView           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  TsEventItem *event_item = gtk_list_item_get_item (item);
  const TsTimelineEvent *event = ts_event_item_get_event (event_item);
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;

  date = ts_date_format (&event->date);
  gtk_label_set_text (GTK_LABEL (title), event->label);
  /* Translators: below an event's title in Events in View: "25 Oct 2023 ·
   * Meeting" */
  details = g_strdup_printf (C_("timeline list", "%s · %s"), date,
                             _ts_timeline_view_get_kind_label (event->kind));
  gtk_label_set_text (GTK_LABEL (subtitle), details);

  name = _ts_timeline_view_describe_event (event_item->events, event_item->index);
  ts_accessible_label_list_item (box, name, NULL);
}

static void
on_list_activate (GtkListView    *list,
                  guint           position,
                  TsTimelineView *self)
{
  g_autoptr(TsEventItem) item = g_list_model_get_item (self->in_view, position);

  if (item != NULL)
    _ts_timeline_view_select_and_activate (self, ts_event_item_get_event (item)->record_id);
}

/* Makes self->sidebar: the list with its heading. */
void
_ts_timeline_view_init_list (TsTimelineView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box, *heading, *scrolled;

  self->in_view = g_object_new (TS_TYPE_EVENTS_IN_VIEW, NULL);
  self->list_selection = gtk_single_selection_new (g_object_ref (self->in_view));
  gtk_single_selection_set_autoselect (self->list_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->list_selection, TRUE);

  self->sidebar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_size_request (self->sidebar, SIDEBAR_WIDTH, -1);
  /* The canvas takes the width the list leaves. */
  gtk_widget_set_hexpand (self->sidebar, FALSE);
  gtk_box_append (GTK_BOX (self->sidebar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (self->sidebar), box);

  heading = gtk_label_new (_("Events in View"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  self->events_empty = gtk_label_new (_("No events in view"));
  gtk_label_set_wrap (GTK_LABEL (self->events_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->events_empty), 0);
  gtk_widget_add_css_class (self->events_empty, "dim-label");
  gtk_widget_set_margin_start (self->events_empty, 12);
  gtk_widget_set_margin_end (self->events_empty, 12);
  gtk_box_append (GTK_BOX (box), self->events_empty);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row), self);
  self->event_list = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->list_selection)),
                                        g_object_ref (factory));
  gtk_widget_add_css_class (self->event_list, "navigation-sidebar");
  /* Named as its heading reads; GTK 4.8 would say a label and a
   * labelling heading both ("Events in View Events in View"). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->event_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (heading)), -1);
  g_signal_connect (self->event_list, "activate", G_CALLBACK (on_list_activate), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->event_list);
  gtk_box_append (GTK_BOX (box), scrolled);
}

void
_ts_timeline_view_dispose_list (TsTimelineView *self)
{
  g_clear_handle_id (&self->list_idle_id, g_source_remove);
  if (self->list_tick_id != 0)
    gtk_widget_remove_tick_callback (self->event_list, self->list_tick_id);
  self->list_tick_id = 0;
  g_clear_object (&self->list_selection);
  g_clear_object (&self->in_view);
}

GtkListView *
_ts_timeline_view_get_event_list (TsTimelineView *self)
{
  return GTK_LIST_VIEW (self->event_list);
}

GListModel *
_ts_timeline_view_get_events_in_view (TsTimelineView *self)
{
  return self->in_view;
}

const char *
_ts_timeline_view_get_listed_id (TsTimelineView *self,
                                 guint           position)
{
  TsEventsInView *model = TS_EVENTS_IN_VIEW (self->in_view);

  if (position >= model->indices->len)
    return NULL;
  return id_at (model->events, model->indices, position);
}
