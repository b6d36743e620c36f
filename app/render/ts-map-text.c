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
};

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

  return self;
}

void
ts_map_text_free (TsMapText *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->context);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
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
