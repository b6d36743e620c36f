/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's exports: the save dialog with its choice of scope, the
 * export itself in a worker thread with the progress bar and Cancel, and
 * the toast or dialog that reports how it went. */

#define G_LOG_DOMAIN "ts-window-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-basemap.h"
#include "ts-briefing.h"
#include "ts-csv.h"
#include "ts-error.h"
#include "ts-match-list.h"
#include "ts-window-private.h"

/* A timing mark for tests/bench-export-window, which reads the debug
 * messages of this domain; nothing is printed unless G_MESSAGES_DEBUG
 * asks for it. */
#define MARK(what) g_debug ("mark: %s", what)

typedef struct
{
  /* Weak: closing the window disposes of its export bar, which cancels
   * the export; the window must not wait for it. */
  GWeakRef              window;
  char                 *path;
  TsWindowExportFormat  format;
  GCancellable         *cancellable;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->cancellable);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* The basemap is a few megabytes of shapes: read once for every briefing
 * of every window. NULL if it cannot be read (the cover then says so). */
static TsBasemap *
get_basemap (void)
{
  static TsBasemap *basemap;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GError) error = NULL;

      basemap = ts_basemap_dup_default (&error);
      if (basemap == NULL)
        g_warning ("The briefing's map cannot be drawn: %s", error->message);
      g_once_init_leave (&loaded, 1);
    }

  return basemap;
}

static const char *
get_extension (TsWindowExportFormat format)
{
  return format == TS_WINDOW_EXPORT_BRIEFING ? ".xlsx" : ".csv";
}

/* The file the user chose, with the extension of its format: spreadsheet
 * programs and file managers go by it. */
static char *
add_extension (const char           *path,
               TsWindowExportFormat  format)
{
  const char *extension = get_extension (format);
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, extension))
    return g_strdup (path);

  return g_strconcat (path, extension, NULL);
}

/* How many records the current view shows, as the sidebar counts them. */
static guint
count_view (TsWindow             *self,
            TsWindowExportFormat  format)
{
  guint n = 0;

  if (format == TS_WINDOW_EXPORT_CSV)
    return ts_records_view_get_count (self->records_view,
                                      ts_records_view_get_record_type (self->records_view));

  for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
    n += ts_records_view_get_count (self->records_view, type);

  return n;
}

static void
on_toast_open_clicked (AdwToast *toast,
                       TsWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "ts-uri");

  /* Through the OpenURI portal inside Flatpak. */
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
report_export (TsWindow             *self,
               const char           *path,
               TsWindowExportFormat  format,
               const char           *notice,
               const GError         *error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      toast = adw_toast_new (_("Export cancelled"));
      ts_window_add_toast (self, toast);
      return;
    }

  if (error != NULL)
    {
      GtkWidget *dialog;
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("“%s” Was Not Exported"), name);

      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_widget_set_name (dialog, "export-error");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (format == TS_WINDOW_EXPORT_BRIEFING && notice != NULL)
    {
      g_autofree char *escaped_notice = g_markup_escape_text (notice, -1);

      /* Translators: a toast; %s is a file name, then a sentence on what
       * was written otherwise than asked */
      title = g_strdup_printf (_("Briefing saved as “%s”; %s"), escaped, escaped_notice);
    }
  else if (format == TS_WINDOW_EXPORT_BRIEFING)
    /* Translators: a toast; %s is a file name */
    title = g_strdup_printf (_("Briefing saved as “%s”"), escaped);
  else
    /* Translators: a toast; %s is a file name */
    title = g_strdup_printf (_("Records saved as “%s”"), escaped);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "ts-uri", g_filename_to_uri (path, NULL, NULL),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_open_clicked),
                           self, G_CONNECT_DEFAULT);
  ts_window_add_toast (self, toast);
}

static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;
  g_autoptr(TsWindow) self = g_weak_ref_get (&job->window);

  if (self != NULL && self->export_bar != NULL)
    ts_export_bar_set_fraction (self->export_bar, fraction);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  g_autoptr(TsWindow) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;

  if (job->format == TS_WINDOW_EXPORT_BRIEFING)
    {
      if (ts_briefing_write_finish (result, &error))
        notice = ts_briefing_write_dup_notice (result);
    }
  else
    ts_csv_write_finish (result, &error);
  MARK ("results taken");

  /* A window that is gone has nowhere to report to: its export was
   * cancelled, and cancelling leaves no file. */
  self = g_weak_ref_get (&job->window);
  if (self == NULL || self->export_bar == NULL)
    return;

  ts_export_bar_stop (self->export_bar);
  MARK ("bar stopped");

  report_export (self, job->path, job->format, notice, error);
  MARK ("toast");
}

