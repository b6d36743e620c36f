/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The first frame's fonts, made ready while GTK starts.
 *
 * Before the window's first frame, the main thread loads each font its
 * text is in (fontconfig's match, the face, its metrics, its shaping
 * tables) and has FreeType draw each glyph it shows: a third of what the
 * first frame costs beyond a bare window's. None of it needs GTK, only
 * Pango with the settings GTK will give it. So the application records,
 * after each start's first frame, which fonts that frame showed, in which
 * settings, and which characters of each (a small key file in the user's
 * cache directory). At the next start a thread reads that file before
 * GTK starts and, while GTK sets up the display, loads those fonts in a
 * font map of its own and draws those characters in them, which leaves
 * the glyphs in cairo's cache of each font. As soon as GTK has started,
 * before any window is built, the main thread joins the thread and makes
 * its font map the default one: every widget's Pango context is made on
 * it, and the thread never runs beside the main thread's own text.
 *
 * Nothing depends on the file being right. Fonts the window does not use
 * were loaded for nothing; fonts it uses that were not warmed load as they
 * always did. A file that cannot be read is ignored and written again. */

#define G_LOG_DOMAIN "ts-font-warmup"

#include "config.h"

#include <errno.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "ts-font-warmup.h"
#include "ts-list-cell.h"

/* Bumped when the file's meaning changes: an older file is ignored. */
#define CACHE_VERSION 1
#define GROUP_SETTINGS "settings"
#define FONT_GROUP_PREFIX "font "
/* Bounds on what a file can ask the thread to do. */
#define MAX_FONTS 32
#define MAX_CHARS 512

/* The surface the characters are drawn on: glyphs outside it would not be
 * drawn, so each font's text is laid out in lines this wide. */
#define SURFACE_WIDTH 2048
#define SURFACE_HEIGHT 256

struct _TsFontWarmup
{
  GThread *thread;
  /* Set when the main thread needs the font map: the thread stops after
   * the line of text it is drawing. */
  int stop;
  /* Set by the thread when it has finished, stopped or not. */
  int done;
  GKeyFile *cache;
  /* Made by the thread; after ts_font_warmup_join (), this thread's
   * default font map. */
  PangoFontMap *font_map;
  /* The first font of each cached font description, as the thread loaded
   * it (for the tests). */
  GPtrArray *fonts;
};

char *
ts_font_warmup_default_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "tianshan", "first-frame-fonts", NULL);
}

/* The Pango context settings GTK gives a widget's text, as the file keeps
 * them. */
typedef struct
{
  double resolution;
  int antialias;
  int hint_style;
  int hint_metrics;
  int subpixel_order;
  gboolean round_glyph_positions;
  char *language;
  int scale;
} Settings;

static void
settings_clear (Settings *settings)
{
  g_clear_pointer (&settings->language, g_free);
}

static void
settings_from_context (Settings     *settings,
                       PangoContext *context,
                       int           scale)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

  settings->resolution = pango_cairo_context_get_resolution (context);
  settings->antialias = options != NULL ? cairo_font_options_get_antialias (options) : CAIRO_ANTIALIAS_DEFAULT;
  settings->hint_style = options != NULL ? cairo_font_options_get_hint_style (options) : CAIRO_HINT_STYLE_DEFAULT;
  settings->hint_metrics = options != NULL ? cairo_font_options_get_hint_metrics (options) : CAIRO_HINT_METRICS_DEFAULT;
  settings->subpixel_order = options != NULL ? cairo_font_options_get_subpixel_order (options) : CAIRO_SUBPIXEL_ORDER_DEFAULT;
  settings->round_glyph_positions = pango_context_get_round_glyph_positions (context);
  settings->language = g_strdup (pango_language_to_string (pango_context_get_language (context)));
  settings->scale = scale;
}

