/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ts-record-editor.h"
#include "ts-agreement.h"
#include "ts-enums.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-record-columns.h"
#include "ts-source.h"

#define TYPE_BIT(type) (1u << (type))

typedef enum
{
  FIELD_TEXT,
  FIELD_LIST,    /* comma-separated */
  FIELD_DATE,
  FIELD_NUMBER,
  FIELD_CHOICE,
  FIELD_LINK,
  FIELD_LINKS,
} FieldKind;

/* A record picker's choices: titles to show and search, ids behind them;
 * position 0 is "None". */
typedef struct
{
  GtkStringList *titles;
  GPtrArray *ids;
} Candidates;

typedef struct
{
  TsRecordEditor *editor;
  char *key;
  char *title;
  FieldKind kind;
  GtkWidget *row;
  GtkWidget *dropdown;
  GtkWidget *hint;
  Candidates *candidates;
  /* FIELD_LINKS: the ids chosen, their rows and the row that adds one. */
  GPtrArray *ids;
  GPtrArray *id_rows;
  AdwPreferencesGroup *group;
  GtkWidget *add_row;
} Field;

struct _TsRecordEditor
{
  AdwWindow parent_instance;

  AdwPreferencesPage *page;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkButton *save_button;

  TsDataset *dataset;
  TsRecord *original;
  TsRecordType type;
  GHashTable *fields;      /* key → Field */
  GHashTable *candidates;  /* type mask → Candidates */
};

G_DEFINE_FINAL_TYPE (TsRecordEditor, ts_record_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
candidates_free (Candidates *candidates)
{
  g_clear_object (&candidates->titles);
  g_clear_pointer (&candidates->ids, g_ptr_array_unref);
  g_free (candidates);
}

static void
field_free (Field *field)
{
  g_free (field->key);
  g_free (field->title);
  g_clear_pointer (&field->ids, g_ptr_array_unref);
  g_clear_pointer (&field->id_rows, g_ptr_array_unref);
  g_free (field);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;

  return g_utf8_collate (ts_record_get_title (ra), ts_record_get_title (rb));
}

static Candidates *
get_candidates (TsRecordEditor *self,
                guint           types)
{
  Candidates *candidates = g_hash_table_lookup (self->candidates, GUINT_TO_POINTER (types));
  g_autoptr(GPtrArray) records = NULL;

  if (candidates != NULL)
    return candidates;

  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    {
      GListModel *list;

      if ((types & TYPE_BIT (type)) == 0)
        continue;

      list = ts_dataset_get_records (self->dataset, type);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
    }
  g_ptr_array_sort (records, compare_titles);

  candidates = g_new0 (Candidates, 1);
  candidates->titles = gtk_string_list_new (NULL);
  candidates->ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (candidates->titles, C_("record link", "None"));
  g_ptr_array_add (candidates->ids, NULL);
  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = g_ptr_array_index (records, i);

      gtk_string_list_append (candidates->titles, ts_record_get_title (record));
      g_ptr_array_add (candidates->ids, g_strdup (ts_record_get_id (record)));
    }

  g_hash_table_insert (self->candidates, GUINT_TO_POINTER (types), candidates);
  return candidates;
}

static guint
find_candidate (Candidates *candidates,
                const char *id)
{
  for (guint i = 1; id != NULL && i < candidates->ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (candidates->ids, i), id) == 0)
        return i;
    }

  return 0;
}

static Field *
add_field (TsRecordEditor *self,
           const char     *key,
           const char     *title,
           FieldKind       kind,
           GtkWidget      *row)
{
  Field *field = g_new0 (Field, 1);

  field->editor = self;
  field->key = g_strdup (key);
  field->title = g_strdup (title);
  field->kind = kind;
  field->row = row;
  if (row != NULL)
    gtk_widget_set_name (row, key);
  g_hash_table_insert (self->fields, field->key, field);

  return field;
}

static Field *
lookup_field (TsRecordEditor *self,
              const char     *key)
{
  Field *field = g_hash_table_lookup (self->fields, key);

  g_assert (field != NULL);
  return field;
}

static AdwPreferencesGroup *
add_group (TsRecordEditor *self,
           const char     *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (self->page, group);
  return group;
}

static void
add_entry (TsRecordEditor      *self,
           AdwPreferencesGroup *group,
           const char          *key,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_TEXT, row);
}

static void
add_list_entry (TsRecordEditor      *self,
                AdwPreferencesGroup *group,
                const char          *key,
                const char          *title,
                const char * const  *values)
{
  g_autofree char *text = g_strjoinv (", ", (char **) values);
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_LIST, row);
}

