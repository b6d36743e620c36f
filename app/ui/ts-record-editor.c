/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-record-editor.h"
#include "ts-agreement.h"
#include "ts-choice-model.h"
#include "ts-enums.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-record-columns.h"
#include "ts-source.h"
#include "ts-vocabulary.h"

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
  FIELD_ITEMS,   /* structured sub-items: positions, milestones… */
} FieldKind;

typedef enum
{
  ITEMS_POSITIONS,
  ITEMS_MILESTONES,
  ITEMS_ROUTE,
  ITEMS_PARTICIPANTS,
  ITEMS_PARTIES,
} ItemsKind;

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
  /* FIELD_ITEMS: of Item, in order. */
  ItemsKind items_kind;
  GPtrArray *items;
} Field;

/* One sub-item (a position, a milestone…): an expander row whose sub-rows
 * edit its parts. Parts a kind has not are NULL. */
typedef struct
{
  Field *field;
  GtkWidget *row;
  GtkWidget *remove_button;
  GtkWidget *text;            /* title, note, label or role */
  GtkWidget *side;
  GtkWidget *dates[2];        /* from and to; a milestone has only the first */
  GtkWidget *status;
  GtkWidget *link;            /* a record picker */
  Candidates *candidates;
  GtkWidget *coordinates[2];  /* spin buttons: latitude, longitude */
  GtkWidget *coordinate_rows[2];
} Item;

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
  GPtrArray *field_order;  /* of Field, as the form shows them */
  GHashTable *candidates;  /* type mask → Candidates */

  /* What the form held when it was filled or last saved: closing asks
   * before it throws away anything else. */
  char *clean_state;
  gboolean discarding;
  GtkWindow *discard_dialog;
  gboolean focused_once;
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
  g_clear_pointer (&field->items, g_ptr_array_unref);
  g_free (field);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;

  return g_utf8_collate (ts_record_get_display_name (ra), ts_record_get_display_name (rb));
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

      gtk_string_list_append (candidates->titles, ts_record_get_display_name (record));
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
  g_ptr_array_add (self->field_order, field);

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

/* A list as one line, items separated by commas. An item that holds a
 * comma or a double quote, or begins or ends with a space, is written in
 * double quotes (a quote inside doubled), so that reading the line back
 * gives the same items. */
static char *
join_list (const char * const *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      const char *value = values[i];
      gsize length = strlen (value);

      if (i > 0)
        g_string_append (text, ", ");
      if (strpbrk (value, ",\"") != NULL
          || (length > 0 && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1]))))
        {
          g_string_append_c (text, '"');
          for (const char *p = value; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (text, '"');
              g_string_append_c (text, *p);
            }
          g_string_append_c (text, '"');
        }
      else
        {
          g_string_append (text, value);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The items of a line join_list() wrote, or the user typed; empty items
 * are dropped. FALSE, with @error_message, when a quote is not closed or
 * is followed by more than a comma. */
static gboolean
split_list (const char   *text,
            GStrv        *values,
            const char  **error_message)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      g_autoptr(GString) item = g_string_new (NULL);

      while (g_ascii_isspace (*p))
        p++;

      if (*p == '"')
        {
          for (p++; ; p++)
            {
              if (*p == '\0')
                {
                  *error_message = _("a quoted item has no closing quote");
                  return FALSE;
                }
              if (*p == '"' && p[1] == '"')
                p++;
              else if (*p == '"')
                break;
              g_string_append_c (item, *p);
            }
          for (p++; g_ascii_isspace (*p); p++)
            ;
          if (*p != '\0' && *p != ',')
            {
              *error_message = _("after a closing quote comes a comma");
              return FALSE;
            }
        }
      else
        {
          while (*p != '\0' && *p != ',')
            g_string_append_c (item, *p++);
          g_strstrip (item->str);
          item->len = strlen (item->str);
        }

      if (item->len > 0)
        g_strv_builder_add (builder, item->str);
      if (*p == ',')
        p++;
    }

  *values = g_strv_builder_end (builder);
  return TRUE;
}

static void
add_list_entry (TsRecordEditor      *self,
                AdwPreferencesGroup *group,
                const char          *key,
                const char          *title,
                const char * const  *values)
{
  g_autofree char *text = join_list (values);
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_set_tooltip_text (row, _("Separate items with commas; put an item that holds a "
                                      "comma in double quotes"));
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_LIST, row);
}

/* What a date row's hint says: how the text reads and how precise it is,
 * or the forms a date takes while the row is empty. */
static void
show_date_hint (GtkEditable *row,
                GtkLabel    *hint)
{
  const char *text = gtk_editable_get_text (row);
  TsDate date = TS_DATE_INIT;
  g_autofree char *label = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (*text == '\0')
    {
      /* Translators: the forms a date may take, shown in an empty date field */
      label = g_strdup (_("YYYY, YYYY-MM or YYYY-MM-DD"));
    }
  else if (!ts_date_parse (text, &date, NULL))
    {
      label = g_strdup (_("not a date"));
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
  else
    {
      g_autofree char *formatted = ts_date_format (&date);
      const char *precision = date.precision == TS_DATE_PRECISION_DAY ? _("day")
                              : date.precision == TS_DATE_PRECISION_MONTH ? _("month")
                              : _("year");

      /* Translators: how a date reads, and how precise it is: "May 2023 · month" */
      label = g_strdup_printf (C_("date hint", "%s · %s"), formatted, precision);
    }

  gtk_label_set_label (hint, label);
}

/* An entry row for a date in the file's forms, with a live hint. */
static GtkWidget *
create_date_row (const char   *title,
                 const TsDate *date,
                 GtkWidget   **hint_out)
{
  g_autofree char *text = ts_date_to_string (date);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *hint = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (row, _("A day (2023-10-25), a month (2023-05) or a year "
                                      "(2023); add ~ for “about”"));
  gtk_widget_add_css_class (hint, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), hint);
  g_signal_connect (row, "changed", G_CALLBACK (show_date_hint), hint);
  show_date_hint (GTK_EDITABLE (row), GTK_LABEL (hint));
  if (hint_out != NULL)
    *hint_out = hint;

  return row;
}

