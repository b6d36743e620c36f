/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pixman.h>

#include "ts-map-layer.h"

G_BEGIN_DECLS

/* On an image, most markers look alike: a thousand discs of a few sizes,
 * a thousand badges of a few widths. Each look is drawn once into a small
 * picture (a sprite), at a quarter-pixel step of where it falls within a
 * pixel, and then copied where it goes, which costs a tenth of drawing
 * it (the marker layer's; PDF and SVG, scaled or rotated drawings draw
 * every marker). The bands of a drawing (ctx->bands) share them. */

/* Draws a look at (x, y) onto @cr. */
typedef void (*TsMapSpriteDrawFunc) (cairo_t            *cr,
                                     const TsMapContext *ctx,
                                     gconstpointer       data,
                                     double              x,
                                     double              y);

typedef struct
{
  GHashTable      *sprites; /* key → sprite */
  /* Where the bands of a drawing share the sprites (ctx->bands), the
   * bands' lock, and the condition a band waits on for a sprite another
   * is drawing; else NULL. */
  GMutex          *lock;
  GCond           *made;
  cairo_matrix_t   matrix;  /* user to device: a translation */
  /* The image drawn on, when sprites are copied onto it by pixman rather
   * than through cairo (whose every fill costs more than the copy): when
   * it is @cr's own target, not clipped. Cairo is told of each run of
   * copies before it draws again. (@offset_x, @offset_y) is its device
   * offset (a band's image begins at the band's first row). */
  cairo_surface_t *target;
  pixman_image_t  *direct;
  int              offset_x;
  int              offset_y;
  gboolean         copying;
} TsMapSprites;

/* FALSE where @cr does not draw pixel for pixel onto an image: no sprites. */
gboolean ts_map_sprites_init        (TsMapSprites        *sprites,
                                     cairo_t             *cr,
                                     const TsMapContext  *ctx);
/* For making the bands' sprites (ctx->bands) ahead of them, where cairo's
 * user space is @matrix from the device's: FALSE when no sprites. */
gboolean ts_map_sprites_init_shared (TsMapSprites         *sprites,
                                     const cairo_matrix_t *matrix,
                                     const TsMapContext   *ctx);
/* Before cairo draws on the target again. */
void     ts_map_sprites_end_copying (TsMapSprites        *sprites);
void     ts_map_sprites_clear       (TsMapSprites        *sprites);
/* Draws what @draw draws at (x, y), within @extent pixels of it, through
 * the sprite of @key at that position within a pixel. */
void     ts_map_sprites_paint       (TsMapSprites        *sprites,
                                     cairo_t             *cr,
                                     const TsMapContext  *ctx,
                                     const char          *key,
                                     int                  extent,
                                     TsMapSpriteDrawFunc  draw,
                                     gconstpointer        data,
                                     double               x,
                                     double               y);

/* Makes the sprite that ts_map_sprites_paint () would paint at (x, y),
 * without painting it. */
void     ts_map_sprites_make        (TsMapSprites        *sprites,
                                     const TsMapContext  *ctx,
                                     const char          *key,
                                     int                  extent,
                                     TsMapSpriteDrawFunc  draw,
                                     gconstpointer        data,
                                     double               x,
                                     double               y);

G_END_DECLS
