/* SPDX-License-Identifier: GPL-3.0-or-later */
/* TsLabelPlacer: greedy placement of label boxes, in priority order, on a
 * map with obstacles; its grid of buckets must give what testing every box
 * taken gives, in time about linear in the boxes. TsMapLabels, which
 * places the names of a map's places with it, must place the same names
 * as trying every position of every measured name. */

#include "config.h"

#include <math.h>
#include <time.h>

#include "ts-label-placer.h"
#include "ts-map-labels.h"

#define WIDTH 800
#define HEIGHT 600
#define INSET 2

static TsLabelBox
box_at (double x,
        double y,
        double w,
        double h)
{
  return (TsLabelBox) { x, y, x + w, y + h };
}

static gboolean
overlap (const TsLabelBox *a,
         const TsLabelBox *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static void
test_priority_order (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  /* Two labels that both want the spot right of the same point: the one
   * placed first gets it, the second its next choice. */
  TsLabelBox first[] = { box_at (100, 100, 60, 14), box_at (30, 100, 60, 14) };
  TsLabelBox second[] = { box_at (110, 104, 60, 14), box_at (110, 130, 60, 14) };

  g_assert_cmpint (ts_label_placer_place (placer, first, G_N_ELEMENTS (first), NULL, NULL), ==, 0);
  g_assert_cmpint (ts_label_placer_place (placer, second, G_N_ELEMENTS (second), NULL, NULL), ==, 1);
}

static void
test_first_free_candidate (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  TsLabelBox obstacle = box_at (200, 200, 20, 20);
  /* Right of the obstacle is taken by another obstacle, left is free,
   * above is free too but comes later. */
  TsLabelBox blocker = box_at (222, 195, 80, 30);
  TsLabelBox candidates[] = {
    box_at (224, 203, 50, 14), box_at (146, 203, 50, 14), box_at (185, 180, 50, 14),
  };
  const TsLabelBox *boxes;
  guint n_boxes;

  ts_label_placer_add_obstacle (placer, &obstacle);
  ts_label_placer_add_obstacle (placer, &blocker);
  g_assert_cmpint (ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates),
                                          NULL, NULL), ==, 1);

  /* The label's box is taken as given. */
  boxes = ts_label_placer_get_boxes (placer, &n_boxes);
  g_assert_cmpuint (n_boxes, ==, 3);
  g_assert_cmpfloat (boxes[2].x0, ==, candidates[1].x0);
  g_assert_cmpfloat (boxes[2].y1, ==, candidates[1].y1);
}

static void
test_dropped_when_no_room (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  TsLabelBox legend = box_at (10, 400, 200, 190);
  TsLabelBox candidates[] = {
    box_at (20, 420, 50, 14), box_at (150, 580, 50, 14), box_at (0, 300, 50, 14),
  };
  guint n_boxes;

  ts_label_placer_add_obstacle (placer, &legend);
  g_assert_cmpint (ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates),
                                          NULL, NULL), ==, -1);
  /* A dropped label takes no room. */
  ts_label_placer_get_boxes (placer, &n_boxes);
  g_assert_cmpuint (n_boxes, ==, 1);
  g_assert_cmpint (ts_label_placer_place (placer, candidates, 0, NULL, NULL), ==, -1);
}

