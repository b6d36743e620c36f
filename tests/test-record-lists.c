/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The record lists for long work: the title takes the spare width, a cell
 * cut short shows its text in a tooltip, column edges show a handle,
 * columns move and stay where they were put, Ctrl+C copies the selected
 * rows, several rows can be selected, a list makes its rows when it is
 * first shown, the cells draw no hidden borders, and an insensitive list's
 * texts are dimmed. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ts-application.h"
#include "ts-detail-pane.h"
#include "ts-list-cell.h"
#include "ts-match-list.h"
#include "ts-record-list.h"
#include "ts-records-view.h"
#include "ts-store.h"
#include "ts-window-private.h"
#include "ui-test-utils.h"

static TsApplication *app;

typedef struct
{
  char *dir;
  char *path;
  TsStore *store;
  TsWindow *window;
  TsRecordsView *view;
} Fixture;

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, ts_store_get_dataset (fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->view = ts_window_get_records_view (fixture->window);
  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_MEETING);
  ui_test_iterate ();
  ui_test_wait_until (ui_test_widget_is_mapped,
                      ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING));
  ui_test_iterate ();
}

static void
close_window (Fixture *fixture)
{
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  fixture->view = NULL;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  g_settings_reset (settings, "column-layout");
  g_settings_reset (settings, "column-order");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *seed_path = g_build_filename (TS_TESTS_SRCDIR, "data", "records-window.json",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) seed = NULL;
  char *contents = NULL;
  gsize length = 0;

  reset_settings ();
  g_file_get_contents (seed_path, &contents, &length, &error);
  g_assert_no_error (error);
  seed = g_bytes_new_take (contents, length);

  fixture->dir = g_dir_make_tmp ("tianshan-lists-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "tianshan.db", NULL);
  fixture->store = ts_store_open_full (fixture->path, seed, &error);
  g_assert_no_error (error);
  open_window (fixture, 1400);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->window != NULL)
    close_window (fixture);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
  reset_settings ();
}

static TsRecordList *
meeting_list (Fixture *fixture)
{
  return ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_MEETING);
}

static GtkColumnView *
meeting_columns (Fixture *fixture)
{
  return ts_record_list_get_column_view (meeting_list (fixture));
}

static GtkSelectionModel *
meeting_selection (Fixture *fixture)
{
  return gtk_column_view_get_model (meeting_columns (fixture));
}

/* The column with the settings' key @key. (transfer none) */
static GtkColumnViewColumn *
find_column (GtkColumnView *column_view,
             const char    *key)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "ts-column-key"), key) == 0)
        return column;
    }

  g_assert_not_reached ();
}

static char *
column_keys (GtkColumnView *column_view)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_string_append_printf (keys, "%s%s", i > 0 ? " " : "",
                              (const char *) g_object_get_data (G_OBJECT (column),
                                                                "ts-column-key"));
    }

  return g_string_free (keys, FALSE);
}

/* The column view's header: the row of column titles. */
static GtkWidget *
get_header (GtkColumnView *column_view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_VIEW (child))
        return child;
    }

  g_assert_not_reached ();
}

/* The header button of the column titled @title. */
static GtkWidget *
get_title_button (GtkColumnView *column_view,
                  const char    *title)
{
  for (GtkWidget *button = gtk_widget_get_first_child (get_header (column_view));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      GtkWidget *label = ui_test_find_of_type (button, GTK_TYPE_LABEL);

      if (label != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), title) == 0)
        return button;
    }

  g_assert_not_reached ();
}

static gboolean
is_mapped_cell (GtkWidget     *widget,
                gconstpointer  text)
{
  return TS_IS_LIST_CELL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (ts_list_cell_get_text (TS_LIST_CELL (widget)), text) == 0;
}

