# SPDX-License-Identifier: GPL-3.0-or-later
# What tests/test-map-export.sh and tests/test-timeline-export.sh share,
# sourced by both after `set -u`: the build's tianshan in $bin (a bail-out
# when it is not built), a temporary folder $tmp removed at exit (with the
# XDG data folder in it), TAP counting (report, finish), running tianshan
# with no display (run, run_in), and reading the pictures it writes
# (picture_size, expect_picture, pdf_text).

bin=${TS_BUILD_ROOT:?}/app/tianshan

if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/xdg
unset G_MESSAGES_DEBUG

n=0
status=0

# require_tools TOOL…: bails out unless every TOOL is installed.
require_tools () {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      echo "Bail out! $tool is missing: install poppler-utils (make check-deps does)"
      exit 1
    fi
  done
}

# run ARGS…: tianshan with no display, its exit status in $rc, its output
# in $tmp/stdout and $tmp/stderr.
run () {
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
}

# run_in LANGUAGE ARGS…: the same in that UI language, with this build's
# translations.
run_in () {
  local language=$1
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u LC_ALL LANG=C.UTF-8 LANGUAGE="$language" \
    TIANSHAN_LOCALEDIR="$TS_BUILD_ROOT/po" "$bin" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
}

# report WHAT yes|no: a TAP line; a failure shows the last run's exit
# status and output.
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

# finish: the TAP plan, and the exit status.
finish () {
  echo "1..$n"
  exit $status
}

# picture_size FILE: "WIDTH HEIGHT" read from the file's own header (PNG
# IHDR, SVG root element, PDF MediaBox), or nothing if it is not a valid
# file of the format its extension names.
picture_size () {
  python3 - "$1" <<'PY'
import re, struct, sys, xml.etree.ElementTree as ET

path = sys.argv[1]
data = open(path, 'rb').read()
if path.endswith('.png'):
    if data[:8] != b'\x89PNG\r\n\x1a\n' or data[12:16] != b'IHDR' or not data.endswith(b'IEND\xaeB`\x82'):
        sys.exit(1)
    w, h = struct.unpack('>II', data[16:24])
elif path.endswith('.svg'):
    root = ET.fromstring(data)
    if root.tag != '{http://www.w3.org/2000/svg}svg':
        sys.exit(1)
    w, h = (float(re.match(r'[\d.]+', root.get(k)).group()) for k in ('width', 'height'))
elif path.endswith('.pdf'):
    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-64:]:
        sys.exit(1)
    boxes = re.findall(rb'/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]', data)
    if len(boxes) != 1:
        sys.exit(1)
    w, h = (float(v) for v in boxes[0])
else:
    sys.exit(1)
print('%g %g' % (w, h))
PY
}

# expect_picture WHAT FILE "W H": the last run succeeded and wrote FILE, a
# valid picture of that size.
expect_picture () {
  local what=$1 file=$2 want=$3 ok=yes got
  [ "$rc" = 0 ] || ok=no
  got=$(picture_size "$file" 2>/dev/null)
  [ "$got" = "$want" ] || { ok=no; echo "# $file: got size '$got', want '$want'"; }
  report "$what" "$ok"
}

# pdf_text FILE.pdf: its text, without spaces or line breaks.
pdf_text () {
  pdftotext -enc UTF-8 "$1" - 2>/dev/null | tr -d '\n '
}
