/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-sprites"

#include "config.h"

#include <math.h>

#include "ts-map-sprites.h"

/* Each look at a quarter-pixel step of where it falls within a pixel: at
 * most an eighth of a pixel from where it is, which no eye tells from
 * where it is, and a quarter of the looks an eighth-pixel step made
 * (drawing them was most of what the marker layer of a briefing's cover
 * cost: 546 looks at 100 000 records). */
#define SPRITE_STEPS 4

typedef struct
{
  cairo_surface_t *surface;
  pixman_image_t  *image;   /* the same pixels, for pixman */
  gboolean         made;    /* drawn: until then, another band waits */
} Sprite;

static void
free_sprite (gpointer data)
{
  Sprite *sprite = data;

  g_clear_pointer (&sprite->image, pixman_image_unref);
  g_clear_pointer (&sprite->surface, cairo_surface_destroy);
  g_free (sprite);
}

/* Whether @cr draws on all of @target, unclipped. */
static gboolean
is_unclipped (cairo_t              *cr,
              cairo_surface_t      *target,
              const cairo_matrix_t *matrix,
              double                offset_x,
              double                offset_y)
{
  cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);
  gboolean whole = FALSE;

  if (list->status == CAIRO_STATUS_SUCCESS && list->num_rectangles == 1)
    {
      const cairo_rectangle_t *r = &list->rectangles[0];
      double x = r->x + matrix->x0 + offset_x, y = r->y + matrix->y0 + offset_y;

      whole = x <= 0 && y <= 0
              && x + r->width >= cairo_image_surface_get_width (target)
              && y + r->height >= cairo_image_surface_get_height (target);
    }
  cairo_rectangle_list_destroy (list);

  return whole;
}

gboolean
ts_map_sprites_init (TsMapSprites       *sprites,
                     cairo_t            *cr,
                     const TsMapContext *ctx)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  double sx, sy, ox, oy;

  *sprites = (TsMapSprites) { NULL, };
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &sprites->matrix);
  if (sx != 1 || sy != 1 || sprites->matrix.xx != 1 || sprites->matrix.yy != 1
      || sprites->matrix.xy != 0 || sprites->matrix.yx != 0)
    return FALSE;
  if (ctx->bands != NULL)
    {
      sprites->lock = &ctx->bands->lock;
      sprites->made = &ctx->bands->made;
      g_mutex_lock (sprites->lock);
      if (ctx->bands->sprites == NULL)
        ctx->bands->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                     free_sprite);
      sprites->sprites = g_hash_table_ref (ctx->bands->sprites);
      g_mutex_unlock (sprites->lock);
    }
  else
    sprites->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_sprite);

  /* A band's image is offset by the band's first row; no other image is
   * copied onto where it is offset. */
  cairo_surface_get_device_offset (target, &ox, &oy);
  if (target == cairo_get_target (cr)
      && (ctx->bands != NULL ? ox == floor (ox) && oy == floor (oy) : ox == 0 && oy == 0)
      && cairo_get_operator (cr) == CAIRO_OPERATOR_OVER
      && sprites->matrix.x0 == floor (sprites->matrix.x0)
      && sprites->matrix.y0 == floor (sprites->matrix.y0)
      && (cairo_image_surface_get_format (target) == CAIRO_FORMAT_RGB24
          || cairo_image_surface_get_format (target) == CAIRO_FORMAT_ARGB32)
      && is_unclipped (cr, target, &sprites->matrix, ox, oy))
    {
      cairo_surface_flush (target);
      sprites->target = target;
      sprites->offset_x = (int) ox;
      sprites->offset_y = (int) oy;
      sprites->direct = pixman_image_create_bits (
        cairo_image_surface_get_format (target) == CAIRO_FORMAT_RGB24 ? PIXMAN_x8r8g8b8
                                                                        : PIXMAN_a8r8g8b8,
        cairo_image_surface_get_width (target), cairo_image_surface_get_height (target),
        (uint32_t *) (gpointer) cairo_image_surface_get_data (target),
        cairo_image_surface_get_stride (target));
    }

  return TRUE;
}

void
ts_map_sprites_end_copying (TsMapSprites *sprites)
{
  if (sprites->copying)
    {
      cairo_surface_mark_dirty (sprites->target);
      sprites->copying = FALSE;
    }
}

void
ts_map_sprites_clear (TsMapSprites *sprites)
{
  ts_map_sprites_end_copying (sprites);
  g_clear_pointer (&sprites->direct, pixman_image_unref);
  /* The bands' own is dropped by the renderer once they are all drawn. */
  g_clear_pointer (&sprites->sprites, g_hash_table_unref);
}

gboolean
ts_map_sprites_init_shared (TsMapSprites         *sprites,
                            const cairo_matrix_t *matrix,
                            const TsMapContext   *ctx)
{
  *sprites = (TsMapSprites) { NULL, };
  if (ctx->bands == NULL || matrix->xx != 1 || matrix->yy != 1 || matrix->xy != 0
      || matrix->yx != 0)
    return FALSE;
  sprites->matrix = *matrix;
  sprites->lock = &ctx->bands->lock;
  sprites->made = &ctx->bands->made;
  g_mutex_lock (sprites->lock);
  if (ctx->bands->sprites == NULL)
    ctx->bands->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_sprite);
  sprites->sprites = g_hash_table_ref (ctx->bands->sprites);
  g_mutex_unlock (sprites->lock);

  return TRUE;
}

/* A sprite's pixels are read by pixman in each band's thread: pixman works
 * out what it needs of an image on its first use, here, before they do. */
