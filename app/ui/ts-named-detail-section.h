/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-detail-section.h"

G_BEGIN_DECLS

#define TS_TYPE_NAMED_DETAIL_SECTION (ts_named_detail_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (TsNamedDetailSection, ts_named_detail_section,
                          TS, NAMED_DETAIL_SECTION, TsDetailSection)

/* What person, organization and place share: a "Details" group with the
 * names in every script, the aliases, the kind and the country, which their
 * sections subclass and follow with their own groups. */
struct _TsNamedDetailSectionClass
{
  TsDetailSectionClass parent_class;
};

/* @names maps language codes to names; @kind is a label or NULL. */
void                 ts_named_detail_section_show_names  (TsNamedDetailSection *self,
                                                          GHashTable           *names,
                                                          const char * const   *aliases,
                                                          const char           *kind,
                                                          const char           *country);
/* The "Details" group, for a subclass's own rows after the country. */
AdwPreferencesGroup *ts_named_detail_section_get_details (TsNamedDetailSection *self);

G_END_DECLS
