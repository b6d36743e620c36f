/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-detail-section-private.h"
#include "ts-format.h"
#include "ts-record-columns.h"

typedef struct
{
  /* Rows added for the current record, and the groups they showed. */
  GPtrArray *rows;
  GPtrArray *shown_groups;
  GHashTable *shown_links;
} TsDetailSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TsDetailSection, ts_detail_section, GTK_TYPE_WIDGET)

enum {
  NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_rows (TsDetailSection *self)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);

  for (guint i = 0; i < priv->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (priv->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (priv->rows, 0);

  for (guint i = 0; i < priv->shown_groups->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (priv->shown_groups, i), FALSE);
  g_ptr_array_set_size (priv->shown_groups, 0);
}

static void
add_row (TsDetailSection     *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);

  if (!gtk_widget_get_visible (GTK_WIDGET (group)))
    {
      gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
      g_ptr_array_add (priv->shown_groups, group);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (priv->rows, row);
}

/* A section with nothing to show hides, so that it adds no space. */
static gboolean
has_visible_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child))
        return TRUE;
    }

  return FALSE;
}

static void
on_link_activated (TsDetailRow     *row,
                   TsDetailSection *self)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "ts-target-id"));
  /* Navigating shows another record: the pane drops this section and row. */
  g_autoptr(TsDetailSection) hold = g_object_ref (self);
  g_autoptr(TsDetailRow) hold_row = g_object_ref (row);

  g_signal_emit (self, signals[NAVIGATE], 0, id);
}

static void
ts_detail_section_dispose (GObject *object)
{
  TsDetailSection *self = TS_DETAIL_SECTION (object);
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);
  GtkWidget *child;

  /* Subclasses dispose their templates first; what is left has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (priv->rows, 0);
  g_ptr_array_set_size (priv->shown_groups, 0);
  g_clear_pointer (&priv->shown_links, g_hash_table_unref);

  G_OBJECT_CLASS (ts_detail_section_parent_class)->dispose (object);
}

static void
ts_detail_section_finalize (GObject *object)
{
  TsDetailSection *self = TS_DETAIL_SECTION (object);
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);

  g_clear_pointer (&priv->rows, g_ptr_array_unref);
  g_clear_pointer (&priv->shown_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_detail_section_parent_class)->finalize (object);
}

static void
ts_detail_section_class_init (TsDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ts_detail_section_dispose;
  object_class->finalize = ts_detail_section_finalize;

  /* A link was activated: show the record with this id. */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailsection");
  /* The fields of the sections' templates. */
  g_type_ensure (TS_TYPE_DETAIL_ROW);
}

static void
ts_detail_section_init (TsDetailSection *self)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  /* The groups stand apart as on a preferences page (style.css spaces
   * them). */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  priv->rows = g_ptr_array_new ();
  priv->shown_groups = g_ptr_array_new ();
}

void
ts_detail_section_set_record (TsDetailSection *self,
                              TsRecord        *record,
                              TsDataset       *dataset)
{
  g_return_if_fail (TS_IS_DETAIL_SECTION (self));
  g_return_if_fail (TS_IS_RECORD (record));
  g_return_if_fail (TS_IS_DATASET (dataset));

  clear_rows (self);
  TS_DETAIL_SECTION_GET_CLASS (self)->set_record (self, record, dataset);
  gtk_widget_set_visible (GTK_WIDGET (self), has_visible_child (GTK_WIDGET (self)));
}

void
ts_detail_section_show_value (TsDetailRow *row,
                              const char  *value)
{
  g_return_if_fail (TS_IS_DETAIL_ROW (row));

  if (value != NULL && *value == '\0')
    value = NULL;
  ts_detail_row_set_subtitle (row, value);
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL);
}

void
ts_detail_section_show_strv (TsDetailRow        *row,
                             const char * const *values)
{
  g_autofree char *text = NULL;

  if (values != NULL && values[0] != NULL)
    text = g_strjoinv (", ", (char **) values);
  ts_detail_section_show_value (row, text);
}

void
ts_detail_section_show_date (TsDetailRow  *row,
                             const TsDate *date)
{
  g_autofree char *text = ts_date_format (date);

  ts_detail_section_show_value (row, text);
}

void
ts_detail_section_show_number (TsDetailRow *row,
                               double       value,
                               const char  *unit)
{
  g_autofree char *text = ts_format_quantity (value, unit);

  ts_detail_section_show_value (row, text);
}

/* The icon of a record type, named for a screen reader by the type. */
static GtkWidget *
new_type_icon (TsRecordType type)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (ts_record_type_get_icon_name (type));

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ts_record_type_get_label (type),
                                  -1);
  return icon;
}

/* A row of the plain @title over @subtitle (may be NULL): a field, or a
 * link to @target_id (not NULL) with @type's icon before and an arrow after. */
