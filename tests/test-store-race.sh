#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Two commands opening one new database at once (an import and an export,
# or two imports): both succeed (or the export fails cleanly), the
# database ends up whole, with the shipped dataset and the imports, and
# nothing else is left in its folder. Before creation was
# atomic, the loser failed with "table meta already exists" and removed the
# files the winner had just created and imported into (1 run in 20).
set -u

bin=${TS_BUILD_ROOT:?}/app/tianshan
src=${TS_SOURCE_ROOT:?}
runs=${TS_RACE_RUNS:-100}

if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/xdg
unset G_MESSAGES_DEBUG DISPLAY WAYLAND_DISPLAY

cat >"$tmp/small.json" <<'JSON'
{
  "format": "tianshan",
  "version": 1,
  "records": [
    {"type": "place", "id": "place/race-test", "title": "Race test", "lat": 42.1, "lon": 74.2}
  ]
}
JSON

sed 's/race-test/race-other/; s/Race test/Race other/' "$tmp/small.json" >"$tmp/other.json"

n_seed=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['records']))" \
         "$src/data/dataset/tianshan.json")
failures=0
clean_losses=0

for i in $(seq 1 "$runs"); do
  dir=$tmp/run-$i
  mkdir "$dir"
  db=$dir/tianshan.db

  "$bin" --database "$db" --import "$tmp/small.json" >"$dir/a.out" 2>"$dir/a.err" &
  a=$!
  # Half of the runs race an export, half another import.
  if [ $((i % 2)) = 0 ]; then
    "$bin" --database "$db" --export "$dir/first.json" >"$dir/b.out" 2>"$dir/b.err" &
  else
    "$bin" --database "$db" --import "$tmp/other.json" >"$dir/b.out" 2>"$dir/b.err" &
  fi
  b=$!
  wait $a; rc_a=$?
  wait $b; rc_b=$?

  problem=
  # The import must succeed: it is the one that writes.
  [ "$rc_a" = 0 ] || problem="the import failed ($rc_a): $(cat "$dir/a.err")"
  # An import must succeed; an export may only fail cleanly: with a
  # message, and no export file.
  if [ -z "$problem" ] && [ "$rc_b" != 0 ] && [ $((i % 2)) = 1 ]; then
    problem="the other import failed ($rc_b): $(cat "$dir/b.err")"
  fi
  if [ -z "$problem" ] && [ "$rc_b" != 0 ]; then
    if grep -q '^tianshan: ' "$dir/b.err" && [ ! -e "$dir/first.json" ]; then
      clean_losses=$((clean_losses + 1))
    else
      problem="the export failed without a clean error ($rc_b): $(cat "$dir/b.err")"
    fi
  fi

  if [ -z "$problem" ]; then
    "$bin" --database "$db" --export "$dir/after.json" >"$dir/c.out" 2>"$dir/c.err" \
      || problem="the database does not open afterwards: $(cat "$dir/c.err")"
  fi
  if [ -z "$problem" ]; then
    # Tianshan's layout: a record's keys are indented by six spaces.
    n_records=$(grep -c '^      "id": ' "$dir/after.json")
    n_imported=$(( 1 + i % 2 ))
    grep -q '^      "id": "place/race-test",$' "$dir/after.json" \
      && { [ $((i % 2)) = 0 ] || grep -q '^      "id": "place/race-other",$' "$dir/after.json"; } \
      && [ "$n_records" = $((n_seed + n_imported)) ] \
      || problem="the database is not whole: $n_records records, of $((n_seed + n_imported))"
  fi
  if [ -z "$problem" ]; then
    # Nothing but the database, its WAL files and this script's outputs.
    left=$(cd "$dir" && ls -A | grep -v -x -e 'tianshan.db' -e 'tianshan.db-wal' \
           -e 'tianshan.db-shm' -e '[abc].out' -e '[abc].err' -e 'first.json' -e 'after.json')
    [ -z "$left" ] || problem="files left behind: $left"
  fi

  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "# run $i: $problem"
  fi
  rm -rf "$dir"
done

echo "1..1"
if [ "$failures" = 0 ]; then
  echo "ok 1 two commands creating one database at once, $runs times ($clean_losses clean failures of the export)"
else
  echo "not ok 1 two commands creating one database at once: $failures of $runs runs failed"
  exit 1
fi
