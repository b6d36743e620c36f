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
#include "ts-named.h"
#include "ts-project.h"
#include "ts-vocabulary.h"

#define N_KEY_DEVELOPMENTS 12
/* A dossier lists all of its record's events, up to this many. */
#define N_DOSSIER_EVENTS 60
/* And its people and organizations. */
#define N_DOSSIER_NAMES 40
#define MAX_FIGURE_CHARTS 3
/* The activity chart counts per quarter when the events span at most this
 * many quarters (three years), per year otherwise. */
#define MAX_QUARTERS 12
/* Beyond this many periods, only those with events get a column. */
#define MAX_DENSE_PERIODS 60

/* The cover: text on the left (A–C), charts and their data on the right. */
#define COVER_RIGHT_COL 4
#define COVER_RIGHT_WIDTH 7
#define COVER_COLUMN_WIDTH 18
#define COVER_TEXT_WIDTH 70
/* How many characters of ordinary text that column holds on a line, and
 * columns A to C together: LibreOffice's Carlito at 11 points fits about
 * 86 Latin or 80 Cyrillic characters in the column of 70; wrapping at
 * words takes some, and a line too many is better than one too few. */
#define COVER_LINE_LENGTH 78
#define COVER_WIDE_LINE_LENGTH 118
#define COVER_CHART_ROWS 20
/* The map picture: drawn at twice the size it shows at, for print. */
#define MAP_WIDTH 1840
#define MAP_HEIGHT 1100
#define MAP_SCALE 0.5
/* What the charts and the map take, in points (three quarters of a
 * pixel): a chart is 480 × 288 pixels at scale 1. */
#define CHART_X_SCALE 1.9
#define CHART_Y_SCALE 1.3
#define CHART_POINTS (288 * CHART_Y_SCALE * 0.75)
#define MAP_POINTS (MAP_HEIGHT * MAP_SCALE * 0.75)
/* Excel's default row height, in points. */
#define ROW_HEIGHT 15

/* What the cover counts and lists as activity. */
typedef enum
{
  EVENT_MEETING,
  EVENT_SIGNING,
  EVENT_MILESTONE,
  N_EVENT_KINDS
} EventKind;

typedef struct
{
  TsDate      date;
  EventKind   kind;
  char       *text;
} Development;

static const char *
event_kind_get_label (EventKind kind)
{
  switch (kind)
    {
    case EVENT_MEETING:
      return ts_record_type_get_label (TS_RECORD_TYPE_MEETING);
    case EVENT_SIGNING:
      /* TRANSLATORS: an agreement signed, as a kind of event on the
       * briefing's cover. */
      return C_("event", "Signing");
    case EVENT_MILESTONE:
    case N_EVENT_KINDS:
    default:
      /* TRANSLATORS: a dated step of a project, on the briefing's cover. */
      return _("Project milestone");
    }
}

/* The activity chart's series. */
static const char *
event_kind_get_plural (EventKind kind)
{
  switch (kind)
    {
    case EVENT_MEETING:
      return ts_record_type_get_plural (TS_RECORD_TYPE_MEETING);
    case EVENT_SIGNING:
      /* TRANSLATORS: agreements signed: a series of the activity chart. */
      return C_("events", "Signings");
    case EVENT_MILESTONE:
    case N_EVENT_KINDS:
    default:
      /* TRANSLATORS: a series of the activity chart: project milestones. */
      return _("Project milestones");
    }
}

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

  from = ts_date_format_short (first);
  to = ts_date_format_short (last);
  if (ts_date_compare (first, last) == 0)
    return g_steal_pointer (&from);
  /* TRANSLATORS: the period a briefing covers: "May 2021 – 14 Oct 2024". */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/* The scope's dated events: meetings, agreements (with their kind) and the
 * project milestones within the period, of the records in scope (not the
 * linked context). Which records are events, and how each reads on the
 * cover, is the cover's choice, type by type. */
