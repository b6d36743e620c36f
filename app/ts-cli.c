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
#include "ts-store-db.h"
#include "ts-timeline-renderer.h"

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
/* A timeline picture's size when --size is not given. */
#define TIMELINE_DEFAULT_WIDTH  1600
#define TIMELINE_DEFAULT_HEIGHT 700
/* A dossier's reach: past a few links it is the whole dataset anyway. */
#define MAX_HOPS 10

#if defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define TS_BUILT_WITH_ASAN 1
# endif
#endif
#if defined(__SANITIZE_ADDRESS__)
# define TS_BUILT_WITH_ASAN 1
#endif

/* Freeing at exit what the process is about to lose anyway (100 000
 * records: a seventh of a large export's time) is left to the system.
 * Except where leaks are looked for: in a build with AddressSanitizer, and
 * when $TIANSHAN_FREE_AT_EXIT is set (to anything but "" or "0"), as the
 * test suite sets it, so that what is not freed shows as leaked there. What
 * is kept lies in static variables: still reachable, for valgrind too. The
 * database is closed either way (its write-ahead log is merged back). */
static gboolean
frees_at_exit (void)
{
#ifdef TS_BUILT_WITH_ASAN
  return TRUE;
#else
  const char *value = g_getenv ("TIANSHAN_FREE_AT_EXIT");

  return value != NULL && value[0] != '\0' && strcmp (value, "0") != 0;
#endif
}

static TsDataset    *kept_dataset;
static TsExportData *kept_export_data;

/* Drops @data, or keeps it unfreed until exit (see frees_at_exit()). */
static void
release_export_data (TsExportData *data)
{
  if (data == NULL)
    return;
  if (frees_at_exit () || kept_export_data != NULL)
    ts_export_data_unref (data);
  else
    kept_export_data = data;
}

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

/* Reads --hops: 1 when not given. */
static gboolean
parse_hops (const char  *hops,
            guint       *value,
            GError     **error)
{
  guint64 parsed;

  *value = 1;
  if (hops == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (hops, 10, 0, MAX_HOPS, &parsed, NULL))
    {
      /* Translators: %s is what was given */
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("Cannot use “%s” as --hops: give the number of links to follow from the "
                     "--around record, from 0 to %d"),
                   hops, MAX_HOPS);
      return FALSE;
    }

  *value = (guint) parsed;
  return TRUE;
}

static TsRecord *
lookup_in_export (gpointer    user_data,
                  const char *id)
{
  return ts_export_data_lookup (user_data, id);
}

/* Draws the map of what @query matches (or of the dossier in @around),
 * fitted to the picture, as the Map page would show it after “Fit to
 * data”. */
static gboolean
export_map (TsDataset     *dataset,
            TsQuery       *query,
            TsExportData  *around,
            const char    *path,
            const char    *size,
            GError       **error)
{
  g_autoptr(TsBasemap) basemap = NULL;
  g_autoptr(TsMapScene) scene = NULL;
  g_autoptr(TsMapRenderer) renderer = NULL;
  int width, height;

  if (!parse_size (size, &width, &height, error))
    return FALSE;

  basemap = ts_basemap_dup_default (error);
  if (basemap == NULL)
    return FALSE;

  if (around != NULL)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new ();

      /* The dossier's records and, of their linked context, the places:
       * as the briefing's map marks them. */
      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          GPtrArray *of_type = ts_export_data_get_records (around, type);

          for (guint i = 0; i < of_type->len; i++)
            if (type == TS_RECORD_TYPE_PLACE
                || !ts_export_data_is_linked (around, of_type->pdata[i]))
              g_ptr_array_add (records, of_type->pdata[i]);
        }
      scene = ts_map_scene_new_from_records (records, lookup_in_export, around);
    }
  else
    scene = ts_map_scene_new_from_dataset (dataset, query);
  renderer = ts_map_renderer_new (basemap);
  ts_map_renderer_set_scene (renderer, scene);
  ts_map_renderer_set_show_legend (renderer, TRUE);
  ts_map_renderer_fit (renderer, width, height, MIN (width, height) * 0.08);

  return ts_map_renderer_render_to_file (renderer, path, width, height, error);
}

static TsRecord *
lookup_in_dataset (gpointer    user_data,
                   const char *id)
{
  return ts_dataset_lookup (user_data, id);
}

/* Draws the timeline of what @query matches (or of the dossier in
 * @around: its own records, not their linked context), fitted to the
 * picture, in lanes by record type. */
