/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-export-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-export-text.h"

#define SHEET_NAME_MAX 31

static gsize
count_utf16_units (gunichar c)
{
  return c >= 0x10000 ? 2 : 1;
}

/* XML 1.0 refuses most C0 controls and U+FFFE/U+FFFF. */
static gboolean
is_allowed_in_xml (gunichar c)
{
  if (c < 0x20)
    return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

/* Whether @text is already as ts_export_text_sanitize() would make it:
 * valid UTF-8 without a character XML refuses, and short enough (a
 * UTF-16 code unit is never fewer than one byte of UTF-8, so text of at
 * most @max_units bytes fits). Most text is, and is then used as it is. */
static gboolean
is_safe (const char *text,
         gsize       max_units)
{
  const guchar *p = (const guchar *) text;
  const char *end;

  /* ASCII first: the common case, byte by byte. */
  for (; *p >= 0x20 && *p < 0x80; p++)
    ;
  if (*p == '\0')
    return (gsize) ((const char *) p - text) <= max_units;

  if (!g_utf8_validate ((const char *) p, -1, &end))
    return FALSE;
  if ((gsize) (end - text) > max_units)
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      /* U+FFFE and U+FFFF: EF BF BE, EF BF BF. */
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }
  return TRUE;
}

const char *
ts_export_text_make_safe (const char  *text,
                          gsize        max_units,
                          char       **to_free)
{
  *to_free = NULL;
  if (text == NULL)
    return "";
  if (is_safe (text, max_units))
    return text;
  *to_free = ts_export_text_sanitize (text, max_units);
  return *to_free;
}

char *
ts_export_text_sanitize (const char *text,
                         gsize       max_units)
{
  g_autofree char *valid = NULL;
  const char *marker;
  gsize marker_units = 0;
  gsize units = 0;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (is_safe (text, max_units))
    return g_strdup (text);

  /* TRANSLATORS: ends a spreadsheet cell whose text was too long for it. */
  marker = _("… [truncated]");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *m = marker; *m != '\0'; m = g_utf8_next_char (m))
    marker_units += count_utf16_units (g_utf8_get_char (m));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_allowed_in_xml (c))
        c = 0xFFFD;
      units += count_utf16_units (c);
      g_string_append_unichar (out, c);
    }

  if (units <= max_units)
    return g_string_free (out, FALSE);

  /* Cut at a character boundary so that the text and the marker fit. */
  {
    gsize budget = max_units > marker_units ? max_units - marker_units : 0;
    gsize kept = 0;
    const char *p = out->str;

    while (*p != '\0')
      {
        gsize u = count_utf16_units (g_utf8_get_char (p));

        if (kept + u > budget)
          break;
        kept += u;
        p = g_utf8_next_char (p);
      }
    g_string_truncate (out, p - out->str);
    g_string_append (out, marker);
  }

  return g_string_free (out, FALSE);
}

void
ts_export_csv_append_field (GString    *line,
                            const char *text,
                            gboolean    neutralize)
{
  gboolean quote;

  if (text == NULL)
    text = "";

  quote = strpbrk (text, ",\"\r\n") != NULL;
  if (neutralize && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    {
      /* The apostrophe makes the spreadsheet take the cell as text. */
      quote = TRUE;
      g_string_append (line, "\"'");
    }
  else if (quote)
    g_string_append_c (line, '"');

  if (quote)
    {
      const char *p = text;
      const char *mark;

      /* The text between quotes in runs, each quote doubled: a CSV file
       * of meetings quotes a cell of every row. */
      while ((mark = strchr (p, '"')) != NULL)
        {
          g_string_append_len (line, p, mark + 1 - p);
          g_string_append_c (line, '"');
          p = mark + 1;
        }
      g_string_append (line, p);
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, text);
}

static char *
clean_sheet_name (const char *wanted,
                  gsize       max_units)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) name = NULL;
  gsize units = 0;

  if (wanted == NULL)
    return g_strdup ("");

  valid = ts_export_text_sanitize (wanted, G_MAXSIZE);
  name = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
        continue;
      if (g_unichar_iscntrl (c))
        continue;
      if (units + count_utf16_units (c) > max_units)
        break;
      units += count_utf16_units (c);
      g_string_append_unichar (name, c);
    }

  /* Excel refuses an apostrophe at either end, and blank names. */
  while (name->len > 0 && (name->str[0] == '\'' || name->str[0] == ' '))
    g_string_erase (name, 0, 1);
  while (name->len > 0
         && (name->str[name->len - 1] == '\'' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
is_free_sheet_name (const char *name,
                    GHashTable *taken)
{
  g_autofree char *folded = NULL;

  if (name[0] == '\0')
    return FALSE;
  folded = g_utf8_casefold (name, -1);
  if (g_str_equal (folded, "history"))
    return FALSE;
  return taken == NULL || !g_hash_table_contains (taken, folded);
}

static char *
take_sheet_name (char       *name,
                 GHashTable *taken)
{
  if (taken != NULL)
    g_hash_table_add (taken, g_utf8_casefold (name, -1));
  return name;
}

char *
ts_export_sheet_name (const char *wanted,
                      const char *fallback,
                      GHashTable *taken)
{
  const char *candidates[] = { wanted, fallback };
  g_autofree char *base = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *name = clean_sheet_name (candidates[i], SHEET_NAME_MAX);

      if (is_free_sheet_name (name, taken))
        return take_sheet_name (g_steal_pointer (&name), taken);
      if (base == NULL && name[0] != '\0')
        base = g_steal_pointer (&name);
    }

  if (base == NULL)
    base = g_strdup ("Sheet");

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      /* The suffix is ASCII; the base may need to shrink to leave it room. */
      g_autofree char *shortened = clean_sheet_name (base, SHEET_NAME_MAX - strlen (suffix));
      g_autofree char *name = g_strconcat (shortened, suffix, NULL);

      if (is_free_sheet_name (name, taken))
        return take_sheet_name (g_steal_pointer (&name), taken);
    }
}

gboolean
ts_export_is_web_url (const char *url)
{
  g_autofree char *scheme = NULL;

  if (url == NULL || !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    return FALSE;
  scheme = g_uri_parse_scheme (url);
  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "http") == 0
             || g_ascii_strcasecmp (scheme, "https") == 0);
}

gint64
ts_export_resolve_time (gint64 requested)
{
  const char *names[] = { "TIANSHAN_EXPORT_TIME", "SOURCE_DATE_EPOCH" };

  if (requested > 0)
    return requested;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);
      guint64 seconds;

      if (value != NULL
          && g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &seconds, NULL))
        return (gint64) seconds;
    }

  return g_get_real_time () / G_USEC_PER_SEC;
}
