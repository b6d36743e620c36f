/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tianshan's deflate encoder (ts-deflate.h), which deflates a PNG's rows:
 * whatever it is given, in whatever pieces, zlib inflates what it wrote
 * back to exactly those bytes, with every check zlib makes (each code
 * complete, each distance within what came before, nothing after the
 * end); parts ended by a sync flush join into one stream; and map rows
 * come out about as small as zlib's fastest level makes them. */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "ts-deflate.h"
#include "zlib-test-utils.h"

/* One part of a stream: its bytes, written in pieces of the lengths in
 * @pieces (repeated; the whole at once if NULL). */
typedef struct
{
  const guint8 *data;
  gsize         length;
  const gsize  *pieces;
  guint         n_pieces;
} TestPart;

/* The parts deflated one after the other, each by its own encoder, the
 * last one ending the stream, wrapped in zlib's header and Adler-32. */
static GByteArray *
deflate_parts (const TestPart *parts,
               guint           n_parts)
{
  static const guint8 zlib_header[2] = { 0x78, 0x01 };
  GByteArray *stream = g_byte_array_new ();
  uLong adler = adler32 (0, NULL, 0);
  guint8 trailer[4];

  g_byte_array_append (stream, zlib_header, 2);
  for (guint p = 0; p < n_parts; p++)
    {
      g_autoptr(TsDeflate) deflate = ts_deflate_new (stream);
      gsize offset = 0;

      for (guint i = 0; offset < parts[p].length; i++)
        {
          gsize piece = parts[p].pieces != NULL ? parts[p].pieces[i % parts[p].n_pieces]
                                                : parts[p].length;

          piece = MIN (piece, parts[p].length - offset);
          ts_deflate_write (deflate, parts[p].data + offset, piece);
          offset += piece;
        }
      ts_deflate_finish (deflate, p == n_parts - 1);
      adler = adler32 (adler, parts[p].data, parts[p].length);
    }
  trailer[0] = adler >> 24, trailer[1] = (adler >> 16) & 0xff;
  trailer[2] = (adler >> 8) & 0xff, trailer[3] = adler & 0xff;
  g_byte_array_append (stream, trailer, 4);

  return stream;
}

/* zlib inflates @stream, with its checks, to the parts' bytes one after
 * the other, and nothing is left over. */
static void
assert_inflates_to_parts (GByteArray     *stream,
                          const TestPart *parts,
                          guint           n_parts)
{
  gsize total = 0, offset = 0;
  g_autofree guint8 *inflated = NULL;

  for (guint p = 0; p < n_parts; p++)
    total += parts[p].length;
  inflated = zlib_test_inflate (stream->data, stream->len, total, "the parts joined");
  for (guint p = 0; p < n_parts; p++)
    {
      if (parts[p].length > 0)
        g_assert_true (memcmp (inflated + offset, parts[p].data, parts[p].length) == 0);
      offset += parts[p].length;
    }
}

/* Deflated whole, the bytes inflate back; returns the deflated size. */
static gsize
assert_round_trip (const guint8 *data,
                   gsize         length)
{
  TestPart part = { data, length, NULL, 0 };
  g_autoptr(GByteArray) stream = deflate_parts (&part, 1);

  assert_inflates_to_parts (stream, &part, 1);
  return stream->len;
}

static void
test_empty (void)
{
  TestPart parts[3] = { { (const guint8 *) "", 0, NULL, 0 }, { (const guint8 *) "a", 1, NULL, 0 },
                        { (const guint8 *) "", 0, NULL, 0 } };

  assert_round_trip ((const guint8 *) "", 0);
  assert_round_trip ((const guint8 *) "x", 1);
  /* Empty parts and one of one byte, joined. */
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(GByteArray) stream = deflate_parts (parts, n);

      assert_inflates_to_parts (stream, parts, n);
    }
}

/* Random bytes: almost only literals, in many blocks. */
static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  gsize length = 1000 * 1000;
  g_autofree guint8 *data = g_malloc (length);
  gsize size;

  for (gsize i = 0; i < length; i++)
    data[i] = g_rand_int (rand);
  size = assert_round_trip (data, length);
  /* Not much more than stored. */
  g_assert_cmpuint (size, <, length + length / 50);
  for (gsize n = 1; n < 40; n++)
    assert_round_trip (data, n);

  /* Bytes of a few values only: short codes, chance repeats. */
  for (gsize i = 0; i < length; i++)
    data[i] = g_rand_int_range (rand, 0, 3);
  size = assert_round_trip (data, length);
  g_assert_cmpuint (size, <, length / 3);
}

