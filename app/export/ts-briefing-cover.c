/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-cover"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-agreement.h"
#include "ts-briefing-private.h"
#include "ts-enums.h"
#include "ts-export-text.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-project.h"
#include "ts-vocabulary.h"

#define N_KEY_DEVELOPMENTS 12
#define MAX_FIGURE_CHARTS 3

/* The cover: text on the left (A–C), charts and their data on the right. */
#define COVER_RIGHT_COL 4
#define COVER_RIGHT_WIDTH 7
#define COVER_COLUMN_WIDTH 18
#define COVER_TEXT_WIDTH 70
/* How many characters of ordinary text that column holds on a line. */
#define COVER_LINE_LENGTH 84
#define COVER_CHART_ROWS 20
/* The map picture: drawn at twice the size it shows at, for print. */
#define MAP_WIDTH 1840
#define MAP_HEIGHT 1100
#define MAP_SCALE 0.5
#define MAP_ROWS 30
/* Excel's default row height, in points. */
#define ROW_HEIGHT 15

typedef struct
{
  TsDate      date;
  const char *kind;
  char       *text;
} Development;

static void
development_free (Development *development)
{
  g_free (development->text);
  g_free (development);
}

/* The cover */

/* Text on the cover, in a format of FMT_ @flags. */
static void
write_cover_text (TsBriefingWriter *w,
                  lxw_row_t         row,
                  lxw_col_t         col,
                  const char       *text,
                  guint             flags)
{
  _ts_briefing_write_text (w, w->cover, row, col, text,
                           _ts_briefing_get_format (w, flags, NULL));
}

static lxw_row_t
write_cover_label (TsBriefingWriter *w,
                   lxw_row_t         row,
                   const char       *label,
                   const char       *value)
{
  write_cover_text (w, row, 0, label, FMT_BOLD | FMT_TOP);
  write_cover_text (w, row, 1, value, FMT_TOP);
  return row + 1;
}

static char *
describe_period (TsExportData *data)
{
  const TsDate *first = ts_export_data_get_first_date (data);
  const TsDate *last = ts_export_data_get_last_date (data);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!ts_date_is_set (first))
    return g_strdup (_("No dated records"));

  from = ts_date_format (first);
  to = ts_date_format (last);
  if (ts_date_compare (first, last) == 0)
    return g_steal_pointer (&from);
  /* TRANSLATORS: the period a briefing covers: "May 2021 – 14 Oct 2024". */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/* The scope's dated events: meetings, agreements (with their kind) and the
 * project milestones within the period. Which records are events, and how
 * each reads on the cover, is the cover's choice, type by type. */