static GPtrArray *
collect_developments (TsBriefingWriter *w)
{
  GPtrArray *developments = g_ptr_array_new_with_free_func ((GDestroyNotify) development_free);
  GPtrArray *records;
  guint n;

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_MEETING);
  n = ts_export_data_get_n_matched (w->data, TS_RECORD_TYPE_MEETING);
  for (guint i = 0; i < n; i++)
    {
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = EVENT_MEETING;
      d->text = g_strdup (ts_record_get_display_name (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_AGREEMENT);
  n = ts_export_data_get_n_matched (w->data, TS_RECORD_TYPE_AGREEMENT);
  for (guint i = 0; i < n; i++)
    {
      TsAgreement *agreement = records->pdata[i];
      const char *kind = ts_agreement_kind_get_label (ts_agreement_get_kind (agreement));
      Development *d = g_new0 (Development, 1);

      d->date = *ts_record_get_date (records->pdata[i]);
      d->kind = EVENT_SIGNING;
      if (kind != NULL && kind[0] != '\0')
        d->text = g_strdup_printf ("%s (%s)", ts_record_get_display_name (records->pdata[i]),
                                   kind);
      else
        d->text = g_strdup (ts_record_get_display_name (records->pdata[i]));
      g_ptr_array_add (developments, d);
    }

  records = ts_export_data_get_records (w->data, TS_RECORD_TYPE_PROJECT);
  n = ts_export_data_get_n_matched (w->data, TS_RECORD_TYPE_PROJECT);
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *milestones = ts_project_get_milestones (records->pdata[i]);

      for (guint j = 0; milestones != NULL && j < milestones->len; j++)
        {
          TsMilestone *m = milestones->pdata[j];
          const char *status = ts_project_status_get_label (m->status);
          g_autoptr(GString) text = g_string_new (ts_record_get_display_name (records->pdata[i]));
          Development *d;

          if (!ts_export_data_in_period (w->data, &m->date))
            continue;
          if (status != NULL && status[0] != '\0')
            g_string_append_printf (text, ": %s", status);
          if (m->note != NULL && m->note[0] != '\0')
            g_string_append_printf (text, " — %s", m->note);

          d = g_new0 (Development, 1);
          d->date = m->date;
          d->kind = EVENT_MILESTONE;
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

static int
compare_developments_in_order (gconstpointer a,
                               gconstpointer b)
{
  const Development *da = *(Development * const *) a;
  const Development *db = *(Development * const *) b;
  int cmp = ts_date_compare (&da->date, &db->date);

  return cmp != 0 ? cmp : g_strcmp0 (da->text, db->text);
}

/* How many lines @text takes in a column of @line_length characters,
 * wrapped at spaces as spreadsheets do: libxlsxwriter does not fit rows to
 * wrapped text, nor does every spreadsheet when it opens the file. Wide
 * (CJK) characters count twice; a word longer than a line is broken. */
guint
_ts_briefing_count_lines (const char *text,
                          guint       line_length)
{
  guint lines = 1;
  guint width = 0;       /* of the line so far */
  guint word = 0;        /* of the word being read */

  for (const char *p = text; p != NULL; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\0' || c == ' ' || c == '\n' || g_unichar_iswide (c))
        {
          /* A word ends (a wide character is a word of its own). */
          if (g_unichar_iswide (c))
            word += 2;
          if (width > 0 && width + 1 + word > line_length)
            {
              lines++;
              width = 0;
            }
          while (word > line_length)
            {
              lines++;
              word -= line_length;
            }
          width += (width > 0 && !g_unichar_iswide (c) ? 1 : 0) + word;
          word = 0;
          if (c == '\n')
            {
              lines++;
              width = 0;
            }
          if (c == '\0')
            break;
          continue;
        }
      word++;
    }
  return lines;
}

static void
fit_row (TsBriefingWriter *w,
         lxw_row_t         row,
         const char       *text,
         guint             line_length)
{
  guint lines = _ts_briefing_count_lines (text, line_length);

  if (lines > 1)
    _ts_briefing_check (w, worksheet_set_row (w->cover, row, ROW_HEIGHT * MIN (lines, 24),
                                              NULL));
}

/* A development: the date for people, the same as a real date beside it
 * (to sort by), and what happened, of which kind. */
static void
write_development (TsBriefingWriter  *w,
                   lxw_row_t          row,
                   const Development *d)
{
  g_autofree char *date = ts_date_format_short (&d->date);
  /* A "before" or "after" date sorts at its bound. */
  TsDate sortable = d->date;
  /* TRANSLATORS: a development on the briefing's cover: its kind
   * ("Meeting", "Signing", "Project milestone") and what happened. */
  g_autofree char *text = g_strdup_printf (C_("development", "%s · %s"),
                                           event_kind_get_label (d->kind), d->text);

  write_cover_text (w, row, 0, date, FMT_TOP);
  sortable.qualifier = TS_DATE_QUALIFIER_NONE;
  _ts_briefing_write_date (w, w->cover, row, 1, &sortable, FMT_TOP | FMT_LEFT | FMT_MUTED);
  write_cover_text (w, row, 2, text, FMT_TOP | FMT_WRAP);
  fit_row (w, row, text, COVER_LINE_LENGTH);
}

static void
write_development_headers (TsBriefingWriter *w,
                           lxw_row_t         row)
{
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);

  _ts_briefing_write_text (w, w->cover, row, 0, _("Date"), bold);
  /* TRANSLATORS: a column of the cover: the date as a spreadsheet date,
   * to sort and filter by. */
  _ts_briefing_write_text (w, w->cover, row, 1, _("Date (sortable)"), bold);
  _ts_briefing_write_text (w, w->cover, row, 2, _("Development"), bold);
}

static lxw_row_t
write_key_developments (TsBriefingWriter *w,
                        lxw_row_t         row)
{
  g_autoptr(GPtrArray) developments = collect_developments (w);
  guint n = 0;

  write_cover_text (w, row++, 0, _("Key developments"), FMT_HEADING);
  g_ptr_array_sort (developments, compare_developments);
  write_development_headers (w, row++);

  for (guint i = 0; i < developments->len && n < N_KEY_DEVELOPMENTS; i++)
    {
      Development *d = developments->pdata[i];

      if (!ts_date_is_set (&d->date))
        continue;
      write_development (w, row++, d);
      n++;
    }

  if (n == 0)
    write_cover_text (w, row++, 0,
                      _("No meetings, agreements or project milestones in this scope."),
                      FMT_MUTED);
  return row + 1;
}

/* Text across columns A to C, wrapped, its row as high as it needs. */
static void
write_wide_text (TsBriefingWriter *w,
                 lxw_row_t         row,
                 const char       *text,
                 guint             flags)
{
  g_autofree char *safe = ts_export_text_sanitize (text, TS_EXPORT_CELL_MAX);
  lxw_format *format = _ts_briefing_get_format (w, flags | FMT_TOP | FMT_WRAP, NULL);

  if (safe[0] == '\0')
    return;
  _ts_briefing_check (w, worksheet_merge_range (w->cover, row, 0, row, 2, safe, format));
  fit_row (w, row, safe, COVER_WIDE_LINE_LENGTH);
}

/* The people or organizations of a dossier: in scope and linked. */
static lxw_row_t
write_dossier_names (TsBriefingWriter *w,
                     lxw_row_t         row,
                     TsRecordType      type)
{
  GPtrArray *records = ts_export_data_get_records (w->data, type);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (records->len == 0)
    return row;

  write_cover_text (w, row++, 0, ts_record_type_get_plural (type), FMT_BOLD);
  for (guint i = 0; i < records->len && i < N_DOSSIER_NAMES; i++)
    {
      TsRecord *record = records->pdata[i];
      const char *country = TS_IS_NAMED (record) ? ts_named_get_country (TS_NAMED (record))
                                                 : NULL;

      if (country != NULL)
        g_ptr_array_add (names, g_strdup_printf ("%s (%s)", ts_record_get_display_name (record),
                                                 country));
      else
        g_ptr_array_add (names, g_strdup (ts_record_get_display_name (record)));
    }
  if (records->len > N_DOSSIER_NAMES)
    /* TRANSLATORS: after a list of names on a dossier's cover */
    g_ptr_array_add (names, g_strdup_printf (ngettext ("and %u more", "and %u more",
                                                       records->len - N_DOSSIER_NAMES),
                                             records->len - N_DOSSIER_NAMES));
  g_ptr_array_add (names, NULL);
  /* TRANSLATORS: the separator of a list of names on a dossier's cover */
  joined = g_strjoinv (_("; "), (char **) names->pdata);
  write_wide_text (w, row++, joined, 0);
  return row + 1;
}

/* A dossier's cover leads with its record: what it is, its summary, its
 * dated events in order, its people and organizations. */
static lxw_row_t
write_dossier (TsBriefingWriter *w,
               lxw_row_t         row,
               TsRecord         *focus)
{
  g_autoptr(GPtrArray) developments = collect_developments (w);
  const char *summary = ts_record_get_display_summary (focus, NULL);
  g_autofree char *heading = NULL;
  guint n = 0;

  /* TRANSLATORS: the heading of a dossier's cover: the record's name and
   * its type ("China–Kyrgyzstan–Uzbekistan railway (Project)") */
  heading = g_strdup_printf (C_("dossier", "%s (%s)"), ts_record_get_display_name (focus),
                             ts_record_type_get_label (ts_record_get_record_type (focus)));
  write_cover_text (w, row++, 0, heading, FMT_HEADING);
  if (summary != NULL && summary[0] != '\0')
    write_wide_text (w, row++, summary, 0);
  row++;

  write_cover_text (w, row++, 0, _("Dated events"), FMT_BOLD);
  g_ptr_array_sort (developments, compare_developments_in_order);
  write_development_headers (w, row++);
  for (guint i = 0; i < developments->len && n < N_DOSSIER_EVENTS; i++)
    {
      Development *d = developments->pdata[i];

      if (!ts_date_is_set (&d->date))
        continue;
      write_development (w, row++, d);
      n++;
    }
  if (n == 0)
    write_cover_text (w, row++, 0,
                      _("No meetings, agreements or project milestones in this scope."),
                      FMT_MUTED);
  row++;

  row = write_dossier_names (w, row, TS_RECORD_TYPE_PERSON);
  row = write_dossier_names (w, row, TS_RECORD_TYPE_ORGANIZATION);
  return row;
}

static lxw_row_t
write_contents (TsBriefingWriter *w,
                lxw_row_t         row)
{
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);
  lxw_format *count = _ts_briefing_get_format (w, FMT_TOP | FMT_LEFT, "#,##0");

  write_cover_text (w, row++, 0, _("Contents"), FMT_HEADING);
  _ts_briefing_write_text (w, w->cover, row, 0, _("Sheet"), bold);
  /* TRANSLATORS: a column of the cover's contents: how many records of a
   * sheet match the briefing's scope. */
  write_cover_text (w, row, 1, _("In scope"), FMT_BOLD | FMT_LEFT);
  /* TRANSLATORS: a column of the cover's contents: how many records of a
   * sheet are there because the records in scope link to them (or, for
   * sources, cite them). */
  write_cover_text (w, row, 2, _("Linked"), FMT_BOLD | FMT_LEFT);
  row++;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      guint n_linked = ts_export_data_get_n_linked (w->data, type);

      /* Only the types with records in scope have a sheet. */
      if (w->sheets[type] == NULL)
        continue;
      _ts_briefing_write_link (w, w->cover, row, 0, w->sheet_names[type], 0,
                               w->sheet_names[type], FMT_TOP);
      _ts_briefing_check (w, worksheet_write_number (w->cover, row, 1,
                                                     ts_export_data_get_n_matched (w->data,
                                                                                   type),
                                                     count));
      _ts_briefing_check (w, worksheet_write_number (w->cover, row, 2, n_linked, count));
      row++;
    }

  _ts_briefing_write_link (w, w->cover, row, 0, w->definitions_name, 0, w->definitions_name,
                           FMT_TOP);
  write_cover_text (w, row, 2, _("What each column means, the vocabularies, the "
                                 "reliability scale"),
                    FMT_MUTED | FMT_TOP);
  return row + 2;
}

