/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-collate"

#include "config.h"

#include <wchar.h>

#include "ts-collate.h"

/* g_utf8_collate_key() normalizes its text (NFKC), takes wcsxfrm() of the
 * characters and encodes the weights with g_unichar_to_utf8() (UTF-8's
 * scheme, up to six bytes for weights beyond Unicode). NFKC leaves ASCII as it
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
    size += g_unichar_to_utf8 ((gunichar) weights[i], NULL);
  key = out = g_malloc (size + 1);
  for (gsize i = 0; i < n_weights; i++)
    out += g_unichar_to_utf8 ((gunichar) weights[i], out);
  *out = '\0';
  return key;
}
