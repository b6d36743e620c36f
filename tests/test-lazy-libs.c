/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libpq, libsecret and libxlsxwriter are loaded only when a team
 * database, a password or a briefing is first needed (app/store/ts-pq.h,
 * ts-secret-lib.h, app/export/ts-xlsx-lib.h): a local database maps none
 * of them; loaded, their symbols stay out of the global scope; and when
 * one cannot be loaded, the analyst is told which and what to install,
 * and the rest works. This program links none of them (it does not call
 * them itself). */

/* The tables' entries by their own names. */
#define TS_PQ_NO_NAMES
#define TS_SECRET_LIB_NO_NAMES
#define TS_XLSX_LIB_NO_NAMES

#include "config.h"

#include <dlfcn.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ts-briefing.h"
#include "ts-csv.h"
#include "ts-error.h"
#include "ts-pq.h"
#include "ts-secret-lib.h"
#include "ts-store.h"
#include "ts-store-secret.h"
#include "ts-xlsx-lib.h"

/* Whether the library @soname (libpq.so.5) is mapped into this process:
 * its file is named so, or so and its version (libpq.so.5.15). */
static gboolean
library_is_mapped (const char *soname)
{
  g_autofree char *maps = NULL;
  g_autofree char *needle = g_strdup_printf ("/%s", soname);
  g_autoptr(GError) error = NULL;

  g_file_get_contents ("/proc/self/maps", &maps, NULL, &error);
  g_assert_no_error (error);
  for (const char *p = strstr (maps, needle); p != NULL; p = strstr (p + 1, needle))
    if (p[strlen (needle)] == '\n' || p[strlen (needle)] == '.')
      return TRUE;
  return FALSE;
}

/* A local database, in a folder of its own, with the shipped dataset. */
static TsStore *
open_local_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TsStore *store;

  *dir = g_dir_make_tmp ("tianshan-lazy-libs-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "tianshan.db", NULL);
  store = ts_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ts_dataset_get_n_records (ts_store_get_dataset (store)), >, 0);
  return store;
}

static void
remove_local_store (TsStore *store,
                    char    *dir)
{
  g_autofree char *path = g_build_filename (dir, "tianshan.db", NULL);

  g_object_unref (store);
  g_remove (path);
  g_rmdir (dir);
  g_free (dir);
}

