/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ts-application.h"
#include "ts-cli.h"
#include "ts-connect-dialog.h"
#include "ts-font-warmup.h"
#include "ts-record-editor.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-secret.h"
#include "ts-window.h"

struct _TsApplication
{
  AdwApplication parent_instance;

  /* --database: wins over the remembered location, and is not remembered. */
  char *database_path;
  TsStore *store;
  /* Why the store could not be opened, shown in the window. */
  GError *store_error;
  /* The "database" key: the location opened last from the window. */
  GSettings *settings;
  GtkNativeDialog *database_chooser;
  /* Where the first frame's fonts are recorded (ts-font-warmup.c). */
  char *font_cache_path;
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

/* The window Open Local Database… and Connect to Team Database… are for. */
static GtkWindow *
get_ts_window (TsApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
show_open_error (TsApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (get_ts_window (self), _("The Database Was Not Opened"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_set_name (dialog, "open-database-error");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_database_chooser_response (GtkNativeDialog *dialog,
                              int              response,
                              TsApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      gboolean create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog))
                        == GTK_FILE_CHOOSER_ACTION_SAVE;

      if (file != NULL
          && !(create ? ts_application_new_local_database (self, file, &error)
                      : ts_application_open_local_database (self, file, &error)))
        show_open_error (self, error);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->database_chooser);
}

/* Open Local Database… (a file that exists) or New Local Database… (a
 * name for a new file: GTK's Open mode picks only files that exist). */
static void
show_database_chooser (TsApplication *self,
                       gboolean       create)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GError) error = NULL;
  GtkFileChooserNative *chooser;

  if (self->database_chooser != NULL)
    return;
  if (!ts_application_can_switch_store (self, &error))
    {
      show_open_error (self, error);
      return;
    }

  if (create)
    {
      chooser = gtk_file_chooser_native_new (_("New Local Database"), get_ts_window (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("C_reate"), _("_Cancel"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "tianshan.db");
    }
  else
    chooser = gtk_file_chooser_native_new (_("Open Local Database"), get_ts_window (self),
                                           GTK_FILE_CHOOSER_ACTION_OPEN,
                                           _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Tianshan databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_database_chooser_response), self);

  self->database_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->database_chooser);
}

static void
on_open_database_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  show_database_chooser (TS_APPLICATION (user_data), FALSE);
}

static void
on_new_database_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  show_database_chooser (TS_APPLICATION (user_data), TRUE);
}

static void
present_connect_dialog (TsApplication *self,
                        const char    *location,
                        const GError  *error)
{
  TsConnectDialog *dialog = ts_connect_dialog_new (self, location);

  if (error != NULL)
    ts_connect_dialog_show_error (dialog, error);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_ts_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_connect_database_activated (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  TsApplication *self = TS_APPLICATION (user_data);
  g_autofree char *remembered = g_settings_get_string (self->settings, "database");
  const char *location = self->store != NULL ? ts_store_get_path (self->store) : remembered;

  /* The team database in use (or the remembered one, which could not be
   * opened) is offered again; a file is not a server. */
  if (!ts_db_location_is_postgresql (location))
    location = NULL;
  present_connect_dialog (self, location, NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "about", on_about_activated },
  { "open-database", on_open_database_activated },
  { "new-database", on_new_database_activated },
  { "connect-database", on_connect_database_activated },
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

/* GTK's cairo renderer draws each frame into a new window-sized image
 * (4.5 MB at 1400×860). glibc takes it from the top of the heap and gives
 * the pages back to the kernel when a large free leaves more than twice the
 * largest mmap()ed block free there, so the next frame faults in a thousand
 * fresh pages (tests/bench-export-window: the first export's first frame,
 * 1 090 faults, 4–8 ms of system time). These are the values glibc's own
 * dynamic thresholds rise to at their cap (32 MiB for mmap(), twice that
 * for trimming), pinned from the start: window-sized blocks come from the
 * heap and its freed pages stay, up to 64 MiB. */
static void
tune_malloc (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

static void
load_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  /* Any lookup loads the theme, under the theme's own lock. */
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source_object), "view-list-symbolic");
}

/* GTK makes the display's icon theme when something first asks for it,
 * and starts loading it in a thread of its own. Adding a resource path to
 * the theme waits for that load, then throws it away. GtkApplication no
 * longer asks first (ts_application_startup ()): libadwaita does, and adds
 * its path at once, before GTK's thread has taken the theme's lock, so
 * the load stands. Should the thread ever win, the window's first icon
 * would load Adwaita's and hicolor's index of some 750 directories again,
 * on the main thread before the first frame. This loads it in a thread of
 * ours while the window is built; when GTK's load stands, it is one
 * lookup. The theme locks itself, as GTK's own thread relies on. */
static void
load_icon_theme_in_background (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;

  task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);
  g_task_set_name (task, "[tianshan] icon theme");
  g_task_run_in_thread (task, load_icon_theme);
}

