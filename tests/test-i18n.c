/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The analysts' languages: --help, the window, dates, names and the
 * briefing under LANG=C.UTF-8 LANGUAGE=ru (and zh_CN), with the
 * translations of this build (po/<lang>/LC_MESSAGES/tianshan.mo). What a
 * translation should be is read from the .mo itself, but every check also
 * asserts it differs from the English, so a missing translation fails. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ts-application.h"
#include "ts-date.h"
#include "ts-detail-pane.h"
#include "ts-detail-row.h"
#include "ts-i18n.h"
#include "ts-list-cell.h"
#include "ts-person.h"
#include "ts-record.h"
#include "ts-record-list.h"
#include "ts-records-view.h"
#include "ts-vocabulary.h"
#include "ts-window.h"
#include "ts-window-private.h"

#include "ui-test-utils.h"

static char *build_localedir;
static gboolean have_display;
static TsApplication *app;

static void
use_language (const char *language)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  /* gettext keeps what it translated until the locale is set again. */
  setlocale (LC_ALL, "");
}

/* The translation of @msgid into the current LANGUAGE, which must exist. */
static const char *
translated (const char *context,
            const char *msgid)
{
  const char *text = context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid)
                                     : g_dgettext (GETTEXT_PACKAGE, msgid);

  g_test_message ("“%s” in %s: “%s”", msgid, g_getenv ("LANGUAGE"), text);
  if (g_str_equal (text, msgid))
    g_test_fail_printf ("“%s” is not translated into %s in %s", msgid,
                        g_getenv ("LANGUAGE"), build_localedir);
  return text;
}

static char *
get_tianshan (void)
{
  return g_build_filename (g_getenv ("TS_BUILD_ROOT"), "app", "tianshan", NULL);
}

/* Runs tianshan with @argv under LANG=C.UTF-8 LANGUAGE=@language (or the
 * plain C locale when @language is NULL), no display, and a data directory
 * of its own. */
static int
run_tianshan (const char  *language,
              const char  *data_home,
              const char **args,
              char       **out,
              char       **err)
{
  g_autoptr(GStrvBuilder) argv_builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *tianshan = get_tianshan ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add (argv_builder, tianshan);
  g_strv_builder_addv (argv_builder, args);
  argv = g_strv_builder_end (argv_builder);

  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LC_MESSAGES");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANG", language != NULL ? "C.UTF-8" : "C", TRUE);
  envp = language != NULL ? g_environ_setenv (envp, "LANGUAGE", language, TRUE)
                          : g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "TIANSHAN_LOCALEDIR", build_localedir, TRUE);
  if (data_home != NULL)
    envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);

  g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s: stdout %s, stderr %s", tianshan, *out, *err);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* --help describes the options in the UI language. */
static void
test_help (gconstpointer data)
{
  const char *language = data;
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *version, *summary;

  use_language (language);
  version = translated (NULL, "Print the version and exit");
  summary = translated (NULL, "Keep a source-cited record of relations between China and "
                              "Central Asia.");

  g_assert_cmpint (run_tianshan (language, NULL, args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, version));
  g_assert_nonnull (strstr (out, summary));
  g_assert_null (strstr (out, "Print the version and exit"));
}

static AdwViewStack *
find_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_stack (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The view switcher names its pages in the UI language. */
static void
test_window (gconstpointer data)
{
  const char *language = data;
  const char *pages[][2] = { { "records", "Records" }, { "map", "Map" } };
  TsWindow *window;
  AdwViewStack *stack;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  use_language (language);
  window = g_object_ref (ts_window_new (app));
  stack = find_stack (GTK_WIDGET (window));
  g_assert_nonnull (stack);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, pages[i][0]);
      AdwViewStackPage *page = adw_view_stack_get_page (stack, child);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==,
                       translated (NULL, pages[i][1]));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static char *
format_date (const char *text)
{
  TsDate date = TS_DATE_INIT;

  g_assert_true (ts_date_parse (text, &date, NULL));
  return ts_date_format (&date);
}