static void
add_date (TsRecordEditor      *self,
          AdwPreferencesGroup *group,
          const char          *key,
          const char          *title,
          const TsDate        *date)
{
  GtkWidget *hint = NULL;
  GtkWidget *row = create_date_row (title, date, &hint);
  Field *field;

  field = add_field (self, key, title, FIELD_DATE, row);
  field->hint = hint;
  adw_preferences_group_add (group, row);
}

/* The shortest text that reads back as exactly @value: "39.9042", not
 * "39.904200000000003". */
static char *
format_number (double value)
{
  static const char * const formats[] = { "%.15g", "%.16g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
add_number (TsRecordEditor      *self,
            AdwPreferencesGroup *group,
            const char          *key,
            const char          *title,
            double               value)
{
  g_autofree char *text = NULL;
  GtkWidget *row = adw_entry_row_new ();

  if (!isnan (value))
    text = format_number (value);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  add_field (self, key, title, FIELD_NUMBER, row);
}

/* A combo row of @enum_type's values, showing @value. Its model is the
 * TsChoiceModel that maps positions to values both ways. */
static GtkWidget *
create_choice_row (const char *title,
                   GType       enum_type,
                   int         value)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(TsChoiceModel) choices = ts_choice_model_new (enum_type);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              ts_choice_model_get_position (choices, value));
  return row;
}

/* The value a combo row of create_choice_row() shows; FALSE when it shows
 * none. */
static gboolean
get_choice (GtkWidget *row,
            int       *value)
{
  TsChoiceModel *choices = TS_CHOICE_MODEL (adw_combo_row_get_model (ADW_COMBO_ROW (row)));

  return ts_choice_model_get_value (choices, adw_combo_row_get_selected (ADW_COMBO_ROW (row)),
                                    value);
}

static void
add_choice (TsRecordEditor      *self,
            AdwPreferencesGroup *group,
            const char          *key,
            const char          *title,
            GType                enum_type,
            int                  value)
{
  GtkWidget *row = create_choice_row (title, enum_type, value);

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

  /* The rows of the chosen records go before the row that adds one; the
   * group would drop its last reference to that row while it moves. */
  g_object_ref (field->add_row);
  adw_preferences_group_remove (field->group, field->add_row);
  adw_preferences_group_add (field->group, row);
  adw_preferences_group_add (field->group, field->add_row);
  g_object_unref (field->add_row);

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

/* Lists of sub-items: positions, milestones, route points, participants,
 * parties. */

static const struct
{
  const char *group_title;
  const char *add_label;    /* the add button's accessible name */
  const char *item_label;   /* "Milestone 2", in problems and remove buttons */
  const char *text_part;    /* widget names of the parts, for tests */
  const char *link_part;
} items_kinds[] = {
  [ITEMS_POSITIONS] = { N_("Positions"), N_("Add Position"), N_("Position %u"),
                        "title", "organization" },
  [ITEMS_MILESTONES] = { N_("Milestones"), N_("Add Milestone"), N_("Milestone %u"),
                         "note", "source" },
  [ITEMS_ROUTE] = { N_("Route"), N_("Add Route Point"), N_("Route Point %u"),
                    "label", NULL },
  [ITEMS_PARTICIPANTS] = { N_("Participants"), N_("Add Participant"), N_("Participant %u"),
                           "role", "person" },
  [ITEMS_PARTIES] = { N_("Parties"), N_("Add Party"), N_("Party %u"),
                      "role", "party" },
};

static void
item_free (Item *item)
{
  g_free (item);
}

static char *
dup_item_label (Item *item)
{
  guint index = 0;

  g_ptr_array_find (item->field->items, item, &index);
  return g_strdup_printf (_(items_kinds[item->field->items_kind].item_label), index + 1);
}

static const char *
get_item_text (GtkWidget *editable)
{
  const char *text = editable != NULL ? gtk_editable_get_text (GTK_EDITABLE (editable)) : "";

  while (g_ascii_isspace (*text))
    text++;
  return text;
}

static const char *
get_item_link (Item *item)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (item->link));

  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_ptr_array_index (item->candidates->ids, selected);
}

static const char *
get_item_link_title (Item *item)
{
  const char *id = get_item_link (item);

  return id != NULL ? ts_title_of_id (item->field->editor->dataset, id) : NULL;
}

static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

/* The row's title and subtitle sum the item up; they also take away any
 * problem shown on it, as the user is fixing it. */
