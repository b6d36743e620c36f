/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ts-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TsApplication) app = NULL;
  const char *localedir;

  /* TIANSHAN_LOCALEDIR finds the translations when running uninstalled:
   * the build's po directory has the layout of a locale directory
   * (`make run`, `meson devenv` and the tests set it). */
  localedir = g_getenv ("TIANSHAN_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ts_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
