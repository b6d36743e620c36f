/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <adwaita.h>

#include "model-test-utils.h"
#include "ts-application.h"
#include "ts-detail-pane.h"
#include "ts-detail-row.h"
#include "ts-records-view.h"
#include "ts-window.h"

#include "ui-test-utils.h"

static TsApplication *app;

/* A row's text under its title: a TsDetailRow's, or the AdwActionRow's
 * that opens a source in the browser. */
static const char *
subtitle_of (GtkWidget *row)
{
  if (TS_IS_DETAIL_ROW (row))
    return ts_detail_row_get_subtitle (TS_DETAIL_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* What the pane shows, as a reader goes down it: each visible group's title,
 * then its visible rows, "title = value" for a field and "title → id" for a
 * link. */
static void
describe_widget (GtkWidget *widget,
                 GString   *text)
{
  if (!gtk_widget_get_visible (widget)
      || (GTK_IS_REVEALER (widget) && !gtk_revealer_get_reveal_child (GTK_REVEALER (widget))))
    return;

  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));

      g_string_append_printf (text, "[%s]\n", title != NULL ? title : "");
    }
  else if (ADW_IS_PREFERENCES_ROW (widget))
    {
      const char *id = g_object_get_data (G_OBJECT (widget), "ts-target-id");
      const char *subtitle = subtitle_of (widget);

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
    "  Xi'an → place/xian\n"
    "[Participants]\n"
    "  Sadyr Japarov → person/sadyr-japarov\n"
    "[Agreements Signed]\n"
    "  Memorandum on the China–Kyrgyzstan–Uzbekistan railway → "
    "agreement/2023-05-18-railway-memorandum\n"
    "[Projects Discussed]\n"
    "  China–Kyrgyzstan–Uzbekistan railway → project/china-kyrgyzstan-uzbekistan-railway\n"
    "[Sources]\n"
    "  China–Central Asia Summit opens in Xi'an → source/2023-05-19-xinhua-xian\n"
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
    "  China–Central Asia Summit in Xi'an → meeting/2023-05-18-xian-summit\n"
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
    "  Agreement signed in Samarkand = September 2022 · Commitment\n"
    "  Construction launched in Jalal-Abad = 27 Dec 2024 · Implementation\n"
    "[Places]\n"
    "  Kyrgyzstan → place/kyrgyzstan\n"
    "[Meetings]\n"
    "  China–Central Asia Summit in Xi'an → meeting/2023-05-18-xian-summit\n"
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
    "  Language = English\n"
    "  Reliability = B — usually reliable\n"
    "[Article]\n"
    "  Open in Browser = https://english.news.cn/\n"
    "[Cited By]\n"
    "  China–Central Asia Summit in Xi'an → meeting/2023-05-18-xian-summit\n"
    "[About This Record]\n"
    "  Confidence = High\n"
    "  Identifier = source/2023-05-19-xinhua-xian\n" },
  { "figure/china-kyrgyzstan-trade-2024",
    "[]\n"
    "  China–Kyrgyzstan trade in 2024\n"
    "[Details]\n"
    "  Indicator = China–Kyrgyzstan trade\n"
    "  Period = 2024\n"
    "  Value = 22.7 billion USD\n"
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

/* Whether a horizontal box stands between @widget and @top. */
static gboolean
is_in_horizontal_box (GtkWidget *widget,
                      GtkWidget *top)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
       ancestor != NULL && ancestor != top;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      /* A box, not the pane's AdwClamp (orientable too, "horizontal"),
       * which hands on the measure it is asked for. */
      if ((GTK_IS_BOX (ancestor) || GTK_IS_CENTER_BOX (ancestor))
          && gtk_orientable_get_orientation (GTK_ORIENTABLE (ancestor))
             == GTK_ORIENTATION_HORIZONTAL)
        return TRUE;
    }

  return FALSE;
}

/* The wrapping labels of the rows shown under @widget (fields and links)
 * that a horizontal box lays out, "row title: label text" each. */
