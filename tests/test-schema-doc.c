/* SPDX-License-Identifier: GPL-3.0-or-later */

/* data/dataset/SCHEMA.md lists exactly the tables and columns of a new
 * database, in the database's order: a table as "### `name`", then its
 * columns as the rows "| `column` | TYPE | …" of the table below it. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ts-store.h"

#include "store-test-utils.h"

/* "table: column TYPE, column TYPE…" per table, one a line. */
static char *
describe_database (const char *path)
{
  sqlite3 *db = store_test_sqlite_open (path);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "ORDER BY rowid", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      sqlite3_stmt *columns = NULL;
      gboolean first = TRUE;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, type FROM pragma_table_info (?1) "
                                               "ORDER BY cid", -1, &columns, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (columns, 1, table, -1, SQLITE_TRANSIENT);
      g_string_append_printf (out, "%s:", table);
      while (sqlite3_step (columns) == SQLITE_ROW)
        {
          g_string_append_printf (out, "%s %s %s", first ? "" : ",",
                                  (const char *) sqlite3_column_text (columns, 0),
                                  (const char *) sqlite3_column_text (columns, 1));
          first = FALSE;
        }
      g_string_append_c (out, '\n');
      sqlite3_finalize (columns);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);

  return g_string_free (out, FALSE);
}

/* The same from the document. */
static char *
describe_document (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean in_tables = FALSE;
  gboolean first = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "## "))
        {
          in_tables = g_str_equal (line, "## Tables");
          continue;
        }
      if (!in_tables)
        continue;

      if (g_str_has_prefix (line, "### `"))
        {
          g_autofree char *name = g_strndup (line + 5, strcspn (line + 5, "`"));

          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append_printf (out, "%s:", name);
          first = TRUE;
        }
      else if (g_str_has_prefix (line, "| `"))
        {
          g_auto(GStrv) cells = g_strsplit (line, "|", -1);
          g_autofree char *column = NULL;
          g_autofree char *type = NULL;

          g_assert_cmpuint (g_strv_length (cells), >=, 4);
          column = g_strstrip (g_strdup (cells[1]));
          type = g_strstrip (g_strdup (cells[2]));
          g_assert_true (g_str_has_prefix (column, "`") && g_str_has_suffix (column, "`"));
          column[strlen (column) - 1] = '\0';
          g_string_append_printf (out, "%s %s %s", first ? "" : ",", column + 1, type);
          first = FALSE;
        }
    }
  if (out->len > 0)
    g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

static void
test_schema_doc_lists_the_tables (void)
{
  g_autoptr(StoreTestDir) dir = store_test_dir_new ();
  g_autofree char *path = store_test_dir_file (dir, "fresh.db");
  const char *root = g_getenv ("TS_SOURCE_ROOT");
  g_autofree char *doc_path = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *from_database = NULL;
  g_autofree char *from_document = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(TsStore) store = ts_store_open_full (path, NULL, &error);

    g_assert_no_error (error);
  }

  doc_path = g_build_filename (root != NULL ? root : TS_TESTS_SRCDIR "/..",
                               "data", "dataset", "SCHEMA.md", NULL);
  g_file_get_contents (doc_path, &doc, NULL, &error);
  g_assert_no_error (error);

  from_database = describe_database (path);
  from_document = describe_document (doc);
  g_test_message ("The database:\n%s", from_database);
  g_assert_cmpstr (from_document, ==, from_database);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema-doc/lists-the-tables", test_schema_doc_lists_the_tables);

  return g_test_run ();
}
