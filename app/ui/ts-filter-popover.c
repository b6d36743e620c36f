/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-filter-popover"

#include "config.h"

#include <glib/gi18n.h>

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
  GtkDropDown *tag_dropdown;
  GtkWidget *vocabulary_labels[G_N_ELEMENTS (vocabularies)];
  GtkDropDown *vocabulary_dropdowns[G_N_ELEMENTS (vocabularies)];
  GtkStringList *countries;
  GtkStringList *tags;

  TsDataset *dataset;
  TsQuery *query;
  TsRecordType type;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (TsFilterPopover, ts_filter_popover, GTK_TYPE_POPOVER)

enum {
  FILTERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

  if (value == NULL)
    {
      gtk_drop_down_set_selected (dropdown, 0);
      return;
    }

  for (guint i = 1; i < n_items; i++)
    {
      const char *code = g_object_get_data (G_OBJECT (dropdown), "ts-values") != NULL
                         ? ((const char * const *) g_object_get_data (G_OBJECT (dropdown),
                                                                      "ts-values"))[i]
                         : gtk_string_list_get_string (strings, i);

      if (g_strcmp0 (code, value) == 0)
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
  if (self->query == NULL)
    return;

  self->syncing = TRUE;

  sync_date_entry (self->from_entry, ts_query_get_from (self->query));
  sync_date_entry (self->to_entry, ts_query_get_to (self->query));
  select_string (self->country_dropdown, self->countries, ts_query_get_country (self->query));
  select_string (self->tag_dropdown, self->tags, ts_query_get_tag (self->query));

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      int value = ts_query_get_vocabulary (self->query, vocabularies[i].field);

      gtk_drop_down_set_selected (self->vocabulary_dropdowns[i], value >= 0 ? (guint) value : 0);
    }

  self->syncing = FALSE;
}

/* qsort() passes pointers to the elements, here strings. */
static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The country of a record that has one (TsNamed: a person, organization
 * or place), or NULL. */
static char *
dup_country (TsRecord *record)
{
  return TS_IS_NAMED (record) ? g_strdup (ts_named_get_country (TS_NAMED (record))) : NULL;
}

static void
collect_strings (TsFilterPopover *self)
{
  g_autoptr(GHashTable) countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree const char **country_codes = NULL;
  g_autofree const char **tag_names = NULL;
  g_autoptr(GStrvBuilder) country_values = g_strv_builder_new ();
  guint n_countries, n_tags;

  if (self->dataset != NULL)
    {
      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          GListModel *records = ts_dataset_get_records (self->dataset, type);

          for (guint i = 0; i < g_list_model_get_n_items (records); i++)
            {
              g_autoptr(TsRecord) record = g_list_model_get_item (records, i);
              const char * const *record_tags = ts_record_get_tags (record);
              char *country = dup_country (record);

              for (guint j = 0; record_tags[j] != NULL; j++)
                g_hash_table_add (tags, (gpointer) record_tags[j]);

              if (country != NULL)
                g_hash_table_add (countries, country);
            }
        }
    }

  country_codes = (const char **) g_hash_table_get_keys_as_array (countries, &n_countries);
  tag_names = (const char **) g_hash_table_get_keys_as_array (tags, &n_tags);
  qsort (country_codes, n_countries, sizeof (char *), compare_strings);
  qsort (tag_names, n_tags, sizeof (char *), compare_strings);

  self->syncing = TRUE;
  gtk_string_list_splice (self->countries, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->countries)) - 1, NULL);
  g_strv_builder_add (country_values, "");
  for (guint i = 0; i < n_countries; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", ts_country_get_name (country_codes[i]),
                                                country_codes[i]);

      gtk_string_list_append (self->countries, label);
      g_strv_builder_add (country_values, country_codes[i]);
    }
  g_object_set_data_full (G_OBJECT (self->country_dropdown), "ts-values",
                          g_strv_builder_end (country_values), (GDestroyNotify) g_strfreev);

  gtk_string_list_splice (self->tags, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->tags)) - 1, tag_names);
  self->syncing = FALSE;
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
on_country_selected (GtkDropDown     *dropdown,
                     GParamSpec      *pspec,
                     TsFilterPopover *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char * const *values = g_object_get_data (G_OBJECT (dropdown), "ts-values");

  if (self->syncing || self->query == NULL)
    return;

  ts_query_set_country (self->query,
                        selected > 0 && selected != GTK_INVALID_LIST_POSITION && values != NULL
                        ? values[selected] : NULL);
}

