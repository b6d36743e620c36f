/* SPDX-License-Identifier: GPL-3.0-or-later */

/* libFuzzer target for the PNG rows' deflate encoder (ts-deflate.h):
 * built with the import's target (meson -Dfuzzing=true, with clang), run
 * with `_build-fuzz/tests/fuzz/fuzz-deflate`. The input's first byte
 * says how the rest is cut: into how many parts (each deflated by its own
 * encoder and joined, as the PNG writer's threads do) and into writes of
 * what length; zlib must inflate the stream, with its checks, back to
 * exactly the rest. Anything else aborts, which libFuzzer reports with
 * the input that did it. */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ts-deflate.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

G_GNUC_NORETURN static void
fail (const char *what,
      const char *message)
{
  g_printerr ("fuzz-deflate: %s: %s\n", what, message != NULL ? message : "");
  abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  g_autofree guint8 *inflated = NULL;
  guint n_parts, piece;
  gsize length;
  z_stream z = { 0 };
  int status;

  if (size < 1)
    return 0;
  n_parts = 1 + (data[0] & 3);
  piece = data[0] >> 2 == 0 ? G_MAXUINT : data[0] >> 2;
  data++;
  length = size - 1;

  /* Raw deflate data: the parts in turn, the last ending the stream. */
  for (guint p = 0; p < n_parts; p++)
    {
      g_autoptr(TsDeflate) deflate = ts_deflate_new (stream);
      gsize first = length * p / n_parts, end = length * (p + 1) / n_parts;

      for (gsize offset = first; offset < end; offset += MIN (piece, end - offset))
        ts_deflate_write (deflate, data + offset, MIN (piece, end - offset));
      ts_deflate_finish (deflate, p == n_parts - 1);
    }

  inflated = g_malloc (length + 1);
  if (inflateInit2 (&z, -15) != Z_OK)
    fail ("inflateInit2 ()", NULL);
  z.next_in = stream->data;
  z.avail_in = stream->len;
  z.next_out = inflated;
  z.avail_out = length + 1;
  status = inflate (&z, Z_FINISH);
  if (status != Z_STREAM_END)
    fail ("inflate () did not reach the end", z.msg);
  if (z.avail_in != 0)
    fail ("bytes after the end", NULL);
  if (z.total_out != length || (length > 0 && memcmp (inflated, data, length) != 0))
    fail ("inflated bytes differ from the input", NULL);
  inflateEnd (&z);

  return 0;
}