/* Month names follow the UI language even though LC_TIME (C.UTF-8) is
 * English. */
static void
test_dates (void)
{
  const struct
  {
    const char *language;
    const char *date;
    const char *expected;
  } cases[] = {
    { "en", "2023-05", "May 2023" },
    { "en", "2023-10-25", "25 Oct 2023" },
    { "ru", "2023-05", "май 2023" },
    { "zh_CN", "2023-05", "2023年5月" },
    { "zh_CN", "2023-10-25", "2023年10月25日" },
    /* One of a set of days, its pieces ordered as each language orders a date. */
    { "en", "[2023-09-07,2023-09-08]", "7 or 8 Sep 2023" },
    { "ru", "[2023-09-07,2023-09-08]", "7 или 8 сент. 2023" },
    { "ru", "[2023-09-30,2023-10-01]", "30 сент. или 1 окт. 2023" },
    { "ru", "[2023-09-07,2023-09-08,2023-09-09]", "7, 8 или 9 сент. 2023" },
    { "ky", "[2023-09-07,2023-09-08]", "2023-ж. 7 же 8-сен." },
    { "zh_CN", "[2023-09-07,2023-09-08]", "2023年9月7日或8日" },
    { "zh_CN", "[2023-09-30,2023-10-01]", "2023年9月30日或10月1日" },
    { "zh_CN", "[2023-09-07,2023-09-08,2023-09-09]", "2023年9月7日、8日或9日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = NULL;

      use_language (cases[i].language);
      formatted = format_date (cases[i].date);
      g_test_message ("%s in %s: %s", cases[i].date, cases[i].language, formatted);
      g_assert_cmpstr (formatted, ==, cases[i].expected);
    }

  /* Short, as a briefing's cover writes them: a month standing alone is
   * not declined as after a day. */
  {
    const struct
    {
      const char *language;
      const char *date;
      const char *expected;
    } short_cases[] = {
      { "en", "2024-12", "Dec 2024" },
      { "en", "..2023-10-25", "before 25 Oct 2023" },
      { "ru", "2023-05", "май 2023" },
      { "ru", "2024-12", "дек. 2024" },
      { "zh_CN", "2024-12", "2024年12月" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (short_cases); i++)
      {
        TsDate date = TS_DATE_INIT;
        g_autofree char *formatted = NULL;

        use_language (short_cases[i].language);
        g_assert_true (ts_date_parse (short_cases[i].date, &date, NULL));
        formatted = ts_date_format_short (&date);
        g_assert_cmpstr (formatted, ==, short_cases[i].expected);
      }
  }

  /* A day in Russian names the month in Russian too. */
  {
    g_autofree char *formatted = NULL;

    use_language ("ru");
    formatted = format_date ("2023-10-25");
    g_assert_nonnull (strstr (formatted, translated ("abbreviated month name", "Oct")));
    g_assert_null (strstr (formatted, "Oct"));
  }
}

static TsRecord *
load_shipped_record (const char *id)
{
  g_autofree char *path = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "data", "dataset",
                                            "tianshan.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *records;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  records = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "records");
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *object = json_array_get_object_element (records, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        {
          TsRecord *record = ts_record_new_from_json (object, &error);

          g_assert_no_error (error);
          return record;
        }
    }

  g_error ("%s is not in the shipped dataset", id);
}

/* Lists show names in the user's script where the dataset has them, in
 * English otherwise. */
static void
test_display_names (void)
{
  g_autoptr(TsRecord) japarov = load_shipped_record ("person/sadyr-japarov");
  g_autoptr(TsRecord) lin_wu = load_shipped_record ("person/lin-wu");
  TsPerson *person = TS_PERSON (japarov);

  use_language ("ru");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Садыр Жапаров");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, ts_person_get_name (person, "ru"));
  use_language ("ky");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, ts_person_get_name (person, "ky"));
  g_assert_cmpstr (ts_record_get_display_name (lin_wu), ==, "Линь У");
  /* A name missing in Kyrgyz shows in English, not some other script. */
  ts_person_set_name (TS_PERSON (lin_wu), "ky", NULL);
  g_assert_null (ts_person_get_name (TS_PERSON (lin_wu), "ky"));
  g_assert_cmpstr (ts_record_get_display_name (lin_wu), ==, "Lin Wu");
  use_language ("zh_CN");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, ts_person_get_name (person, "zh"));
  g_assert_cmpstr (ts_record_get_display_name (lin_wu), ==, "林武");
  use_language ("de:ru");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Садыр Жапаров");
  use_language ("en:ru");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Sadyr Japarov");
  use_language (NULL);
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Sadyr Japarov");

  /* Under the plain C locale gettext ignores LANGUAGE: so do names, or a
   * Russian name would sit in an English window. */
  use_language ("ru");
  setlocale (LC_MESSAGES, "C");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Sadyr Japarov");
  setlocale (LC_MESSAGES, "");
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Садыр Жапаров");
}