static void
settings_to_key_file (const Settings *settings,
                      GKeyFile       *key_file)
{
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "version", CACHE_VERSION);
  g_key_file_set_double (key_file, GROUP_SETTINGS, "resolution", settings->resolution);
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "antialias", settings->antialias);
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "hint-style", settings->hint_style);
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "hint-metrics", settings->hint_metrics);
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "subpixel-order", settings->subpixel_order);
  g_key_file_set_boolean (key_file, GROUP_SETTINGS, "round-glyph-positions",
                          settings->round_glyph_positions);
  g_key_file_set_string (key_file, GROUP_SETTINGS, "language", settings->language);
  g_key_file_set_integer (key_file, GROUP_SETTINGS, "scale", settings->scale);
}

static gboolean
settings_from_key_file (Settings  *settings,
                        GKeyFile  *key_file,
                        GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_key_file_get_integer (key_file, GROUP_SETTINGS, "version", &local_error) != CACHE_VERSION)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                     "Another version of the file");
      return FALSE;
    }

#define READ(field, getter, key) \
  settings->field = getter (key_file, GROUP_SETTINGS, key, &local_error); \
  if (local_error != NULL) \
    { \
      g_propagate_error (error, g_steal_pointer (&local_error)); \
      return FALSE; \
    }

  READ (resolution, g_key_file_get_double, "resolution");
  READ (antialias, g_key_file_get_integer, "antialias");
  READ (hint_style, g_key_file_get_integer, "hint-style");
  READ (hint_metrics, g_key_file_get_integer, "hint-metrics");
  READ (subpixel_order, g_key_file_get_integer, "subpixel-order");
  READ (round_glyph_positions, g_key_file_get_boolean, "round-glyph-positions");
  READ (language, g_key_file_get_string, "language");
  READ (scale, g_key_file_get_integer, "scale");
#undef READ

  if (settings->resolution <= 0 || settings->scale < 1 || settings->scale > 8)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Resolution %g or scale %d out of range",
                   settings->resolution, settings->scale);
      return FALSE;
    }
  return TRUE;
}

/* A context as GTK would make it for a widget under @settings. */
static PangoContext *
create_context (PangoFontMap   *font_map,
                const Settings *settings)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, settings->antialias);
  cairo_font_options_set_hint_style (options, settings->hint_style);
  cairo_font_options_set_hint_metrics (options, settings->hint_metrics);
  cairo_font_options_set_subpixel_order (options, settings->subpixel_order);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, settings->resolution);
  pango_context_set_round_glyph_positions (context, settings->round_glyph_positions);
  pango_context_set_language (context, pango_language_from_string (settings->language));
  return context;
}

/* Loads one font and draws @text in it: the fontset, the metrics GTK asks
 * of it, the shaping, and each glyph's image in cairo's cache. */
static void
warm_font (TsFontWarmup               *self,
           PangoLayout                *layout,
           cairo_t                    *cr,
           const PangoFontDescription *font,
           const char                 *text)
{
  PangoContext *context = pango_layout_get_context (layout);
  PangoFontMetrics *metrics;
  PangoLayoutIter *iter;
  PangoFont *first;

  first = pango_context_load_font (context, font);
  if (first != NULL)
    g_ptr_array_add (self->fonts, first);
  metrics = pango_context_get_metrics (context, font, pango_context_get_language (context));
  pango_font_metrics_unref (metrics);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  /* One line at a time at the top of the surface, so no glyph falls
   * outside it and goes undrawn. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      cairo_move_to (cr, 0, SURFACE_HEIGHT / 2.0);
      pango_cairo_show_layout_line (cr, line);
    }
  while (!g_atomic_int_get (&self->stop) && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static gpointer
warm_thread (gpointer data)
{
  TsFontWarmup *self = data;
  Settings settings = { 0 };
  PangoContext *context;
  PangoLayout *layout;
  g_auto(GStrv) groups = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_fonts = 0;
  g_autoptr(GError) error = NULL;

  self->font_map = pango_cairo_font_map_new ();
  if (!settings_from_key_file (&settings, self->cache, &error))
    {
      g_debug ("Not warming the first frame's fonts: %s", error->message);
      settings_clear (&settings);
      g_atomic_int_set (&self->done, TRUE);
      return NULL;
    }

  context = create_context (self->font_map, &settings);
  layout = pango_layout_new (context);
  pango_layout_set_width (layout, (SURFACE_WIDTH / settings.scale) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);

  /* A8, as glyphs are drawn in greyscale; the device scale gives the
   * glyphs the size GTK draws them at on this display. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, SURFACE_WIDTH, SURFACE_HEIGHT);
  cairo_surface_set_device_scale (surface, settings.scale, settings.scale);
  cr = cairo_create (surface);

  groups = g_key_file_get_groups (self->cache, NULL);
  for (guint i = 0;
       groups[i] != NULL && n_fonts < MAX_FONTS && !g_atomic_int_get (&self->stop);
       i++)
    {
      g_autofree char *description = NULL;
      g_autofree char *text = NULL;
      PangoFontDescription *font;

      if (!g_str_has_prefix (groups[i], FONT_GROUP_PREFIX))
        continue;
      description = g_key_file_get_string (self->cache, groups[i], "description", NULL);
      text = g_key_file_get_string (self->cache, groups[i], "text", NULL);
      if (description == NULL || text == NULL || !g_utf8_validate (text, -1, NULL))
        continue;
      /* No more than recording writes. */
      if (g_utf8_strlen (text, -1) > MAX_CHARS)
        *g_utf8_offset_to_pointer (text, MAX_CHARS) = '\0';

      font = pango_font_description_from_string (description);
      warm_font (self, layout, cr, font, text);
      pango_font_description_free (font);
      n_fonts++;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (layout);
  g_object_unref (context);
  settings_clear (&settings);
  g_atomic_int_set (&self->done, TRUE);
  return NULL;
}

