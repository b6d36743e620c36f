#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line on a team database, run by tests/run-with-postgresql.sh
# (the PG* variables say where the server is): --import and --export with
# --database as a URI or key=value pairs, and --copy-to from a file to
# the server and back, byte for byte.
set -u

bin=${TS_BUILD_ROOT:?}/app/tianshan
fixture=${TS_SOURCE_ROOT:?}/tests/data/store-fixture.json

if [ -z "${TS_TEST_POSTGRESQL:-}" ]; then
  echo "1..0 # SKIP no PostgreSQL server: run through tests/run-with-postgresql.sh"
  exit 0
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

report () {
  n=$((n + 1))
  if [ "$2" = yes ]; then
    echo "ok $n $1"
  else
    status=1
    echo "not ok $n $1"
    echo "# exit status $rc"
    sed 's/^/# stdout: /' "$tmp/stdout"
    sed 's/^/# stderr: /' "$tmp/stderr"
  fi
}

yes_if () { if "$@"; then echo yes; else echo no; fi; }

createdb cli_import && createdb cli_copy && createdb cli_empty || exit 1

run --database dbname=cli_import --import "$fixture"
report "--import into a new team database" "$(yes_if [ "$rc" = 0 ])"
run --database dbname=cli_import --export "$tmp/import.json" --type meeting
report "--export from it, with a filter" "$(yes_if [ "$rc" = 0 ])"
report "the export has the fixture's meetings" \
  "$(yes_if grep -q '"id": "meeting/' "$tmp/import.json")"

# A file to the server and back: the same export, byte for byte.
run --database "$tmp/local.db" --import "$fixture"
run --database "$tmp/local.db" --export "$tmp/local.json"
run --database "$tmp/local.db" --copy-to "postgresql:///cli_copy"
report "--copy-to the server" "$(yes_if [ "$rc" = 0 ])"
run --database "postgresql:///cli_copy" --copy-to "$tmp/back.db"
report "--copy-to a file from the server" "$(yes_if [ "$rc" = 0 ])"
run --database "$tmp/back.db" --export "$tmp/back.json"
report "the file copied back exports the same JSON" \
  "$(yes_if cmp -s "$tmp/local.json" "$tmp/back.json")"
run --database "postgresql:///cli_copy" --export "$tmp/server.json"
report "and so does the server" "$(yes_if cmp -s "$tmp/local.json" "$tmp/server.json")"
run --database "$tmp/local.db" --copy-to "dbname=cli_copy"
report "--copy-to a team database with records is refused, naming it" \
  "$(yes_if [ "$rc" = 1 ] && grep -q "to “dbname=cli_copy”: the destination is not empty" "$tmp/stderr")"

# A copy that fails halfway leaves the team database empty.
psql -q -d cli_empty -c "CREATE TABLE link (x integer)"
run --database "$tmp/local.db" --copy-to "dbname=cli_empty"
report "a copy the server refuses fails" "$(yes_if [ "$rc" = 1 ])"
report "and leaves no table of Tianshan's" \
  "$(yes_if [ "$(psql -tA -d cli_empty -c "SELECT to_regclass ('record') IS NULL")" = t ])"

echo "1..$n"
exit $status
