/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-deflate"

/* A deflate encoder for a PNG's "Sub"-filtered rows (ts-deflate.h).
 *
 * The bytes are cut greedily into tokens: at each byte, a repeat of the
 * byte before (distance 1) of 3 to 258 bytes if there is one, else a
 * repeat of the three bytes before (distance 3: the previous pixel's
 * differences), else a literal. Six positions are looked at together
 * with word operations (most of a map's tokens are literals: its
 * antialiased edges and text) and repeats are compared eight bytes at a
 * time; nothing further back is looked for. The tokens go into blocks of BLOCK_TOKENS; each block is coded
 * with length-limited Huffman codes built from its own counts (a dynamic
 * block, RFC 1951 3.2.7) or with the fixed codes where they come out
 * shorter (tiny blocks). */

#include "config.h"

#include <string.h>

#include "ts-deflate.h"

/* Tokens a block. zlib's level 1 makes blocks of 16 Ki symbols; on map
 * rows, blocks of 64 Ki come out a little smaller (0.2 %) and take 11 %
 * fewer instructions, building a quarter as many codes. */
#define BLOCK_TOKENS (64 * 1024)

#define MIN_MATCH 3
#define MAX_MATCH 258
#define MAX_CODE_BITS 15
#define MAX_CODE_LENGTH_BITS 7

/* Literal/length symbols (0 … 255 literals, 256 the end of a block, 257 …
 * 285 lengths), distance symbols, code length symbols. */
#define N_LITERAL_LENGTH 286
#define N_DISTANCE 30
#define N_CODE_LENGTH 19
#define END_OF_BLOCK 256

/* A token: a literal byte (0 … 255), or a repeat of 3 … 258 bytes at
 * distance 1 (TOKEN_DISTANCE_1 + its length) or 3 (TOKEN_DISTANCE_3 +
 * its length). Each value is counted and coded as a whole. */
#define TOKEN_DISTANCE_1 256
#define TOKEN_DISTANCE_3 (TOKEN_DISTANCE_1 + MAX_MATCH + 1)
#define N_TOKEN_VALUES (TOKEN_DISTANCE_3 + MAX_MATCH + 1)

struct _TsDeflate
{
  GByteArray *out;
  /* Bits written but not yet in @out, the first in the lowest bit. */
  guint64     bits;
  guint       n_bits;
  /* The last bytes written (history[2] the last), and how many of them
   * there are (at most 3). */
  guint8      history[3];
  guint       n_history;
  guint16    *tokens;
  guint       n_tokens;
  /* How many times the block has each token. */
  guint32     token_counts[N_TOKEN_VALUES];
  gboolean    finished;
};

/* RFC 1951 3.2.5: the first length of each length symbol and its extra
 * bits. */
static const guint16 length_base[29] = {
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
  131, 163, 195, 227, 258,
};
static const guint8 length_extra[29] = {
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
};

/* The order in which the code length code's lengths are sent. */
static const guint8 code_length_order[N_CODE_LENGTH] = {
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
};

static void init_fixed_codes (void);

/* The length symbol (0 for 257) of each length 3 … 258. */
static guint8 length_symbols[MAX_MATCH + 1];

static void
init_length_symbols (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int length = MIN_MATCH; length <= MAX_MATCH; length++)
        {
          int symbol = 28;

          while (length_base[symbol] > length)
            symbol--;
          length_symbols[length] = symbol;
        }
      g_once_init_leave (&done, 1);
    }
}

TsDeflate *
ts_deflate_new (GByteArray *out)
{
  TsDeflate *deflate;

  g_return_val_if_fail (out != NULL, NULL);

  deflate = g_new0 (TsDeflate, 1);
  init_length_symbols ();
  init_fixed_codes ();
  deflate->out = g_byte_array_ref (out);
  deflate->tokens = g_new (guint16, BLOCK_TOKENS);

  return deflate;
}

void
ts_deflate_free (TsDeflate *deflate)
{
  if (deflate == NULL)
    return;
  g_byte_array_unref (deflate->out);
  g_free (deflate->tokens);
  g_free (deflate);
}

/* Writing bits.
 *
 * A block's bits are written straight into @out's bytes, made long
 * enough beforehand for the most the block can take, eight bytes at a
 * time: the bits pending are stored whole and the pointer moves on by
 * the whole bytes among them, which leaves at most 7 pending. */
