#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The headless command line: --import, --export (with --search, --type,
# --from, --to, --country, --participant, --counterpart) and --copy-to work with no display, exit 0 on success, 1 on a data error,
# 2 on a usage error, and leave databases alone when they fail.
set -u

bin=${TS_BUILD_ROOT:?}/app/tianshan
src=${TS_SOURCE_ROOT:?}
fixture=$src/tests/data/store-fixture.json

if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi

tmp=$(mktemp -d)
# Made writable first: some tests leave read-only folders.
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
# Never the user's own dataset.
export XDG_DATA_HOME=$tmp/xdg
unset G_MESSAGES_DEBUG

n=0
status=0

# tianshan ARGS…, with no display; sets $rc, $out, $err.
run () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
  out=$(cat "$tmp/stdout")
  err=$(cat "$tmp/stderr")
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

# expect WHAT STATUS [TEXT-IN-STDERR]
expect () {
  local what=$1 want=$2 text=${3:-}
  local ok=yes
  [ "$rc" = "$want" ] || ok=no
  if [ -n "$text" ] && ! grep -qF -- "$text" "$tmp/stderr"; then ok=no; fi
  # A failure says what is wrong, prefixed with the program's name.
  if [ "$want" != 0 ] && ! grep -q '^tianshan: ' "$tmp/stderr"; then ok=no; fi
  report "$what" "$ok"
}

