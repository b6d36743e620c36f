#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of app/ include only their own headers and those of the layers
# below them, and the libraries of a layer above stay out of the layers
# below: model < store < render < export < cli < ui. The build enforces the
# same through each layer's include path; this says which line breaks it.
set -u
cd "${TS_SOURCE_ROOT:?}/app" || exit 1

rank_of_dir () {
  case "$1" in
    model) echo 0 ;; store) echo 1 ;; render) echo 2 ;; export) echo 3 ;;
    .) echo 4 ;; ui) echo 5 ;; *) echo 99 ;;
  esac
}

# The folder a header lives in ("." for app/ itself); ts-enums.h is
# generated from the model's headers.
dir_of_header () {
  if [ "$1" = ts-enums.h ]; then echo model; return; fi
  for d in model store render export ui .; do
    if [ -e "$d/$1" ]; then echo "$d"; return; fi
  done
  echo unknown
}

echo "1..4"
status=0

upward=""
private=""
while IFS= read -r file; do
  dir=$(dirname "$file")
  [ "$dir" = . ] && [ "$(basename "$file")" = main.c ] && continue
  rank=$(rank_of_dir "$dir")
  while IFS=: read -r line header; do
    hdir=$(dir_of_header "$header")
    if [ "$(rank_of_dir "$hdir")" -gt "$rank" ]; then
      upward="$upward $file:$line($header)"
    fi
    if [[ "$header" == *-private.h ]] && [ "$hdir" != "$dir" ]; then
      private="$private $file:$line($header)"
    fi
  done < <(grep -n '^#include "ts-[a-z0-9-]*\.h"' "$file" |
             sed -E 's/^([0-9]+):#include "([^"]+)".*/\1:\2/')
done < <(find . -name '*.[ch]' | sed 's#^\./##' | sort)

if [ -z "$upward" ]; then
  echo "ok 1 no layer includes a header of a layer above it"
else
  status=1
  echo "not ok 1 headers of a layer above:$upward"
fi

if [ -z "$private" ]; then
  echo "ok 2 private headers stay in their folder"
else
  status=1
  echo "not ok 2 private headers used outside their folder:$private"
fi

# Which layers may use which libraries' headers.
foreign=""
check_library () {
  local pattern=$1; shift
  local hits
  hits=$(grep -lE "^#include <($pattern)" -r "$@" --include='*.[ch]' 2>/dev/null)
  [ -n "$hits" ] && foreign="$foreign $(echo $hits)"
}
check_library 'gtk/|adwaita\.h|gdk/' model store render export ts-cli.c ts-cli.h
check_library 'sqlite3\.h' model render export ui ts-cli.c
check_library 'xlsxwriter' model store render ui ts-cli.c
check_library 'cairo|pango' model store

if [ -z "$foreign" ]; then
  echo "ok 3 each library's headers stay in the layers that may use it"
else
  status=1
  echo "not ok 3 a library used below its layer:$foreign"
fi

# A file that grows past this holds several modules: split it by what
# each part does, as the map renderer is split by layer.
long=$(find . -name '*.[ch]' -exec wc -l {} + | awk '$2 != "total" && $1 > 1000 { print $2 "(" $1 ")" }')
if [ -z "$long" ]; then
  echo "ok 4 no source file is over 1 000 lines"
else
  status=1
  echo "not ok 4 source files over 1 000 lines:" $long
fi

exit $status
