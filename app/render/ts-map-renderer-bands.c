/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-map-renderer"

/* The layers above the countries drawn in two bands of rows on two threads
 * (ts-map-renderer-private.h): the upper band in the calling thread, the
 * lower in a thread kept for it. */

#include "config.h"

#include "ts-map-renderer-private.h"

/* One band of a drawing: its rows of the target, drawn through an image
 * surface of its own over the same pixels (cairo keeps state in a surface
 * that two threads must not draw on at once). */
typedef struct
{
  TsMapRenderer      *self;
  const TsMapBanding *banding;
  cairo_surface_t    *image;
  cairo_t            *cr;        /* onto @image, as the drawing's context */
  int                 first;
  int                 end;
  TsMapContext        ctx;
  gboolean            own_text;  /* drawn in another thread, with its own */
  /* Set once drawn, in the band's thread. */
  GMutex              lock;
  GCond               cond;
  gboolean            finished;
} Band;

static void
draw_band (Band *band)
{
  g_autoptr(TsMapText) own_text = NULL;

  if (band->own_text)
    {
      /* Pango's font map is the thread's. */
      own_text = ts_map_text_new (band->cr, band->ctx.style->font_family);
      band->ctx.text = own_text;
    }

  _ts_map_renderer_draw_above_ground (band->self, band->cr, &band->ctx, TRUE);
  g_clear_pointer (&band->cr, cairo_destroy);
  cairo_surface_flush (band->image);
  if (band->banding->rows_done != NULL)
    band->banding->rows_done (band->banding->rows_data, band->first, band->end);
}

static void
run_band (gpointer data,
          gpointer user_data)
{
  Band *band = data;

  draw_band (band);
  g_mutex_lock (&band->lock);
  band->finished = TRUE;
  g_cond_signal (&band->cond);
  g_mutex_unlock (&band->lock);
}

/* One thread kept for the second band of every drawing: its font map (per
 * thread) stays loaded from one drawing to the next, as the calling
 * thread's does. NULL when no thread can be started. */
static GThreadPool *
get_band_pool (void)
{
  static GMutex lock;
  static GThreadPool *pool;
  static gboolean tried;
  GThreadPool *result;

  g_mutex_lock (&lock);
  if (!tried)
    {
      tried = TRUE;
      pool = g_thread_pool_new (run_band, NULL, 1, TRUE, NULL);
    }
  result = pool;
  g_mutex_unlock (&lock);

  return result;
}

gboolean
_ts_map_renderer_can_draw_bands (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clip;
  cairo_matrix_t matrix;
  double ox, oy, x0, y0, x1, y1;
  gboolean whole;

  cairo_get_matrix (cr, &matrix);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE
      || cairo_get_group_target (cr) != target
      || (cairo_image_surface_get_format (target) != CAIRO_FORMAT_RGB24
          && cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32)
      || matrix.xy != 0 || matrix.yx != 0)
    return FALSE;
  cairo_surface_get_device_offset (target, &ox, &oy);
  if (ox != 0 || oy != 0)
    return FALSE;

  clip = cairo_copy_clip_rectangle_list (cr);
  whole = clip->status == CAIRO_STATUS_SUCCESS && clip->num_rectangles == 1;
  cairo_rectangle_list_destroy (clip);
  if (!whole)
    return FALSE;
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);

  return MIN (x0, x1) <= 0 && MIN (y0, y1) <= 0
         && MAX (x0, x1) >= cairo_image_surface_get_width (target)
         && MAX (y0, y1) >= cairo_image_surface_get_height (target);
}

/* Each band's rows told of (deflated into a PNG, by the caller) in the
 * thread that drew them; what a band draws is what reaches its rows,
 * through a context clipped to them. */
gboolean
_ts_map_renderer_draw_bands (TsMapRenderer      *self,
                             cairo_t            *cr,
                             const TsMapContext *ctx,
                             const TsMapBanding *banding,
                             TsMapBands         *shared)
{
  cairo_surface_t *target = cairo_get_target (cr);
  int height = cairo_image_surface_get_height (target);
  int stride = cairo_image_surface_get_stride (target);
  guint8 *data = cairo_image_surface_get_data (target);
  GThreadPool *pool = get_band_pool ();
  Band band[2];
  int boundary;

  if (pool == NULL || data == NULL || height < 2)
    return FALSE;
  /* The second band's thread starts a little later and sets its names'
   * text again in its own Pango context (about 14 M instructions a
   * briefing cover): it takes a little fewer rows, so that the two end
   * together (callgrind of the covers at 100 000 records: at the middle,
   * 461 M against 515 M instructions). */
  boundary = banding->boundary >= 0 ? CLAMP (banding->boundary, 1, height - 1)
                                    : height * 103 / 200;

  cairo_surface_flush (target);
  cairo_clip_extents (cr, &shared->clip_x0, &shared->clip_y0, &shared->clip_x1,
                      &shared->clip_y1);
  for (guint i = 0; i < 2; i++)
    {
      band[i] = (Band) { self, banding, NULL, NULL, i == 0 ? 0 : boundary,
                         i == 0 ? boundary : height, *ctx, i > 0, };
      band[i].ctx.bands = shared;
      band[i].image = cairo_image_surface_create_for_data (
        data + (gsize) band[i].first * stride, cairo_image_surface_get_format (target),
        cairo_image_surface_get_width (target), band[i].end - band[i].first, stride);
      cairo_surface_set_device_offset (band[i].image, 0, -band[i].first);
      /* @cr's clip is one rectangle (_ts_map_renderer_can_draw_bands ()). */
      band[i].cr = _ts_map_renderer_copy_context (cr, band[i].image);
      g_assert (band[i].cr != NULL);
      g_mutex_init (&band[i].lock);
      g_cond_init (&band[i].cond);
    }

  if (!g_thread_pool_push (pool, &band[1], NULL))
    run_band (&band[1], NULL);
  draw_band (&band[0]);
  g_mutex_lock (&band[1].lock);
  while (!band[1].finished)
    g_cond_wait (&band[1].cond, &band[1].lock);
  g_mutex_unlock (&band[1].lock);

  for (guint i = 0; i < 2; i++)
    {
      cairo_surface_destroy (band[i].image);
      g_mutex_clear (&band[i].lock);
      g_cond_clear (&band[i].cond);
    }
  /* Drawn behind cairo's back. */
  cairo_surface_mark_dirty (target);

  return TRUE;
}
