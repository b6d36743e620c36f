/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How deep lists and objects may nest in an interchange file: a Tianshan
 * document needs five levels; the parser is recursive, and a file nesting
 * tens of thousands of levels would exhaust its stack. */
#define TS_JSON_MAX_DEPTH 64

/* A document being read: its text, and where the items of its top-level
 * "records" list start, so that an error can say which item it is in. */
typedef struct _TsJsonSource TsJsonSource;

TsJsonSource *_ts_json_source_new          (GBytes        *bytes,
                                            const char    *name);
void          _ts_json_source_free         (TsJsonSource  *source);

/* Parses the document strictly (RFC 8259: one UTF-8 text, no comments,
 * duplicate keys, \u0000, numbers out of range, or nesting beyond
 * TS_JSON_MAX_DEPTH). Returns the document, with its "records" member, when
 * it is a list, left empty: take its items one at a time with
 * _ts_json_source_take_record(). On error, returns NULL with a message
 * naming the file, line, column and, where known, the record and field. */
JsonNode     *_ts_json_source_parse        (TsJsonSource  *source,
                                            GError       **error);
/* The number of items in the document's "records" list. */
guint         _ts_json_source_get_n_records (TsJsonSource *source);
/* Item @index of "records" as a JsonNode; the parsed copy of it is released,
 * so that a large file is not held twice. */
JsonNode     *_ts_json_source_take_record  (TsJsonSource  *source,
                                            guint          index);
/* "name:line:column" of where item @index of "records" starts. */
char         *_ts_json_source_locate_record (TsJsonSource *source,
                                            guint          index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TsJsonSource, _ts_json_source_free)

G_END_DECLS