static gboolean
export_timeline (TsDataset     *dataset,
                 TsQuery       *query,
                 TsExportData  *around,
                 const char    *path,
                 const char    *size,
                 GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(TsTimelineEvents) events = NULL;
  int width = TIMELINE_DEFAULT_WIDTH, height = TIMELINE_DEFAULT_HEIGHT;

  if (size != NULL && !parse_size (size, &width, &height, error))
    return FALSE;

  if (around != NULL)
    {
      records = g_ptr_array_new ();
      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          GPtrArray *of_type = ts_export_data_get_records (around, type);

          for (guint i = 0; i < of_type->len; i++)
            if (!ts_export_data_is_linked (around, of_type->pdata[i]))
              g_ptr_array_add (records, of_type->pdata[i]);
        }
      events = ts_timeline_events_new_from_records (records, lookup_in_export, around,
                                                    TS_TIMELINE_LANES_TYPE);
    }
  else
    {
      records = ts_matches_select (dataset, query);
      events = ts_timeline_events_new_from_records (records, lookup_in_dataset, dataset,
                                                    TS_TIMELINE_LANES_TYPE);
    }

  return ts_timeline_render_to_file (events, path, width, height, error);
}

/* --view: which picture; the map when not given. */
static gboolean
parse_view (const char  *view,
            gboolean    *timeline,
            GError     **error)
{
  *timeline = FALSE;
  if (view == NULL || g_str_equal (view, "map"))
    return TRUE;
  if (g_str_equal (view, "timeline"))
    {
      *timeline = TRUE;
      return TRUE;
    }

  /* Translators: %s is what was given; keep map and timeline as they are */
  g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
               _("Cannot draw the view “%s”: give --view map or --view timeline"), view);
  return FALSE;
}

/* --country and --counterpart: a two-letter ISO 3166 code, in either case. */
static gboolean
set_country_filter (TsQuery     *query,
                    const char  *option,
                    const char  *value,
                    GError     **error)
{
  g_autofree char *code = NULL;

  if (value == NULL)
    return TRUE;

  if (strlen (value) != 2 || !g_ascii_isalpha (value[0]) || !g_ascii_isalpha (value[1]))
    {
      /* Translators: the option (--country), then what was given */
      g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                   _("%s needs a two-letter country code (ISO 3166), such as CN or KG, "
                     "not “%s”"),
                   option, value);
      return FALSE;
    }

  code = g_ascii_strup (value, -1);
  if (g_str_equal (option, "--country"))
    ts_query_set_country (query, code);
  else
    ts_query_set_counterpart (query, code);
  return TRUE;
}

/* --participant: a person's id, or their name in any script (folded, as a
 * search folds it) when one person has it. */