static void
test_viewport (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  /* Boxes reaching into the inset margin or beyond the edges are refused;
   * boxes just at the inset are fine. */
  TsLabelBox refused[] = {
    box_at (1.5, 100, 50, 14),
    box_at (100, 1.9, 50, 14),
    box_at (WIDTH - 51, 100, 50, 14),
    box_at (100, HEIGHT - 15, 50, 14),
    box_at (-30, -30, 50, 14),
    box_at (WIDTH + 10, 100, 50, 14),
    box_at (100, HEIGHT + 40, 50, 14),
    box_at (-100, -100, WIDTH + 200, HEIGHT + 200),
  };
  TsLabelBox at_inset[] = {
    box_at (INSET, INSET, 50, 14),
    box_at (WIDTH - INSET - 50, HEIGHT - INSET - 14, 50, 14),
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (ts_label_placer_is_free (placer, &refused[i]));
      g_assert_cmpint (ts_label_placer_place (placer, &refused[i], 1, NULL, NULL), ==, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (at_inset); i++)
    g_assert_cmpint (ts_label_placer_place (placer, &at_inset[i], 1, NULL, NULL), ==, 0);
}

static void
test_touching_is_free (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  TsLabelBox marker = box_at (300, 300, 20, 20);
  TsLabelBox right = box_at (320, 300, 40, 20);
  TsLabelBox below = box_at (300, 320, 20, 10);
  TsLabelBox one_pixel_in = box_at (280.5, 300, 20, 20);

  ts_label_placer_add_obstacle (placer, &marker);
  g_assert_true (ts_label_placer_is_free (placer, &right));
  g_assert_true (ts_label_placer_is_free (placer, &below));
  g_assert_false (ts_label_placer_is_free (placer, &one_pixel_in));
}

static void
test_obstacles_outside (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  /* A route's box half off the left edge still blocks what is next to
   * it; one wholly off the map blocks nothing. */
  TsLabelBox edge = box_at (-20, 100, 40, 40);
  TsLabelBox far = box_at (-500, -500, 100, 100);
  TsLabelBox huge = box_at (-1000, 500, 3000, 1000);
  TsLabelBox near_edge = box_at (5, 110, 30, 14);
  TsLabelBox corner = box_at (5, 5, 30, 14);
  TsLabelBox bottom = box_at (300, 580, 30, 14);

  ts_label_placer_add_obstacle (placer, &edge);
  ts_label_placer_add_obstacle (placer, &far);
  ts_label_placer_add_obstacle (placer, &huge);
  g_assert_false (ts_label_placer_is_free (placer, &near_edge));
  g_assert_true (ts_label_placer_is_free (placer, &corner));
  g_assert_false (ts_label_placer_is_free (placer, &bottom));
}

static gboolean
accept_odd (const TsLabelBox *box,
            guint             index,
            gpointer          user_data)
{
  GArray *asked = user_data;

  g_array_append_val (asked, index);

  return index % 2 == 1;
}

static void
test_accept_func (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  g_autoptr(GArray) asked = g_array_new (FALSE, FALSE, sizeof (guint));
  TsLabelBox taken = box_at (100, 100, 100, 100);
  /* 0 is free but not accepted, 1 is taken, 2 is free but not accepted,
   * 3 is free and accepted. */
  TsLabelBox candidates[] = {
    box_at (300, 100, 10, 10), box_at (150, 150, 10, 10),
    box_at (300, 200, 10, 10), box_at (300, 300, 10, 10),
  };

  ts_label_placer_add_obstacle (placer, &taken);
  g_assert_cmpint (ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates),
                                          accept_odd, asked), ==, 3);
  /* Only free candidates are offered. */
  g_assert_cmpuint (asked->len, ==, 3);
  g_assert_cmpuint (g_array_index (asked, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (asked, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (asked, guint, 2), ==, 3);
}

/* The reference: the same greedy placement, testing every box taken. */
typedef struct
{
  double  width;
  double  height;
  double  inset;
  GArray *boxes;
} Reference;

static gboolean
reference_is_free (Reference        *ref,
                   const TsLabelBox *box)
{
  if (box->x0 < ref->inset || box->y0 < ref->inset
      || box->x1 > ref->width - ref->inset || box->y1 > ref->height - ref->inset)
    return FALSE;

  for (guint i = 0; i < ref->boxes->len; i++)
    {
      if (overlap (&g_array_index (ref->boxes, TsLabelBox, i), box))
        return FALSE;
    }

  return TRUE;
}

static int
reference_place (Reference        *ref,
                 const TsLabelBox *candidates,
                 guint             n)
{
  for (guint i = 0; i < n; i++)
    {
      if (reference_is_free (ref, &candidates[i]))
        {
          g_array_append_val (ref->boxes, candidates[i]);
          return (int) i;
        }
    }

  return -1;
}

/* The positions around a point a map label tries, as the renderer's. */
static void
candidates_around (GRand      *rand,
                   double      cx,
                   double      cy,
                   TsLabelBox  candidates[8])
{
  double w = g_rand_double_range (rand, 8, 160);
  double h = g_rand_double_range (rand, 8, 18);
  double gap = g_rand_double_range (rand, 2, 22);
  const double positions[8][2] = {
    { cx + gap + 3, cy - h / 2 }, { cx - gap - 3 - w, cy - h / 2 },
    { cx - w / 2, cy - gap - 3 - h }, { cx - w / 2, cy + gap + 3 },
    { cx + gap + 1, cy - gap - 1 - h }, { cx + gap + 1, cy + gap + 1 },
    { cx - gap - 1 - w, cy - gap - 1 - h }, { cx - gap - 1 - w, cy + gap + 1 },
  };

  for (guint i = 0; i < 8; i++)
    candidates[i] = box_at (positions[i][0] - 1, positions[i][1] - 1, w + 2, h + 2);
}

static void
add_random_obstacles (GRand         *rand,
                      TsLabelPlacer *placer,
                      Reference     *ref,
                      double         width,
                      double         height)
{
  guint n = g_rand_int_range (rand, 0, 400);

  for (guint i = 0; i < n; i++)
    {
      /* Markers, route boxes and legends, some reaching off the map. */
      double x = g_rand_double_range (rand, -80, width + 80);
      double y = g_rand_double_range (rand, -80, height + 80);
      double w = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_double_range (rand, 40, 400)
                                                    : g_rand_double_range (rand, 1, 30);
      double h = g_rand_double_range (rand, 1, w < 40 ? 30 : 300);
      TsLabelBox box = box_at (x, y, w, h);

      ts_label_placer_add_obstacle (placer, &box);
      g_array_append_val (ref->boxes, box);
    }
}

static void
test_same_as_linear_scan (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  const double sizes[][2] = {
    { 800, 600 }, { 1600, 1000 }, { 300, 200 }, { 31, 17 }, { 5000, 3000 }, { 1, 1 },
  };
  guint n_placed = 0, n_dropped = 0;

  for (guint round = 0; round < 60; round++)
    {
      double width = sizes[round % G_N_ELEMENTS (sizes)][0];
      double height = sizes[round % G_N_ELEMENTS (sizes)][1];
      g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (width, height, INSET);
      g_autoptr(GArray) ref_boxes = g_array_new (FALSE, FALSE, sizeof (TsLabelBox));
      Reference ref = { width, height, INSET, ref_boxes };
      guint n_labels = g_rand_int_range (rand, 0, 600);
      const TsLabelBox *boxes;
      guint n_boxes;

      add_random_obstacles (rand, placer, &ref, width, height);
      for (guint i = 0; i < n_labels; i++)
        {
          TsLabelBox candidates[8];
          int expected;

          candidates_around (rand, g_rand_double_range (rand, -20, width + 20),
                             g_rand_double_range (rand, -20, height + 20), candidates);
          expected = reference_place (&ref, candidates, G_N_ELEMENTS (candidates));
          g_assert_cmpint (ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates),
                                                  NULL, NULL), ==, expected);
          if (expected < 0)
            n_dropped++;
          else
            n_placed++;
        }

      boxes = ts_label_placer_get_boxes (placer, &n_boxes);
      g_assert_cmpuint (n_boxes, ==, ref_boxes->len);
      g_assert_cmpmem (boxes, n_boxes * sizeof (TsLabelBox),
                       ref_boxes->data, ref_boxes->len * sizeof (TsLabelBox));
    }

  /* The rounds exercised both outcomes, plenty of times. */
  g_assert_cmpuint (n_placed, >, 1000);
  g_assert_cmpuint (n_dropped, >, 1000);
}