typedef struct
{
  guint8  *next;
  guint64  bits;
  guint    n_bits;
} BitWriter;

static inline void
put_bits (BitWriter *writer,
          guint64    bits,
          guint      n_bits)
{
  guint64 word;

  /* At most 7 bits pending: up to 56 more fit (and never 64 in all, the
   * shift below being defined). */
  writer->bits |= bits << writer->n_bits;
  writer->n_bits += n_bits;
  word = GUINT64_TO_LE (writer->bits);
  memcpy (writer->next, &word, 8);
  writer->next += writer->n_bits >> 3;
  writer->bits >>= writer->n_bits & ~7u;
  writer->n_bits &= 7;
}

/* Makes room in @deflate's output for @n_bytes more (and the 8 that
 * put_bits() stores past the end) and starts writing there. */
static void
begin_bits (TsDeflate *deflate,
            BitWriter *writer,
            gsize      n_bytes)
{
  gsize length = deflate->out->len;

  g_byte_array_set_size (deflate->out, length + n_bytes + 8);
  *writer = (BitWriter) { deflate->out->data + length, deflate->bits, deflate->n_bits };
}

static void
end_bits (TsDeflate *deflate,
          BitWriter *writer)
{
  g_byte_array_set_size (deflate->out, writer->next - deflate->out->data);
  deflate->bits = writer->bits;
  deflate->n_bits = writer->n_bits;
}

/* Huffman codes. */

/* Sorts @n @keys in increasing order (Shell's sort, with Ciura's gaps:
 * a few hundred keys, without qsort()'s calls per comparison). */
static void
sort_keys (guint64 *keys,
           guint    n)
{
  static const guint gaps[] = { 132, 57, 23, 10, 4, 1 };

  for (guint g = 0; g < G_N_ELEMENTS (gaps); g++)
    {
      guint gap = gaps[g];

      for (guint i = gap; i < n; i++)
        {
          guint64 key = keys[i];
          guint j = i;

          for (; j >= gap && keys[j - gap] > key; j -= gap)
            keys[j] = keys[j - gap];
          keys[j] = key;
        }
    }
}

/* The code lengths, at most @max_bits, of a Huffman code for the
 * @n_symbols symbols counted in @counts (0 for a symbol not counted). The
 * code is always complete, as zlib's inflate wants it: where fewer than
 * two symbols are counted, one or two others get a length of 1 too.
 *
 * The lengths are those of an optimal code (Moffat and Katajainen's
 * in-place algorithm over the counts sorted), then limited: every length
 * over @max_bits is cut to it, which oversubscribes the code, then
 * symbols of the longest lengths under @max_bits are moved one longer
 * until it no longer is, then the shortest moves that fill what is left
 * free are made; the lengths are dealt out again by count, the least
 * counted symbols getting the longest. */