static void
collect_rows_in_boxes (GtkWidget *widget,
                        GtkWidget *pane,
                        GtkWidget *row,
                        GString   *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LIST_BOX_ROW (widget))
    row = widget;
  if (row != NULL && GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget))
      && is_in_horizontal_box (widget, pane))
    g_string_append_printf (found, "%s: %s\n",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows_in_boxes (child, pane, row, found);
}

/* A wrapping label in a horizontal box is asked how narrow it could be at
 * the height the box has, and GTK 4.8 answers by measuring its text's
 * height at width after width (15, 30, 62 … 1 022 px and back), again at
 * each height the window's measuring tries: an AdwActionRow's subtitle, a
 * long note, was laid out by Pango hundreds of times before the first
 * frame of a record. The rows' texts stand in a grid and vertical boxes,
 * which ask a label for its width at no height and its height at one
 * width. */
static void
test_rows_measured_by_width (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  TsDetailPane *pane = new_pane (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autoptr(GString) found = g_string_new (NULL);

      ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, shown[i].id));
      collect_rows_in_boxes (GTK_WIDGET (pane), GTK_WIDGET (pane), NULL, found);
      g_assert_cmpstr (found->str, ==, "");
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

/* "Also Linked From" lists the records linking here that no group of the
 * record's type shows, whichever section shows those. */
static void
test_also_linked_from (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (linked_json);
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
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ts-target-id"), id) == 0;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
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
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (linked_json);
  TsDetailPane *pane = new_pane (dataset);
  Navigation navigation = { dataset, NULL };
  GtkWidget *link;
  GtkWidget *name_row;

  g_signal_connect (pane, "navigate", G_CALLBACK (on_navigate), &navigation);
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, "person/p"));
  link = ui_test_find_widget (GTK_WIDGET (pane), links_to, "organization/o");
  g_assert_nonnull (link);
  g_object_add_weak_pointer (G_OBJECT (link), (gpointer *) &link);
  /* A row of the template the person's section inherits. */
  name_row = ui_test_find_widget (GTK_WIDGET (pane), is_row_titled, "Name in English");
  g_assert_nonnull (name_row);
  g_object_add_weak_pointer (G_OBJECT (name_row), (gpointer *) &name_row);

  g_signal_emit_by_name (link, "activated");

  g_assert_cmpstr (navigation.id, ==, "organization/o");
  g_assert_true (ts_detail_pane_get_record (pane)
                 == ts_dataset_lookup (dataset, "organization/o"));
  g_assert_null (link);
  g_assert_null (name_row);
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (pane), links_to, "person/p"));

  g_free (navigation.id);
  g_assert_finalize_object (pane);
}


/* A statement, made at a meeting, carried by an article. */
static const char *statement_json =
  "["
  "{\"type\": \"source\", \"id\": \"source/trend\", \"title\": \"Kyrgyzstan, China discuss SMEs\","
  " \"url\": \"https://example.org/trend\", \"date\": \"2026-03-02\"},"
  "{\"type\": \"place\", \"id\": \"place/kyrgyzstan\", \"title\": \"Kyrgyzstan\","
  " \"kind\": \"country\", \"country\": \"KG\", \"lat\": 41.2, \"lon\": 74.7},"
  "{\"type\": \"person\", \"id\": \"person/edil-baisalov\", \"title\": \"Edil Baisalov\","
  " \"country\": \"KG\"},"
  "{\"type\": \"meeting\", \"id\": \"meeting/jinan\", \"title\": \"Baisalov and Lin Wu in Jinan\","
  " \"date\": \"2026-03-01\", \"participants\": [{\"person\": \"person/edil-baisalov\"}]},"
  "{\"type\": \"statement\", \"id\": \"statement/new-stage\","
  " \"title\": \"Baisalov: Kyrgyzstan is entering a new stage of development\","
  " \"speaker\": \"person/edil-baisalov\", \"on_behalf_of\": \"place/kyrgyzstan\","
  " \"date\": \"2026-03-01\", \"at\": \"meeting/jinan\", \"kind\": \"quote\","
  " \"words\": \"Kyrgyzstan is entering a new stage of development.\","
  " \"words_translations\": {\"ru\": \"Кыргызстан вступает в новый этап развития.\"},"
  " \"language\": \"en\", \"topics\": [\"development\"],"
  " \"citations\": [{\"source\": \"source/trend\","
  "                  \"excerpt\": \"Kyrgyzstan is entering a new stage of development\"}]}"
  "]";

