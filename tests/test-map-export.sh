#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tianshan --export FILE.png|.svg|.pdf [--size WxH] draws the map of the
# current filters with no display: files of the right format and size,
# 1600×1000 by default, exit 2 for a size that is not WIDTHxHEIGHT. Its
# text is in the UI language, in fonts that have the script: a Chinese PDF
# embeds a CJK font and its place and country names can be extracted
# (pdffonts and pdftotext, from poppler-utils).
set -u

src=${TS_SOURCE_ROOT:?}
fixture=$src/tests/data/map-fixture.json

. "$(dirname "$0")/export-test-lib.sh"

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
require_tools pdffonts pdftotext

# expect_text WHAT FILE.pdf WORD… : every WORD is in the PDF's text.
expect_text () {
  local what=$1 file=$2 ok=yes text word
  shift 2
  [ "$rc" = 0 ] || ok=no
  text=$(pdf_text "$file")
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
  text=$(pdf_text "$file")
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

finish