/* The cell on screen that shows @text. */
static GtkWidget *
find_cell (Fixture    *fixture,
           const char *text)
{
  GtkWidget *cell = ui_test_find_widget (GTK_WIDGET (meeting_list (fixture)),
                                         is_mapped_cell, text);

  g_assert_nonnull (cell);
  return cell;
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthChange;

static gboolean
width_changed (gpointer data)
{
  WidthChange *change = data;

  return gtk_widget_get_width (change->widget) != change->width;
}

typedef struct
{
  GtkWidget *widget;
  int        natural;
} Wider;

static gboolean
is_wider (gpointer data)
{
  Wider *wider = data;

  return gtk_widget_get_width (wider->widget) > wider->natural;
}

/* The title is not squeezed while the window has room for it, it is the
 * widest column, and every pixel the window gains goes to it. */
static void
test_title_takes_spare_width (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkColumnView *column_view = meeting_columns (fixture);
  const char *others[] = { "Date", "Place", "Participants", "Level", "Format" };
  GtkWidget *title = get_title_button (column_view, "Title");
  GtkWidget *title_cell = find_cell (fixture, "China–Central Asia Summit in Xi'an");
  int natural, title_width, date_width, place_width;
  WidthChange change;
  Wider wider;

  /* The window the tests open, 1400 pixels wide: the list has less room
   * than every column would like; the title has its own, the others give
   * way. */
  gtk_widget_measure (title_cell, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (title_cell), >=, natural);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_cmpint (gtk_widget_get_width (title), >, gtk_widget_get_width (get_title_button (column_view, others[i])));

  /* With room for every column (three hidden, as the Columns menu
   * hides them), the title takes what is left... */
  gtk_column_view_column_set_visible (find_column (column_view, "level"), FALSE);
  gtk_column_view_column_set_visible (find_column (column_view, "format"), FALSE);
  gtk_column_view_column_set_visible (find_column (column_view, "participants"), FALSE);
  wider = (Wider) { title_cell, natural };
  ui_test_wait_until (is_wider, &wider);
  ui_test_iterate ();
  date_width = gtk_widget_get_width (get_title_button (column_view, "Date"));
  place_width = gtk_widget_get_width (get_title_button (column_view, "Place"));
  title_width = gtk_widget_get_width (title);

  /* ...and all that another hidden column leaves. */
  gtk_column_view_column_set_visible (find_column (column_view, "place"), FALSE);
  change = (WidthChange) { title, title_width };
  ui_test_wait_until (width_changed, &change);
  ui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (get_title_button (column_view, "Date")), ==, date_width);
  /* (A header button is narrower than its column by the cells' padding.) */
  g_assert_cmpint (gtk_widget_get_width (title) - title_width, >=, place_width);
}

static gboolean
query_tooltip (GtkWidget *cell)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (cell, "query-tooltip", 2, 2, FALSE, tooltip, &shown);
  return shown;
}

typedef struct
{
  GtkWidget *cell;
  int        below;
} Narrower;

static gboolean
is_narrower (gpointer data)
{
  Narrower *narrower = data;

  return gtk_widget_get_width (narrower->cell) > 0
         && gtk_widget_get_width (narrower->cell) < narrower->below;
}

/* A cell too narrow for its text shows the whole of it in a tooltip; one
 * that shows all of it has none. */
static void
test_truncated_cell_tooltip (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkColumnView *column_view = meeting_columns (fixture);
  const char *title = "China–Central Asia Summit in Xi'an";
  GtkWidget *cell = find_cell (fixture, title);
  Narrower narrower = { cell, 200 };

  g_assert_true (gtk_widget_get_has_tooltip (cell));
  g_assert_false (query_tooltip (cell));
  g_assert_false (query_tooltip (find_cell (fixture, "Baisalov visits Urumqi")));

  /* Dragged narrow, the title is cut short. */
  gtk_column_view_column_set_fixed_width (find_column (column_view, "title"), 100);
  ui_test_wait_until (is_narrower, &narrower);
  g_assert_true (query_tooltip (cell));
  g_assert_cmpstr (ts_list_cell_get_text (TS_LIST_CELL (cell)), ==, title);
  /* The date beside it still fits. */
  g_assert_false (query_tooltip (find_cell (fixture, "18 May 2023")));
}

