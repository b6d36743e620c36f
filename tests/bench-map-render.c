/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: the CPU time of drawing the map of the shipped dataset, as
 * the map view's worker threads and the exports draw it, in the thread
 * that draws (so that other programs on the machine weigh less): the first
 * drawing of the process (fonts found and loaded), the first drawings of
 * three new threads, then the median of N_RUNS more onto an image
 * (1600×1000, PNG's surface), a PDF and an SVG written to nowhere.
 * `ninja -C _build tests/bench-map-render`, then
 * `LANG=C.UTF-8 LANGUAGE=zh_CN _build/tests/bench-map-render`. */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdio.h>
#include <time.h>

#include "model-test-utils.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder.h"

#define WIDTH 1600
#define HEIGHT 1000
#define N_RUNS 15

typedef enum
{
  SURFACE_IMAGE,
  SURFACE_PDF,
  SURFACE_SVG,
} SurfaceKind;

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
draw_once (TsMapRenderer *renderer,
           SurfaceKind    kind)
{
  double start = thread_cpu_ms ();
  cairo_surface_t *surface;
  cairo_t *cr;

  switch (kind)
    {
    case SURFACE_PDF:
      surface = cairo_pdf_surface_create_for_stream (discard, NULL, WIDTH, HEIGHT);
      break;

    case SURFACE_SVG:
      surface = cairo_svg_surface_create_for_stream (discard, NULL, WIDTH, HEIGHT);
      break;

    case SURFACE_IMAGE:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
      break;
    }
  cr = cairo_create (surface);
  ts_map_renderer_draw (renderer, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return thread_cpu_ms () - start;
}

/* The map view draws in worker threads: a thread's first drawing sets up
 * what a thread needs for text (Pango's font map is per thread). */
static gpointer
draw_in_new_thread (gpointer data)
{
  double *ms = g_new (double, 1);

  *ms = draw_once (data, SURFACE_IMAGE);

  return ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  static const char *names[] = { "image", "PDF", "SVG" };
  g_autofree char *dataset_path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                                    "tianshan.json", NULL);
  g_autofree char *basemap_path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "basemap",
                                                    "basemap.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (dataset_path);
  g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_file (basemap_path, &error);
  g_autoptr(TsMapRenderer) renderer = NULL;

  g_assert_no_error (error);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, WIDTH, HEIGHT, MIN (WIDTH, HEIGHT) * 0.12);

  printf ("first drawing of the process (image)   %7.1f ms CPU\n",
          draw_once (renderer, SURFACE_IMAGE));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree double *ms = g_thread_join (g_thread_new ("draw", draw_in_new_thread,
                                                           renderer));

      printf ("first drawing in a new thread (image)  %7.1f ms CPU\n", *ms);
    }
  for (SurfaceKind kind = SURFACE_IMAGE; kind <= SURFACE_SVG; kind++)
    {
      double times[N_RUNS];

      for (guint i = 0; i < N_RUNS; i++)
        times[i] = draw_once (renderer, kind);
      qsort (times, N_RUNS, sizeof (double), compare_doubles);
      printf ("%-5s %ux%u: median %7.1f ms CPU, min %7.1f, max %7.1f (%u drawings)\n",
              names[kind], WIDTH, HEIGHT, times[N_RUNS / 2], times[0], times[N_RUNS - 1],
              N_RUNS);
    }

  return 0;
}
