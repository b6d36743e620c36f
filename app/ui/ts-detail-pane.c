/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-detail-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-detail-pane.h"
#include "ts-agreement.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-record-columns.h"
#include "ts-source.h"

struct _TsDetailPane
{
  GtkWidget parent_instance;

  GtkImage *type_icon;
  GtkLabel *type_label;
  GtkButton *close_button;
  GtkStack *stack;
  AdwPreferencesPage *page;

  TsDataset *dataset;
  TsRecord *record;
  GPtrArray *groups;
  /* The ids shown as links, so that "Also linked from" lists the rest. */
  GHashTable *shown_links;
};

G_DEFINE_FINAL_TYPE (TsDetailPane, ts_detail_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_SHOW_CLOSE,
  N_PROPS
};

enum {
  NAVIGATE,
  CLOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "en", N_("Name in English") },
  { "ru", N_("Name in Russian") },
  { "ky", N_("Name in Kyrgyz") },
  { "zh", N_("Name in Chinese") },
};

static AdwPreferencesGroup *
add_group (TsDetailPane *self,
           const char   *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, group);

  return group;
}

static void
add_field (AdwPreferencesGroup *group,
           const char          *label,
           const char          *value)
{
  GtkWidget *row;
  g_autofree char *escaped_label = NULL;
  g_autofree char *escaped_value = NULL;

  if (value == NULL || *value == '\0')
    return;

  escaped_label = g_markup_escape_text (label, -1);
  escaped_value = g_markup_escape_text (value, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

static void
add_strv_field (AdwPreferencesGroup *group,
                const char          *label,
                const char * const  *values)
{
  g_autofree char *text = NULL;

  if (values == NULL || values[0] == NULL)
    return;

  text = g_strjoinv (", ", (char **) values);
  add_field (group, label, text);
}

static void
add_date_field (AdwPreferencesGroup *group,
                const char          *label,
                const TsDate        *date)
{
  g_autofree char *text = ts_date_format (date);

  add_field (group, label, text);
}

static void
add_number_field (AdwPreferencesGroup *group,
                  const char          *label,
                  double               value,
                  const char          *unit)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    return;

  if (unit != NULL)
    text = g_strdup_printf ("%'.15g %s", value, unit);
  else
    text = g_strdup_printf ("%'.15g", value);
  add_field (group, label, text);
}

static void
on_link_activated (AdwActionRow *row,
                   TsDetailPane *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "ts-target-id");

  g_signal_emit (self, signals[NAVIGATE], 0, id);
}

static void
add_link (TsDetailPane        *self,
          AdwPreferencesGroup *group,
          const char          *id,
          const char          *detail)
{
  TsRecord *target;
  GtkWidget *row;
  GtkWidget *icon;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  TsRecordType type;

  if (id == NULL)
    return;

  g_hash_table_add (self->shown_links, g_strdup (id));
  target = ts_dataset_lookup (self->dataset, id);
  row = adw_action_row_new ();

  if (target != NULL)
    {
      g_autofree char *date = ts_date_format (ts_record_get_date (target));

      type = ts_record_get_record_type (target);
      title = g_markup_escape_text (ts_record_get_display_name (target), -1);
      if (detail != NULL && *date != '\0')
        subtitle = g_strdup_printf ("%s · %s", detail, date);
      else if (detail != NULL)
        subtitle = g_strdup (detail);
      else if (*date != '\0')
        subtitle = g_steal_pointer (&date);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "ts-target-id", g_strdup (id), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_link_activated), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  else
    {
      /* A link to a record the dataset lacks: show it, but it leads nowhere. */
      ts_record_id_parse (id, &type);
      title = g_markup_escape_text (id, -1);
      subtitle = g_strdup (_("Not in the dataset"));
      gtk_widget_add_css_class (row, "dim-label");
    }

  icon = gtk_image_new_from_icon_name (ts_record_type_get_icon_name (type));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ts_record_type_get_label (type),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  adw_preferences_group_add (group, row);
}

static void
add_links (TsDetailPane       *self,
           const char         *title,
           const char * const *ids)
{
  AdwPreferencesGroup *group;

  if (ids == NULL || ids[0] == NULL)
    return;

  group = add_group (self, title);
  for (guint i = 0; ids[i] != NULL; i++)
    add_link (self, group, ids[i], NULL);
}

