/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The first frame's fonts (ts-font-warmup.c): what a window shows is
 * recorded, and the next start's thread loads exactly the fonts the
 * window's widgets then use, in the settings GTK gives them. */

#include <glib/gstdio.h>

#include "ts-font-warmup.h"
#include "ts-list-cell.h"
#include "ui-test-utils.h"

typedef struct
{
  GtkWidget *window;
  GtkWidget *body;
  GtkWidget *title;
  GtkWidget *cell;
  GtkWidget *hidden;
} Shown;

/* A window of a plain label, a title, a list cell and a hidden label, on
 * screen and painted. */
static void
show_window (Shown *shown)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  shown->window = gtk_window_new ();
  shown->body = gtk_label_new ("Bishkek talks");
  shown->title = gtk_label_new ("Jinan");
  gtk_widget_add_css_class (shown->title, "title-1");
  shown->cell = ts_list_cell_new ();
  ts_list_cell_set_text (TS_LIST_CELL (shown->cell), "Kant 2023 比什凯克");
  shown->hidden = gtk_label_new ("QUVWXZ");
  gtk_widget_set_visible (shown->hidden, FALSE);

  gtk_box_append (GTK_BOX (box), shown->body);
  gtk_box_append (GTK_BOX (box), shown->title);
  gtk_box_append (GTK_BOX (box), shown->cell);
  gtk_box_append (GTK_BOX (box), shown->hidden);
  gtk_window_set_child (GTK_WINDOW (shown->window), box);
  gtk_window_present (GTK_WINDOW (shown->window));
  ui_test_wait_for_paint (shown->window);
}

static char *
font_of (GtkWidget *widget)
{
  return pango_font_description_to_string (
    pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
}

/* The recorded text of the font @description, or NULL. */
static char *
recorded_text (GKeyFile   *key_file,
               const char *description)
{
  g_auto(GStrv) groups = g_key_file_get_groups (key_file, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *recorded = g_key_file_get_string (key_file, groups[i], "description", NULL);

      if (g_strcmp0 (recorded, description) == 0)
        return g_key_file_get_string (key_file, groups[i], "text", NULL);
    }
  return NULL;
}

static char *
cache_path (const char *dir)
{
  return g_build_filename (dir, "tianshan", "first-frame-fonts", NULL);
}

static void
remove_cache (const char *dir,
              const char *path)
{
  g_autofree char *parent = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (parent);
  g_rmdir (dir);
}

/* Each font the window shows, with the characters shown in it; nothing of
 * a hidden label; the settings GTK draws the text in. Written again only
 * when something changed. */
static void
test_record (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-font-warmup-XXXXXX", NULL);
  g_autofree char *path = cache_path (dir);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *body_font = NULL;
  g_autofree char *title_font = NULL;
  g_autofree char *cell_font = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *title_text = NULL;
  g_autofree char *cell_text = NULL;
  g_auto(GStrv) groups = NULL;
  Shown shown;
  gboolean changed = FALSE;

  show_window (&shown);
  g_assert_true (ts_font_warmup_record (shown.window, path, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  body_font = font_of (shown.body);
  title_font = font_of (shown.title);
  cell_font = font_of (shown.cell);
  /* title-1 is bolder and larger: a font of its own. */
  g_assert_cmpstr (title_font, !=, body_font);
  g_assert_nonnull (strstr (title_font, "Ultra-Bold"));

  /* Each character once, after the "…" every font may need. The cell is
   * in the body's font: one entry for both. */
  g_assert_cmpstr (cell_font, ==, body_font);
  body_text = recorded_text (key_file, body_font);
  g_assert_cmpstr (body_text, ==, "…Bishke talKn203比什凯克");
  title_text = recorded_text (key_file, title_font);
  g_assert_cmpstr (title_text, ==, "…Jina");
  groups = g_key_file_get_groups (key_file, NULL);
  /* The settings, and the two fonts: the hidden label's text is nowhere. */
  g_assert_cmpuint (g_strv_length (groups), ==, 3);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *text = g_key_file_get_string (key_file, groups[i], "text", NULL);

      g_assert_true (text == NULL || strchr (text, 'Q') == NULL);
    }

  g_assert_cmpint (g_key_file_get_integer (key_file, "settings", "scale", NULL), ==,
                   gtk_widget_get_scale_factor (shown.window));
  g_assert_cmpfloat (g_key_file_get_double (key_file, "settings", "resolution", NULL), ==,
                     pango_cairo_context_get_resolution (gtk_widget_get_pango_context (shown.body)));

  /* The same window again: the file stays as it is. */
  g_assert_true (ts_font_warmup_record (shown.window, path, &changed, &error));
  g_assert_false (changed);
  /* Another text: written again. */
  gtk_label_set_text (GTK_LABEL (shown.title), "Osh");
  ui_test_wait_for_paint (shown.window);
  g_assert_true (ts_font_warmup_record (shown.window, path, &changed, &error));
  g_assert_true (changed);
  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL));
  g_clear_pointer (&title_text, g_free);
  title_text = recorded_text (key_file, title_font);
  g_assert_cmpstr (title_text, ==, "…Osh");

  gtk_window_destroy (GTK_WINDOW (shown.window));
  remove_cache (dir, path);
}

