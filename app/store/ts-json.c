/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ts-json"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ts-error.h"
#include "ts-export-file.h"
#include "ts-json-private.h"
#include "ts-json.h"
#include "ts-matches.h"
#include "ts-record.h"
#include "ts-store.h"

static const char * const document_keys[] = { "format", "version", "records", NULL };

/* Errors of the model name the record and field; this adds the file. */
static void
prefix_error (GError     **error,
              const char  *name)
{
  if (name != NULL && error != NULL && *error != NULL)
    g_prefix_error (error, "%s: ", name);
}

static gboolean
set_document_error (GError     **error,
                    GQuark       domain,
                    int          code,
                    const char  *name,
                    const char  *message)
{
  if (name != NULL)
    g_set_error (error, domain, code, "%s: %s", name, message);
  else
    g_set_error_literal (error, domain, code, message);
  return FALSE;
}

static gboolean
check_envelope (JsonNode    *root,
                const char  *name,
                JsonArray  **records,
                GError     **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *document;
  JsonNode *node;
  gint64 version;

  if (root == NULL)
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("the file is empty, not a Tianshan dataset"));

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("not a Tianshan dataset: the document is not a JSON object"));
  document = json_node_get_object (root);

  node = json_object_get_member (document, "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (node), TS_JSON_FORMAT_NAME) != 0)
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("not a Tianshan dataset: “format” must be “tianshan”"));

  node = json_object_get_member (document, "version");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("“version” must be a whole number"));
  version = json_node_get_int (node);
  if (version > TS_JSON_FORMAT_VERSION)
    {
      /* The number goes in as text: a G_GINT64_FORMAT inside the message
       * would cut it short for xgettext. */
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, version);
      g_autofree char *message =
        g_strdup_printf (_("written in version %s of the format, which a newer Tianshan "
                           "writes; this version reads versions 1 to %d: update Tianshan"),
                         found, TS_JSON_FORMAT_VERSION);

      return set_document_error (error, TS_STORE_ERROR, TS_STORE_ERROR_NEWER_VERSION, name,
                                 message);
    }
  if (version < 1)
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("“version” must be 1 or more"));

  members = json_object_get_members (document);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (document_keys, l->data))
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown key “%s” in the document: only format, version and "
                               "records are allowed"),
                             (const char *) l->data);

          return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_UNKNOWN_FIELD, name,
                                     message);
        }
    }

  node = json_object_get_member (document, "records");
  if (node == NULL)
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_MISSING_FIELD, name,
                               _("the list “records” is missing"));
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name,
                               _("“records” must be a list"));

  *records = json_node_get_array (node);
  return TRUE;
}

/* "the file is larger than 256 MiB", with the limit as a reader sees it. */
static char *
describe_size_limit (void)
{
  g_autofree char *limit = g_format_size_full (TS_JSON_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: the size limit, such as "256.0 MiB" */
  return g_strdup_printf (_("the file is larger than %s, the most an import may hold"), limit);
}

GPtrArray *
ts_json_read_bytes (GBytes      *bytes,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(TsJsonSource) source = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonArray *array = NULL;
  guint n_elements;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > TS_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *message = describe_size_limit ();

      set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, name, message);
      return NULL;
    }

  source = _ts_json_source_new (bytes, name);
  root = _ts_json_source_parse (source, error);
  if (root == NULL)
    return NULL;

  if (!check_envelope (root, name, &array, error))
    return NULL;

  n_elements = _ts_json_source_get_n_records (source);
  records = g_ptr_array_new_full (n_elements, g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_elements; i++)
    {
      g_autoptr(JsonNode) node = _ts_json_source_take_record (source, i);
      TsRecord *record;
      JsonObject *object;
      JsonNode *id_node;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autofree char *location = _ts_json_source_locate_record (source, i);
          g_autofree char *message =
            g_strdup_printf (_("item %u of “records” is not an object"), i + 1);

          set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, location,
                              message);
          return NULL;
        }

      object = json_node_get_object (node);
      record = ts_record_new_from_json (object, error);
      if (record == NULL)
        {
          g_autofree char *location = _ts_json_source_locate_record (source, i);

          /* Without an id, the position in the list names it too. */
          id_node = json_object_get_member (object, "id");
          if (id_node == NULL || json_node_get_value_type (id_node) != G_TYPE_STRING)
            g_prefix_error (error, _("item %u of “records”: "), i + 1);
          prefix_error (error, location);
          return NULL;
        }
      g_ptr_array_add (records, record);

      if (!g_hash_table_add (ids, (gpointer) ts_record_get_id (record)))
        {
          g_autofree char *location = _ts_json_source_locate_record (source, i);
          g_autofree char *message =
            g_strdup_printf (_("Record “%s”, field “id”: the id appears more than once"),
                             ts_record_get_id (record));

          set_document_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_DUPLICATE_ID, location,
                              message);
          return NULL;
        }
    }

  return g_steal_pointer (&records);
}

