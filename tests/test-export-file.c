/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every writer of user files (JSON, the xlsx briefing, CSV, the map as
 * PNG, SVG and PDF) follows one policy: the previous file survives a failed
 * export (a full disk, for real on a small tmpfs and as a file size limit),
 * no temporary file is left behind, and a read-only file or folder is
 * refused with the same message whatever the format.
 *
 * The tests run as root in CI, and root may write any file: "read-only" is
 * therefore what the permission bits say (no write bit for anyone), which
 * root is held to as well as anyone; see app/model/ts-export-file.h. */

/* unshare() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ts-basemap.h"
#include "ts-briefing.h"
#include "ts-csv.h"
#include "ts-json.h"
#include "ts-map-renderer.h"
#include "ts-map-scene-builder.h"

#include "export-test-utils.h"

#define PREVIOUS "The analyst's previous export.\n"

typedef enum
{
  FORMAT_JSON,
  FORMAT_XLSX,
  FORMAT_CSV,
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
  N_FORMATS
} Format;

static const char * const extensions[N_FORMATS] = { "json", "xlsx", "csv", "png", "svg", "pdf" };

typedef struct
{
  char      *dir;
  TsDataset *dataset;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  /* Loaded once: exports only read it. */
  static TsDataset *dataset;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tianshan-export-file-XXXXXX", &error);
  g_assert_no_error (error);
  if (dataset == NULL)
    dataset = export_test_load_fixture ();
  fixture->dataset = g_object_ref (dataset);
}

/* Also removes the folders a test made inside, made writable again. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) handle = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_chmod (path, 0700);
          export_test_remove_dir (path);
        }
    }
  export_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->dataset);
}

/* Exports the fixture to @path as the command line does for its format. */
static gboolean
export_to (TsDataset   *dataset,
           Format       format,
           const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  switch (format)
    {
    case FORMAT_JSON:
      return ts_json_write_file (dataset, NULL, file, error);
    case FORMAT_XLSX:
      return ts_briefing_export_file (dataset, NULL, file, NULL, error);
    case FORMAT_CSV:
      return ts_csv_export_file (dataset, NULL, "meeting", file, error);
    case FORMAT_PNG:
    case FORMAT_SVG:
    case FORMAT_PDF:
      {
        g_autoptr(TsBasemap) basemap = ts_basemap_new_from_resource (TS_BASEMAP_RESOURCE_PATH,
                                                                     NULL);
        g_autoptr(TsMapScene) scene = ts_map_scene_new_from_dataset (dataset, NULL);

        g_assert_nonnull (basemap);
        return ts_map_render_to_file (basemap, scene, path, 800, 500, error);
      }
    case N_FORMATS:
    default:
      g_assert_not_reached ();
    }
}

static char *
target_path (const char *dir,
             const char *name,
             Format      format)
{
  g_autofree char *file_name = g_strdup_printf ("%s.%s", name, extensions[format]);

  return g_build_filename (dir, file_name, NULL);
}

static void
write_previous (const char *path,
                int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, PREVIOUS, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
assert_previous (const char *path,
                 int         mode)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, PREVIOUS);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, mode);
}

/* A file with no write permission is refused, by root too, and left as it
 * was; the message is the same for every format. */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);
  g_autofree char *path = target_path (fixture->dir, "kept", format);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  write_previous (path, 0444);

  g_assert_false (export_to (fixture->dataset, format, path, &error));
  g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
  expected = g_strdup_printf ("Could not write “%s”: the file is read-only; choose another "
                              "name or make it writable. No file was written.", path);
  g_assert_cmpstr (error->message, ==, expected);

  assert_previous (path, 0444);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 1);
}