static void
add_single_link (TsDetailPane *self,
                 const char   *title,
                 const char   *id)
{
  const char *ids[] = { id, NULL };

  add_links (self, title, ids);
}

/* Records that refer to this one, e.g. the meetings a person attended. */
static void
add_referrers (TsDetailPane *self,
               const char   *title,
               int           type,
               const char   *field)
{
  g_autoptr(GPtrArray) referrers = NULL;
  AdwPreferencesGroup *group;

  referrers = ts_dataset_list_referrers (self->dataset, ts_record_get_id (self->record),
                                         type, field);
  if (referrers->len == 0)
    return;

  group = add_group (self, title);
  for (guint i = 0; i < referrers->len; i++)
    add_link (self, group, ts_record_get_id (g_ptr_array_index (referrers, i)), NULL);
}

static void
add_other_referrers (TsDetailPane *self)
{
  g_autoptr(GPtrArray) referrers = NULL;
  AdwPreferencesGroup *group = NULL;

  referrers = ts_dataset_list_referrers (self->dataset, ts_record_get_id (self->record),
                                         -1, NULL);
  for (guint i = 0; i < referrers->len; i++)
    {
      TsRecord *referrer = g_ptr_array_index (referrers, i);
      const char *id = ts_record_get_id (referrer);

      if (g_hash_table_contains (self->shown_links, id))
        continue;
      if (group == NULL)
        group = add_group (self, _("Also Linked From"));
      add_link (self, group, id, ts_record_type_get_label (ts_record_get_record_type (referrer)));
    }
}

static void
add_names (AdwPreferencesGroup *group,
           GHashTable          *names,
           const char * const  *aliases)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    add_field (group, _(languages[i].name), g_hash_table_lookup (names, languages[i].code));
  add_strv_field (group, _("Also Known As"), aliases);
}

static void
add_country_field (AdwPreferencesGroup *group,
                   const char          *code)
{
  add_field (group, _("Country"), ts_country_get_name (code));
}

static void
show_meeting (TsDetailPane        *self,
              AdwPreferencesGroup *details)
{
  TsMeeting *meeting = TS_MEETING (self->record);
  GPtrArray *participants = ts_meeting_get_participants (meeting);

  add_date_field (details, _("Date"), ts_meeting_get_date (meeting));
  add_date_field (details, _("End Date"), ts_meeting_get_end_date (meeting));
  add_field (details, _("Level"), ts_meeting_level_get_label (ts_meeting_get_level (meeting)));
  add_field (details, _("Format"),
             ts_meeting_format_get_label (ts_meeting_get_format (meeting)));
  add_strv_field (details, _("Topics"), ts_meeting_get_topics (meeting));

  add_single_link (self, _("Place"), ts_meeting_get_place_id (meeting));
  add_single_link (self, _("Part Of"), ts_meeting_get_part_of_id (meeting));

  if (participants->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Participants"));

      for (guint i = 0; i < participants->len; i++)
        {
          TsParticipant *participant = g_ptr_array_index (participants, i);
          g_autofree char *detail = NULL;

          if (participant->role != NULL && participant->side != NULL)
            detail = g_strdup_printf ("%s (%s)", participant->role,
                                      ts_country_get_name (participant->side));
          else if (participant->role != NULL)
            detail = g_strdup (participant->role);
          else if (participant->side != NULL)
            detail = g_strdup (ts_country_get_name (participant->side));

          add_link (self, group, participant->person_id, detail);
        }
    }

  add_links (self, _("Organizations"), ts_meeting_get_organization_ids (meeting));
  add_links (self, _("Agreements Signed"), ts_meeting_get_outcome_ids (meeting));
  add_links (self, _("Projects Discussed"), ts_meeting_get_project_ids (meeting));
  add_referrers (self, _("Events of This Visit"), TS_RECORD_TYPE_MEETING, "part_of");
}

static void
show_agreement (TsDetailPane        *self,
                AdwPreferencesGroup *details)
{
  TsAgreement *agreement = TS_AGREEMENT (self->record);
  GPtrArray *parties = ts_agreement_get_parties (agreement);

  add_date_field (details, _("Date Signed"), ts_agreement_get_date (agreement));
  add_field (details, _("Kind"),
             ts_agreement_kind_get_label (ts_agreement_get_kind (agreement)));
  add_field (details, _("Status"),
             ts_agreement_status_get_label (ts_agreement_get_status (agreement)));

  if (parties->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Parties"));

      for (guint i = 0; i < parties->len; i++)
        {
          TsParty *party = g_ptr_array_index (parties, i);

          add_link (self, group, party->party_id, party->role);
        }
    }

  add_links (self, _("Signatories"), ts_agreement_get_signatory_ids (agreement));
  add_single_link (self, _("Signed At"), ts_agreement_get_signed_at_id (agreement));
  add_links (self, _("Projects"), ts_agreement_get_project_ids (agreement));
}

