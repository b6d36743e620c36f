/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-editor-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-editor-section.h"
#include "ts-choice-model.h"
#include "ts-date-row.h"
#include "ts-item-list.h"
#include "ts-link-list.h"

struct _TsEditorProblems
{
  GString *text;
};

typedef struct
{
  TsDataset *dataset;
  GListModel *pending;     /* the records the editor will add */
  GHashTable *candidates;  /* type mask → TsCandidates */
} TsEditorSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TsEditorSection, ts_editor_section,
                                     ADW_TYPE_PREFERENCES_GROUP)

TsEditorProblems *
ts_editor_problems_new (void)
{
  TsEditorProblems *problems = g_new0 (TsEditorProblems, 1);

  problems->text = g_string_new (NULL);
  return problems;
}

void
ts_editor_problems_free (TsEditorProblems *problems)
{
  g_string_free (problems->text, TRUE);
  g_free (problems);
}

void
ts_editor_problems_add (TsEditorProblems *problems,
                        const char       *title,
                        GtkWidget        *row,
                        const char       *message)
{
  if (problems->text->len > 0)
    g_string_append_c (problems->text, '\n');
  /* Translators: a problem with a form field: "Date: “2023-13” is not a date" */
  g_string_append_printf (problems->text, _("%s: %s"), title, message);
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
}

void
ts_editor_problems_add_row (TsEditorProblems *problems,
                            GtkWidget        *row,
                            const char       *message)
{
  ts_editor_problems_add (problems, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          row, message);
}

gboolean
ts_editor_problems_is_empty (TsEditorProblems *problems)
{
  return problems->text->len == 0;
}

const char *
ts_editor_problems_get_text (TsEditorProblems *problems)
{
  return problems->text->str;
}

static void
clear_marks (GtkWidget *widget)
{
  /* A date row keeps its own mark, that of its hint. */
  if (TS_IS_DATE_ROW (widget))
    return;

  gtk_widget_remove_css_class (widget, "error");
  if (TS_IS_ITEM_LIST (widget))
    ts_item_list_clear_problems (TS_ITEM_LIST (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_marks (child);
}

static void
ts_editor_section_dispose (GObject *object)
{
  TsEditorSection *self = TS_EDITOR_SECTION (object);
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->dataset);
  g_clear_object (&priv->pending);
  if (priv->candidates != NULL)
    g_hash_table_remove_all (priv->candidates);

  G_OBJECT_CLASS (ts_editor_section_parent_class)->dispose (object);
}

static void
ts_editor_section_finalize (GObject *object)
{
  TsEditorSection *self = TS_EDITOR_SECTION (object);
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  g_clear_pointer (&priv->candidates, g_hash_table_unref);

  G_OBJECT_CLASS (ts_editor_section_parent_class)->finalize (object);
}

static void
ts_editor_section_class_init (TsEditorSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ts_editor_section_dispose;
  object_class->finalize = ts_editor_section_finalize;

  /* The rows the sections' templates declare. */
  g_type_ensure (TS_TYPE_CHOICE_MODEL);
  g_type_ensure (TS_TYPE_DATE_ROW);
  g_type_ensure (TS_TYPE_ITEM_LIST);
  g_type_ensure (TS_TYPE_LINK_LIST);
  g_type_ensure (TS_TYPE_LINK_ROW);
}

static void
ts_editor_section_init (TsEditorSection *self)
{
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  priv->candidates = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) ts_candidates_unref);
}

void
ts_editor_section_set_record (TsEditorSection *self,
                              TsRecord        *record,
                              TsDataset       *dataset)
{
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  g_return_if_fail (TS_IS_EDITOR_SECTION (self));
  g_return_if_fail (TS_IS_RECORD (record));
  g_return_if_fail (TS_IS_DATASET (dataset));

  g_set_object (&priv->dataset, dataset);
  TS_EDITOR_SECTION_GET_CLASS (self)->set_record (self, record, dataset);
}

void
ts_editor_section_apply (TsEditorSection  *self,
                         TsRecord         *record,
                         TsEditorProblems *problems)
{
  g_return_if_fail (TS_IS_EDITOR_SECTION (self));
  g_return_if_fail (TS_IS_RECORD (record));

  TS_EDITOR_SECTION_GET_CLASS (self)->apply (self, record, problems);
}

void
ts_editor_section_clear_problems (TsEditorSection *self)
{
  g_return_if_fail (TS_IS_EDITOR_SECTION (self));

  clear_marks (GTK_WIDGET (self));
}

void
ts_editor_section_set_pending (TsEditorSection *self,
                               GListModel      *pending)
{
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  g_return_if_fail (TS_IS_EDITOR_SECTION (self));
  g_return_if_fail (pending == NULL || G_IS_LIST_MODEL (pending));

  g_set_object (&priv->pending, pending);
}

TsDataset *
ts_editor_section_get_dataset (TsEditorSection *self)
{
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);

  g_return_val_if_fail (TS_IS_EDITOR_SECTION (self), NULL);

  return priv->dataset;
}

TsCandidates *
ts_editor_section_get_candidates (TsEditorSection *self,
                                  guint            types)
{
  TsEditorSectionPrivate *priv = ts_editor_section_get_instance_private (self);
  TsCandidates *candidates;

  g_return_val_if_fail (TS_IS_EDITOR_SECTION (self), NULL);
  g_return_val_if_fail (priv->dataset != NULL, NULL);

  candidates = g_hash_table_lookup (priv->candidates, GUINT_TO_POINTER (types));
  if (candidates == NULL)
    {
      candidates = ts_candidates_new (priv->dataset, priv->pending, types);
      g_hash_table_insert (priv->candidates, GUINT_TO_POINTER (types), candidates);
    }

  return candidates;
}

TsCandidates *
ts_editor_section_get_records_of (TsEditorSection *self,
                                  TsRecordType     type)
{
  return ts_editor_section_get_candidates (self, TS_RECORD_TYPE_BIT (type));
}