static GPtrArray *
collect_developments (TsBriefingWriter *w)
{
  GPtrArray *developments = g_ptr_array_new_with_free_func ((GDestroyNotify) development_free);
  GPtrArray *records;

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_MEETING);
  for (guint i = 0; i < records->len; i++)
    {
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = ts_record_type_get_label (TS_RECORD_TYPE_MEETING);
      d->text = g_strdup (ts_record_get_title (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_AGREEMENT);
  for (guint i = 0; i < records->len; i++)
    {
      TsAgreement *agreement = records->pdata[i];
      const char *kind = ts_agreement_kind_get_label (ts_agreement_get_kind (agreement));
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = ts_record_type_get_label (TS_RECORD_TYPE_AGREEMENT);
      if (kind != NULL && kind[0] != '\0')
        d->text = g_strdup_printf ("%s (%s)", ts_record_get_title (records->pdata[i]), kind);
      else
        d->text = g_strdup (ts_record_get_title (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_PROJECT);
  for (guint i = 0; i < records->len; i++)
    {
      GPtrArray *milestones = ts_project_get_milestones (records->pdata[i]);

      for (guint j = 0; milestones != NULL && j < milestones->len; j++)
        {
          TsMilestone *m = milestones->pdata[j];
          const char *status = ts_project_status_get_label (m->status);
          g_autoptr(GString) text = g_string_new (ts_record_get_title (records->pdata[i]));
          Development *d;

          if (!ts_export_data_in_period (w->data, &m->date))
            continue;
          if (status != NULL && status[0] != '\0')
            g_string_append_printf (text, ": %s", status);
          if (m->note != NULL && m->note[0] != '\0')
            g_string_append_printf (text, " — %s", m->note);

          d = g_new0 (Development, 1);
          d->date = m->date;
          /* TRANSLATORS: a dated step of a project, on the briefing's cover. */
          d->kind = _("Project milestone");
          d->text = g_string_free (g_steal_pointer (&text), FALSE);
          g_ptr_array_add (developments, d);
        }
    }

  return developments;
}

static int
compare_developments (gconstpointer a,
                      gconstpointer b)
{
  const Development *da = *(Development * const *) a;
  const Development *db = *(Development * const *) b;
  int cmp = ts_date_compare (&db->date, &da->date);

  return cmp != 0 ? cmp : g_strcmp0 (da->text, db->text);
}

static lxw_row_t
write_key_developments (TsBriefingWriter *w,
                        lxw_row_t         row)
{
  g_autoptr(GPtrArray) developments = collect_developments (w);
  lxw_format *top = _ts_briefing_get_format (w, FMT_TOP, NULL);
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);
  guint n = 0;

  write_cover_text (w, row++, 0, _("Key developments"), FMT_HEADING);
  g_ptr_array_sort (developments, compare_developments);

  _ts_briefing_write_text (w, w->cover, row, 0, _("Date"), bold);
  _ts_briefing_write_text (w, w->cover, row, 1, _("Kind"), bold);
  _ts_briefing_write_text (w, w->cover, row, 2, _("Development"), bold);
  row++;

  for (guint i = 0; i < developments->len && n < N_KEY_DEVELOPMENTS; i++)
    {
      Development *d = developments->pdata[i];
      glong length = g_utf8_strlen (d->text, -1);

      if (!ts_date_is_set (&d->date))
        continue;

      _ts_briefing_write_date (w, w->cover, row, 0, &d->date, FMT_TOP | FMT_LEFT);
      _ts_briefing_write_text (w, w->cover, row, 1, d->kind, top);
      write_cover_text (w, row, 2, d->text, FMT_TOP | FMT_WRAP);
      /* Not every spreadsheet fits a row to wrapped text when it opens. */
      if (length > COVER_LINE_LENGTH)
        _ts_briefing_check (w, worksheet_set_row (w->cover, row,
                                                  ROW_HEIGHT * MIN (8, 1 + length
                                                                       / COVER_LINE_LENGTH),
                                                  NULL));
      row++;
      n++;
    }

  if (n == 0)
    write_cover_text (w, row++, 0,
                      _("No meetings, agreements or project milestones in this scope."),
                      FMT_MUTED);
  return row + 1;
}

static lxw_row_t
write_contents (TsBriefingWriter *w,
                lxw_row_t         row)
{
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);
  lxw_format *count = _ts_briefing_get_format (w, FMT_TOP, "#,##0");
  guint n_cited = ts_export_data_get_n_cited_sources (w->data);

  write_cover_text (w, row++, 0, _("Contents"), FMT_HEADING);
  _ts_briefing_write_text (w, w->cover, row, 0, _("Sheet"), bold);
  write_cover_text (w, row, 1, _("Records"), FMT_BOLD | FMT_RIGHT);
  row++;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      guint n = ts_export_data_get_records (w->data, type)->len;

      /* Only the types with records in scope have a sheet. */
      if (w->sheets[type] == NULL)
        continue;
      _ts_briefing_write_link (w, w->cover, row, 0, w->sheet_names[type], 0,
                               w->sheet_names[type], FMT_TOP);
      _ts_briefing_check (w, worksheet_write_number (w->cover, row, 1, n, count));
      if (type == TS_RECORD_TYPE_SOURCE && n_cited > 0)
        {
          g_autofree char *note = NULL;

          note = g_strdup_printf (ngettext ("including %u cited by the records above",
                                            "including %u cited by the records above",
                                            n_cited),
                                  n_cited);
          write_cover_text (w, row, 2, note, FMT_MUTED | FMT_TOP);
        }
      row++;
    }

  _ts_briefing_write_link (w, w->cover, row, 0, w->definitions_name, 0, w->definitions_name,
                           FMT_TOP);
  write_cover_text (w, row, 2, _("What each column means, the vocabularies, the "
                                 "reliability scale"),
                    FMT_MUTED | FMT_TOP);
  return row + 2;
}