static void
show_project (TsDetailPane        *self,
              AdwPreferencesGroup *details)
{
  TsProject *project = TS_PROJECT (self->record);
  GPtrArray *milestones = ts_project_get_milestones (project);
  GPtrArray *route = ts_project_get_route (project);

  add_field (details, _("Sector"),
             ts_project_sector_get_label (ts_project_get_sector (project)));
  add_field (details, _("Status"),
             ts_project_status_get_label (ts_project_get_status (project)));
  add_number_field (details, _("Value"), ts_project_get_value_usd (project), "USD");
  if (route->len > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u point", "%u points", route->len),
                                               route->len);

      add_field (details, _("Route"), text);
    }

  if (milestones->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Milestones"));

      for (guint i = 0; i < milestones->len; i++)
        {
          TsMilestone *milestone = g_ptr_array_index (milestones, i);
          g_autofree char *date = ts_date_format (&milestone->date);
          g_autofree char *label = NULL;

          label = g_strdup_printf ("%s · %s", date,
                                   ts_project_status_get_label (milestone->status));
          if (milestone->source_id != NULL)
            add_link (self, group, milestone->source_id, label);
          else
            add_field (group, label, milestone->note != NULL ? milestone->note : label);
        }
    }

  add_links (self, _("Places"), ts_project_get_place_ids (project));
  add_links (self, _("Partners"), ts_project_get_partner_ids (project));
  add_referrers (self, _("Meetings"), TS_RECORD_TYPE_MEETING, "projects");
  add_referrers (self, _("Agreements"), TS_RECORD_TYPE_AGREEMENT, "projects");
}

static void
show_person (TsDetailPane        *self,
             AdwPreferencesGroup *details)
{
  TsPerson *person = TS_PERSON (self->record);
  GPtrArray *positions = ts_person_get_positions (person);

  add_names (details, ts_person_get_names (person), ts_person_get_aliases (person));
  add_country_field (details, ts_person_get_country (person));

  if (positions->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Positions"));

      for (guint i = 0; i < positions->len; i++)
        {
          TsPosition *position = g_ptr_array_index (positions, i);
          g_autofree char *from = ts_date_format (&position->from);
          g_autofree char *to = ts_date_format (&position->to);
          g_autofree char *period = NULL;

          if (*from != '\0' && *to != '\0')
            /* Translators: a period of time, "May 2021 – Dec 2024" */
            period = g_strdup_printf (_("%s – %s"), from, to);
          else if (*from != '\0')
            /* Translators: a period of time still going on */
            period = g_strdup_printf (_("since %s"), from);
          else if (*to != '\0')
            period = g_strdup_printf (_("until %s"), to);

          if (position->organization_id != NULL)
            {
              g_autofree char *detail = NULL;

              detail = period != NULL ? g_strdup_printf ("%s · %s", position->title, period)
                                      : g_strdup (position->title);
              add_link (self, group, position->organization_id, detail);
            }
          else
            {
              add_field (group, position->title, period != NULL ? period : position->title);
            }
        }
    }

  add_referrers (self, _("Meetings Attended"), TS_RECORD_TYPE_MEETING, "participants.person");
  add_referrers (self, _("Agreements Signed"), TS_RECORD_TYPE_AGREEMENT, "signatories");
}

static void
show_organization (TsDetailPane        *self,
                   AdwPreferencesGroup *details)
{
  TsOrganization *organization = TS_ORGANIZATION (self->record);

  add_names (details, ts_organization_get_names (organization),
             ts_organization_get_aliases (organization));
  add_field (details, _("Kind"),
             ts_organization_kind_get_label (ts_organization_get_kind (organization)));
  add_country_field (details, ts_organization_get_country (organization));
  add_single_link (self, _("Part Of"), ts_organization_get_parent_id (organization));
  add_referrers (self, _("Member Organizations"), TS_RECORD_TYPE_ORGANIZATION, "parent");
  add_referrers (self, _("People"), TS_RECORD_TYPE_PERSON, "positions.organization");
  add_referrers (self, _("Meetings"), TS_RECORD_TYPE_MEETING, "organizations");
}