/* Reads the pixel at @x, @y of @texture as 0xAARRGGBB. */
static guint32
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  return pixels[y * width + x];
}

/* Each column's edge in the header is drawn, where the pointer grabs it to
 * resize the column. */
static void
test_resize_handles (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkColumnView *column_view = meeting_columns (fixture);
  GtkWidget *header = get_header (column_view);
  GListModel *columns = gtk_column_view_get_columns (column_view);
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (header);
  guint n_edges = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_true (gtk_column_view_column_get_resizable (column));
    }

  texture = ui_test_render_texture (header);

  /* Between two columns, the edge differs from the header beside it
   * (above the titles' text, which is centred). */
  for (GtkWidget *button = gtk_widget_get_first_child (header);
       button != NULL && gtk_widget_get_next_sibling (button) != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      graphene_rect_t bounds;
      int edge;

      if (!gtk_widget_get_visible (button))
        continue;
      g_assert_true (gtk_widget_compute_bounds (button, header, &bounds));
      edge = (int) (bounds.origin.x + bounds.size.width) - 1;
      if (edge >= width)
        break;
      g_assert_cmphex (pixel_at (texture, edge, 3), !=, pixel_at (texture, edge - 3, 3));
      n_edges++;
    }
  g_assert_cmpuint (n_edges, >=, 3);
}

/* Columns move as a header dragged along does, and the list opens with
 * them where they were put; the other lists keep their own order. */
static void
test_reorder_remembered (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkColumnView *column_view = meeting_columns (fixture);
  g_autofree char *agreement_keys = column_keys (
    ts_record_list_get_column_view (ts_records_view_get_list (fixture->view,
                                                              TS_RECORD_TYPE_AGREEMENT)));
  g_autofree char *before = column_keys (column_view);
  g_autofree char *moved = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *agreement_restored = NULL;

  g_assert_true (gtk_column_view_get_reorderable (column_view));
  g_assert_cmpstr (before, ==, "date title place participants level format");

  /* What a header dropped at a new place does. */
  gtk_column_view_insert_column (column_view, 0, find_column (column_view, "place"));
  gtk_column_view_insert_column (column_view, 5, find_column (column_view, "date"));
  gtk_column_view_column_set_fixed_width (find_column (column_view, "participants"), 150);
  moved = column_keys (column_view);
  g_assert_cmpstr (moved, ==, "place title participants level format date");

  close_window (fixture);
  open_window (fixture, 1400);
  column_view = meeting_columns (fixture);
  restored = column_keys (column_view);
  g_assert_cmpstr (restored, ==, moved);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (find_column (column_view,
                                                                        "participants")),
                   ==, 150);
  agreement_restored = column_keys (
    ts_record_list_get_column_view (ts_records_view_get_list (fixture->view,
                                                              TS_RECORD_TYPE_AGREEMENT)));
  g_assert_cmpstr (agreement_restored, ==, agreement_keys);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
on_html_spliced (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

static void
on_html_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GOutputStream *out = user_data;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GError) error = NULL;
  const char *mime_type = NULL;

  in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mime_type, ==, "text/html");
  g_output_stream_splice_async (out, in,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_html_spliced,
                                g_object_get_data (G_OBJECT (out), "done"));
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static char *
read_html (GdkClipboard *clipboard)
{
  static const char *mime_types[] = { "text/html", NULL };
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (out), "done", &done);
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, on_html_read, out);
  ui_test_wait_until (is_true, &done);
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

/* Whether the widget has a shortcut @accel for @action. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accel,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (trigger, accel) && GTK_IS_NAMED_ACTION (shortcut_action)
              && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)),
                              action))
            return TRUE;
        }
    }

  return FALSE;
}

/* Ctrl+C puts the selected rows on the clipboard: the columns shown, in
 * their order, under their titles; as text with tabs, and as an HTML
 * table with its text escaped. */
