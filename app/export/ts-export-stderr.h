/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* libxlsxwriter prints its own errors on stderr ("[ERROR] workbook_close():
 * Zip ZIP_ERRNO error…") before it returns them to Tianshan, which reports
 * them in its own words. Between these two calls, what the library prints
 * on stderr from the calling thread is kept instead of printed; other
 * threads, and the process's file descriptors, are not affected. Not
 * nested. */
void   ts_export_stderr_capture_begin (void);
/* Returns what was kept (NULL if nothing) and stops keeping it. */
char  *ts_export_stderr_capture_end   (void);

G_END_DECLS