/* What an export does to write thousands of cells in one language
 * (ts_i18n_hold()): labels and names stay in the language it began with,
 * whatever changes meanwhile, through nested holds; after the last release
 * they follow the environment again. */
static void
test_hold (void)
{
  g_autoptr(TsRecord) japarov = load_shipped_record ("person/sadyr-japarov");
  TsPerson *person = TS_PERSON (japarov);
  const char *minister_ru;
  const char *minister_zh;

  use_language ("ru");
  minister_ru = translated ("meeting level", "Minister");
  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_MINISTER), ==, minister_ru);

  ts_i18n_hold ();
  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_MINISTER), ==, minister_ru);
  ts_i18n_hold ();
  use_language ("zh_CN");
  minister_zh = translated ("meeting level", "Minister");
  g_assert_cmpstr (minister_zh, !=, minister_ru);
  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_MINISTER), ==, minister_ru);
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Садыр Жапаров");
  ts_i18n_release ();
  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_MINISTER), ==, minister_ru);
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, "Садыр Жапаров");
  ts_i18n_release ();

  g_assert_cmpstr (ts_meeting_level_get_label (TS_MEETING_LEVEL_MINISTER), ==, minister_zh);
  g_assert_cmpstr (ts_record_get_display_name (japarov), ==, ts_person_get_name (person, "zh"));
  use_language ("ru");
}

/* Record text in the UI language: the list's title column, the detail
 * pane's title, summary and participants' roles, with English where a
 * record has no translation; search finds a record by its text in every
 * language. */
static const char translated_records[] =
  "[{\"type\": \"person\", \"id\": \"person/xi-jinping\", \"title\": \"Xi Jinping\"},"
  " {\"type\": \"meeting\", \"id\": \"meeting/2023-05-18-xian\","
  "  \"title\": \"Xi Jinping and Sadyr Japarov hold talks in Xi'an\","
  "  \"title_translations\": {\"ru\": \"Встреча в Сиане\", \"zh\": \"西安会谈\"},"
  "  \"summary\": \"The presidents met during the summit.\","
  "  \"summary_translations\": {\"ru\": \"Президенты встретились во время саммита.\"},"
  "  \"date\": \"2023-05-18\","
  "  \"participants\": [{\"person\": \"person/xi-jinping\", \"role\": \"President\","
  "                      \"role_translations\": {\"ru\": \"Председатель КНР\"},"
  "                      \"side\": \"CN\"}]},"
  " {\"type\": \"meeting\", \"id\": \"meeting/2024-05-beijing\","
  "  \"title\": \"Baisalov visits Beijing\", \"date\": \"2024-05\"},"
  " {\"type\": \"meeting\", \"id\": \"meeting/2023-10-25-li-qiang\","
  "  \"title\": \"Akylbek Japarov meets Li Qiang\","
  "  \"title_translations\": {\"ru\": \"Переговоры Акылбека Жапарова с Ли Цяном\"},"
  "  \"date\": \"2023-10-25\"}]";