static gboolean
warmup_is_done (gpointer warmup)
{
  return ts_font_warmup_is_done (warmup);
}

/* The fonts the next window's widgets use are the very fonts the thread
 * loaded: its font map is the default, and GTK's settings are the ones it
 * loaded them in (any difference would make Pango load them anew). */
static void
test_warm (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-font-warmup-XXXXXX", NULL);
  g_autofree char *path = cache_path (dir);
  g_autoptr(TsFontWarmup) warmup = NULL;
  g_autoptr(GError) error = NULL;
  PangoFontMap *before = pango_cairo_font_map_get_default ();
  GtkWidget *widgets[3];
  GPtrArray *fonts;
  Shown shown;

  show_window (&shown);
  g_assert_true (ts_font_warmup_record (shown.window, path, NULL, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (shown.window));

  warmup = ts_font_warmup_start (path);
  g_assert_nonnull (warmup);
  /* As GTK's start-up gives it time to. */
  ui_test_wait_until (warmup_is_done, warmup);
  ts_font_warmup_join (warmup);
  g_assert_true (pango_cairo_font_map_get_default () != before);
  fonts = ts_font_warmup_peek_fonts (warmup);
  g_assert_cmpuint (fonts->len, ==, 2);

  show_window (&shown);
  widgets[0] = shown.body;
  widgets[1] = shown.title;
  widgets[2] = shown.cell;
  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      PangoContext *context = gtk_widget_get_pango_context (widgets[i]);
      g_autoptr(PangoFont) font = pango_context_load_font (context,
                                                           pango_context_get_font_description (context));
      guint index;

      g_assert_true (pango_context_get_font_map (context) == pango_cairo_font_map_get_default ());
      g_assert_true (g_ptr_array_find (fonts, font, &index));
    }

  gtk_window_destroy (GTK_WINDOW (shown.window));
  remove_cache (dir, path);
}

/* No file, a file that is not a key file, a file of another version: no
 * fonts warmed, nothing broken, and the file written anew. */