static void
update_date_hint (GtkEditable *row,
                  Field       *field)
{
  const char *text = gtk_editable_get_text (row);
  TsDate date = TS_DATE_INIT;
  g_autofree char *hint = NULL;

  gtk_widget_remove_css_class (field->row, "error");
  if (*text == '\0')
    {
      hint = g_strdup (_("not set"));
    }
  else if (!ts_date_parse (text, &date, NULL))
    {
      hint = g_strdup (_("not a date"));
      gtk_widget_add_css_class (field->row, "error");
    }
  else
    {
      g_autofree char *formatted = ts_date_format (&date);
      const char *precision = date.precision == TS_DATE_PRECISION_DAY ? _("day")
                              : date.precision == TS_DATE_PRECISION_MONTH ? _("month")
                              : _("year");

      /* Translators: how a date reads, and how precise it is: "May 2023 · month" */
      hint = g_strdup_printf (C_("date hint", "%s · %s"), formatted, precision);
    }

  gtk_label_set_label (GTK_LABEL (field->hint), hint);
}

static void
add_date (TsRecordEditor      *self,
          AdwPreferencesGroup *group,
          const char          *key,
          const char          *title,
          const TsDate        *date)
{
  g_autofree char *text = ts_date_to_string (date);
  GtkWidget *row = adw_entry_row_new ();
  Field *field;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (row, _("A day (2023-10-25), a month (2023-05) or a year "
                                      "(2023); add ~ for “about”"));
  field = add_field (self, key, title, FIELD_DATE, row);
  field->hint = gtk_label_new (NULL);
  gtk_widget_add_css_class (field->hint, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), field->hint);
  g_signal_connect (row, "changed", G_CALLBACK (update_date_hint), field);
  update_date_hint (GTK_EDITABLE (row), field);
  adw_preferences_group_add (group, row);
}

static void
add_number (TsRecordEditor      *self,
            AdwPreferencesGroup *group,
            const char          *key,
            const char          *title,
            double               value)
{
  g_autofree char *text = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GtkWidget *row = adw_entry_row_new ();

  if (!isnan (value))
    text = g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_NUMBER, row);
}

static void
add_choice (TsRecordEditor      *self,
            AdwPreferencesGroup *group,
            const char          *key,
            const char          *title,
            GType                enum_type,
            int                  value)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n_values = ts_enum_get_n_values (enum_type);

  gtk_string_list_append (labels, C_("vocabulary", "Not set"));
  for (guint i = 1; i < n_values; i++)
    gtk_string_list_append (labels, ts_enum_get_label (enum_type, i));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), MAX (value, 0));
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_CHOICE, row);
}

static GtkWidget *
create_picker (Candidates *candidates,
               const char *accessible_label)
{
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (candidates->titles)),
                                           gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                        NULL, "string"));

  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (dropdown, 220, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return dropdown;
}

static void
add_link (TsRecordEditor      *self,
          AdwPreferencesGroup *group,
          const char          *key,
          const char          *title,
          guint                types,
          const char          *id)
{
  GtkWidget *row = adw_action_row_new ();
  Candidates *candidates = get_candidates (self, types);
  Field *field;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  field = add_field (self, key, title, FIELD_LINK, row);
  field->candidates = candidates;
  field->dropdown = create_picker (candidates, title);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), find_candidate (candidates, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), field->dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), field->dropdown);
  adw_preferences_group_add (group, row);
}

static void add_link_row (Field      *field,
                          const char *id);

static void
on_remove_link_clicked (GtkButton *button,
                        Field     *field)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ts-row");
  guint index;

  if (!g_ptr_array_find (field->id_rows, row, &index))
    return;

  g_ptr_array_remove_index (field->ids, index);
  g_ptr_array_remove_index (field->id_rows, index);
  adw_preferences_group_remove (field->group, row);
}

static void
on_add_link_clicked (GtkButton *button,
                     Field     *field)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->dropdown));
  const char *id;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  id = g_ptr_array_index (field->candidates->ids, selected);
  for (guint i = 0; i < field->ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (field->ids, i), id))
        return;
    }

  add_link_row (field, id);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), 0);
}

