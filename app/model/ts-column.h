/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ts-dataset.h"
#include "ts-date.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* One description of a record type's columns, for every view of them: the
 * record list (its columns, sort keys and column settings), the workbook's
 * sheets, its Definitions sheet and the CSV files. Each column fills a
 * typed cell from a record; the list shows the cell as text and sorts by
 * its date or number, the exports write it as what it is. The columns of a
 * type are declared in the model, in ts-<type>-columns.c, and reached
 * through ts-record-columns.h. */

typedef enum
{
  TS_CELL_EMPTY,
  TS_CELL_TEXT,
  TS_CELL_NUMBER,
  TS_CELL_DATE,      /* a TsDate, written with its precision */
  TS_CELL_DATETIME,  /* a UTC time, seconds since the epoch */
  TS_CELL_URL,       /* an http or https URL */
} TsCellKind;

typedef struct
{
  TsCellKind  kind;
  /* TEXT, URL; for a NUMBER or DATE cell, set only where the list shows
   * the value in words ("42.87° N, 74.59° E"): the exports ignore it. */
  char       *text;
  double      number;    /* NUMBER */
  TsDate      date;      /* DATE */
  gint64      unix_time; /* DATETIME */
  /* @text is not the cell's own: the record's, or the context's scratch
   * buffer (see TsColumnContext), valid until the next fill. */
  gboolean    borrowed;
} TsCell;

#define TS_CELL_INIT { TS_CELL_EMPTY, NULL, 0.0, TS_DATE_INIT, 0, FALSE }

void  ts_cell_clear  (TsCell       *cell);
/* The cell as the list shows it: its text, else its date in words
 * (ts_date_format) or its number with the locale's grouping; "" when
 * empty. */
char *ts_cell_format (const TsCell *cell);

/* What a column's cells hold, which is also how the list sorts it. A cell
 * is either of its column's kind or empty. */
typedef enum
{
  TS_COLUMN_TEXT,      /* sorts by the text, collated */
  TS_COLUMN_NUMBER,    /* sorts by the number; empty (unknown) last */
  TS_COLUMN_DATE,      /* sorts chronologically */
  TS_COLUMN_DATETIME,
  TS_COLUMN_URL,
} TsColumnKind;

typedef enum
{
  TS_COLUMN_WRAP      = 1 << 0, /* long text, wrapped in the workbook */
  /* The record's sources by title: in the workbook one column per source,
   * each a link to the source's row on the Sources sheet. */
  TS_COLUMN_SOURCES   = 1 << 1,
  /* Ids, for programs that join the sheets; people read the column beside
   * it, which gives the same records by title. */
  TS_COLUMN_MACHINE   = 1 << 2,
  /* The text shows other records' titles: it changes when they do. */
  TS_COLUMN_LINKED    = 1 << 3,
  /* The list gives the column the width the window has to spare. */
  TS_COLUMN_EXPAND    = 1 << 4,
  /* The list's own, shorter form of a field (a current position, a
   * country's name): the exports do not write it. */
  TS_COLUMN_LIST_ONLY = 1 << 5,
  /* A sum of money in whole units: the workbook groups its thousands. */
  TS_COLUMN_AMOUNT    = 1 << 6,
  /* In the workbook, the record's name in the briefing's language where
   * the dataset has it (ts_record_get_display_name()), not its fill. */
  TS_COLUMN_DISPLAY_NAME = 1 << 7,
  /* The workbook's only: the CSV files do not have it. */
  TS_COLUMN_SHEET_ONLY = 1 << 8,
} TsColumnFlags;

/* How a column finds the records a record links to: in the dataset for the
 * list, in an export's own snapshot for a briefing written in a worker
 * thread. @func returns NULL when no record has @id. */
typedef TsRecord *(*TsColumnLookupFunc) (gpointer    user_data,
                                         const char *id);

typedef struct
{
  TsColumnLookupFunc func;
  gpointer           user_data;
  /* NULL, or where the cells joining lists are built, so that a writer
   * filling one cell at a time (a CSV file) makes no text per cell: such a
   * cell's text is then only valid until the next fill with the context.
   * The init functions leave it NULL. */
  GString           *scratch;
  /* NULL, or the linked records' names as found (TsRecord → its display
   * name, borrowed): for a writer that holds the language
   * (ts_i18n_hold()) and its records for as long as the context is used,
   * and asks for the same people and places' names tens of thousands of
   * times. The init functions leave it NULL. */
  GHashTable        *names;
} TsColumnContext;

typedef void (*TsColumnFillFunc) (const TsColumnContext *context,
                                  TsRecord              *record,
                                  TsCell                *cell);

typedef struct
{
  /* Stable, untranslated. The list's settings name its columns by it; a
   * list-only column that shows an exported field in short shares that
   * field's key ("country": a name in the list, a code in the exports). */
  const char       *key;
  const char       *title;        /* the exports' header; marked for translation */
  const char       *meaning;      /* for the Definitions sheet, so marked; NULL if list-only */
  TsColumnKind      kind;
  TsColumnFlags     flags;
  TsColumnFillFunc  fill;
  double            sheet_width;  /* in the workbook, in characters */
  /* Where the list shows the column: 1 for the first; 0 when it does not. */
  guint             list_position;
  int               list_width;   /* natural width of a list cell, in characters */
  const char       *list_title;   /* the list's header when not @title, so marked */
  /* Where a briefing's record sheet shows the column among those a reader
   * wants, printed: 1 for the first. 0 for the columns that follow them,
   * grouped, collapsed and not printed (ids, timestamps, precision,
   * details). */
  guint             sheet_position;
} TsColumn;

void        ts_column_context_init_for_dataset (TsColumnContext       *context,
                                                TsDataset             *dataset);
/* NULL when @id is NULL or names no record. */
TsRecord   *ts_column_context_lookup           (const TsColumnContext *context,
                                                const char            *id);
/* The title of the record @id names, or @id itself when there is none. */
const char *ts_column_context_get_title        (const TsColumnContext *context,
                                                const char            *id);

/* Whether the workbook and CSV files have the column. */
gboolean    ts_column_is_exported              (const TsColumn        *column);
/* Whether the workbook has the column: the exported ones and its own. */
gboolean    ts_column_is_in_sheet              (const TsColumn        *column);
/* The list's header, untranslated. */
const char *ts_column_get_list_title           (const TsColumn        *column);
/* The column's cell for @record as the list shows it. */
char       *ts_column_dup_text                 (const TsColumn        *column,
                                                const TsColumnContext *context,
                                                TsRecord              *record);

G_END_DECLS
