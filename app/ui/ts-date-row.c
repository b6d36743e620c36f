/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-date-row.h"

struct _TsDateRow
{
  AdwEntryRow parent_instance;

  GtkLabel *hint;
};

G_DEFINE_FINAL_TYPE (TsDateRow, ts_date_row, ADW_TYPE_ENTRY_ROW)

char *
ts_date_row_clean_text (const char *text)
{
  char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (clean[0] == '[')
    {
      char *to = clean;

      for (const char *from = clean; *from != '\0'; from++)
        if (!g_ascii_isspace (*from))
          *to++ = *from;
      *to = '\0';
    }
  return clean;
}

static char *
get_date_text (TsDateRow *self)
{
  return ts_date_row_clean_text (gtk_editable_get_text (GTK_EDITABLE (self)));
}

/* What the hint says: how the text reads and how precise it is, or the
 * forms a date takes while the row is empty. */
static void
on_changed (TsDateRow *self)
{
  g_autofree char *text = get_date_text (self);
  TsDate date = TS_DATE_INIT;
  g_autofree char *label = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  if (*text == '\0')
    {
      /* Translators: the forms a date may take, shown in an empty date field;
       * the last is one of several days */
      label = g_strdup (_("YYYY, YYYY-MM, YYYY-MM-DD or [YYYY-MM-DD,…]"));
    }
  else if (!ts_date_parse (text, &date, NULL))
    {
      label = g_strdup (_("not a date"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
    }
  else
    {
      g_autofree char *formatted = ts_date_format (&date);
      const char *precision = date.precision == TS_DATE_PRECISION_DAY ? _("day")
                              : date.precision == TS_DATE_PRECISION_DAYS
                              ? C_("date hint", "one of these days")
                              : date.precision == TS_DATE_PRECISION_MONTH ? _("month")
                              : _("year");

      /* Translators: how a date reads, and how precise it is: "May 2023 · month" */
      label = g_strdup_printf (C_("date hint", "%s · %s"), formatted, precision);
    }

  gtk_label_set_label (self->hint, label);
}

static void
ts_date_row_class_init (TsDateRowClass *klass)
{
}

static void
ts_date_row_init (TsDateRow *self)
{
  self->hint = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->hint), "date-hint");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("A day (2023-10-25), a month (2023-05) or a year "
                                 "(2023); add ~ for “about”; one of several days "
                                 "between brackets (“7 or 8 Sep 2023”: "
                                 "[2023-09-07,2023-09-08])"));
  gtk_widget_add_css_class (GTK_WIDGET (self->hint), "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->hint));
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
  on_changed (self);
}

void
ts_date_row_set_date (TsDateRow    *self,
                      const TsDate *date)
{
  g_autofree char *text = ts_date_to_string (date);

  g_return_if_fail (TS_IS_DATE_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
}

void
ts_date_row_read (TsDateRow        *self,
                  gboolean          required,
                  TsEditorProblems *problems,
                  TsDate           *date)
{
  g_autofree char *text = get_date_text (self);
  g_autoptr(GError) error = NULL;
  TsDate unset = TS_DATE_INIT;

  g_return_if_fail (TS_IS_DATE_ROW (self));

  *date = unset;
  if (*text == '\0')
    {
      if (required)
        ts_editor_problems_add_row (problems, GTK_WIDGET (self), _("required"));
    }
  else if (!ts_date_parse (text, date, &error))
    {
      ts_editor_problems_add_row (problems, GTK_WIDGET (self), error->message);
      *date = unset;
    }
}
