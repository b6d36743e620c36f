/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* How a run of text is set. */
typedef enum
{
  TS_MAP_TEXT_REGULAR = 0,
  TS_MAP_TEXT_BOLD    = 1 << 0,
  TS_MAP_TEXT_ITALIC  = 1 << 1,
} TsMapTextFlags;

/* A run of text's box, in user units. The logical box is what text is
 * placed by, the ink box (which may be empty) what it covers. */
typedef struct
{
  double width;      /* the logical box's: how far the text advances */
  double ascent;     /* from the logical box's top to the baseline */
  double height;     /* the logical box's */
  double ink_x;      /* the ink box, from the baseline origin */
  double ink_y;
  double ink_width;
  double ink_height;
} TsMapTextExtents;

/* The text of one drawing, set with Pango (pangocairo), so that every
 * script falls back to a font that has it: Chinese labels on a map in
 * Chinese, in the window and in PNG, SVG and PDF files alike. Measuring
 * and drawing go through the same layouts, so a label's box is the box of
 * the text drawn; a text measured again (labels are measured while they
 * are placed and again when drawn) is not set again.
 *
 * Made for one cairo_t, on the thread that draws: Pango's default font map
 * is per thread, and so is this. */
typedef struct _TsMapText TsMapText;

TsMapText *ts_map_text_new        (cairo_t           *cr,
                                   const char        *font_family);
void       ts_map_text_free       (TsMapText         *self);

void       ts_map_text_measure    (TsMapText         *self,
                                   const char        *text,
                                   double             size,
                                   TsMapTextFlags     flags,
                                   TsMapTextExtents  *extents);

/* A lower bound of @text's width (most of the sum of its characters'
 * widths, each measured once) and the ascent and height of its line, for
 * rejecting a label with no room before its text is set: TRUE when
 * @text is made of characters of scripts set a character after another
 * (Latin, Cyrillic, Greek, Han, kana, Hangul, digits and punctuation),
 * FALSE (and nothing known) for any other. */
gboolean   ts_map_text_estimate   (TsMapText         *self,
                                   const char        *text,
                                   double             size,
                                   TsMapTextFlags     flags,
                                   TsMapTextExtents  *extents);

/* Draws @text in the current source with its baseline origin at (x, y). */
void       ts_map_text_show       (TsMapText         *self,
                                   cairo_t           *cr,
                                   const char        *text,
                                   double             size,
                                   TsMapTextFlags     flags,
                                   double             x,
                                   double             y);

/* Adds the outline of @text, with its baseline origin at (x, y), to the
 * current path: for a halo around it. */
void       ts_map_text_path       (TsMapText         *self,
                                   cairo_t           *cr,
                                   const char        *text,
                                   double             size,
                                   TsMapTextFlags     flags,
                                   double             x,
                                   double             y);

/* Draws @text as ts_map_text_show () does, in an opaque colour, onto
 * @image (an RGB24 or ARGB32 image surface, (x, y) in its pixels,
 * flushed; the caller marks it dirty before cairo draws on it again), from
 * glyphs drawn once for the whole drawing rather than through Pango each
 * time: the same pixels, for a fraction of the cost. Returns FALSE,
 * drawing nothing, for text that is not one run of glyphs set left to
 * right: draw it with ts_map_text_show (). */
gboolean   ts_map_text_show_on_image (TsMapText        *self,
                                      cairo_surface_t  *image,
                                      double            red,
                                      double            green,
                                      double            blue,
                                      const char       *text,
                                      double            size,
                                      TsMapTextFlags    flags,
                                      double            x,
                                      double            y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsMapText, ts_map_text_free)

G_END_DECLS
