/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* What a picture shows, for the words of its messages ("Cannot save the
 * map as …"): whole sentences for each, so that translations can agree
 * with the noun. */
typedef enum
{
  TS_PICTURE_MAP,
  TS_PICTURE_TIMELINE,
} TsPictureKind;

/* Draws the picture onto @cr, @width × @height in user units. */
typedef void   (*TsPictureDrawFunc)     (gpointer  user_data,
                                         cairo_t  *cr,
                                         int       width,
                                         int       height);
/* (nullable): the picture said in words, put in an SVG's <desc> (with a
 * <title> naming the kind) for screen readers and search. */
typedef char * (*TsPictureDescribeFunc) (gpointer  user_data);

/* Rows @first to @end (not included) of the image being drawn are
 * drawn; called in the thread that drew them. */
typedef void   (*TsPictureRowsDoneFunc) (gpointer  rows_data,
                                         int       first,
                                         int       end);
/* (nullable): draws the picture as @draw does onto @cr, which draws on the
 * whole of an image, in bands of rows on several threads, calling
 * @rows_done once for each band (in its thread) once its rows are drawn,
 * the bands together covering every row once. Returns FALSE, having drawn
 * nothing, where it does not: @draw then draws the picture. */
typedef gboolean (*TsPictureDrawBandsFunc) (gpointer               user_data,
                                            cairo_t               *cr,
                                            int                    width,
                                            int                    height,
                                            TsPictureRowsDoneFunc  rows_done,
                                            gpointer               rows_data);

typedef struct
{
  TsPictureKind          kind;
  TsPictureDrawFunc      draw;
  TsPictureDescribeFunc  describe;
  gpointer               user_data;
  /* A PNG's rows are deflated by the thread that drew them, each band as
   * a part of the zlib stream. */
  TsPictureDrawBandsFunc draw_bands;
} TsPicture;

/* A picture written to a file or to memory, the same for the map and the
 * timeline: the format follows @path's extension (.png, .svg or .pdf), the
 * size is bounded, the file is written beside its target and renamed onto
 * it once complete (ts-export-file.h), and every error names the file. */
gboolean  ts_picture_render_to_file (const TsPicture  *picture,
                                     const char       *path,
                                     int               width,
                                     int               height,
                                     GError          **error);

/* The picture as a PNG in memory, drawn @scale times as large (for print,
 * where it shows at 1 / @scale of its size). */
GBytes   *ts_picture_render_to_png  (const TsPicture  *picture,
                                     int               width,
                                     int               height,
                                     int               scale,
                                     GError          **error);

/* @surface (an RGB24 image) as a PNG appended to @out: filtered and
 * deflated for pictures of mostly flat colour, several times faster than
 * cairo's writer. FALSE when zlib fails. */
gboolean  ts_picture_append_png     (cairo_surface_t  *surface,
                                     GByteArray       *out);

G_END_DECLS