static void
test_placed_never_overlap (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (TsLabelBox));
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (TsLabelBox));

  for (guint i = 0; i < 200; i++)
    {
      TsLabelBox box = box_at (g_rand_double_range (rand, -10, WIDTH),
                               g_rand_double_range (rand, -10, HEIGHT), 12, 12);

      ts_label_placer_add_obstacle (placer, &box);
      g_array_append_val (obstacles, box);
    }
  for (guint i = 0; i < 2000; i++)
    {
      TsLabelBox candidates[8];
      int chosen;

      candidates_around (rand, g_rand_double_range (rand, 0, WIDTH),
                         g_rand_double_range (rand, 0, HEIGHT), candidates);
      chosen = ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates), NULL, NULL);
      if (chosen >= 0)
        g_array_append_val (placed, candidates[chosen]);
    }

  g_assert_cmpuint (placed->len, >, 50);
  for (guint i = 0; i < placed->len; i++)
    {
      const TsLabelBox *a = &g_array_index (placed, TsLabelBox, i);

      g_assert_cmpfloat (a->x0, >=, INSET);
      g_assert_cmpfloat (a->y0, >=, INSET);
      g_assert_cmpfloat (a->x1, <=, WIDTH - INSET);
      g_assert_cmpfloat (a->y1, <=, HEIGHT - INSET);
      for (guint j = i + 1; j < placed->len; j++)
        g_assert_false (overlap (a, &g_array_index (placed, TsLabelBox, j)));
      for (guint j = 0; j < obstacles->len; j++)
        g_assert_false (overlap (a, &g_array_index (obstacles, TsLabelBox, j)));
    }
}

