/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The record lists' cells (ts-list-cell.c): measured and drawn as a
 * GtkInscription with the same settings draws the same text, pixel for
 * pixel, whether the text fits or is cut short, at the start or the end of
 * the cell, in a cell taller than a line and in a bigger font; cells of
 * two fonts side by side each keep their own font's size; a cell says when
 * its text is cut short. */

#include "config.h"

#include "ts-list-cell.h"

#include "ui-test-utils.h"

#define LONG_TITLE "Lin Wu meets Deputy Prime Minister Edil Baisalov and the governors " \
                   "of Chuy, Issyk-Kul and Osh regions"

/* What the app's style.css sets for figures, and two looks of the test's
 * own: a row taller than a line, a bigger font. */
static const char *css =
  ".numeric { font-feature-settings: \"tnum\"; }"
  ".tall { min-height: 40px; }"
  ".big { font-size: 26px; }";

typedef struct
{
  const char *text;
  guint min_chars;
  guint nat_chars;
  gboolean numeric;
  float xalign;
  const char *look;
} Case;

static GtkWidget *
new_inscription (const Case *c)
{
  GtkWidget *inscription = gtk_inscription_new (c->text);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), c->min_chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), c->nat_chars);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (inscription), 0.0);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), c->xalign);
  if (c->numeric)
    gtk_widget_add_css_class (inscription, "numeric");
  if (c->look != NULL)
    gtk_widget_add_css_class (inscription, c->look);
  return inscription;
}

static GtkWidget *
new_cell (const Case *c)
{
  GtkWidget *cell = ts_list_cell_new ();

  ts_list_cell_set_text (TS_LIST_CELL (cell), c->text);
  ts_list_cell_set_chars (TS_LIST_CELL (cell), c->min_chars, c->nat_chars);
  ts_list_cell_set_numeric (TS_LIST_CELL (cell), c->numeric);
  ts_list_cell_set_xalign (TS_LIST_CELL (cell), c->xalign);
  if (c->look != NULL)
    gtk_widget_add_css_class (cell, c->look);
  return cell;
}

static void
assert_measured_alike (GtkWidget      *cell,
                       GtkWidget      *inscription,
                       GtkOrientation  orientation)
{
  int cell_sizes[4], inscription_sizes[4];

  gtk_widget_measure (cell, orientation, -1, &cell_sizes[0], &cell_sizes[1],
                      &cell_sizes[2], &cell_sizes[3]);
  gtk_widget_measure (inscription, orientation, -1, &inscription_sizes[0],
                      &inscription_sizes[1], &inscription_sizes[2], &inscription_sizes[3]);
  for (guint i = 0; i < G_N_ELEMENTS (cell_sizes); i++)
    g_assert_cmpint (cell_sizes[i], ==, inscription_sizes[i]);
}

/* An inscription and a cell set up as @c says, one above the other in a
 * window @width pixels wide: measured, given and drawing the same. Returns
 * whether the cell says its text is cut short. */
static gboolean
assert_like_inscription (const Case *c,
                         int         width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *inscription = new_inscription (c);
  GtkWidget *cell = new_cell (c);
  g_autoptr(GBytes) inscription_pixels = NULL;
  g_autoptr(GBytes) cell_pixels = NULL;
  int inscription_width, inscription_height, cell_width, cell_height;
  gboolean truncated;

  gtk_box_append (GTK_BOX (box), inscription);
  gtk_box_append (GTK_BOX (box), cell);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, -1);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);

  assert_measured_alike (cell, inscription, GTK_ORIENTATION_HORIZONTAL);
  assert_measured_alike (cell, inscription, GTK_ORIENTATION_VERTICAL);
  inscription_pixels = ui_test_render (inscription, &inscription_width, &inscription_height);
  cell_pixels = ui_test_render (cell, &cell_width, &cell_height);
  g_test_message ("\"%.20s…\" in %d px: %d × %d and %d × %d px", c->text, width,
                  inscription_width, inscription_height, cell_width, cell_height);
  g_assert_cmpint (cell_width, ==, inscription_width);
  g_assert_cmpint (cell_height, ==, inscription_height);
  g_assert_true (g_bytes_equal (cell_pixels, inscription_pixels));

  truncated = ts_list_cell_is_truncated (TS_LIST_CELL (cell));
  gtk_window_destroy (GTK_WINDOW (window));
  return truncated;
}