/* What someone said is on their page and on the meeting's, each row the
 * statement's title, opening it; the statement shows its words (and their
 * translations), its fields, whom it links to and the article's sentence. */
static void
test_statements (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (statement_json);
  TsDetailPane *pane = new_pane (dataset);
  Navigation navigation = { dataset, NULL };
  g_autofree char *person = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *statement = NULL;
  g_autofree char *source = NULL;
  GtkWidget *link;

  g_signal_connect (pane, "navigate", G_CALLBACK (on_navigate), &navigation);

  person = describe_record (pane, dataset, "person/edil-baisalov");
  g_test_message ("%s", person);
  g_assert_nonnull (strstr (person, "[Statements]\n"
                                    "  Baisalov: Kyrgyzstan is entering a new stage of development"
                                    " → statement/new-stage\n"));
  /* Shown there, not again among what else links here. */
  g_assert_null (strstr (person, "Also Linked From"));

  /* The article lists the statement it carries among what cites it. */
  source = describe_record (pane, dataset, "source/trend");
  g_assert_nonnull (strstr (source, "[Cited By]\n"
                                    "  Baisalov: Kyrgyzstan is entering a new stage of development"
                                    " → statement/new-stage\n"));

  meeting = describe_record (pane, dataset, "meeting/jinan");
  g_assert_nonnull (strstr (meeting, "[Statements]\n"
                                     "  Baisalov: Kyrgyzstan is entering a new stage of development"
                                     " → statement/new-stage\n"));

  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, "person/edil-baisalov"));
  link = ui_test_find_widget (GTK_WIDGET (pane), links_to, "statement/new-stage");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "activated");
  g_assert_cmpstr (navigation.id, ==, "statement/new-stage");

  statement = describe_pane (pane);
  g_assert_cmpstr (statement, ==,
                   "[]\n"
                   "  Baisalov: Kyrgyzstan is entering a new stage of development\n"
                   "[Words]\n"
                   "  English = Kyrgyzstan is entering a new stage of development.\n"
                   "  Russian = Кыргызстан вступает в новый этап развития.\n"
                   "[Details]\n"
                   "  Date Said = 1 Mar 2026\n"
                   "  Kind = Quote\n"
                   "  Language = English\n"
                   "  Topics = development\n"
                   "[Speaker]\n"
                   "  Edil Baisalov → person/edil-baisalov\n"
                   "[On Behalf Of]\n"
                   "  Kyrgyzstan → place/kyrgyzstan\n"
                   "[Said At]\n"
                   "  Baisalov and Lin Wu in Jinan → meeting/jinan\n"
                   "[Citations]\n"
                   "  Kyrgyzstan, China discuss SMEs → source/trend\n"
                   "[About This Record]\n"
                   "  Confidence = High\n"
                   "  Identifier = statement/new-stage\n");

  g_free (navigation.id);
  g_assert_finalize_object (pane);
}

/* The field titled @title in @pane: its value as shown. */
static const char *
row_subtitle (TsDetailPane *pane,
              const char   *title)
{
  GtkWidget *row = ui_test_find_widget (GTK_WIDGET (pane), ui_test_is_row_titled, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  return ts_detail_row_get_subtitle (TS_DETAIL_ROW (row));
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)),
                       title) == 0;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The rows of the group titled @title, "title | subtitle → id" each. */
static char *
describe_group (TsDetailPane *pane,
                const char   *title)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *group = ui_test_find_widget (GTK_WIDGET (pane), is_group_titled, title);

  g_assert_nonnull (group);
  collect_rows (group, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const char *id = g_object_get_data (G_OBJECT (row), "ts-target-id");

      g_string_append_printf (text, "%s | %s",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              subtitle_of (row));
      if (id != NULL)
        g_string_append_printf (text, " → %s", id);
      g_string_append_c (text, '\n');
    }

  return g_strdup (text->str);
}