static void
test_zeros (void)
{
  gsize length = 3 * 1000 * 1000 + 17;
  g_autofree guint8 *data = g_malloc0 (length);
  gsize size = assert_round_trip (data, length);

  /* 258 bytes in a few bits. */
  g_assert_cmpuint (size, <, length / 200);
  for (gsize n = 0; n < 600; n++)
    assert_round_trip (data, n);
}

/* Runs of every length from 1 to 600 of a byte, between other bytes, of
 * the byte before and of the three before. */
static void
test_runs (void)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  for (guint length = 1; length <= 600; length++)
    {
      guint8 value = g_rand_int (rand);
      guint8 pixel[3] = { g_rand_int (rand), g_rand_int (rand), g_rand_int (rand) };

      g_byte_array_append (data, (const guint8 *) "\x01\x02", 2);
      for (guint i = 0; i < length; i++)
        g_byte_array_append (data, &value, 1);
      for (guint i = 0; i < length; i++)
        g_byte_array_append (data, &pixel[i % 3], 1);
      /* A run of the byte before the run. */
      for (guint i = 0; i < length % 7; i++)
        g_byte_array_append (data, &pixel[(length - 1) % 3], 1);
    }
  assert_round_trip (data->data, data->len);
}

/* Rows written one by one (runs crossing from one write into the next),
 * in pieces of every length from 1 to 12 and of odd lengths, and parts
 * cut anywhere in runs, then joined. */
static void
test_pieces_and_parts (void)
{
  static const gsize pieces[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 257, 258, 259, 5521 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  gsize length = 200 * 1000;
  g_autofree guint8 *data = g_malloc (length);

  /* Runs of zeros and of other bytes, long and short, and literals. */
  for (gsize i = 0; i < length; )
    {
      gsize run = g_rand_int_range (rand, 1, 700);
      guint8 value = g_rand_boolean (rand) ? 0 : g_rand_int (rand);

      for (gsize j = 0; j < run && i < length; j++)
        data[i++] = g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int (rand) : value;
    }

  for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
    {
      TestPart part = { data, length, &pieces[p], 1 };
      g_autoptr(GByteArray) stream = deflate_parts (&part, 1);

      assert_inflates_to_parts (stream, &part, 1);
    }
  {
    TestPart part = { data, length, pieces, G_N_ELEMENTS (pieces) };
    g_autoptr(GByteArray) stream = deflate_parts (&part, 1);

    assert_inflates_to_parts (stream, &part, 1);
  }

  /* Two to eight parts, cut anywhere. */
  for (guint n = 2; n <= 8; n++)
    {
      TestPart parts[8];
      gsize cuts[9] = { 0 };
      g_autoptr(GByteArray) stream = NULL;

      cuts[n] = length;
      for (guint i = 1; i < n; i++)
        cuts[i] = g_rand_int_range (rand, cuts[i - 1], length - 100 * (n - i));
      for (guint i = 0; i < n; i++)
        parts[i] = (TestPart) { data + cuts[i], cuts[i + 1] - cuts[i], &pieces[i], 1 };
      stream = deflate_parts (parts, n);
      assert_inflates_to_parts (stream, parts, n);
    }
}

/* Counts as skewed as the Fibonacci numbers, whose optimal codes are
 * longer than deflate's 15 bits: the code lengths must be limited and
 * the code still complete. */
static void
test_long_codes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint count = 1, before = 0;
  gsize size;

  /* Byte i Fibonacci(i) times, 19 bytes (10 945 in all, one block),
   * shuffled: an optimal code gives the rarest 18 bits. */
  for (guint i = 0; i < 19; i++)
    {
      guint8 byte = 'a' + i;
      guint next = count + before;

      for (guint j = 0; j < count; j++)
        g_byte_array_append (data, &byte, 1);
      before = count;
      count = next;
    }
  for (guint i = data->len - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      guint8 byte = data->data[i];

      data->data[i] = data->data[j];
      data->data[j] = byte;
    }
  size = assert_round_trip (data->data, data->len);
  g_assert_cmpuint (size, <, data->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deflate/empty", test_empty);
  g_test_add_func ("/deflate/random", test_random);
  g_test_add_func ("/deflate/zeros", test_zeros);
  g_test_add_func ("/deflate/runs", test_runs);
  g_test_add_func ("/deflate/pieces-and-parts", test_pieces_and_parts);
  g_test_add_func ("/deflate/long-codes", test_long_codes);

  return g_test_run ();
}
