/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The detail pane's rows (ts-detail-row.c): drawn as libadwaita's
 * AdwActionRow draws the same title, subtitle, icon and arrow, pixel for
 * pixel, at a width where the subtitle wraps and at one where it does not;
 * the subtitle and title shown only when they have text; a link activated
 * by its list, as from the keyboard. */

#include "config.h"

#include "ts-detail-row.h"

#include "ui-test-utils.h"

/* Wraps at the test's narrow width; no markup, which both rows would read
 * differently (the action row's subtitle is markup). */
#define NOTE "The report of 26 October 2023 names the railway among the projects " \
             "both sides agreed to accelerate, without a date for the start of "   \
             "its construction"

/* A boxed list of its own for @row, so that both rows are first and last
 * in theirs (the corners) and neither is drawn hovered or selected. */
static GtkWidget *
add_list (GtkBox    *box,
          GtkWidget *row)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (box, list);
  return list;
}

/* An action row and a detail row, both "Notes" over @value, in a window
 * @width pixels wide, as a field or as a @link (an icon before, an arrow
 * after, activatable): drawn alike. Returns the rows' height. */
static int
assert_drawn_alike (const char *value,
                    gboolean    link,
                    int         width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *detail_row = ts_detail_row_new ("Notes", value);
  g_autoptr(GBytes) action_pixels = NULL;
  g_autoptr(GBytes) detail_pixels = NULL;
  int action_width, action_height, detail_width, detail_height;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), "Notes");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), value);
  if (link)
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row),
                                 gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), TRUE);
      ts_detail_row_add_prefix (TS_DETAIL_ROW (detail_row),
                                gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
      ts_detail_row_add_suffix (TS_DETAIL_ROW (detail_row),
                                gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (detail_row), TRUE);
    }
  add_list (GTK_BOX (box), action_row);
  add_list (GTK_BOX (box), detail_row);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, -1);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);

  action_pixels = ui_test_render (action_row, &action_width, &action_height);
  detail_pixels = ui_test_render (detail_row, &detail_width, &detail_height);
  g_test_message ("window %d px wide: rows of %d × %d and %d × %d px", width,
                  action_width, action_height, detail_width, detail_height);
  g_assert_cmpint (detail_width, ==, action_width);
  g_assert_cmpint (detail_height, ==, action_height);
  g_assert_true (g_bytes_equal (detail_pixels, action_pixels));

  gtk_window_destroy (GTK_WINDOW (window));
  return detail_height;
}

static void
test_like_action_row (void)
{
  for (guint link = 0; link < 2; link++)
    {
      /* The note on several lines, then on one: the same look either way. */
      int narrow = assert_drawn_alike (NOTE, link, 360);
      int wide = assert_drawn_alike (NOTE, link, 1300);

      g_assert_cmpint (wide, <, narrow);
      /* A short value, under the rows' minimum height: centred alike. */
      assert_drawn_alike ("High", link, 360);
    }
}

static gboolean
is_title_box (GtkWidget     *widget,
              gconstpointer  data)
{
  return !GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title");
}

/* The title box is centred in the row's header, and GTK allocates a
 * widget so aligned by asking its width for the height it is given
 * first. A box of wrapping labels asked so searches: it lays the labels
 * out at width after width, and each label searches again for the
 * narrowest width that fits its height, every step a layout of the whole
 * text (thousands of layouts before the first frame of a meeting). The
 * title box's width is the same at any height: it is asked its width,
 * not sent searching. */
static void
test_width_at_any_height (void)
{
  g_autoptr(GtkWidget) row = g_object_ref_sink (ts_detail_row_new ("Notes", NOTE));
  GtkWidget *title_box = ui_test_find_widget (row, is_title_box, NULL);
  int min, nat, min_at_height, nat_at_height;

  g_assert_nonnull (title_box);
  g_assert_cmpint (gtk_widget_get_valign (title_box), ==, GTK_ALIGN_CENTER);
  gtk_widget_measure (title_box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  /* The note wraps: a word's width at least, the whole of it at most. */
  g_assert_cmpint (min, <, nat);
  for (int height = 20; height <= 200; height += 30)
    {
      gtk_widget_measure (title_box, GTK_ORIENTATION_HORIZONTAL, height,
                          &min_at_height, &nat_at_height, NULL, NULL);
      g_assert_cmpint (min_at_height, ==, min);
      g_assert_cmpint (nat_at_height, ==, nat);
    }
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* @label measured as it is and as it would be without its limit on how
 * narrow it may be: the same but for its minimum width when @min_limited. */
static void
assert_limit (GtkWidget *label,
              gboolean   min_limited)
{
  int chars = gtk_label_get_width_chars (GTK_LABEL (label));
  int min, nat, height, plain_min, plain_nat, plain_height;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 300, &height, NULL, NULL, NULL);
  gtk_label_set_width_chars (GTK_LABEL (label), -1);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 300, &plain_height, NULL, NULL, NULL);
  gtk_label_set_width_chars (GTK_LABEL (label), chars);

  /* As wide as its one line, and as tall at a pane's width, as ever. */
  g_assert_cmpint (nat, ==, plain_nat);
  g_assert_cmpint (height, ==, plain_height);
  if (min_limited)
    {
      /* A character a line without the limit; some twenty with it. */
      g_assert_cmpint (plain_min, <, 20);
      g_assert_cmpint (min, >=, 8 * plain_min);
    }
  else
    g_assert_cmpint (min, ==, plain_min);
}