static void
add_link_row (Field      *field,
              const char *id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  const char *title = ts_title_of_id (field->editor->dataset, id);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* Translators: a button that removes %s from a list of linked records */
  accessible = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data (G_OBJECT (remove), "ts-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_link_clicked), field);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  /* The rows of the chosen records go before the row that adds one. */
  adw_preferences_group_remove (field->group, field->add_row);
  adw_preferences_group_add (field->group, row);
  adw_preferences_group_add (field->group, field->add_row);

  g_ptr_array_add (field->ids, g_strdup (id));
  g_ptr_array_add (field->id_rows, row);
}

static void
add_links (TsRecordEditor     *self,
           const char         *key,
           const char         *title,
           guint               types,
           const char * const *ids)
{
  AdwPreferencesGroup *group = add_group (self, title);
  Candidates *candidates = get_candidates (self, types);
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *accessible = NULL;
  Field *field;

  field = add_field (self, key, title, FIELD_LINKS, NULL);
  field->candidates = candidates;
  field->group = group;
  field->ids = g_ptr_array_new_with_free_func (g_free);
  field->id_rows = g_ptr_array_new ();

  field->add_row = adw_action_row_new ();
  gtk_widget_set_name (field->add_row, key);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->add_row), _("Add"));
  /* Translators: %s names a list, "Participants" */
  accessible = g_strdup_printf (_("Choose a record to add to %s"), title);
  field->dropdown = create_picker (candidates, accessible);
  adw_action_row_add_suffix (ADW_ACTION_ROW (field->add_row), field->dropdown);
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, _("Add"));
  g_free (accessible);
  accessible = g_strdup_printf (_("Add to %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_link_clicked), field);
  adw_action_row_add_suffix (ADW_ACTION_ROW (field->add_row), add_button);
  adw_preferences_group_add (group, field->add_row);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    add_link_row (field, ids[i]);
}

static void
add_names (TsRecordEditor      *self,
           AdwPreferencesGroup *group,
           GHashTable          *names,
           const char * const  *aliases)
{
  add_entry (self, group, "names.en", _("Name in English"),
             names != NULL ? g_hash_table_lookup (names, "en") : NULL);
  add_entry (self, group, "names.ru", _("Name in Russian"),
             names != NULL ? g_hash_table_lookup (names, "ru") : NULL);
  add_entry (self, group, "names.ky", _("Name in Kyrgyz"),
             names != NULL ? g_hash_table_lookup (names, "ky") : NULL);
  add_entry (self, group, "names.zh", _("Name in Chinese"),
             names != NULL ? g_hash_table_lookup (names, "zh") : NULL);
  add_list_entry (self, group, "aliases", _("Other Spellings (comma-separated)"), aliases);
}

/* Builds the form, filled from @r (a blank record of the type for a new
 * one). */
static void
build_form (TsRecordEditor *self,
            TsRecord       *r)
{
  AdwPreferencesGroup *main_group = add_group (self, NULL);
  AdwPreferencesGroup *group;
  guint places_and_organizations = TYPE_BIT (TS_RECORD_TYPE_PLACE)
                                   | TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION);

  add_entry (self, main_group,
             "title",
             self->type == TS_RECORD_TYPE_SOURCE ? _("Headline")
             : self->type == TS_RECORD_TYPE_PERSON ? _("Name")
             : _("Title"),
             ts_record_get_title (r));
  add_entry (self, main_group, "summary", _("Summary"), ts_record_get_summary (r));

  switch (self->type)
    {
    case TS_RECORD_TYPE_MEETING:
      {
        TsMeeting *m = TS_MEETING (r);
        GPtrArray *participants = ts_meeting_get_participants (m);
        g_autoptr(GStrvBuilder) people = g_strv_builder_new ();
        g_auto(GStrv) person_ids = NULL;

        add_date (self, main_group, "date", _("Date"), ts_meeting_get_date (m));
        add_date (self, main_group, "end_date", _("End Date"), ts_meeting_get_end_date (m));
        add_choice (self, main_group, "level", _("Level"), TS_TYPE_MEETING_LEVEL,
                    ts_meeting_get_level (m));
        add_choice (self, main_group, "format", _("Format"), TS_TYPE_MEETING_FORMAT,
                    ts_meeting_get_format (m));
        add_list_entry (self, main_group, "topics", _("Topics (comma-separated)"),
                        ts_meeting_get_topics (m));
        add_link (self, main_group, "place", _("Place"), TYPE_BIT (TS_RECORD_TYPE_PLACE),
                  ts_meeting_get_place_id (m));
        add_link (self, main_group, "part_of", _("Part Of"), TYPE_BIT (TS_RECORD_TYPE_MEETING),
                  ts_meeting_get_part_of_id (m));

        for (guint i = 0; i < participants->len; i++)
          g_strv_builder_add (people,
                              ((TsParticipant *) g_ptr_array_index (participants, i))->person_id);
        person_ids = g_strv_builder_end (people);
        add_links (self, "participants", _("Participants"), TYPE_BIT (TS_RECORD_TYPE_PERSON),
                   (const char * const *) person_ids);
        add_links (self, "organizations", _("Organizations"),
                   TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION), ts_meeting_get_organization_ids (m));
        add_links (self, "outcomes", _("Agreements Signed"), TYPE_BIT (TS_RECORD_TYPE_AGREEMENT),
                   ts_meeting_get_outcome_ids (m));
        add_links (self, "projects", _("Projects Discussed"), TYPE_BIT (TS_RECORD_TYPE_PROJECT),
                   ts_meeting_get_project_ids (m));
      }
      break;

    case TS_RECORD_TYPE_AGREEMENT:
      {
        TsAgreement *a = TS_AGREEMENT (r);
        GPtrArray *parties = ts_agreement_get_parties (a);
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) party_ids = NULL;

        add_date (self, main_group, "date", _("Date Signed"), ts_agreement_get_date (a));
        add_choice (self, main_group, "kind", _("Kind"), TS_TYPE_AGREEMENT_KIND,
                    ts_agreement_get_kind (a));
        add_choice (self, main_group, "status", _("Status"), TS_TYPE_AGREEMENT_STATUS,
                    ts_agreement_get_status (a));
        add_link (self, main_group, "signed_at", _("Signed At"), TYPE_BIT (TS_RECORD_TYPE_MEETING),
                  ts_agreement_get_signed_at_id (a));

        for (guint i = 0; i < parties->len; i++)
          g_strv_builder_add (builder, ((TsParty *) g_ptr_array_index (parties, i))->party_id);
        party_ids = g_strv_builder_end (builder);
        add_links (self, "parties", _("Parties"), places_and_organizations,
                   (const char * const *) party_ids);
        add_links (self, "signatories", _("Signatories"), TYPE_BIT (TS_RECORD_TYPE_PERSON),
                   ts_agreement_get_signatory_ids (a));
        add_links (self, "projects", _("Projects"), TYPE_BIT (TS_RECORD_TYPE_PROJECT),
                   ts_agreement_get_project_ids (a));
      }
      break;

    case TS_RECORD_TYPE_PROJECT:
      {
        TsProject *p = TS_PROJECT (r);

        add_choice (self, main_group, "sector", _("Sector"), TS_TYPE_PROJECT_SECTOR,
                    ts_project_get_sector (p));
        add_choice (self, main_group, "status", _("Status"), TS_TYPE_PROJECT_STATUS,
                    ts_project_get_status (p));
        add_number (self, main_group, "value_usd", _("Value in US Dollars"),
                    ts_project_get_value_usd (p));
        add_links (self, "places", _("Places"), TYPE_BIT (TS_RECORD_TYPE_PLACE),
                   ts_project_get_place_ids (p));
        add_links (self, "partners", _("Partners"), places_and_organizations,
                   ts_project_get_partner_ids (p));
      }
      break;

    case TS_RECORD_TYPE_PERSON:
      {
        TsPerson *p = TS_PERSON (r);

        group = add_group (self, _("Names"));
        add_names (self, group, ts_person_get_names (p), ts_person_get_aliases (p));
        add_entry (self, main_group, "country", _("Country (ISO code, e.g. KG)"),
                   ts_person_get_country (p));
      }
      break;

    case TS_RECORD_TYPE_ORGANIZATION:
      {
        TsOrganization *o = TS_ORGANIZATION (r);

        add_choice (self, main_group, "kind", _("Kind"), TS_TYPE_ORGANIZATION_KIND,
                    ts_organization_get_kind (o));
        add_entry (self, main_group, "country", _("Country (ISO code, e.g. KG)"),
                   ts_organization_get_country (o));
        add_link (self, main_group, "parent", _("Part Of"),
                  TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION), ts_organization_get_parent_id (o));
        group = add_group (self, _("Names"));
        add_names (self, group, ts_organization_get_names (o), ts_organization_get_aliases (o));
      }
      break;

    case TS_RECORD_TYPE_PLACE:
      {
        TsPlace *p = TS_PLACE (r);

        add_choice (self, main_group, "kind", _("Kind"), TS_TYPE_PLACE_KIND,
                    ts_place_get_kind (p));
        add_entry (self, main_group, "country", _("Country (ISO code, e.g. KG)"),
                   ts_place_get_country (p));
        add_link (self, main_group, "parent", _("Lies In"), TYPE_BIT (TS_RECORD_TYPE_PLACE),
                  ts_place_get_parent_id (p));
        group = add_group (self, _("Coordinates"));
        add_number (self, group, "lat", _("Latitude (−90 to 90)"), ts_place_get_lat (p));
        add_number (self, group, "lon", _("Longitude (−180 to 180)"), ts_place_get_lon (p));
        group = add_group (self, _("Names"));
        add_names (self, group, ts_place_get_names (p), ts_place_get_aliases (p));
      }
      break;

    case TS_RECORD_TYPE_SOURCE:
      {
        TsSource *s = TS_SOURCE (r);

        add_entry (self, main_group, "publisher", _("Publisher"), ts_source_get_publisher (s));
        add_date (self, main_group, "date", _("Published"), ts_source_get_date (s));
        add_entry (self, main_group, "url", _("Address (http or https)"), ts_source_get_url (s));
        add_entry (self, main_group, "language", _("Language (ISO code, e.g. ru)"),
                   ts_source_get_language (s));
        add_choice (self, main_group, "reliability", _("Reliability"), TS_TYPE_RELIABILITY,
                    ts_source_get_reliability (s));
        add_entry (self, main_group, "excerpt", _("Excerpt"), ts_source_get_excerpt (s));
      }
      break;

    case TS_RECORD_TYPE_FIGURE:
      {
        TsFigure *f = TS_FIGURE (r);

        add_entry (self, main_group, "indicator", _("Indicator"), ts_figure_get_indicator (f));
        add_date (self, main_group, "period", _("Period"), ts_figure_get_period (f));
        add_number (self, main_group, "value", _("Value"), ts_figure_get_value (f));
        add_entry (self, main_group, "unit", _("Unit"), ts_figure_get_unit (f));
        add_number (self, main_group, "change", _("Change on the Previous Period (%)"),
                    ts_figure_get_change (f));
      }
      break;

    default:
      g_assert_not_reached ();
    }

  add_links (self, "sources", _("Sources"), TYPE_BIT (TS_RECORD_TYPE_SOURCE),
             ts_record_get_source_ids (r));

  group = add_group (self, _("About This Record"));
  add_list_entry (self, group, "tags", _("Tags (comma-separated)"), ts_record_get_tags (r));
  add_choice (self, group, "confidence", _("Confidence"), TS_TYPE_CONFIDENCE,
              ts_record_get_confidence (r) + 1);
  add_entry (self, group, "notes", _("Notes"), ts_record_get_notes (r));
}

