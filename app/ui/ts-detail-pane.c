/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-detail-pane.h"
#include "ts-about-detail-section.h"
#include "ts-agreement-detail-section.h"
#include "ts-detail-section-private.h"
#include "ts-figure-detail-section.h"
#include "ts-header-detail-section.h"
#include "ts-history-detail-section.h"
#include "ts-meeting-detail-section.h"
#include "ts-organization-detail-section.h"
#include "ts-person-detail-section.h"
#include "ts-place-detail-section.h"
#include "ts-project-detail-section.h"
#include "ts-record-columns.h"
#include "ts-referrers-detail-section.h"
#include "ts-source-detail-section.h"
#include "ts-sources-detail-section.h"
#include "ts-statement-detail-section.h"
#include "ts-text-box.h"

struct _TsDetailPane
{
  GtkWidget parent_instance;

  GtkImage *type_icon;
  GtkLabel *type_label;
  GtkButton *close_button;
  GtkStack *stack;
  GtkRevealer *hidden_notice;
  GtkScrolledWindow *scroller;
  GtkBox *sections_box;

  TsDataset *dataset;
  TsMatches *matches;
  TsRecord *record;
  /* The ids shown as links, so that "Also Linked From" lists the rest. */
  GHashTable *shown_links;
};

G_DEFINE_FINAL_TYPE (TsDetailPane, ts_detail_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_SHOW_CLOSE,
  N_PROPS
};

enum {
  NAVIGATE,
  CLOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The section with each record type's own fields and links, shown between
 * the title and the sources: a new type adds its line here. */
static GType (* const type_sections[TS_N_RECORD_TYPES]) (void) = {
  [TS_RECORD_TYPE_MEETING] = ts_meeting_detail_section_get_type,
  [TS_RECORD_TYPE_AGREEMENT] = ts_agreement_detail_section_get_type,
  [TS_RECORD_TYPE_PROJECT] = ts_project_detail_section_get_type,
  [TS_RECORD_TYPE_STATEMENT] = ts_statement_detail_section_get_type,
  [TS_RECORD_TYPE_PERSON] = ts_person_detail_section_get_type,
  [TS_RECORD_TYPE_ORGANIZATION] = ts_organization_detail_section_get_type,
  [TS_RECORD_TYPE_PLACE] = ts_place_detail_section_get_type,
  [TS_RECORD_TYPE_SOURCE] = ts_source_detail_section_get_type,
  [TS_RECORD_TYPE_FIGURE] = ts_figure_detail_section_get_type,
};

static void
on_section_navigate (TsDetailSection *section,
                     const char      *id,
                     TsDetailPane    *self)
{
  g_signal_emit (self, signals[NAVIGATE], 0, id);
}

static void
add_section (TsDetailPane *self,
             GType         type)
{
  TsDetailSection *section = g_object_new (type, NULL);

  _ts_detail_section_set_shown_links (section, self->shown_links);
  g_signal_connect_object (section, "navigate", G_CALLBACK (on_section_navigate), self, 0);
  gtk_box_append (self->sections_box, GTK_WIDGET (section));
  ts_detail_section_set_record (section, self->record, self->dataset);
}

static void
clear_sections (TsDetailPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  g_hash_table_remove_all (self->shown_links);
}

/* Whether the record shown is one the search and filters leave out, as
 * after filtering away the selected row, or following a link. */
static void
update_hidden_notice (TsDetailPane *self)
{
  gboolean hidden = FALSE;

  if (self->record != NULL && self->matches != NULL)
    {
      guint slot = ts_matches_find_slot (self->matches, ts_record_get_id (self->record));

      hidden = slot != G_MAXUINT && !ts_matches_contains (self->matches, slot);
    }

  gtk_revealer_set_reveal_child (self->hidden_notice, hidden);
}

static void
on_matches_changed (TsMatches    *matches,
                    GPtrArray    *slot_changes,
                    TsDetailPane *self)
{
  update_hidden_notice (self);
}

static void
show_record (TsDetailPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL
                       && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sections_box));
  TsRecordType type;

  /* A focused row or label about to go: the window lets go of it first,
   * or GTK keeps following it (and its viewport scrolls to where it was). */
  if (had_focus)
    gtk_root_set_focus (root, NULL);
  clear_sections (self);
  update_hidden_notice (self);

  if (self->record == NULL || self->dataset == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_label_set_label (self->type_label, "");
      /* Not read as an empty label ("GtkLabel"). */
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->type_label),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_image_clear (self->type_icon);
      return;
    }

  type = ts_record_get_record_type (self->record);
  g_return_if_fail (type < TS_N_RECORD_TYPES && type_sections[type] != NULL);
  gtk_label_set_label (self->type_label, ts_record_type_get_label (type));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->type_label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, FALSE,
                               -1);
  gtk_image_set_from_icon_name (self->type_icon, ts_record_type_get_icon_name (type));

  add_section (self, TS_TYPE_HEADER_DETAIL_SECTION);
  add_section (self, type_sections[type] ());
  add_section (self, TS_TYPE_SOURCES_DETAIL_SECTION);
  /* After every section with links, to list only the records they leave out. */
  add_section (self, TS_TYPE_REFERRERS_DETAIL_SECTION);
  add_section (self, TS_TYPE_ABOUT_DETAIL_SECTION);
  add_section (self, TS_TYPE_HISTORY_DETAIL_SECTION);

  /* Another record starts at its title, not where the last one was left;
   * the focus, if it was on the one before, goes to that title. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "record");
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->sections_box), GTK_DIR_TAB_FORWARD);
}

static void
on_close_clicked (GtkButton    *button,
                  TsDetailPane *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
ts_detail_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    case PROP_SHOW_CLOSE:
      g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (self->close_button)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      ts_detail_pane_set_record (self, g_value_get_object (value));
      break;
    case PROP_SHOW_CLOSE:
      gtk_widget_set_visible (GTK_WIDGET (self->close_button), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_detail_pane_dispose (GObject *object)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TS_TYPE_DETAIL_PANE);
  /* The template's root has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  g_clear_object (&self->matches);
  g_clear_object (&self->record);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_detail_pane_parent_class)->dispose (object);
}

static void
ts_detail_pane_finalize (GObject *object)
{
  TsDetailPane *self = TS_DETAIL_PANE (object);

  g_clear_pointer (&self->shown_links, g_hash_table_unref);

  G_OBJECT_CLASS (ts_detail_pane_parent_class)->finalize (object);
}

static void
ts_detail_pane_class_init (TsDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ts_detail_pane_get_property;
  object_class->set_property = ts_detail_pane_set_property;
  object_class->dispose = ts_detail_pane_dispose;
  object_class->finalize = ts_detail_pane_finalize;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         TS_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_CLOSE] =
    g_param_spec_boolean ("show-close", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A link was activated: show the record with this id. */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSE] =
    g_signal_new ("close",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (TS_TYPE_TEXT_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ts-detail-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, type_icon);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, type_label);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, close_button);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, stack);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, hidden_notice);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, TsDetailPane, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailpane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ts_detail_pane_init (TsDetailPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Record Details"),
                                  -1);
}

