/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dladdr() */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "ts-json"

#include "config.h"

#include <dlfcn.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ts-error.h"
#include "ts-json-private.h"

/* json-glib and jansson both export json_object_iter_next(), with different
 * arguments, and a program can bind only one of them by that name: the
 * model's codec binds json-glib's. jansson's declaration is renamed here,
 * and jansson's function is looked up in jansson's own library. */
#define json_object_iter_next ts_jansson_object_iter_next
#include <jansson.h>
#undef json_object_iter_next

typedef void *(*IterNextFunc) (json_t *object,
                               void   *iter);

struct _TsJsonSource
{
  GBytes     *bytes;
  const char *data;
  gsize       size;
  char       *name;
  json_t     *root;
  json_t     *records;        /* borrowed from root: the "records" list */
  gboolean    found_records;  /* by the scan: the top-level "records" list */
  gsize       records_start;  /* its "[" */
  gsize       records_end;    /* its "]", or the end of the text */
  GArray     *items;          /* of gsize: where each of its items starts */
};

/* Where in the text an error is, as the text shows it. */
typedef struct
{
  gsize  token_start;  /* the token the error is at */
  guint  item;         /* 1-based item of "records", 0 when outside them */
  char  *field;        /* the record's member it is in, or NULL */
  char  *id;           /* the record's id, when it comes before */
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->field, g_free);
  g_clear_pointer (&place->id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Place, place_clear)

TsJsonSource *
_ts_json_source_new (GBytes     *bytes,
                     const char *name)
{
  TsJsonSource *self = g_new0 (TsJsonSource, 1);

  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->size);
  if (self->data == NULL)
    self->data = "";
  self->name = g_strdup (name != NULL ? name : "JSON");
  self->items = g_array_new (FALSE, FALSE, sizeof (gsize));
  return self;
}

void
_ts_json_source_free (TsJsonSource *self)
{
  g_clear_pointer (&self->root, json_decref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->name);
  g_free (self);
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The index of the quote that ends the string whose opening quote is at
 * @start, or the end of the text. */
static gsize
skip_string (const char *data,
             gsize       size,
             gsize       start)
{
  gsize i = start + 1;

  while (i < size)
    {
      const char *next = memchr (data + i, '"', size - i);
      gsize backslashes = 0;

      if (next == NULL)
        return size;
      i = next - data;
      while (i - backslashes > start + 1 && data[i - backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return i;
      i++;
    }
  return size;
}

/* One pass over the first @limit bytes, before the parser sees them: finds
 * where the items of the top-level "records" list start, the first bracket
 * that nests deeper than TS_JSON_MAX_DEPTH (G_MAXSIZE when none), and
 * whether there is anything but white space. Malformed text is left to the
 * parser to report. */
static gsize
scan (TsJsonSource *self,
      gsize         limit,
      gboolean     *any_token)
{
  const char *data = self->data;
  guint depth = 0;
  gboolean expect_key = FALSE;
  gboolean key_is_records = FALSE;
  gboolean in_records = FALSE;
  gboolean expect_item = FALSE;

  *any_token = FALSE;
  self->records_end = self->size;

  for (gsize i = 0; i < limit; i++)
    {
      char c = data[i];

      if (is_space (c))
        continue;

      *any_token = TRUE;
      if (expect_item)
        {
          if (c != ']')
            g_array_append_val (self->items, i);
          expect_item = FALSE;
        }

      switch (c)
        {
        case '"':
          {
            gsize end = skip_string (data, limit, i);

            if (depth == 1 && expect_key)
              {
                key_is_records = end - i - 1 == strlen ("records")
                                 && memcmp (data + i + 1, "records", strlen ("records")) == 0;
                expect_key = FALSE;
              }
            i = end;
          }
          break;

        case '[':
        case '{':
          if (++depth > TS_JSON_MAX_DEPTH)
            return i;
          if (depth == 1)
            expect_key = c == '{';
          else if (depth == 2 && c == '[' && key_is_records && !self->found_records)
            {
              self->found_records = in_records = expect_item = TRUE;
              self->records_start = i;
            }
          break;

        case ']':
        case '}':
          if (in_records && depth == 2)
            {
              in_records = FALSE;
              self->records_end = i;
            }
          if (depth > 0)
            depth--;
          break;

        case ',':
          if (depth == 1)
            expect_key = TRUE;
          else if (in_records && depth == 2)
            expect_item = TRUE;
          break;

        default:
          break;
        }
    }

  return G_MAXSIZE;
}

static void
locate_offset (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xc0) != 0x80)
        {
          /* Columns count characters, not bytes, as editors do. */
          (*column)++;
        }
    }
}

