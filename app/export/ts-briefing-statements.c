/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-briefing-statements"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-briefing-private.h"
#include "ts-export-text.h"
#include "ts-i18n.h"
#include "ts-statement.h"

/* "Key statements" on a briefing's cover: what was said in scope, a few
 * lines an analyst reads before the sheets. Which ones: verbatim quotes
 * before reported speech (words one can cite as said), a voice each
 * before a second line from anyone (the range of positions, not five
 * lines of one speaker on one day), newest first within each; then shown
 * newest first. */
#define N_KEY_STATEMENTS 5
/* The words, shortened at a word to about this many characters. */
#define KEY_WORDS_LENGTH 160
/* Columns A to C of the cover, as its key developments. */
#define COVER_LINE_LENGTH 78
#define ROW_HEIGHT 15

typedef struct
{
  TsStatement *statement;
  gboolean     is_quote;
} Candidate;

/* Quotes first, then the newest, then by id for a stable order. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  int cmp;

  if (ca->is_quote != cb->is_quote)
    return ca->is_quote ? -1 : 1;
  cmp = ts_date_compare (ts_record_get_date (TS_RECORD (cb->statement)),
                         ts_record_get_date (TS_RECORD (ca->statement)));
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (ts_record_get_id (TS_RECORD (ca->statement)),
                    ts_record_get_id (TS_RECORD (cb->statement)));
}

/* As shown: newest first, quotes first on the same day. */
static int
compare_shown (gconstpointer a,
               gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  int cmp = ts_date_compare (ts_record_get_date (TS_RECORD (cb->statement)),
                             ts_record_get_date (TS_RECORD (ca->statement)));

  if (cmp != 0)
    return cmp;
  if (ca->is_quote != cb->is_quote)
    return ca->is_quote ? -1 : 1;
  return g_strcmp0 (ts_record_get_id (TS_RECORD (ca->statement)),
                    ts_record_get_id (TS_RECORD (cb->statement)));
}

/* The statements of the scope (not its linked context) the cover shows,
 * in their order; at most N_KEY_STATEMENTS. */
static GArray *
choose_key_statements (TsExportData *data)
{
  GPtrArray *records = ts_export_data_get_records (data, TS_RECORD_TYPE_STATEMENT);
  guint n = ts_export_data_get_n_matched (data, TS_RECORD_TYPE_STATEMENT);
  g_autoptr(GArray) candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), n);
  g_autoptr(GHashTable) voices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *taken = NULL;
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < n; i++)
    {
      TsStatement *statement = records->pdata[i];
      Candidate candidate = {
        statement, ts_statement_get_kind (statement) == TS_STATEMENT_KIND_QUOTE
      };

      if (!ts_date_is_set (ts_record_get_date (TS_RECORD (statement))))
        continue;
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  /* A voice each first, then whoever has more to say. */
  taken = g_new0 (gboolean, candidates->len);
  for (guint pass = 0; pass < 2 && chosen->len < N_KEY_STATEMENTS; pass++)
    for (guint i = 0; i < candidates->len && chosen->len < N_KEY_STATEMENTS; i++)
      {
        Candidate *candidate = &g_array_index (candidates, Candidate, i);
        const char *speaker = ts_statement_get_speaker_id (candidate->statement);

        if (taken[i])
          continue;
        if (pass == 0 && speaker != NULL)
          {
            if (g_hash_table_contains (voices, speaker))
              continue;
            g_hash_table_add (voices, (gpointer) speaker);
          }
        taken[i] = TRUE;
        g_array_append_val (chosen, *candidate);
      }

  g_array_sort (chosen, compare_shown);
  return chosen;
}

/* The words in the briefing's language where the statement has them
 * (its own language, or a translation), else as they were said. */
static const char *
get_words_for_reader (TsStatement *statement)
{
  const char * const *languages = ts_i18n_get_name_languages ();
  const char *language = ts_statement_get_language (statement);
  GHashTable *translations = ts_statement_get_words_translations (statement);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *translated;

      if (g_strcmp0 (language, languages[i]) == 0)
        break;
      translated = translations != NULL ? g_hash_table_lookup (translations, languages[i])
                                        : NULL;
      if (translated != NULL && translated[0] != '\0')
        return translated;
    }
  return ts_statement_get_words (statement);
}