# check_json FILE PYTHON-EXPRESSION: the expression holds of the records
# (r: list of records, ids: set of ids).
check_json () {
  local what=$1 file=$2 expression=$3
  local ok=yes
  python3 - "$file" "$expression" <<'EOF' || ok=no
import json, re, sys
path, expression = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
document = json.loads(text)
r = document["records"]
ids = {x["id"] for x in r}
order = ["meeting", "agreement", "project", "statement", "person", "organization", "place", "source",
         "figure"]
id_pattern = re.compile(r"^(%s)/[a-z0-9-]+$" % "|".join(order))

def references(value):
    if isinstance(value, str):
        if id_pattern.match(value):
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from references(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from references(item)

def closed():
    return all(target in ids for x in r for key, value in x.items() if key != "id"
               for target in references(value))

def sorted_by_type_and_id():
    keys = [(order.index(x["type"]), x["id"]) for x in r]
    return keys == sorted(keys)

def laid_out():
    return text == json.dumps(document, indent=2, ensure_ascii=False) + "\n"

if not eval(expression):
    sys.exit("does not hold: " + expression)
EOF
  report "$what" "$ok"
}

db=$tmp/tianshan.db

run --database "$db" --import "$fixture"
expect "--import into a new database" 0
report "--import says what it did" "$(grep -q 'added' <<<"$out" && echo yes || echo no)"
report "--import writes nothing on stderr" "$([ -z "$err" ] && echo yes || echo no)"

run --database "$db" --export "$tmp/all.json"
expect "--export FILE.json" 0
check_json "the export holds every fixture record" "$tmp/all.json" \
  "{x['id'] for x in json.load(open('$fixture'))['records']} <= ids"
check_json "the export is sorted, closed and laid out" "$tmp/all.json" \
  "sorted_by_type_and_id() and closed() and laid_out()"

# Open-ended and approximate dates ("..2025-09") overlap any period: only
# exact ones are checked against it.
run --database "$db" --export "$tmp/2024.json" --type meeting --from 2024 --to 2024
expect "--export with --type and a period" 0
check_json "only 2024's meetings, with what they refer to" "$tmp/2024.json" \
  "{x['id'] for x in r if x['type'] == 'meeting'}"\
" >= {'meeting/2024-05-baisalov-beijing', 'meeting/2024-06-06-li-qiang-japarov'}"\
" and all(x['date'].startswith('2024') for x in r if x['type'] == 'meeting'"\
"         and x['date'][0].isdigit() and not x['date'].endswith(('~', '..')))"\
" and 'meeting/2023-10-25-baisalov-shandong-delegation' not in ids"\
" and 'place/beijing' in ids and 'person/li-qiang' in ids"\
" and closed() and sorted_by_type_and_id()"

run --database "$db" --export "$tmp/baysalov.json" --search baysalov --type person,meetings
expect "--export with --search" 0
check_json "a search finds a person by an alias" "$tmp/baysalov.json" \
  "'person/edil-baisalov' in ids and 'meeting/2024-05-baisalov-beijing' in ids"\
" and 'person/zhou-naixiang' in ids"\
" and 'meeting/2024-06-06-li-qiang-japarov' not in ids and closed()"

# The participant (by name or id), counterpart and country filters: the
# meetings they keep, with what those refer to.
run --database "$db" --export "$tmp/baisalov-cn.json" --participant "edil baisalov" \
  --counterpart cn --type meeting
expect "--export with --participant (a name) and --counterpart" 0
check_json "Edil Baisalov's meetings with Chinese officials" "$tmp/baisalov-cn.json" \
  "{'meeting/2023-10-25-baisalov-shandong-delegation', 'meeting/2024-05-baisalov-beijing'}"\
" <= ids and 'meeting/2024-06-06-li-qiang-japarov' not in ids"\
" and 'meeting/2023-05-kant-ceremony' not in ids and closed()"
run --database "$db" --export "$tmp/sadyr-in-cn.json" --participant person/sadyr-japarov \
  --country CN --type meeting
expect "--export with --participant (an id) and --country" 0
check_json "Sadyr Japarov's meetings held in China" "$tmp/sadyr-in-cn.json" \
  "'meeting/2024-06-06-li-qiang-japarov' in ids"\
" and 'meeting/2025-09-sadyr-japarov-working-visit-china' in ids"\
" and 'meeting/2023-10-25-li-qiang-sadyr-japarov' not in ids"\
" and 'meeting/2023-09-lin-wu-sadyr-japarov' not in ids and closed()"
run --database "$db" --export "$tmp/x.json" --participant "Nobody Atall"
expect "an unknown --participant is a usage error" 2 "Nobody Atall"
run --database "$db" --export "$tmp/x.json" --country China
expect "--country takes a code" 2 "China"
# CSV: one record type per file, and never fewer records than the scope
# holds: a scope of several types is refused, saying how to choose.
run --database "$db" --export "$tmp/several.csv" --search railway
expect "a CSV of a scope of several types is refused" 2 "holds records of several types (meeting: "
report "... saying how to choose" "$(grep -q -- '--type meeting' "$tmp/stderr" && echo yes || echo no)"
report "... and writing nothing" "$([ ! -e "$tmp/several.csv" ] && echo yes || echo no)"
run --database "$db" --export "$tmp/railway.csv" --search railway --type meeting
expect "--type chooses the CSV file's type" 0
report "a CSV file starts with a UTF-8 byte-order mark" \
  "$([ "$(head -c 3 "$tmp/railway.csv" | od -An -tx1 | tr -d ' \n')" = efbbbf ] && echo yes || echo no)"

# Dossiers: a record and its neighbourhood.
railway=project/china-kyrgyzstan-uzbekistan-railway
run --database "$db" --export "$tmp/dossier.xlsx" --around "$railway" --hops 2
expect "--around ID --hops N writes a dossier" 0
run --database "$db" --export "$tmp/li-qiang.csv" --around person/li-qiang --type meeting
expect "a dossier's meetings as CSV" 0
report "... the meetings Li Qiang attended, and no other" \
  "$(grep -q meeting/2024-06-06-li-qiang-japarov "$tmp/li-qiang.csv" &&
     grep -q meeting/2024-05-baisalov-beijing "$tmp/li-qiang.csv" &&
     ! grep -q meeting/2023-10-25-baisalov-shandong-delegation "$tmp/li-qiang.csv" &&
     echo yes || echo no)"