/* A box with a NaN side (a point that did not project) overlaps nothing,
 * as plain comparisons have it; the grid must not trip over it. */
static void
test_nan_boxes (void)
{
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (WIDTH, HEIGHT, INSET);
  TsLabelBox nan_obstacle = { NAN, 100, NAN, 120 };
  TsLabelBox nan_label = { 100, NAN, 150, NAN };
  TsLabelBox label = box_at (100, 100, 50, 20);
  guint n_boxes;

  ts_label_placer_add_obstacle (placer, &nan_obstacle);
  g_assert_cmpint (ts_label_placer_place (placer, &label, 1, NULL, NULL), ==, 0);
  g_assert_cmpint (ts_label_placer_place (placer, &nan_label, 1, NULL, NULL), ==, 0);
  ts_label_placer_get_boxes (placer, &n_boxes);
  g_assert_cmpuint (n_boxes, ==, 3);
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Placing must take a few seconds at most on any machine (it takes a
 * fraction of one on the build machine), where testing every box taken
 * takes hours: a test that runs over fails at once. */
#define PLACING_BOUND 5.0

static int
compare_by_x0 (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const TsLabelBox *boxes = user_data;
  double x = boxes[*(const guint *) a].x0, y = boxes[*(const guint *) b].x0;

  return (x > y) - (x < y);
}

/* Places a name around each of @points (x, y, radius: a marker taken as
 * an obstacle before) with @placer; checks that none overlaps another or
 * anything taken before it. Returns how many found room. */
static guint
place_names (TsLabelPlacer *placer,
             GRand         *rand,
             GArray        *points,
             double         width,
             double         height)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (guint));
  const TsLabelBox *boxes;
  guint n_boxes, n_obstacles;
  double start = thread_cpu_seconds ();
  double seconds;

  ts_label_placer_get_boxes (placer, &n_obstacles);
  for (guint i = 0; i < points->len; i++)
    {
      const double *point = &g_array_index (points, double, 3 * i);
      TsLabelBox candidates[8];

      candidates_around (rand, point[0], point[1], candidates);
      if (ts_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates), NULL, NULL) >= 0)
        {
          guint index = n_obstacles + placed->len;

          g_array_append_val (placed, index);
        }
      if (i % 1000 == 0 && thread_cpu_seconds () - start > PLACING_BOUND)
        g_error ("placing %u names among %u obstacles took over %.0f s of CPU", i, n_obstacles,
                 PLACING_BOUND);
    }
  seconds = thread_cpu_seconds () - start;
  g_test_message ("%.0f × %.0f: placed %u of %u names among %u obstacles in %.3f s of CPU",
                  width, height, placed->len, points->len, n_obstacles, seconds);
  g_assert_cmpfloat (seconds, <, PLACING_BOUND);

  /* No name overlaps another or anything taken. With the boxes sorted by
   * their left sides, each name is compared with those whose left side is
   * less than the widest box away from its own. */
  boxes = ts_label_placer_get_boxes (placer, &n_boxes);
  g_assert_cmpuint (n_boxes, ==, n_obstacles + placed->len);
  {
    g_autofree guint *order = g_new (guint, n_boxes);
    double widest = 0;

    for (guint i = 0; i < n_boxes; i++)
      {
        order[i] = i;
        widest = MAX (widest, boxes[i].x1 - boxes[i].x0);
      }
    g_qsort_with_data (order, n_boxes, sizeof (guint), compare_by_x0, (gpointer) boxes);
    for (guint i = 0; i < placed->len; i++)
      {
        guint name = g_array_index (placed, guint, i);
        const TsLabelBox *a = &boxes[name];
        guint lo = 0, hi = n_boxes;

        /* The first box whose left side is past a->x0 - widest. */
        while (lo < hi)
          {
            guint mid = (lo + hi) / 2;

            if (boxes[order[mid]].x0 <= a->x0 - widest)
              lo = mid + 1;
            else
              hi = mid;
          }
        for (guint j = lo; j < n_boxes && boxes[order[j]].x0 < a->x1; j++)
          {
            if (order[j] != name)
              g_assert_false (overlap (a, &boxes[order[j]]));
          }
      }
  }
  for (guint i = 0; i < placed->len; i++)
    {
      const TsLabelBox *label = &boxes[g_array_index (placed, guint, i)];

      g_assert_cmpfloat (label->x0, >=, INSET);
      g_assert_cmpfloat (label->y0, >=, INSET);
      g_assert_cmpfloat (label->x1, <=, width - INSET);
      g_assert_cmpfloat (label->y1, <=, height - INSET);
    }

  return placed->len;
}

