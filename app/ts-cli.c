/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-briefing.h"
#include "ts-cli.h"
#include "ts-csv.h"
#include "ts-error.h"
#include "ts-i18n.h"
#include "ts-json.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder.h"
#include "ts-query.h"
#include "ts-store.h"

/* What --export writes, by the file's extension. */
typedef enum
{
  EXPORT_NONE,
  EXPORT_JSON,
  EXPORT_XLSX,
  EXPORT_CSV,
  EXPORT_PNG,
  EXPORT_SVG,
  EXPORT_PDF,
} ExportKind;

static const struct
{
  const char *extension;
  ExportKind  kind;
} export_kinds[] = {
  { "json", EXPORT_JSON },
  { "xlsx", EXPORT_XLSX },
  { "csv", EXPORT_CSV },
  { "png", EXPORT_PNG },
  { "svg", EXPORT_SVG },
  { "pdf", EXPORT_PDF },
};

/* A map picture's size when --size is not given, in pixels. */
#define MAP_DEFAULT_WIDTH  1600
#define MAP_DEFAULT_HEIGHT 1000
/* Beyond this a picture is more memory than map: 16 000 × 16 000 pixels
 * are already a gigabyte. */
#define MAP_MAX_SIDE 16000

static void
print_error (const char *message)
{
  g_printerr ("tianshan: %s\n", message);
}

static int
fail (GError *error)
{
  print_error (error->message);

  return g_error_matches (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID)
         ? TS_CLI_EXIT_USAGE_ERROR
         : TS_CLI_EXIT_DATA_ERROR;
}

static ExportKind
get_export_kind (const char  *path,
                 char       **extension)
{
  g_autofree char *basename = g_path_get_basename (path);
  const char *dot = strrchr (basename, '.');

  *extension = NULL;
  if (dot == NULL || dot == basename || dot[1] == '\0')
    return EXPORT_NONE;

  *extension = g_ascii_strdown (dot + 1, -1);
  for (guint i = 0; i < G_N_ELEMENTS (export_kinds); i++)
    {
      if (g_str_equal (*extension, export_kinds[i].extension))
        return export_kinds[i].kind;
    }

  return EXPORT_NONE;
}

/* Reads "WIDTHxHEIGHT" (1600x1000) into @width and @height. */
static gboolean
parse_size (const char  *size,
            int         *width,
            int         *height,
            GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 values[2];

  *width = MAP_DEFAULT_WIDTH;
  *height = MAP_DEFAULT_HEIGHT;
  if (size == NULL)
    return TRUE;

  parts = g_strsplit_set (size, "xX", -1);
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, 1, MAP_MAX_SIDE, &values[0], NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, MAP_MAX_SIDE, &values[1], NULL))
    {
      /* Translators: %s is what was given; keep WIDTHxHEIGHT as in --help */
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot use “%s” as a picture size: give WIDTHxHEIGHT in pixels, "
                     "each from 1 to %d, such as 1600x1000"),
                   size, MAP_MAX_SIDE);
      return FALSE;
    }

  *width = (int) values[0];
  *height = (int) values[1];
  return TRUE;
}

/* Draws the map of what @query matches, fitted to the picture, as the Map
 * page would show it after “Fit to data”. */
static gboolean
export_map (TsDataset   *dataset,
            TsQuery     *query,
            const char  *path,
            const char  *size,
            GError     **error)
{
  g_autoptr(TsBasemap) basemap = NULL;
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(TsMapRenderer) renderer = NULL;
  int width, height;

  if (!parse_size (size, &width, &height, error))
    return FALSE;

  basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH, error);
  if (basemap == NULL)
    return FALSE;

  scene = ts_map_scene_new_from_dataset (dataset, query);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_fit (renderer, width, height, MIN (width, height) * 0.08);

  return ts_map_renderer_render_to_file (renderer, path, width, height, error);
}

/* Checks the command line before anything is opened, so that a usage error
 * never creates or changes a database. */