TsDetailPane *
ts_detail_pane_new (void)
{
  return g_object_new (TS_TYPE_DETAIL_PANE, NULL);
}

void
ts_detail_pane_set_dataset (TsDetailPane *self,
                            TsDataset    *dataset)
{
  g_return_if_fail (TS_IS_DETAIL_PANE (self));

  if (g_set_object (&self->dataset, dataset))
    ts_detail_pane_set_record (self, NULL);
}

void
ts_detail_pane_set_matches (TsDetailPane *self,
                            TsMatches    *matches)
{
  g_return_if_fail (TS_IS_DETAIL_PANE (self));
  g_return_if_fail (matches == NULL || TS_IS_MATCHES (matches));

  if (self->matches == matches)
    return;

  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  g_set_object (&self->matches, matches);
  if (matches != NULL)
    g_signal_connect (matches, "changed", G_CALLBACK (on_matches_changed), self);
  update_hidden_notice (self);
}

TsRecord *
ts_detail_pane_get_record (TsDetailPane *self)
{
  g_return_val_if_fail (TS_IS_DETAIL_PANE (self), NULL);

  return self->record;
}

/* Always rebuilds: the same record may have new links. */
void
ts_detail_pane_set_record (TsDetailPane *self,
                           TsRecord     *record)
{
  g_return_if_fail (TS_IS_DETAIL_PANE (self));
  g_return_if_fail (record == NULL || TS_IS_RECORD (record));

  g_set_object (&self->record, record);
  show_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}