/* Only a regular file, and not a large one: a pipe or a device could block
 * or never end. The file is looked at before it is opened (opening a pipe
 * blocks until someone writes to it), then again once open, in case it was
 * replaced in between, and it is read no further than the limit. */
static GBytes *
load_regular_file (GFile   *file,
                   GError **error)
{
  const char *attributes = G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *display = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gsize capacity = 0;
  gsize used = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 0)
        info = g_file_query_info (file, attributes, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
      else
        info = g_file_input_stream_query_info (stream, attributes, NULL, &local_error);
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
                       _("Could not read “%s”: it is not a regular file (a folder, a pipe or a "
                         "device cannot be imported)"),
                       display);
          return NULL;
        }
      if ((guint64) g_file_info_get_size (info) > TS_JSON_MAX_FILE_SIZE)
        {
          g_autofree char *message = describe_size_limit ();

          g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO, _("Could not read “%s”: %s"),
                       display,
                       message);
          return NULL;
        }

      if (pass == 0)
        {
          stream = g_file_read (file, NULL, &local_error);
          if (stream == NULL)
            break;
        }
      length = (gsize) g_file_info_get_size (info);
      g_clear_object (&info);
    }

  if (local_error == NULL)
    {
      /* Room for one byte more than the file had: reading it tells a file
       * that grew. */
      capacity = MIN (length, TS_JSON_MAX_FILE_SIZE) + 1;
      data = g_malloc (capacity);
      for (;;)
        {
          gssize n_read;

          if (used == capacity)
            {
              if (capacity > TS_JSON_MAX_FILE_SIZE)
                {
                  g_autofree char *message = describe_size_limit ();

                  g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
                               _("Could not read “%s”: %s"),
                               display, message);
                  return NULL;
                }
              capacity = MIN (capacity * 2, TS_JSON_MAX_FILE_SIZE + 1);
              data = g_realloc (data, capacity);
            }

          n_read = g_input_stream_read (G_INPUT_STREAM (stream), data + used, capacity - used,
                                        NULL, &local_error);
          if (n_read <= 0)
            break;
          used += n_read;
        }
    }

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO,
                     _("Could not read “%s”: there is no such file"),
                     display);
      else
        g_set_error (error, TS_FILE_ERROR, TS_FILE_ERROR_IO, _("Could not read “%s”: %s"),
                     display, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), used);
}

GPtrArray *
ts_json_read_file (GFile   *file,
                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_regular_file (file, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_basename (file);
  return ts_json_read_bytes (bytes, name, error);
}

gboolean
ts_json_import_file (TsDataset  *dataset,
                     GFile      *file,
                     guint      *n_added,
                     guint      *n_changed,
                     GError    **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  records = ts_json_read_file (file, error);
  if (records == NULL)
    return FALSE;

  if (!ts_dataset_merge (dataset, records, n_added, n_changed, error))
    {
      /* Data errors (a dangling reference) are the file's; a database
       * error names the database itself. */
      if (error != NULL && *error != NULL
          && !g_error_matches (*error, TS_STORE_ERROR, TS_STORE_ERROR_DATABASE))
        {
          name = g_file_get_basename (file);
          prefix_error (error, name);
        }
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  TsDataset  *dataset;
  GHashTable *seen;     /* id → TsRecord, both borrowed */
  GPtrArray  *records;
} Closure;

static void
add_reference_cb (TsRecord   *record,
                  const char *field,
                  const char *target_id,
                  gpointer    user_data)
{
  Closure *closure = user_data;
  TsRecord *target;

  if (g_hash_table_contains (closure->seen, target_id))
    return;

  target = ts_dataset_lookup (closure->dataset, target_id);
  if (target == NULL)
    return;

  g_hash_table_insert (closure->seen, (gpointer) ts_record_get_id (target), target);
  g_ptr_array_add (closure->records, g_object_ref (target));
}

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  TsRecord *ra = *(TsRecord * const *) a;
  TsRecord *rb = *(TsRecord * const *) b;
  TsRecordType ta = ts_record_get_record_type (ra);
  TsRecordType tb = ts_record_get_record_type (rb);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  return strcmp (ts_record_get_id (ra), ts_record_get_id (rb));
}

GPtrArray *
ts_json_collect (TsDataset *dataset,
                 TsQuery   *query)
{
  GPtrArray *records;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), NULL);

  if (query == NULL || ts_query_is_empty (query))
    {
      records = g_ptr_array_new_full (ts_dataset_get_n_records (dataset), g_object_unref);
      for (guint type = 0; type < TS_N_RECORD_TYPES; type++)
        {
          GListModel *model = ts_dataset_get_records (dataset, type);
          guint n_items = g_list_model_get_n_items (model);

          for (guint i = 0; i < n_items; i++)
            g_ptr_array_add (records, g_list_model_get_item (model, i));
        }
    }
  else
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      Closure closure = { dataset, seen, NULL };

      records = ts_matches_select (dataset, query);
      closure.records = records;
      for (guint i = 0; i < records->len; i++)
        {
          TsRecord *record = g_ptr_array_index (records, i);

          g_hash_table_insert (seen, (gpointer) ts_record_get_id (record), record);
        }

      /* The array grows as referenced records are found: walking it to its
       * end follows references of references too. */
      for (guint i = 0; i < records->len; i++)
        ts_record_foreach_reference (g_ptr_array_index (records, i), add_reference_cb,
                                     &closure);
    }

  g_ptr_array_sort (records, compare_records);
  return records;
}

