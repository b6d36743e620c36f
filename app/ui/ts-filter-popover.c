/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-filter-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-filter-popover.h"
#include "ts-accessible.h"
#include "ts-named.h"
#include "ts-enums.h"
#include "ts-record-columns.h"
#include "ts-vocabulary.h"

/* A vocabulary the popover offers: the query field it sets, for which record
 * type, with which values. */
typedef struct
{
  const char   *field;
  TsRecordType  type;
  GType       (*get_enum_type) (void);
  const char   *label;
} Vocabulary;

static const Vocabulary vocabularies[] = {
  { "level", TS_RECORD_TYPE_MEETING, ts_meeting_level_get_type, N_("Level") },
  { "format", TS_RECORD_TYPE_MEETING, ts_meeting_format_get_type, N_("Format") },
  { "agreement-kind", TS_RECORD_TYPE_AGREEMENT, ts_agreement_kind_get_type, N_("Kind") },
  { "agreement-status", TS_RECORD_TYPE_AGREEMENT, ts_agreement_status_get_type, N_("Status") },
  { "project-status", TS_RECORD_TYPE_PROJECT, ts_project_status_get_type, N_("Status") },
  { "sector", TS_RECORD_TYPE_PROJECT, ts_project_sector_get_type, N_("Sector") },
  { "statement-kind", TS_RECORD_TYPE_STATEMENT, ts_statement_kind_get_type, N_("Kind") },
  { "organization-kind", TS_RECORD_TYPE_ORGANIZATION, ts_organization_kind_get_type,
    N_("Kind") },
  { "place-kind", TS_RECORD_TYPE_PLACE, ts_place_kind_get_type, N_("Kind") },
};

struct _TsFilterPopover
{
  GtkPopover parent_instance;

  GtkEntry *from_entry;
  GtkEntry *to_entry;
  GtkDropDown *country_dropdown;
  GtkDropDown *participant_dropdown;
  GtkDropDown *counterpart_dropdown;
  GtkDropDown *tag_dropdown;
  GtkWidget *vocabulary_labels[G_N_ELEMENTS (vocabularies)];
  GtkDropDown *vocabulary_dropdowns[G_N_ELEMENTS (vocabularies)];
  GtkStringList *countries;
  GtkStringList *counterparts;
  GtkStringList *people;
  GtkStringList *tags;

  TsDataset *dataset;
  TsQuery *query;
  TsRecordType type;
  gboolean syncing;
  gboolean built;   /* the contents, made when first shown */
};

G_DEFINE_FINAL_TYPE (TsFilterPopover, ts_filter_popover, GTK_TYPE_POPOVER)

enum {
  FILTERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void ts_filter_popover_show (GtkWidget *widget);
static void apply_record_type      (TsFilterPopover *self);

static void
sync_date_entry (GtkEntry     *entry,
                 const TsDate *date)
{
  g_autofree char *text = ts_date_to_string (date);
  g_autoptr(GError) error = NULL;
  TsDate current = TS_DATE_INIT;
  const char *current_text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Leave what the user is typing alone while it means the same date. */
  if (ts_date_parse (current_text, &current, NULL) && ts_date_compare (&current, date) == 0
      && current.qualifier == date->qualifier)
    return;

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

static void
select_string (GtkDropDown   *dropdown,
               GtkStringList *strings,
               const char    *value)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (strings));
  const char * const *values = g_object_get_data (G_OBJECT (dropdown), "ts-values");

  if (value == NULL)
    {
      gtk_drop_down_set_selected (dropdown, 0);
      return;
    }

