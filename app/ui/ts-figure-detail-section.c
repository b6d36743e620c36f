/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-figure-detail-section"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-figure-detail-section.h"
#include "ts-figure.h"

struct _TsFigureDetailSection
{
  TsDetailSection parent_instance;

  TsDetailRow *indicator_row;
  TsDetailRow *period_row;
  TsDetailRow *value_row;
  TsDetailRow *change_row;
  TsDetailRow *publisher_row;
};

G_DEFINE_FINAL_TYPE (TsFigureDetailSection, ts_figure_detail_section, TS_TYPE_DETAIL_SECTION)

static void
ts_figure_detail_section_set_record (TsDetailSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsFigureDetailSection *self = TS_FIGURE_DETAIL_SECTION (section);
  TsFigure *figure = TS_FIGURE (record);
  double change = ts_figure_get_change (figure);
  g_autofree char *change_text = NULL;

  ts_detail_section_show_value (self->indicator_row, ts_figure_get_indicator (figure));
  ts_detail_section_show_date (self->period_row, ts_figure_get_period (figure));
  ts_detail_section_show_number (self->value_row, ts_figure_get_value (figure),
                                 ts_figure_get_unit (figure));
  if (!isnan (change))
    change_text = g_strdup_printf ("%+.1f %%", change);
  ts_detail_section_show_value (self->change_row, change_text);
  ts_detail_section_show_value (self->publisher_row, ts_figure_get_publisher (figure));
}

static void
ts_figure_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_FIGURE_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_figure_detail_section_parent_class)->dispose (object);
}

static void
ts_figure_detail_section_class_init (TsFigureDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_figure_detail_section_dispose;
  section_class->set_record = ts_figure_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-figure-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsFigureDetailSection, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureDetailSection, period_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureDetailSection, value_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureDetailSection, change_row);
  gtk_widget_class_bind_template_child (widget_class, TsFigureDetailSection, publisher_row);
}

static void
ts_figure_detail_section_init (TsFigureDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