/* Milestones said what the source's headline said, so that the railway's
 * two milestones from one article read the same: each says what happened
 * and when, the source under it, and leads to the source. */
static void
test_milestones (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  TsDetailPane *pane = new_pane (dataset);
  g_autofree char *text = NULL;

  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset,
                                                      "project/china-kyrgyzstan-uzbekistan-railway"));
  text = describe_group (pane, "Milestones");
  g_assert_cmpstr (text, ==,
                   "China and Kyrgyzstan agree to accelerate construction of key projects "
                   "including the railway; Li Qiang calls for starting construction at an "
                   "early date | 25 Oct 2023 · Pledge\n"
                   "Source: China and Kyrgyzstan agree to promote high-quality Belt and Road "
                   "cooperation (Li Qiang's official visit to Kyrgyzstan) → "
                   "source/2023-10-26-li-qiang-official-visit-kyrgyzstan\n"
                   "Officially launched ('Officially launched in December') | "
                   "December 2024 · Implementation\n"
                   "Source: China, Kyrgyzstan to advance Belt and Road cooperation → "
                   "source/china-daily-2025-02-06-xi-jinping-sadyr-japarov\n"
                   "Xi Jinping and Sadyr Japarov pledge to build the railway with high "
                   "standards and ensure its success | 5 Feb 2025 · Implementation\n"
                   "Source: China, Kyrgyzstan to advance Belt and Road cooperation → "
                   "source/china-daily-2025-02-06-xi-jinping-sadyr-japarov\n");

  g_assert_finalize_object (pane);
}

/* The figure read "22710000000", the source's language "en", the last
 * change "12/6/26 00:00:00" (the tests run in Bishkek's zone). */
static void
test_values (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  TsDetailPane *pane = new_pane (dataset);

  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset,
                                                      "figure/china-kyrgyzstan-trade-2024"));
  g_assert_cmpstr (row_subtitle (pane, "Value"), ==, "22.71 billion USD");
  g_assert_cmpstr (row_subtitle (pane, "Change on the Previous Period"), ==, "+14.7 %");
  g_assert_cmpstr (row_subtitle (pane, "Last Changed"), ==, "6 Dec 2026, 06:00 UTC+6");

  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset,
                                                      "source/2023-10-26-li-qiang-official-visit-kyrgyzstan"));
  g_assert_cmpstr (row_subtitle (pane, "Language"), ==, "English");

  g_assert_finalize_object (pane);
}

/* The format's gaps as the pane shows them: one of several days, an
 * agreement agreed but not yet signed (its date is when it was agreed), a
 * village, a figure's publisher. */
static const char *gaps_json =
  "["
  "{\"type\": \"meeting\", \"id\": \"meeting/m\", \"title\": \"M\","
  " \"date\": \"[2023-09-07,2023-09-08]\"},"
  "{\"type\": \"agreement\", \"id\": \"agreement/agreed\", \"title\": \"Agreed\","
  " \"date\": \"2023-09-08\", \"status\": \"agreed\"},"
  "{\"type\": \"agreement\", \"id\": \"agreement/signed\", \"title\": \"Signed\","
  " \"date\": \"2023-09-09\", \"status\": \"signed\"},"
  "{\"type\": \"place\", \"id\": \"place/novopokrovka\", \"title\": \"Novopokrovka\","
  " \"kind\": \"village\", \"country\": \"KG\", \"lat\": 42.86, \"lon\": 74.76},"
  "{\"type\": \"figure\", \"id\": \"figure/f\", \"title\": \"F\", \"indicator\": \"I\","
  " \"period\": \"2024\", \"value\": 1, \"publisher\": \"National Statistical Committee\"}"
  "]";

static void
assert_shows (TsDetailPane *pane,
              TsDataset    *dataset,
              const char   *id,
              const char   *line)
{
  g_autofree char *text = describe_record (pane, dataset, id);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, line));
}