/* "24 in scope, 31 linked": both counts, for the cover's header. */
static char *
describe_counts (TsExportData *data)
{
  guint n_matched = 0, n_linked = 0;

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      n_matched += ts_export_data_get_n_matched (data, type);
      n_linked += ts_export_data_get_n_linked (data, type);
    }

  if (n_linked == 0)
    return g_strdup_printf (ngettext ("%u in scope", "%u in scope", n_matched), n_matched);
  /* TRANSLATORS: the records of a briefing: those matching its scope and
   * those its records link to ("24 in scope, 31 linked") */
  return g_strdup_printf (ngettext ("%u in scope, %u linked", "%u in scope, %u linked",
                                    n_linked),
                          n_matched, n_linked);
}

/* The height of the cover's @row in points, as set so far: the rows beside
 * the key developments are as tall as their text. */
static double
get_row_height (TsBriefingWriter *w,
                lxw_row_t         row)
{
  lxw_row *found = lxw_worksheet_find_row (w->cover, row);

  return found != NULL ? found->height : LXW_DEF_ROW_HEIGHT;
}

/* The first row at least @points below the top of @row: where what comes
 * after a chart or picture of that height, inserted at @row, begins. A row
 * a spreadsheet makes taller for its font only moves it further down. */
static lxw_row_t
get_row_below (TsBriefingWriter *w,
               lxw_row_t         row,
               double            points)
{
  for (double y = 0; y < points; row++)
    y += get_row_height (w, row);
  return row;
}

