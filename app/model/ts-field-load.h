/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ts-field.h"
#include "ts-record.h"

G_BEGIN_DECLS

/* Building records from stored values without JSON: the store reads its
 * columns and sets each field's storage (ts_field_get_storage(),
 * TS_FIELD_ITEM_STORAGE()) through these, without notifying. A value that
 * does not fit its field gives TS_RECORD_ERROR naming @id and the field's
 * @path ("participants[2].side"). */

/* A record of @type with @id and nothing else, for the setters below. */
TsRecord *ts_field_load_new_record (TsRecordType     type,
                                    const char      *id);
/* A text kind, a reference, an enum (its nick), a date (its EDTF text) or
 * a time (2026-11-23T07:00:00Z); NULL or empty leaves the field unset. */
gboolean  ts_field_load_text       (const TsField   *field,
                                    gpointer         storage,
                                    const char      *text,
                                    const char      *id,
                                    const char      *path,
                                    GError         **error);
void      ts_field_load_number     (const TsField   *field,
                                    gpointer         storage,
                                    double           value);
/* A string list or the ids of a references field: takes the strings of
 * @values (char *, freed with g_free) and empties it; empty strings are
 * dropped. */
void      ts_field_load_strv       (const TsField   *field,
                                    gpointer         storage,
                                    GPtrArray       *values);
/* One name of a names field. */
gboolean  ts_field_load_name       (const TsField   *field,
                                    gpointer         storage,
                                    const char      *language,
                                    const char      *name,
                                    const char      *id,
                                    const char      *path,
                                    GError         **error);
/* Appends a new item (numbers unset) to an items field; returns it. */
gpointer  ts_field_load_new_item   (const TsField   *field,
                                    gpointer         storage);
/* The checks a stored record passes (ts_record_new_from_stored_json's):
 * every string is UTF-8, required values are there, references have the
 * right types; the limits older versions did not check are not applied. */
gboolean  ts_field_load_check      (TsRecord        *record,
                                    GError         **error);

G_END_DECLS