/* A member name or id as the text has it, when it is short and plain
 * (the error may be an invalid byte inside it). */
static char *
plain_string (const char *data,
              gsize       start,
              gsize       end)
{
  const char *text = data + start + 1;
  gsize length = end - start - 1;

  if (length > 200 || memchr (text, '\\', length) != NULL
      || !g_utf8_validate_len (text, length, NULL))
    return NULL;
  return g_strndup (text, length);
}

/* Which item of "records" @offset is in, which member of that record, and
 * the token before @offset (the parser reports the position after the
 * token it stopped at). */
static void
find_place (TsJsonSource *self,
            gsize         offset,
            Place        *place)
{
  const char *data = self->data;
  gsize from = 0;
  guint depth = 0;
  gboolean expect_key = FALSE;
  gboolean value_is_id = FALSE;
  gsize i;

  place->item = 0;
  if (self->found_records && offset > self->records_start && offset <= self->records_end)
    {
      guint low = 0, high = self->items->len;

      /* The last item that starts at or before @offset. */
      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (g_array_index (self->items, gsize, middle) <= offset)
            low = middle + 1;
          else
            high = middle;
        }
      if (low > 0)
        {
          place->item = low;
          from = g_array_index (self->items, gsize, low - 1);
        }
    }
  else if (self->found_records && offset > self->records_end)
    {
      from = self->records_end;
    }

  place->token_start = from;
  for (i = from; i < offset && i < self->size;)
    {
      char c = data[i];

      if (is_space (c))
        {
          i++;
          continue;
        }

      place->token_start = i;
      switch (c)
        {
        case '"':
          {
            gsize end = skip_string (data, self->size, i);

            if (place->item > 0 && depth == 1 && end < self->size)
              {
                if (expect_key)
                  {
                    g_free (place->field);
                    place->field = plain_string (data, i, end);
                    value_is_id = g_strcmp0 (place->field, "id") == 0;
                    expect_key = FALSE;
                  }
                else if (value_is_id && place->id == NULL)
                  {
                    place->id = plain_string (data, i, end);
                    value_is_id = FALSE;
                  }
              }
            i = end + 1;
          }
          continue;

        case '[':
        case '{':
          depth++;
          if (depth == 1)
            expect_key = c == '{';
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        case ',':
          if (depth == 1)
            {
              expect_key = TRUE;
              value_is_id = FALSE;
            }
          break;

        case ':':
          break;

        default:
          /* A number, a literal, or something JSON does not have: up to
           * the next delimiter. */
          while (i + 1 < self->size && strchr (" \t\r\n,:[]{}\"", data[i + 1]) == NULL)
            i++;
          value_is_id = FALSE;
          break;
        }
      i++;
    }
}

static void
set_error_at (TsJsonSource  *self,
              gsize          offset,
              const Place   *place,
              const char    *what,
              const char    *detail,
              GError       **error)
{
  g_autofree char *where = NULL;
  guint line, column;

  locate_offset (self->data, offset, &line, &column);

  if (place->id != NULL && place->field != NULL)
    where = g_strdup_printf (_("Record “%s”, field “%s”: "), place->id, place->field);
  else if (place->id != NULL)
    where = g_strdup_printf (_("Record “%s”: "), place->id);
  else if (place->item > 0 && place->field != NULL)
    where = g_strdup_printf (_("item %u of “records”, field “%s”: "), place->item,
                             place->field);
  else if (place->item > 0)
    where = g_strdup_printf (_("item %u of “records”: "), place->item);
  else
    where = g_strdup ("");

  if (detail != NULL)
    /* Translators: the file, line and column, then where in the document
     * (a record and field, or nothing), what is wrong, and the parser's own
     * words (in English) */
    g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, _("%s:%u:%u: %s%s (%s)"),
                 self->name, line, column, where, what, detail);
  else
    g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, _("%s:%u:%u: %s%s"),
                 self->name, line, column, where, what);
}