static gboolean
is_mapped_cell_with (GtkWidget     *widget,
                            gconstpointer  text)
{
  return TS_IS_LIST_CELL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (ts_list_cell_get_text (TS_LIST_CELL (widget)), text) == 0;
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_row_with_subtitle (GtkWidget     *widget,
                      gconstpointer  text)
{
  const char *subtitle;

  if (!TS_IS_DETAIL_ROW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  subtitle = ts_detail_row_get_subtitle (TS_DETAIL_ROW (widget));
  return subtitle != NULL && strstr (subtitle, text) != NULL;
}

typedef struct
{
  TsWindow   *window;
  const char *text;
  guint       count;
} WaitFor;

static gboolean
list_shows (gpointer data)
{
  WaitFor *wait = data;
  TsRecordsView *view = ts_window_get_records_view (wait->window);
  GtkWidget *list = GTK_WIDGET (ts_records_view_get_list (view, TS_RECORD_TYPE_MEETING));

  return ui_test_find_widget (list, is_mapped_cell_with, wait->text) != NULL;
}

static gboolean
meetings_counted (gpointer data)
{
  WaitFor *wait = data;

  return ts_records_view_get_count (ts_window_get_records_view (wait->window),
                                    TS_RECORD_TYPE_MEETING) == wait->count;
}

static gboolean
detail_shows (gpointer data)
{
  WaitFor *wait = data;
  GtkWidget *pane = GTK_WIDGET (ts_records_view_get_detail_pane (
                                  ts_window_get_records_view (wait->window)));
  GtkWidget *title = ui_test_find_widget (pane, ui_test_has_name, "record-title");

  return title != NULL && gtk_widget_get_mapped (title)
         && g_strcmp0 (gtk_label_get_label (GTK_LABEL (title)), wait->text) == 0;
}

static void
test_record_text (void)
{
  g_autoptr(TsDataset) dataset = NULL;
  TsWindow *window;
  TsRecordsView *view;
  GtkWidget *list;
  GtkWidget *pane;
  WaitFor wait = { NULL, NULL, 0 };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  use_language ("ru");
  dataset = ui_test_load_records_json (translated_records);
  window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (window, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 860);
  gtk_window_present (GTK_WINDOW (window));
  view = ts_window_get_records_view (window);
  ts_records_view_set_record_type (view, TS_RECORD_TYPE_MEETING);
  list = GTK_WIDGET (ts_records_view_get_list (view, TS_RECORD_TYPE_MEETING));
  pane = GTK_WIDGET (ts_records_view_get_detail_pane (view));
  wait.window = window;

  /* The list: the Russian title, and the English one of the meeting that
   * has no Russian. */
  wait.text = "Встреча в Сиане";
  ui_test_wait_until (list_shows, &wait);
  g_assert_null (ui_test_find_widget (list, is_mapped_cell_with,
                                      "Xi Jinping and Sadyr Japarov hold talks in Xi'an"));
  wait.text = "Baisalov visits Beijing";
  ui_test_wait_until (list_shows, &wait);

  /* Sorted by title, by the title shown: "Встреча…" before "Переговоры…",
   * though in English "Akylbek…" comes before "Xi Jinping…". */
  ts_record_list_sort_by (TS_RECORD_LIST (list), "title", GTK_SORT_ASCENDING);
  ui_test_iterate ();
  {
    GListModel *model = ts_record_list_get_model (TS_RECORD_LIST (list));
    guint xian = G_MAXUINT, li_qiang = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(TsRecord) record = g_list_model_get_item (model, i);

        if (g_str_equal (ts_record_get_id (record), "meeting/2023-05-18-xian"))
          xian = i;
        else if (g_str_equal (ts_record_get_id (record), "meeting/2023-10-25-li-qiang"))
          li_qiang = i;
      }
    g_assert_cmpuint (xian, <, li_qiang);
    g_assert_cmpuint (li_qiang, <, g_list_model_get_n_items (model));
  }

  /* The detail pane: title, summary and the participant's role. */
  ts_detail_pane_set_record (ts_records_view_get_detail_pane (view),
                             ts_dataset_lookup (dataset, "meeting/2023-05-18-xian"));
  wait.text = "Встреча в Сиане";
  ui_test_wait_until (detail_shows, &wait);
  g_assert_nonnull (ui_test_find_widget (pane, is_label_with,
                                         "Президенты встретились во время саммита."));
  g_assert_null (ui_test_find_widget (pane, is_label_with, "The presidents met"));
  g_assert_nonnull (ui_test_find_widget (pane, is_row_with_subtitle, "Председатель КНР"));

  /* Search finds the meeting by its English and by its Chinese title. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "西安会谈");
  wait.count = 1;
  ui_test_wait_until (meetings_counted, &wait);
  wait.text = "Встреча в Сиане";
  ui_test_wait_until (list_shows, &wait);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "hold talks in Xi'an");
  ui_test_wait_until (meetings_counted, &wait);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
  wait.count = 3;
  ui_test_wait_until (meetings_counted, &wait);

  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  use_language ("ru");
}

static char *
read_workbook_xml (const char *xlsx)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  const char *argv[] = {
    python, "-c",
    "import sys, zipfile; "
    "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())",
    xlsx, NULL,
  };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (python);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* --language ru writes a Russian briefing from an English session, even
 * under the plain C locale. */
static void
test_briefing_language (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("test-i18n-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (tmp, "briefing.xlsx", NULL);
  g_autofree char *database = g_build_filename (tmp, "tianshan.db", NULL);
  g_autofree char *fixture = g_build_filename (g_getenv ("TS_SOURCE_ROOT"), "tests", "data",
                                               "store-fixture.json", NULL);
  const char *import_args[] = { "--database", database, "--import", fixture, NULL };
  const char *export_args[] = {
    "--database", database, "--export", xlsx, "--language", "ru", NULL,
  };
  const char *wrong_args[] = {
    "--database", database, "--export", xlsx, "--language", "xx", NULL,
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *workbook = NULL;
  const char *sheets[][2] = {
    { "record types", "Meetings" }, { "record types", "Agreements" }, { NULL, "Cover" },
  };

  g_assert_cmpint (run_tianshan (NULL, tmp, import_args, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_tianshan (NULL, tmp, export_args, &out, &err), ==, 0);
  workbook = read_workbook_xml (xlsx);

  use_language ("ru");
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *sheet = g_strdup_printf ("<sheet name=\"%s\"",
                                                translated (sheets[i][0], sheets[i][1]));

      g_assert_nonnull (strstr (workbook, sheet));
    }
  g_assert_null (strstr (workbook, "<sheet name=\"Meetings\""));

  /* A language Tianshan does not have is a usage error naming it. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_tianshan (NULL, tmp, wrong_args, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "xx"));
  g_assert_nonnull (strstr (err, "--language"));

  for (const char * const *suffix = (const char *[]) { "", "-wal", "-shm", NULL };
       *suffix != NULL; suffix++)
    {
      g_autofree char *path = g_strconcat (database, *suffix, NULL);

      g_remove (path);
    }
  g_remove (xlsx);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANGUAGE", "ru", TRUE);
  setlocale (LC_ALL, "");

  build_localedir = g_build_filename (g_getenv ("TS_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, build_localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  if (have_display)
    {
      gtk_test_init (&argc, &argv, NULL);
      adw_init ();
      /* Non-unique, so parallel tests don't meet on the bus. */
      app = ts_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, NULL);
    }
  else
    g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/i18n/help/ru", "ru", test_help);
  g_test_add_data_func ("/i18n/help/zh_CN", "zh_CN", test_help);
  g_test_add_data_func ("/i18n/window/ru", "ru", test_window);
  g_test_add_data_func ("/i18n/window/zh_CN", "zh_CN", test_window);
  g_test_add_func ("/i18n/dates", test_dates);
  g_test_add_func ("/i18n/display-names", test_display_names);
  g_test_add_func ("/i18n/hold", test_hold);
  g_test_add_func ("/i18n/record-text", test_record_text);
  g_test_add_func ("/i18n/briefing-language", test_briefing_language);

  ret = g_test_run ();

  g_clear_object (&app);
  g_free (build_localedir);

  return ret;
}
