/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-window-pages"

/* The window around its pages: the one detail pane beside whichever page
 * is shown, the record shown carried from page to page, and one history
 * (Back, Forward) across them all.
 *
 * An entry of the history is where the user was: the page, the record the
 * pane showed, whether the pane was open beside that page, and the page's
 * view (the map's centre and zoom; the timeline's start, scale and lanes).
 * A step is taken when another record is shown as one (a link followed, a
 * place opened on the map: TsRecordsView::navigating) and when the page
 * changes, by the view switcher or otherwise: Back from the Map returns to
 * the Records page the user came from. Choosing a row in a list is not a
 * step, as before. */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-window-private.h"

/* The pages, in the order of the stack. */
static const char * const page_names[TS_WINDOW_N_PAGES] = { "records", "map", "timeline" };

struct _TsWindowHistoryEntry
{
  guint     page;
  char     *record_id; /* (nullable) */
  gboolean  pane_open;
  GVariant *state;     /* (nullable) the page's view */
};

static void
history_entry_free (TsWindowHistoryEntry *entry)
{
  g_free (entry->record_id);
  g_clear_pointer (&entry->state, g_variant_unref);
  g_free (entry);
}

/* What the page @i shows: its view, inside the AdwBin that is the
 * stack's child (ts-window.ui). */
static GtkWidget *
page_view (TsWindow *self,
           guint     i)
{
  GtkWidget *bin = adw_view_stack_get_child_by_name (self->stack, page_names[i]);

  return bin != NULL ? adw_bin_get_child (ADW_BIN (bin)) : NULL;
}

/* A page not shown is hidden inside its AdwBin, not only unmapped as the
 * view stack leaves it: GTK 4.8 goes on validating the styles of a
 * visible widget that is not mapped, and laying out again what queued a
 * resize in it, at every frame, so a keystroke with the Map on screen
 * paid for the Records page behind it. The bin itself stays visible: the
 * page keeps its entry in the view switchers, and the stack can show it.
 * The view shows as its bin maps, before the stack gives it the focus,
 * and catches up then with what changed while it was hidden; it is
 * hidden once another page is shown and has the focus. */
static void
show_page_view (GtkWidget *bin)
{
  GtkWidget *view = adw_bin_get_child (ADW_BIN (bin));

  if (view != NULL)
    gtk_widget_set_visible (view, TRUE);
}

static void
hide_page_view (GtkWidget *bin)
{
  GtkWidget *view = adw_bin_get_child (ADW_BIN (bin));

  if (view != NULL && !gtk_widget_in_destruction (bin))
    gtk_widget_set_visible (view, FALSE);
}

/* Once the stack has shown another page, and moved the focus into it if
 * it was in the page left (hiding a view that holds the focus would take
 * it from the window first). */
static void
hide_other_page_views (TsWindow *self)
{
  GtkWidget *shown = adw_view_stack_get_visible_child (self->stack);

  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    {
      GtkWidget *bin = adw_view_stack_get_child_by_name (self->stack, page_names[i]);

      if (bin != NULL && bin != shown)
        hide_page_view (bin);
    }
}

static guint
page_from_name (const char *name)
{
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    if (g_strcmp0 (page_names[i], name) == 0)
      return i;

  return TS_WINDOW_PAGE_RECORDS;
}

static const char *
get_shown_id (TsWindow *self)
{
  TsRecord *record = ts_detail_pane_get_record (self->detail_pane);

  return record != NULL ? ts_record_get_id (record) : NULL;
}

/* What each page can do: the Records page has no view to keep (the record
 * shown says where its list is); the Map and the Timeline keep theirs. */
static GVariant *
page_save_state (TsWindow *self,
                 guint     page)
{
  switch (page)
    {
    case TS_WINDOW_PAGE_MAP:
      return ts_map_view_save_state (self->map_view);
    case TS_WINDOW_PAGE_TIMELINE:
      return ts_timeline_view_save_state (self->timeline_view);
    case TS_WINDOW_PAGE_RECORDS:
    default:
      return NULL;
    }
}

