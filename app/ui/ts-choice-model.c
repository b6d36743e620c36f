/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-choice-model"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-choice-model.h"
#include "ts-vocabulary.h"

struct _TsChoiceModel
{
  GObject parent_instance;

  GType enum_type;
  GArray *values;         /* of int: the value at each position */
  GtkStringList *labels;  /* the label at each position */
  gboolean has_unset;
};

static void ts_choice_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TsChoiceModel, ts_choice_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ts_choice_model_list_model_init))

enum {
  PROP_0,
  PROP_ENUM_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices are fixed once the enum type is known: a construct-only
 * property, so that a .ui template can declare the model too. */
static void
fill_choices (TsChoiceModel *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (self->enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *enum_value = &klass->values[i];
      const char *label;

      if (g_str_equal (enum_value->value_nick, "unset"))
        {
          label = C_("vocabulary", "Not set");
          self->has_unset = TRUE;
        }
      else
        {
          label = ts_enum_get_label (self->enum_type, enum_value->value);
        }

      g_array_append_val (self->values, enum_value->value);
      gtk_string_list_append (self->labels, label);
    }
}

static GType
ts_choice_model_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
ts_choice_model_get_n_items (GListModel *model)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (model);

  return self->values->len;
}

static gpointer
ts_choice_model_get_item (GListModel *model,
                          guint       position)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (model);

  return g_list_model_get_item (G_LIST_MODEL (self->labels), position);
}

static void
ts_choice_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ts_choice_model_get_item_type;
  iface->get_n_items = ts_choice_model_get_n_items;
  iface->get_item = ts_choice_model_get_item;
}

static void
ts_choice_model_constructed (GObject *object)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (object);

  G_OBJECT_CLASS (ts_choice_model_parent_class)->constructed (object);

  if (G_TYPE_IS_ENUM (self->enum_type))
    fill_choices (self);
  else
    g_critical ("A choice model needs an enum type, not %s", g_type_name (self->enum_type));
}

static void
ts_choice_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (object);

  switch (prop_id)
    {
    case PROP_ENUM_TYPE:
      g_value_set_gtype (value, self->enum_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_choice_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (object);

  switch (prop_id)
    {
    case PROP_ENUM_TYPE:
      self->enum_type = g_value_get_gtype (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ts_choice_model_finalize (GObject *object)
{
  TsChoiceModel *self = TS_CHOICE_MODEL (object);

  g_clear_pointer (&self->values, g_array_unref);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (ts_choice_model_parent_class)->finalize (object);
}

static void
ts_choice_model_class_init (TsChoiceModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ts_choice_model_constructed;
  object_class->get_property = ts_choice_model_get_property;
  object_class->set_property = ts_choice_model_set_property;
  object_class->finalize = ts_choice_model_finalize;

  properties[PROP_ENUM_TYPE] =
    g_param_spec_gtype ("enum-type", NULL, NULL, G_TYPE_ENUM,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ts_choice_model_init (TsChoiceModel *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (int));
  self->labels = gtk_string_list_new (NULL);
}

TsChoiceModel *
ts_choice_model_new (GType enum_type)
{
  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  return g_object_new (TS_TYPE_CHOICE_MODEL, "enum-type", enum_type, NULL);
}

GType
ts_choice_model_get_enum_type (TsChoiceModel *self)
{
  g_return_val_if_fail (TS_IS_CHOICE_MODEL (self), G_TYPE_INVALID);

  return self->enum_type;
}

guint
ts_choice_model_get_position (TsChoiceModel *self,
                              int            value)
{
  g_return_val_if_fail (TS_IS_CHOICE_MODEL (self), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->values->len; i++)
    {
      if (g_array_index (self->values, int, i) == value)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

gboolean
ts_choice_model_get_value (TsChoiceModel *self,
                           guint          position,
                           int           *value)
{
  g_return_val_if_fail (TS_IS_CHOICE_MODEL (self), FALSE);

  if (position >= self->values->len)
    return FALSE;

  if (value != NULL)
    *value = g_array_index (self->values, int, position);
  return TRUE;
}

gboolean
ts_choice_model_has_unset (TsChoiceModel *self)
{
  g_return_val_if_fail (TS_IS_CHOICE_MODEL (self), FALSE);

  return self->has_unset;
}
