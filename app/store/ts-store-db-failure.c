/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A team database's connection: connecting (step by step, for the
 * SQLSTATE of a refusal), what went wrong told to the analyst (libpq's
 * status and the server's SQLSTATE sorted into the few failures that call
 * for something of them, ts-store-db.h's TsDbFailure, each with a message
 * that says what happened and what to do; never the password: libpq's
 * messages do not carry it, and the location is named without it), and
 * connecting again after the connection broke. */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <poll.h>
#include <string.h>

#include "ts-pq.h"
#include "ts-store.h"
#include "ts-store-db.h"
#include "ts-store-db-private.h"

/* libpq's verbose messages put the SQLSTATE after the severity, which the
 * server may have translated: "FATAL:  28P01: password authentication
 * failed…", "ВАЖНО:  28P01: …". A SQLSTATE has a digit: "FATAL" is not one. */
#define SQLSTATE "((?=[A-Z]*[0-9])[0-9A-Z]{5})"
#define SQLSTATE_PATTERN "(?:^|\\s)\\S+:\\s+" SQLSTATE ":\\s+"

char *
_ts_db_message_sqlstate (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new (SQLSTATE_PATTERN, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (message == NULL || !g_regex_match (regex, message, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* One line, without the SQLSTATE and the LOCATION of the verbose form. */
char *
_ts_db_message_clean (const char *message)
{
  g_autoptr(GRegex) state = g_regex_new ("(\\S+:\\s+)" SQLSTATE ":\\s+", 0, 0, NULL);
  g_autoptr(GRegex) location = g_regex_new ("^LOCATION:.*$", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *without_state = NULL;
  g_autofree char *without_location = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (message == NULL)
    return g_strdup ("");
  without_state = g_regex_replace (state, message, -1, 0, "\\1", 0, NULL);
  without_location = g_regex_replace (location, without_state, -1, 0, "", 0, NULL);
  lines = g_strsplit_set (without_location, "\n\t", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, lines[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

TsDbFailure
_ts_db_classify (PGconn     *conn,
                 const char *sqlstate,
                 gboolean    connecting)
{
  if (sqlstate != NULL)
    {
      if (strcmp (sqlstate, "28P01") == 0)
        return TS_DB_FAILURE_PASSWORD;
      if (g_str_has_prefix (sqlstate, "28"))
        return TS_DB_FAILURE_ACCESS;
      if (strcmp (sqlstate, "42501") == 0 || strcmp (sqlstate, "25006") == 0)
        return TS_DB_FAILURE_PERMISSION;
      /* 08xxx connection_exception; 57P01 admin_shutdown (a backend
       * terminated, pg_terminate_backend), 57P02 crash_shutdown, 57P03
       * cannot_connect_now (the server is starting or stopping). */
      if (g_str_has_prefix (sqlstate, "08") || strcmp (sqlstate, "57P01") == 0
          || strcmp (sqlstate, "57P02") == 0 || strcmp (sqlstate, "57P03") == 0)
        return connecting ? TS_DB_FAILURE_UNREACHABLE : TS_DB_FAILURE_DISCONNECTED;
      if (!connecting || PQstatus (conn) == CONNECTION_OK)
        return PQstatus (conn) == CONNECTION_BAD ? TS_DB_FAILURE_DISCONNECTED
                                                 : TS_DB_FAILURE_NONE;
      /* Anything else the server said while connecting (no such database:
       * 3D000, too many connections: 53300) is its own message. */
      return TS_DB_FAILURE_NONE;
    }

  if (connecting)
    {
      /* No SQLSTATE: the server never said anything. A password it asked
       * for and was not given is the analyst's to supply; a location
       * libpq could not read (no host known: PQhost () is "") is not the
       * network's fault. */
      if (PQconnectionNeedsPassword (conn))
        return TS_DB_FAILURE_PASSWORD;
      if (PQhost (conn) == NULL || PQhost (conn)[0] == '\0')
        return TS_DB_FAILURE_NONE;
      return TS_DB_FAILURE_UNREACHABLE;
    }

  return PQstatus (conn) == CONNECTION_BAD ? TS_DB_FAILURE_DISCONNECTED : TS_DB_FAILURE_NONE;
}

/* The server as the analyst knows it: its host name (and port, unless the
 * usual one), or the whole location when it is reached by a local socket. */
static char *
describe_server (PGconn     *conn,
                 const char *display)
{
  const char *host = conn != NULL ? PQhost (conn) : NULL;
  const char *port = conn != NULL ? PQport (conn) : NULL;

  if (host == NULL || host[0] == '\0' || host[0] == '/')
    return g_strdup_printf ("“%s”", display);
  if (port == NULL || port[0] == '\0' || strcmp (port, "5432") == 0)
    return g_strdup (host);
  if (strchr (host, ':') != NULL)
    return g_strdup_printf ("[%s]:%s", host, port);
  return g_strdup_printf ("%s:%s", host, port);
}

void
_ts_db_set_failure_error (TsDbFailure   failure,
                          PGconn       *conn,
                          const char   *display,
                          const char   *detail,
                          gboolean      saving,
                          GError      **error)
{
  g_autofree char *server = describe_server (conn, display);
  const char *user = conn != NULL && PQuser (conn) != NULL ? PQuser (conn) : "";

  if (detail == NULL)
    detail = "";

  switch (failure)
    {
    case TS_DB_FAILURE_UNREACHABLE:
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_UNREACHABLE,
                   /* Translators: the first %s is a server ("db.example.org"), the
                    * second what the network library said */
                   _("The team database at %s could not be reached. Check your network "
                     "connection and try again. (%s)"),
                   server, detail);
      break;
    case TS_DB_FAILURE_PASSWORD:
      if (conn != NULL && PQconnectionNeedsPassword (conn))
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_AUTHENTICATION,
                     /* Translators: %s are a server and a database role (a user name) */
                     _("The team database at %s asks for the password of %s, and none was "
                       "given. Put it in ~/.pgpass (or the service file) and try again."),
                     server, user);
      else
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_AUTHENTICATION,
                     /* Translators: %s are a server and a database role (a user name) */
                     _("The team database at %s refused the password for %s. Check the user "
                       "name and the password (in ~/.pgpass or the service file) and try "
                       "again."),
                     server, user);
      break;
    case TS_DB_FAILURE_ACCESS:
      /* The server's words alone: "role "amina" is not permitted to log
       * in", not libpq's "connection to server at … failed: FATAL:  …". */
      if (strstr (detail, "failed: ") != NULL)
        detail = g_strrstr (detail, "failed: ") + strlen ("failed: ");
      if (g_regex_match_simple ("^\\S+:\\s+", detail, 0, 0))
        detail = strchr (detail, ':') + 1;
      while (*detail == ' ')
        detail++;
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_AUTHENTICATION,
                   /* Translators: %s are a server, a database role (a user name) and
                    * what the server said */
                   _("The team database at %s does not let %s in (%s). Ask its "
                     "administrator for access."),
                   server, user, detail);
      break;
    case TS_DB_FAILURE_DISCONNECTED:
      if (saving)
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED,
                     /* Translators: %s is a server */
                     _("The connection to the team database at %s was lost. Your change was "
                       "not saved; it is still in the editor. Try again when the connection "
                       "is back."),
                     server);
      else
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED,
                     /* Translators: %s is a server */
                     _("The connection to the team database at %s was lost. Try again when "
                       "the connection is back."),
                     server);
      break;
    case TS_DB_FAILURE_PERMISSION:
      /* Opening: a role with no privileges at all, or a reader opening a
       * database that has no tables yet. */
      if (!saving)
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_PERMISSION,
                     /* Translators: %s are a database role (a user name), a server and
                      * what the server said */
                     _("Your role %s may not use the team database at %s (%s). Ask its "
                       "administrator for the analyst role."),
                     user, server, detail);
      else
        g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_PERMISSION,
                     /* Translators: %s are a database role (a user name) and a server */
                     _("Your role %s may read the team database at %s but not change it. "
                       "Ask its administrator for the analyst role."),
                     user, server);
      break;
    case TS_DB_FAILURE_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Connecting */

/* libpq's connect_timeout as it takes it: none (0) waits for ever, and
 * less than 2 seconds is 2. */
static int
connect_timeout (PGconn *conn)
{
  PQconninfoOption *options = PQconninfo (conn);
  gint64 seconds = 0;

  for (PQconninfoOption *option = options; option != NULL && option->keyword != NULL; option++)
    {
      if (strcmp (option->keyword, "connect_timeout") == 0 && option->val != NULL)
        seconds = g_ascii_strtoll (option->val, NULL, 10);
    }
  PQconninfoFree (options);

  if (seconds <= 0)
    return 0;
  return (int) CLAMP (seconds, 2, G_MAXINT / 2);
}

/* Waits until the connection's socket is ready for what @polling asks;
 * FALSE when @deadline (0: none) passed first. */
static gboolean
wait_for_socket (PGconn                    *conn,
                 PostgresPollingStatusType  polling,
                 gint64                     deadline)
{
  struct pollfd fd = {
    PQsocket (conn), polling == PGRES_POLLING_READING ? POLLIN : POLLOUT, 0
  };

  for (;;)
    {
      int timeout = -1;
      int n;

      if (deadline > 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return FALSE;
          timeout = (int) MIN ((left + 999) / 1000, G_MAXINT);
        }
      n = poll (&fd, 1, timeout);
      if (n > 0 || (n < 0 && errno != EINTR))
        return TRUE;
    }
}

gboolean
_ts_db_connect_poll (PGconn *conn,
                     int    *timeout)
{
  PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
  gint64 deadline = 0;

  PQsetErrorVerbosity (conn, PQERRORS_VERBOSE);
  *timeout = connect_timeout (conn);
  if (*timeout > 0)
    deadline = g_get_monotonic_time () + (gint64) *timeout * G_USEC_PER_SEC;
  while (PQstatus (conn) != CONNECTION_BAD
         && polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED)
    {
      if (!wait_for_socket (conn, polling, deadline))
        return FALSE;
      polling = PQconnectPoll (conn);
    }
  return TRUE;
}

/* Failures and reconnecting */

TsDbFailure
ts_db_get_failure (TsDb *db)
{
  return db->failure;
}

gboolean
ts_db_take_failure (TsDb        *db,
                    const char  *display,
                    gboolean     saving,
                    GError     **error)
{
  if (db == NULL || db->kind != TS_DB_POSTGRESQL || db->failure == TS_DB_FAILURE_NONE)
    return FALSE;

  if (error != NULL)
    g_clear_error (error);
  _ts_db_set_failure_error (db->failure, db->pg, display, db->failure_detail, saving, error);
  return TRUE;
}

void
ts_db_describe_failure (TsDb         *db,
                        TsDbFailure   failure,
                        const char   *display,
                        gboolean      saving,
                        GError      **error)
{
  _ts_db_set_failure_error (failure, db->kind == TS_DB_POSTGRESQL ? db->pg : NULL, display,
                            NULL, saving, error);
}

gboolean
ts_db_is_connected (TsDb *db)
{
  return db->kind == TS_DB_SQLITE || db->connected;
}

TsDbResult
ts_db_reconnect (TsDb *db)
{
  g_autofree char *sqlstate = NULL;

  if (db->kind == TS_DB_SQLITE || PQstatus (db->pg) == CONNECTION_OK)
    return TS_DB_OK;

  _ts_db_set_connected (db, FALSE);
  PQreset (db->pg);
  if (PQstatus (db->pg) == CONNECTION_OK)
    {
      g_debug ("Reconnected to %s", PQhost (db->pg));
      db->generation++;
      db->in_transaction = FALSE;
      db->failure = TS_DB_FAILURE_NONE;
      _ts_db_set_up_session (db);
      _ts_db_set_connected (db, TRUE);
      return TS_DB_OK;
    }

  /* Still down: a server that cannot be reached is a connection lost (the
   * analyst was connected); a password refused now is said as such. */
  sqlstate = _ts_db_message_sqlstate (PQerrorMessage (db->pg));
  g_free (db->pg_error);
  db->pg_error = _ts_db_message_clean (PQerrorMessage (db->pg));
  g_free (db->failure_detail);
  db->failure_detail = g_strdup (db->pg_error);
  db->failure = _ts_db_classify (db->pg, sqlstate, TRUE);
  if (db->failure == TS_DB_FAILURE_UNREACHABLE || db->failure == TS_DB_FAILURE_NONE)
    db->failure = TS_DB_FAILURE_DISCONNECTED;
  return TS_DB_ERROR;
}

void
ts_db_set_connection_func (TsDb               *db,
                           TsDbConnectionFunc  func,
                           gpointer            user_data)
{
  db->connection_func = func;
  db->connection_data = user_data;
}

void
ts_db_set_read_only (TsDb     *db,
                     gboolean  read_only)
{
  db->read_only = read_only;
}

const char *
ts_db_get_user (TsDb *db)
{
  return db->kind == TS_DB_POSTGRESQL ? PQuser (db->pg) : NULL;
}