static void
build_code_lengths (const guint32 *counts,
                    guint          n_symbols,
                    guint          max_bits,
                    guint8        *lengths)
{
  guint64 keys[N_LITERAL_LENGTH];
  guint32 a[N_LITERAL_LENGTH];
  guint length_counts[MAX_CODE_BITS + 1] = { 0 };
  guint n = 0;
  guint32 kraft = 0, full = 1u << max_bits;
  guint k;

  g_assert (n_symbols <= N_LITERAL_LENGTH && n_symbols >= 2);

  memset (lengths, 0, n_symbols);
  for (guint s = 0; s < n_symbols; s++)
    if (counts[s] > 0)
      keys[n++] = (guint64) counts[s] << 16 | s;
  /* Fewer than two symbols: two codes of one bit. */
  for (guint s = 0; n < 2; s++)
    if (counts[s] == 0)
      keys[n++] = s;
  sort_keys (keys, n);
  for (guint i = 0; i < n; i++)
    a[i] = MAX (keys[i] >> 16, 1);

  /* Moffat and Katajainen, "In-place calculation of minimum-redundancy
   * codes" (1995): a[] sorted by count becomes each symbol's length. */
  {
    guint root = 0, leaf = 2, next;
    int avail, used, depth, node;

    a[0] += a[1];
    for (next = 1; next < n - 1; next++)
      {
        /* The first of the two smallest, a node or a leaf. */
        if (leaf >= n || a[root] < a[leaf])
          {
            a[next] = a[root];
            a[root++] = next;
          }
        else
          a[next] = a[leaf++];
        /* The second. */
        if (leaf >= n || (root < next && a[root] < a[leaf]))
          {
            a[next] += a[root];
            a[root++] = next;
          }
        else
          a[next] += a[leaf++];
      }
    a[n - 2] = 0;
    for (int i = (int) n - 3; i >= 0; i--)
      a[i] = a[a[i]] + 1;
    avail = 1;
    used = depth = 0;
    node = (int) n - 2;
    next = n - 1;
    while (avail > 0)
      {
        while (node >= 0 && (int) a[node] == depth)
          {
            used++;
            node--;
          }
        while (avail > used)
          {
            a[next--] = depth;
            avail--;
          }
        avail = 2 * used;
        depth++;
        used = 0;
      }
  }

  for (guint i = 0; i < n; i++)
    {
      guint length = MIN (a[i], max_bits);

      length_counts[length]++;
      kraft += full >> length;
    }
  while (kraft > full)
    {
      guint length = max_bits - 1;

      while (length_counts[length] == 0)
        length--;
      length_counts[length]--;
      length_counts[length + 1]++;
      kraft -= full >> (length + 1);
    }
  while (kraft < full)
    {
      guint length = max_bits;

      while (length_counts[length] == 0 || (full >> length) > full - kraft)
        length--;
      length_counts[length]--;
      length_counts[length - 1]++;
      kraft += full >> length;
    }

  /* The least counted first, the longest lengths first. */
  k = 0;
  for (guint length = max_bits; length > 0; length--)
    for (guint i = 0; i < length_counts[length]; i++)
      lengths[keys[k++] & 0xffff] = length;
}

/* The canonical codes (RFC 1951 3.2.2) of @lengths, bit-reversed, as
 * they are sent first bit first. */
static void
build_codes (const guint8 *lengths,
             guint         n_symbols,
             guint16      *codes)
{
  guint length_counts[MAX_CODE_BITS + 1] = { 0 };
  guint next_code[MAX_CODE_BITS + 1];
  guint code = 0;

  for (guint s = 0; s < n_symbols; s++)
    length_counts[lengths[s]]++;
  length_counts[0] = 0;
  for (guint bits = 1; bits <= MAX_CODE_BITS; bits++)
    {
      code = (code + length_counts[bits - 1]) << 1;
      next_code[bits] = code;
    }
  for (guint s = 0; s < n_symbols; s++)
    {
      guint length = lengths[s], value;

      if (length == 0)
        {
          codes[s] = 0;
          continue;
        }
      /* The 16 bits reversed, then the @length wanted. */
      value = next_code[length]++;
      value = (value >> 1 & 0x5555) | (value & 0x5555) << 1;
      value = (value >> 2 & 0x3333) | (value & 0x3333) << 2;
      value = (value >> 4 & 0x0f0f) | (value & 0x0f0f) << 4;
      value = (value >> 8 & 0x00ff) | (value & 0x00ff) << 8;
      codes[s] = value >> (16 - length);
    }
}

/* A block's codes. */
typedef struct
{
  guint8  literal_lengths[N_LITERAL_LENGTH];
  guint8  distance_lengths[N_DISTANCE];
  guint16 literal_codes[N_LITERAL_LENGTH];
  guint16 distance_codes[N_DISTANCE];
} Codes;

/* The fixed codes (RFC 1951 3.2.6), made once. Their canonical codes
 * count the two literal/length symbols never used, 286 and 287. */
static Codes fixed_codes;

static void
init_fixed_codes (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint8 lengths[N_LITERAL_LENGTH + 2];
      guint16 codes[N_LITERAL_LENGTH + 2];

      for (guint s = 0; s < G_N_ELEMENTS (lengths); s++)
        lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
      build_codes (lengths, G_N_ELEMENTS (lengths), codes);
      memcpy (fixed_codes.literal_lengths, lengths, N_LITERAL_LENGTH);
      memcpy (fixed_codes.literal_codes, codes, sizeof fixed_codes.literal_codes);
      memset (fixed_codes.distance_lengths, 5, N_DISTANCE);
      build_codes (fixed_codes.distance_lengths, N_DISTANCE, fixed_codes.distance_codes);
      g_once_init_leave (&done, 1);
    }
}