static void
show_place (TsDetailPane        *self,
            AdwPreferencesGroup *details)
{
  TsPlace *place = TS_PLACE (self->record);
  g_autofree char *coordinates = NULL;
  double lat = ts_place_get_lat (place);
  double lon = ts_place_get_lon (place);

  add_names (details, ts_place_get_names (place), ts_place_get_aliases (place));
  add_field (details, _("Kind"), ts_place_kind_get_label (ts_place_get_kind (place)));
  add_country_field (details, ts_place_get_country (place));
  if (!isnan (lat) && !isnan (lon))
    {
      /* Translators: latitude and longitude in degrees */
      coordinates = g_strdup_printf (_("%.4f, %.4f"), lat, lon);
      add_field (details, _("Coordinates"), coordinates);
    }

  add_single_link (self, _("Lies In"), ts_place_get_parent_id (place));
  add_referrers (self, _("Meetings Here"), TS_RECORD_TYPE_MEETING, "place");
  add_referrers (self, _("Agreements"), TS_RECORD_TYPE_AGREEMENT, "parties.party");
  add_referrers (self, _("Projects"), TS_RECORD_TYPE_PROJECT, "places");
  add_referrers (self, _("Places in It"), TS_RECORD_TYPE_PLACE, "parent");
}

static void
on_url_activated (AdwActionRow *row,
                  TsDetailPane *self)
{
  const char *url = g_object_get_data (G_OBJECT (row), "ts-url");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
show_source (TsDetailPane        *self,
             AdwPreferencesGroup *details)
{
  TsSource *source = TS_SOURCE (self->record);
  const char *url = ts_source_get_url (source);
  const char *scheme = url != NULL ? g_uri_peek_scheme (url) : NULL;

  add_field (details, _("Publisher"), ts_source_get_publisher (source));
  add_date_field (details, _("Published"), ts_source_get_date (source));
  add_field (details, _("Language"), ts_source_get_language (source));
  add_field (details, _("Reliability"),
             ts_reliability_get_label (ts_source_get_reliability (source)));
  add_field (details, _("Excerpt"), ts_source_get_excerpt (source));

  /* Only web pages open: a dataset from elsewhere must not launch files or
   * other handlers. */
  if (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Article"));
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *escaped = g_markup_escape_text (url, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Open in Browser"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("web-browser-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "ts-url", g_strdup (url), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_url_activated), self);
      adw_preferences_group_add (group, row);
    }
  else
    {
      add_field (details, _("Address"), url);
    }

  add_referrers (self, _("Cited By"), -1, "sources");
}

static void
show_figure (TsDetailPane        *self,
             AdwPreferencesGroup *details)
{
  TsFigure *figure = TS_FIGURE (self->record);

  add_field (details, _("Indicator"), ts_figure_get_indicator (figure));
  add_date_field (details, _("Period"), ts_figure_get_period (figure));
  add_number_field (details, _("Value"), ts_figure_get_value (figure),
                    ts_figure_get_unit (figure));
  if (!isnan (ts_figure_get_change (figure)))
    {
      g_autofree char *change = g_strdup_printf ("%+.1f %%", ts_figure_get_change (figure));

      add_field (details, _("Change on the Previous Period"), change);
    }
}

static void
clear_groups (TsDetailPane *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->shown_links);
}