static void
test_copy_rows (Fixture       *fixture,
                gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  GtkColumnView *column_view = meeting_columns (fixture);
  GtkWidget *list = GTK_WIDGET (meeting_list (fixture));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (list);
  g_autoptr(TsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  /* The summit, renamed with characters HTML escapes; a column moved and
   * one hidden. */
  renamed = ts_record_copy (ts_dataset_lookup (dataset, "meeting/2023-05-18-xian-summit"));
  ts_record_set_title (renamed, "Summit <Xi'an> & \"Astana\"");
  g_assert_true (ts_dataset_update (dataset, renamed, &error));
  g_assert_no_error (error);
  gtk_column_view_insert_column (column_view, 0, find_column (column_view, "place"));
  gtk_column_view_column_set_visible (find_column (column_view, "level"), FALSE);
  ui_test_iterate ();

  /* Newest first: the Urumqi visit, the Beijing talks, the summit. A
   * click on the first and a Ctrl+click on the last. */
  gtk_selection_model_select_item (meeting_selection (fixture), 0, TRUE);
  gtk_selection_model_select_item (meeting_selection (fixture), 2, FALSE);
  ui_test_iterate ();

  g_assert_true (has_shortcut (list, "<Control>c", "record-list.copy"));
  g_assert_true (gtk_widget_activate_action (list, "record-list.copy", NULL));

  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  ui_test_wait_until (is_set, &text);
  g_assert_cmpstr (text, ==,
                   "Place\tDate\tTitle\tParticipants\tFormat\n"
                   "Urumqi\tDecember 2024\tBaisalov visits Urumqi\tEdil Baisalov\tDelegation visit\n"
                   "Xi'an\t18 May 2023\tSummit <Xi'an> & \"Astana\"\tSadyr Japarov\tMultilateral summit\n");

  html = read_html (clipboard);
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<tr><th>Place</th><th>Date</th><th>Title</th>"
                                  "<th>Participants</th><th>Format</th></tr>"));
  g_assert_nonnull (strstr (html, "<tr><td>Urumqi</td><td>December 2024</td>"
                                  "<td>Baisalov visits Urumqi</td>"));
  g_assert_nonnull (strstr (html, "<td>Summit &lt;Xi&#39;an&gt; &amp; &quot;Astana&quot;</td>"));
  g_assert_null (strstr (html, "Level"));
  g_assert_null (strstr (html, "Talks on cultural cooperation"));
}

static guint
n_selected (Fixture *fixture)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (meeting_selection (fixture));

  return (guint) gtk_bitset_get_size (selected);
}

static const char *
detail_title (Fixture *fixture)
{
  TsRecord *record = ts_detail_pane_get_record (ts_records_view_get_detail_pane (fixture->view));

  return record != NULL ? ts_record_get_title (record) : NULL;
}

static gboolean
meetings_counted (gpointer data)
{
  Fixture *fixture = data;
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->view), "wanted"));

  return ts_records_view_get_count (fixture->view, TS_RECORD_TYPE_MEETING) == wanted;
}

static void
wait_for_meetings (Fixture *fixture,
                   guint    n)
{
  g_object_set_data (G_OBJECT (fixture->view), "wanted", GUINT_TO_POINTER (n));
  ui_test_wait_until (meetings_counted, fixture);
  ui_test_iterate ();
}

/* Several rows can be selected; the detail shows the one selected last;
 * the selection follows its records through a sort and a search; Delete
 * removes them all, and one Undo brings them back. */
