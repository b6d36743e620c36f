#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Each record type owns its behaviour: outside a type's own files
# (app/*/ts-<type>.c, ts-<type>-columns.c, ts-<type>-detail-section.c …) no
# code asks which type a record is — no TS_IS_<Type> test and no switch on
# the record type. Where one type is truly special, the file is listed
# below with the reason, and each test there carries a comment saying why.
set -u
cd "${TS_SOURCE_ROOT:?}/app" || exit 1

types='meeting|agreement|project|person|organization|place|source|figure'

# file → why it may ask (keep this list short).
declare -A allowed=(
  # Where a record goes on the map is what each type is: only places have a
  # position, only meetings are counted on markers, only friendship
  # agreements draw arcs and only projects have routes.
  [render/ts-map-scene-builder.c]=1
)

echo "1..2"
status=0

own_file () {
  [[ "$(basename "$1")" =~ ^ts-($types)([-.]) ]]
}

type_tests=""
switches=""
while IFS= read -r file; do
  own_file "$file" && continue
  [ -n "${allowed[$file]:-}" ] && continue
  hits=$(grep -nE "TS_IS_(MEETING|AGREEMENT|PROJECT|PERSON|ORGANIZATION|PLACE|SOURCE|FIGURE)\b" "$file" |
           cut -d: -f1 | tr '\n' ',' | sed 's/,$//')
  [ -n "$hits" ] && type_tests="$type_tests $file:$hits"
  hits=$(grep -nE "case TS_RECORD_TYPE_[A-Z]+:" "$file" | cut -d: -f1 | tr '\n' ',' | sed 's/,$//')
  [ -n "$hits" ] && switches="$switches $file:$hits"
done < <(find . -name '*.[ch]' | sed 's#^\./##' | sort)

if [ -z "$type_tests" ]; then
  echo "ok 1 no TS_IS_<Type> test outside the types' own files"
else
  status=1
  echo "not ok 1 TS_IS_<Type> tests outside the types' own files (give the type the behaviour):$type_tests"
fi

if [ -z "$switches" ]; then
  echo "ok 2 no switch on the record type outside the types' own files"
else
  status=1
  echo "not ok 2 switches on the record type outside the types' own files (a per-type table or the type's own behaviour):$switches"
fi

# The files allowed to ask say why, next to each test.
for file in "${!allowed[@]}"; do
  [ -f "$file" ] || { echo "# $file is allowed but gone: drop it from the list"; status=1; }
done

exit $status