/* Starts warming the fonts @cache_path lists in a thread, or returns NULL
 * when there is no such file (the first start) or it cannot be read. */
TsFontWarmup *
ts_font_warmup_start (const char *cache_path)
{
  g_autoptr(GKeyFile) cache = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  TsFontWarmup *self;

  g_return_val_if_fail (cache_path != NULL, NULL);

  if (!g_key_file_load_from_file (cache, cache_path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Not warming the first frame's fonts: %s: %s", cache_path, error->message);
      return NULL;
    }

  self = g_new0 (TsFontWarmup, 1);
  self->cache = g_steal_pointer (&cache);
  self->fonts = g_ptr_array_new_with_free_func (g_object_unref);
  self->thread = g_thread_new ("[tianshan] fonts", warm_thread, self);
  return self;
}

/* Stops the thread after the line it is drawing (it has usually finished
 * long before), waits for it, and makes its font map the calling thread's
 * default: call it on the main thread before any widget has made a Pango
 * context. */
void
ts_font_warmup_join (TsFontWarmup *self)
{
  g_return_if_fail (self != NULL);

  if (self->thread == NULL)
    return;
  g_atomic_int_set (&self->stop, TRUE);
  g_thread_join (g_steal_pointer (&self->thread));
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (self->font_map));
}

/* Whether the thread has finished: warmed every font the file listed,
 * found the file of another version, or been stopped. */
gboolean
ts_font_warmup_is_done (TsFontWarmup *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_atomic_int_get (&self->done);
}

/* The first font of each font the file listed, as the thread loaded it. */
GPtrArray *
ts_font_warmup_peek_fonts (TsFontWarmup *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->thread == NULL, NULL);

  return self->fonts;
}

void
ts_font_warmup_free (TsFontWarmup *self)
{
  if (self == NULL)
    return;

  /* Never handed over: stop it and wait for it all the same, as it uses
   * what is freed here. */
  if (self->thread != NULL)
    {
      g_atomic_int_set (&self->stop, TRUE);
      g_thread_join (self->thread);
    }
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->fonts, g_ptr_array_unref);
  g_key_file_unref (self->cache);
  g_free (self);
}

/* Recording. */

/* What one font showed: its characters, each once, in the order met. */
typedef struct
{
  GString *text;
  /* The characters in @text, as gunichar keys. */
  GHashTable *seen;
  guint n_chars;
} FontText;

static void
font_text_add (FontText *font_text,
               gunichar  c)
{
  if (font_text->n_chars >= MAX_CHARS
      || !g_hash_table_add (font_text->seen, GUINT_TO_POINTER (c)))
    return;
  g_string_append_unichar (font_text->text, c);
  font_text->n_chars++;
}