static void
update_item_summary (Item *item)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;

  switch (item->field->items_kind)
    {
    case ITEMS_POSITIONS:
      append_part (title, get_item_text (item->text));
      append_part (subtitle, get_item_link_title (item));
      if (*get_item_text (item->dates[0]) != '\0' || *get_item_text (item->dates[1]) != '\0')
        {
          /* Translators: when a position was held: "2021-01 – 2023-05" */
          g_autofree char *span = g_strdup_printf (_("%s – %s"),
                                                   get_item_text (item->dates[0]),
                                                   get_item_text (item->dates[1]));

          append_part (subtitle, span);
        }
      if (title->len == 0)
        g_string_append (title, _("New Position"));
      break;

    case ITEMS_MILESTONES:
      {
        int status;

        append_part (title, get_item_text (item->dates[0]));
        if (get_choice (item->status, &status))
          append_part (title, ts_project_status_get_label (status));
        append_part (subtitle, get_item_text (item->text));
        if (title->len == 0)
          g_string_append (title, _("New Milestone"));
      }
      break;

    case ITEMS_ROUTE:
      /* Translators: a route point's coordinates, latitude then longitude */
      g_string_append_printf (title, _("%s, %s"), get_item_text (item->coordinates[0]),
                              get_item_text (item->coordinates[1]));
      append_part (subtitle, get_item_text (item->text));
      break;

    case ITEMS_PARTICIPANTS:
    case ITEMS_PARTIES:
      append_part (title, get_item_link_title (item));
      append_part (subtitle, get_item_text (item->text));
      if (item->side != NULL)
        append_part (subtitle, get_item_text (item->side));
      if (title->len == 0)
        g_string_append (title, item->field->items_kind == ITEMS_PARTIES
                                ? _("New Party") : _("New Participant"));
      break;

    default:
      g_assert_not_reached ();
    }

  escaped_title = g_markup_escape_text (title->str, -1);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), escaped_title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row), escaped_subtitle);
  gtk_widget_remove_css_class (item->row, "error");
}

static void
on_item_changed (GObject *object,
                 Item    *item)
{
  /* The dates' hints keep their own error state. */
  if (GTK_IS_WIDGET (object)
      && (GtkWidget *) object != item->dates[0] && (GtkWidget *) object != item->dates[1])
    gtk_widget_remove_css_class (GTK_WIDGET (object), "error");
  update_item_summary (item);
}

static void
on_item_selected_notify (GObject    *object,
                         GParamSpec *pspec,
                         Item       *item)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (object), ADW_TYPE_ACTION_ROW);

  if (row != NULL)
    gtk_widget_remove_css_class (row, "error");
  update_item_summary (item);
}

static void
name_part (GtkWidget  *widget,
           const char *key,
           guint       index,
           const char *part)
{
  g_autofree char *name = NULL;

  if (widget == NULL)
    return;

  name = part != NULL ? g_strdup_printf ("%s.%u.%s", key, index, part)
                      : g_strdup_printf ("%s.%u", key, index);
  gtk_widget_set_name (widget, name);
}

/* Names the items' widgets by position ("milestones.0.date"), and the
 * remove buttons by the item ("Remove Milestone 1"). */
static void
renumber_items (Field *field)
{
  const char *text_part = items_kinds[field->items_kind].text_part;
  const char *link_part = items_kinds[field->items_kind].link_part;

  for (guint i = 0; i < field->items->len; i++)
    {
      Item *item = g_ptr_array_index (field->items, i);
      g_autofree char *label = dup_item_label (item);
      /* Translators: the accessible name of a button that removes an item: "Remove Milestone 2" */
      g_autofree char *accessible = g_strdup_printf (_("Remove %s"), label);

      name_part (item->row, field->key, i, NULL);
      name_part (item->text, field->key, i, text_part);
      name_part (item->side, field->key, i, "side");
      name_part (item->status, field->key, i, "status");
      name_part (item->link, field->key, i, link_part);
      name_part (item->coordinates[0], field->key, i, "lat");
      name_part (item->coordinates[1], field->key, i, "lon");
      name_part (item->dates[0], field->key, i,
                 field->items_kind == ITEMS_POSITIONS ? "from" : "date");
      name_part (item->dates[1], field->key, i, "to");
      name_part (item->remove_button, field->key, i, "remove");
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

/* A removed row can outlive its item (focus, accessibility and pending
 * notifications keep widgets around), so its widgets must stop calling
 * back into the item before the item is freed. */
static void
disconnect_from_item (GtkWidget *widget,
                      Item      *item)
{
  g_signal_handlers_disconnect_by_data (widget, item);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    disconnect_from_item (child, item);
}

static void
on_remove_item_clicked (GtkButton *button,
                        Item      *item)
{
  Field *field = item->field;
  guint index;

  if (!g_ptr_array_find (field->items, item, &index))
    return;

  disconnect_from_item (item->row, item);
  adw_preferences_group_remove (field->group, item->row);
  g_ptr_array_remove_index (field->items, index);
  renumber_items (field);
}

static GtkWidget *
add_item_entry (Item       *item,
                const char *title,
                const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_item_changed), item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
  return row;
}

static GtkWidget *
add_item_date (Item         *item,
               const char   *title,
               const TsDate *date)
{
  GtkWidget *row = create_date_row (title, date, NULL);

  g_signal_connect (row, "changed", G_CALLBACK (on_item_changed), item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
  return row;
}

static GtkWidget *
add_item_status (Item            *item,
                 TsProjectStatus  status)
{
  GtkWidget *row = create_choice_row (_("Status Reached"), TS_TYPE_PROJECT_STATUS, status);

  g_signal_connect (row, "notify::selected", G_CALLBACK (on_item_selected_notify), item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
  return row;
}

static GtkWidget *
add_item_link (Item       *item,
               const char *title,
               guint       types,
               const char *id)
{
  GtkWidget *row = adw_action_row_new ();

  item->candidates = get_candidates (item->field->editor, types);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  item->link = create_picker (item->candidates, title);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (item->link), find_candidate (item->candidates, id));
  g_signal_connect (item->link, "notify::selected", G_CALLBACK (on_item_selected_notify), item);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), item->link);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), item->link);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
  return row;
}

