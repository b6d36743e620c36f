/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-country"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-country.h"
#include "ts-iso-codes.h"

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

/* Code ("KG") → IsoCountry; empty when iso-codes is not installed. */
static GHashTable *
load_iso_countries (void)
{
  GHashTable *countries = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                 g_free, iso_country_free);
  g_autoptr(JsonArray) array = ts_iso_codes_load_list (ISO_DOMAIN, "3166-1");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *code, *name;
      IsoCountry *country;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      code = ts_iso_codes_get_member (object, "alpha_2");
      name = ts_iso_codes_get_member (object, "name");
      if (code == NULL || name == NULL)
        continue;

      country = g_new0 (IsoCountry, 1);
      country->name = g_strdup (name);
      country->common_name = g_strdup (ts_iso_codes_get_member (object, "common_name"));
      g_hash_table_replace (countries, g_ascii_strup (code, -1), country);
    }

  return countries;
}

static GHashTable *
get_iso_countries (void)
{
  static GHashTable *countries = NULL;

  if (g_once_init_enter (&countries))
    g_once_init_leave (&countries, load_iso_countries ());

  return countries;
}

/* gettext returns its argument itself when it has no translation. */
static const char *
translate_iso (const char *name)
{
  return ts_iso_codes_translate (ISO_DOMAIN, name);
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
