/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-collate"

#include "config.h"

#include <wchar.h>

#include "ts-collate.h"

/* Bytes of GLib's encoding of one wcsxfrm() weight: UTF-8's scheme, stretched
 * to six bytes for weights beyond Unicode. */
static guint
weight_size (guint32 weight)
{
  if (weight < 0x80)
    return 1;
  if (weight < 0x800)
    return 2;
  if (weight < 0x10000)
    return 3;
  if (weight < 0x200000)
    return 4;
  if (weight < 0x4000000)
    return 5;
  return 6;
}

static char *
encode_weight (char    *out,
               guint32  weight)
{
  guint size = weight_size (weight);

  if (size == 1)
    {
      *out = (char) weight;
      return out + 1;
    }
  for (guint i = size - 1; i > 0; i--)
    {
      out[i] = (char) (0x80 | (weight & 0x3f));
      weight >>= 6;
    }
  /* The lead byte: @size high bits set, then a zero, then the rest. */
  out[0] = (char) (((0xff00u >> size) & 0xff) | weight);
  return out + size;
}

/* g_utf8_collate_key() normalizes its text (NFKC), takes wcsxfrm() of the
 * characters and encodes the weights as UTF-8 does. NFKC leaves ASCII as it
 * is (no ASCII character decomposes, and no two compose), so for ASCII the
 * key is wcsxfrm()'s of the bytes widened, so encoded; test-collate checks
 * it against GLib's in the locales installed. */
char *
ts_collate_key (const char *text)
{
  wchar_t wide_buffer[128];
  wchar_t weights_buffer[512];
  g_autofree wchar_t *wide_allocated = NULL;
  g_autofree wchar_t *weights_allocated = NULL;
  wchar_t *wide = wide_buffer;
  wchar_t *weights = weights_buffer;
  const guchar *p;
  gsize length;
  gsize n_weights;
  gsize size = 0;
  char *key;
  char *out;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return g_utf8_collate_key (text, -1);
  length = (const char *) p - text;

  if (length >= G_N_ELEMENTS (wide_buffer))
    wide = wide_allocated = g_new (wchar_t, length + 1);
  for (gsize i = 0; i < length; i++)
    wide[i] = (guchar) text[i];
  wide[length] = L'\0';

  n_weights = wcsxfrm (weights, wide, G_N_ELEMENTS (weights_buffer));
  if (n_weights >= G_N_ELEMENTS (weights_buffer))
    {
      weights = weights_allocated = g_new (wchar_t, n_weights + 1);
      wcsxfrm (weights, wide, n_weights + 1);
    }

  for (gsize i = 0; i < n_weights; i++)
    size += weight_size ((guint32) weights[i]);
  key = out = g_malloc (size + 1);
  for (gsize i = 0; i < n_weights; i++)
    out = encode_weight (out, (guint32) weights[i]);
  *out = '\0';
  return key;
}
