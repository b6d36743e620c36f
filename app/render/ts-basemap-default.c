/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-basemap"

/* The basemap compiled into the program: a resource bundle of its own
 * (ts-basemap.gresource.xml), made at build time from
 * data/basemap/basemap.json by ts-basemap-compile. Apart from the rest of
 * ts-basemap so that the compiler, which makes the bundle, does not need
 * it. */

#include "config.h"

#include <glib/gi18n.h>

#include "ts-basemap.h"
#include "ts-error.h"
#include "ts-record.h"

/* Made by glib-compile-resources (ts-basemap-resources.h, in the build
 * tree). */
GResource *ts_basemap_get_resource (void);

TsBasemap *
ts_basemap_new_from_resource (const char  *path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* Named, so that the bundle (and its constructor, which registers it)
   * is linked into every program that reads the basemap. */
  (void) ts_basemap_get_resource ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_NOT_FOUND,
                   _("The map’s country shapes are missing from the application (%s: %s); "
                     "reinstall Tianshan"),
                   path, local_error->message);
      return NULL;
    }

  return ts_basemap_new_from_compiled (bytes, error);
}

TsBasemap *
ts_basemap_get_default (void)
{
  static TsBasemap *basemap;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GError) error = NULL;

      basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, &error);
      if (basemap == NULL)
        g_warning ("%s", error->message);
      g_once_init_leave (&loaded, 1);
    }

  return basemap;
}

/* The default basemap with a reference of the caller's, or NULL with
 * @error set: for callers that would otherwise load their own. */
TsBasemap *
ts_basemap_dup_default (GError **error)
{
  TsBasemap *basemap = ts_basemap_get_default ();

  if (basemap != NULL)
    return g_object_ref (basemap);
  /* Only to say why. */
  return ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, error);
}