static void
page_restore_state (TsWindow *self,
                    guint     page,
                    GVariant *state)
{
  if (state == NULL)
    return;

  switch (page)
    {
    case TS_WINDOW_PAGE_MAP:
      ts_map_view_restore_state (self->map_view, state);
      break;
    case TS_WINDOW_PAGE_TIMELINE:
      ts_timeline_view_restore_state (self->timeline_view, state);
      break;
    case TS_WINDOW_PAGE_RECORDS:
    default:
      break;
    }
}

/* Draws @id as selected on the pages that draw records, without moving
 * their views. */
static void
pages_set_selected (TsWindow   *self,
                    const char *id)
{
  ts_map_view_set_selected_id (self->map_view, id);
  ts_timeline_view_set_selected_id (self->timeline_view, id);
}

/* Brings the record @id into view on @page as it opens. */
static void
page_show_record (TsWindow   *self,
                  guint       page,
                  const char *id)
{
  switch (page)
    {
    case TS_WINDOW_PAGE_MAP:
      ts_map_view_center_on (self->map_view, id);
      break;
    case TS_WINDOW_PAGE_TIMELINE:
      ts_timeline_view_show_record (self->timeline_view, id);
      break;
    case TS_WINDOW_PAGE_RECORDS:
    default:
      break;
    }
}

static TsWindowHistoryEntry *
capture_entry (TsWindow *self,
               guint     page)
{
  TsWindowHistoryEntry *entry = g_new0 (TsWindowHistoryEntry, 1);

  entry->page = page;
  entry->record_id = g_strdup (get_shown_id (self));
  entry->pane_open = self->pane_open[page];
  entry->state = page_save_state (self, page);
  return entry;
}

static void
push_entry (TsWindow             *self,
            TsWindowHistoryEntry *entry)
{
  g_ptr_array_add (self->back_stack, entry);
  g_ptr_array_set_size (self->forward_stack, 0);
  _ts_window_update_actions (self);
}

/* On the Records page the pane is there whenever the window has room for
 * it (folded, it slides in when a record is chosen); beside the others only
 * while the user has a record open there. */
static void
sync_pane (TsWindow *self)
{
  gboolean folded = adw_flap_get_folded (self->flap);
  gboolean on_records = self->page == TS_WINDOW_PAGE_RECORDS;

  g_object_set (self->detail_pane, "show-close", folded || !on_records, NULL);
  if (on_records)
    adw_flap_set_reveal_flap (self->flap, !folded);
  else
    adw_flap_set_reveal_flap (self->flap,
                              self->pane_open[self->page] && get_shown_id (self) != NULL);
}

