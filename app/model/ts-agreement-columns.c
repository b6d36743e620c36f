/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-agreement-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-agreement.h"
#include "ts-column-private.h"

static void
fill_kind (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsAgreementKind kind = ts_agreement_get_kind (TS_AGREEMENT (record));

  _ts_cell_set_text (cell, ts_agreement_kind_get_label (kind));
}

static void
fill_status (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  TsAgreementStatus status = ts_agreement_get_status (TS_AGREEMENT (record));

  _ts_cell_set_text (cell, ts_agreement_status_get_label (status));
}

/* "Name (role); …" */
static void
fill_parties (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      TsParty *party = parties->pdata[i];
      const char *title = ts_column_context_get_title (context, party->party_id);

      if (party->role != NULL && party->role[0] != '\0')
        {
          g_autofree char *item = g_strdup_printf ("%s (%s)", title, party->role);

          _ts_column_append_item (out, item);
        }
      else
        _ts_column_append_item (out, title);
    }
  _ts_cell_set_text (cell, out->str);
}

/* The list's form: the names only, by commas. */
static void
fill_party_names (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < parties->len; i++)
    {
      TsParty *party = g_ptr_array_index (parties, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, ts_column_context_get_title (context, party->party_id));
    }
  _ts_cell_set_text (cell, text->str);
}

static void
fill_party_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  GPtrArray *parties = ts_agreement_get_parties (TS_AGREEMENT (record));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    _ts_column_append_item (out, ((TsParty *) parties->pdata[i])->party_id);
  _ts_cell_set_text (cell, out->str);
}

static void
fill_signatories (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_agreement_get_signatory_ids (TS_AGREEMENT (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_signatory_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_agreement_get_signatory_ids (TS_AGREEMENT (record));

  _ts_cell_set_joined (cell, context, ids);
}

static void
fill_signed_at (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char *id = ts_agreement_get_signed_at_id (TS_AGREEMENT (record));

  _ts_cell_set_text (cell, ts_column_context_get_title (context, id));
}

static void
fill_signed_at_id (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  _ts_cell_set_text (cell, ts_agreement_get_signed_at_id (TS_AGREEMENT (record)));
}

static void
fill_projects (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_agreement_get_project_ids (TS_AGREEMENT (record));

  _ts_cell_set_titles (cell, context, ids);
}

static void
fill_project_ids (const TsColumnContext *context, TsRecord *record, TsCell *cell)
{
  const char * const *ids = ts_agreement_get_project_ids (TS_AGREEMENT (record));

  _ts_cell_set_joined (cell, context, ids);
}

static const TsColumn columns[] = {
  TS_COLUMNS_HEAD (N_("Title"), N_("The agreement as lists show it"), 2, 36, NULL,
                   2, 30),
  TS_COLUMNS_DATE ("date", N_("Date signed"), N_("When the agreement was signed; while it is agreed but not yet signed, when it was agreed"), 1, 23,
                   N_("Date"), 1),
  { "kind", N_("Kind"), N_("Joint statement, memorandum, cooperation agreement, plan …"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP, fill_kind, 18, .list_position = 3, .list_width = 16,
    .sheet_position = 3 },
  { "status", N_("Status"), N_("Agreed but not yet signed, signed, in force, expired or cancelled"), TS_COLUMN_TEXT, 0,
    fill_status, 12, .list_position = 5, .list_width = 10, .sheet_position = 5 },
  { "parties", N_("Parties"), N_("The places and organizations bound by it, with their role"),
    TS_COLUMN_TEXT, TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_parties, 32, .sheet_position = 4 },
  { "parties", N_("Parties"), NULL, TS_COLUMN_TEXT, TS_COLUMN_LIST_ONLY | TS_COLUMN_LINKED,
    fill_party_names, 0, .list_position = 4, .list_width = 24 },
  { "party_ids", N_("Party IDs"), N_("The ids of the parties"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_party_ids, 30 },
  { "signatories", N_("Signatories"), N_("Who signed it"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_signatories, 30 },
  { "signatory_ids", N_("Signatory IDs"), N_("The ids of the signatories"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_signatory_ids, 30 },
  { "signed_at", N_("Signed at"), N_("The meeting at which it was signed"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_signed_at, 30 },
  { "signed_at_id", N_("Signed at ID"), N_("The id of that meeting"), TS_COLUMN_TEXT,
    TS_COLUMN_MACHINE, fill_signed_at_id, 30 },
  { "projects", N_("Projects"), N_("Projects it concerns"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_LINKED, fill_projects, 30 },
  { "project_ids", N_("Project IDs"), N_("The ids of those projects"), TS_COLUMN_TEXT,
    TS_COLUMN_WRAP | TS_COLUMN_MACHINE, fill_project_ids, 30 },
  TS_COLUMNS_TAIL (6, 7),
};

const TsColumnTable _ts_agreement_columns = {
  columns, G_N_ELEMENTS (columns), "date", TRUE,
  { "date", "title", "kind" },
};
