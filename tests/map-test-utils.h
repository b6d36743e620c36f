/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the map's ui tests share: its popover, opened by a click. Include
 * after ui-test-utils.h and ts-map-view-private.h. */
#pragma once

static inline gboolean
popover_is_mapped (gpointer map)
{
  GtkPopover *popover = _ts_map_view_get_popover (map);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* A place's popover, and where to click to open it again. */
typedef struct
{
  TsMapView *map;
  double     x, y;
} PopoverAt;

static inline gboolean
popover_at_is_mapped (gpointer data)
{
  return popover_is_mapped (((PopoverAt *) data)->map);
}

static inline gboolean
popover_at_is_closed (gpointer data)
{
  return _ts_map_view_get_popover (((PopoverAt *) data)->map) == NULL;
}

static inline void
popover_at_reopen (gpointer data)
{
  PopoverAt *at = data;

  _ts_map_view_click (at->map, at->x, at->y);
}

/* Waits for the popover a click at (x, y) opened, opening it again if
 * another test's window took the focus and closed it. */
static inline void
wait_for_popover (TsMapView *map,
                  double     x,
                  double     y)
{
  PopoverAt at = { map, x, y };

  ui_test_wait_reopening (popover_at_is_mapped, popover_at_is_closed, popover_at_reopen, &at);
}
