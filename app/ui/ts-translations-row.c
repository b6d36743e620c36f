/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-translations-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-translations-row.h"
#include "ts-accessible.h"
#include "ts-editor-rows.h"
#include "ts-format.h"

struct _TsTranslationsRow
{
  AdwExpanderRow parent_instance;

  char       *field;
  GPtrArray  *entries;   /* AdwEntryRow, one per language of get_languages () */
  GHashTable *others;    /* the languages set that have no entry, kept as they were */
};

G_DEFINE_FINAL_TYPE (TsTranslationsRow, ts_translations_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_FIELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whole sentences, for the translators: the field, then its translations. */
static const struct
{
  const char *field;
  const char *expander;
  const char *entry;
} field_titles[] = {
  /* Translators: %s is a language's name, "Title in Russian" */
  { "title", N_("Title Translations"), N_("Title in %s") },
  /* Translators: %s is a language's name, "Summary in Russian" */
  { "summary", N_("Summary Translations"), N_("Summary in %s") },
  /* Translators: %s is a language's name, "Role in Russian" */
  { "role", N_("Role Translations"), N_("Role in %s") },
  /* Translators: %s is a language's name, "Words in Russian" */
  { "words", N_("Words Translations"), N_("Words in %s") },
};

static guint
find_field (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_titles); i++)
    {
      if (g_strcmp0 (field_titles[i].field, field) == 0)
        return i;
    }

  return 0;
}

/* The subtitle says which languages have a text, so that a closed row
 * still tells. */
static void
update_subtitle (TsTranslationsRow *self)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char * const *languages = ts_translations_row_get_languages ();

  for (guint i = 0; i < self->entries->len; i++)
    {
      g_autofree char *text = ts_editor_read_text (g_ptr_array_index (self->entries, i), FALSE,
                                                   NULL);
      g_autofree char *name = NULL;

      if (text == NULL)
        continue;
      name = ts_format_language (languages[i]);
      if (subtitle->len > 0)
        g_string_append (subtitle, ", ");
      g_string_append (subtitle, name);
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static void
on_entry_changed (GtkEditable       *editable,
                  TsTranslationsRow *self)
{
  update_subtitle (self);
}

static void
build_entries (TsTranslationsRow *self)
{
  const char * const *languages = ts_translations_row_get_languages ();
  guint index = find_field (self->field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _(field_titles[index].expander));
  /* The expander's own lists would be read by their class name. */
  ts_accessible_label_descendants (GTK_WIDGET (self), GTK_TYPE_LIST_BOX, FALSE,
                                   _(field_titles[index].expander));
  for (guint i = 0; i < self->entries->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->entries, i));
  g_ptr_array_set_size (self->entries, 0);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *title = ts_translations_row_dup_entry_title (self->field, languages[i]);
      g_autofree char *name = g_strdup_printf ("%s.%s",
                                               gtk_widget_get_name (GTK_WIDGET (self)),
                                               languages[i]);
      GtkWidget *entry = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
      gtk_widget_set_name (entry, name);
      g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), entry);
      g_ptr_array_add (self->entries, entry);
    }
}

static void
ts_translations_row_finalize (GObject *object)
{
  TsTranslationsRow *self = TS_TRANSLATIONS_ROW (object);

  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->others, g_hash_table_unref);

  G_OBJECT_CLASS (ts_translations_row_parent_class)->finalize (object);
}

static void
ts_translations_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TsTranslationsRow *self = TS_TRANSLATIONS_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_translations_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TsTranslationsRow *self = TS_TRANSLATIONS_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      if (g_strcmp0 (self->field, g_value_get_string (value)) != 0)
        {
          g_free (self->field);
          self->field = g_value_dup_string (value);
          build_entries (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The entries' names follow the row's, set after construction in a
 * template. */
static void
on_name_changed (TsTranslationsRow *self)
{
  const char * const *languages = ts_translations_row_get_languages ();

  for (guint i = 0; i < self->entries->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s",
                                               gtk_widget_get_name (GTK_WIDGET (self)),
                                               languages[i]);

      gtk_widget_set_name (g_ptr_array_index (self->entries, i), name);
    }
}

static void
ts_translations_row_class_init (TsTranslationsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ts_translations_row_finalize;
  object_class->get_property = ts_translations_row_get_property;
  object_class->set_property = ts_translations_row_set_property;

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, "title",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_translations_row_init (TsTranslationsRow *self)
{
  self->field = g_strdup ("title");
  self->entries = g_ptr_array_new ();
  self->others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  build_entries (self);
  g_signal_connect (self, "notify::name", G_CALLBACK (on_name_changed), NULL);
}

const char * const *
ts_translations_row_get_languages (void)
{
  static const char * const languages[] = { "ru", "ky", "zh", NULL };

  return languages;
}

char *
ts_translations_row_dup_entry_title (const char *field,
                                     const char *language)
{
  g_autofree char *name = ts_format_language (language);

  return g_strdup_printf (_(field_titles[find_field (field)].entry), name);
}

void
ts_translations_row_set_translations (TsTranslationsRow *self,
                                      GHashTable        *translations)
{
  const char * const *languages = ts_translations_row_get_languages ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (TS_IS_TRANSLATIONS_ROW (self));

  g_hash_table_remove_all (self->others);
  if (translations != NULL)
    {
      g_hash_table_iter_init (&iter, translations);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          if (!g_strv_contains (languages, key))
            g_hash_table_insert (self->others, g_strdup (key), g_strdup (value));
        }
    }

  for (guint i = 0; i < self->entries->len; i++)
    ts_editor_set_text (g_ptr_array_index (self->entries, i),
                        translations != NULL ? g_hash_table_lookup (translations, languages[i])
                                             : NULL);
  update_subtitle (self);
}

GHashTable *
ts_translations_row_read (TsTranslationsRow *self)
{
  const char * const *languages = ts_translations_row_get_languages ();
  GHashTable *translations;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TS_IS_TRANSLATIONS_ROW (self), NULL);

  translations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, self->others);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (translations, g_strdup (key), g_strdup (value));

  for (guint i = 0; i < self->entries->len; i++)
    {
      char *text = ts_editor_read_text (g_ptr_array_index (self->entries, i), FALSE, NULL);

      if (text != NULL)
        g_hash_table_insert (translations, g_strdup (languages[i]), text);
    }

  return translations;
}