/* Reading the form back */

typedef struct
{
  TsRecordEditor *self;
  GString *problems;
} Reader;

static void
add_problem (Reader     *reader,
             Field      *field,
             const char *message)
{
  if (reader->problems->len > 0)
    g_string_append_c (reader->problems, '\n');
  /* Translators: a problem with a form field: "Date: “2023-13” is not a date" */
  g_string_append_printf (reader->problems, _("%s: %s"), field->title, message);
  if (field->row != NULL)
    gtk_widget_add_css_class (field->row, "error");
}

static const char *
read_text (Reader     *reader,
           const char *key)
{
  Field *field = lookup_field (reader->self, key);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->row));

  return *text != '\0' ? text : NULL;
}

static char *
read_stripped (Reader     *reader,
               const char *key)
{
  const char *text = read_text (reader, key);

  return text != NULL ? g_strstrip (g_strdup (text)) : NULL;
}

static GStrv
read_list (Reader     *reader,
           const char *key)
{
  const char *text = read_text (reader, key);
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static void
read_date (Reader     *reader,
           const char *key,
           TsDate     *date)
{
  Field *field = lookup_field (reader->self, key);
  g_autofree char *text = read_stripped (reader, key);
  g_autoptr(GError) error = NULL;
  TsDate unset = TS_DATE_INIT;

  *date = unset;
  if (text != NULL && !ts_date_parse (text, date, &error))
    {
      add_problem (reader, field, error->message);
      *date = unset;
    }
}

static double
read_number (Reader     *reader,
             const char *key,
             double      min,
             double      max)
{
  Field *field = lookup_field (reader->self, key);
  g_autofree char *text = read_stripped (reader, key);
  char *end = NULL;
  double value;

  if (text == NULL)
    return NAN;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || isnan (value) || isinf (value))
    {
      add_problem (reader, field, _("write a number, with a point for decimals: 42.87"));
      return NAN;
    }
  if (value < min || value > max)
    {
      g_autofree char *message = g_strdup_printf (_("must lie between %g and %g"), min, max);

      add_problem (reader, field, message);
      return NAN;
    }

  return value;
}