  for (guint i = 1; values != NULL && i < n_items && values[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (values[i], value) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }

  gtk_drop_down_set_selected (dropdown, 0);
}

static void
sync_from_query (TsFilterPopover *self)
{
  if (self->query == NULL || !self->built)
    return;

  self->syncing = TRUE;

  sync_date_entry (self->from_entry, ts_query_get_from (self->query));
  sync_date_entry (self->to_entry, ts_query_get_to (self->query));
  select_string (self->country_dropdown, self->countries, ts_query_get_country (self->query));
  select_string (self->participant_dropdown, self->people, ts_query_get_person (self->query));
  select_string (self->counterpart_dropdown, self->counterparts,
                 ts_query_get_counterpart (self->query));
  select_string (self->tag_dropdown, self->tags, ts_query_get_tag (self->query));

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      int value = ts_query_get_vocabulary (self->query, vocabularies[i].field);

      gtk_drop_down_set_selected (self->vocabulary_dropdowns[i], value >= 0 ? (guint) value : 0);
    }

  self->syncing = FALSE;
}

/* A choice of a list: what it shows, the value it sets, and the key that
 * sorts it by what it shows in the UI language. */
typedef struct
{
  char *label;
  char *value;
  char *sort_key;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_free (choice->label);
  g_free (choice->value);
  g_free (choice->sort_key);
  g_free (choice);
}

static void
add_choice (GPtrArray  *choices,
            char       *label,
            const char *value)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->label = label;
  choice->value = g_strdup (value);
  choice->sort_key = g_utf8_collate_key (label, -1);
  g_ptr_array_add (choices, choice);
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  const Choice *choice_a = *(const Choice * const *) a;
  const Choice *choice_b = *(const Choice * const *) b;
  int result = strcmp (choice_a->sort_key, choice_b->sort_key);

  return result != 0 ? result : g_strcmp0 (choice_a->value, choice_b->value);
}

/* Fills @strings after its "Any" with the choices sorted by label, and
 * keeps their values on @dropdown ("ts-values", "Any" first). */
static void
fill_dropdown (GtkDropDown   *dropdown,
               GtkStringList *strings,
               GPtrArray     *choices)
{
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_ptr_array_sort (choices, compare_choices);
  g_strv_builder_add (values, "");
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (choices, i);

      g_ptr_array_add (labels, choice->label);
      g_strv_builder_add (values, choice->value);
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (strings, 1, g_list_model_get_n_items (G_LIST_MODEL (strings)) - 1,
                          (const char * const *) labels->pdata);
  g_object_set_data_full (G_OBJECT (dropdown), "ts-values", g_strv_builder_end (values),
                          (GDestroyNotify) g_strfreev);
}

/* The country of a record that has one (TsNamed: a person, organization
 * or place), or NULL. */
static const char *
get_country (TsRecord *record)
{
  return TS_IS_NAMED (record) ? ts_named_get_country (TS_NAMED (record)) : NULL;
}

static void
collect_strings (TsFilterPopover *self)
{
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) country_choices = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GPtrArray) counterpart_choices = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GPtrArray) tag_choices = g_ptr_array_new_with_free_func (choice_free);
  GHashTableIter iter;
  gpointer key;

  if (!self->built)
    return;

  if (self->dataset != NULL)
    {
      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          GListModel *records = ts_dataset_get_records (self->dataset, type);

          for (guint i = 0; i < g_list_model_get_n_items (records); i++)
            {
              g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
              const char * const *record_tags = ts_record_get_tags (record);
              const char *country = get_country (record);

              for (guint j = 0; record_tags[j] != NULL; j++)
                g_hash_table_add (tags, (gpointer) record_tags[j]);

              if (country != NULL)
                g_hash_table_add (countries, (gpointer) country);
            }
        }

      /* Anyone can be a participant: every person, by the name the UI
       * language gives them. */
      {
        GListModel *records = ts_dataset_get_records (self->dataset, TS_RECORD_TYPE_PERSON);

        for (guint i = 0; i < g_list_model_get_n_items (records); i++)
          {
            g_autoptr(TsRecord) person = g_list_model_get_item (records, i);

            add_choice (people, g_strdup (ts_record_get_display_name (person)),
                        ts_record_get_id (person));
          }
      }
    }

  g_hash_table_iter_init (&iter, countries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *code = key;
      /* Translators: a country in a list: "China (CN)" */
      const char *format = _("%s (%s)");

      add_choice (country_choices, g_strdup_printf (format, ts_country_get_name (code), code),
                  code);
      add_choice (counterpart_choices,
                  g_strdup_printf (format, ts_country_get_name (code), code), code);
    }

  g_hash_table_iter_init (&iter, tags);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    add_choice (tag_choices, g_strdup (key), key);

  self->syncing = TRUE;
  fill_dropdown (self->country_dropdown, self->countries, country_choices);
  fill_dropdown (self->counterpart_dropdown, self->counterparts, counterpart_choices);
  fill_dropdown (self->participant_dropdown, self->people, people);
  fill_dropdown (self->tag_dropdown, self->tags, tag_choices);
  self->syncing = FALSE;
}

