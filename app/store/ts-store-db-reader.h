/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-store-db.h"

G_BEGIN_DECLS

/* The rows of several statements, stepped through one statement after
 * the other, each column read as the caller says. A threaded reader steps
 * the statements in a thread of its own, a few hundred rows ahead of the
 * caller, so that the caller works on one batch of rows (the store builds
 * records from them) while the database reads the next: loading splits
 * over two cores. Unthreaded, it reads each batch when the caller needs
 * it, in the caller's thread (for PostgreSQL, whose results libpq holds
 * whole and whose failures are handled where they happen).
 *
 * Nothing else may use the connection from the first step until the
 * reader is freed. */

typedef enum
{
  TS_DB_READ_SKIP,    /* not read */
  TS_DB_READ_TEXT,    /* as ts_db_column_text () reads it: NULL for NULL */
  TS_DB_READ_NUMBER,  /* as ts_db_column_is_null () and ts_db_column_double () */
  TS_DB_READ_INT64,   /* as ts_db_column_int64 () */
} TsDbRead;

typedef struct _TsDbReader TsDbReader;

TsDbReader *ts_db_reader_new    (TsDb            *db,
                                 gboolean         threaded);
/* Takes @stmt, whose first @n_reads columns are read as @reads says;
 * @reads must outlive the reader. Only before the first step. */
void        ts_db_reader_add    (TsDbReader      *reader,
                                 TsDbStmt        *stmt,
                                 const TsDbRead  *reads,
                                 guint            n_reads);
/* The current statement's next row: TS_DB_ROW; then its end, once:
 * TS_DB_DONE, and the next step gives the next statement's first row; or
 * its failure, which ends the reading (ts_db_errmsg () says what it was,
 * and every later step gives it again). */
TsDbResult  ts_db_reader_step   (TsDbReader      *reader);
/* The current row's columns, read as ts_db_reader_add () was told;
 * valid until the next step. */
gboolean    ts_db_reader_is_null (TsDbReader     *reader,
                                  int             column);
const char *ts_db_reader_text   (TsDbReader      *reader,
                                 int              column);
gint64      ts_db_reader_int64  (TsDbReader      *reader,
                                 int              column);
double      ts_db_reader_double (TsDbReader      *reader,
                                 int              column);
/* Stops reading (the caller may stop before the end) and finalizes the
 * statements. */
void        ts_db_reader_free   (TsDbReader      *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsDbReader, ts_db_reader_free)

G_END_DECLS
