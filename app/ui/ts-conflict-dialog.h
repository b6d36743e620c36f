/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ts-store.h"

G_BEGIN_DECLS

/* A save refused because someone else changed the record first:
 * "Changed by NAME at TIME", the fields the two versions differ in side by
 * side (theirs, as the database has it, and @mine, the form's), and the
 * responses "cancel" (keep editing), "reload" (take theirs) and
 * "overwrite" (save @mine over theirs). Named "conflict-dialog". */
GtkWidget *ts_conflict_dialog_new (GtkWindow             *parent,
                                   const TsStoreConflict *conflict,
                                   TsRecord              *mine);

G_END_DECLS