static GtkWidget *
new_row (TsDetailSection *self,
         const char      *title,
         const char      *subtitle,
         const char      *target_id,
         TsRecordType     type)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);
  GtkWidget *row = ts_detail_row_new (title, subtitle);

  if (target_id == NULL)
    {
      gtk_widget_add_css_class (row, "property");
      return row;
    }

  if (type < TS_N_RECORD_TYPES)
    ts_detail_row_add_prefix (TS_DETAIL_ROW (row), new_type_icon (type));
  if (priv->shown_links != NULL)
    g_hash_table_add (priv->shown_links, g_strdup (target_id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "ts-target-id", g_strdup (target_id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_link_activated), self);
  ts_detail_row_add_suffix (TS_DETAIL_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

void
ts_detail_section_add_field (TsDetailSection     *self,
                             AdwPreferencesGroup *group,
                             const char          *label,
                             const char          *value)
{
  g_return_if_fail (TS_IS_DETAIL_SECTION (self));

  if (value == NULL || *value == '\0')
    return;

  add_row (self, group, new_row (self, label, value, NULL, TS_N_RECORD_TYPES));
}

void
ts_detail_section_add_link (TsDetailSection     *self,
                            AdwPreferencesGroup *group,
                            TsDataset           *dataset,
                            const char          *id,
                            const char          *detail)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);
  TsRecord *target;
  GtkWidget *row;
  g_autofree char *subtitle = NULL;
  TsRecordType type;

  g_return_if_fail (TS_IS_DETAIL_SECTION (self));

  if (id == NULL)
    return;

  target = ts_dataset_lookup (dataset, id);
  if (target != NULL)
    {
      g_autofree char *date = ts_date_format (ts_record_get_date (target));

      if (detail != NULL && *date != '\0')
        subtitle = g_strdup_printf ("%s · %s", detail, date);
      else if (detail != NULL)
        subtitle = g_strdup (detail);
      else if (*date != '\0')
        subtitle = g_steal_pointer (&date);
      add_row (self, group, new_row (self, ts_record_get_display_name (target), subtitle, id,
                                     ts_record_get_record_type (target)));
      return;
    }

  /* A link to a record the dataset lacks: show it, but it leads nowhere. */
  if (priv->shown_links != NULL)
    g_hash_table_add (priv->shown_links, g_strdup (id));
  ts_record_id_parse (id, &type);
  row = ts_detail_row_new (id, _("Not in the dataset"));
  gtk_widget_add_css_class (row, "dim-label");
  ts_detail_row_add_prefix (TS_DETAIL_ROW (row), new_type_icon (type));
  add_row (self, group, row);
}

void
ts_detail_section_add_item (TsDetailSection     *self,
                            AdwPreferencesGroup *group,
                            TsDataset           *dataset,
                            const char          *title,
                            const char          *subtitle,
                            const char          *target_id)
{
  g_return_if_fail (TS_IS_DETAIL_SECTION (self));
  g_return_if_fail (title != NULL);

  if (subtitle != NULL && *subtitle == '\0')
    subtitle = NULL;
  if (target_id != NULL && ts_dataset_lookup (dataset, target_id) == NULL)
    target_id = NULL;
  add_row (self, group, new_row (self, title, subtitle, target_id, TS_N_RECORD_TYPES));
}

void
ts_detail_section_add_links (TsDetailSection     *self,
                             AdwPreferencesGroup *group,
                             TsDataset           *dataset,
                             const char * const  *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    ts_detail_section_add_link (self, group, dataset, ids[i], NULL);
}

void
ts_detail_section_add_single_link (TsDetailSection     *self,
                                   AdwPreferencesGroup *group,
                                   TsDataset           *dataset,
                                   const char          *id)
{
  ts_detail_section_add_link (self, group, dataset, id, NULL);
}

void
ts_detail_section_add_referrers (TsDetailSection     *self,
                                 AdwPreferencesGroup *group,
                                 TsDataset           *dataset,
                                 TsRecord            *record,
                                 int                  type,
                                 const char          *field)
{
  g_autoptr(GPtrArray) referrers = NULL;

  referrers = ts_dataset_list_referrers (dataset, ts_record_get_id (record), type, field);
  for (guint i = 0; i < referrers->len; i++)
    ts_detail_section_add_link (self, group, dataset,
                                ts_record_get_id (g_ptr_array_index (referrers, i)), NULL);
}

void
_ts_detail_section_set_shown_links (TsDetailSection *self,
                                    GHashTable      *shown_links)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);

  g_return_if_fail (TS_IS_DETAIL_SECTION (self));

  g_clear_pointer (&priv->shown_links, g_hash_table_unref);
  if (shown_links != NULL)
    priv->shown_links = g_hash_table_ref (shown_links);
}

GHashTable *
_ts_detail_section_get_shown_links (TsDetailSection *self)
{
  TsDetailSectionPrivate *priv = ts_detail_section_get_instance_private (self);

  g_return_val_if_fail (TS_IS_DETAIL_SECTION (self), NULL);

  return priv->shown_links;
}