static void
test_like_inscription (void)
{
  static const Case title = { LONG_TITLE, 40, 40, FALSE, 0.0, NULL };
  static const Case date = { "7 or 8 Sep 2023", 12, 20, TRUE, 0.0, NULL };
  static const Case value = { "1 250 000", 8, 12, TRUE, 1.0, NULL };
  static const Case chinese = { "林武会见萨迪尔·扎帕罗夫总统", 10, 30, FALSE, 0.0, NULL };
  static const Case tall = { LONG_TITLE, 40, 40, FALSE, 0.0, "tall" };
  static const Case big = { "Bishkek", 8, 12, FALSE, 0.0, "big" };

  /* Cut short in a narrow window, whole in a wide one. */
  g_assert_true (assert_like_inscription (&title, 300));
  g_assert_false (assert_like_inscription (&title, 1300));
  g_assert_false (assert_like_inscription (&date, 300));
  g_assert_true (assert_like_inscription (&date, 60));
  /* At the end of the cell. */
  g_assert_false (assert_like_inscription (&value, 300));
  g_assert_false (assert_like_inscription (&chinese, 600));
  g_assert_true (assert_like_inscription (&chinese, 120));
  /* Taller than a line: at the top, on one line. */
  g_assert_true (assert_like_inscription (&tall, 300));
  g_assert_false (assert_like_inscription (&big, 300));
}

/* Cells share their fonts' metrics: one in a bigger font beside one in the
 * window's asks the bigger font's size, and the other keeps its own. */
static void
test_fonts_side_by_side (void)
{
  static const Case plain = { "Bishkek", 8, 12, FALSE, 0.0, NULL };
  static const Case big = { "Bishkek", 8, 12, FALSE, 0.0, "big" };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *plain_cell = new_cell (&plain);
  GtkWidget *big_cell = new_cell (&big);
  GtkWidget *plain_inscription = new_inscription (&plain);
  GtkWidget *big_inscription = new_inscription (&big);
  int plain_width, big_width, plain_height, big_height;

  gtk_box_append (GTK_BOX (box), plain_cell);
  gtk_box_append (GTK_BOX (box), big_cell);
  gtk_box_append (GTK_BOX (box), plain_inscription);
  gtk_box_append (GTK_BOX (box), big_inscription);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);

  gtk_widget_measure (plain_cell, GTK_ORIENTATION_HORIZONTAL, -1, &plain_width, NULL, NULL, NULL);
  gtk_widget_measure (big_cell, GTK_ORIENTATION_HORIZONTAL, -1, &big_width, NULL, NULL, NULL);
  gtk_widget_measure (plain_cell, GTK_ORIENTATION_VERTICAL, -1, &plain_height, NULL, NULL, NULL);
  gtk_widget_measure (big_cell, GTK_ORIENTATION_VERTICAL, -1, &big_height, NULL, NULL, NULL);
  g_assert_cmpint (big_width, >, plain_width * 3 / 2);
  g_assert_cmpint (big_height, >, plain_height * 3 / 2);
  assert_measured_alike (plain_cell, plain_inscription, GTK_ORIENTATION_HORIZONTAL);
  assert_measured_alike (big_cell, big_inscription, GTK_ORIENTATION_HORIZONTAL);
  assert_measured_alike (plain_cell, plain_inscription, GTK_ORIENTATION_VERTICAL);
  assert_measured_alike (big_cell, big_inscription, GTK_ORIENTATION_VERTICAL);

  /* The font changes under a cell: it asks the new font's size. */
  gtk_widget_remove_css_class (big_cell, "big");
  ui_test_wait_for_paint (window);
  gtk_widget_measure (big_cell, GTK_ORIENTATION_HORIZONTAL, -1, &big_width, NULL, NULL, NULL);
  g_assert_cmpint (big_width, ==, plain_width);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A screen reader reads a cell by its text, and an empty one as nothing. */
static void
test_read_aloud (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *cell = ts_list_cell_new ();

  gtk_window_set_child (GTK_WINDOW (window), cell);
  ts_list_cell_set_text (TS_LIST_CELL (cell), "Bishkek");
  g_assert_cmpstr (ts_list_cell_get_text (TS_LIST_CELL (cell)), ==, "Bishkek");
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)), ==,
                   GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL, "Bishkek");
  ts_list_cell_set_text (TS_LIST_CELL (cell), NULL);
  g_assert_null (ts_list_cell_get_text (TS_LIST_CELL (cell)));
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  g_assert_false (ts_list_cell_is_truncated (TS_LIST_CELL (cell)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  /* flatpak-builder runs the tests with no display: skip rather than fail. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* Accessible properties read back (the suite runs with none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/list-cell/like-inscription", test_like_inscription);
  g_test_add_func ("/list-cell/fonts-side-by-side", test_fonts_side_by_side);
  g_test_add_func ("/list-cell/read-aloud", test_read_aloud);

  return g_test_run ();
}
