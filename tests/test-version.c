/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib.h>
#include <string.h>
#include <sys/wait.h>

static char *
tianshan_path (void)
{
  return g_build_filename (g_getenv ("TS_BUILD_ROOT"), "app", "tianshan", NULL);
}

/* --version answers without a display and without touching any database. */
static void
test_version_prints_version (void)
{
  g_autofree char *path = tianshan_path ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { path, "--version", NULL };
  int status = -1;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", "/nonexistent/tianshan-test", TRUE);

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "tianshan " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

/* Filters without --export are a usage error (exit 2) that says why. */
static void
test_version_filters_need_export (void)
{
  g_autofree char *path = tianshan_path ();
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { path, "--search", "baysalov", NULL };
  int status = -1;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "--export"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/version/prints-version", test_version_prints_version);
  g_test_add_func ("/version/filters-need-export", test_version_filters_need_export);

  return g_test_run ();
}
