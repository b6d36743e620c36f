#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tianshan --export FILE.png|.svg|.pdf [--size WxH] draws the map of the
# current filters with no display: files of the right format and size,
# 1600×1000 by default, exit 2 for a size that is not WIDTHxHEIGHT. Its
# text is in the UI language, in fonts that have the script: a Chinese PDF
# embeds a CJK font and its place and country names can be extracted
# (pdffonts and pdftotext, from poppler-utils).
set -u

bin=${TS_BUILD_ROOT:?}/app/tianshan
src=${TS_SOURCE_ROOT:?}
fixture=$src/tests/data/map-fixture.json

if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/xdg
unset G_MESSAGES_DEBUG

n=0
status=0

run () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
}

# run_in LANGUAGE ARGS…: the same in that UI language, with this build's
# translations.
run_in () {
  local language=$1
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u LC_ALL LANG=C.UTF-8 LANGUAGE="$language" \
    TIANSHAN_LOCALEDIR="$TS_BUILD_ROOT/po" "$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
}

report () {
  local what=$1 ok=$2
  n=$((n + 1))
  if [ "$ok" = yes ]; then
    echo "ok $n $what"
  else
    status=1
    echo "not ok $n $what"
    echo "# exit status $rc"
    sed 's/^/# stdout: /' "$tmp/stdout"
    sed 's/^/# stderr: /' "$tmp/stderr"
  fi
}

# picture_size FILE: "WIDTH HEIGHT" read from the file's own header (PNG
# IHDR, SVG root element, PDF MediaBox), or nothing if it is not a valid
# file of the format its extension names.
picture_size () {
  python3 - "$1" <<'PY'
import re, struct, sys, xml.etree.ElementTree as ET

path = sys.argv[1]
data = open(path, 'rb').read()
if path.endswith('.png'):
    if data[:8] != b'\x89PNG\r\n\x1a\n' or data[12:16] != b'IHDR' or not data.endswith(b'IEND\xaeB`\x82'):
        sys.exit(1)
    w, h = struct.unpack('>II', data[16:24])
elif path.endswith('.svg'):
    root = ET.fromstring(data)
    if root.tag != '{http://www.w3.org/2000/svg}svg':
        sys.exit(1)
    w, h = (float(re.match(r'[\d.]+', root.get(k)).group()) for k in ('width', 'height'))
elif path.endswith('.pdf'):
    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-64:]:
        sys.exit(1)
    boxes = re.findall(rb'/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]', data)
    if len(boxes) != 1:
        sys.exit(1)
    w, h = (float(v) for v in boxes[0])
else:
    sys.exit(1)
print('%g %g' % (w, h))
PY
}

# expect_picture WHAT FILE "W H"
expect_picture () {
  local what=$1 file=$2 want=$3 ok=yes got
  [ "$rc" = 0 ] || ok=no
  got=$(picture_size "$file" 2>/dev/null)
  [ "$got" = "$want" ] || { ok=no; echo "# $file: got size '$got', want '$want'"; }
  report "$what" "$ok"
}

db=$tmp/map.db
run --database "$db" --import "$fixture"
report "the fixture imports" "$([ "$rc" = 0 ] && echo yes || echo no)"

run --database "$db" --export "$tmp/out.png" --size 800x500
expect_picture "PNG of 800×500" "$tmp/out.png" "800 500"

run --database "$db" --export "$tmp/default.png"
expect_picture "PNG of 1600×1000 by default" "$tmp/default.png" "1600 1000"

run --database "$db" --export "$tmp/out.svg" --size 800x500
expect_picture "SVG of 800×500" "$tmp/out.svg" "800 500"

run --database "$db" --export "$tmp/out.pdf" --size 640X480
expect_picture "PDF of 640×480" "$tmp/out.pdf" "640 480"

# A filter draws fewer things: a different picture of the same size.
run --database "$db" --export "$tmp/bishkek.png" --size 800x500 --search bishkek
expect_picture "PNG of --search bishkek" "$tmp/bishkek.png" "800 500"
ok=yes
cmp -s "$tmp/out.png" "$tmp/bishkek.png" && ok=no
report "--search bishkek changes the picture" "$ok"

run --database "$db" --export "$tmp/none.png" --size 300x200 --search "no such thing anywhere"
expect_picture "a search that matches nothing still draws the countries" "$tmp/none.png" "300 200"

run --database "$db" --export "$tmp/meetings.svg" --size 400x300 --type meeting --from 2024
expect_picture "SVG of --type meeting --from 2024" "$tmp/meetings.svg" "400 300"

for size in 800 0x500 800x 800x500x2 axb -800x500 16001x10 ' 800x500' 800x500px; do
  run --database "$tmp/never.db" --export "$tmp/bad.png" --size "$size"
  ok=yes
  [ "$rc" = 2 ] || ok=no
  grep -q '^tianshan: .*WIDTHxHEIGHT' "$tmp/stderr" || ok=no
  [ -e "$tmp/bad.png" ] && ok=no
  [ -e "$tmp/never.db" ] && ok=no
  report "--size '$size' is a usage error (exit 2), nothing written" "$ok"