run --database "$db" --export "$tmp/dossier.png" --around "$railway" --size 400x300
expect "--around draws the dossier's map" 0
report "... as a PNG" "$(head -c 4 "$tmp/dossier.png" | od -An -c | grep -q 'P   N   G' && echo yes || echo no)"
run --database "$db" --export "$tmp/none.xlsx" --around project/no-such-railway
expect "an unknown --around record is a usage error naming it" 2 "project/no-such-railway"
run --database "$db" --export "$tmp/none.xlsx" --around "the railway"
expect "an --around that is no record ID is a usage error" 2 "“the railway”"
run --database "$db" --export "$tmp/none.xlsx" --hops 2
expect "--hops without --around is a usage error" 2 "--hops goes with --around"
run --database "$db" --export "$tmp/none.xlsx" --around "$railway" --hops many
expect "a --hops that is no number is a usage error" 2 "“many”"
run --database "$db" --export "$tmp/none.json" --around "$railway"
expect "a dossier is not written to .json" 2 "not to .json"
report "... and the usage errors wrote nothing" \
  "$([ ! -e "$tmp/none.xlsx" ] && [ ! -e "$tmp/none.json" ] && echo yes || echo no)"

# export → import into a second database → export: the same bytes.
run --database "$tmp/second.db" --import "$tmp/all.json"
expect "--import of an export" 0
run --database "$tmp/second.db" --export "$tmp/again.json"
expect "--export of the second database" 0
report "export → import → export gives the same bytes" \
  "$(cmp -s "$tmp/all.json" "$tmp/again.json" && echo yes || echo no)"

# Usage errors: exit 2, and nothing is created.
run --database "$tmp/usage.db" --export "$tmp/x.json" --type treaty
expect "an unknown --type is a usage error" 2 "treaty"
run --database "$tmp/usage.db" --export "$tmp/x.json" --from 2023-02-30
expect "an impossible --from date is a usage error" 2 "2023-02-30"
run --database "$tmp/usage.db" --export "$tmp/x.json" --from 2024 --to 2023
expect "a period that ends before it starts is a usage error" 2
run --database "$tmp/usage.db" --export "$tmp/x.txt"
expect "an unknown --export extension is a usage error" 2 ".txt"
run --database "$tmp/usage.db" --export "$tmp/briefing"
expect "--export without an extension is a usage error" 2 "briefing"
run --database "$tmp/usage.db" --search baysalov
expect "--search without --export is a usage error" 2 "--export"
run --database "$tmp/usage.db" --counterpart CN
expect "--counterpart without --export is a usage error" 2 "--export"
run --database "$tmp/usage.db" --export "$tmp/x.json" --counterpart C
expect "--counterpart takes a two-letter code" 2 "“C”"
report "usage errors create no database" \
  "$([ ! -e "$tmp/usage.db" ] && [ ! -e "$tmp/x.json" ] && echo yes || echo no)"

# Data errors: exit 1, the database unchanged.
cat >"$tmp/dangling.json" <<'EOF'
{
  "format": "tianshan",
  "version": 1,
  "records": [
    {"type": "place", "id": "place/osh", "title": "Osh", "lat": 40.53, "lon": 72.8},
    {"type": "meeting", "id": "meeting/2024-01-10-talks", "title": "Talks",
     "date": "2024-01-10", "place": "place/atlantis"}
  ]
}
EOF
run --database "$db" --import "$tmp/dangling.json"
expect "a dangling reference is a data error naming record and field" 1 \
  "dangling.json: Record “meeting/2024-01-10-talks”, field “place”"
run --database "$db" --export "$tmp/after.json"
report "a failed import leaves the database unchanged" \
  "$(cmp -s "$tmp/all.json" "$tmp/after.json" && echo yes || echo no)"

printf '{"format": "tianshan", "version": 1, "records": [\n  {"type": "place",, }\n]}\n' \
  >"$tmp/broken.json"
run --database "$db" --import "$tmp/broken.json"
expect "malformed JSON is a data error naming file and line" 1 "broken.json:2:"

run --database "$db" --import "$tmp/nowhere.json"
expect "a missing file is a data error" 1 "nowhere.json"

# Strict JSON: json-glib let the last of two "lat" win, silently.
printf '{"format": "tianshan", "version": 1, "records": [\n  {"type": "place", "id": "place/x", "title": "X", "lat": 1, "lat": 2, "lon": 3}\n]}\n' \
  >"$tmp/twice.json"
run --database "$db" --import "$tmp/twice.json"
expect "a name twice in an object is refused at its line and column" 1 \
  "twice.json:2:62: Record “place/x”, field “lat”"