/* A dynamic block's header after its first three bits: the code lengths
 * of both codes, run-length coded (RFC 1951 3.2.7) with the code length
 * code. */
typedef struct
{
  guint   n_literal_lengths; /* HLIT + 257 */
  guint   n_distances;       /* HDIST + 1 */
  guint   n_code_length_codes; /* HCLEN + 4 */
  guint8  code_length_lengths[N_CODE_LENGTH];
  guint16 code_length_codes[N_CODE_LENGTH];
  /* The code length symbols, each with its extra bits' value. */
  guint8  symbols[N_LITERAL_LENGTH + N_DISTANCE];
  guint8  extras[N_LITERAL_LENGTH + N_DISTANCE];
  guint   n_symbols;
} Header;

static void
add_header_symbol (Header  *header,
                   guint32 *counts,
                   guint    symbol,
                   guint    extra)
{
  header->symbols[header->n_symbols] = symbol;
  header->extras[header->n_symbols++] = extra;
  counts[symbol]++;
}

/* Builds @header for @codes; returns its size in bits. */
static gsize
build_header (const Codes *codes,
              Header      *header)
{
  static const guint8 symbol_extra_bits[N_CODE_LENGTH] = { [16] = 2, [17] = 3, [18] = 7 };
  guint8 all[N_LITERAL_LENGTH + N_DISTANCE];
  guint32 counts[N_CODE_LENGTH] = { 0 };
  guint n_all;
  gsize size;

  header->n_literal_lengths = N_LITERAL_LENGTH;
  while (header->n_literal_lengths > 257
         && codes->literal_lengths[header->n_literal_lengths - 1] == 0)
    header->n_literal_lengths--;
  header->n_distances = N_DISTANCE;
  while (header->n_distances > 1 && codes->distance_lengths[header->n_distances - 1] == 0)
    header->n_distances--;
  n_all = header->n_literal_lengths + header->n_distances;
  memcpy (all, codes->literal_lengths, header->n_literal_lengths);
  memcpy (all + header->n_literal_lengths, codes->distance_lengths, header->n_distances);

  header->n_symbols = 0;
  for (guint i = 0; i < n_all; )
    {
      guint length = all[i], run = 1;

      while (i + run < n_all && all[i + run] == length)
        run++;
      i += run;
      if (length == 0)
        {
          while (run >= 11)
            {
              guint n = MIN (run, 138);

              add_header_symbol (header, counts, 18, n - 11);
              run -= n;
            }
          if (run >= 3)
            {
              add_header_symbol (header, counts, 17, run - 3);
              run = 0;
            }
        }
      else
        {
          add_header_symbol (header, counts, length, 0);
          run--;
          while (run >= 3)
            {
              guint n = MIN (run, 6);

              add_header_symbol (header, counts, 16, n - 3);
              run -= n;
            }
        }
      for (; run > 0; run--)
        add_header_symbol (header, counts, length, 0);
    }

  build_code_lengths (counts, N_CODE_LENGTH, MAX_CODE_LENGTH_BITS,
                      header->code_length_lengths);
  build_codes (header->code_length_lengths, N_CODE_LENGTH, header->code_length_codes);
  header->n_code_length_codes = N_CODE_LENGTH;
  while (header->n_code_length_codes > 4
         && header->code_length_lengths[code_length_order[header->n_code_length_codes - 1]]
            == 0)
    header->n_code_length_codes--;

  size = 5 + 5 + 4 + 3 * header->n_code_length_codes;
  for (guint s = 0; s < N_CODE_LENGTH; s++)
    size += counts[s] * (header->code_length_lengths[s] + symbol_extra_bits[s]);

  return size;
}