static void
test_format_gaps (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_records_json (gaps_json);
  TsDetailPane *pane = new_pane (dataset);

  assert_shows (pane, dataset, "meeting/m", "\n  Date = 7 or 8 Sep 2023\n");
  assert_shows (pane, dataset, "agreement/agreed", "\n  Date Agreed = 8 Sep 2023\n");
  assert_shows (pane, dataset, "agreement/agreed", "\n  Status = Agreed, not yet signed\n");
  assert_shows (pane, dataset, "agreement/signed", "\n  Date Signed = 9 Sep 2023\n");
  assert_shows (pane, dataset, "place/novopokrovka", "\n  Kind = Village\n");
  assert_shows (pane, dataset, "figure/f", "\n  Publisher = National Statistical Committee\n");

  g_assert_finalize_object (pane);
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

typedef struct
{
  guint *frames;
  guint  n;
} FrameWait;

static gboolean
frames_done (gpointer data)
{
  FrameWait *wait = data;

  return *wait->frames >= wait->n;
}

/* Runs until @widget has been through @n frames: a layout is done. */
static void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  guint frames = 0;
  FrameWait wait = { &frames, n };
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  ui_test_wait_until (frames_done, &wait);
  gtk_widget_remove_tick_callback (widget, id);
}

static gboolean
is_scrolled_far (gpointer data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (data);

  return gtk_adjustment_get_upper (adjustment) > 3 * gtk_adjustment_get_page_size (adjustment);
}

/* A record chosen in the list while the one before was scrolled down
 * showed its middle: each starts at its title. */
static void
test_scroll (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* In place of the list, which has the focus as records are chosen. */
  GtkWidget *list = gtk_button_new_with_label ("List");
  TsDetailPane *pane = ts_detail_pane_new ();
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  GtkWidget *title;
  graphene_rect_t bounds;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  ts_detail_pane_set_dataset (pane, dataset);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pane));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 400);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, pane);
  gtk_widget_grab_focus (list);

  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset,
                                                      "project/china-kyrgyzstan-uzbekistan-railway"));
  scroller = ui_test_find_named (GTK_WIDGET (pane), "record-scroller");
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  ui_test_wait_until (is_scrolled_far, scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  wait_for_frames (GTK_WIDGET (pane), 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* As long a record, so that the offset would fit it. */
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, "place/kyrgyzstan"));
  wait_for_frames (GTK_WIDGET (pane), 3);
  g_assert_true (is_scrolled_far (scroller));

  g_assert_true (gtk_widget_is_focus (list));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  title = ui_test_find_named (GTK_WIDGET (pane), "record-title");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, "Kyrgyzstan");
  g_assert_true (gtk_widget_compute_bounds (title, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (scroller));

  /* From a link in the pane, the focus goes to the new record's title. */
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset,
                                                      "project/china-kyrgyzstan-uzbekistan-railway"));
  wait_for_frames (GTK_WIDGET (pane), 3);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  gtk_widget_grab_focus (ui_test_find_widget (GTK_WIDGET (pane), links_to, "place/kyrgyzstan"));
  wait_for_frames (GTK_WIDGET (pane), 2);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  ts_detail_pane_set_record (pane, ts_dataset_lookup (dataset, "place/kyrgyzstan"));
  wait_for_frames (GTK_WIDGET (pane), 3);
  title = ui_test_find_named (GTK_WIDGET (pane), "record-title");
  g_assert_true (gtk_widget_is_focus (title));
  g_assert_true (gtk_widget_compute_bounds (title, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (scroller));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_pointer_is_null, &window);
}

typedef struct
{
  TsWindow *window;
  TsRecordsView *view;
  TsDetailPane *pane;
} Window;

static void
open_window (Window    *fixture,
             TsDataset *dataset)
{
  fixture->window = g_object_ref (ts_window_new (app));
  ts_window_set_dataset (fixture->window, dataset);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->view = ts_window_get_records_view (fixture->window);
  fixture->pane = ts_records_view_get_detail_pane (fixture->view);
  ui_test_wait_until (ui_test_widget_is_mapped, fixture->pane);
}

static void
close_window (Window *fixture)
{
  ui_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
}

