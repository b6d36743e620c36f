/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What ts-store-db.c (statements, transactions) and ts-store-db-failure.c
 * (connecting, failures, reconnecting) share of a connection. */

#include "ts-pq.h"
#include "ts-store-db.h"

G_BEGIN_DECLS

struct _TsDb
{
  TsDbKind      kind;
  /* SQLite */
  sqlite3      *sqlite;
  sqlite3_stmt *begin;
  sqlite3_stmt *commit;
  sqlite3_stmt *rollback;
  /* PostgreSQL */
  PGconn       *pg;
  char         *pg_error;
  guint         n_prepared;
  /* What the last failure was (ts-store-db-failure.c classifies it), and
   * the server's message for it. */
  TsDbFailure   failure;
  char         *failure_detail;
  /* Whether the connection is up, as far as this side knows; +1 on every
   * reconnection (a server's prepared statements go with its session). */
  gboolean      connected;
  guint         generation;
  /* Between ts_db_begin () and ts_db_commit ()/ts_db_rollback (). */
  gboolean      in_transaction;
  gboolean      read_only;
  TsDbConnectionFunc connection_func;
  gpointer      connection_data;
};

/* Asks libpq for its verbose messages (they carry the SQLSTATE of a
 * refusal to connect) and waits for @conn, started by
 * PQconnectStartParams (), to connect or fail; FALSE when its
 * connect_timeout (set in *@timeout, in seconds; 0: none) ran out first. */
gboolean _ts_db_connect_poll    (PGconn   *conn,
                                 int      *timeout);
/* The session as the store reads and writes it: on a new connection and
 * after a reconnection. */
void     _ts_db_set_up_session  (TsDb     *db);
/* Notes that the connection is up or broken, and says so to the
 * connection function. */
void     _ts_db_set_connected   (TsDb     *db,
                                 gboolean  connected);

/* ts-store-db-failure.c, for ts-store-db.c: what a SQLSTATE (NULL: none)
 * or a connection's state says, the SQLSTATE in a message of libpq's
 * verbose form ("FATAL:  28P01: password…"), and the message without it. */
TsDbFailure _ts_db_classify        (PGconn      *conn,
                                    const char  *sqlstate,
                                    gboolean     connecting);
void        _ts_db_set_failure_error (TsDbFailure  failure,
                                      PGconn      *conn,
                                      const char  *display,
                                      const char  *detail,
                                      gboolean     saving,
                                      GError     **error);
char       *_ts_db_message_sqlstate (const char *message);
char       *_ts_db_message_clean    (const char *message);

G_END_DECLS
