#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install` puts everything a desktop needs where it looks for it: the
# program, the desktop file, the metainfo, the icons, the schema and the
# translations, and the installed program runs.
#
# Usage: test-install.sh BUILD_ROOT APPLICATION_ID BINDIR DATADIR LOCALEDIR VERSION
# (the directories absolute, as configured: DESTDIR is prepended here).
set -u

build_root=${1:?build root}
app_id=${2:?application id}
bindir=${3:?bindir}
datadir=${4:?datadir}
localedir=${5:?localedir}
version=${6:?version}
base_id=io.github.tianshan.Tianshan

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tianshan-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

if ! out=$(meson install -C "$build_root" --no-rebuild --destdir "$tmp" 2>&1); then
  echo "1..1"
  echo "not ok 1 meson install --destdir succeeds"
  printf '%s\n' "$out" | sed 's/^/# /'
  exit 1
fi

root=$tmp
files=(
  "$bindir/tianshan"
  "$datadir/applications/$app_id.desktop"
  "$datadir/metainfo/$app_id.metainfo.xml"
  "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
  "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  "$datadir/glib-2.0/schemas/$base_id.gschema.xml"
)
while read -r lang; do
  case $lang in ''|'#'*) continue ;; esac
  files+=("$localedir/$lang/LC_MESSAGES/tianshan.mo")
done < "${TS_SOURCE_ROOT:?}/po/LINGUAS"

echo "1..$((${#files[@]} + 2))"
n=0
status=0
for f in "${files[@]}"; do
  n=$((n + 1))
  if [ -f "$root$f" ] && [ -s "$root$f" ]; then
    echo "ok $n installs $f"
  else
    status=1
    echo "not ok $n installs $f"
  fi
done

n=$((n + 1))
if [ -x "$root$bindir/tianshan" ]; then
  echo "ok $n the program is executable"
else
  status=1
  echo "not ok $n the program is executable"
fi

# The installed copy, not the one in the build tree, answers --version: no
# display and no dataset are needed for that.
n=$((n + 1))
got=$(env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$tmp/xdg-data" \
      "$root$bindir/tianshan" --version 2>&1)
if [ "$got" = "tianshan $version" ]; then
  echo "ok $n the installed program prints \"tianshan $version\""
else
  status=1
  echo "not ok $n the installed program prints \"tianshan $version\""
  printf '%s\n' "$got" | sed 's/^/# got: /'
fi

exit $status
