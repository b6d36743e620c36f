/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: the CPU time of drawing the map of the shipped dataset, as
 * the map view's worker threads and the exports draw it, in the thread
 * that draws (so that other programs on the machine weigh less): the first
 * drawing of the process (fonts found and loaded), the first drawings of
 * three new threads, then the median of N_RUNS more onto an image
 * (1600×1000, PNG's surface), a PDF and an SVG written to nowhere.
 *
 * Then label placement at 100 000 places (a made-up scene over Central
 * Asia: the markers taken as obstacles, then every name placed), and, with
 * DATABASE (a store made by `tests/bench-store N DATABASE`), the map of
 * that store: the scene built from the matches, a drawing, and the
 * briefing cover's map (scene, drawing and PNG), for every record and for
 * a search (ONLY=cover: the cover's map alone, RUNS times, its wall time
 * (#17's target) with the CPU time of its thread and of every thread, the
 * pictures
 * written to $COVER_PNG-all.png and -search.png when that is set;
 * ONLY=scene: the cover's scene alone, every thread's CPU time, SPLIT=0
 * or 1 counting the places in one thread or two whatever their number).
 * `ninja -C _build tests/bench-map-render`, then
 * `LANG=C.UTF-8 LANGUAGE=zh_CN _build/tests/bench-map-render [DATABASE]`. */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "model-test-utils.h"
#include "ts-briefing-private.h"
#include "ts-map-labels.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder-private.h"
#include "ts-store.h"

#define WIDTH 1600
#define HEIGHT 1000
#define N_RUNS 15
#define N_PLACES 100000
#define N_STORE_RUNS 5

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

/* The CPU time of every thread of the process: the cover's PNG is
 * deflated in two threads. */
static double
process_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

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

static double
median_of (double *times,
           guint   n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

/* A made-up scene of @n places over Kyrgyzstan and its neighbours (a
 * pseudo-random spread, the same every run), one route across it. */
static TsMapScene *
new_crowded_scene (guint n)
{
  TsMapScene *scene = ts_map_scene_new ();
  const TsMapPoint route[] = { { 41.1, 72.5 }, { 40.5, 73.1 }, { 40.0, 75.5 }, { 39.5, 76.0 } };
  GRand *rand = g_rand_new_with_seed (1729);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("place/p%u", i);
      g_autofree char *label = g_strdup_printf ("Place %u", i);

      ts_map_scene_add_marker (scene, id, label, g_rand_double_range (rand, 38.5, 43.5),
                               g_rand_double_range (rand, 69.0, 81.0),
                               1 + g_rand_int_range (rand, 0, 20), 0, i % 50 == 0);
    }
  ts_map_scene_add_route (scene, "project/route", "Railway", route, G_N_ELEMENTS (route));
  g_rand_free (rand);

  return scene;
}

/* What the marker layer's label pass does, alone: every marker taken as an
 * obstacle, then each name placed around its marker (text measured with
 * Pango, as on a map). Returns the thread's CPU time in ms; the number of
 * names placed in @n_placed. */
static double
place_labels_once (TsMapRenderer *renderer,
                   TsMapScene    *scene,
                   guint         *n_placed)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const TsMapStyle *style = ts_map_style_get_default ();
  TsMapText *text;
  TsMapLabels *labels;
  TsView view;
  double start;

  ts_map_renderer_set_size (renderer, WIDTH, HEIGHT);
  ts_map_renderer_get_projected_view (renderer, &view);
  text = ts_map_text_new (cr, style->font_family);
  /* The text of a label set once before: the fonts are found. */
  ts_map_text_measure (text, "Place", 11, TS_MAP_TEXT_REGULAR, &(TsMapTextExtents) { 0 });

  start = thread_cpu_ms ();
  labels = ts_map_labels_new (WIDTH, HEIGHT, text);
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);
      double x, y, r = ts_map_style_marker_radius (style, marker);

      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
      ts_map_labels_reserve (labels, &(TsLabelBox) { x - r, y - r, x + r, y + r });
    }
  *n_placed = 0;
  for (guint i = 0; i < ts_map_scene_get_n_markers (scene); i++)
    {
      const TsMapMarker *marker = ts_map_scene_get_marker (scene, i);
      double x, y;

      ts_view_lonlat_to_pixel (&view, marker->lon, marker->lat, &x, &y);
      if (ts_map_labels_place_around (labels, marker->label, x, y,
                                      ts_map_style_marker_radius (style, marker), 11, FALSE,
                                      &style->text))
        (*n_placed)++;
    }
  ts_map_labels_free (labels);
  start = thread_cpu_ms () - start;

  ts_map_text_free (text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return start;
}