static void
add_marker (TsLabelPlacer *placer,
            GArray        *points,
            double         x,
            double         y,
            double         r)
{
  double point[3] = { x, y, r };
  TsLabelBox marker = { x - r, y - r, x + r, y + r };

  ts_label_placer_add_obstacle (placer, &marker);
  g_array_append_val (points, point);
}

/* A map of a hundred thousand places on screen, most crowded around
 * twenty cities, some scattered, and two thousand projects on one railway
 * as `tests/bench-store 100000` makes them: a box every 6 pixels along
 * each route, the same few hundred boxes two thousand times. */
static void
test_hundred_thousand_places_crowded (void)
{
  const double width = 1600, height = 1000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (100000);
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (width, height, INSET);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double) * 3);
  double centres[20][2];

  for (guint c = 0; c < G_N_ELEMENTS (centres); c++)
    {
      centres[c][0] = g_rand_double_range (rand, 0, width);
      centres[c][1] = g_rand_double_range (rand, 0, height);
    }
  for (guint i = 0; i < 100000; i++)
    {
      const double *centre = centres[i % G_N_ELEMENTS (centres)];
      double angle = g_rand_double_range (rand, 0, 2 * G_PI);
      double distance = 60 * sqrt (-2 * log (g_rand_double_range (rand, 1e-9, 1)));
      double r = g_rand_double_range (rand, 3, 7);

      if (i % 100 == 0)
        add_marker (placer, points, g_rand_double_range (rand, -50, width + 50),
                    g_rand_double_range (rand, -50, height + 50), r);
      else
        add_marker (placer, points, centre[0] + distance * cos (angle),
                    centre[1] + distance * sin (angle), r);
    }
  for (guint route = 0; route < 2000; route++)
    {
      for (double t = 0; t <= 1; t += 6 / 900.0)
        {
          double x = 300 + 900 * t, y = 200 + 500 * t;
          TsLabelBox box = { x - 5, y - 5, x + 5, y + 5 };

          ts_label_placer_add_obstacle (placer, &box);
        }
    }

  /* Names found room in the gaps, not in the crowds. */
  g_assert_cmpuint (place_names (placer, rand, points, width, height), >, 100);
}

/* A hundred thousand places on a poster (16 000 × 10 000 pixels), 40
 * pixels apart: many names find room, so most tests find nothing in the
 * way, the case where testing every box costs the most. */
static void
test_hundred_thousand_places_spread (void)
{
  const double width = 16000, height = 10000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (16000);
  g_autoptr(TsLabelPlacer) placer = ts_label_placer_new (width, height, INSET);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double) * 3);

  for (guint i = 0; i < 100000; i++)
    add_marker (placer, points, 20 + 40 * (i % 400) + g_rand_double_range (rand, -8, 8),
                20 + 40 * (i / 400) + g_rand_double_range (rand, -8, 8),
                g_rand_double_range (rand, 3, 7));

  g_assert_cmpuint (place_names (placer, rand, points, width, height), >, 30000);
}

/* TsMapLabels drops a name that has no room before measuring it: it must
 * place the same names, at the same positions, as measuring every name
 * and trying its eight positions (the placement before), on a crowded map
 * and a sparse one, in Latin and Chinese script. */
