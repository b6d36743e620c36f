/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A deflate (RFC 1951) encoder for a PNG's filtered rows, several times
 * faster than zlib's fastest level on a map's rows for output about as
 * small: it looks for repeats of the byte before (runs: flat colour
 * filtered by "Sub" is long runs of zeros) and of the three bytes before
 * (the previous pixel's differences again), nothing further back, and
 * codes each block of tokens with Huffman codes built from that block's
 * own counts.
 *
 * The data written is appended to @out as raw deflate data (no zlib
 * header, no checksum). ts_deflate_finish() ends it either with the
 * final block, or, for a part that others follow, on a byte boundary
 * with an empty stored block as zlib's Z_SYNC_FLUSH does, so that parts
 * deflated apart (by several threads) can be joined one after the other
 * into one stream. A part never refers to the bytes of the parts before
 * it. */
typedef struct _TsDeflate TsDeflate;

TsDeflate *ts_deflate_new    (GByteArray   *out);
/* Adds @length bytes. Repeats are found within a call's bytes and the
 * three bytes before them: write whole rows rather than byte by byte. */
void       ts_deflate_write  (TsDeflate    *deflate,
                              const guint8 *data,
                              gsize         length);
/* Ends the data: with the final block if @last, else on a byte boundary
 * (a sync flush). Nothing can be written after. */
void       ts_deflate_finish (TsDeflate    *deflate,
                              gboolean      last);
void       ts_deflate_free   (TsDeflate    *deflate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsDeflate, ts_deflate_free)

G_END_DECLS
