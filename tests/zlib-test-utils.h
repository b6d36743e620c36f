/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Inflating a zlib stream in the tests, with every check zlib makes. */

#include <glib.h>
#include <zlib.h>

/* @length bytes of a zlib stream (header, deflate data, Adler-32)
 * inflated whole: fails unless the stream ends, with its checksum right,
 * after exactly @expected bytes, and nothing follows it. @what names the
 * stream in the failure. Returns the bytes (room for one more). */
static inline guint8 *
zlib_test_inflate (const guint8 *data,
                   gsize         length,
                   gsize         expected,
                   const char   *what)
{
  guint8 *inflated = g_malloc (expected + 1);
  z_stream z = { 0 };
  int status;

  g_assert_cmpint (inflateInit (&z), ==, Z_OK);
  z.next_in = (guint8 *) data;
  z.avail_in = length;
  z.next_out = inflated;
  z.avail_out = expected + 1;
  status = inflate (&z, Z_FINISH);
  if (status != Z_STREAM_END)
    g_error ("%s: inflate () says %d (%s)", what, status, z.msg != NULL ? z.msg : "");
  g_assert_cmpuint (z.total_out, ==, expected);
  g_assert_cmpuint (z.avail_in, ==, 0);
  inflateEnd (&z);

  return inflated;
}
