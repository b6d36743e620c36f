/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests of a team database's failures share (test-store-failures.c,
 * test-failures-ui.c): roles with passwords reached over TCP, where the
 * server asks for a password (pg_virtualenv's pg_hba.conf: scram-sha-256 on
 * 127.0.0.1, peer on the local socket), the role SQL of the README, and
 * a backend terminated behind the store's back. */

#include <string.h>
#include <unistd.h>

#include "store-test-utils.h"

/* "dbname=ts_test_…" (store_test_server_database) → "ts_test_…". */
static inline const char *
failure_test_dbname (const char *location)
{
  g_assert_true (g_str_has_prefix (location, "dbname="));
  return location + strlen ("dbname=");
}

/* The database of @location over TCP as @user, with @password (NULL:
 * none in the location). */
static inline char *
failure_test_tcp_location (const char *location,
                           const char *user,
                           const char *password)
{
  const char *port = g_getenv ("PGPORT");

  g_assert_nonnull (port);
  return g_strdup_printf ("postgresql://%s%s%s@127.0.0.1:%s/%s", user,
                          password != NULL ? ":" : "", password != NULL ? password : "",
                          port, failure_test_dbname (location));
}

/* The server as the messages name it: "127.0.0.1:PORT" for the
 * locations of failure_test_tcp_location (), "localhost:PORT" for those of
 * store_test_server_database () (pg_virtualenv's PGHOST). */
static inline char *
failure_test_server_name (const char *host)
{
  return g_strdup_printf ("%s:%s", host, g_getenv ("PGPORT"));
}

/* A role name of this process: roles belong to the whole cluster. */
static inline char *
failure_test_role_name (const char *prefix)
{
  static guint counter;

  return g_strdup_printf ("%s_%d_%u", prefix, (int) getpid (), ++counter);
}

/* The SQL of README.md's block marked <!-- sql: @name -->: the next
 * ```sql fence after the mark, up to its closing fence. The tests run what
 * the README tells administrators to run, not a copy of it. */
static inline char *
failure_test_readme_sql (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "README.md", NULL);
  g_autofree char *mark = g_strdup_printf ("<!-- sql: %s -->", name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *start;
  const char *end;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  start = strstr (contents, mark);
  g_assert_nonnull (start);
  start = strstr (start, "```sql\n");
  g_assert_nonnull (start);
  start += strlen ("```sql\n");
  end = strstr (start, "\n```");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* Runs README.md's role SQL: the two group roles (once per cluster, and
 * again without harm), then their privileges in the database of @location. */
static inline void
failure_test_run_readme_roles (const char *location)
{
  g_autofree char *roles = failure_test_readme_sql ("roles");
  g_autofree char *grants = failure_test_readme_sql ("grants");

  g_free (store_test_server_query (location, roles));
  g_free (store_test_server_query (location, grants));
}

/* A role that logs in with @password, a member of @group (NULL: none). */
static inline void
failure_test_create_login (const char *location,
                           const char *user,
                           const char *password,
                           const char *group)
{
  g_autofree char *sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD '%s'%s%s", user,
                                          password, group != NULL ? " IN ROLE " : "",
                                          group != NULL ? group : "");

  g_free (store_test_server_query (location, sql));
}

/* Terminates the server's backends of Tianshan's connections to the
 * database of @location (as @user, or any user for NULL), and waits until
 * they are gone; asserts there were @n at least (a connection another
 * store of the test just closed may still be on its way out). What a
 * server restart or a lost network does to the store's connection. */
static inline void
failure_test_terminate (const char *location,
                        const char *user,
                        guint       n)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT count(*) FILTER (WHERE pg_terminate_backend (pid, 60000)) "
    "FROM pg_stat_activity WHERE datname = '%s' AND application_name = 'tianshan'%s%s%s",
    failure_test_dbname (location), user != NULL ? " AND usename = '" : "",
    user != NULL ? user : "", user != NULL ? "'" : "");
  g_autofree char *count = store_test_server_query (location, sql);

  g_assert_nonnull (count);
  g_assert_cmpint (g_ascii_strtoll (count, NULL, 10), >=, n);
}
