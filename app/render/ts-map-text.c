/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-text"

#include "config.h"

#include <pango/pangocairo.h>

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
};

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
