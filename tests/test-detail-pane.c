/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <adwaita.h>

#include "model-test-utils.h"
#include "ts-detail-pane.h"

/* What the pane shows, as a reader goes down it: each visible group's title,
 * then its visible rows, "title = value" for a field and "title → id" for a
 * link. */
static void
describe_widget (GtkWidget *widget,
                 GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));

      g_string_append_printf (text, "[%s]\n", title != NULL ? title : "");
    }
  else if (ADW_IS_ACTION_ROW (widget))
    {
      const char *id = g_object_get_data (G_OBJECT (widget), "ts-target-id");
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));

      g_string_append_printf (text, "  %s", adw_preferences_row_get_title (
                                              ADW_PREFERENCES_ROW (widget)));
      if (id != NULL)
        g_string_append_printf (text, " → %s", id);
      else if (subtitle != NULL)
        g_string_append_printf (text, " = %s", subtitle);
      g_string_append_c (text, '\n');
      return;
    }
  else if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      g_string_append_printf (text, "  %s\n", gtk_label_get_label (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe_widget (child, text);
}

static char *
describe_pane (TsDetailPane *pane)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *widget = GTK_WIDGET (pane);
  GtkWidget *stack = gtk_widget_get_first_child (gtk_widget_get_first_child (widget));

  /* Past the toolbar, the page shown. */
  stack = gtk_widget_get_next_sibling (stack);
  describe_widget (gtk_stack_get_visible_child (GTK_STACK (stack)), text);
  return g_strdup (text->str);
}

static TsDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "records-window.json",
                                                 NULL);

  return model_test_load_dataset (path);
}

static TsDetailPane *
new_pane (TsDataset *dataset)
{
  TsDetailPane *pane = g_object_ref_sink (ts_detail_pane_new ());

  ts_detail_pane_set_dataset (pane, dataset);
  return pane;
}

static char *
describe_record (TsDetailPane *pane,
                 TsDataset    *dataset,
                 const char   *id)
{
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, id));
  return describe_pane (pane);
}

/* Each type (one record of each) shows its fields, then its links by group, then the sources and
 * what the record is linked from, then about the record. */
