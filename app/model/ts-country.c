/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-country"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-country.h"

#define ISO_DOMAIN "iso_3166-1"

/* The countries whose names Tianshan translates itself (the po files), because
 * iso-codes' name is not the one the analysts and their sources use. Their
 * msgstr wins wherever there is one; a language without one gets
 * iso-codes' name. Keep this list short: every other country is named by
 * iso-codes alone.
 *
 * KG  Russian "Кыргызстан", the name Kyrgyzstan itself uses in Russian
 *     (iso-codes: "Киргизия"); Chinese 吉尔吉斯斯坦, the PRC's official
 *     form (iso-codes: 吉尔吉斯坦).
 * MN  Chinese 蒙古国, as Chinese sources name the state, apart from Inner
 *     Mongolia (iso-codes: 蒙古).
 * RU  "Russia", "Россия" in Russian and Kyrgyz (iso-codes: "Russian
 *     Federation", "Российская Федерация", "Орус Федерациясы").
 * TR  "Turkey" and its translations: iso-codes' newer English name
 *     "Türkiye" has no Russian or Kyrgyz translation yet, and would show in
 *     Latin letters there.
 * US  Russian "США", not iso-codes' "Соединённые штаты". */
static const struct
{
  const char *code;
  const char *name;
} own_names[] = {
  { "KG", N_("Kyrgyzstan") },
  { "MN", N_("Mongolia") },
  { "RU", N_("Russia") },
  { "TR", N_("Turkey") },
  { "US", N_("United States") },
};

/* A country of iso-codes' list. */
typedef struct
{
  char *name;         /* "Iran, Islamic Republic of" */
  char *common_name;  /* (nullable): "Iran" */
} IsoCountry;

static void
iso_country_free (gpointer data)
{
  IsoCountry *country = data;

  g_free (country->name);
  g_free (country->common_name);
  g_free (country);
}

/* Where iso-codes is: the prefix meson found it under, or
 * TIANSHAN_ISO_CODES_DIR (the folder of iso_3166-1.json), which the tests
 * point elsewhere to run without it. */
static char *
dup_iso_codes_json_path (void)
{
  const char *dir = g_getenv ("TIANSHAN_ISO_CODES_DIR");

  return g_build_filename (dir != NULL ? dir : ISO_CODES_JSON_DIR, "iso_3166-1.json", NULL);
}

static const char *
get_member_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Code ("KG") → IsoCountry; empty when iso-codes is not installed. */
static GHashTable *
load_iso_countries (void)
{
  g_autoptr(GHashTable) countries = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                           g_free, iso_country_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dup_iso_codes_json_path ();
  JsonNode *root;
  JsonArray *array = NULL;

  if (!json_parser_load_from_mapped_file (parser, path, &error))
    {
      /* The app works on without it: most countries show their code. */
      g_message ("Country names are not available (is iso-codes installed?): %s: %s",
                 path, error->message);
      return g_steal_pointer (&countries);
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *list = json_object_get_member (json_node_get_object (root), "3166-1");

      if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
        array = json_node_get_array (list);
    }
  if (array == NULL)
    {
      g_warning ("%s: no \"3166-1\" list of countries: country names are not available", path);
      return g_steal_pointer (&countries);
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *code, *name;
      IsoCountry *country;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      code = get_member_string (object, "alpha_2");
      name = get_member_string (object, "name");
      if (code == NULL || name == NULL)
        continue;

      country = g_new0 (IsoCountry, 1);
      country->name = g_strdup (name);
      country->common_name = g_strdup (get_member_string (object, "common_name"));
      g_hash_table_replace (countries, g_ascii_strup (code, -1), country);
    }

  return g_steal_pointer (&countries);
}

static GHashTable *
get_iso_countries (void)
{
  static GHashTable *countries = NULL;

  if (g_once_init_enter (&countries))
    {
      bindtextdomain (ISO_DOMAIN, ISO_CODES_LOCALEDIR);
      bind_textdomain_codeset (ISO_DOMAIN, "UTF-8");
      g_once_init_leave (&countries, load_iso_countries ());
    }

  return countries;
}

/* Whether Tianshan itself is translated into the language messages are
 * in now: its catalog answers "" with its header then. Country names are
 * translated only into such a language, so that a session in a language
 * Tianshan lacks stays English throughout.
 *
 * Plain dgettext (), not g_dgettext (): GLib decides once, at its first
 * call, whether to translate at all, and an English session that writes a
 * briefing with --language would never have the briefing's names. */
static gboolean
is_app_translated (void)
{
  const char *header = dgettext (GETTEXT_PACKAGE, "");

  return header != NULL && header[0] != '\0';
}

/* gettext returns its argument itself when it has no translation. */
static const char *
translate_iso (const char *name)
{
  return is_app_translated () ? dgettext (ISO_DOMAIN, name) : name;
}

static gboolean
is_translated (const char *msgid,
               const char *translation)
{
  return translation != msgid;
}

/* The common name's translation, else the official name's, else the
 * common name in English. */
static const char *
get_iso_name (const IsoCountry *country)
{
  const char *name;

  if (country->common_name != NULL)
    {
      name = translate_iso (country->common_name);
      if (is_translated (country->common_name, name))
        return name;
      name = translate_iso (country->name);
      if (is_translated (country->name, name))
        return name;
      return country->common_name;
    }

  return translate_iso (country->name);
}

const char *
ts_country_lookup_name (const char *code)
{
  char upper[4];
  const IsoCountry *country;
  const char *own = NULL;

  if (code == NULL || strlen (code) != 2)
    return NULL;

  upper[0] = g_ascii_toupper (code[0]);
  upper[1] = g_ascii_toupper (code[1]);
  upper[2] = '\0';
  country = g_hash_table_lookup (get_iso_countries (), upper);

  for (guint i = 0; i < G_N_ELEMENTS (own_names); i++)
    {
      if (g_str_equal (own_names[i].code, upper))
        own = own_names[i].name;
    }
  if (own != NULL)
    {
      const char *translation = dgettext (GETTEXT_PACKAGE, own);

      if (is_translated (own, translation))
        return translation;
      if (country != NULL)
        {
          const char *name = get_iso_name (country);

          /* Translated by iso-codes: better than English. */
          if (name != country->name && name != country->common_name)
            return name;
        }
      return own;
    }

  return country != NULL ? get_iso_name (country) : NULL;
}

const char *
ts_country_get_name (const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;

  name = ts_country_lookup_name (code);

  return name != NULL ? name : code;
}