/* jansson's message, which may end inside a character: it is cut at 160
 * bytes. */
static char *
make_detail (const char *text)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (text[0] == '\0')
    return NULL;
  if (g_utf8_validate (text, -1, &end))
    return g_strdup (text);
  valid = g_strndup (text, end - text);
  return g_strconcat (valid, "…", NULL);
}

static void
set_jansson_error (TsJsonSource       *self,
                   const json_error_t *jerror,
                   GError            **error)
{
  g_auto(Place) place = { 0, };
  g_autofree char *detail = make_detail (jerror->text);
  gsize offset = MIN ((gsize) MAX (jerror->position, 0), self->size);
  const char *what;
  char first;

  find_place (self, offset, &place);
  first = place.token_start < self->size ? self->data[place.token_start] : '\0';

  switch (json_error_code (jerror))
    {
    case json_error_premature_end_of_input:
      /* Where it ends, not the last token. */
      place.token_start = offset;
      what = _("the file ends before the JSON document does");
      break;
    case json_error_end_of_input_expected:
      what = _("more follows the JSON document: a file holds one document only");
      break;
    case json_error_null_character:
    case json_error_null_byte_in_key:
      what = _("a string holds the character \\u0000, which is not allowed");
      break;
    case json_error_duplicate_key:
      what = _("a name appears twice in the same JSON object");
      break;
    case json_error_numeric_overflow:
      what = _("the number is too large: whole numbers must lie between −9223372036854775808 "
               "and 9223372036854775807, others within ±1.7976931348623157e308");
      break;
    case json_error_stack_overflow:
      what = _("lists and objects nest too deeply");
      break;
    case json_error_out_of_memory:
      what = _("there is not enough memory to read the file");
      break;
    case json_error_invalid_utf8:
      what = _("the text is not valid UTF-8");
      break;
    case json_error_invalid_syntax:
      if (g_str_has_prefix (jerror->text, "invalid escape"))
        what = _("an escape JSON does not have: only \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and "
                 "\\u with four hexadecimal digits are allowed");
      else if (g_str_has_prefix (jerror->text, "control character"))
        what = _("a control character (a tab, a line break…) inside a string: JSON requires "
                 "it written as an escape, such as \\t or \\n");
      else if (g_str_has_prefix (jerror->text, "invalid Unicode"))
        what = _("a \\u escape that is not a character (half of a surrogate pair)");
      else if (first == '/')
        what = _("a comment: JSON has none");
      else if (first == '\'')
        what = _("single quotes: JSON strings and names are in double quotes");
      else
        what = _("not valid JSON");
      break;
    default:
      what = _("not valid JSON");
      break;
    }

  set_error_at (self, place.token_start, &place, what, detail, error);
}

/* The library of json_null()'s singleton is jansson's, however the
 * program was linked: its symbol table has jansson's function. */
