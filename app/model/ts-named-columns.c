/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-named-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-column-private.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-record-columns.h"

/* Persons, organizations and places have names in several scripts,
 * aliases and a country. These three helpers are the only place the
 * columns ask which of the three a record is. */

/* TODO(TsNamed): ts_named_get_names () once the interface lands. */
static GHashTable *
get_names (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_names (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_names (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_names (TS_PLACE (record));
  return NULL;
}

/* TODO(TsNamed): ts_named_get_aliases (). */
static const char * const *
get_aliases (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_aliases (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_aliases (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_aliases (TS_PLACE (record));
  return NULL;
}

/* TODO(TsNamed): ts_named_get_country (). */
static const char *
get_country (TsRecord *record)
{
  if (TS_IS_PERSON (record))
    return ts_person_get_country (TS_PERSON (record));
  if (TS_IS_ORGANIZATION (record))
    return ts_organization_get_country (TS_ORGANIZATION (record));
  if (TS_IS_PLACE (record))
    return ts_place_get_country (TS_PLACE (record));
  return NULL;
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
  _ts_cell_take_text (cell, _ts_column_join_strv (get_aliases (record)));
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
