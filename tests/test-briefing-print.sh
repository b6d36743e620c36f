#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Briefings as LibreOffice prints them: the shipped dataset's briefing and a
# railway briefing (--search railway), in English, Russian and Chinese,
# convert to PDF with `soffice --headless --convert-to pdf` (Debian's
# libreoffice-calc-nogui, poppler-utils for pdfinfo and pdftotext), and
# their page counts stay within bounds: a record sheet printed one page
# wide at a readable scale, no page for a type without records, none for
# the Definitions. Every page says "Page N of M".
#
# Skips (exit 77) when soffice or poppler-utils is missing; `make check`
# installs them. Each conversion takes 10–30 s.
set -u

bin=${TS_BUILD_ROOT:?}/app/tianshan

if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi
for tool in soffice pdfinfo pdftotext; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is not installed (libreoffice-calc-nogui, poppler-utils)"
    exit 77
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/xdg
export TIANSHAN_LOCALEDIR=${TS_BUILD_ROOT}/po
export TIANSHAN_EXPORT_TIME=1767225600
unset G_MESSAGES_DEBUG LANGUAGE

n=0
status=0

ok () {
  n=$((n + 1))
  echo "ok $n $1"
}

not_ok () {
  n=$((n + 1))
  status=1
  echo "not ok $n $1"
}

# briefing NAME MIN_PAGES MAX_PAGES [tianshan's export arguments]
briefing () {
  local name=$1 min=$2 max=$3
  shift 3
  local xlsx=$tmp/$name.xlsx pdf=$tmp/$name.pdf pages

  if ! env -u DISPLAY -u WAYLAND_DISPLAY "$bin" --database "$tmp/tianshan.db" \
         --export "$xlsx" "$@" >"$tmp/stdout" 2>"$tmp/stderr"; then
    not_ok "$name: tianshan --export $*"
    sed 's/^/# /' "$tmp/stderr"
    return
  fi
  # A profile of its own: no other LibreOffice, and nothing of the user's.
  if ! timeout 240 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
         --convert-to pdf --outdir "$tmp" "$xlsx" >"$tmp/stdout" 2>"$tmp/stderr" \
     || [ ! -s "$pdf" ]; then
    not_ok "$name: LibreOffice converts it to PDF"
    sed 's/^/# /' "$tmp/stdout" "$tmp/stderr"
    return
  fi
  ok "$name: LibreOffice converts it to PDF"

  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  if [ -n "$pages" ] && [ "$pages" -ge "$min" ] && [ "$pages" -le "$max" ]; then
    ok "$name: $pages pages, within $min–$max"
  else
    not_ok "$name: $pages pages, not within $min–$max"
  fi

  # The footer of every page; the Definitions on none.
  pdftotext -layout "$pdf" "$tmp/$name.txt"
  footers=$(grep -cE "(Page [0-9]+ of $pages|Страница [0-9]+ из $pages|第 [0-9]+ 页，共 $pages 页)" \
              "$tmp/$name.txt")
  if [ "$footers" = "$pages" ]; then
    ok "$name: every page says which of $pages it is"
  else
    not_ok "$name: $footers footers on $pages pages"
  fi
  if grep -qE "^(Definitions|Определения|定义) +(Page|Страница|第) " "$tmp/$name.txt"; then
    not_ok "$name: the Definitions are printed"
  else
    ok "$name: the Definitions are not printed"
  fi
}

# The shipped dataset: eight record sheets, 23 pages when this was written;
# 32 with the 46 statements of the five articles (#18) on a sheet of 8.
briefing all 12 36
# Statements print a few to a page (their words and the sentences that
# carry them wrap in two wide columns): at most 12 pages of them.
statement_pages=$(grep -cE "^Statements +Page " "$tmp/all.txt")
if [ "$statement_pages" -le 12 ]; then
  ok "all: $statement_pages pages of statements, at most 12"
else
  not_ok "all: $statement_pages pages of statements, more than 12"
fi
# The railway: meetings, the project, places and sources on 6 pages, with
# the records they link to on a few more.
briefing railway 4 14 --search railway
if grep -q "^Places " "$tmp/railway.txt" && ! grep -q "^Figures " "$tmp/railway.txt"; then
  ok "railway: the sheets of the types in scope, no others"
else
  not_ok "railway: sheets printed"
  grep -oE "^[A-Z][a-z]+ +Page" "$tmp/railway.txt" | sort | uniq -c | sed 's/^/# /'
fi
briefing railway-ru 4 14 --search railway --language ru
briefing railway-zh_CN 4 14 --search railway --language zh_CN

echo "1..$n"
exit $status
