/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "ts-application.h"
#include "ts-records-view.h"
#include "ts-window.h"

#include "ui-test-utils.h"

static TsApplication *app;

static gboolean
has_menu_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;

      section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section != NULL && has_menu_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_window_pages (void)
{
  TsWindow *window = g_object_ref (ts_window_new (app));
  AdwViewStack *stack;
  const char *pages[] = { "records", "map", "timeline" };

  stack = ADW_VIEW_STACK (ui_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, pages[i]);
      AdwViewStackPage *page;

      g_assert_nonnull (child);
      page = adw_view_stack_get_page (stack, child);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  /* The view action switches pages, as Alt+2 does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "map");
  g_assert_cmpstr (ts_window_get_view (window), ==, "map");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_menu (void)
{
  TsWindow *window = g_object_ref (ts_window_new (app));
  GtkMenuButton *button;
  GtkPopover *popover;
  GMenuModel *menu;
  const char *items[] = {
    "win.import", "win.export-briefing", "win.show-help-overlay", "app.about", "app.quit",
  };
  g_auto(GStrv) quit_accels = NULL;

  button = GTK_MENU_BUTTON (ui_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (button);
  /* Built when first opened, on screen. */
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_widget_is_mapped, button);
  g_assert_null (gtk_menu_button_get_popover (button));
  menu = ui_test_open_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
  /* Once: opened again, the same popover. */
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (ui_test_open_menu_model (button) == menu);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_true (has_menu_action (menu, items[i]));

  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "quit"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "search"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstrv (quit_accels, ((const char *[]) { "<Control>q", NULL }));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
lists_shortcut (GtkWidget  *widget,
                const char *action_name)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *name = NULL;

      g_object_get (widget, "action-name", &name, NULL);
      if (g_strcmp0 (name, action_name) == 0)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (lists_shortcut (child, action_name))
      return TRUE;

  return FALSE;
}

/* The Keyboard Shortcuts window is built when first asked for (Ctrl+?, or
 * the main menu), not with the window: some 800 widgets no first frame
 * shows. Asked for, it is the window's own, and lists the shortcuts. */
static void
test_window_shortcuts_window (void)
{
  TsWindow *window = g_object_ref (ts_window_new (app));
  GtkShortcutsWindow *overlay;
  g_auto(GStrv) accels = NULL;
  GLogLevelFlags fatal;

  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (ui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                  "win.show-help-overlay");
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>question", NULL }));

  /* GTK 4.8 warns, as it has before this window was built lazily, that a
   * label of the shortcuts window "reported min width -3" (its keycaps'
   * style under Adwaita): not fatal here. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (overlay)));
  g_assert_true (lists_shortcut (GTK_WIDGET (overlay), "win.search"));
  g_assert_true (lists_shortcut (GTK_WIDGET (overlay), "win.new-record"));

  /* Closed, it hides; asked for again, the same window comes back. */
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
                 == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_log_set_always_fatal (fatal);

  /* It goes with the window. */
  g_object_add_weak_pointer (G_OBJECT (overlay), (gpointer *) &overlay);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (overlay);
}

static void
test_window_size_persists (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  TsWindow *window;
  int width = 0;
  int height = 0;

  g_settings_set_int (settings, "window-width", 931);
  g_settings_set_int (settings, "window-height", 611);

  window = g_object_ref (ts_window_new (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 931);
  g_assert_cmpint (height, ==, 611);

  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_window_set_default_size (GTK_WINDOW (window), 1001, 702);
  /* Closing saves the state; destroying lets it go. */
  gtk_window_close (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1001);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 702);
}

static gboolean
is_columns_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Columns") == 0;
}

/* The Columns button's popover is built when the button is opened, not
 * with the window (nor at every change of type): opened, it is the menu
 * of the list on screen. */
