/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* g_string_append_len() and g_string_append() without a call when @string
 * has room, as it has after the first rows of an export that appends
 * millions of small pieces (GLib 2.74's are functions, 80 instructions a
 * piece). */
static inline void
ts_string_append_len (GString    *string,
                      const char *text,
                      gsize       length)
{
  if (G_UNLIKELY (string->len + length >= string->allocated_len))
    {
      g_string_append_len (string, text, length);
      return;
    }
  memcpy (string->str + string->len, text, length);
  string->len += length;
  string->str[string->len] = '\0';
}

static inline void
ts_string_append (GString    *string,
                  const char *text)
{
  ts_string_append_len (string, text, strlen (text));
}

G_END_DECLS
