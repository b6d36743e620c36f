/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-editor-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ts-editor-rows.h"
#include "ts-choice-model.h"
#include "ts-format.h"

/* A list as one line, items separated by commas. An item that holds a
 * comma or a double quote, or begins or ends with a space, is written in
 * double quotes (a quote inside doubled), so that reading the line back
 * gives the same items. */
static char *
join_list (const char * const *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      const char *value = values[i];
      gsize length = strlen (value);

      if (i > 0)
        g_string_append (text, ", ");
      if (strpbrk (value, ",\"") != NULL
          || (length > 0 && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1]))))
        {
          g_string_append_c (text, '"');
          for (const char *p = value; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (text, '"');
              g_string_append_c (text, *p);
            }
          g_string_append_c (text, '"');
        }
      else
        {
          g_string_append (text, value);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The items of a line join_list() wrote, or the user typed; empty items
 * are dropped. FALSE, with @error_message, when a quote is not closed or
 * is followed by more than a comma. */
static gboolean
split_list (const char   *text,
            GStrv        *values,
            const char  **error_message)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      g_autoptr(GString) item = g_string_new (NULL);

      while (g_ascii_isspace (*p))
        p++;

      if (*p == '"')
        {
          for (p++; ; p++)
            {
              if (*p == '\0')
                {
                  *error_message = _("a quoted item has no closing quote");
                  return FALSE;
                }
              if (*p == '"' && p[1] == '"')
                p++;
              else if (*p == '"')
                break;
              g_string_append_c (item, *p);
            }
          for (p++; g_ascii_isspace (*p); p++)
            ;
          if (*p != '\0' && *p != ',')
            {
              *error_message = _("after a closing quote comes a comma");
              return FALSE;
            }
        }
      else
        {
          while (*p != '\0' && *p != ',')
            g_string_append_c (item, *p++);
          g_strstrip (item->str);
          item->len = strlen (item->str);
        }

      if (item->len > 0)
        g_strv_builder_add (builder, item->str);
      if (*p == ',')
        p++;
    }

  *values = g_strv_builder_end (builder);
  return TRUE;
}

void
ts_editor_set_text (GtkWidget  *row,
                    const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

char *
ts_editor_read_text (GtkWidget        *row,
                     gboolean          required,
                     TsEditorProblems *problems)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    {
      g_clear_pointer (&text, g_free);
      if (required)
        ts_editor_problems_add_row (problems, row, _("required"));
    }

  return text;
}

void
ts_editor_set_list (GtkWidget          *row,
                    const char * const *values)
{
  g_autofree char *text = join_list (values);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_set_tooltip_text (row, _("Separate items with commas; put an item that holds a "
                                      "comma in double quotes"));
}

GStrv
ts_editor_read_list (GtkWidget        *row,
                     TsEditorProblems *problems)
{
  const char *error_message = NULL;
  GStrv values = NULL;

  if (!split_list (gtk_editable_get_text (GTK_EDITABLE (row)), &values, &error_message))
    {
      ts_editor_problems_add_row (problems, row, error_message);
      return g_new0 (char *, 1);
    }

  return values;
}

void
ts_editor_set_number (GtkWidget *row,
                      double     value)
{
  g_autofree char *text = NULL;

  if (!isnan (value))
    text = ts_format_double_exact (value);
  ts_editor_set_text (row, text);
}

double
ts_editor_read_number (GtkWidget        *row,
                       double            min,
                       double            max,
                       gboolean          required,
                       TsEditorProblems *problems)
{
  g_autofree char *text = ts_editor_read_text (row, required, problems);
  char *end = NULL;
  double value;

  if (text == NULL)
    return NAN;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || isnan (value) || isinf (value))
    {
      ts_editor_problems_add_row (problems, row,
                                  _("write a number, with a point for decimals: 42.87"));
      return NAN;
    }
  if (value < min || value > max)
    {
      g_autofree char *message = g_strdup_printf (_("must lie between %g and %g"), min, max);

      ts_editor_problems_add_row (problems, row, message);
      return NAN;
    }

  return value;
}

void
ts_editor_set_choice (GtkWidget *row,
                      int        value)
{
  TsChoiceModel *choices = TS_CHOICE_MODEL (adw_combo_row_get_model (ADW_COMBO_ROW (row)));

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), ts_choice_model_get_position (choices, value));
}

gboolean
ts_editor_get_choice (GtkWidget *row,
                      int       *value)
{
  TsChoiceModel *choices = TS_CHOICE_MODEL (adw_combo_row_get_model (ADW_COMBO_ROW (row)));

  return ts_choice_model_get_value (choices, adw_combo_row_get_selected (ADW_COMBO_ROW (row)),
                                    value);
}

int
ts_editor_read_choice (GtkWidget        *row,
                       TsEditorProblems *problems)
{
  int value = 0;

  if (!ts_editor_get_choice (row, &value))
    ts_editor_problems_add_row (problems, row, _("choose one of the list"));
  return value;
}