static int
read_choice (Reader     *reader,
             const char *key)
{
  Field *field = lookup_field (reader->self, key);

  return adw_combo_row_get_selected (ADW_COMBO_ROW (field->row));
}

static const char *
read_link (Reader     *reader,
           const char *key)
{
  Field *field = lookup_field (reader->self, key);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->dropdown));

  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_ptr_array_index (field->candidates->ids, selected);
}

static GStrv
read_links (Reader     *reader,
            const char *key)
{
  Field *field = lookup_field (reader->self, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < field->ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (field->ids, i));

  return g_strv_builder_end (builder);
}

static GHashTable *
read_names (Reader *reader)
{
  static const char *languages[] = { "en", "ru", "ky", "zh" };
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *key = g_strconcat ("names.", languages[i], NULL);
      char *name = read_stripped (reader, key);

      if (name != NULL)
        g_hash_table_insert (names, g_strdup (languages[i]), name);
    }

  return names;
}

/* Participants and parties keep the role (and side) they had. */
static GPtrArray *
read_participants (Reader    *reader,
                   TsMeeting *original)
{
  g_auto(GStrv) ids = read_links (reader, "participants");
  GPtrArray *old = original != NULL ? ts_meeting_get_participants (original) : NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_participant_free);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      TsParticipant *found = NULL;

      for (guint j = 0; old != NULL && j < old->len && found == NULL; j++)
        {
          TsParticipant *participant = g_ptr_array_index (old, j);

          if (g_strcmp0 (participant->person_id, ids[i]) == 0)
            found = participant;
        }

      g_ptr_array_add (result, found != NULL ? ts_participant_copy (found)
                                             : ts_participant_new (ids[i], NULL, NULL));
    }

  return result;
}

