/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The shipped dataset reads in the analysts' languages (#18): every meeting,
 * agreement and project has its title in Russian, Kyrgyz and Chinese, and
 * no translation is the English title left untranslated. */

#include "config.h"

#include <locale.h>

#include "ts-record.h"

#include "model-test-utils.h"

static const char * const languages[] = { "ru", "ky", "zh" };
static const TsRecordType types[] = {
  TS_RECORD_TYPE_MEETING, TS_RECORD_TYPE_AGREEMENT, TS_RECORD_TYPE_PROJECT,
};

static char *
shipped_path (void)
{
  const char *root = g_getenv ("TS_SOURCE_ROOT");

  if (root == NULL)
    root = TS_TESTS_SRCDIR "/..";
  return g_build_filename (root, "data", "dataset", "tianshan.json", NULL);
}

static void
test_titles_translated (void)
{
  g_autofree char *path = shipped_path ();
  g_autoptr(GPtrArray) records = model_test_read_records (path);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_checked = 0;

  for (guint i = 0; i < records->len; i++)
    {
      TsRecord *record = records->pdata[i];
      GHashTable *translations = ts_record_get_title_translations (record);
      gboolean wanted = FALSE;

      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        wanted = wanted || ts_record_get_record_type (record) == types[t];
      if (!wanted)
        continue;

      n_checked++;
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          const char *title = translations != NULL
                                ? g_hash_table_lookup (translations, languages[l]) : NULL;

          if (title == NULL || g_strcmp0 (title, ts_record_get_title (record)) == 0)
            g_string_append_printf (missing, "%s: no %s title\n", ts_record_get_id (record),
                                    languages[l]);
        }
    }

  g_assert_cmpuint (n_checked, >, 0);
  if (missing->len > 0)
    g_test_fail_printf ("Titles to translate:\n%s", missing->str);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-translations/titles", test_titles_translated);

  return g_test_run ();
}