static void
add_item_coordinate (Item       *item,
                     guint       slot,
                     const char *title,
                     double      limit,
                     double      value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (-limit, limit, 0.0001);
  guint digits = 4;

  /* As many decimals as the value has: the button shows, and reads back
   * when it loses focus, only those it is told to. */
  while (digits < 15)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *format = g_strdup_printf ("%%.%uf", digits);

      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
      digits++;
    }
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect (spin, "changed", G_CALLBACK (on_item_changed), item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), row);
  item->coordinates[slot] = spin;
  item->coordinate_rows[slot] = row;
}

/* Adds an item filled from @data (a TsPosition, TsMilestone… as the field's
 * kind has), or a new one, open, when @data is NULL. */
static Item *
add_item (Field         *field,
          gconstpointer  data)
{
  Item *item = g_new0 (Item, 1);
  guint places_and_organizations = TYPE_BIT (TS_RECORD_TYPE_PLACE)
                                   | TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION);

  item->field = field;
  item->row = adw_expander_row_new ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), data == NULL);

  switch (field->items_kind)
    {
    case ITEMS_POSITIONS:
      {
        const TsPosition *position = data;

        item->text = add_item_entry (item, _("Title"), position ? position->title : NULL);
        add_item_link (item, _("Organization"), TYPE_BIT (TS_RECORD_TYPE_ORGANIZATION),
                       position ? position->organization_id : NULL);
        item->dates[0] = add_item_date (item, _("From"), position ? &position->from : NULL);
        item->dates[1] = add_item_date (item, _("To"), position ? &position->to : NULL);
      }
      break;

    case ITEMS_MILESTONES:
      {
        const TsMilestone *milestone = data;

        item->dates[0] = add_item_date (item, _("Date"), milestone ? &milestone->date : NULL);
        item->status = add_item_status (item, milestone ? milestone->status
                                                        : TS_PROJECT_STATUS_UNSET);
        item->text = add_item_entry (item, _("Note"), milestone ? milestone->note : NULL);
        add_item_link (item, _("Source"), TYPE_BIT (TS_RECORD_TYPE_SOURCE),
                       milestone ? milestone->source_id : NULL);
      }
      break;

    case ITEMS_ROUTE:
      {
        const TsRoutePoint *point = data;
        double lat = 41.2, lon = 74.7;  /* Kyrgyzstan, for the first new point */

        if (point != NULL)
          {
            lat = point->lat;
            lon = point->lon;
          }
        else if (field->items->len > 0)
          {
            /* A new point starts where the last one is: routes go on nearby. */
            Item *last = g_ptr_array_index (field->items, field->items->len - 1);

            lat = gtk_spin_button_get_value (GTK_SPIN_BUTTON (last->coordinates[0]));
            lon = gtk_spin_button_get_value (GTK_SPIN_BUTTON (last->coordinates[1]));
          }
        add_item_coordinate (item, 0, _("Latitude (−90 to 90)"), 90, lat);
        add_item_coordinate (item, 1, _("Longitude (−180 to 180)"), 180, lon);
        item->text = add_item_entry (item, _("Label"), point ? point->label : NULL);
      }
      break;

    case ITEMS_PARTICIPANTS:
      {
        const TsParticipant *participant = data;

        add_item_link (item, _("Person"), TYPE_BIT (TS_RECORD_TYPE_PERSON),
                       participant ? participant->person_id : NULL);
        item->text = add_item_entry (item, _("Role (the position at the time)"),
                                     participant ? participant->role : NULL);
        item->side = add_item_entry (item, _("Side (ISO code of the delegation, e.g. KG)"),
                                     participant ? participant->side : NULL);
      }
      break;

    case ITEMS_PARTIES:
      {
        const TsParty *party = data;

        add_item_link (item, _("Place or Organization"), places_and_organizations,
                       party ? party->party_id : NULL);
        item->text = add_item_entry (item, _("Role"), party ? party->role : NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  item->remove_button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (item->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (item->remove_button, "flat");
  gtk_widget_set_tooltip_text (item->remove_button, _("Remove"));
  g_signal_connect (item->remove_button, "clicked", G_CALLBACK (on_remove_item_clicked), item);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), item->remove_button);

  g_ptr_array_add (field->items, item);
  adw_preferences_group_add (field->group, item->row);
  renumber_items (field);
  update_item_summary (item);

  return item;
}

static void
on_add_item_clicked (GtkButton *button,
                     Field     *field)
{
  Item *item = add_item (field, NULL);

  /* Where the user starts: what the item is about. */
  if (item->link != NULL && field->items_kind != ITEMS_POSITIONS)
    gtk_widget_grab_focus (item->link);
  else if (item->dates[0] != NULL && field->items_kind == ITEMS_MILESTONES)
    gtk_widget_grab_focus (item->dates[0]);
  else if (item->coordinates[0] != NULL)
    gtk_widget_grab_focus (item->coordinates[0]);
  else
    gtk_widget_grab_focus (item->text);
}

/* A group listing @items (of the kind's struct), with a button to add one. */
static void
add_items (TsRecordEditor *self,
           const char     *key,
           ItemsKind       kind,
           GPtrArray      *items)
{
  const char *title = _(items_kinds[kind].group_title);
  AdwPreferencesGroup *group = add_group (self, title);
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *add_name = g_strconcat (key, ".add", NULL);
  Field *field;

  field = add_field (self, key, title, FIELD_ITEMS, NULL);
  field->group = group;
  field->items_kind = kind;
  field->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

  gtk_widget_set_name (add_button, add_name);
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, _(items_kinds[kind].add_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(items_kinds[kind].add_label),
                                  -1);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_item_clicked), field);
  adw_preferences_group_set_header_suffix (group, add_button);

  for (guint i = 0; items != NULL && i < items->len; i++)
    add_item (field, g_ptr_array_index (items, i));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The four languages of the region, and a row for a name in any other
 * language the record has, so that saving keeps it. */