static void
on_export_dialog_response (GtkNativeDialog *dialog,
                           int              response,
                           TsWindow        *self)
{
  TsWindowExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog),
                                                                    "ts-format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scope");
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        _ts_window_export_to_file (self, path,
                                   g_strcmp0 (choice, "all") == 0
                                   ? TS_WINDOW_EXPORT_ALL : TS_WINDOW_EXPORT_VIEW,
                                   format);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
  MARK ("dialog closed");
}

void
_ts_window_export_show_dialog (TsWindow             *self,
                               TsWindowExportFormat  format)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *view_label = NULL;
  g_autofree char *name = NULL;
  const char *scope_ids[3] = { NULL, NULL, NULL };
  const char *scope_labels[3] = { NULL, NULL, NULL };
  /* A search or filter is what the user wants to brief on; without one the
   * view is everything anyway. */
  gboolean view_first = !ts_query_is_empty (self->query);
  guint n_view;

  g_return_if_fail (TS_IS_WINDOW (self));

  if (self->file_chooser != NULL || self->dataset == NULL
      || ts_export_bar_get_running (self->export_bar))
    return;

  n_view = count_view (self, format);
  if (format == TS_WINDOW_EXPORT_BRIEFING)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

      chooser = gtk_file_chooser_native_new (_("Export Briefing"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      /* Translators: the default file name of a briefing; %s is today's
       * date, 2024-05-31. ".xlsx" is added. */
      name = g_strdup_printf (_("Tianshan briefing %s"), date);
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_mime_type (filter,
                                     "application/vnd.openxmlformats-officedocument"
                                     ".spreadsheetml.sheet");
      gtk_file_filter_add_suffix (filter, "xlsx");
      view_label = g_strdup_printf (ngettext ("Current view: %u record",
                                              "Current view: %u records", n_view),
                                    n_view);
    }
  else
    {
      TsRecordType type = ts_records_view_get_record_type (self->records_view);
      const char *plural = ts_record_type_get_plural (type);
      g_autofree char *title = NULL;

      /* A CSV file holds one table: the type the sidebar shows. */
      /* Translators: the title of the save dialog; %s is a record type,
       * "Meetings" */
      title = g_strdup_printf (_("Export %s as CSV"), plural);
      chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      name = g_utf8_strdown (plural, -1);
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
      /* Translators: %s is a record type, "Meetings" */
      view_label = g_strdup_printf (ngettext ("%s in the current view: %u record",
                                              "%s in the current view: %u records", n_view),
                                    plural, n_view);
    }

  /* The default comes first: GTK 4.8's own dialog (outside Flatpak)
   * ignores gtk_file_chooser_set_choice() and opens on the first option. */
  scope_ids[view_first ? 0 : 1] = "view";
  scope_labels[view_first ? 0 : 1] = view_label;
  scope_ids[view_first ? 1 : 0] = "all";
  scope_labels[view_first ? 1 : 0] = format == TS_WINDOW_EXPORT_BRIEFING
                                     ? _("Everything") : _("All of them");

  {
    g_autofree char *file_name = g_strconcat (name, get_extension (format), NULL);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "scope", _("Records"),
                               scope_ids, scope_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "scope", scope_ids[0]);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "ts-format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_dialog_response), self);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

/* The list the Records page shows, in its order: what Export CSV… of the
 * current view writes. The records are taken as the list holds them, a
 * pointer each, and referenced once, by the snapshot. */
static TsExportData *
new_data_for_list (TsWindow *self)
{
  TsRecordType type = ts_records_view_get_record_type (self->records_view);
  TsRecordList *list = ts_records_view_get_list (self->records_view, type);
  GListModel *model = ts_record_list_get_model (list);
  g_autoptr(GPtrArray) records = model != NULL
                                 ? ts_match_list_dup_shown_records (TS_MATCH_LIST (model))
                                 : g_ptr_array_new ();
  g_autofree char *scope = NULL;
  TsMatches *matches = ts_records_view_get_matches (self->records_view);

  MARK ("list read");
  scope = ts_query_describe_full (self->query, self->dataset);
  MARK ("scope described");
  if (matches != NULL && ts_matches_get_dataset (matches) == self->dataset)
    return ts_export_data_snapshot_list (matches, records, scope);
  return ts_export_data_snapshot_records (self->dataset, records, scope);
}

/* Writes @data to @path (its format's extension added) in a worker thread,
 * with the progress bar, and reports how it went. */
static void
start_export (TsWindow             *self,
              TsExportData         *data,
              const char           *path,
              TsWindowExportFormat  format)
{
  g_autofree char *full_path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  ExportJob *job;

  job = g_new0 (ExportJob, 1);
  g_weak_ref_init (&job->window, self);
  full_path = add_extension (path, format);
  job->path = g_strdup (full_path);
  job->format = format;
  job->cancellable = g_cancellable_new ();

  name = g_filename_display_basename (full_path);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Exporting “%s”…"), name);
  ts_export_bar_start (self->export_bar, label, job->cancellable);
  MARK ("bar started");

  if (format == TS_WINDOW_EXPORT_BRIEFING)
    {
      TsBriefingOptions options = { .basemap = get_basemap () };

      ts_briefing_write_async (data, full_path, &options, job->cancellable,
                               on_export_progress, job, on_export_done, job);
    }
  else
    {
      ts_csv_write_async (data, ts_records_view_get_record_type (self->records_view), full_path,
                          job->cancellable, on_export_progress, job, on_export_done, job);
    }
  MARK ("worker started");
}

void
_ts_window_export_to_file (TsWindow             *self,
                           const char           *path,
                           TsWindowExportScope   scope,
                           TsWindowExportFormat  format)
{
  g_autoptr(TsExportData) data = NULL;

  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (self->dataset == NULL || ts_export_bar_get_running (self->export_bar))
    return;

  /* Taken now, in the main thread: edits made while the file is written
   * do not reach it. A CSV file of the view is the list on screen, sorted
   * as it is. Only references are taken here: the sorting and the linked
   * context are made in the worker thread, which prepares the data before
   * it writes. */
  if (format == TS_WINDOW_EXPORT_CSV && scope == TS_WINDOW_EXPORT_VIEW)
    data = new_data_for_list (self);
  else if (scope == TS_WINDOW_EXPORT_VIEW)
    {
      TsMatches *matches = ts_records_view_get_matches (self->records_view);

      /* The view's matches, as the window found them: not searched again. */
      if (matches != NULL && ts_matches_get_query (matches) == self->query
          && ts_matches_get_dataset (matches) == self->dataset)
        data = ts_export_data_snapshot_matches (matches);
      else
        data = ts_export_data_snapshot (self->dataset, self->query);
    }
  else
    {
      TsMatches *matches = ts_records_view_get_matches (self->records_view);

      if (matches != NULL && ts_matches_get_dataset (matches) == self->dataset)
        data = ts_export_data_snapshot_everything (matches);
      else
        data = ts_export_data_snapshot (self->dataset, NULL);
    }
  MARK ("snapshot");

  start_export (self, data, path, format);
}

void
_ts_window_export_dossier_to_file (TsWindow   *self,
                                   const char *path,
                                   const char *id,
                                   guint       hops)
{
  g_autoptr(TsExportData) data = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TS_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (id != NULL);

  if (self->dataset == NULL || ts_export_bar_get_running (self->export_bar))
    return;

  /* The whole neighbourhood, whatever the search: a dossier is of the
   * record. */
  data = ts_export_data_new_around (self->dataset, NULL, id, hops, &error);
  if (data == NULL)
    {
      g_autofree char *full_path = add_extension (path, TS_WINDOW_EXPORT_BRIEFING);

      /* The record was removed since the dialog opened. */
      report_export (self, full_path, TS_WINDOW_EXPORT_BRIEFING, NULL, error);
      return;
    }

  start_export (self, data, path, TS_WINDOW_EXPORT_BRIEFING);
}

static void
on_dossier_dialog_response (GtkNativeDialog *dialog,
                            int              response,
                            TsWindow        *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "ts-id");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "hops");
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        _ts_window_export_dossier_to_file (self, path, id, g_strcmp0 (choice, "2") == 0 ? 2 : 1);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
}

