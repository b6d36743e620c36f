/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-history-detail-section"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ts-field.h"
#include "ts-format.h"
#include "ts-history-detail-section.h"
#include "ts-store.h"

/* A value longer than this is cut, with an ellipsis. */
#define MAX_VALUE_CHARS 120

struct _TsHistoryDetailSection
{
  TsDetailSection parent_instance;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (TsHistoryDetailSection, ts_history_detail_section, TS_TYPE_DETAIL_SECTION)

char *
ts_history_describe_value (const char *json)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (json == NULL)
    return g_strdup (C_("history value", "none"));

  node = json_from_string (json, NULL);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_strdup_printf ("“%s”", json_node_get_string (node));
  else
    text = g_strdup (json);

  if (g_utf8_strlen (text, -1) > MAX_VALUE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_VALUE_CHARS);

      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&text);
}

char *
ts_history_field_label (TsRecord   *record,
                        const char *field)
{
  const TsField * const *fields;
  guint n_fields;

  fields = ts_record_type_get_fields (ts_record_get_record_type (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (strcmp (fields[i]->key, field) == 0)
        return g_strdup (ts_field_get_label (fields[i]));
    }
  return g_strdup (field);
}

/* "6 Dec 2026, 19:03" in local time, from the log's UTC text. */
static char *
format_time (const char *at)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at != NULL ? at : "");
  local = g_date_time_to_local (utc);
  return ts_format_date_time (local);
}

/* One row per save: the rows of the log with the same version. */
static void
add_save (TsHistoryDetailSection *self,
          TsRecord               *record,
          GPtrArray              *changes,
          guint                   first,
          guint                   last)
{
  TsStoreChange *head = g_ptr_array_index (changes, first);
  g_autofree char *when = format_time (head->at);
  g_autofree char *title = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  if (g_strcmp0 (head->action, "create") == 0)
    {
      /* TRANSLATORS: a record's history: who created it, and when. */
      title = g_strdup_printf (_("Created by %s, %s"), head->who, when);
      g_string_append (body, _("The record was created"));
    }
  else if (g_strcmp0 (head->action, "delete") == 0)
    {
      title = g_strdup_printf (_("Deleted by %s, %s"), head->who, when);
      g_string_append (body, _("The record was deleted"));
    }
  else
    {
      /* TRANSLATORS: a record's history: who changed it, and when. */
      title = g_strdup_printf (_("Changed by %s, %s"), head->who, when);
      /* The fields in the order the save logged them. */
      for (guint i = last + 1; i-- > first;)
        {
          TsStoreChange *change = g_ptr_array_index (changes, i);
          g_autofree char *label = ts_history_field_label (record, change->field);
          g_autofree char *before = ts_history_describe_value (change->old_value);
          g_autofree char *after = ts_history_describe_value (change->new_value);

          if (body->len > 0)
            g_string_append_c (body, '\n');
          /* TRANSLATORS: a field's change: "Summary: “old” → “new”". */
          g_string_append_printf (body, _("%s: %s → %s"), label, before, after);
        }
    }

  ts_detail_section_add_field (TS_DETAIL_SECTION (self), self->group, title, body->str);
}

static void
ts_history_detail_section_set_record (TsDetailSection *section,
                                      TsRecord        *record,
                                      TsDataset       *dataset)
{
  TsHistoryDetailSection *self = TS_HISTORY_DETAIL_SECTION (section);
  TsStore *store = dataset != NULL ? ts_store_get_for_dataset (dataset) : NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint first = 0;

  if (store == NULL)
    return;
  changes = ts_store_list_changes (store, ts_record_get_id (record), &error);
  if (changes == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  /* Newest first; one save's rows share its version and come together. */
  for (guint i = 0; i < changes->len; i++)
    {
      TsStoreChange *change = g_ptr_array_index (changes, i);
      TsStoreChange *next = i + 1 < changes->len ? g_ptr_array_index (changes, i + 1) : NULL;

      if (next == NULL || next->version != change->version
          || g_strcmp0 (next->action, change->action) != 0)
        {
          add_save (self, record, changes, first, i);
          first = i + 1;
        }
    }
}

static void
ts_history_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TS_TYPE_HISTORY_DETAIL_SECTION);

  G_OBJECT_CLASS (ts_history_detail_section_parent_class)->dispose (object);
}

static void
ts_history_detail_section_class_init (TsHistoryDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TsDetailSectionClass *section_class = TS_DETAIL_SECTION_CLASS (klass);

  object_class->dispose = ts_history_detail_section_dispose;
  section_class->set_record = ts_history_detail_section_set_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH
                                               "/ui/ts-history-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TsHistoryDetailSection, group);
}

static void
ts_history_detail_section_init (TsHistoryDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
