#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The program links neither libpq, libsecret nor libxlsxwriter: it loads
# each when a team database, a password or a briefing is first needed
# (app/store/ts-pq.h, app/export/ts-xlsx-lib.h), so that a local
# database's start-up maps none of them, nor the libraries they bring
# (Kerberos, LDAP, SASL, TLS, minizip, OpenSSL's libcrypto; libgcrypt's
# users aside).
#
#   test-linked-libraries.sh PROGRAM
set -u
program=${1:?usage: test-linked-libraries.sh PROGRAM}

echo "1..2"
status=0

needed=$(LC_ALL=C readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if [ -z "$needed" ]; then
  echo "Bail out! readelf -d $program lists no NEEDED library"
  exit 1
fi
bad=$(echo "$needed" | grep -E '^(libpq|libsecret-1|libxlsxwriter)\.so' | tr '\n' ' ')
if [ -z "$bad" ]; then
  echo "ok 1 $(basename "$program") needs neither libpq, libsecret nor libxlsxwriter ($(echo "$needed" | wc -l) NEEDED)"
else
  status=1
  echo "not ok 1 $(basename "$program") needs $bad"
fi

# What the dynamic loader maps at start, through every library's own
# NEEDED: none of them, nor what only libpq or libxlsxwriter brings.
loaded=$(LD_TRACE_LOADED_OBJECTS=1 "$program" 2>&1 | awk '{ print $1 }')
bad=$(echo "$loaded" | grep -E '^(libpq|libsecret-1|libgssapi_krb5|libkrb5|libldap|libxlsxwriter|libminizip|libcrypto)[-.]' | tr '\n' ' ')
if [ -z "$bad" ]; then
  echo "ok 2 $(basename "$program") starts with $(echo "$loaded" | grep -c '\.so') libraries, none of libpq's, libsecret's, Kerberos's, LDAP's, libxlsxwriter's, minizip's or libcrypto's"
else
  status=1
  echo "not ok 2 $(basename "$program") maps at start: $bad"
fi
exit $status