void
_ts_window_export_show_dossier_dialog (TsWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  const char *hops_ids[] = { "1", "2", NULL };
  const char *hops_labels[3] = { NULL, NULL, NULL };
  TsRecord *record;

  g_return_if_fail (TS_IS_WINDOW (self));

  record = ts_records_view_get_record (self->records_view);
  if (self->file_chooser != NULL || self->dataset == NULL || record == NULL
      || ts_export_bar_get_running (self->export_bar))
    return;

  chooser = gtk_file_chooser_native_new (_("Export Dossier"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  /* Translators: the default file name of a dossier; %s is the record's
   * name. ".xlsx" is added. */
  name = g_strdup_printf (_("Dossier %s"), ts_record_get_display_name (record));
  /* No folder in a file name. */
  g_strdelimit (name, "/\\", '-');
  file_name = g_strconcat (name, ".xlsx", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter,
                                 "application/vnd.openxmlformats-officedocument"
                                 ".spreadsheetml.sheet");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: how far a dossier reaches from its record */
  hops_labels[0] = _("The records linked to it");
  hops_labels[1] = _("And the records linked to those");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "hops", _("Records"),
                               hops_ids, hops_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "hops", "1");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "ts-id", g_strdup (ts_record_get_id (record)),
                          g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_dossier_dialog_response), self);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}
