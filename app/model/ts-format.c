/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-format"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ts-date.h"
#include "ts-format.h"
#include "ts-iso-codes.h"

#define ISO_639_3_DOMAIN "iso_639-3"

/* "UTC", "CET", or "UTC+6" where tzdata has only a number ("+06", as for
 * Asia/Bishkek): a reader knows where "+06" is measured from no better
 * than the format. */
static char *
format_zone (GDateTime *time)
{
  const char *abbreviation = g_date_time_get_timezone_abbreviation (time);
  GTimeSpan offset = g_date_time_get_utc_offset (time) / G_TIME_SPAN_MINUTE;
  int hours, minutes;

  if (abbreviation != NULL && g_ascii_isalpha (abbreviation[0]))
    return g_strdup (abbreviation);

  hours = (int) (ABS (offset) / 60);
  minutes = (int) (ABS (offset) % 60);
  if (offset == 0)
    return g_strdup ("UTC");
  if (minutes == 0)
    return g_strdup_printf ("UTC%c%d", offset < 0 ? '-' : '+', hours);
  return g_strdup_printf ("UTC%c%d:%02d", offset < 0 ? '-' : '+', hours, minutes);
}

char *
ts_format_date_time (GDateTime *time)
{
  TsDate date = TS_DATE_INIT;
  g_autofree char *date_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *zone = NULL;

  if (time == NULL)
    return NULL;

  /* The date as every other date of the app reads, in the UI language
   * even where LC_TIME is another (ts-date.c says why). */
  ts_date_set_ymd (&date, g_date_time_get_year (time), g_date_time_get_month (time),
                   g_date_time_get_day_of_month (time));
  date_text = ts_date_format (&date);
  /* Translators: a time of day, in g_date_time_format() syntax: "14:05" */
  time_text = g_date_time_format (time, C_("time of day", "%H:%M"));
  zone = format_zone (time);

  /* Translators: a moment: %1$s is a date ("23 Nov 2026"), %2$s a time
   * ("14:05"), %3$s a time zone ("UTC+6") */
  return g_strdup_printf (C_("date and time", "%1$s, %2$s %3$s"), date_text, time_text, zone);
}

/* ISO 639-1 and 639-3 codes → English names, from iso-codes; empty when
 * it is not installed. */
static GHashTable *
load_language_names (void)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonArray) languages = ts_iso_codes_load_list (ISO_639_3_DOMAIN, "639-3");

  for (guint j = 0; languages != NULL && j < json_array_get_length (languages); j++)
    {
      JsonNode *node = json_array_get_element (languages, j);
      static const char * const keys[] = { "alpha_2", "alpha_3" };
      JsonObject *language;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      language = json_node_get_object (node);
      name = ts_iso_codes_get_member (language, "name");
      if (name == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          const char *code = ts_iso_codes_get_member (language, keys[k]);

          if (code != NULL)
            g_hash_table_insert (names, g_strdup (code), g_strdup (name));
        }
    }

  return names;
}

/* The English name of the language @code (folded, two or three letters)
 * in the entry of the list's text where iso-codes writes that code
 * ("alpha_3": "kaz"), that entry alone parsed. NULL when the text has no
 * such entry that parses as one with that code; then @written_so says
 * whether the text writes codes that way at all. */
static char *
find_language_name (const char *text,
                    gsize       size,
                    const char *code,
                    gboolean   *written_so)
{
  g_autofree char *key = g_strdup_printf ("alpha_%zu", strlen (code));
  g_autofree char *prefix = g_strdup_printf ("\"%s\": \"", key);
  g_autofree char *needle = g_strconcat (prefix, code, "\"", NULL);
  gsize needle_size = strlen (needle);
  const char *end = text + size;

  for (const char *at = g_strstr_len (text, size, needle);
       at != NULL;
       at = g_strstr_len (at + 1, end - at - 1, needle))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      const char *start = at;
      const char *close = memchr (at + needle_size, '}', end - at - needle_size);
      JsonNode *root;
      JsonObject *entry;

      while (start > text && *start != '{')
        start--;
      if (*start != '{' || close == NULL
          || !json_parser_load_from_data (parser, start, close + 1 - start, NULL))
        continue;
      root = json_parser_get_root (parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        continue;
      entry = json_node_get_object (root);
      if (g_strcmp0 (ts_iso_codes_get_member (entry, key), code) == 0
          && ts_iso_codes_get_member (entry, "name") != NULL)
        return g_strdup (ts_iso_codes_get_member (entry, "name"));
    }

  *written_so = g_strstr_len (text, size, prefix) != NULL;
  return NULL;
}