static void
put_header (BitWriter    *writer,
            const Header *header)
{
  static const guint8 symbol_extra_bits[N_CODE_LENGTH] = { [16] = 2, [17] = 3, [18] = 7 };

  put_bits (writer, header->n_literal_lengths - 257, 5);
  put_bits (writer, header->n_distances - 1, 5);
  put_bits (writer, header->n_code_length_codes - 4, 4);
  for (guint i = 0; i < header->n_code_length_codes; i++)
    put_bits (writer, header->code_length_lengths[code_length_order[i]], 3);
  for (guint i = 0; i < header->n_symbols; i++)
    {
      guint symbol = header->symbols[i];

      put_bits (writer,
                header->code_length_codes[symbol]
                | (guint) header->extras[i] << header->code_length_lengths[symbol],
                header->code_length_lengths[symbol] + symbol_extra_bits[symbol]);
    }
}

/* The size in bits of a block's tokens, counted in @symbol_counts and
 * @distance_counts, coded with @codes, the end of
 * the block included. */
static gsize
get_tokens_size (const guint32  *symbol_counts,
                 const guint32  *distance_counts,
                 const Codes    *codes)
{
  gsize size = 0;

  for (guint s = 0; s < N_LITERAL_LENGTH; s++)
    size += (gsize) symbol_counts[s] * codes->literal_lengths[s];
  for (guint s = 0; s < 29; s++)
    size += (gsize) symbol_counts[257 + s] * length_extra[s];
  for (guint s = 0; s < N_DISTANCE; s++)
    size += (gsize) distance_counts[s] * codes->distance_lengths[s];

  return size;
}

/* Writes @deflate's tokens as a block, the final one if @last, and
 * empties the block. */
static void
flush_block (TsDeflate *deflate,
             gboolean   last)
{
  guint32 symbol_counts[N_LITERAL_LENGTH] = { 0 };
  guint32 distance_counts[N_DISTANCE] = { 0 };
  Codes dynamic;
  const Codes *fixed = &fixed_codes;
  const Codes *codes;
  Header header;
  gsize dynamic_size, fixed_size;
  /* Each token's bits: a repeat's length code, extra bits and distance
   * code together (at most 15 + 5 + 15), shifted left by 6, or'ed with
   * how many bits they are. */
  guint64 token_bits[N_TOKEN_VALUES];
  BitWriter writer;

  memcpy (symbol_counts, deflate->token_counts, 256 * sizeof (guint32));
  symbol_counts[END_OF_BLOCK] = 1;
  for (guint d = 0; d < 2; d++)
    for (guint length = MIN_MATCH; length <= MAX_MATCH; length++)
      {
        guint32 count = deflate->token_counts[(d ? TOKEN_DISTANCE_3 : TOKEN_DISTANCE_1)
                                              + length];

        symbol_counts[257 + length_symbols[length]] += count;
        distance_counts[d ? 2 : 0] += count;
      }

  build_code_lengths (symbol_counts, N_LITERAL_LENGTH, MAX_CODE_BITS, dynamic.literal_lengths);
  build_code_lengths (distance_counts, N_DISTANCE, MAX_CODE_BITS, dynamic.distance_lengths);
  build_codes (dynamic.literal_lengths, N_LITERAL_LENGTH, dynamic.literal_codes);
  build_codes (dynamic.distance_lengths, N_DISTANCE, dynamic.distance_codes);
  dynamic_size = build_header (&dynamic, &header)
                 + get_tokens_size (symbol_counts, distance_counts, &dynamic);
  fixed_size = get_tokens_size (symbol_counts, distance_counts, fixed);
  codes = fixed_size <= dynamic_size ? fixed : &dynamic;

  for (guint byte = 0; byte < 256; byte++)
    token_bits[byte] = (guint64) codes->literal_codes[byte] << 6 | codes->literal_lengths[byte];
  for (guint d = 0; d < 2; d++)
    {
      guint distance_symbol = d ? 2 : 0;
      guint64 *bits = token_bits + (d ? TOKEN_DISTANCE_3 : TOKEN_DISTANCE_1);

      for (guint length = MIN_MATCH; length <= MAX_MATCH; length++)
        {
          guint symbol = length_symbols[length];
          guint n_bits = codes->literal_lengths[257 + symbol];
          guint64 code = codes->literal_codes[257 + symbol]
                         | (guint64) (length - length_base[symbol]) << n_bits;

          n_bits += length_extra[symbol];
          code |= (guint64) codes->distance_codes[distance_symbol] << n_bits;
          n_bits += codes->distance_lengths[distance_symbol];
          bits[length] = code << 6 | n_bits;
        }
    }

  begin_bits (deflate, &writer, (MIN (fixed_size, dynamic_size) + 3 + 7) / 8 + 1);
  put_bits (&writer, last ? 1 : 0, 1);
  if (codes == fixed)
    put_bits (&writer, 1, 2);
  else
    {
      put_bits (&writer, 2, 2);
      put_header (&writer, &header);
    }
  /* put_bits() for each token, with the writer in registers. */
  {
    const guint16 *tokens = deflate->tokens;
    guint8 *next = writer.next;
    guint64 pending = writer.bits;
    guint n_pending = writer.n_bits;

    for (guint i = 0; i < deflate->n_tokens; i++)
      {
        guint64 bits = token_bits[tokens[i]], word;

        pending |= (bits >> 6) << n_pending;
        n_pending += bits & 63;
        word = GUINT64_TO_LE (pending);
        memcpy (next, &word, 8);
        next += n_pending >> 3;
        pending >>= n_pending & ~7u;
        n_pending &= 7;
      }
    writer.next = next;
    writer.bits = pending;
    writer.n_bits = n_pending;
  }
  put_bits (&writer, codes->literal_codes[END_OF_BLOCK], codes->literal_lengths[END_OF_BLOCK]);
  end_bits (deflate, &writer);

  deflate->n_tokens = 0;
  memset (deflate->token_counts, 0, sizeof deflate->token_counts);
}