static void
open_pane (TsWindow *self)
{
  if (self->page != TS_WINDOW_PAGE_RECORDS)
    self->pane_open[self->page] = TRUE;
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* The record shown by the page now visible is the one the page last saw:
 * it stays where the user left it. */
static void
note_seen (TsWindow *self)
{
  g_free (self->seen_id[self->page]);
  self->seen_id[self->page] = g_strdup (get_shown_id (self));
}

static void
on_page_changed (TsWindow *self)
{
  guint page = page_from_name (adw_view_stack_get_visible_child_name (self->stack));
  const char *id = get_shown_id (self);

  if (page == self->page)
    return;

  if (!self->restoring && self->dataset != NULL)
    push_entry (self, capture_entry (self, self->page));
  self->page = page;
  sync_pane (self);

  /* The record shown elsewhere is brought into view, unless this page saw
   * it already (the user may have moved away from it since) or Back is
   * bringing back a view of its own. */
  if (!self->restoring && id != NULL && g_strcmp0 (id, self->seen_id[page]) != 0)
    page_show_record (self, page, id);
  note_seen (self);
  _ts_window_update_actions (self);
}

/* Shows @entry as it was, without making it a step. */
static void
apply_entry (TsWindow             *self,
             TsWindowHistoryEntry *entry)
{
  self->restoring = TRUE;
  self->pane_open[entry->page] = entry->pane_open;
  ts_window_set_view (self, page_names[entry->page]);
  if (entry->record_id != NULL)
    ts_records_view_show_record (self->records_view, entry->record_id);
  page_restore_state (self, entry->page, entry->state);
  /* The page's state may hold the selection it had as the step was taken
   * (the record about to be opened): the record shown is the one. */
  pages_set_selected (self, get_shown_id (self));
  note_seen (self);
  self->restoring = FALSE;

  sync_pane (self);
  _ts_window_update_actions (self);
}

/* Moves one step through the history, skipping the steps to records
 * deleted since. */
static void
go (TsWindow  *self,
    GPtrArray *from,
    GPtrArray *to)
{
  while (from->len > 0)
    {
      TsWindowHistoryEntry *entry = g_ptr_array_steal_index (from, from->len - 1);

      if (entry->record_id != NULL && ts_dataset_lookup (self->dataset, entry->record_id) == NULL)
        {
          history_entry_free (entry);
          continue;
        }

      g_ptr_array_add (to, capture_entry (self, self->page));
      apply_entry (self, entry);
      history_entry_free (entry);
      break;
    }

  _ts_window_update_actions (self);
}

gboolean
_ts_window_can_go_back (TsWindow *self)
{
  return self->dataset != NULL && self->back_stack->len > 0;
}

gboolean
_ts_window_can_go_forward (TsWindow *self)
{
  return self->dataset != NULL && self->forward_stack->len > 0;
}

void
_ts_window_go_back (TsWindow *self)
{
  if (self->dataset != NULL)
    go (self, self->back_stack, self->forward_stack);
}

void
_ts_window_go_forward (TsWindow *self)
{
  if (self->dataset != NULL)
    go (self, self->forward_stack, self->back_stack);
}

/* The mouse's back and forward buttons, as in a web browser. */
gboolean
_ts_window_handle_button (TsWindow *self,
                          guint     button)
{
  switch (button)
    {
    case 8:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
      return TRUE;
    case 9:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.forward", NULL);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_button_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   TsWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (_ts_window_handle_button (self, button))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* A step is about to be taken: where the user is goes into the history. */
static void
on_navigating (TsWindow *self)
{
  if (!self->restoring)
    push_entry (self, capture_entry (self, self->page));
}

static void
on_shown_record_changed (TsWindow *self)
{
  const char *id = get_shown_id (self);

  pages_set_selected (self, id);
  note_seen (self);

  if (self->page == TS_WINDOW_PAGE_RECORDS)
    {
      /* Folded, the pane slides in over the list when a record is chosen. */
      if (id != NULL && adw_flap_get_folded (self->flap))
        adw_flap_set_reveal_flap (self->flap, TRUE);
    }
  else if (id == NULL)
    {
      /* Deleted: there is nothing left to read beside the page. */
      self->pane_open[self->page] = FALSE;
      adw_flap_set_reveal_flap (self->flap, FALSE);
    }
}

/* A row of the Records page was activated: the user wants to read it. */
static void
on_records_view_record_activated (TsWindow   *self,
                                  const char *id)
{
  open_pane (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->detail_pane));
}

/* A place, tie, route or event opened on the Map or the Timeline: it is
 * shown beside it, and the page stays. */
static void
on_page_record_activated (GtkWidget  *view,
                          const char *id,
                          TsWindow   *self)
{
  if (id == NULL || !ts_records_view_navigate_to (self->records_view, id))
    return;

  /* What was clicked stays under the pointer as the pane comes. */
  if (view == GTK_WIDGET (self->map_view))
    ts_map_view_anchor_selected (self->map_view);
  open_pane (self);
}

static void
on_pane_navigate (TsWindow   *self,
                  const char *id)
{
  ts_records_view_navigate_to (self->records_view, id);
}

void
_ts_window_close_pane (TsWindow *self)
{
  if (self->page == TS_WINDOW_PAGE_RECORDS)
    return;

  self->pane_open[self->page] = FALSE;
  adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
on_pane_close (TsWindow *self)
{
  if (self->page == TS_WINDOW_PAGE_RECORDS)
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      ts_records_view_focus_list (self->records_view);
      return;
    }

  _ts_window_close_pane (self);
  gtk_widget_grab_focus (page_view (self, self->page));
}

/* Folded, the pane is over the page and a click beside it hides it: it is
 * closed then, as with its Close button. */
static void
on_reveal_flap_changed (TsWindow *self)
{
  if (self->page != TS_WINDOW_PAGE_RECORDS && !adw_flap_get_reveal_flap (self->flap))
    self->pane_open[self->page] = FALSE;
}

void
_ts_window_pages_init (TsWindow *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->back_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) history_entry_free);
  self->forward_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) history_entry_free);
  self->page = page_from_name (adw_view_stack_get_visible_child_name (self->stack));

  ts_records_view_set_detail_pane (self->records_view, self->detail_pane);

  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (on_page_changed), self);
  g_signal_connect_swapped (self->records_view, "navigating", G_CALLBACK (on_navigating), self);
  g_signal_connect_swapped (self->records_view, "notify::record",
                            G_CALLBACK (on_shown_record_changed), self);
  g_signal_connect_swapped (self->records_view, "record-activated",
                            G_CALLBACK (on_records_view_record_activated), self);
  g_signal_connect_swapped (self->detail_pane, "navigate", G_CALLBACK (on_pane_navigate), self);
  g_signal_connect_swapped (self->detail_pane, "close", G_CALLBACK (on_pane_close), self);
  g_signal_connect_swapped (self->flap, "notify::folded", G_CALLBACK (sync_pane), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap",
                            G_CALLBACK (on_reveal_flap_changed), self);

  /* Every page that opens records (TsMapView, TsTimelineView) emits
   * ::record-activated with the record's id. */
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    {
      GtkWidget *child = page_view (self, i);

      if (i != TS_WINDOW_PAGE_RECORDS && child != NULL
          && g_signal_lookup ("record-activated", G_OBJECT_TYPE (child)) != 0)
        g_signal_connect (child, "record-activated", G_CALLBACK (on_page_record_activated), self);
    }

  /* The pages not shown are hidden (show_page_view()). */
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    g_signal_connect (adw_view_stack_get_child_by_name (self->stack, page_names[i]), "map",
                      G_CALLBACK (show_page_view), NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (hide_other_page_views), self);
  hide_other_page_views (self);

  /* Delete acts on the record the pane shows, on every page, never on
   * text being typed elsewhere. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-record")));
  gtk_widget_add_controller (GTK_WIDGET (self->detail_pane), controller);

  /* Captured, so that the page under the pointer cannot take them. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_button_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  sync_pane (self);
}

/* A new dataset starts a new history. */
void
_ts_window_pages_reset (TsWindow *self)
{
  g_ptr_array_set_size (self->back_stack, 0);
  g_ptr_array_set_size (self->forward_stack, 0);
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    {
      g_clear_pointer (&self->seen_id[i], g_free);
      self->pane_open[i] = FALSE;
    }
  sync_pane (self);
}

void
_ts_window_pages_finalize (TsWindow *self)
{
  g_clear_pointer (&self->back_stack, g_ptr_array_unref);
  g_clear_pointer (&self->forward_stack, g_ptr_array_unref);
  for (guint i = 0; i < TS_WINDOW_N_PAGES; i++)
    g_clear_pointer (&self->seen_id[i], g_free);
}