/* A folder with no write permission is refused, by root too: neither a
 * new file nor a replaced one, and nothing is written in place. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);
  g_autofree char *folder = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *path = target_path (folder, "kept", format);
  g_autofree char *other = target_path (folder, "new", format);
  const char *targets[] = { path, other };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  write_previous (path, 0644);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (export_to (fixture->dataset, format, targets[i], &error));
      g_assert_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO);
      expected = g_strdup_printf ("Could not write “%s”: cannot write in the folder “%s”, "
                                  "which is read-only; choose another folder. No file was "
                                  "written.", targets[i], folder);
      g_assert_cmpstr (error->message, ==, expected);
    }

  assert_previous (path, 0644);
  g_assert_cmpuint (export_test_count_files (folder), ==, 1);
}

/* A writable file is replaced whole, keeps its permissions and owner, and
 * leaves no temporary file beside it. */
static void
test_replaces (Fixture       *fixture,
               gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);
  g_autofree char *path = target_path (fixture->dir, "replaced", format);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_previous (path, 0640);
  /* Root (as in CI) may give the file away, and the export keeps it so. */
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, 65534, 65534), ==, 0);

  g_assert_true (export_to (fixture->dataset, format, path, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, !=, PREVIOUS);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  if (geteuid () == 0)
    {
      g_assert_cmpint (st.st_uid, ==, 65534);
      g_assert_cmpint (st.st_gid, ==, 65534);
    }
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 1);
}

/* A symbolic link stays one: the file it points to is replaced, and the
 * temporary file is made beside that file. */
static void
test_follows_link (Fixture       *fixture,
                   gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);
  g_autofree char *folder = g_build_filename (fixture->dir, "elsewhere", NULL);
  g_autofree char *real = target_path (folder, "real", format);
  g_autofree char *link = target_path (fixture->dir, "link", format);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  write_previous (real, 0644);
  g_assert_cmpint (symlink (real, link), ==, 0);

  g_assert_true (export_to (fixture->dataset, format, link, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_file_get_contents (real, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, !=, PREVIOUS);
  g_assert_cmpuint (export_test_count_files (folder), ==, 1);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 2);
}

/* In a subprocess: the export of @format to DIR/kept.EXT fails; prints its
 * message on stderr for the parent to check. */
static void
export_failing (Fixture *fixture,
                Format   format,
                char   **message)
{
  const char *dir = g_getenv ("TS_TEST_EXPORT_DIR");
  g_autofree char *path = target_path (dir, "kept", format);
  g_autoptr(GError) error = NULL;

  g_assert_false (export_to (fixture->dataset, format, path, &error));
  g_assert_nonnull (error);
  g_printerr ("%s\n", error->message);
  *message = g_strdup (error->message);
}

/* A full disk as a file size limit (RLIMIT_FSIZE, which needs no
 * privilege): the writes fail half-way, with EFBIG. */
static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);
  g_autofree char *path = target_path (fixture->dir, "kept", format);

  if (g_test_subprocess ())
    {
      struct rlimit limit = { 8 * 1024, 8 * 1024 };
      g_autofree char *message = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      export_failing (fixture, format, &message);
      return;
    }

  write_previous (path, 0644);
  g_setenv ("TS_TEST_EXPORT_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not write “*kept.*”: *. No file was written.*");
  /* Only Tianshan's own message: none of libxlsxwriter's. */
  g_test_trap_assert_stderr_unmatched ("*[ERROR]*");
  g_test_trap_assert_stderr_unmatched ("*[WARNING]*");

  assert_previous (path, 0644);
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 1);
}

/* Whether this process may mount a tmpfs on @dir in a mount namespace of
 * its own (root, or CAP_SYS_ADMIN): tried in a child that exits at once,
 * taking its namespace and mount with it. */
static gboolean
can_mount_tmpfs (const char *dir)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (unshare (CLONE_NEWNS) == 0
           && mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0
           && mount ("tianshan-test", dir, "tmpfs", 0, "size=64k") == 0 ? 0 : 1);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* Fills the file system of @dir but for about @room bytes. */
static void
fill_up (const char *dir,
         gsize       room)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096];
  struct stat st;
  FILE *stream;

  memset (block, 'x', sizeof block);
  stream = fopen (filler, "wb");
  g_assert_nonnull (stream);
  while (fwrite (block, 1, sizeof block, stream) == sizeof block && fflush (stream) == 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  fclose (stream);

  g_assert_cmpint (g_stat (filler, &st), ==, 0);
  g_assert_cmpint (truncate (filler, st.st_size > (off_t) room ? st.st_size - room : 0), ==, 0);
}