static void
insert_chart (TsBriefingWriter *w,
              lxw_chart        *chart,
              lxw_row_t         row)
{
  /* As wide as the data block under it: seven columns of 18 characters
   * (131 pixels) against the default chart's 480 × 288. */
  lxw_chart_options options = { .x_scale = 1.9, .y_scale = 1.3 };

  _ts_briefing_check (w, worksheet_insert_chart_opt (w->cover, row, COVER_RIGHT_COL, chart,
                                                     &options));
}

/* A column chart of meetings per year, a series per level, over a table of
 * the counts. */
static lxw_row_t
write_meetings_chart (TsBriefingWriter *w,
                      lxw_row_t         row)
{
  GPtrArray *meetings = ts_export_data_get_records (w->data, TS_RECORD_TYPE_MEETING);
  guint n_levels = ts_enum_get_n_values (TS_TYPE_MEETING_LEVEL);
  g_autofree guint *level_totals = g_new0 (guint, n_levels);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                        NULL, g_free);
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);
  int first_year = G_MAXINT, last_year = G_MININT;
  guint n_meetings = 0;
  lxw_row_t header_row, data_row;
  lxw_col_t col;
  lxw_chart *chart;

  for (guint i = 0; i < meetings->len; i++)
    {
      const TsDate *date = ts_record_get_date (meetings->pdata[i]);
      guint level = ts_meeting_get_level (meetings->pdata[i]);
      guint *per_level;

      if (!ts_date_is_set (date) || level >= n_levels)
        continue;
      per_level = g_hash_table_lookup (counts, GINT_TO_POINTER ((int) date->year));
      if (per_level == NULL)
        {
          per_level = g_new0 (guint, n_levels);
          g_hash_table_insert (counts, GINT_TO_POINTER ((int) date->year), per_level);
        }
      per_level[level]++;
      level_totals[level]++;
      n_meetings++;
      first_year = MIN (first_year, date->year);
      last_year = MAX (last_year, date->year);
    }

  write_cover_text (w, row++, COVER_RIGHT_COL, _("Meetings per year by level"), FMT_HEADING);
  if (g_hash_table_size (counts) == 0)
    {
      write_cover_text (w, row++, COVER_RIGHT_COL, _("No dated meetings in this scope."),
                        FMT_MUTED);
      return row + 1;
    }

  chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN_STACKED);
  /* The heading above says what it is. */
  chart_title_off (chart);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_axis_set_num_format (chart->y_axis, "0");
  /* Whole meetings: no 0.5 on the axis of a small scope. */
  if (n_meetings <= 10)
    chart_axis_set_major_unit (chart->y_axis, 1);
  header_row = row + COVER_CHART_ROWS;

  /* The table the chart draws: a row per year, a column per level given. */
  _ts_briefing_write_text (w, w->cover, header_row, COVER_RIGHT_COL, _("Year"), bold);
  data_row = header_row + 1;
  for (int year = first_year; year <= last_year; year++)
    {
      gboolean sparse = last_year - first_year > 60;

      if (sparse && !g_hash_table_contains (counts, GINT_TO_POINTER (year)))
        continue;
      _ts_briefing_check (w, worksheet_write_number (w->cover, data_row++, COVER_RIGHT_COL, year,
                                                     _ts_briefing_get_format (w, FMT_LEFT, "0")));
    }

  col = COVER_RIGHT_COL + 1;
  /* Head of state first; meetings without a level last. */
  for (guint l = 1; l <= n_levels; l++)
    {
      guint level = l % n_levels;
      const char *label = level == TS_MEETING_LEVEL_UNSET
                          ? _("Level not given") : ts_meeting_level_get_label (level);
      lxw_chart_series *series;
      lxw_row_t r = header_row + 1;

      if (level_totals[level] == 0)
        continue;

      write_cover_text (w, header_row, col, label, FMT_BOLD | FMT_RIGHT);
      for (int year = first_year; year <= last_year; year++)
        {
          guint *per_level = g_hash_table_lookup (counts, GINT_TO_POINTER (year));

          if (last_year - first_year > 60 && per_level == NULL)
            continue;
          _ts_briefing_check (w, worksheet_write_number (w->cover, r++, col,
                                                         per_level != NULL ? per_level[level] : 0,
                                                         NULL));
        }

      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, w->cover_name, header_row + 1, COVER_RIGHT_COL,
                                   data_row - 1, COVER_RIGHT_COL);
      chart_series_set_values (series, w->cover_name, header_row + 1, col, data_row - 1, col);
      chart_series_set_name_range (series, w->cover_name, header_row, col);
      col++;
    }
  insert_chart (w, chart, row);

  return data_row + 1;
}

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  return ts_date_compare (ts_figure_get_period (*(TsFigure * const *) a),
                          ts_figure_get_period (*(TsFigure * const *) b));
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  GPtrArray *sa = *(GPtrArray * const *) a;
  GPtrArray *sb = *(GPtrArray * const *) b;

  if (sa->len != sb->len)
    return sa->len > sb->len ? -1 : 1;
  return g_strcmp0 (ts_figure_get_indicator (sa->pdata[0]),
                    ts_figure_get_indicator (sb->pdata[0]));
}