/* style.css, for every window on the display, as AdwApplication would
 * have loaded it from the resource base path. */
static void
load_style_sheet (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
ts_application_startup (GApplication *application)
{
  TsApplication *self = TS_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(TsFontWarmup) font_warmup = NULL;

  tune_malloc ();
  /* The thread has GTK's start-up (a fifth of a second on the 2-core
   * machine, most of it libadwaita's stylesheet and the OpenGL set-up) to
   * do its work in, and is joined as soon as that is over: it never runs
   * beside anything of the main thread's that draws text. */
  self->font_cache_path = ts_font_warmup_default_path ();
  font_warmup = ts_font_warmup_start (self->font_cache_path);
  /* No resources loaded by path: GtkApplication's start-up would ask for
   * the icon theme to add the path's icons (Tianshan has none), which
   * starts the theme loading, and libadwaita's start-up would then wait
   * for that load (18 ms on the 2-core machine) before throwing it away
   * to add its own icons. Of what GtkApplication and AdwApplication look
   * for under the path, Tianshan has only its style sheet, loaded below;
   * its shortcuts window is built when first shown (ts-window-actions.c). */
  g_application_set_resource_base_path (application, NULL);
  G_APPLICATION_CLASS (ts_application_parent_class)->startup (application);
  if (font_warmup != NULL)
    ts_font_warmup_join (font_warmup);
  load_style_sheet ();
  load_icon_theme_in_background ();

  /* Here rather than at init: the command line's headless work, before
   * startup, needs no settings schema. The schema id is the base id for
   * both profiles. */
  self->settings = g_settings_new (BASE_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  ts_window_class_set_accels (GTK_APPLICATION (self));
}

/* "Team database: analyst@db.example.org/tianshan", or the file's name. */
static char *
describe_store (TsStore *store)
{
  const char *location = ts_store_get_path (store);
  g_autofree char *name = NULL;

  if (ts_db_location_is_postgresql (location))
    return g_strdup_printf (_("Team database: %s"), location);
  name = g_path_get_basename (location);
  return g_strdup_printf (_("Local database: %s"), name);
}

typedef struct
{
  GThread *thread;
  char *path;
  char *password;
  TsStore *store;
  GError *error;
} StoreOpening;

static gpointer
open_store_thread (gpointer data)
{
  StoreOpening *opening = data;

  opening->store = ts_store_open_with_password (opening->path, opening->password,
                                                &opening->error);
  return NULL;
}

/* Opens the database once, on the first window: a failure is shown in
 * that window rather than ending the program. --database wins; without
 * it, the location remembered from the window, its password (if the
 * server asks for one) looked up in the Secret Service first; else the
 * default file. The store opens in a thread of its own while the window
 * is built; open_store_finish() waits for it. Returns NULL when the store
 * was opened (or refused) before. */
static StoreOpening *
open_store_start (TsApplication *self)
{
  g_autofree char *default_path = NULL;
  g_autofree char *remembered = NULL;
  StoreOpening *opening;
  const char *path = self->database_path;

  if (self->store != NULL || self->store_error != NULL)
    return NULL;

  if (path == NULL)
    {
      remembered = g_settings_get_string (self->settings, "database");
      if (remembered[0] != '\0')
        path = remembered;
    }
  if (path == NULL)
    path = default_path = ts_store_default_path ();

  opening = g_new0 (StoreOpening, 1);
  opening->path = g_strdup (path);
  if (remembered != NULL && ts_db_location_is_postgresql (path))
    {
      g_autoptr(GError) secret_error = NULL;

      opening->password = ts_store_secret_lookup (path, NULL, &secret_error);
      if (secret_error != NULL)
        g_debug ("No password from the Secret Service for “%s”: %s", path,
                 secret_error->message);
    }

  opening->thread = g_thread_new ("[tianshan] open store", open_store_thread, opening);
  return opening;
}

static void
open_store_finish (TsApplication *self,
                   StoreOpening  *opening)
{
  if (opening == NULL)
    return;

  g_thread_join (opening->thread);
  self->store = opening->store;
  self->store_error = opening->error;
  ts_store_secret_free (opening->password);
  g_free (opening->path);
  g_free (opening);
}

/* After the first window's first frame: what it showed is what the next
 * start warms (ts-font-warmup.c). The start-up benchmark
 * (tests/bench-startup): with TIANSHAN_BENCH_FIRST_FRAME=1, it also says
 * on stdout that the frame has been painted, and quits. */
static void
on_first_frame_painted (GdkFrameClock *clock,
                        TsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean benchmark = g_strcmp0 (g_getenv ("TIANSHAN_BENCH_FIRST_FRAME"), "1") == 0;
  g_autoptr(GError) error = NULL;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, self);
  if (benchmark)
    {
      fputs ("first-frame\n", stdout);
      fflush (stdout);
    }
  if (window != NULL
      && !ts_font_warmup_record (GTK_WIDGET (window), self->font_cache_path, NULL, &error))
    g_debug ("The first frame's fonts are not recorded: %s", error->message);
  if (benchmark)
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
      StoreOpening *opening = open_store_start (self);
      TsWindow *ts_window = ts_window_new (self);

      open_store_finish (self, opening);
      if (self->store != NULL)
        {
          g_autofree char *description = describe_store (self->store);

          ts_window_set_dataset (ts_window, ts_store_get_dataset (self->store));
          ts_window_set_database_description (ts_window, description);
          ts_dataset_index_referrers_in_background (ts_store_get_dataset (self->store));
        }
      else
        ts_window_show_error (ts_window, _("The Dataset Could Not Be Opened"),
                              self->store_error);
      window = GTK_WINDOW (ts_window);
      g_signal_connect_after (window, "map", G_CALLBACK (on_window_mapped), self);
      gtk_window_present (window);

      /* The remembered team database asks for a password the Secret
       * Service does not have: the window asks. */
      if (self->store == NULL
          && g_error_matches (self->store_error, TS_STORE_ERROR, TS_STORE_ERROR_NEEDS_PASSWORD))
        {
          g_autofree char *location = g_settings_get_string (self->settings, "database");

          present_connect_dialog (self, location, self->store_error);
        }
      return;
    }

  gtk_window_present (window);
}

