/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The store's tables as ts-store-tables.c makes them from the record
 * types' fields, for the files that write and read them. */

#include "ts-record.h"
#include "ts-store-db-reader.h"

G_BEGIN_DECLS

typedef enum
{
  TABLE_RECORD, /* the common single values: one row per record */
  TABLE_TYPE,   /* a type's own single values: one row per record of the type */
  TABLE_LIST,   /* a string list or references: (record_id, position, value) */
  TABLE_NAMES,  /* names by language: (record_id, language, name) */
  TABLE_ITEMS,  /* a list of items: (record_id, position, the items' fields) */
  TABLE_ITEM_NAMES, /* texts by language of an item's field (a participant's
                     * role_translations): (record_id, position, language, name) */
} TableKind;

struct _TsStoreTable
{
  char           *name;
  TableKind       kind;
  int             type;     /* TsRecordType, or -1 for every type */
  const TsField  *field;    /* the list's field */
  const TsField  *item_field; /* TABLE_ITEM_NAMES: the names field of field's items */
  /* The single-valued fields with columns here (a date has three: its
   * text, first and last Julian day). */
  const TsField **scalars;
  guint           n_scalars;
  /* By backend (TsDbKind): SQLite's SQL, and the server's with its types. */
  char           *create_sql[2];
  char           *insert_sql[2];
  char           *delete_sql;
  char           *select_sql;
  /* How loading reads each column of select_sql's rows. */
  TsDbRead       *reads;
  guint           n_reads;
};

typedef struct _TsStoreTable Table;

static inline guint
n_columns_of (const TsField *field)
{
  return field->kind == TS_FIELD_DATE ? 3 : 1;
}

static inline gboolean
table_applies (Table    *table,
               TsRecord *record)
{
  return table->type < 0 || table->type == (int) ts_record_get_record_type (record);
}

/* Every table, the table record first, each child table after the table
 * whose rows it belongs to. */
GPtrArray *_ts_store_tables_get (void);

G_END_DECLS