static void
test_window_columns_menu (void)
{
  g_autoptr(TsDataset) dataset = ui_test_load_shipped ();
  TsWindow *window = g_object_ref (ts_window_new (app));
  TsRecordsView *view;
  GtkMenuButton *button;
  GtkWidget *popover;

  ts_window_set_view (window, "records");
  ts_window_set_dataset (window, dataset);
  gtk_window_present (GTK_WINDOW (window));
  view = ts_window_get_records_view (window);
  button = GTK_MENU_BUTTON (ui_test_find_widget (GTK_WIDGET (view), is_columns_button, NULL));
  g_assert_nonnull (button);
  ui_test_wait_until (ui_test_widget_is_mapped, button);

  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover))
                 == ts_record_list_get_column_menu (
                      ts_records_view_get_list (view, ts_records_view_get_record_type (view))));
  gtk_menu_button_popdown (button);

  /* Another type: its own menu, again only once opened. */
  ts_records_view_set_record_type (view, TS_RECORD_TYPE_PLACE);
  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover))
                 == ts_record_list_get_column_menu (
                      ts_records_view_get_list (view, TS_RECORD_TYPE_PLACE)));
  gtk_menu_button_popdown (button);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static guint
count_descendants_named (GtkWidget  *widget,
                         const char *type_name)
{
  guint n = g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants_named (child, type_name);
  return n;
}

static gboolean
bar_is_revealed (gpointer bar)
{
  return adw_view_switcher_bar_get_reveal (bar);
}

/* In a window too narrow for the header bar's switcher, the bottom bar
 * shows a button for each page; in a wide one it is hidden, and is not
 * given the pages at all (its buttons are built when first revealed). */
static void
test_window_switcher_bar (void)
{
  TsWindow *wide = g_object_ref (ts_window_new (app));
  TsWindow *narrow = g_object_ref (ts_window_new (app));
  AdwViewSwitcherBar *bar;

  gtk_window_set_default_size (GTK_WINDOW (wide), 1200, 800);
  gtk_window_present (GTK_WINDOW (wide));
  bar = ADW_VIEW_SWITCHER_BAR (ui_test_find_of_type (GTK_WIDGET (wide), ADW_TYPE_VIEW_SWITCHER_BAR));
  ui_test_wait_until (ui_test_widget_is_mapped, wide);
  ui_test_wait_for_paint (GTK_WIDGET (wide));
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));
  g_assert_cmpuint (count_descendants_named (GTK_WIDGET (bar), "AdwViewSwitcherButton"), ==, 0);

  gtk_window_set_default_size (GTK_WINDOW (narrow), 360, 640);
  gtk_window_present (GTK_WINDOW (narrow));
  bar = ADW_VIEW_SWITCHER_BAR (ui_test_find_of_type (GTK_WIDGET (narrow), ADW_TYPE_VIEW_SWITCHER_BAR));
  ui_test_wait_until (bar_is_revealed, bar);
  g_assert_true (adw_view_switcher_bar_get_stack (bar)
                 == ADW_VIEW_STACK (ui_test_find_of_type (GTK_WIDGET (narrow), ADW_TYPE_VIEW_STACK)));
  /* Records, Map and Timeline. */
  g_assert_cmpuint (count_descendants_named (GTK_WIDGET (bar), "AdwViewSwitcherButton"), ==, 3);

  gtk_window_destroy (GTK_WINDOW (narrow));
  g_assert_finalize_object (narrow);
  gtk_window_destroy (GTK_WINDOW (wide));
  g_assert_finalize_object (wide);
}

/* The application's style sheet applies to every window, though nothing
 * is loaded from a resource base path: GtkApplication's start-up would
 * then make the icon theme start loading in a thread, and libadwaita's
 * would wait for that load (18 ms on the 2-core machine) only to throw it
 * away. A filter chip is 24 px tall by style.css, a bare label less. */
static void
test_window_style_sheet (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chip = gtk_label_new ("Bishkek");
  int minimum = 0;

  g_assert_null (g_application_get_resource_base_path (G_APPLICATION (app)));

  gtk_widget_add_css_class (chip, "filter-chip");
  gtk_window_set_child (GTK_WINDOW (window), chip);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_paint (window);
  gtk_widget_measure (chip, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 24);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* flatpak-builder runs the tests with no display: skip rather than fail. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Registering runs startup, which installs the app actions and
   * accelerators; non-unique so parallel tests don't meet on the bus. */
  app = ts_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/menu", test_window_menu);
  g_test_add_func ("/window/size-persists", test_window_size_persists);
  g_test_add_func ("/window/shortcuts-window", test_window_shortcuts_window);
  g_test_add_func ("/window/columns-menu", test_window_columns_menu);
  g_test_add_func ("/window/switcher-bar", test_window_switcher_bar);
  g_test_add_func ("/window/style-sheet", test_window_style_sheet);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