static const struct {
  const char *id;
  const char *expected;
} shown[] = {
  { "meeting/2023-05-18-xian-summit",
    "[]\n"
    "  China–Central Asia Summit in Xi'an\n"
    "  Sadyr Japarov and Xi Jinping met at the first China–Central Asia summit.\n"
    "[Details]\n"
    "  Date = 18 May 2023\n"
    "  End Date = 19 May 2023\n"
    "  Level = Head of state\n"
    "  Format = Multilateral summit\n"
    "[Place]\n"
    "  Xi&apos;an → place/xian\n"
    "[Participants]\n"
    "  Sadyr Japarov → person/sadyr-japarov\n"
    "[Agreements Signed]\n"
    "  Memorandum on the China–Kyrgyzstan–Uzbekistan railway → "
    "agreement/2023-05-18-railway-memorandum\n"
    "[Projects Discussed]\n"
    "  China–Kyrgyzstan–Uzbekistan railway → project/china-kyrgyzstan-uzbekistan-railway\n"
    "[Sources]\n"
    "  China–Central Asia Summit opens in Xi&apos;an → source/2023-05-19-xinhua-xian\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = meeting/2023-05-18-xian-summit\n" },
  { "agreement/2023-05-18-railway-memorandum",
    "[]\n"
    "  Memorandum on the China–Kyrgyzstan–Uzbekistan railway\n"
    "[Details]\n"
    "  Date Signed = May 2023\n"
    "  Kind = Memorandum\n"
    "  Status = Signed\n"
    "[Parties]\n"
    "  Kyrgyzstan → place/kyrgyzstan\n"
    "  China → place/china\n"
    "[Signed At]\n"
    "  China–Central Asia Summit in Xi&apos;an → meeting/2023-05-18-xian-summit\n"
    "[Projects]\n"
    "  China–Kyrgyzstan–Uzbekistan railway → project/china-kyrgyzstan-uzbekistan-railway\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = agreement/2023-05-18-railway-memorandum\n" },
  { "project/china-kyrgyzstan-uzbekistan-railway",
    "[]\n"
    "  China–Kyrgyzstan–Uzbekistan railway\n"
    "[Details]\n"
    "  Sector = Transport\n"
    "  Status = Implementation\n"
    "[Milestones]\n"
    "  September 2022 · Commitment = Agreement signed in Samarkand\n"
    "  27 Dec 2024 · Implementation = Construction launched in Jalal-Abad\n"
    "[Places]\n"
    "  Kyrgyzstan → place/kyrgyzstan\n"
    "[Meetings]\n"
    "  China–Central Asia Summit in Xi&apos;an → meeting/2023-05-18-xian-summit\n"
    "[Agreements]\n"
    "  Memorandum on the China–Kyrgyzstan–Uzbekistan railway → "
    "agreement/2023-05-18-railway-memorandum\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = project/china-kyrgyzstan-uzbekistan-railway\n" },
  { "person/edil-baisalov",
    "[]\n"
    "  Edil Baisalov\n"
    "[Details]\n"
    "  Name in English = Edil Baisalov\n"
    "  Name in Russian = Эдиль Байсалов\n"
    "  Name in Kyrgyz = Эдил Байсалов\n"
    "  Also Known As = Baysalov\n"
    "  Country = Kyrgyzstan\n"
    "[Positions]\n"
    "  Deputy Chairman of the Cabinet of Ministers = since October 2021\n"
    "[Meetings Attended]\n"
    "  Baisalov visits Urumqi → meeting/2024-12-baisalov-urumqi\n"
    "  Talks on cultural cooperation in Beijing → meeting/2023-10-25-baisalov-beijing\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = person/edil-baisalov\n" },
  { "organization/cabinet-of-ministers-kg",
    "[]\n"
    "  Cabinet of Ministers of Kyrgyzstan\n"
    "[Details]\n"
    "  Kind = Government\n"
    "  Country = Kyrgyzstan\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = organization/cabinet-of-ministers-kg\n" },
  { "place/kyrgyzstan",
    "[]\n"
    "  Kyrgyzstan\n"
    "[Details]\n"
    "  Name in English = Kyrgyzstan\n"
    "  Name in Russian = Кыргызстан\n"
    "  Name in Kyrgyz = Кыргызстан\n"
    "  Name in Chinese = 吉尔吉斯斯坦\n"
    "  Kind = Country\n"
    "  Country = Kyrgyzstan\n"
    "  Coordinates = 41.2000, 74.7000\n"
    "[Agreements]\n"
    "  Memorandum on the China–Kyrgyzstan–Uzbekistan railway → "
    "agreement/2023-05-18-railway-memorandum\n"
    "[Projects]\n"
    "  China–Kyrgyzstan–Uzbekistan railway → project/china-kyrgyzstan-uzbekistan-railway\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = place/kyrgyzstan\n" },
  { "source/2023-05-19-xinhua-xian",
    "[]\n"
    "  China–Central Asia Summit opens in Xi'an\n"
    "[Details]\n"
    "  Publisher = Xinhua\n"
    "  Published = 19 May 2023\n"
    "  Language = en\n"
    "  Reliability = B — usually reliable\n"
    "[Article]\n"
    "  Open in Browser = https://english.news.cn/\n"
    "[Cited By]\n"
    "  China–Central Asia Summit in Xi&apos;an → meeting/2023-05-18-xian-summit\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = source/2023-05-19-xinhua-xian\n" },
  { "figure/china-kyrgyzstan-trade-2024",
    "[]\n"
    "  China–Kyrgyzstan trade in 2024\n"
    "[Details]\n"
    "  Indicator = China–Kyrgyzstan trade\n"
    "  Period = 2024\n"
    "  Value = 22700000000 USD\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = figure/china-kyrgyzstan-trade-2024\n" },
};

static void
test_shown (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  TsDetailPane *pane = new_pane (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = describe_record (pane, dataset, shown[i].id);

      g_assert_cmpstr (text, ==, shown[i].expected);
    }

  g_assert_finalize_object (pane);
}

/* An organization that a meeting lists, a person's position names, and an
 * agreement's parties include: only the agreement has no group of its own. */
static const char *linked_json =
  "["
  "{\"type\": \"source\", \"id\": \"source/s\", \"title\": \"S\","
  " \"url\": \"https://example.org/s\", \"date\": \"2024-01-01\"},"
  "{\"type\": \"organization\", \"id\": \"organization/o\", \"title\": \"O\","
  " \"sources\": [\"source/s\"], \"names\": {\"en\": \"O\", \"ru\": \"О\"},"
  " \"kind\": \"government\", \"country\": \"KZ\"},"
  "{\"type\": \"person\", \"id\": \"person/p\", \"title\": \"P\", \"sources\": [\"source/s\"],"
  " \"names\": {\"en\": \"P\"}, \"country\": \"KZ\","
  " \"positions\": [{\"title\": \"Minister\", \"organization\": \"organization/o\"}]},"
  "{\"type\": \"meeting\", \"id\": \"meeting/m\", \"title\": \"M\", \"date\": \"2024-01-02\","
  " \"sources\": [\"source/s\"], \"organizations\": [\"organization/o\"],"
  " \"participants\": [{\"person\": \"person/p\", \"role\": \"Minister\"}]},"
  "{\"type\": \"agreement\", \"id\": \"agreement/a\", \"title\": \"A\", \"date\": \"2024-01\","
  " \"sources\": [\"source/s\"], \"kind\": \"memorandum\", \"status\": \"signed\","
  " \"parties\": [{\"party\": \"organization/o\", \"role\": \"signatory\"}]}"
  "]";

