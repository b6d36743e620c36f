/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-named-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-named.h"
#include "ts-record-columns.h"

/* Persons, organizations and places (TsNamed) have names in several
 * scripts, aliases and a country; other records have none of them. */

static GHashTable *
get_names (TsRecord *record)
{
  return TS_IS_NAMED (record) ? ts_named_get_names (TS_NAMED (record)) : NULL;
}

static const char * const *
get_aliases (TsRecord *record)
{
  return TS_IS_NAMED (record) ? ts_named_get_aliases (TS_NAMED (record)) : NULL;
}

static const char *
get_country (TsRecord *record)
{
  return TS_IS_NAMED (record) ? ts_named_get_country (TS_NAMED (record)) : NULL;
}

static void
fill_name_in (TsRecord   *record,
              const char *language,
              TsCell     *cell)
{
  GHashTable *names = get_names (record);

  if (names != NULL)
    _ts_cell_set_text (cell, g_hash_table_lookup (names, language));
}

void
_ts_column_fill_name_ru (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "ru", cell);
}

void
_ts_column_fill_name_ky (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "ky", cell);
}

void
_ts_column_fill_name_zh (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  fill_name_in (record, "zh", cell);
}

void
_ts_column_fill_aliases (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_joined (cell, context, get_aliases (record));
}

void
_ts_column_fill_country (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, get_country (record));
}

void
_ts_column_fill_country_name (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *code = get_country (record);

  _ts_cell_set_text (cell, code != NULL ? ts_country_get_name (code) : NULL);
}

void
_ts_column_fill_native_name (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_record_get_native_name (record));
}

const char *
ts_record_get_native_name (TsRecord *record)
{
  static const char *chinese[] = { "zh", "ru", "ky", NULL };
  static const char *central_asian[] = { "ky", "ru", "zh", NULL };
  const char * const *languages = central_asian;
  GHashTable *names = get_names (record);

  if (names == NULL)
    return NULL;

  if (g_strcmp0 (get_country (record), "CN") == 0)
    languages = chinese;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *name = g_hash_table_lookup (names, languages[i]);

      if (name != NULL && *name != '\0')
        return name;
    }

  return NULL;
}
