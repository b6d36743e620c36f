/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-export-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ts-error.h"
#include "ts-export-file.h"

struct _TsExportFile
{
  char     *path;
  char     *temp_path;
  FILE     *stream;
  gboolean  committed;
};

static gboolean
sync_path (const char *path,
           int        *saved_errno)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      *saved_errno = errno;
      if (fd >= 0)
        close (fd);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  return TRUE;
}

void
ts_export_set_file_error (GError     **error,
                          int          code,
                          const char  *path,
                          const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *why = g_strdup (reason);

  /* libxlsxwriter's messages end with a full stop; ours add one. */
  g_strchomp (why);
  if (g_str_has_suffix (why, "."))
    why[strlen (why) - 1] = '\0';

  /* TRANSLATORS: the first %s is a file name, the second says why. */
  g_set_error (error, TS_ERROR, code, _("Could not write “%s”: %s. No file was written."),
               display, why);
}

TsExportFile *
ts_export_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(TsExportFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      ts_export_set_file_error (error, TS_ERROR_IO, path, _("it is a folder"));
      return NULL;
    }

  self = g_new0 (TsExportFile, 1);
  self->path = g_strdup (path);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name = g_strdup_printf (".%s.XXXXXX", base);
  self->temp_path = g_build_filename (dir, name, NULL);

  /* 0666 lets the umask decide, as for any new file. */
  fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      ts_export_set_file_error (error, TS_ERROR_IO, path, g_strerror (saved_errno));
      return NULL;
    }

  self->stream = fdopen (fd, "wb");
  if (self->stream == NULL)
    {
      int saved_errno = errno;

      close (fd);
      ts_export_set_file_error (error, TS_ERROR_IO, path, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
ts_export_file_get_path (TsExportFile *self)
{
  return self->path;
}

const char *
ts_export_file_get_temp_path (TsExportFile *self)
{
  return self->temp_path;
}

FILE *
ts_export_file_get_stream (TsExportFile *self)
{
  return self->stream;
}

void
ts_export_file_close_stream (TsExportFile *self)
{
  g_clear_pointer (&self->stream, fclose);
}

gboolean
ts_export_file_commit (TsExportFile  *self,
                       GError       **error)
{
  int saved_errno = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (!self->committed, FALSE);

  if (self->stream != NULL)
    {
      FILE *stream = g_steal_pointer (&self->stream);

      if (fflush (stream) != 0 || ferror (stream) || fsync (fileno (stream)) != 0)
        {
          saved_errno = errno != 0 ? errno : EIO;
          ok = FALSE;
        }
      if (fclose (stream) != 0 && ok)
        {
          saved_errno = errno;
          ok = FALSE;
        }
    }
  else
    ok = sync_path (self->temp_path, &saved_errno);

  if (ok && g_rename (self->temp_path, self->path) != 0)
    {
      saved_errno = errno;
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (self->temp_path);
      ts_export_set_file_error (error, TS_ERROR_IO, self->path, g_strerror (saved_errno));
      return FALSE;
    }

  self->committed = TRUE;
  return TRUE;
}

void
ts_export_file_free (TsExportFile *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->stream, fclose);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
