/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Keeping libxlsxwriter's own messages off the terminal.
 *
 * The library prints an error on stderr with fprintf() before it returns
 * it, and for the input Tianshan gives it (checked before each call, see
 * ts-briefing.c) the only errors left are those of workbook_close(): the
 * disk is full, the temporary files cannot be made. Tianshan reports them
 * itself ("Could not write “…”: No space left on device. No file was
 * written."), so the library's lines are noise before that message.
 *
 * The ways to silence a library that writes to stderr are all process-wide
 * but this one: redirecting file descriptor 2 (dup2) or replacing the
 * `stderr` stream would swallow what the other threads print meanwhile —
 * the window exports in a worker thread while the main thread runs — and
 * give the redirection to any child process started meanwhile; forking a
 * child to close the workbook is unsafe in a threaded GTK program. So
 * Tianshan defines fprintf() and __fprintf_chk() (what fprintf() compiles
 * to with _FORTIFY_SOURCE, as in Debian's libxlsxwriter) itself: the
 * dynamic linker binds the library's calls to the program's definitions
 * before the C library's (ELF symbol interposition). Both forward to the C
 * library's vfprintf() unchanged, except on a thread that is inside
 * ts_export_stderr_capture_begin()/end(), and there only for stderr: that
 * text is kept in a thread-local buffer. Nothing is shared between
 * threads, no file descriptor changes, and a library built some other way
 * at worst prints its lines again. */

/* This file defines fprintf(): the fortified inline wrappers must not be
 * there. */
#undef _FORTIFY_SOURCE

#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "ts-export-stderr.h"

static _Thread_local GString *kept;

void
ts_export_stderr_capture_begin (void)
{
  g_return_if_fail (kept == NULL);

  kept = g_string_new (NULL);
}

char *
ts_export_stderr_capture_end (void)
{
  GString *text = g_steal_pointer (&kept);

  g_return_val_if_fail (text != NULL, NULL);

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static int
keep_or_print (FILE       *stream,
               int         flag,
               gboolean    checked,
               const char *format,
               va_list     args) G_GNUC_PRINTF (4, 0);

/* The C library's checked vfprintf(), which __fprintf_chk() calls. */
extern int __vfprintf_chk (FILE       *stream,
                           int         flag,
                           const char *format,
                           va_list     args) G_GNUC_PRINTF (3, 0);

static int
keep_or_print (FILE       *stream,
               int         flag,
               gboolean    checked,
               const char *format,
               va_list     args)
{
  if (kept != NULL && stream == stderr)
    {
      gsize before = kept->len;

      g_string_append_vprintf (kept, format, args);
      return (int) MIN (kept->len - before, (gsize) G_MAXINT);
    }

  return checked ? __vfprintf_chk (stream, flag, format, args) : vfprintf (stream, format, args);
}

int
fprintf (FILE       *stream,
         const char *format,
         ...)
{
  va_list args;
  int result;

  va_start (args, format);
  result = keep_or_print (stream, 0, FALSE, format, args);
  va_end (args);

  return result;
}

extern int __fprintf_chk (FILE       *stream,
                          int         flag,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);

int
__fprintf_chk (FILE       *stream,
               int         flag,
               const char *format,
               ...)
{
  va_list args;
  int result;

  va_start (args, format);
  result = keep_or_print (stream, flag, TRUE, format, args);
  va_end (args);

  return result;
}