static gboolean
is_notice_shown (gpointer data)
{
  return gtk_revealer_get_reveal_child (data);
}

static gboolean
is_notice_hidden (gpointer data)
{
  return !gtk_revealer_get_reveal_child (data);
}

/* A record the search or filters leave out stayed in the pane, with no
 * sign of it: now a notice says so, and its button clears them. */
static void
test_hidden_notice (void)
{
  g_autoptr(TsDataset) dataset = load_fixture ();
  Window fixture;
  TsQuery *query;
  GtkWidget *notice;
  GtkWidget *clear;
  g_autofree char *text = NULL;

  open_window (&fixture, dataset);
  query = ts_window_get_query (fixture.window);
  g_assert_true (ts_records_view_navigate_to (fixture.view, "person/edil-baisalov"));
  notice = ui_test_find_named (GTK_WIDGET (fixture.pane), "hidden-notice");
  g_assert_nonnull (notice);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));

  /* A search that finds others. */
  ts_query_set_text (query, "Japarov");
  ui_test_wait_until (is_notice_shown, notice);
  g_assert_true (ts_detail_pane_get_record (fixture.pane)
                 == ts_dataset_lookup (dataset, "person/edil-baisalov"));
  text = describe_pane (fixture.pane);
  g_assert_true (g_str_has_prefix (text, "  Not in the current search and filters\n"));

  clear = ui_test_find_named (notice, "clear-search");
  g_assert_true (gtk_widget_is_sensitive (clear));
  g_signal_emit_by_name (clear, "clicked");
  ui_test_wait_until (is_notice_hidden, notice);
  g_assert_true (ts_query_is_empty (query));

  /* A filter: only what is of low confidence. */
  ts_query_set_vocabulary (query, "confidence", TS_CONFIDENCE_LOW);
  ui_test_wait_until (is_notice_shown, notice);
  /* Another record, outside them too, keeps the notice; one inside drops it. */
  g_assert_true (ts_records_view_navigate_to (fixture.view, "place/kyrgyzstan"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (notice)));
  g_signal_emit_by_name (clear, "clicked");
  ui_test_wait_until (is_notice_hidden, notice);
  g_assert_true (ts_query_is_empty (query));

  close_window (&fixture);
}

static gboolean
refusal_shown (gpointer data)
{
  return ui_test_find_toplevel_named ("delete-refused") != NULL;
}

static gboolean
refusal_gone (gpointer data)
{
  return ui_test_find_toplevel_named ("delete-refused") == NULL;
}

/* A refused delete said "cannot be removed: “meeting/…” refers to it" in a
 * toast too short for it: a dialog names every record that links to it,
 * by its name, and each is a click away. */
static void
test_refused_delete (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  const char *id = "person/sadyr-japarov";
  g_autoptr(GPtrArray) referrers = ts_dataset_list_referrers (dataset, id, -1, NULL);
  Window fixture;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;
  TsRecord *first;

  g_assert_cmpuint (referrers->len, >, 3);
  open_window (&fixture, dataset);
  g_assert_true (ts_records_view_navigate_to (fixture.view, id));
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.delete-record", NULL);
  ui_test_wait_until (refusal_shown, NULL);
  g_assert_nonnull (ts_dataset_lookup (dataset, id));

  dialog = ui_test_find_toplevel_named ("delete-refused");
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "“Sadyr Japarov” Is Still Linked");
  list = ui_test_find_named (dialog, "referrers");
  g_assert_nonnull (list);
  for (guint i = 0; i < referrers->len; i++)
    {
      TsRecord *referrer = g_ptr_array_index (referrers, i);
      g_autofree char *title = g_markup_escape_text (ts_record_get_display_name (referrer), -1);

      row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    }
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), referrers->len));

  /* Showing one closes the dialog and shows it in the window. */
  first = g_ptr_array_index (referrers, 0);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_signal_emit_by_name (list, "row-activated", row);
  ui_test_wait_until (refusal_gone, NULL);
  g_assert_true (ts_records_view_get_record (fixture.view) == first);

  close_window (&fixture);
}