static void
insert_chart (TsBriefingWriter *w,
              lxw_chart        *chart,
              lxw_row_t         row)
{
  /* As wide as the data block under it: seven columns of 18 characters
   * (131 pixels) against the default chart's 480 × 288. */
  lxw_chart_options options = { .x_scale = CHART_X_SCALE, .y_scale = CHART_Y_SCALE };

  _ts_briefing_check (w, worksheet_insert_chart_opt (w->cover, row, COVER_RIGHT_COL, chart,
                                                     &options));
}

/* The index of @date's year or quarter from @first (a year × 4 + quarter
 * when @quarters, else a year). */
static int
period_of (const TsDate *date,
           gboolean      quarters)
{
  return quarters ? date->year * 4 + (date->month - 1) / 3 : date->year;
}

static char *
describe_period_label (int      period,
                       gboolean quarters)
{
  if (!quarters)
    return g_strdup_printf ("%d", period);
  /* TRANSLATORS: a quarter of a year on the activity chart: %1$u is the
   * quarter (1 to 4), %2$d the year ("Q1 2024") */
  return g_strdup_printf (C_("quarter", "Q%1$u %2$d"), (guint) (period % 4) + 1, period / 4);
}

/* A stacked column chart of the scope's activity over time at @row:
 * meetings, signings and project milestones per quarter when they span at
 * most three years and every date names its month, per year otherwise.
 * The table of the counts it draws goes at @table_row, under the map,
 * clear of the rows beside the key developments, whose heights follow
 * their text. Returns the row after the table, or @table_row when there
 * is no chart. */