/* The value of the choice @dropdown shows, NULL for "Any". */
static const char *
get_selected_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char * const *values = g_object_get_data (G_OBJECT (dropdown), "ts-values");

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || values == NULL
      || selected >= g_strv_length ((char **) values))
    return NULL;

  return values[selected];
}

static void
on_date_changed (GtkEntry        *entry,
                 TsFilterPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  TsDate date = TS_DATE_INIT;
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->query == NULL)
    return;

  if (*text != '\0' && !ts_date_parse (text, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("A year, month or day: 2023, 2023-05, 2023-05-14"));
  if (entry == self->from_entry)
    ts_query_set_from (self->query, &date);
  else
    ts_query_set_to (self->query, &date);
}

static void
on_choice_selected (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    TsFilterPopover *self)
{
  const char *value = get_selected_value (dropdown);

  if (self->syncing || self->query == NULL)
    return;

  if (dropdown == self->country_dropdown)
    ts_query_set_country (self->query, value);
  else if (dropdown == self->participant_dropdown)
    ts_query_set_person (self->query, value);
  else if (dropdown == self->counterpart_dropdown)
    ts_query_set_counterpart (self->query, value);
  else
    ts_query_set_tag (self->query, value);
}

static void
on_vocabulary_selected (GtkDropDown     *dropdown,
                        GParamSpec      *pspec,
                        TsFilterPopover *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "ts-vocabulary"));
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || self->query == NULL)
    return;

  ts_query_set_vocabulary (self->query, vocabularies[index].field,
                           selected > 0 && selected != GTK_INVALID_LIST_POSITION
                           ? (int) selected : -1);
}

static void
on_clear_clicked (GtkButton       *button,
                  TsFilterPopover *self)
{
  ts_filter_popover_clear_all (self);
}

static void
on_query_changed (TsQuery         *query,
                  TsFilterPopover *self)
{
  sync_from_query (self);
  g_signal_emit (self, signals[FILTERS_CHANGED], 0);
}

static void
on_dataset_changed (TsDataset       *dataset,
                    GPtrArray       *changes,
                    TsFilterPopover *self)
{
  collect_strings (self);
  sync_from_query (self);
}

static GtkWidget *
add_row (GtkGrid    *grid,
         int         row,
         const char *label,
         GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
  /* Named by the title beside it ("From", not "From From"); a drop-down by
   * the title and its value. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);
  if (GTK_IS_DROP_DOWN (widget))
    ts_accessible_name_drop_down (GTK_DROP_DOWN (widget), label);
  return title;
}

/* A dropdown of "Any" and the choices collect_strings() fills in, which
 * a search narrows. */
static GtkDropDown *
create_choice_dropdown (TsFilterPopover  *self,
                        GtkStringList   **strings)
{
  const char *any[] = { _("Any"), NULL };
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *dropdown;

  *strings = gtk_string_list_new (any);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (*strings)), NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_choice_selected), self);
  return GTK_DROP_DOWN (dropdown);
}

/* What a filter keeps, on its field and its label. */
static void
set_meaning (GtkWidget  *title,
             GtkWidget  *widget,
             const char *meaning)
{
  gtk_widget_set_tooltip_text (title, meaning);
  gtk_widget_set_tooltip_text (widget, meaning);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning,
                                  -1);
}