static void
font_text_free (gpointer data)
{
  FontText *font_text = data;

  g_string_free (font_text->text, TRUE);
  g_hash_table_unref (font_text->seen);
  g_free (font_text);
}

/* Adds @text's characters to those of @context's font in @texts (font
 * description, as a string → FontText). */
static void
add_text (GHashTable   *texts,
          PangoContext *context,
          const char   *text)
{
  g_autofree char *description = NULL;
  FontText *font_text;

  if (text == NULL || *text == '\0')
    return;

  description = pango_font_description_to_string (pango_context_get_font_description (context));
  font_text = g_hash_table_lookup (texts, description);
  if (font_text == NULL)
    {
      font_text = g_new0 (FontText, 1);
      font_text->text = g_string_new (NULL);
      font_text->seen = g_hash_table_new (NULL, NULL);
      /* A text cut short ends in "…". */
      font_text_add (font_text, 0x2026);
      g_hash_table_insert (texts, g_steal_pointer (&description), font_text);
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_iscntrl (c))
        font_text_add (font_text, c);
    }
}

static void
collect (GtkWidget  *widget,
         GHashTable *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    add_text (texts, gtk_widget_get_pango_context (widget),
              gtk_label_get_text (GTK_LABEL (widget)));
  else if (TS_IS_LIST_CELL (widget))
    add_text (texts, gtk_widget_get_pango_context (widget),
              ts_list_cell_get_text (TS_LIST_CELL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, texts);
}

static void
add_key (gpointer key,
         gpointer value,
         gpointer array)
{
  g_ptr_array_add (array, key);
}

/* The fonts of most characters first: a thread stopped early has warmed
 * those. */
static int
compare_fonts (gconstpointer a,
               gconstpointer b,
               gpointer      texts)
{
  const char *font_a = *(const char * const *) a;
  const char *font_b = *(const char * const *) b;
  FontText *text_a = g_hash_table_lookup (texts, font_a);
  FontText *text_b = g_hash_table_lookup (texts, font_b);

  if (text_a->n_chars != text_b->n_chars)
    return text_a->n_chars > text_b->n_chars ? -1 : 1;
  return strcmp (font_a, font_b);
}

/* Writes to @cache_path the fonts and characters @root shows now, with the
 * settings its text is drawn in, unless the file holds them already
 * (@changed says which). */
gboolean
ts_font_warmup_record (GtkWidget  *root,
                       const char *cache_path,
                       gboolean   *changed,
                       GError    **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, font_text_free);
  g_autoptr(GPtrArray) descriptions = NULL;
  g_autofree char *data = NULL;
  g_autofree char *old_data = NULL;
  g_autofree char *directory = NULL;
  Settings settings = { 0 };
  gsize length;

  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);
  g_return_val_if_fail (cache_path != NULL, FALSE);

  if (changed != NULL)
    *changed = FALSE;

  settings_from_context (&settings, gtk_widget_get_pango_context (root),
                         gtk_widget_get_scale_factor (root));
  settings_to_key_file (&settings, key_file);
  settings_clear (&settings);

  collect (root, texts);
  descriptions = g_ptr_array_new ();
  g_hash_table_foreach (texts, add_key, descriptions);
  g_ptr_array_sort_with_data (descriptions, compare_fonts, texts);
  for (guint i = 0; i < descriptions->len && i < MAX_FONTS; i++)
    {
      const char *description = g_ptr_array_index (descriptions, i);
      FontText *font_text = g_hash_table_lookup (texts, description);
      g_autofree char *group = g_strdup_printf (FONT_GROUP_PREFIX "%u", i);

      g_key_file_set_string (key_file, group, "description", description);
      g_key_file_set_string (key_file, group, "text", font_text->text->str);
    }

  data = g_key_file_to_data (key_file, &length, NULL);
  if (g_file_get_contents (cache_path, &old_data, NULL, NULL) && g_strcmp0 (old_data, data) == 0)
    return TRUE;

  directory = g_path_get_dirname (cache_path);
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", directory, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents (cache_path, data, length, error))
    return FALSE;
  if (changed != NULL)
    *changed = TRUE;
  return TRUE;
}
