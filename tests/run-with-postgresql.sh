#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the store's test programs given as arguments against a PostgreSQL
# server of their own: pg_virtualenv (postgresql-common) makes a temporary
# cluster, sets the PG* variables to reach it, and removes it afterwards.
# The programs find the server through TS_TEST_POSTGRESQL, and make a
# database of their own there for each test (tests/store-test-utils.h).
# Skipped (exit 77) only when no server can be started: pg_virtualenv or
# the server's binaries are not installed (make check-deps installs them).

if ! command -v pg_virtualenv >/dev/null 2>&1; then
	echo "SKIP: pg_virtualenv is not installed (apt-get install postgresql-common)" >&2
	exit 77
fi
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	echo "SKIP: no PostgreSQL server is installed (apt-get install postgresql)" >&2
	exit 77
fi

# A cluster of its own in a temporary folder (-t), even as root: as root,
# pg_virtualenv otherwise makes the one cluster 15/regress in /etc, which a
# second run at the same time (another test, another worktree) refuses to
# overwrite. Its port is one the system has just found free: two clusters
# started at once would otherwise both take the first free one.
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])') || exit 1
export PGPORT

# The PG* variables say where the server is; the location adds nothing.
exec pg_virtualenv -t sh -c '
	export TS_TEST_POSTGRESQL=postgresql://
	status=0
	for program in "$@"; do
		echo "== $program against PostgreSQL $PGVERSION on port $PGPORT"
		"$program" || status=1
	done
	exit $status
' run-with-postgresql "$@"