static void
test_multi_selection (Fixture       *fixture,
                      gconstpointer  data)
{
  TsDataset *dataset = ts_window_get_dataset (fixture->window);
  TsRecordList *list = meeting_list (fixture);
  GtkSelectionModel *selection = meeting_selection (fixture);
  GtkEditable *entry = GTK_EDITABLE (fixture->window->search_entry);
  g_autoptr(GPtrArray) records = NULL;

  /* A click, then a Ctrl+click. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  ui_test_iterate ();
  g_assert_cmpstr (detail_title (fixture), ==, "Baisalov visits Urumqi");
  gtk_selection_model_select_item (selection, 2, FALSE);
  ui_test_iterate ();
  g_assert_cmpuint (n_selected (fixture), ==, 2);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  g_assert_cmpstr (detail_title (fixture), ==, "China–Central Asia Summit in Xi'an");
  records = ts_records_view_get_selected_records (fixture->view);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (ts_record_get_id (records->pdata[0]), ==, "meeting/2024-12-baisalov-urumqi");
  g_assert_cmpstr (ts_record_get_id (records->pdata[1]), ==, "meeting/2023-05-18-xian-summit");

  /* A Shift+click on the middle row from the summit: all three, and the
   * detail shows the one clicked. */
  gtk_selection_model_select_range (selection, 1, 2, FALSE);
  ui_test_iterate ();
  g_assert_cmpuint (n_selected (fixture), ==, 3);
  g_assert_cmpstr (detail_title (fixture), ==, "Talks on cultural cooperation in Beijing");
  /* A Ctrl+click takes the summit out again; the detail stays. */
  gtk_selection_model_unselect_item (selection, 2);
  ui_test_iterate ();
  g_assert_cmpuint (n_selected (fixture), ==, 2);
  g_assert_cmpstr (detail_title (fixture), ==, "Talks on cultural cooperation in Beijing");

  /* Sorted by title, Z to A: the Beijing talks, the summit, the Urumqi
   * visit; the two selected records stay selected where they are now. */
  ts_record_list_sort_by (list, "title", GTK_SORT_DESCENDING);
  ui_test_iterate ();
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_false (gtk_selection_model_is_selected (selection, 1));
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  g_assert_cmpstr (ts_record_get_id (ts_record_list_get_selected (list)), ==,
                   "meeting/2023-10-25-baisalov-beijing");

  /* A search that hides one keeps the other; cleared, both are back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (entry, "urumqi");
  wait_for_meetings (fixture, 1);
  g_assert_cmpuint (n_selected (fixture), ==, 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  gtk_editable_set_text (entry, "");
  wait_for_meetings (fixture, 3);
  g_assert_cmpuint (n_selected (fixture), ==, 2);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (gtk_selection_model_is_selected (selection, 2));
  g_assert_cmpstr (detail_title (fixture), ==, "Talks on cultural cooperation in Beijing");

  /* Delete takes both, in one step. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  wait_for_meetings (fixture, 1);
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));
  g_assert_null (ts_dataset_lookup (dataset, "meeting/2023-10-25-baisalov-beijing"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  wait_for_meetings (fixture, 3);
  g_assert_nonnull (ts_dataset_lookup (dataset, "meeting/2024-12-baisalov-urumqi"));
  g_assert_nonnull (ts_dataset_lookup (dataset, "meeting/2023-10-25-baisalov-beijing"));
}

/* A cell with @text in it, or any cell when @text is NULL. */
static gboolean
is_cell_with (GtkWidget     *widget,
              gconstpointer  text)
{
  const char *shown;

  if (!TS_IS_LIST_CELL (widget))
    return FALSE;
  shown = ts_list_cell_get_text (TS_LIST_CELL (widget));
  return text == NULL || (shown != NULL && strstr (shown, text) != NULL);
}

static gboolean
place_list_shows_beijing (gpointer data)
{
  GtkWidget *widget = ui_test_find_widget (data, is_cell_with, "Beijing");

  return widget != NULL && gtk_widget_get_mapped (widget);
}

/* The window opens with rows only in the list on screen: the lists of the
 * other types make theirs when they are first shown (start-up does not
 * pay for eight screenfuls of cells nobody sees), with the record chosen
 * while the list was hidden selected. */
static void
test_hidden_lists_make_rows_when_shown (Fixture       *fixture,
                                        gconstpointer  data)
{
  TsRecordList *places = ts_records_view_get_list (fixture->view, TS_RECORD_TYPE_PLACE);
  GtkSelectionModel *selection;
  guint position;

  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (meeting_list (fixture)),
                                         is_cell_with, "Baisalov visits Urumqi"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (places)));
  g_assert_null (ui_test_find_widget (GTK_WIDGET (places), is_cell_with, NULL));

  /* Chosen while hidden, as a link followed from another page does. */
  g_assert_true (ts_record_list_select (places, "place/beijing"));
  ui_test_iterate ();
  g_assert_null (ui_test_find_widget (GTK_WIDGET (places), is_cell_with, NULL));

  ts_records_view_set_record_type (fixture->view, TS_RECORD_TYPE_PLACE);
  ui_test_wait_until (place_list_shows_beijing, places);
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (places), is_cell_with, "Urumqi"));
  selection = gtk_column_view_get_model (ts_record_list_get_column_view (places));
  position = ts_match_list_find (TS_MATCH_LIST (ts_record_list_get_model (places)),
                                 "place/beijing");
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_is_selected (selection, position));
  g_assert_cmpstr (ts_record_get_id (ts_record_list_get_selected (places)), ==, "place/beijing");
}