/* @text cut at a word to about @length characters, with an ellipsis. */
static char *
shorten (const char *text,
         guint       length)
{
  const char *end;
  const char *space = NULL;

  if (text == NULL)
    return g_strdup ("");
  if ((guint) g_utf8_strlen (text, -1) <= length)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, length);
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if (*p == ' ')
      space = p;
  /* A text without spaces (Chinese) is cut where it reaches the length. */
  if (space == NULL || g_utf8_pointer_to_offset (text, space) < length / 2)
    space = end;
  while (space > text && (space[-1] == ',' || space[-1] == ';' || space[-1] == ':'))
    space--;
  return g_strdup_printf ("%.*s…", (int) (space - text), text);
}

static void
write_key_statement (TsBriefingWriter *w,
                     lxw_row_t         row,
                     const Candidate  *candidate)
{
  TsRecord *record = TS_RECORD (candidate->statement);
  g_autofree char *date = ts_date_format_short (ts_record_get_date (record));
  const char *speaker_id = ts_statement_get_speaker_id (candidate->statement);
  const char *speaker = speaker_id != NULL ? ts_export_data_get_title (w->data, speaker_id)
                                           : "";
  g_autofree char *words = shorten (get_words_for_reader (candidate->statement),
                                    KEY_WORDS_LENGTH);
  g_autofree char *text = NULL;
  lxw_format *top = _ts_briefing_get_format (w, FMT_TOP, NULL);
  guint lines;

  if (candidate->is_quote)
    /* TRANSLATORS: a verbatim quote on the briefing's cover, in the
     * language's quotation marks */
    text = g_strdup_printf (C_("key statement", "“%s”"), words);
  else
    /* TRANSLATORS: reported speech on the briefing's cover: what someone
     * was reported as saying, not their words */
    text = g_strdup_printf (C_("key statement", "%s (reported)"), words);

  _ts_briefing_write_text (w, w->cover, row, 0, date, top);
  _ts_briefing_write_text (w, w->cover, row, 1, speaker,
                           _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP, NULL));
  _ts_briefing_write_text (w, w->cover, row, 2, text,
                           _ts_briefing_get_format (w, FMT_TOP | FMT_WRAP, NULL));
  /* Column B is 18 characters wide. */
  lines = MAX (_ts_briefing_count_lines (text, COVER_LINE_LENGTH),
               _ts_briefing_count_lines (speaker, 16));
  if (lines > 1)
    _ts_briefing_check (w, worksheet_set_row (w->cover, row, ROW_HEIGHT * lines, NULL));
}

lxw_row_t
_ts_briefing_write_key_statements (TsBriefingWriter *w,
                                   lxw_row_t         row)
{
  g_autoptr(GArray) chosen = choose_key_statements (w->data);
  lxw_format *heading = _ts_briefing_get_format (w, FMT_HEADING, NULL);
  lxw_format *bold = _ts_briefing_get_format (w, FMT_BOLD, NULL);

  /* A scope without statements has no such list. */
  if (chosen->len == 0)
    return row;

  _ts_briefing_write_text (w, w->cover, row++, 0, _("Key statements"), heading);
  _ts_briefing_write_text (w, w->cover, row, 0, _("Date"), bold);
  /* TRANSLATORS: a column of the cover's key statements: who spoke */
  _ts_briefing_write_text (w, w->cover, row, 1, C_("key statements", "Speaker"), bold);
  /* TRANSLATORS: a column of the cover's key statements: what was said */
  _ts_briefing_write_text (w, w->cover, row, 2, C_("key statements", "Statement"), bold);
  row++;
  for (guint i = 0; i < chosen->len; i++)
    write_key_statement (w, row++, &g_array_index (chosen, Candidate, i));
  return row + 1;
}