/* Large values read better in millions or billions on the axis; the table
 * under the chart keeps them exact. */
static void
set_display_units (lxw_chart_axis *axis,
                   GPtrArray      *figures)
{
  double largest = 0;

  for (guint i = 0; i < figures->len; i++)
    largest = MAX (largest, fabs (ts_figure_get_value (figures->pdata[i])));

  if (largest >= 1e9)
    chart_axis_set_display_units (axis, LXW_CHART_AXIS_UNITS_BILLIONS);
  else if (largest >= 1e6)
    chart_axis_set_display_units (axis, LXW_CHART_AXIS_UNITS_MILLIONS);
}

/* Figures with the same indicator form a series: the longest ones get a
 * chart each, over a table of their values. */
static lxw_row_t
write_figure_charts (TsBriefingWriter *w,
                     lxw_row_t         row)
{
  GPtrArray *figures = ts_export_data_get_records (w->data, TS_RECORD_TYPE_FIGURE);
  g_autoptr(GHashTable) by_indicator = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) series_list = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_ptr_array_unref);
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      TsFigure *figure = figures->pdata[i];
      const char *indicator = ts_figure_get_indicator (figure);
      GPtrArray *series;

      if (indicator == NULL || !ts_date_is_set (ts_figure_get_period (figure))
          || isnan (ts_figure_get_value (figure)))
        continue;
      series = g_hash_table_lookup (by_indicator, indicator);
      if (series == NULL)
        {
          series = g_ptr_array_new ();
          g_hash_table_insert (by_indicator, (gpointer) indicator, series);
          g_ptr_array_add (series_list, series);
        }
      g_ptr_array_add (series, figure);
    }

  g_ptr_array_sort (series_list, compare_series);

  for (guint s = 0; s < series_list->len && s < MAX_FIGURE_CHARTS; s++)
    {
      GPtrArray *series = series_list->pdata[s];
      const char *indicator = ts_figure_get_indicator (series->pdata[0]);
      const char *unit = ts_figure_get_unit (series->pdata[0]);
      g_autofree char *title = NULL;
      lxw_chart_series *chart_series;
      lxw_chart *chart;
      lxw_row_t header_row;

      if (series->len < 2)
        break;
      g_ptr_array_sort (series, compare_figures);

      if (unit != NULL && unit[0] != '\0')
        title = g_strdup_printf ("%s (%s)", indicator, unit);
      else
        title = g_strdup (indicator);
      {
        char *safe = ts_export_text_sanitize (title, 255);

        g_free (title);
        title = safe;
      }

      write_cover_text (w, row++, COVER_RIGHT_COL, title, FMT_HEADING);

      chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN);
      chart_title_off (chart);
      chart_axis_set_num_format (chart->y_axis, "#,##0");
      set_display_units (chart->y_axis, series);
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      header_row = row + COVER_CHART_ROWS;

      _ts_briefing_write_text (w, w->cover, header_row, COVER_RIGHT_COL, _("Period"), bold);
      write_cover_text (w, header_row, COVER_RIGHT_COL + 1, _("Value"), FMT_BOLD | FMT_RIGHT);
      for (guint i = 0; i < series->len; i++)
        {
          TsFigure *figure = series->pdata[i];
          g_autofree char *period = ts_date_to_string (ts_figure_get_period (figure));
          double value = ts_figure_get_value (figure);
          lxw_format *format = _ts_briefing_get_format (w, 0, value == floor (value)
                                                                 ? "#,##0" : "#,##0.0##");

          _ts_briefing_write_text (w, w->cover, header_row + 1 + i, COVER_RIGHT_COL, period,
                                   NULL);
          _ts_briefing_check (w, worksheet_write_number (w->cover, header_row + 1 + i,
                                                         COVER_RIGHT_COL + 1, value, format));
        }

      chart_series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (chart_series, w->cover_name, header_row + 1, COVER_RIGHT_COL,
                                   header_row + series->len, COVER_RIGHT_COL);
      chart_series_set_values (chart_series, w->cover_name, header_row + 1, COVER_RIGHT_COL + 1,
                               header_row + series->len, COVER_RIGHT_COL + 1);
      chart_series_set_name_range (chart_series, w->cover_name, header_row,
                                   COVER_RIGHT_COL + 1);
      insert_chart (w, chart, row);
      row = header_row + series->len + 2;
    }

  return row;
}

