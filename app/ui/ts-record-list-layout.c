/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-record-list"

#include "config.h"

#include "ts-record-list-private.h"
#include "ts-column.h"

void
_ts_record_list_save_layout (GSettings     *settings,
                             GtkColumnView *column_view,
                             const char    *type_name)
{
  g_autoptr(GVariant) old_layout = NULL;
  g_autoptr(GVariant) old_order = NULL;
  g_auto(GVariantBuilder) builder;
  g_auto(GVariantBuilder) order_builder;
  g_auto(GVariantBuilder) keys_builder;
  g_autofree char *prefix = g_strconcat (type_name, "/", NULL);
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GVariantIter iter;
  const char *key;
  GVariant *keys;
  int width;
  gboolean visible;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(ib)}"));
  g_variant_builder_init (&order_builder, G_VARIANT_TYPE ("a{sas}"));
  g_variant_builder_init (&keys_builder, G_VARIANT_TYPE ("as"));

  /* Keep the other types' columns as they are. */
  old_layout = g_settings_get_value (settings, "column-layout");
  g_variant_iter_init (&iter, old_layout);
  while (g_variant_iter_next (&iter, "{&s(ib)}", &key, &width, &visible))
    {
      if (!g_str_has_prefix (key, prefix))
        g_variant_builder_add (&builder, "{s(ib)}", key, width, visible);
    }
  old_order = g_settings_get_value (settings, "column-order");
  g_variant_iter_init (&iter, old_order);
  while (g_variant_iter_next (&iter, "{&s@as}", &key, &keys))
    {
      if (!g_str_equal (key, type_name))
        g_variant_builder_add (&order_builder, "{s@as}", key, keys);
      g_variant_unref (keys);
    }

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *column_key = g_object_get_data (G_OBJECT (column), "ts-column-key");
      g_autofree char *setting_key = g_strconcat (prefix, column_key, NULL);

      g_variant_builder_add (&builder, "{s(ib)}", setting_key,
                             gtk_column_view_column_get_fixed_width (column),
                             gtk_column_view_column_get_visible (column));
      g_variant_builder_add (&keys_builder, "s", column_key);
    }
  g_variant_builder_add (&order_builder, "{s@as}", type_name,
                         g_variant_builder_end (&keys_builder));

  g_settings_delay (settings);
  g_settings_set_value (settings, "column-layout", g_variant_builder_end (&builder));
  g_settings_set_value (settings, "column-order", g_variant_builder_end (&order_builder));
  g_settings_apply (settings);
}

static GtkColumnViewColumn *
find_column (GListModel *columns,
             const char *key,
             guint       from)
{
  for (guint i = from; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "ts-column-key"), key) == 0)
        return column;
    }

  return NULL;
}

void
_ts_record_list_restore_layout (GSettings     *settings,
                                GtkColumnView *column_view,
                                const char    *type_name)
{
  g_autoptr(GVariant) layout = g_settings_get_value (settings, "column-layout");
  g_autoptr(GVariant) order = g_settings_get_value (settings, "column-order");
  g_autoptr(GVariant) keys = g_variant_lookup_value (order, type_name, G_VARIANT_TYPE ("as"));
  GListModel *columns = gtk_column_view_get_columns (column_view);
  guint placed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *column_key = g_object_get_data (G_OBJECT (column), "ts-column-key");
      g_autofree char *setting_key = g_strconcat (type_name, "/", column_key, NULL);
      int width;
      gboolean visible;

      if (!g_variant_lookup (layout, setting_key, "(ib)", &width, &visible))
        continue;

      gtk_column_view_column_set_fixed_width (column, width);
      gtk_column_view_column_set_visible (column, visible);
    }

  /* Each saved key in turn takes the next place; a key no column has any
   * more (a column a later version dropped) is passed over. */
  for (gsize i = 0; keys != NULL && i < g_variant_n_children (keys); i++)
    {
      const char *key = NULL;
      GtkColumnViewColumn *column;

      g_variant_get_child (keys, i, "&s", &key);
      column = find_column (columns, key, placed);
      if (column == NULL)
        continue;

      g_object_ref (column);
      gtk_column_view_insert_column (column_view, placed++, column);
      g_object_unref (column);
    }
}

/* One cell of tab-separated text: tabs and line breaks would start another
 * cell or row. */
static void
append_tsv_cell (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/* HTML 4 has no &apos;: word processors read the numeric form. */
static void
append_html_cell (GString    *out,
                  const char *tag,
                  const char *text)
{
  g_string_append_printf (out, "<%s>", tag);
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default: g_string_append_c (out, *p);
        }
    }
  g_string_append_printf (out, "</%s>", tag);
}

GdkContentProvider *
_ts_record_list_build_copy (GtkColumnView *column_view,
                            TsDataset     *dataset,
                            GPtrArray     *records)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) tsv = g_string_new (NULL);
  g_autoptr(GString) html = g_string_new (NULL);
  GdkContentProvider *providers[2];
  TsColumnContext context;

  ts_column_context_init_for_dataset (&context, dataset);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      GtkColumnViewColumn *column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        g_ptr_array_add (shown, column);
      else
        g_object_unref (column);
    }

  /* The charset, for the programs that do not assume UTF-8 (names in
   * Russian, Kyrgyz and Chinese). */
  g_string_append (html, "<meta charset=\"utf-8\">"
                   "<table>\n<thead>\n<tr>");
  for (guint i = 0; i < shown->len; i++)
    {
      const char *title = gtk_column_view_column_get_title (shown->pdata[i]);

      if (i > 0)
        g_string_append_c (tsv, '\t');
      append_tsv_cell (tsv, title != NULL ? title : "");
      append_html_cell (html, "th", title != NULL ? title : "");
    }
  g_string_append_c (tsv, '\n');
  g_string_append (html, "</tr>\n</thead>\n<tbody>\n");

  for (guint r = 0; r < records->len; r++)
    {
      g_string_append (html, "<tr>");
      for (guint i = 0; i < shown->len; i++)
        {
          const TsColumn *info = g_object_get_data (shown->pdata[i], "ts-column-info");
          g_autofree char *text = ts_column_dup_text (info, &context, records->pdata[r]);

          if (i > 0)
            g_string_append_c (tsv, '\t');
          append_tsv_cell (tsv, text != NULL ? text : "");
          append_html_cell (html, "td", text != NULL ? text : "");
        }
      g_string_append_c (tsv, '\n');
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "</tbody>\n</table>\n");

  providers[0] = gdk_content_provider_new_for_bytes ("text/html",
                                                     g_string_free_to_bytes (g_steal_pointer (&html)));
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, tsv->str);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}
