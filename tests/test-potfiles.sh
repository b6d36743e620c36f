#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with translatable strings is listed in po/POTFILES.in, the list
# is sorted, and every listed file exists.
set -u
cd "${TS_SOURCE_ROOT:?}" || exit 1

echo "1..3"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')

missing=$(
  { grep -lE '\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' -r app --include='*.c' --include='*.h';
    grep -lE 'translatable="yes"' -r resources --include='*.ui';
    ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null; } |
  sort -u | while read -r f; do
    grep -qxF "$f" <<<"$listed" || echo "$f"
  done)
if [ -z "$missing" ]; then
  echo "ok 1 every file with translatable strings is in po/POTFILES.in"
else
  status=1
  echo "not ok 1 missing from po/POTFILES.in:" $missing
fi

if [ "$listed" = "$(LC_ALL=C sort <<<"$listed")" ]; then
  echo "ok 2 po/POTFILES.in is sorted"
else
  status=1
  echo "not ok 2 po/POTFILES.in is not sorted"
fi

gone=$(while read -r f; do [ -e "$f" ] || echo "$f"; done <<<"$listed")
if [ -z "$gone" ]; then
  echo "ok 3 every file in po/POTFILES.in exists"
else
  status=1
  echo "not ok 3 listed but missing:" $gone
fi
exit $status
