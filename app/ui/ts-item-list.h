/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-date.h"
#include "ts-editor-section.h"

G_BEGIN_DECLS

#define TS_TYPE_ITEM_LIST (ts_item_list_get_type ())

G_DECLARE_FINAL_TYPE (TsItemList, ts_item_list, TS, ITEM_LIST, AdwPreferencesGroup)

/* One item of a list (a position, a milestone…): an expander row whose
 * sub-rows, its parts, edit it. A part has a name ("date"): its widget is
 * named "<list>.<index>.<part>", the list being named by its field key. */
typedef struct _TsEditorItem TsEditorItem;

/* What a list holds: the section that owns the list says it. */
typedef struct
{
  const char *item_label;  /* "Milestone %u", marked for translation: in problems and
                            * remove buttons */
  const char *add_label;   /* "Add Milestone", marked for translation: the add button */
  /* Adds the parts of @item, filled from @data (a TsMilestone…), or of a
   * new item when @data is NULL. The first part is where the user starts. */
  void (*build)     (TsEditorItem  *item,
                     gconstpointer  data);
  /* Sums the item up in its row's title and subtitle. */
  void (*summarize) (TsEditorItem  *item,
                     GString       *title,
                     GString       *subtitle);
} TsItemKind;

/* A group that lists items of @kind, with a button in its header that adds
 * one; fills it with @items (of the structs @kind builds from). */
void          ts_item_list_set_items       (TsItemList       *self,
                                            const TsItemKind *kind,
                                            TsEditorSection  *section,
                                            GPtrArray        *items);
guint         ts_item_list_get_n_items     (TsItemList       *self);
TsEditorItem *ts_item_list_get_item        (TsItemList       *self,
                                            guint             index);
/* Takes the problems shown on the items away, before a new check. */
void          ts_item_list_clear_problems  (TsItemList       *self);

TsItemList      *ts_editor_item_get_list    (TsEditorItem *item);
TsEditorSection *ts_editor_item_get_section (TsEditorItem *item);

/* Parts, for TsItemKind.build. */
void ts_editor_item_add_entry      (TsEditorItem *item,
                                    const char   *part,
                                    const char   *title,
                                    const char   *text);
void ts_editor_item_add_date       (TsEditorItem *item,
                                    const char   *part,
                                    const char   *title,
                                    const TsDate *date);
void ts_editor_item_add_choice     (TsEditorItem *item,
                                    const char   *part,
                                    const char   *title,
                                    GType         enum_type,
                                    int           value);
/* A picker of the records of @types (TS_RECORD_TYPE_BIT). */
void ts_editor_item_add_link       (TsEditorItem *item,
                                    const char   *part,
                                    const char   *title,
                                    guint         types,
                                    const char   *id);
/* A spin button from -@limit to @limit. */
void ts_editor_item_add_coordinate (TsEditorItem *item,
                                    const char   *part,
                                    const char   *title,
                                    double        limit,
                                    double        value);

/* What the parts show, for TsItemKind.summarize: text as typed (without
 * leading spaces; "" when the item has no such part), the linked record's
 * id or title, the choice, the coordinate. */
const char *ts_editor_item_get_text       (TsEditorItem *item,
                                           const char   *part);
const char *ts_editor_item_get_link       (TsEditorItem *item,
                                           const char   *part);
const char *ts_editor_item_get_link_title (TsEditorItem *item,
                                           const char   *part);
gboolean    ts_editor_item_get_choice     (TsEditorItem *item,
                                           const char   *part,
                                           int          *value);
double      ts_editor_item_get_coordinate (TsEditorItem *item,
                                           const char   *part);
/* Appends @part to a summary line, after a " · " when the line has text
 * already; an empty or NULL @part adds nothing. */
void        ts_editor_summary_append      (GString      *summary,
                                           const char   *part);

/* Reading the parts back: each problem names the item and the part
 * ("Milestone 2 · Date: required"), marks the part and opens the item with
 * the problem under its summary. */
void        ts_editor_item_add_problem     (TsEditorItem     *item,
                                            const char       *part,
                                            const char       *part_title,
                                            const char       *message,
                                            TsEditorProblems *problems);
/* The text without spaces around it, NULL when empty. */
char       *ts_editor_item_read_text       (TsEditorItem     *item,
                                            const char       *part);
void        ts_editor_item_read_date       (TsEditorItem     *item,
                                            const char       *part,
                                            const char       *part_title,
                                            gboolean          required,
                                            TsEditorProblems *problems,
                                            TsDate           *date);
/* The linked record's id; @missing (may be NULL) is the problem when none. */
const char *ts_editor_item_read_link       (TsEditorItem     *item,
                                            const char       *part,
                                            const char       *part_title,
                                            const char       *missing,
                                            TsEditorProblems *problems);
/* The coordinate as typed (the button clamps it only later). */
double      ts_editor_item_read_coordinate (TsEditorItem     *item,
                                            const char       *part,
                                            const char       *part_title,
                                            double            limit,
                                            TsEditorProblems *problems);

G_END_DECLS