static void
test_unusable_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-font-warmup-XXXXXX", NULL);
  g_autofree char *path = cache_path (dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(TsFontWarmup) other_version = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  Shown shown;

  g_assert_null (ts_font_warmup_start (path));

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "[settings\nnot a key file", -1, NULL));
  g_assert_null (ts_font_warmup_start (path));

  g_assert_true (g_file_set_contents (path,
                                      "[settings]\nversion=0\n"
                                      "[font 0]\ndescription=Sans 10\ntext=abc\n", -1, NULL));
  other_version = ts_font_warmup_start (path);
  g_assert_nonnull (other_version);
  ui_test_wait_until (warmup_is_done, other_version);
  ts_font_warmup_join (other_version);
  g_assert_cmpuint (ts_font_warmup_peek_fonts (other_version)->len, ==, 0);

  show_window (&shown);
  g_assert_true (ts_font_warmup_record (shown.window, path, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  gtk_window_destroy (GTK_WINDOW (shown.window));
  remove_cache (dir, path);
}

/* A file of @n_fonts fonts (Sans at 8 px, 9 px, …) of @n_chars characters
 * each. */
static char *
write_fonts (const char *dir,
             guint       n_fonts,
             guint       n_chars)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *path = cache_path (dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (NULL));
  PangoContext *context = gtk_widget_get_pango_context (label);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

  for (guint i = 0; i < n_chars; i++)
    g_string_append_unichar (text, 0x4e00 + i);
  g_key_file_set_integer (key_file, "settings", "version", 1);
  g_key_file_set_double (key_file, "settings", "resolution",
                         pango_cairo_context_get_resolution (context));
  g_key_file_set_integer (key_file, "settings", "antialias", cairo_font_options_get_antialias (options));
  g_key_file_set_integer (key_file, "settings", "hint-style", cairo_font_options_get_hint_style (options));
  g_key_file_set_integer (key_file, "settings", "hint-metrics", cairo_font_options_get_hint_metrics (options));
  g_key_file_set_integer (key_file, "settings", "subpixel-order",
                          cairo_font_options_get_subpixel_order (options));
  g_key_file_set_boolean (key_file, "settings", "round-glyph-positions", TRUE);
  g_key_file_set_string (key_file, "settings", "language", "c");
  g_key_file_set_integer (key_file, "settings", "scale", 1);
  for (guint i = 0; i < n_fonts; i++)
    {
      g_autofree char *group = g_strdup_printf ("font %u", i);
      g_autofree char *font = g_strdup_printf ("Sans %upx", 8 + i);

      g_key_file_set_string (key_file, group, "description", font);
      g_key_file_set_string (key_file, group, "text", text->str);
    }
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_key_file_save_to_file (key_file, path, NULL));
  return g_steal_pointer (&path);
}

/* Whatever a file says, the thread warms 32 fonts at most. */
static void
test_bounded (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-font-warmup-XXXXXX", NULL);
  g_autofree char *path = write_fonts (dir, 40, 3);
  g_autoptr(TsFontWarmup) warmup = ts_font_warmup_start (path);

  g_assert_nonnull (warmup);
  ui_test_wait_until (warmup_is_done, warmup);
  ts_font_warmup_join (warmup);
  g_assert_cmpuint (ts_font_warmup_peek_fonts (warmup)->len, ==, 32);
  remove_cache (dir, path);
}

/* Joined before it is done (a file of thousands of glyphs, the window
 * wanted at once): the thread stops after the line it is drawing, and its
 * font map, warm as far as it got, is the default. */
static void
test_join_early (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ts-font-warmup-XXXXXX", NULL);
  g_autofree char *path = write_fonts (dir, 32, 512);
  g_autoptr(TsFontWarmup) warmup = ts_font_warmup_start (path);
  PangoFontMap *before = pango_cairo_font_map_get_default ();

  g_assert_nonnull (warmup);
  ts_font_warmup_join (warmup);
  g_assert_true (pango_cairo_font_map_get_default () != before);
  g_assert_cmpuint (ts_font_warmup_peek_fonts (warmup)->len, <=, 32);
  remove_cache (dir, path);
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

  g_test_add_func ("/font-warmup/record", test_record);
  g_test_add_func ("/font-warmup/warm", test_warm);
  g_test_add_func ("/font-warmup/unusable-file", test_unusable_file);
  g_test_add_func ("/font-warmup/bounded", test_bounded);
  g_test_add_func ("/font-warmup/join-early", test_join_early);

  return g_test_run ();
}