static void
on_tag_selected (GtkDropDown     *dropdown,
                 GParamSpec      *pspec,
                 TsFilterPopover *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || self->query == NULL)
    return;

  ts_query_set_tag (self->query,
                    selected > 0 && selected != GTK_INVALID_LIST_POSITION
                    ? gtk_string_list_get_string (self->tags, selected) : NULL);
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
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (ts_filter_popover_parent_class)->dispose (object);
}

static void
ts_filter_popover_class_init (TsFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_filter_popover_dispose;

  signals[FILTERS_CHANGED] =
    g_signal_new ("filters-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ts_filter_popover_init (TsFilterPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *heading = gtk_label_new (_("Filters"));
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("C_lear All Filters"));
  const char *any[] = { _("Any"), NULL };
  g_autoptr(GtkExpression) string_expression = NULL;
  int row = 0;

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

  self->countries = gtk_string_list_new (any);
  self->country_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (
    G_LIST_MODEL (g_object_ref (self->countries)), NULL));
  g_signal_connect (self->country_dropdown, "notify::selected",
                    G_CALLBACK (on_country_selected), self);
  add_row (GTK_GRID (grid), row++, _("Country"), GTK_WIDGET (self->country_dropdown));

  self->tags = gtk_string_list_new (any);
  self->tag_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (
    G_LIST_MODEL (g_object_ref (self->tags)), NULL));
  gtk_drop_down_set_enable_search (self->tag_dropdown, TRUE);
  string_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->tag_dropdown, string_expression);
  g_signal_connect (self->tag_dropdown, "notify::selected", G_CALLBACK (on_tag_selected), self);
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
  ts_filter_popover_set_record_type (self, TS_RECORD_TYPE_MEETING);
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
  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      gboolean visible = vocabularies[i].type == type;

      gtk_widget_set_visible (GTK_WIDGET (self->vocabulary_dropdowns[i]), visible);
      gtk_widget_set_visible (self->vocabulary_labels[i], visible);
    }
}

void
ts_filter_popover_clear_filter (TsFilterPopover *self,
                                const char      *filter)
{
  TsDate unset = TS_DATE_INIT;

  g_return_if_fail (TS_IS_FILTER_POPOVER (self));
  g_return_if_fail (filter != NULL);

  if (self->query == NULL)
    return;

  if (g_str_equal (filter, "period"))
    {
      ts_query_set_from (self->query, &unset);
      ts_query_set_to (self->query, &unset);
    }
  else if (g_str_equal (filter, "country"))
    ts_query_set_country (self->query, NULL);
  else if (g_str_equal (filter, "tag"))
    ts_query_set_tag (self->query, NULL);
  else if (g_str_equal (filter, "place"))
    ts_query_set_place (self->query, NULL);
  else if (g_str_equal (filter, "person"))
    ts_query_set_person (self->query, NULL);
  else
    ts_query_set_vocabulary (self->query, filter, -1);
}

void
ts_filter_popover_clear_all (TsFilterPopover *self)
{
  static const char *filters[] = { "period", "country", "tag", "place", "person" };

  g_return_if_fail (TS_IS_FILTER_POPOVER (self));

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    ts_filter_popover_clear_filter (self, filters[i]);
  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    ts_filter_popover_clear_filter (self, vocabularies[i].field);
}

static void
add_description (GPtrArray  *result,
                 const char *filter,
                 char       *label)
{
  g_ptr_array_add (result, g_strdup (filter));
  g_ptr_array_add (result, label);
}

GPtrArray *
ts_filter_popover_describe_filters (TsFilterPopover *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  const TsDate *from, *to;

  g_return_val_if_fail (TS_IS_FILTER_POPOVER (self), result);

  if (self->query == NULL)
    return result;

  from = ts_query_get_from (self->query);
  to = ts_query_get_to (self->query);
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

  if (ts_query_get_country (self->query) != NULL)
    add_description (result, "country",
                     g_strdup_printf (_("Country: %s"),
                                      ts_country_get_name (ts_query_get_country (self->query))));
  if (ts_query_get_tag (self->query) != NULL)
    add_description (result, "tag",
                     g_strdup_printf (_("Tag: %s"), ts_query_get_tag (self->query)));
  if (ts_query_get_place (self->query) != NULL)
    add_description (result, "place",
                     g_strdup_printf (_("Place: %s"),
                                      ts_title_of_id (self->dataset,
                                                      ts_query_get_place (self->query))));
  if (ts_query_get_person (self->query) != NULL)
    add_description (result, "person",
                     g_strdup_printf (_("Person: %s"),
                                      ts_title_of_id (self->dataset,
                                                      ts_query_get_person (self->query))));

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      int value = ts_query_get_vocabulary (self->query, vocabularies[i].field);

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
