/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line asked for; strings are owned by the caller. The
 * headless commands (--import, --export) never initialise GTK. */
typedef struct
{
  const char *database;   /* --database PATH|URI, or NULL for the default */
  const char *copy_to;    /* --copy-to PATH|URI: the database copied there */
  const char *import;     /* --import FILE.json */
  const char *export;     /* --export FILE.{json,xlsx,csv,png,svg,pdf} */
  const char *search;     /* --search TEXT */
  const char *types;      /* --type meeting,agreement,… */
  const char *from;       /* --from DATE */
  const char *to;         /* --to DATE */
  const char *country;    /* --country CODE: records in the country */
  const char *participant; /* --participant PERSON: an id or a name */
  const char *counterpart; /* --counterpart CODE: with participants from it */
  const char *around;     /* --around ID: a dossier of that record */
  const char *hops;       /* --hops N, with --around (default 1) */
  const char *size;       /* --size WxH, for pictures */
  const char *language;   /* --language, for briefings */
  const char *view;       /* --view map|timeline, for pictures (map when NULL) */
} TsCliOptions;

/* Exit statuses. */
enum
{
  TS_CLI_EXIT_OK = 0,
  TS_CLI_EXIT_DATA_ERROR = 1,
  TS_CLI_EXIT_USAGE_ERROR = 2,
};

/* Runs --import and/or --export, or --copy-to; messages go to stderr.
 * Returns the exit status. */
int ts_cli_run (const TsCliOptions *options);

G_END_DECLS