static void
bench_crowded (TsBasemap *basemap)
{
  g_autoptr(TsMapScene) scene = new_crowded_scene (N_PLACES);
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  double times[N_STORE_RUNS];
  guint n_placed = 0;

  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, WIDTH, HEIGHT, MIN (WIDTH, HEIGHT) * 0.12);
  for (guint i = 0; i < N_STORE_RUNS; i++)
    times[i] = place_labels_once (renderer, scene, &n_placed);
  printf ("\n%u places at %ux%u: label placement median %7.1f ms CPU (%u names placed)\n",
          N_PLACES, WIDTH, HEIGHT, median_of (times, N_STORE_RUNS), n_placed);
  /* Drawing a hundred thousand markers takes seconds: once is enough. */
  if (g_getenv ("ONLY") == NULL || g_str_equal (g_getenv ("ONLY"), "crowded-drawing"))
    printf ("%u places at %ux%u: whole drawing %7.1f ms CPU\n",
            N_PLACES, WIDTH, HEIGHT, draw_once (renderer, SURFACE_IMAGE));
}

/* The map of a store: the scene from the matches of @text, a drawing of
 * it, and the briefing cover's map of the same scope. */
static void
bench_store_scope (TsDataset  *dataset,
                   TsBasemap  *basemap,
                   const char *text)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsMatches) matches = NULL;
  g_autoptr(TsExportData) data = NULL;
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(TsMapRenderer) renderer = ts_map_renderer_new (basemap);
  double scenes[N_STORE_RUNS], draws[N_STORE_RUNS], covers[N_STORE_RUNS];
  double lists[N_STORE_RUNS], walls[N_STORE_RUNS];

  ts_query_set_text (query, text);
  matches = ts_matches_new (dataset, query);
  /* The window's matches have their search texts gathered by then. */
  while (ts_matches_is_indexing (matches))
    g_main_context_iteration (NULL, FALSE);
  data = ts_export_data_new (dataset, query);

  for (guint i = 0; i < N_STORE_RUNS; i++)
    {
      double start = thread_cpu_ms ();
      g_autoptr(GPtrArray) listed = NULL;
      g_autoptr(GBytes) png = NULL;
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&listed, g_ptr_array_unref);
      listed = ts_matches_list_matched (matches);
      lists[i] = thread_cpu_ms () - start;

      start = thread_cpu_ms ();
      g_clear_object (&scene);
      scene = ts_map_scene_new_from_matches (matches);
      scenes[i] = thread_cpu_ms () - start;

      ts_map_renderer_set_scene (renderer, scene);
      ts_map_renderer_fit (renderer, WIDTH, HEIGHT, MIN (WIDTH, HEIGHT) * 0.12);
      draws[i] = draw_once (renderer, SURFACE_IMAGE);

      start = thread_cpu_ms ();
      walls[i] = g_get_monotonic_time ();
      png = _ts_briefing_render_map (data, basemap, 1840, 1100, &error);
      g_assert_no_error (error);
      covers[i] = thread_cpu_ms () - start;
      walls[i] = (g_get_monotonic_time () - walls[i]) / 1000.0;
    }
  printf ("\nscope “%s”: %u markers, %u routes, %u arcs\n", text,
          ts_map_scene_get_n_markers (scene), ts_map_scene_get_n_routes (scene),
          ts_map_scene_get_n_arcs (scene));
  printf ("  matched records listed        median %7.1f ms CPU\n",
          median_of (lists, N_STORE_RUNS));
  printf ("  scene from the matches        median %7.1f ms CPU\n",
          median_of (scenes, N_STORE_RUNS));
  printf ("  drawing %ux%u (image)       median %7.1f ms CPU\n", WIDTH, HEIGHT,
          median_of (draws, N_STORE_RUNS));
  /* The target of #17 is the cover map's wall time: it is drawn on more
   * than one thread. */
  printf ("  briefing cover map (PNG)      median %7.1f ms wall, %7.1f ms CPU of its thread\n",
          median_of (walls, N_STORE_RUNS), median_of (covers, N_STORE_RUNS));

  /* Of which: the drawing at the cover's size, and the PNG encoding (the
   * picture drawn again and encoded, less the drawing). */
  {
    double encodes[N_STORE_RUNS], cover_draws[N_STORE_RUNS], cairo_encodes[N_STORE_RUNS];

    ts_map_renderer_set_show_legend (renderer, TRUE);
    ts_map_renderer_set_emphasize_ties (renderer, TRUE);
    ts_map_renderer_fit_clear_of_legend (renderer, 1840, 1100, 110);
    for (guint i = 0; i < N_STORE_RUNS; i++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1840, 1100);
        cairo_t *cr = cairo_create (surface);
        double start = thread_cpu_ms ();

        ts_map_renderer_draw (renderer, cr, 1840, 1100);
        cairo_surface_flush (surface);
        cover_draws[i] = thread_cpu_ms () - start;
        start = thread_cpu_ms ();
        cairo_surface_write_to_png_stream (surface, discard, NULL);
        cairo_encodes[i] = thread_cpu_ms () - start;
        start = thread_cpu_ms ();
        {
          g_autoptr(GBytes) png = ts_map_renderer_render_to_png (renderer, 1840, 1100, NULL);

          encodes[i] = thread_cpu_ms () - start - cover_draws[i];
        }
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
    printf ("    of which drawing 1840x1100  median %7.1f ms CPU\n",
            median_of (cover_draws, N_STORE_RUNS));
    printf ("    of which PNG encoding       median %7.1f ms CPU (drawing again, less the above)\n",
            median_of (encodes, N_STORE_RUNS));
    printf ("    (cairo's PNG writer: median %7.1f ms CPU)\n",
            median_of (cairo_encodes, N_STORE_RUNS));
  }
}