static void
add_names (TsRecordEditor      *self,
           AdwPreferencesGroup *group,
           GHashTable          *names,
           const char * const  *aliases)
{
  static const char * const languages[] = { "en", "ru", "ky", "zh" };
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  add_entry (self, group, "names.en", _("Name in English"),
             names != NULL ? g_hash_table_lookup (names, "en") : NULL);
  add_entry (self, group, "names.ru", _("Name in Russian"),
             names != NULL ? g_hash_table_lookup (names, "ru") : NULL);
  add_entry (self, group, "names.ky", _("Name in Kyrgyz"),
             names != NULL ? g_hash_table_lookup (names, "ky") : NULL);
  add_entry (self, group, "names.zh", _("Name in Chinese"),
             names != NULL ? g_hash_table_lookup (names, "zh") : NULL);

  if (names != NULL)
    {
      GHashTableIter iter;
      const char *language;

      g_hash_table_iter_init (&iter, names);
      while (g_hash_table_iter_next (&iter, (gpointer *) &language, NULL))
        {
          if (!g_strv_contains (languages, language))
            g_ptr_array_add (others, (gpointer) language);
        }
      g_ptr_array_sort (others, compare_strings);
    }
  for (guint i = 0; i < others->len; i++)
    {
      const char *language = g_ptr_array_index (others, i);
      g_autofree char *key = g_strconcat ("names.", language, NULL);
      /* Translators: the title of a name in a language the form has no row
       * for; %s is the language's code: "Name in “uz”" */
      g_autofree char *title = g_strdup_printf (_("Name in “%s”"), language);

      add_entry (self, group, key, title, g_hash_table_lookup (names, language));
    }

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

        add_items (self, "participants", ITEMS_PARTICIPANTS, ts_meeting_get_participants (m));
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

        add_date (self, main_group, "date", _("Date Signed"), ts_agreement_get_date (a));
        add_choice (self, main_group, "kind", _("Kind"), TS_TYPE_AGREEMENT_KIND,
                    ts_agreement_get_kind (a));
        add_choice (self, main_group, "status", _("Status"), TS_TYPE_AGREEMENT_STATUS,
                    ts_agreement_get_status (a));
        add_link (self, main_group, "signed_at", _("Signed At"), TYPE_BIT (TS_RECORD_TYPE_MEETING),
                  ts_agreement_get_signed_at_id (a));

        add_items (self, "parties", ITEMS_PARTIES, ts_agreement_get_parties (a));
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
        add_items (self, "milestones", ITEMS_MILESTONES, ts_project_get_milestones (p));
        add_items (self, "route", ITEMS_ROUTE, ts_project_get_route (p));
      }
      break;

    case TS_RECORD_TYPE_PERSON:
      {
        TsPerson *p = TS_PERSON (r);

        group = add_group (self, _("Names"));
        add_names (self, group, ts_person_get_names (p), ts_person_get_aliases (p));
        add_entry (self, main_group, "country", _("Country (ISO code, e.g. KG)"),
                   ts_person_get_country (p));
        add_items (self, "positions", ITEMS_POSITIONS, ts_person_get_positions (p));
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
              ts_record_get_confidence (r));
  add_entry (self, group, "notes", _("Notes"), ts_record_get_notes (r));
}

/* Reading the form back */

typedef struct
{
  TsRecordEditor *self;
  GString *problems;
} Reader;

static void
report_problem (Reader     *reader,
                const char *title,
                GtkWidget  *row,
                const char *message)
{
  if (reader->problems->len > 0)
    g_string_append_c (reader->problems, '\n');
  /* Translators: a problem with a form field: "Date: “2023-13” is not a date" */
  g_string_append_printf (reader->problems, _("%s: %s"), title, message);
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
}

static void
add_problem (Reader     *reader,
             Field      *field,
             const char *message)
{
  report_problem (reader, field->title, field->row, message);
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
  const char *error_message = NULL;
  GStrv values = NULL;

  if (!split_list (read_text (reader, key), &values, &error_message))
    {
      add_problem (reader, lookup_field (reader->self, key), error_message);
      return g_new0 (char *, 1);
    }

  return values;
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
  int value = 0;

  if (!get_choice (field->row, &value))
    add_problem (reader, field, _("choose one of the list"));
  return value;
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
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *fields = reader->self->field_order;

  for (guint i = 0; i < fields->len; i++)
    {
      Field *field = g_ptr_array_index (fields, i);
      char *name;

      if (!g_str_has_prefix (field->key, "names."))
        continue;

      name = read_stripped (reader, field->key);
      if (name != NULL)
        g_hash_table_insert (names, g_strdup (field->key + strlen ("names.")), name);
    }

  return names;
}

