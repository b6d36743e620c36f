/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-text"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <pixman.h>
#include <string.h>

#include "ts-map-text.h"

struct _TsMapText
{
  PangoContext *context;
  char         *font_family;
  /* "flags size text" → PangoLayout */
  GHashTable   *layouts;
  /* "flags size" → GHashTable of character → CharSize */
  GHashTable   *chars;
  /* The last of those used, and its key */
  GHashTable   *last_chars;
  double        last_size;
  guint         last_flags;
  /* ts_map_text_show_on_image (): PangoLayout → SetGlyphs */
  GHashTable   *set_glyphs;
  /* "scaled font glyph" → GlyphMask */
  GHashTable   *glyph_masks;
  /* The image drawn on last, and its pixels for pixman */
  cairo_surface_t *image;
  pixman_image_t  *pixman_image;
};

/* A glyph as cairo's image backend draws it, at a whole pixel. */
typedef struct
{
  pixman_image_t *image;   /* a8 */
  int             origin;  /* where the glyph's origin lies in @image */
} GlyphMask;

typedef struct
{
  const GlyphMask *mask;
  double           x, y;   /* from the layout's top left corner */
} SetGlyph;

/* A layout's glyphs, when it can be drawn from glyph masks. */
typedef struct
{
  guint    n_glyphs;
  gboolean usable;
  SetGlyph glyphs[];
} SetGlyphs;

typedef struct
{
  double width;
  double ascent;
  double descent;
} CharSize;

/* The UI's language ("zh_CN"), so that Pango picks the glyphs of that
 * language where scripts share characters (Chinese Han, not Japanese). */
static PangoLanguage *
get_language (void)
{
  const char *name = g_get_language_names ()[0];

  if (name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX"))
    return pango_language_get_default ();

  return pango_language_from_string (name);
}

TsMapText *
ts_map_text_new (cairo_t    *cr,
                 const char *font_family)
{
  TsMapText *self = g_new0 (TsMapText, 1);

  g_return_val_if_fail (cr != NULL, NULL);

  /* Pango's default font map, one per thread: safe in the map view's
   * worker threads. The context takes @cr's target's font options and
   * transformation. */
  self->context = pango_cairo_create_context (cr);
  pango_context_set_language (self->context, get_language ());
  self->font_family = g_strdup (font_family != NULL ? font_family : "Sans");
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->chars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_hash_table_unref);

  return self;
}

void
ts_map_text_free (TsMapText *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->context);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->chars, g_hash_table_unref);
  g_clear_pointer (&self->set_glyphs, g_hash_table_unref);
  g_clear_pointer (&self->glyph_masks, g_hash_table_unref);
  g_clear_pointer (&self->pixman_image, pixman_image_unref);
  g_clear_pointer (&self->image, cairo_surface_destroy);
  g_free (self->font_family);
  g_free (self);
}

static PangoLayout *
get_layout (TsMapText      *self,
            const char     *text,
            double          size,
            TsMapTextFlags  flags)
{
  g_autofree char *key = g_strdup_printf ("%u %g %s", flags, size, text);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);
  PangoFontDescription *font;

  if (layout != NULL)
    return layout;

  font = pango_font_description_new ();
  pango_font_description_set_family_static (font, self->font_family);
  /* In user units, as cairo_set_font_size () was. */
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, flags & TS_MAP_TEXT_BOLD ? PANGO_WEIGHT_BOLD
                                                                    : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, flags & TS_MAP_TEXT_ITALIC ? PANGO_STYLE_ITALIC
                                                                     : PANGO_STYLE_NORMAL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);

  return layout;
}

void
ts_map_text_measure (TsMapText        *self,
                     const char       *text,
                     double            size,
                     TsMapTextFlags    flags,
                     TsMapTextExtents *extents)
{
  PangoLayout *layout;
  PangoRectangle ink, logical;
  double baseline;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (extents != NULL);

  layout = get_layout (self, text, size, flags);
  pango_layout_get_extents (layout, &ink, &logical);
  baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

  extents->width = (double) logical.width / PANGO_SCALE;
  extents->height = (double) logical.height / PANGO_SCALE;
  extents->ascent = baseline - (double) logical.y / PANGO_SCALE;
  extents->ink_x = (double) (ink.x - logical.x) / PANGO_SCALE;
  extents->ink_y = (double) ink.y / PANGO_SCALE - baseline;
  extents->ink_width = (double) ink.width / PANGO_SCALE;
  extents->ink_height = (double) ink.height / PANGO_SCALE;
}

/* Scripts whose text is as wide as its characters, give or take kerning:
 * no glyph takes another's shape or place. */