static TsRecord *
lookup_in_export (gpointer    user_data,
                  const char *id)
{
  return ts_export_data_lookup (user_data, id);
}

/* The briefing cover's map alone, @n_runs times (ONLY=cover): what the
 * export's worker thread does for it, with its thread's CPU time; the
 * last picture is written to $COVER_PNG-@name.png when that is set. */
static void
bench_cover (TsDataset  *dataset,
             TsBasemap  *basemap,
             const char *text,
             const char *name,
             guint       n_runs)
{
  g_autoptr(TsQuery) query = ts_query_new ();
  g_autoptr(TsExportData) data = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree double *cpu = g_new (double, n_runs);
  g_autofree double *walls = g_new (double, n_runs);
  g_autofree double *process = g_new (double, n_runs);
  double median, wall_median;

  ts_query_set_text (query, text);
  data = ts_export_data_new (dataset, query);
  for (guint i = 0; i < n_runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = thread_cpu_ms ();
      double process_start = process_cpu_ms ();
      gint64 wall = g_get_monotonic_time ();

      g_clear_pointer (&png, g_bytes_unref);
      png = _ts_briefing_render_map (data, basemap, 1840, 1100, &error);
      g_assert_no_error (error);
      cpu[i] = thread_cpu_ms () - start;
      process[i] = process_cpu_ms () - process_start;
      walls[i] = (g_get_monotonic_time () - wall) / 1000.0;
    }
  median = median_of (cpu, n_runs);
  wall_median = median_of (walls, n_runs);
  /* The wall time is the target's figure (the cover is drawn on more than
   * one thread); the CPU times weigh other programs on the machine less. */
  printf ("cover map “%s”: wall median %6.1f ms, min %6.1f; its thread's CPU median %6.1f ms, "
          "min %6.1f; every thread's CPU median %6.1f ms; %zu bytes\n",
          text, wall_median, walls[0], median, cpu[0],
          median_of (process, n_runs), g_bytes_get_size (png));
  if (g_getenv ("COVER_PNG") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s-%s.png", g_getenv ("COVER_PNG"), name);

      g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL);
    }
}