/* Reading the lists of sub-items: each problem names the item and the part
 * ("Milestone 2 · Date: required"), marks the part and opens the item, with
 * the problem under its summary. */

static void
add_item_problem (Reader     *reader,
                  Item       *item,
                  GtkWidget  *part_row,
                  const char *part_title,
                  const char *message)
{
  g_autofree char *label = dup_item_label (item);
  /* Translators: a part of an item of a list, in a problem: "Milestone 2 · Date" */
  g_autofree char *title = g_strdup_printf (C_("item part", "%s · %s"), label, part_title);
  /* Translators: a problem shown on an item: "Date: required" */
  g_autofree char *inline_message = g_strdup_printf (_("%s: %s"), part_title, message);
  g_autofree char *escaped = g_markup_escape_text (inline_message, -1);

  report_problem (reader, title, part_row, message);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row), escaped);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  gtk_widget_add_css_class (item->row, "error");
}

static char *
read_item_text (GtkWidget *editable)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (editable));
  char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  return stripped;
}

static void
read_item_date (Reader     *reader,
                Item       *item,
                guint       slot,
                const char *part_title,
                gboolean    required,
                TsDate     *date)
{
  g_autofree char *text = read_item_text (item->dates[slot]);
  g_autoptr(GError) error = NULL;
  TsDate unset = TS_DATE_INIT;

  *date = unset;
  if (text == NULL)
    {
      if (required)
        add_item_problem (reader, item, item->dates[slot], part_title, _("required"));
    }
  else if (!ts_date_parse (text, date, &error))
    {
      add_item_problem (reader, item, item->dates[slot], part_title, error->message);
      *date = unset;
    }
}

/* The record an item links to; a problem when it must have one. */
static const char *
read_item_link (Reader     *reader,
                Item       *item,
                const char *part_title,
                const char *missing)
{
  const char *id = get_item_link (item);

  if (id == NULL && missing != NULL)
    add_item_problem (reader, item, gtk_widget_get_ancestor (item->link, ADW_TYPE_ACTION_ROW),
                      part_title, missing);
  return id;
}

/* A spin button's text as typed: it may lie outside the range until the
 * button clamps it, and that must not pass unnoticed. */
static double
read_item_coordinate (Reader     *reader,
                      Item       *item,
                      guint       slot,
                      const char *part_title,
                      double      limit)
{
  g_autofree char *text = read_item_text (item->coordinates[slot]);
  char *end = NULL;
  double value;

  if (text == NULL)
    {
      add_item_problem (reader, item, item->coordinate_rows[slot], part_title, _("required"));
      return NAN;
    }

  /* The button writes its value in the locale's way ("41,2" in some). */
  value = g_strtod (text, &end);
  if (end == text || *end != '\0' || isnan (value) || isinf (value))
    {
      add_item_problem (reader, item, item->coordinate_rows[slot], part_title,
                        _("write a number, with a point for decimals: 42.87"));
      return NAN;
    }
  if (value < -limit || value > limit)
    {
      g_autofree char *message = g_strdup_printf (_("must lie between %g and %g"),
                                                  -limit, limit);

      add_item_problem (reader, item, item->coordinate_rows[slot], part_title, message);
      return NAN;
    }

  return value;
}

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const TsMilestone *ma = *(TsMilestone * const *) a;
  const TsMilestone *mb = *(TsMilestone * const *) b;

  return ts_date_compare (&ma->date, &mb->date);
}