static GtkEntry *
create_date_entry (TsFilterPopover *self)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. 2023-05"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_tooltip_text (entry, _("A year, month or day: 2023, 2023-05, 2023-05-14"));
  g_signal_connect (entry, "changed", G_CALLBACK (on_date_changed), self);
  return GTK_ENTRY (entry);
}

static void
ts_filter_popover_dispose (GObject *object)
{
  TsFilterPopover *self = TS_FILTER_POPOVER (object);

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_clear_object (&self->query);
  g_clear_object (&self->dataset);
  g_clear_object (&self->countries);
  g_clear_object (&self->counterparts);
  g_clear_object (&self->people);
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (ts_filter_popover_parent_class)->dispose (object);
}

static void
ts_filter_popover_class_init (TsFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_filter_popover_dispose;
  widget_class->show = ts_filter_popover_show;

  signals[FILTERS_CHANGED] =
    g_signal_new ("filters-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* The contents, made when the popover is first shown (or asked for), not
 * at start-up: their drop-downs cost more than the rest of the window's
 * hidden parts. */
void
ts_filter_popover_build (TsFilterPopover *self)
{
  const char *any[] = { _("Any"), NULL };
  GtkWidget *box, *grid, *heading, *clear;
  GtkWidget *title;
  int row = 0;

  g_return_if_fail (TS_IS_FILTER_POPOVER (self));

  if (self->built)
    return;
  self->built = TRUE;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  grid = gtk_grid_new ();
  heading = gtk_label_new (_("Filters"));
  clear = gtk_button_new_with_mnemonic (_("C_lear All Filters"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_box_append (GTK_BOX (box), grid);

  self->from_entry = create_date_entry (self);
  add_row (GTK_GRID (grid), row++, _("From"), GTK_WIDGET (self->from_entry));
  self->to_entry = create_date_entry (self);
  add_row (GTK_GRID (grid), row++, _("To"), GTK_WIDGET (self->to_entry));

  self->country_dropdown = create_choice_dropdown (self, &self->countries);
  gtk_widget_set_name (GTK_WIDGET (self->country_dropdown), "country");
  title = add_row (GTK_GRID (grid), row++, _("Country"), GTK_WIDGET (self->country_dropdown));
  set_meaning (title, GTK_WIDGET (self->country_dropdown),
               _("Records in the country: meetings held in it, agreements with a party in "
                 "it, projects with a place or partner in it, people, organizations and "
                 "places of it, and the sources these cite. Figures have no country and "
                 "are hidden."));

  self->participant_dropdown = create_choice_dropdown (self, &self->people);
  gtk_widget_set_name (GTK_WIDGET (self->participant_dropdown), "participant");
  title = add_row (GTK_GRID (grid), row++, _("Participant"),
                   GTK_WIDGET (self->participant_dropdown));
  set_meaning (title, GTK_WIDGET (self->participant_dropdown),
               _("The meetings the person took part in, the agreements they signed, the "
                 "person, and the sources these cite."));

  self->counterpart_dropdown = create_choice_dropdown (self, &self->counterparts);
  gtk_widget_set_name (GTK_WIDGET (self->counterpart_dropdown), "counterpart");
  title = add_row (GTK_GRID (grid), row++, _("Counterpart"),
                   GTK_WIDGET (self->counterpart_dropdown));
  set_meaning (title, GTK_WIDGET (self->counterpart_dropdown),
               _("Meetings with a participant from the country (on its side, or of it when "
                 "no side is given), agreements with a signatory from it, the people from "
                 "it, and the sources these cite."));

  self->tag_dropdown = create_choice_dropdown (self, &self->tags);
  add_row (GTK_GRID (grid), row++, _("Tag"), GTK_WIDGET (self->tag_dropdown));

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      GType enum_type = vocabularies[i].get_enum_type ();
      guint n_values = ts_enum_get_n_values (enum_type);
      g_autoptr(GtkStringList) values = gtk_string_list_new (any);
      GtkWidget *dropdown;

      for (guint value = 1; value < n_values; value++)
        gtk_string_list_append (values, ts_enum_get_label (enum_type, value));

      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&values)), NULL);
      g_object_set_data (G_OBJECT (dropdown), "ts-vocabulary", GUINT_TO_POINTER (i));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_vocabulary_selected), self);
      self->vocabulary_dropdowns[i] = GTK_DROP_DOWN (dropdown);
      self->vocabulary_labels[i] = add_row (GTK_GRID (grid), row++, _(vocabularies[i].label),
                                            dropdown);
    }

  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  ts_accessible_name_mnemonic_button (GTK_BUTTON (clear));
  g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_clicked), self);
  gtk_box_append (GTK_BOX (box), clear);

  gtk_popover_set_child (GTK_POPOVER (self), box);
  apply_record_type (self);
  collect_strings (self);
  sync_from_query (self);
}

