/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the map renderer's tests share: the basemap from the source tree,
 * and a renderer's picture drawn onto an image or through a recording
 * replayed onto one (as PDF and SVG are drawn: no sprites, no masks). */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "ts-basemap.h"
#include "ts-map-renderer.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

static inline TsBasemap *
render_test_load_basemap (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "basemap",
                                                 "basemap.json", NULL);
  g_autoptr(GError) error = NULL;
  TsBasemap *basemap = ts_basemap_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (basemap);

  return basemap;
}

static inline cairo_surface_t *
render_test_draw_image (TsMapRenderer *renderer,
                        int            width,
                        int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  return surface;
}

static inline cairo_surface_t *
render_test_draw_recorded (TsMapRenderer *renderer,
                           int            width,
                           int            height)
{
  cairo_rectangle_t extents = { 0, 0, width, height };
  g_autoptr(cairo_surface_t) recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR,
                                                                         &extents);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_autoptr(cairo_t) cr = cairo_create (recording);
  g_autoptr(cairo_t) replay = cairo_create (surface);

  ts_map_renderer_draw (renderer, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_set_source_surface (replay, recording, 0, 0);
  cairo_paint (replay);
  cairo_surface_flush (surface);

  return surface;
}