typedef gboolean (*NodeFunc) (GskRenderNode *node,
                              gpointer       data);

/* Calls @func on @node and on the nodes in it, depth first, until @func
 * returns TRUE; returns the node it returned TRUE for, or NULL. */
static GskRenderNode *
visit_nodes (GskRenderNode *node,
             NodeFunc       func,
             gpointer       data)
{
  GskRenderNode *child;

  if (func (node, data))
    return node;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        {
          GskRenderNode *found = visit_nodes (gsk_container_node_get_child (node, i), func, data);

          if (found != NULL)
            return found;
        }
      return NULL;
    case GSK_TRANSFORM_NODE:
      child = gsk_transform_node_get_child (node);
      break;
    case GSK_CLIP_NODE:
      child = gsk_clip_node_get_child (node);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      child = gsk_rounded_clip_node_get_child (node);
      break;
    case GSK_OPACITY_NODE:
      child = gsk_opacity_node_get_child (node);
      break;
    case GSK_COLOR_MATRIX_NODE:
      child = gsk_color_matrix_node_get_child (node);
      break;
    case GSK_SHADOW_NODE:
      child = gsk_shadow_node_get_child (node);
      break;
    case GSK_DEBUG_NODE:
      child = gsk_debug_node_get_child (node);
      break;
    default:
      return NULL;
    }

  return visit_nodes (child, func, data);
}

typedef struct
{
  GskRenderNodeType type;
  guint count;
} NodeCount;

static gboolean
count_node (GskRenderNode *node,
            gpointer       data)
{
  NodeCount *count = data;

  if (gsk_render_node_get_node_type (node) == count->type)
    count->count++;
  return FALSE;
}

/* How many nodes of @type @node holds, itself included. */
static guint
count_nodes (GskRenderNode     *node,
             GskRenderNodeType  type)
{
  NodeCount count = { type, 0 };

  visit_nodes (node, count_node, &count);
  return count.count;
}

static gboolean
is_node_of_type (GskRenderNode *node,
                 gpointer       type)
{
  return gsk_render_node_get_node_type (node) == (GskRenderNodeType) GPOINTER_TO_INT (type);
}

/* The first node of @type in @node, depth first, itself included. */
static GskRenderNode *
find_node (GskRenderNode     *node,
           GskRenderNodeType  type)
{
  return visit_nodes (node, is_node_of_type, GINT_TO_POINTER (type));
}

/* What @widget draws, as GTK renders it. */
static GskRenderNode *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* How far into @ancestor's allocation @widget starts, in pixels: the
 * CSS border and padding between them. */
static float
x_in (GtkWidget *widget,
      GtkWidget *ancestor)
{
  GtkWidget *parent = gtk_widget_get_parent (ancestor);
  GtkAllocation allocation;
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, parent, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_widget_get_allocation (ancestor, &allocation);
  return point.x - allocation.x;
}

/* libadwaita parts a column's cells, and its title, from the column
 * before with a 1 px border nothing of which shows, and GTK draws it all
 * the same: a border for every cell on screen, each a draw call of its
 * own between the texts'. The list keeps that pixel as padding instead
 * (style.css): every text is where libadwaita puts it (6 px into the first
 * column, 7 px into the others), and the rows draw no border. */