static void
ts_application_finalize (GObject *object)
{
  TsApplication *self = TS_APPLICATION (object);

  if (self->database_chooser != NULL)
    gtk_native_dialog_destroy (self->database_chooser);
  g_clear_object (&self->database_chooser);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->font_cache_path, g_free);

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

/* The record editors open (they are windows of no application). */
static GPtrArray *
dup_record_editors (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *editors = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TS_IS_RECORD_EDITOR (window))
        g_ptr_array_add (editors, g_steal_pointer (&window));
    }
  return editors;
}

gboolean
ts_application_can_switch_store (TsApplication  *self,
                                 GError        **error)
{
  g_autoptr(GPtrArray) editors = NULL;

  g_return_val_if_fail (TS_IS_APPLICATION (self), FALSE);

  editors = dup_record_editors ();
  for (guint i = 0; i < editors->len; i++)
    {
      if (ts_record_editor_has_changes (editors->pdata[i]))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("A record editor has unsaved changes: save or close it "
                                 "before opening another database."));
          return FALSE;
        }
    }
  return TRUE;
}

TsStore *
ts_application_get_store (TsApplication *self)
{
  g_return_val_if_fail (TS_IS_APPLICATION (self), NULL);

  return self->store;
}

void
ts_application_set_store (TsApplication *self,
                          TsStore       *store)
{
  g_autoptr(TsStore) old = NULL;
  g_autoptr(GPtrArray) editors = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *description = NULL;
  const char *location;

  g_return_if_fail (TS_IS_APPLICATION (self));
  g_return_if_fail (TS_IS_STORE (store));

  old = g_steal_pointer (&self->store);
  self->store = g_object_ref (store);
  g_clear_error (&self->store_error);

  /* Editors without changes were editing the old dataset: they go. */
  editors = dup_record_editors ();
  for (guint i = 0; i < editors->len; i++)
    gtk_window_destroy (editors->pdata[i]);

  description = describe_store (store);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (TS_IS_WINDOW (l->data))
        {
          ts_window_set_dataset (l->data, ts_store_get_dataset (store));
          ts_window_set_database_description (l->data, description);
        }
    }
  ts_dataset_index_referrers_in_background (ts_store_get_dataset (store));

  /* The store names a team database without its password. */
  location = ts_store_get_path (store);
  default_path = ts_store_default_path ();
  g_settings_set_string (self->settings, "database",
                         g_strcmp0 (location, default_path) == 0 ? "" : location);
}

gboolean
ts_application_open_local_database (TsApplication  *self,
                                    GFile          *file,
                                    GError        **error)
{
  g_autoptr(TsStore) store = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (TS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ts_application_can_switch_store (self, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file: a database must be on this computer"), uri);
      return FALSE;
    }
  /* A path that reads like key=value is a file all the same. */
  if (ts_db_location_is_postgresql (path))
    {
      g_autofree char *relative = g_build_filename (".", path, NULL);

      g_free (path);
      path = g_steal_pointer (&relative);
    }

  store = ts_store_open (path, error);
  if (store == NULL)
    return FALSE;

  ts_application_set_store (self, store);
  return TRUE;
}

gboolean
ts_application_new_local_database (TsApplication  *self,
                                   GFile          *file,
                                   GError        **error)
{
  g_return_val_if_fail (TS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The chooser has asked whether to replace it: a database is not
   * replaced, whatever was answered. */
  if (g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” exists already and was left as it is: Open Local Database… "
                     "opens it"), name);
      return FALSE;
    }

  return ts_application_open_local_database (self, file, error);
}
