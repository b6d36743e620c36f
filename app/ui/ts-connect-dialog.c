/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-connect-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-accessible.h"
#include "ts-connect-dialog.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-secret.h"
#include "ts-window.h"

struct _TsConnectDialog
{
  AdwWindow parent_instance;

  TsApplication *application;
  /* The connection under way; cancelled when the dialog closes. */
  GCancellable *cancellable;

  /* Template widgets */
  GtkButton *connect_button;
  GtkButton *cancel_button;
  GtkSpinner *spinner;
  AdwEntryRow *location_row;
  AdwPasswordEntryRow *password_row;
  GtkSwitch *remember_switch;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (TsConnectDialog, ts_connect_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs, copied from the dialog. */
typedef struct
{
  char *location;
  char *password;   /* NULL: none typed */
  gboolean remember;
  /* Set by the worker: the password was typed, worked, and could not be
   * remembered (or forgotten). */
  char *secret_message;
} ConnectData;

static void
wipe (char *secret)
{
  if (secret != NULL)
    explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

static void
connect_data_free (ConnectData *data)
{
  g_free (data->location);
  wipe (data->password);
  g_free (data->secret_message);
  g_free (data);
}

static void
set_busy (TsConnectDialog *self,
          gboolean         busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  /* The fields stay as they are (and keep the focus): the connection
   * under way works on a copy of them. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->connect_button), !busy);
}

static void
show_message (TsConnectDialog *self,
              const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The worker thread: the password typed, or else the one the Secret
 * Service keeps for the location (libpq's .pgpass and service file are
 * read by libpq itself), given to libpq apart from the location. */
static void
connect_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ConnectData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) secret_error = NULL;
  char *kept = NULL;
  TsStore *store;

  if (data->password == NULL)
    {
      kept = ts_store_secret_lookup (data->location, cancellable, &secret_error);
      if (secret_error != NULL)
        g_debug ("No password from the Secret Service: %s", secret_error->message);
      g_clear_error (&secret_error);
    }

  store = ts_store_open_with_password (data->location,
                                       data->password != NULL ? data->password : kept, &error);
  ts_store_secret_free (kept);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->password != NULL)
    {
      gboolean done = data->remember
                      ? ts_store_secret_store (data->location, data->password, cancellable,
                                               &secret_error)
                      : ts_store_secret_clear (data->location, cancellable, &secret_error);

      if (!done && data->remember)
        data->secret_message = g_strdup_printf (_("The password was not remembered: %s"),
                                                secret_error->message);
      else if (!done)
        g_debug ("No password forgotten: %s", secret_error->message);
    }

  g_task_return_pointer (task, store, g_object_unref);
}

static void
on_connected (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TsConnectDialog *self = TS_CONNECT_DIALOG (source);
  ConnectData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(TsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret_message = g_steal_pointer (&data->secret_message);
  gboolean cancelled = g_cancellable_is_cancelled (self->cancellable);

  store = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_object (&self->cancellable);
  if (cancelled)
    return;

  set_busy (self, FALSE);
  /* An editor may have been changed while the server answered. */
  if (store != NULL && !ts_application_can_switch_store (self->application, &error))
    g_clear_object (&store);
  if (store == NULL)
    {
      show_message (self, error->message);
      if (g_error_matches (error, TS_STORE_ERROR, TS_STORE_ERROR_NEEDS_PASSWORD))
        gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  ts_application_set_store (self->application, store);
  if (secret_message != NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      if (parent != NULL && TS_IS_WINDOW (parent))
        ts_window_add_toast (TS_WINDOW (parent), adw_toast_new (secret_message));
      else
        g_warning ("%s", secret_message);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_connect_clicked (TsConnectDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  const char *password;
  ConnectData *data;

  if (self->cancellable != NULL)
    return;

  location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));
  if (location[0] == '\0')
    {
      show_message (self, _("Type the server’s location: a postgresql:// address or "
                            "service=NAME."));
      gtk_widget_grab_focus (GTK_WIDGET (self->location_row));
      return;
    }
  if (!ts_db_location_is_postgresql (location))
    {
      g_autofree char *message = g_strdup_printf (
        _("“%s” is not a team database: type a postgresql:// address or key=value pairs "
          "such as service=tianshan (a file is opened with Open Local Database…)."), location);

      show_message (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->location_row));
      return;
    }
  if (!ts_application_can_switch_store (self->application, &error))
    {
      show_message (self, error->message);
      return;
    }

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  data = g_new0 (ConnectData, 1);
  data->location = g_steal_pointer (&location);
  data->password = password[0] != '\0' ? g_strdup (password) : NULL;
  data->remember = gtk_switch_get_active (self->remember_switch);

  show_message (self, NULL);
  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_connected, NULL);
  g_task_set_source_tag (task, on_connect_clicked);
  g_task_set_task_data (task, data, (GDestroyNotify) connect_data_free);
  g_task_run_in_thread (task, connect_in_thread);
}

static gboolean
ts_connect_dialog_close_request (GtkWindow *window)
{
  TsConnectDialog *self = TS_CONNECT_DIALOG (window);

  /* The connection goes on in its thread; its store is dropped. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (ts_connect_dialog_parent_class)->close_request (window);
}

static void
ts_connect_dialog_dispose (GObject *object)
{
  TsConnectDialog *self = TS_CONNECT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_CONNECT_DIALOG);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (ts_connect_dialog_parent_class)->dispose (object);
}

static void
ts_connect_dialog_class_init (TsConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ts_connect_dialog_dispose;
  window_class->close_request = ts_connect_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, connect_button);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, TsConnectDialog, error_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ts_connect_dialog_init (TsConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* What libadwaita 1.2 leaves nameless, or out of the tree. */
  ts_accessible_name_rows (GTK_WIDGET (self));
  ts_accessible_label_descendants (GTK_WIDGET (self), GTK_TYPE_LIST_BOX, TRUE,
                                   _("Team Database"));
  /* The password row's buttons, read by their icon's class ("GtkImage"):
   * the apply button (hidden here) and, first, the eye. */
  ts_accessible_label_descendants (GTK_WIDGET (self->password_row), GTK_TYPE_BUTTON, FALSE,
                                   _("Apply"));
  ts_accessible_label_descendants (GTK_WIDGET (self->password_row), GTK_TYPE_BUTTON, TRUE,
                                   _("Show Password"));

  g_signal_connect_swapped (self->connect_button, "clicked",
                            G_CALLBACK (on_connect_clicked), self);
  /* Enter in either entry connects. */
  g_signal_connect_swapped (self->location_row, "entry-activated",
                            G_CALLBACK (on_connect_clicked), self);
  g_signal_connect_swapped (self->password_row, "entry-activated",
                            G_CALLBACK (on_connect_clicked), self);
  adw_entry_row_set_activates_default (self->location_row, FALSE);
}

TsConnectDialog *
ts_connect_dialog_new (TsApplication *application,
                       const char    *location)
{
  TsConnectDialog *self;

  g_return_val_if_fail (TS_IS_APPLICATION (application), NULL);

  self = g_object_new (TS_TYPE_CONNECT_DIALOG,
                       "application", application,
                       NULL);
  self->application = g_object_ref (application);
  if (location != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->location_row), location);
  return self;
}

void
ts_connect_dialog_show_error (TsConnectDialog *self,
                              const GError    *error)
{
  g_return_if_fail (TS_IS_CONNECT_DIALOG (self));
  g_return_if_fail (error != NULL);

  show_message (self, error->message);
  if (g_error_matches (error, TS_STORE_ERROR, TS_STORE_ERROR_NEEDS_PASSWORD))
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

gboolean
ts_connect_dialog_get_busy (TsConnectDialog *self)
{
  g_return_val_if_fail (TS_IS_CONNECT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}