static lxw_row_t
write_map (TsBriefingWriter *w,
           lxw_row_t         row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  lxw_image_options options = { 0 };

  write_cover_text (w, row++, COVER_RIGHT_COL, _("Map"), FMT_HEADING);

  png = _ts_briefing_render_map (w->data, w->basemap, MAP_WIDTH, MAP_HEIGHT, &error);
  if (png == NULL)
    {
      /* TRANSLATORS: in place of the map on a briefing's cover; %s says why. */
      g_autofree char *note = g_strdup_printf (_("The map could not be drawn: %s"),
                                               error->message);

      write_cover_text (w, row++, COVER_RIGHT_COL, note, FMT_MUTED);
      return row + 1;
    }

  /* TRANSLATORS: the alternative text of the map picture on the cover. */
  options.description = (char *) _ts_briefing_keep_string (w, g_strdup (_("Map of the places "
                                                                           "in scope")));
  options.x_scale = MAP_SCALE;
  options.y_scale = MAP_SCALE;
  g_ptr_array_add (w->pictures, g_bytes_ref (png));
  _ts_briefing_check (w, worksheet_insert_image_buffer_opt (w->cover, row, COVER_RIGHT_COL,
                                                            g_bytes_get_data (png, NULL),
                                                            g_bytes_get_size (png), &options));
  return row + MAP_ROWS;
}

void
_ts_briefing_write_cover (TsBriefingWriter *w)
{
  lxw_worksheet *sheet = w->cover;
  g_autofree char *period = describe_period (w->data);
  lxw_row_t row = 0;
  lxw_row_t right_row = 0;
  TsDate generated = TS_DATE_INIT;
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (w->created);

  _ts_briefing_check (w, worksheet_set_column (sheet, 0, 0, 16, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 1, 1, 18, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 2, 2, COVER_TEXT_WIDTH, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 3, 3, 3, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, COVER_RIGHT_COL,
                                               COVER_RIGHT_COL + COVER_RIGHT_WIDTH - 1,
                                               COVER_COLUMN_WIDTH, NULL));

  write_cover_text (w, row++, 0, w->title, FMT_TITLE);
  write_cover_text (w, row++, 0, _("Briefing"), FMT_MUTED);
  row++;
  row = write_cover_label (w, row, _("Scope"), ts_export_data_get_scope (w->data));
  row = write_cover_label (w, row, _("Period"), period);
  write_cover_text (w, row, 0, _("Generated"), FMT_BOLD | FMT_TOP);
  if (created != NULL)
    ts_date_set_ymd (&generated, g_date_time_get_year (created),
                     g_date_time_get_month (created), g_date_time_get_day_of_month (created));
  _ts_briefing_write_date (w, sheet, row, 1, &generated, FMT_TOP | FMT_LEFT);
  row += 2;

  row = write_contents (w, row);
  row = write_key_developments (w, row);

  right_row = write_meetings_chart (w, right_row);
  right_row = write_figure_charts (w, right_row);
  write_map (w, right_row);

  worksheet_set_first_sheet (sheet);
  worksheet_activate (sheet);
  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);
  _ts_briefing_set_up_printing (w, sheet, FALSE);
  _ts_briefing_step (w);
}

