#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest parses and says what Flathub will build.

No Flatpak runtime can be downloaded where the tests run, so the manifest is
never built here; this checks what a build would depend on: the app id and
command, a numbered GNOME runtime, a sandbox without blanket file access (files
go through portals) and without network access (a team database asks for it
with `flatpak override --share=network`, README "Flatpak"), no D-Bus name of
the Secret Service (libsecret talks to the secret portal), libxlsxwriter,
jansson and libpq from pinned release archives, and Tianshan itself built from
this tree with its tests.
"""

import json
import os
import re
import sys

APP_ID = "io.github.tianshan.Tianshan"
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]

results = []


def check(what, ok, detail=""):
    results.append((what, bool(ok), detail))


def main():
    src = os.environ["TS_SOURCE_ROOT"]
    path = os.path.join(src, "flatpak", APP_ID + ".json")

    # flatpak-builder tolerates comments in JSON manifests; the json module
    # (and the tools that lint Flathub manifests) do not, so none are allowed.
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print("1..1\nnot ok 1 the manifest parses as JSON\n# %s" % e)
        return 1
    check("the manifest parses as JSON", True)

    check("app id is " + APP_ID, manifest.get("id", manifest.get("app-id")) == APP_ID,
          manifest.get("id"))
    check("command is tianshan", manifest.get("command") == "tianshan", manifest.get("command"))
    check("runtime and SDK are org.gnome.Platform and org.gnome.Sdk",
          manifest.get("runtime") == "org.gnome.Platform"
          and manifest.get("sdk") == "org.gnome.Sdk",
          "%s / %s" % (manifest.get("runtime"), manifest.get("sdk")))
    version = str(manifest.get("runtime-version", ""))
    # A numbered release, never "master" (which moves under the build), and
    # one Flathub still supported when 0.1.0 came out (GNOME 50 and 51); the
    # code's API pins keep any newer runtime safe to move to.
    check("runtime version is a numbered release >= 50",
          re.fullmatch(r"\d+", version) is not None and int(version) >= 50, version)

    finish_args = manifest.get("finish-args", [])
    check("finish-args are exactly " + " ".join(FINISH_ARGS),
          sorted(finish_args) == sorted(FINISH_ARGS), " ".join(finish_args))
    check("no --filesystem access (files go through portals)",
          not any(a.startswith("--filesystem") for a in finish_args))
    # Team mode's one permission is granted by the user who needs it
    # (README "Flatpak"): a local dataset needs no network.
    check("no network access by default (no --share=network)",
          "--share=network" not in finish_args, " ".join(finish_args))
    # libsecret >= 0.20 stores passwords through the secret portal inside
    # the sandbox: no hole to the host's keyring daemon.
    check("no --talk-name to the Secret Service (the portal serves it)",
          not any(a.startswith("--talk-name=org.freedesktop.secrets") for a in finish_args))

    modules = {m.get("name"): m for m in manifest.get("modules", []) if isinstance(m, dict)}
    names = [m.get("name") for m in manifest.get("modules", []) if isinstance(m, dict)]
    check("modules are libxlsxwriter, jansson, libpq, then tianshan",
          names == ["libxlsxwriter", "jansson", "libpq", "tianshan"], names)

    lxw = modules.get("libxlsxwriter", {})
    check("libxlsxwriter builds with cmake-ninja", lxw.get("buildsystem") == "cmake-ninja",
          lxw.get("buildsystem"))
    opts = lxw.get("config-opts", [])
    want = ["-DCMAKE_INSTALL_LIBDIR=lib", "-DBUILD_SHARED_LIBS=ON", "-DBUILD_TESTS=OFF",
            "-DBUILD_EXAMPLES=OFF"]
    check("libxlsxwriter is shared, in /app/lib, without tests and examples",
          all(o in opts for o in want), opts)
    cleanup = lxw.get("cleanup", [])
    check("libxlsxwriter's headers, pkg-config and cmake files are cleaned up",
          all(c in cleanup for c in ["/include", "/lib/pkgconfig", "/lib/cmake"]), cleanup)
    sources = lxw.get("sources", [])
    archive = sources[0] if len(sources) == 1 and isinstance(sources[0], dict) else {}
    check("libxlsxwriter is one release archive from its GitHub project",
          archive.get("type") == "archive"
          and re.fullmatch(r"https://github\.com/jmcnamara/libxlsxwriter/archive/refs/tags/"
                           r"v\d+\.\d+\.\d+\.tar\.gz", archive.get("url", "")) is not None,
          archive.get("url"))
    check("the archive is pinned by a sha256",
          re.fullmatch(r"[0-9a-f]{64}", archive.get("sha256", "")) is not None,
          archive.get("sha256"))

    # jansson parses interchange files strictly; the GNOME runtime does not
    # promise it, so it is bundled: 2.14 (Debian 12's), shared, with autotools.
    jansson = modules.get("jansson", {})
    check("jansson builds with autotools, shared only",
          jansson.get("buildsystem", "autotools") == "autotools"
          and "--disable-static" in jansson.get("config-opts", []),
          jansson.get("config-opts"))
    check("jansson's headers and pkg-config files are cleaned up",
          all(c in jansson.get("cleanup", []) for c in ["/include", "/lib/pkgconfig"]),
          jansson.get("cleanup"))
    sources = jansson.get("sources", [])
    archive = sources[0] if len(sources) == 1 and isinstance(sources[0], dict) else {}
    check("jansson is the 2.14 release archive from its GitHub project",
          archive.get("type") == "archive"
          and archive.get("url") == "https://github.com/akheron/jansson/releases/download/"
                                    "v2.14/jansson-2.14.tar.bz2",
          archive.get("url"))
    check("the jansson archive is pinned by a sha256",
          re.fullmatch(r"[0-9a-f]{64}", archive.get("sha256", "")) is not None,
          archive.get("sha256"))

    # libpq, the client library of team databases: the GNOME runtime has
    # none, so it is built, alone, from PostgreSQL's release archive; its
    # sha256 is the one the PostgreSQL project publishes beside it.
    libpq = modules.get("libpq", {})
    check("libpq builds with autotools, only src/interfaces/libpq",
          libpq.get("buildsystem", "autotools") == "autotools"
          and libpq.get("make-args") == ["-C", "src/interfaces/libpq"]
          and libpq.get("make-install-args") == ["-C", "src/interfaces/libpq"],
          (libpq.get("make-args"), libpq.get("make-install-args")))
    check("libpq speaks TLS (sslmode=verify-full) and needs no readline",
          all(o in libpq.get("config-opts", []) for o in ["--with-openssl", "--without-readline"]),
          libpq.get("config-opts"))
    check("libpq's headers, pkg-config files and static libraries are cleaned up",
          all(c in libpq.get("cleanup", []) for c in ["/include", "/lib/pkgconfig", "*.a"]),
          libpq.get("cleanup"))
    sources = libpq.get("sources", [])
    archive = sources[0] if len(sources) == 1 and isinstance(sources[0], dict) else {}
    match = re.fullmatch(r"https://ftp\.postgresql\.org/pub/source/v(\d+\.\d+)/"
                         r"postgresql-(\d+\.\d+)\.tar\.bz2", archive.get("url", ""))
    check("libpq is one PostgreSQL release archive from ftp.postgresql.org",
          archive.get("type") == "archive" and match is not None
          and match.group(1) == match.group(2),
          archive.get("url"))
    check("the PostgreSQL archive is pinned by a sha256",
          re.fullmatch(r"[0-9a-f]{64}", archive.get("sha256", "")) is not None,
          archive.get("sha256"))

    ts = modules.get("tianshan", {})
    check("tianshan builds with meson", ts.get("buildsystem") == "meson", ts.get("buildsystem"))
    check("tianshan builds the default profile",
          "-Dprofile=default" in ts.get("config-opts", []), ts.get("config-opts"))
    check("tianshan runs its tests", ts.get("run-tests") is True, ts.get("run-tests"))
    ts_sources = ts.get("sources", [])
    check("tianshan is built from this tree",
          len(ts_sources) == 1 and ts_sources[0].get("type") == "dir"
          and ts_sources[0].get("path") == "..", ts_sources)

    print("1..%d" % len(results))
    status = 0
    for n, (what, ok, detail) in enumerate(results, 1):
        print("%s %d %s" % ("ok" if ok else "not ok", n, what))
        if not ok:
            status = 1
            print("# got: %r" % (detail,))
    return status


if __name__ == "__main__":
    sys.exit(main())
