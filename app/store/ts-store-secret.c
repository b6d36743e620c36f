/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-store-secret"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-pq.h"
#include "ts-secret-lib.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-secret.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.tianshan.Tianshan.Password", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "dbname", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

/* The attributes naming @location's password; NULL with @error when
 * @location is not a team database libpq can parse. Every attribute is
 * there ("" when the location does not say), so that a lookup matches
 * only the item stored for the same server, user and database. */
static GHashTable *
dup_attributes (const char  *location,
                GError     **error)
{
  static const char *keys[] = { "host", "port", "user", "dbname", "service" };
  g_autoptr(GHashTable) attributes = NULL;
  char *parse_error = NULL;
  PQconninfoOption *options;

  if (!ts_db_location_is_postgresql (location))
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("“%s” is not a team database: only a team database has a password"),
                   location);
      return NULL;
    }

  /* libpq parses the location, as it does to connect. */
  if (!ts_pq_load (error))
    return NULL;

  options = PQconninfoParse (location, &parse_error);
  if (options == NULL)
    {
      g_autofree char *display = ts_db_location_display (location);

      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("The team database location “%s” is not valid: %s"), display,
                   parse_error != NULL ? g_strstrip (parse_error) : _("out of memory"));
      PQfreemem (parse_error);
      return NULL;
    }

  attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_hash_table_insert (attributes, (char *) keys[i], g_strdup (""));
  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        if (g_str_equal (option->keyword, keys[i]) && option->val != NULL)
          g_hash_table_insert (attributes, (char *) keys[i], g_strdup (option->val));
    }
  PQconninfoFree (options);

  return g_steal_pointer (&attributes);
}

char *
ts_store_secret_lookup (const char    *location,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  attributes = dup_attributes (location, error);
  /* libsecret is loaded now, the first time a password is needed. */
  if (attributes == NULL || !ts_secret_lib_load (error))
    return NULL;

  return secret_password_lookupv_sync (get_schema (), attributes, cancellable, error);
}

gboolean
ts_store_secret_store (const char    *location,
                       const char    *password,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (location != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);

  attributes = dup_attributes (location, error);
  /* libsecret is loaded now, the first time a password is needed. */
  if (attributes == NULL || !ts_secret_lib_load (error))
    return FALSE;

  display = ts_db_location_display (location);
  /* Translators: how the password is listed in Passwords and Keys (Seahorse) */
  label = g_strdup_printf (_("Tianshan team database %s"), display);
  return secret_password_storev_sync (get_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                      label, password, cancellable, error);
}

gboolean
ts_store_secret_clear (const char    *location,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (location != NULL, FALSE);

  attributes = dup_attributes (location, error);
  /* libsecret is loaded now, the first time a password is needed. */
  if (attributes == NULL || !ts_secret_lib_load (error))
    return FALSE;

  if (!secret_password_clearv_sync (get_schema (), attributes, cancellable, &local_error)
      && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
ts_store_secret_free (char *password)
{
  if (password != NULL)
    secret_password_free (password);
}