static void
test_map_labels_same_as_trying_every_position (void)
{
  const double width = 900, height = 600;
  const guint counts[] = { 60, 2000 };

  for (guint round = 0; round < G_N_ELEMENTS (counts); round++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (7 + round);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(TsMapText) text = ts_map_text_new (cr, "Sans");
      g_autoptr(TsMapLabels) labels = ts_map_labels_new (width, height, text);
      g_autoptr(TsLabelPlacer) reference = ts_label_placer_new (width, height, INSET);
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double) * 3);
      const TsLabelBox *got, *expected;
      guint n_got, n_expected, n_placed = 0;
      const TsMapRgb black = { 0, 0, 0 };

      for (guint i = 0; i < counts[round]; i++)
        {
          double point[3] = { g_rand_double_range (rand, -30, width + 30),
                              g_rand_double_range (rand, -30, height + 30),
                              g_rand_double_range (rand, 3, 8) };
          TsLabelBox marker = { point[0] - point[2], point[1] - point[2],
                                point[0] + point[2], point[1] + point[2] };

          ts_map_labels_reserve (labels, &marker);
          ts_label_placer_add_obstacle (reference, &marker);
          g_array_append_val (points, point);
        }

      for (guint i = 0; i < points->len; i++)
        {
          const double *point = &g_array_index (points, double, 3 * i);
          g_autofree char *name = g_strdup_printf (i % 3 == 0 ? "北京 %u" : "Place %u", i);
          double size = i % 2 ? 11 : 12;
          TsMapTextExtents extents;
          TsLabelBox candidates[8];
          double w, h, d = point[2] + 3, diag = point[2] + 1;
          int chosen;

          /* The placement before: every name measured, its eight
           * positions tried in turn. */
          ts_map_text_measure (text, name, size, TS_MAP_TEXT_REGULAR, &extents);
          w = extents.width;
          h = extents.ascent + (extents.height - extents.ascent) * 0.5;
          {
            const double corners[8][2] = {
              { point[0] + d, point[1] - h / 2 }, { point[0] - d - w, point[1] - h / 2 },
              { point[0] - w / 2, point[1] - d - h }, { point[0] - w / 2, point[1] + d },
              { point[0] + diag, point[1] - diag - h }, { point[0] + diag, point[1] + diag },
              { point[0] - diag - w, point[1] - diag - h }, { point[0] - diag - w, point[1] + diag },
            };

            for (guint c = 0; c < 8; c++)
              candidates[c] = box_at (corners[c][0] - 1, corners[c][1] - 1, w + 2, h + 2);
          }
          chosen = ts_label_placer_place (reference, candidates, 8, NULL, NULL);

          g_assert_cmpint (ts_map_labels_place_around (labels, name, point[0], point[1], point[2],
                                                       size, FALSE, &black), ==, chosen >= 0);
          n_placed += chosen >= 0;
        }

      got = ts_label_placer_get_boxes (ts_map_labels_get_placer (labels), &n_got);
      expected = ts_label_placer_get_boxes (reference, &n_expected);
      g_assert_cmpuint (n_got, ==, n_expected);
      g_assert_cmpmem (got, n_got * sizeof (TsLabelBox), expected,
                       n_expected * sizeof (TsLabelBox));
      /* Both outcomes happened. */
      g_assert_cmpuint (n_placed, >, 5);
      g_assert_cmpuint (n_placed, <, points->len);

      g_clear_pointer (&labels, ts_map_labels_free);
      g_clear_pointer (&text, ts_map_text_free);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/label-placer/priority-order", test_priority_order);
  g_test_add_func ("/label-placer/first-free-candidate", test_first_free_candidate);
  g_test_add_func ("/label-placer/dropped-when-no-room", test_dropped_when_no_room);
  g_test_add_func ("/label-placer/viewport", test_viewport);
  g_test_add_func ("/label-placer/touching-is-free", test_touching_is_free);
  g_test_add_func ("/label-placer/obstacles-outside", test_obstacles_outside);
  g_test_add_func ("/label-placer/accept-func", test_accept_func);
  g_test_add_func ("/label-placer/placed-never-overlap", test_placed_never_overlap);
  g_test_add_func ("/label-placer/same-as-linear-scan", test_same_as_linear_scan);
  g_test_add_func ("/label-placer/nan-boxes", test_nan_boxes);
  g_test_add_func ("/label-placer/hundred-thousand-places-crowded",
                   test_hundred_thousand_places_crowded);
  g_test_add_func ("/label-placer/hundred-thousand-places-spread",
                   test_hundred_thousand_places_spread);
  g_test_add_func ("/label-placer/map-labels-same-as-trying-every-position",
                   test_map_labels_same_as_trying_every_position);

  return g_test_run ();
}