# A pipe blocked --import until someone wrote to it: refused before it is
# opened (timeout only keeps a regression from hanging the suite).
mkfifo "$tmp/pipe.json"
env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$bin" --database "$db" --import "$tmp/pipe.json" \
  >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
expect "--import of a pipe is refused at once" 1 "not a regular file"
run --database "$db" --import "$tmp"
expect "--import of a folder is refused" 1 "not a regular file"
run --database "$db" --export "$tmp/after-pipe.json"
report "refused imports leave the database unchanged" \
  "$(cmp -s "$tmp/all.json" "$tmp/after-pipe.json" && echo yes || echo no)"

printf 'Not a database, only notes.\n' >"$tmp/notes.db"
cp "$tmp/notes.db" "$tmp/notes.copy"
run --database "$tmp/notes.db" --export "$tmp/x.json"
expect "a file that is not a database is refused" 1 "is not a Tianshan database"
report "the refused file is left as it was" \
  "$(cmp -s "$tmp/notes.db" "$tmp/notes.copy" && [ ! -e "$tmp/x.json" ] && echo yes || echo no)"

run --database "$db" --export "$tmp/no/such/folder/x.json"
expect "an export that cannot be written is an error naming the file" 1 "folder/x.json"

# One policy for every format, which exporting never breaks: a read-only
# file, or a file in a read-only folder, is refused with the same message
# and left as it was, with nothing written beside it. Read-only is what the
# permission bits say, which root (as in CI) is held to as well.
# intact FILE: FILE holds "previous" and no temporary file is beside it.
intact () {
  [ "$(cat "$1")" = previous ] &&
    [ -z "$(ls -A "$(dirname "$1")" | grep -v -x -e 'kept\..*' -e filler -e locked)" ]
}

mkdir "$tmp/policy" "$tmp/policy/locked"
for ext in json xlsx csv png; do
  printf 'previous\n' >"$tmp/policy/kept.$ext"
  chmod 0444 "$tmp/policy/kept.$ext"
  printf 'previous\n' >"$tmp/policy/locked/kept.$ext"
done
chmod 0555 "$tmp/policy/locked"
for ext in json xlsx csv png; do
  # A CSV file holds one type: say which.
  one_type=()
  [ "$ext" = csv ] && one_type=(--type meeting)
  target=$tmp/policy/kept.$ext
  run --database "$db" --export "$target" "${one_type[@]}"
  expect "a read-only .$ext file is refused" 1 \
    "tianshan: Could not write “$target”: the file is read-only; choose another name or make it writable. No file was written."
  report "the read-only .$ext file is left as it was" "$(intact "$target" && echo yes || echo no)"

  target=$tmp/policy/locked/kept.$ext
  run --database "$db" --export "$target" "${one_type[@]}"
  expect "a .$ext file in a read-only folder is refused" 1 \
    "tianshan: Could not write “$target”: cannot write in the folder “$tmp/policy/locked”, which is read-only; choose another folder. No file was written."
  report "the .$ext file in the read-only folder is left as it was" \
    "$(intact "$target" && echo yes || echo no)"
done

# A full disk, for real: a small tmpfs, in a mount namespace of the test's
# own (root only), filled up but for 16 KiB. The export fails with our
# message alone (none of libxlsxwriter's "[ERROR]" lines), and the previous
# file is left as it was with no temporary file beside it.
full=$tmp/full
mkdir "$full"
if unshare --mount --propagation private mount -t tmpfs -o size=64k tianshan-test "$full" \
     2>/dev/null; then
  for ext in json xlsx csv png; do
    unshare --mount --propagation private bash -c '
      full=$1 ext=$2 tmp=$3; shift 3
      mount -t tmpfs -o size=256k tianshan-test "$full" || exit 99
      printf "previous\n" >"$full/kept.$ext"
      head -c 1M /dev/zero >"$full/filler" 2>/dev/null
      truncate -s -16K "$full/filler"
      one_type=()
      [ "$ext" = csv ] && one_type=(--type meeting)
      env -u DISPLAY -u WAYLAND_DISPLAY "$@" --export "$full/kept.$ext" "${one_type[@]}" \
        >"$tmp/stdout" 2>"$tmp/stderr"
      echo $? >"$tmp/rc"
      [ "$(cat "$full/kept.$ext")" = previous ] && [ "$(ls -A "$full" | wc -l)" = 2 ] &&
        echo yes >"$tmp/intact"
      exit 0' - "$full" "$ext" "$tmp" "$bin" --database "$db"
    rc=$(cat "$tmp/rc")
    expect "a full disk fails the .$ext export" 1 "No space left on device. No file was written."
    report "... with no foreign [ERROR] or [WARNING] line from the .$ext export" \
      "$(grep -q -e '\[ERROR\]' -e '\[WARNING\]' "$tmp/stderr" && echo no || echo yes)"
    report "... and the previous .$ext file is left, with no temporary file" \
      "$([ -f "$tmp/intact" ] && echo yes || echo no)"
    rm -f "$tmp/intact" "$tmp/rc"
  done
