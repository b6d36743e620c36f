/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-iso-codes"

#include "config.h"

#include <glib/gi18n.h>
#include <libintl.h>

#include "ts-iso-codes.h"

char *
ts_iso_codes_get_path (const char *standard)
{
  const char *dir = g_getenv ("TIANSHAN_ISO_CODES_DIR");
  g_autofree char *basename = g_strconcat (standard, ".json", NULL);

  return g_build_filename (dir != NULL ? dir : ISO_CODES_JSON_DIR, basename, NULL);
}

JsonArray *
ts_iso_codes_load_list (const char *standard,
                        const char *list)
{
  g_autofree char *path = ts_iso_codes_get_path (standard);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root, *member;

  if (!json_parser_load_from_mapped_file (parser, path, &error))
    {
      /* The app works on without it: names fall back to codes. */
      g_message ("Names from iso-codes are not available (is iso-codes installed?): %s: %s",
                 path, error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  member = root != NULL && JSON_NODE_HOLDS_OBJECT (root)
           ? json_object_get_member (json_node_get_object (root), list) : NULL;
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    {
      g_warning ("%s: no \"%s\" list: names from it are not available", path, list);
      return NULL;
    }

  return json_array_ref (json_node_get_array (member));
}

const char *
ts_iso_codes_get_member (JsonObject *entry,
                         const char *member)
{
  JsonNode *node = json_object_get_member (entry, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Whether Tianshan itself is translated into the language messages are in
 * now: its catalog answers "" with its header then.
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

const char *
ts_iso_codes_translate (const char *standard,
                        const char *msgid)
{
  static GHashTable *bound;
  G_LOCK_DEFINE_STATIC (bound);

  G_LOCK (bound);
  if (bound == NULL)
    bound = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_contains (bound, standard))
    {
      bindtextdomain (standard, ISO_CODES_LOCALEDIR);
      bind_textdomain_codeset (standard, "UTF-8");
      g_hash_table_add (bound, (gpointer) g_intern_string (standard));
    }
  G_UNLOCK (bound);

  return is_app_translated () ? dgettext (standard, msgid) : msgid;
}