static void
prepare_for_bands (pixman_image_t *image)
{
  uint32_t pixel = 0;
  pixman_image_t *scratch = pixman_image_create_bits (PIXMAN_a8r8g8b8, 1, 1, &pixel, 4);

  pixman_image_composite32 (PIXMAN_OP_OVER, image, NULL, scratch, 0, 0, 0, 0, 0, 0, 1, 1);
  pixman_image_unref (scratch);
}

/* The sprite of @key at @fx, @fy quarters of a pixel into its centre
 * pixel, drawn by @draw if it was not yet; where the bands share the
 * sprites, drawn by the first band to need it, while the other waits for
 * it if it needs it too: each look is drawn once a drawing. */
static Sprite *
get_sprite (const TsMapContext  *ctx,
            TsMapSprites        *sprites,
            const char          *key,
            int                  extent,
            TsMapSpriteDrawFunc  draw,
            gconstpointer        data,
            int                  fx,
            int                  fy)
{
  int size = 2 * extent + 1;
  char *full_key = g_strdup_printf ("%s %d %d", key, fx, fy);
  Sprite *sprite;
  cairo_t *sprite_cr;

  if (sprites->lock != NULL)
    g_mutex_lock (sprites->lock);
  sprite = g_hash_table_lookup (sprites->sprites, full_key);
  if (sprite != NULL)
    {
      if (sprites->lock != NULL)
        {
          while (!sprite->made)
            g_cond_wait (sprites->made, sprites->lock);
          g_mutex_unlock (sprites->lock);
        }
      g_free (full_key);
      return sprite;
    }
  sprite = g_new0 (Sprite, 1);
  g_hash_table_insert (sprites->sprites, full_key, sprite);
  if (sprites->lock != NULL)
    g_mutex_unlock (sprites->lock);

  sprite->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  sprite_cr = cairo_create (sprite->surface);
  draw (sprite_cr, ctx, data, extent + (double) fx / SPRITE_STEPS,
        extent + (double) fy / SPRITE_STEPS);
  cairo_destroy (sprite_cr);
  cairo_surface_flush (sprite->surface);
  sprite->image = pixman_image_create_bits (
    PIXMAN_a8r8g8b8, size, size,
    (uint32_t *) (gpointer) cairo_image_surface_get_data (sprite->surface),
    cairo_image_surface_get_stride (sprite->surface));

  if (sprites->lock != NULL)
    {
      prepare_for_bands (sprite->image);
      g_mutex_lock (sprites->lock);
      sprite->made = TRUE;
      g_cond_broadcast (sprites->made);
      g_mutex_unlock (sprites->lock);
    }
  else
    sprite->made = TRUE;

  return sprite;
}

/* Where (@x, @y) falls: the device pixel (@ix, @iy) and the step within
 * it (@fx, @fy) of the sprite drawn there. */
static void
get_position (const TsMapSprites *sprites,
              double              x,
              double              y,
              double             *ix,
              double             *iy,
              int                *fx,
              int                *fy)
{
  double dx = x + sprites->matrix.x0, dy = y + sprites->matrix.y0;

  *ix = floor (dx);
  *iy = floor (dy);
  *fx = (int) round ((dx - *ix) * SPRITE_STEPS);
  *fy = (int) round ((dy - *iy) * SPRITE_STEPS);
  if (*fx == SPRITE_STEPS)
    (*ix)++, *fx = 0;
  if (*fy == SPRITE_STEPS)
    (*iy)++, *fy = 0;
}

void
ts_map_sprites_make (TsMapSprites        *sprites,
                     const TsMapContext  *ctx,
                     const char          *key,
                     int                  extent,
                     TsMapSpriteDrawFunc  draw,
                     gconstpointer        data,
                     double               x,
                     double               y)
{
  double ix, iy;
  int fx, fy;

  get_position (sprites, x, y, &ix, &iy, &fx, &fy);
  get_sprite (ctx, sprites, key, extent, draw, data, fx, fy);
}

void
ts_map_sprites_paint (TsMapSprites        *sprites,
                      cairo_t             *cr,
                      const TsMapContext  *ctx,
                      const char          *key,
                      int                  extent,
                      TsMapSpriteDrawFunc  draw,
                      gconstpointer        data,
                      double               x,
                      double               y)
{
  double ix, iy;
  int fx, fy;
  int size = 2 * extent + 1;
  Sprite *sprite;

  get_position (sprites, x, y, &ix, &iy, &fx, &fy);
  /* A band's image holds its rows alone: a sprite none of whose rows are
   * there is left to the band whose they are. */
  if (ctx->bands != NULL && sprites->direct != NULL
      && (iy - extent + sprites->offset_y >= cairo_image_surface_get_height (sprites->target)
          || iy + extent + 1 + sprites->offset_y <= 0))
    return;
  sprite = get_sprite (ctx, sprites, key, extent, draw, data, fx, fy);

  /* A whole number of pixels from the sprite's place. */
  ix -= extent;
  iy -= extent;
  if (sprites->direct != NULL)
    {
      sprites->copying = TRUE;
      pixman_image_composite32 (PIXMAN_OP_OVER, sprite->image, NULL, sprites->direct,
                                0, 0, 0, 0, (int32_t) ix + sprites->offset_x,
                                (int32_t) iy + sprites->offset_y, size, size);
      return;
    }
  ix -= sprites->matrix.x0;
  iy -= sprites->matrix.y0;
  cairo_set_source_surface (cr, sprite->surface, ix, iy);
  cairo_rectangle (cr, ix, iy, size, size);
  cairo_fill (cr);
}
