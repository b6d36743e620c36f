/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-dataset.h"
#include "ts-detail-row.h"

G_BEGIN_DECLS

#define TS_TYPE_DETAIL_SECTION (ts_detail_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (TsDetailSection, ts_detail_section, TS, DETAIL_SECTION, GtkWidget)

/* One part of the detail pane: a column of preferences groups from a
 * template, filled from a record. Link rows emit ::navigate. */
struct _TsDetailSectionClass
{
  GtkWidgetClass parent_class;

  /* Shows @record; @dataset resolves the records it links to. */
  void (*set_record) (TsDetailSection *self,
                      TsRecord        *record,
                      TsDataset       *dataset);
};

void ts_detail_section_set_record     (TsDetailSection     *self,
                                       TsRecord            *record,
                                       TsDataset           *dataset);

/* For sections: a field of the template shows @value, and hides when there
 * is none. */
void ts_detail_section_show_value     (TsDetailRow         *row,
                                       const char          *value);
void ts_detail_section_show_strv      (TsDetailRow         *row,
                                       const char * const  *values);
void ts_detail_section_show_date      (TsDetailRow         *row,
                                       const TsDate        *date);
/* As ts_format_quantity() writes it, "22.71 billion USD"; hidden when
 * @value is NaN; @unit may be NULL. */
void ts_detail_section_show_number    (TsDetailRow         *row,
                                       double               value,
                                       const char          *unit);

/* Rows added to @group until the next record; adding one shows a group
 * the template hides. Fields and links are TsDetailRows (ts-detail-row.h);
 * the texts are plain. */
void ts_detail_section_add_field      (TsDetailSection     *self,
                                       AdwPreferencesGroup *group,
                                       const char          *label,
                                       const char          *value);
/* A row that leads to the record @id, "Not in the dataset" when @dataset
 * lacks it; @detail (a role, a title) goes before its date. */
void ts_detail_section_add_link       (TsDetailSection     *self,
                                       AdwPreferencesGroup *group,
                                       TsDataset           *dataset,
                                       const char          *id,
                                       const char          *detail);
/* A row of its own @title and @subtitle (may be NULL) that leads to the
 * record @target_id when @dataset has it, e.g. a milestone and the source
 * it cites; a field when it leads nowhere. */
void ts_detail_section_add_item       (TsDetailSection     *self,
                                       AdwPreferencesGroup *group,
                                       TsDataset           *dataset,
                                       const char          *title,
                                       const char          *subtitle,
                                       const char          *target_id);
void ts_detail_section_add_links      (TsDetailSection     *self,
                                       AdwPreferencesGroup *group,
                                       TsDataset           *dataset,
                                       const char * const  *ids);
void ts_detail_section_add_single_link (TsDetailSection    *self,
                                       AdwPreferencesGroup *group,
                                       TsDataset           *dataset,
                                       const char          *id);
/* Links to the records of @type (-1: any) whose @field names @record, e.g.
 * the meetings a person attended. */
void ts_detail_section_add_referrers  (TsDetailSection     *self,
                                       AdwPreferencesGroup *group,
                                       TsDataset           *dataset,
                                       TsRecord            *record,
                                       int                  type,
                                       const char          *field);

G_END_DECLS
