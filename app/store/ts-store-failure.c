/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A team database's failures as the store meets them: the connection's
 * state (:connected, ::reconnected, reconnecting), the read-only role
 * found at open, and the analyst's account of a failure in place of the
 * database's message (ts-store-db-failure.c words it). */
#define G_LOG_DOMAIN "ts-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ts-store.h"
#include "ts-store-private.h"

enum
{
  PROP_0,
  PROP_CONNECTED,
  PROP_READ_ONLY,
  N_PROPS
};

enum
{
  RECONNECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  TsStore *self = TS_STORE (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, ts_store_get_connected (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, ts_store_get_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
_ts_store_failure_class_init (GObjectClass *object_class)
{
  object_class->get_property = get_property;

  /* Whether the team database's connection is up (ts_store_get_connected). */
  properties[PROP_CONNECTED] =
    g_param_spec_boolean ("connected", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the role may only read it (ts_store_get_read_only). */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The connection broke and is up again, on a new session: whatever the
   * old one was told (LISTEN) must be said again. Emitted before the
   * statement that reconnected runs (a save: before its BEGIN). */
  signals[RECONNECTED] =
    g_signal_new ("reconnected", G_TYPE_FROM_CLASS (object_class),
                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
on_connection_changed (TsDb     *db,
                       gboolean  connected,
                       gpointer  user_data)
{
  TsStore *self = user_data;

  if (self->disconnected == !connected)
    return;
  self->disconnected = !connected;
  g_debug ("The connection to “%s” is %s", self->path, connected ? "up again" : "lost");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTED]);
  if (connected)
    g_signal_emit (self, signals[RECONNECTED], 0);
}

void
_ts_store_set_connected (TsStore  *self,
                         gboolean  connected)
{
  on_connection_changed (self->db, connected, self);
}

gboolean
_ts_store_take_failure (TsStore  *self,
                        gboolean  saving,
                        GError  **error)
{
  return self->db != NULL && ts_db_take_failure (self->db, self->path, saving, error);
}

gboolean
_ts_store_refuse_read_only (TsStore  *self,
                            GError  **error)
{
  /* In the words of the server's refusal. */
  if (error != NULL)
    g_clear_error (error);
  ts_db_describe_failure (self->db, TS_DB_FAILURE_PERMISSION, self->path, TRUE, error);
  return FALSE;
}

/* Whether the role may write each table a change writes: every record's
 * row, its links, and the change log. has_table_privilege () with several
 * privileges says whether any is held, so each is asked alone. */
static const char read_only_sql[] =
  "SELECT NOT ("
  "  has_table_privilege ('record', 'INSERT') AND has_table_privilege ('record', 'UPDATE')"
  "  AND has_table_privilege ('record', 'DELETE')"
  "  AND has_table_privilege ('link', 'INSERT') AND has_table_privilege ('link', 'DELETE')"
  "  AND has_table_privilege ('change', 'INSERT'))";

gboolean
_ts_store_failure_open (TsStore  *self,
                        GError  **error)
{
  TsDbStmt *stmt;
  TsDbResult rc;

  self->disconnected = FALSE;
  if (ts_db_get_kind (self->db) != TS_DB_POSTGRESQL)
    return TRUE;

  ts_db_set_connection_func (self->db, on_connection_changed, self);

  stmt = ts_db_prepare (self->db, read_only_sql, FALSE, &rc);
  if (stmt == NULL || (rc = ts_db_step (stmt)) != TS_DB_ROW)
    {
      ts_db_finalize (stmt);
      if (!_ts_store_take_failure (self, FALSE, error))
        _ts_store_set_open_error (self, error);
      return FALSE;
    }
  _ts_store_set_read_only (self, g_strcmp0 (ts_db_column_text (stmt, 0), "t") == 0);
  ts_db_finalize (stmt);

  if (self->read_only)
    g_debug ("“%s”: the role %s may only read it", self->path, ts_db_get_user (self->db));
  return TRUE;
}

void
_ts_store_set_read_only (TsStore  *self,
                         gboolean  read_only)
{
  self->read_only = read_only;
  ts_db_set_read_only (self->db, read_only);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

gboolean
ts_store_get_read_only (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), FALSE);

  return self->read_only;
}

gboolean
ts_store_get_connected (TsStore *self)
{
  g_return_val_if_fail (TS_IS_STORE (self), FALSE);

  return !self->disconnected;
}

gboolean
ts_store_reconnect (TsStore  *self,
                    GError  **error)
{
  g_return_val_if_fail (TS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->db == NULL)
    {
      g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE,
                   _("Could not connect again: the database “%s” is closed"), self->path);
      return FALSE;
    }
  /* A connection that broke unnoticed is found out first. */
  if (ts_db_is_connected (self->db) && !ts_db_in_transaction (self->db))
    ts_db_exec (self->db, "SELECT 1");
  if (ts_db_reconnect (self->db) == TS_DB_OK)
    {
      /* Up, even when only the listening connection was lost. */
      _ts_store_set_connected (self, TRUE);
      return TRUE;
    }

  if (!_ts_store_take_failure (self, FALSE, error))
    g_set_error (error, TS_STORE_ERROR, TS_STORE_ERROR_DISCONNECTED,
                 _("Could not connect again to “%s”: %s"), self->path, ts_db_errmsg (self->db));
  return FALSE;
}
