/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: preloaded (LD_PRELOAD) into every test of the sanitizer build
 * (tests/meson.build sets it up), to keep LeakSanitizer from reporting two
 * leaks of GLib and libcloudproviders that no suppression can match: the
 * stacks LeakSanitizer records for them end in g_malloc() or g_realloc()
 * and name no function of the library at fault (Debian builds GLib without
 * frame pointers, and LeakSanitizer's slower unwinder, which would see
 * further, deadlocks in these tests). It is built without the sanitizers,
 * so that it can be preloaded into the programs the tests run (python3, sh)
 * too, where it does nothing. Each of the two says how it was proven not
 * to be a leak of Tianshan's. */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <gio/gio.h>
#include <link.h>
#include <string.h>

void g_bus_get (GBusType             bus_type,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data);

/* 1. GLib's first quark table
 *
 * GLib keeps the strings of its quarks in a table of 2048 pointers,
 * allocated when the library is initialized (g_quark_init(), from GLib's
 * constructor). When the 2049th quark is made, g_quark_new() copies the
 * table into a larger one and drops the old one without freeing it, on
 * purpose: other threads may still be reading it without a lock ("This
 * leaks the old quarks array", gquark.c). GTK makes that many quarks in the
 * tests that open a file chooser or an editor's drop-downs, and
 * LeakSanitizer reports "Direct leak of 16384 byte(s) … g_malloc
 * (libglib-2.0.so.0)" with no frame beyond g_malloc (GLib has no frame
 * pointers, and its caller is a static function of a constructor).
 *
 * Proven: a GLib-only program, built with -fsanitize=address, that makes
 * 3000 quarks reports the same leak, with the same two frames; one that
 * makes 2000 reports none. A breakpoint on g_malloc (16384) in the test
 * that leaks it stops once only, in GLib's constructor (call_init).
 *
 * So this library, which depends on GLib and is therefore initialized after
 * it, finds that table, while it is still the one in use, among the
 * pointers in GLib's writable data (a block of exactly 2048 pointers whose
 * entries 1 and 2 are the strings of quarks 1 and 2), and tells
 * LeakSanitizer to ignore that one block. If it is not found, nothing is
 * ignored, and the leak, if it happens, is reported. */

#define QUARK_TABLE_SIZE (2048 * sizeof (char *))

typedef struct
{
  int         (*owns)   (const volatile void *p);
  size_t      (*size)   (const volatile void *p);
  void        (*ignore) (const void *p);
  const char   *first;
  const char   *second;
} QuarkTableScan;

static int
find_quark_table (struct dl_phdr_info *info,
                  size_t               info_size,
                  void                *data)
{
  QuarkTableScan *scan = data;

  if (info->dlpi_name == NULL || strstr (info->dlpi_name, "/libglib-2.0.so") == NULL)
    return 0;

  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *header = &info->dlpi_phdr[i];
      char ***words;

      if (header->p_type != PT_LOAD || !(header->p_flags & PF_W))
        continue;

      words = (char ***) ((info->dlpi_addr + header->p_vaddr + sizeof (char *) - 1)
                          & ~(sizeof (char *) - 1));
      for (size_t j = 0; j < header->p_memsz / sizeof (char *) - 1; j++)
        {
          char **table = words[j];

          if (table == NULL || !scan->owns (table) || scan->size (table) != QUARK_TABLE_SIZE
              || table[1] != scan->first || table[2] != scan->second)
            continue;

          scan->ignore (table);
          return 1;
        }
    }

  return 1;
}

__attribute__((constructor)) static void
ignore_first_quark_table (void)
{
  QuarkTableScan scan = {
    .owns = (int (*) (const volatile void *)) dlsym (RTLD_DEFAULT, "__sanitizer_get_ownership"),
    .size = (size_t (*) (const volatile void *)) dlsym (RTLD_DEFAULT,
                                                        "__sanitizer_get_allocated_size"),
    .ignore = (void (*) (const void *)) dlsym (RTLD_DEFAULT, "__lsan_ignore_object"),
    .first = g_quark_to_string (1),
    .second = g_quark_to_string (2),
  };

  /* Not a sanitized program, or too few quarks to know the table by. */
  if (scan.owns == NULL || scan.size == NULL || scan.ignore == NULL
      || scan.first == NULL || scan.second == NULL)
    return;

  dl_iterate_phdr (find_quark_table, &scan);
}

/* 2. libcloudproviders' first look for providers
 *
 * GTK's file chooser (the save dialog's fallback when there is no portal)
 * shows cloud providers in its sidebar: libcloudproviders' collector asks
 * for the session bus (g_bus_get()), and its callback looks for providers
 * in every system data directory. libcloudproviders 0.3.1 leaks a path it
 * builds there for each directory: "Direct leak of 256 byte(s) in 2
 * object(s) … g_realloc (libglib-2.0.so.0)".
 *
 * Proven: valgrind --leak-check=full on /export-window/dialog gives the
 * whole stack of those two blocks: g_realloc, g_string_sized_new,
 * g_build_filename, called from libcloudproviders.so.0.3.1 in a GTask
 * callback. A GTK-only program that makes a GtkFileChooserWidget and runs
 * the main loop under dbus-run-session reports the same leak under
 * -fsanitize=address.
 *
 * So when libcloudproviders asks for the bus (the caller of g_bus_get() is
 * in libcloudproviders.so), LeakSanitizer ignores what is allocated while
 * its callback runs, and only then. */

typedef struct
{
  GAsyncReadyCallback callback;
  gpointer            user_data;
  void              (*lsan_disable) (void);
  void              (*lsan_enable)  (void);
} BusRequest;

static void
on_cloud_providers_bus (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  BusRequest request = *(BusRequest *) user_data;

  g_free (user_data);
  request.lsan_disable ();
  request.callback (source, result, request.user_data);
  request.lsan_enable ();
}

void
g_bus_get (GBusType             bus_type,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  static void (*next_bus_get) (GBusType, GCancellable *, GAsyncReadyCallback, gpointer);
  void (*lsan_disable) (void) = (void (*) (void)) dlsym (RTLD_DEFAULT, "__lsan_disable");
  void (*lsan_enable) (void) = (void (*) (void)) dlsym (RTLD_DEFAULT, "__lsan_enable");
  Dl_info caller;

  if (next_bus_get == NULL)
    next_bus_get = (void (*) (GBusType, GCancellable *, GAsyncReadyCallback, gpointer))
                   dlsym (RTLD_NEXT, "g_bus_get");

  if (callback != NULL && lsan_disable != NULL && lsan_enable != NULL
      && dladdr (__builtin_return_address (0), &caller) != 0 && caller.dli_fname != NULL
      && strstr (caller.dli_fname, "/libcloudproviders.so") != NULL)
    {
      BusRequest *request = g_new (BusRequest, 1);

      *request = (BusRequest) { callback, user_data, lsan_disable, lsan_enable };
      next_bus_get (bus_type, cancellable, on_cloud_providers_bus, request);
      return;
    }

  next_bus_get (bus_type, cancellable, callback, user_data);
}