static lxw_row_t
write_activity_chart (TsBriefingWriter *w,
                      lxw_row_t         row,
                      lxw_row_t         table_row)
{
  g_autoptr(GPtrArray) developments = collect_developments (w);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                        NULL, g_free);
  guint totals[N_EVENT_KINDS] = { 0 };
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);
  int first_year = G_MAXINT, last_year = G_MININT, first, last;
  gboolean quarters, sparse;
  guint n_events = 0, n_periods = 0;
  const TsDate *first_date = NULL, *last_date = NULL;
  gboolean all_months = TRUE;
  lxw_row_t header_row, data_row;
  lxw_col_t col;
  lxw_chart *chart;

  for (guint i = 0; i < developments->len; i++)
    {
      Development *d = developments->pdata[i];

      if (!ts_date_is_set (&d->date))
        continue;
      if (d->date.precision < TS_DATE_PRECISION_MONTH)
        all_months = FALSE;
      if (first_date == NULL || ts_date_compare (&d->date, first_date) < 0)
        first_date = &d->date;
      if (last_date == NULL || ts_date_compare (&d->date, last_date) > 0)
        last_date = &d->date;
      first_year = MIN (first_year, d->date.year);
      last_year = MAX (last_year, d->date.year);
    }

  write_cover_text (w, row++, COVER_RIGHT_COL, _("Activity over time"), FMT_HEADING);
  if (first_date == NULL)
    {
      write_cover_text (w, row++, COVER_RIGHT_COL,
                        _("No dated meetings, signings or milestones in this scope."),
                        FMT_MUTED);
      return table_row;
    }

  quarters = all_months
             && period_of (last_date, TRUE) - period_of (first_date, TRUE) < MAX_QUARTERS;
  first = quarters ? period_of (first_date, TRUE) : first_year;
  last = quarters ? period_of (last_date, TRUE) : last_year;
  sparse = last - first >= MAX_DENSE_PERIODS;

  for (guint i = 0; i < developments->len; i++)
    {
      Development *d = developments->pdata[i];
      int period;
      guint *per_kind;

      if (!ts_date_is_set (&d->date))
        continue;
      period = period_of (&d->date, quarters);
      per_kind = g_hash_table_lookup (counts, GINT_TO_POINTER (period));
      if (per_kind == NULL)
        {
          per_kind = g_new0 (guint, N_EVENT_KINDS);
          g_hash_table_insert (counts, GINT_TO_POINTER (period), per_kind);
        }
      per_kind[d->kind]++;
      totals[d->kind]++;
      n_events++;
    }

  chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN_STACKED);
  chart_title_set_name (chart, quarters ? _("Meetings, signings and milestones per quarter")
                                        : _("Meetings, signings and milestones per year"));
  chart_title_set_name_font (chart, &(lxw_chart_font) { .size = 11, .bold = LXW_TRUE });
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_axis_set_num_format (chart->y_axis, "0");
  /* Whole events: no 0.5 on the axis of a small scope. */
  if (n_events <= 10)
    chart_axis_set_major_unit (chart->y_axis, 1);
  header_row = table_row;

  /* The table the chart draws: a row per period, a column per kind. */
  _ts_briefing_write_text (w, w->cover, header_row, COVER_RIGHT_COL,
                           quarters ? _("Quarter") : _("Year"), bold);
  data_row = header_row + 1;
  for (int period = first; period <= last; period++)
    {
      if (sparse && !g_hash_table_contains (counts, GINT_TO_POINTER (period)))
        continue;
      if (quarters)
        {
          g_autofree char *label = describe_period_label (period, TRUE);

          write_cover_text (w, data_row++, COVER_RIGHT_COL, label, FMT_LEFT);
        }
      else
        _ts_briefing_check (w, worksheet_write_number (w->cover, data_row++, COVER_RIGHT_COL,
                                                       period,
                                                       _ts_briefing_get_format (w, FMT_LEFT,
                                                                                "0")));
      n_periods++;
    }

  col = COVER_RIGHT_COL + 1;
  for (guint kind = 0; kind < N_EVENT_KINDS; kind++)
    {
      lxw_chart_series *series;
      lxw_row_t r = header_row + 1;

      if (totals[kind] == 0)
        continue;

      write_cover_text (w, header_row, col, event_kind_get_plural (kind), FMT_BOLD | FMT_RIGHT);
      for (int period = first; period <= last; period++)
        {
          guint *per_kind = g_hash_table_lookup (counts, GINT_TO_POINTER (period));

          if (sparse && per_kind == NULL)
            continue;
          _ts_briefing_check (w, worksheet_write_number (w->cover, r++, col,
                                                         per_kind != NULL ? per_kind[kind] : 0,
                                                         NULL));
        }

      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, w->cover_name, header_row + 1, COVER_RIGHT_COL,
                                   data_row - 1, COVER_RIGHT_COL);
      chart_series_set_values (series, w->cover_name, header_row + 1, col, data_row - 1, col);
      chart_series_set_name_range (series, w->cover_name, header_row, col);
      col++;
    }
  g_assert (n_periods > 0);
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

  /* Timing marks for tests/bench-export-window. */
  g_debug ("mark: cover map begun");
  png = _ts_briefing_render_map (w->data, w->basemap, MAP_WIDTH, MAP_HEIGHT, &error);
  g_debug ("mark: cover map drawn");
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
  return get_row_below (w, row, MAP_POINTS + 10);
}

