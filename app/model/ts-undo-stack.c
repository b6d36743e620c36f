/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-undo-stack"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-undo-stack.h"

/* Edits beyond this many are forgotten, oldest first. */
#define MAX_STEPS 200

struct _TsUndoStack
{
  GObject parent_instance;

  TsDataset *dataset;
  /* Of GPtrArray of TsChange, oldest first. */
  GPtrArray *undo_steps;
  GPtrArray *redo_steps;
  /* Set while the stack applies a step itself. */
  gboolean applying;
};

G_DEFINE_FINAL_TYPE (TsUndoStack, ts_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPtrArray *
copy_changes (GPtrArray *changes,
              gboolean   invert)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ts_change_free);

  for (guint i = 0; i < changes->len; i++)
    {
      TsChange *change = g_ptr_array_index (changes, invert ? changes->len - 1 - i : i);

      if (invert)
        g_ptr_array_add (copy, ts_change_new (change->new_record, change->old_record));
      else
        g_ptr_array_add (copy, ts_change_new (change->old_record, change->new_record));
    }

  return copy;
}

static void
notify_state (TsUndoStack *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
on_dataset_changed (TsDataset   *dataset,
                    GPtrArray   *changes,
                    TsUndoStack *self)
{
  /* Another analyst's change (or a reload from the database) is not a
   * step of this user's: undoing it would write over theirs. A step of
   * this user's on the record it changed stays, and is refused by the
   * dataset if undone ("the record has changed meanwhile"). */
  if (self->applying || ts_dataset_is_applying_external (dataset))
    return;

  g_ptr_array_add (self->undo_steps, copy_changes (changes, FALSE));
  if (self->undo_steps->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_state (self);
}

/* Applies the inverse of the last step of @from and moves it to @to. */
static gboolean
step (TsUndoStack  *self,
      GPtrArray    *from,
      GPtrArray    *to,
      gboolean      invert,
      GError      **error)
{
  GPtrArray *changes;
  g_autoptr(GPtrArray) applied = NULL;
  gboolean ok;

  if (from->len == 0)
    return TRUE;

  changes = g_ptr_array_index (from, from->len - 1);
  applied = copy_changes (changes, invert);

  self->applying = TRUE;
  ok = ts_dataset_apply (self->dataset, applied, error);
  self->applying = FALSE;

  if (!ok)
    return FALSE;

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_state (self);
  return TRUE;
}

char *
ts_undo_stack_describe (TsUndoStack *self,
                        gboolean     redo)
{
  GPtrArray *steps;
  GPtrArray *changes;
  TsChange *change;
  const char *title;

  g_return_val_if_fail (TS_IS_UNDO_STACK (self), NULL);

  steps = redo ? self->redo_steps : self->undo_steps;
  if (steps->len == 0)
    return NULL;

  changes = g_ptr_array_index (steps, steps->len - 1);
  if (changes->len != 1)
    return g_strdup_printf (redo ? ngettext ("%u change redone", "%u changes redone",
                                             changes->len)
                                 : ngettext ("%u change undone", "%u changes undone",
                                             changes->len),
                            changes->len);

  /* The step as it was made, the record named as it is once the step is
   * undone or redone (a renaming undone gives the old name). */
  change = g_ptr_array_index (changes, 0);
  if (redo)
    title = ts_record_get_display_name (change->new_record != NULL ? change->new_record
                                                                   : change->old_record);
  else
    title = ts_record_get_display_name (change->old_record != NULL ? change->old_record
                                                                   : change->new_record);
  if (change->old_record == NULL)
    /* Translators: a toast; %s is a record's title */
    return g_strdup_printf (redo ? _("Creation of “%s” redone") : _("Creation of “%s” undone"),
                            title);
  if (change->new_record == NULL)
    /* Translators: a toast; %s is a record's title */
    return g_strdup_printf (redo ? _("Deletion of “%s” redone") : _("Deletion of “%s” undone"),
                            title);
  /* Translators: a toast; %s is a record's title */
  return g_strdup_printf (redo ? _("Changes to “%s” redone") : _("Changes to “%s” undone"),
                          title);
}

static void
ts_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TsUndoStack *self = TS_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ts_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ts_undo_stack_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_undo_stack_dispose (GObject *object)
{
  TsUndoStack *self = TS_UNDO_STACK (object);

  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ts_undo_stack_parent_class)->dispose (object);
}

static void
ts_undo_stack_finalize (GObject *object)
{
  TsUndoStack *self = TS_UNDO_STACK (object);

  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (ts_undo_stack_parent_class)->finalize (object);
}

static void
ts_undo_stack_class_init (TsUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ts_undo_stack_get_property;
  object_class->dispose = ts_undo_stack_dispose;
  object_class->finalize = ts_undo_stack_finalize;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_undo_stack_init (TsUndoStack *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

TsUndoStack *
ts_undo_stack_new (TsDataset *dataset)
{
  TsUndoStack *self;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);

  self = g_object_new (TS_TYPE_UNDO_STACK, NULL);
  self->dataset = g_object_ref (dataset);
  g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);

  return self;
}

gboolean
ts_undo_stack_can_undo (TsUndoStack *self)
{
  g_return_val_if_fail (TS_IS_UNDO_STACK (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
ts_undo_stack_can_redo (TsUndoStack *self)
{
  g_return_val_if_fail (TS_IS_UNDO_STACK (self), FALSE);

  return self->redo_steps->len > 0;
}

gboolean
ts_undo_stack_undo (TsUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (TS_IS_UNDO_STACK (self), FALSE);

  return step (self, self->undo_steps, self->redo_steps, TRUE, error);
}

gboolean
ts_undo_stack_redo (TsUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (TS_IS_UNDO_STACK (self), FALSE);

  return step (self, self->redo_steps, self->undo_steps, FALSE, error);
}

void
ts_undo_stack_clear (TsUndoStack *self)
{
  g_return_if_fail (TS_IS_UNDO_STACK (self));

  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_state (self);
}