/* The cover map's scene alone (ONLY=scene): the records the cover's map
 * takes from the export (ts-briefing-map.c), counted into a scene @n_runs
 * times; every thread's CPU time, since the places are counted in two. */
static void
bench_cover_scene (TsDataset *dataset,
                   guint      n_runs)
{
  g_autoptr(TsExportData) data = ts_export_data_new (dataset, NULL);
  g_autoptr(GPtrArray) records = _ts_briefing_map_records (data);
  g_autofree double *process = g_new (double, n_runs);
  g_autofree double *walls = g_new (double, n_runs);

  for (guint i = 0; i < n_runs; i++)
    {
      g_autoptr(TsMapScene) scene = NULL;
      double start = process_cpu_ms ();
      gint64 wall = g_get_monotonic_time ();

      if (g_getenv ("SPLIT") != NULL)
        scene = _ts_map_scene_new_from_records_split (records, lookup_in_export, data,
                                                      atoi (g_getenv ("SPLIT")));
      else
        scene = ts_map_scene_new_from_records (records, lookup_in_export, data);
      process[i] = process_cpu_ms () - start;
      walls[i] = (g_get_monotonic_time () - wall) / 1000.0;
    }
  printf ("cover map's scene (%u records): wall median %6.1f ms; every thread's CPU median "
          "%6.1f ms\n", records->len, median_of (walls, n_runs), median_of (process, n_runs));
}

static void
bench_store (const char *path,
             TsBasemap  *basemap)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TsStore) store = ts_store_open (path, &error);
  TsDataset *dataset;

  if (store == NULL)
    g_error ("%s", error->message);
  dataset = ts_store_get_dataset (store);
  printf ("\nstore: %s (%u records)\n", path, ts_dataset_get_n_records (dataset));
  if (g_strcmp0 (g_getenv ("ONLY"), "cover") == 0)
    {
      guint n_runs = g_getenv ("RUNS") != NULL ? atoi (g_getenv ("RUNS")) : 15;

      bench_cover (dataset, basemap, "", "all", MAX (n_runs, 1));
      bench_cover (dataset, basemap, "talks number 42", "search", MAX (n_runs, 1));
      return;
    }
  if (g_strcmp0 (g_getenv ("ONLY"), "scene") == 0)
    {
      guint n_runs = g_getenv ("RUNS") != NULL ? atoi (g_getenv ("RUNS")) : 15;

      bench_cover_scene (dataset, MAX (n_runs, 1));
      return;
    }
  bench_store_scope (dataset, basemap, "");
  bench_store_scope (dataset, basemap, "talks number 42");
}

static void
bench_shipped (TsMapRenderer *renderer)
{
  static const char *names[] = { "image", "PDF", "SVG" };

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
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dataset_path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "dataset",
                                                    "tianshan.json", NULL);
  g_autofree char *basemap_path = g_build_filename (TS_TESTS_SRCDIR, "..", "data", "basemap",
                                                    "basemap.json", NULL);
  g_autoptr(TsDataset) dataset = model_test_load_dataset (dataset_path);
  g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TsBasemap) basemap = ts_basemap_new_from_file (basemap_path, &error);
  g_autoptr(TsMapRenderer) renderer = NULL;
  const char *only;

  g_assert_no_error (error);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_fit (renderer, WIDTH, HEIGHT, MIN (WIDTH, HEIGHT) * 0.12);

  /* ONLY=shipped, crowded or store runs one part. */
  only = g_getenv ("ONLY");
  if (only == NULL || g_str_equal (only, "shipped"))
    bench_shipped (renderer);
  if (only == NULL || g_str_has_prefix (only, "crowded"))
    bench_crowded (basemap);
  if (argc > 1 && (only == NULL || g_str_equal (only, "store") || g_str_equal (only, "cover")
                   || g_str_equal (only, "scene")))
    bench_store (argv[1], basemap);

  return 0;
}