static IterNextFunc
get_iter_next (void)
{
  static gsize function = 0;

  if (g_once_init_enter (&function))
    {
      Dl_info info = { 0, };
      void *handle = NULL;
      void *symbol = NULL;

      if (dladdr (json_null (), &info) != 0 && info.dli_fname != NULL)
        handle = dlopen (info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
      if (handle != NULL)
        {
          symbol = dlsym (handle, "json_object_iter_next");
          dlclose (handle);
        }
      if (symbol == NULL)
        g_error ("jansson's json_object_iter_next() was not found: %s", dlerror ());
      g_once_init_leave (&function, (gsize) symbol);
    }

  return (IterNextFunc) function;
}

static JsonNode *
node_from_jansson (json_t *value)
{
  JsonNode *node = json_node_alloc ();

  switch (json_typeof (value))
    {
    case JSON_OBJECT:
      {
        JsonObject *object = json_object_new ();
        IterNextFunc iter_next = get_iter_next ();

        for (void *iter = json_object_iter (value); iter != NULL; iter = iter_next (value, iter))
          json_object_set_member (object, json_object_iter_key (iter),
                                  node_from_jansson (json_object_iter_value (iter)));
        json_node_init_object (node, object);
        json_object_unref (object);
      }
      break;

    case JSON_ARRAY:
      {
        gsize length = json_array_size (value);
        JsonArray *array = json_array_sized_new (length);

        for (gsize i = 0; i < length; i++)
          json_array_add_element (array, node_from_jansson (json_array_get (value, i)));
        json_node_init_array (node, array);
        json_array_unref (array);
      }
      break;

    case JSON_STRING:
      json_node_init_string (node, json_string_value (value));
      break;

    case JSON_INTEGER:
      json_node_init_int (node, json_integer_value (value));
      break;

    case JSON_REAL:
      json_node_init_double (node, json_real_value (value));
      break;

    case JSON_TRUE:
    case JSON_FALSE:
      json_node_init_boolean (node, json_is_true (value));
      break;

    case JSON_NULL:
    default:
      json_node_init_null (node);
      break;
    }

  return node;
}

JsonNode *
_ts_json_source_parse (TsJsonSource  *self,
                       GError       **error)
{
  g_auto(Place) place = { 0, };
  const char *valid_end = NULL;
  gsize limit = self->size;
  gsize too_deep;
  gboolean any_token;
  json_error_t jerror;
  JsonObject *document;
  JsonNode *node;

  g_return_val_if_fail (self->root == NULL, NULL);

  if (!g_utf8_validate_len (self->data, self->size, &valid_end))
    limit = valid_end - self->data;

  /* Whatever comes first: a bracket too deep, or a byte that is not text. */
  too_deep = scan (self, limit, &any_token);
  if (too_deep != G_MAXSIZE)
    {
      g_autofree char *what =
        g_strdup_printf (_("lists and objects nest more than %d levels deep"),
                         TS_JSON_MAX_DEPTH);

      find_place (self, too_deep, &place);
      set_error_at (self, too_deep, &place, what, NULL, error);
      return NULL;
    }
  if (limit < self->size)
    {
      g_autofree char *what = NULL;

      if (self->data[limit] == '\0')
        what = g_strdup (_("a NUL byte: a JSON document is text"));
      else
        what = g_strdup_printf (_("byte 0x%02X is not valid UTF-8: a JSON document is UTF-8 "
                                  "text"),
                                (guchar) self->data[limit]);
      find_place (self, limit, &place);
      set_error_at (self, limit, &place, what, NULL, error);
      return NULL;
    }
  if (!any_token)
    {
      g_set_error (error, TS_RECORD_ERROR, TS_RECORD_ERROR_INVALID_DATA, "%s: %s", self->name,
                   _("the file is empty, not a Tianshan dataset"));
      return NULL;
    }

  self->root = json_loadb (self->data, self->size, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY,
                           &jerror);
  if (self->root == NULL)
    {
      set_jansson_error (self, &jerror, error);
      return NULL;
    }

  /* The envelope, with its records left to be taken one by one. */
  if (!json_is_object (self->root))
    return json_node_init_array (json_node_alloc (), NULL);

  document = json_object_new ();
  for (void *iter = json_object_iter (self->root); iter != NULL;
       iter = get_iter_next () (self->root, iter))
    {
      const char *key = json_object_iter_key (iter);
      json_t *value = json_object_iter_value (iter);

      if (g_str_equal (key, "records") && json_is_array (value))
        {
          self->records = value;
          json_object_set_array_member (document, key, json_array_new ());
        }
      else
        {
          json_object_set_member (document, key, node_from_jansson (value));
        }
    }
  node = json_node_init_object (json_node_alloc (), document);
  json_object_unref (document);
  return node;
}

guint
_ts_json_source_get_n_records (TsJsonSource *self)
{
  return self->records != NULL ? json_array_size (self->records) : 0;
}

JsonNode *
_ts_json_source_take_record (TsJsonSource *self,
                             guint         index)
{
  JsonNode *node;

  g_return_val_if_fail (index < _ts_json_source_get_n_records (self), NULL);

  node = node_from_jansson (json_array_get (self->records, index));
  json_array_set_new (self->records, index, json_null ());
  return node;
}

char *
_ts_json_source_locate_record (TsJsonSource *self,
                               guint         index)
{
  guint line, column;

  /* The scan and the parser agree on the items, unless "records" was
   * written with escapes. */
  if (index >= self->items->len || self->items->len != _ts_json_source_get_n_records (self))
    return g_strdup (self->name);

  locate_offset (self->data, g_array_index (self->items, gsize, index), &line, &column);
  return g_strdup_printf ("%s:%u:%u", self->name, line, column);
}
