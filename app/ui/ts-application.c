/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ts-application.h"
#include "ts-cli.h"
#include "ts-store.h"
#include "ts-window.h"

struct _TsApplication
{
  AdwApplication parent_instance;

  char *database_path;
  TsStore *store;
  /* Why the store could not be opened, shown in the window. */
  GError *store_error;
};

G_DEFINE_FINAL_TYPE (TsApplication, ts_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the dataset in this database file, or in a team database on a PostgreSQL server "
       "(postgresql://user@host/dbname, service=NAME)"), N_("PATH|URI") },
  { "copy-to", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy every record of the --database into this empty database (a file or a "
       "PostgreSQL URI), all or nothing, then exit"), N_("PATH|URI") },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge the records of a Tianshan JSON file into the dataset, then exit"), N_("FILE") },
  { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the records to a .json, .xlsx or .csv file, or the map or the timeline "
       "(--view) to a .png, .svg or .pdf picture, then exit; no display is needed"),
    N_("FILE") },
  { "search", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only the records matching this text"), N_("TEXT") },
  { "type", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only these record types, separated by commas"), N_("meeting,agreement,…") },
  { "from", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only records dated on or after this date"), N_("DATE") },
  { "to", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only records dated on or before this date"), N_("DATE") },
  { "country", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only the records in this country (meetings held there, people of it…)"),
    N_("CODE") },
  { "participant", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only the meetings and agreements of this person, by id or name"),
    N_("PERSON") },
  { "counterpart", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export only the meetings and agreements with a participant from this country"),
    N_("CODE") },
  { "around", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Export a dossier: this record and the records linked to it"), N_("ID") },
  { "hops", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("How many links from the --around record the dossier reaches (default 1)"), N_("N") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The size of an exported picture, in pixels"), N_("WIDTHxHEIGHT") },
  { "view", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The picture to export: the map (the default) or the timeline"), N_("map|timeline") },
  { "language", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The language of an exported briefing"), N_("LANGUAGE") },
  { NULL }
};

static const char *
lookup_string (GVariantDict *options,
               const char   *key)
{
  const char *value = NULL;

  if (!g_variant_dict_lookup (options, key, "&s", &value))
    g_variant_dict_lookup (options, key, "^&ay", &value);

  return value;
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TsApplication *self = TS_APPLICATION (user_data);
  static const char *developers[] = { "The Tianshan developers", NULL };
  GtkWindow *window;
  AdwAboutWindow *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Tianshan"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Tianshan developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Tianshan developers");
  adw_about_window_set_comments (about,
                                 _("A source-cited record of meetings, agreements and projects "
                                   "between China and Central Asia, with map, timeline and "
                                   "Excel briefings."));
  adw_about_window_set_website (about, "https://github.com/tianshan/tianshan");
  adw_about_window_set_issue_url (about, "https://github.com/tianshan/tianshan/issues");
  /* Translators: Replace "translator-credits" with your name(s). */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_credit_section (about, _("Map Data"),
                                       (const char *[]) {
                                         "Natural Earth https://www.naturalearthdata.com",
                                         "world-atlas https://github.com/topojson/world-atlas",
                                         NULL });
  adw_about_window_add_legal_section (about, "Natural Earth", NULL, GTK_LICENSE_CUSTOM,
                                      _("Country shapes from Natural Earth, which is in "
                                        "the public domain, as packaged by world-atlas 2.0.2 "
                                        "(ISC license)."));
  adw_about_window_add_legal_section (about, _("Shipped dataset"), NULL, GTK_LICENSE_CUSTOM,
                                      _("The records shipped with Tianshan are curated from "
                                        "published news articles; each record cites the "
                                        "article it comes from."));
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "about", on_about_activated },
};

static int
ts_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  TsApplication *self = TS_APPLICATION (application);
  TsCliOptions cli = { 0 };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  cli.database = lookup_string (options, "database");
  cli.copy_to = lookup_string (options, "copy-to");
  cli.import = lookup_string (options, "import");
  cli.export = lookup_string (options, "export");
  cli.search = lookup_string (options, "search");
  cli.types = lookup_string (options, "type");
  cli.from = lookup_string (options, "from");
  cli.to = lookup_string (options, "to");
  cli.country = lookup_string (options, "country");
  cli.participant = lookup_string (options, "participant");
  cli.counterpart = lookup_string (options, "counterpart");
  cli.around = lookup_string (options, "around");
  cli.hops = lookup_string (options, "hops");
  cli.size = lookup_string (options, "size");
  cli.language = lookup_string (options, "language");
  cli.view = lookup_string (options, "view");

  /* Headless work happens here, before the application registers or GTK is
   * initialised, so it runs without a display. */
  if (cli.import != NULL || cli.export != NULL || cli.copy_to != NULL)
    return ts_cli_run (&cli);

  if (cli.view != NULL)
    {
      g_printerr ("tianshan: %s\n", _("--view goes with --export FILE.png, .svg or .pdf"));
      return TS_CLI_EXIT_USAGE_ERROR;
    }

  if (cli.search != NULL || cli.types != NULL || cli.from != NULL || cli.to != NULL
      || cli.country != NULL || cli.participant != NULL || cli.counterpart != NULL
      || cli.around != NULL || cli.hops != NULL || cli.size != NULL || cli.language != NULL)
    {
      g_printerr ("tianshan: %s\n",
                  _("--search, --type, --from, --to, --country, --participant, --counterpart, "
                    "--around, --hops, --size and --language go with --export"));
      return TS_CLI_EXIT_USAGE_ERROR;
    }

  if (cli.database != NULL)
    ts_application_set_database_path (self, cli.database);

  return G_APPLICATION_CLASS (ts_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static void
ts_application_startup (GApplication *application)
{
  TsApplication *self = TS_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (ts_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  ts_window_class_set_accels (GTK_APPLICATION (self));
}

/* Opens the database once, on the first window: a failure is shown in
 * that window rather than ending the program. */
static void
open_store (TsApplication *self)
{
  g_autofree char *default_path = NULL;
  const char *path = self->database_path;

  if (self->store != NULL || self->store_error != NULL)
    return;

  if (path == NULL)
    path = default_path = ts_store_default_path ();

  self->store = ts_store_open (path, &self->store_error);
}

/* The start-up benchmark (tests/bench-startup): with
 * TIANSHAN_BENCH_FIRST_FRAME=1, once the window's first frame has been
 * painted, say so on stdout and quit. */
static void
on_first_frame_painted (GdkFrameClock *clock,
                        TsApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, self);
  fputs ("first-frame\n", stdout);
  fflush (stdout);
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_mapped (GtkWidget     *window,
                  TsApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_painted), self, 0);
}

static void
ts_application_activate (GApplication *application)
{
  TsApplication *self = TS_APPLICATION (application);
  GtkWindow *window;

  /* Launching again raises the window that is already there. */
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window == NULL)
    {
      TsWindow *ts_window = ts_window_new (self);

      open_store (self);
      if (self->store != NULL)
        {
          ts_window_set_dataset (ts_window, ts_store_get_dataset (self->store));
          ts_dataset_index_referrers_in_background (ts_store_get_dataset (self->store));
        }
      else
        ts_window_show_error (ts_window, _("The Dataset Could Not Be Opened"),
                              self->store_error);
      window = GTK_WINDOW (ts_window);
      if (g_strcmp0 (g_getenv ("TIANSHAN_BENCH_FIRST_FRAME"), "1") == 0)
        g_signal_connect_after (window, "map", G_CALLBACK (on_window_mapped), self);
    }

  gtk_window_present (window);
}

static void
ts_application_finalize (GObject *object)
{
  TsApplication *self = TS_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (ts_application_parent_class)->finalize (object);
}

static void
ts_application_class_init (TsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ts_application_finalize;

  app_class->handle_local_options = ts_application_handle_local_options;
  app_class->startup = ts_application_startup;
  app_class->activate = ts_application_activate;
}

static void
ts_application_init (TsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep a source-cited record of relations "
                                              "between China and Central Asia."));
}

TsApplication *
ts_application_new (void)
{
  return g_object_new (TS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

const char *
ts_application_get_database_path (TsApplication *self)
{
  g_return_val_if_fail (TS_IS_APPLICATION (self), NULL);

  return self->database_path;
}

void
ts_application_set_database_path (TsApplication *self,
                                  const char    *path)
{
  g_return_if_fail (TS_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}