static void
test_local_database_loads_neither (void)
{
  g_autoptr(GError) error = NULL;
  TsStore *store;
  char *dir;

  g_assert_false (library_is_mapped (TS_PQ_SONAME));
  g_assert_false (library_is_mapped (TS_SECRET_LIB_SONAME));
  g_assert_false (library_is_mapped (TS_XLSX_LIB_SONAME));

  /* A local database: created, seeded, read. */
  store = open_local_store (&dir);
  g_assert_false (library_is_mapped (TS_PQ_SONAME));
  g_assert_false (library_is_mapped (TS_SECRET_LIB_SONAME));
  g_assert_false (library_is_mapped (TS_XLSX_LIB_SONAME));
  /* A location that is not a team database has no password: libsecret
   * (and libpq, which parses team locations) stays unloaded. */
  g_assert_null (ts_store_secret_lookup (ts_store_get_path (store), NULL, &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_clear_error (&error);
  g_assert_false (library_is_mapped (TS_PQ_SONAME));
  g_assert_false (library_is_mapped (TS_SECRET_LIB_SONAME));
  remove_local_store (store, dir);

  /* Loaded when asked for, with local binding: the program's global
   * scope does not have their functions. */
  g_assert_true (ts_pq_load (&error));
  g_assert_no_error (error);
  g_assert_true (library_is_mapped (TS_PQ_SONAME));
  g_assert_nonnull (ts_pq_functions.PQconnectStartParams);
  g_assert_null (dlsym (RTLD_DEFAULT, "PQconnectStartParams"));
  g_assert_false (library_is_mapped (TS_SECRET_LIB_SONAME));

  g_assert_true (ts_secret_lib_load (&error));
  g_assert_no_error (error);
  g_assert_true (library_is_mapped (TS_SECRET_LIB_SONAME));
  g_assert_nonnull (ts_secret_lib_functions.secret_password_lookupv_sync);
  g_assert_null (dlsym (RTLD_DEFAULT, "secret_password_lookupv_sync"));

  /* Once: again, the same. */
  g_assert_true (ts_pq_load (&error));
  g_assert_true (ts_secret_lib_load (&error));
}

/* libpq cannot be loaded: team databases say why and what to install, and
 * a local database works as before. */
static void
test_pq_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autoptr(GError) secret_error = NULL;
  TsStore *store;
  char *dir;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_false (_ts_pq_load_library ("libpq-absent.so.5", &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Team databases need PostgreSQL’s client "
                                            "library (libpq-absent.so.5), which could not "
                                            "be loaded: "));
  /* The loader's reason, then what to install. */
  g_assert_nonnull (strstr (error->message, "libpq-absent.so.5: cannot open shared object "
                                            "file"));
  g_assert_nonnull (strstr (error->message, "Install libpq (the package libpq5"));

  /* What the window and the command line get, opening a team database. */
  g_assert_null (ts_store_open ("postgresql://localhost/tianshan-lazy-libs", &open_error));
  g_assert_error (open_error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_assert_cmpstr (open_error->message, ==, error->message);
  /* And its password, which libpq's parsing of the location names. */
  g_assert_null (ts_store_secret_lookup ("host=localhost dbname=tianshan", NULL,
                                         &secret_error));
  g_assert_error (secret_error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_assert_cmpstr (secret_error->message, ==, error->message);
  /* Once: the same on every later try, never the real one. */
  g_clear_error (&open_error);
  g_assert_false (ts_pq_load (&open_error));
  g_assert_cmpstr (open_error->message, ==, error->message);
  g_assert_false (library_is_mapped (TS_PQ_SONAME));

  store = open_local_store (&dir);
  g_assert_cmpstr (ts_store_get_path (store), !=, NULL);
  remove_local_store (store, dir);
}

/* A library of that name that is not libpq. */
static void
test_pq_not_libpq (void)
{
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_false (_ts_pq_load_library ("libsqlite3.so.0", &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, "(libsqlite3.so.0), which could not be loaded: "
                                            "it has no function PQclear. Install libpq"));
}

/* libsecret cannot be loaded: keeping, finding and forgetting a password
 * say why and what to install; team databases themselves are not
 * concerned. */
static void
test_secret_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) lookup_error = NULL;
  g_autoptr(GError) store_error = NULL;
  g_autoptr(GError) clear_error = NULL;
  const char *location = "host=localhost dbname=tianshan user=analyst";

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_false (_ts_secret_lib_load_library ("libsecret-absent.so.0", &error));
  g_assert_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Remembering passwords needs libsecret "
                                            "(libsecret-absent.so.0), which could not be "
                                            "loaded: libsecret-absent.so.0: cannot open"));
  g_assert_nonnull (strstr (error->message, "Install libsecret (the package libsecret-1-0"));

  g_assert_null (ts_store_secret_lookup (location, NULL, &lookup_error));
  g_assert_cmpstr (lookup_error->message, ==, error->message);
  g_assert_false (ts_store_secret_store (location, "secret", NULL, &store_error));
  g_assert_cmpstr (store_error->message, ==, error->message);
  g_assert_false (ts_store_secret_clear (location, NULL, &clear_error));
  g_assert_cmpstr (clear_error->message, ==, error->message);
  g_assert_false (library_is_mapped (TS_SECRET_LIB_SONAME));

  /* libpq itself loads. */
  g_clear_error (&error);
  g_assert_true (ts_pq_load (&error));
  g_assert_no_error (error);
}

/* The shipped dataset's meetings as CSV, and all of it as a briefing, in
 * @dir: whether each was written (@error set when not). */
static gboolean
write_csv (TsStore     *store,
           const char  *dir,
           GError     **error)
{
  g_autoptr(TsExportData) data = ts_export_data_new (ts_store_get_dataset (store), NULL);
  g_autofree char *path = g_build_filename (dir, "meetings.csv", NULL);
  gboolean written = ts_csv_write (data, TS_RECORD_TYPE_MEETING, path, NULL, NULL, NULL, error);

  if (written)
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_remove (path);
  return written;
}