static GPtrArray *
read_parties (Reader      *reader,
              TsAgreement *original)
{
  g_auto(GStrv) ids = read_links (reader, "parties");
  GPtrArray *old = original != NULL ? ts_agreement_get_parties (original) : NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_party_free);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      TsParty *found = NULL;

      for (guint j = 0; old != NULL && j < old->len && found == NULL; j++)
        {
          TsParty *party = g_ptr_array_index (old, j);

          if (g_strcmp0 (party->party_id, ids[i]) == 0)
            found = party;
        }

      g_ptr_array_add (result, found != NULL ? ts_party_copy (found)
                                             : ts_party_new (ids[i], NULL));
    }

  return result;
}

static void
read_form (Reader   *reader,
           TsRecord *r)
{
  g_autofree char *title = read_stripped (reader, "title");
  g_autofree char *summary = read_stripped (reader, "summary");
  g_autofree char *notes = read_stripped (reader, "notes");
  g_auto(GStrv) tags = read_list (reader, "tags");
  g_auto(GStrv) sources = read_links (reader, "sources");
  int confidence = read_choice (reader, "confidence");
  TsDate date;

  if (title == NULL)
    add_problem (reader, lookup_field (reader->self, "title"), _("required"));
  ts_record_set_title (r, title);
  ts_record_set_summary (r, summary);
  ts_record_set_notes (r, notes);
  ts_record_set_tags (r, (const char * const *) tags);
  ts_record_set_source_ids (r, (const char * const *) sources);
  ts_record_set_confidence (r, confidence > 0 ? confidence - 1 : TS_CONFIDENCE_HIGH);

  switch (reader->self->type)
    {
    case TS_RECORD_TYPE_MEETING:
      {
        TsMeeting *m = TS_MEETING (r);
        g_auto(GStrv) topics = read_list (reader, "topics");
        g_auto(GStrv) organizations = read_links (reader, "organizations");
        g_auto(GStrv) outcomes = read_links (reader, "outcomes");
        g_auto(GStrv) projects = read_links (reader, "projects");
        g_autoptr(GPtrArray) participants = NULL;

        read_date (reader, "date", &date);
        if (!ts_date_is_set (&date))
          add_problem (reader, lookup_field (reader->self, "date"), _("required"));
        ts_meeting_set_date (m, &date);
        read_date (reader, "end_date", &date);
        ts_meeting_set_end_date (m, &date);
        ts_meeting_set_level (m, read_choice (reader, "level"));
        ts_meeting_set_format (m, read_choice (reader, "format"));
        ts_meeting_set_topics (m, (const char * const *) topics);
        ts_meeting_set_place_id (m, read_link (reader, "place"));
        ts_meeting_set_part_of_id (m, read_link (reader, "part_of"));
        participants = read_participants (reader,
                                          reader->self->original != NULL
                                          ? TS_MEETING (reader->self->original) : NULL);
        ts_meeting_set_participants (m, participants);
        ts_meeting_set_organization_ids (m, (const char * const *) organizations);
        ts_meeting_set_outcome_ids (m, (const char * const *) outcomes);
        ts_meeting_set_project_ids (m, (const char * const *) projects);
      }
      break;

    case TS_RECORD_TYPE_AGREEMENT:
      {
        TsAgreement *a = TS_AGREEMENT (r);
        g_auto(GStrv) signatories = read_links (reader, "signatories");
        g_auto(GStrv) projects = read_links (reader, "projects");
        g_autoptr(GPtrArray) parties = NULL;

        read_date (reader, "date", &date);
        if (!ts_date_is_set (&date))
          add_problem (reader, lookup_field (reader->self, "date"), _("required"));
        ts_agreement_set_date (a, &date);
        ts_agreement_set_kind (a, read_choice (reader, "kind"));
        ts_agreement_set_status (a, read_choice (reader, "status"));
        ts_agreement_set_signed_at_id (a, read_link (reader, "signed_at"));
        parties = read_parties (reader,
                                reader->self->original != NULL
                                ? TS_AGREEMENT (reader->self->original) : NULL);
        ts_agreement_set_parties (a, parties);
        ts_agreement_set_signatory_ids (a, (const char * const *) signatories);
        ts_agreement_set_project_ids (a, (const char * const *) projects);
      }
      break;

    case TS_RECORD_TYPE_PROJECT:
      {
        TsProject *p = TS_PROJECT (r);
        g_auto(GStrv) places = read_links (reader, "places");
        g_auto(GStrv) partners = read_links (reader, "partners");

        ts_project_set_sector (p, read_choice (reader, "sector"));
        ts_project_set_status (p, read_choice (reader, "status"));
        ts_project_set_value_usd (p, read_number (reader, "value_usd", 0, 1e15));
        ts_project_set_place_ids (p, (const char * const *) places);
        ts_project_set_partner_ids (p, (const char * const *) partners);
      }
      break;

    case TS_RECORD_TYPE_PERSON:
      {
        TsPerson *p = TS_PERSON (r);
        g_autoptr(GHashTable) names = read_names (reader);
        g_auto(GStrv) aliases = read_list (reader, "aliases");
        g_autofree char *country = read_stripped (reader, "country");

        ts_person_set_names (p, names);
        ts_person_set_aliases (p, (const char * const *) aliases);
        ts_person_set_country (p, country);
      }
      break;

    case TS_RECORD_TYPE_ORGANIZATION:
      {
        TsOrganization *o = TS_ORGANIZATION (r);
        g_autoptr(GHashTable) names = read_names (reader);
        g_auto(GStrv) aliases = read_list (reader, "aliases");
        g_autofree char *country = read_stripped (reader, "country");

        ts_organization_set_names (o, names);
        ts_organization_set_aliases (o, (const char * const *) aliases);
        ts_organization_set_kind (o, read_choice (reader, "kind"));
        ts_organization_set_country (o, country);
        ts_organization_set_parent_id (o, read_link (reader, "parent"));
      }
      break;

    case TS_RECORD_TYPE_PLACE:
      {
        TsPlace *p = TS_PLACE (r);
        g_autoptr(GHashTable) names = read_names (reader);
        g_auto(GStrv) aliases = read_list (reader, "aliases");
        g_autofree char *country = read_stripped (reader, "country");
        double lat = read_number (reader, "lat", -90, 90);
        double lon = read_number (reader, "lon", -180, 180);

        if (read_text (reader, "lat") == NULL)
          add_problem (reader, lookup_field (reader->self, "lat"), _("required"));
        if (read_text (reader, "lon") == NULL)
          add_problem (reader, lookup_field (reader->self, "lon"), _("required"));

        ts_place_set_names (p, names);
        ts_place_set_aliases (p, (const char * const *) aliases);
        ts_place_set_kind (p, read_choice (reader, "kind"));
        ts_place_set_country (p, country);
        ts_place_set_parent_id (p, read_link (reader, "parent"));
        ts_place_set_lat (p, lat);
        ts_place_set_lon (p, lon);
      }
      break;

    case TS_RECORD_TYPE_SOURCE:
      {
        TsSource *s = TS_SOURCE (r);
        g_autofree char *publisher = read_stripped (reader, "publisher");
        g_autofree char *url = read_stripped (reader, "url");
        g_autofree char *language = read_stripped (reader, "language");
        g_autofree char *excerpt = read_stripped (reader, "excerpt");

        ts_source_set_publisher (s, publisher);
        read_date (reader, "date", &date);
        ts_source_set_date (s, &date);
        ts_source_set_url (s, url);
        ts_source_set_language (s, language);
        ts_source_set_reliability (s, read_choice (reader, "reliability"));
        ts_source_set_excerpt (s, excerpt);
      }
      break;

    case TS_RECORD_TYPE_FIGURE:
      {
        TsFigure *f = TS_FIGURE (r);
        g_autofree char *indicator = read_stripped (reader, "indicator");
        g_autofree char *unit = read_stripped (reader, "unit");
        double value = read_number (reader, "value", -G_MAXDOUBLE, G_MAXDOUBLE);

        if (indicator == NULL)
          add_problem (reader, lookup_field (reader->self, "indicator"), _("required"));
        read_date (reader, "period", &date);
        if (!ts_date_is_set (&date))
          add_problem (reader, lookup_field (reader->self, "period"), _("required"));
        if (read_text (reader, "value") == NULL)
          add_problem (reader, lookup_field (reader->self, "value"), _("required"));

        ts_figure_set_indicator (f, indicator);
        ts_figure_set_period (f, &date);
        ts_figure_set_value (f, value);
        ts_figure_set_unit (f, unit);
        ts_figure_set_change (f, read_number (reader, "change", -G_MAXDOUBLE, G_MAXDOUBLE));
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
show_problems (TsRecordEditor *self,
               const char     *problems)
{
  gtk_label_set_label (self->error_label, problems);
  gtk_revealer_set_reveal_child (self->error_revealer, problems != NULL);
}

static void
clear_problems (TsRecordEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    {
      if (field->row != NULL && field->kind != FIELD_DATE)
        gtk_widget_remove_css_class (field->row, "error");
    }
  show_problems (self, NULL);
}

static void
on_save_clicked (GtkButton      *button,
                 TsRecordEditor *self)
{
  if (ts_record_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
ts_record_editor_dispose (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORD_EDITOR);
  g_clear_object (&self->original);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->dispose (object);
}

static void
ts_record_editor_finalize (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_hash_table_unref);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->finalize (object);
}

static void
ts_record_editor_class_init (TsRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_record_editor_dispose;
  object_class->finalize = ts_record_editor_finalize;

  /* The record was saved; its id. */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TsRecordEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                (GtkShortcutFunc) ts_record_editor_save, NULL);
}

static void
ts_record_editor_init (TsRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) field_free);
  self->candidates = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) candidates_free);
}