static gboolean
is_set_char_by_char (gunichar c)
{
  if (g_unichar_ismark (c) || g_unichar_iszerowidth (c) || !g_unichar_isprint (c))
    return FALSE;

  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_COMMON:
    case G_UNICODE_SCRIPT_LATIN:
    case G_UNICODE_SCRIPT_CYRILLIC:
    case G_UNICODE_SCRIPT_GREEK:
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
ts_map_text_estimate (TsMapText        *self,
                      const char       *text,
                      double            size,
                      TsMapTextFlags    flags,
                      TsMapTextExtents *extents)
{
  /* Kerning brings a few pairs of letters closer ("AV"): a share of the
   * sum is a bound no name comes near. */
  const double share = 0.8;
  GHashTable *chars;
  double width = 0, ascent = 0, descent = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (extents != NULL, FALSE);

  if (self->last_chars != NULL && self->last_size == size && self->last_flags == flags)
    chars = self->last_chars;
  else
    {
      g_autofree char *key = g_strdup_printf ("%u %g", flags, size);

      chars = g_hash_table_lookup (self->chars, key);
      if (chars == NULL)
        {
          chars = g_hash_table_new_full (NULL, NULL, NULL, g_free);
          g_hash_table_insert (self->chars, g_steal_pointer (&key), chars);
        }
      self->last_chars = chars;
      self->last_size = size;
      self->last_flags = flags;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      CharSize *char_size = g_hash_table_lookup (chars, GUINT_TO_POINTER (c));

      if (char_size == NULL)
        {
          char one[8] = { 0 };
          TsMapTextExtents char_extents;

          if (!is_set_char_by_char (c))
            return FALSE;
          g_unichar_to_utf8 (c, one);
          ts_map_text_measure (self, one, size, flags, &char_extents);
          char_size = g_new (CharSize, 1);
          char_size->width = char_extents.width;
          char_size->ascent = char_extents.ascent;
          char_size->descent = char_extents.height - char_extents.ascent;
          g_hash_table_insert (chars, GUINT_TO_POINTER (c), char_size);
        }
      width += char_size->width;
      ascent = MAX (ascent, char_size->ascent);
      descent = MAX (descent, char_size->descent);
    }

  *extents = (TsMapTextExtents) { 0 };
  extents->width = width * share;
  extents->ascent = ascent;
  extents->height = ascent + descent;

  return TRUE;
}

/* Moves to the layout's top left corner for a baseline origin at (x, y). */
static PangoLayout *
move_to_layout (TsMapText      *self,
                cairo_t        *cr,
                const char     *text,
                double          size,
                TsMapTextFlags  flags,
                double          x,
                double          y)
{
  PangoLayout *layout = get_layout (self, text, size, flags);

  cairo_move_to (cr, x, y - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);

  return layout;
}

void
ts_map_text_show (TsMapText      *self,
                  cairo_t        *cr,
                  const char     *text,
                  double          size,
                  TsMapTextFlags  flags,
                  double          x,
                  double          y)
{
  PangoLayout *layout;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (text != NULL);

  cairo_new_path (cr);
  layout = move_to_layout (self, cr, text, size, flags, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

void
ts_map_text_path (TsMapText      *self,
                  cairo_t        *cr,
                  const char     *text,
                  double          size,
                  TsMapTextFlags  flags,
                  double          x,
                  double          y)
{
  PangoLayout *layout;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (text != NULL);

  layout = move_to_layout (self, cr, text, size, flags, x, y);
  pango_cairo_layout_path (cr, layout);
}

static void
free_glyph_mask (gpointer data)
{
  GlyphMask *mask = data;

  pixman_image_unref (mask->image);
  g_free (mask);
}

/* @glyph of @font as cairo draws it onto an image: glyphs fall on whole
 * pixels there (cairo 1.16 rounds each glyph's position), so one drawing
 * of it, as opaque coverage, serves wherever it goes. */
static const GlyphMask *
get_glyph_mask (TsMapText           *self,
                cairo_scaled_font_t *font,
                PangoGlyph           glyph)
{
  g_autofree char *key = g_strdup_printf ("%p %u", (gpointer) font, glyph);
  GlyphMask *mask;
  cairo_text_extents_t extents;
  cairo_glyph_t one = { glyph, 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  int size;

  if (self->glyph_masks == NULL)
    self->glyph_masks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_glyph_mask);
  mask = g_hash_table_lookup (self->glyph_masks, key);
  if (mask != NULL)
    return mask;

  cairo_scaled_font_glyph_extents (font, &one, 1, &extents);
  mask = g_new (GlyphMask, 1);
  mask->origin = (int) ceil (MAX (MAX (fabs (extents.x_bearing), fabs (extents.y_bearing)),
                                  MAX (fabs (extents.x_bearing + extents.width),
                                       fabs (extents.y_bearing + extents.height)))) + 2;
  size = 2 * mask->origin + 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cr = cairo_create (surface);
  cairo_set_scaled_font (cr, font);
  one.x = one.y = mask->origin;
  cairo_show_glyphs (cr, &one, 1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* The image keeps the surface's pixels alive. */
  mask->image = pixman_image_create_bits (PIXMAN_a8, size, size, NULL,
                                          cairo_image_surface_get_stride (surface));
  memcpy (pixman_image_get_data (mask->image), cairo_image_surface_get_data (surface),
          (gsize) cairo_image_surface_get_stride (surface) * size);
  cairo_surface_destroy (surface);
  g_hash_table_insert (self->glyph_masks, g_steal_pointer (&key), mask);

  return mask;
}

/* Where pango_cairo_show_layout () puts @layout's glyphs: one line of
 * one run, left to right, at most 32 glyphs, each a glyph of its font
 * (not a hex box); any other layout is not usable. */
static SetGlyphs *
get_set_glyphs (TsMapText   *self,
                PangoLayout *layout)
{
  SetGlyphs *set;
  PangoLayoutLine *line;
  const PangoGlyphItem *run;
  cairo_scaled_font_t *font;
  int x_position = 0;
  double baseline;

  if (self->set_glyphs == NULL)
    self->set_glyphs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  set = g_hash_table_lookup (self->set_glyphs, layout);
  if (set != NULL)
    return set;

  line = pango_layout_get_line_count (layout) == 1 ? pango_layout_get_line_readonly (layout, 0)
                                                    : NULL;
  run = line != NULL && line->runs != NULL && line->runs->next == NULL ? line->runs->data
                                                                       : NULL;
  if (run == NULL || run->glyphs->num_glyphs > 32 || run->item->analysis.level % 2 != 0
      || pango_layout_get_alignment (layout) != PANGO_ALIGN_LEFT)
    {
      set = g_new0 (SetGlyphs, 1);
      g_hash_table_insert (self->set_glyphs, layout, set);
      return set;
    }

  set = g_malloc0 (sizeof (SetGlyphs) + run->glyphs->num_glyphs * sizeof (SetGlyph));
  g_hash_table_insert (self->set_glyphs, layout, set);
  font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
    return set;

  baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &run->glyphs->glyphs[i];

      if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        return set;
      if (info->glyph != PANGO_GLYPH_EMPTY)
        {
          SetGlyph *glyph = &set->glyphs[set->n_glyphs++];

          glyph->mask = get_glyph_mask (self, font, info->glyph);
          /* As pangocairo's renderer adds them up. */
          glyph->x = (double) (x_position + info->geometry.x_offset) / PANGO_SCALE;
          glyph->y = info->geometry.y_offset != 0
                     ? baseline + (double) info->geometry.y_offset / PANGO_SCALE
                     : baseline;
        }
      x_position += info->geometry.width;
    }
  set->usable = TRUE;

  return set;
}

gboolean
ts_map_text_show_on_image (TsMapText       *self,
                           cairo_surface_t *image,
                           double           red,
                           double           green,
                           double           blue,
                           const char      *text,
                           double           size,
                           TsMapTextFlags   flags,
                           double           x,
                           double           y)
{
  PangoLayout *layout;
  SetGlyphs *set;
  pixman_color_t color;
  pixman_image_t *source;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (image != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (cairo_surface_get_type (image) != CAIRO_SURFACE_TYPE_IMAGE
      || (cairo_image_surface_get_format (image) != CAIRO_FORMAT_RGB24
          && cairo_image_surface_get_format (image) != CAIRO_FORMAT_ARGB32)
      || cairo_image_surface_get_data (image) == NULL)
    return FALSE;

  layout = get_layout (self, text, size, flags);
  set = get_set_glyphs (self, layout);
  if (!set->usable)
    return FALSE;

  /* The layout's top left corner, as move_to_layout () puts it. */
  y -= (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  color.red = (guint16) (CLAMP (red, 0, 1) * 65535.0 + 0.5);
  color.green = (guint16) (CLAMP (green, 0, 1) * 65535.0 + 0.5);
  color.blue = (guint16) (CLAMP (blue, 0, 1) * 65535.0 + 0.5);
  color.alpha = 0xffff;
  if (self->image != image)
    {
      g_clear_pointer (&self->pixman_image, pixman_image_unref);
      g_clear_pointer (&self->image, cairo_surface_destroy);
      self->image = cairo_surface_reference (image);
      self->pixman_image = pixman_image_create_bits (
        cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24 ? PIXMAN_x8r8g8b8
                                                                       : PIXMAN_a8r8g8b8,
        cairo_image_surface_get_width (image), cairo_image_surface_get_height (image),
        (uint32_t *) (gpointer) cairo_image_surface_get_data (image),
        cairo_image_surface_get_stride (image));
    }
  source = pixman_image_create_solid_fill (&color);
  for (guint i = 0; i < set->n_glyphs; i++)
    {
      const SetGlyph *glyph = &set->glyphs[i];
      int size_px = pixman_image_get_width (glyph->mask->image);
      /* cairo's image backend rounds a glyph's position to the nearest
       * pixel, halves up. */
      int gx = (int) floor (x + glyph->x + 0.5) - glyph->mask->origin;
      int gy = (int) floor (y + glyph->y + 0.5) - glyph->mask->origin;

      pixman_image_composite32 (PIXMAN_OP_OVER, source, glyph->mask->image, self->pixman_image,
                                0, 0, 0, 0, gx, gy, size_px, size_px);
    }
  pixman_image_unref (source);

  return TRUE;
}