static gboolean
check_usage (const TsCliOptions  *options,
             ExportKind          *kind,
             TsQuery            **query,
             GError             **error)
{
  g_autofree char *extension = NULL;

  *kind = EXPORT_NONE;

  if (options->import == NULL && options->export == NULL)
    {
      g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                           _("Nothing to do: give --import FILE.json or --export FILE"));
      return FALSE;
    }

  if (options->export == NULL)
    {
      if (options->search != NULL || options->types != NULL || options->from != NULL
          || options->to != NULL || options->size != NULL || options->language != NULL)
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--search, --type, --from, --to, --size and --language go "
                                 "with --export"));
          return FALSE;
        }
    }
  else
    {
      if (options->export[0] == '\0')
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--export needs a file name"));
          return FALSE;
        }

      *kind = get_export_kind (options->export, &extension);
      if (*kind == EXPORT_NONE)
        {
          if (extension != NULL)
            g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                         _("Cannot export to “%s”: Tianshan does not write .%s files; use "
                           ".json, .xlsx, .csv, .png, .svg or .pdf"),
                         options->export, extension);
          else
            g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                         _("Cannot export to “%s”: end the file name with .json, .xlsx, "
                           ".csv, .png, .svg or .pdf to choose the format"),
                         options->export);
          return FALSE;
        }

      if (options->language != NULL && !ts_i18n_is_language_known (options->language))
        {
          /* Translators: %s is what was given, then the list of language
           * codes Tianshan has ("en, ru, ky, zh_CN") */
          g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                       _("Cannot write in the language “%s”: give --language one of %s"),
                       options->language, ts_i18n_get_known_languages ());
          return FALSE;
        }

      *query = ts_query_new_from_strings (options->search, options->types, options->from,
                                          options->to, error);
      if (*query == NULL)
        return FALSE;
    }

  if (options->import != NULL && options->import[0] == '\0')
    {
      g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                           _("--import needs a file name"));
      return FALSE;
    }

  /* Formats other engineers are bringing: each case is filled in as its
   * writer lands. */
  switch (*kind)
    {
    case EXPORT_NONE:
    case EXPORT_JSON:
    case EXPORT_XLSX:
      break;
    case EXPORT_CSV:
      /* One record type per file. */
      if (!ts_csv_parse_type (options->types, NULL, error))
        return FALSE;
      break;
    case EXPORT_PNG:
    case EXPORT_SVG:
    case EXPORT_PDF:
      {
        int width, height;

        if (!parse_size (options->size, &width, &height, error))
          return FALSE;
      }
      break;
    default:
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Exporting to .%s is not supported yet"), extension);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_import (TsStore            *store,
            const TsCliOptions *options,
            GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->import);
  g_autofree char *display = g_file_get_parse_name (file);
  guint n_added = 0;
  guint n_changed = 0;

  if (!ts_json_import_file (ts_store_get_dataset (store), file, &n_added, &n_changed, error))
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }

  /* Translators: the file, then how many of its records were new and how
   * many replaced a record with the same id */
  g_print (_("Imported “%s”: %u added, %u changed\n"), display, n_added, n_changed);
  return TRUE;
}

static gboolean
run_export (TsStore            *store,
            const TsCliOptions *options,
            ExportKind          kind,
            TsQuery            *query,
            GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export);

  switch (kind)
    {
    case EXPORT_JSON:
      return ts_json_write_file (ts_store_get_dataset (store), query, file, error);
    case EXPORT_XLSX:
      {
        g_autofree char *notice = NULL;

        if (!ts_briefing_export_file (ts_store_get_dataset (store), query, file, &notice,
                                      error))
          return FALSE;
        /* Once, however many cells it concerns. */
        if (notice != NULL)
          g_printerr ("%s\n", notice);
        return TRUE;
      }
    case EXPORT_CSV:
      return ts_csv_export_file (ts_store_get_dataset (store), query, options->types, file,
                                 error);
    case EXPORT_PNG:
    case EXPORT_SVG:
    case EXPORT_PDF:
      {
        g_autofree char *path = g_file_get_path (file);

        if (path == NULL)
          {
            g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                         _("Cannot write a map picture to “%s”: give a local file name"),
                         options->export);
            return FALSE;
          }
        return export_map (ts_store_get_dataset (store), query, path, options->size, error);
      }

    /* check_usage() refuses the formats that are not there yet. */
    case EXPORT_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }
}

int
ts_cli_run (const TsCliOptions *options)
{
  g_autoptr(TsQuery) query = NULL;
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  const char *path;
  ExportKind kind;

  g_return_val_if_fail (options != NULL, TS_CLI_EXIT_USAGE_ERROR);

  if (!check_usage (options, &kind, &query, &error))
    return fail (error);

  /* Before any string of the export is translated. */
  if (options->language != NULL)
    ts_i18n_set_language (options->language);

  path = options->database;
  if (path == NULL)
    path = default_path = ts_store_default_path ();

  store = ts_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  if (options->import != NULL && !run_import (store, options, &error))
    return fail (error);

  if (options->export != NULL && !run_export (store, options, kind, query, &error))
    return fail (error);

  return TS_CLI_EXIT_OK;
}
