/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-briefing-private.h"
#include "ts-timeline-renderer.h"

/* The timeline picture: 920 × 360 points as the map above it is wide
 * (drawn twice as large, for print, and shown at half its size). */
#define TIMELINE_WIDTH 920
#define TIMELINE_HEIGHT 360
#define TIMELINE_SCALE 0.5
/* About how many points of rows a printed page of the cover holds: A4
 * landscape less its margins (ts-briefing.c), over the scale that fits the
 * cover's columns and pictures to the width of the page (LibreOffice put
 * 850 on the first page). A picture is not cut across a page: it moves
 * down to the next one. */
#define PAGE_POINTS 840

static TsRecord *
lookup_in_snapshot (gpointer    user_data,
                    const char *id)
{
  return ts_export_data_lookup (user_data, id);
}

GBytes *
_ts_briefing_render_timeline (TsExportData  *data,
                              int            width,
                              int            height,
                              GError       **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(TsTimelineEvents) events = NULL;
  g_autoptr(TsTimelineRenderer) renderer = NULL;

  /* The records in scope, not their linked context: the export's own
   * snapshot, in its worker thread, as the map's. */
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GPtrArray *of_type = ts_export_data_get_records (data, type);

      for (guint i = 0; i < of_type->len; i++)
        if (!ts_export_data_is_linked (data, of_type->pdata[i]))
          g_ptr_array_add (records, of_type->pdata[i]);
    }

  events = ts_timeline_events_new_from_records (records, lookup_in_snapshot, data,
                                                TS_TIMELINE_LANES_TYPE);
  renderer = ts_timeline_renderer_new ();
  ts_timeline_renderer_set_events (renderer, events);
  ts_timeline_renderer_fit (renderer, width, height, width * 0.03);
  /* No "today" line: a briefing is of its scope, and the same scope gives
   * the same workbook another day. */
  ts_timeline_renderer_set_today (renderer, 0);
  return ts_timeline_renderer_render_to_png_scaled (renderer, width, height, 2, error);
}

static double
get_row_height (TsBriefingWriter *w,
                lxw_row_t         row)
{
  lxw_row *found = lxw_worksheet_find_row (w->cover, row);

  return found != NULL ? found->height : LXW_DEF_ROW_HEIGHT;
}

/* @row, or the first row of the next printed page when what is @points
 * tall from @row would be cut by the end of a page. */
static lxw_row_t
keep_on_one_page (TsBriefingWriter *w,
                  lxw_row_t         row,
                  double            points)
{
  double top = 0;
  double page_end;

  for (lxw_row_t r = 0; r < row; r++)
    top += get_row_height (w, r);
  page_end = (floor (top / PAGE_POINTS) + 1) * PAGE_POINTS;
  if (top + points <= page_end)
    return row;
  for (; top < page_end; row++)
    top += get_row_height (w, row);
  return row;
}

lxw_row_t
_ts_briefing_write_timeline (TsBriefingWriter *w,
                             lxw_row_t         row,
                             lxw_col_t         col,
                             double           *points)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  lxw_image_options options = { 0 };
  double height = TIMELINE_HEIGHT * 2 * TIMELINE_SCALE * 0.75;

  row = keep_on_one_page (w, row, height + 2 * LXW_DEF_ROW_HEIGHT);

  /* TRANSLATORS: the heading of the timeline picture on a briefing's cover */
  _ts_briefing_write_text (w, w->cover, row, col, _("Timeline"),
                           _ts_briefing_get_format (w, FMT_HEADING, NULL));

  png = _ts_briefing_render_timeline (w->data, TIMELINE_WIDTH, TIMELINE_HEIGHT, &error);
  if (png == NULL)
    {
      /* TRANSLATORS: in place of the timeline on a briefing's cover; %s says why. */
      g_autofree char *note = g_strdup_printf (_("The timeline could not be drawn: %s"),
                                               error->message);

      _ts_briefing_write_text (w, w->cover, row + 1, col, note,
                               _ts_briefing_get_format (w, FMT_MUTED, NULL));
      *points = LXW_DEF_ROW_HEIGHT;
      return row + 1;
    }

  /* TRANSLATORS: the alternative text of the timeline picture on the cover. */
  options.description = (char *) _ts_briefing_keep_string (
    w, g_strdup (_("Timeline of the meetings, signings and project milestones in scope")));
  options.x_scale = TIMELINE_SCALE;
  options.y_scale = TIMELINE_SCALE;
  g_ptr_array_add (w->pictures, g_bytes_ref (png));
  _ts_briefing_check (w, worksheet_insert_image_buffer_opt (w->cover, row + 1, col,
                                                            g_bytes_get_data (png, NULL),
                                                            g_bytes_get_size (png), &options));
  /* In points: three quarters of a pixel. */
  *points = height;
  return row + 1;
}