TsRecordEditor *
ts_record_editor_new (TsDataset    *dataset,
                      TsRecordType  type,
                      TsRecord     *record)
{
  TsRecordEditor *self;
  g_autoptr(TsRecord) blank = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (record == NULL || TS_IS_RECORD (record), NULL);

  self = g_object_new (TS_TYPE_RECORD_EDITOR, NULL);
  self->dataset = g_object_ref (dataset);
  self->type = record != NULL ? ts_record_get_record_type (record) : type;
  self->original = record != NULL ? g_object_ref (record) : NULL;

  if (record == NULL)
    blank = g_object_new (ts_record_type_get_gtype (self->type), NULL);

  if (record != NULL)
    /* Translators: the title of the editor of a record: "Edit Meeting" */
    title = g_strdup_printf (_("Edit %s"), ts_record_type_get_label (self->type));
  else
    /* Translators: the title of the editor of a new record: "New Meeting" */
    title = g_strdup_printf (_("New %s"), ts_record_type_get_label (self->type));
  gtk_window_set_title (GTK_WINDOW (self), title);

  build_form (self, record != NULL ? record : blank);

  return self;
}

gboolean
ts_record_editor_save (TsRecordEditor *self)
{
  g_autoptr(TsRecord) record = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  Reader reader = { self, problems };
  gboolean ok;

  g_return_val_if_fail (TS_IS_RECORD_EDITOR (self), FALSE);

  clear_problems (self);

  if (self->original != NULL)
    record = ts_record_copy (self->original);
  else
    record = g_object_new (ts_record_type_get_gtype (self->type), NULL);

  read_form (&reader, record);
  if (problems->len > 0)
    {
      show_problems (self, problems->str);
      return FALSE;
    }

  if (self->original == NULL)
    {
      g_autofree char *id = ts_dataset_suggest_id (self->dataset, record);

      ts_record_set_id (record, id);
    }

  if (!ts_record_validate (record, &error))
    {
      show_problems (self, error->message);
      return FALSE;
    }

  if (self->original != NULL)
    ok = ts_record_equal (record, self->original)
         || ts_dataset_update (self->dataset, record, &error);
  else
    ok = ts_dataset_add (self->dataset, record, &error);

  if (!ok)
    {
      show_problems (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, ts_record_get_id (record));
  return TRUE;
}