static gboolean
set_participant_filter (TsQuery     *query,
                        TsDataset   *dataset,
                        const char  *participant,
                        GError     **error)
{
  GListModel *people = ts_dataset_get_records (dataset, TS_RECORD_TYPE_PERSON);
  g_autofree char *wanted = ts_fold_text (participant);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(TsRecord) person = g_list_model_get_item (people, i);
      g_autofree char *title = ts_fold_text (ts_record_get_title (person));
      g_autofree char *name = ts_fold_text (ts_record_get_display_name (person));

      if (g_str_equal (ts_record_get_id (person), participant))
        {
          ts_query_set_person (query, participant);
          return TRUE;
        }
      if (g_str_equal (title, wanted) || g_str_equal (name, wanted))
        g_ptr_array_add (found, (gpointer) ts_record_get_id (person));
    }

  if (found->len == 1)
    {
      ts_query_set_person (query, g_ptr_array_index (found, 0));
      return TRUE;
    }

  if (found->len == 0)
    /* Translators: what was given to --participant */
    g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                 _("No person “%s” in the dataset: give --participant a person’s id, such "
                   "as person/sadyr-japarov, or their name"),
                 participant);
  else
    /* Translators: what was given to --participant, then the first two ids */
    g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                 _("More than one person is called “%s” (%s, %s…): give --participant the "
                   "id of the one you mean"),
                 participant, (const char *) g_ptr_array_index (found, 0),
                 (const char *) g_ptr_array_index (found, 1));
  return FALSE;
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
      if (options->view != NULL)
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--view goes with --export FILE.png, .svg or .pdf"));
          return FALSE;
        }
      if (options->search != NULL || options->types != NULL || options->from != NULL
          || options->to != NULL || options->country != NULL || options->participant != NULL
          || options->counterpart != NULL || options->around != NULL || options->hops != NULL
          || options->size != NULL || options->language != NULL)
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--search, --type, --from, --to, --country, --participant, "
                                 "--counterpart, --around, --hops, --size and --language go "
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

      if (options->view != NULL)
        {
          gboolean timeline;

          if (!parse_view (options->view, &timeline, error))
            return FALSE;
          if (*kind != EXPORT_PNG && *kind != EXPORT_SVG && *kind != EXPORT_PDF)
            {
              g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                                   _("--view goes with a picture: --export FILE.png, .svg "
                                     "or .pdf"));
              return FALSE;
            }
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
      if (!set_country_filter (*query, "--country", options->country, error)
          || !set_country_filter (*query, "--counterpart", options->counterpart, error))
        return FALSE;
      if (options->participant != NULL && options->participant[0] == '\0')
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--participant needs a person’s id or name"));
          return FALSE;
        }

      if (options->hops != NULL && options->around == NULL)
        {
          g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                               _("--hops goes with --around ID"));
          return FALSE;
        }
      if (options->around != NULL)
        {
          guint hops;

          if (!ts_record_id_parse (options->around, NULL))
            {
              /* Translators: %s is what was given */
              g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                           _("Cannot make a dossier around “%s”: give --around the ID of a "
                             "record, such as project/cku-railway"),
                           options->around);
              return FALSE;
            }
          if (!parse_hops (options->hops, &hops, error))
            return FALSE;
          if (*kind == EXPORT_JSON)
            {
              g_set_error_literal (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                                   _("A dossier (--around) is written to .xlsx, .csv, .png, "
                                     ".svg or .pdf, not to .json"));
              return FALSE;
            }
        }
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
  g_autoptr(TsExportData) around = NULL;
  TsDataset *dataset = ts_store_get_dataset (store);

  if (options->around != NULL)
    {
      guint hops;

      if (!parse_hops (options->hops, &hops, error))
        return FALSE;
      /* An unknown record is a usage error, naming it. */
      around = ts_export_data_new_around (dataset, query, options->around, hops, error);
      if (around == NULL)
        {
          g_prefix_error (error, _("Cannot make a dossier: "));
          return FALSE;
        }
    }

  switch (kind)
    {
    case EXPORT_JSON:
      return ts_json_write_file (dataset, query, file, error);
    case EXPORT_XLSX:
      {
        g_autofree char *notice = NULL;
        gboolean written;

        if (around != NULL)
          written = ts_briefing_export_data (around, file, &notice, error);
        else
          {
            TsExportData *data = ts_export_data_new (dataset, query);

            written = ts_briefing_export_data (data, file, &notice, error);
            release_export_data (data);
          }
        if (!written)
          return FALSE;
        /* Once, however many cells it concerns. */
        if (notice != NULL)
          g_printerr ("%s\n", notice);
        return TRUE;
      }
    case EXPORT_CSV:
      if (around != NULL)
        return ts_csv_export_data (around, options->types, file, error);
      {
        TsExportData *data;
        gboolean written;

        /* A --type that names no type is refused before anything is read. */
        if (options->types != NULL && options->types[0] != '\0'
            && !ts_csv_parse_type (options->types, NULL, error))
          return FALSE;
        /* Prepared as far as the CSV file needs, by ts_csv_export_data(). */
        data = ts_export_data_snapshot (dataset, query);
        written = ts_csv_export_data (data, options->types, file, error);
        release_export_data (data);
        return written;
      }
    case EXPORT_PNG:
    case EXPORT_SVG:
    case EXPORT_PDF:
      {
        g_autofree char *path = g_file_get_path (file);
        gboolean timeline;

        if (!parse_view (options->view, &timeline, error))
          return FALSE;
        if (path == NULL && timeline)
          {
            g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                         _("Cannot write a timeline picture to “%s”: give a local file name"),
                         options->export);
            return FALSE;
          }
        if (timeline)
          return export_timeline (dataset, query, around, path, options->size, error);
        if (path == NULL)
          {
            g_set_error (error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                         _("Cannot write a map picture to “%s”: give a local file name"),
                         options->export);
            return FALSE;
          }
        return export_map (dataset, query, around, path, options->size, error);
      }

    /* check_usage() refuses the formats that are not there yet. */
    case EXPORT_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* --database SRC --copy-to DEST: alone, all or nothing. */
static int
run_copy (const TsCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *shown = NULL;
  const char *source = options->database;
  guint n = 0;

  if (options->import != NULL || options->export != NULL || options->search != NULL
      || options->types != NULL || options->from != NULL || options->to != NULL
      || options->country != NULL || options->participant != NULL
      || options->counterpart != NULL || options->around != NULL || options->hops != NULL
      || options->size != NULL || options->language != NULL || options->view != NULL)
    {
      g_set_error_literal (&error, TS_USAGE_ERROR, TS_USAGE_ERROR_INVALID,
                           _("--copy-to goes alone, with --database for the database to copy"));
      return fail (error);
    }

  if (source == NULL)
    source = default_path = ts_store_default_path ();

  if (!ts_store_copy (source, options->copy_to, &n, &error))
    return fail (error);

  shown = ts_db_location_display (options->copy_to);
  g_print (ngettext ("Copied %u record to “%s”\n", "Copied %u records to “%s”\n", n), n, shown);
  return TS_CLI_EXIT_OK;
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

  if (options->copy_to != NULL)
    return run_copy (options);

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
  /* The store is closed when it goes; its records stay, unfreed. */
  if (!frees_at_exit ())
    kept_dataset = g_object_ref (ts_store_get_dataset (store));

  if (options->import != NULL && !run_import (store, options, &error))
    return fail (error);

  if (options->participant != NULL
      && !set_participant_filter (query, ts_store_get_dataset (store), options->participant,
                                  &error))
    return fail (error);

  if (options->export != NULL && !run_export (store, options, kind, query, &error))
    return fail (error);

  return TS_CLI_EXIT_OK;
}
