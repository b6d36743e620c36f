/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-person-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-person-detail-section.h"
#include "ts-person.h"

struct _TsPersonDetailSection
{
  TsNamedDetailSection parent_instance;

  AdwPreferencesGroup *positions_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *agreements_group;
  AdwPreferencesGroup *statements_group;
};

G_DEFINE_FINAL_TYPE (TsPersonDetailSection, ts_person_detail_section, TS_TYPE_NAMED_DETAIL_SECTION)

/* "May 2021 – Dec 2024", "since May 2021", "until Dec 2024" or NULL. */
static char *
format_period (TsPosition *position)
{
  g_autofree char *from = ts_date_format (&position->from);
  g_autofree char *to = ts_date_format (&position->to);

  if (*from != '\0' && *to != '\0')
    /* Translators: a period of time, "May 2021 – Dec 2024" */
    return g_strdup_printf (_("%s – %s"), from, to);
  if (*from != '\0')
    /* Translators: a period of time still going on */
    return g_strdup_printf (_("since %s"), from);
  if (*to != '\0')
    return g_strdup_printf (_("until %s"), to);
  return NULL;
}

/* A position at an organization links to it; one without shows its period. */
static void
add_position (TsDetailSection     *section,
              AdwPreferencesGroup *group,
              TsDataset           *dataset,
              TsPosition          *position)
{
  g_autofree char *period = format_period (position);
  g_autofree char *detail = NULL;

  if (position->organization_id == NULL)
    {
      ts_detail_section_add_field (section, group, position->title,
                                   period != NULL ? period : position->title);
      return;
    }

  detail = period != NULL ? g_strdup_printf ("%s · %s", position->title, period)
                          : g_strdup (position->title);
  ts_detail_section_add_link (section, group, dataset, position->organization_id, detail);
}

static void
ts_person_detail_section_set_record (TsDetailSection *section,
                                     TsRecord        *record,
                                     TsDataset       *dataset)
{
  TsPersonDetailSection *self = TS_PERSON_DETAIL_SECTION (section);
  TsPerson *person = TS_PERSON (record);
  GPtrArray *positions = ts_person_get_positions (person);

  ts_named_detail_section_show_names (TS_NAMED_DETAIL_SECTION (self),
                                      ts_person_get_names (person),
                                      ts_person_get_aliases (person),
                                      NULL,
                                      ts_person_get_country (person));

  for (guint i = 0; i < positions->len; i++)
    add_position (section, self->positions_group, dataset, g_ptr_array_index (positions, i));
  ts_detail_section_add_referrers (section, self->meetings_group, dataset, record,
                                   TS_RECORD_TYPE_MEETING, "participants.person");
  ts_detail_section_add_referrers (section, self->agreements_group, dataset, record,
                                   TS_RECORD_TYPE_AGREEMENT, "signatories");
  ts_detail_section_add_referrers (section, self->statements_group, dataset, record,
                                   TS_RECORD_TYPE_STATEMENT, "speaker");
}

static void
ts_person_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_PERSON_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_person_detail_section_parent_class)->dispose (object);
}

static void
ts_person_detail_section_class_init (TsPersonDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_person_detail_section_dispose;
  section_class->set_record = ts_person_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-person-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsPersonDetailSection, positions_group);
  gtk_widget_class_bind_template_child (widget_class, TsPersonDetailSection, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, TsPersonDetailSection, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, TsPersonDetailSection, statements_group);
}

static void
ts_person_detail_section_init (TsPersonDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