/* Returns: (transfer full): of the struct the field's kind has. */
static GPtrArray *
read_items (Reader     *reader,
            const char *key)
{
  Field *field = lookup_field (reader->self, key);
  GPtrArray *result = NULL;

  switch (field->items_kind)
    {
    case ITEMS_POSITIONS:
      result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_position_free);
      break;
    case ITEMS_MILESTONES:
      result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_milestone_free);
      break;
    case ITEMS_ROUTE:
      result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_route_point_free);
      break;
    case ITEMS_PARTICIPANTS:
      result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_participant_free);
      break;
    case ITEMS_PARTIES:
      result = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_party_free);
      break;
    default:
      g_assert_not_reached ();
    }

  for (guint i = 0; i < field->items->len; i++)
    {
      Item *item = g_ptr_array_index (field->items, i);
      g_autofree char *text = read_item_text (item->text);

      switch (field->items_kind)
        {
        case ITEMS_POSITIONS:
          {
            const char *organization = read_item_link (reader, item, _("Organization"), NULL);
            TsDate from, to;

            if (text == NULL)
              add_item_problem (reader, item, item->text, _("Title"), _("required"));
            read_item_date (reader, item, 0, _("From"), FALSE, &from);
            read_item_date (reader, item, 1, _("To"), FALSE, &to);
            if (ts_date_is_set (&from) && ts_date_is_set (&to)
                && ts_date_get_last_julian (&to) < ts_date_get_first_julian (&from))
              add_item_problem (reader, item, item->dates[1], _("To"),
                                _("comes before the start"));
            g_ptr_array_add (result, ts_position_new (text, organization, &from, &to));
          }
          break;

        case ITEMS_MILESTONES:
          {
            int status = TS_PROJECT_STATUS_UNSET;
            const char *source = read_item_link (reader, item, _("Source"), NULL);
            TsDate date;

            read_item_date (reader, item, 0, _("Date"), TRUE, &date);
            get_choice (item->status, &status);
            g_ptr_array_add (result, ts_milestone_new (&date, status, text, source));
          }
          break;

        case ITEMS_ROUTE:
          {
            double lat = read_item_coordinate (reader, item, 0, _("Latitude"), 90);
            double lon = read_item_coordinate (reader, item, 1, _("Longitude"), 180);

            g_ptr_array_add (result, ts_route_point_new (lat, lon, text));
          }
          break;

        case ITEMS_PARTICIPANTS:
          {
            const char *person = read_item_link (reader, item, _("Person"),
                                                 _("choose a person"));
            g_autofree char *side = read_item_text (item->side);

            if (side != NULL)
              {
                g_autofree char *upper = g_ascii_strup (side, -1);

                g_free (side);
                side = g_steal_pointer (&upper);
                if (strlen (side) != 2 || !g_ascii_isupper (side[0])
                    || !g_ascii_isupper (side[1]))
                  add_item_problem (reader, item, item->side, _("Side"),
                                    _("use the two-letter country code, as CN or KG"));
              }
            g_ptr_array_add (result, ts_participant_new (person, text, side));
          }
          break;

        case ITEMS_PARTIES:
          {
            const char *party = read_item_link (reader, item, _("Party"),
                                                _("choose a place or an organization"));

            g_ptr_array_add (result, ts_party_new (party, text));
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* The format keeps milestones oldest first. */
  if (field->items_kind == ITEMS_MILESTONES)
    g_ptr_array_sort (result, compare_milestones);

  return result;
}

/* Takes the problems shown on the items away, before a new check. */
static void
clear_item_problems (Field *field)
{
  for (guint i = 0; i < field->items->len; i++)
    {
      Item *item = g_ptr_array_index (field->items, i);
      GtkWidget *parts[] = { item->text, item->side, item->coordinate_rows[0],
                             item->coordinate_rows[1],
                             item->link != NULL
                             ? gtk_widget_get_ancestor (item->link, ADW_TYPE_ACTION_ROW) : NULL };

      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        {
          if (parts[j] != NULL)
            gtk_widget_remove_css_class (parts[j], "error");
        }
      update_item_summary (item);
    }
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
  ts_record_set_confidence (r, confidence);

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
        participants = read_items (reader, "participants");
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
        parties = read_items (reader, "parties");
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
        g_autoptr(GPtrArray) milestones = read_items (reader, "milestones");
        g_autoptr(GPtrArray) route = read_items (reader, "route");

        ts_project_set_sector (p, read_choice (reader, "sector"));
        ts_project_set_status (p, read_choice (reader, "status"));
        ts_project_set_value_usd (p, read_number (reader, "value_usd", 0, TS_PROJECT_MAX_VALUE_USD));
        ts_project_set_place_ids (p, (const char * const *) places);
        ts_project_set_partner_ids (p, (const char * const *) partners);
        ts_project_set_milestones (p, milestones);
        ts_project_set_route (p, route);
      }
      break;

    case TS_RECORD_TYPE_PERSON:
      {
        TsPerson *p = TS_PERSON (r);
        g_autoptr(GHashTable) names = read_names (reader);
        g_auto(GStrv) aliases = read_list (reader, "aliases");
        g_autofree char *country = read_stripped (reader, "country");
        g_autoptr(GPtrArray) positions = read_items (reader, "positions");

        ts_person_set_names (p, names);
        ts_person_set_aliases (p, (const char * const *) aliases);
        ts_person_set_country (p, country);
        ts_person_set_positions (p, positions);
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
        double value = read_number (reader, "value", -TS_FIGURE_MAX_VALUE,
                                     TS_FIGURE_MAX_VALUE);

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
        ts_figure_set_change (f, read_number (reader, "change", -TS_FIGURE_MAX_VALUE,
                                              TS_FIGURE_MAX_VALUE));
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
      if (field->kind == FIELD_ITEMS)
        clear_item_problems (field);
    }
  show_problems (self, NULL);
}

/* A refusal from the dataset (its validation, the store) names the field by
 * its key: “lat”, “participants.person”. Marks the row of that field, and
 * returns its title as the form shows it, or NULL. */
static const char *
mark_refused_field (TsRecordEditor *self,
                    const char     *message)
{
  for (guint i = 0; i < self->field_order->len; i++)
    {
      Field *field = g_ptr_array_index (self->field_order, i);
      g_autofree char *quoted = g_strconcat ("“", field->key, NULL);

      for (const char *found = strstr (message, quoted);
           found != NULL;
           found = strstr (found, quoted))
        {
          found += strlen (quoted);
          if (!g_str_has_prefix (found, "”") && *found != '.')
            continue;

          if (field->row != NULL)
            gtk_widget_add_css_class (field->row, "error");
          return field->title;
        }
    }

  return NULL;
}

static void
show_refusal (TsRecordEditor *self,
              const GError   *error)
{
  const char *title = mark_refused_field (self, error->message);
  g_autofree char *message = NULL;

  if (title != NULL)
    /* Translators: a problem with a form field: "Latitude: Record “place/kant”, field …" */
    message = g_strdup_printf (_("%s: %s"), title, error->message);
  show_problems (self, message != NULL ? message : error->message);
}

/* Every value the form holds, in order, as one string: two states are equal
 * when the form shows the same. */
static void
append_state (GString    *state,
              const char *text)
{
  if (text == NULL)
    text = "";
  g_string_append_printf (state, "%" G_GSIZE_FORMAT ":%s;", strlen (text), text);
}

static void
append_widget_state (GString   *state,
                     GtkWidget *widget)
{
  if (widget == NULL)
    g_string_append (state, "-;");
  else if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (state, "%u;", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, "%u;", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else
    append_state (state, gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static char *
dup_form_state (TsRecordEditor *self)
{
  g_autoptr(GString) state = g_string_new (NULL);

  for (guint i = 0; i < self->field_order->len; i++)
    {
      Field *field = g_ptr_array_index (self->field_order, i);

      append_state (state, field->key);
      switch (field->kind)
        {
        case FIELD_LINK:
          append_widget_state (state, field->dropdown);
          break;

        case FIELD_LINKS:
          for (guint j = 0; j < field->ids->len; j++)
            append_state (state, g_ptr_array_index (field->ids, j));
          break;

        case FIELD_ITEMS:
          for (guint j = 0; j < field->items->len; j++)
            {
              Item *item = g_ptr_array_index (field->items, j);
              GtkWidget *parts[] = { item->text, item->side, item->dates[0], item->dates[1],
                                     item->status, item->link, item->coordinates[0],
                                     item->coordinates[1] };

              g_string_append (state, "[");
              for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
                append_widget_state (state, parts[k]);
              g_string_append (state, "]");
            }
          break;

        case FIELD_TEXT:
        case FIELD_LIST:
        case FIELD_DATE:
        case FIELD_NUMBER:
        case FIELD_CHOICE:
        default:
          append_widget_state (state, field->row);
          break;
        }
    }

  return g_string_free (g_steal_pointer (&state), FALSE);
}

static void
remember_clean_state (TsRecordEditor *self)
{
  g_free (self->clean_state);
  self->clean_state = dup_form_state (self);
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     TsRecordEditor   *self)
{
  if (!g_str_equal (response, "discard"))
    return;

  self->discarding = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
ask_discard (TsRecordEditor *self)
{
  GtkWidget *dialog;

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (self->discard_dialog);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard changes?"),
                                   _("The changes made in this form have not been saved."));
  gtk_widget_set_name (dialog, "discard-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);

  self->discard_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Save, the Save button and Ctrl+S: a saved form has done its work. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (widget);

  if (ts_record_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
ts_record_editor_map (GtkWidget *widget)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (widget);

  GTK_WIDGET_CLASS (ts_record_editor_parent_class)->map (widget);

  /* The analyst starts typing in the first field. */
  if (!self->focused_once && self->field_order->len > 0)
    {
      Field *first = g_ptr_array_index (self->field_order, 0);

      self->focused_once = TRUE;
      if (first->row != NULL)
        gtk_widget_grab_focus (first->row);
    }
}

static gboolean
ts_record_editor_close_request (GtkWindow *window)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (window);

  if (!self->discarding && ts_record_editor_has_changes (self))
    {
      ask_discard (self);
      return TRUE;
    }

  if (GTK_WINDOW_CLASS (ts_record_editor_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (ts_record_editor_parent_class)->close_request (window);
  return FALSE;
}

static void
ts_record_editor_dispose (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  if (self->discard_dialog != NULL)
    {
      GtkWindow *dialog = self->discard_dialog;

      /* The dialog may outlive the editor a moment (it is still handling
       * the click that discards): it must not keep pointing at it. */
      g_clear_weak_pointer (&self->discard_dialog);
      gtk_window_set_transient_for (dialog, NULL);
      gtk_window_destroy (dialog);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_RECORD_EDITOR);
  g_clear_object (&self->original);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->dispose (object);
}

static void
ts_record_editor_finalize (GObject *object)
{
  TsRecordEditor *self = TS_RECORD_EDITOR (object);

  g_clear_pointer (&self->field_order, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_hash_table_unref);
  g_clear_pointer (&self->clean_state, g_free);

  G_OBJECT_CLASS (ts_record_editor_parent_class)->finalize (object);
}

static void
ts_record_editor_class_init (TsRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ts_record_editor_dispose;
  object_class->finalize = ts_record_editor_finalize;
  widget_class->map = ts_record_editor_map;
  window_class->close_request = ts_record_editor_close_request;

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
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ts_record_editor_init (TsRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) field_free);
  self->field_order = g_ptr_array_new ();
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
  remember_clean_state (self);

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
      show_refusal (self, error);
      return FALSE;
    }

  if (self->original != NULL)
    ok = ts_record_equal (record, self->original)
         || ts_dataset_update (self->dataset, record, &error);
  else
    ok = ts_dataset_add (self->dataset, record, &error);

  if (!ok)
    {
      show_refusal (self, error);
      return FALSE;
    }

  /* From now on the form edits the saved record: saving again changes it,
   * it never adds a second one. */
  if (self->original == NULL)
    {
      /* Translators: the title of the editor of a record: "Edit Meeting" */
      g_autofree char *title = g_strdup_printf (_("Edit %s"),
                                                ts_record_type_get_label (self->type));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  if (self->original == NULL || !ts_record_equal (record, self->original))
    g_set_object (&self->original, record);
  remember_clean_state (self);

  g_signal_emit (self, signals[SAVED], 0, ts_record_get_id (record));
  return TRUE;
}

gboolean
ts_record_editor_has_changes (TsRecordEditor *self)
{
  g_autofree char *state = NULL;

  g_return_val_if_fail (TS_IS_RECORD_EDITOR (self), FALSE);

  state = dup_form_state (self);
  return g_strcmp0 (state, self->clean_state) != 0;
}