else
  n=$((n + 1))
  echo "ok $n # SKIP a full disk needs a tmpfs mounted in a mount namespace (root only)"
fi
# What the store could not read back is refused at import, naming record
# and field, and the database goes on opening; what it keeps reads back
# the same. (json-glib wrote a created year 78 as "78-11-23T…", 1e17 as
# "1e+17.0" and an escape like \202 as a byte that is not UTF-8: each
# import succeeded and every later open failed.)
rt=$tmp/round-trip.db
write_records () {
  printf '{"format": "tianshan", "version": 1, "records": [%s]}\n' "$2" >"$tmp/$1"
}
write_records year.json '{"type": "place", "id": "place/old", "title": "Old", "lat": 1, "lon": 2,
  "created": "0078-11-23T07:00:00Z"}'
run --database "$rt" --import "$tmp/year.json"
expect "a created year below 1000 is refused naming record and field" 1 \
  "year.json:1:50: Record “place/old”, field “created”"
write_records huge.json '{"type": "project", "id": "project/p", "title": "P", "value_usd": 1e309}'
run --database "$rt" --import "$tmp/huge.json"
expect "an infinite value_usd is refused naming record and field" 1 \
  "huge.json:1:116: Record “project/p”, field “value_usd”"
write_records big.json '{"type": "project", "id": "project/p", "title": "P", "value_usd": 1e17}'
run --database "$rt" --import "$tmp/big.json"
expect "a value_usd beyond 10^15 is refused naming record and field" 1 \
  "big.json:1:50: Record “project/p”, field “value_usd”"
write_records bytes.json '{"type": "source", "id": "source/s", "title": "A\202B"}'
run --database "$rt" --import "$tmp/bytes.json"
expect "text that is not UTF-8 is refused" 1 "bytes.json"
write_records english.json '{"type": "source", "id": "source/s", "title": "S", "language": "english"}'
run --database "$rt" --import "$tmp/english.json"
expect "a language that is not an ISO 639 code is refused" 1 \
  "english.json:1:50: Record “source/s”, field “language”"
write_records figures.json '{"type": "figure", "id": "figure/f", "title": "F", "indicator": "GDP",
  "period": "2024", "value": 1e17, "change": 5e-324},
  {"type": "project", "id": "project/p", "title": "P", "value_usd": 1e15},
  {"type": "place", "id": "place/new", "title": "New", "lat": -90, "lon": 180,
   "created": "1000-01-01T00:00:00Z", "modified": "9999-12-31T23:59:59Z"}'
run --database "$rt" --import "$tmp/figures.json"
expect "the largest values each field keeps are imported" 0
run --database "$rt" --export "$tmp/figures-out.json"
expect "the database opens after all of these imports" 0
check_json "and gives back the same values" "$tmp/figures-out.json" \
  "[x for x in r if x['id'] == 'project/p'][0]['value_usd'] == 1e15"\
" and [x for x in r if x['id'] == 'place/new'][0]['lat'] == -90"\
" and [x for x in r if x['id'] == 'place/new'][0]['created'] == '1000-01-01T00:00:00Z'"\
" and [x for x in r if x['id'] == 'place/new'][0]['modified'] == '9999-12-31T23:59:59Z'"\
" and [x for x in r if x['id'] == 'figure/f'][0]['value'] == 1e17"\
" and [x for x in r if x['id'] == 'figure/f'][0]['change'] == 5e-324"