static void
append_indent (GString *out,
               guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_string (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* json-glib 1.6 writes every double with 17 digits (42.87 becomes
 * 42.869999999999997): write the shortest form that reads back exactly. */
static void
append_double (GString *out,
               double   value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      /* JSON has no infinities; the model never holds one. */
      g_string_append (out, "null");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static void append_node (GString  *out,
                         JsonNode *node,
                         guint     depth);

static void
append_object (GString    *out,
               JsonObject *object,
               guint       depth)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append (out, "{\n");
  for (GList *l = members; l != NULL; l = l->next)
    {
      append_indent (out, depth + 1);
      append_string (out, l->data);
      g_string_append (out, ": ");
      append_node (out, json_object_get_member (object, l->data), depth + 1);
      g_string_append (out, l->next != NULL ? ",\n" : "\n");
    }
  append_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_array (GString   *out,
              JsonArray *array,
              guint      depth)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < length; i++)
    {
      append_indent (out, depth + 1);
      append_node (out, json_array_get_element (array, i), depth + 1);
      g_string_append (out, i + 1 < length ? ",\n" : "\n");
    }
  append_indent (out, depth);
  g_string_append_c (out, ']');
}

/* The layout of Python's json.dumps (indent=2, ensure_ascii=False), so that
 * the curated dataset can be normalised with the tools at hand. */
static void
append_node (GString  *out,
             JsonNode *node,
             guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), depth);
      break;

    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), depth);
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          append_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          append_string (out, json_node_get_string (node));
          break;
        default:
          g_warn_if_reached ();
          g_string_append (out, "null");
        }
      break;

    default:
      g_warn_if_reached ();
    }
}

/* Drops the layout's spaces and newlines, which are never inside a
 * string: append_string() escapes newlines. */
static void
remove_layout (GString *out)
{
  gboolean in_string = FALSE;
  gsize kept = 0;

  for (gsize i = 0; i < out->len; i++)
    {
      char c = out->str[i];

      if (in_string)
        {
          if (c == '\\')
            out->str[kept++] = out->str[i++];
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == ' ' || c == '\n')
        {
          continue;
        }
      out->str[kept++] = out->str[i];
    }
  g_string_truncate (out, kept);
}

char *
ts_json_node_to_string (JsonNode *node)
{
  GString *out;

  g_return_val_if_fail (node != NULL, NULL);

  out = g_string_sized_new (1024);
  append_node (out, node, 0);
  remove_layout (out);
  return g_string_free (out, FALSE);
}

GBytes *
ts_json_write_records (GPtrArray *records)
{
  GString *out;

  g_return_val_if_fail (records != NULL, NULL);

  out = g_string_sized_new (1024 + records->len * 1024);
  g_string_append (out, "{\n  \"format\": ");
  append_string (out, TS_JSON_FORMAT_NAME);
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"records\": ", TS_JSON_FORMAT_VERSION);

  if (records->len == 0)
    {
      g_string_append (out, "[]");
    }
  else
    {
      g_string_append (out, "[\n");
      for (guint i = 0; i < records->len; i++)
        {
          g_autoptr(JsonNode) node = ts_record_to_json (g_ptr_array_index (records, i));

          append_indent (out, 2);
          append_node (out, node, 2);
          g_string_append (out, i + 1 < records->len ? ",\n" : "\n");
        }
      g_string_append (out, "  ]");
    }
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

GBytes *
ts_json_write_bytes (TsDataset *dataset,
                     TsQuery   *query)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (TS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), NULL);

  records = ts_json_collect (dataset, query);
  return ts_json_write_records (records);
}

gboolean
ts_json_write_file (TsDataset  *dataset,
                    TsQuery    *query,
                    GFile      *file,
                    GError    **error)
{
  g_autoptr(TsExportFile) out = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (TS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (query == NULL || TS_IS_QUERY (query), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      ts_export_set_file_error (error, TS_FILE_ERROR_IO, name, _("it is not a local file"));
      return FALSE;
    }

  /* Written as every export is: beside the target, renamed onto it once
   * on disk, so that a failed export leaves the old file as it was. */
  out = ts_export_file_new (path, error);
  if (out == NULL)
    return FALSE;

  bytes = ts_json_write_bytes (dataset, query);
  data = g_bytes_get_data (bytes, &size);

  return ts_export_file_write (out, data, size, error) && ts_export_file_commit (out, error);
}