/* Tokens. */

static inline void
add_literal (TsDeflate *deflate,
             guint8     byte)
{
  deflate->tokens[deflate->n_tokens++] = byte;
  deflate->token_counts[byte]++;
}

static inline void
add_match (TsDeflate *deflate,
           guint      distance_3,
           guint      length)
{
  guint token = (distance_3 ? TOKEN_DISTANCE_3 : TOKEN_DISTANCE_1) + length;

  deflate->tokens[deflate->n_tokens++] = token;
  deflate->token_counts[token]++;
}

static inline guint64
load_64 (const guint8 *p)
{
  guint64 word;

  memcpy (&word, p, 8);
  return word;
}

static inline guint32
load_32 (const guint8 *p)
{
  guint32 word;

  memcpy (&word, p, 4);
  return word;
}

/* Eight bytes, the first in the lowest bits. */
static inline guint64
load_64_le (const guint8 *p)
{
  return GUINT64_FROM_LE (load_64 (p));
}

/* The top bit of each byte of @a equal to that of @b, the others 0
 * (exactly: a zero byte of a ^ b, added to 0x7f, carries into its top
 * bit only if it is not zero). */
static inline guint64
get_equal_bytes (guint64 a,
                 guint64 b)
{
  const guint64 low_7 = G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);
  guint64 x = a ^ b;

  return ~(((x & low_7) + low_7) | x) & ~low_7;
}

/* The first three bytes of a word loaded. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define FIRST_3_BYTES 0x00ffffffu
#else
#define FIRST_3_BYTES 0xffffff00u
#endif

/* How many of the bytes from @data[@start] on (to @limit at most) repeat
 * the bytes @distance before them. */
static inline gsize
get_match_length (const guint8 *data,
                  gsize         start,
                  gsize         distance,
                  gsize         limit)
{
  gsize i = start;

  while (i + 8 <= limit)
    {
      guint64 differ = load_64 (data + i) ^ load_64 (data + i - distance);

      if (differ != 0)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          return i - start + (__builtin_ctzll (differ) >> 3);
#else
          return i - start + (__builtin_clzll (differ) >> 3);
#endif
        }
      i += 8;
    }
  while (i < limit && data[i] == data[i - distance])
    i++;

  return i - start;
}

/* The token at @data[@i] where the bytes before it may be in
 * @deflate->history (the first three bytes of a write) or where fewer
 * than four bytes are left: one byte at a time. Returns the next @i. */
static gsize
add_token_slowly (TsDeflate    *deflate,
                  const guint8 *data,
                  gsize         i,
                  gsize         n)
{
  static const guint distances[2] = { 1, 3 };
  gsize limit = MIN (n, i + MAX_MATCH);

  for (guint d = 0; d < 2; d++)
    {
      gsize distance = distances[d], j = i;

      if (distance > i + deflate->n_history)
        continue;
      for (; j < limit; j++)
        {
          gssize from = (gssize) j - (gssize) distance;
          guint8 before = from >= 0 ? data[from] : deflate->history[3 + from];

          if (data[j] != before)
            break;
        }
      if (j - i >= MIN_MATCH)
        {
          add_match (deflate, d, j - i);
          return j;
        }
    }
  add_literal (deflate, data[i]);

  return i + 1;
}