/* The English name of the language @code (folded), or NULL.
 *
 * iso-codes' list is 875 KB of JSON for 7 900 languages, and a window
 * names a handful of them: parsed whole with json-glib it cost a window
 * showing statements 312 M instructions at start-up, more than half a bare
 * window's whole start. Each code is looked for by itself in the file,
 * mapped once, and the one entry around it parsed (a fraction of a
 * millisecond). Only a file that does not write codes as iso-codes does
 * ("alpha_3": "kaz") is parsed whole, once, and every code looked up
 * there, as before. */
static const char *
lookup_language_name (const char *code)
{
  static GMutex lock;
  static gboolean opened;
  static GMappedFile *file;
  static GHashTable *found;  /* code → name, or "" when the list has none */
  static GHashTable *all;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  gboolean written_so = FALSE;
  const char *name;
  char *looked_up;

  /* iso-codes' codes have two letters (639-1) or three (639-3). */
  if (strlen (code) != 2 && strlen (code) != 3)
    return NULL;
  if (all != NULL)
    return g_hash_table_lookup (all, code);

  if (!opened)
    {
      g_autofree char *path = ts_iso_codes_get_path (ISO_639_3_DOMAIN);

      opened = TRUE;
      file = g_mapped_file_new (path, FALSE, NULL);
      found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }

  name = g_hash_table_lookup (found, code);
  if (name != NULL)
    return *name != '\0' ? name : NULL;

  if (file != NULL)
    {
      looked_up = find_language_name (g_mapped_file_get_contents (file),
                                      g_mapped_file_get_length (file), code, &written_so);
      if (looked_up != NULL || written_so)
        {
          g_hash_table_insert (found, g_strdup (code), looked_up != NULL ? looked_up : g_strdup (""));
          return looked_up;
        }
    }

  /* No file (load_language_names () says so), or one written otherwise.
   * The names found so far stay, as their strings were handed out. */
  all = load_language_names ();
  return g_hash_table_lookup (all, code);
}

char *
ts_format_language (const char *code)
{
  g_autofree char *folded = NULL;
  const char *name;

  if (code == NULL || *code == '\0')
    return NULL;

  /* iso-codes calls it "Kirghiz", a name the Kyrgyz no longer use. */
  folded = g_ascii_strdown (code, -1);
  if (g_str_equal (folded, "ky") || g_str_equal (folded, "kir"))
    return g_strdup (C_("language", "Kyrgyz"));

  name = lookup_language_name (folded);
  if (name == NULL)
    return g_strdup (code);

  return g_strdup (ts_iso_codes_translate (ISO_639_3_DOMAIN, name));
}

/* @text without the zeros that end its decimals, nor a decimal mark left
 * alone: "22.70" → "22.7", "1.00" → "1". */
static void
trim_decimals (char *text)
{
  const char *mark = localeconv ()->decimal_point;
  char *decimals = mark != NULL && *mark != '\0' ? strstr (text, mark) : NULL;
  char *end;

  if (decimals == NULL)
    return;

  end = text + strlen (text);
  while (end > decimals + strlen (mark) && end[-1] == '0')
    end--;
  if (end == decimals + strlen (mark))
    end = decimals;
  *end = '\0';
}

char *
ts_format_quantity (double      value,
                    const char *unit)
{
  static const struct {
    double scale;
    const char *format;
  } scales[] = {
    /* Translators: a number in trillions: "1.5 trillion" */
    { 1e12, NC_("quantity", "%s trillion") },
    /* Translators: a number in billions: "22.71 billion" */
    { 1e9, NC_("quantity", "%s billion") },
    /* Translators: a number in millions: "3.2 million" */
    { 1e6, NC_("quantity", "%s million") },
  };
  g_autofree char *number = NULL;

  if (isnan (value))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autofree char *digits = NULL;
      double scaled;

      if (fabs (value) < scales[i].scale)
        continue;

      /* Rounded as shown: 999.999 million reads as 1 billion. */
      scaled = round (value / scales[i].scale * 100) / 100;
      if (fabs (scaled) >= 1000 && i > 0)
        scaled = round (value / scales[--i].scale * 100) / 100;
      digits = g_strdup_printf ("%'.2f", scaled);
      trim_decimals (digits);
      number = g_strdup_printf (g_dpgettext2 (NULL, "quantity", scales[i].format), digits);
      break;
    }

  if (number == NULL)
    number = g_strdup_printf ("%'.15g", value);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  /* Translators: a quantity and its unit: "22.71 billion USD", "1,200 tonnes" */
  return g_strdup_printf (C_("quantity with unit", "%1$s %2$s"), number, unit);
}

char *
ts_format_double_exact (double value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (isfinite (value), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup (buffer);
}