static void
ts_filter_popover_show (GtkWidget *widget)
{
  ts_filter_popover_build (TS_FILTER_POPOVER (widget));
  GTK_WIDGET_CLASS (ts_filter_popover_parent_class)->show (widget);
}

static void
ts_filter_popover_init (TsFilterPopover *self)
{
  self->type = TS_RECORD_TYPE_MEETING;
}

TsFilterPopover *
ts_filter_popover_new (void)
{
  return g_object_new (TS_TYPE_FILTER_POPOVER, NULL);
}

void
ts_filter_popover_set_dataset (TsFilterPopover *self,
                               TsDataset       *dataset,
                               TsQuery         *query)
{
  g_return_if_fail (TS_IS_FILTER_POPOVER (self));

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->query, query);

  if (query != NULL)
    g_signal_connect (query, "changed", G_CALLBACK (on_query_changed), self);
  if (dataset != NULL)
    g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);

  collect_strings (self);
  sync_from_query (self);
}

void
ts_filter_popover_set_record_type (TsFilterPopover *self,
                                   TsRecordType     type)
{
  g_return_if_fail (TS_IS_FILTER_POPOVER (self));

  self->type = type;
  apply_record_type (self);
}

/* Shows the vocabularies of the record type shown, once built. */
static void
apply_record_type (TsFilterPopover *self)
{
  if (!self->built)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      gboolean visible = vocabularies[i].type == self->type;

      gtk_widget_set_visible (GTK_WIDGET (self->vocabulary_dropdowns[i]), visible);
      gtk_widget_set_visible (self->vocabulary_labels[i], visible);
    }
}

void
ts_filter_popover_clear_filter (TsFilterPopover *self,
                                const char      *filter)
{
  g_return_if_fail (TS_IS_FILTER_POPOVER (self));
  g_return_if_fail (filter != NULL);

  if (self->query != NULL)
    ts_filter_clear (self->query, filter);
}

void
ts_filter_popover_clear_all (TsFilterPopover *self)
{
  g_return_if_fail (TS_IS_FILTER_POPOVER (self));

  if (self->query != NULL)
    ts_query_clear_filters (self->query);
}

/**
 * ts_filter_clear:
 * @filter: a name ts_filter_describe() gives
 *
 * Unsets one filter of @query, or its text for "text".
 */
void
ts_filter_clear (TsQuery    *query,
                 const char *filter)
{
  TsDate unset = TS_DATE_INIT;

  g_return_if_fail (TS_IS_QUERY (query));
  g_return_if_fail (filter != NULL);

  if (g_str_equal (filter, "text"))
    ts_query_set_text (query, NULL);
  else if (g_str_equal (filter, "period"))
    {
      ts_query_set_from (query, &unset);
      ts_query_set_to (query, &unset);
    }
  else if (g_str_equal (filter, "country"))
    ts_query_set_country (query, NULL);
  else if (g_str_equal (filter, "tag"))
    ts_query_set_tag (query, NULL);
  else if (g_str_equal (filter, "place"))
    ts_query_set_place (query, NULL);
  else if (g_str_equal (filter, "person"))
    ts_query_set_person (query, NULL);
  else if (g_str_equal (filter, "counterpart"))
    ts_query_set_counterpart (query, NULL);
  else if (g_str_equal (filter, "types"))
    ts_query_set_types (query, 0);
  else
    ts_query_set_vocabulary (query, filter, -1);
}