/* A full disk for real: a small tmpfs mounted on the folder in a private
 * mount namespace, filled up but for 16 KiB, so that the export starts and
 * then fails with ENOSPC. Skipped where mounting is not permitted. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  user_data)
{
  Format format = GPOINTER_TO_INT (user_data);

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("TS_TEST_EXPORT_DIR");
      g_autofree char *path = target_path (dir, "kept", format);
      g_autofree char *message = NULL;

      g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
      g_assert_cmpint (mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL), ==, 0);
      g_assert_cmpint (mount ("tianshan-test", dir, "tmpfs", 0, "size=256k"), ==, 0);

      write_previous (path, 0644);
      fill_up (dir, 16 * 1024);

      export_failing (fixture, format, &message);
      g_assert_nonnull (strstr (message, g_strerror (ENOSPC)));
      /* The tmpfs is seen from this process only: checked here. */
      assert_previous (path, 0644);
      g_assert_cmpuint (export_test_count_files (dir), ==, 2);
      return;
    }

  if (!can_mount_tmpfs (fixture->dir))
    {
      g_test_skip ("A full disk is a small tmpfs, which needs root (CAP_SYS_ADMIN) to mount "
                   "in a mount namespace of the test's own: not permitted here");
      return;
    }

  g_setenv ("TS_TEST_EXPORT_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not write “*kept.*”: *. No file was written.*");
  g_test_trap_assert_stderr_unmatched ("*[ERROR]*");
  g_test_trap_assert_stderr_unmatched ("*[WARNING]*");
  /* Outside the namespace, the folder is as it was: empty. */
  g_assert_cmpuint (export_test_count_files (fixture->dir), ==, 0);
}

/* libxlsxwriter prints a warning for each link beyond 65 530 on a sheet,
 * or longer than Excel takes once escaped: the briefing never asks for
 * those, so that nothing but Tianshan's own words reach the terminal. */
static void
test_xlsx_quiet (Fixture       *fixture,
                 gconstpointer  user_data)
{
  if (g_test_subprocess ())
    {
      /* About 70 000 meetings, each with a link to its place: more links
       * than a sheet takes. */
      g_autoptr(TsDataset) large = export_test_make_large (80000);
      g_autoptr(TsSource) source = ts_source_new ("source/long-url", "A long address");
      g_autoptr(GString) url = g_string_new ("https://example.org/search?q=");
      g_autofree char *path = g_build_filename (fixture->dir, "many-links.xlsx", NULL);
      g_autoptr(GError) error = NULL;

      /* 2 000 characters, 2 600 once its spaces are escaped. */
      while (url->len < 2000)
        g_string_append (url, "a b ");
      ts_source_set_url (source, url->str);
      g_assert_true (ts_dataset_add (large, TS_RECORD (source), &error));
      g_assert_no_error (error);

      g_assert_true (export_to (large, FORMAT_XLSX, path, &error));
      g_assert_no_error (error);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*[WARNING]*");
  g_test_trap_assert_stderr_unmatched ("*[ERROR]*");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (Format format = 0; format < N_FORMATS; format++)
    {
      static const struct
      {
        const char *name;
        void      (*func) (Fixture *, gconstpointer);
      } tests[] = {
        { "read-only-file", test_read_only_file },
        { "read-only-folder", test_read_only_folder },
        { "replaces", test_replaces },
        { "follows-link", test_follows_link },
        { "size-limit", test_size_limit },
        { "disk-full", test_disk_full },
      };

      for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
        {
          g_autofree char *path = g_strdup_printf ("/export-file/%s/%s", tests[i].name,
                                                   extensions[format]);

          g_test_add (path, Fixture, GINT_TO_POINTER (format), fixture_set_up, tests[i].func,
                      fixture_tear_down);
        }
    }

  g_test_add ("/export-file/xlsx-quiet", Fixture, NULL, fixture_set_up, test_xlsx_quiet,
              fixture_tear_down);

  return g_test_run ();
}
