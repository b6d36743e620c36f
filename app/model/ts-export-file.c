/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-export-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ts-error.h"
#include "ts-export-file.h"

struct _TsExportFile
{
  char     *path;       /* as given, for messages */
  char     *target;     /* what is replaced: @path, or the file it links to */
  char     *dir;
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
  ts_export_set_file_error_full (error, TS_FILE_ERROR, code, path, reason);
}

void
ts_export_set_file_error_full (GError     **error,
                               GQuark       domain,
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
  g_set_error (error, domain, code, _("Could not write “%s”: %s. No file was written."),
               display, why);
}

/* Whether @path (which exists, as @st says) is read-only for us. access(2)
 * answers for a user, but root may write anything: the mode bits are what
 * the user set, and a file or folder that nobody may write is read-only
 * for root too. */
static gboolean
is_read_only (const char        *path,
              const struct stat *st)
{
  if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return TRUE;

  if (g_access (path, W_OK) == 0)
    return FALSE;
  /* EROFS: a read-only file system; EPERM: an immutable file. */
  return errno == EACCES || errno == EPERM || errno == EROFS;
}

/* The policy every export follows, checked before anything is created: a
 * read-only target or folder is refused, never replaced. A folder that
 * does not exist is left for mkstemp() to report. */
static gboolean
check_writable (const char  *path,
                const char  *target_path,
                const char  *dir,
                struct stat *target,
                gboolean    *target_exists,
                GError     **error)
{
  struct stat st;

  *target_exists = FALSE;

  if (g_stat (dir, &st) == 0 && S_ISDIR (st.st_mode) && is_read_only (dir, &st))
    {
      g_autofree char *display = g_filename_display_name (dir);
      /* TRANSLATORS: the reason a file could not be written; %s is a
       * folder */
      g_autofree char *reason = g_strdup_printf (_("cannot write in the folder “%s”, which is "
                                                   "read-only; choose another folder"),
                                                 display);

      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, reason);
      return FALSE;
    }

  if (g_stat (target_path, target) != 0)
    return TRUE;
  *target_exists = TRUE;

  if (S_ISDIR (target->st_mode))
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, _("it is a folder"));
      return FALSE;
    }
  if (is_read_only (target_path, target))
    {
      /* TRANSLATORS: the reason a file could not be written */
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path,
                                _("the file is read-only; choose another name or make it "
                                  "writable"));
      return FALSE;
    }

  return TRUE;
}

TsExportFile *
ts_export_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(TsExportFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  struct stat target;
  gboolean target_exists;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (TsExportFile, 1);
  self->path = g_strdup (path);
  /* A symbolic link stays one: the file it points to is replaced, beside
   * itself, as GIO does. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      char *resolved = realpath (path, NULL);

      self->target = g_strdup (resolved != NULL ? resolved : path);
      free (resolved);
    }
  else
    self->target = g_strdup (path);

  dir = g_path_get_dirname (self->target);
  if (!check_writable (path, self->target, dir, &target, &target_exists, error))
    return NULL;

  self->dir = g_strdup (dir);
  base = g_path_get_basename (self->target);
  name = g_strdup_printf (".%s.XXXXXX", base);
  self->temp_path = g_build_filename (dir, name, NULL);

  /* 0666 lets the umask decide, as for any new file. */
  fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, g_strerror (saved_errno));
      return NULL;
    }

  /* A replaced file keeps its permissions (the temporary file is the
   * user's own: only the permission bits are copied). */
  if (target_exists && fchmod (fd, target.st_mode & 0777) != 0)
    {
      int saved_errno = errno;

      close (fd);
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, g_strerror (saved_errno));
      return NULL;
    }

  /* And its owner and group where we may give them (root may; a user may
   * give a group of theirs): otherwise the file becomes the user's, as a
   * file replaced by any program that renames does. */
  if (target_exists && fchown (fd, target.st_uid, target.st_gid) != 0
      && fchown (fd, (uid_t) -1, target.st_gid) != 0)
    g_debug ("“%s” will not keep its owner: %s", path, g_strerror (errno));

  self->stream = fdopen (fd, "wb");
  if (self->stream == NULL)
    {
      int saved_errno = errno;

      close (fd);
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, path, g_strerror (saved_errno));
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

gboolean
ts_export_file_write (TsExportFile  *self,
                      const void    *data,
                      gsize          size,
                      GError       **error)
{
  g_return_val_if_fail (self->stream != NULL, FALSE);

  errno = 0;
  if (size > 0 && fwrite (data, 1, size, self->stream) != size)
    {
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, self->path,
                                g_strerror (errno != 0 ? errno : EIO));
      return FALSE;
    }

  return TRUE;
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

  if (ok && g_rename (self->temp_path, self->target) != 0)
    {
      saved_errno = errno;
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (self->temp_path);
      ts_export_set_file_error (error, TS_FILE_ERROR_IO, self->path, g_strerror (saved_errno));
      return FALSE;
    }

  self->committed = TRUE;

  /* The rename itself reaches the disk with the folder. The file is in
   * place whatever this says: a folder that cannot be flushed (some file
   * systems refuse fsync on folders) is not a failed export. */
  if (!sync_path (self->dir, &saved_errno))
    g_debug ("Could not flush the folder “%s”: %s", self->dir, g_strerror (saved_errno));

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
  g_free (self->dir);
  g_free (self->target);
  g_free (self->path);
  g_free (self);
}