void
ts_deflate_write (TsDeflate    *deflate,
                  const guint8 *data,
                  gsize         length)
{
  gsize i = 0;

  g_return_if_fail (deflate != NULL && !deflate->finished);
  g_return_if_fail (data != NULL || length == 0);

  while (i < length)
    {
      guint16 *tokens, *first;
      guint32 *counts = deflate->token_counts;
      gsize end;

      if (deflate->n_tokens == BLOCK_TOKENS)
        flush_block (deflate, FALSE);
      if (i < 3 || i + 4 > length)
        {
          i = add_token_slowly (deflate, data, i, length);
          continue;
        }

      /* The bytes before @i and the four from it are in @data; each
       * token takes a byte or more: up to @end, the block has room. */
      end = MIN (length - 3, i + (BLOCK_TOKENS - deflate->n_tokens));
      first = tokens = deflate->tokens + deflate->n_tokens;
      while (i < end)
        {
          guint32 here;
          guint token;
          gsize match;

          /* Six positions at once: where none starts a repeat (antialiased
           * edges, text), six literals. */
          if (i + 8 <= length && i + 6 <= end)
            {
              guint64 word = load_64_le (data + i);
              guint64 one = get_equal_bytes (word, load_64_le (data + i - 1));
              guint64 three = get_equal_bytes (word, load_64_le (data + i - 3));
              guint64 starts = ((one & one >> 8 & one >> 16) | (three & three >> 8 & three >> 16))
                               & G_GUINT64_CONSTANT (0x808080808080);
              guint n = starts == 0 ? 6 : __builtin_ctzll (starts) >> 3;

              for (guint k = 0; k < n; k++)
                {
                  token = data[i + k];
                  *tokens++ = token;
                  counts[token]++;
                }
              i += n;
              if (n == 6)
                continue;
              /* A repeat starts at @i. */
            }

          here = load_32 (data + i);
          if (((here ^ load_32 (data + i - 1)) & FIRST_3_BYTES) == 0)
            {
              match = MIN_MATCH + get_match_length (data, i + MIN_MATCH, 1,
                                                    MIN (length, i + MAX_MATCH));
              token = TOKEN_DISTANCE_1 + match;
            }
          else if (((here ^ load_32 (data + i - 3)) & FIRST_3_BYTES) == 0)
            {
              match = MIN_MATCH + get_match_length (data, i + MIN_MATCH, 3,
                                                    MIN (length, i + MAX_MATCH));
              token = TOKEN_DISTANCE_3 + match;
            }
          else
            {
              match = 1;
              token = data[i];
            }
          *tokens++ = token;
          counts[token]++;
          i += match;
        }
      deflate->n_tokens += tokens - first;
    }

  /* The last three bytes, for the next write's repeats. */
  for (gsize j = length > 3 ? length - 3 : 0; j < length; j++)
    {
      deflate->history[0] = deflate->history[1];
      deflate->history[1] = deflate->history[2];
      deflate->history[2] = data[j];
      deflate->n_history = MIN (deflate->n_history + 1, 3);
    }
}

void
ts_deflate_finish (TsDeflate *deflate,
                   gboolean   last)
{
  BitWriter writer;

  g_return_if_fail (deflate != NULL && !deflate->finished);

  deflate->finished = TRUE;
  if (deflate->n_tokens > 0 || last)
    flush_block (deflate, last);
  /* The final block ends on a byte boundary; another part ends as zlib's
   * sync flush does, with an empty stored block, byte-aligned. */
  begin_bits (deflate, &writer, 8);
  if (!last)
    {
      put_bits (&writer, 0, 3);
      put_bits (&writer, 0, (8 - writer.n_bits) & 7);
      put_bits (&writer, 0xffff0000u, 32);
    }
  else
    put_bits (&writer, 0, (8 - writer.n_bits) & 7);
  end_bits (deflate, &writer);
}