static gboolean
write_briefing (TsStore     *store,
                const char  *dir,
                GError     **error)
{
  g_autoptr(TsExportData) data = ts_export_data_new (ts_store_get_dataset (store), NULL);
  g_autofree char *path = g_build_filename (dir, "briefing.xlsx", NULL);
  gboolean written = ts_briefing_write (data, path, NULL, NULL, NULL, NULL, error);

  g_assert_cmpint (written, ==, g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_remove (path);
  return written;
}

/* A CSV export needs no libxlsxwriter; the first briefing loads it, with
 * local binding. */
static void
test_briefing_loads_xlsxwriter (void)
{
  g_autoptr(GError) error = NULL;
  TsStore *store;
  char *dir;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  store = open_local_store (&dir);
  g_assert_true (write_csv (store, dir, &error));
  g_assert_no_error (error);
  g_assert_false (library_is_mapped (TS_XLSX_LIB_SONAME));

  g_assert_true (write_briefing (store, dir, &error));
  g_assert_no_error (error);
  g_assert_true (library_is_mapped (TS_XLSX_LIB_SONAME));
  g_assert_nonnull (ts_xlsx_lib_functions.workbook_new_opt);
  g_assert_null (dlsym (RTLD_DEFAULT, "workbook_new_opt"));
  /* Once: a second briefing uses the same. */
  g_assert_true (write_briefing (store, dir, &error));
  g_assert_no_error (error);
  remove_local_store (store, dir);
}

/* libxlsxwriter cannot be loaded: a briefing says why and what to install,
 * and writes nothing; CSV works as before. */
static void
test_xlsxwriter_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) write_error = NULL;
  TsStore *store;
  char *dir;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_false (_ts_xlsx_lib_load_library ("libxlsxwriter-absent.so.4", "/tmp/b.xlsx",
                                             &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Could not write “/tmp/b.xlsx”: briefings need "
                                            "libxlsxwriter (libxlsxwriter-absent.so.4), which "
                                            "could not be loaded: libxlsxwriter-absent.so.4: "
                                            "cannot open"));
  g_assert_nonnull (strstr (error->message, "Install libxlsxwriter (the package "
                                            "libxlsxwriter4 on Debian and Ubuntu). No file was "
                                            "written."));

  /* What the window and the command line get; no file left behind. */
  store = open_local_store (&dir);
  g_assert_false (write_briefing (store, dir, &write_error));
  g_assert_error (write_error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (write_error->message, "briefings need libxlsxwriter "
                                                  "(libxlsxwriter-absent.so.4)"));
  g_assert_false (library_is_mapped (TS_XLSX_LIB_SONAME));
  g_clear_error (&error);
  g_assert_true (write_csv (store, dir, &error));
  g_assert_no_error (error);
  remove_local_store (store, dir);
}

/* A library of that name that is not libxlsxwriter. */
static void
test_xlsxwriter_not_xlsxwriter (void)
{
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_false (_ts_xlsx_lib_load_library ("libsqlite3.so.0", "b.xlsx", &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "(libsqlite3.so.0), which could not be loaded: "
                                            "it has no function chart_add_series. Install "
                                            "libxlsxwriter"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lazy-libs/local-database-loads-neither", test_local_database_loads_neither);
  g_test_add_func ("/lazy-libs/pq-missing", test_pq_missing);
  g_test_add_func ("/lazy-libs/pq-not-libpq", test_pq_not_libpq);
  g_test_add_func ("/lazy-libs/secret-missing", test_secret_missing);
  g_test_add_func ("/lazy-libs/briefing-loads-xlsxwriter", test_briefing_loads_xlsxwriter);
  g_test_add_func ("/lazy-libs/xlsxwriter-missing", test_xlsxwriter_missing);
  g_test_add_func ("/lazy-libs/xlsxwriter-not-xlsxwriter", test_xlsxwriter_not_xlsxwriter);

  return g_test_run ();
}
