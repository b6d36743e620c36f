#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tianshan --export FILE.png|.svg|.pdf --view timeline [--size WxH] draws the
# timeline of the shipped dataset (or of the search, filters or dossier)
# with no display: files of the right format and size, 1600×700 by
# default, meetings in their colour, a meeting's title in the PDF's text
# and the SVG's description, Chinese lanes and ticks in a CJK font (pdffonts
# and pdftotext, from poppler-utils), and usage errors for a bad --view.
set -u

. "$(dirname "$0")/export-test-lib.sh"
require_tools pdffonts pdftotext

# run ARGS…: tianshan in English, with this build's translations and no
# display.
run () {
  run_in en "$@"
}

# count_colour FILE.png R G B: how many pixels have exactly that colour (a
# PNG decoder of the 8-bit RGB and RGBA files cairo writes).
count_colour () {
  python3 - "$@" <<'PY'
import struct, sys, zlib

path, want = sys.argv[1], tuple(int(v) for v in sys.argv[2:5])
data = open(path, 'rb').read()
pos, idat, width, height, channels = 8, b'', 0, 0, 3
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, colour = struct.unpack('>IIBB', body[:10])
        channels = {2: 3, 6: 4}[colour]
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
count = 0
for y in range(height):
    filter_type = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if filter_type == 1:
            line[i] = (line[i] + a) & 255
        elif filter_type == 2:
            line[i] = (line[i] + b) & 255
        elif filter_type == 3:
            line[i] = (line[i] + (a + b) // 2) & 255
        elif filter_type == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(width):
        if tuple(line[x * channels:x * channels + 3]) == want:
            count += 1
    previous = line
print(count)
PY
}

# expect_text WHAT TEXT WORD…: every WORD is in TEXT.
expect_text () {
  local what=$1 text=$2 ok=yes word
  shift 2
  [ "$rc" = 0 ] || ok=no
  for word in "$@"; do
    case $text in
      *"$word"*) ;;
      *) ok=no; echo "# no “$word” in: ${text:0:300}" ;;
    esac
  done
  report "$what" "$ok"
}

db=$tmp/tianshan.db

run --database "$db" --export "$tmp/default.png" --view timeline
expect_picture "PNG of 1600×700 by default" "$tmp/default.png" "1600 700"

run --database "$db" --export "$tmp/out.png" --view timeline --size 900x500
expect_picture "PNG of --size 900x500" "$tmp/out.png" "900 500"

# Meetings are drawn in the map's meeting orange (#e66100), signings in
# its blue (#1c71d8): both are in the picture.
ok=yes
meetings=$(count_colour "$tmp/default.png" 230 97 0)
signings=$(count_colour "$tmp/default.png" 28 113 216)
[ "${meetings:-0}" -ge 100 ] || ok=no
[ "${signings:-0}" -ge 50 ] || ok=no
echo "# $meetings pixels of the meeting colour, $signings of the signing colour"
report "the PNG shows meetings and signings in their colours" "$ok"

# Only agreements: no meeting colour.
run --database "$db" --export "$tmp/agreements.png" --view timeline --type agreement
ok=yes
[ "$rc" = 0 ] || ok=no
meetings=$(count_colour "$tmp/agreements.png" 230 97 0)
[ "${meetings:-1}" = 0 ] || ok=no
report "--type agreement draws no meeting" "$ok"

# A meeting's title, in the PDF's text and in the SVG's description.
run --database "$db" --export "$tmp/xi.pdf" --view timeline --search "xi jinping meets"
expect_picture "PDF of --search" "$tmp/xi.pdf" "1600 700"
expect_text "the PDF's text has the meeting's title" "$(pdf_text "$tmp/xi.pdf")" \
  XiJinpingmeetsSadyrJaparovinBeijing Meetings
run --database "$db" --export "$tmp/xi.svg" --view timeline --search "xi jinping meets" --size 1000x400
expect_picture "SVG of 1000×400" "$tmp/xi.svg" "1000 400"
expect_text "the SVG describes the meeting, its date and lane" "$(cat "$tmp/xi.svg")" \
  "<desc>" "5 Feb 2025 – Xi Jinping meets Sadyr Japarov in Beijing (Meetings)"

# In Chinese: lanes and ticks in Chinese, set in a CJK font.
run_in zh_CN --database "$db" --export "$tmp/zh.pdf" --view timeline
expect_picture "PDF in Chinese" "$tmp/zh.pdf" "1600 700"
ok=yes
fonts=$(pdffonts "$tmp/zh.pdf" 2>&1)
grep -Ei '(cjk|wenquanyi|wqy|fallback|uming|ukai)' <<<"$fonts" | grep -Eq ' yes +yes ' || ok=no
[ "$ok" = yes ] || sed 's/^/# pdffonts: /' <<<"$fonts"
report "a Chinese PDF embeds a CJK font" "$ok"
expect_text "a Chinese PDF's lanes and ticks are in Chinese" "$(pdf_text "$tmp/zh.pdf")" \
  会晤 协议 项目 2024年第1季度

run_in ru --database "$db" --export "$tmp/ru.pdf" --view timeline
expect_text "a Russian PDF's lanes and ticks are in Russian" "$(pdf_text "$tmp/ru.pdf")" \
  Встречи Соглашения "1кв.2024"

# A dossier's timeline: the railway and what it links to.
run --database "$db" --export "$tmp/rail.png" --view timeline \
  --around project/china-kyrgyzstan-uzbekistan-railway --size 800x400
expect_picture "the timeline of a dossier" "$tmp/rail.png" "800 400"

run --database "$db" --export "$tmp/none.png" --view timeline --search "no such thing anywhere"
expect_picture "a search that matches nothing draws an empty timeline" "$tmp/none.png" \
  "1600 700"

run --database "$db" --export "$tmp/map.png" --view map --size 300x200
expect_picture "--view map is the map, as without --view" "$tmp/map.png" "300 200"

for view in Timeline chart "" list; do
  run --database "$tmp/never.db" --export "$tmp/bad.png" --view "$view"
  ok=yes
  [ "$rc" = 2 ] || ok=no
  grep -q '^tianshan: .*--view map or --view timeline' "$tmp/stderr" || ok=no
  [ -e "$tmp/bad.png" ] && ok=no
  [ -e "$tmp/never.db" ] && ok=no
  report "--view '$view' is a usage error naming --view (exit 2), nothing written" "$ok"
done

run --database "$tmp/never.db" --export "$tmp/bad.xlsx" --view timeline
ok=yes
[ "$rc" = 2 ] || ok=no
grep -q '^tianshan: --view goes with a picture' "$tmp/stderr" || ok=no
[ -e "$tmp/bad.xlsx" ] && ok=no
report "--view with a workbook is a usage error" "$ok"

run --database "$tmp/never.db" --view timeline
ok=yes
[ "$rc" = 2 ] || ok=no
grep -q '^tianshan: --view goes with --export' "$tmp/stderr" || ok=no
[ -e "$tmp/never.db" ] && ok=no
report "--view without --export is a usage error" "$ok"

run --database "$db" --export "$tmp/no/such/dir/t.png" --view timeline
ok=yes
[ "$rc" = 1 ] || ok=no
grep -q '^tianshan: ' "$tmp/stderr" || ok=no
report "an unwritable file is a data error (exit 1)" "$ok"

finish
