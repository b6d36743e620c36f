/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_utf8_collate_key (@text, -1), byte for byte, in the current locale,
 * made without Unicode normalization when @text is ASCII: a sort of tens
 * of thousands of titles spent most of its time there. Keys of ASCII and
 * other text compare with strcmp() as g_utf8_collate() orders the texts,
 * so they can be mixed in one sort. */
char *ts_collate_key (const char *text);

G_END_DECLS
