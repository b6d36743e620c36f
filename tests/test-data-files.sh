#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped data files pass the validators that distributions and Flathub
# run: the built desktop file and metainfo, the GSettings schema, the icons.
#
# Usage: test-data-files.sh BUILD_ROOT APPLICATION_ID
set -u

build_root=${1:?build root}
app_id=${2:?application id}
src=${TS_SOURCE_ROOT:?}
base_id=io.github.tianshan.Tianshan

desktop=$build_root/data/$app_id.desktop
metainfo=$build_root/data/$app_id.metainfo.xml
scalable=$src/data/icons/hicolor/scalable/apps/$base_id.svg
symbolic=$src/data/icons/hicolor/symbolic/apps/$base_id-symbolic.svg

n=0
status=0
echo "1..9"

# check DESCRIPTION COMMAND...: one TAP line; the command's output goes to
# the log as diagnostics when it fails.
check () {
  local what=$1 out
  shift
  n=$((n + 1))
  if out=$("$@" 2>&1); then
    echo "ok $n $what"
  else
    status=1
    echo "not ok $n $what"
    printf '%s\n' "$out" | sed 's/^/# /'
  fi
}

check "desktop file is valid" desktop-file-validate "$desktop"

# desktop-file-validate accepts a file whose Icon or Exec names the wrong
# thing, so check those against what is installed.
check "desktop file names the app icon and the tianshan binary" \
  sh -c 'grep -qxF "Icon=$2" "$1" && grep -qxF "Exec=tianshan" "$1"' - "$desktop" "$app_id"

check "metainfo is valid" appstreamcli validate --no-net "$metainfo"

check "metainfo id and launchable match the desktop file" \
  sh -c 'grep -qF "<id>$2</id>" "$1" &&
         grep -qF "<launchable type=\"desktop-id\">$2.desktop</launchable>" "$1"' \
  - "$metainfo" "$app_id"

check "GSettings schema compiles strictly" \
  glib-compile-schemas --strict --dry-run "$src/data"

check "scalable icon is well-formed SVG" xmllint --noout "$scalable"
check "symbolic icon is well-formed SVG" xmllint --noout "$symbolic"

# The icon theme scales by the canvas: 128 px for the app icon, 16 px for the
# symbolic one, which must draw in the one colour GTK recolours.
svg_attr () {
  xmllint --xpath "string(/*[local-name()='svg']/@$2)" "$1" 2>/dev/null
}
check "scalable icon has a 128×128 canvas" \
  test "$(svg_attr "$scalable" width)x$(svg_attr "$scalable" height)" = 128x128
check "symbolic icon is 16×16 and drawn in #2e3436 only" \
  sh -c 'test "$1" = 16x16 && ! grep -oiE "#[0-9a-f]{3,6}\b" "$2" | grep -viqx "#2e3436"' \
  - "$(svg_attr "$symbolic" width)x$(svg_attr "$symbolic" height)" "$symbolic"

exit $status