/* A long title or value (a record's notes) wraps as any other, but GTK is
 * not asked to lay it out a character to a line: a window showing notes of
 * some 2 800 characters spent 85 ms on two such layouts before its first
 * frame. */
static void
test_long_text_min_width (void)
{
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GtkWidget) row = NULL;
  g_autoptr(GtkWidget) title_row = NULL;
  g_autoptr(GtkWidget) short_row = g_object_ref_sink (ts_detail_row_new ("Date", "7 Sep 2023"));
  GtkWidget *label;

  for (int i = 0; i < 20; i++)
    g_string_append (notes, NOTE ". ");
  row = g_object_ref_sink (ts_detail_row_new ("Notes", notes->str));

  label = ui_test_find_widget (row, is_label_saying, notes->str);
  g_assert_nonnull (label);
  assert_limit (label, TRUE);

  /* A long title, as a link's to a record with a long name. */
  title_row = g_object_ref_sink (ts_detail_row_new (NOTE, NULL));
  label = ui_test_find_widget (title_row, is_label_saying, NOTE);
  g_assert_nonnull (label);
  assert_limit (label, TRUE);

  label = ui_test_find_widget (short_row, is_label_saying, "7 Sep 2023");
  g_assert_nonnull (label);
  assert_limit (label, FALSE);

  /* A value given again, shorter, is a short value's. */
  ts_detail_row_set_subtitle (TS_DETAIL_ROW (row), "7 Sep 2023");
  label = ui_test_find_widget (row, is_label_saying, "7 Sep 2023");
  g_assert_nonnull (label);
  assert_limit (label, FALSE);
}

static void
on_activated (TsDetailRow *row,
              guint       *n_activations)
{
  (*n_activations)++;
}

/* A link is activated as an action row is, by its list: a click, or Enter
 * or Space on it (GtkListBoxRow's keybinding signal "activate"). */
static void
test_activated (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *link = ts_detail_row_new ("Bishkek", "City");
  GtkWidget *field = ts_detail_row_new ("Kind", "City");
  GtkWidget *list = add_list (GTK_BOX (box), link);
  guint n_link = 0, n_field = 0;

  gtk_list_box_append (GTK_LIST_BOX (list), field);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (link), TRUE);
  g_signal_connect (link, "activated", G_CALLBACK (on_activated), &n_link);
  g_signal_connect (field, "activated", G_CALLBACK (on_activated), &n_field);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);

  gtk_widget_grab_focus (link);
  g_assert_true (gtk_widget_has_focus (link));
  g_signal_emit_by_name (link, "activate");
  g_assert_cmpuint (n_link, ==, 1);
  g_signal_emit_by_name (list, "row-activated", link);
  g_assert_cmpuint (n_link, ==, 2);
  /* A field leads nowhere, and another row's activation is not its own. */
  g_signal_emit_by_name (field, "activate");
  g_assert_cmpuint (n_field, ==, 0);
  g_assert_cmpuint (n_link, ==, 2);

  /* Moved to another list, it hears that one only. */
  g_object_ref (link);
  gtk_list_box_remove (GTK_LIST_BOX (list), link);
  g_signal_emit_by_name (list, "row-activated", link);
  g_assert_cmpuint (n_link, ==, 2);
  add_list (GTK_BOX (box), link);
  g_object_unref (link);
  g_signal_emit_by_name (link, "activate");
  g_assert_cmpuint (n_link, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *n_notifies)
{
  (*n_notifies)++;
}

/* The value is plain text ("&" is no entity), shown while it has text; so
 * is the title. */
static void
test_value (void)
{
  GtkWidget *row = g_object_ref_sink (ts_detail_row_new ("Tags & Topics", NULL));
  guint n_notifies = 0;

  g_signal_connect (row, "notify::subtitle", G_CALLBACK (on_notify), &n_notifies);
  g_assert_null (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)));
  g_assert_nonnull (ui_test_find_widget (row, is_label_saying, "Tags & Topics"));

  ts_detail_row_set_subtitle (TS_DETAIL_ROW (row), "energy <transit> & trade");
  g_assert_cmpstr (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)), ==,
                   "energy <transit> & trade");
  g_assert_nonnull (ui_test_find_widget (row, is_label_saying, "energy <transit> & trade"));
  g_assert_cmpuint (n_notifies, ==, 1);
  ts_detail_row_set_subtitle (TS_DETAIL_ROW (row), "energy <transit> & trade");
  g_assert_cmpuint (n_notifies, ==, 1);

  g_object_set (row, "subtitle", "", NULL);
  g_assert_null (ts_detail_row_get_subtitle (TS_DETAIL_ROW (row)));
  g_assert_null (ui_test_find_widget (row, is_label_saying, "energy <transit> & trade"));
  g_assert_null (ui_test_find_widget (row, is_label_saying, ""));
  g_assert_cmpuint (n_notifies, ==, 2);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "");
  g_assert_null (ui_test_find_widget (row, is_label_saying, ""));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  /* flatpak-builder runs the tests with no display: skip rather than fail. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/detail-row/like-action-row", test_like_action_row);
  g_test_add_func ("/detail-row/value", test_value);
  g_test_add_func ("/detail-row/width-at-any-height", test_width_at_any_height);
  g_test_add_func ("/detail-row/long-text-min-width", test_long_text_min_width);
  g_test_add_func ("/detail-row/activated", test_activated);

  return g_test_run ();
}