done

# The map in Chinese and in Russian, as a PDF: its fonts and its text.
for tool in pdffonts pdftotext; do
  if ! command -v $tool >/dev/null; then
    echo "Bail out! $tool is missing: install poppler-utils (make check-deps does)"
    exit 1
  fi
done

# expect_text WHAT FILE.pdf WORD… : every WORD is in the PDF's text.
expect_text () {
  local what=$1 file=$2 ok=yes text word
  shift 2
  [ "$rc" = 0 ] || ok=no
  text=$(pdftotext -enc UTF-8 "$file" - 2>/dev/null | tr -d '\n ')
  for word in "$@"; do
    case $text in
      *"$word"*) ;;
      *) ok=no; echo "# no “$word” in the text of $file" ;;
    esac
  done
  report "$what" "$ok"
}

# expect_no_text WHAT FILE.pdf WORD… : no WORD is in the PDF's text.
expect_no_text () {
  local what=$1 file=$2 ok=yes text word
  shift 2
  text=$(pdftotext -enc UTF-8 "$file" - 2>/dev/null | tr -d '\n ')
  for word in "$@"; do
    case $text in
      *"$word"*) ok=no; echo "# “$word” in the text of $file" ;;
    esac
  done
  report "$what" "$ok"
}

run_in zh_CN --database "$db" --export "$tmp/zh.pdf" --size 1200x800
expect_picture "PDF in Chinese" "$tmp/zh.pdf" "1200 800"
ok=yes
fonts=$(pdffonts "$tmp/zh.pdf" 2>&1)
# Name, type, encoding, then "emb": a CJK face (Noto Sans CJK, WenQuanYi,
# Droid Sans Fallback…), embedded.
grep -Ei '(cjk|wenquanyi|wqy|fallback|uming|ukai)' <<<"$fonts" | grep -Eq ' yes +yes ' || ok=no
[ "$ok" = yes ] || sed 's/^/# pdffonts: /' <<<"$fonts"
report "a Chinese PDF embeds a CJK font" "$ok"
# Place names in Chinese (the fixture's 北京 and 乌鲁木齐), countries named
# in Chinese on the basemap (哈萨克斯坦) and in the legend (吉尔吉斯斯坦).
expect_text "a Chinese PDF's text has the Chinese place and country names" "$tmp/zh.pdf" \
  北京 乌鲁木齐 哈萨克斯坦 吉尔吉斯斯坦 中国
# (Record titles are English still: the railway keeps its English name.)
expect_no_text "a Chinese PDF names no country in English" "$tmp/zh.pdf" \
  Kazakhstan Mongolia CHINA

run_in ru --database "$db" --export "$tmp/ru.pdf" --size 1200x800
expect_text "a Russian PDF names the countries in Russian" "$tmp/ru.pdf" \
  Казахстан Монголия Кыргызстан КИТАЙ
# One name per country: iso-codes' Киргизия is not the one Tianshan uses.
expect_no_text "a Russian PDF names Kyrgyzstan one way, and no country in English" \
  "$tmp/ru.pdf" Киргизия Kazakhstan Mongolia CHINA

# From an English session, --language names the countries in that language.
run_in "" --database "$db" --export "$tmp/ru-option.pdf" --size 1200x800 --language ru
expect_text "--language ru from an English session names the countries in Russian" \
  "$tmp/ru-option.pdf" Казахстан Монголия Кыргызстан КИТАЙ
expect_no_text "--language ru from an English session names no country in English" \
  "$tmp/ru-option.pdf" Kazakhstan Mongolia CHINA

run_in en --database "$db" --export "$tmp/en.pdf" --size 1200x800
expect_text "an English PDF names the countries in English" "$tmp/en.pdf" \
  Kazakhstan Mongolia Kyrgyzstan CHINA

# The railway is placed at Kyrgyzstan as a whole: its shape is tinted, and
# the legend says what for (countries and provinces), in the reader's
# language.
expect_text "an English PDF's legend explains the countries' tint" "$tmp/en.pdf" \
  Recordsatacountryorprovinceasawhole
expect_text "a Russian PDF's legend explains the countries' tint" "$tmp/ru.pdf" \
  Записиостранеилирегионевцелом
expect_text "a Chinese PDF's legend explains the countries' tint" "$tmp/zh.pdf" \
  整个国家或省级层面的记录

run --database "$db" --export "$tmp/no/such/dir/map.png" --size 100x100
ok=yes
[ "$rc" = 1 ] || ok=no
grep -q '^tianshan: ' "$tmp/stderr" || ok=no
report "an unwritable file is a data error (exit 1)" "$ok"

echo "1..$n"
exit $status