static void
add_description (GPtrArray  *result,
                 const char *filter,
                 char       *label)
{
  g_ptr_array_add (result, g_strdup (filter));
  g_ptr_array_add (result, label);
}

/**
 * ts_filter_describe:
 * @dataset: (nullable): to name people and places by their records
 *
 * The search and the filters @query has, as pairs: a name for
 * ts_filter_clear(), then a label for people ("Country: Kyrgyzstan").
 *
 * Returns: (transfer full): the pairs, strings
 */
GPtrArray *
ts_filter_describe (TsQuery   *query,
                    TsDataset *dataset)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  const TsDate *from, *to;
  guint types;

  g_return_val_if_fail (TS_IS_QUERY (query), result);

  if (ts_query_get_words (query)[0] != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (ts_query_get_text (query)));

      /* Translators: the search as a chip: Search: “baisalov” */
      add_description (result, "text", g_strdup_printf (_("Search: “%s”"), text));
    }

  types = ts_query_get_types (query);
  if (types != 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          if ((types & (1u << type)) == 0)
            continue;
          if (names->len > 0)
            /* Translators: separates record types in "Meetings, Agreements" */
            g_string_append (names, _(", "));
          g_string_append (names, ts_record_type_get_plural (type));
        }
      /* Translators: a filter on record types: "Types: Meetings, Agreements" */
      add_description (result, "types", g_strdup_printf (_("Types: %s"), names->str));
    }

  from = ts_query_get_from (query);
  to = ts_query_get_to (query);
  if (ts_date_is_set (from) || ts_date_is_set (to))
    {
      g_autofree char *from_text = ts_date_format (from);
      g_autofree char *to_text = ts_date_format (to);

      if (ts_date_is_set (from) && ts_date_is_set (to))
        /* Translators: a period filter: "May 2023 – 2024" */
        add_description (result, "period", g_strdup_printf (_("%s – %s"), from_text, to_text));
      else if (ts_date_is_set (from))
        /* Translators: a period filter without an end */
        add_description (result, "period", g_strdup_printf (_("From %s"), from_text));
      else
        /* Translators: a period filter without a start */
        add_description (result, "period", g_strdup_printf (_("Until %s"), to_text));
    }

  if (ts_query_get_country (query) != NULL)
    add_description (result, "country",
                     g_strdup_printf (_("Country: %s"),
                                      ts_country_get_name (ts_query_get_country (query))));
  if (ts_query_get_person (query) != NULL)
    /* Translators: the participant filter: "Participant: Sadyr Japarov" */
    add_description (result, "person",
                     g_strdup_printf (_("Participant: %s"),
                                      ts_title_of_id (dataset, ts_query_get_person (query))));
  if (ts_query_get_counterpart (query) != NULL)
    /* Translators: the counterpart filter: "Counterpart: China" */
    add_description (result, "counterpart",
                     g_strdup_printf (_("Counterpart: %s"),
                                      ts_country_get_name (ts_query_get_counterpart (query))));
  if (ts_query_get_tag (query) != NULL)
    add_description (result, "tag", g_strdup_printf (_("Tag: %s"), ts_query_get_tag (query)));
  if (ts_query_get_place (query) != NULL)
    add_description (result, "place",
                     g_strdup_printf (_("Place: %s"),
                                      ts_title_of_id (dataset, ts_query_get_place (query))));

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      int value = ts_query_get_vocabulary (query, vocabularies[i].field);

      if (value < 0)
        continue;

      /* Translators: a filter: "Level: Head of state" */
      add_description (result, vocabularies[i].field,
                       g_strdup_printf (_("%s: %s"), _(vocabularies[i].label),
                                        ts_enum_get_label (vocabularies[i].get_enum_type (),
                                                           value)));
    }

  return result;
}
