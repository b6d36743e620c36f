/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-names-editor-section"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-names-editor-section.h"
#include "ts-editor-rows.h"

struct _TsNamesEditorSection
{
  TsEditorSection parent_instance;

  GtkWidget *name_en_row;
  GtkWidget *name_ru_row;
  GtkWidget *name_ky_row;
  GtkWidget *name_zh_row;
  GtkWidget *aliases_row;
  GtkWidget *country_row;

  GPtrArray *name_rows;  /* a row for each language, its code as "ts-language" */
};

G_DEFINE_FINAL_TYPE (TsNamesEditorSection, ts_names_editor_section, TS_TYPE_EDITOR_SECTION)

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_name_row (TsNamesEditorSection *self,
              GtkWidget            *row,
              const char           *language,
              GHashTable           *names)
{
  g_autofree char *key = g_strconcat ("names.", language, NULL);

  gtk_widget_set_name (row, key);
  g_object_set_data_full (G_OBJECT (row), "ts-language", g_strdup (language), g_free);
  ts_editor_set_text (row, names != NULL ? g_hash_table_lookup (names, language) : NULL);
  g_ptr_array_add (self->name_rows, row);
}

/* A row for a name in a language the form has no row for, so that saving
 * keeps it; it goes before the other spellings and the country. */
static void
add_other_name_row (TsNamesEditorSection *self,
                    const char           *language,
                    GHashTable           *names)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  GtkWidget *row = adw_entry_row_new ();
  /* Translators: the title of a name in a language the form has no row
   * for; %s is the language's code: "Name in “uz”" */
  g_autofree char *title = g_strdup_printf (_("Name in “%s”"), language);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  add_name_row (self, row, language, names);

  /* The group would drop its last references to the rows while they move. */
  g_object_ref (self->aliases_row);
  g_object_ref (self->country_row);
  adw_preferences_group_remove (group, self->aliases_row);
  adw_preferences_group_remove (group, self->country_row);
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, self->aliases_row);
  adw_preferences_group_add (group, self->country_row);
  g_object_unref (self->aliases_row);
  g_object_unref (self->country_row);
}

/* Person, organization and place have the same "names", "aliases" and
 * "country" properties: the section reads and writes them by name, so
 * that it needs no test of the record's type. */
static void
ts_names_editor_section_set_record (TsEditorSection *section,
                                    TsRecord        *record,
                                    TsDataset       *dataset)
{
  TsNamesEditorSection *self = TS_NAMES_EDITOR_SECTION (section);
  static const char * const languages[] = { "en", "ru", "ky", "zh", NULL };
  g_autoptr(GHashTable) names = NULL;
  g_auto(GStrv) aliases = NULL;
  g_autofree char *country = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  g_object_get (record, "names", &names, "aliases", &aliases, "country", &country, NULL);

  add_name_row (self, self->name_en_row, "en", names);
  add_name_row (self, self->name_ru_row, "ru", names);
  add_name_row (self, self->name_ky_row, "ky", names);
  add_name_row (self, self->name_zh_row, "zh", names);
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
    add_other_name_row (self, g_ptr_array_index (others, i), names);

  ts_editor_set_list (self->aliases_row, (const char * const *) aliases);
  ts_editor_set_text (self->country_row, country);
}

static void
ts_names_editor_section_apply (TsEditorSection  *section,
                               TsRecord         *record,
                               TsEditorProblems *problems)
{
  TsNamesEditorSection *self = TS_NAMES_EDITOR_SECTION (section);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) aliases = ts_editor_read_list (self->aliases_row, problems);
  g_autofree char *country = ts_editor_read_text (self->country_row, FALSE, problems);

  for (guint i = 0; i < self->name_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->name_rows, i);
      char *name = ts_editor_read_text (row, FALSE, problems);

      if (name != NULL)
        g_hash_table_insert (names, g_strdup (g_object_get_data (G_OBJECT (row), "ts-language")),
                             name);
    }

  g_object_set (record, "names", names, "aliases", aliases, "country", country, NULL);
}

static void
ts_names_editor_section_finalize (GObject *object)
{
  TsNamesEditorSection *self = TS_NAMES_EDITOR_SECTION (object);

  g_clear_pointer (&self->name_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_names_editor_section_parent_class)->finalize (object);
}

static void
ts_names_editor_section_class_init (TsNamesEditorSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsEditorSectionClass *section_class = TS_EDITOR_SECTION_CLASS (klass);

  object_class->finalize = ts_names_editor_section_finalize;
  section_class->set_record = ts_names_editor_section_set_record;
  section_class->apply = ts_names_editor_section_apply;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/ts-names-editor-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, name_ru_row);
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, name_ky_row);
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, name_zh_row);
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, aliases_row);
  gtk_widget_class_bind_template_child (widget_class, TsNamesEditorSection, country_row);
}

static void
ts_names_editor_section_init (TsNamesEditorSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->name_rows = g_ptr_array_new ();
}