# Without --database: the default database, under $XDG_DATA_HOME.
run --export "$tmp/default.json"
expect "--export with the default database" 0
report "the default database is \$XDG_DATA_HOME/tianshan/tianshan.db" \
  "$([ -f "$XDG_DATA_HOME/tianshan/tianshan.db" ] && echo yes || echo no)"
check_json "a new database starts with the shipped dataset" "$tmp/default.json" \
  "ids == {x['id'] for x in json.load(open('$src/data/dataset/tianshan.json'))['records']}"

# As users run it, the command line leaves what it loaded unfreed at exit
# (the tests set TIANSHAN_FREE_AT_EXIT, so that leaks show): the same files,
# and the database closed all the same (its write-ahead log merged back).
for ext in xlsx csv json; do
  TIANSHAN_EXPORT_TIME=1700000000 run --database "$db" --export "$tmp/freed.$ext" --type meeting
  TIANSHAN_EXPORT_TIME=1700000000 TIANSHAN_FREE_AT_EXIT= \
    run --database "$db" --export "$tmp/unfreed.$ext" --type meeting
  expect "--export FILE.$ext without freeing at exit" 0
  report "it writes the same .$ext file as with freeing" \
    "$(cmp -s "$tmp/freed.$ext" "$tmp/unfreed.$ext" && echo yes || echo no)"
  report "the database is closed after an .$ext export" \
    "$([ ! -e "$db-wal" ] && echo yes || echo no)"
done
TIANSHAN_FREE_AT_EXIT= run --database "$db" --import "$fixture"
expect "--import without freeing at exit" 0
report "the database is closed after an import" "$([ ! -e "$db-wal" ] && echo yes || echo no)"

# --copy-to: every record into another, empty database, all or nothing.
run --database "$db" --export "$tmp/before-copy.json"
run --database "$db" --copy-to "$tmp/copy.db"
expect "--copy-to a new file" 0
report "it says how many records it copied, and where" \
  "$(grep -qE "^Copied [0-9]+ records to “$tmp/copy.db”$" "$tmp/stdout" && echo yes || echo no)"
run --database "$tmp/copy.db" --export "$tmp/after-copy.json"
report "the copy exports the same JSON, byte for byte" \
  "$(cmp -s "$tmp/before-copy.json" "$tmp/after-copy.json" && echo yes || echo no)"
sum=$(sha256sum <"$tmp/copy.db")
run --database "$db" --copy-to "$tmp/copy.db"
expect "--copy-to a database with records is refused, naming it" 1 \
  "to “$tmp/copy.db”: the destination is not empty"
report "the refused destination is left as it was" \
  "$([ "$(sha256sum <"$tmp/copy.db")" = "$sum" ] && echo yes || echo no)"
run --database "$db" --copy-to "$tmp/never.db" --export "$tmp/never.json"
expect "--copy-to with another command is a usage error" 2 "--copy-to goes alone"
report "a usage error makes no database" "$([ ! -e "$tmp/never.db" ] && echo yes || echo no)"
run --database "$tmp/missing.db" --copy-to "$tmp/never.db"
expect "--copy-to from a database that is not there" 1 "“$tmp/missing.db”: there is no such database"
report "neither database is made" \
  "$([ ! -e "$tmp/missing.db" ] && [ ! -e "$tmp/never.db" ] && echo yes || echo no)"

# A team database that cannot be reached: its server named, what to do
# said, without its password.
run --database "host=127.0.0.1 port=1 dbname=team password=secret" --export "$tmp/team.json"
expect "--database with an unreachable server" 1 \
  "The team database at 127.0.0.1:1 could not be reached. Check your network connection and try again."
report "the message does not show the password" \
  "$(grep -q secret "$tmp/stderr" && echo no || echo yes)"
run --database "postgresql://analyst:secret@127.0.0.1:1/team" --import "$fixture"
expect "--database with an unreachable server URI" 1 \
  "The team database at 127.0.0.1:1 could not be reached. Check your network connection and try again."
report "nor does the URI's" "$(grep -q secret "$tmp/stderr" && echo no || echo yes)"

echo "1..$n"
exit $status