static void
show_record (TsDetailPane *self)
{
  AdwPreferencesGroup *header;
  AdwPreferencesGroup *details;
  AdwPreferencesGroup *about;
  GtkWidget *title;
  g_autofree char *modified = NULL;
  TsRecordType type;

  clear_groups (self);

  if (self->record == NULL || self->dataset == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_label_set_label (self->type_label, "");
      gtk_image_clear (self->type_icon);
      return;
    }

  type = ts_record_get_record_type (self->record);
  gtk_label_set_label (self->type_label, ts_record_type_get_label (type));
  gtk_image_set_from_icon_name (self->type_icon, ts_record_type_get_icon_name (type));

  header = add_group (self, NULL);
  title = gtk_label_new (ts_record_get_display_name (self->record));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_widget_set_name (title, "record-title");
  adw_preferences_group_add (header, title);
  if (ts_record_get_summary (self->record) != NULL)
    {
      GtkWidget *summary = gtk_label_new (ts_record_get_summary (self->record));

      gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
      gtk_label_set_xalign (GTK_LABEL (summary), 0);
      gtk_label_set_selectable (GTK_LABEL (summary), TRUE);
      gtk_widget_set_margin_top (summary, 6);
      adw_preferences_group_add (header, summary);
    }

  details = add_group (self, _("Details"));
  switch (type)
    {
    case TS_RECORD_TYPE_MEETING:
      show_meeting (self, details);
      break;
    case TS_RECORD_TYPE_AGREEMENT:
      show_agreement (self, details);
      break;
    case TS_RECORD_TYPE_PROJECT:
      show_project (self, details);
      break;
    case TS_RECORD_TYPE_PERSON:
      show_person (self, details);
      break;
    case TS_RECORD_TYPE_ORGANIZATION:
      show_organization (self, details);
      break;
    case TS_RECORD_TYPE_PLACE:
      show_place (self, details);
      break;
    case TS_RECORD_TYPE_SOURCE:
      show_source (self, details);
      break;
    case TS_RECORD_TYPE_FIGURE:
      show_figure (self, details);
      break;
    default:
      g_assert_not_reached ();
    }

  add_links (self, _("Sources"), ts_record_get_source_ids (self->record));
  add_other_referrers (self);

  about = add_group (self, _("About This Record"));
  add_strv_field (about, _("Tags"), ts_record_get_tags (self->record));
  add_field (about, _("Confidence"),
             ts_confidence_get_label (ts_record_get_confidence (self->record)));
  add_field (about, _("Notes"), ts_record_get_notes (self->record));
  add_field (about, _("Identifier"), ts_record_get_id (self->record));
  if (ts_record_get_modified (self->record) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (ts_record_get_modified (self->record));

      modified = g_date_time_format (local, "%x %X");
      add_field (about, _("Last Changed"), modified);
    }

  gtk_stack_set_visible_child_name (self->stack, "record");
}

static void
on_close_clicked (GtkButton    *button,
                  TsDetailPane *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
ts_detail_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    case PROP_SHOW_CLOSE:
      g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (self->close_button)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      ts_detail_pane_set_record (self, g_value_get_object (value));
      break;
    case PROP_SHOW_CLOSE:
      gtk_widget_set_visible (GTK_WIDGET (self->close_button), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_pane_dispose (GObject *object)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_DETAIL_PANE);
  /* The template's root has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->record);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_detail_pane_parent_class)->dispose (object);
}

static void
ts_detail_pane_finalize (GObject *object)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->shown_links, g_hash_table_unref);

  G_OBJECT_CLASS (ts_detail_pane_parent_class)->finalize (object);
}

static void
ts_detail_pane_class_init (TsDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_detail_pane_get_property;
  object_class->set_property = ts_detail_pane_set_property;
  object_class->dispose = ts_detail_pane_dispose;
  object_class->finalize = ts_detail_pane_finalize;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         TS_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_CLOSE] =
    g_param_spec_boolean ("show-close", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A link was activated: show the record with this id. */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSE] =
    g_signal_new ("close",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-detail-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, type_icon);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, type_label);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, close_button);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, stack);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, page);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailpane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_detail_pane_init (TsDetailPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
  self->shown_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Record Details"),
                                  -1);
}

TsDetailPane *
ts_detail_pane_new (void)
{
  return g_object_new (TS_TYPE_DETAIL_PANE, NULL);
}

void
ts_detail_pane_set_dataset (TsDetailPane *self,
                            TsDataset    *dataset)
{
  g_return_if_fail (TS_IS_DETAIL_PANE (self));

  if (g_set_object (&self->dataset, dataset))
    ts_detail_pane_set_record (self, NULL);
}

TsRecord *
ts_detail_pane_get_record (TsDetailPane *self)
{
  g_return_val_if_fail (TS_IS_DETAIL_PANE (self), NULL);

  return self->record;
}

/* Always rebuilds: the same record may have new links. */
void
ts_detail_pane_set_record (TsDetailPane *self,
                           TsRecord     *record)
{
  g_return_if_fail (TS_IS_DETAIL_PANE (self));
  g_return_if_fail (record == NULL || TS_IS_RECORD (record));

  g_set_object (&self->record, record);
  show_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}