static gboolean
has_css_name (GtkWidget     *widget,
              gconstpointer  data)
{
  return g_str_equal (gtk_widget_get_css_name (widget), data);
}

static void
collect_boxes (GtkWidget *widget,
               GPtrArray *boxes)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (gtk_widget_get_css_name (child), "box"))
        g_ptr_array_add (boxes, child);
      collect_boxes (child, boxes);
    }
}

/* With no record, the pane says so as libadwaita's compact status page
 * would, pixel for pixel; and its centred boxes of wrapping text are as
 * wide at any height, so that GTK, which asks a centred widget its width
 * at the height it gets, has them lay their text out once rather than at
 * width after width. */
static void
test_empty_like_status_page (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pane = GTK_WIDGET (ts_detail_pane_new ());
  GtkWidget *other_window = gtk_window_new ();
  GtkWidget *status_page = adw_status_page_new ();
  g_autoptr(GPtrArray) boxes = NULL;
  GtkWidget *empty;
  g_autoptr(GBytes) empty_pixels = NULL;
  g_autoptr(GBytes) status_pixels = NULL;
  int empty_width, empty_height, status_width, status_height;

  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 500);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);
  empty = ui_test_find_widget (pane, has_css_name, "statuspage");
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status_page), "view-list-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status_page), "No Record Selected");
  adw_status_page_set_description (ADW_STATUS_PAGE (status_page),
                                   "Select a record to see its fields, its links and the "
                                   "sources it cites.");
  gtk_widget_add_css_class (status_page, "compact");
  gtk_widget_set_size_request (status_page, gtk_widget_get_width (empty),
                               gtk_widget_get_height (empty));
  gtk_window_set_child (GTK_WINDOW (other_window), status_page);
  gtk_window_present (GTK_WINDOW (other_window));
  ui_test_wait_for_paint (other_window);

  empty_pixels = ui_test_render (empty, &empty_width, &empty_height);
  status_pixels = ui_test_render (status_page, &status_width, &status_height);
  g_test_message ("empty page %d × %d px, status page %d × %d px",
                  empty_width, empty_height, status_width, status_height);
  g_assert_cmpint (empty_width, ==, status_width);
  g_assert_cmpint (empty_height, ==, status_height);
  g_assert_true (g_bytes_equal (empty_pixels, status_pixels));

  boxes = g_ptr_array_new ();
  collect_boxes (empty, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = g_ptr_array_index (boxes, i);
      int min, nat, min_at_height, nat_at_height;

      g_assert_cmpint (gtk_widget_get_valign (box), ==, GTK_ALIGN_CENTER);
      gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, 20, &min_at_height, &nat_at_height,
                          NULL, NULL);
      g_test_message ("box %u: %d–%d px wide, %d–%d px at 20 px high", i,
                      min, nat, min_at_height, nat_at_height);
      g_assert_cmpint (min_at_height, ==, min);
      g_assert_cmpint (nat_at_height, ==, nat);
    }
  g_assert_cmpuint (boxes->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (other_window));
  gtk_window_destroy (GTK_WINDOW (window));
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

  /* Bishkek's zone, to see times shown in the user's zone and named. */
  g_setenv ("TZ", "Asia/Bishkek", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/detail-pane/shown", test_shown);
  g_test_add_func ("/detail-pane/rows-measured-by-width", test_rows_measured_by_width);
  g_test_add_func ("/detail-pane/also-linked-from", test_also_linked_from);
  g_test_add_func ("/detail-pane/navigate", test_navigate);
  g_test_add_func ("/detail-pane/statements", test_statements);
  g_test_add_func ("/detail-pane/milestones", test_milestones);
  g_test_add_func ("/detail-pane/values", test_values);
  g_test_add_func ("/detail-pane/format-gaps", test_format_gaps);
  g_test_add_func ("/detail-pane/scroll", test_scroll);
  g_test_add_func ("/detail-pane/empty-like-status-page", test_empty_like_status_page);
  g_test_add_func ("/detail-pane/hidden-notice", test_hidden_notice);
  g_test_add_func ("/detail-pane/refused-delete", test_refused_delete);

  return g_test_run ();
}