void
_ts_briefing_write_cover (TsBriefingWriter *w)
{
  lxw_worksheet *sheet = w->cover;
  g_autofree char *period = describe_period (w->data);
  g_autofree char *counts = describe_counts (w->data);
  TsRecord *focus = ts_export_data_get_focus (w->data, NULL);
  lxw_row_t row = 0;
  lxw_row_t right_row = 0;
  double points;
  TsDate generated = TS_DATE_INIT;
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (w->created);

  /* Wide enough for "before 25 Oct 2023" in every language. */
  _ts_briefing_check (w, worksheet_set_column (sheet, 0, 0, 22, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 1, 1, 18, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 2, 2, COVER_TEXT_WIDTH, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, 3, 3, 3, NULL));
  _ts_briefing_check (w, worksheet_set_column (sheet, COVER_RIGHT_COL,
                                               COVER_RIGHT_COL + COVER_RIGHT_WIDTH - 1,
                                               COVER_COLUMN_WIDTH, NULL));

  write_cover_text (w, row++, 0, w->title, FMT_TITLE);
  /* TRANSLATORS: under the title of a briefing about one record */
  write_cover_text (w, row++, 0, focus != NULL ? _("Dossier") : _("Briefing"), FMT_MUTED);
  row++;
  row = write_cover_label (w, row, _("Scope"), ts_export_data_get_scope (w->data));
  row = write_cover_label (w, row, _("Period"), period);
  row = write_cover_label (w, row, _("Records"), counts);
  write_cover_text (w, row, 0, _("Generated"), FMT_BOLD | FMT_TOP);
  if (created != NULL)
    ts_date_set_ymd (&generated, g_date_time_get_year (created),
                     g_date_time_get_month (created), g_date_time_get_day_of_month (created));
  _ts_briefing_write_date (w, sheet, row, 1, &generated, FMT_TOP | FMT_LEFT);
  row += 2;

  if (focus != NULL)
    row = write_dossier (w, row, focus);
  row = write_contents (w, row);
  if (focus == NULL)
    row = write_key_developments (w, row);
  row = _ts_briefing_write_key_statements (w, row);

  /* The activity chart, the map under it, then the chart's table, the
   * timeline and the figures' charts. */
  right_row = write_map (w, get_row_below (w, 1, CHART_POINTS + 8));
  right_row = write_activity_chart (w, 0, right_row);
  right_row = _ts_briefing_write_timeline (w, right_row, COVER_RIGHT_COL, &points);
  right_row = get_row_below (w, right_row, points + 10);
  write_figure_charts (w, right_row);

  worksheet_set_first_sheet (sheet);
  worksheet_activate (sheet);
  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);
  _ts_briefing_set_up_printing (w, sheet, FALSE);
  _ts_briefing_step (w);
}

