#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the command given as arguments with a Secret Service of its own: a
# session bus of its own (dbus-run-session) with GNOME Keyring's daemon on
# it, its keyring made in a throwaway folder and unlocked with a throwaway
# password, so that nothing prompts. TS_TEST_SECRET_SERVICE=1 tells the
# tests it is there. Without gnome-keyring-daemon or dbus-run-session the
# command runs as it is, and its Secret Service tests skip, saying so.

if ! command -v gnome-keyring-daemon >/dev/null 2>&1 \
   || ! command -v dbus-run-session >/dev/null 2>&1; then
	echo "NOTE: no gnome-keyring-daemon (apt-get install gnome-keyring): no Secret Service" >&2
	exec "$@"
fi

keyring_home=$(mktemp -d -t tianshan-keyring.XXXXXX) || exit 1
trap 'rm -rf "$keyring_home"' EXIT

XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
	# The daemon leaves with the bus when dbus-run-session ends.
	eval "$(echo tianshan-test | gnome-keyring-daemon --unlock --components=secrets)"
	export TS_TEST_SECRET_SERVICE=1
	exec "$@"
' run-with-keyring "$@"
