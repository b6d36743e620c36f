#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every message of the program is translated in every language po/LINGUAS
# names: the template is made from po/POTFILES.in with the keywords of
# meson's glib preset (po/meson.build), and no message of it is missing,
# untranslated or fuzzy in a .po file, whose translations keep their
# placeholders, plural forms and mnemonics (msgfmt -c --check-accelerators).
set -u
cd "${TS_SOURCE_ROOT:?}" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^$/d' >"$tmp/files"
if ! xgettext --package-name=tianshan -f "$tmp/files" -o "$tmp/tianshan.pot" \
       --from-code=UTF-8 --add-comments -k_ \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
       --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
       --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
       --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
       --flag=g_markup_printf_escaped:1:c-format --flag=g_printerr:1:c-format \
       --flag=g_print:1:c-format --flag=g_printf:1:c-format; then
  echo "Bail out! xgettext could not read the files po/POTFILES.in lists"
  exit 1
fi

mapfile -t languages < <(grep -v '^#' po/LINGUAS | sed '/^$/d')
echo "1..$((2 * ${#languages[@]}))"
status=0
n=0
for lang in "${languages[@]}"; do
  n=$((n + 1))
  # The messages with no translation or a fuzzy one, the header left out.
  if ! merge_errors=$(msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/tianshan.pot" \
                        -o "$tmp/$lang.po" 2>&1); then
    missing="msgmerge cannot read po/$lang.po: $merge_errors"
  else
    missing=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/$lang.po" | grep '^msgid "' | grep -v '^msgid ""$'
              msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" | grep '^msgid "' | grep -v '^msgid ""$')
  fi
  if [ -z "$missing" ]; then
    echo "ok $n every message is translated in po/$lang.po"
  else
    status=1
    echo "not ok $n po/$lang.po lacks translations:"
    sed 's/^/# /' <<<"$missing"
  fi

  n=$((n + 1))
  if errors=$(msgfmt -c --check-accelerators=_ -o /dev/null "po/$lang.po" 2>&1); then
    echo "ok $n po/$lang.po passes msgfmt -c --check-accelerators=_"
  else
    status=1
    echo "not ok $n po/$lang.po fails msgfmt -c --check-accelerators=_"
    sed 's/^/# /' <<<"$errors"
  fi
done
exit $status
