/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Creating a new database atomically: made whole in a temporary file,
 * which takes the database's name only if the name is still free. */
#define G_LOG_DOMAIN "ts-store"
/* renameat2 () and RENAME_NOREPLACE (glibc 2.28) */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "ts-error.h"
#include "ts-store.h"
#include "ts-store-private.h"

/* Removes the files of a database this open made under a temporary name:
 * no other process knows that name. */
static void
remove_temporary_files (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        g_warning ("Could not remove “%s”: %s", file, g_strerror (errno));
    }
}

/* Gives the complete file at @temporary the name @path, unless @path exists:
 * a database another process created meanwhile is never replaced. Sets
 * @placed to whether this file became the database. */
static gboolean
place_database (const char  *temporary,
                const char  *path,
                gboolean    *placed,
                GError     **error)
{
  int saved_errno;

  *placed = FALSE;

  /* link() fails if @path exists; not every file system has hard links. */
  if (link (temporary, path) == 0)
    {
      *placed = TRUE;
      return TRUE;
    }
  if (errno == EEXIST)
    return TRUE;

#ifdef RENAME_NOREPLACE
  if (renameat2 (AT_FDCWD, temporary, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
    {
      *placed = TRUE;
      return TRUE;
    }
  if (errno == EEXIST)
    return TRUE;
#endif

  saved_errno = errno;
  g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
               _("Could not create “%s”: %s (the folder’s file system must allow "
                 "Tianshan to give a new file its name only if the name is free)"),
               path, g_strerror (saved_errno));
  return FALSE;
}

/* Makes sure a new name in @folder survives a crash, as SQLite does for
 * its own files. */
static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync the folder “%s”: %s", folder, g_strerror (errno));
  close (fd);
}

/* Makes the whole database in the new, empty file @temporary, which no
 * other process knows, and closes it. */
static gboolean
fill_new_database (TsStore     *self,
                   const char  *temporary,
                   GBytes      *seed,
                   GError     **error)
{
  g_autofree char *wal = g_strconcat (temporary, "-wal", NULL);
  GStatBuf buf;
  sqlite3 *handle = NULL;
  int rc;

  /* SQLite takes an empty file for an empty database. */
  rc = sqlite3_open_v2 (temporary, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (handle != NULL)
    self->db = ts_db_new_sqlite (handle);
  if (rc != SQLITE_OK)
    {
      if (self->db != NULL)
        return _ts_store_set_open_error (self, error);
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not open “%s”: out of memory"), self->path);
      return FALSE;
    }

  if (!_ts_store_exec_sql (self, "PRAGMA foreign_keys = ON;", error)
      || !_ts_store_begin (self, error))
    return FALSE;

  if (!_ts_store_migrate (self, 0, error)
      || (seed != NULL && !_ts_store_import_seed (self, seed, error))
      || !_ts_store_commit (self, error))
    {
      _ts_store_rollback (self);
      return FALSE;
    }

  /* WAL is a mode of the file: set here, where no other process can hold
   * the file, since switching needs it to itself. Closing checkpoints and
   * removes the -wal and -shm files: the file is the whole database. */
  if (!_ts_store_set_wal_mode (self, error))
    return FALSE;
  _ts_store_close_database (self);

  if (g_stat (wal, &buf) == 0 && buf.st_size > 0)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not create “%s”: the new database could not be completed"),
                   self->path);
      return FALSE;
    }

  return TRUE;
}

/* The first run, made atomic against another process opening the same new
 * path: the schema and the seed are written to a temporary file beside
 * @path, which takes the name once complete if nobody took it first. Sets
 * @placed to whether it did; if not, the other process's database is the
 * one to open, and this one is gone. Nothing at @path is ever removed or
 * replaced. */
gboolean
_ts_store_create_database (TsStore  *self,
                           GBytes   *seed,
                           gboolean *placed,
                           GError  **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *temporary = g_strdup_printf ("%s%c.%s.new-XXXXXX", folder,
                                                G_DIR_SEPARATOR, name);
  gboolean ok;
  int fd;

  *placed = FALSE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_mkstemp (temporary);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO, _("Could not create “%s”: %s"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  ok = fill_new_database (self, temporary, seed, error)
       && place_database (temporary, self->path, placed, error);

  _ts_store_close_database (self);
  remove_temporary_files (temporary);
  if (*placed)
    sync_folder (folder);
  return ok;
}