static TsDataset *
load_linked (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TsDataset *dataset = ts_dataset_new ();
  JsonArray *array;
  guint n_added = 0;

  json_parser_load_from_data (parser, linked_json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TsRecord *record = ts_record_new_from_json (json_array_get_object_element (array, i),
                                                  &error);

      g_assert_no_error (error);
      g_ptr_array_add (records, record);
    }
  g_assert_true (ts_dataset_merge (dataset, records, &n_added, NULL, &error));
  g_assert_no_error (error);

  return dataset;
}

/* "Also Linked From" lists the records linking here that no group of the
 * record's type shows, whichever section shows those. */
static void
test_also_linked_from (void)
{
  g_autoptr(TsDataset) dataset = load_linked ();
  TsDetailPane *pane = new_pane (dataset);
  g_autofree char *text = describe_record (pane, dataset, "organization/o");

  g_assert_cmpstr (text, ==,
                   "[]\n"
                   "  O\n"
                   "[Details]\n"
                   "  Name in English = O\n"
                   "  Name in Russian = О\n"
                   "  Kind = Government\n"
                   "  Country = Kazakhstan\n"
                   "[People]\n"
                   "  P → person/p\n"
                   "[Meetings]\n"
                   "  M → meeting/m\n"
                   "[Sources]\n"
                   "  S → source/s\n"
                   "[Also Linked From]\n"
                   "  A → agreement/a\n"
                   "[About This Record]\n"
                   "  Confidence = High\n"
                   "  Identifier = organization/o\n");

  g_assert_finalize_object (pane);
}

static gboolean
links_to (GtkWidget     *widget,
          gconstpointer  id)
{
  return ADW_IS_ACTION_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ts-target-id"), id) == 0;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_widget (GtkWidget      *widget,
             gboolean      (*match) (GtkWidget *, gconstpointer),
             gconstpointer   data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  TsDataset *dataset;
  char *id;
} Navigation;

/* As the window does: the link's record replaces the one that showed it. */
static void
on_navigate (TsDetailPane *pane,
             const char   *id,
             Navigation   *navigation)
{
  g_free (navigation->id);
  navigation->id = g_strdup (id);
  ts_detail_pane_set_record (pane, ts_dataset_lookup (navigation->dataset, id));
}

/* A link is one activation away from its record; the sections it leaves
 * are freed, the rows of their templates too. */
static void
test_navigate (void)
{
  g_autoptr(TsDataset) dataset = load_linked ();
  TsDetailPane *pane = new_pane (dataset);
  Navigation navigation = { dataset, NULL };
  GtkWidget *link;
  GtkWidget *name_row;

  g_signal_connect (pane, "navigate", G_CALLBACK (on_navigate), &navigation);
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, "person/p"));
  link = find_widget (GTK_WIDGET (pane), links_to, "organization/o");
  g_assert_nonnull (link);
  g_object_add_weak_pointer (G_OBJECT (link), (gpointer *) &link);
  /* A row of the template the person's section inherits. */
  name_row = find_widget (GTK_WIDGET (pane), is_row_titled, "Name in English");
  g_assert_nonnull (name_row);
  g_object_add_weak_pointer (G_OBJECT (name_row), (gpointer *) &name_row);

  g_signal_emit_by_name (link, "activated");

  g_assert_cmpstr (navigation.id, ==, "organization/o");
  g_assert_true (ts_detail_pane_get_record (pane)
                 == ts_dataset_lookup (dataset, "organization/o"));
  g_assert_null (link);
  g_assert_null (name_row);
  g_assert_nonnull (find_widget (GTK_WIDGET (pane), links_to, "person/p"));

  g_free (navigation.id);
  g_assert_finalize_object (pane);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/detail-pane/shown", test_shown);
  g_test_add_func ("/detail-pane/also-linked-from", test_also_linked_from);
  g_test_add_func ("/detail-pane/navigate", test_navigate);

  return g_test_run ();
}
