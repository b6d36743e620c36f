/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-cli.h"

/* Interim: the store brings --import and --export. */
int
ts_cli_run (const TsCliOptions *options)
{
  g_printerr ("tianshan: %s\n", _("Importing and exporting are not available yet"));
  return TS_CLI_EXIT_USAGE_ERROR;
}
