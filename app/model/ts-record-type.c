/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-record"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ts-record.h"
#include "ts-agreement.h"
#include "ts-figure.h"
#include "ts-meeting.h"
#include "ts-organization.h"
#include "ts-person.h"
#include "ts-place.h"
#include "ts-project.h"
#include "ts-source.h"
#include "ts-statement.h"

/* Record types: their names, labels and classes, and ids. Apart from
 * ts-record.c so that the base class does not include its subclasses. */

static const char * const record_type_names[] = {
  "meeting", "agreement", "project", "statement", "person", "organization", "place",
  "source", "figure",
};

static const char * const record_type_labels[] = {
  NC_("record type", "Meeting"),
  NC_("record type", "Agreement"),
  NC_("record type", "Project"),
  NC_("record type", "Statement"),
  NC_("record type", "Person"),
  NC_("record type", "Organization"),
  NC_("record type", "Place"),
  NC_("record type", "Source"),
  NC_("record type", "Figure"),
};

static const char * const record_type_plurals[] = {
  NC_("record types", "Meetings"),
  NC_("record types", "Agreements"),
  NC_("record types", "Projects"),
  NC_("record types", "Statements"),
  NC_("record types", "People"),
  NC_("record types", "Organizations"),
  NC_("record types", "Places"),
  NC_("record types", "Sources"),
  NC_("record types", "Figures"),
};

/* The one table of the types' classes, in TsRecordType order. */
static GType (* const record_type_gtypes[]) (void) = {
  ts_meeting_get_type,
  ts_agreement_get_type,
  ts_project_get_type,
  ts_statement_get_type,
  ts_person_get_type,
  ts_organization_get_type,
  ts_place_get_type,
  ts_source_get_type,
  ts_figure_get_type,
};

G_STATIC_ASSERT (G_N_ELEMENTS (record_type_names) == TS_N_RECORD_TYPES);
G_STATIC_ASSERT (G_N_ELEMENTS (record_type_gtypes) == TS_N_RECORD_TYPES);

static gboolean
is_slug (const char *slug)
{
  if (*slug == '\0')
    return FALSE;

  for (const char *p = slug; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

const char *
ts_record_type_to_string (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);

  return record_type_names[type];
}

gboolean
ts_record_type_from_string (const char   *string,
                            TsRecordType *type)
{
  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      if (g_str_equal (string, record_type_names[i]))
        {
          if (type != NULL)
            *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ts_record_type_get_label (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, "");

  return g_dpgettext2 (NULL, "record type", record_type_labels[type]);
}

const char *
ts_record_type_get_plural (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, "");

  return g_dpgettext2 (NULL, "record types", record_type_plurals[type]);
}

GType
ts_record_type_get_gtype (TsRecordType type)
{
  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, G_TYPE_INVALID);

  return record_type_gtypes[type] ();
}


gboolean
ts_record_id_parse (const char   *id,
                    TsRecordType *type)
{
  const char *slash;

  if (id == NULL)
    return FALSE;

  slash = strchr (id, '/');
  if (slash == NULL || !is_slug (slash + 1))
    return FALSE;

  /* The type's name before the slash, compared where it is: loading and
   * checking parse every reference of every record. */
  for (guint i = 0; i < TS_N_RECORD_TYPES; i++)
    {
      gsize length = strlen (record_type_names[i]);

      if ((gsize) (slash - id) == length && memcmp (id, record_type_names[i], length) == 0)
        {
          if (type != NULL)
            *type = i;
          return TRUE;
        }
    }
  return FALSE;
}

char *
ts_record_make_id (TsRecordType  type,
                   const char   *title)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) slug = g_string_new (NULL);

  g_return_val_if_fail ((guint) type < TS_N_RECORD_TYPES, NULL);

  ascii = g_str_to_ascii (title != NULL ? title : "", "C");
  for (const char *p = ascii; *p != '\0' && slug->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    g_string_append (slug, record_type_names[type]);

  return g_strdup_printf ("%s/%s", record_type_names[type], slug->str);
}


