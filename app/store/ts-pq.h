/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libpq, PostgreSQL's client library, loaded when a team database is first
 * needed rather than linked: a program that opens only a file (SQLite)
 * never maps it, nor the Kerberos, LDAP, SASL and TLS libraries it brings,
 * whose symbols every library loaded later would otherwise be looked up
 * in (the start-up paragraph of the README's Performance section).
 *
 * ts_pq_load () opens libpq.so.5 with local binding (its symbols stay out
 * of the program's global scope) and resolves, once per process and
 * thread-safely, every function the store calls into ts_pq_functions.
 * Below, each of those functions' names stands for its entry in the
 * table, so that the store's code calls PQexec (conn, sql) as it reads;
 * libpq-fe.h gives the types, constants and prototypes (the table's types
 * are the prototypes'), and nothing links libpq itself: a call through a
 * name missing here is an undefined reference when the program links.
 *
 * Call one only after ts_pq_load () returned TRUE: once a connection
 * (a PGconn) exists, it did. */

#include <glib.h>
#include <libpq-fe.h>

#include "ts-lazy-library.h"

G_BEGIN_DECLS

/* The library's name, as the dynamic loader finds it (its soname): the
 * system's, or in the Flatpak the one built into /app/lib. */
#define TS_PQ_SONAME "libpq.so.5"

typedef struct
{
  __typeof__ (PQclear)                   *PQclear;
  __typeof__ (PQconnectPoll)             *PQconnectPoll;
  __typeof__ (PQconnectStartParams)      *PQconnectStartParams;
  __typeof__ (PQconnectionNeedsPassword) *PQconnectionNeedsPassword;
  __typeof__ (PQconninfo)                *PQconninfo;
  __typeof__ (PQconninfoFree)            *PQconninfoFree;
  __typeof__ (PQconninfoParse)           *PQconninfoParse;
  __typeof__ (PQconsumeInput)            *PQconsumeInput;
  __typeof__ (PQerrorMessage)            *PQerrorMessage;
  __typeof__ (PQexec)                    *PQexec;
  __typeof__ (PQexecParams)              *PQexecParams;
  __typeof__ (PQexecPrepared)            *PQexecPrepared;
  __typeof__ (PQfinish)                  *PQfinish;
  __typeof__ (PQfreemem)                 *PQfreemem;
  __typeof__ (PQgetisnull)               *PQgetisnull;
  __typeof__ (PQgetvalue)                *PQgetvalue;
  __typeof__ (PQhost)                    *PQhost;
  __typeof__ (PQnotifies)                *PQnotifies;
  __typeof__ (PQntuples)                 *PQntuples;
  __typeof__ (PQport)                    *PQport;
  __typeof__ (PQprepare)                 *PQprepare;
  __typeof__ (PQreset)                   *PQreset;
  __typeof__ (PQresultErrorField)        *PQresultErrorField;
  __typeof__ (PQresultStatus)            *PQresultStatus;
  __typeof__ (PQsetErrorVerbosity)       *PQsetErrorVerbosity;
  __typeof__ (PQsetNoticeProcessor)      *PQsetNoticeProcessor;
  __typeof__ (PQsocket)                  *PQsocket;
  __typeof__ (PQstatus)                  *PQstatus;
  __typeof__ (PQtransactionStatus)       *PQtransactionStatus;
  __typeof__ (PQuser)                    *PQuser;
} TsPqFunctions;

/* Filled by ts_pq_load (); read it only through the names below. */
extern TsPqFunctions ts_pq_functions;

/* Loads libpq (TS_PQ_SONAME) the first time; FALSE, with a
 * TS_STORE_ERROR_DATABASE error that names the library and what to
 * install, when it cannot be (then and on every later call). */
gboolean ts_pq_load            (GError     **error);

/* ts_pq_load () of @soname instead: whichever of the two runs first in a
 * process loads the library for all. For the tests. */
gboolean _ts_pq_load_library   (const char  *soname,
                                GError     **error);

/* Shared with ts-secret-lib.c: ts_lazy_library_load () of @library
 * from @soname, its failure a TS_STORE_ERROR_DATABASE error. */
gboolean _ts_lazy_library_load (TsLazyLibrary  *library,
                                const char     *soname,
                                GError        **error);

#ifndef TS_PQ_NO_NAMES
#define PQclear                   (ts_pq_functions.PQclear)
#define PQconnectPoll             (ts_pq_functions.PQconnectPoll)
#define PQconnectStartParams      (ts_pq_functions.PQconnectStartParams)
#define PQconnectionNeedsPassword (ts_pq_functions.PQconnectionNeedsPassword)
#define PQconninfo                (ts_pq_functions.PQconninfo)
#define PQconninfoFree            (ts_pq_functions.PQconninfoFree)
#define PQconninfoParse           (ts_pq_functions.PQconninfoParse)
#define PQconsumeInput            (ts_pq_functions.PQconsumeInput)
#define PQerrorMessage            (ts_pq_functions.PQerrorMessage)
#define PQexec                    (ts_pq_functions.PQexec)
#define PQexecParams              (ts_pq_functions.PQexecParams)
#define PQexecPrepared            (ts_pq_functions.PQexecPrepared)
#define PQfinish                  (ts_pq_functions.PQfinish)
#define PQfreemem                 (ts_pq_functions.PQfreemem)
#define PQgetisnull               (ts_pq_functions.PQgetisnull)
#define PQgetvalue                (ts_pq_functions.PQgetvalue)
#define PQhost                    (ts_pq_functions.PQhost)
#define PQnotifies                (ts_pq_functions.PQnotifies)
#define PQntuples                 (ts_pq_functions.PQntuples)
#define PQport                    (ts_pq_functions.PQport)
#define PQprepare                 (ts_pq_functions.PQprepare)
#define PQreset                   (ts_pq_functions.PQreset)
#define PQresultErrorField        (ts_pq_functions.PQresultErrorField)
#define PQresultStatus            (ts_pq_functions.PQresultStatus)
#define PQsetErrorVerbosity       (ts_pq_functions.PQsetErrorVerbosity)
#define PQsetNoticeProcessor      (ts_pq_functions.PQsetNoticeProcessor)
#define PQsocket                  (ts_pq_functions.PQsocket)
#define PQstatus                  (ts_pq_functions.PQstatus)
#define PQtransactionStatus       (ts_pq_functions.PQtransactionStatus)
#define PQuser                    (ts_pq_functions.PQuser)
#endif

G_END_DECLS