static void
test_cells_draw_no_hidden_borders (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkColumnView *column_view = meeting_columns (fixture);
  GtkWidget *list_view = ui_test_find_of_type (GTK_WIDGET (column_view), GTK_TYPE_LIST_VIEW);
  g_autoptr(GskRenderNode) rows_node = NULL;
  guint n_columns = g_list_model_get_n_items (gtk_column_view_get_columns (column_view));
  guint n_cells = 0;
  guint n_titles = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      for (GtkWidget *cell = gtk_widget_get_first_child (row);
           cell != NULL;
           cell = gtk_widget_get_next_sibling (cell))
        {
          GtkWidget *text = gtk_widget_get_first_child (cell);

          g_assert_true (TS_IS_LIST_CELL (text));
          g_assert_cmpfloat (x_in (text, cell), ==, cell == gtk_widget_get_first_child (row) ? 6 : 7);
          n_cells++;
        }
    }
  /* The seed's meetings (three), in every column. */
  g_assert_cmpuint (n_cells, >=, 2 * n_columns);

  for (GtkWidget *button = gtk_widget_get_first_child (get_header (column_view));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      GtkWidget *label = ui_test_find_of_type (button, GTK_TYPE_LABEL);

      g_assert_cmpfloat (x_in (label, button), ==,
                         button == gtk_widget_get_first_child (get_header (column_view)) ? 6 : 7);
      n_titles++;
    }
  g_assert_cmpuint (n_titles, ==, n_columns);

  rows_node = render_widget (list_view);
  g_assert_cmpuint (count_nodes (rows_node, GSK_TEXT_NODE), >=, n_cells / 2);
  g_assert_cmpuint (count_nodes (rows_node, GSK_BORDER_NODE), ==, 0);
}

/* A list made insensitive dims its texts to half, as libadwaita dims a
 * GtkLabel's: the cells' texts are not labels to the style sheets, which
 * would match each against every rule for labels. */
static void
test_insensitive_cells_dim (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *text = find_cell (fixture, "Baisalov visits Urumqi");
  GtkWidget *cell = gtk_widget_get_parent (text);
  g_autoptr(GskRenderNode) sensitive_node = render_widget (cell);
  g_autoptr(GskRenderNode) insensitive_node = NULL;
  GskRenderNode *dimmed;

  g_assert_nonnull (find_node (sensitive_node, GSK_TEXT_NODE));
  g_assert_null (find_node (sensitive_node, GSK_COLOR_MATRIX_NODE));

  gtk_widget_set_sensitive (GTK_WIDGET (meeting_columns (fixture)), FALSE);
  ui_test_wait_for_paint (GTK_WIDGET (fixture->window));
  insensitive_node = render_widget (cell);
  gtk_widget_set_sensitive (GTK_WIDGET (meeting_columns (fixture)), TRUE);

  dimmed = find_node (insensitive_node, GSK_COLOR_MATRIX_NODE);
  g_assert_nonnull (dimmed);
  g_assert_cmpfloat (graphene_matrix_get_value (gsk_color_matrix_node_get_color_matrix (dimmed),
                                                3, 3), ==, 0.5);
  g_assert_nonnull (find_node (dimmed, GSK_TEXT_NODE));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/record-lists/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("title-takes-spare-width", test_title_takes_spare_width);
  ADD ("truncated-cell-tooltip", test_truncated_cell_tooltip);
  ADD ("resize-handles", test_resize_handles);
  ADD ("reorder-remembered", test_reorder_remembered);
  ADD ("copy-rows", test_copy_rows);
  ADD ("multi-selection", test_multi_selection);
  ADD ("hidden-lists-make-rows-when-shown", test_hidden_lists_make_rows_when_shown);
  ADD ("cells-draw-no-hidden-borders", test_cells_draw_no_hidden_borders);
  ADD ("insensitive-cells-dim", test_insensitive_cells_dim);

#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
